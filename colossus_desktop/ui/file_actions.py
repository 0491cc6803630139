"""The window's file commands, installed on a MainWindow from outside.

``install_file_actions(window)`` builds the File menu — New…, Open…, Open Recent, Save,
Save As…, Revert, Quit — and lets the window accept dropped files; the window hands its drag,
drop and close events to :meth:`FileController.drag_enter`, :meth:`~FileController.drop` and
:meth:`~FileController.close_requested`. Before the document
is dropped (new, open, close) it asks whether to save unsaved changes; after a crash it offers
the autosave a dead session left. Every question goes through ``window.prompter`` (a
:class:`~colossus_desktop.ui.prompts.Prompter`), which tests replace with canned answers; a file
that fails to load or save is reported there and in the status bar, never raised.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence

from colossus_desktop.formatting import slug
from colossus_desktop.scenario.errors import ScenarioError
from colossus_desktop.scenario.model import Scenario
from colossus_desktop.ui import settings
from colossus_desktop.ui.autosave import find_recoverable


def tr(text: str) -> str:
    return QCoreApplication.translate("FileActions", text)


class FileController(QObject):
    """The file commands of one window; ``origin`` is what Revert returns to without a file."""

    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.document = window.document
        self.origin: Scenario = self.document.scenario
        self.recent_menu = None

    @property
    def prompter(self):
        return self.window.prompter

    # ------------------------------------------------------------------ documents
    def maybe_save(self) -> bool:
        """True when it is fine to drop the current document (saved, discarded or unchanged)."""
        if not self.document.is_modified:
            return True
        answer = self.prompter.ask_save_changes(self.document.display_name)
        if answer == "save":
            return self.save()
        return answer == "discard"

    def load(self, scenario: Scenario, path: str | os.PathLike[str] | None = None, *, modified: bool = False) -> None:
        """Make ``scenario`` (from ``path``, if any) the document, with a fresh history."""
        self.origin = scenario
        self.document.replace(scenario, path, modified=modified)
        if path and not modified:
            settings.add_recent_file(path)
        self.window.evaluator.evaluate_now()

    def new_document(self) -> bool:
        if not self.maybe_save():
            return False
        scenario = self.prompter.choose_new()
        if scenario is None:
            return False
        self.load(scenario, None)
        return True

    def open_dialog(self) -> bool:
        start = str(self.document.path.parent) if self.document.path else ""
        path = self.prompter.open_path(start)
        return self.open_path(path) if path else False

    def open_path(self, path: str | os.PathLike[str]) -> bool:
        """Open ``path``; a file that fails to load leaves the current document untouched."""
        from colossus_desktop.scenario.files import load_scenario

        try:
            scenario = load_scenario(path)
        except ScenarioError as exc:
            self.report_error(tr("Open scenario"), str(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - whatever a file does, it is reported, not raised
            self.report_error(tr("Open scenario"), f"{os.fspath(path)}: {' '.join(str(exc).split())}")
            return False
        if not self.maybe_save():
            return False
        self.load(scenario, os.path.abspath(os.fspath(path)))
        remove_save_leftovers(path)
        from colossus_desktop.scenario.files import SCHEMA_VERSION, file_schema_version

        version = file_schema_version(path)
        if version is not None and version < SCHEMA_VERSION:
            self.window.statusBar().showMessage(
                tr("Opened {0}, written with schema {1} and read as schema {2}: the fields it lacked were filled "
                   "in, each with a note saying how (hover them); saving writes schema {2}.").format(
                    os.fspath(path), version, SCHEMA_VERSION), 15000)
        else:
            self.window.statusBar().showMessage(tr("Opened {0}").format(os.fspath(path)), 4000)
        return True

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self.save_to(self.document.path)

    def save_as(self) -> bool:
        suggested = str(self.document.path) if self.document.path else slug(self.document.scenario.name) + ".json"
        path = self.prompter.save_path(suggested)
        if not path:
            return False
        if not Path(path).suffix:
            path += ".json"
        return self.save_to(path)

    def save_to(self, path: str | os.PathLike[str]) -> bool:
        """Write the scenario to ``path``; it becomes the document's file and its saved state."""
        from colossus_desktop.scenario.files import save_scenario

        try:
            save_scenario(self.document.scenario, path)
        except Exception as exc:  # noqa: BLE001
            self.report_error(tr("Save scenario"), " ".join(str(exc).split()))
            return False
        path = os.path.abspath(os.fspath(path))
        self.origin = self.document.scenario
        self.document.mark_saved(path)
        settings.add_recent_file(path)
        self.window.statusBar().showMessage(tr("Saved {0}").format(path), 4000)
        return True

    def revert(self) -> bool:
        if not self.document.is_modified:
            return False
        if not self.prompter.confirm_revert(self.document.display_name):
            return False
        path = self.document.path
        if path is not None and path.exists():
            from colossus_desktop.scenario.files import load_scenario

            try:
                self.load(load_scenario(path), path)
                return True
            except Exception as exc:  # noqa: BLE001
                self.report_error(tr("Revert"), " ".join(str(exc).split()))
                return False
        self.load(self.origin, path)
        return True

    def offer_recovery(self) -> bool:
        """After a crash: offer the newest autosave left by a dead session."""
        autosaver = self.window.autosaver
        for rec in find_recoverable():
            if rec.scenario_path == getattr(autosaver, "path", None):
                continue
            if not self.prompter.ask_recover(rec.name, rec.saved_at):
                rec.discard()
                continue
            from colossus_desktop.scenario.files import load_scenario

            try:
                scenario = load_scenario(rec.scenario_path)
            except Exception as exc:  # noqa: BLE001
                self.report_error(tr("Recover unsaved work"), " ".join(str(exc).split()))
                rec.discard()
                continue
            self.load(scenario, rec.source_path, modified=True)
            rec.discard()
            if autosaver is not None:
                autosaver.save_now()
            return True
        return False

    def report_error(self, title: str, message: str) -> None:
        self.window.statusBar().showMessage(message, 10000)
        self.prompter.error(title, message)

    # ------------------------------------------------------------------ recent files
    def fill_recent(self) -> None:
        """Rebuild File → Open Recent from the settings (disabled when the list is empty)."""
        self.recent_menu.clear()
        files = settings.recent_files()
        for i, path in enumerate(files):
            action = self.recent_menu.addAction(f"&{i + 1} {Path(path).name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda *_, p=path: self.open_path(p))
        if files:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(tr("Clear list"), lambda: (settings.clear_recent_files(), self.fill_recent()))
        self.recent_menu.setEnabled(bool(files))

    # ------------------------------------------------------------------ window events
    def drag_enter(self, event) -> None:
        """The window's dragEnterEvent: accept a drag that carries a local file."""
        if _dropped_file(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def drop(self, event) -> None:
        """The window's dropEvent: open the dropped file once the drag loop has ended."""
        path = _dropped_file(event.mimeData())
        if path:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.open_path(path))  # leave the drag loop first

    def close_requested(self) -> bool:
        """The window's closeEvent: ``False`` keeps the window open (the user cancelled); on
        ``True`` the autosave of this session is removed, as the work was saved or discarded."""
        if not self.maybe_save():
            return False
        if self.window.autosaver is not None:
            self.window.autosaver.close()
        return True


def remove_save_leftovers(path: str | os.PathLike[str]) -> list[Path]:
    """Remove the temporary files that killed saves of ``path`` left beside it (only files named
    exactly like :func:`~colossus_desktop.scenario.files.save_scenario`'s, a minute old or more:
    see :mod:`colossus_desktop.scenario.leftovers`); return those removed."""
    from colossus_desktop.scenario.leftovers import remove_stale_temp_files

    target = Path(path)
    return remove_stale_temp_files(target.parent if str(target.parent) else Path("."), target=target.name)


def _dropped_file(mime) -> str | None:
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            return url.toLocalFile()
    return None


def install_file_actions(window) -> FileController:
    """Add the File menu (as the menu bar's next menu) and drag-and-drop open to ``window`` (a
    MainWindow with ``document``, ``prompter``, ``evaluator``, ``autosaver`` and
    ``actions_by_key``); returns the controller (also ``window.file_controller``)."""
    ctl = FileController(window)
    window.file_controller = ctl
    actions = window.actions_by_key
    K = QKeySequence.StandardKey

    def add(key: str, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, window)
        action.setObjectName("action-" + key)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda *_: slot())
        actions[key] = action
        return action

    add("new", tr("&New…"), ctl.new_document, K.New, tr("Start a blank scenario or one from a preset"))
    add("open", tr("&Open…"), ctl.open_dialog, K.Open)
    add("save", tr("&Save"), ctl.save, K.Save)
    add("save_as", tr("Save &As…"), ctl.save_as, K.SaveAs)
    add("revert", tr("&Revert"), ctl.revert, None, tr("Go back to the last saved version"))
    add("quit", tr("&Quit"), window.close, K.Quit)

    file_menu = window.menuBar().addMenu(tr("&File"))
    file_menu.addAction(actions["new"])
    file_menu.addAction(actions["open"])
    ctl.recent_menu = file_menu.addMenu(tr("Open &Recent"))
    ctl.recent_menu.aboutToShow.connect(ctl.fill_recent)
    ctl.fill_recent()
    file_menu.addSeparator()
    file_menu.addAction(actions["save"])
    file_menu.addAction(actions["save_as"])
    file_menu.addAction(actions["revert"])
    file_menu.addSeparator()
    file_menu.addAction(actions["quit"])

    window.setAcceptDrops(True)  # the window's drag and drop events call drag_enter and drop
    return ctl
