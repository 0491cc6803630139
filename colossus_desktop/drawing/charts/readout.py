"""The mechanics of a chart's hover read-out, kept apart from the chart's frame (view.py).

The read-out never outlives what it describes: :class:`LeaveWatch` reports the mouse leaving
the chart's view (the scene reports moves only inside it), :func:`refreshing` wraps a chart's
``update_data`` so every data push recomputes the read-out, :func:`place` keeps the text box
inside the data area, and :func:`style` colours it for a theme.
"""

from __future__ import annotations

import functools
import weakref

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt

from colossus_desktop.drawing.pens import mk_pen


class LeaveWatch(QObject):
    """Calls ``on_leave()`` when the watched widget gets a Leave event.

    It holds the method weakly: a strong reference would make the chart and its watcher a
    cycle that only the garbage collector frees, at whatever moment it runs (even mid-paint).
    """

    def __init__(self, on_leave, parent: QObject | None = None):
        super().__init__(parent)
        self._on_leave = weakref.WeakMethod(on_leave)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt)
        if event.type() == QEvent.Type.Leave:
            on_leave = self._on_leave()
            if on_leave is not None:
                on_leave()
        return False


def refreshing(update_data):
    """``update_data`` followed by the chart's ``refresh_readout()`` (once: a method already
    wrapped is returned as is)."""
    if getattr(update_data, "_refreshes_readout", False):
        return update_data

    @functools.wraps(update_data)
    def wrapped(self, data):
        update_data(self, data)
        self.refresh_readout()

    wrapped._refreshes_readout = True
    return wrapped


def place(text_item: pg.TextItem, vb: pg.ViewBox, x: float, y: float) -> None:
    """Put ``text_item`` at view point (x, y), on the side of it with more room."""
    (x0, x1), (y0, y1) = vb.viewRange()
    ax = 1.0 if x > (x0 + x1) / 2 else 0.0
    ay = 0.0 if y > (y0 + y1) / 2 else 1.0
    if vb.yInverted():
        ay = 1.0 - ay
    text_item.setAnchor((ax, ay))
    text_item.setPos(x, y)


def style(text_item: pg.TextItem, hover_line: pg.InfiniteLine, theme) -> None:
    """Colours of the read-out box and the hover line for ``theme``."""
    text_item.setColor(theme.foreground)
    text_item.fill = pg.mkBrush(theme.background + "e6")
    text_item.border = mk_pen(theme.muted)
    hover_line.setPen(mk_pen(theme.muted, width=1, style=Qt.PenStyle.DashLine))
