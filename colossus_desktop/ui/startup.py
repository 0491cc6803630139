"""The main window's start-up after its first frame, and the grid its charts sit in.

A staged window (``MainWindow(staged=True)``, what the app opens) paints its frame, the form and
the KPI strip first; :class:`StartupStages` then runs the rest one piece per turn of the event
loop, so input and paints go in between: building the charts (which imports pyqtgraph), laying
them out with the first results, installing the export commands. An unstaged window runs the
same pieces at once, in its constructor (tests, and a window built by code).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QGridLayout

CELL_ROW_STRETCH = 5  # a row of the chart grid
STRIP_ROW_STRETCH = 4  # a full-width row of a wide chart: 4/5 of a grid row's height


def lay_out_charts(grid: QGridLayout, charts: list) -> None:
    """Place ``charts`` in ``grid``: up to three columns, and a chart marked ``wide`` (step time
    by layout: a few long horizontal bars) in a full-width, shorter row under the others, so they
    keep their size."""
    cells = [c for c in charts if not getattr(c, "wide", False)]
    strips = [c for c in charts if getattr(c, "wide", False)]
    cols = 3 if len(cells) > 4 else 2 if len(cells) > 1 else 1
    for i, chart in enumerate(cells):
        grid.addWidget(chart, i // cols, i % cols)
    for c in range(cols):
        grid.setColumnStretch(c, 1)
    rows = math.ceil(len(cells) / cols)
    for r in range(rows):
        grid.setRowStretch(r, CELL_ROW_STRETCH)
    for r, chart in enumerate(strips, start=rows):
        grid.addWidget(chart, r, 0, 1, cols)
        grid.setRowStretch(r, STRIP_ROW_STRETCH)


class StartupStages(QObject):
    """Runs ``stages`` (callables) of ``window``: with ``staged``, the first once the window's
    first frame is on screen and each next one a turn of the event loop later; otherwise call
    :meth:`finish`. Emits the window's ``firstFrameShown`` before the first stage and its
    ``startupFinished`` after the last."""

    def __init__(self, window, stages: list[Callable[[], object]], staged: bool):
        super().__init__(window)
        self.window = window
        self._stages = list(stages)
        self._first_frame_shown = not staged
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._next)
        if staged:
            window.installEventFilter(self)  # the first stage waits for the first frame

    @property
    def pending(self) -> bool:
        """True while stages remain."""
        return bool(self._stages)

    def finish(self) -> None:
        """Run the stages still due, now."""
        if not self._stages:
            return
        while self._stages:
            self._stages.pop(0)()
        self.window.startupFinished.emit()

    def eventFilter(self, obj, event) -> bool:  # Qt's name
        if obj is self.window and event.type() == QEvent.Type.UpdateRequest and self._stages:
            # The first frame is being painted now: the first stage runs once it is on screen.
            self.window.removeEventFilter(self)
            self._timer.start(0)
        return False

    def _next(self) -> None:
        if not self._stages:
            return
        if not self._first_frame_shown:
            self._first_frame_shown = True
            self.window.firstFrameShown.emit()
        self._stages.pop(0)()
        if self._stages:
            self._timer.start(0)  # one stage per turn: input and paints go in between
        else:
            self.window.startupFinished.emit()
