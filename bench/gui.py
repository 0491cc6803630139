"""GUI benchmarks on the colossus-2 preset, offscreen.

* edit → last chart repainted: a builder spin box is set, then the event loop runs until
  the debounced evaluation has run and every chart's view has painted after the edit
  (colossus_desktop/ui/latency.py). Target: p95 ≤ 50 ms.
* drag: a value changed every 16 ms (a 60 Hz drag) for a few seconds; how many times per
  second the results are re-evaluated and the charts that show the value repaint meanwhile.
"""

from __future__ import annotations

import time

from .qt import open_window
from .stats import percentile, summary

SIZES = ((1280, 800), (1920, 1080))


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


def run(quick: bool = False) -> dict:
    from colossus_desktop.ui.latency import edit_to_paint_ms

    samples = 40 if quick else 300
    out = {}
    for size in SIZES[:1] if quick else SIZES:
        app, window = open_window("colossus-2", size)
        ms = edit_to_paint_ms(window, "facility.pue", samples=samples)
        key = f"{size[0]}x{size[1]}"
        out[f"edit_to_repaint_ms_{key}"] = summary(ms)
        out[f"edit_to_repaint_p95_ms_{key}"] = percentile(ms, 95)
        evals, repaints = _drag_rate(app, window, "workload.mfu", 1.5 if quick else 4.0)
        out[f"drag_evaluations_per_s_{key}"] = evals
        out[f"drag_repaints_per_s_{key}"] = repaints
        window.document.replace(window.document.scenario)  # mark clean: no prompt on close
        window.close()
        app.processEvents()
    out["targets"] = {"edit_to_repaint_p95_ms": 50.0}
    return out
