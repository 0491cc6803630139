"""One output of a 1-D sweep against the swept input, with the scenario's own value marked.

The sweep view shows one of these per chosen output (small multiples sharing the input axis)
rather than several y axes on one plot: each output keeps its own unit and scale. The data are
a :class:`SweepLine` pushed with :meth:`SweepLineChart.set_line`; the chart only draws them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from colossus_desktop.drawing.charts.axis import SIAxis
from colossus_desktop.drawing.charts.units import axis_title, format_value, set_axis_unit, ticks_carry_unit
from colossus_desktop.drawing.charts.view import ChartView, tr
from colossus_desktop.drawing.pens import mk_pen
from colossus_desktop.drawing.unit_words import unit_text


@dataclass(frozen=True)
class SweepLine:
    """x (n,) the input's values in document units; y (n,) the output (NaN = no result there);
    ``current_x``/``current_y`` the scenario's own input value and output (NaN: not marked)."""

    x: np.ndarray
    y: np.ndarray
    x_label: str
    x_unit: str
    y_label: str
    y_unit: str
    current_x: float = math.nan
    current_y: float = math.nan


class SweepLineChart(ChartView):
    chart_id = "sweep_line"
    title = QT_TRANSLATE_NOOP("Charts", "Sweep")

    def axis_items(self):
        return {"left": SIAxis("left", "si"), "bottom": SIAxis("bottom", "si")}

    @property
    def display_title(self) -> str:
        return self.line.y_label if self.line is not None else tr(self.title)

    def setup(self) -> None:
        plot = self.plot_item
        self.line: SweepLine | None = None
        self.curve = plot.plot([], [], connect="finite")
        self.points = pg.PlotDataItem([], [], pen=None, symbol="o", symbolSize=5)
        plot.addItem(self.points)
        self.current = pg.PlotDataItem([], [], pen=None, symbol="o", symbolSize=11)
        plot.addItem(self.current)
        self.current_line = pg.InfiniteLine(angle=90, movable=False)
        self.current_line.setVisible(False)
        plot.addItem(self.current_line, ignoreBounds=True)
        self.x = self.y = np.zeros(0)

    def style_items(self, theme) -> None:
        self.curve.setPen(self.pen("primary"))
        self.points.setSymbolPen(mk_pen(None))
        self.points.setSymbolBrush(self.brush("primary"))
        self.current.setSymbolPen(mk_pen(theme.background, width=1))
        self.current.setSymbolBrush(pg.mkBrush(theme.marker))
        self.current_line.setPen(mk_pen(theme.marker, width=1, style=Qt.PenStyle.DotLine))

    def set_line(self, line: SweepLine) -> None:
        self.set_evaluated(line)

    def update_data(self, line: SweepLine) -> None:
        self.line = line
        self.x = np.asarray(line.x, dtype=float).reshape(-1)
        self.y = np.asarray(line.y, dtype=float).reshape(-1)
        self.curve.setData(self.x, self.y)
        self.points.setData(self.x, self.y) if self.x.size <= 60 else self.points.setData([], [])
        cx, cy = float(line.current_x), float(line.current_y)
        marked = math.isfinite(cx)
        self.current_line.setVisible(marked)
        if marked:
            self.current_line.setPos(cx)
        self.current.setData([cx], [cy]) if marked and math.isfinite(cy) else self.current.setData([], [])
        set_axis_unit(self.plot_item.getAxis("bottom"), line.x_unit)
        set_axis_unit(self.plot_item.getAxis("left"), line.y_unit)
        self.set_axis_label("bottom", axis_title(line.x_label, line.x_unit, ticks=True), short=line.x_label)
        self.set_axis_label("left", axis_title(line.y_label, line.y_unit, ticks=True),
                            short=unit_text(line.y_unit) if line.y_unit and not ticks_carry_unit(line.y_unit)
                            else line.y_label)
        self._shown_title = None
        self._apply_title()
        self.set_title_suffix(tr("this scenario: {0}").format(format_value(cy, line.y_unit)) if marked else "")
        self.set_legend([(self.curve, tr("Swept")), ((self.current_line, self.current), tr("This scenario"))] if marked else [])
        self._fit_range()

    def _fit_range(self) -> None:
        ok = np.isfinite(self.x) & np.isfinite(self.y)
        if not ok.any():
            self.plot_item.enableAutoRange()
            return
        xs, ys = self.x[ok], self.y[ok]
        cx, cy = float(self.line.current_x), float(self.line.current_y)
        x_lo, x_hi = float(xs.min()), float(xs.max())
        if math.isfinite(cx):
            x_lo, x_hi = min(x_lo, cx), max(x_hi, cx)
        y_lo, y_hi = float(ys.min()), float(ys.max())
        if math.isfinite(cy) and math.isfinite(cx):
            y_lo, y_hi = min(y_lo, cy), max(y_hi, cy)
        if y_hi - y_lo <= abs(y_hi) * 1e-9:  # a flat output: show it mid-height, not as the frame
            pad = abs(y_hi) * 0.05 or 1.0
            y_lo, y_hi = y_lo - pad, y_hi + pad
        self.plot_item.setXRange(x_lo, x_hi if x_hi > x_lo else x_lo + 1, padding=0.03)
        self.plot_item.setYRange(y_lo, y_hi, padding=0.08)

    def readout(self, x: float, y: float) -> str | None:
        if self.line is None or self.x.size == 0:
            return None
        i = self.nearest_index(self.x, x)
        self.show_hover_line(float(self.x[i]))
        return "\n".join([
            f"{self.line.x_label}: {format_value(self.x[i], self.line.x_unit)}",
            f"{self.line.y_label}: {format_value(self.y[i], self.line.y_unit)}",
        ])
