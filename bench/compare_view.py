"""Edit → repaint in the Compare tab beside the main window's charts, on colossus-2 at 1280x800.

Issue 11: "After an edit, the comparison view repaints within the same p95 as the main window."
One window, one run, alternating blocks of edits of the same field (``facility.pue`` in the
builder, a pause between edits as a user makes):

* (a) main: the "Charts" tab shown; edit → the last main-window chart repainted
  (:func:`colossus_desktop.ui.latency.edit_to_paint_ms`, the ``gui`` suite's figure).
* (b) compare: the "Compare" tab shown, holding a comparison of the window's document ("Add
  current document") and the deepseek-v3 preset; edit → the comparison re-evaluated in its
  worker thread with the edit (its ``finished`` result holds the edited document) and then the
  table and its three charts all painted.

Each round measures a block of (a) then a block of (b); the p50/p95 of each block and their
ratio (b / a) are reported as the median over rounds (the machine is shared: ratios come from
the same round). ``python3 -m bench.compare_view [--quick] [--rounds N] [--samples N]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time

from .qt import open_window
from .stats import percentile

SIZE = (1280, 800)
PATH = "facility.pue"


def _paint_watch(widgets):
    from PySide6.QtCore import QEvent, QObject

    class Watch(QObject):
        def __init__(self):
            super().__init__()
            self.last: dict[int, float] = {}

        def eventFilter(self, obj, event):  # noqa: N802 (Qt)
            if event.type() == QEvent.Type.Paint:
                self.last[id(obj)] = time.perf_counter()
            return False

    watch = Watch()
    for w in widgets:
        w.installEventFilter(watch)
    return watch


def _settle(app, view, timeout_s: float = 60.0) -> None:
    """Run the event loop until the view has evaluated what it holds and nothing is pending."""
    deadline = time.perf_counter() + timeout_s
    while time.perf_counter() < deadline and view.busy:
        app.processEvents()
        time.sleep(0.002)
    app.processEvents()


def compare_edit_to_paint_ms(window, view, path: str = PATH, samples: int = 20,
                             timeout_s: float = 30.0) -> list[float]:
    """Milliseconds from each edit of ``path`` to the Compare tab's table and charts painted with a
    result that holds the edited document (``view`` must be the current tab)."""
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    widgets = [view.table.viewport(), *(chart.graphics.viewport() for chart in view.charts)]
    watch = _paint_watch(widgets)
    shown: dict = {}

    def finished(compared) -> None:  # connected after the view's own slot: runs once it has drawn
        shown["t"], shown["compared"] = time.perf_counter(), compared

    view.task.finished.connect(finished)
    current = next(i for i, e in enumerate(view.comparison.entries) if e.kind == "current")
    spin = window.builder.show_field(path)
    base = spin.value()
    step = max(spin.singleStep(), 10 ** -getattr(spin, "decimals", lambda: 0)())
    out = []
    try:
        for i in range(samples):
            _settle(app, view)
            time.sleep(0.15)  # a pause between edits, as a user makes
            app.processEvents()
            shown.clear()
            t0 = time.perf_counter()
            spin.setValue(base + step * (1 + i % 5))
            target = window.document.scenario
            deadline = t0 + timeout_s
            done = None
            while time.perf_counter() < deadline:
                app.processEvents()
                c = shown.get("compared")
                if c is not None and c.columns[current].scenario == target:
                    done = shown["t"]
                    if all(watch.last.get(id(w), 0) > done for w in widgets):
                        break
            if done is None:
                raise RuntimeError(f"the Compare tab did not show the edit within {timeout_s} s")
            out.append((max(watch.last.get(id(w), 0) for w in widgets) - t0) * 1000)
    finally:
        view.task.finished.disconnect(finished)
        for w in widgets:
            w.removeEventFilter(watch)
    return out


def setup(preset: str = "colossus-2", size=SIZE):
    """The window on ``preset`` and its Compare tab holding [current document, deepseek-v3]."""
    from colossus_desktop.scenario.comparison import Comparison, Entry

    app, window = open_window(preset, size)
    view = window.views["compare"]
    view.set_comparison(Comparison(name="bench", entries=[
        Entry(label=window.document.display_name, current=True),
        Entry(label="deepseek-v3", preset="deepseek-v3"),
    ]))
    return app, window, view


def run(quick: bool = False, rounds: int | None = None, samples: int | None = None) -> dict:
    from colossus_desktop.ui.latency import edit_to_paint_ms

    rounds = rounds or (2 if quick else 5)
    samples = samples or (10 if quick else 30)
    app, window, view = setup()
    per_round = []
    try:
        for _ in range(rounds):
            window.tabs.setCurrentWidget(window.chart_panel)
            app.processEvents()
            a = edit_to_paint_ms(window, PATH, samples=samples)
            window.tabs.setCurrentWidget(view)
            _settle(app, view)
            b = compare_edit_to_paint_ms(window, view, PATH, samples=samples)
            r = {"main_p50_ms": percentile(a, 50), "main_p95_ms": percentile(a, 95),
                 "compare_p50_ms": percentile(b, 50), "compare_p95_ms": percentile(b, 95)}
            r["ratio_p50"] = r["compare_p50_ms"] / r["main_p50_ms"]
            r["ratio_p95"] = r["compare_p95_ms"] / r["main_p95_ms"]
            per_round.append(r)
    finally:
        from colossus_desktop.ui.views.worker import Task

        window.tabs.setCurrentWidget(window.chart_panel)  # hidden: the tab starts no more work
        window.document.replace(window.document.scenario)  # mark clean: no prompt on close
        app.processEvents()
        window.close()
        app.processEvents()
        Task.shutdown_all()  # a worker thread still running at exit would abort the process
    out = {k: statistics.median(r[k] for r in per_round) for k in per_round[0]}
    out["rounds"] = per_round
    out["samples_per_block"] = samples
    out["preset"], out["size"], out["field"] = "colossus-2", f"{SIZE[0]}x{SIZE[1]}", PATH
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m bench.compare_view", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--rounds", type=int)
    parser.add_argument("--samples", type=int, help="edits per block")
    args = parser.parse_args(argv)
    print(json.dumps(run(args.quick, args.rounds, args.samples), indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
