"""File → Export Report: a dialog for formats, size and theme; the report written in steps
from the event loop (the window keeps turning), with progress and Cancel; a cancelled report
leaves no file behind."""

from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from colossus_desktop.scenario.uncertainty import Uncertainty
from colossus_desktop.ui.report_export import ReportDialog, ReportOptions

WAIT_MS = 240_000


class Dialogs:
    """Canned answers: the report options given, errors raised."""

    def __init__(self, options):
        self.options = options
        self.asked = []

    def report_options(self, parent, defaults):
        self.asked.append(defaults)
        return self.options

    def error(self, parent, title, message):
        raise AssertionError(message)


@pytest.fixture
def window(make_window):
    from colossus_desktop.scenario.presets import load_preset

    # no uncertain inputs: the report has no Monte Carlo of its own (faster, same steps)
    scenario = load_preset("colossus-2").model_copy(update={"uncertainty": Uncertainty()})
    return make_window(scenario, autosave=False, restore_geometry=False)


def files_in(folder):
    return sorted(p.name for p in folder.rglob("*"))


def test_dialog_reads_back_formats_size_and_theme(qtbot, tmp_path):
    dialog = ReportDialog(None, ReportOptions(str(tmp_path), ("pdf", "csv"), (1280, 720), "dark"))
    qtbot.addWidget(dialog)
    o = dialog.options()
    assert (o.folder, o.formats, o.size, o.theme) == (str(tmp_path), ("pdf", "csv"), (1280, 720), "dark")
    ok = dialog.buttons.buttons()[0]
    for box in dialog.checks.values():
        box.setChecked(False)
    assert not ok.isEnabled()  # nothing to write
    dialog.checks["xlsx"].setChecked(True)
    assert ok.isEnabled() and dialog.options().formats == ("xlsx",)
    assert set(dialog.checks) == {"pdf", "pptx", "csv", "xlsx", "png", "svg"}


def test_the_window_keeps_turning_while_the_report_is_written(window, tmp_path):
    ctl = window.export_controller
    ctl.dialogs = Dialogs(ReportOptions(str(tmp_path), ("png", "pdf", "pptx", "xlsx"), (1280, 720), "light"))
    turns = []  # event loop turns seen while the report was still being written
    progress = []
    ticker = QTimer()
    ticker.setInterval(0)
    job = ctl.export_report()
    ticker.timeout.connect(lambda: turns.append(job.task.running))
    job.task.progressed.connect(lambda d, n: progress.append((d, n)))
    ticker.start()
    assert job.task.wait(WAIT_MS)
    ticker.stop()
    assert sum(turns) > 10  # between the steps, not only after them
    assert len(progress) > 10 and progress[-1][0] == progress[-1][1]
    names = files_in(tmp_path)
    assert any(n.endswith("-report.pdf") for n in names) and any(n.endswith("-deck.pptx") for n in names)
    assert any(n.endswith("-data.xlsx") for n in names)
    assert not any(n.endswith((".svg", ".csv")) for n in names)  # only the formats asked
    assert not any(n.startswith(".") for n in names)  # no staging folder, no .part files left
    with Image.open(next(tmp_path.glob("*-capex.png"))) as im:
        assert im.size == (1280, 720)
        assert im.getpixel((5, 5))[:3] == (255, 255, 255)  # the light theme asked
    assert ctl.dialogs.asked and window.statusBar().currentMessage().startswith("Wrote")


def test_cancel_leaves_no_file(window, tmp_path):
    ctl = window.export_controller
    ctl.dialogs = Dialogs(ReportOptions(str(tmp_path), ("png", "svg", "pdf", "csv"), (1280, 720), "dark"))
    job = ctl.export_report()
    cancelled = []
    job.cancelled.connect(lambda: cancelled.append(True))

    def cancel_midway(done, total):
        if done >= total // 2 and job.task.running:
            job.task.cancel()  # what the task bar's Cancel button does

    job.task.progressed.connect(cancel_midway)
    assert job.task.wait(WAIT_MS)
    assert cancelled and not job.written
    assert files_in(tmp_path) == []  # nothing written, not even the staging folder
    assert "cancelled" in window.statusBar().currentMessage()


def test_the_task_bar_shows_progress_and_cancel(window, tmp_path):
    ctl = window.export_controller
    ctl.dialogs = Dialogs(ReportOptions(str(tmp_path), ("png",), (1280, 720), "light"))
    job = ctl.export_report()
    bar = next(w for w in window.statusBar().findChildren(QWidget) if w.objectName() == "report-task-bar")
    assert bar.task is job.task and bar.cancel_button.text() == "Cancel"
    job.task.cancel()
    assert files_in(tmp_path) == []
