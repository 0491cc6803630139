"""GUI benchmarks on the colossus-2 preset, offscreen.

* edit → last chart repainted: a builder spin box is set, then the event loop runs until
  the throttled evaluation has been shown and the charts whose numbers it changed have painted
  (a chart with the same numbers does not paint; colossus_desktop/ui/latency.py). Target
  (issue 14): p95 ≤ 33 ms at 1280×800.
  Beside it, in the same process and in alternating rounds, a bare window: one pyqtgraph plot
  of the same size whose one curve gets new data, timed to its repaint the same way. Absolute
  times drift by 2× on a shared machine; the ratio of the two, round by round, does not. Both
  are also given in CPU time per edit (``time.process_time()``), which hardly depends on load.
* drag: a value changed every 16 ms (a 60 Hz drag) for a few seconds; how many times per
  second the results are re-evaluated and the charts that show the value repaint meanwhile.
"""

from __future__ import annotations

import statistics
import time

from .qt import open_window
from .stats import percentile, summary

SIZES = ((1280, 800), (1920, 1080))
ROUND = 40  # edits per round


def _drag_rate(app, window, path: str, seconds: float) -> float:
    from PySide6.QtCore import QEvent, QObject

    views = [chart.graphics.viewport() for chart in window.charts]
    counts = {id(v): 0 for v in views}

    class Watch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt)
            if event.type() == QEvent.Type.Paint:
                counts[id(obj)] += 1
            return False

    watch = Watch()
    for v in views:
        v.installEventFilter(watch)
    evaluations = []
    window.evaluator.evaluated.connect(evaluations.append)
    spin = window.builder.show_field(path)
    base = spin.value()
    step = spin.singleStep()
    t0 = time.perf_counter()
    i = 0
    next_move = t0
    while (now := time.perf_counter()) - t0 < seconds:
        if now >= next_move:
            i += 1
            spin.setValue(base + step * (i % 50))
            next_move += 1 / 60
        app.processEvents()
    elapsed = time.perf_counter() - t0
    for v in views:
        v.removeEventFilter(watch)
    window.evaluator.evaluated.disconnect(evaluations.append)
    return len(evaluations) / elapsed, max(counts.values()) / elapsed


def _bare_window(size):
    """A QMainWindow holding one pyqtgraph plot with one curve, shown at ``size``."""
    import numpy as np
    import pyqtgraph as pg
    from PySide6.QtWidgets import QMainWindow

    win = QMainWindow()
    plot = pg.PlotWidget(title="bare")
    x = np.arange(100.0)
    curve = plot.plot(x, np.sin(x / 10))
    win.setCentralWidget(plot)
    win.resize(*size)
    win.show()
    return win, plot, curve


def _bare_repaint_ms(app, plot, curve, samples: int, cpu_ms: list[float]) -> list[float]:
    """Milliseconds from new data in the bare window's curve to its plot repainted, timed as
    :func:`colossus_desktop.ui.latency.edit_to_paint_ms` times an edit (same pause between)."""
    import numpy as np
    from PySide6.QtCore import QEvent, QObject

    view = plot.viewport()
    last = [0.0]

    class Watch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt)
            if event.type() == QEvent.Type.Paint:
                last[0] = time.perf_counter()
            return False

    watch = Watch()
    view.installEventFilter(watch)
    x = np.arange(100.0)
    out = []
    for i in range(samples):
        app.processEvents()
        time.sleep(0.15)
        app.processEvents()
        t0, c0 = time.perf_counter(), time.process_time()
        curve.setData(x, np.sin(x / 10) * (1 + 0.1 * (1 + i % 5)))
        end = None
        while time.perf_counter() < t0 + 2.0:
            app.processEvents()
            if last[0] > t0:
                end = time.perf_counter()  # the paint has ended
                break
        out.append(((end or last[0]) - t0) * 1000)
        cpu_ms.append((time.process_time() - c0) * 1000)
    view.removeEventFilter(watch)
    return out


def run(quick: bool = False) -> dict:
    from colossus_desktop.ui.latency import edit_to_paint_ms

    rounds = 1 if quick else 5
    out = {}
    for size in SIZES[:1] if quick else SIZES:
        app, window = open_window("colossus-2", size)
        bare, plot, curve = _bare_window(size)
        app.processEvents()
        key = f"{size[0]}x{size[1]}"
        ms, cpu, bare_ms, bare_cpu, p50_ratio, p95_ratio, cpu_ratio = [], [], [], [], [], [], []
        for _ in range(rounds):  # alternating, so machine load hits both alike
            b_cpu, a_cpu = [], []
            b = _bare_repaint_ms(app, plot, curve, ROUND, b_cpu)
            window.raise_()
            a = edit_to_paint_ms(window, "facility.pue", samples=ROUND, cpu_ms=a_cpu)
            ms += a
            cpu += a_cpu
            bare_ms += b
            bare_cpu += b_cpu
            p50_ratio.append(statistics.median(a) / statistics.median(b))
            p95_ratio.append(percentile(a, 95) / percentile(b, 95))
            cpu_ratio.append(statistics.median(a_cpu) / statistics.median(b_cpu))
        out[f"edit_to_repaint_ms_{key}"] = summary(ms)
        out[f"edit_to_repaint_p95_ms_{key}"] = percentile(ms, 95)
        out[f"edit_cpu_ms_{key}"] = summary(cpu)
        out[f"bare_repaint_ms_{key}"] = summary(bare_ms)
        out[f"bare_repaint_p95_ms_{key}"] = percentile(bare_ms, 95)
        out[f"bare_cpu_ms_{key}"] = summary(bare_cpu)
        out[f"edit_vs_bare_p50_ratio_{key}"] = summary(p50_ratio)
        out[f"edit_vs_bare_p95_ratio_{key}"] = summary(p95_ratio)
        out[f"edit_vs_bare_cpu_ratio_{key}"] = summary(cpu_ratio)
        evals, repaints = _drag_rate(app, window, "workload.mfu", 1.5 if quick else 4.0)
        out[f"drag_evaluations_per_s_{key}"] = evals
        out[f"drag_repaints_per_s_{key}"] = repaints
        bare.close()
        window.document.replace(window.document.scenario)  # mark clean: no prompt on close
        window.close()
        app.processEvents()
    out["targets"] = {"edit_to_repaint_p95_ms_1280x800": 33.0}
    return out
