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


def _written(panel, monkeypatch) -> list[str]:
    """Paths whose widget the form writes from now on."""
    from colossus_desktop.ui.builder import fields

    calls = []
    to_widget = fields._Bound.to_widget
    monkeypatch.setattr(fields._Bound, "to_widget", lambda self, v: (calls.append(self.spec.path), to_widget(self, v)))
    return calls


def test_an_edit_writes_only_the_widgets_of_what_it_changed(panel, monkeypatch):
    doc = panel.document
    panel.binder.refresh()  # the widgets show the document in full
    assert len(panel.binder.fields) > 50
    written = _written(panel, monkeypatch)
    doc.set_field("facility.pue", 1.31)
    assert "facility.pue" in written
    assert all(p.startswith("facility.") for p in written), written  # the facility's fields, no others
    assert panel.binder.fields["facility.pue"].from_widget() == pytest.approx(1.31)
    written.clear()
    doc.undo()
    assert written and all(p.startswith("facility.") for p in written), written
    assert panel.binder.fields["facility.pue"].from_widget() == pytest.approx(load_preset("colossus-2").facility.pue)


def test_a_refused_value_is_replaced_by_the_documents_once_an_undo_clears_it(qtbot):
    panel = BuilderPanel(Document(load_preset("deepseek-v3")))
    qtbot.addWidget(panel)
    doc = panel.document
    assert doc.set_field("costs.staff_count", 150.0) is None  # a step to undo
    path = "workload.params_active_b"
    total = doc.scenario.workload.params_total_b
    bound = panel.binder.fields[path]
    bound.widget.blockSignals(True)
    bound.to_widget(total * 2)  # typed, then refused: more active parameters than in all
    bound.widget.blockSignals(False)
    assert doc.set_field(path, total * 2) is not None
    assert path in doc.errors
    assert bound.from_widget() == pytest.approx(total * 2)  # what the user typed stays, marked
    doc.undo()  # the workload is the same object before and after: only the error says to write it
    assert not doc.errors
    assert bound.from_widget() == pytest.approx(load_preset("deepseek-v3").workload.params_active_b)


def test_an_edit_of_a_value_rebuilds_no_tooltip_and_an_edit_of_a_note_does(panel, monkeypatch):
    from colossus_desktop.ui.builder import fields

    built = []
    tooltip = fields.tooltip
    monkeypatch.setattr(fields, "tooltip", lambda spec, *a, **k: (built.append(spec.path), tooltip(spec, *a, **k))[1])
    panel.document.set_field("facility.pue", 1.31)
    assert built == []  # same notes, same errors: every tooltip stands
    notes = dict(panel.document.scenario.facility.notes or {})
    notes["pue"] = "Measured by the operator, 2026"
    panel.document.set_field("facility.notes", notes)
    assert "facility.pue" in built
    assert "Measured by the operator, 2026" in panel.binder.fields["facility.pue"].widget.toolTip()
