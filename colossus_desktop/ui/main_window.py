"""The main window: builder form on the left, KPI strip on top, live charts in a grid.

Edits go form → :class:`Document` (undoable commands) → :class:`Evaluator` (debounced) → one
:class:`Evaluated` handed to the KPI strip and every chart. This module holds the layout and
the wiring; the commands live beside it and are installed on the window: the File menu, drag
and drop and the unsaved-changes prompt in :mod:`.file_actions`, Undo/Redo in
:mod:`.history_actions`, exports and presentation in :mod:`.export_actions`. Every question goes
through a :class:`Prompter` so tests can answer it.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from colossus_desktop.drawing import format as fmt
from colossus_desktop.drawing.format import ensure_locale
from colossus_desktop.messages import CONTEXT as MESSAGES, warning_texts
from colossus_desktop.scenario.model import Scenario
from colossus_desktop.ui import settings
from colossus_desktop.ui.autosave import Autosaver
from colossus_desktop.ui.builder import BuilderPanel
from colossus_desktop.ui.chart_grid import ChartGrid
from colossus_desktop.ui.document import Document
from colossus_desktop.ui.elided_label import ElidedLabel
from colossus_desktop.ui.evaluator import Evaluator
from colossus_desktop.ui.file_actions import install_file_actions
from colossus_desktop.ui.history_actions import HistoryActions
from colossus_desktop.ui.prompts import Prompter
from colossus_desktop.ui.refusals import localized
from colossus_desktop.ui.screen_fit import fit_to_screen
from colossus_desktop.ui.startup import StartupStages

APP_TITLE = "Colossus Desktop"
STALE_STYLE = "color: white; background: #D55E00; padding: 1px 6px; border-radius: 3px;"
WARN_STYLE = "color: black; background: #F0E442; padding: 1px 6px; border-radius: 3px;"


def tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def _default_charts(parent, size_for=None):
    from colossus_desktop.drawing.charts import create_charts

    return create_charts(parent, size_for)


def _default_kpis(parent):
    from colossus_desktop.ui.kpi_strip import KpiStrip

    return KpiStrip(parent)


class MainWindow(QMainWindow):
    """The window. With ``staged=True`` it paints its frame, the form and the KPI strip first;
    building the charts, evaluating and showing the results, and installing the export commands
    follow, one per turn of the event loop (``starting`` until then; ``firstFrameShown`` when the
    first frame is on screen, ``startupFinished`` at the end). Otherwise all of it happens in the
    constructor."""

    firstFrameShown = Signal()  # a staged window's first frame is on screen; the charts follow
    startupFinished = Signal()
    startupFailed = Signal()  # a start-up stage raised: the stages stop there

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
        staged: bool = False,
    ):
        super().__init__()
        ensure_locale()
        self.setObjectName("main-window")
        self.document = scenario if isinstance(scenario, Document) else Document(scenario, path)
        self.document.setParent(self)
        self.prompter = prompter or Prompter(self)
        self.evaluator = Evaluator(self.document, self)
        self.autosaver = Autosaver(self.document, parent=self) if autosave else None

        # ---- widgets
        self._apply_saved_theme()
        self.builder = BuilderPanel(self.document, lazy=staged)  # staged: the open page first
        self.kpis = (kpis_factory or _default_kpis)(None)
        self.kpis.setObjectName("kpi-strip")
        self._charts_factory = charts_factory or _default_charts
        self.charts: list = []  # built by the first start-up stage (:meth:`_build_charts`)
        # as many columns as fit at a readable size, scrolling below that (ui/chart_grid.py)
        self.chart_panel = ChartGrid([])
        self.chart_panel.setObjectName("charts")

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("main-splitter")
        self.splitter.addWidget(self.builder)
        # The right side: "Charts" first, then one tab per view (compare, sweep, uncertainty).
        self.tabs = QTabWidget()
        self.tabs.setObjectName("view-tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setTabBarAutoHide(True)  # charts alone: no tab bar
        self.tabs.addTab(self.chart_panel, tr("Charts"))
        self._charts_pending = None
        self.tabs.currentChanged.connect(lambda _i: self.tabs.currentWidget() is self.chart_panel and self.flush_charts())
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.builder.setMinimumWidth(max(320, self.builder.narrowest_width()))  # the splitter keeps it
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
        self.warning_label = ElidedLabel()  # "…" when narrow; the whole text in its tooltip
        self.warning_label.setObjectName("warning-label")
        self.warning_label.setStyleSheet(WARN_STYLE)
        self.warning_label.hide()
        self.autosave_label = QLabel()  # a write of the autosave failed: said until one succeeds
        self.autosave_label.setObjectName("autosave-label")
        self.autosave_label.setStyleSheet(STALE_STYLE)
        self.autosave_label.hide()
        self.statusBar().addWidget(self.stale_label)
        self.statusBar().addWidget(self.warning_label, 1)
        self.statusBar().addPermanentWidget(self.autosave_label)
        if self.autosaver is not None:
            self.autosaver.failed.connect(self._show_autosave_failure)
            self.autosaver.saved.connect(self.autosave_label.hide)

        self._build_actions()
        from colossus_desktop.ui.undo_keys import UndoKeys

        self.undo_keys = UndoKeys(self.document, self.builder.binder, self)  # Ctrl+Z in a field: the document's
        install_file_actions(self)  # File menu, drag and drop, the prompt before closing
        self._build_menus()
        from colossus_desktop.ui.model_import import install_model_import

        install_model_import(self)  # File → Import Model… (a Hugging Face config.json)
        from colossus_desktop.ui.views import install_views

        self.views = install_views(self)  # the tabs beside "Charts" (ui/views)

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
        # What the first frame does not need comes in later turns of the event loop (staged)
        # or right here: the charts (pyqtgraph), then the first results shown in them (the
        # charts join the grid with their data: no frame of empty charts), then the export
        # commands. A staged window's closed form pages (only their titles show) are built when
        # one is opened or one of their fields is asked for (BuilderPanel(lazy=True)).
        self._startup = StartupStages(
            self, [self._build_charts, self._show_charts, self._install_exports], staged)
        if not staged:
            self.finish_startup()

    # ------------------------------------------------------------------ start-up stages
    @property
    def starting(self) -> bool:
        """True until the charts, the export commands and the first results are in place."""
        return self._startup.pending

    @property
    def startup_failed(self) -> bool:
        """True once a start-up stage has raised (``startupFailed``): the stages stopped there."""
        return self._startup.failed

    def finish_startup(self) -> None:
        """Run the start-up stages still due, now (a window built with ``staged=True`` runs
        them one per turn of the event loop after its first frame)."""
        self._startup.finish()

    def _build_charts(self) -> None:
        """Create the charts (importing pyqtgraph); they join the window in :meth:`_show_charts`."""
        if self._charts_factory is _default_charts:  # each chart styled once, for its cell's size
            from colossus_desktop.drawing.charts import CHART_TYPES

            self.charts = list(_default_charts(None, self.chart_panel.size_for_each(CHART_TYPES)))
        else:
            self.charts = list(self._charts_factory(None))
        for chart in self.charts:
            chart.set_stale(self.evaluator.stale)

    def _show_charts(self) -> None:
        """Lay the charts out in the grid and evaluate the document (the KPI strip, the form and
        the charts get the results) in the same turn: the next frame shows them with their data."""
        self.chart_panel.set_charts(self.charts)
        self.evaluator.evaluate_now()
        if self.isVisible():  # lay out and settle the charts now: each paints once
            from colossus_desktop.drawing.charts.settle import settle_window

            settle_window(self.charts)

    def _install_exports(self) -> None:
        """File → Export Chart/Report, View → Presentation Mode, the charts' menus (imports the
        export drawing code)."""
        from colossus_desktop.ui.export_actions import install_export_actions

        install_export_actions(self)

    # ------------------------------------------------------------------ actions and menus
    def _build_actions(self) -> None:
        """Undo/Redo (from the history adapter) and About; the file actions add theirs."""
        self.actions_by_key: dict[str, QAction] = {}
        K = QKeySequence.StandardKey
        self.history_actions = HistoryActions(self.document, self, tr("&Undo"), tr("&Redo"))
        for key, action, shortcut in (
            ("undo", self.history_actions.undo, K.Undo),
            ("redo", self.history_actions.redo, K.Redo),
        ):
            action.setShortcut(QKeySequence(shortcut))
            action.setObjectName("action-" + key)
            self.actions_by_key[key] = action
        about = QAction(tr("&About Colossus Desktop"), self)
        about.setObjectName("action-about")
        about.triggered.connect(lambda *_: self.about())
        self.actions_by_key["about"] = about

    def _build_menus(self) -> None:
        a = self.actions_by_key
        edit_menu = self.menuBar().addMenu(tr("&Edit"))
        edit_menu.setToolTipsVisible(True)  # Undo's tooltip says how many steps are kept
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
        from colossus_desktop.ui.language import add_language_menu

        add_language_menu(self, view_menu)  # View → Language (the window is rebuilt in the new one)
        help_menu = self.menuBar().addMenu(tr("&Help"))
        from colossus_desktop.ui.guide_action import add_guide_action
        from colossus_desktop.ui.views import add_validation_action

        add_guide_action(self, help_menu)
        add_validation_action(self, help_menu)
        help_menu.addAction(a["about"])

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
        from colossus_desktop.ui.views import keep_charts_readable

        theme = apply_theme(self.charts, name)
        self.chart_panel.reflow(theme)  # the projector's large type needs larger charts
        views = getattr(self, "views", None)
        for view in (views.built().values() if views is not None else ()):  # the tabs' own charts
            if hasattr(view, "apply_theme"):
                view.apply_theme(theme)
            keep_charts_readable(view, theme)
        s = settings.settings()
        s.setValue("view/theme", name)
        s.sync()
        if name in getattr(self, "theme_actions", {}):
            self.theme_actions[name].setChecked(True)

    # ------------------------------------------------------------------ results → views
    def _show_evaluated(self, ev) -> None:
        self.kpis.set_evaluated(ev)
        self.builder.set_evaluated(ev)
        if self.isVisible() and self.tabs.currentWidget() is not self.chart_panel:
            self._charts_pending = ev  # another tab in front: the charts catch up when shown
        else:
            self._charts_pending = None
            for chart in self.charts:
                chart.set_evaluated(ev)
        warnings = warning_texts(ev.results, 0, translate=lambda text: QCoreApplication.translate(MESSAGES, text),
                                 number=fmt.writer())  # the locale's numbers, "88 %"
        self.warning_label.setVisible(bool(warnings))
        if warnings:
            self.warning_label.set_full_text("⚠ " + warnings[0] + (f"  (+{len(warnings) - 1})" if len(warnings) > 1 else ""))
            self.warning_label.setToolTip("\n".join(warnings))

    def flush_charts(self) -> None:
        """Hand the charts the results they were spared while another tab was in front."""
        ev, self._charts_pending = getattr(self, "_charts_pending", None), None
        if ev is not None:
            for chart in self.charts:
                chart.set_evaluated(ev)

    def _show_stale(self, stale: bool) -> None:
        self.kpis.set_stale(stale)
        self.builder.set_stale(stale)
        for chart in self.charts:
            chart.set_stale(stale)
        errors = self.document.errors
        if errors:
            path, message = next(iter(errors.items()))
            text = tr("Results stale — {0}: {1}").format(self.builder.label_for(path), localized(message))
        elif self.evaluator.error:
            text = tr("Results stale — {0}").format(self.evaluator.error)
        else:
            text = ""
        self.stale_label.setText(text)
        self.stale_label.setToolTip("\n".join(f"{k}: {localized(v)}" for k, v in errors.items()) or text)
        self.stale_label.setVisible(bool(text))

    def _show_autosave_failure(self, reason: str) -> None:
        """Say in the status bar that unsaved work is not protected, and why (until a write works)."""
        self.autosave_label.setText(tr("Autosave failed"))
        self.autosave_label.setToolTip(
            tr("Your unsaved changes could not be written to the autosave folder, so they would be lost "
               "in a crash: {0}\nSave the scenario (File → Save As…) to keep it; autosave tries again "
               "after each edit.").format(reason))
        self.autosave_label.show()
        self.statusBar().showMessage(tr("Autosave failed: {0}").format(reason), 15000)

    # ------------------------------------------------------------------ title
    def _update_title(self) -> None:
        self.setWindowTitle(f"{self.document.display_name}[*] — {APP_TITLE}")
        self.setWindowModified(self.document.is_modified)

    def _on_loaded(self) -> None:
        self._update_title()

    # ------------------------------------------------------------------ help and window events
    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from colossus_desktop import __version__

        QMessageBox.about(
            self,
            tr("About Colossus Desktop"),
            tr("Colossus Desktop {0}\nModel AI supercomputers offline: cost, power, time to train, "
               "reliability and emissions.").format(__version__),
        )

    def dragEnterEvent(self, event) -> None:
        self.file_controller.drag_enter(event)

    def dropEvent(self, event) -> None:
        self.file_controller.drop(event)

    def closeEvent(self, event) -> None:
        """Ask about unsaved work (file actions), then keep the layout for next time."""
        if not self.file_controller.close_requested():
            event.ignore()
            return
        if self._persist_geometry:
            s = settings.settings()
            s.setValue("window/geometry", self.saveGeometry())
            s.setValue("window/splitter", self.splitter.saveState())
            s.sync()
        from colossus_desktop.ui.views.worker import Task

        Task.shutdown_all()  # no worker thread outlives the window
        event.accept()

    def _restore_geometry(self) -> None:
        s = settings.settings()
        geometry = s.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:  # the first start: 1280 × 800, or less on a smaller screen (a 1366 × 768 laptop)
            fit_to_screen(self, 1280, 800)
        state = s.value("window/splitter")
        if state is None or not self.splitter.restoreState(state):
            self._default_split()

    def _default_split(self) -> None:
        width = self.width()
        left = int(max(360, self.builder.minimumWidth(), min(480, 0.2 * width + 124)))
        self.splitter.setSizes([left, width - left])

    def resize_for_screenshot(self, width: int, height: int) -> None:
        self.resize(width, height)
        self._default_split()

