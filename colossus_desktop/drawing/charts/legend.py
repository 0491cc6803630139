"""The chart legend: it sits in the plot's layout, under the data, and fits the chart's width.

:class:`LayoutLegend` is a pyqtgraph ``LegendItem`` that states its size to the layout instead
of placing itself over the plot, picks as many columns as its real entries fit, and shows each
entry's short name when the chart is compact and the short names save a row (the hover read-out
keeps the full names). :class:`LegendSample` draws pyqtgraph's sample at any size in px.
"""

from __future__ import annotations

import math

import pyqtgraph as pg
from pyqtgraph.graphicsItems.LegendItem import ItemSample
from pyqtgraph.graphicsItems.ScatterPlotItem import drawSymbol
from PySide6.QtCore import QLineF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from colossus_desktop.drawing.charts.text_fit import chart_font

SAMPLE_PX = 20  # legend sample (pyqtgraph's size); compact: COMPACT_SAMPLE_PX
COMPACT_SAMPLE_PX = 14
MAX_LEGEND_COLUMNS = 5


class LegendSample(ItemSample):
    """pyqtgraph's legend sample, drawn at ``px`` instead of a fixed 20 px square. Its entry may
    also be an ``InfiniteLine`` (a threshold, the scenario's position: drawn with its pen) or a
    tuple of items drawn over one another (a marker on its guide line); a click shows or hides
    them all."""

    def __init__(self, item):
        super().__init__(item)
        self.entry = item
        self.px = SAMPLE_PX

    def parts(self) -> tuple:
        """The plot items this entry stands for."""
        return tuple(self.entry) if isinstance(self.entry, tuple) else (self.entry,)

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
        try:
            for part in self.parts():
                if isinstance(part, pg.InfiniteLine):
                    if part.isVisible():
                        p.setPen(part.pen)
                        vertical = round(part.angle) % 180 == 90
                        p.drawLine(QLineF(10, 2, 10, 20) if vertical else QLineF(0, 11, 20, 11))
                elif _marked_curve(part):
                    _paint_marked_curve(p, part)
                else:
                    self.item = part  # pyqtgraph's sample draws self.item
                    super().paint(p, *args)
        finally:
            self.item = self.entry
            p.restore()

    def mouseClickEvent(self, event):  # noqa: N802 (pyqtgraph)
        if event.button() == Qt.MouseButton.LeftButton:
            visible = not self.parts()[0].isVisible()
            for part in self.parts():
                part.setVisible(visible)
        event.accept()
        self.update()
        self.sigClicked.emit(self.entry)


def _marked_curve(item) -> bool:
    return isinstance(item, pg.PlotDataItem) and item.isVisible() and item.opts.get("symbol") is not None


def _paint_marked_curve(p, item) -> None:
    """pyqtgraph's sample of a curve with markers (its line, then one marker), the marker drawn
    from the curve's own symbol options. pyqtgraph reads them from the curve's scatter, which
    keeps those of the last data that had points: with no point to show, the sample's marker was
    filled or hollow depending on what the chart showed before."""
    o = item.opts
    p.save()
    if o.get("antialias"):
        p.setRenderHint(p.RenderHint.Antialiasing)
    p.setPen(pg.mkPen(o["pen"]))
    p.drawLine(QLineF(0, 11, 20, 11))
    p.translate(10, 10)
    drawSymbol(p, o["symbol"], o["symbolSize"], pg.mkPen(o["symbolPen"]), pg.mkBrush(o["symbolBrush"]))
    p.restore()


class LayoutLegend(pg.LegendItem):
    """A legend that lives in a layout: it states its size instead of placing itself at (0, 0),
    and never asks for more than ``max_width`` (so it cannot push the chart wider than it is)."""

    def __init__(self, **kwargs):
        super().__init__(sampleType=LegendSample, **kwargs)
        self.sample_px = SAMPLE_PX
        self.max_width: float | None = None
        self.entries: list[tuple[object, str, str]] = []  # (plot item, name, short name)
        self.short_names = False  # the labels show the short names

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


    # entries, names and fit ------------------------------------------------------------------
    def set_entries(self, entries: list[tuple]) -> bool:
        """Show exactly these (item, name) or (item, name, short name) entries; rebuilt only
        when the list changes (returns whether it did). A missing or empty short name is the
        name. The legend is hidden while it has no entries."""
        entries = [(e[0], e[1], e[2] if len(e) > 2 and e[2] else e[1]) for e in entries]
        def key(items):  # an entry's item may be a tuple of items (made anew by each caller)
            return [(tuple(map(id, i)) if isinstance(i, tuple) else id(i), n, s) for i, n, s in items]

        if key(entries) == key(self.entries):
            return False
        self.entries = entries
        self.clear()
        for item, name, short in entries:
            self.addItem(item, short if self.short_names else name)
        self.setVisible(bool(entries))
        return True

    def names(self) -> list[str]:
        """The full names of the entries, in order (whichever form the labels show)."""
        return [name for _, name, _short in self.entries]

    def restyle(self, color: str, pt: int, sample_px: int) -> None:
        """Label text in ``color`` at ``pt`` points and samples ``sample_px`` px square; every
        label is rendered again at the new size. Call :meth:`fit` after."""
        self.setLabelTextColor(color)
        self.setLabelTextSize(f"{pt}pt")
        self.set_sample_px(sample_px)
        for _sample, label in self.items:
            label.setText(label.text)  # re-renders at the new size

    def refresh_samples(self) -> None:
        """Repaint the samples (their plot items' pens and brushes changed)."""
        for sample, _label in self.items:
            sample.update()

    def fit(self, room: float, compact: bool, pt: int, force: bool = False) -> None:
        """Columns from the real entries and ``room`` px; never wider than ``room``. A
        ``compact`` chart shows the short names when they need fewer rows (labels at ``pt``
        points). ``force``: state the size again even if the columns are unchanged."""
        if not self.entries:
            return
        short = compact and self.short_names_save_rows(room, pt)
        if short != self.short_names:
            self.short_names = short
            for (_sample, label), (_item, name, short_name) in zip(self.items, self.entries):
                label.setText(short_name if short else name)
            force = True
        cols = self.columns_for(room)
        self.max_width = room
        if cols != self.columnCount:
            self.setColumnCount(cols)  # lays the entries out again and updates the size
        elif force:
            self.updateSize()

    def short_names_save_rows(self, room: float, pt: int) -> bool:
        """Whether the short names need fewer rows than the full ones at ``room`` px, or a full
        name does not fit the room at all, with labels at ``pt`` points."""
        if all(name == short for _i, name, short in self.entries):
            return False
        metrics = QFontMetricsF(chart_font(pt))
        n = len(self.entries)
        rows = []
        for k in (1, 2):
            widths = [metrics.horizontalAdvance(e[k]) + 3 for e in self.entries]
            rows.append(math.ceil(n / self.columns_for(room, widths)))
            if k == 1 and self.size_for(1, widths)[0] > room:
                return True  # a full name is wider than the room even alone on its row
        return rows[1] < rows[0]
