"""The Uncertainty tab says when the scenario's value lies outside an input's distribution (the
base value was edited after the distribution was set), and refits it in one undo step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt


@pytest.fixture
def window(make_window):
    from colossus_desktop.scenario.presets import load_preset

    w = make_window(load_preset("colossus-2"), autosave=False, restore_geometry=False)
    w.tabs.setCurrentWidget(w.views["uncertainty"])
    return w


def _select(editor, path):
    paths = [e["path"] for e in editor.entries()]
    editor.inputs.setCurrentRow(paths.index(path))
    return paths.index(path)


def test_an_edited_mfu_below_its_range_is_flagged_and_refitted(window, qtbot):
    editor = window.views["uncertainty"].editor
    doc = window.document
    row = _select(editor, "workload.mfu")  # the preset: range 0.197 / 0.30 / 0.52, MFU 0.30
    assert editor.outside.isHidden() and editor.refit_button.isHidden()
    assert "⚠" not in editor.inputs.item(row).text()

    assert doc.set_field("workload.mfu", 0.18, "MFU") is None
    editor.refresh()
    row = _select(editor, "workload.mfu")
    assert "⚠" in editor.inputs.item(row).text()
    assert "outside" in editor.inputs.item(row).toolTip()
    assert not editor.outside.isHidden() and not editor.refit_button.isHidden()
    assert "0.180" in editor.outside.text() and "0.197" in editor.outside.text() and "0.520" in editor.outside.text()

    steps = len(doc.history)
    qtbot.mouseClick(editor.refit_button, Qt.MouseButton.LeftButton)
    entry = doc.scenario.uncertainty.inputs[row]
    assert (entry.distribution, entry.mode) == ("triangular", 0.18)
    assert entry.low < 0.18 < entry.high
    assert len(doc.history) == steps + 1
    _select(editor, "workload.mfu")
    assert editor.outside.isHidden() and editor.refit_button.isHidden()
    assert "⚠" not in editor.inputs.item(row).text()
    doc.undo()
    assert doc.scenario.uncertainty.inputs[row].distribution == "range"


@pytest.fixture
def french_projector_window(qapp, make_window):
    from colossus_desktop import i18n
    from colossus_desktop.scenario.presets import load_preset

    i18n.install("fr")
    try:
        w = make_window(load_preset("colossus-2"), autosave=False, restore_geometry=False)
        w.set_theme("projector")
        w.resize_for_screenshot(1280, 800)
        w.show()
        w.tabs.setCurrentWidget(w.views["uncertainty"])
        yield w
    finally:
        i18n.install("en")


def test_the_editor_fits_its_column_in_french_in_the_projector_theme(french_projector_window, qtbot):
    # The distribution's kind ("Plage du catalogue (basse / typique / haute)") made the editor
    # 405 px wide in a 344 px column with no horizontal scroll bar: its right edge was cut off.
    editor = french_projector_window.views["uncertainty"].editor
    editor.inputs.setCurrentRow(0)
    qtbot.waitUntil(lambda: editor.isVisible())
    column = editor.parentWidget()  # the scroll area's viewport
    assert editor.minimumSizeHint().width() <= column.width(), (editor.minimumSizeHint().width(), column.width())
    assert editor.kind.findData("range") >= 0 and "Plage" in editor.kind.itemText(editor.kind.findData("range"))
