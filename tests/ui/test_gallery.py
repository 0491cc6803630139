"""The New-scenario gallery groups the presets under their owner, newest year first."""

from __future__ import annotations

from PySide6.QtCore import Qt

from colossus_desktop.scenario.presets import DEFAULT_PRESET, preset_groups, preset_ids
from colossus_desktop.ui.gallery import BLANK, PresetGallery


def _rows(dialog):
    return [dialog.list.item(i) for i in range(dialog.list.count())]


def test_gallery_groups_presets_by_owner_and_year(qtbot):
    dialog = PresetGallery()
    qtbot.addWidget(dialog)
    items = _rows(dialog)
    assert items[0].data(Qt.ItemDataRole.UserRole) == BLANK
    headings = [i.text() for i in items if i.flags() == Qt.ItemFlag.NoItemFlags]
    assert headings[:3] == ["Microsoft", "OpenAI / Oracle", "xAI"]
    assert set(headings) == {owner for owner, _ in preset_groups().values()}
    # every preset once, each under its owner's heading, labelled with its year
    owner, seen = None, []
    groups = preset_groups()
    for item in items[1:]:
        key = item.data(Qt.ItemDataRole.UserRole)
        if key is None:
            owner = item.text()
            continue
        seen.append(key)
        assert groups[key][0] == owner, key
        assert item.text().startswith(f"{groups[key][1]}  "), item.text()
    assert sorted(seen) == sorted(preset_ids())
    # headings are labels: not selectable, never a choice
    assert all(not (i.flags() & Qt.ItemFlag.ItemIsSelectable) for i in items if i.data(Qt.ItemDataRole.UserRole) is None)


def test_gallery_starts_blank_and_describes_owner_and_year(qtbot):
    dialog = PresetGallery()
    qtbot.addWidget(dialog)
    assert dialog.selected() == BLANK  # "New" means a blank scenario (issue 14)
    colossus = next(i for i in _rows(dialog) if i.data(Qt.ItemDataRole.UserRole) == DEFAULT_PRESET)
    dialog.list.setCurrentItem(colossus)
    assert "xAI · 2026" in dialog.text.toPlainText()
    stargate = next(i for i in _rows(dialog) if i.data(Qt.ItemDataRole.UserRole) == "stargate-abilene")
    dialog.list.setCurrentItem(stargate)
    assert dialog.selected() == "stargate-abilene"
    assert "OpenAI / Oracle · 2026" in dialog.text.toPlainText()
