"""A floor under a chart's data area, so that a small window scrolls instead of squeezing it.

A chart's title, axes and legend take a fixed share of its height and width (more in the
projector theme's large type, more again when the legend wraps), so a floor on the chart's own
size does not say how much room its data keep: at 960×600 in the projector theme a failure
timeline 196 px high kept 52 px of plot, and the tornado's labels left its bars 43 px. A
:class:`PlotFloor` watches the data area (the plot's view box) and, when it is smaller than
:data:`LINES_WIDE` × :data:`LINES_HIGH` lines of the chart's tick type, raises the chart's minimum
size by the difference; the scroll area the chart sits in then scrolls. It only raises the
minimum: :func:`keep_plot_readable` starts again from the minimum it is given (a new theme).

The floors leave every analysis chart as it was at 1280×800 in both themes (the smallest data
area there, measured 2026-11-30: 187 × 107 px in the projector theme, 213 × 127 px in the dark).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject
from PySide6.QtGui import QFontMetricsF

# Lines of tick text across the data area and down it: 167–199 px by 93–110 px in the projector
# theme, 115–126 by 64–70 px in the dark (the tick type is a step smaller in a compact chart);
# down, about four ticks with their labels apart.
LINES_WIDE = 9
LINES_HIGH = 5


class PlotFloor(QObject):
    """Raises ``chart``'s minimum size whenever its data area is smaller than the floor."""

    def __init__(self, chart):
        super().__init__(chart)
        self.chart = chart
        chart.plot_item.vb.sigResized.connect(self.grow)

    def floor(self) -> tuple[float, float]:
        """(width, height) in px the data area is kept at, at least: the chart's
        ``PLOT_FLOOR_LINES`` (lines across, lines down) if it has its own, else
        (:data:`LINES_WIDE`, :data:`LINES_HIGH`), in lines of its tick type."""
        across, down = getattr(self.chart, "PLOT_FLOOR_LINES", (LINES_WIDE, LINES_HIGH))
        line = QFontMetricsF(self.chart.tick_font()).height()
        return across * line, down * line

    def grow(self, *_args) -> None:
        chart = self.chart
        vb = chart.plot_item.vb
        if not chart.isVisible() or vb.width() < 1 or vb.height() < 1:  # not laid out yet
            return
        want_w, want_h = self.floor()
        short_w, short_h = math.ceil(want_w - vb.width()), math.ceil(want_h - vb.height())
        if short_w > 0:
            chart.setMinimumWidth(chart.width() + short_w)
        if short_h > 0:
            chart.setMinimumHeight(chart.height() + short_h)


def keep_plot_readable(chart, minimum: tuple[int, int]) -> PlotFloor:
    """Set ``chart``'s minimum size to ``minimum`` (px) and keep its data area at the floor
    above it (:class:`PlotFloor`, made once per chart); returns the floor."""
    floor = getattr(chart, "_plot_floor", None)
    if floor is None:
        floor = chart._plot_floor = PlotFloor(chart)
    chart.setMinimumSize(*minimum)
    floor.grow()
    return floor
