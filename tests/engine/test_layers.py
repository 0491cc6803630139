"""The package's layers, checked: no module imports a layer above its own.

From the bottom up (ARCHITECTURE.md, "The flow of data"):

* ``engine`` (pure numpy models) and ``scenario`` (the document) — no Qt;
* the Qt-free core beside ``evaluation.py``: evaluation, assumptions, formatting, file formats,
  messages (warnings in words) — shared by the window, the reports and the CLI;
* ``drawing``: charts, chart export, number formatting in the user's locale, themes, KPI
  definitions — Qt and pyqtgraph, but no window;
* ``report`` (PDF, PPTX, CSV, XLSX): draws through ``drawing`` only, never the window;
* ``ui``: the window; ``cli``: the same engine without one;
* ``__main__`` and ``selftest`` sit on top and may use everything.

Every import counts, the lazy ones inside functions too (they run as surely as the others).
The anchor is napari's import-linter contracts (``layers`` and ``forbidden``); this is the same
rule in a test, so it cannot erode unnoticed.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "colossus_desktop"

#: module prefix → layer (the longest prefix wins)
LAYER_OF = {
    "colossus_desktop": "base",  # __init__: the version
    "colossus_desktop.paths": "base",
    "colossus_desktop.translatable": "base",  # QT_TRANSLATE_NOOP without Qt, for every layer
    "colossus_desktop.i18n": "base",  # the interface language (Qt translators, default QLocale): ui, cli, report
    "colossus_desktop.i18n_tools": "top",  # developer command: extract and compile the translations
    "colossus_desktop.engine": "engine",
    "colossus_desktop.scenario": "scenario",
    "colossus_desktop.scenario.models": "scenario",  # the model catalog (resources/models)
    "colossus_desktop.scenario.hf_config": "scenario",  # Hugging Face config.json → Architecture
    "colossus_desktop.evaluation": "core",
    "colossus_desktop.analysis": "core",  # sweeps, Monte Carlo and the tornado of a scenario
    "colossus_desktop.simulation": "core",  # the failure simulation of a scenario (engine/simulation)
    "colossus_desktop.comparison": "core",  # a comparison evaluated: entries, key figures, ratios, P10-P90
    "colossus_desktop.assumptions": "core",
    "colossus_desktop.formatting": "core",
    "colossus_desktop.file_formats": "core",
    "colossus_desktop.messages": "core",
    "colossus_desktop.lang": "core",  # the output language without Qt: the CLI's summaries, assumptions, reports
    "colossus_desktop.qm": "base",  # reads compiled translations (.qm) without Qt
    "colossus_desktop.provenance": "core",  # exports named "Based on <origin>, modified" once edited
    "colossus_desktop.validation": "core",
    "colossus_desktop.drawing": "drawing",
    "colossus_desktop.report": "report",
    "colossus_desktop.ui": "ui",
    "colossus_desktop.cli": "cli",
    "colossus_desktop.__main__": "top",
    "colossus_desktop.selftest": "top",
}

_BELOW = {
    "base": set(),
    "engine": {"base"},
    "scenario": {"base", "engine"},
    "core": {"base", "engine", "scenario"},
    "drawing": {"base", "engine", "scenario", "core"},
    "report": {"base", "engine", "scenario", "core", "drawing"},
    "ui": {"base", "engine", "scenario", "core", "drawing", "report"},
    "cli": {"base", "engine", "scenario", "core", "report"},
    "top": {"base", "engine", "scenario", "core", "drawing", "report", "ui", "cli"},
}
#: what each layer may import from the package: its own layer and the ones below it
ALLOWED = {layer: below | {layer} for layer, below in _BELOW.items()}

#: Qt-free layers: a test below imports them in a fresh interpreter and looks for Qt
QT_FREE = ("engine", "scenario", "core")


def layer_of(module: str) -> str | None:
    """The layer of a dotted module name of ours, or None for a third-party module."""
    parts = module.split(".")
    for n in range(len(parts), 0, -1):
        layer = LAYER_OF.get(".".join(parts[:n]))
        if layer is not None:
            return layer
    return None


def module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def imported_modules(source: str, module: str, is_package: bool = False) -> list[tuple[int, str]]:
    """``(line, dotted name)`` of every import in ``source`` (``from a import b`` yields ``a.b``
    as well as ``a``, since ``b`` may be a submodule), relative imports resolved."""
    out: list[tuple[int, str]] = []
    package = module if is_package else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            out.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[: len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            out.append((node.lineno, base))
            out.extend((node.lineno, f"{base}.{alias.name}") for alias in node.names if alias.name != "*")
    return out


def violations(source: str, module: str, is_package: bool = False) -> list[str]:
    """The imports of ``source`` (the text of ``module``) that reach a layer above its own."""
    own = layer_of(module)
    if own is None:
        return []
    bad = []
    for line, name in imported_modules(source, module, is_package):
        target = layer_of(name) if name.startswith("colossus_desktop") else None
        if target is not None and target not in ALLOWED[own]:
            bad.append(f"{module}:{line} ({own}) imports {name} ({target})")
    return bad


def _modules():
    for path in sorted(PACKAGE.rglob("*.py")):
        if "resources" in path.relative_to(PACKAGE).parts:
            continue
        yield path


def test_every_module_has_a_layer():
    missing = [module_name(p) for p in _modules() if layer_of(module_name(p)) in (None, "base")
               and module_name(p) not in ("colossus_desktop", "colossus_desktop.paths",
                                          "colossus_desktop.translatable", "colossus_desktop.i18n",
                                          "colossus_desktop.qm")]
    assert not missing, f"modules with no layer (add them to LAYER_OF): {missing}"


def test_no_layer_imports_upward():
    bad = []
    for path in _modules():
        bad += violations(path.read_text(encoding="utf-8"), module_name(path), path.name == "__init__.py")
    assert not bad, "imports that reach a higher layer:\n" + "\n".join(bad)


@pytest.mark.parametrize(
    ("module", "source", "expected"),
    [
        ("colossus_desktop.report.pdf", "from colossus_desktop.ui.kpi_strip import KpiStrip", 1),
        ("colossus_desktop.report.pdf", "def f():\n    from colossus_desktop.ui import main_window", 1),
        ("colossus_desktop.engine.cost", "from colossus_desktop import formatting", 1),
        ("colossus_desktop.drawing.kpis", "from ..ui import document", 1),
        ("colossus_desktop.cli.main", "import colossus_desktop.ui.app", 1),
        ("colossus_desktop.report.pdf", "from colossus_desktop.drawing import format as fmt", 0),
        ("colossus_desktop.ui.main_window", "from colossus_desktop.report.build import build_report", 0),
        ("colossus_desktop.engine.cost", "import numpy as np\nfrom .units import HOURS_PER_YEAR", 0),
    ],
)
def test_the_checker_sees_upward_imports(module, source, expected):
    """The rule can fail: a planted upward import is found, a legal one is not."""
    assert bool(violations(source, module)) is bool(expected)


def test_qt_free_layers_import_no_qt():
    """The Qt-free layers, imported in a fresh interpreter, bring in no Qt module."""
    modules = sorted(module_name(p) for p in _modules() if layer_of(module_name(p)) in QT_FREE)
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=PACKAGE.parent)
    assert out.stdout.strip() == "", f"Qt modules imported by the Qt-free layers: {out.stdout.strip()}"
