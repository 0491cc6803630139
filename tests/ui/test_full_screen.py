"""Presentation mode covers the whole screen also where no window manager handles "full screen"
(a bare X server, a kiosk): the window is frameless and takes the screen's geometry itself.

The offscreen test checks the window's own state; the X test starts Xvfb with no window manager
and a real xcb window, where ``showFullScreen`` alone leaves the window at its default size. It
is skipped where Xvfb is missing, unless ``COLOSSUS_TEST_XVFB=1`` (CI) makes a skip a failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from colossus_desktop.ui.presentation import PresentationWindow

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
from PySide6.QtWidgets import QApplication
app = QApplication([])
from colossus_desktop.ui.presentation import PresentationWindow
w = PresentationWindow()
w.resize(300, 200)
w.start()
for _ in range(100):
    app.processEvents()
g, s = w.frameGeometry(), w.screen().geometry()
print(app.platformName(), g.x(), g.y(), g.width(), g.height(), s.x(), s.y(), s.width(), s.height(), flush=True)
import os
os._exit(0)  # what is measured is printed; a window alive at interpreter teardown may crash it
"""


def test_presentation_is_frameless_and_covers_the_screen(qtbot):
    w = PresentationWindow()
    qtbot.addWidget(w)
    w.resize(300, 200)
    w.start()
    qtbot.waitExposed(w)
    screen = w.screen() or QGuiApplication.primaryScreen()
    assert w.isFullScreen()
    assert w.windowFlags() & Qt.WindowType.FramelessWindowHint
    assert w.frameGeometry() == screen.geometry()


def test_presentation_covers_an_x_screen_without_a_window_manager(tmp_path):
    xvfb = shutil.which("Xvfb")
    if xvfb is None:
        if os.environ.get("COLOSSUS_TEST_XVFB") == "1":
            pytest.fail("COLOSSUS_TEST_XVFB=1 but Xvfb is not installed")
        pytest.skip("Xvfb is not installed")
    read, write = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write), "-screen", "0", "1600x900x24", "-nolisten", "tcp"],
                              pass_fds=(write,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    os.close(write)
    try:
        with os.fdopen(read) as f:
            display = f.readline().strip()
        assert display, "Xvfb did not say its display"
        env = {**os.environ, "DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb", "PYTHONPATH": str(ROOT),
               "COLOSSUS_DESKTOP_HOME": str(tmp_path)}
        out = subprocess.run([sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=120)
    finally:
        server.terminate()
        server.wait(timeout=10)
    assert out.returncode == 0, out.stderr[-2000:]
    platform, *numbers = out.stdout.split()
    assert platform == "xcb"
    window, screen = numbers[:4], numbers[4:]
    assert screen == ["0", "0", "1600", "900"]
    assert window == screen, f"the window covers {window}, not the screen {screen}"
