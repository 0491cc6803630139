"""The user guide in French (issue 15): shown in a French session (English as the fallback), the
same sections, lists, tables, links and figures as the English guide, and every tab and form
section named as the French window names it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from colossus_desktop import i18n, paths
from colossus_desktop.ui import guide
from colossus_desktop.ui.guide import GuideDialog

from .helpers import written_figures

ENGLISH = paths.guide_dir() / "guide.md"
FRENCH = paths.guide_dir() / "guide.fr.md"


@pytest.fixture
def french(qapp):
    i18n.install("fr")
    yield
    i18n.install("en")


def _skeleton(path: Path, lang: str) -> list[dict]:
    """Per section (a heading and what follows it up to the next): its level, bullets, numbered
    items, table rows, link targets, code spans, bold spans and figures."""
    sections: list[dict] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        heading = re.match(r"(#+) ", line)
        if heading:
            sections.append({"level": len(heading.group(1)), "bullets": 0, "numbered": 0, "rows": 0,
                             "links": [], "code": [], "bold": 0, "figures": [], "text": ""})
            continue
        section = sections[-1]
        section["bullets"] += bool(re.match(r"- ", line))
        section["numbered"] += bool(re.match(r"\d+\. ", line))
        section["rows"] += line.startswith("|")
        section["links"] += re.findall(r"\]\(([^)]+)\)", line)
        section["code"] += re.findall(r"`([^`]+)`", line)
        section["bold"] += len(re.findall(r"\*\*[^*]+\*\*", line))
        section["text"] += " " + re.sub(r"^\d+\. ", "", line)  # the list's own numbers are structure
    for section in sections:
        section["figures"] = written_figures(section.pop("text"), lang)
    return sections


def test_the_french_guide_has_the_english_sections_lists_links_and_figures():
    english, french = _skeleton(ENGLISH, "en"), _skeleton(FRENCH, "fr")
    assert [s["level"] for s in french] == [s["level"] for s in english], "a section is in one guide only"
    for number, (en, fr) in enumerate(zip(english, french)):
        assert fr == en, f"section {number}: {fr} != {en}"


def test_french_figures_are_written_the_french_way():
    text = FRENCH.read_text(encoding="utf-8")
    assert not re.search(r"\d,\d{3}\b", text), "a thousands comma reads as a decimal in French"
    assert "1\u00a0024 H100" in text and "1\u00a0000 en arrière-plan" in text
    # no ordinary space before a double sign: a line must not break before it
    assert not re.search(r" [:;?!%»]", text) and "« " not in text


def test_skeleton_sees_a_missing_section(tmp_path):
    """The comparison above can fail: a section added to the English guide only is found."""
    extra = tmp_path / "guide.md"
    extra.write_text(ENGLISH.read_text(encoding="utf-8") + "\n## Something new\n\nText.\n", encoding="utf-8")
    assert len(_skeleton(extra, "en")) == len(_skeleton(FRENCH, "fr")) + 1
    changed = tmp_path / "guide.fr.md"
    changed.write_text(FRENCH.read_text(encoding="utf-8").replace("1\u00a0024 H100", "1\u00a0042 H100"), encoding="utf-8")
    assert _skeleton(changed, "fr") != _skeleton(FRENCH, "fr")


def test_a_french_session_shows_the_french_guide_naming_every_tab_and_form_section(french, make_window, qtbot):
    w = make_window(autosave=False, restore_geometry=False)
    dialog = GuideDialog(w)
    qtbot.addWidget(dialog)
    assert dialog.current == "guide.md" and guide.guide_path() == FRENCH
    top = dialog.contents.topLevelItem(0)
    assert top.text(0) == "Guide de l’utilisateur"
    headings = [top.child(k).text(0) for k in range(top.childCount())]
    tabs = [w.tabs.tabText(i).replace("&", "") for i in range(w.tabs.count())]
    assert tabs == ["Graphiques", "Comparer", "Balayage", "Incertitude", "Pannes"]
    for name in ["Prise en main", "Le formulaire", "Le modèle et ses sources", *tabs]:
        assert name in headings, name
    text = dialog.browser.toPlainText()
    assert "Getting started" not in text
    for i in range(w.builder.toolbox.count()):  # every section of the form, as the French window names it
        assert w.builder.toolbox.itemText(i).replace("&", "") in text, w.builder.toolbox.itemText(i)
    # the menu paths the guide gives are the French window's own
    help_menu = w.actions_by_key["guide"].text().replace("&", "")
    assert f"Aide → {help_menu}" in text
    # the links still open the (English) model notes, and search still finds
    dialog.browser.anchorClicked.emit(dialog.browser.document().baseUrl().resolved("model.md"))
    assert dialog.current == "model.md"
    dialog.search.setText("hypercube latin")
    assert dialog.matches.text() == "Absent de cette page (Entrée\u00a0: chercher dans les autres pages)"
    assert dialog.find_next() and dialog.current == "guide.md"
    assert dialog.matches.text() == "1 occurrence sur cette page (Entrée\u00a0: suivante)"
    assert dialog.browser.textCursor().selectedText() == "hypercube latin"


def test_english_is_the_fallback(french, qtbot, tmp_path, monkeypatch):
    (tmp_path / "guide.md").write_text(ENGLISH.read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(paths, "guide_dir", lambda: tmp_path)
    assert guide.guide_path() == tmp_path / "guide.md"
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    assert "Getting started" in dialog.browser.toPlainText()


def test_an_english_session_shows_the_english_guide(qtbot):
    i18n.install("en")
    assert guide.guide_path() == ENGLISH
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    assert dialog.contents.topLevelItem(0).data(0, Qt.ItemDataRole.UserRole) == "guide.md"
    assert "Prise en main" not in dialog.browser.toPlainText()


def test_lines_wrap_inside_the_page_pane(qtbot):
    """At its default size (and at 1280×800) the page needs no sideways scrolling."""
    dialog = GuideDialog()
    qtbot.addWidget(dialog)
    dialog.resize(1100, 760)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.browser.lineWrapColumnOrWidth() <= dialog.browser.viewport().width())
    assert dialog.browser.horizontalScrollBar().maximum() == 0
