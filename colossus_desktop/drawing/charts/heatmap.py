"""One output of a 2-D sweep as a heat map, with labelled contours and a colour bar.

z[i, j] is the output at (x[i], y[j]); each cell is centred on its grid point. Contour levels
are round numbers spread over the output's range; each contour carries its value as a label on
its longest stretch. The data are a :class:`HeatMap` pushed with :meth:`HeatMapChart.set_map`.
Colours: viridis (perceptually uniform, readable in grey and for the common colour
blindnesses), lowest value dark.
"""

from __future__ import annotations

import math
import types
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
import pyqtgraph.functions as pgfn
from PySide6.QtCore import QRectF, QT_TRANSLATE_NOOP
from PySide6.QtGui import QFontMetricsF

from colossus_desktop.drawing.charts.axis import SIAxis, style_axis
from colossus_desktop.drawing.charts.units import axis_kind, axis_title, format_value, set_axis_unit
from colossus_desktop.drawing.charts.view import ChartView, tr
from colossus_desktop.drawing.pens import mk_pen

CONTOURS = 6  # about this many labelled contour levels


@dataclass(frozen=True)
class HeatMap:
    """x (n1,), y (n2,) the two inputs' values (document units, ascending); z (n1, n2) the output."""

    x: np.ndarray
    y: np.ndarray
    z: np.ndarray
    x_label: str
    x_unit: str
    y_label: str
    y_unit: str
    z_label: str
    z_unit: str
    current_x: float = math.nan
    current_y: float = math.nan


def contour_levels(lo: float, hi: float, count: int = CONTOURS) -> np.ndarray:
    """Round levels (1, 2 or 5 × 10^k apart) strictly inside (lo, hi), about ``count`` of them."""
    if not (math.isfinite(lo) and math.isfinite(hi)) or hi <= lo:
        return np.zeros(0)
    raw = (hi - lo) / (count + 1)
    mag = 10.0 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 2.5, 5, 10) if m * mag >= raw)
    first = math.floor(lo / step + 1) * step
    levels = np.arange(first, hi, step)
    return levels[(levels > lo) & (levels < hi)]


def _steps(a: np.ndarray) -> float:
    return float(a[1] - a[0]) if a.size > 1 and a[1] != a[0] else max(abs(float(a[0])) * 0.1, 1.0)


class HeatMapChart(ChartView):
    chart_id = "sweep_heatmap"
    title = QT_TRANSLATE_NOOP("Charts", "2-D sweep")

    def axis_items(self):
        return {"left": SIAxis("left", "si"), "bottom": SIAxis("bottom", "si")}

    @property
    def display_title(self) -> str:
        return axis_title(self.map.z_label, self.map.z_unit) if self.map is not None else tr(self.title)

    def setup(self) -> None:
        plot = self.plot_item
        self.map: HeatMap | None = None
        plot.showGrid(x=False, y=False)
        self.image = pg.ImageItem(axisOrder="col-major")
        plot.addItem(self.image)
        self.bar = pg.ColorBarItem(colorMap=pg.colormap.get("viridis"), interactive=False, width=16,
                                   colorMapMenu=False)
        self.bar.setImageItem(self.image)
        axis = self.bar.axis
        axis.kind, axis.unit = "si", ""
        axis.enableAutoSIPrefix(False)
        axis._format = types.MethodType(SIAxis._format, axis)
        axis.tickStrings = types.MethodType(SIAxis.tickStrings, axis)
        plot.layout.addItem(self.bar, 2, 3)  # beside the data, under the title (which spans it)
        plot.layout.setColumnSpacing(2, 8)
        self.contours: list[pg.PlotCurveItem] = []
        self.labels: list[pg.TextItem] = []
        self.current = pg.PlotDataItem([], [], pen=None, symbol="o", symbolSize=11)
        self.current.setZValue(50)
        plot.addItem(self.current)
        self.levels = np.zeros(0)
        self.x = self.y = np.zeros(0)
        self.z = np.zeros((0, 0))

    def style_items(self, theme) -> None:
        self.plot_item.showGrid(x=False, y=False)
        style_axis(self.bar.axis, theme, self.tick_font(), self.compact)
        self._fit_bar_axis()
        self.current.setSymbolPen(mk_pen(theme.background, width=1.5))
        self.current.setSymbolBrush(pg.mkBrush(theme.marker))
        for c in self.contours:
            c.setPen(self._contour_pen())
        for t in self.labels:
            self._style_label(t)

    def _contour_pen(self):
        p = mk_pen("#ffffff", width=self.theme.line_width)
        p.setCosmetic(True)
        return p

    def _style_label(self, t: pg.TextItem) -> None:
        t.setColor("#111111")
        t.fill = pg.mkBrush("#ffffffcc")
        t.setFont(self.tick_font())

    def set_map(self, heat: HeatMap) -> None:
        self.set_evaluated(heat)

    def update_data(self, heat: HeatMap) -> None:
        self.map = heat
        self.x = np.asarray(heat.x, dtype=float).reshape(-1)
        self.y = np.asarray(heat.y, dtype=float).reshape(-1)
        self.z = np.asarray(heat.z, dtype=float).reshape(self.x.size, self.y.size)
        finite = self.z[np.isfinite(self.z)]
        lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
        if hi <= lo:
            hi = lo + (abs(lo) * 0.01 or 1.0)
        dx, dy = _steps(self.x), _steps(self.y)
        self.image.setImage(self.z, autoLevels=False, levels=(lo, hi))
        self.image.setRect(QRectF(self.x[0] - dx / 2, self.y[0] - dy / 2, dx * self.x.size, dy * self.y.size))
        self.bar.setLevels((lo, hi))
        self.bar.axis.kind, self.bar.axis.unit = axis_kind(heat.z_unit)
        self.bar.axis.picture = None
        self._fit_bar_axis()
        self._draw_contours(lo, hi, dx, dy)
        cx, cy = float(heat.current_x), float(heat.current_y)
        if math.isfinite(cx) and math.isfinite(cy):
            self.current.setData([cx], [cy])
        else:
            self.current.setData([], [])
        set_axis_unit(self.plot_item.getAxis("bottom"), heat.x_unit)
        set_axis_unit(self.plot_item.getAxis("left"), heat.y_unit)
        self.set_axis_label("bottom", axis_title(heat.x_label, heat.x_unit, ticks=True), short=heat.x_label)
        self.set_axis_label("left", axis_title(heat.y_label, heat.y_unit, ticks=True), short=heat.y_label)
        self._shown_title = None
        self._apply_title()
        self.set_title_suffix(tr("{0} to {1}").format(format_value(lo, heat.z_unit), format_value(hi, heat.z_unit)))
        entries = [(self.current, tr("This scenario"))] if len(self.current.xData or []) else []
        if self.levels.size:
            entries.append((tuple(self.contours[: self.levels.size]), tr("Contours of {0}").format(heat.z_label),
                            tr("Contours")))
        self.set_legend(entries)
        self.plot_item.vb.enableAutoRange(x=False, y=False)
        self.plot_item.setXRange(self.x[0] - dx / 2, self.x[-1] + dx / 2, padding=0)
        self.plot_item.setYRange(self.y[0] - dy / 2, self.y[-1] + dy / 2, padding=0)
        self._place_labels()  # now that the view shows the map's range (an export's copy is never resized)

    def _fit_bar_axis(self) -> None:
        """Widen the colour bar's axis to its longest tick text (pyqtgraph fixes it at 45 px and
        drops the texts that do not fit: "$100 M" did not)."""
        if getattr(self, "map", None) is None:
            return
        lo, hi = self.bar.levels()
        values = list(np.linspace(lo, hi, 6))
        texts = self.bar.axis.tickStrings(values, 1.0, (hi - lo) / 5 or 1.0)
        fm = QFontMetricsF(self.tick_font())
        self.bar.axis.setWidth(int(math.ceil(max((fm.horizontalAdvance(t) for t in texts), default=30) + 16)))

    def _draw_contours(self, lo: float, hi: float, dx: float, dy: float) -> None:
        """One curve per level (NaN-separated polylines, grid coordinates) and its label."""
        data = np.where(np.isfinite(self.z), self.z, lo)
        self.levels = contour_levels(lo, hi) if min(self.z.shape) >= 2 else np.zeros(0)
        while len(self.contours) < self.levels.size:
            curve = pg.PlotCurveItem(connect="finite")
            curve.setZValue(10)
            self.plot_item.addItem(curve)
            self.contours.append(curve)
            label = pg.TextItem("", anchor=(0.5, 0.5))
            label.setZValue(20)
            self.plot_item.addItem(label, ignoreBounds=True)
            self.labels.append(label)
        for k, (curve, label) in enumerate(zip(self.contours, self.labels)):
            if k >= self.levels.size:
                curve.setData([], [])
                label.setVisible(False)
                continue
            lines = pgfn.isocurve(data, float(self.levels[k]), connected=True)
            xs, ys, best = [], [], None
            for line in lines:
                pts = np.asarray(line, dtype=float)
                px = self.x[0] + (pts[:, 0] - 0.5) * dx  # isocurve puts sample i at i + 0.5
                py = self.y[0] + (pts[:, 1] - 0.5) * dy
                xs += [px, [np.nan]]
                ys += [py, [np.nan]]
                if best is None or len(px) > len(best[0]):
                    best = (px, py)
            curve.setPen(self._contour_pen())
            curve.setData(np.concatenate(xs) if xs else [], np.concatenate(ys) if ys else [])
            label.setText(format_value(self.levels[k], self.map.z_unit))
            self._style_label(label)
            label.setVisible(False)
            label.candidates = [] if best is None else [(float(best[0][m]), float(best[1][m]))
                                                        for m in (len(best[0]) // 2, len(best[0]) // 3, 2 * len(best[0]) // 3,
                                                                  len(best[0]) // 6, 5 * len(best[0]) // 6)]
        self._place_labels()

    def _place_labels(self) -> None:
        """Put each contour's label on the first point of its curve where it overlaps no label
        already placed and stays inside the map; a label with no such point is not shown."""
        vb = self.plot_item.vb
        (x0, x1), (y0, y1) = vb.viewRange()
        w, h = max(vb.width(), 1.0), max(vb.height(), 1.0)
        placed: list[tuple[float, float, float, float]] = []
        for k, label in enumerate(self.labels):
            label.setVisible(False)
            if k >= self.levels.size:
                continue
            br = label.boundingRect()
            lw, lh = br.width() + 4, br.height() + 2
            for cx, cy in getattr(label, "candidates", []):
                px = (cx - x0) / (x1 - x0 or 1) * w
                py = (cy - y0) / (y1 - y0 or 1) * h
                rect = (px - lw / 2, py - lh / 2, px + lw / 2, py + lh / 2)
                inside = rect[0] >= 0 and rect[2] <= w and rect[1] >= 0 and rect[3] <= h
                if inside and not any(rect[0] < r[2] and r[0] < rect[2] and rect[1] < r[3] and r[1] < rect[3] for r in placed):
                    placed.append(rect)
                    label.setPos(cx, cy)
                    label.setVisible(True)
                    break

    def view_resized(self) -> None:
        if self.map is not None:
            self._place_labels()

    def contour_texts(self) -> list[str]:
        """The labels shown on the contours (tests and exports)."""
        return [t.toPlainText() for t in self.labels if t.isVisible()]

    def readout(self, x: float, y: float) -> str | None:
        if self.map is None or self.x.size == 0:
            return None
        i, j = self.nearest_index(self.x, x), self.nearest_index(self.y, y)
        m = self.map
        return "\n".join([
            f"{m.x_label}: {format_value(self.x[i], m.x_unit)}",
            f"{m.y_label}: {format_value(self.y[j], m.y_unit)}",
            f"{m.z_label}: {format_value(self.z[i, j], m.z_unit)}",
        ])
