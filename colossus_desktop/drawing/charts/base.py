"""The common frame of every live chart: plot, axes, legend, hover read-out, stale marking, theme.

A chart subclass builds its plot items once in :meth:`ChartView.setup` and, on every
:meth:`ChartView.set_evaluated`, only pushes new arrays into them (``setData`` / ``setOpts``),
never clearing the plot. The legend sits in the plot's own layout, under the data, so it never
covers a series, and it lists only the series that have something to show.

Charts adapt to their size instead of overflowing it: the title and the legend span the whole
plot layout, the title drops its summary (then elides) when it does not fit, the legend picks
as many columns as its real entries fit, and axis labels fall back to a short form. Below
:data:`COMPACT_WIDTH` × :data:`COMPACT_HEIGHT` (scaled with the theme's type size) a chart is
*compact*: every font one step smaller, smaller legend samples, short legend names (the hover
read-out keeps the full ones).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSizeF, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from colossus_desktop.drawing import format as fmt
from colossus_desktop.drawing.theme import Theme, current_theme

if TYPE_CHECKING:  # the evaluation module pulls the engine in; charts only read its fields
    from colossus_desktop.evaluation import Evaluated

CONTEXT = "Charts"
STALE_TEXT = QT_TRANSLATE_NOOP("Charts", "Stale: fix the highlighted field")

# Below this size (at the dark theme's 9 pt; scaled with the theme's type size) a chart is compact.
COMPACT_WIDTH = 420
COMPACT_HEIGHT = 380
SAMPLE_PX = 20  # legend sample (pyqtgraph's size); compact: COMPACT_SAMPLE_PX
COMPACT_SAMPLE_PX = 14
MAX_LEGEND_COLUMNS = 5


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def first(a) -> float:
    """Scenario 0 of an (N,) result array, as a float."""
    return float(np.asarray(a).reshape(-1)[0])


class SIAxis(pg.AxisItem):
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


class LegendSample(ItemSample):
    """pyqtgraph's legend sample, drawn at ``px`` instead of a fixed 20 px square."""

    def __init__(self, item):
        super().__init__(item)
        self.px = SAMPLE_PX

    def set_px(self, px: int) -> None:
        if px != self.px:
            self.prepareGeometryChange()
            self.px = px
            self.setFixedWidth(px)
            self.setFixedHeight(px)
            self.update()

    def boundingRect(self):  # noqa: N802 (Qt)
        return QRectF(0, 0, self.px, self.px)

    def paint(self, p, *args):
        p.save()
        p.scale(self.px / SAMPLE_PX, self.px / SAMPLE_PX)
        super().paint(p, *args)
        p.restore()


class LayoutLegend(pg.LegendItem):
    """A legend that lives in a layout: it states its size instead of placing itself at (0, 0),
    and never asks for more than ``max_width`` (so it cannot push the chart wider than it is)."""

    def __init__(self, **kwargs):
        super().__init__(sampleType=LegendSample, **kwargs)
        self.sample_px = SAMPLE_PX
        self.max_width: float | None = None

    def addItem(self, item, name):  # noqa: N802 (pyqtgraph)
        super().addItem(item, name)
        sample, label = self.items[-1]
        sample.set_px(self.sample_px)
        label.item.document().setDocumentMargin(1)  # 4 px by default: rows twice as far apart
        label.setText(label.text)

    def set_sample_px(self, px: int) -> None:
        self.sample_px = px
        for sample, _label in self.items:
            sample.set_px(px)

    def size_for(self, columns: int, label_widths: list[float] | None = None) -> tuple[float, float]:
        """The width and height the entries need in ``columns`` columns (filled row by row);
        ``label_widths`` measures other names than the ones shown."""
        if not self.items:
            return 0.0, 0.0
        columns = max(1, min(columns, len(self.items)))
        left, top, right, bottom = self.layout.getContentsMargins()
        hs, vs = self.layout.horizontalSpacing(), self.layout.verticalSpacing()
        col_w = [0.0] * columns
        rows: dict[int, float] = {}
        for k, (sample, label) in enumerate(self.items):
            r, c = divmod(k, columns)
            label_w = label_widths[k] if label_widths else label.minimumWidth()
            col_w[c] = max(col_w[c], sample.px + hs + label_w)
            rows[r] = max(rows.get(r, 0.0), sample.px, label.minimumHeight())
        width = sum(col_w) + hs * (columns - 1) + left + right
        height = sum(rows.values()) + vs * (len(rows) - 1) + top + bottom
        return width, height

    def columns_for(self, width: float, label_widths: list[float] | None = None) -> int:
        """The fewest columns that give the fewest rows fitting ``width``."""
        n = len(self.items)
        if n == 0:
            return 1
        fit = 1
        for cols in range(min(n, MAX_LEGEND_COLUMNS), 0, -1):
            if self.size_for(cols, label_widths)[0] <= width:
                fit = cols
                break
        rows = math.ceil(n / fit)
        return math.ceil(n / rows)

    def updateSize(self):  # noqa: N802 (pyqtgraph)
        self.layout.invalidate()
        self.layout.activate()
        hint = self.layout.effectiveSizeHint(Qt.SizeHint.PreferredSize)
        w, h = (hint.width(), hint.height()) if self.items else (0.0, 0.0)
        if self.max_width is not None:
            w = min(w, self.max_width)
        self.setMinimumSize(w, h)
        self.setPreferredSize(w, h)
        self.setMaximumSize(w, h)
        self.updateGeometry()


class ChartView(QWidget):
    """One live chart. Subclasses set ``chart_id``/``title`` and implement the hooks."""

    chart_id: str = ""
    title: str = ""  # English source text; shown through QCoreApplication.translate("Charts", …)

    # subclass hooks ----------------------------------------------------------------------
    def axis_items(self) -> dict[str, pg.AxisItem]:
        return {"left": SIAxis("left"), "bottom": SIAxis("bottom")}

    def setup(self) -> None:
        """Create the plot items (once)."""

    def update_data(self, ev: Evaluated) -> None:
        """Push the new results into the existing items."""

    def readout(self, x: float, y: float) -> str | None:
        """The hover text at view coordinates (x, y), or None for nothing."""
        return None

    def style_items(self, theme: Theme) -> None:
        """Set pens and brushes of the plot items from the theme's roles."""

    def density_changed(self, compact: bool) -> None:
        """The chart became compact (or roomy again): swap texts that have a short form."""

    def view_resized(self) -> None:
        """The data area changed size (after layout): fit what depends on its pixels."""

    # construction ------------------------------------------------------------------------
    def __init__(self, parent: QWidget | None = None, theme: Theme | None = None):
        super().__init__(parent)
        self._theme = theme or current_theme()
        self._ev = None
        self._stale = False
        self._compact = False
        self._short_names = False  # the legend shows the short names
        self._title_suffix = ""
        self._shown_title = None
        self._axis_labels: dict[str, str] = {}
        self._axis_short: dict[str, str] = {}
        self._axis_shown: dict[str, tuple] = {}
        self._legend_entries: list[tuple[object, str, str]] = []
        self._extra_views: list[pg.ViewBox] = []
        self._extra_axes: list[tuple[pg.AxisItem, str]] = []

        self.graphics = pg.GraphicsLayoutWidget(self)
        self.graphics.setMinimumSize(200, 150)
        self.graphics.ci.setContentsMargins(4, 4, 8, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.graphics)

        self._plot = pg.PlotItem(axisItems=self.axis_items())
        self._plot.setMenuEnabled(False)
        self._plot.hideButtons()
        self._plot.vb.setMouseEnabled(x=False, y=False)
        self.graphics.addItem(self._plot, 0, 0)

        # The legend lives in the plot's own layout, under the bottom axis label, so it never
        # covers data and goes with the plot item when exported.
        self.legend = LayoutLegend(colCount=3, frame=False, horSpacing=6, verSpacing=0)
        self._plot.layout.addItem(self.legend, 5, 1)
        self.legend.setVisible(False)

        self._readout = pg.TextItem("", anchor=(0, 1))
        self._readout.setZValue(1000)
        self._readout.setVisible(False)
        self._plot.vb.addItem(self._readout, ignoreBounds=True)
        self._hover_line = pg.InfiniteLine(angle=90, movable=False)
        self._hover_line.setZValue(900)
        self._hover_line.setVisible(False)
        self._plot.vb.addItem(self._hover_line, ignoreBounds=True)

        self._stale_label = QLabel(tr(STALE_TEXT), self)
        self._stale_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._stale_label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self._stale_label.hide()

        self.setup()
        # Title and legend span every column (axes included), so their width is measured
        # against the whole chart, not against the data column alone.
        self._span_columns(self._plot.titleLabel, 0)
        self._plot.titleLabel.item.document().setDocumentMargin(2)
        self._span_columns(self.legend, 5)
        self.graphics.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self._plot.vb.sigResized.connect(self._on_view_resized)
        self._compact = self._wants_compact()
        self.apply_theme(self._theme)

    # public API --------------------------------------------------------------------------
    @property
    def plot_item(self) -> pg.PlotItem:
        return self._plot

    @property
    def display_title(self) -> str:
        return tr(self.title)

    @property
    def theme(self) -> Theme:
        return self._theme

    @property
    def evaluated(self):
        return self._ev

    @property
    def compact(self) -> bool:
        """True when the chart is small for its theme's type: smaller fonts, short names."""
        return self._compact

    def set_evaluated(self, ev: Evaluated) -> None:
        self._ev = ev
        self.update_data(ev)
        if self._readout.isVisible():
            self._readout.setVisible(False)
            self._hover_line.setVisible(False)

    def set_stale(self, stale: bool) -> None:
        stale = bool(stale)
        if stale == self._stale:
            return
        self._stale = stale
        self._plot.setOpacity(0.35 if stale else 1.0)
        self._stale_label.setVisible(stale)
        if stale:
            self._place_stale_label()
            self._stale_label.raise_()

    def is_stale(self) -> bool:
        return self._stale

    def stale_text(self) -> str:
        return self._stale_label.text() if self._stale else ""

    def hover(self, x: float, y: float) -> str | None:
        """Show the read-out for view coordinates (x, y); returns its text (tests use this)."""
        text = self.readout(x, y) if self._ev is not None else None
        if not text:
            self._readout.setVisible(False)
            self._hover_line.setVisible(False)
            return None
        self._readout.setText(text)
        (x0, x1), (y0, y1) = self._plot.vb.viewRange()
        ax = 1.0 if x > (x0 + x1) / 2 else 0.0
        ay = 0.0 if y > (y0 + y1) / 2 else 1.0
        if self._plot.vb.yInverted():
            ay = 1.0 - ay
        self._readout.setAnchor((ax, ay))
        self._readout.setPos(x, y)
        self._readout.setVisible(True)
        return text

    def hover_text(self) -> str:
        return self._readout.toPlainText() if self._readout.isVisible() else ""

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._compact = self._wants_compact()
        fg = theme.foreground
        self.graphics.setBackground(theme.background)
        self._plot.showGrid(x=False, y=True, alpha=0.18 if theme.name == "dark" else 0.25)
        self._apply_fonts()
        self._readout.setColor(fg)
        self._readout.fill = pg.mkBrush(theme.background + "e6")
        self._readout.border = pg.mkPen(theme.muted)
        self._hover_line.setPen(pg.mkPen(theme.muted, width=1, style=Qt.PenStyle.DashLine))
        self._stale_label.setStyleSheet(
            f"QLabel {{ background: {theme.stale_background}; color: {theme.stale_foreground};"
            f" border: 1px solid {theme.stale_foreground}; border-radius: 4px;"
            f" padding: 4px 10px; font-size: {theme.label_pt + 1}pt; font-weight: bold; }}"
        )
        self._stale_label.adjustSize()
        self._place_stale_label()
        self.style_items(theme)
        self._refresh_legend_samples()

    # helpers for subclasses --------------------------------------------------------------
    def set_axis_label(self, name: str, text: str, axis: pg.AxisItem | None = None, short: str | None = None) -> None:
        """Label an axis; ``short`` is shown when the chart is compact or ``text`` is too long
        (``short=""``: no label at all when compact)."""
        self._axis_labels[name] = text
        if short is not None:
            self._axis_short[name] = short
        axis = axis or self._plot.getAxis(name)
        self._axis_shown.pop(name, None)
        self._label_axis(axis, name)

    def set_title_suffix(self, suffix: str) -> None:
        if suffix != self._title_suffix:
            self._title_suffix = suffix
            self._apply_title()

    def pen(self, role: str, width: float | None = None, style=None) -> pg.QtGui.QPen:
        p = pg.mkPen(self._theme.color(role), width=width or self._theme.line_width)
        p.setCosmetic(True)
        if style is not None:
            p.setStyle(style)
        return p

    def brush(self, role: str, alpha: int = 255) -> pg.QtGui.QBrush:
        c = pg.mkColor(self._theme.color(role))
        c.setAlpha(alpha)
        return pg.mkBrush(c)

    def font_pt(self, kind: str = "tick") -> int:
        """The point size in use for ``kind`` (tick, label, title, legend): one step smaller
        when compact (two points on the projector theme's large type)."""
        t = self._theme
        base = {"tick": t.font_pt, "legend": t.font_pt, "label": t.label_pt, "title": t.title_pt}[kind]
        return base - (self._step() if self._compact else 0)

    def tick_font(self) -> QFont:
        font = QFont()
        font.setPointSize(self.font_pt("tick"))
        return font

    def set_legend(self, entries: list[tuple]) -> None:
        """Show exactly these (item, name) or (item, name, short name) entries; rebuilt only
        when the list changes. The short name is shown when the chart is compact."""
        entries = [(e[0], e[1], e[2] if len(e) > 2 and e[2] else e[1]) for e in entries]
        if [(id(i), n, s) for i, n, s in entries] == [(id(i), n, s) for i, n, s in self._legend_entries]:
            return
        self._legend_entries = entries
        self.legend.clear()
        for item, name, short in entries:
            self.legend.addItem(item, short if self._short_names else name)
        self.legend.setVisible(bool(entries))
        self._fit_legend(force=True)
        self._plot.layout.activate()  # lay out now, not at the next event loop pass (exports)

    def legend_names(self) -> list[str]:
        return [name for _, name, _short in self._legend_entries]

    def add_right_view(self, axis: pg.AxisItem, column: int | None = None) -> pg.ViewBox:
        """A second ViewBox sharing the x axis, drawn against ``axis`` on the right."""
        vb = pg.ViewBox()
        vb.setMouseEnabled(x=False, y=False)
        vb.setMenuEnabled(False)
        if column is None:
            self._plot.showAxis("right")
            axis = self._plot.getAxis("right")
        else:
            self._plot.layout.addItem(axis, 2, column)
            self._plot.layout.setColumnSpacing(column - 1, 6)  # the previous axis's tick labels end there
            self._extra_axes.append((axis, f"right{column}"))
        self._plot.scene().addItem(vb)
        axis.linkToView(vb)
        vb.setXLink(self._plot)
        self._extra_views.append(vb)
        return vb

    def nearest_index(self, xs: np.ndarray, x: float) -> int | None:
        xs = np.asarray(xs, dtype=float)
        if xs.size == 0:
            return None
        i = int(np.nanargmin(np.abs(xs - x)))
        return i

    def show_hover_line(self, x: float | None) -> None:
        if x is None:
            self._hover_line.setVisible(False)
        else:
            self._hover_line.setPos(x)
            self._hover_line.setVisible(True)

    # internals: size ---------------------------------------------------------------------
    def _step(self) -> int:
        return max(1, round(self._theme.font_pt / 9))

    def _wants_compact(self) -> bool:
        scale = self._theme.font_pt / 9.0
        return self.width() < COMPACT_WIDTH * scale or self.height() < COMPACT_HEIGHT * scale

    def _narrow(self) -> bool:
        return self._compact and self.width() < COMPACT_WIDTH * self._theme.font_pt / 9.0

    def _inner_width(self) -> float:
        """The width the plot layout's content gets: the chart less the layouts' margins."""
        left, _t, right, _b = self.graphics.ci.layout.getContentsMargins()
        pleft, _pt, pright, _pb = self._plot.layout.getContentsMargins()
        return max(self.width(), self.graphics.minimumWidth()) - left - right - pleft - pright

    def _span_columns(self, item, row: int) -> None:
        lay = self._plot.layout
        lay.removeItem(item)
        lay.addItem(item, row, 0, 1, lay.columnCount())
        lay.setAlignment(item, Qt.AlignmentFlag.AlignHCenter)

    def _apply_fonts(self) -> None:
        """Fonts of the ticks, axis labels, legend and title for the theme and density."""
        tick_font = self.tick_font()
        for name in ("left", "bottom", "right", "top"):
            self._style_axis(self._plot.getAxis(name), name, tick_font)
        for axis, key in self._extra_axes:
            self._style_axis(axis, key, tick_font)
        self._readout.setFont(tick_font)
        self._shown_title = None  # re-style the title even if its text is unchanged
        self._apply_title()
        self.legend.setLabelTextColor(self._theme.foreground)
        self.legend.setLabelTextSize(f"{self.font_pt('legend')}pt")
        self.legend.set_sample_px(COMPACT_SAMPLE_PX if self._compact else SAMPLE_PX)
        for _sample, label in self.legend.items:
            label.setText(label.text)  # re-renders at the new size
        self._fit_legend(force=True)
        self.density_changed(self._compact)

    def _fit_legend(self, force: bool = False) -> None:
        """Columns from the real entries and the real width; never wider than the chart."""
        if not self._legend_entries:
            return
        room = self._inner_width() - 4
        short = self._compact and self._short_names_save_rows(room)
        if short != self._short_names:
            self._short_names = short
            for (_sample, label), (_item, name, short_name) in zip(self.legend.items, self._legend_entries):
                label.setText(short_name if short else name)
            force = True
        cols = self.legend.columns_for(room)
        self.legend.max_width = room
        if cols != self.legend.columnCount:
            self.legend.setColumnCount(cols)  # lays the entries out again and updates the size
        elif force:
            self.legend.updateSize()

    def _short_names_save_rows(self, room: float) -> bool:
        """Whether the short legend names need fewer rows than the full ones at ``room``."""
        if all(name == short for _i, name, short in self._legend_entries):
            return False
        font = QFont()
        font.setPointSize(self.font_pt("legend"))
        metrics = QFontMetricsF(font)
        n = len(self._legend_entries)
        rows = []
        for k in (1, 2):
            widths = [metrics.horizontalAdvance(e[k]) + 3 for e in self._legend_entries]
            rows.append(math.ceil(n / self.legend.columns_for(room, widths)))
        return rows[1] < rows[0]

    def _refresh_legend_samples(self) -> None:
        for sample, _label in self.legend.items:
            sample.update()

    def _apply_title(self) -> None:
        """The title with its summary if both fit, else the title alone, else elided."""
        font = QFont()
        font.setPointSize(self.font_pt("title"))
        font.setBold(True)
        metrics = QFontMetricsF(font)
        room = self._inner_width() - 12  # the label's own text margins
        title = self.display_title
        text = title + (f"  ·  {self._title_suffix}" if self._title_suffix else "")
        if metrics.horizontalAdvance(text) > room:
            text = title  # the summary is a bonus: never cut the title for it
        if metrics.horizontalAdvance(text) > room:
            text = metrics.elidedText(title, Qt.TextElideMode.ElideRight, room)
        key = (text, font.pointSize(), self._theme.foreground)
        if key == self._shown_title:
            return
        self._shown_title = key
        self._plot.setTitle(text, color=self._theme.foreground, size=f"{font.pointSize()}pt", bold=True)
        height = math.ceil(metrics.height()) + 6
        self._plot.titleLabel.setMaximumHeight(height)
        self._plot.layout.setRowFixedHeight(0, height)

    def _style_axis(self, axis, name, tick_font) -> None:
        axis.setPen(pg.mkPen(self._theme.muted))
        axis.setTextPen(pg.mkPen(getattr(axis, "tick_color", None) or self._theme.foreground))
        axis.setTickFont(tick_font)
        axis.setStyle(tickTextOffset=4 if not self._compact else 3, autoExpandTextSpace=True)
        self._axis_shown.pop(name, None)
        self._label_axis(axis, name)

    def _label_axis(self, axis, name) -> None:
        """Show the axis label that fits the axis's length (full, short, then elided)."""
        text = self._axis_labels.get(name)
        if text is None:
            return
        font = QFont()
        font.setPointSize(self.font_pt("label"))
        metrics = QFontMetricsF(font)
        rect = axis.geometry()
        length = rect.width() if axis.orientation in ("top", "bottom") else rect.height()
        if axis.orientation in ("top", "bottom"):
            length = max(length, self._inner_width() * 0.6)  # before the first layout
        room = length - 8 if length > 40 else float("inf")
        short = self._axis_short.get(name, text)
        if short == "" and self._narrow():
            if self._axis_shown.get(name) != ("",):
                self._axis_shown[name] = ("",)
                axis.showLabel(False)
            return
        candidates = [c for c in (text, short) if c]
        shown = next((c for c in candidates if metrics.horizontalAdvance(c) <= room), None)
        if shown is None:
            shown = metrics.elidedText(candidates[-1], Qt.TextElideMode.ElideRight, room)
        color = getattr(axis, "label_color", None) or self._theme.foreground
        key = (shown, font.pointSize(), color)
        if self._axis_shown.get(name) == key:
            return
        self._axis_shown[name] = key
        axis.setLabel(shown, **{"color": color, "font-size": f"{font.pointSize()}pt"})

    def _all_axes(self) -> list[tuple[pg.AxisItem, str]]:
        named = [(self._plot.getAxis(n), n) for n in ("left", "bottom", "right", "top")]
        return named + list(self._extra_axes)

    def _on_view_resized(self) -> None:
        self._sync_views()
        for axis, key in self._all_axes():
            if key in self._axis_labels:
                self._label_axis(axis, key)
        self.view_resized()

    def _sync_views(self) -> None:
        for vb in self._extra_views:
            vb.setGeometry(self._plot.vb.sceneBoundingRect())
            vb.linkedViewChanged(self._plot.vb, vb.XAxis)

    def _place_stale_label(self) -> None:
        self._stale_label.adjustSize()
        w = self._stale_label.width()
        self._stale_label.move(max(0, (self.width() - w) // 2), max(0, self.height() // 2 - self._stale_label.height() // 2))

    def _on_mouse_moved(self, pos: QPointF) -> None:
        vb = self._plot.vb
        if self._ev is None or not vb.sceneBoundingRect().contains(pos):
            self._readout.setVisible(False)
            self._hover_line.setVisible(False)
            return
        p = vb.mapSceneToView(pos)
        self.hover(p.x(), p.y())

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        compact = self._wants_compact()
        if compact != self._compact:
            self._compact = compact
            self._apply_fonts()
        else:
            self._fit_legend()
            self._apply_title()
        self._refit_scene()
        if self._stale:
            self._place_stale_label()

    def _refit_scene(self) -> None:
        """The view sized its layout before the legend and title shrank to the new width, so
        the layout may still hold the old, larger minimum: fit it to the view again."""
        ci = self.graphics.ci
        if ci.geometry().size() != QSizeF(self.graphics.size()):
            # Qt passes a child's new size hints up at the next event loop pass; take them now
            self._plot.layout.invalidate()
            ci.layout.invalidate()
            self.graphics.resizeEvent(None)  # pyqtgraph: set the central item to the view rect
