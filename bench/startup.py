"""Start-up, measured as a user feels it, against a bare PySide6 window holding one pyqtgraph
plot started in the same run (rounds alternate, so machine load hits both alike; absolute times
drift by 2x on a shared machine, ratios do not).

* first frame: from launching the process to the window painted on screen (its first paint
  event has ended). The app is started through its real entry point
  (``colossus_desktop.ui.app.main``, as a user starts it); its first frame shows the form and
  the KPI strip. The bare window's frame is its one plot drawn.
* everything drawn: from launching to every chart painted with the results and the start-up
  stages ended, against the same bare frame.
* screenshot process: the whole ``--screenshot`` process (rendered to a PNG, closed, exited)
  against the bare window's whole process, the measure recorded before issue 14.

Each is also given in CPU time (the child's ``time.process_time()`` at the same moments): it
hardly depends on what else the machine runs, so its ratios hold on a busy machine too.

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
app.processEvents()  # the first frame: the plot drawn
shown, cpu = time.time(), time.process_time()
win.grab().save(sys.argv[1])
print(shown, shown, cpu, cpu, flush=True)
"""

# The real entry point, interactive (no --screenshot). Prints when the first frame was on screen
# (the form and the KPI strip) and when every chart had painted with the results and the
# start-up stages had ended (everything drawn).
APP = r"""
import os, sys, time
from colossus_desktop.ui import app as entry  # (no Qt: the app imports the rest in main)

times, cpu = {}, {}


def _hook_stages():
    # Called once the app has made its QApplication: importing Qt (or the start-up stages'
    # module, which does) any earlier would import PySide6 before the app does in main, which a
    # user's process never does.
    global QEvent, QObject, QTimer, Painted, FirstPaint
    from PySide6.QtCore import QEvent, QObject, QTimer
    from colossus_desktop.ui import startup

    class Painted(QObject):
        def __init__(self, window, views):
            super().__init__()
            self.window, self.waiting = window, {id(v) for v in views}
            for v in views:
                v.installEventFilter(self)

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                self.waiting.discard(id(obj))
                if not self.waiting and "charts" not in times:
                    QTimer.singleShot(0, self.painted)  # runs once this paint has ended
            return False

        def painted(self):
            times["charts"], cpu["charts"] = time.time(), time.process_time()
            _done(self.window)

    class FirstPaint(QObject):
        # The window's first frame: its first paint, once it has ended (not the app's own
        # firstFrameShown, which came before the paint when the platform exposed the window late).

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint:
                obj.removeEventFilter(self)
                QTimer.singleShot(0, lambda: (times.setdefault("first", time.time()),
                                              cpu.setdefault("first", time.process_time())))
            return False

    stages_init = startup.StartupStages.__init__

    def _stages_init_and_watch(self, window, stages, staged):
        stages_init(self, window, _watch(window, stages, staged), staged)

    startup.StartupStages.__init__ = _stages_init_and_watch


def _done(window):
    if "charts" in times and "finished" in times:
        window.grab().save(sys.argv[1])  # what was drawn (after the times are taken)
        print(times["first"], max(times["charts"], times["finished"]), cpu["first"],
              max(cpu["charts"], cpu["finished"]), flush=True)
        os._exit(0)


def _finished(window):
    times["finished"], cpu["finished"] = time.time(), time.process_time()
    _done(window)


def _watch(window, stages, staged):
    # The window's start-up stages are [build the charts, show them with the results, ...]: once
    # the second has run, watch the charts' first paints.
    assert stages[1].__name__ == "_show_charts", stages
    def show_and_watch(show=stages[1]):
        show()
        window._bench_watch = Painted(window, [chart.graphics.viewport() for chart in window.charts])

    window._bench_first = FirstPaint(window)
    window.installEventFilter(window._bench_first)
    window.startupFinished.connect(lambda: _finished(window))
    return [stages[0], show_and_watch, *stages[2:]]


# Hooked once the QApplication exists, in the start-up stages, so that the app's own modules are
# imported by its entry point, as when a user starts it (importing the main window here would
# import them earlier).
_application = entry._application


def _application_and_hooks():
    app = _application()
    _hook_stages()
    return app


entry._application = _application_and_hooks
entry.main(["--size", "1280x800"])
"""


def _env() -> dict:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["COLOSSUS_DESKTOP_HOME"] = tempfile.mkdtemp(prefix="colossus-bench-")
    env["PYTHONPATH"] = str(ROOT) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    return env


def _launch(cmd: list[str], png: str) -> tuple[float, list[float], list[float]]:
    """(seconds to exit, [seconds to each moment the child reports], [the child's CPU seconds
    at those moments]). CPU time hardly depends on what else the machine runs."""
    t_wall = time.time()
    t = time.perf_counter()
    done = subprocess.run(cmd + [png], check=True, env=_env(), capture_output=True, text=True, cwd=ROOT)
    total = time.perf_counter() - t
    if not Path(png).is_file():
        raise RuntimeError(f"{cmd[0]} wrote no screenshot")
    values = [float(x) for x in done.stdout.split()]
    half = len(values) // 2
    return total, [v - t_wall for v in values[:half]], values[half:]


def compile_sources() -> None:
    """Write the project's .pyc files before anything is timed."""
    for folder in ("colossus_desktop", "bench"):
        compileall.compile_dir(str(ROOT / folder), quiet=1)


def run(quick: bool = False) -> dict:
    compile_sources()
    repeats = 5 if quick else 9
    bare_frame, bare_total, first, drawn, total, bundle = [], [], [], [], [], []
    bare_cpu, first_cpu, drawn_cpu = [], [], []
    bundle_error = None
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(repeats):
            def png(name: str, i: int = i) -> str:
                return str(Path(tmp) / f"{name}{i}.png")

            b_total, (b_frame, _), (b_cpu, _) = _launch([sys.executable, "-c", BARE], png("bare"))
            _, (a_first, a_drawn), (c_first, c_drawn) = _launch([sys.executable, "-c", APP], png("app"))
            bare_cpu.append(b_cpu)
            first_cpu.append(c_first)
            drawn_cpu.append(c_drawn)
            a_total, _, _ = _launch([sys.executable, "-m", "colossus_desktop", "--size", "1280x800", "--screenshot"], png("shot"))
            bare_frame.append(b_frame)
            bare_total.append(b_total)
            first.append(a_first)
            drawn.append(a_drawn)
            total.append(a_total)
            if BUNDLE.exists() and bundle_error is None:
                try:
                    bundle.append(_launch([str(BUNDLE), "--size", "1280x800", "--screenshot"], png("bundle"))[0])
                except (subprocess.CalledProcessError, RuntimeError) as exc:
                    bundle_error = f"the bundle failed to start: {exc}"
    # ratios per round (measured back to back), then their median and spread
    out = {
        "bare_window_frame_s": summary(bare_frame),
        "app_first_frame_s": summary(first),
        "app_everything_drawn_s": summary(drawn),
        "first_frame_vs_bare_ratio": summary([a / b for a, b in zip(first, bare_frame)]),
        "everything_drawn_vs_bare_ratio": summary([a / b for a, b in zip(drawn, bare_frame)]),
        "first_frame_vs_bare_cpu_ratio": summary([a / b for a, b in zip(first_cpu, bare_cpu)]),
        "everything_drawn_vs_bare_cpu_ratio": summary([a / b for a, b in zip(drawn_cpu, bare_cpu)]),
        "bare_window_process_s": summary(bare_total),
        "app_screenshot_process_s": summary(total),
        "screenshot_process_vs_bare_ratio": summary([a / b for a, b in zip(total, bare_total)]),
    }
    if bundle_error:
        out["bundle"] = bundle_error
    elif bundle:
        out["bundle_screenshot_s"] = summary(bundle)
        out["bundle_vs_source_ratio"] = summary([a / b for a, b in zip(bundle, total)])  # both --screenshot
    else:
        out["bundle"] = f"not built ({BUNDLE.relative_to(ROOT)} missing): python packaging/build.py"
    out["targets"] = {"first_frame_vs_bare_ratio": 1.3, "everything_drawn_vs_bare_ratio": 1.7,
                      "bundle_vs_source_ratio": 1.3}
    return out
