"""One simulated training run as a timeline, and the time lost by cause.

:class:`FailureTimelineChart`: the run's progress (share of its work kept) against wall-clock
days; each failure drops it back to the last durable checkpoint. Unexpected failures, planned
maintenance, restarts (training resumed) and checkpoints are marked, each with a legend entry;
the analytic (Daly) average pace, the failure-free work divided by the analytic goodput, is the
dashed line beside it. Marks are thinned to at most :data:`MAX_MARKS` per kind (the legend says
so). :class:`LostTimeChart`: mean days lost per cause, as horizontal bars.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFontMetricsF

from colossus_desktop.drawing import format as fmt
from colossus_desktop.drawing.charts.axis import CachedAxis, SIAxis
from colossus_desktop.drawing.charts.view import ChartView, tr
from colossus_desktop.drawing.pens import mk_pen

MAX_MARKS = 2_000
PLANNED = 5  # index of "planned" in engine/simulation CLASSES


@dataclass(frozen=True)
class TimelineData:
    """``arrays``: Timeline.arrays() of replica 0 (days, progress, failure_days, failure_class,
    restart_days, checkpoint_days); ``checkpoints``: how many it took; ``work_days``: the
    failure-free compute time; ``analytic_goodput``: engine/reliability.py's goodput."""

    arrays: dict
    checkpoints: int
    work_days: float
    analytic_goodput: float
    finished: bool


def _thin(x: np.ndarray) -> tuple[np.ndarray, int]:
    if x.size <= MAX_MARKS:
        return x, 1
    step = int(math.ceil(x.size / MAX_MARKS))
    return x[::step], step


class FailureTimelineChart(ChartView):
    chart_id = "failure_timeline"
    title = QT_TRANSLATE_NOOP("Charts", "One simulated run")

    def axis_items(self):
        return {"left": SIAxis("left", "percent"), "bottom": SIAxis("bottom", "si")}

    def setup(self) -> None:
        self.data: TimelineData | None = None
        self.curve = self.plot_item.plot([], [])
        self.curve.setDownsampling(auto=True, method="peak")
        self.curve.setClipToView(True)
        self.daly = self.plot_item.plot([], [])
        self.failures = pg.ScatterPlotItem([], [], symbol="x", size=6)
        self.planned = pg.ScatterPlotItem([], [], symbol="t", size=8)
        self.restarts = pg.ScatterPlotItem([], [], symbol="o", size=5)
        self.checkpoints = pg.ScatterPlotItem([], [], symbol="|", size=7)
        for item in (self.checkpoints, self.restarts, self.planned, self.failures):
            self.plot_item.addItem(item)
        self.curve.setZValue(10)  # the run's line stays on top of its marks
        self.plot_item.setYRange(0, 1.02, padding=0)
        self.set_axis_label("left", tr("Work kept"), short=tr("Kept"))
        self.set_axis_label("bottom", tr("Wall-clock days"), short=tr("Days"))

    def style_items(self, theme) -> None:
        self.curve.setPen(self.pen("primary", width=max(2.0, theme.line_width)))
        self.daly.setPen(self.pen("foreground", style=Qt.PenStyle.DashLine))
        self.failures.setPen(self.pen("shortfall", width=1))
        self.failures.setBrush(self.brush("shortfall", 160))
        self.planned.setPen(mk_pen(theme.marker))
        self.planned.setBrush(pg.mkBrush(theme.marker))
        self.restarts.setPen(self.pen("tertiary"))
        self.restarts.setBrush(self.brush("tertiary"))
        self.checkpoints.setPen(mk_pen(theme.muted))

    def set_timeline(self, data: TimelineData) -> None:
        self.set_evaluated(data)

    def update_data(self, data: TimelineData) -> None:
        self.data = data
        a = data.arrays
        days, prog = a["days"], a["progress"]
        self.curve.setData(days, prog)
        fd, fc = a["failure_days"], a["failure_class"]

        def at(x):  # the marks sit on the curve
            return np.interp(x, days, prog) if days.size else np.zeros_like(x)

        unexpected, n_u = _thin(fd[fc != PLANNED])
        planned, n_p = _thin(fd[fc == PLANNED])
        restarts, n_r = _thin(a["restart_days"])
        checks, n_c = _thin(a["checkpoint_days"])
        # a failure is marked at the height it fell from, before the drop
        self.failures.setData(unexpected, at(unexpected - 1e-9))
        self.planned.setData(planned, at(planned - 1e-9))
        self.restarts.setData(restarts, at(restarts))
        self.checkpoints.setData(checks, at(checks))
        g = data.analytic_goodput
        entries = [(self.curve, tr("Work kept (replica 1)"), tr("Work kept"))]
        if g > 0 and math.isfinite(data.work_days):
            end = data.work_days / g
            self.daly.setData([0.0, end], [0.0, 1.0])
            entries.append((self.daly, tr("Analytic (Daly): {0} goodput, {1} days").format(
                fmt.percent(g, 1), fmt.count(round(end, 1)) if end < 1000 else fmt.count(round(end))),
                tr("Daly {0}").format(fmt.percent(g, 0))))
        else:
            self.daly.setData([], [])

        def name(text, short, n, step):
            more = tr(" (one in {0} shown)").format(step) if step > 1 else ""
            return (tr(text).format(fmt.count(n)) + more, tr(short))

        failures = (QT_TRANSLATE_NOOP("Charts", "Failures: {0}"), QT_TRANSLATE_NOOP("Charts", "Failures"))
        planned = (QT_TRANSLATE_NOOP("Charts", "Planned maintenance: {0}"), QT_TRANSLATE_NOOP("Charts", "Planned"))
        restarts = (QT_TRANSLATE_NOOP("Charts", "Restarts (training resumes): {0}"),
                    QT_TRANSLATE_NOOP("Charts", "Restarts"))
        checkpoints = (QT_TRANSLATE_NOOP("Charts", "Checkpoints: {0}"), QT_TRANSLATE_NOOP("Charts", "Checkpoints"))
        entries += [(self.failures, *name(*failures, fd.size - (fc == PLANNED).sum(), n_u)),
                    (self.planned, *name(*planned, int((fc == PLANNED).sum()), n_p)),
                    (self.restarts, *name(*restarts, a["restart_days"].size, n_r)),
                    (self.checkpoints, *name(*checkpoints, data.checkpoints, n_c))]
        self.set_legend(entries)
        end = float(days[-1]) if days.size else 1.0
        if g > 0 and math.isfinite(data.work_days):
            end = max(end, data.work_days / g)
        self.plot_item.setXRange(0, end, padding=0.02)
        self.set_title_suffix(tr("finished") if data.finished else tr("stopped unfinished at the cap"))

    def readout(self, x: float, y: float) -> str | None:
        if self.data is None or not self.data.arrays["days"].size:
            return None
        a = self.data.arrays
        p = float(np.interp(x, a["days"], a["progress"]))
        return f"{tr('Day')} {fmt.number(x, 2)}\n{tr('Work kept')}: {fmt.percent(p, 1)}"


@dataclass(frozen=True)
class LostData:
    """Mean days lost per cause over the replicas: ``causes`` names, ``days`` values."""

    causes: tuple
    days: tuple


CAUSE_NAMES = {"restart": QT_TRANSLATE_NOOP("Charts", "Restarts"),
               "rework": QT_TRANSLATE_NOOP("Charts", "Rework since the last checkpoint"),
               "checkpoint": QT_TRANSLATE_NOOP("Charts", "Checkpoints (blocking part)"),
               "wait": QT_TRANSLATE_NOOP("Charts", "Waiting for a node (no spare)"),
               "degraded": QT_TRANSLATE_NOOP("Charts", "Running on fewer replicas")}


LABEL_SHARE = 0.4  # cause labels longer than this share of the chart's width take their short name

#: the causes' short names, for a chart too narrow for the full ones
CAUSE_SHORT = {"restart": QT_TRANSLATE_NOOP("Charts", "Restarts"),
               "rework": QT_TRANSLATE_NOOP("Charts", "Rework"),
               "checkpoint": QT_TRANSLATE_NOOP("Charts", "Checkpoints"),
               "wait": QT_TRANSLATE_NOOP("Charts", "No spare"),
               "degraded": QT_TRANSLATE_NOOP("Charts", "Fewer replicas")}


class LostTimeChart(ChartView):
    chart_id = "failure_lost_time"
    title = QT_TRANSLATE_NOOP("Charts", "Time lost by cause (mean)")

    def axis_items(self):
        return {"left": CachedAxis("left"), "bottom": SIAxis("bottom", "si")}

    def setup(self) -> None:
        self.data: LostData | None = None
        self.bars = pg.BarGraphItem(x0=[], y=[], width=[], height=0.6)
        self.plot_item.addItem(self.bars)
        self._labels: list[tuple[float, str, str, str]] = []  # (row, cause, its short name, days written)
        self._ticks: list[tuple[float, str]] | None = None
        self.set_axis_label("bottom", tr("Days lost"), short=tr("Days"))

    def style_items(self, theme) -> None:
        self.bars.setOpts(brush=self.brush("secondary", 200), pen=mk_pen(theme.background))

    def set_lost(self, data: LostData) -> None:
        self.set_evaluated(data)

    def update_data(self, data: LostData) -> None:
        self.data = data
        n = len(data.causes)
        ys = np.arange(n)[::-1].astype(float)
        self.bars.setOpts(x0=np.zeros(n), y=ys, width=np.asarray(data.days, float), height=0.6)
        self._labels = [(float(y), tr(CAUSE_NAMES.get(c, c)), tr(CAUSE_SHORT.get(c, c)), fmt.number(v, 2))
                        for y, c, v in zip(ys, data.causes, data.days)]
        self._apply_ticks()
        self.plot_item.setYRange(-0.6, n - 0.4, padding=0)
        hi = max(max(data.days, default=0.0), 1e-3)
        self.plot_item.setXRange(0, hi * 1.05, padding=0)
        self.set_legend([(self.bars, tr("Mean days lost per run"), tr("Days lost"))])

    def _apply_ticks(self, width: int | None = None) -> None:
        """The causes on the left axis as "name  value": the full names when the longest takes
        at most :data:`LABEL_SHARE` of the chart's ``width`` (px; its current width by default),
        else the short names (elided if need be): long names, in French above all, left the
        bars no room. The read-out names each cause in full."""
        metrics = QFontMetricsF(self.tick_font())
        room = LABEL_SHARE * max(self.width() if width is None else width, 1)
        full = [f"{name}  {value}" for _y, name, _short, value in self._labels]
        if full and max(metrics.horizontalAdvance(t) for t in full) > room:
            full = [metrics.elidedText(short, Qt.TextElideMode.ElideRight,
                                       max(room - metrics.horizontalAdvance(f"  {value}"), 20.0)) + f"  {value}"
                    for _y, _name, short, value in self._labels]
        ticks = [(y, text) for (y, *_rest), text in zip(self._labels, full)]
        if ticks != self._ticks:
            self._ticks = ticks
            self.plot_item.getAxis("left").setTicks([ticks])

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        self._apply_ticks(event.size().width())
        super().resizeEvent(event)

    def readout(self, x: float, y: float) -> str | None:
        if self.data is None:
            return None
        i = len(self.data.causes) - 1 - int(round(y))
        if not 0 <= i < len(self.data.causes):
            return None
        return f"{tr(CAUSE_NAMES.get(self.data.causes[i], self.data.causes[i]))}: {fmt.number(self.data.days[i], 2)} {tr('days')}"
