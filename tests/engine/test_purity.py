"""engine/ and scenario/ never import Qt (ARCHITECTURE.md: a rule that lives only in a
document erodes)."""

from __future__ import annotations

import subprocess
import sys


def test_engine_and_scenario_import_no_qt():
    code = (
        "import sys\n"
        "import colossus_desktop.engine, colossus_desktop.engine.scaling, colossus_desktop.scenario\n"
        "import colossus_desktop.scenario.inputs, colossus_desktop.evaluation, colossus_desktop.cli\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"Qt modules imported by the core: {out.stdout.strip()}"
