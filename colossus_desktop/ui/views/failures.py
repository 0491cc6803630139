"""The Failures tab: the failure simulation of the current document (colossus_desktop/simulation.py).

Every edit re-runs :data:`QUICK_RUNS` replicas in the worker thread, then refines with
:data:`FULL_RUNS` in the background, with progress and Cancel (worker.Task/TaskBar). Shown: ETTR
P10/P50/P90 beside the analytic (Daly) goodput, wall-clock days, interruptions by class, one run's
timeline, the time lost by cause and the histogram of wall-clock days.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from colossus_desktop.drawing import format as fmt
from colossus_desktop.drawing.charts.failure_timeline import FailureTimelineChart, LostData, LostTimeChart, TimelineData
from colossus_desktop.drawing.charts.histogram import HistogramChart, SampleSet
from colossus_desktop.drawing.theme import current_theme
from colossus_desktop.ui.views.worker import LiveTab, Task, TaskBar

DEBOUNCE_MS = 400
SEED = 1
CLASS_NAMES = {"gpu": QT_TRANSLATE_NOOP("Failures", "GPU"), "hbm": QT_TRANSLATE_NOOP("Failures", "HBM"),
               "network": QT_TRANSLATE_NOOP("Failures", "network"), "host": QT_TRANSLATE_NOOP("Failures", "host"),
               "software": QT_TRANSLATE_NOOP("Failures", "software"),
               "planned": QT_TRANSLATE_NOOP("Failures", "planned")}


def tr(text: str) -> str:
    return QCoreApplication.translate("Failures", text)


def simulate_scenario(scenario, runs: int, progress):
    from colossus_desktop.simulation import run_simulation

    return runs, run_simulation(scenario, runs, SEED, progress)


class FailuresView(LiveTab, QWidget):
    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent)
        from colossus_desktop.simulation import FULL_RUNS, QUICK_RUNS

        self.window = window
        self.quick, self.full = QUICK_RUNS, FULL_RUNS
        self.result = None
        self._dirty = True
        self._refine_next = False
        self.task = Task(self)
        self.task_bar = TaskBar(self.task)
        self.task_bar.set_text(tr("Simulating…"))
        self.task.finished.connect(self._finished)
        self.task.failed.connect(lambda m: self.status.setText(tr("Simulation failed: {0}").format(m)))
        self.task.cancelled.connect(lambda: self.status.setText(tr("Refinement cancelled; showing the quick run")))

        self.summary = QLabel(tr("Simulating…"))
        self.summary.setObjectName("failures-summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.refine_button = QPushButton(tr("Refine ({0} runs)").format(fmt.count(FULL_RUNS)))
        self.refine_button.setObjectName("failures-refine")
        self.refine_button.clicked.connect(lambda: self.run(self.full))
        theme = current_theme()
        self.timeline = FailureTimelineChart(None, theme)
        self.lost = LostTimeChart(None, theme)
        self.histogram = HistogramChart(None, theme)

        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.lost)
        bottom.addWidget(self.histogram)
        bottom.setChildrenCollapsible(False)
        charts = QSplitter(Qt.Orientation.Vertical)
        charts.addWidget(self.timeline)
        charts.addWidget(bottom)
        charts.setChildrenCollapsible(False)
        charts.setSizes([560, 340])
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.refine_button, 0, Qt.AlignmentFlag.AlignTop)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addLayout(top)
        lay.addWidget(self.status)
        lay.addWidget(self.task_bar)
        lay.addWidget(charts, 1)

        self.follow_document(window.document, DEBOUNCE_MS)  # LiveTab: re-run after edits, in sight only

    def restyle(self, theme) -> None:
        for chart in (self.timeline, self.lost, self.histogram):
            if hasattr(chart, "set_theme"):
                chart.set_theme(theme)

    # ------------------------------------------------------------------ running
    def run(self, runs: int) -> None:
        """Simulate ``runs`` replicas of the current document in the worker thread."""
        scenario = self.window.document.scenario
        self._dirty = False
        self._refine_next = runs == self.quick
        self.status.setText(tr("Simulating {0} runs…").format(fmt.count(runs)))
        self.task.start(lambda progress: simulate_scenario(scenario, runs, progress))

    def live_run(self) -> None:
        self.run(self.quick)

    def _finished(self, payload) -> None:
        runs, (sim, analytic) = payload
        self.result = (sim, analytic)
        self.show_result(sim, analytic)
        if self._refine_next:
            self.status.setText(tr("Quick run of {0}; refining with {1} runs in the background…").format(
                fmt.count(runs), fmt.count(self.full)))
            QTimer.singleShot(0, lambda: self.run(self.full))
        else:
            self.status.setText(tr("{0} simulated runs, seed {1}").format(fmt.count(runs), SEED))

    # ------------------------------------------------------------------ showing
    def show_result(self, sim, analytic: float) -> None:
        from colossus_desktop.engine.simulation import CLASSES, LOSS_CAUSES

        s = sim.summary()
        e, w = s["ettr"], s["wall_days"]
        pct = lambda x: fmt.percent(x, 1) if math.isfinite(x) else "–"  # noqa: E731
        day = lambda x: fmt.number(x, 1) if math.isfinite(x) else "–"  # noqa: E731
        counts = ", ".join(f"{tr(CLASS_NAMES[c])} {fmt.number(s['interruptions'][c], 0)}" for c in CLASSES)
        lines = [
            tr("<b>ETTR</b> P10 {0} · P50 {1} · P90 {2} &nbsp; (analytic Daly goodput {3})").format(
                pct(e["p10"]), pct(e["p50"]), pct(e["p90"]), pct(analytic)),
            tr("<b>Wall-clock days</b> P10 {0} · P50 {1} · P90 {2} &nbsp; (failure-free at the power served: {3} days)").format(
                day(w["p10"]), day(w["p50"]), day(w["p90"]), day(sim.config.work_s / 86400.0)),
            tr("<b>Interruptions per run</b> (mean): {0}").format(counts),
        ]
        if s["finished_share"] < 1:
            lines.append(tr("{0} of runs did not finish within 10x the failure-free time").format(
                fmt.percent(1 - s["finished_share"], 0)))
        self.summary.setText("<br>".join(lines))
        tl = sim.timeline
        self.timeline.set_timeline(TimelineData(tl.arrays(), tl.checkpoints, sim.config.work_s / 86400.0,
                                                analytic, tl.finished))
        self.lost.set_lost(LostData(LOSS_CAUSES, tuple(s["lost_days"][k] for k in LOSS_CAUSES)))
        wd = sim.wall_days
        q = sim.quantiles(wd)
        self.histogram.set_samples(SampleSet(np.where(np.isfinite(wd), wd, np.nan), tr("Wall-clock time"), "days",
                                             (float(q[0]), float(q[1]), float(q[2]))))


def create_view(window) -> QWidget:
    return FailuresView(window)
