"""Ctrl+Z and Ctrl+Shift+Z in a focused field of the form reach the document's history (the
newcomer's finding in issue 12): the field's own undo used to take the key, and re-commit its
old text as a new edit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(make_window, qtbot):
    w = make_window(autosave=False, restore_geometry=False)
    w.show()
    w.activateWindow()
    qtbot.waitExposed(w)
    return w


def _focus(qtbot, widget):
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def _type(widget, text):
    widget.selectAll()
    QTest.keyClicks(widget, text)


def _undo_key(widget):
    QTest.keyClick(QApplication.focusWidget() or widget, Qt.Key.Key_Z, CTRL)


def _redo_key(widget):
    QTest.keyClick(QApplication.focusWidget() or widget, Qt.Key.Key_Z, CTRL | SHIFT)


def test_ctrl_z_in_a_spin_box_undoes_the_document(window, qtbot):
    doc = window.document
    box = window.builder.show_field("costs.staff_count")
    before = doc.scenario.costs.staff_count
    _focus(qtbot, box)
    _type(box, "2000")
    assert doc.scenario.costs.staff_count == 2000 and doc.history.index == 1
    _undo_key(box)
    assert doc.scenario.costs.staff_count == before and box.value() == before
    assert doc.history.index == 0 and len(doc.history) == 1  # undone, not a new edit
    _redo_key(box)
    assert doc.scenario.costs.staff_count == 2000 and box.value() == 2000 and doc.history.index == 1


def test_ctrl_z_in_a_field_undoes_the_last_step_wherever_it_was(window, qtbot):
    doc = window.document
    pools = len(doc.scenario.pools)
    box = window.builder.show_field("facility.pue")
    doc.add_pool()
    _focus(qtbot, box)
    _undo_key(box)
    assert len(doc.scenario.pools) == pools  # the pool added elsewhere is undone
    _redo_key(box)
    assert len(doc.scenario.pools) == pools + 1


def test_ctrl_z_in_a_line_edit_undoes_the_document(window, qtbot):
    doc = window.document
    name = window.builder.show_field("workload.name")
    before = doc.scenario.workload.name
    _focus(qtbot, name)
    _type(name, "Another run")
    assert doc.scenario.workload.name == "Another run"
    _undo_key(name)
    assert doc.scenario.workload.name == before and name.text() == before
    assert not doc.history.can_undo and doc.history.can_redo


def test_ctrl_z_first_drops_a_refused_value(window, qtbot):
    doc = window.document
    doc.set_field("costs.staff_count", 1234)  # a step to undo afterwards
    box = window.builder.show_field("workload.params_active_b")
    shown = box.value()
    box.setValue(box.maximum())  # more active parameters than the model has: refused
    assert "workload.params_active_b" in doc.errors
    _focus(qtbot, box)
    _undo_key(box)
    assert "workload.params_active_b" not in doc.errors
    assert box.value() == shown and doc.scenario.costs.staff_count == 1234  # only the refused value went
    _undo_key(box)
    assert doc.scenario.costs.staff_count != 1234  # then the document's step


def test_other_editors_keep_their_own_undo(window):
    keys = window.undo_keys
    assert keys.path_of(window.builder.show_field("facility.pue")) == "facility.pue"
    assert keys.path_of(window.builder.pools.table) is None
    assert keys.path_of(window.kpis) is None


def test_the_edit_menu_says_how_many_steps_are_kept(window):
    undo = window.actions_by_key["undo"]
    assert str(window.document.history.max_steps) in undo.toolTip()
    assert str(window.document.history.max_steps) in undo.statusTip()
