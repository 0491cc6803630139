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


def load_file_or_preset(args, command: str, catalog: Catalog) -> tuple[Scenario, dict[str, str]]:
    """The scenario of a command taking ``FILE | --preset ID`` (evaluate, layouts, simulate):
    exactly one of ``args.file`` and ``args.preset``, else UsageError; then as :func:`load_argument`."""
    from colossus_desktop.cli.main import UsageError

    if (args.file is None) == (args.preset is None):
        raise UsageError(f"{command} needs a scenario FILE or --preset ID (exactly one of them)")
    text = PRESET_PREFIX + args.preset if args.preset is not None else args.file
    return load_argument(text, catalog, getattr(args, "stderr", None))
