"""Model vs published: one point per published figure (``colossus_desktop.validation``).

The figures come in many units (FLOP, MW, US$, shares), so a plain published-vs-model plot
would spread them over 27 decades and squeeze the ±10% and ±30% bands into hairlines. This is
the parity plot with both axes normalised for mixed units: y is model ÷ published (log), so
the parity line y = x is the horizontal line at 1 and the bands have the same height for every
figure; x groups the figures by category (training, reliability, cluster, power, energy,
cost) and orders them by published value within each group, one slot per figure, so
no two points hide each other. Points are coloured by within or outside their own tolerance;
identity checks (an input derived from the same figure) are diamonds and conflicting or
ambiguous figures (``kind == "conflict"``, with the decision taken) are triangles. The data are
:class:`~colossus_desktop.validation.Row` lists, pushed with :meth:`ParityChart.set_rows` (the
``evaluated`` of this chart).
"""

from __future__ import annotations

import math
import textwrap

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from colossus_desktop.drawing import format as fmt
from colossus_desktop.drawing.charts.axis import CachedAxis
from colossus_desktop.drawing.charts.view import ChartView, tr
from colossus_desktop.validation import Row, format_figure, median_abs_error, published_text
from colossus_desktop.drawing.pens import mk_pen

BANDS = (0.10, 0.30)
#: the symbol of each kind of figure (pyqtgraph names): model, identity check, conflict
SYMBOLS = {"model": "o", "identity": "d", "conflict": "t1", "calibration": "s"}
#: y ticks, most important first: a tick is labelled only if it clears the ones before it
RATIO_TICKS = (1.0, 0.5, 2.0, 0.7, 1.3, 0.1, 10.0, 0.2, 5.0, 0.3, 3.0, 0.9, 1.1, 1.5)
CATEGORIES = {
    "training": QT_TRANSLATE_NOOP("Charts", "Training"),
    "throughput": QT_TRANSLATE_NOOP("Charts", "Throughput"),
    "reliability": QT_TRANSLATE_NOOP("Charts", "Reliability"),
    "cluster": QT_TRANSLATE_NOOP("Charts", "Cluster"),
    "power": QT_TRANSLATE_NOOP("Charts", "Power"),
    "energy": QT_TRANSLATE_NOOP("Charts", "Energy"),
    "cost": QT_TRANSLATE_NOOP("Charts", "Cost"),
}


MIN_GROUP_SLOTS = 3  # a category spans at least three figure slots


def parity_positions(rows: list[Row]) -> tuple[np.ndarray, list[tuple[float, str]], list[float]]:
    """x of each row (category groups in :data:`CATEGORIES` order, by published value within a
    group, one unit apart; a group is at least MIN_GROUP_SLOTS wide, so the labels of small
    neighbouring groups do not run into each other), the category labels at the group centres,
    and the group bounds."""
    xs = np.full(len(rows), np.nan)
    labels: list[tuple[float, str]] = []
    bounds: list[float] = []
    start = 0.0
    for key in list(CATEGORIES) + sorted({r.category for r in rows} - set(CATEGORIES)):
        members = sorted((i for i, r in enumerate(rows) if r.category == key), key=lambda i: rows[i].published)
        if not members:
            continue
        width = max(len(members), MIN_GROUP_SLOTS)
        offset = (width - len(members)) / 2.0
        for rank, i in enumerate(members):
            xs[i] = start + offset + rank + 0.5
        labels.append((start + width / 2, key))
        start += width
        bounds.append(start)
    return xs, labels, bounds[:-1]
EXPLAIN = QT_TRANSLATE_NOOP(
    "Charts",
    "Each point is one published figure. y = model ÷ published (log), so the parity line y = x is "
    "the line at ×1 and the shaded bands are ±10% and ±30%. x groups the figures by category, "
    "ordered by published value within each (their units differ: FLOP, MW, US$, shares). "
    "Diamonds are identity checks: an input was derived from the same figure. Triangles are "
    "conflicting figures: sources disagree or the figure is ambiguous (see the table for the decision). "
    "Squares are the throughput calibration rows the step-time model was fitted on.",
)


class ParityChart(ChartView):
    chart_id = "model_vs_published"
    title = QT_TRANSLATE_NOOP("Charts", "Model vs published")

    def axis_items(self):
        axes = {"left": CachedAxis("left"), "bottom": CachedAxis("bottom")}
        for axis in axes.values():
            axis.enableAutoSIPrefix(False)
        return axes

    def setup(self) -> None:
        plot = self.plot_item
        plot.setLogMode(x=False, y=True)
        self.bands = []
        for tol in reversed(BANDS):  # the wide band first, under the narrow one
            band = pg.LinearRegionItem((math.log10(1 - tol), math.log10(1 + tol)), orientation="horizontal",
                                       movable=False)
            for line in band.lines:
                line.setPen(mk_pen(None))
            band.setZValue(-20)
            plot.addItem(band, ignoreBounds=True)
            self.bands.append(band)
        self.band_samples = [pg.BarGraphItem(x=[], height=[], width=1) for _ in BANDS]  # legend swatches
        self.parity = pg.InfiniteLine(pos=0.0, angle=0, movable=False)
        plot.addItem(self.parity, ignoreBounds=True)
        self.separators = []
        self.points = {}
        for kind, symbol in SYMBOLS.items():
            for within in (True, False):
                item = pg.PlotDataItem([], [], pen=None, symbol=symbol, symbolSize=11 if kind == "model" else 12)
                plot.addItem(item)
                self.points[(kind, within)] = item
        self.rows: list[Row] = []
        self.xs = self.ys = np.zeros(0)
        self.set_axis_label("left", tr("Model ÷ published (log)"), short=tr("Model ÷ published"))
        self.set_axis_label("bottom", tr("Published figures by category, in order of published value"),
                            short=tr("Figures by category"))
        self.graphics.setToolTip(tr(EXPLAIN))
        self.set_legend(self._legend_entries())

    def _legend_entries(self) -> list[tuple]:
        return [
            (self.points[("model", True)], tr("Within tolerance"), tr("Within")),
            (self.points[("model", False)], tr("Outside tolerance"), tr("Outside")),
            (self.points[("identity", True)], tr("Identity check (not in the median)"), tr("Identity check")),
            (self.points[("conflict", True)], tr("Conflicting figure (not in the median)"), tr("Conflict")),
            (self.points[("calibration", True)], tr("Throughput calibration row (not in the median)"), tr("Calibration")),
            (self.parity, tr("Parity (model = published)"), tr("Parity")),
            (self.band_samples[0], tr("±10%")),
            (self.band_samples[1], tr("±30%")),
        ] + ([(tuple(shown), tr("Between categories"), tr("Categories"))]
             if (shown := [line for line in self.separators if line.isVisible()]) else [])

    def style_items(self, theme) -> None:
        self.plot_item.showGrid(x=False, y=False)
        strong, light = (95, 50) if theme.name == "dark" else (70, 30)
        fills = (self.brush("primary", strong), self.brush("primary", light))  # ±10%, ±30%
        for band, brush in zip(self.bands, reversed(fills)):
            band.setBrush(brush)
            band.setHoverBrush(brush)
        for sample, brush in zip(self.band_samples, fills):
            sample.setOpts(brush=brush, pen=mk_pen(None))
        self.parity.setPen(self.pen("foreground", style=Qt.PenStyle.DashLine))
        for (kind, within), item in self.points.items():
            color = theme.color("ideal" if within else "actual")
            item.setSymbolPen(mk_pen(theme.background if kind == "model" else color, width=1.5))
            item.setSymbolBrush(pg.mkBrush(color if kind == "model" else color + "66"))
        for line in self.separators:
            line.setPen(mk_pen(theme.muted, width=1, style=Qt.PenStyle.DotLine))

    def set_rows(self, rows: list[Row]) -> None:
        """Show these figures (the result of ``validation.evaluate_figures``)."""
        self.set_evaluated(list(rows))

    def update_data(self, rows) -> None:
        self.rows = list(rows)
        self.xs, self.category_labels, bounds = parity_positions(self.rows)
        self.ys = np.array([r.ratio if r.ratio > 0 else np.nan for r in self.rows], dtype=float)
        for (kind, within), item in self.points.items():
            keep = np.array([r.kind == kind and r.within == within for r in self.rows], dtype=bool)
            if keep.any():
                item.setData(self.xs[keep], self.ys[keep])
            else:
                item.setData([], [])
        while len(self.separators) < len(bounds):
            line = pg.InfiniteLine(angle=90, movable=False)
            line.setPen(mk_pen(self.theme.muted, width=1, style=Qt.PenStyle.DotLine))
            self.plot_item.addItem(line, ignoreBounds=True)
            self.separators.append(line)
        for i, line in enumerate(self.separators):
            line.setVisible(i < len(bounds))
            if i < len(bounds):
                line.setPos(bounds[i])
        self.set_legend(self._legend_entries())  # the separators shown
        self.plot_item.getAxis("bottom").setTicks(
            [[(x, tr(CATEGORIES.get(key, key.title()))) for x, key in self.category_labels], []])
        self._fit_ranges()
        model = [r for r in self.rows if r.kind == "model"]
        outside = sum(not r.within for r in model)
        if model:
            self.set_title_suffix(tr("median error {0} over {1} figures, {2} outside tolerance").format(
                fmt.percent(median_abs_error(self.rows), 1), len(model), outside))
        else:
            self.set_title_suffix("")

    def view_resized(self) -> None:
        self._fit_ranges()

    def _fit_ranges(self) -> None:
        ys = self.ys[np.isfinite(self.ys)]
        if not ys.size:
            return
        y_lo = math.log10(min(0.6, float(ys.min()) / 1.15))
        y_hi = math.log10(max(1.6, float(ys.max()) * 1.15))
        self.plot_item.vb.enableAutoRange(x=False, y=False)
        right = float(np.nanmax(self.xs)) + 0.5 if np.isfinite(self.xs).any() else 1.0
        self.plot_item.setXRange(0, max(right, 1.0), padding=0.01)
        self.plot_item.setYRange(y_lo, y_hi, padding=0)
        self._set_y_ticks(y_lo, y_hi)

    def _set_y_ticks(self, y_lo: float, y_hi: float) -> None:
        """Label the ratio ticks in order of importance, each clear of those already placed."""
        px_per_unit = max(self.plot_item.vb.height(), 60.0) / max(y_hi - y_lo, 1e-9)
        gap_px = self.font_pt("tick") * 1.9
        placed: list[float] = []
        for t in RATIO_TICKS:
            y = math.log10(t)
            if y_lo <= y <= y_hi and all(abs(y - p) * px_per_unit >= gap_px for p in placed):
                placed.append(y)
        ticks = [(y, f"×{fmt.number(10 ** y, 0 if abs(10 ** y - round(10 ** y)) < 1e-9 else 1)}") for y in sorted(placed)]
        self.plot_item.getAxis("left").setTicks([ticks, []])

    def readout(self, x: float, y: float) -> str | None:
        ok = np.isfinite(self.xs) & np.isfinite(self.ys)
        if not ok.any():
            return None
        (x0, x1), (y0, y1) = self.plot_item.vb.viewRange()
        dx = (np.where(ok, self.xs, 0.0) - x) / max(x1 - x0, 1e-9) * max(self.plot_item.vb.width(), 1.0)
        self.show_hover_line(None)
        dy = (np.log10(np.where(ok, self.ys, 1.0)) - y) / max(y1 - y0, 1e-9) * max(self.plot_item.vb.height(), 1.0)
        dist = np.where(ok, np.hypot(dx, dy), np.inf)
        i = int(np.argmin(dist))
        if dist[i] > 24:
            return None
        r = self.rows[i]
        state = tr("within") if r.within else tr("outside")
        lines = [
            r.description,
            f"{tr('Published')}: {published_text(r)}",
            f"{tr('Model')}: {format_figure(r.model, r.unit)}",
            f"{tr('Error')}: {r.error:+.1%} ({state} ±{r.tolerance:.0%})",
            f"{tr('Source')}: {r.publisher}",
        ]
        if r.kind == "identity":
            lines.append(tr("Identity check: an input was derived from this figure"))
        elif r.kind == "calibration":
            lines.append(tr("Calibration row: the step-time model's constants were fitted on it"))
        elif r.kind == "conflict":
            text = tr("Conflicting figure, not in the median. Decision: {0}").format(r.decision)
            lines += textwrap.wrap(text, 90)  # the read-out is a plain-text box: keep it narrow
        return "\n".join(lines)

    def footer_lines(self) -> list[str]:
        """The export footer: what the chart shows and where the figures come from."""
        from colossus_desktop import __version__
        from colossus_desktop.assumptions import APP

        return [
            tr("Model vs published: {0} published figures held against the engine").format(len(self.rows)),
            tr("Each figure's publisher, quote and tolerance: Colossus Desktop, Help → Model vs published."),
            tr("y = model ÷ published (×1 = parity), bands ±10% and ±30%; x = figures by category, by published value."),
            f"{APP} {__version__}",
        ]
