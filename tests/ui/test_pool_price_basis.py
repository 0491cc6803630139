"""The pools page's "Price covers" picker: the selected pool's chip's own basis (catalog or
custom) by default, "chip alone" or "whole system" set per pool, each one undoable edit."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from colossus_desktop.engine.catalog import load_catalog
from colossus_desktop.scenario.presets import load_preset
from colossus_desktop.ui.builder import BuilderPanel
from colossus_desktop.ui.document import Document
from colossus_desktop.drawing.format import ensure_locale

CHOICES = ["Catalog's (whole system)", "Chip alone (servers added)", "Whole system (server included)"]


@pytest.fixture
def panel(qtbot, monkeypatch):
    ensure_locale()
    scenario = load_preset("colossus-1-phase-1")  # one pool of H100s, priced as a DGX share
    doc = Document(scenario.model_copy(update={"pools": [scenario.pools[0], scenario.pools[0]]}))
    p = BuilderPanel(doc)
    qtbot.addWidget(p)
    monkeypatch.setattr(doc.history, "merge_window_s", -1.0)  # each pick its own step
    return p


def pick(page, text: str) -> None:
    combo = page.basis
    combo.setCurrentIndex(combo.findText(text))
    combo.activated.emit(combo.currentIndex())  # the user picks the entry
    QApplication.processEvents()


def texts(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def test_the_picker_starts_on_the_catalog_basis_and_explains_it(panel):
    page = panel.pools
    assert load_catalog().accelerators["h100-sxm"].value("price_basis") == "system"
    assert texts(page.basis) == CHOICES and page.basis.currentIndex() == 0
    tip = page.basis.toolTip()
    assert "catalog" in tip and "Server cost factor" in tip and "NVL72" in tip


def test_picking_a_basis_is_one_undoable_edit_of_the_selected_pool(panel):
    page, doc = panel.pools, panel.document
    page.select(1)
    pick(page, CHOICES[1])
    assert [p.price_basis for p in doc.scenario.pools] == [None, "chip"] and len(doc.history) == 1
    assert page.basis.currentText() == CHOICES[1] and "Set for this pool" in page.basis.toolTip()
    page.select(0)
    assert page.basis.currentIndex() == 0  # follows the selection
    page.select(1)
    pick(page, CHOICES[0])  # the catalog's again: empty in the file
    assert doc.scenario.pools[1].price_basis is None and len(doc.history) == 2
    doc.undo()
    assert doc.scenario.pools[1].price_basis == "chip" and page.basis.currentText() == CHOICES[1]


def test_a_custom_chip_offers_its_own_basis(panel):
    from colossus_desktop.ui.builder import custom_accelerator as custom_form

    page, doc = panel.pools, panel.document
    custom = {**custom_form.initial_values(doc.scenario.pools[0]), "name": "Bare", "price_basis": "chip"}
    assert doc.set_pool_accelerator(0, None, custom) is None
    page.select(0)
    assert page.basis.itemText(0) == "Custom chip's (chip alone)"
    assert "custom chip" in page.basis.toolTip()
