"""Autosave of unsaved work, and recovery after a crash or a kill.

Each running window owns a session in the autosave folder (:func:`settings.autosave_dir`):
``<id>.json`` (the scenario, an ordinary scenario file), ``<id>.meta.json`` (the file it came
from, its name, when) and ``<id>.lock`` (a ``QLockFile`` holding the process id). The work is
written a couple of seconds after an edit and every 30 s while unsaved; saving or discarding
removes it, and a clean exit removes the session. A session whose lock no live process holds
was left by a crash: :func:`find_recoverable` lists those for the next start to offer.
"""

from __future__ import annotations

import json
import os
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer

from colossus_desktop.ui import settings
from colossus_desktop.ui.document import Document

INTERVAL_MS = 30_000
DEBOUNCE_MS = 2_000


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


class Autosaver(QObject):
    def __init__(self, document: Document, folder: Path | None = None, parent: QObject | None = None,
                 interval_ms: int = INTERVAL_MS, debounce_ms: int = DEBOUNCE_MS):
        super().__init__(parent)
        self.document = document
        self.folder = folder or settings.autosave_dir()
        session = f"{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.path = self.folder / f"{session}.json"
        _, self.meta_path, lock_path = _session_files(self.path)
        self.lock = QLockFile(str(lock_path))
        self.lock.setStaleLockTime(0)  # only a dead process makes it stale
        self.lock.tryLock(0)
        self.dirty = False
        self.last_error: str | None = None
        self.debounce = QTimer(self, singleShot=True, interval=debounce_ms)
        self.debounce.timeout.connect(self.save_now)
        self.periodic = QTimer(self, interval=interval_ms)
        self.periodic.timeout.connect(self._tick)
        self.periodic.start()
        document.changed.connect(self._on_changed)
        document.modifiedChanged.connect(self._on_modified)

    def _on_changed(self) -> None:
        if self.document.is_modified:
            self.dirty = True
            self.debounce.start()

    def _on_modified(self, modified: bool) -> None:
        if modified:
            self._on_changed()
        else:
            self.dirty = False
            self.debounce.stop()
            self.remove()

    def _tick(self) -> None:
        if self.dirty:
            self.save_now()

    def save_now(self) -> bool:
        """Write the unsaved work now; ``False`` (and ``last_error``) if the disk refused."""
        from colossus_desktop.scenario.files import save_scenario

        self.debounce.stop()
        if not self.document.is_modified:
            return False
        try:
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
        except Exception as exc:  # noqa: BLE001 - autosave must never break editing
            self.last_error = str(exc)
            return False
        self.dirty = False
        self.last_error = None
        return True

    def remove(self) -> None:
        for p in (self.path, self.meta_path):
            try:
                p.unlink()
            except OSError:
                pass

    def close(self) -> None:
        """Clean exit: the work was saved or discarded by the user."""
        self.debounce.stop()
        self.periodic.stop()
        self.remove()
        self.lock.unlock()
