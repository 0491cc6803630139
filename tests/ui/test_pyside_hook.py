"""PySide's import hook gets the same answer, read from the module's bytes (start-up, issue 14)."""

from __future__ import annotations

import sys
import types

from colossus_desktop.ui import pyside_hook


def _hook():
    pyside_hook.install()
    return sys.modules["shibokensupport.feature"]._mod_uses_pyside


def test_the_hook_answers_as_pysides_own_for_every_loaded_module():
    import colossus_desktop.engine.scaling  # noqa: F401
    import colossus_desktop.ui.main_window  # noqa: F401

    hook = _hook()
    assert getattr(hook, "_reads_bytes", False)
    assert pyside_hook.install() is False  # once only
    modules = [m for m in list(sys.modules.values()) if isinstance(getattr(m, "__file__", None), str)]
    assert len(modules) > 100
    answers = {m.__name__: hook(m) for m in modules}
    assert answers == {m.__name__: hook.original(m) for m in modules}
    assert answers["colossus_desktop.ui.main_window"] is True
    assert answers["colossus_desktop.engine.scaling"] is False


def test_a_module_without_a_py_file_gets_pysides_answer(tmp_path):
    hook = _hook()
    compiled = types.ModuleType("compiled_only")
    compiled.__file__ = str(tmp_path / "compiled_only.pyc")
    missing = types.ModuleType("gone")
    missing.__file__ = str(tmp_path / "gone.py")  # no such file: PySide's own answer (no source: False)
    builtin = sys.modules["sys"]
    for module in (compiled, missing, builtin):
        assert hook(module) is hook.original(module) is False


ORDER = r"""
import sys

class Order:
    seen = []
    def find_spec(self, name, path=None, target=None):
        top = name.split(".")[0]
        if top in ("numpy", "pydantic", "PySide6", "colossus_desktop") and name not in Order.seen:
            Order.seen.append(name)
        return None

sys.meta_path.insert(0, Order())
from colossus_desktop.ui import app
print("PySide6" in sys.modules)  # importing the entry point imports no Qt
app.main(["--screenshot", sys.argv[1], "--size", "640x480"])
first_qt = Order.seen.index("PySide6")
before = Order.seen[:first_qt]
print("numpy" in before, "pydantic" in before, "colossus_desktop.evaluation" in before,
      any(n.startswith("colossus_desktop.ui.") and n not in ("colossus_desktop.ui.app", "colossus_desktop.ui.collector",
          "colossus_desktop.ui.pyside_hook") for n in before))
"""


def test_the_window_imports_what_needs_no_qt_before_pyside(tmp_path):
    # PySide6's import hook runs Python code for every import after it: numpy, pydantic, the
    # engine and the scenario come first (docs/performance.md, "Start-up, sixth pass")
    import os
    import subprocess
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COLOSSUS_DESKTOP_HOME=str(tmp_path), PYTHONPATH=str(root))
    r = subprocess.run([sys.executable, "-c", ORDER, str(tmp_path / "shot.png")], check=False, capture_output=True, text=True,
                       env=env, cwd=root, timeout=120)
    assert r.returncode == 0, r.stderr
    entry_imports_qt, after = r.stdout.strip().split("\n")
    assert entry_imports_qt == "False"
    assert after == "True True True False"  # numpy, pydantic, the engine first; no window module yet

