"""Starting the window from the command line without a screen: one line and exit 2, or an
offscreen screenshot; a bad file fails before Qt starts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _run(*args, tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    env["COLOSSUS_DESKTOP_HOME"] = str(tmp_path / "home")
    return subprocess.run([sys.executable, "-m", "colossus_desktop", *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120)


def test_no_display_says_so(tmp_path):
    r = _run(tmp_path=tmp_path)
    assert r.returncode == 2
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display" in lines[0] and "Traceback" not in r.stderr


def test_missing_file_fails_before_qt(tmp_path):
    r = _run(str(tmp_path / "nope.json"), tmp_path=tmp_path)
    assert r.returncode == 2
    assert r.stderr.strip() == f"colossus-desktop: error: {tmp_path / 'nope.json'}: file not found"


def test_screenshot_needs_no_display(tmp_path):
    out = tmp_path / "shot.png"
    r = _run("--screenshot", str(out), "--preset", "deepseek-v3", "--size", "800x600", tmp_path=tmp_path)
    assert r.returncode == 0, r.stderr
    from PySide6.QtGui import QImage

    image = QImage(str(out))
    assert (image.width(), image.height()) == (800, 600)


def test_openblas_gets_one_thread_unless_the_user_chose():
    from colossus_desktop.ui.app import single_threaded_blas

    env: dict[str, str] = {}
    single_threaded_blas(env)
    assert env == {"OPENBLAS_NUM_THREADS": "1"}
    env = {"OPENBLAS_NUM_THREADS": "4"}
    single_threaded_blas(env)
    assert env == {"OPENBLAS_NUM_THREADS": "4"}


def test_the_window_starts_numpy_with_one_blas_thread(tmp_path):
    # main() sets it before the document (and numpy) is read: numpy is not imported before main,
    # and OpenBLAS, once the window has started, runs one thread (the default here: one per core).
    probe = tmp_path / "probe.py"
    probe.write_text(
        "import ctypes, os, sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from colossus_desktop.ui import app\n"
        "print('numpy' in sys.modules)\n"
        "app.main(['--screenshot', sys.argv[1], '--size', '640x400'])\n"
        "libs = sorted({line.split()[-1] for line in open('/proc/self/maps') if 'openblas' in line})\n"
        "get = [getattr(ctypes.CDLL(lib), name, None) for lib in libs\n"
        "       for name in ('scipy_openblas_get_num_threads64_', 'openblas_get_num_threads')]\n"
        "get = [g for g in get if g is not None]\n"
        "print(os.environ.get('OPENBLAS_NUM_THREADS'), get[0]() if get else 'unknown')\n")
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    env.update(QT_QPA_PLATFORM="offscreen", COLOSSUS_DESKTOP_HOME=str(tmp_path / "home"))
    r = subprocess.run([sys.executable, str(probe), str(tmp_path / "shot.png")], capture_output=True, text=True,
                       env=env, cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
    before, (variable, threads) = r.stdout.split()[0], r.stdout.split()[-2:]
    assert before == "False" and variable == "1"
    if threads == "unknown":  # a numpy built on another BLAS: nothing more to check
        pytest.skip("numpy's BLAS is not OpenBLAS")
    assert threads == "1"
