"""Measure edit → last chart repainted in a live window (used by `python -m bench --only gui` and a test).

Each sample sets a spin box in the builder, then runs the event loop until the throttled
evaluation has been shown and the charts it changed have painted; the time is taken when the
event loop returns from the last of those paints (before 2026-11-30 it was taken when the last
paint began, which left that paint out). A chart whose numbers did not change does not paint
(issue 14), so the loop ends once the evaluation has been shown, a chart has painted, and a turn
of the event loop after that painted nothing (until then it waited for every chart to paint);
an edit that changed no chart is timed to its evaluation shown.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication


QUIET_S = 0.3  # shown and nothing painted for this long: the edit changed no chart


class _PaintWatch(QObject):
    def __init__(self, widgets):
        super().__init__()
        self.last: dict[int, float] = {}
        for w in widgets:
            w.installEventFilter(self)

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            self.last[id(obj)] = time.perf_counter()
        return False


def edit_to_paint_ms(window, path: str = "facility.pue", samples: int = 40, timeout_s: float = 2.0,
                     cpu_ms: list[float] | None = None) -> list[float]:
    """Milliseconds from each edit of ``path`` to the last chart repainted. With ``cpu_ms``, the
    process's CPU milliseconds over the same span are appended to it, one per edit."""
    app = QApplication.instance()
    views = [chart.graphics.viewport() for chart in window.charts]
    watch = _PaintWatch(views)
    spin = window.builder.show_field(path)
    base = spin.value()
    step = max(spin.singleStep(), 10 ** -getattr(spin, "decimals", lambda: 0)())
    shown = [0.0]

    def on_evaluated(*_):
        shown[0] = time.perf_counter()

    window.evaluator.evaluated.connect(on_evaluated)
    out = []
    for i in range(samples):
        app.processEvents()
        time.sleep(0.15)  # a pause between edits, as a user makes (so each is evaluated at once)
        app.processEvents()
        t0, c0 = time.perf_counter(), time.process_time()
        spin.setValue(base + step * (1 + i % 5))
        deadline = t0 + timeout_s
        end = None
        while time.perf_counter() < deadline:
            before = max(watch.last.values(), default=0.0)
            app.processEvents()
            painted = max(watch.last.values(), default=0.0) > before
            if painted:
                end = time.perf_counter()  # processEvents has returned: this paint has ended
            elif shown[0] > t0 and not window.evaluator.timer.isActive():
                if end is not None and end > shown[0]:
                    break  # shown, painted, and a turn of the event loop since painted nothing
                if time.perf_counter() - shown[0] > QUIET_S:
                    break  # shown, and no chart painted: none of their numbers changed
        if shown[0] > t0:
            end = end if end is not None and end > shown[0] else shown[0]
        out.append(((end or time.perf_counter()) - t0) * 1000)
        if cpu_ms is not None:
            cpu_ms.append((time.process_time() - c0) * 1000)
    window.evaluator.evaluated.disconnect(on_evaluated)
    for v in views:
        v.removeEventFilter(watch)
    return out
