"""The main window: builder form on the left, KPI strip on top, live charts in a grid.

Edits go form → :class:`Document` (undoable commands) → :class:`Evaluator` (debounced) → one
:class:`Evaluated` handed to the KPI strip and every chart. File actions (new, open, save,
save as, revert, recent files, drag and drop), the unsaved-changes prompt, autosave and crash
recovery live here; every question goes through a :class:`Prompter` so tests can answer it.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from colossus_desktop.drawing import format as fmt
from colossus_desktop.drawing.format import ensure_locale
from colossus_desktop.messages import CONTEXT as MESSAGES, warning_texts
from colossus_desktop.scenario.errors import ScenarioError
from colossus_desktop.scenario.model import Scenario
from colossus_desktop.ui import settings
from colossus_desktop.ui.autosave import Autosaver, find_recoverable
from colossus_desktop.ui.builder import BuilderPanel
from colossus_desktop.ui.document import Document
from colossus_desktop.ui.evaluator import Evaluator
from colossus_desktop.ui.prompts import Prompter

APP_TITLE = "Colossus Desktop"
STALE_STYLE = "color: white; background: #D55E00; padding: 1px 6px; border-radius: 3px;"
WARN_STYLE = "color: black; background: #F0E442; padding: 1px 6px; border-radius: 3px;"


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _default_charts(parent):
    from colossus_desktop.drawing.charts import create_charts

    return create_charts(parent)


def _default_kpis(parent):
    from colossus_desktop.ui.kpi_strip import KpiStrip

    return KpiStrip(parent)


class MainWindow(QMainWindow):
    def __init__(
        self,
        scenario: Scenario | Document,
        path: str | os.PathLike[str] | None = None,
        *,
        prompter: Prompter | None = None,
        charts_factory=None,
        kpis_factory=None,
        autosave: bool = True,
        restore_geometry: bool = True,
    ):
        super().__init__()
        ensure_locale()
        self.setObjectName("main-window")
        self.document = scenario if isinstance(scenario, Document) else Document(scenario, path)
        self.document.setParent(self)
        self.prompter = prompter or Prompter(self)
        self._origin = self.document.scenario  # what Revert returns to when there is no file
        self.evaluator = Evaluator(self.document, self)
        self.autosaver = Autosaver(self.document, parent=self) if autosave else None

        # ---- widgets
        self._apply_saved_theme()
        self.builder = BuilderPanel(self.document)
        self.kpis = (kpis_factory or _default_kpis)(None)
        self.kpis.setObjectName("kpi-strip")
        self.charts = list((charts_factory or _default_charts)(None))
        self.chart_panel = QWidget()
        self.chart_panel.setObjectName("charts")
        grid = QGridLayout(self.chart_panel)
        grid.setContentsMargins(2, 2, 2, 2)
        grid.setSpacing(4)
        cols = 3 if len(self.charts) > 4 else 2 if len(self.charts) > 1 else 1
        for i, chart in enumerate(self.charts):
            grid.addWidget(chart, i // cols, i % cols)
        for c in range(cols):
            grid.setColumnStretch(c, 1)
        for r in range(math.ceil(len(self.charts) / cols)):
            grid.setRowStretch(r, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(self.builder)
        self.splitter.addWidget(self.chart_panel)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.builder.setMinimumWidth(320)
        central = QWidget()
        central_lay = QVBoxLayout(central)
        central_lay.setContentsMargins(2, 2, 2, 0)
        central_lay.setSpacing(2)
        central_lay.addWidget(self.kpis)  # across the whole window: one row of cards
        central_lay.addWidget(self.splitter, 1)
        self.setCentralWidget(central)

        # ---- status bar
        self.stale_label = QLabel()
        self.stale_label.setObjectName("stale-label")
        self.stale_label.setStyleSheet(STALE_STYLE)
        self.stale_label.hide()
        self.warning_label = QLabel()
        self.warning_label.setObjectName("warning-label")
        self.warning_label.setStyleSheet(WARN_STYLE)
        self.warning_label.hide()
        self.statusBar().addWidget(self.stale_label)
        self.statusBar().addWidget(self.warning_label, 1)

        self._build_actions()
        self._build_menus()
        from colossus_desktop.ui.export_actions import install_export_actions

        install_export_actions(self)  # File → Export Chart/Report, View → Presentation Mode, chart menus
        self.setAcceptDrops(True)

        # ---- wiring
        self.evaluator.evaluated.connect(self._show_evaluated)
        self.evaluator.staleChanged.connect(self._show_stale)
        self.evaluator.failed.connect(lambda _msg: self._show_stale(self.evaluator.stale))
        self.document.errorsChanged.connect(lambda: self._show_stale(self.evaluator.stale))
        self.document.modifiedChanged.connect(lambda _m: self._update_title())
        self.document.pathChanged.connect(lambda _p: self._update_title())
        self.document.changed.connect(self._update_title)
        self.document.loaded.connect(self._on_loaded)
        self._update_title()

        self.resize(1280, 800)
        self._persist_geometry = restore_geometry  # a --screenshot window leaves the user's layout alone
        if restore_geometry:
            self._restore_geometry()
        else:
            self._default_split()
        self.evaluator.evaluate_now()

    # ------------------------------------------------------------------ actions and menus
    def _action(self, key: str, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        action.setObjectName("action-" + key)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(lambda *_: slot())
        self.actions_by_key[key] = action
        return action

    def _build_actions(self) -> None:
        self.actions_by_key: dict[str, QAction] = {}
        K = QKeySequence.StandardKey
        self._action("new", tr("&New…"), self.new_document, K.New, tr("Start a blank scenario or one from a preset"))
        self._action("open", tr("&Open…"), self.open_dialog, K.Open)
        self._action("save", tr("&Save"), self.save, K.Save)
        self._action("save_as", tr("Save &As…"), self.save_as, K.SaveAs)
        self._action("revert", tr("&Revert"), self.revert, None, tr("Go back to the last saved version"))
        self._action("quit", tr("&Quit"), self.close, K.Quit)
        undo = self.document.undo_stack.createUndoAction(self, tr("&Undo"))
        undo.setShortcut(QKeySequence(K.Undo))
        undo.setObjectName("action-undo")
        redo = self.document.undo_stack.createRedoAction(self, tr("&Redo"))
        redo.setShortcut(QKeySequence(K.Redo))
        redo.setObjectName("action-redo")
        self.actions_by_key["undo"] = undo
        self.actions_by_key["redo"] = redo
        self._action("about", tr("&About Colossus Desktop"), self.about)

    def _build_menus(self) -> None:
        a = self.actions_by_key
        file_menu = self.menuBar().addMenu(tr("&File"))
        file_menu.addAction(a["new"])
        file_menu.addAction(a["open"])
        self.recent_menu = file_menu.addMenu(tr("Open &Recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()
        file_menu.addSeparator()
        file_menu.addAction(a["save"])
        file_menu.addAction(a["save_as"])
        file_menu.addAction(a["revert"])
        file_menu.addSeparator()
        file_menu.addAction(a["quit"])
        edit_menu = self.menuBar().addMenu(tr("&Edit"))
        edit_menu.addAction(a["undo"])
        edit_menu.addAction(a["redo"])
        view_menu = self.menuBar().addMenu(tr("&View"))
        theme_menu = view_menu.addMenu(tr("Chart &theme"))
        from PySide6.QtGui import QActionGroup

        group = QActionGroup(self)
        current = self._theme_name()
        self.theme_actions = {}
        for name, text in (("dark", tr("Dark (screen)")), ("projector", tr("Light, large type (projector)"))):
            action = theme_menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(name == current)
            action.setObjectName("action-theme-" + name)
            action.triggered.connect(lambda *_, n=name: self.set_theme(n))
            group.addAction(action)
            self.theme_actions[name] = action
        help_menu = self.menuBar().addMenu(tr("&Help"))
        from colossus_desktop.ui.views.validation import add_validation_action

        add_validation_action(self, help_menu)
        help_menu.addAction(a["about"])

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = settings.recent_files()
        for i, path in enumerate(files):
            action = self.recent_menu.addAction(f"&{i + 1} {Path(path).name}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda *_, p=path: self.open_path(p))
        if files:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(tr("Clear list"), lambda: (settings.clear_recent_files(), self._fill_recent()))
        self.recent_menu.setEnabled(bool(files))

    # ------------------------------------------------------------------ preferences
    @staticmethod
    def _theme_name() -> str:
        from colossus_desktop.drawing.theme import THEMES

        name = str(settings.settings().value("view/theme", "dark"))
        return name if name in THEMES else "dark"

    def _apply_saved_theme(self) -> None:
        try:
            from colossus_desktop.drawing.theme import set_current_theme

            set_current_theme(self._theme_name())
        except Exception:  # noqa: BLE001 - a preference never stops the window
            pass

    def set_theme(self, name: str) -> None:
        """Restyle the charts in place and remember the choice."""
        from colossus_desktop.drawing.theme import apply_theme

        apply_theme(self.charts, name)
        s = settings.settings()
        s.setValue("view/theme", name)
        s.sync()
        if name in getattr(self, "theme_actions", {}):
            self.theme_actions[name].setChecked(True)

    # ------------------------------------------------------------------ results → views
    def _show_evaluated(self, ev) -> None:
        self.kpis.set_evaluated(ev)
        for chart in self.charts:
            chart.set_evaluated(ev)
        warnings = warning_texts(ev.results, 0, translate=lambda text: QCoreApplication.translate(MESSAGES, text),
                                 number=lambda value, decimals: fmt.number(value, decimals))
        self.warning_label.setVisible(bool(warnings))
        if warnings:
            self.warning_label.setText("⚠ " + warnings[0] + (f"  (+{len(warnings) - 1})" if len(warnings) > 1 else ""))
            self.warning_label.setToolTip("\n".join(warnings))

    def _show_stale(self, stale: bool) -> None:
        self.kpis.set_stale(stale)
        for chart in self.charts:
            chart.set_stale(stale)
        errors = self.document.errors
        if errors:
            path, message = next(iter(errors.items()))
            text = tr("Results stale — {0}: {1}").format(self.builder.label_for(path), message)
        elif self.evaluator.error:
            text = tr("Results stale — {0}").format(self.evaluator.error)
        else:
            text = ""
        self.stale_label.setText(text)
        self.stale_label.setToolTip("\n".join(f"{k}: {v}" for k, v in errors.items()) or text)
        self.stale_label.setVisible(bool(text))

    # ------------------------------------------------------------------ title
    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.document.display_name}[*] — {APP_TITLE}")
        self.setWindowModified(self.document.is_modified)

    def _on_loaded(self) -> None:
        self._update_title()

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
        self._origin = scenario
        self.document.replace(scenario, path, modified=modified)
        if path and not modified:
            settings.add_recent_file(path)
        self.evaluator.evaluate_now()

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
            self._report_error(tr("Open scenario"), str(exc))
            return False
        except Exception as exc:  # noqa: BLE001 - whatever a file does, it is reported, not raised
            self._report_error(tr("Open scenario"), f"{os.fspath(path)}: {' '.join(str(exc).split())}")
            return False
        if not self.maybe_save():
            return False
        self.load(scenario, os.path.abspath(os.fspath(path)))
        self.statusBar().showMessage(tr("Opened {0}").format(os.fspath(path)), 4000)
        return True

    def save(self) -> bool:
        if self.document.path is None:
            return self.save_as()
        return self.save_to(self.document.path)

    def save_as(self) -> bool:
        suggested = str(self.document.path) if self.document.path else _slug(self.document.scenario.name) + ".json"
        path = self.prompter.save_path(suggested)
        if not path:
            return False
        if not Path(path).suffix:
            path += ".json"
        return self.save_to(path)

    def save_to(self, path: str | os.PathLike[str]) -> bool:
        from colossus_desktop.scenario.files import save_scenario

        try:
            save_scenario(self.document.scenario, path)
        except Exception as exc:  # noqa: BLE001
            self._report_error(tr("Save scenario"), " ".join(str(exc).split()))
            return False
        path = os.path.abspath(os.fspath(path))
        self._origin = self.document.scenario
        self.document.mark_saved(path)
        settings.add_recent_file(path)
        self.statusBar().showMessage(tr("Saved {0}").format(path), 4000)
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
                self._report_error(tr("Revert"), " ".join(str(exc).split()))
                return False
        self.load(self._origin, path)
        return True

    def offer_recovery(self) -> bool:
        """After a crash: offer the newest autosave left by a dead session."""
        for rec in find_recoverable():
            if rec.scenario_path == getattr(self.autosaver, "path", None):
                continue
            if not self.prompter.ask_recover(rec.name, rec.saved_at):
                rec.discard()
                continue
            from colossus_desktop.scenario.files import load_scenario

            try:
                scenario = load_scenario(rec.scenario_path)
            except Exception as exc:  # noqa: BLE001
                self._report_error(tr("Recover unsaved work"), " ".join(str(exc).split()))
                rec.discard()
                continue
            self.load(scenario, rec.source_path, modified=True)
            rec.discard()
            if self.autosaver is not None:
                self.autosaver.save_now()
            return True
        return False

    def _report_error(self, title: str, message: str) -> None:
        self.statusBar().showMessage(message, 10000)
        self.prompter.error(title, message)

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from colossus_desktop import __version__

        QMessageBox.about(
            self,
            tr("About Colossus Desktop"),
            tr("Colossus Desktop {0}\nModel AI supercomputers offline: cost, power, time to train, "
               "reliability and emissions.").format(__version__),
        )

    # ------------------------------------------------------------------ window events
    def dragEnterEvent(self, event) -> None:
        if _dropped_file(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:
        path = _dropped_file(event.mimeData())
        if path:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.open_path(path))  # leave the drag loop first

    def closeEvent(self, event) -> None:
        if not self.maybe_save():
            event.ignore()
            return
        if self._persist_geometry:
            s = settings.settings()
            s.setValue("window/geometry", self.saveGeometry())
            s.setValue("window/splitter", self.splitter.saveState())
            s.sync()
        if self.autosaver is not None:
            self.autosaver.close()
        event.accept()

    def _restore_geometry(self) -> None:
        s = settings.settings()
        geometry = s.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = s.value("window/splitter")
        if state is None or not self.splitter.restoreState(state):
            self._default_split()

    def _default_split(self) -> None:
        width = self.width()
        left = int(max(360, min(480, 0.2 * width + 124)))
        self.splitter.setSizes([left, width - left])

    def resize_for_screenshot(self, width: int, height: int) -> None:
        self.resize(width, height)
        self._default_split()


def _dropped_file(mime) -> str | None:
    if not mime.hasUrls():
        return None
    for url in mime.urls():
        if url.isLocalFile():
            return url.toLocalFile()
    return None


def _slug(name: str) -> str:
    keep = "".join(c if c.isalnum() or c in "-_ " else "" for c in name).strip()
    return "-".join(keep.lower().split()) or "scenario"
