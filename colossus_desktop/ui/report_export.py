"""File → Export Report…: a dialog for the folder, formats, picture size and theme, then the
report written in the background with progress and Cancel.

Painting a chart needs the GUI thread (the report clones the chart widgets), so the report is
not run in a worker thread: :func:`colossus_desktop.report.build.report_steps` cuts it into
small steps (one chart picture, one PDF page, one slide, one table file) that a
:class:`~colossus_desktop.ui.views.worker.SteppedTask` runs one per turn of the event loop. The
Monte Carlo the report may need is pure engine and runs in a worker thread first. The files are
staged in a hidden folder and moved into place only at the end, so Cancel leaves no file.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from colossus_desktop.file_formats import REPORT_FORMATS

SIZES = ((1920, 1080), (1280, 720), (3840, 2160))


def tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


def format_names() -> dict[str, str]:
    """What each report format is called in the dialog."""
    return {
        "pdf": tr("PDF report"),
        "pptx": tr("PowerPoint deck (PPTX)"),
        "csv": tr("Data tables (CSV)"),
        "xlsx": tr("Spreadsheet (XLSX)"),
        "png": tr("Chart pictures (PNG)"),
        "svg": tr("Chart pictures (SVG, vector)"),
    }


@dataclass
class ReportOptions:
    """What the report dialog asks: where, which formats, the pictures' size and the theme."""

    folder: str = ""
    formats: tuple[str, ...] = REPORT_FORMATS
    size: tuple[int, int] = SIZES[0]
    theme: str = "light"


class ReportDialog(QDialog):
    """The options of a report; ``options()`` reads them back."""

    def __init__(self, parent: QWidget | None, defaults: ReportOptions):
        super().__init__(parent)
        self.setObjectName("report-dialog")
        self.setWindowTitle(tr("Export report"))
        form = QFormLayout(self)

        self.folder = QLineEdit(defaults.folder)
        self.folder.setObjectName("report-folder")
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form.addRow(tr("Folder:"), row)

        grid = QGridLayout()
        self.checks: dict[str, QCheckBox] = {}
        order = ("pdf", "pptx", "csv", "xlsx", "png", "svg")  # documents first, then pictures
        for i, key in enumerate(order):
            box = QCheckBox(format_names()[key])
            box.setObjectName(f"report-format-{key}")
            box.setChecked(key in defaults.formats)
            box.toggled.connect(self._update_ok)
            grid.addWidget(box, i // 2, i % 2)
            self.checks[key] = box
        form.addRow(tr("Formats:"), grid)

        self.size = QComboBox()
        self.size.setObjectName("report-size")
        sizes = list(SIZES) + ([tuple(defaults.size)] if tuple(defaults.size) not in SIZES else [])
        for w, h in sizes:
            self.size.addItem(f"{w} × {h}", f"{w}x{h}")
        self.size.setCurrentIndex(sizes.index(tuple(defaults.size)))
        self.size.setToolTip(tr("The size of the chart pictures (PNG, SVG and the deck's slides)"))
        form.addRow(tr("Picture size:"), self.size)

        self.theme = QComboBox()
        self.theme.setObjectName("report-theme")
        self.theme.addItem(tr("Light (projector, print)"), "light")
        self.theme.addItem(tr("Dark (screen)"), "dark")
        self.theme.setCurrentIndex(max(self.theme.findData(defaults.theme), 0))
        form.addRow(tr("Theme:"), self.theme)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Export"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        self.folder.textChanged.connect(self._update_ok)
        self._update_ok()

    def options(self) -> ReportOptions:
        formats = tuple(f for f in REPORT_FORMATS if self.checks[f].isChecked())
        w, h = (int(v) for v in self.size.currentData().split("x"))
        return ReportOptions(self.folder.text().strip(), formats, (w, h), self.theme.currentData())

    def _update_ok(self, *_args) -> None:
        ok = bool(self.folder.text().strip()) and any(b.isChecked() for b in self.checks.values())
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("Export report to folder"), self.folder.text())
        if folder:
            self.folder.setText(folder)


def ask_report_options(parent: QWidget | None, defaults: ReportOptions) -> ReportOptions | None:
    """Show the report dialog; the options chosen, or None when cancelled."""
    dialog = ReportDialog(parent, defaults)
    try:
        return dialog.options() if dialog.exec() == QDialog.DialogCode.Accepted else None
    finally:
        dialog.deleteLater()


class ReportExport(QObject):
    """One report being written: the Monte Carlo (if the report runs its own) in a worker
    thread, then :func:`report_steps` driven by a :class:`SteppedTask`. ``task`` is what the
    window's task bar shows and cancels (it covers both phases); ``done`` is emitted with the
    paths written, ``failed`` with a one-line message; ``written`` and ``finished_ok`` say how
    it ended."""

    done = Signal(list)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QObject, ev, options: ReportOptions, base: str, uncertainty, sweep):
        from colossus_desktop.ui.views.worker import SteppedTask, Task

        super().__init__(parent)
        self.ev, self.options, self.base, self.sweep = ev, options, base, sweep
        self.uncertainty = uncertainty
        self.written: list[Path] = []
        self.ended = False
        self.task = SteppedTask(self)
        self.task.finished.connect(self._finished)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(self._cancelled)
        self.analysis = Task(self)  # the report's own Monte Carlo, off the GUI thread
        self.analysis.finished.connect(self._analysed)
        self.analysis.failed.connect(self._failed)

    def start(self) -> None:
        from colossus_desktop.report.build import AUTO

        needs_analysis = isinstance(self.uncertainty, str) and self.uncertainty == AUTO
        scenario, formats = self.ev.scenario, self.options.formats

        def work(progress):
            # what only the report needs is imported here, off the GUI thread (python-pptx
            # alone takes about 0.7 s), with the report's own Monte Carlo if it runs one
            if "pptx" in formats:
                import pptx  # noqa: F401
            if "xlsx" in formats:
                import openpyxl  # noqa: F401
            if not needs_analysis:
                return None
            from colossus_desktop.report.analysis_data import uncertainty_data

            return uncertainty_data(scenario)

        self._needs_analysis = needs_analysis
        self.task.start(self._steps(wait_for_analysis=True))
        self.analysis.start(work)

    def _analysed(self, data) -> None:
        if self._needs_analysis:
            self.uncertainty = data

    def _steps(self, wait_for_analysis: bool):
        """The report's steps, after the worker thread's Monte Carlo (waited for without
        blocking: one idle step per event loop turn)."""
        from colossus_desktop.report.build import report_steps

        try:
            while wait_for_analysis and self.analysis.running:
                time.sleep(0.01)  # leave the cores to the worker; the window still turns every 10 ms
                yield 0, 0  # busy, no fraction yet
            if self.ended:
                return []
            o = self.options
            return (yield from report_steps(self.ev, o.folder, o.formats, o.theme, o.size, base=self.base,
                                            uncertainty=self.uncertainty, sweep=self.sweep))
        finally:
            if self.analysis.running:
                self.analysis.cancel(emit=False)

    def _finished(self, written) -> None:
        self.ended = True
        self.written = list(written or [])
        self.done.emit(self.written)

    def _failed(self, message: str) -> None:
        if self.ended:
            return
        self.ended = True
        self.task.cancel(emit=False)
        self.failed.emit(message)

    def _cancelled(self) -> None:
        self.ended = True
        self.cancelled.emit()
