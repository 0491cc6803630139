"""The PyInstaller spec, run: what it hands PyInstaller on each platform and in each mode.

The spec is executed with recording stand-ins for PyInstaller's ``Analysis``, ``PYZ``, ``EXE``,
``COLLECT`` and ``BUNDLE`` (and its Windows version-resource classes), so these tests check what
the build would be given, not the spec's text. The real build and the bundle's self-test run
in ``.ci/run`` after the suite.
"""

from __future__ import annotations

import sys
import types
from pathlib import Path

import pytest

from colossus_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "colossus-desktop.spec"


class Call:
    """One recorded call: positional and keyword arguments."""

    def __init__(self, *args, **kwargs):
        self.args, self.kwargs = args, kwargs


def _run_spec(monkeypatch, tmp_path, platform: str, argv: list[str], pure=()) -> dict[str, list[Call]]:
    calls: dict[str, list[Call]] = {}

    def recorder(name, **attrs):
        def make(*args, **kwargs):
            call = Call(*args, **kwargs)
            for key, value in attrs.items():
                setattr(call, key, list(value))
            calls.setdefault(name, []).append(call)
            return call
        return make

    fake_vi = types.ModuleType("PyInstaller.utils.win32.versioninfo")
    for cls in ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
                "VarFileInfo", "VarStruct"):
        setattr(fake_vi, cls, recorder(cls))
    for mod in ("PyInstaller", "PyInstaller.utils", "PyInstaller.utils.win32"):
        monkeypatch.setitem(sys.modules, mod, types.ModuleType(mod))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.win32.versioninfo", fake_vi)
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "argv", ["pyinstaller", str(SPEC), "--", *argv])
    namespace = {
        "__name__": "__main__", "SPECPATH": str(SPEC.parent), "workpath": str(tmp_path),
        "Analysis": recorder("Analysis", binaries=(), datas=(), pure=pure, scripts=()),
        "PYZ": recorder("PYZ"), "EXE": recorder("EXE"), "COLLECT": recorder("COLLECT"), "BUNDLE": recorder("BUNDLE"),
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return calls


def test_onedir_by_default_with_resources_where_paths_py_looks(monkeypatch, tmp_path):
    calls = _run_spec(monkeypatch, tmp_path, "darwin", [])
    analysis = calls["Analysis"][0]
    assert analysis.kwargs["datas"] == [(str(ROOT / "resources"), "resources")] + [
        (str(ROOT / "docs" / name), "docs") for name in ("model.md", "validation.md", "catalog.md")]  # the guide's notes
    assert analysis.args[0] == [str(ROOT / "packaging" / "entry.py")]
    exe = calls["EXE"][0]
    assert exe.kwargs["exclude_binaries"] is True and exe.kwargs["name"] == "colossus-desktop"
    assert exe.kwargs["upx"] is False
    assert calls["COLLECT"][0].kwargs["name"] == "colossus-desktop"


def test_onefile_is_an_option_with_its_own_name(monkeypatch, tmp_path):
    calls = _run_spec(monkeypatch, tmp_path, "darwin", ["--onefile"])
    exe = calls["EXE"][0]
    assert exe.kwargs["name"] == "colossus-desktop-onefile" and "exclude_binaries" not in exe.kwargs
    assert "COLLECT" not in calls and "BUNDLE" not in calls


def test_macos_bundle_carries_the_package_version_and_icon(monkeypatch, tmp_path):
    bundle = _run_spec(monkeypatch, tmp_path, "darwin", [])["BUNDLE"][0].kwargs
    assert bundle["version"] == __version__
    assert bundle["info_plist"]["CFBundleShortVersionString"] == __version__
    assert bundle["icon"].endswith("colossus-desktop.icns") and Path(bundle["icon"]).is_file()


def test_windows_exe_carries_the_package_version_and_icon(monkeypatch, tmp_path):
    calls = _run_spec(monkeypatch, tmp_path, "win32", [])
    strings = {c.args[0]: c.args[1] for c in calls["StringStruct"]}
    assert strings["FileVersion"] == strings["ProductVersion"] == __version__
    exe = calls["EXE"][0].kwargs
    assert exe["version"] is calls["VSVersionInfo"][0]
    assert exe["icon"].endswith("colossus-desktop.ico") and Path(exe["icon"]).is_file()
    assert "BUNDLE" not in calls


def test_a_test_tool_reaching_the_bundle_stops_the_build(monkeypatch, tmp_path):
    leak = [("pytest.main", "/x/pytest/main.py", "PYMODULE")]
    with pytest.raises(SystemExit, match="test or build tools would be bundled: pytest.main"):
        _run_spec(monkeypatch, tmp_path, "darwin", [], pure=leak)


def _load_build_py():
    import importlib.util

    spec = importlib.util.spec_from_file_location("colossus_build_py", ROOT / "packaging" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(("pip_list", "leak"), [("numpy==2.0\npyinstaller==6.0\n", None),
                                                ("numpy==2.0\npytest==8.0\n", "pytest")])
def test_build_environment_holds_the_runtime_dependencies_and_build_tools_only(monkeypatch, tmp_path, pip_list, leak):
    """build.py installs the package itself (not editable, no [test] extra) with the pinned build
    tools, and refuses an environment that holds a test tool (it would be bundled)."""
    build = _load_build_py()
    monkeypatch.setattr(build, "VENV", tmp_path / "venv")
    monkeypatch.setattr(build, "ROOT", tmp_path)  # VENV.relative_to(ROOT) in its messages
    commands: list[list[str]] = []

    def run(cmd, **kwargs):
        commands.append([str(c) for c in cmd])
        if cmd[1:3] == ["-m", "venv"]:
            Path(cmd[3]).mkdir(parents=True)

    monkeypatch.setattr(build, "_run", run)
    monkeypatch.setattr(build.subprocess, "run", lambda cmd, **kw: types.SimpleNamespace(stdout=pip_list))
    monkeypatch.setattr(build, "_stamp", lambda: "stamp")
    if leak:
        with pytest.raises(SystemExit, match=f"build environment holds {leak}"):
            build.ensure_venv(fresh=True)
        return
    python = build.ensure_venv(fresh=True)
    assert commands[0][1:] == ["-m", "venv", str(tmp_path / "venv")]
    assert commands[1] == [str(python), "-m", "pip", "install", "-q", str(build.ROOT), "-r", str(build.BUILD_REQUIREMENTS)]
    assert "-e" not in commands[1] and not any("[test]" in part for part in commands[1])
