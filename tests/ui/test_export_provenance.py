"""Exports of an edited preset (or file) say so: titles, chart footers and the report's cover
read "Based on <origin>, modified" once the document differs from what it was loaded from, and
the origin's description is introduced as the original's; an unedited (or undone) document and
an edited blank scenario keep their own names."""

from __future__ import annotations

import pytest

from colossus_desktop.provenance import marked
from colossus_desktop.scenario.presets import blank_scenario, load_preset

C2 = "xAI Colossus 2 (a million Blackwell GPUs, phased)"
MARK = f"Based on {C2}, modified"


@pytest.fixture(scope="module")
def c2():
    return load_preset("colossus-2")


def _edited(scenario, **update):
    pools = [p.model_copy(update={"count": p.count // 2}) for p in scenario.pools]
    return scenario.model_copy(update={"pools": pools, **update})


def test_an_unchanged_document_keeps_its_name(c2):
    assert marked(c2, c2) is c2
    blank = blank_scenario()
    assert marked(_edited(blank), blank).name == "New scenario"  # a blank says nothing of itself


def test_an_edited_preset_is_named_as_modified(c2):
    m = marked(_edited(c2), c2)
    assert m.name == MARK
    assert m.description.startswith(f"Modified from {C2}; the figures differ from the original")
    assert c2.description in m.description and m.pools == _edited(c2).pools
    own = marked(_edited(c2, name="Half of Colossus 2", description="My own words."), c2)
    assert own.name == f"Half of Colossus 2 (based on {C2}, modified)" and own.description == "My own words."


def test_the_windows_exports_are_marked_after_an_edit_and_not_after_undo(make_window, tmp_path, c2):
    from pptx import Presentation
    from pypdf import PdfReader

    w = make_window(c2, autosave=False, restore_geometry=False)
    chart = w.charts[0]
    assert MARK not in " ".join(w.export_controller.footer(chart))
    assert w.document.set_field("pools[0].count", c2.pools[0].count // 2) is None
    w.evaluator.evaluate_now()
    assert w.export_controller.footer(chart)[0].startswith(MARK)
    job = w.export_controller.export_report(str(tmp_path / "edited"))  # written in the background
    assert job.task.wait(600_000) and job.ended
    written = job.written
    pdf = next(p for p in written if p.suffix == ".pdf")
    cover = " ".join(PdfReader(pdf).pages[0].extract_text().replace("\ufb01", "fi").split())
    assert MARK in cover and f"Modified from {C2}" in cover
    deck = Presentation(str(next(p for p in written if p.suffix == ".pptx")))
    assert deck.slides[0].shapes.title.text == MARK
    pngs = [p for p in written if p.suffix == ".png"]
    assert pngs and all(p.name.startswith("xai-colossus-2") for p in pngs)  # the file names stay
    deck_window = w.export_controller.present(show=False)
    assert deck_window.footer.text().startswith(MARK)  # presentation mode's footer too
    w.document.undo()
    w.evaluator.evaluate_now()
    assert not w.export_controller.footer(chart)[0].startswith(MARK)
    assert not deck_window.footer.text().startswith(MARK)
    deck_window.close()


def test_a_saved_copy_of_a_preset_is_still_marked_and_a_saved_file_is_not(make_window, tmp_path, c2):
    from colossus_desktop.scenario.files import save_scenario

    w = make_window(c2, autosave=False, restore_geometry=False)
    w.document.set_field("pools[0].count", c2.pools[0].count // 2)
    w.document.mark_saved(tmp_path / "mine.json")
    assert w.document.export_scenario().name == MARK  # a copy of a preset is not the preset
    path = tmp_path / "own.json"
    save_scenario(c2, path)
    w2 = make_window(c2, path, autosave=False, restore_geometry=False)
    w2.document.set_field("pools[0].count", c2.pools[0].count // 2)
    assert w2.document.export_scenario().name == MARK  # edited since the file was opened
    save_scenario(w2.document.scenario, path)
    w2.document.mark_saved(path)
    assert w2.document.export_scenario().name == C2  # the file now holds these figures
