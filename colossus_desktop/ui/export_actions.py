"""The window's export and presentation commands, installed on a MainWindow from outside.

``install_export_actions(window)`` adds File → Export Chart (one submenu per chart: PNG
1920×1080, PNG 1280×720, PNG at a custom size, SVG, PDF, copy to the clipboard, and the
export theme), File → Export Report… (a dialog for folder, formats, size and theme, then the
report written in the background with progress and Cancel: ``ui/report_export.py``), View →
Presentation Mode (F5), and the same export menu on a right click on any chart. Every question
(file names, a custom size, the report's options) goes through ``controller.dialogs``, which
tests replace with canned answers.
"""

from __future__ import annotations

import dataclasses

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMenu, QMessageBox, QWidget

from colossus_desktop.formatting import slug
from colossus_desktop.drawing.export import SLIDE_SIZES, check_size, copy_chart_to_clipboard, export_chart

FILTERS = {"png": "PNG image (*.png)", "svg": "SVG vector image (*.svg)", "pdf": "PDF document (*.pdf)"}


def tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


class ExportDialogs:
    """The questions an export asks; replace the object (or a method) to answer in tests."""

    def save_path(self, parent: QWidget | None, caption: str, suggested: str, file_filter: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(parent, caption, suggested, file_filter)
        return path or None

    def custom_size(self, parent: QWidget | None, default: tuple[int, int]) -> tuple[int, int] | None:
        text, ok = QInputDialog.getText(parent, tr("Custom size"), tr("Width × height in pixels:"),
                                        text=f"{default[0]}x{default[1]}")
        if not ok:
            return None
        try:
            w, h = (int(v) for v in text.lower().replace("×", "x").split("x"))
            return check_size((w, h))
        except ValueError as exc:
            self.error(parent, tr("Custom size"), str(exc) if "range" in str(exc) else tr("Write it as 1600x900."))
            return None

    def report_options(self, parent: QWidget | None, defaults):
        """Folder, formats, size and theme of a report (a ReportOptions), or None."""
        from colossus_desktop.ui.report_export import ask_report_options

        return ask_report_options(parent, defaults)

    def error(self, parent: QWidget | None, title: str, message: str) -> None:
        QMessageBox.warning(parent, title, message)


class ExportController(QObject):
    def __init__(self, window):
        super().__init__(window)
        self.window = window
        self.dialogs = ExportDialogs()
        self.theme = "light"
        self.last_size = SLIDE_SIZES[0]
        self.last_dir = ""
        self.report_size = SLIDE_SIZES[0]
        self.report = None  # the report being written (ReportExport)
        self.presentation = None

    # ------------------------------------------------------------------ commands
    def _suggest(self, chart, fmt: str) -> str:
        name = f"{slug(self.window.document.scenario.name)}-{chart.chart_id}.{fmt}"
        folder = self.last_dir or (str(self.window.document.path.parent) if self.window.document.path else "")
        return os.path.join(folder, name) if folder else name

    def export(self, chart, fmt: str, size: tuple[int, int] | None = None) -> Path | None:
        """Ask for a file name, write the chart there, say so in the status bar."""
        self.window.flush_charts()  # results held back while another tab was in front
        size = size or SLIDE_SIZES[0]
        path = self.dialogs.save_path(self.window, tr("Export chart"), self._suggest(chart, fmt), FILTERS[fmt])
        if not path:
            return None
        if not Path(path).suffix:
            path += "." + fmt
        try:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                written = export_chart(chart, path, fmt=fmt, size=size, theme=self.theme, footer=self.footer(chart))
            finally:
                QApplication.restoreOverrideCursor()
        except (OSError, ValueError, RuntimeError) as exc:
            self.dialogs.error(self.window, tr("Export chart"), " ".join(str(exc).split()))
            return None
        self.last_dir = str(written.parent)
        self.window.statusBar().showMessage(tr("Exported {0}").format(written), 6000)
        return written

    def export_custom(self, chart, fmt: str = "png") -> Path | None:
        size = self.dialogs.custom_size(self.window, self.last_size)
        if size is None:
            return None
        self.last_size = size
        return self.export(chart, fmt, size)

    def copy(self, chart) -> None:
        self.window.flush_charts()
        copy_chart_to_clipboard(chart, SLIDE_SIZES[0], theme=self.theme, footer=self.footer(chart))
        self.window.statusBar().showMessage(tr("Copied “{0}” to the clipboard").format(chart.display_title), 4000)

    def footer(self, chart):
        """The footer of an exported chart of the document: its scenario named as exports name it
        (marked once it differs from the preset or file it came from); ``None`` (the chart's own
        footer) for a chart that is not of the document."""
        from colossus_desktop.assumptions import footer_lines

        ev = getattr(chart, "evaluated", None)
        if getattr(ev, "scenario", None) is None or getattr(chart, "footer_lines", None) is not None:
            return None
        return footer_lines(self.window.document.export_scenario(ev.scenario), getattr(chart, "chart_id", None),
                            getattr(ev, "inputs", None))

    def export_report(self, folder: str | None = None, options=None):
        """Ask for the report's options (``dialogs.report_options``; ``folder`` given: all formats
        there, no question) and start writing it in the background, with progress and Cancel in
        the status bar. Returns the :class:`~colossus_desktop.ui.report_export.ReportExport`
        (``written`` once it is done), or None when there is nothing to do."""
        from colossus_desktop.ui.report_export import ReportExport, ReportOptions

        ev = getattr(self.window.evaluator, "last", None)
        if ev is None:
            self.dialogs.error(self.window, tr("Export report"), tr("There are no results to report yet."))
            return None
        if self.report is not None and self.report.task.running:
            self.dialogs.error(self.window, tr("Export report"), tr("A report is being written; wait or cancel it first."))
            return None
        if options is None:
            defaults = ReportOptions(folder or self.last_dir, theme=self.theme, size=self.report_size)
            options = defaults if folder else self.dialogs.report_options(self.window, defaults)
        if options is None or not options.folder or not options.formats:
            return None
        self.report_size = tuple(options.size)
        base = slug(self.window.document.path.stem if self.window.document.path else ev.scenario.name)
        # titles, footers, the cover: marked once the document differs from where it came from
        ev = dataclasses.replace(ev, scenario=self.window.document.export_scenario(ev.scenario))
        job = ReportExport(self, ev, options, base, self.uncertainty_shown(ev), self.sweep_shown(ev))
        self.report = job
        bar = self._report_bar(job)
        job.done.connect(lambda written, o=options: self._report_done(written, o))
        job.failed.connect(lambda message: self.dialogs.error(self.window, tr("Export report"), message))
        job.cancelled.connect(lambda: self.window.statusBar().showMessage(tr("Report cancelled: no files written"), 6000))
        for signal in (job.done, job.failed, job.cancelled):
            signal.connect(lambda *_a, b=bar: b.deleteLater())
        job.start()
        return job

    def _report_bar(self, job):
        """Progress and Cancel for ``job`` in the status bar (shown after a short delay)."""
        from colossus_desktop.ui.views.worker import TaskBar

        bar = TaskBar(job.task, self.window.statusBar())
        bar.setObjectName("report-task-bar")
        bar.set_text(tr("Writing the report…"))
        bar.bar.setMinimumWidth(180)  # the status bar's other messages must not squeeze it away
        bar.setMaximumWidth(520)
        self.window.statusBar().addPermanentWidget(bar)
        return bar

    def _report_done(self, written, options) -> None:
        self.last_dir = options.folder
        self.window.statusBar().showMessage(tr("Wrote {0} files to {1}").format(len(written), options.folder), 8000)

    def _view(self, name: str):
        views = getattr(self.window, "views", None)  # only a tab already built can hold a result
        return views.built().get(name) if views is not None else None

    @staticmethod
    def _settled(view) -> bool:
        """The view's result is of the current document: no edit is waiting to re-run it."""
        return not (view.task.running or view.debounce.isActive() or getattr(view, "_dirty", False))

    def uncertainty_shown(self, ev):
        """The Uncertainty tab's full run (Monte Carlo and tornado) when it is of the current
        document, else "auto" (the report runs its own, as the CLI does)."""
        from colossus_desktop.report.analysis_data import uncertainty_data

        view = self._view("uncertainty")
        if view is None or view.mc is None or view.tornado is None or not view.full or not self._settled(view):
            return "auto"
        return uncertainty_data(ev.scenario, mc=view.mc, tornado=view.tornado)

    def sweep_shown(self, ev):
        """The Sweep tab's result with its chosen outputs, or None when it has none. A sweep run
        before the last edit is run again with the same inputs and values."""
        from colossus_desktop.report.analysis_data import sweep_data

        view = self._view("sweep")
        if view is None or view.result is None or not view.run_specs:
            return None
        result = view.result if self._settled(view) else None
        keys = [k for k in view.checked_outputs() if k in view.result.outputs] or None
        return sweep_data(ev, view.run_specs, keys, result=result)

    def present(self, show: bool = True):
        """Open (or bring back) the full-screen presentation, on the chart last right-clicked."""
        from colossus_desktop.ui.presentation import PresentationWindow

        if self.presentation is None:
            self.presentation = PresentationWindow(self.window.evaluator)
            self.presentation.closed.connect(self._presentation_closed)
        if show:
            self.presentation.start(self.window.screen())
        return self.presentation

    def _presentation_closed(self) -> None:
        p, self.presentation = self.presentation, None
        if p is not None:
            p.deleteLater()

    # ------------------------------------------------------------------ menus
    def fill_chart_menu(self, menu: QMenu, chart) -> QMenu:
        def add(key: str, text: str, slot) -> QAction:
            action = menu.addAction(text)
            action.setObjectName(f"export-{key}")
            action.triggered.connect(lambda *_: slot())
            return action

        for w, h in SLIDE_SIZES:
            add(f"png-{w}x{h}", tr("PNG {0}×{1}…").format(w, h), lambda s=(w, h): self.export(chart, "png", s))
        add("png-custom", tr("PNG, custom size…"), lambda: self.export_custom(chart, "png"))
        add("svg", tr("SVG (vector)…"), lambda: self.export(chart, "svg"))
        add("pdf", tr("PDF (vector)…"), lambda: self.export(chart, "pdf"))
        menu.addSeparator()
        add("copy", tr("Copy to clipboard"), lambda: self.copy(chart))
        menu.addSeparator()
        theme_menu = menu.addMenu(tr("Export theme"))
        group = QActionGroup(theme_menu)
        for key, text in (("light", tr("Light (projector, print)")), ("dark", tr("Dark (screen)"))):
            a = theme_menu.addAction(text)
            a.setObjectName(f"export-theme-{key}")
            a.setCheckable(True)
            a.setChecked(self.theme == key)
            group.addAction(a)
            a.triggered.connect(lambda *_, k=key: setattr(self, "theme", k))
        return menu

    def chart_menu(self, chart, parent: QWidget | None = None) -> QMenu:
        menu = QMenu(parent or chart)
        menu.setObjectName(f"chart-menu-{chart.chart_id}")
        return self.fill_chart_menu(menu, chart)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt)
        if event.type() == QEvent.Type.ContextMenu:
            chart = self._charts_by_view.get(id(obj))
            if chart is not None:
                menu = self.chart_menu(chart)
                menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                menu.popup(event.globalPos())  # not exec(): no nested event loop
                self.last_menu = menu
                return True
        return False

    def install_chart_menus(self) -> None:
        self._charts_by_view = {}
        for chart in self.window.charts:
            view = getattr(chart, "graphics", None)
            target = view.viewport() if view is not None else chart
            self._charts_by_view[id(target)] = chart
            target.installEventFilter(self)


def _menu_with(window, action: QAction | None) -> QMenu | None:
    """The menu-bar menu that holds ``action``."""
    if action is None:
        return None
    for menu in window.menuBar().findChildren(QMenu):
        if menu.parent() is window.menuBar() and action in menu.actions():
            return menu
    return None


def install_export_actions(window) -> ExportController:
    """Add the export and presentation commands to ``window`` (a MainWindow); returns the
    controller (also ``window.export_controller``)."""
    ctl = ExportController(window)
    window.export_controller = ctl
    actions = getattr(window, "actions_by_key", {})

    report = QAction(tr("Export &Report…"), window)
    report.setObjectName("action-export_report")
    report.setStatusTip(tr("Write the PDF report, the PPTX deck, the charts and the data to a folder, in the background"))
    report.triggered.connect(lambda *_: ctl.export_report())
    present = QAction(tr("&Presentation Mode"), window)
    present.setObjectName("action-presentation")
    present.setShortcut(QKeySequence(Qt.Key.Key_F5))
    present.setStatusTip(tr("Full screen, one chart at a time; arrows to step, Escape to leave"))
    present.triggered.connect(lambda *_: ctl.present())
    actions["export_report"] = report
    actions["presentation"] = present

    chart_menu = QMenu(tr("Export &Chart"), window)
    chart_menu.setObjectName("menu-export-chart")
    for chart in window.charts:
        sub = chart_menu.addMenu(chart.display_title)
        sub.setObjectName(f"menu-export-{chart.chart_id}")
        ctl.fill_chart_menu(sub, chart)

    quit_action = actions.get("quit")
    file_menu = _menu_with(window, quit_action)
    if file_menu is None:
        file_menu = window.menuBar().addMenu(tr("&File"))
        quit_action = None
    before = quit_action
    if actions.get("open_comparison") in file_menu.actions():  # installed after the views: above it
        before = actions["open_comparison"]
    elif before is not None:
        items = file_menu.actions()
        i = items.index(before)
        if i > 0 and items[i - 1].isSeparator():
            before = items[i - 1]
    file_menu.insertMenu(before, chart_menu) if before is not None else file_menu.addMenu(chart_menu)
    if before is not None:
        file_menu.insertAction(before, report)
        file_menu.insertSeparator(before)
    else:
        file_menu.addAction(report)

    theme_actions = getattr(window, "theme_actions", None) or {}
    view_menu = None
    for action in theme_actions.values():  # the window's own View menu holds the theme choice
        for menu in window.menuBar().findChildren(QMenu):
            # (never QAction.menu(): PySide 6.10 hands its QMenu to Python, which deletes it)
            if menu.parent() is window.menuBar() and any(action in sub.actions() for sub in menu.findChildren(QMenu)):
                view_menu = menu
                break
        break
    if view_menu is not None:
        view_menu.addSeparator()
        view_menu.addAction(present)
    else:
        view_menu = QMenu(tr("&View"), window)
        view_menu.setObjectName("menu-view")
        view_menu.addAction(present)
        help_menu = _menu_with(window, actions.get("about"))
        if help_menu is not None:
            window.menuBar().insertMenu(help_menu.menuAction(), view_menu)
        else:
            window.menuBar().addMenu(view_menu)
    window.addAction(present)  # F5 works even with the menu bar hidden
    ctl.install_chart_menus()
    return ctl
