"""Help → User guide (F1): the offline guide opens from the menu and F1, names every view of the
window and the form, links to the model notes (shipped with the app) and finds words in any page."""

from __future__ import annotations

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from colossus_desktop import paths
from colossus_desktop.ui.guide import GuideDialog


def _contents(dialog) -> dict[str, list[str]]:
    out = {}
    for i in range(dialog.contents.topLevelItemCount()):
        top = dialog.contents.topLevelItem(i)
        out[top.data(0, Qt.ItemDataRole.UserRole)] = [top.child(k).text(0) for k in range(top.childCount())]
    return out


def test_f1_and_the_help_menu_open_the_guide(make_window, qtbot):
    w = make_window(autosave=False, restore_geometry=False)
    w.show()
    qtbot.waitExposed(w)
    help_menu = next(m for m in w.menuBar().findChildren(QMenu) if m.title() == "&Help")
    assert w.actions_by_key["guide"] in help_menu.actions()
    assert w.actions_by_key["guide"].shortcut() == QKeySequence(Qt.Key.Key_F1)
    assert w.actions_by_key["guide"] in w.actions()  # F1 works with the menu bar hidden
    w.actions_by_key["guide"].trigger()
    dialog = w.guide
    assert dialog.isVisible() and dialog.current == "guide.md"
    w.actions_by_key["guide"].trigger()
    assert w.guide is dialog  # one guide per window


def test_the_guide_covers_getting_started_every_view_the_form_and_the_model(make_window, qtbot):
    w = make_window(autosave=False, restore_geometry=False)
    dialog = GuideDialog(w)
    qtbot.addWidget(dialog)
    headings = _contents(dialog)["guide.md"]
    tabs = [w.tabs.tabText(i).replace("&", "") for i in range(w.tabs.count())]
    assert {"Charts", "Compare", "Sweep", "Uncertainty", "Failures"} <= set(tabs)
    for name in ["Getting started", "The builder form", "The model and its sources", *tabs]:
        assert name in headings, name
    text = dialog.browser.toPlainText()
    for i in range(w.builder.toolbox.count()):  # every section of the form is described
        assert w.builder.toolbox.itemText(i).replace("&", "") in text, w.builder.toolbox.itemText(i)


def test_links_open_the_shipped_model_notes(qtbot):
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    assert [name for name, _t, _p in dialog.pages] == ["guide.md", *paths.GUIDE_DOCS]
    dialog.browser.anchorClicked.emit(QUrl("model.md"))
    assert dialog.current == "model.md"
    assert {"Compute", "Power", "Reliability", "Training"} <= set(_contents(dialog)["model.md"])
    dialog.browser.anchorClicked.emit(QUrl("validation.md"))
    assert dialog.current == "validation.md" and "Model vs published" in _contents(dialog)["validation.md"]


def test_search_highlights_in_the_page_and_finds_other_pages(qtbot):
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    dialog.search.setText("Latin hypercube")
    assert len(dialog.browser.extraSelections()) >= 1 and "on this page" in dialog.matches.text()
    assert dialog.find_next() and dialog.browser.textCursor().selectedText() == "Latin hypercube"
    dialog.search.setText("Eleven deliberate bugs")  # a heading of validation.md only
    assert "Not on this page" in dialog.matches.text()
    assert dialog.find_next() and dialog.current == "validation.md"
    assert dialog.browser.textCursor().selectedText() == "Eleven deliberate bugs"
    dialog.search.setText("no such words anywhere")
    assert not dialog.find_next()
