"""The Qt side of the undo history: Edit → Undo and Redo as QActions that follow a Document.

The history itself (:mod:`colossus_desktop.ui.history`) knows no Qt; this adapter only mirrors
it, as glue's Qt front end mirrors its ``CommandStack``: each action is enabled when there is a
step to undo (redo), its text is the prefix plus that step's label ("&Undo Change facility.pue",
just "&Undo" when there is none, as ``QUndoStack.createUndoAction`` wrote it), and triggering it
asks the document to undo (redo). The window's modified mark follows
``Document.modifiedChanged``; the actions follow ``Document.historyChanged``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction

from colossus_desktop.ui.document import Document


def tr(text: str) -> str:
    return QCoreApplication.translate("HistoryActions", text)


def prefixed(prefix: str, label: str) -> str:
    """An action's text: ``prefix`` and the step's ``label``, or the bare prefix for no step."""
    return f"{prefix} {label}" if prefix and label else prefix or label


class HistoryActions(QObject):
    """Undo and Redo actions (``undo``, ``redo``) of ``document``, owned by ``parent``.

    The actions are refreshed on every ``historyChanged``; the connection ends with this object.
    """

    def __init__(self, document: Document, parent: QObject, undo_prefix: str = "&Undo", redo_prefix: str = "&Redo"):
        super().__init__(parent)
        self.document = document
        self._prefixes = (undo_prefix, redo_prefix)
        self.undo = QAction(undo_prefix, parent)
        self.redo = QAction(redo_prefix, parent)
        self.undo.triggered.connect(self._undo)
        self.redo.triggered.connect(self._redo)
        steps = document.history.max_steps
        for action, tip in (
            (self.undo, tr("Undo the last change. The last {0} changes can be undone; older ones are forgotten.")),
            (self.redo, tr("Redo the change just undone (up to {0} steps are kept).")),
        ):
            action.setToolTip(tip.format(steps))
            action.setStatusTip(tip.format(steps))
        document.historyChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Enable each action and label it from the history's next undo (redo) step."""
        history = self.document.history
        undo_prefix, redo_prefix = self._prefixes
        self.undo.setEnabled(history.can_undo)
        self.undo.setText(prefixed(undo_prefix, QCoreApplication.translate("Edits", history.undo_text)))
        self.redo.setEnabled(history.can_redo)
        self.redo.setText(prefixed(redo_prefix, QCoreApplication.translate("Edits", history.redo_text)))

    def _undo(self, *_args) -> None:
        self.document.undo()

    def _redo(self, *_args) -> None:
        self.document.redo()
