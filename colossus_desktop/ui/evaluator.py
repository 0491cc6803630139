"""The one place the window re-evaluates: after edits, debounced, on the GUI thread.

An edit after a quiet spell evaluates on the next turn of the event loop (so a single change
shows at once); edits that keep coming (typing, a held spin arrow, a drag) are throttled: the
first arms a short single-shot timer and later ones ride on it, so the engine runs at most
once per ``delay_ms`` with the latest document, and the charts keep moving during a drag
instead of waiting for it to stop. The same
:class:`Evaluated` goes to every view through ``evaluated``. While the document has invalid
fields, or the engine refused the scenario, the last good results stay on screen and ``stale``
says so. Nothing here raises into the GUI: a failure becomes a one-line ``failed`` message.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from colossus_desktop.evaluation import Evaluated, evaluate_scenario
from colossus_desktop.ui.document import Document

DEBOUNCE_MS = 40
QUIET_S = 0.12  # an edit this long after the last evaluation is evaluated at once


class Evaluator(QObject):
    evaluated = Signal(object)  # Evaluated
    staleChanged = Signal(bool)
    failed = Signal(str)

    def __init__(self, document: Document, parent: QObject | None = None, delay_ms: int = DEBOUNCE_MS, evaluate=None):
        super().__init__(parent)
        self.document = document
        self.delay_ms = delay_ms
        self._evaluate = evaluate or evaluate_scenario
        self.last: Evaluated | None = None
        self.error: str | None = None
        self._stale = False
        self._last_run = 0.0
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.evaluate_now)
        document.changed.connect(self.schedule)
        document.errorsChanged.connect(self._update_stale)

    @property
    def stale(self) -> bool:
        return self._stale

    def schedule(self) -> None:
        if self.timer.isActive():
            return  # an evaluation is already due; it will read the latest document
        quiet = time.monotonic() - self._last_run > QUIET_S
        self.timer.start(0 if quiet else self.delay_ms)

    def evaluate_now(self) -> Evaluated | None:
        self.timer.stop()
        scenario = self.document.scenario
        try:
            ev = self._evaluate(scenario)
        except Exception as exc:  # noqa: BLE001 - the engine's refusal is shown, never raised
            self._last_run = time.monotonic()
            self.error = " ".join(str(exc).split()) or type(exc).__name__
            self.failed.emit(self.error)
            self._update_stale()
            return None
        self._last_run = time.monotonic()
        self.error = None
        self.last = ev
        self.evaluated.emit(ev)
        self._update_stale()
        return ev

    def _update_stale(self) -> None:
        stale = bool(self.document.errors) or self.error is not None
        if stale != self._stale:
            self._stale = stale
            self.staleChanged.emit(stale)
