"""The main window's start-up after its first frame (the grid its charts sit in: ui/chart_grid.py).

A staged window (``MainWindow(staged=True)``, what the app opens) paints its frame, the form and
the KPI strip first; :class:`StartupStages` then runs the rest one piece per turn of the event
loop, so input and paints go in between: building the charts (which imports pyqtgraph), laying
them out with the first results, installing the export commands. An unstaged window runs the
same pieces at once, in its constructor (tests, and a window built by code).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer


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
