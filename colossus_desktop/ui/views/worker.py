"""Long work off the GUI thread: a :class:`Task` runs ``fn(progress)`` in a worker thread.

The engine is pure (numpy in, numpy out, no shared state), so running it in a ``QThread`` is
safe; the window stays responsive. ``progress(done, total)`` is called by the work itself (the
Monte Carlo and sweep functions call it after each chunk); after the user presses Cancel, the
next call raises :class:`~colossus_desktop.engine.analysis.Cancelled`, which ends the work
quietly. A :class:`TaskBar` (a progress bar and a Cancel button) shows itself only when the work
takes longer than ``SHOW_AFTER_MS`` (about 200 ms, the issue's threshold), so quick runs never
flash a bar.

Signals arrive on the GUI thread (queued connections): ``finished(result)``, ``failed(message)``,
``cancelled()`` and ``progressed(done, total)``. Starting a new task while one runs cancels the
old one; its result is dropped.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QDeadlineTimer, QLocale, QObject, QThread, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

SHOW_AFTER_MS = 200


def tr(text: str) -> str:
    return QCoreApplication.translate("Task", text)


class Cancelled(Exception):
    """Raised inside the work by ``progress()`` once the user has cancelled."""


def _cancelled_type() -> type[BaseException]:
    try:  # the engine's own, when it exists, so `except Cancelled` in the engine matches
        from colossus_desktop.engine.analysis import Cancelled as EngineCancelled

        return EngineCancelled
    except ImportError:  # pragma: no cover - before the analysis package lands
        return Cancelled


class _Thread(QThread):
    done = Signal(object)
    error = Signal(str)
    stopped = Signal()
    step = Signal(int, int)

    def __init__(self, fn: Callable[[Callable[[int, int], None]], Any], parent: QObject | None = None):
        super().__init__(parent)
        self.fn = fn
        self.cancel_event = threading.Event()
        self.cancelled_type = _cancelled_type()

    def progress(self, done: int, total: int) -> None:
        if self.cancel_event.is_set():
            raise self.cancelled_type("cancelled")
        self.step.emit(int(done), int(total))

    def run(self) -> None:  # the worker thread
        try:
            result = self.fn(self.progress)
        except (Cancelled, self.cancelled_type):
            self.stopped.emit()
            return
        except Exception as exc:  # noqa: BLE001 - shown as one line, never raised into Qt
            self.error.emit(" ".join(str(exc).split()) or type(exc).__name__)
            return
        if self.cancel_event.is_set():
            self.stopped.emit()
        else:
            self.done.emit(result)


class Task(QObject):
    """Runs one piece of work at a time in a worker thread; see the module docstring."""

    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    progressed = Signal(int, int)
    runningChanged = Signal(bool)

    _live: weakref.WeakSet = weakref.WeakSet()  # every Task, so the window can stop them all on close

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._thread: _Thread | None = None
        self._old: list[_Thread] = []  # cancelled threads still winding down (kept alive until they end)
        Task._live.add(self)

    @classmethod
    def shutdown_all(cls, ms: int = 30_000) -> None:
        """Cancel every running task and wait for its thread (the window calls this as it closes:
        a QThread destroyed while it runs would take the process down)."""
        for task in list(cls._live):
            task.cancel(emit=False)
            task.wait(ms)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self, fn: Callable[[Callable[[int, int], None]], Any]) -> None:
        """Run ``fn(progress)`` in a worker thread; cancels (and drops) any work still running."""
        from colossus_desktop.scenario.trusted import build_validators

        build_validators()  # here, not lazily in the thread: pydantic builds them without a lock
        self.cancel(emit=False)
        thread = _Thread(fn)
        thread.done.connect(lambda r, t=thread: self._end(t, "done", r))
        thread.error.connect(lambda m, t=thread: self._end(t, "error", m))
        thread.stopped.connect(lambda t=thread: self._end(t, "stopped", None))
        thread.step.connect(lambda d, n, t=thread: t is self._thread and self.progressed.emit(d, n))
        thread.finished.connect(lambda t=thread: self._reap(t))
        self._thread = thread
        self.runningChanged.emit(True)
        thread.start()

    def cancel(self, emit: bool = True) -> None:
        """Ask the running work to stop at its next progress call; its result will be dropped."""
        thread = self._thread
        if thread is None:
            return
        thread.cancel_event.set()
        self._old.append(thread)
        self._thread = None
        self.runningChanged.emit(False)
        if emit:
            self.cancelled.emit()

    def wait(self, ms: int = 30_000) -> bool:
        """Block until every thread has ended (tests, closing the window)."""
        ok = True
        for t in [self._thread, *self._old]:
            if t is not None:
                ok = t.wait(ms) and ok
        QCoreApplication.processEvents()
        return ok

    def _end(self, thread: _Thread, kind: str, payload) -> None:
        if thread is not self._thread:
            return  # a cancelled or superseded run: its result is dropped
        self._thread = None
        self.runningChanged.emit(False)
        if kind == "done":
            self.finished.emit(payload)
        elif kind == "error":
            self.failed.emit(payload)
        else:
            self.cancelled.emit()

    def _reap(self, thread: _Thread) -> None:
        thread.wait()  # `finished` comes just before the thread exits: let it exit before it is dropped
        if thread in self._old:
            self._old.remove(thread)
        thread.deleteLater()


class SteppedTask(QObject):
    """Work that must stay on the GUI thread (painting charts uses widgets), run in small steps
    from the event loop, with the signals of a :class:`Task` (so a :class:`TaskBar` shows it).

    ``start(steps)`` takes a generator that yields ``(done, total)`` after each small unit of
    work and returns its result; one step runs per turn of the event loop, so input and paint
    events are handled between steps. ``cancel()`` closes the generator (its ``finally``
    blocks clean up) and no further step runs.
    """

    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    progressed = Signal(int, int)
    runningChanged = Signal(bool)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._steps = None
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)

    @property
    def running(self) -> bool:
        return self._steps is not None

    def start(self, steps) -> None:
        """Run the generator ``steps`` one step per event loop turn (cancels any running one)."""
        self.cancel(emit=False)
        self._steps = steps
        self.runningChanged.emit(True)
        self._timer.start()

    def cancel(self, emit: bool = True) -> None:
        steps, self._steps = self._steps, None
        if steps is None:
            return
        self._timer.stop()
        steps.close()
        self.runningChanged.emit(False)
        if emit:
            self.cancelled.emit()

    def wait(self, ms: int = 300_000) -> bool:
        """Run the event loop until the work has ended (tests); False on time-out."""
        deadline = QDeadlineTimer(ms)
        while self.running and not deadline.hasExpired():
            QCoreApplication.processEvents()
        return not self.running

    def _step(self) -> None:
        steps = self._steps
        if steps is None:
            return
        try:
            done, total = next(steps)
        except StopIteration as stop:
            self._end()
            self.finished.emit(stop.value)
        except Exception as exc:  # noqa: BLE001 - shown as one line, never raised into Qt
            self._end()
            self.failed.emit(" ".join(str(exc).split()) or type(exc).__name__)
        else:
            if self._steps is steps:
                self.progressed.emit(int(done), int(total))

    def _end(self) -> None:
        self._steps = None
        self._timer.stop()
        self.runningChanged.emit(False)


class TaskBar(QWidget):
    """A progress bar, a label and a Cancel button for a :class:`Task`; hidden until the work
    has run for ``SHOW_AFTER_MS``."""

    def __init__(self, task: Task, parent: QWidget | None = None, show_after_ms: int = SHOW_AFTER_MS):
        super().__init__(parent)
        self.task = task
        self.label = QLabel(tr("Working…"))
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)  # busy until the first progress report
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton(tr("Cancel"))
        self.cancel_button.setObjectName("task-cancel")
        self.cancel_button.clicked.connect(task.cancel)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.label)
        lay.addWidget(self.bar, 1)
        lay.addWidget(self.cancel_button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(show_after_ms)
        self._timer.timeout.connect(lambda: self.task.running and self.show())
        task.runningChanged.connect(self._running)
        task.progressed.connect(self._progress)
        self.hide()

    def set_text(self, text: str) -> None:
        self.label.setText(text)

    def _running(self, running: bool) -> None:
        if running:
            self.bar.setRange(0, 0)
            self._timer.start()
        else:
            self._timer.stop()
            self.hide()

    def _progress(self, done: int, total: int) -> None:
        if total > 0:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * min(max(done / total, 0.0), 1.0)))
            loc = QLocale()
            self.bar.setFormat(f"{loc.toString(int(done))} / {loc.toString(int(total))}")


class LiveTab:
    """What a tab that re-runs its analysis after each edit of the document needs, written once.

    Mixed in before ``QWidget`` (``class FailuresView(LiveTab, QWidget)``). After
    :meth:`follow_document`, an edit arms a debounce timer; when it fires the tab runs
    :meth:`live_run` if it is in sight, else it only marks itself dirty and runs when next shown,
    so a hidden tab costs an edit nothing. The class defines ``live_run()`` and owns ``self.task``
    (a :class:`Task`); its runs should clear ``self._dirty``.
    """

    _dirty = True

    def follow_document(self, document, delay_ms: int) -> None:
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(delay_ms)
        self.debounce.timeout.connect(self._live)
        document.changed.connect(self._document_changed)

    def live_run(self) -> None:  # pragma: no cover - each tab defines its run
        raise NotImplementedError

    def _document_changed(self) -> None:
        self.debounce.start()

    def _live(self) -> None:
        if self.isVisible():
            self.live_run()
        else:
            self._dirty = True

    def showEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        if self._dirty and not self.task.running:
            self.live_run()
