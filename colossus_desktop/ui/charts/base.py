"""The common frame of every live chart: plot, axes, legend, hover read-out, stale marking, theme.

A chart subclass builds its plot items once in :meth:`ChartView.setup` and, on every
:meth:`ChartView.set_evaluated`, only pushes new arrays into them (``setData`` / ``setOpts``),
never clearing the plot. The legend sits in the plot's own layout, under the data, so it never
covers a series, and it lists only the series that have something to show.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QPointF, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from colossus_desktop.ui import format as fmt
from colossus_desktop.ui.theme import Theme, current_theme

if TYPE_CHECKING:  # the evaluation module pulls the engine in; charts only read its fields
    from colossus_desktop.evaluation import Evaluated

CONTEXT = "Charts"
STALE_TEXT = QT_TRANSLATE_NOOP("Charts", "Stale: fix the highlighted field")


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
            d = fmt._tick_decimals(spacing)
            return [fmt.number(v, d) for v in values]
        return fmt.si_ticks(values, spacing, self.unit, top=top)

    def tickStrings(self, values, scale, spacing):
        if self.logMode:
            return self.logTickStrings(values, scale, spacing)
        return self._format([v * scale for v in values], spacing * scale)

    def logTickStrings(self, values, scale, spacing):
        out = []
        for v in values:
            x = 10.0 ** v * scale
            exponent = math.floor(v + 1e-9)
            mantissa = x / 10.0**exponent
            if min(abs(mantissa - m) for m in (1, 2, 5)) > 1e-3:
                out.append(None)  # unlabelled minor tick
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
        levels = [(1.0, decades), (None, mids), (None, minors)]
        if not decades:  # less than a decade in view: let the 2x/5x ticks lead
            levels = [(None, mids), (None, minors)]
        return levels


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


class LayoutLegend(pg.LegendItem):
    """A legend that lives in a layout: it states its size instead of placing itself at (0, 0)."""

    def updateSize(self):  # noqa: N802 (pyqtgraph)
        self.layout.invalidate()
        self.layout.activate()
        hint = self.layout.effectiveSizeHint(Qt.SizeHint.PreferredSize)
        w, h = (hint.width(), hint.height()) if self.items else (0.0, 0.0)
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

    # construction ------------------------------------------------------------------------
    def __init__(self, parent: QWidget | None = None, theme: Theme | None = None):
        super().__init__(parent)
        self._theme = theme or current_theme()
        self._ev = None
        self._stale = False
        self._title_suffix = ""
        self._axis_labels: dict[str, str] = {}
        self._legend_entries: list[tuple[object, str]] = []
        self._extra_views: list[pg.ViewBox] = []

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
        self.legend = LayoutLegend(colCount=3, frame=False, horSpacing=6, verSpacing=-4)
        self._plot.layout.addItem(self.legend, 5, 1)
        self._plot.layout.setAlignment(self.legend, Qt.AlignmentFlag.AlignHCenter)
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
        self.graphics.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self._plot.vb.sigResized.connect(self._sync_views)
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
        self._readout.setAnchor((ax, ay))
        self._readout.setPos(x, y)
        self._readout.setVisible(True)
        return text

    def hover_text(self) -> str:
        return self._readout.toPlainText() if self._readout.isVisible() else ""

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        fg = theme.foreground
        self.graphics.setBackground(theme.background)
        tick_font = QFont()
        tick_font.setPointSize(theme.font_pt)
        for name in ("left", "bottom", "right", "top"):
            axis = self._plot.getAxis(name)
            self._style_axis(axis, name, theme, tick_font)
        for axis, key in getattr(self, "_extra_axes", []):
            self._style_axis(axis, key, theme, tick_font)
        self._plot.showGrid(x=False, y=True, alpha=0.18 if theme.name == "dark" else 0.25)
        self._shown_title = None  # re-style the title even if its text is unchanged
        self._apply_title()
        self.legend.setLabelTextColor(fg)
        self.legend.setLabelTextSize(f"{theme.font_pt}pt")
        for _sample, label in self.legend.items:
            label.setText(label.text)  # LabelItem re-renders its attributes only on setText
        self.legend.updateSize()
        self._readout.setColor(fg)
        self._readout.fill = pg.mkBrush(theme.background + "e6")
        self._readout.border = pg.mkPen(theme.muted)
        self._readout.setFont(tick_font)
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
    def set_axis_label(self, name: str, text: str, axis: pg.AxisItem | None = None) -> None:
        self._axis_labels[name] = text
        axis = axis or self._plot.getAxis(name)
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

    def set_legend(self, entries: list[tuple[object, str]]) -> None:
        """Show exactly these (item, name) entries; rebuilt only when the list changes."""
        if [(id(i), n) for i, n in entries] == [(id(i), n) for i, n in self._legend_entries]:
            return
        self._legend_entries = list(entries)
        self.legend.clear()
        for item, name in entries:
            self.legend.addItem(item, name)
        cols = min(len(entries), self._legend_columns())
        self.legend.setColumnCount(max(1, cols))
        self.legend.setVisible(bool(entries))
        self.legend.updateSize()
        self._plot.layout.activate()  # lay out now, not at the next event loop pass (exports)

    def legend_names(self) -> list[str]:
        return [name for _, name in self._legend_entries]

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
            if not hasattr(self, "_extra_axes"):
                self._extra_axes = []
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

    # internals ---------------------------------------------------------------------------
    def _legend_columns(self) -> int:
        """As many columns as fit the chart's width (entries are as wide as the widest)."""
        widths = [sample.boundingRect().width() + label.preferredWidth() + 12 for sample, label in self.legend.items]
        if not widths:
            return 1
        room = max(self.width(), 200) - 40
        return max(1, min(len(widths), 4, int(room // max(widths))))

    def _refresh_legend_samples(self) -> None:
        for sample, _label in self.legend.items:
            sample.update()

    def _apply_title(self) -> None:
        text = self.display_title + (f"  ·  {self._title_suffix}" if self._title_suffix else "")
        font = QFont()
        font.setPointSize(self._theme.title_pt)
        font.setBold(True)
        if QFontMetrics(font).horizontalAdvance(text) > max(self.width(), 200) - 24:
            text = self.display_title  # the summary is a bonus: never cut the title for it
        if text == getattr(self, "_shown_title", None):
            return
        self._shown_title = text
        self._plot.setTitle(text, color=self._theme.foreground, size=f"{self._theme.title_pt}pt", bold=True)

    def _style_axis(self, axis, name, theme, tick_font) -> None:
        axis.setPen(pg.mkPen(theme.muted))
        axis.setTextPen(pg.mkPen(theme.foreground))
        axis.setTickFont(tick_font)
        axis.setStyle(tickTextOffset=4, autoExpandTextSpace=True)
        self._label_axis(axis, name)

    def _label_axis(self, axis, name) -> None:
        text = self._axis_labels.get(name)
        if text is None:
            return
        color = getattr(axis, "label_color", None) or self._theme.foreground
        axis.setLabel(text, **{"color": color, "font-size": f"{self._theme.label_pt}pt"})

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
        if self._legend_entries:
            cols = min(len(self._legend_entries), self._legend_columns())
            if cols != self.legend.columnCount:
                self.legend.setColumnCount(cols)
        self._apply_title()
        if self._stale:
            self._place_stale_label()
