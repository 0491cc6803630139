"""Chart 6: the cost of each year over the horizon, as stacked bars: depreciation, cost of
capital, energy, maintenance, staff. Years past the scenario's horizon are not drawn."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP

from colossus_desktop.drawing import format as fmt
from colossus_desktop.drawing.charts.axis import CachedAxis, SIAxis
from colossus_desktop.drawing.charts.ranges import nice_ceiling
from colossus_desktop.drawing.charts.view import ChartView, first, tr
from colossus_desktop.drawing.pens import mk_pen
from colossus_desktop.drawing.charts.unchanged import set_opts

# (role, Results.cost field, legend name)
SERIES = (
    ("depreciation", "yearly_depreciation_usd", QT_TRANSLATE_NOOP("Charts", "Depreciation")),
    ("capital", "yearly_capital_cost_usd", QT_TRANSLATE_NOOP("Charts", "Cost of capital")),
    ("energy", "yearly_energy_usd", QT_TRANSLATE_NOOP("Charts", "Energy")),
    ("maintenance", "yearly_maintenance_usd", QT_TRANSLATE_NOOP("Charts", "Maintenance")),
    ("staff", "yearly_staff_usd", QT_TRANSLATE_NOOP("Charts", "Staff")),
)
# legend names of a compact chart (the hover read-out keeps the full ones)
SHORT_NAMES = {
    "capital": QT_TRANSLATE_NOOP("Charts", "Capital"),
    "maintenance": QT_TRANSLATE_NOOP("Charts", "Maint."),
}


def horizon_years(ev) -> int:
    """Years to draw: the scenario's horizon, else the last year with any cost."""
    cost = ev.results.cost
    h = getattr(cost, "horizon_years", None)
    if h is None:
        h = getattr(getattr(ev, "inputs", None), "horizon_years", None)
    y = np.asarray(cost.yearly_depreciation_usd).shape[1]
    if h is not None and np.isfinite(first(h)):
        return int(min(max(first(h), 0), y))
    total = sum(np.asarray(getattr(cost, f))[0] for _, f, _ in SERIES)
    nz = np.nonzero(total)[0]
    return int(nz[-1] + 1) if nz.size else 0


class CostYearsChart(ChartView):
    chart_id = "cost_years"
    title = QT_TRANSLATE_NOOP("Charts", "Cost per year over the horizon")

    def axis_items(self):
        return {"left": SIAxis("left", "money"), "bottom": CachedAxis("bottom")}

    def setup(self) -> None:
        self.items = {}
        for role, _field, _name in SERIES:
            item = pg.BarGraphItem(x=np.zeros(0), height=np.zeros(0), y0=np.zeros(0), width=0.7)
            self.plot_item.addItem(item)
            self.items[role] = item
        # P10–P90 of each year's total cost from a Monte Carlo run (set_band)
        self.band = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), beam=0.3)
        self.band.setZValue(5)
        self.plot_item.addItem(self.band)
        self.band_sample = pg.PlotDataItem([], [])
        self.band_usd: np.ndarray | None = None
        self.plot_item.vb.enableAutoRange(x=False, y=False)
        self.set_axis_label("left", tr("Cost per year (US$)"), short=tr("US$ per year"))
        self.set_axis_label("bottom", tr("Year of operation"), short=tr("Year"))
        self.years = 0
        self.values: dict[str, np.ndarray] = {}
        self.totals = np.zeros(0)

    def style_items(self, theme) -> None:
        for role, item in self.items.items():
            item.setOpts(brush=self.brush(role), pen=mk_pen(theme.background, width=1))
        pen = mk_pen(theme.foreground, width=max(2.0, theme.line_width))
        self.band.setData(pen=pen)
        self.band_sample.setPen(pen)

    def update_data(self, ev) -> None:
        cost = ev.results.cost
        n = horizon_years(ev)
        x = np.arange(1, n + 1, dtype=float)
        base = np.zeros(n)
        for role, field, _name in SERIES:
            h = np.nan_to_num(np.asarray(getattr(cost, field), dtype=float)[0, :n])
            set_opts(self.items[role], x=x, height=h, y0=base.copy())
            self.values[role] = h
            base = base + h
        self.totals = base
        if n != self.years:
            self.years = n
            step = 1 if n <= 12 else 2 if n <= 24 else 5
            ticks = [(float(y), str(y)) for y in range(1, n + 1) if y == 1 or y % step == 0]
            self.plot_item.getAxis("bottom").setTicks([ticks])
            self.plot_item.setXRange(0.4, n + 0.6 if n else 1.6, padding=0)
        self._draw_band()

    def set_band(self, yearly_usd) -> None:
        """(3, Y) P10, P50, P90 of each year's total cost (a Monte Carlo run over the document's
        uncertain inputs), drawn as error bars over the stacked bars; None removes them."""
        self.band_usd = None if yearly_usd is None else np.asarray(yearly_usd, dtype=float).reshape(3, -1)
        if self._ev is not None:
            self._draw_band()
            self.refresh_readout()  # a read-out showing the old band would lie

    def _draw_band(self) -> None:
        n = self.years
        b = self.band_usd
        ok = b is not None and b.shape[1] >= n > 0 and np.all(np.isfinite(b[:, :n]))
        top = float(self.totals.max()) if n else 1.0
        if ok:
            lo, hi = b[0, :n], b[2, :n]
            mid = (lo + hi) / 2
            set_opts(self.band, x=np.arange(1, n + 1, dtype=float), y=mid, height=hi - lo)
            top = max(top, float(hi.max()))
        else:
            set_opts(self.band, x=np.zeros(0), y=np.zeros(0), height=np.zeros(0))
        self.plot_item.setYRange(0, nice_ceiling(max(top, 1.0)) * 1.06, padding=0)  # still while editing (ranges.py)
        entries = [(self.items[r], tr(name), tr(SHORT_NAMES.get(r, name)))
                   for r, _f, name in SERIES if n and self.values[r].max() > 0]
        if ok:
            entries.append((self.band_sample, tr("P10–P90 (uncertainty)"), tr("P10–P90")))
        self.set_legend(entries)
        self.set_title_suffix(tr("{0} years, {1} in total").format(n, fmt.money(float(self.totals.sum()))))

    def readout(self, x: float, y: float) -> str | None:
        i = int(round(x)) - 1
        if not 0 <= i < self.years or abs(x - (i + 1)) > 0.4:
            return None
        lines = [f"{tr('Year')} {i + 1}: {fmt.money(self.totals[i])}"]
        b = self.band_usd
        if b is not None and b.shape[1] > i and np.all(np.isfinite(b[:, i])):
            lines.append(f"  P10–P90: {fmt.money(b[0, i])} – {fmt.money(b[2, i])}")
        for role, _field, name in SERIES:
            if self.values[role][i] > 0:
                lines.append(f"  {tr(name)}: {fmt.money(self.values[role][i])}")
        return "\n".join(lines)
