"""The scenario document: model, files (load/save/migrate), presets. No Qt here."""

from colossus_desktop.scenario.errors import ScenarioError, format_loc
from colossus_desktop.scenario.files import (
    MIGRATIONS,
    dumps_scenario,
    load_scenario,
    loads_scenario,
    migrate,
    save_scenario,
)
from colossus_desktop.scenario.inputs import to_inputs
from colossus_desktop.scenario.model import FORMAT, SCHEMA_VERSION, Scenario
from colossus_desktop.scenario.presets import (
    DEFAULT_PRESET,
    PresetInfo,
    blank_scenario,
    list_presets,
    load_preset,
)

__all__ = [
    "DEFAULT_PRESET",
    "FORMAT",
    "MIGRATIONS",
    "SCHEMA_VERSION",
    "PresetInfo",
    "Scenario",
    "ScenarioError",
    "blank_scenario",
    "dumps_scenario",
    "format_loc",
    "list_presets",
    "load_preset",
    "load_scenario",
    "loads_scenario",
    "migrate",
    "save_scenario",
    "to_inputs",
]
