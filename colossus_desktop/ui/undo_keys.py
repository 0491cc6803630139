"""Ctrl+Z and Ctrl+Shift+Z in a field of the form undo and redo the document, not the field.

A spin box or a line edit has its own undo, and Qt gives it the Undo and Redo keys before any
shortcut of the window: pressed in a focused field, Ctrl+Z used to undo the field's text, which
the form then committed as a *new* edit of the document, and Edit → Undo never saw the key.
Every change in a field of the form is already a step of the document's history (typing in one
field within a second and a half folds into one step), so in those fields the keys go to the
history, always:

- **Undo** in a field that shows a value the document refused (marked, not in the document)
  first drops that value and shows the document's again — the only thing the field has of its
  own to undo. Otherwise it undoes the document's last step, whatever field it was in.
- **Redo** redoes the document's next step.

Editors outside the form (a cell being edited in the pools table, whose text reaches the
document only when the editor closes; the dialogs) keep their own undo.

How: when the focus enters a field of the form, this filter is installed on the focused widget;
it takes the key presses that match the platform's Undo and Redo sequences
(``QKeySequence.StandardKey``) before the widget does.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

_FLAG = "_colossus_undo_keys"


class UndoKeys(QObject):
    """Routes Undo/Redo keys pressed in ``binder``'s fields to ``document`` (see the module)."""

    def __init__(self, document, binder, parent: QObject | None = None):
        super().__init__(parent)
        self.document = document
        self.binder = binder
        app = QApplication.instance()
        if app is not None:
            app.focusChanged.connect(self._focus_changed)

    def path_of(self, widget: QWidget | None) -> str | None:
        """The document path of the form field ``widget`` is (or is inside), or None."""
        editors = {id(b.widget): path for path, b in self.binder.fields.items()}
        while widget is not None:
            path = editors.get(id(widget))
            if path is not None:
                return path
            widget = widget.parentWidget()
        return None

    def _focus_changed(self, _old, new) -> None:
        if new is None or new.property(_FLAG) or self.path_of(new) is None:
            return
        new.installEventFilter(self)
        new.setProperty(_FLAG, True)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride):
            return False
        undo = event.matches(QKeySequence.StandardKey.Undo)
        redo = not undo and event.matches(QKeySequence.StandardKey.Redo)
        if not (undo or redo):
            return False
        path = self.path_of(obj)
        if path is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key press comes to this field (and so to this filter)
            return True
        if undo:
            self.undo(path)
        else:
            self.document.redo()
        return True

    def undo(self, path: str) -> None:
        """Undo in field ``path``: drop its refused value if it shows one, else undo the document."""
        if path in self.document.errors:
            self.document.clear_error(path)
            self.binder.refresh()
        else:
            self.document.undo()
