"""The README's Linux package list gives Qt's xcb platform plugin every library it links
(packaging/xcb_deps.py, run by .ci/run): the parts on canned input, then the real check on this
machine when it is a Debian/Ubuntu system with the README's packages installed."""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def xcb_deps():
    spec = importlib.util.spec_from_file_location("colossus_xcb_deps_test", ROOT / "packaging" / "xcb_deps.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


LDD = """\
\tlinux-vdso.so.1 (0x00007ffd)
\tlibQt6XcbQpa.so.6 => /site/PySide6/Qt/lib/libQt6XcbQpa.so.6 (0x00007f49)
\tlibxcb-icccm.so.4 => /lib/x86_64-linux-gnu/libxcb-icccm.so.4 (0x00007f49)
\tlibxcb-keysyms.so.1 => not found
\tlibc.so.6 => /lib/x86_64-linux-gnu/libc.so.6 (0x00007f49)
\t/lib64/ld-linux-x86-64.so.2 (0x00007f49)
"""


def test_parses_ldd_and_names_each_library_not_provided(xcb_deps):
    libs = xcb_deps.parse_ldd(LDD)
    assert libs == {"libQt6XcbQpa.so.6": "/site/PySide6/Qt/lib/libQt6XcbQpa.so.6",
                    "libxcb-icccm.so.4": "/lib/x86_64-linux-gnu/libxcb-icccm.so.4",
                    "libxcb-keysyms.so.1": None, "libc.so.6": "/lib/x86_64-linux-gnu/libc.so.6"}
    owners = {"/lib/x86_64-linux-gnu/libxcb-icccm.so.4": "libxcb-icccm4", "/lib/x86_64-linux-gnu/libc.so.6": "libc6"}
    lines = xcb_deps.unprovided(libs, owners, {"libc6", "libxcb-cursor0"}, "/site/PySide6")
    assert lines == ["libxcb-icccm.so.4: from libxcb-icccm4, which the README's list does not install",
                     "libxcb-keysyms.so.1: not found"]
    assert xcb_deps.unprovided(libs, owners, {"libc6", "libxcb-icccm4"}, "/site/PySide6") == [
        "libxcb-keysyms.so.1: not found"]


def test_reads_the_readmes_linux_line(xcb_deps):
    listed = xcb_deps.readme_packages((ROOT / "README.md").read_text(encoding="utf-8"))
    assert {"libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxkbcommon-x11-0"} <= set(listed)
    assert not set(listed) & set(xcb_deps.ON_EVERY_DESKTOP), "GLib's package name differs between releases"
    with pytest.raises(ValueError, match="apt-get install"):
        xcb_deps.readme_packages("no line here")


def test_the_readmes_list_provides_every_library_of_the_xcb_plugin(xcb_deps):
    if shutil.which("dpkg") is None or shutil.which("ldd") is None:
        pytest.skip("not a Debian/Ubuntu system")
    listed = xcb_deps.readme_packages((ROOT / "README.md").read_text(encoding="utf-8"))
    installed = subprocess.run(["dpkg-query", "-W", "-f=${Package} ${Status}\\n", *listed],
                               capture_output=True, text=True).stdout
    if sum(line.endswith("install ok installed") for line in installed.splitlines()) < len(listed):
        pytest.skip("the README's packages are not all installed here (.ci/run installs them)")
    libs = xcb_deps.parse_ldd(subprocess.run(["ldd", str(xcb_deps.plugin_path())], capture_output=True,
                                             text=True).stdout)
    assert "libxcb-icccm.so.4" in libs and "libxcb-keysyms.so.1" in libs
    owners = xcb_deps.packages_of([p for p in libs.values() if p])
    provided = xcb_deps.closure(listed) | xcb_deps.base_packages()
    shipped = str(xcb_deps.plugin_path().parents[3])
    assert xcb_deps.unprovided(libs, owners, provided, shipped) == []
    old = ["libxcb-cursor0", "libxkbcommon-x11-0", "libegl1"]  # the list before: the window did not open
    missing = xcb_deps.unprovided(libs, owners, xcb_deps.closure(old) | xcb_deps.base_packages(), shipped)
    assert any(m.startswith("libxcb-icccm.so.4") for m in missing) and any(m.startswith("libxcb-keysyms") for m in missing)
