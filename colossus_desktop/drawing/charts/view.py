"""The common frame of every live chart: plot, axes, legend, hover read-out, stale marking, theme.

A chart subclass builds its plot items once in :meth:`ChartView.setup` and, on every
:meth:`ChartView.set_evaluated`, only pushes new arrays into them (``setData`` / ``setOpts``),
never clearing the plot. The legend (:mod:`.legend`) sits in the plot's own layout, under the
data, so it never covers a series, and it lists only the series that have something to show.

Charts adapt to their size instead of overflowing it: the title and the legend span the whole
plot layout, the title drops its summary (then elides) when it does not fit, the legend picks
as many columns as its real entries fit, and axis labels fall back to a short form. A small
chart is *compact* (:mod:`.text_fit`): every font one step smaller, smaller legend samples,
short legend names (the hover read-out keeps the full ones).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QSizeF, Qt, QT_TRANSLATE_NOOP
from PySide6.QtGui import QFont, QFontMetricsF
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from colossus_desktop.drawing.charts.axis import ChartAxes, LabelFit, PlainAxis, SIAxis
from colossus_desktop.drawing.charts.readout import LeaveWatch, place, refreshing, style as style_readout
from colossus_desktop.drawing.charts.legend import COMPACT_SAMPLE_PX, SAMPLE_PX, LayoutLegend
from colossus_desktop.drawing.charts.text_fit import chart_font, chart_pt, fit_title, is_narrow, wants_compact
from colossus_desktop.drawing.theme import Theme, current_theme
from colossus_desktop.drawing.pens import mk_pen

if TYPE_CHECKING:  # the evaluation module pulls the engine in; charts only read its fields
    from colossus_desktop.evaluation import Evaluated

CONTEXT = "Charts"
STALE_TEXT = QT_TRANSLATE_NOOP("Charts", "Stale: fix the highlighted field")


def tr(text: str) -> str:
    """``text`` translated in the charts' context ("Charts")."""
    return QCoreApplication.translate(CONTEXT, text)


def first(a) -> float:
    """Scenario 0 of an (N,) result array, as a float."""
    return float(np.asarray(a).reshape(-1)[0])


class ChartView(QWidget):
    """One live chart. Subclasses set ``chart_id``/``title`` and implement the hooks.

    The hover read-out never outlives what it describes: it hides when the mouse leaves the
    chart or the chart is hidden, and every data push (any call of a subclass's
    :meth:`update_data`, and :meth:`refresh_readout` from setters that bypass it) recomputes it
    at the same spot from the new data (or hides it when nothing is there any more).
    """

    chart_id: str = ""
    title: str = ""  # English source text; shown through QCoreApplication.translate("Charts", …)

    def __init_subclass__(cls, **kwargs) -> None:
        """Wrap a subclass's own ``update_data`` so that every data push, whoever calls it,
        refreshes the hover read-out (a read-out showing the previous data is a lie)."""
        super().__init_subclass__(**kwargs)
        if "update_data" in cls.__dict__:
            cls.update_data = refreshing(cls.__dict__["update_data"])

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
    def __init__(self, parent: QWidget | None = None, theme: Theme | None = None,
                 size: tuple[int, int] | None = None):
        """``size``: the (width, height) px the chart is to be shown at, when known; its type
        (compact or not) is then chosen once, here, not again at its first resize."""
        super().__init__(parent)
        if size is not None:
            self.resize(*size)
        self._theme = theme or current_theme()
        self._ev = None
        self._stale = False
        self._compact = False
        self._title_suffix = ""
        self._shown_title = None
        self._extra_views: list[pg.ViewBox] = []

        self.graphics = pg.GraphicsLayoutWidget(self)
        self.graphics.setMinimumSize(200, 150)
        self.graphics.ci.setContentsMargins(4, 4, 8, 4)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.graphics)

        # No context menus: enableMenu=False spares building the view's menu (it was built,
        # then dropped by setMenuEnabled(False): ~2.5 ms a view at start-up).
        own = self.axis_items()
        self._plot = pg.PlotItem(axisItems={"top": PlainAxis("top"), "right": PlainAxis("right"), **own},
                                 enableMenu=False)
        for name in ("top", "right"):
            if name not in own:
                self._plot.hideAxis(name)  # pyqtgraph shows every axis it is given
        self._plot.setMenuEnabled(False)
        self._plot.hideButtons()
        self._plot.vb.setMouseEnabled(x=False, y=False)
        self.graphics.addItem(self._plot, 0, 0)
        self._axes = ChartAxes(self._plot)

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
        self._hover_at: tuple[float, float] | None = None  # view coordinates of the read-out shown

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
        # the scene reports moves only inside the view: its leaving comes from the viewport
        self._leave_watch = LeaveWatch(self.hide_readout, self)
        self.graphics.viewport().installEventFilter(self._leave_watch)
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
        self.update_data(ev)  # refreshes the read-out (see __init_subclass__)
        # Settle the views' auto-ranges now, as pyqtgraph does when the paint begins: the range
        # they find then moves items again and asks for a second paint of the chart.
        self.graphics.scene().prepareForPaint()

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
            self.hide_readout()
            return None
        self._hover_at = (float(x), float(y))
        self._readout.setText(text)
        place(self._readout, self._plot.vb, x, y)
        self._readout.setVisible(True)
        return text

    def hover_text(self) -> str:
        return self._readout.toPlainText() if self._readout.isVisible() else ""

    def hide_readout(self) -> None:
        """Hide the read-out and the hover line (the mouse left, the chart was hidden)."""
        self._hover_at = None
        self._readout.setVisible(False)
        self._hover_line.setVisible(False)

    def refresh_readout(self) -> None:
        """The data changed under a visible read-out: recompute it at the same spot (the mouse
        has not moved, or it would have said so), or hide it when nothing is there now."""
        if self._hover_at is not None and self._readout.isVisible():
            self.hover(*self._hover_at)
        else:
            self.hide_readout()

    def apply_theme(self, theme: Theme) -> None:
        self._theme = theme
        self._compact = self._wants_compact()
        self.graphics.setBackground(theme.background)
        self._plot.showGrid(x=False, y=True, alpha=0.18 if theme.name == "dark" else 0.25)
        self._apply_fonts()
        style_readout(self._readout, self._hover_line, theme)
        self._stale_label.setStyleSheet(
            f"QLabel {{ background: {theme.stale_background}; color: {theme.stale_foreground};"
            f" border: 1px solid {theme.stale_foreground}; border-radius: 4px;"
            f" padding: 4px 10px; font-size: {theme.label_pt + 1}pt; font-weight: bold; }}"
        )
        if self._stale:  # (a hidden badge is placed when shown: set_stale)
            self._place_stale_label()
        self.style_items(theme)
        self.legend.refresh_samples()

    # helpers for subclasses --------------------------------------------------------------
    def set_axis_label(self, name: str, text: str, axis: pg.AxisItem | None = None, short: str | None = None) -> None:
        """Label an axis; ``short`` is shown when the chart is compact or ``text`` is too long
        (``short=""``: no label at all when compact)."""
        self._axes.set_label(name, text, short, axis, self._label_fit())

    def set_title_suffix(self, suffix: str) -> None:
        if suffix != self._title_suffix:
            self._title_suffix = suffix
            self._apply_title()

    def pen(self, role: str, width: float | None = None, style=None) -> pg.QtGui.QPen:
        p = mk_pen(self._theme.color(role), width=width or self._theme.line_width)
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
        return chart_pt(self._theme, kind, self._compact)

    def tick_font(self) -> QFont:
        return chart_font(self.font_pt("tick"))

    def set_legend(self, entries: list[tuple]) -> None:
        """Show exactly these (item, name) or (item, name, short name) entries; rebuilt only
        when the list changes. The short name is shown when the chart is compact."""
        if not self.legend.set_entries(entries):
            return
        self._fit_legend(force=True)
        self._plot.layout.activate()  # lay out now, not at the next event loop pass (exports)

    def legend_names(self) -> list[str]:
        return self.legend.names()

    def add_right_view(self, axis: pg.AxisItem, column: int | None = None) -> pg.ViewBox:
        """A second ViewBox sharing the x axis, drawn against ``axis`` on the right."""
        vb = pg.ViewBox(enableMenu=False)
        vb.setMouseEnabled(x=False, y=False)
        vb.setMenuEnabled(False)
        if column is None:
            self._plot.showAxis("right")
            axis = self._plot.getAxis("right")
        else:
            self._plot.layout.addItem(axis, 2, column)
            self._plot.layout.setColumnSpacing(column - 1, 6)  # the previous axis's tick labels end there
            self._axes.add(axis, f"right{column}")
        self._plot.scene().addItem(vb)
        axis.linkToView(vb)
        vb.setXLink(self._plot)
        self._extra_views.append(vb)
        return vb

    def nearest_index(self, xs: np.ndarray, x: float) -> int | None:
        xs = np.asarray(xs, dtype=float)
        if xs.size == 0:
            return None
        return int(np.nanargmin(np.abs(xs - x)))

    def show_hover_line(self, x: float | None) -> None:
        if x is None:
            self._hover_line.setVisible(False)
        else:
            self._hover_line.setPos(x)
            self._hover_line.setVisible(True)

    # internals: size ---------------------------------------------------------------------
    def _wants_compact(self) -> bool:
        return wants_compact(self.width(), self.height(), self._theme.font_pt)

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
        self._axes.style(self._theme, tick_font, self._compact, self._label_fit())
        self._readout.setFont(tick_font)
        self._shown_title = None  # re-style the title even if its text is unchanged
        self._apply_title()
        self.legend.restyle(self._theme.foreground, self.font_pt("legend"), COMPACT_SAMPLE_PX if self._compact else SAMPLE_PX)
        self._fit_legend(force=True)
        self.density_changed(self._compact)

    def _fit_legend(self, force: bool = False) -> None:
        """Columns from the real entries and the real width; never wider than the chart."""
        self.legend.fit(self._inner_width() - 4, self._compact, self.font_pt("legend"), force)

    def _apply_title(self) -> None:
        """The title with its summary if both fit, else the title alone, else elided."""
        font = chart_font(self.font_pt("title"), bold=True)
        metrics = QFontMetricsF(font)
        room = self._inner_width() - 12  # the label's own text margins
        text = fit_title(metrics, self.display_title, self._title_suffix, room)
        key = (text, font.pointSize(), self._theme.foreground)
        if key == self._shown_title:
            return
        self._shown_title = key
        full = self.display_title + (f"  ·  {self._title_suffix}" if self._title_suffix else "")
        # what the title had to leave out (its summary, or its end) is in its tooltip
        self._plot.titleLabel.setToolTip(full if text != full else "")
        self._plot.setTitle(text, color=self._theme.foreground, size=f"{font.pointSize()}pt", bold=True)
        height = math.ceil(metrics.height()) + 6
        self._plot.titleLabel.setMaximumHeight(height)
        self._plot.layout.setRowFixedHeight(0, height)

    def _label_axis(self, axis: pg.AxisItem, name: str) -> None:
        """Label ``axis`` again (a subclass changed its ``label_color``)."""
        self._axes.show(axis, name, self._label_fit())

    def _label_fit(self) -> LabelFit:
        """How axis labels fit now: label type, theme colour, narrowness, the inner width."""
        narrow = self._compact and is_narrow(self.width(), self._theme.font_pt)
        return LabelFit(self.font_pt("label"), self._theme.foreground, narrow, self._inner_width() * 0.6)

    def _on_view_resized(self) -> None:
        self._sync_views()
        self._axes.relabel(self._label_fit())
        self.view_resized()

    def _sync_views(self) -> None:
        for vb in self._extra_views:
            vb.setGeometry(self._plot.vb.sceneBoundingRect())
            vb.linkedViewChanged(self._plot.vb, vb.XAxis)

    def _place_stale_label(self) -> None:
        """The "Stale" badge centred on the chart, wrapped when wider than the chart (in French
        it was cut at either side of a chart 290 px wide)."""
        label = self._stale_label
        label.setWordWrap(False)
        natural = label.sizeHint()
        w = min(natural.width(), max(self.width() - 12, 60))
        label.setWordWrap(w < natural.width())
        label.resize(w, label.heightForWidth(w) if w < natural.width() else natural.height())
        label.move(max(0, (self.width() - w) // 2), max(0, self.height() // 2 - label.height() // 2))

    def _on_mouse_moved(self, pos: QPointF) -> None:
        vb = self._plot.vb
        if self._ev is None or not vb.sceneBoundingRect().contains(pos):
            self.hide_readout()
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

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().changeEvent(event)
        if event.type() == QEvent.Type.DevicePixelRatioChange:
            self.apply_theme(self._theme)  # pens are made for the device's pixel ratio (drawing.pens)

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().hideEvent(event)
        self.hide_readout()  # another tab came to the front: no read-out waits for its return

    def _refit_scene(self) -> None:
        """The view sized its layout before the legend and title shrank to the new width, so
        the layout may still hold the old, larger minimum: fit it to the view again."""
        ci = self.graphics.ci
        if ci.geometry().size() != QSizeF(self.graphics.size()):
            # Qt passes a child's new size hints up at the next event loop pass; take them now
            self._plot.layout.invalidate()
            ci.layout.invalidate()
            self.graphics.resizeEvent(None)  # pyqtgraph: set the central item to the view rect

