"""The open document: a scenario, its file, its undo history and its invalid fields.

Every user gesture arrives here as a command from :mod:`colossus_desktop.ui.edits`; the
document applies it (validated by pydantic, so the scenario is always valid), records it in its
plain-Python :class:`~colossus_desktop.ui.history.History` and tells the views. An edit that
fails validation changes nothing but ``errors`` (path → one-line message), which the form shows
on the field and the evaluator turns into "results stale". No widgets here: it is tested without
a window, and the history itself without Qt.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

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
from colossus_desktop.ui.history import History
from colossus_desktop.provenance import marked
from colossus_desktop.ui.sharing import share_unchanged


class Document(QObject):
    """The scenario being edited. Signals: ``changed`` (scenario replaced), ``modifiedChanged``,
    ``pathChanged``, ``errorsChanged``, ``loaded`` (a new document replaced the old one),
    ``historyChanged`` (what undo/redo can do, or their labels, may have changed).

    ``history`` is read-only for others: undo, redo and clearing go through the document, which
    puts the restored scenario in place and emits the signals."""

    changed = Signal()
    modifiedChanged = Signal(bool)
    historyChanged = Signal()
    pathChanged = Signal(object)
    errorsChanged = Signal()
    loaded = Signal()

    def __init__(self, scenario: Scenario, path: str | os.PathLike[str] | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._scenario = scenario
        self._path = Path(path) if path else None
        self._errors: dict[str, str] = {}
        self._forced_modified = False
        self._history: History[Scenario] = History()
        self._set_origin(scenario, self._path)

    # ------------------------------------------------------------------ state
    @property
    def scenario(self) -> Scenario:
        return self._scenario

    @property
    def path(self) -> Path | None:
        return self._path

    @property
    def origin(self) -> Scenario:
        """The scenario the document was loaded from (a file's is renewed by each save)."""
        return self._origin

    @property
    def history(self) -> History[Scenario]:
        return self._history

    @property
    def errors(self) -> dict[str, str]:
        return dict(self._errors)

    @property
    def is_modified(self) -> bool:
        return self._forced_modified or not self._history.is_clean

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
        errors_dropped = self._drop_errors_of(edit)
        # The unchanged parts stay the previous state's objects: a step of the history then
        # holds what changed, not a copy of the whole document (ui/sharing.py).
        after = share_unchanged(self._scenario, after)
        if after is self._scenario or after == self._scenario:
            if errors_dropped:
                self.errorsChanged.emit()
            return None
        was_modified = self.is_modified
        merge_key = edit.merge_key if isinstance(edit, SetFields) else None
        self._history.do(edit.text, self._scenario, after, merge_key)
        self._set_scenario(after, errors_dropped)
        self._history_changed(was_modified)
        return None

    def undo(self) -> None:
        """Go back one step of the history (nothing when there is none)."""
        if self._history.can_undo:
            was_modified = self.is_modified
            self._set_scenario(self._history.undo())
            self._history_changed(was_modified)

    def redo(self) -> None:
        """Go forward one step of the history (nothing when there is none)."""
        if self._history.can_redo:
            was_modified = self.is_modified
            self._set_scenario(self._history.redo())
            self._history_changed(was_modified)

    def clear_history(self) -> None:
        """Forget every undo step; the history becomes clean (the current scenario is its start)."""
        was_modified = self.is_modified
        self._history.clear()
        self._history_changed(was_modified)

    def transplant(self) -> Document:
        """A new document holding this one's scenario, path, errors, modified state and undo
        history (shared, not copied): a window rebuilt in another language takes it, and the
        old window's connections die with this one."""
        other = Document(self._scenario, self._path)
        other._history = self._history
        other._errors = dict(self._errors)
        other._forced_modified = self._forced_modified
        return other

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
        self._history.clear()
        self._errors.clear()
        self._set_path(path)
        self._forced_modified = modified
        self._set_origin(scenario, self._path)
        self.loaded.emit()
        self.changed.emit()
        self.errorsChanged.emit()
        self.modifiedChanged.emit(self.is_modified)
        self.historyChanged.emit()

    def mark_saved(self, path: str | os.PathLike[str]) -> None:
        if self._origin_path is not None:  # a file's own words now describe what was saved
            self._set_origin(self._scenario, Path(path))
        self._set_path(path)
        self._forced_modified = False
        self._history.set_clean()
        self.modifiedChanged.emit(False)

    def export_scenario(self, scenario: Scenario | None = None) -> Scenario:
        """``scenario`` (default: the document's; or results of an earlier state of it) as
        exports name it: once it differs from the preset or file the document was loaded from,
        its title says "Based on <origin>, modified" (see :mod:`colossus_desktop.provenance`)."""
        return marked(scenario if scenario is not None else self._scenario, self._origin, self._origin_label,
                      QCoreApplication.translate)

    # ------------------------------------------------------------------ internals
    def _set_origin(self, scenario: Scenario, path: Path | None) -> None:
        """What the document was loaded from, named by its title: a file (renewed by each save:
        the file's words are the user's) or a preset (kept through saves: a copy is not the preset)."""
        self._origin = scenario
        self._origin_path = path
        self._origin_label = scenario.name

    def _history_changed(self, was_modified: bool) -> None:
        """Tell the undo actions, and the title when the modified mark flipped."""
        self.historyChanged.emit()
        if self.is_modified != was_modified:
            self.modifiedChanged.emit(self.is_modified)

    def _set_path(self, path) -> None:
        new = Path(path) if path else None
        if new != self._path:
            self._path = new
            self.pathChanged.emit(new)

    def _set_scenario(self, scenario: Scenario, errors_changed: bool = False) -> None:
        """Put ``scenario`` in place and tell the views: ``changed`` first, then ``errorsChanged``.

        The order matters: between the two, a view must never be asked about errors while its
        picture of the scenario is the old one (the pools table would signal rows that are gone:
        "dataChanged() called with an invalid index range"). So the whole new state (scenario,
        no errors) is in place before the first signal, and ``changed`` goes out first.
        """
        self._scenario = scenario
        if self._errors:  # a new scenario resets the fields to the document's values
            self._errors.clear()
            errors_changed = True
        self.changed.emit()
        if errors_changed:
            self.errorsChanged.emit()

    def _set_error(self, path: str, message: str, edit: Edit) -> None:
        key = path
        if isinstance(edit, SetFields) and len(edit.values) == 1:
            key = next(iter(edit.values))
        if self._errors.get(key) != message:
            self._errors[key] = message
            self.errorsChanged.emit()

    def _drop_errors_of(self, edit: Edit) -> bool:
        """Forget the errors ``edit`` answers (no signal); ``True`` if any went."""
        if isinstance(edit, SetFields):
            keys = list(edit.values)
        elif isinstance(edit, SetPoolAccelerator):
            keys = [edit.path, "pools"]
        else:
            keys = ["pools"]
        removed = [k for k in keys if self._errors.pop(k, None) is not None]
        return bool(removed)
