"""Every question the window asks the user, in one replaceable object.

The main window never calls a dialog directly: it asks its :class:`Prompter`. Tests pass a
prompter with canned answers, so no modal dialog ever blocks a test run.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

FILE_FILTER = QT_TRANSLATE_NOOP("Prompts", "Colossus Desktop scenario (*.json);;All files (*)")
MODEL_FILTER = QT_TRANSLATE_NOOP("Prompts", "Hugging Face model config (config.json *.json);;All files (*)")


def tr(text: str) -> str:
    return QCoreApplication.translate("Prompts", text)


class Prompter:
    def __init__(self, parent: QWidget | None = None):
        self.parent = parent

    def ask_save_changes(self, name: str) -> str:
        """``"save"``, ``"discard"`` or ``"cancel"``."""
        box = QMessageBox(self.parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Unsaved changes"))
        box.setText(tr("Save the changes to “{0}”?").format(name))
        box.setInformativeText(tr("Your changes are lost if you don't save them."))
        box.setStandardButtons(
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel
        )
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        return {
            QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard",
        }.get(QMessageBox.StandardButton(answer), "cancel")

    def ask_recover(self, name: str, saved_at: float) -> bool:
        # the date in the user's language: "30 November 2026, 01:30", « 30 novembre 2026, 01:30 »
        when = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(saved_at)), "d MMMM yyyy, HH:mm")
        answer = QMessageBox.question(
            self.parent,
            tr("Recover unsaved work"),
            tr("Colossus Desktop did not close normally. Recover the unsaved work on “{0}” from {1}?").format(name, when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        return answer == QMessageBox.StandardButton.Yes

    def confirm_revert(self, name: str) -> bool:
        answer = QMessageBox.question(
            self.parent,
            tr("Revert"),
            tr("Discard every change since “{0}” was opened or saved?").format(name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def open_path(self, directory: str = "") -> str | None:
        path, _ = QFileDialog.getOpenFileName(self.parent, tr("Open scenario"), directory, tr(FILE_FILTER))
        return path or None

    def open_model_path(self, directory: str = "") -> str | None:
        """A Hugging Face ``config.json`` to import (File → Import Model…), or ``None``."""
        path, _ = QFileDialog.getOpenFileName(self.parent, tr("Import Model"), directory, tr(MODEL_FILTER))
        return path or None

    def save_path(self, suggested: str = "") -> str | None:
        path, _ = QFileDialog.getSaveFileName(self.parent, tr("Save scenario"), suggested, tr(FILE_FILTER))
        return path or None

    def choose_new(self):
        """The scenario to start from (blank or a preset), or ``None``."""
        from colossus_desktop.ui.gallery import PresetGallery

        return PresetGallery.choose(self.parent)

    def error(self, title: str, message: str) -> None:
        QMessageBox.warning(self.parent, title, message)
