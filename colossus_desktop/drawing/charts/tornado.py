"""The tornado chart: how far one output moves when each uncertain input goes from its low to
its high end with the others at the scenario's own values, largest swing on top; at most MAX_ROWS rows.

Each input is a row of two bars from the base value (the scenario with every input at its own value):
one to the output with the input at its low end, one to the output at its high end. The rows
come sorted (``Tornado.order``); the chart draws them in the order given, first on top. The
data are a :class:`TornadoBars` pushed with :meth:`TornadoChart.set_bars`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFontMetricsF

from colossus_desktop.drawing.charts.axis import CachedAxis, SIAxis
from colossus_desktop.drawing.charts.units import axis_title, format_value, output_unit, set_axis_unit
from colossus_desktop.drawing.charts.view import ChartView, tr
from colossus_desktop.drawing.pens import mk_pen

BAR_HEIGHT = 0.62
#: rows drawn at most, fewer when the chart is short (two lines of axis text each must fit);
#: the rest (the smallest swings) are counted in the title, and the table lists them all
MAX_ROWS = 10


@dataclass(frozen=True)
class TornadoBars:
    """Rows in draw order (first on top). ``low``/``high`` (d,): the output with each input at
    its low/high end; ``low_text``/``high_text``: those input values written for the labels."""

    labels: list[str]
    low_text: list[str]
    high_text: list[str]
    low: np.ndarray
    high: np.ndarray
    base: float
    output_label: str
    output_unit: str


def tornado_bars(tornado, key: str, output, params: dict | None = None) -> TornadoBars:
    """The bars of output ``key`` (its ``Output`` from engine/analysis/outputs.py) from a
    ``Tornado`` (engine/analysis/tornado.py), rows in the engine's order (largest swing first).
    ``params``: path → ``Parameter`` (scenario/parameters.py) for the inputs' labels and units;
    a path missing from it is labelled by itself."""
    t = tornado
    order = [int(i) for i in t.order(key)]
    params = params or {}
    labels, low_text, high_text = [], [], []
    for i in order:
        p = params.get(t.paths[i])
        unit = p.unit if p else ""
        labels.append(p.label if p else t.paths[i])
        low_text.append(format_value(float(t.low_values[i]), unit))
        high_text.append(format_value(float(t.high_values[i]), unit))
    return TornadoBars(labels, low_text, high_text, np.asarray(t.low[key], float)[order],
                       np.asarray(t.high[key], float)[order], float(t.base[key]), output.label, output_unit(output))


def row_label(label: str, low_text: str, high_text: str) -> str:
    """The y-axis text of one input, on two lines (so long input names keep the axis narrow):
    "PUE" over "1.09 → 1.56"."""
    return f"{label}\n{low_text} → {high_text}"


class TornadoChart(ChartView):
    chart_id = "tornado"
    title = QT_TRANSLATE_NOOP("Charts", "Tornado")
    # the data area a small window keeps (plot_floor.py), in lines of tick text across and
    # down: its fewest rows, three, of two lines each, 2.4 lines apart (rows_that_fit)
    PLOT_FLOOR_LINES = (9, 3 * 2.4)

    def axis_items(self):
        return {"left": CachedAxis("left"), "bottom": SIAxis("bottom", "si")}

    @property
    def display_title(self) -> str:
        name = tr(self.title)
        return tr("{0}: {1}").format(name, self.data.output_label) if self.data is not None else name

    def setup(self) -> None:
        plot = self.plot_item
        self.data: TornadoBars | None = None  # the rows drawn
        self.all_bars: TornadoBars | None = None  # every row given
        self.hidden_rows = 0
        self._rows = MAX_ROWS
        plot.showGrid(x=True, y=False)
        self.low_bars = pg.BarGraphItem(x0=[], x1=[], y=[], height=BAR_HEIGHT)
        self.high_bars = pg.BarGraphItem(x0=[], x1=[], y=[], height=BAR_HEIGHT)
        plot.addItem(self.low_bars)
        plot.addItem(self.high_bars)
        self.base_line = pg.InfiniteLine(angle=90, movable=False)
        self.base_line.setZValue(10)
        plot.addItem(self.base_line, ignoreBounds=True)
        plot.vb.enableAutoRange(x=False, y=False)
        self.ys = np.zeros(0)

    def style_items(self, theme) -> None:
        self.plot_item.showGrid(x=True, y=False)
        self.low_bars.setOpts(brush=self.brush("primary", 220), pen=mk_pen(theme.background, width=1))
        self.high_bars.setOpts(brush=self.brush("secondary", 220), pen=mk_pen(theme.background, width=1))
        pen = mk_pen(theme.foreground, width=max(1.5, theme.line_width), style=Qt.PenStyle.DashLine)
        self.base_line.setPen(pen)

    def set_bars(self, bars: TornadoBars) -> None:
        self.set_evaluated(bars)

    def rows_that_fit(self) -> int:
        """Rows whose two lines of axis text fit the data area's height (3 to MAX_ROWS)."""
        height = float(self.plot_item.vb.height())
        if height <= 0:  # not laid out yet
            return MAX_ROWS
        line = QFontMetricsF(self.tick_font()).lineSpacing()
        return int(min(MAX_ROWS, max(3, height // (2.4 * line))))

    def view_resized(self) -> None:
        if self.all_bars is not None and self.rows_that_fit() != self._rows:
            self.update_data(self.all_bars)

    def update_data(self, bars: TornadoBars) -> None:
        self.all_bars = bars
        total = len(bars.labels)
        self._rows = rows = self.rows_that_fit()
        if total > rows:  # rows come sorted by swing: keep the largest
            bars = TornadoBars(bars.labels[:rows], bars.low_text[:rows], bars.high_text[:rows],
                               np.asarray(bars.low)[:rows], np.asarray(bars.high)[:rows], bars.base,
                               bars.output_label, bars.output_unit)
        self.data = bars
        self.hidden_rows = total - len(bars.labels)
        d = len(bars.labels)
        base = float(bars.base)
        low = np.asarray(bars.low, dtype=float).reshape(-1)
        high = np.asarray(bars.high, dtype=float).reshape(-1)
        self.ys = np.arange(d - 1, -1, -1, dtype=float)  # first row on top
        self.low_bars.setOpts(x0=np.full(d, base), x1=low, y=self.ys, height=BAR_HEIGHT)
        self.high_bars.setOpts(x0=np.full(d, base), x1=high, y=self.ys, height=BAR_HEIGHT)
        self.base_line.setPos(base)
        ticks = [(float(y), row_label(n, lo, hi)) for y, n, lo, hi in zip(self.ys, bars.labels, bars.low_text, bars.high_text)]
        self.plot_item.getAxis("left").setTicks([ticks, []])
        set_axis_unit(self.plot_item.getAxis("bottom"), bars.output_unit)
        self.set_axis_label("bottom", axis_title(bars.output_label, bars.output_unit, ticks=True), short=bars.output_label)
        self._shown_title = None
        self._apply_title()
        suffix = tr("base {0}").format(format_value(base, bars.output_unit))
        if self.hidden_rows:
            suffix += " · " + tr("{0} largest of {1} inputs").format(d, d + self.hidden_rows)
        self.set_title_suffix(suffix)
        self.set_legend([
            (self.low_bars, tr("Input at its low end"), tr("Low")),
            (self.high_bars, tr("Input at its high end"), tr("High")),
            (self.base_line, tr("Base (the scenario's own values)"), tr("Base")),
        ] if d else [])
        self._fit()

    def _fit(self) -> None:
        d = self.ys.size
        vals = np.concatenate([np.asarray(self.data.low, float), np.asarray(self.data.high, float), [self.data.base]])
        vals = vals[np.isfinite(vals)]
        if vals.size:
            lo, hi = float(vals.min()), float(vals.max())
            if hi <= lo:
                pad = abs(lo) * 0.05 or 1.0
                lo, hi = lo - pad, hi + pad
            self.plot_item.setXRange(lo, hi, padding=0.06)
        self.plot_item.setYRange(-0.6, max(d, 1) - 0.4, padding=0)

    def readout(self, x: float, y: float) -> str | None:
        if self.data is None or self.ys.size == 0:
            return None
        i = int(round(self.ys.size - 1 - y))
        if not 0 <= i < self.ys.size or abs(self.ys[i] - y) > 0.5:
            return None
        b, u = self.data, self.data.output_unit
        return "\n".join([
            b.labels[i],
            f"{tr('Low')} {b.low_text[i]}: {format_value(b.low[i], u)}",
            f"{tr('High')} {b.high_text[i]}: {format_value(b.high[i], u)}",
            f"{tr('Swing')}: {format_value(abs(b.high[i] - b.low[i]), u)}",
        ])

    def row_labels(self) -> list[str]:
        """The rows top to bottom as the axis shows them (tests)."""
        if self.data is None:
            return []
        b = self.data
        return [row_label(n, lo, hi) for n, lo, hi in zip(b.labels, b.low_text, b.high_text)]

    def swings(self) -> np.ndarray:
        """|high − low| per row, top to bottom."""
        if self.data is None:
            return np.zeros(0)
        return np.abs(np.asarray(self.data.high, float) - np.asarray(self.data.low, float))
