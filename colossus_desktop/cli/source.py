"""The scenario argument of ``sweep`` and ``montecarlo``: a file, ``-`` (standard input) or ``preset:ID``."""

from __future__ import annotations

import sys
from typing import TextIO

from colossus_desktop.engine.catalog import Catalog
from colossus_desktop.scenario.files import load_scenario, loads_scenario, migration_note
from colossus_desktop.scenario.model import Scenario
from colossus_desktop.scenario.presets import load_preset

PRESET_PREFIX = "preset:"
HELP = "a scenario file (.json), - for standard input, or preset:ID (see: colossus-desktop presets)"


def load_argument(text: str, catalog: Catalog, stderr: TextIO | None = None) -> tuple[Scenario, dict[str, str]]:
    """The scenario that ``text`` names and where it came from (``{"preset": ID}`` or
    ``{"file": PATH}``). A file of an older schema gets a note on ``stderr``. ScenarioError when
    it cannot be read (an unknown preset names the known ones)."""
    if text.startswith(PRESET_PREFIX):
        preset_id = text[len(PRESET_PREFIX):]
        return load_preset(preset_id, catalog=catalog), {"preset": preset_id}
    if text == "-":
        return loads_scenario(sys.stdin.read(), path="<stdin>", catalog=catalog), {"file": "-"}
    scenario = load_scenario(text, catalog=catalog)
    note = migration_note(text)
    if note:
        print(f"colossus-desktop: note: {note}", file=stderr or sys.stderr)
    return scenario, {"file": text}
