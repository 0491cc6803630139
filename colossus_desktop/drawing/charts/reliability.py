"""Chart 5: reliability against cluster size: interruptions per day (left, log) and goodput
(right, %), with the current scenario marked on both."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from colossus_desktop.drawing import format as fmt
from colossus_desktop.drawing.charts.axis import SIAxis
from colossus_desktop.drawing.charts.view import ChartView, first, tr
from colossus_desktop.drawing.charts.time_to_train import finite_positive
from colossus_desktop.drawing.pens import mk_pen
from colossus_desktop.drawing.charts.unchanged import set_xy


class ReliabilityChart(ChartView):
    chart_id = "reliability"
    title = QT_TRANSLATE_NOOP("Charts", "Reliability vs cluster size")

    def axis_items(self):
        return {"left": SIAxis("left", "plain"), "bottom": SIAxis("bottom", "si"),
                "right": SIAxis("right", "percent")}

    def setup(self) -> None:
        plot = self.plot_item
        plot.setLogMode(x=True, y=True)
        plot.showGrid(x=True, y=True)
        self.interruptions = plot.plot([], [], connect="finite")
        self.current_ipd = plot.plot([], [], pen=None, symbol="o", symbolSize=10)
        self.goodput_view = self.add_right_view(plot.getAxis("right"))
        plot.getAxis("right").setLogMode(False, False)  # goodput stays linear
        # items in the second view get the log x transform by hand (linear y)
        self.goodput = pg.PlotDataItem([], [], connect="finite")
        self.current_goodput = pg.PlotDataItem([], [], pen=None, symbol="s", symbolSize=9)
        for item in (self.goodput, self.current_goodput):
            item.setLogMode(True, False)
            self.goodput_view.addItem(item)
        self.current_line = pg.InfiniteLine(angle=90, movable=False)
        plot.addItem(self.current_line, ignoreBounds=True)
        self.collapse_line = pg.InfiniteLine(angle=0, movable=False, pos=0.5)
        self.goodput_view.addItem(self.collapse_line, ignoreBounds=True)
        self.goodput_view.setYRange(0, 1.02, padding=0)
        self.set_axis_label("left", tr("Interruptions per day"), short=tr("Interruptions/day"))
        self.set_axis_label("right", tr("Goodput (%)"))
        self.set_axis_label("bottom", tr("Cluster size (accelerators)"), short=tr("Accelerators"))
        self.sizes = np.zeros(0)
        self.set_legend([
            (self.interruptions, tr("Interruptions per day"), tr("Interruptions/day")),
            (self.goodput, tr("Goodput")),
            ((self.current_line, self.current_ipd, self.current_goodput), tr("This scenario")),
            (self.collapse_line, tr("Goodput collapse (below 50%)"), tr("Collapse")),
        ])

    def style_items(self, theme) -> None:
        self.interruptions.setPen(self.pen("actual"))
        self.goodput.setPen(self.pen("primary"))
        for marker in (self.current_ipd, self.current_goodput):
            marker.setSymbolPen(mk_pen(theme.background, width=1))
            marker.setSymbolBrush(pg.mkBrush(theme.marker))
        self.current_line.setPen(mk_pen(theme.marker, width=1, style=Qt.PenStyle.DotLine))
        self.collapse_line.setPen(mk_pen(theme.muted, width=1, style=Qt.PenStyle.DashLine))
        left, right = self.plot_item.getAxis("left"), self.plot_item.getAxis("right")
        left.label_color = theme.color("actual")
        right.label_color = theme.color("primary")
        self._label_axis(left, "left")
        self._label_axis(right, "right")

    def update_data(self, ev) -> None:
        self.sizes = np.asarray(ev.sizes, dtype=float)
        rel = ev.by_size.reliability
        self.ipd = finite_positive(rel.interruptions_per_day)
        self.gp = np.asarray(rel.goodput, dtype=float)
        set_xy(self.interruptions, self.sizes, self.ipd)
        set_xy(self.goodput, self.sizes, np.clip(self.gp, 0, 1))
        r = ev.results
        self.cur_n = first(r.cluster.accelerators)
        self.cur_ipd = first(r.reliability.interruptions_per_day)
        self.cur_gp = first(r.reliability.goodput)
        # no mark rather than a NaN one (pyqtgraph warns "All-NaN slice" bounding a NaN point)
        ok = np.isfinite(self.cur_n) and np.isfinite(self.cur_ipd) and self.cur_ipd > 0
        set_xy(self.current_ipd, [self.cur_n] if ok else [], [self.cur_ipd] if ok else [])
        ok = np.isfinite(self.cur_n) and np.isfinite(self.cur_gp)
        set_xy(self.current_goodput, [self.cur_n] if ok else [], [min(max(self.cur_gp, 0.0), 1.0)] if ok else [])
        self.current_line.setPos(np.log10(max(self.cur_n, 1.0)))
        self.set_title_suffix(tr("this scenario: {0}/day, goodput {1}").format(
            fmt.number(self.cur_ipd, 1 if self.cur_ipd < 100 else 0), fmt.percent(self.cur_gp)))

    def readout(self, x: float, y: float) -> str | None:
        if self.sizes.size == 0:
            return None
        i = self.nearest_index(np.log10(self.sizes), x)
        self.show_hover_line(float(np.log10(self.sizes[i])))
        mtbf_h = 24.0 / self.ipd[i] if self.ipd[i] > 0 else float("inf")
        return "\n".join([
            f"{fmt.count(self.sizes[i])} {tr('accelerators')}",
            f"{tr('Interruptions')}: {fmt.number(self.ipd[i], 2 if self.ipd[i] < 10 else 0)}/{tr('day')}"
            f" ({tr('one every')} {fmt.number(mtbf_h, 1)} h)",
            f"{tr('Goodput')}: {fmt.percent(self.gp[i])}",
        ])
