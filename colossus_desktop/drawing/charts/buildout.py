"""Chart 3: the build-out month by month: installed accelerators, facility MW, cumulative capex.

Three quantities in three units, so three y axes: accelerators on the left, facility power and
cumulative capex on the right (each axis label in its series' colour).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from colossus_desktop.drawing import format as fmt
from colossus_desktop.drawing.charts.axis import CachedDateAxis, SIAxis
from colossus_desktop.drawing.charts.ranges import nice_ceiling
from colossus_desktop.drawing.charts.view import ChartView, tr
from colossus_desktop.drawing.pens import mk_pen
from colossus_desktop.drawing.charts.unchanged import set_xy


def month_seconds(months: np.ndarray) -> np.ndarray:
    """Months since 1970-01 → UTC POSIX seconds of each month's first day."""
    m = np.asarray(months, dtype=np.int64)
    return (np.datetime64("1970-01", "M") + m).astype("datetime64[s]").astype(np.float64)


def month_label(month: int) -> str:
    return f"{1970 + month // 12:04d}-{month % 12 + 1:02d}"


class BuildoutChart(ChartView):
    chart_id = "buildout"
    title = QT_TRANSLATE_NOOP("Charts", "Build-out timeline")

    def axis_items(self):
        return {
            "left": SIAxis("left", "si"),
            "bottom": CachedDateAxis("bottom", utcOffset=0),
            "right": SIAxis("right", "power"),
        }

    def setup(self) -> None:
        plot = self.plot_item
        plot.setClipToView(True)
        plot.setDownsampling(auto=True, mode="peak")
        self.acc_curve = plot.plot([], [], stepMode="right")
        self.mw_view = self.add_right_view(plot.getAxis("right"))
        self.capex_axis = SIAxis("right", "money")
        self.capex_view = self.add_right_view(self.capex_axis, column=3)
        self.mw_curve = pg.PlotDataItem([], [], stepMode="right")
        self.capex_curve = pg.PlotDataItem([], [])
        for curve in (self.mw_curve, self.capex_curve):
            curve.setClipToView(True)
        self.mw_view.addItem(self.mw_curve)
        self.capex_view.addItem(self.capex_curve)
        self.set_axis_label("left", tr("Installed accelerators"), short=tr("Accelerators"))
        # compact: the right axes lose their labels; their ticks carry the series' colour and
        # unit (GW, $), and the legend names the colours
        self.set_axis_label("right", tr("Facility power, average"), short="")  # ticks: "1.8 GW"
        self.set_axis_label("right3", tr("Cumulative capex (US$)"), axis=self.capex_axis, short="")
        self.set_axis_label("bottom", tr("Month (UTC)"))
        self.months = np.zeros(0, dtype=np.int64)
        self.set_legend([
            (self.acc_curve, tr("Installed accelerators"), tr("Accelerators")),
            (self.mw_curve, tr("Facility power (average)"), tr("Power (avg)")),  # the KPI card: the peak
            (self.capex_curve, tr("Cumulative capex"), tr("Capex")),
        ])

    def style_items(self, theme) -> None:
        roles = (("primary", self.acc_curve, "left", self.plot_item.getAxis("left")),
                 ("secondary", self.mw_curve, "right", self.plot_item.getAxis("right")),
                 ("tertiary", self.capex_curve, "right3", self.capex_axis))
        for role, curve, key, axis in roles:
            pen = self.pen(role)
            if curve is self.capex_curve:
                pen.setStyle(Qt.PenStyle.DashLine)
            curve.setPen(pen)
            axis.label_color = axis.tick_color = theme.color(role)
            axis.setTextPen(pg.mkColor(axis.tick_color))
            self._label_axis(axis, key)

    def update_data(self, ev) -> None:
        b = ev.results.buildout
        months = np.asarray(b.months, dtype=np.int64)
        self.months = months
        x = month_seconds(months)
        self.x = x
        self.acc = np.asarray(b.installed_accelerators, dtype=float)[0]
        self.mw = np.asarray(b.facility_mw, dtype=float)[0]
        self.capex = np.asarray(b.cumulative_capex_usd, dtype=float)[0]
        set_xy(self.acc_curve, x, self.acc)
        set_xy(self.mw_curve, x, self.mw)
        set_xy(self.capex_curve, x, self.capex)
        if x.size:
            pad = 15 * 86400.0
            self.plot_item.setXRange(x[0] - pad, x[-1] + pad, padding=0)
        for view, data in ((self.plot_item.vb, self.acc), (self.mw_view, self.mw), (self.capex_view, self.capex)):
            top = float(np.nanmax(data)) if data.size and np.isfinite(data).any() else 1.0
            view.setYRange(0, nice_ceiling(max(top, 1e-6)) * 1.05, padding=0)  # still while editing (ranges.py)
        if months.size:
            self.set_title_suffix(f"{month_label(int(months[0]))} → {month_label(int(months[-1]))}")

    def readout(self, x: float, y: float) -> str | None:
        i = self.nearest_index(getattr(self, "x", np.zeros(0)), x)
        if i is None:
            return None
        self.show_hover_line(float(self.x[i]))
        return "\n".join([
            month_label(int(self.months[i])),
            f"{fmt.count(self.acc[i])} {tr('accelerators')}",
            f"{fmt.power_mw(self.mw[i])} {tr('facility, average')}",
            f"{fmt.money(self.capex[i])} {tr('capex to date')}",
        ])
