"""The Qt adapter of the history: Undo/Redo actions and the window's modified mark."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject

from colossus_desktop.ui.document import Document
from colossus_desktop.ui.history_actions import HistoryActions, prefixed

from .scenario_data import sample_scenario


def state(actions: HistoryActions) -> tuple:
    return actions.undo.text(), actions.undo.isEnabled(), actions.redo.text(), actions.redo.isEnabled()


def test_prefixed_text_as_qundostack_wrote_it():
    assert prefixed("&Undo", "Change PUE") == "&Undo Change PUE"
    assert prefixed("&Undo", "") == "&Undo"


def test_actions_follow_the_document_history(qapp):
    owner = QObject()
    doc = Document(sample_scenario(), parent=owner)
    actions = HistoryActions(doc, owner)
    modified = []
    doc.modifiedChanged.connect(modified.append)
    assert state(actions) == ("&Undo", False, "&Redo", False)
    doc.set_field("network.link_gbps", 800, "Change link speed")
    doc.add_pool()
    assert state(actions) == ("&Undo Add pool", True, "&Redo", False)
    actions.undo.trigger()
    assert state(actions) == ("&Undo Change link speed", True, "&Redo Add pool", True)
    actions.undo.trigger()
    assert doc.scenario == sample_scenario() and not doc.is_modified
    assert state(actions) == ("&Undo", False, "&Redo Change link speed", True)
    actions.redo.trigger()
    assert doc.scenario.network.link_gbps == 800
    assert modified == [True, False, True]  # only when the mark flips
    doc.clear_history()
    assert state(actions) == ("&Undo", False, "&Redo", False) and modified[-1] is False


@pytest.fixture
def window(make_window):
    return make_window("colossus-2", autosave=False, restore_geometry=False)


def test_undo_redo_and_save_drive_the_title_mark(window, tmp_path):
    a, doc = window.actions_by_key, window.document
    pue = doc.scenario.facility.pue
    doc.set_field("facility.pue", pue + 0.1, "Change PUE")
    assert window.isWindowModified() and a["undo"].text() == "&Undo Change PUE"
    assert window.file_controller.save_to(tmp_path / "saved.json")
    assert not window.isWindowModified() and window.windowTitle().startswith("saved.json[*]")
    doc.set_field("facility.pue", pue + 0.2, "Change PUE")  # the saved step never absorbs an edit
    assert window.isWindowModified() and len(doc.history) == 2
    a["undo"].trigger()
    assert not window.isWindowModified() and doc.scenario.facility.pue == pytest.approx(pue + 0.1)
    a["undo"].trigger()
    assert window.isWindowModified() and doc.scenario.facility.pue == pue and not a["undo"].isEnabled()
    a["redo"].trigger()
    assert not window.isWindowModified() and a["redo"].text() == "&Redo Change PUE"
    window.prompter.save_answer = "discard"
