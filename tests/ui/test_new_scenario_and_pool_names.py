"""New means a blank scenario (the gallery preselects it), and a pool named after its chip
follows the chip when the chip changes (a name the user typed is kept)."""

from __future__ import annotations

import pytest

from colossus_desktop.engine.catalog import load_catalog
from colossus_desktop.scenario.model import CustomAccelerator
from colossus_desktop.scenario.pool_names import chip_label
from colossus_desktop.scenario.presets import blank_scenario, load_preset
from colossus_desktop.ui.document import Document
from colossus_desktop.ui.gallery import BLANK, PresetGallery


def test_the_new_dialog_preselects_the_blank_scenario(qtbot):
    dialog = PresetGallery()
    qtbot.addWidget(dialog)
    assert dialog.list.count() > 1, "the presets are listed too"
    assert dialog.selected() == BLANK
    assert "Blank scenario" in dialog.text.toPlainText()


def _set_chip(doc: Document, index: int, chip: str | None = None, custom=None):
    assert doc.set_pool_accelerator(index, chip, custom) is None
    return doc.scenario.pools[index]


def test_a_pool_named_after_its_chip_is_renamed_after_the_new_chip():
    doc = Document(blank_scenario())
    assert doc.scenario.pools[0].name == "H100"
    pool = _set_chip(doc, 0, "b200")
    assert pool.name == chip_label(load_catalog(), "b200") == "B200"
    assert _set_chip(doc, 0, "gb200-nvl72").name == "GB200 NVL72"
    assert _set_chip(doc, 0, "mi300x").name == "Instinct MI300X"
    doc.undo()
    assert doc.scenario.pools[0].name == "GB200 NVL72"


@pytest.mark.parametrize("name", ["Pool", "Pool 2", "h100-sxm", "NVIDIA H100 SXM 80GB", "H100 SXM 80GB", "h100"])
def test_default_and_chip_derived_names_follow_the_chip(name):
    doc = Document(blank_scenario())
    assert doc.set_field("pools[0].name", name) is None
    assert _set_chip(doc, 0, "h200-sxm").name == "H200 SXM 141GB"


@pytest.mark.parametrize("name", ["Memphis hall A", "H100 (phase 1)", "H200"])
def test_a_name_the_user_typed_is_kept(name):
    doc = Document(blank_scenario())
    assert doc.set_field("pools[0].name", name) is None
    assert _set_chip(doc, 0, "b200").name == name


def test_a_preset_pools_own_name_is_kept_and_a_custom_chip_names_its_pool():
    doc = Document(load_preset("colossus-1"))
    names = [p.name for p in doc.scenario.pools]
    assert _set_chip(doc, 0, "b200").name == names[0] == "H100 (phase 1)"
    doc = Document(blank_scenario())
    custom = CustomAccelerator.model_validate({**_custom_fields(), "name": "Test chip X1"})
    assert _set_chip(doc, 0, None, custom).name == "Test chip X1"
    assert _set_chip(doc, 0, "b200").name == "B200"


def _custom_fields() -> dict:
    """A custom chip with the catalog H100's figures."""
    h100 = load_catalog().accelerator("h100-sxm")
    return {key: h100.value(key) for key in CustomAccelerator.model_fields
            if key != "name" and h100.value(key) is not None}
