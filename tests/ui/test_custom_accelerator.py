"""Custom accelerators in the window: the form, one undoable edit, the table, the spec panel,
back to a catalog chip, files, and refused input."""

from __future__ import annotations

import html
import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QDoubleSpinBox, QSpinBox

from colossus_desktop.engine.catalog import load_catalog
from colossus_desktop.scenario.files import load_scenario
from colossus_desktop.scenario.presets import load_preset
from colossus_desktop.ui.builder import custom_accelerator as custom_form
from colossus_desktop.ui.builder.pools.model import CUSTOM
from colossus_desktop.drawing.format import ensure_locale

from .helpers import kpi_text


class FakeDialogs:
    """Answers the custom-accelerator form: ``change`` applied to the values it was given."""

    def __init__(self, change=None, cancel=False):
        self.change = change or {}
        self.cancel = cancel
        self.asked: list[dict] = []

    def custom_accelerator(self, parent, initial, title):
        self.asked.append(dict(initial))
        return None if self.cancel else {**initial, **self.change}


@pytest.fixture(scope="module")
def phase1():
    return load_preset("colossus-1-phase-1")  # one pool of H100s, trained in BF16


@pytest.fixture
def make_window(make_window, phase1):
    """The shared factory (tests/ui/conftest.py) with this file's defaults: phase 1, no autosave,
    no saved geometry."""
    ensure_locale()

    def make(scenario=None, path=None):
        return make_window(scenario or phase1, path, autosave=False, restore_geometry=False)

    return make


def settle(qtbot, w):
    qtbot.waitUntil(lambda: not w.evaluator.timer.isActive(), timeout=2000)
    QApplication.processEvents()


def days(w) -> float:
    return float(w.evaluator.last.results.training.wall_days[0])


def accel_cell(w, row=0) -> str:
    model = w.builder.pools.model
    return model.data(model.index(row, 1))


def test_custom_pool_from_the_form_is_one_undoable_edit_and_moves_the_kpis(qtbot, make_window):
    w = make_window()
    page, doc = w.builder.pools, w.document
    settle(qtbot, w)
    days0, kpis0 = days(w), kpi_text(w.kpis)
    h100 = load_catalog().accelerators["h100-sxm"]
    page.dialogs = FakeDialogs({"name": "My chip", "bf16_tflops": 2 * h100.value("bf16_tflops")})
    page.table.selectRow(0)
    page.buttons["custom"].click()

    start = page.dialogs.asked[0]  # prefilled from the pool's catalog chip
    assert start["bf16_tflops"] == h100.value("bf16_tflops") and start["tdp_w"] == h100.value("tdp_w")
    assert start["fp4_tflops"] is None and start["release"] == h100.value("release")
    pool = doc.scenario.pools[0]
    assert pool.accelerator is None and pool.custom.name == "My chip"
    assert pool.custom.bf16_tflops == pytest.approx(2 * h100.value("bf16_tflops"))
    assert len(doc.history) == 1 and w.isWindowModified()
    assert accel_cell(w) == "My chip (custom)"
    assert "custom, from this scenario" in page.specs.toPlainText()
    settle(qtbot, w)
    assert days(w) == pytest.approx(days0 / 2, rel=1e-6)  # twice the BF16 rate, half the time
    kpis1 = kpi_text(w.kpis)
    assert kpis1 != kpis0

    w.actions_by_key["undo"].trigger()
    settle(qtbot, w)
    pool = doc.scenario.pools[0]
    assert pool.accelerator == "h100-sxm" and pool.custom is None
    assert days(w) == pytest.approx(days0) and kpi_text(w.kpis) == kpis0
    assert "custom" not in accel_cell(w) and not w.isWindowModified()

    w.actions_by_key["redo"].trigger()
    settle(qtbot, w)
    assert doc.scenario.pools[0].custom.name == "My chip" and kpi_text(w.kpis) == kpis1

    # Editing the custom chip again starts from its own figures.
    page.dialogs = FakeDialogs({"tdp_w": 500.0})
    page.buttons["custom"].click()
    assert page.dialogs.asked[0]["name"] == "My chip"
    assert doc.scenario.pools[0].custom.tdp_w == 500 and len(doc.history) == 2

    page.dialogs = FakeDialogs(cancel=True)  # Cancel changes nothing
    before = doc.scenario
    page.buttons["custom"].click()
    assert doc.scenario is before and len(doc.history) == 2


def test_the_picker_offers_custom_and_a_catalog_chip_clears_it(qtbot, make_window):
    w = make_window()
    w.show()
    qtbot.waitExposed(w)
    page, doc = w.builder.pools, w.document
    page.dialogs = FakeDialogs({"name": "Picked", "tdp_w": 650.0})
    idx = page.model.index(0, 1)

    def picker() -> QComboBox:
        page.table.setCurrentIndex(idx)
        page.table.edit(idx)
        combo = page.table.findChild(QComboBox, "accelerator-picker")
        assert isinstance(combo, QComboBox) and combo.isVisible()
        return combo

    combo = picker()
    assert combo.itemText(combo.count() - 1) == "Custom accelerator…"
    combo.setCurrentIndex(combo.findData(CUSTOM))
    combo.activated.emit(combo.currentIndex())  # the user picks the entry
    qtbot.waitUntil(lambda: doc.scenario.pools[0].custom is not None, timeout=2000)
    assert doc.scenario.pools[0].custom.tdp_w == 650 and len(page.dialogs.asked) == 1
    assert len(doc.history) == 1

    QApplication.processEvents()
    combo = picker()
    assert combo.currentData() == CUSTOM  # a custom pool shows the custom entry
    combo.setCurrentIndex(combo.findData("h200-sxm"))
    combo.activated.emit(combo.currentIndex())
    QApplication.processEvents()
    pool = doc.scenario.pools[0]
    assert pool.accelerator == "h200-sxm" and pool.custom is None
    assert len(doc.history) == 2 and len(page.dialogs.asked) == 1
    assert "H200" in page.specs.toPlainText() and "custom, from this scenario" not in page.specs.toPlainText()
    doc.undo()
    assert doc.scenario.pools[0].custom.name == "Picked" and doc.scenario.pools[0].accelerator is None


def test_custom_pool_from_a_file_shows_and_survives_save_and_open(qtbot, make_window, phase1, tmp_path):
    data = json.loads(phase1.model_dump_json())
    h100 = load_catalog().accelerators["h100-sxm"]
    custom = {key: h100.value(key) for key in custom_form.CustomAccelerator.model_fields if key != "name"}
    custom.update(name="My chip", tdp_w=650.0, fp8_tflops=None, release="2026-03")
    data["pools"][0].update(accelerator=None, custom=custom)
    data["pools"].append({"name": "Later", "accelerator": "b200", "count": 1000, "arrival": "2025-06"})
    source = tmp_path / "custom.json"
    source.write_text(json.dumps(data), encoding="utf-8")

    w = make_window()
    assert w.file_controller.open_path(source)
    page = w.builder.pools
    assert accel_cell(w, 0) == "My chip (custom)" and "custom" not in accel_cell(w, 1)
    page.select(0)
    text = page.specs.toPlainText()
    assert "My chip" in text and "custom, from this scenario" in text and "650 W" in text
    assert "TFLOP/s" in text
    tip = page.model.data(page.model.index(0, 1), Qt.ItemDataRole.ToolTipRole)
    assert "custom, from this scenario" in tip

    saved = tmp_path / "saved.json"
    assert w.file_controller.save_to(saved)
    assert load_scenario(saved).pools[0].custom == w.document.scenario.pools[0].custom
    w.document.set_pool_accelerator(0, "h100-sxm")  # change it, then open the saved file again
    assert w.file_controller.open_path(saved)
    assert w.document.scenario.pools[0].custom.name == "My chip"
    assert w.document.scenario.pools[0].custom.fp8_tflops is None
    assert accel_cell(w, 0) == "My chip (custom)"


def test_refused_input_leaves_the_document_unchanged(qtbot, make_window):
    w = make_window()
    page, doc = w.builder.pools, w.document
    settle(qtbot, w)
    before, kpis0 = doc.scenario, kpi_text(w.kpis)
    page.dialogs = FakeDialogs({"bf16_tflops": 0.0})
    message = page.edit_custom(0)
    assert message.endswith("Dense BF16: Must be >= 0.1")
    assert page.error.text() == message and not page.error.isHidden()
    assert doc.scenario is before and len(doc.history) == 0 and not doc.is_modified
    settle(qtbot, w)
    assert not w.evaluator.stale and kpi_text(w.kpis) == kpis0
    page.dialogs = FakeDialogs({"name": "Fine"})  # a good one clears the message
    assert page.edit_custom(0) is None and page.error.isHidden()


def test_the_form_itself(qtbot, phase1):
    ensure_locale()
    initial = custom_form.initial_values(phase1.pools[0])
    dialog = custom_form.CustomAcceleratorDialog(initial)
    qtbot.addWidget(dialog)
    assert dialog.values() == initial  # the H100's figures, unrounded
    bf16 = dialog.editors["bf16_tflops"]
    assert isinstance(bf16, QDoubleSpinBox) and bf16.suffix() == " TFLOP/s" and bf16.isGroupSeparatorShown()
    assert "," in bf16.text() or bf16.value() < 1000
    assert bf16.minimum() > 0 and "sparse" in bf16.toolTip()
    assert isinstance(dialog.editors["scaleup_domain"], QSpinBox)
    for key in custom_form.CustomAccelerator.model_fields:
        assert html.escape(custom_form.description(key)) in dialog.editors[key].toolTip(), key
    assert not dialog.supported["fp4_tflops"].isChecked() and not dialog.editors["fp4_tflops"].isEnabled()
    dialog.supported["fp4_tflops"].setChecked(True)
    dialog.editors["fp4_tflops"].setValue(4000)
    dialog.supported["fp8_tflops"].setChecked(False)
    values = dialog.values()
    assert values["fp4_tflops"] == 4000 and values["fp8_tflops"] is None

    dialog.editors["name"].setText("  ")
    dialog.accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and not dialog.error.isHidden()
    assert "Name" in dialog.error.text()
    dialog.editors["name"].setText("Mine")
    dialog.editors["release"].setText("2026-1")
    dialog.accept()
    assert "Release" in dialog.error.text() and dialog.result() != QDialog.DialogCode.Accepted
    dialog.editors["release"].setText("2026-11")
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.error.isHidden()


def test_the_edit_sets_both_fields_in_one_step(qapp, phase1):
    from colossus_desktop.ui.document import Document

    doc = Document(phase1)
    custom = custom_form.initial_values(phase1.pools[0])
    assert doc.set_pool_accelerator(0, None, custom) is None
    assert doc.scenario.pools[0].accelerator is None and len(doc.history) == 1
    assert doc.set_pool_accelerator(0, "b200") is None  # and back, clearing custom
    assert doc.scenario.pools[0].custom is None and len(doc.history) == 2
    message = doc.set_pool_accelerator(0, "b200", custom)  # both: the pool validator refuses
    assert message and "not both" in message and doc.scenario.pools[0].accelerator == "b200"
    assert doc.errors == {"pools[0].accelerator": message}
    assert doc.set_pool_accelerator(0, "h100-sxm") is None and doc.errors == {}


def test_the_form_edits_price_basis_and_scaleout_bandwidth(qtbot, phase1):
    ensure_locale()
    h100 = load_catalog().accelerators["h100-sxm"]
    initial = custom_form.initial_values(phase1.pools[0])
    assert initial["price_basis"] == h100.value("price_basis") == "system"  # a DGX H100 share
    assert initial["scaleout_gbps"] == h100.value("scaleout_gbps") == 400
    dialog = custom_form.CustomAcceleratorDialog(initial)
    qtbot.addWidget(dialog)
    basis, nic = dialog.editors["price_basis"], dialog.editors["scaleout_gbps"]
    assert isinstance(basis, QComboBox) and basis.currentData() == "system"
    assert [basis.itemText(i) for i in range(basis.count())] == [
        "Chip alone (servers added)", "Whole system (server included)"]
    assert "server_cost_factor" in basis.toolTip() and "Server cost factor" in basis.toolTip()
    assert isinstance(nic, QDoubleSpinBox) and nic.suffix() == " Gb/s" and nic.value() == 400
    assert nic.maximum() == 3200  # the model's le=3200
    basis.setCurrentIndex(basis.findData("chip"))
    nic.setValue(nic.minimum())
    assert nic.text() == "not given"
    values = dialog.values()
    assert values["price_basis"] == "chip" and values["scaleout_gbps"] is None
    dialog.set_values({**values, "scaleout_gbps": 800.0, "price_basis": "system"})
    assert dialog.values()["scaleout_gbps"] == 800 and dialog.values()["price_basis"] == "system"


def test_price_basis_and_scaleout_reach_the_pool_and_the_spec_panel(qtbot, make_window):
    w = make_window()
    page, doc = w.builder.pools, w.document
    page.dialogs = FakeDialogs({"name": "Bare chip", "price_basis": "chip", "scaleout_gbps": 800.0})
    page.edit_custom(0)
    custom = doc.scenario.pools[0].custom
    assert custom.price_basis == "chip" and custom.scaleout_gbps == 800 and len(doc.history) == 1
    text = page.specs.toPlainText()
    assert "Chip alone (servers added)" in text and "800 Gb/s" in text
