"""At start-up each chart paints once (issue 14): the grid, the KPI strip and the charts are laid
out, the views ranged and the axes sized before the first paint (drawing/charts/settle.py).
Before, each chart painted two or three times before all of them had painted once: pyqtgraph
found its axes' text widths and its auto-ranges while painting, and the charts' own show
updates came after the paint."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

_COUNT = r"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
app = QApplication([])
from colossus_desktop.scenario.presets import load_preset
from colossus_desktop.ui.main_window import MainWindow

class Paints(QObject):
    def __init__(self, views):
        super().__init__()
        self.count = {id(v): 0 for v in views}
        self.views = views
        for v in views:
            v.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            self.count[id(obj)] += 1
        return False

w = MainWindow(load_preset("colossus-2"), autosave=False, restore_geometry=False, staged=True)
width, height = map(int, sys.argv[1].split("x"))
w.resize_for_screenshot(width, height)
seen = {}
_show = w._show_charts
def show():  # count from the moment the charts join the window
    seen["paints"] = Paints([c.graphics.viewport() for c in w.charts])
    _show()
w._startup._stages[1] = show
w.show()
deadline = time.monotonic() + 60
while (w.starting or "paints" not in seen or not all(seen["paints"].count.values())) and time.monotonic() < deadline:
    app.processEvents()
first = [seen["paints"].count[id(v)] for v in seen["paints"].views]
settle = time.monotonic() + 0.5  # what else the event loop does in the next half second
while time.monotonic() < settle:
    app.processEvents()
after = [seen["paints"].count[id(v)] for v in seen["paints"].views]
print(first, after, flush=True)
os._exit(0)  # (a window left to the interpreter's teardown can crash PySide at exit)
"""


@pytest.mark.parametrize("theme, size", [("dark", "1280x800"), ("projector", "1920x1080")])
def test_each_chart_paints_once_at_start_up(tmp_path, theme, size):
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "colossus-desktop.ini").write_text(f"[view]\ntheme={theme}\n")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COLOSSUS_DESKTOP_HOME=str(tmp_path),
               PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    r = subprocess.run([sys.executable, "-c", _COUNT, size], capture_output=True, text=True, env=env, cwd=ROOT,
                       check=False, timeout=120)
    assert r.returncode == 0, r.stderr
    first, after = r.stdout.strip().split("] [")
    assert first + "]" == "[1, 1, 1, 1, 1, 1, 1]", r.stdout  # every chart painted, each once
    assert "[" + after == "[1, 1, 1, 1, 1, 1, 1]", r.stdout  # and not again by itself
