"""File → Import Model…: read a Hugging Face ``config.json`` into the workload, offline.

``install_model_import(window)`` adds the command to the File menu, above Export Chart. The file
is read by :func:`colossus_desktop.scenario.models.load_hf_config`; its architecture and the
parameter counts of that shape (``engine/performance/shape.py``) become ONE undoable edit of the
workload (``document.set_fields``), with ``workload.model`` cleared (the model is now described
by the file) and a note naming the file on each field set. A file that is not JSON, not a model
config or lacks a size is reported through ``window.prompter.error`` (the message names the
missing keys) and in the status bar; the document is left as it was.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from colossus_desktop.drawing import format as fmt
from colossus_desktop.scenario.errors import ScenarioError
from colossus_desktop.scenario.models import load_hf_config, workload_values

def tr(text: str) -> str:
    return QCoreApplication.translate("ModelImport", text)


class ModelImporter(QObject):
    """The import command of one window (a MainWindow with ``document``, ``prompter`` and a status bar)."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.last_notes: list[str] = []

    def import_dialog(self) -> bool:
        path = self.window.prompter.open_model_path()
        return self.import_path(path) if path else False

    def import_path(self, path: str | os.PathLike[str]) -> bool:
        """Apply the model in ``path`` to the workload as one edit; ``False`` (and an error shown)
        when the file cannot be used."""
        title = tr("Import Model")
        try:
            arch, notes = load_hf_config(path)
            source = tr("Imported from {0}").format(os.fspath(path)) + ("; " + " ".join(notes) if notes else "")
            values, field_notes = workload_values(arch, source=source)
        except ScenarioError as exc:
            self._error(title, str(exc))
            return False
        document = self.window.document
        merged = dict(document.scenario.workload.notes)
        merged.pop("model", None)
        merged.update(field_notes)
        values["workload.notes"] = merged
        name = Path(path).parent.name if Path(path).name == "config.json" else Path(path).stem
        refused = document.set_fields(values, tr("Import model {0}").format(name))
        if refused:
            self._error(title, f"{os.fspath(path)}: {refused}")
            return False
        self.last_notes = notes
        total = values["workload.params_total_b"]
        message = tr("Imported {0}: {1} B parameters.").format(os.fspath(path), fmt.g(total))
        if notes:
            message += " " + " ".join(notes)
        self.window.statusBar().showMessage(message, 20000)
        return True

    def _error(self, title: str, message: str) -> None:
        self.window.statusBar().showMessage(message, 10000)
        self.window.prompter.error(title, message)


def _file_menu(window) -> QMenu | None:
    open_action = getattr(window, "actions_by_key", {}).get("open")
    for menu in window.menuBar().findChildren(QMenu):
        if menu.parent() is window.menuBar() and open_action in menu.actions():
            return menu
    return None


def _insert_point(window, menu: QMenu):
    """The File menu item to insert before: Export Chart, else the separator above Quit, else None (append)."""
    items = menu.actions()
    export = window.findChild(QMenu, "menu-export-chart")
    if export is not None and export.menuAction() in items:
        return export.menuAction()
    quit_action = getattr(window, "actions_by_key", {}).get("quit")
    if quit_action in items:
        i = items.index(quit_action)
        return items[i - 1] if i > 0 and items[i - 1].isSeparator() else quit_action
    return None


def install_model_import(window) -> ModelImporter:
    """Add File → Import Model… to ``window`` (a MainWindow; its File menu built), in the group
    of Export Chart / Export Report; returns the controller (also ``window.model_importer``)."""
    ctl = ModelImporter(window)
    window.model_importer = ctl
    action = QAction(tr("&Import Model\u2026"), window)
    action.setObjectName("action-import_model")
    action.setStatusTip(tr("Read a Hugging Face config.json and describe the workload's model with it"))
    action.triggered.connect(lambda *_: ctl.import_dialog())
    getattr(window, "actions_by_key", {})["import_model"] = action
    menu = _file_menu(window)
    if menu is None:
        window.menuBar().addMenu(tr("&File")).addAction(action)
        return ctl
    before = _insert_point(window, menu)
    if before is None:
        menu.addSeparator()
        menu.addAction(action)
        return ctl
    items = menu.actions()
    i = items.index(before)
    menu.insertAction(before, action)
    if i > 0 and not items[i - 1].isSeparator():
        menu.insertSeparator(action)
    return ctl
