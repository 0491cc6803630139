"""The Monte Carlo distribution of one output: a histogram and a cumulative distribution (CDF),
each with its P10, P50 and P90 marked and the scenario's own (unvaried) value.

The quantiles come computed (``MonteCarlo.quantiles``); the charts only bin and sort the samples
to draw them. The data are a :class:`SampleSet` pushed with ``set_samples``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFontMetricsF

from colossus_desktop.drawing import format as fmt
from colossus_desktop.drawing.charts.axis import SIAxis
from colossus_desktop.drawing.charts.units import axis_title, distinct_values, format_value, output_unit, set_axis_unit
from colossus_desktop.drawing.charts.view import ChartView, tr
from colossus_desktop.drawing.pens import mk_pen

MAX_BINS = 60
CDF_POINTS = 1000  # the CDF is drawn through at most this many sorted samples
QUANTILE_NAMES = ("P10", "P50", "P90")
LABEL_HEIGHTS = (0.93, 0.83, 0.73)  # staggered, so neighbouring quantiles' labels never overlap
LABEL_GAP_LINES = 1.1  # ... and at least this many lines of their type apart (a short plot)


@dataclass(frozen=True)
class SampleSet:
    """values (n,) one output over the samples (NaN: the engine had no result for that sample);
    quantiles (3,) its P10, P50, P90; ``base`` the output of the unvaried scenario."""

    values: np.ndarray
    label: str
    unit: str
    quantiles: tuple[float, float, float]
    base: float = math.nan


def sample_set(mc, key: str, output) -> SampleSet:
    """Output ``key`` (its ``Output``, engine/analysis/outputs.py) of a ``MonteCarlo`` run: the
    samples, P10/P50/P90 (``MonteCarlo.quantiles``) and the unvaried scenario's value."""
    q = mc.quantiles((0.1, 0.5, 0.9))[key]
    return SampleSet(np.asarray(mc.outputs[key], dtype=float), output.label, output_unit(output),
                     tuple(float(v) for v in q), float(mc.base.get(key, math.nan)))


class _SamplesChart(ChartView):
    """What the histogram and the CDF share: the quantile lines, the base line, the x axis."""

    def axis_items(self):
        return {"left": SIAxis("left", "percent"), "bottom": SIAxis("bottom", "si")}

    @property
    def display_title(self) -> str:
        name = tr(self.title)
        return tr("{0}: {1}").format(name, self.data.label) if self.data is not None else name

    def setup(self) -> None:
        self.data: SampleSet | None = None
        self.values = np.zeros(0)
        self.setup_series()
        self.qlines = []
        for name, height in zip(QUANTILE_NAMES, LABEL_HEIGHTS):
            line = pg.InfiniteLine(angle=90, movable=False, label=name,
                                   labelOpts={"position": height, "anchors": [(0, 0.5), (0, 0.5)]})
            line.setZValue(20)
            self.plot_item.addItem(line, ignoreBounds=True)
            self.qlines.append(line)
        self.base_line = pg.InfiniteLine(angle=90, movable=False)
        self.base_line.setZValue(19)
        self.plot_item.addItem(self.base_line, ignoreBounds=True)

    def view_resized(self) -> None:
        self._stagger_labels()

    def _stagger_labels(self) -> None:
        """P10, P50 and P90's labels one under the other, at least :data:`LABEL_GAP_LINES` lines
        apart: a tenth of the height was less than a line in a short plot (107 px in the projector
        theme at 1280×800), where close quantiles' labels ran into each other."""
        height = float(self.plot_item.vb.height())
        if height <= 0:
            return
        metrics = QFontMetricsF(self.tick_font())
        step = max(LABEL_HEIGHTS[0] - LABEL_HEIGHTS[1], LABEL_GAP_LINES * metrics.height() / height)
        (x0, x1), width = self.plot_item.vb.viewRange()[0], float(self.plot_item.vb.width())
        pad = metrics.height()  # the label's margin from its line, and some air
        for k, qline in enumerate(self.qlines):
            # a label whose text would run past the plot's right edge goes left of its line,
            # unless the left has even less room (a narrow plot: the side with more)
            right = (x1 - qline.value()) / (x1 - x0) * width if x1 > x0 else width
            need = metrics.horizontalAdvance(qline.label.toPlainText()) + pad
            side = 1 if need > right and width - right > right else 0
            qline.label.anchors = [(side, 0.5), (side, 0.5)]
            qline.label.setPosition(max(0.02, LABEL_HEIGHTS[0] - k * step))

    def setup_series(self) -> None:  # pragma: no cover - each chart (HistogramChart, CdfChart) draws its own series
        raise NotImplementedError

    def style_items(self, theme) -> None:
        qpen = self.pen("foreground", style=Qt.PenStyle.DashLine)
        for line in self.qlines:
            line.setPen(qpen)
            line.label.setColor(theme.foreground)
            line.label.setFont(self.tick_font())
        self._stagger_labels()
        bpen = mk_pen(theme.marker, width=max(2.0, theme.line_width))
        self.base_line.setPen(bpen)

    def set_samples(self, data: SampleSet) -> None:
        self.set_evaluated(data)

    def update_data(self, data: SampleSet) -> None:
        self.data = data
        v = np.asarray(data.values, dtype=float).reshape(-1)
        self.values = v[np.isfinite(v)]
        self.draw_series()
        texts = distinct_values(data.quantiles, data.unit)
        for line, q, name, text in zip(self.qlines, data.quantiles, QUANTILE_NAMES, texts):
            ok = math.isfinite(q)
            line.setVisible(ok)
            if ok:
                line.setPos(q)
                line.label.setFormat(f"{name} {text}")
        base_ok = math.isfinite(data.base)
        self.base_line.setVisible(base_ok)
        if base_ok:
            self.base_line.setPos(data.base)
        set_axis_unit(self.plot_item.getAxis("bottom"), data.unit)
        self.set_axis_label("bottom", axis_title(data.label, data.unit, ticks=True), short=data.label)
        self._shown_title = None
        self._apply_title()
        p10, p50, p90 = data.quantiles
        self.set_title_suffix(tr("{0} samples").format(fmt.count(self.values.size)))
        entries = [(self.series_item(), self.series_name()), (tuple(self.qlines), tr("P10, P50, P90"))]
        if base_ok:
            entries.append((self.base_line, tr("This scenario (no uncertainty)"), tr("This scenario")))
        self.set_legend(entries)
        self._fit_x()
        self._stagger_labels()

    def _fit_x(self) -> None:
        pts = [*self.values[[0, -1]]] if self.values.size else []
        lo = float(np.min(self.values)) if self.values.size else math.nan
        hi = float(np.max(self.values)) if self.values.size else math.nan
        extra = [x for x in (self.data.base, *self.data.quantiles) if math.isfinite(x)]
        if pts or extra:
            lo = min([lo] + extra) if math.isfinite(lo) else min(extra)
            hi = max([hi] + extra) if math.isfinite(hi) else max(extra)
            if hi <= lo:
                pad = abs(lo) * 0.05 or 1.0
                lo, hi = lo - pad, hi + pad
            self.plot_item.setXRange(lo, hi, padding=0.04)

    def quantile_texts(self) -> list[str]:
        return [line.label.toPlainText() for line in self.qlines if line.isVisible()]


class HistogramChart(_SamplesChart):
    chart_id = "mc_histogram"
    title = QT_TRANSLATE_NOOP("Charts", "Distribution")

    def setup_series(self) -> None:
        self.bars = pg.BarGraphItem(x=[], height=[], width=1)
        self.plot_item.addItem(self.bars)
        self.plot_item.vb.enableAutoRange(x=False, y=False)
        self.set_axis_label("left", tr("Share of samples"), short=tr("Share"))
        self.edges = np.zeros(0)
        self.shares = np.zeros(0)

    def series_item(self):
        return self.bars

    def series_name(self) -> str:
        return tr("Samples per bin")

    def style_items(self, theme) -> None:
        super().style_items(theme)
        self.bars.setOpts(brush=self.brush("primary", 170), pen=mk_pen(theme.background, width=1))

    def draw_series(self) -> None:
        v = self.values
        if v.size == 0:
            self.bars.setOpts(x=[], height=[], width=1)
            self.edges, self.shares = np.zeros(0), np.zeros(0)
            return
        bins = int(min(MAX_BINS, max(8, round(math.sqrt(v.size)))))
        lo, hi = float(v.min()), float(v.max())
        if hi <= lo:
            lo, hi = lo - (abs(lo) * 0.01 or 0.5), hi + (abs(hi) * 0.01 or 0.5)
        counts, self.edges = np.histogram(v, bins=bins, range=(lo, hi))
        self.shares = counts / v.size
        centres = (self.edges[:-1] + self.edges[1:]) / 2
        self.bars.setOpts(x=centres, height=self.shares, width=float(self.edges[1] - self.edges[0]))
        self.plot_item.setYRange(0, float(self.shares.max()) * 1.15, padding=0)

    def readout(self, x: float, y: float) -> str | None:
        if self.edges.size < 2 or not self.edges[0] <= x <= self.edges[-1]:
            return None
        i = min(int(np.searchsorted(self.edges, x, side="right")) - 1, self.shares.size - 1)
        u = self.data.unit
        return "\n".join([
            f"{format_value(self.edges[i], u)} – {format_value(self.edges[i + 1], u)}",
            f"{tr('Share of samples')}: {fmt.percent(self.shares[i], 1)}",
        ])


class CdfChart(_SamplesChart):
    chart_id = "mc_cdf"
    title = QT_TRANSLATE_NOOP("Charts", "Cumulative distribution")

    def setup_series(self) -> None:
        self.curve = self.plot_item.plot([], [])
        self.plot_item.vb.enableAutoRange(x=False, y=False)
        self.plot_item.setYRange(0, 1, padding=0.02)
        self.set_axis_label("left", tr("Probability of a value at or below x"), short=tr("P(≤ x)"))
        self.xs = self.ps = np.zeros(0)

    def series_item(self):
        return self.curve

    def series_name(self) -> str:
        return tr("Cumulative share")

    def style_items(self, theme) -> None:
        super().style_items(theme)
        self.curve.setPen(self.pen("primary", width=max(2.0, theme.line_width)))

    def draw_series(self) -> None:
        v = np.sort(self.values)
        n = v.size
        if n == 0:
            self.xs = self.ps = np.zeros(0)
        else:
            idx = np.unique(np.linspace(0, n - 1, min(n, CDF_POINTS)).round().astype(int))
            self.xs = v[idx]
            self.ps = (idx + 1) / n
        self.curve.setData(self.xs, self.ps)

    def readout(self, x: float, y: float) -> str | None:
        if self.xs.size == 0:
            return None
        i = self.nearest_index(self.xs, x)
        self.show_hover_line(float(self.xs[i]))
        return f"{format_value(self.xs[i], self.data.unit)}: {fmt.percent(self.ps[i])} {tr('of samples at or below')}"
