"""A grid of charts that adapts to its width: as many columns as fit at a readable size (at
most ``max_columns``), and a scroll bar instead of squeezed charts when the window is small.

A chart never gets smaller than :func:`min_cell` (scaled with the theme's type size, so the
projector theme's large type keeps its room); below three such columns the grid reflows to
two, then one, and scrolls vertically. A chart marked ``wide`` (step time by layout) takes a
full-width, shorter row under the others.
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QScrollArea, QWidget

from colossus_desktop.drawing.theme import DARK, Theme, current_theme  # (not drawing.charts: no pyqtgraph yet)

MIN_CELL_WIDTH = 260  # logical px at the dark theme's type (9 pt): a title and two axes fit
MIN_CELL_HEIGHT = 210
STRIP_HEIGHT = 0.6  # a wide chart's row: this share of a cell's height
CELL_ROW_STRETCH = 5  # a row of the grid
STRIP_ROW_STRETCH = 4  # a full-width row of a wide chart: 4/5 of a grid row's height
SPACING = 4


def min_cell(theme: Theme) -> tuple[int, int]:
    """The smallest (width, height) in logical px a chart of ``theme`` is given."""
    k = max(1.0, theme.font_pt / DARK.font_pt)
    return round(MIN_CELL_WIDTH * k), round(MIN_CELL_HEIGHT * k)


def columns_for(width: int, cells: int, theme: Theme, max_columns: int = 3) -> int:
    """How many columns of charts fit ``width`` px at :func:`min_cell` (1 to ``max_columns``)."""
    cell_w = min_cell(theme)[0]
    fit = (int(width) + SPACING) // (cell_w + SPACING)
    return max(1, min(max_columns, max(cells, 1), fit))


class ChartGrid(QScrollArea):
    """``charts`` in a grid that reflows to its width (see the module docstring)."""

    def __init__(self, charts, max_columns: int = 3, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chart-grid")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.max_columns = max_columns
        self.inner = QWidget()
        self.inner.setObjectName("chart-grid-inner")
        self.grid = QGridLayout(self.inner)
        self.grid.setContentsMargins(2, 2, 2, 2)
        self.grid.setSpacing(SPACING)
        self.setWidget(self.inner)
        self.charts: list = []
        self.set_charts(charts)

    def set_charts(self, charts) -> None:
        """Show ``charts`` (the window builds its charts after its first frame)."""
        for chart in getattr(self, "charts", []):
            self.grid.removeWidget(chart)
        self.charts = list(charts)
        self.cells = [c for c in self.charts if not getattr(c, "wide", False)]
        self.strips = [c for c in self.charts if getattr(c, "wide", False)]
        self._shape: tuple | None = None
        self.reflow()

    @property
    def columns(self) -> int:
        return self._shape[0] if self._shape else 0

    def reflow(self, theme: Theme | None = None) -> None:
        """Lay the charts out again for the current width and ``theme`` (the current theme
        by default); does nothing when neither the columns nor the minimum size change."""
        theme = theme or current_theme()
        cols = self._columns(len(self.cells), theme)
        cell = min_cell(theme)
        shape = (cols, cell)
        if shape == self._shape:
            return
        old_cols, old_rows = (self._shape[0], self.grid.rowCount()) if self._shape else (0, 0)
        self._shape = shape
        for chart in self.charts:
            self.grid.removeWidget(chart)
        for c in range(max(old_cols, self.grid.columnCount())):
            self.grid.setColumnStretch(c, 0)
        for r in range(max(old_rows, self.grid.rowCount())):
            self.grid.setRowStretch(r, 0)
        # at least one whole row in sight (a splitter or a layout must not squeeze it away)
        self.setMinimumHeight(cell[1] + 2 * self.grid.contentsMargins().top() + 2)
        for i, chart in enumerate(self.cells):
            chart.setMinimumSize(*cell)
            self.grid.addWidget(chart, i // cols, i % cols)
        for c in range(cols):
            self.grid.setColumnStretch(c, 1)
        rows = math.ceil(len(self.cells) / cols)
        for r in range(rows):
            self.grid.setRowStretch(r, CELL_ROW_STRETCH)
        for r, chart in enumerate(self.strips, start=rows):
            chart.setMinimumSize(cell[0], round(cell[1] * STRIP_HEIGHT))
            self.grid.addWidget(chart, r, 0, 1, cols)
            self.grid.setRowStretch(r, STRIP_ROW_STRETCH)

    def _columns(self, cells: int, theme: Theme) -> int:
        """Columns for ``cells`` charts at the grid's width less a vertical scroll bar, shown or
        not (columns that depended on whether it shows would flip it on and off)."""
        width = self.width() - self.verticalScrollBar().sizeHint().width() - 4
        return columns_for(width, cells, theme, self.max_columns)

    def size_for_each(self, chart_types) -> Callable[[type], tuple[int, int]]:
        """A function giving the (width, height) px a chart of each of ``chart_types`` (in this
        order, ``wide`` or not) is to get in this grid at its present size: what the layout
        gives them once they are in it, estimated before they are built (so each is styled once
        for its size; should the estimate be off, the chart is styled again when it is laid
        out, as it would be anyway)."""
        theme = current_theme()
        wide = [bool(getattr(t, "wide", False)) for t in chart_types]
        cells, strips = wide.count(False), wide.count(True)
        margins = self.grid.contentsMargins()
        cols = self._columns(cells, theme)
        min_w, min_h = min_cell(theme)
        inner_w = self.viewport().width() - margins.left() - margins.right()
        rows = math.ceil(cells / cols) if cells else 0
        inner_h = (self.viewport().height() - margins.top() - margins.bottom()
                   - max(rows + strips - 1, 0) * SPACING)
        unit = inner_h / max(rows * CELL_ROW_STRETCH + strips * STRIP_ROW_STRETCH, 1)
        cell = (max(min_w, (inner_w - (cols - 1) * SPACING) // cols), max(min_h, int(unit * CELL_ROW_STRETCH)))
        strip = (max(min_w, inner_w), max(round(min_h * STRIP_HEIGHT), int(unit * STRIP_ROW_STRETCH)))
        return lambda chart_type: strip if getattr(chart_type, "wide", False) else cell

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self.reflow()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        self.reflow()
