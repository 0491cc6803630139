"""The open document: a scenario, its file, its undo history and its invalid fields.

Every user gesture arrives here as a command from :mod:`colossus_desktop.ui.edits`; the
document applies it (validated by pydantic, so the scenario is always valid), pushes it on a
``QUndoStack`` and tells the views. An edit that fails validation changes nothing but
``errors`` (path → one-line message), which the form shows on the field and the evaluator
turns into "results stale". No widgets here: it is tested without a window.
"""

from __future__ import annotations

import os
import time
import weakref
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from colossus_desktop.scenario.model import Scenario
from colossus_desktop.ui.edits import (
    AddPool,
    DuplicatePool,
    Edit,
    EditError,
    MovePool,
    RemovePool,
    SetFields,
    SetPoolAccelerator,
)

MERGE_WINDOW_S = 1.5  # successive edits of one field within this time undo as one step
_MERGE_ID = 1


class _Command(QUndoCommand):
    def __init__(self, doc: Document, edit: Edit, before: Scenario, after: Scenario):
        super().__init__(edit.text)
        # Weak: the stack owns its commands, so a strong link back would make a reference
        # cycle through the stack's wrapper, which the garbage collector then breaks after Qt
        # has already deleted the commands with their window (a crash inside gc.collect()).
        self._doc = weakref.ref(doc)
        self.edit = edit
        self.before = before
        self.after = after
        self.stamp = time.monotonic()
        self._first = True

    @property
    def doc(self) -> Document | None:
        return self._doc()

    def redo(self):
        if self._first:  # already applied by Document.apply (it had to validate first)
            self._first = False
            return
        self.doc._set_scenario(self.after)

    def undo(self):
        self.doc._set_scenario(self.before)

    def id(self) -> int:
        return -1  # merging happens in Document.apply, before a command is pushed (see absorb)

    def absorb(self, edit: Edit, after: Scenario, now: float) -> bool:
        """Fold a further edit of the same field into this command, if it is the same step.

        Qt's own mergeWith would do this after a push, but PySide cannot know when Qt deletes
        the merged-away QUndoCommand (it is no QObject), so each merged command, holding two
        scenarios, would stay alive: 40 MB over 2,000 edits. Merging before the push avoids it.
        """
        if not isinstance(edit, SetFields) or not isinstance(self.edit, SetFields):
            return False
        if edit.merge_key != self.edit.merge_key or now - self.stamp > MERGE_WINDOW_S:
            return False
        if self.doc._top_is_clean:  # never merge into the saved state
            return False
        self.after = after
        self.edit = edit
        self.stamp = now
        return True


class Document(QObject):
    """The scenario being edited. Signals: ``changed`` (scenario replaced), ``modifiedChanged``,
    ``pathChanged``, ``errorsChanged``, ``loaded`` (a new document replaced the old one)."""

    changed = Signal()
    modifiedChanged = Signal(bool)
    pathChanged = Signal(object)
    errorsChanged = Signal()
    loaded = Signal()

    def __init__(self, scenario: Scenario, path: str | os.PathLike[str] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._scenario = scenario
        self._path = Path(path) if path else None
        self._errors: dict[str, str] = {}
        self._top_is_clean = True
        self._forced_modified = False
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.undo_stack.indexChanged.connect(self._on_index_changed)

    # ------------------------------------------------------------------ state
    @property
    def scenario(self) -> Scenario:
        return self._scenario

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def errors(self) -> dict[str, str]:
        return dict(self._errors)

    @property
    def is_modified(self) -> bool:
        return self._forced_modified or not self.undo_stack.isClean()

    @property
    def display_name(self) -> str:
        return self._path.name if self._path else (self._scenario.name or "Untitled")

    # ------------------------------------------------------------------ edits
    def apply(self, edit: Edit) -> str | None:
        """Apply ``edit``; return ``None`` or the one-line reason it was refused."""
        try:
            after = edit.apply(self._scenario)
        except EditError as exc:
            self._set_error(exc.path, exc.message, edit)
            return exc.message
        self._clear_errors_of(edit)
        if after == self._scenario:
            return None
        stack = self.undo_stack
        top = stack.command(stack.index() - 1) if stack.index() == stack.count() and stack.index() > 0 else None
        if isinstance(top, _Command) and top.absorb(edit, after, time.monotonic()):
            self._set_scenario(after)
            return None
        before = self._scenario
        self._set_scenario(after)
        stack.push(_Command(self, edit, before, after))
        return None

    def set_field(self, path: str, value, label: str = "") -> str | None:
        return self.apply(SetFields({path: value}, label))

    def set_fields(self, values: dict, label: str = "") -> str | None:
        return self.apply(SetFields(dict(values), label))

    def add_pool(self, pool=None, index: int | None = None) -> str | None:
        return self.apply(AddPool(pool, index))

    def remove_pool(self, index: int) -> str | None:
        return self.apply(RemovePool(index))

    def duplicate_pool(self, index: int) -> str | None:
        return self.apply(DuplicatePool(index))

    def move_pool(self, index: int, to: int) -> str | None:
        return self.apply(MovePool(index, to))

    def set_pool_accelerator(self, index: int, accelerator: str | None = None, custom=None) -> str | None:
        """Catalog chip ``accelerator`` or ``custom`` spec (dict) for pool ``index``: one step."""
        return self.apply(SetPoolAccelerator(index, accelerator, custom))

    def clear_error(self, path: str) -> None:
        if self._errors.pop(path, None) is not None:
            self.errorsChanged.emit()

    # ------------------------------------------------------------------ whole document
    def replace(self, scenario: Scenario, path: str | os.PathLike[str] | None = None, *, modified: bool = False) -> None:
        """Load a new document (open, new, revert, recover): history and errors are reset."""
        self._scenario = scenario
        self.undo_stack.clear()
        self._top_is_clean = True
        self._errors.clear()
        self._set_path(path)
        self._forced_modified = modified
        self.loaded.emit()
        self.changed.emit()
        self.errorsChanged.emit()
        self.modifiedChanged.emit(self.is_modified)

    def mark_saved(self, path: str | os.PathLike[str]) -> None:
        self._set_path(path)
        self._forced_modified = False
        self.undo_stack.setClean()
        self._top_is_clean = True
        self.modifiedChanged.emit(False)

    # ------------------------------------------------------------------ internals
    def _set_path(self, path) -> None:
        new = Path(path) if path else None
        if new != self._path:
            self._path = new
            self.pathChanged.emit(new)

    def _set_scenario(self, scenario: Scenario) -> None:
        self._scenario = scenario
        if self._errors:  # undo/redo resets the fields to the document's values
            self._errors.clear()
            self.errorsChanged.emit()
        self.changed.emit()

    def _set_error(self, path: str, message: str, edit: Edit) -> None:
        key = path
        if isinstance(edit, SetFields) and len(edit.values) == 1:
            key = next(iter(edit.values))
        if self._errors.get(key) != message:
            self._errors[key] = message
            self.errorsChanged.emit()

    def _clear_errors_of(self, edit: Edit) -> None:
        if isinstance(edit, SetFields):
            keys = list(edit.values)
        elif isinstance(edit, SetPoolAccelerator):
            keys = [edit.path, "pools"]
        else:
            keys = ["pools"]
        removed = [k for k in keys if self._errors.pop(k, None) is not None]
        if removed:
            self.errorsChanged.emit()

    def _on_clean_changed(self, clean: bool) -> None:
        self.modifiedChanged.emit(self.is_modified)

    def _on_index_changed(self, index: int) -> None:
        self._top_is_clean = self.undo_stack.cleanIndex() == index
