"""Without Qt (PySide6 or a system library it needs missing), the desktop entry point says so in
one line and exits with 2; the command line still works. The entry point imports Qt only after
the document (ui/app.py), so this is checked there too."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

NO_QT = r"""
import sys

class NoQt:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6"):
            raise ImportError("libEGL.so.1: cannot open shared object file (simulated)")
        return None

sys.meta_path.insert(0, NoQt())
from colossus_desktop.__main__ import main
sys.exit(main(sys.argv[1:]))
"""


def _run(tmp_path, *args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COLOSSUS_DESKTOP_HOME=str(tmp_path), PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", NO_QT, *args], check=False, capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120)


def test_the_window_without_qt_says_so_in_one_line(tmp_path):
    r = _run(tmp_path, "--preset", "colossus-2")
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert "the desktop window cannot start (libEGL.so.1" in r.stderr
    assert "the command line still works: colossus-desktop" in r.stderr


def test_the_command_line_works_without_qt(tmp_path):
    r = _run(tmp_path, "presets")
    assert r.returncode == 0, r.stderr
    assert "colossus-2" in r.stdout
