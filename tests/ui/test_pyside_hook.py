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
