"""The comparison's overlaid charts: one colour per scenario, each named in the legend.

* :class:`CompareTimeChart`: time to train against the accelerators the run uses (log–log), each
  scenario's size sweep (``Evaluated.by_size``, whose runs scale with the cluster) with its own run marked;
* :class:`CompareCostChart`: the total cost of each year of the horizon, a line per scenario;
* :class:`ComparePowerChart`: average facility power per scenario (a dot) and its peak (a bar), log scale.

They read a :class:`~colossus_desktop.comparison.Compared` through ``set_evaluated`` and never
call the engine. Items are made once per scenario slot (at most 8) and updated with ``setData``.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from colossus_desktop.drawing import format as fmt
from colossus_desktop.drawing.charts.axis import CachedAxis, SIAxis
from colossus_desktop.drawing.charts.cost_years import SERIES as COST_SERIES
from colossus_desktop.drawing.charts.time_to_train import finite_positive
from colossus_desktop.drawing.charts.view import ChartView, first, tr
from colossus_desktop.drawing.theme import OKABE_ITO, Theme
from colossus_desktop.drawing.pens import mk_pen

SLOTS = 8
#: Scenario colours in order (Okabe–Ito, distinguishable with the common colour blindnesses); the
#: first is the theme's primary line colour, the last the theme's foreground.
_ORDER = ("orange", "bluish_green", "vermillion", "reddish_purple", "yellow", "sky_blue")


def scenario_colors(theme: Theme) -> list[str]:
    """Eight colours for scenarios 0–7 on ``theme``."""
    colors = [theme.color("primary"), *(OKABE_ITO[n] for n in _ORDER), theme.foreground]
    if theme.name != "dark":  # yellow and sky blue wash out on white: use the deeper blue for slot 6
        colors[5], colors[6] = "#B8A000", OKABE_ITO["blue"] if colors[0] != OKABE_ITO["blue"] else "#666666"
    return colors


def _short(label: str, n: int = 18) -> str:
    return label if len(label) <= n else label[: n - 1] + "…"


class _CompareChart(ChartView):
    """Shared parts: a colour per slot and the legend of the scenarios shown."""

    def scenario_pen(self, i: int, width: float | None = None, style=None):
        p = mk_pen(scenario_colors(self.theme)[i], width=width or self.theme.line_width)
        p.setCosmetic(True)
        if style is not None:
            p.setStyle(style)
        return p

    def scenario_brush(self, i: int, alpha: int = 255):
        c = pg.mkColor(scenario_colors(self.theme)[i])
        c.setAlpha(alpha)
        return pg.mkBrush(c)

    def show_legend(self, items, labels: list[str]) -> None:
        self.labels = list(labels)
        self.set_legend([(items[i], labels[i], _short(labels[i])) for i in range(len(labels))])


class CompareTimeChart(_CompareChart):
    chart_id = "compare_time_to_train"
    title = QT_TRANSLATE_NOOP("Charts", "Time to train vs accelerators used")

    def axis_items(self):
        return {"left": SIAxis("left", "plain"), "bottom": SIAxis("bottom", "si")}

    def setup(self) -> None:
        plot = self.plot_item
        plot.setLogMode(x=True, y=True)
        plot.showGrid(x=True, y=True)
        self.lines = [plot.plot([], [], connect="finite") for _ in range(SLOTS)]
        self.marks = [pg.PlotDataItem([], [], pen=None, symbol="o", symbolSize=10) for _ in range(SLOTS)]
        for m in self.marks:
            plot.addItem(m)
        self.set_axis_label("left", tr("Time to train (days)"), short=tr("Days"))
        self.set_axis_label("bottom", tr("Accelerators the run uses"), short=tr("Accelerators"))
        self.labels: list[str] = []
        self.sizes: list[np.ndarray] = []
        self.days: list[np.ndarray] = []

    def style_items(self, theme) -> None:
        for i in range(SLOTS):
            self.lines[i].setPen(self.scenario_pen(i))
            self.marks[i].setSymbolBrush(self.scenario_brush(i))
            self.marks[i].setSymbolPen(mk_pen(theme.foreground, width=1))

    def update_data(self, compared) -> None:
        # x is the accelerators the RUN uses (the size sweep scales them with the cluster), so the
        # same model on a million-GPU site and on 2,048 GPUs is compared at equal run sizes
        n = len(compared.columns)
        self.labels = list(compared.labels)
        self.sizes, self.days = [], []
        for i in range(SLOTS):
            if i < n:
                ev = compared.columns[i].evaluated
                sizes = np.asarray(ev.by_size.cluster.train_gpus, dtype=float)
                days = finite_positive(ev.by_size.training.wall_days)
                own = first(ev.results.training.wall_days)
                self.lines[i].setData(sizes, days)
                ok = np.isfinite(own) and own > 0  # no mark rather than a NaN one (pyqtgraph's All-NaN warning)
                self.marks[i].setData([first(ev.results.cluster.train_gpus)] if ok else [], [own] if ok else [])
                self.sizes.append(sizes)
                self.days.append(days)
            else:
                self.lines[i].setData([], [])
                self.marks[i].setData([], [])
        self.show_legend(self.lines, compared.labels)
        self.plot_item.enableAutoRange()
        what = tr("the same model on each") if compared.same_workload else tr("each scenario's own run")
        self.set_title_suffix(what)

    def readout(self, x: float, y: float) -> str | None:
        if not self.sizes:
            return None
        size = 10 ** x
        lines = [f"{fmt.count(size)} {tr('accelerators')}"]
        for label, sizes, days in zip(self.labels, self.sizes, self.days):
            if sizes.size and sizes[0] <= size * 1.05 and size <= sizes[-1] * 1.05:
                j = self.nearest_index(np.log10(sizes), x)
                lines.append(f"{label}: {fmt.days(days[j])}")
        self.show_hover_line(x)
        return "\n".join(lines)


class CompareCostChart(_CompareChart):
    chart_id = "compare_cost_years"
    title = QT_TRANSLATE_NOOP("Charts", "Cost per year")

    def axis_items(self):
        return {"left": SIAxis("left", "money"), "bottom": CachedAxis("bottom")}

    def setup(self) -> None:
        self.lines = [self.plot_item.plot([], [], symbol="o", symbolSize=6) for _ in range(SLOTS)]
        self.set_axis_label("left", tr("Cost per year (US$)"), short=tr("US$ per year"))
        self.set_axis_label("bottom", tr("Year of operation"), short=tr("Year"))
        self.plot_item.setLogMode(y=True)
        self.labels: list[str] = []
        self.totals: list[np.ndarray] = []

    def style_items(self, theme) -> None:
        for i in range(SLOTS):
            self.lines[i].setPen(self.scenario_pen(i))
            self.lines[i].setSymbolBrush(self.scenario_brush(i))
            self.lines[i].setSymbolPen(mk_pen(None))

    def update_data(self, compared) -> None:
        self.totals = []
        for i in range(SLOTS):
            if i < len(compared.columns):
                cost = compared.columns[i].evaluated.results.cost
                years = int(min(first(cost.horizon_years), np.asarray(cost.yearly_depreciation_usd).shape[1]))
                total = sum(np.nan_to_num(np.asarray(getattr(cost, f), dtype=float)[0, :years]) for _r, f, _n in COST_SERIES)
                total = finite_positive(total)
                self.lines[i].setData(np.arange(1, years + 1, dtype=float), total)
                self.totals.append(total)
            else:
                self.lines[i].setData([], [])
        self.show_legend(self.lines, compared.labels)
        # whole years only ("1.5" is no year), written in the window's locale
        last = max((t.size for t in self.totals), default=0)
        step = max(1, int(np.ceil(last / 10)))
        self.plot_item.getAxis("bottom").setTicks(
            [[(float(y), fmt.number(y)) for y in range(1, last + 1, step)]] if last else None)
        self.plot_item.enableAutoRange()
        self.set_title_suffix(tr("log scale: depreciation, capital, energy, maintenance, staff"))

    def readout(self, x: float, y: float) -> str | None:
        year = int(round(x))
        lines = [f"{tr('Year')} {year}"]
        for label, total in zip(self.labels, self.totals):
            if 1 <= year <= total.size:
                lines.append(f"{label}: {fmt.money(total[year - 1])}")
        return "\n".join(lines) if len(lines) > 1 else None


class ComparePowerChart(_CompareChart):
    chart_id = "compare_power"
    title = QT_TRANSLATE_NOOP("Charts", "Facility power")

    def axis_items(self):
        return {"left": CachedAxis("left"), "bottom": CachedAxis("bottom")}  # log10 of MW: pyqtgraph's own log ticks

    def setup(self) -> None:
        # Points on a log axis: a gigawatt site and a few-megawatt one side by side.
        self.points = [pg.PlotDataItem([], [], pen=None, symbol="o", symbolSize=14) for _ in range(SLOTS)]
        for p in self.points:
            self.plot_item.addItem(p)
        self.peaks = pg.PlotDataItem([], [], pen=None, symbol="_", symbolSize=30)
        self.plot_item.addItem(self.peaks)
        self.plot_item.setLogMode(y=True)
        self.plot_item.showGrid(x=False, y=True)
        self.set_axis_label("left", tr("Facility power (MW)"), short=tr("MW"))  # log ticks: 2 k MW = 2 GW
        self.set_axis_label("bottom", tr("Average (dot) and peak (bar)"), short=tr("Scenario"))
        self.labels: list[str] = []
        self.avg = np.zeros(0)
        self.peak = np.zeros(0)

    def style_items(self, theme) -> None:
        for i, p in enumerate(self.points):
            p.setSymbolBrush(self.scenario_brush(i))
            p.setSymbolPen(mk_pen(theme.foreground, width=1))
        self.peaks.setSymbolPen(mk_pen(theme.foreground, width=2))
        self.peaks.setSymbolBrush(pg.mkBrush(theme.foreground))

    def update_data(self, compared) -> None:
        n = len(compared.columns)
        self.labels = list(compared.labels)  # for the hover read-out
        self.avg = finite_positive([first(c.evaluated.results.power.facility_mw) for c in compared.columns])
        self.peak = finite_positive([first(c.evaluated.results.power.facility_peak_mw) for c in compared.columns])
        for i, p in enumerate(self.points):
            p.setData([float(i)], [self.avg[i]]) if i < n else p.setData([], [])
        self.peaks.setData(np.arange(n, dtype=float), self.peak)
        self.plot_item.getAxis("bottom").setTicks([[(i, _short(compared.labels[i], 14)) for i in range(n)]])
        self.plot_item.setXRange(-0.6, n - 0.4, padding=0)
        values = np.concatenate([self.avg, self.peak])
        values = values[np.isfinite(values)]
        if values.size:
            self.plot_item.setYRange(np.log10(values.min()) - 0.3, np.log10(values.max()) + 0.3, padding=0)
        self.show_legend(self.points, compared.labels)
        self.set_title_suffix(tr("log scale"))

    def readout(self, x: float, y: float) -> str | None:
        i = int(round(x))
        if not 0 <= i < self.avg.size or abs(x - i) > 0.35:
            return None
        return (f"{self.labels[i]}\n{tr('Average')}: {fmt.power_mw(self.avg[i])}\n"
                f"{tr('Peak')}: {fmt.power_mw(self.peak[i])}")


COMPARE_CHARTS = (CompareTimeChart, CompareCostChart, ComparePowerChart)
