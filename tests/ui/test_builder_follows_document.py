"""The form's tooltips and sources follow the document: after New, Open or an edit of the notes,
no widget (field, its label, the sources box) still shows the previous document's sources."""

from __future__ import annotations

import html

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from colossus_desktop.scenario.presets import blank_scenario, load_preset
from colossus_desktop.ui.builder import BuilderPanel
from colossus_desktop.ui.document import Document

SECTIONS = ("layout", "network", "storage", "facility", "power", "costs", "finance", "workload", "reliability")


def _notes(scenario) -> set[str]:
    out = set()
    for section in SECTIONS:
        out.update((getattr(getattr(scenario, section), "notes", None) or {}).values())
    return out


def _tips(panel: QWidget) -> list[tuple[QWidget, str]]:
    return [(w, html.unescape(w.toolTip())) for w in panel.findChildren(QWidget) if w.toolTip()]


@pytest.fixture
def panel(qtbot):
    p = BuilderPanel(Document(load_preset("colossus-2")))
    qtbot.addWidget(p)
    return p


@pytest.mark.parametrize("after", ["blank", "deepseek-v3"])
def test_no_widget_keeps_the_previous_documents_sources(panel, after):
    before = load_preset("colossus-2")
    new = blank_scenario() if after == "blank" else load_preset(after)
    stale = {n for n in _notes(before) - _notes(new) if len(n) > 20}
    assert any("grid" in n.lower() or "TVA" in n for n in stale), "colossus-2 has grid notes of its own"
    assert any(n in tip for _, tip in _tips(panel) for n in stale), "the test sees colossus-2's notes first"
    panel.document.replace(new)
    shown = [(type(w).__name__, w.objectName(), n[:50]) for w, tip in _tips(panel) for n in stale if n in tip]
    assert not shown, f"widgets still show colossus-2's sources: {shown[:5]}"
    sources = panel.findChild(QLabel, "sources")
    assert all(s not in sources.text() for s in before.sources)


def test_a_fields_label_shows_the_fields_own_tooltip(panel):
    fields = {id(b.widget) for b in panel.binder.fields.values()}
    labels = [w for w in panel.findChildren(QLabel) if w.buddy() is not None and id(w.buddy()) in fields]
    assert len(labels) > 50
    panel.document.replace(blank_scenario())
    for label in labels:
        assert label.toolTip() == label.buddy().toolTip(), label.text()


def test_an_edit_of_the_notes_shows_in_the_tooltip_and_undo_takes_it_back(panel):
    doc = panel.document
    field = panel.binder.fields["power.grid_mw"].widget
    old = dict(doc.scenario.power.notes)
    doc.set_fields({"power.notes": {**old, "grid_mw": "Measured by the test on site."}})
    assert "Measured by the test on site." in field.toolTip()
    doc.undo()
    assert "Measured by the test on site." not in field.toolTip()
    assert html.escape(old["grid_mw"]) in field.toolTip()


def test_sources_box_follows_undo_of_an_edit_of_sources(panel):
    doc = panel.document
    sources = panel.findChild(QLabel, "sources")
    doc.set_fields({"sources": ["A source typed by the test"]})
    assert "A source typed by the test" in sources.text()
    doc.undo()
    assert "A source typed by the test" not in sources.text()
