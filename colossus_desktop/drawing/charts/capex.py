"""Chart 1: capex broken down by category, one horizontal bar per category.

Horizontal, so the category names sit on the left axis and stay readable at any width; the
value of each bar is written at its end, and the money axis leaves room for those labels.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QFontMetricsF

from colossus_desktop.engine.results import CAPEX_CATEGORIES
from colossus_desktop.drawing import format as fmt
from colossus_desktop.drawing.charts.axis import CachedAxis, SIAxis
from colossus_desktop.drawing.charts.ranges import nice_ceiling
from colossus_desktop.drawing.charts.view import ChartView, first, tr
from colossus_desktop.drawing.pens import mk_pen
from colossus_desktop.drawing.charts.unchanged import set_opts

LABELS = {
    "accelerators": QT_TRANSLATE_NOOP("Charts", "Accelerators"),
    "servers": QT_TRANSLATE_NOOP("Charts", "Servers"),
    "network": QT_TRANSLATE_NOOP("Charts", "Network"),
    "storage": QT_TRANSLATE_NOOP("Charts", "Storage"),
    "facility": QT_TRANSLATE_NOOP("Charts", "Facility"),
    "power_plant": QT_TRANSLATE_NOOP("Charts", "Power plant"),
}
BAR = 0.65  # bar thickness, in category units


class CapexChart(ChartView):
    chart_id = "capex"
    title = QT_TRANSLATE_NOOP("Charts", "Capex by category")

    def axis_items(self):
        return {"left": CachedAxis("left"), "bottom": SIAxis("bottom", "money")}

    def setup(self) -> None:
        n = len(CAPEX_CATEGORIES)
        self.y = np.arange(n, dtype=float)  # first category on top (the y axis is inverted)
        self.values = np.zeros(n)
        self.bars = pg.BarGraphItem(x0=np.zeros(n), y=self.y, width=self.values, height=BAR)
        self.plot_item.addItem(self.bars)
        self.value_labels = [pg.TextItem("", anchor=(0.0, 0.5)) for _ in range(n)]
        for label in self.value_labels:
            self.plot_item.vb.addItem(label, ignoreBounds=True)
        self.plot_item.vb.invertY(True)
        self.plot_item.getAxis("left").setTicks([[(i, tr(LABELS[c])) for i, c in enumerate(CAPEX_CATEGORIES)]])
        self.plot_item.setYRange(-0.55, n - 0.45, padding=0)
        self.plot_item.vb.enableAutoRange(x=False, y=False)
        self.plot_item.showGrid(x=True, y=False)
        self.set_axis_label("bottom", tr("Capex (US$)"))

    def style_items(self, theme) -> None:
        self.plot_item.showGrid(x=True, y=False, alpha=0.18 if theme.name == "dark" else 0.25)
        self.bars.setOpts(
            brushes=[self.brush(c) for c in CAPEX_CATEGORIES],
            pens=[mk_pen(theme.background, width=1)] * len(CAPEX_CATEGORIES),
        )
        for label in self.value_labels:
            label.setColor(theme.foreground)

    def density_changed(self, compact: bool) -> None:
        font = self.tick_font()
        for label in self.value_labels:
            label.setFont(font)
        self._fit_x_range()

    def view_resized(self) -> None:
        self._fit_x_range()

    def update_data(self, ev) -> None:
        breakdown = ev.results.cost.capex_breakdown_usd
        self.values = np.nan_to_num(np.array([first(breakdown[c]) for c in CAPEX_CATEGORIES]))
        set_opts(self.bars, width=self.values)
        for y, v, label in zip(self.y, self.values, self.value_labels):
            label.setText(fmt.money(v))
            label.setPos(max(v, 0.0), y)
        self._fit_x_range()
        self.set_title_suffix(tr("total {0}").format(fmt.money(first(ev.results.cost.capex_usd))))

    def _fit_x_range(self) -> None:
        """Room on the right for the longest bar's value label, in the view's real pixels."""
        top = max(float(np.max(self.values)), 1.0)
        metrics = QFontMetricsF(self.tick_font())
        label_px = max(metrics.horizontalAdvance(lab.toPlainText()) for lab in self.value_labels) + 12
        view_px = self.plot_item.vb.width()
        # every bar's label must end inside the view: v/x_max*view_px + label_px <= view_px
        share = min(label_px / view_px, 0.5) if view_px > 50 else 0.25
        x_max = nice_ceiling(top) / (1.0 - share)  # still while editing (ranges.py)
        self.plot_item.setXRange(0, x_max, padding=0)

    def readout(self, x: float, y: float) -> str | None:
        i = int(round(y))
        if not 0 <= i < len(CAPEX_CATEGORIES) or abs(y - i) > BAR / 2 + 0.05:
            return None
        total = float(np.nansum(self.values))
        share = self.values[i] / total if total > 0 else float("nan")
        return f"{tr(LABELS[CAPEX_CATEGORIES[i]])}: {fmt.money(self.values[i])} ({fmt.percent(share)})"
