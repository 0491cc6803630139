"""Chart 1: capex broken down by category, one bar per category."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP

from colossus_desktop.engine.results import CAPEX_CATEGORIES
from colossus_desktop.ui import format as fmt
from colossus_desktop.ui.charts.base import ChartView, SIAxis, first, tr

LABELS = {
    "accelerators": QT_TRANSLATE_NOOP("Charts", "Accelerators"),
    "servers": QT_TRANSLATE_NOOP("Charts", "Servers"),
    "network": QT_TRANSLATE_NOOP("Charts", "Network"),
    "storage": QT_TRANSLATE_NOOP("Charts", "Storage"),
    "facility": QT_TRANSLATE_NOOP("Charts", "Facility"),
    "power_plant": QT_TRANSLATE_NOOP("Charts", "Power plant"),
}


class CapexChart(ChartView):
    chart_id = "capex"
    title = QT_TRANSLATE_NOOP("Charts", "Capex by category")

    def axis_items(self):
        return {"left": SIAxis("left", "money"), "bottom": pg.AxisItem("bottom")}

    def setup(self) -> None:
        n = len(CAPEX_CATEGORIES)
        self.x = np.arange(n, dtype=float)
        self.values = np.zeros(n)
        self.bars = pg.BarGraphItem(x=self.x, height=self.values, width=0.65)
        self.plot_item.addItem(self.bars)
        self.value_labels = [pg.TextItem("", anchor=(0.5, 1.0)) for _ in range(n)]
        for label in self.value_labels:
            self.plot_item.vb.addItem(label, ignoreBounds=True)
        self.plot_item.getAxis("bottom").setTicks([[(i, tr(LABELS[c])) for i, c in enumerate(CAPEX_CATEGORIES)]])
        self.plot_item.setXRange(-0.6, n - 0.4, padding=0)
        self.plot_item.vb.enableAutoRange(x=False, y=True)
        self.set_axis_label("left", tr("Capex (US$)"))
        self.set_axis_label("bottom", tr("Category"))

    def style_items(self, theme) -> None:
        self.bars.setOpts(
            brushes=[self.brush(c) for c in CAPEX_CATEGORIES],
            pens=[pg.mkPen(theme.background, width=1)] * len(CAPEX_CATEGORIES),
        )
        for label in self.value_labels:
            label.setColor(theme.foreground)

    def update_data(self, ev) -> None:
        breakdown = ev.results.cost.capex_breakdown_usd
        self.values = np.array([first(breakdown[c]) for c in CAPEX_CATEGORIES])
        self.bars.setOpts(height=self.values)
        top = max(float(np.nanmax(self.values)), 1.0) * 1.12
        self.plot_item.setYRange(-top * 0.004, top, padding=0)
        for x, h, label in zip(self.x, self.values, self.value_labels):
            label.setText(fmt.money(h))
            label.setPos(x, h)
        self.set_title_suffix(tr("total {0}").format(fmt.money(first(ev.results.cost.capex_usd))))

    def readout(self, x: float, y: float) -> str | None:
        i = int(round(x))
        if not 0 <= i < len(CAPEX_CATEGORIES) or abs(x - i) > 0.4:
            return None
        total = float(np.nansum(self.values))
        share = self.values[i] / total if total > 0 else float("nan")
        return f"{tr(LABELS[CAPEX_CATEGORIES[i]])}: {fmt.money(self.values[i])} ({fmt.percent(share)})"
