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

EXPOSE_WAIT_MS = 1000  # the longest the stages wait for the window's first paint


class StartupStages(QObject):
    """Runs ``stages`` (callables) of ``window``: with ``staged``, the first once the window's
    first frame is on screen and each next one a turn of the event loop later; otherwise call
    :meth:`finish`. Emits the window's ``firstFrameShown`` before the first stage and its
    ``startupFinished`` after the last, or its ``startupFailed`` should a staged stage raise."""

    def __init__(self, window, stages: list[Callable[[], object]], staged: bool):
        super().__init__(window)
        self.window = window
        self._stages = list(stages)
        self.failed = False  # a stage raised (the window's startupFailed was emitted)
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
        if obj is not self.window or not self._stages:
            return False
        if event.type() == QEvent.Type.Paint:
            # The first frame is being painted: the first stage runs once it is on screen.
            self.window.removeEventFilter(self)
            self._timer.start(0)
        elif event.type() == QEvent.Type.UpdateRequest and not self._timer.isActive():
            # Qt paints a window once the platform has exposed it, which may come a few turns of
            # the event loop later (the first stages would have held the first frame back until
            # the charts were built); should it never come (a window shown minimized), the
            # stages start anyway.
            self._timer.start(EXPOSE_WAIT_MS)
        return False

    def _next(self) -> None:
        if not self._stages:
            return
        self.window.removeEventFilter(self)  # (started without a paint: EXPOSE_WAIT_MS)
        if not self._first_frame_shown:
            self._first_frame_shown = True
            self.window.firstFrameShown.emit()
        try:
            self._stages.pop(0)()
        except Exception:
            self.failed = True
            self.window.startupFailed.emit()  # the stages stop here; the error goes on to Qt
            raise
        if self._stages:
            self._timer.start(0)  # one stage per turn: input and paints go in between
        else:
            self.window.startupFinished.emit()
