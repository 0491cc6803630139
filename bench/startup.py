"""Start-up, measured as a user feels it, against a bare PySide6 window holding one pyqtgraph
plot started in the same run (rounds alternate, so machine load hits both alike; absolute times
drift by 2x on a shared machine, ratios do not).

* first frame: from launching the process to the window painted on screen. The app is started
  through its real entry point (``colossus_desktop.ui.app.main``); its first frame shows the form
  and the KPI strip, the charts and results follow in the next turns of the event loop. The
  bare window's first frame is its one plot drawn.
* everything drawn: the whole process of ``--screenshot`` (charts built, results filled in,
  rendered to a PNG, exit) against the bare window's whole process.

The project's .pyc files are compiled first (``compileall``), as an installed app has them; a
first run that writes them would time the compiler. When the PyInstaller bundle has been built
(dist/colossus-desktop/), its ``--screenshot`` is timed too, against the source run.

Targets: first frame at most 1.3x the bare window; everything drawn at most 1.7x; bundle no
slower than 1.3x the source.
"""

from __future__ import annotations

import compileall
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from .stats import summary

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "dist" / "colossus-desktop" / ("colossus-desktop.exe" if os.name == "nt" else "colossus-desktop")

BARE = r"""
import sys, time
import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv)
win = QMainWindow()
plot = pg.PlotWidget(title="bare")
plot.plot(np.arange(100.0), np.sin(np.arange(100.0) / 10))
win.setCentralWidget(plot)
win.resize(1280, 800)
win.show()
app.processEvents()
image = win.grab()
shown = time.time()
image.save(sys.argv[1])
print(shown, flush=True)
"""

# The real entry point, interactive (no --screenshot); the window reports its first frame.
FIRST_FRAME = r"""
import os, sys, time
from colossus_desktop.ui import app as entry, main_window

_init = main_window.MainWindow.__init__

def _report(window):
    shown = time.time()
    window.grab().save(sys.argv[1])  # what the first frame showed (after the time is taken)
    print(shown, flush=True)
    os._exit(0)

def _init_and_watch(self, *args, **kwargs):
    _init(self, *args, **kwargs)
    self.firstFrameShown.connect(lambda: _report(self))

main_window.MainWindow.__init__ = _init_and_watch
entry.main(["--size", "1280x800"])
"""


def _env() -> dict:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["COLOSSUS_DESKTOP_HOME"] = tempfile.mkdtemp(prefix="colossus-bench-")
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def _launch(cmd: list[str], png: str) -> tuple[float, float | None]:
    """(seconds to exit, seconds to the frame the child reports, or None)."""
    t_wall = time.time()
    t = time.perf_counter()
    done = subprocess.run(cmd + [png], check=True, env=_env(), capture_output=True, text=True, cwd=ROOT)
    total = time.perf_counter() - t
    if not Path(png).is_file():
        raise RuntimeError(f"{cmd[0]} wrote no screenshot")
    lines = done.stdout.split()
    return total, (float(lines[-1]) - t_wall if lines else None)


def compile_sources() -> None:
    """Write the project's .pyc files before anything is timed."""
    for folder in ("colossus_desktop", "bench"):
        compileall.compile_dir(str(ROOT / folder), quiet=1)


def run(quick: bool = False) -> dict:
    compile_sources()
    repeats = 5 if quick else 9
    bare_first, bare_total, first, total, bundle = [], [], [], [], []
    bundle_error = None
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(repeats):
            png = lambda name: str(Path(tmp) / f"{name}{i}.png")  # noqa: E731
            b_total, b_first = _launch([sys.executable, "-c", BARE], png("bare"))
            _a_total, a_first = _launch([sys.executable, "-c", FIRST_FRAME], png("first"))
            a_total, _ = _launch([sys.executable, "-m", "colossus_desktop", "--size", "1280x800", "--screenshot"], png("all"))
            bare_first.append(b_first)
            bare_total.append(b_total)
            first.append(a_first)
            total.append(a_total)
            if BUNDLE.exists() and bundle_error is None:
                try:
                    bundle.append(_launch([str(BUNDLE), "--size", "1280x800", "--screenshot"], png("bundle"))[0])
                except (subprocess.CalledProcessError, RuntimeError) as exc:
                    bundle_error = f"the bundle failed to start: {exc}"
    out = {
        "bare_first_frame_s": summary(bare_first),
        "bare_process_s": summary(bare_total),
        "app_first_frame_s": summary(first),
        "app_screenshot_s": summary(total),
        # per round (the two measured back to back), then the median of the rounds
        "first_frame_vs_bare_ratio": summary([a / b for a, b in zip(first, bare_first)]),
        "everything_drawn_vs_bare_ratio": summary([a / b for a, b in zip(total, bare_total)]),
    }
    if bundle_error:
        out["bundle"] = bundle_error
    elif bundle:
        out["bundle_screenshot_s"] = summary(bundle)
        out["bundle_vs_source_ratio"] = summary([a / b for a, b in zip(bundle, total)])
    else:
        out["bundle"] = f"not built ({BUNDLE.relative_to(ROOT)} missing): python packaging/build.py"
    out["targets"] = {"first_frame_vs_bare_ratio": 1.3, "everything_drawn_vs_bare_ratio": 1.7,
                      "bundle_vs_source_ratio": 1.3}
    return out
