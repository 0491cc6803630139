"""The file actions installed on the window: the File menu, drag enter, revert without a file."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent
from PySide6.QtWidgets import QMenu

from colossus_desktop.ui.file_actions import FileController


@pytest.fixture
def window(make_window):
    return make_window("colossus-2", autosave=False, restore_geometry=False)


def test_file_menu_comes_first_in_its_order(window):
    assert isinstance(window.file_controller, FileController)
    menus = [m for m in window.menuBar().findChildren(QMenu) if m.parent() is window.menuBar()]
    file_menu = next(m for m in menus if m.menuAction() is window.menuBar().actions()[0])
    assert file_menu.title() == "&File"
    names = [a.objectName() or ("-" if a.isSeparator() else a.text()) for a in file_menu.actions()]
    assert names[:7] == ["action-new", "action-open", "Open &Recent", "-", "action-save", "action-save_as", "action-revert"]
    assert names[-1] == "action-quit"
    assert window.file_controller.recent_menu.menuAction() is file_menu.actions()[2]


def drag_enter(window, mime: QMimeData) -> bool:
    event = QDragEnterEvent(QPoint(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    event.setAccepted(False)
    window.dragEnterEvent(event)
    return event.isAccepted()


def test_drag_enter_takes_files_only(window, tmp_path):
    assert window.acceptDrops()
    files = QMimeData()
    files.setUrls([QUrl.fromLocalFile(str(tmp_path / "x.json"))])
    assert drag_enter(window, files)
    text = QMimeData()
    text.setText("not a file")
    assert not drag_enter(window, text)
    remote = QMimeData()
    remote.setUrls([QUrl("https://example.org/x.json")])
    assert not drag_enter(window, remote)


def test_revert_without_a_file_returns_to_the_opened_scenario(window, tmp_path):
    doc, ctl = window.document, window.file_controller
    start = doc.scenario
    assert not ctl.revert()  # nothing to revert: no question asked
    doc.set_field("costs.staff_count", 9.0)
    window.prompter.revert_answer = False
    assert not ctl.revert() and doc.scenario.costs.staff_count == 9
    window.prompter.revert_answer = True
    assert ctl.revert() and doc.scenario == start and not doc.is_modified
    assert window.prompter.asked == ["revert", "revert"]
    assert not window.actions_by_key["undo"].isEnabled()  # a reverted document has no history
