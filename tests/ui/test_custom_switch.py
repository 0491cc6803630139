"""The custom switch on the network page: the picker's "Custom switch…" entry and the button open
the form; OK sets ``network.custom_switch`` and clears ``network.switch`` in one undoable edit;
a catalog switch clears it again."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QSpinBox

from colossus_desktop.engine import evaluate
from colossus_desktop.engine.catalog import load_catalog
from colossus_desktop.scenario import to_inputs
from colossus_desktop.scenario.presets import load_preset
from colossus_desktop.ui.builder import BuilderPanel
from colossus_desktop.ui.builder import custom_switch
from colossus_desktop.ui.document import Document
from colossus_desktop.drawing.format import ensure_locale


class FakeDialogs:
    """Answers the custom-switch form: ``change`` applied to the values it was given."""

    def __init__(self, change=None, cancel=False):
        self.change = change or {}
        self.cancel = cancel
        self.asked: list[dict] = []

    def custom_switch(self, parent, initial, title):
        self.asked.append(dict(initial))
        return None if self.cancel else {**initial, **self.change}


@pytest.fixture
def panel(qtbot, monkeypatch):
    ensure_locale()
    p = BuilderPanel(Document(load_preset("colossus-2")))
    qtbot.addWidget(p)
    monkeypatch.setattr(p.document.history, "merge_window_s", -1.0)  # each gesture its own step
    return p


def parts(panel):
    """The page's custom-switch editor, the switch picker and the custom-switch button."""
    editor = panel.pages["page:network"].widget().custom_switch
    return editor, panel.binder.fields["network.switch"].widget, panel.binder.fields["network.custom_switch"].widget


def test_the_picker_offers_a_custom_switch_as_one_undoable_edit(qtbot, panel):
    doc = panel.document
    editor, combo, button = parts(panel)
    start = doc.scenario.network.switch
    item = load_catalog().switches[start]
    assert combo.itemText(combo.count() - 1) == "Custom switch…" and button.text() == "Custom switch…"
    editor.dialogs = FakeDialogs({"name": "My switch", "ports": 128, "price_usd": 1.0e5})
    combo.setCurrentIndex(combo.findData(custom_switch.CUSTOM))
    combo.activated.emit(combo.currentIndex())  # the user picks the entry
    qtbot.waitUntil(lambda: doc.scenario.network.custom_switch is not None, timeout=2000)

    asked = editor.dialogs.asked[0]  # prefilled from the catalog switch
    assert asked["ports"] == item.value("ports") and asked["port_gbps"] == item.value("port_gbps")
    assert asked["power_w"] == item.value("power_w") and asked["max_ports"] == item.value("max_ports")
    net = doc.scenario.network
    assert net.switch is None and net.custom_switch.name == "My switch" and net.custom_switch.ports == 128
    assert len(doc.history) == 1 and doc.errors == {}
    assert combo.currentText() == "My switch (custom)" and "My switch" in button.text()
    evaluate(to_inputs(doc.scenario))  # the engine takes it

    doc.undo()
    assert doc.scenario.network.switch == start and doc.scenario.network.custom_switch is None
    assert combo.currentData() == start and combo.itemText(combo.count() - 1) == "Custom switch…"
    doc.redo()
    assert combo.currentText() == "My switch (custom)"

    # A catalog switch again clears the custom one, in one step.
    other = next(k for k in load_catalog().switches if k != start)
    combo.setCurrentIndex(combo.findData(other))
    net = doc.scenario.network
    assert net.switch == other and net.custom_switch is None and len(doc.history) == 2
    assert button.text() == "Custom switch…"
    doc.undo()
    assert doc.scenario.network.custom_switch.name == "My switch"


def test_the_button_edits_the_custom_switch_and_cancel_changes_nothing(qtbot, panel):
    doc = panel.document
    editor, combo, button = parts(panel)
    start = doc.scenario.network.switch
    editor.dialogs = FakeDialogs(cancel=True)
    button.click()
    assert doc.scenario.network.switch == start and len(doc.history) == 0 and combo.currentData() == start

    editor.dialogs = FakeDialogs({"name": "Mine"})
    button.click()
    assert doc.scenario.network.custom_switch.name == "Mine" and len(doc.history) == 1
    editor.dialogs = FakeDialogs({"power_w": 999.0})
    button.click()  # starts from the custom switch's own figures
    assert editor.dialogs.asked[0]["name"] == "Mine"
    assert doc.scenario.network.custom_switch.power_w == 999 and len(doc.history) == 2

    editor.dialogs = FakeDialogs(cancel=True)  # cancelled from the picker: the custom entry stays
    combo.setCurrentIndex(combo.findData(custom_switch.CUSTOM))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: bool(editor.dialogs.asked), timeout=2000)
    assert combo.currentText() == "Mine (custom)" and len(doc.history) == 2


def test_the_form_itself(qtbot):
    ensure_locale()
    net = load_preset("colossus-2").network
    initial = custom_switch.initial_values(net)
    dialog = custom_switch.CustomSwitchDialog(initial)
    qtbot.addWidget(dialog)
    assert dialog.values() == initial
    for key in custom_switch.CustomSwitch.model_fields:
        assert custom_switch.description(key).split(",")[0] in dialog.editors[key].toolTip(), key
    most = dialog.editors["max_ports"]
    assert isinstance(most, QSpinBox) and isinstance(dialog.editors["ports"], QSpinBox)
    most.setValue(most.minimum())
    assert most.text() == "the native ports" and dialog.values()["max_ports"] is None
    dialog.editors["name"].setText(" ")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and "Name" in dialog.error.text()
    dialog.editors["name"].setText("Fine")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.error.isHidden()
