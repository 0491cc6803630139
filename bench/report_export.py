"""Export Report on colossus-2 (every format, 1920×1080, light): the longest time the window's
event loop did not turn, written in the background (File → Export Report…) and, side by side
in the same run, all at once on the GUI thread (``build_report``, how the window did it before).

A 1-ms timer stamps every turn of the event loop; a stall is the gap between two stamps.
"""

from __future__ import annotations

import tempfile
import time

from .qt import open_window
from .stats import summary


def _gaps_ms(app, run) -> tuple[list[float], float]:
    from PySide6.QtCore import QTimer

    stamps = [time.perf_counter()]
    ticker = QTimer()
    ticker.setInterval(1)
    ticker.timeout.connect(lambda: stamps.append(time.perf_counter()))
    ticker.start()
    t0 = time.perf_counter()
    run()
    total_ms = (time.perf_counter() - t0) * 1000
    app.processEvents()
    ticker.stop()
    stamps.append(time.perf_counter())
    return [1000 * (b - a) for a, b in zip(stamps, stamps[1:])], total_ms


def run(quick: bool = False, rounds: int | None = None) -> dict:
    from colossus_desktop.report.build import build_report
    from colossus_desktop.ui.report_export import ReportOptions

    rounds = rounds or (1 if quick else 3)
    app, window = open_window("colossus-2")
    ctl = window.export_controller
    ev = window.evaluator.last
    before, after, before_total, after_total = [], [], [], []
    try:
        for _ in range(rounds):
            with tempfile.TemporaryDirectory() as folder:
                def blocking():
                    build_report(ev, folder, theme="light", base="before", uncertainty=ctl.uncertainty_shown(ev))
                gaps, total = _gaps_ms(app, blocking)
                before.append(max(gaps))
                before_total.append(total)
            with tempfile.TemporaryDirectory() as folder:
                def background():
                    job = ctl.export_report(options=ReportOptions(folder, theme="light"))
                    job.task.wait()
                gaps, total = _gaps_ms(app, background)
                after.append(max(gaps))
                after_total.append(total)
    finally:
        window.document.replace(window.document.scenario)
        window.close()
    return {
        "longest_stall_before_ms": summary(before),
        "longest_stall_after_ms": summary(after),
        "total_before_ms": summary(before_total),
        "total_after_ms": summary(after_total),
        "stall_ratio_after_to_before": summary([a / b for a, b in zip(after, before)]),
    }


if __name__ == "__main__":
    import json

    print(json.dumps(run(quick=True), indent=2))
