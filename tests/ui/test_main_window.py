"""The main window: live edits, undo, documents, autosave recovery, layout."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from colossus_desktop.scenario.files import load_scenario
from colossus_desktop.scenario.presets import load_preset
from colossus_desktop.ui import settings
from colossus_desktop.ui.autosave import find_recoverable

from .helpers import chart_data, kpi_text, same_data


@pytest.fixture(scope="module")
def colossus2():
    return load_preset("colossus-2")


def settle(qtbot, window):
    """Let the debounced evaluation run."""
    qtbot.waitUntil(lambda: not window.evaluator.timer.isActive(), timeout=2000)
    QApplication.processEvents()


def snapshot(window):
    return kpi_text(window.kpis), [chart_data(c) for c in window.charts]


def test_edit_updates_kpis_and_charts_and_undo_restores(qtbot, make_window):
    w = make_window()
    kpis0, charts0 = snapshot(w)
    assert kpis0 and all(charts0)
    spin = w.builder.show_field("facility.pue")
    spin.setValue(spin.value() + 0.25)
    settle(qtbot, w)
    kpis1, charts1 = snapshot(w)
    assert kpis1 != kpis0
    changed = [c.chart_id for c, a, b in zip(w.charts, charts0, charts1) if not same_data(a, b)]
    assert changed, "no chart data changed"
    assert w.isWindowModified()
    w.actions_by_key["undo"].trigger()
    settle(qtbot, w)
    kpis2, charts2 = snapshot(w)
    assert kpis2 == kpis0
    assert all(same_data(a, b) for a, b in zip(charts0, charts2))
    assert not w.isWindowModified()
    w.actions_by_key["redo"].trigger()
    settle(qtbot, w)
    assert snapshot(w)[0] == kpis1


def test_pool_table_edit_and_operations_are_undoable(qtbot, make_window):
    w = make_window()
    page = w.builder.pools
    n = len(w.document.scenario.pools)
    count0 = w.document.scenario.pools[0].count
    model = page.model
    assert model.setData(model.index(0, 2), count0 * 2)
    settle(qtbot, w)
    assert w.evaluator.last.scenario.pools[0].count == count0 * 2
    page.table.selectRow(0)
    page.buttons["duplicate"].click()
    page.buttons["add"].click()
    page.buttons["down"].click()
    page.buttons["remove"].click()
    assert len(w.document.scenario.pools) == n + 1
    for _ in range(5):
        w.actions_by_key["undo"].trigger()
    settle(qtbot, w)
    assert w.document.scenario.pools[0].count == count0 and len(w.document.scenario.pools) == n
    assert not w.isWindowModified()


def test_invalid_input_is_marked_and_results_go_stale(qtbot, make_window):
    w = make_window()
    w.show()
    qtbot.waitExposed(w)
    kpis0, charts0 = snapshot(w)
    model = w.builder.pools.model
    assert not model.setData(model.index(0, 3), "2025-13")  # arrival month 13
    assert "pools[0].arrival" in w.document.errors
    assert w.evaluator.stale and w.stale_label.isVisible()
    assert "Pool 1 arrival" in w.stale_label.text()
    assert all(c.is_stale() for c in w.charts)
    line = w.builder.show_field("workload.name")
    assert isinstance(line, QLineEdit) and line.isVisible()  # the workload page is open
    assert line.text() == w.document.scenario.workload.name
    spin = w.builder.show_field("workload.params_active_b")
    spin.setValue(spin.maximum())  # more active than total parameters
    settle(qtbot, w)
    bound = w.builder.binder.fields["workload.params_active_b"]
    assert bound.error_label.isVisible() and "exceed" in bound.error_label.text()
    assert "exceed" in spin.toolTip() and spin.property("invalid") is True
    kpis1, charts1 = snapshot(w)  # the last good results stay on screen
    assert kpis1 == kpis0 and all(same_data(a, b) for a, b in zip(charts0, charts1))
    spin.setValue(0)  # back to "dense": valid
    assert not bound.error_label.isVisible()
    assert model.setData(model.index(0, 3), "2025-11")
    settle(qtbot, w)
    assert not w.evaluator.stale and not w.stale_label.isVisible()
    assert not any(c.is_stale() for c in w.charts)


def test_save_open_round_trip_through_actions(qtbot, make_window, tmp_path):
    w = make_window()
    assert "colossus" in w.windowTitle().lower() or "[*]" in w.windowTitle()
    w.builder.show_field("costs.staff_count").setValue(1234)
    assert w.isWindowModified()
    target = tmp_path / "mine"
    w.prompter.save_as_answer = str(target)
    w.actions_by_key["save"].trigger()  # no file yet: save as
    saved = tmp_path / "mine.json"
    assert saved.is_file() and not w.isWindowModified()
    assert w.windowTitle().startswith("mine.json")
    assert load_scenario(saved).costs.staff_count == 1234
    assert settings.recent_files()[0] == str(saved)

    w.builder.show_field("costs.staff_count").setValue(99)
    assert w.isWindowModified()
    w.prompter.open_answer = str(saved)
    w.prompter.save_answer = "discard"
    w.actions_by_key["open"].trigger()
    assert w.prompter.asked.count("save_changes") == 1
    assert w.document.scenario.costs.staff_count == 1234 and not w.isWindowModified()
    assert w.builder.editor("costs.staff_count").value() == 1234

    w.builder.show_field("costs.staff_count").setValue(7)
    w.actions_by_key["revert"].trigger()
    assert w.document.scenario.costs.staff_count == 1234 and not w.isWindowModified()


def test_unsaved_changes_prompt_on_close(qtbot, make_window, tmp_path):
    w = make_window()
    w.show()
    w.builder.show_field("costs.staff_count").setValue(321)
    w.prompter.save_answer = "cancel"
    assert not w.close()
    assert w.isVisible() and w.prompter.asked == ["save_changes"]
    w.prompter.save_answer = "save"
    w.prompter.save_as_answer = str(tmp_path / "closing.json")
    assert w.close()
    assert load_scenario(tmp_path / "closing.json").costs.staff_count == 321

    w2 = make_window()
    w2.show()
    w2.builder.show_field("costs.staff_count").setValue(322)
    w2.prompter.save_answer = "discard"
    assert w2.close()
    w3 = make_window()
    assert w3.close() and w3.prompter.asked == []  # nothing to ask when unchanged


CRASH = textwrap.dedent(
    """
    import os, sys
    from PySide6.QtWidgets import QApplication, QLineEdit
    app = QApplication([])
    from colossus_desktop.scenario.presets import load_preset
    from colossus_desktop.ui.autosave import Autosaver
    from colossus_desktop.ui.document import Document
    doc = Document(load_preset("colossus-2"))
    saver = Autosaver(doc)
    doc.set_field("costs.staff_count", 4321.0)
    assert saver.save_now(), saver.last_error
    print(saver.path, flush=True)
    os.kill(os.getpid(), 9)
    """
)


def test_autosave_recovery_after_a_kill(qtbot, make_window, _isolated_home):
    env = dict(os.environ, COLOSSUS_DESKTOP_HOME=str(_isolated_home), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run([sys.executable, "-c", CRASH], env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode != 0, proc.stderr  # killed
    assert proc.stdout.strip().endswith(".json"), proc.stderr
    found = find_recoverable()
    assert len(found) == 1

    w = make_window()
    w.prompter.recover_answer = True
    assert w.file_controller.offer_recovery()
    assert w.prompter.asked == ["recover"]
    assert w.document.scenario.costs.staff_count == 4321 and w.isWindowModified()
    assert find_recoverable() == []  # the dead session's files are gone (ours is alive)
    w.prompter.save_answer = "discard"
    w.close()
    assert not any(settings.autosave_dir().iterdir()), "a clean exit leaves no autosave"

    # Declining discards it.
    subprocess.run([sys.executable, "-c", CRASH], env=env, capture_output=True, text=True, timeout=60)
    w2 = make_window()
    w2.prompter.recover_answer = False
    assert not w2.file_controller.offer_recovery() and find_recoverable() == []
    assert w2.document.scenario.costs.staff_count != 4321


def test_autosave_writes_unsaved_work_and_removes_it_when_saved(qtbot, make_window, tmp_path):
    w = make_window()
    w.builder.show_field("costs.staff_count").setValue(555)
    assert w.autosaver.save_now()
    assert json.loads(w.autosaver.path.read_text())["costs"]["staff_count"] == 555
    assert find_recoverable() == []  # our own session is locked, not offered
    w.file_controller.save_to(tmp_path / "x.json")
    assert not w.autosaver.path.exists()


def test_malformed_file_leaves_the_document_unchanged(qtbot, make_window, tmp_path):
    w = make_window()
    w.builder.show_field("costs.staff_count").setValue(777)
    before = w.document.scenario
    bad = tmp_path / "broken.json"
    bad.write_text('{"format": "colossus-desktop-scenario", "schema_version": 1, "pools": [')
    assert not w.file_controller.open_path(bad)
    assert w.document.scenario is before and w.isWindowModified()
    assert len(w.prompter.errors) == 1
    message = w.prompter.errors[0][1]
    assert "broken.json" in message and "\n" not in message
    assert "broken.json" in w.statusBar().currentMessage()
    assert "save_changes" not in w.prompter.asked

    invalid = tmp_path / "invalid.json"
    data = json.loads((tmp_path / "x.json").read_text()) if (tmp_path / "x.json").exists() else None
    if data is None:
        w.file_controller.save_to(tmp_path / "x.json")
        data = json.loads((tmp_path / "x.json").read_text())
    data["pools"][0]["count"] = -5
    invalid.write_text(json.dumps(data))
    w.builder.show_field("costs.staff_count").setValue(778)
    before = w.document.scenario
    assert not w.file_controller.open_path(invalid)
    assert w.document.scenario is before
    assert "pools[0].count" in w.prompter.errors[-1][1]


def test_drop_a_scenario_file_opens_it(qtbot, make_window, tmp_path, colossus2):
    w = make_window()
    w.file_controller.save_to(tmp_path / "dropped.json")
    w2 = make_window(load_preset("deepseek-v3"))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "dropped.json"))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    w2.dropEvent(event)
    qtbot.waitUntil(lambda: w2.document.path is not None, timeout=2000)
    assert w2.document.path.name == "dropped.json" and w2.document.scenario == colossus2


def test_new_from_gallery_choice(qtbot, make_window):
    w = make_window()
    w.prompter.new_answer = load_preset("deepseek-v3")
    assert w.actions_by_key["new"].isEnabled()
    w.actions_by_key["new"].trigger()
    assert w.document.scenario.name == w.prompter.new_answer.name and w.document.path is None


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080)])
def test_every_chart_and_the_form_fit_in_the_window(qtbot, make_window, size):
    w = make_window(restore_geometry=False)
    w.resize_for_screenshot(*size)
    w.show()
    qtbot.waitExposed(w)
    QApplication.processEvents()
    assert (w.width(), w.height()) == size
    area = w.rect()
    widgets = [w.builder, w.builder.toolbox, w.builder.pools.table, w.kpis, *w.charts]
    assert len(w.charts) >= 3
    for widget in widgets:
        assert widget.isVisible(), widget.objectName()
        top_left = widget.mapTo(w, QPoint(0, 0))
        rect = widget.rect().translated(top_left)
        assert area.contains(rect), (widget.objectName(), rect, area)
        assert rect.width() >= 150 and rect.height() >= 30, (widget.objectName(), rect)
    for chart in w.charts:
        assert chart.width() >= 200 and chart.height() >= 150, (chart.chart_id, chart.size())


def test_geometry_recent_files_and_preferences_persist(qtbot, make_window, tmp_path):
    w = make_window()
    w.show()
    height = max(560, w.minimumSizeHint().height())  # the view tabs' bar adds to the minimum
    assert height < 600
    w.resize(760, height)  # within the offscreen platform's 800x600 screen, which restoreGeometry honours
    w.file_controller.save_to(tmp_path / "a.json")
    w.file_controller.save_to(tmp_path / "b.json")
    w.set_theme("projector")
    assert w.close()
    ini = settings.config_dir() / "colossus-desktop.ini"
    assert ini.is_file() and str(settings.config_dir()).startswith(os.environ["COLOSSUS_DESKTOP_HOME"])

    w2 = make_window()
    assert w2.height() == height  # (the width is clamped to the 800-px offscreen screen)
    assert w2.theme_actions["projector"].isChecked()
    assert all(c.theme.name == "projector" for c in w2.charts)
    w2.file_controller.fill_recent()
    names = [a.text() for a in w2.file_controller.recent_menu.actions() if a.text()]
    assert names[0].endswith("b.json") and names[1].endswith("a.json")
    w2.set_theme("dark")


def test_title_shows_file_name_and_unsaved_mark(qtbot, make_window, tmp_path):
    w = make_window()
    assert "[*]" in w.windowTitle() and not w.isWindowModified()
    w.builder.show_field("costs.staff_count").setValue(5)
    assert w.isWindowModified()
    w.file_controller.save_to(tmp_path / "titled.json")
    assert w.windowTitle().startswith("titled.json") and not w.isWindowModified()
    from PySide6.QtGui import QKeySequence

    assert w.actions_by_key["undo"].shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert w.actions_by_key["redo"].shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)


def test_engine_failure_marks_results_stale_without_raising(qtbot, make_window):
    w = make_window()
    last = w.evaluator.last

    def refuse(_scenario):
        raise ValueError("the engine refused\nthis scenario")

    w.evaluator._evaluate = refuse
    w.builder.show_field("costs.staff_count").setValue(6)
    settle(qtbot, w)
    assert w.evaluator.stale and w.evaluator.last is last
    assert "the engine refused this scenario" in w.stale_label.text()
    assert all(c.is_stale() for c in w.charts)


def test_no_argument_opens_the_colossus_2_preset():
    from colossus_desktop.ui.app import _initial_document, parser

    scenario, path = _initial_document(parser().parse_args([]))
    assert path is None and scenario == load_preset("colossus-2")


def test_opening_an_older_file_says_it_was_migrated(qtbot, make_window, tmp_path):
    # A schema-2 file (frozen fixture) is read as today's schema; the status bar says so and
    # where the changes are explained, so an old file is never upgraded silently.
    import shutil
    from pathlib import Path

    from colossus_desktop.scenario.model import SCHEMA_VERSION

    old = tmp_path / "old.json"
    shutil.copy(Path(__file__).parents[1] / "scenario" / "data" / "scenario_v2.json", old)
    w = make_window()
    assert w.file_controller.open_path(old)
    message = w.statusBar().currentMessage()
    assert "schema 2" in message and f"schema {SCHEMA_VERSION}" in message and "note" in message
    w.file_controller.save_to(tmp_path / "new.json")
    assert w.file_controller.open_path(tmp_path / "new.json")
    assert "schema 2" not in w.statusBar().currentMessage()
