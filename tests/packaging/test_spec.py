"""Static checks of the packaging: the PyInstaller spec, the build script, the desktop entry,
the icons, the CI wiring. The bundle itself is built and self-tested by ``.ci/run`` after the
test suite, never here.
"""

from __future__ import annotations

import ast
import configparser
import os
import re
import struct
import subprocess
import sys
from pathlib import Path

from colossus_desktop import paths

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "colossus-desktop.spec"
ICONS = ROOT / "resources" / "icons"
TEST_AND_BUILD_TOOLS = ("pytest", "_pytest", "pytestqt", "hypothesis", "PyInstaller", "setuptools", "pip", "tkinter")


def _spec_literal(name: str):
    tree = ast.parse(SPEC.read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} is not a literal in {SPEC.name}")


def test_spec_bundles_all_of_resources_where_paths_py_looks(tmp_path, monkeypatch):
    # The spec puts resources/ at <bundle>/resources (tests/packaging/test_spec_run.py); in a bundle, paths.py finds the resources in <sys._MEIPASS>/resources, where the spec puts them.
    bundle = tmp_path / "_internal"
    (bundle / "resources" / "catalog").mkdir(parents=True)
    monkeypatch.setattr(sys, "_MEIPASS", str(bundle), raising=False)
    paths.resources_dir.cache_clear()
    try:
        assert paths.resources_dir() == bundle / "resources"
        assert paths.presets_dir() == bundle / "resources" / "presets"
    finally:
        monkeypatch.delattr(sys, "_MEIPASS")
        paths.resources_dir.cache_clear()
    assert paths.resources_dir() == ROOT / "resources"  # the source tree again


def test_spec_excludes_test_and_build_tools_and_unused_qt():
    excluded = set(_spec_literal("EXCLUDED_MODULES"))
    assert set(TEST_AND_BUILD_TOOLS) <= excluded
    assert {"PySide6.QtNetwork", "PySide6.QtQml", "PySide6.QtQuick", "PySide6.QtTest", "numpy.testing",
            "pyqtgraph.opengl", "pyqtgraph.examples", "pyqtgraph.jupyter"} <= excluded
    kept = _spec_literal("KEPT_QT_PLUGINS")
    assert "qoffscreen" in kept["platforms"] and "qxcb" in kept["platforms"]
    assert kept["iconengines"] == {"qsvgicon"} and "qsvg" in kept["imageformats"]
    assert "qgtk3" not in kept.get("platformthemes", set())
    assert not {"sqldrivers", "qmltooling", "tls", "networkinformation", "printsupport"} & set(kept)
    # Qt's French catalogue (standard dialogs' buttons) ships; no other Qt translation does
    assert _spec_literal("KEPT_QT_TRANSLATIONS") == {"qtbase_fr.qm"}


def test_the_app_runs_without_anything_the_spec_excludes(tmp_path):
    """The self-test, from source, with every excluded module made unimportable (as in the bundle)."""
    excluded = _spec_literal("EXCLUDED_MODULES")
    code = f"""
import importlib.abc, sys
EXCLUDED = {excluded!r}
class Excluded(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if any(name == m or name.startswith(m + ".") for m in EXCLUDED):
            raise ModuleNotFoundError(f"No module named {{name!r}} (excluded from the bundle)", name=name)
        return None
sys.meta_path.insert(0, Excluded())
exec(compile(open({str(PACKAGING / "rthook_no_qtopengl.py")!r}).read(), "rthook", "exec"))
from colossus_desktop.selftest import main
sys.exit(main(["--out", {str(tmp_path)!r}]))
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, timeout=240)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "self-test passed" in result.stdout


def test_the_package_uses_no_excluded_module_and_no_docstrings():
    """Catches a new import the bundle would lack (and __doc__, which -OO bytecode drops)."""
    excluded = [m for m in _spec_literal("EXCLUDED_MODULES") if not m.startswith("_")]
    aliases = {"numpy": ("numpy", "np")}
    offenders = []
    for path in sorted((ROOT / "colossus_desktop").rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        for module in excluded:
            top, _, rest = module.partition(".")
            names = [module] + [f"{alias}.{rest}" for alias in aliases.get(top, ()) if rest]
            for name in names:
                if re.search(rf"(^|[^\w.]){re.escape(name)}(\b|$)", text, re.M) and (
                    re.search(rf"^\s*(import|from)\s+{re.escape(module)}\b", text, re.M) or "." in name
                ):
                    offenders.append(f"{path.relative_to(ROOT)}: {name}")
        if "__doc__" in text:
            offenders.append(f"{path.relative_to(ROOT)}: __doc__")
    assert not offenders, offenders


def test_desktop_entry_is_complete():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(PACKAGING / "colossus-desktop.desktop", encoding="utf-8")
    d = entry["Desktop Entry"]
    for key in ("Type", "Name", "Comment", "Exec", "Icon", "Terminal", "Categories"):
        assert d.get(key), key
    assert d["Type"] == "Application" and d["Terminal"] == "false"
    assert d["Exec"].split()[0] == "colossus-desktop"
    assert (ICONS / f"{d['Icon']}.svg").is_file() and (ICONS / f"{d['Icon']}-256.png").is_file()
    assert d["Categories"].endswith(";")


def _png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and data[12:16] == b"IHDR", path
    return struct.unpack(">II", data[16:24])


def test_icons_for_every_platform():
    assert (ICONS / "colossus-desktop.svg").read_text(encoding="utf-8").lstrip().startswith("<?xml")
    for size in (16, 24, 32, 48, 64, 128, 256, 512):
        assert _png_size(ICONS / f"colossus-desktop-{size}.png") == (size, size)
    ico = (ICONS / "colossus-desktop.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", ico[:6])
    widths = {ico[6 + 16 * i] or 256 for i in range(count)}
    assert (reserved, kind) == (0, 1) and {16, 32, 48, 256} <= widths
    icns = (ICONS / "colossus-desktop.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns and b"ic07" in icns  # 1024 px (512@2x) and 128 px


def test_no_module_is_imported_by_a_computed_name():
    """PyInstaller finds modules by reading import statements; one imported by a name built at run
    time (importlib.import_module(f"…{x}")) is left out of the bundle, as the view tabs once were."""
    import re
    from pathlib import Path

    import colossus_desktop

    root = Path(colossus_desktop.__file__).parent
    # Any argument but a plain string literal is a name built at run time.
    found = [f"{p.relative_to(root)}:{line.strip()}" for p in root.rglob("*.py")
             for line in p.read_text(encoding="utf-8").splitlines()
             if re.search(r"(import_module|__import__)\((?!\s*[\"'][^\"'{]*[\"']\s*[,)])", line)]
    # qt_mirror imports pyqtgraph's deferred modules by the names in its tables; pyqtgraph's own
    # __init__ and modules import each of them by name, so PyInstaller bundles them.
    allowed = {"drawing/qt_mirror.py:value = getattr(importlib.import_module(owner[attr]), attr)",
               "drawing/qt_mirror.py:value = importlib.import_module(SUBPACKAGES[attr])"}
    assert sorted(set(found) - allowed) == []
