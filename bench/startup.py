"""Start-up: a cold process that renders the main window to a PNG (``--screenshot``) against a
bare PySide6 window holding one pyqtgraph plot, rendered the same way in the same run. The
ratio is what counts (absolute times vary with the machine). When the PyInstaller bundle has
been built (dist/colossus-desktop/), the bundle is timed too, against the source run.

Targets: source within 1.5× the bare window; bundle no slower than 1.3× the source.
"""

from __future__ import annotations

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
import sys
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
win.grab().save(sys.argv[1])
"""


def _env() -> dict:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["COLOSSUS_DESKTOP_HOME"] = tempfile.mkdtemp(prefix="colossus-bench-")
    return env


def _time(cmd: list[str], repeats: int) -> list[float]:
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(repeats):
            png = str(Path(tmp) / f"shot{i}.png")
            t = time.perf_counter()
            subprocess.run(cmd + [png], check=True, env=_env(),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT)
            out.append(time.perf_counter() - t)
            if not Path(png).is_file():
                raise RuntimeError(f"{cmd[0]} wrote no screenshot")
    return out


def run(quick: bool = False) -> dict:
    repeats = 3 if quick else 7
    # Interleave so that machine load affects both alike.
    bare, app, bundle = [], [], []
    bundle_error = None
    for _ in range(repeats):
        bare += _time([sys.executable, "-c", BARE], 1)
        app += _time([sys.executable, "-m", "colossus_desktop", "--size", "1280x800", "--screenshot"], 1)
        if BUNDLE.exists() and bundle_error is None:
            try:
                bundle += _time([str(BUNDLE), "--size", "1280x800", "--screenshot"], 1)
            except (subprocess.CalledProcessError, RuntimeError) as exc:
                bundle_error = f"the bundle failed to start: {exc}"
    out = {
        "bare_window_s": summary(bare),
        "app_screenshot_s": summary(app),
        "app_vs_bare_ratio": summary(app)["median"] / summary(bare)["median"],
    }
    if bundle_error:
        out["bundle"] = bundle_error
    elif bundle:
        out["bundle_screenshot_s"] = summary(bundle)
        out["bundle_vs_source_ratio"] = summary(bundle)["median"] / summary(app)["median"]
    else:
        out["bundle"] = f"not built ({BUNDLE.relative_to(ROOT)} missing): python packaging/build.py"
    out["targets"] = {"app_vs_bare_ratio": 1.5, "bundle_vs_source_ratio": 1.3}
    return out
