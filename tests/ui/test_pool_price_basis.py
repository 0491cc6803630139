"""The pools table's "Price covers" column: the chip's own basis (catalog or custom) by default,
"chip alone" or "whole system" set per pool, each one undoable edit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox

from colossus_desktop.engine.catalog import load_catalog
from colossus_desktop.scenario.presets import load_preset
from colossus_desktop.ui.builder import BuilderPanel
from colossus_desktop.ui.builder.pools.model import COLUMNS, headers
from colossus_desktop.ui.document import Document
from colossus_desktop.drawing.format import ensure_locale


@pytest.fixture
def page(qtbot):
    ensure_locale()
    panel = BuilderPanel(Document(load_preset("colossus-1-phase-1")))  # one pool of H100s
    qtbot.addWidget(panel)
    panel.resize(700, 600)
    panel.show()
    qtbot.waitExposed(panel)
    page = panel.pools
    page._panel = panel  # keep the panel (and the page's model) alive for the test
    return page


def cell(page, role=Qt.ItemDataRole.DisplayRole, row=0):
    return page.model.index(row, COLUMNS.index("price_basis")).data(role)


def picker(page, row=0) -> QComboBox:
    idx = page.model.index(row, COLUMNS.index("price_basis"))
    page.table.setCurrentIndex(idx)
    page.table.edit(idx)
    combos = [c for c in page.table.findChildren(QComboBox, "price-basis-picker") if c.isVisible()]
    assert len(combos) == 1  # the closed editor of an earlier pick may wait for its deletion
    return combos[0]


def pick(combo: QComboBox, text: str) -> None:
    combo.setCurrentIndex(combo.findText(text))
    combo.activated.emit(combo.currentIndex())
    QApplication.processEvents()


def test_the_column_shows_the_catalog_basis_in_italics_and_explains_it(page):
    assert load_catalog().accelerators["h100-sxm"].value("price_basis") == "system"
    assert headers()[COLUMNS.index("price_basis")] == "Price covers"
    assert cell(page) == "Whole system" and cell(page, Qt.ItemDataRole.FontRole).italic()
    tip = cell(page, Qt.ItemDataRole.ToolTipRole)
    assert "catalog" in tip and "Server cost factor" in tip and "NVL72" in tip
    header_tip = page.model.headerData(COLUMNS.index("price_basis"), Qt.Orientation.Horizontal,
                                       Qt.ItemDataRole.ToolTipRole)
    assert "Chip alone" in header_tip and "Whole system" in header_tip


def test_picking_a_basis_is_one_undoable_edit_and_catalogs_clears_it(page, monkeypatch):
    doc = page.document
    monkeypatch.setattr(doc.history, "merge_window_s", -1.0)  # two picks, two steps
    combo = picker(page)
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Catalog's (whole system)", "Chip alone (servers added)", "Whole system (server included)"]
    assert combo.currentIndex() == 0
    pick(combo, "Chip alone (servers added)")
    assert doc.scenario.pools[0].price_basis == "chip" and len(doc.history) == 1
    assert cell(page) == "Chip alone" and not cell(page, Qt.ItemDataRole.FontRole)
    assert "Set for this pool" in cell(page, Qt.ItemDataRole.ToolTipRole)

    combo = picker(page)
    assert combo.currentText() == "Chip alone (servers added)"
    pick(combo, "Catalog's (whole system)")
    assert doc.scenario.pools[0].price_basis is None and len(doc.history) == 2
    doc.undo()
    assert doc.scenario.pools[0].price_basis == "chip"


def test_a_custom_chip_offers_its_own_basis(page):
    from colossus_desktop.ui.builder import custom_accelerator as custom_form

    doc = page.document
    custom = {**custom_form.initial_values(doc.scenario.pools[0]), "name": "Bare", "price_basis": "chip"}
    assert doc.set_pool_accelerator(0, None, custom) is None
    assert cell(page) == "Chip alone" and "custom chip" in cell(page, Qt.ItemDataRole.ToolTipRole)
    combo = picker(page)
    assert combo.itemText(0) == "Custom chip's (chip alone)"
