"""The New-scenario gallery groups the presets under their owner, newest year first, with French
titles and summaries in a French session."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from colossus_desktop import i18n
from colossus_desktop.scenario import ScenarioError
from colossus_desktop.scenario.presets import (
    DEFAULT_PRESET,
    list_presets,
    load_preset,
    preset_groups,
    preset_ids,
    preset_translations,
)
from colossus_desktop.ui.gallery import BLANK, PresetGallery

from .helpers import written_figures


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


# --- in French (issue 15) ---------------------------------------------------------------------


def test_every_preset_has_a_french_title_and_summary_with_the_english_figures():
    english = {i.id: i for i in list_presets()}
    french = {i.id: i for i in list_presets(language="fr")}
    assert set(preset_translations("fr")) == set(preset_ids()) == set(french)
    for key, info in french.items():
        en = english[key]
        assert info.summary != en.summary, key  # a title may be names only; a summary is prose
        assert (info.owner, info.year, info.sources) == (en.owner, en.year, en.sources), key
        assert written_figures(info.title, "fr") == written_figures(en.title, "en"), (key, info.title)
        assert written_figures(info.summary, "fr") == written_figures(en.summary, "en"), (key, info.summary)
        for text in (info.title, info.summary):
            assert not re.search(r"\d,\d{3}\b", text), text  # "2,048" reads 2.048 in French
            assert not re.search(r" [:;?!%»]", text), text  # a no-break space before a double sign
    assert written_figures("2,048 GPUs, about 200k, Llama 3.1 405B, 10^24", "en") == [3.1, 2048, 200000]
    assert written_figures("2 048 GPU, environ 200 000, Llama 3.1 405B", "fr") == [3.1, 2048, 200000]


def test_an_english_session_keeps_the_presets_own_words():
    assert preset_translations("en") == {}
    colossus = next(i for i in list_presets() if i.id == DEFAULT_PRESET)
    assert colossus.title == load_preset(DEFAULT_PRESET).name


def test_a_half_translated_entry_is_named(tmp_path):
    path = tmp_path / "preset-groups.json"
    path.write_text('{"presets": {"x": {"owner": "A", "year": 2026, "title_fr": "Titre"}}}', encoding="utf-8")
    with pytest.raises(ScenarioError, match=r"preset-groups.json: presets.x needs both 'title_fr' and 'summary_fr'"):
        preset_translations("fr", path)


def test_the_gallery_in_french_shows_the_french_titles_and_summaries(qtbot):
    i18n.install("fr")
    try:
        dialog = PresetGallery()
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Nouveau scénario" and _rows(dialog)[0].text() == "Scénario vierge"
        french = preset_translations("fr")
        groups = preset_groups()
        for item in _rows(dialog)[1:]:
            key = item.data(Qt.ItemDataRole.UserRole)
            if key is None:
                continue
            title, summary = french[key]
            assert item.text() == f"{groups[key][1]}  {title}" and item.toolTip() == summary
            dialog.list.setCurrentItem(item)
            shown = dialog.text.toPlainText().replace("\u00a0", " ")  # the document writes no-break spaces as spaces
            title, summary = title.replace("\u00a0", " "), summary.replace("\u00a0", " ")
            assert title in shown and summary in shown and "Sources" in shown, key
        assert "Entraînement de DeepSeek-V3 (2\u00a0048 H800)" in french["deepseek-v3"][0]
    finally:
        i18n.install("en")
