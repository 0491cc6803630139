"""Autosave of unsaved work, and recovery after a crash or a kill.

Each running window owns a session in the autosave folder (:func:`settings.autosave_dir`):
``<id>.json`` (the scenario, an ordinary scenario file), ``<id>.meta.json`` (the file it came
from, its name, when) and ``<id>.lock`` (a ``QLockFile`` holding the process id). Saving or
discarding removes the work, and a clean exit removes the session. A session whose lock no live
process holds was left by a crash: :func:`find_recoverable` lists those for the next start.

**When it writes.** :data:`QUIET_MS` after the last edit, or :data:`MAX_DELAY_MS` after the
first edit not yet written, whichever comes first: a pause saves soon, and continuous editing
(an edit every half second, for minutes) is still written at least every 5 s. A failed write is
tried again on the next edit and every :data:`RETRY_MS` while the work stays unsaved.

**When it cannot.** A full disk, a read-only folder or a document that cannot be written (a
value no file can hold) sets ``last_error`` and emits ``failed`` with one line naming what and
where, which the window shows in its status bar until a write succeeds (``saved``). Never
silent.

**Leftovers.** A session starting removes, from the autosave folder, the temporary files of
writes that a kill interrupted (:mod:`colossus_desktop.scenario.leftovers`: only those named
exactly like ours, and only when more than a minute old).
"""

from __future__ import annotations

import json
import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLockFile, QObject, QTimer, Signal

from colossus_desktop.scenario.errors import ScenarioError
from colossus_desktop.scenario.leftovers import remove_stale_temp_files
from colossus_desktop.ui import settings
from colossus_desktop.ui.document import Document

QUIET_MS = 2_000  # write this long after the last edit …
MAX_DELAY_MS = 5_000  # … or this long after the first edit not yet written, whichever is sooner
RETRY_MS = 30_000  # while unsaved work could not be written, try again this often
REASON_CHARS = 300  # the longest reason a message repeats (an exception can carry a whole file)


def tr(text: str) -> str:
    return QCoreApplication.translate("Autosave", text)


@dataclass(frozen=True)
class Recovery:
    scenario_path: Path
    source_path: str | None
    name: str
    saved_at: float

    def discard(self) -> None:
        _remove_session(self.scenario_path)


def _session_files(scenario_path: Path) -> tuple[Path, Path, Path]:
    stem = scenario_path.name[: -len(".json")]
    folder = scenario_path.parent
    return scenario_path, folder / f"{stem}.meta.json", folder / f"{stem}.lock"


def _remove_session(scenario_path: Path) -> None:
    for p in _session_files(scenario_path):
        try:
            p.unlink()
        except OSError:
            pass


def find_recoverable(folder: Path | None = None) -> list[Recovery]:
    """Autosaves left by sessions that are no longer running, newest first."""
    folder = folder or settings.autosave_dir()
    out = []
    for path in folder.glob("*.json"):
        if path.name.endswith(".meta.json"):
            continue
        _, meta_path, lock_path = _session_files(path)
        lock = QLockFile(str(lock_path))
        if not lock.tryLock(0):  # a live window owns it
            continue
        lock.unlock()
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            meta = {}
        out.append(
            Recovery(
                scenario_path=path,
                source_path=meta.get("source_path"),
                name=str(meta.get("name") or path.stem),
                saved_at=float(meta.get("saved_at") or path.stat().st_mtime),
            )
        )
    out.sort(key=lambda r: -r.saved_at)
    return out


def _default_folder() -> Path:
    """The autosave folder; when it cannot be created, its path anyway (each write then fails
    and says why, rather than the window failing to open)."""
    try:
        return settings.autosave_dir()
    except OSError:
        return settings.data_dir() / "autosave"


def failure_reason(exc: BaseException, folder: Path) -> str:
    """One line saying why a write to the autosave ``folder`` failed (at most
    :data:`REASON_CHARS` characters of the error's own text)."""
    if isinstance(exc, ScenarioError):
        text = str(exc)  # names the file and the reason (disk full, permission denied, …)
    elif isinstance(exc, OSError):
        where = exc.filename or folder
        text = f"{where}: {exc.strerror or exc}"
    else:  # e.g. a value that no scenario file can hold
        text = tr("the document cannot be written as a scenario file ({0})").format(
            f"{type(exc).__name__}: {exc}")
    text = " ".join(text.split())
    return text if len(text) <= REASON_CHARS else text[: REASON_CHARS - 1] + "…"


class Autosaver(QObject):
    """The autosave session of one document (see the module docstring for when it writes).

    Signals: ``failed(str)`` — a write failed, with the one-line reason (also ``last_error``);
    ``saved()`` — the work is on disk (after a failure, this clears the window's message).
    ``quiet_ms``, ``max_delay_ms`` and ``retry_ms`` are the delays in milliseconds; ``clock``
    (seconds, monotonic) is replaceable for tests, which then fire :meth:`tick` themselves.
    """

    failed = Signal(str)
    saved = Signal()

    def __init__(self, document: Document, folder: Path | None = None, parent: QObject | None = None,
                 retry_ms: int = RETRY_MS, quiet_ms: int = QUIET_MS, max_delay_ms: int = MAX_DELAY_MS,
                 clock=time.monotonic):
        super().__init__(parent)
        self.document = document
        self.folder = folder or _default_folder()
        remove_stale_temp_files(self.folder, autosave_meta=True)  # left by killed writes
        session = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.path = self.folder / f"{session}.json"
        _, self.meta_path, lock_path = _session_files(self.path)
        self.lock = QLockFile(str(lock_path))
        self.lock.setStaleLockTime(0)  # only a dead process makes it stale
        self.lock.tryLock(0)
        self.clock = clock
        self.quiet_s = quiet_ms / 1000
        self.max_delay_s = max_delay_ms / 1000
        self.dirty = False
        self.last_error: str | None = None
        #: clock time of the first edit not yet written, and of the last edit
        self.first_unsaved: float | None = None
        self.last_edit: float | None = None
        self.timer = QTimer(self, singleShot=True)
        self.timer.timeout.connect(self.tick)
        self.periodic = QTimer(self, interval=retry_ms)
        self.periodic.timeout.connect(self._retry)
        self.periodic.start()
        document.changed.connect(self._on_changed)
        document.modifiedChanged.connect(self._on_modified)

    @property
    def due_at(self) -> float | None:
        """Clock time (seconds) of the next write, or None when nothing waits to be written."""
        if not self.dirty or self.first_unsaved is None or self.last_edit is None:
            return None
        return min(self.last_edit + self.quiet_s, self.first_unsaved + self.max_delay_s)

    def _on_changed(self) -> None:
        if not self.document.is_modified:
            return
        now = self.clock()
        if not self.dirty or self.first_unsaved is None:
            self.first_unsaved = now
        self.dirty = True
        self.last_edit = now
        self._arm()

    def _on_modified(self, modified: bool) -> None:
        if modified:
            self._on_changed()
        else:
            self._forget()
            self.remove()

    def _arm(self) -> None:
        due = self.due_at
        if due is None:
            self.timer.stop()
        else:
            self.timer.start(max(0, round((due - self.clock()) * 1000)))

    def tick(self) -> None:
        """The timer fired: write if the work is due, else wait for the rest of the delay."""
        due = self.due_at
        if due is None:
            return
        if self.clock() + 0.001 >= due:
            self.save_now()
        else:
            self._arm()

    def _retry(self) -> None:
        if self.dirty and self.last_error is not None:
            self.save_now()

    def _forget(self) -> None:
        self.dirty = False
        self.first_unsaved = self.last_edit = None
        self.timer.stop()

    def save_now(self) -> bool:
        """Write the unsaved work now; ``False`` (and ``last_error``) if the disk refused."""
        from colossus_desktop.scenario.files import save_scenario

        if not self.document.is_modified:
            self._forget()
            return False
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            save_scenario(self.document.scenario, self.path)
            meta = {
                "source_path": str(self.document.path) if self.document.path else None,
                "name": self.document.display_name,
                "saved_at": time.time(),
                "pid": os.getpid(),
            }
            tmp = self.meta_path.with_suffix(".tmp")
            tmp.write_text(json.dumps(meta), encoding="utf-8")
            os.replace(tmp, self.meta_path)
        except Exception as exc:  # noqa: BLE001 - autosave must never break editing, nor be silent
            self.last_error = failure_reason(exc, self.folder)
            self.first_unsaved = None  # the next edit starts a new delay; RETRY_MS retries too
            self.timer.stop()
            self.failed.emit(self.last_error)
            return False
        self._forget()
        self.last_error = None
        self.saved.emit()
        return True

    def remove(self) -> None:
        for p in (self.path, self.meta_path):
            try:
                p.unlink()
            except OSError:
                pass

    def close(self) -> None:
        """Clean exit: the work was saved or discarded by the user."""
        self._forget()
        self.periodic.stop()
        self.remove()
        self.lock.unlock()
