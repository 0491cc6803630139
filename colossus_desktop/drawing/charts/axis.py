"""The chart axes: tick labels with SI prefixes or money/power units, log decades, axis labels.

:class:`SIAxis` is a pyqtgraph ``AxisItem`` that writes its ticks through
:mod:`colossus_desktop.drawing.format`. :func:`style_axis` gives any axis of a chart (an
``SIAxis`` or a plain ``AxisItem``) its theme's pens and tick font. :class:`ChartAxes` holds
a chart's axes by name with their label texts, styles them all, and shows on each the label that
fits (:mod:`.text_fit`), skipping a label that did not change. A chart restyles and relabels its
axes through it (a subclass may also colour an axis in its ``style_items``), so it is the place
to skip an unchanged axis as a whole: pyqtgraph's axis caches its drawing as a ``QPicture`` and
draws it again only when invalidated.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import pyqtgraph as pg
from PySide6.QtGui import QFont, QFontMetricsF, QPixmapCache
from PySide6.QtWidgets import QGraphicsItem

from colossus_desktop.drawing import format as fmt
from colossus_desktop.drawing.charts.text_fit import chart_font, fit_label, label_room
from colossus_desktop.drawing.theme import Theme
from colossus_desktop.drawing.pens import mk_pen

#: Qt's pixmap cache, in KiB, once a cached axis exists: the axes of the window's charts and of
#: its view tabs at 1920×1080 (each cached axis with a grid covers its plot) with room to spare.
PIXMAP_CACHE_KB = 64 * 1024


class LabelOnce:
    """An axis (mixed in before ``pg.AxisItem``) that sets its label's HTML only when it changed,
    and only once the label is shown.

    pyqtgraph sets the label again on every new pen, text pen and, with its automatic SI prefix,
    on every new range, hidden or not; laying out rich text was the largest single cost of
    building the charts (about 500 ``setHtml`` for seven charts, most of them for hidden labels)."""

    _label_html: str | None = None  # what the label holds
    _label_due: str | None = None  # what it will hold when shown
    _label_held = False  # restyling: one update at the end (:func:`style_axis`)

    def _updateLabel(self):  # pyqtgraph's name
        if self._label_held:
            return
        html = self.labelString()
        if self.label.isVisibleTo(self) and (self.labelText or self.labelUnits):
            self._set_label_html(html)
        else:  # hidden, or about to be (pyqtgraph hides a label without text)
            self._label_due = html
        self._adjustSize()
        self.picture = None
        self.update()

    def showLabel(self, show: bool = True):  # pyqtgraph's name
        if show and self._label_due is not None:
            self._set_label_html(self._label_due)
        super().showLabel(show)

    def _set_label_html(self, html: str) -> None:
        self._label_due = None
        if html != self._label_html:
            self._label_html = html
            self.label.setHtml(html)


class PlainAxis(LabelOnce, pg.AxisItem):
    """pyqtgraph's axis, setting its label only when it changed: a chart's top and right axes
    unless the chart gives its own."""


class CachedAxis(LabelOnce, pg.AxisItem):
    """A pyqtgraph axis drawn again only when what it shows changed.

    pyqtgraph records an axis's ticks, tick texts and grid as a ``QPicture`` and replays it
    whenever any part of the chart under it repaints; replaying text is most of a chart's repaint
    after an edit. This axis keeps its rendering as a pixmap in device coordinates (Qt's
    ``DeviceCoordinateCache``: an unchanged axis is copied, not replayed) and does not throw its
    picture away when it is given the range or the ticks it already has (a new evaluation sets
    both on every chart). A resize of the linked view, a new style, font, pen or label still
    redraws it. Exports paint with the cache off (:func:`colossus_desktop.drawing.paint.export_mode`).
    """

    def __init__(self, orientation: str, **kwargs):
        super().__init__(orientation, **kwargs)
        self._redraw_range = False
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        if QPixmapCache.cacheLimit() < PIXMAP_CACHE_KB:  # Qt's 10 MB holds the axes of a few charts only
            QPixmapCache.setCacheLimit(PIXMAP_CACHE_KB)

    def linkedViewChanged(self, view, newRange=None):
        # ``newRange`` is None when the view was resized (sigResized): the grid's extent follows
        # the view's, so the axis is drawn again whatever its range.
        self._redraw_range = newRange is None
        try:
            super().linkedViewChanged(view, newRange)
        finally:
            self._redraw_range = False

    def setRange(self, mn: float, mx: float):
        if not getattr(self, "_redraw_range", True) and self.picture is not None and self.range == [mn, mx]:
            return  # same range: same ticks, same picture
        super().setRange(mn, mx)

    def setTicks(self, ticks=None):
        if ticks is not None and self.picture is not None and ticks == self._tickLevels:
            return  # the same tick positions and texts
        super().setTicks(ticks)


class CachedDateAxis(CachedAxis, pg.DateAxisItem):
    """pyqtgraph's date axis (ticks at whole months, years …), drawn again only when it changed."""


class SIAxis(CachedAxis):
    """An axis whose tick labels carry SI prefixes or money/power units.

    ``kind``: ``"si"`` (1.5 k, 2 M), ``"money"`` ($10 B), ``"power"`` (values in MW: 500 MW,
    1.2 GW), ``"percent"`` (fractions: 50%), ``"plain"``. In log mode, decades are labelled
    first, then 2× and 5× if there is room; other minor ticks carry no label.
    """

    def __init__(self, orientation: str, kind: str = "si", unit: str = "", **kwargs):
        super().__init__(orientation, **kwargs)
        self.kind = kind
        self.unit = unit
        self.enableAutoSIPrefix(False)
        # label fewer sub-levels than pyqtgraph's default: busy axes read worse than sparse ones
        self.setStyle(textFillLimits=[(0, 0.8), (2, 0.45), (4, 0.3), (6, 0.15)])

    def _format(self, values: list[float], spacing: float) -> list[str]:
        top = max(abs(v) for v in self.range) * self.scale if self.range else None
        if self.kind == "money":
            return fmt.money_ticks(values, spacing, top=top)
        if self.kind == "power":
            return fmt.power_ticks(values, spacing, top=top)
        if self.kind == "percent":
            return fmt.percent_ticks(values, spacing)
        if self.kind == "plain":
            d = fmt.tick_decimals(spacing)
            return [fmt.number(v, d) for v in values]
        return fmt.si_ticks(values, spacing, self.unit, top=top)

    def tickSpacing(self, minVal, maxVal, size):
        """pyqtgraph's spacing, widened along the 1-2-5 steps until the labels of a horizontal
        axis fit side by side: pyqtgraph draws its first level whatever the overlap, so long
        labels ("5,02 M$") ran into each other on narrow charts."""
        levels = super().tickSpacing(minVal, maxVal, size)
        if self.logMode or self.orientation not in ("top", "bottom") or not levels or size <= 0 \
                or not maxVal > minVal:
            return levels
        major = levels[0][0]
        metrics = QFontMetricsF(self.style.get("tickFont") or QFont())
        widened = False
        for _ in range(8):
            first = math.ceil(minVal / major) * major
            values = [first + i * major for i in range(int((maxVal - first) / major + 1e-9) + 1)]
            if len(values) < 2:
                break
            need = max(metrics.horizontalAdvance(t) for t in self._format(values, major)) + 12
            if need <= size * major / (maxVal - minVal):
                break
            mantissa = round(major / 10 ** math.floor(math.log10(major) + 1e-9))
            major *= 2.5 if mantissa == 2 else 2.0
            widened = True
        if not widened:
            return levels
        mantissa = round(major / 10 ** math.floor(math.log10(major) + 1e-9))
        return [(major, 0.0), (major / (5.0 if mantissa == 5 else 2.0), 0.0)]

    def tickStrings(self, values, scale, spacing):
        if self.logMode:
            return self.logTickStrings(values, scale, spacing)
        return self._format([v * scale for v in values], spacing * scale)

    def logTickStrings(self, values, scale, spacing):
        stride = getattr(self, "_decade_stride", 1)
        out = []
        for v in values:
            x = 10.0 ** v * scale
            exponent = math.floor(v + 1e-9)
            mantissa = x / 10.0**exponent
            labelled = (1,) if stride > 1 else (1, 2, 5)
            if min(abs(mantissa - m) for m in labelled) > 1e-3 or (stride > 1 and round(v) % stride):
                out.append(None)  # unlabelled minor tick (or a decade skipped for room)
                continue
            out.append(log_label(x, self.kind, self.unit))
        return out

    def logTickValues(self, minVal, maxVal, size, stdTicks):
        lo, hi = math.floor(minVal), math.ceil(maxVal)
        decades, mids, minors = [], [], []
        for e in range(lo, hi + 1):
            for m in range(1, 10):
                v = e + math.log10(m)
                if not (minVal <= v <= maxVal):
                    continue
                (decades if m == 1 else mids if m in (2, 5) else minors).append(v)
        # pyqtgraph labels the first level whatever the overlap: when a decade is narrower
        # than its label, label every 2nd (3rd …) decade only
        self._decade_stride = stride = self._stride(decades, minVal, maxVal, size)
        if stride > 1:
            major = [d for d in decades if round(d) % stride == 0]
            rest = [d for d in decades if round(d) % stride]
            return [(None, major), (None, sorted(rest + mids + minors))]
        levels = [(1.0, decades), (None, mids), (None, minors)]
        if not decades:  # less than a decade in view: let the 2x/5x ticks lead
            levels = [(None, mids), (None, minors)]
        return levels

    def _stride(self, decades: list[float], lo: float, hi: float, size: float) -> int:
        if len(decades) < 2 or size <= 0 or hi <= lo:
            return 1
        metrics = QFontMetricsF(self.style.get("tickFont") or QFont())
        if self.orientation in ("top", "bottom"):
            need = max(metrics.horizontalAdvance(log_label(10.0**d * self.scale, self.kind, self.unit)) for d in decades) + 10
        else:
            need = metrics.height() * 1.3
        per_decade = size / (hi - lo)
        return max(1, math.ceil(need / per_decade))


def log_label(x: float, kind: str = "si", unit: str = "") -> str:
    """A short label for a log-axis tick: 1 k, 20 k, 1 M, 0.01, 5."""
    if kind == "money":
        return fmt.money(x, 0 if x >= 1 else 2)
    if x >= 1000:
        factor = 10 ** (3 * math.floor(math.log10(x) / 3 + 1e-9))
        scaled = x / factor
        text = fmt.si(x, unit, 0 if abs(scaled - round(scaled)) < 1e-6 else 1)
        return text
    d = max(0, -math.floor(math.log10(x) + 1e-9)) if x > 0 else 0
    return (fmt.number(x, d) + (" " + unit if unit else "")).strip()


def style_axis(axis: pg.AxisItem, theme: Theme, tick_font: QFont, compact: bool) -> None:
    """The axis line, tick text colour (the axis's own ``tick_color`` if it has one), tick font
    and tick text offset of ``axis`` for ``theme``; a compact chart's ticks sit closer."""
    held = isinstance(axis, LabelOnce)
    if held:  # the pen and the text pen each set the label's colour: label it once, at the end
        axis._label_held = True
    try:
        axis.setPen(mk_pen(theme.muted))
        axis.setTextPen(pg.mkColor(getattr(axis, "tick_color", None) or theme.foreground))
    finally:
        if held:
            axis._label_held = False
            axis._updateLabel()
    axis.setTickFont(tick_font)
    axis.setStyle(tickTextOffset=4 if not compact else 3, autoExpandTextSpace=True)


class LabelFit(NamedTuple):
    """What an axis label is fitted with: its point size, its colour (unless the axis has its
    own ``label_color``), whether the chart is narrow (labels whose short form is ``""`` are
    hidden) and the length a horizontal axis counts as at least (px; before the first layout
    it has none)."""

    pt: int
    color: str
    narrow: bool
    min_length: float


class ChartAxes:
    """The axes of one chart by name: the plot item's four (``"left"``, ``"bottom"``,
    ``"right"``, ``"top"``) and any extra ones (``"right3"`` …), their label texts, and the label
    each axis shows, so an axis is relabelled only when what it shows changes."""

    NAMES = ("left", "bottom", "right", "top")

    def __init__(self, plot: pg.PlotItem):
        self._plot = plot
        self._extra: list[tuple[pg.AxisItem, str]] = []
        self._full: dict[str, str] = {}
        self._short: dict[str, str] = {}
        self._shown: dict[str, tuple] = {}  # name -> (text, point size, colour), or ("",): hidden

    def add(self, axis: pg.AxisItem, name: str) -> None:
        """Count ``axis``, placed by the chart outside the plot item's four, as ``name``."""
        self._extra.append((axis, name))

    def all(self) -> list[tuple[pg.AxisItem, str]]:
        """Every (axis, name): the plot item's four, then the extra ones in the order added."""
        return [(self._plot.getAxis(n), n) for n in self.NAMES] + list(self._extra)

    def set_label(self, name: str, text: str, short: str | None, axis: pg.AxisItem | None, fit: LabelFit) -> None:
        """Label axis ``name`` (``axis``, or the plot item's axis of that name) with ``text``;
        ``short`` is its compact form (``""``: no label when the chart is narrow; ``None``: keep
        the short form given before, if any)."""
        self._full[name] = text
        if short is not None:
            self._short[name] = short
        self._shown.pop(name, None)
        self.show(axis or self._plot.getAxis(name), name, fit)

    def style(self, theme: Theme, tick_font: QFont, compact: bool, fit: LabelFit) -> None:
        """Style every axis (:func:`style_axis`) and label it again."""
        for axis, name in self.all():
            style_axis(axis, theme, tick_font, compact)
            self._shown.pop(name, None)
            self.show(axis, name, fit)

    def relabel(self, fit: LabelFit) -> None:
        """Fit every labelled axis's label to the axis's length again (after a resize)."""
        for axis, name in self.all():
            if name in self._full:
                self.show(axis, name, fit)

    def show(self, axis: pg.AxisItem, name: str, fit: LabelFit) -> None:
        """Show on ``axis`` the label of ``name`` that fits the axis's length (full, short, then
        elided). Nothing happens for a name without a label."""
        text = self._full.get(name)
        if text is None:
            return
        font = chart_font(fit.pt)
        metrics = QFontMetricsF(font)
        rect = axis.geometry()
        length = rect.width() if axis.orientation in ("top", "bottom") else rect.height()
        if axis.orientation in ("top", "bottom"):
            length = max(length, fit.min_length)
        short = self._short.get(name, text)
        if short == "" and fit.narrow:
            if self._shown.get(name) != ("",):
                self._shown[name] = ("",)
                axis.showLabel(False)
            return
        shown = fit_label(metrics, text, short, label_room(length))
        color = getattr(axis, "label_color", None) or fit.color
        key = (shown, font.pointSize(), color)
        if self._shown.get(name) == key:
            return
        self._shown[name] = key
        axis.setLabel(shown, **{"color": color, "font-size": f"{font.pointSize()}pt"})
        axis.resizeEvent()  # pyqtgraph places the label only on a resize: centre the new text now
        axis.label.setToolTip(text if shown != text else "")  # a short or cut label: the full one on hover
