"""Settling charts before their first paint, so that each paints once.

pyqtgraph finds out some of a plot's geometry only while painting it: an axis measures its tick
texts when it draws them and widens itself if they do not fit (``autoExpandTextSpace``), and a
view computes its auto-range (whose padding depends on its size) when a paint begins. Each such
discovery moves items and asks for another paint. At start-up that made every chart paint two
or three times before all of them had painted once.

:func:`settle` does that work before the paint: it lays the plot out at the chart's size,
computes the auto-ranges, measures every visible axis's tick texts (widening it as its paint
would), and repeats until nothing moves; then it hands the scene's pending updates to the view,
so that they join the paint to come instead of asking for a later one. :func:`settle_window`
does it for a window's charts after flushing its pending layouts (the KPI strip and the grid
move the charts when their content changes).
"""

from __future__ import annotations

from collections.abc import Iterable

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QPainter, QPicture

ROUNDS = 4  # a chart settles in two rounds (an axis widens, the view and its range follow)


def _state(chart) -> tuple:
    """What a paint would change: the axes' sizes, the views' ranges and geometry."""
    plot = chart.plot_item
    axes = tuple((a.minimumWidth(), a.minimumHeight()) for a, _name in chart._axes.all())
    views = [plot.vb, *chart._extra_views]
    return axes, tuple((tuple(map(tuple, vb.viewRange())), vb.geometry().getRect()) for vb in views)


def _measure(axis: pg.AxisItem) -> None:
    """Draw ``axis``'s picture as its paint would (which measures its tick texts and widens the
    axis if they do not fit); the paint then replays it, unless the axis changed since."""
    if not axis.isVisible() or axis.picture is not None:
        return
    picture = QPicture()
    painter = QPainter(picture)
    try:
        if axis.style["tickFont"]:
            painter.setFont(axis.style["tickFont"])
        specs = axis.generateDrawSpecs(painter)
        if specs is not None:
            axis.drawPicture(painter, *specs)
    finally:
        painter.end()
    axis.picture = picture  # as pyqtgraph's paint does; a resize or a new range drops it


def settle(chart) -> bool:
    """Range ``chart``'s views and size its axes as its first paint would, at the chart's size
    now; returns True if anything moved."""
    scene = chart.graphics.scene()
    moved = False
    for _ in range(ROUNDS):
        before = _state(chart)
        scene.prepareForPaint()  # the views' auto-ranges, at their size now
        for axis, _name in chart._axes.all():
            _measure(axis)
        chart.plot_item.layout.activate()  # an axis that widened takes its room now
        if _state(chart) == before:
            break
        moved = True
    return moved


def settle_window(charts: Iterable) -> None:
    """Lay the window out (its pending layouts: the grid, the KPI strip), then :func:`settle`
    each chart shown; the paint to come then paints each chart once."""
    charts = list(charts)
    for chart in charts:  # a widget laid into a visible one is shown by a queued call: now
        QCoreApplication.sendPostedEvents(chart, QEvent.Type.MetaCall)
    _flush_layouts()
    sizes = {}
    for _ in range(ROUNDS):
        due = [c for c in charts if c.isVisible() and sizes.get(id(c)) != c.size()]
        if not due:
            break
        for chart in due:
            sizes[id(chart)] = chart.size()
            settle(chart)
        _flush_layouts()  # in case what settled changed a size hint
    for chart in charts:
        scene = chart.graphics.scene()
        for item in scene.items():  # some items find their bounds when first asked, and then
            item.boundingRect()     # tell the scene they changed (InfiniteLine, ErrorBarItem)
        QCoreApplication.sendPostedEvents(scene, 0)  # the scene's queued updates: into this paint
    # a widget being shown posts itself an update (UpdateLater); delivered after the paint to
    # come, it would ask for a second one: mark the charts dirty now, for this paint
    QCoreApplication.sendPostedEvents(None, QEvent.Type.UpdateLater)


def _flush_layouts() -> None:
    """Deliver the pending layout requests, and those they post (a child's new size hint asks
    its parent's layout in turn), up the widget tree."""
    for _ in range(8):  # Qt delivers only the events posted before the call
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
