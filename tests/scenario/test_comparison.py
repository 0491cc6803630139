"""The comparison file: round trip, relative files, embedded scenarios, clear errors naming the entry."""

from __future__ import annotations

import json

import pytest

from colossus_desktop.paths import comparisons_dir
from colossus_desktop.scenario import load_preset, save_scenario
from colossus_desktop.scenario.comparison import (
    MAX_ENTRIES, Comparison, Entry, apply_workload, dumps_comparison, embed, entry_scenario, load_comparison,
    loads_comparison, rebase, save_comparison,
)
from colossus_desktop.scenario.errors import ScenarioError

SHIPPED = "raw-power-vs-efficiency.json"


def _every_kind(tmp_path) -> Comparison:
    save_scenario(load_preset("llama-3-405b"), tmp_path / "llama.json")
    return Comparison(
        name="Every kind", description="files, presets, embedded, current",
        entries=[Entry(label="Llama file", file="llama.json"), Entry(label="C2", preset="colossus-2"),
                 Entry(label="DS embedded", scenario=embed(load_preset("deepseek-v3"))),
                 Entry(label="Window", current=True)],
        common_workload=load_preset("deepseek-v3").workload, reference=2)


def test_round_trip_reopens_unchanged(tmp_path):
    comp = _every_kind(tmp_path)
    path = tmp_path / "cmp.json"
    save_comparison(comp, path)
    text = path.read_text()
    back = load_comparison(path)
    assert back == comp
    assert dumps_comparison(back) == text
    save_comparison(back, path)
    assert path.read_text() == text  # saved again: byte for byte the same
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


def test_entries_resolve_relative_to_the_comparison_and_take_the_common_workload(tmp_path):
    comp = _every_kind(tmp_path)
    current = load_preset("colossus-1")
    got = [entry_scenario(comp, i, tmp_path, current) for i in range(4)]
    assert [s.pools[0].accelerator for s in got] == ["h100-sxm", "gb200-nvl72", "h800-sxm", "h100-sxm"]
    ds = load_preset("deepseek-v3").workload
    for s in got:
        assert s.workload.params_total_b == ds.params_total_b and s.workload.architecture == ds.architecture
    # every cluster is priced at its own cost: DeepSeek's $2 rental quote is not carried to the others,
    # nor kept for its own column (one basis for all)
    assert load_preset("deepseek-v3").workload.rental_usd_per_gpu_hour == 2
    assert all(s.workload.rental_usd_per_gpu_hour is None for s in got)
    assert all("rental_usd_per_gpu_hour" not in s.workload.notes for s in got)
    assert apply_workload(current, None) is current


def test_rebase_keeps_files_found_from_the_new_folder(tmp_path):
    comp = _every_kind(tmp_path)
    (tmp_path / "sub").mkdir()
    moved = rebase(comp, tmp_path, tmp_path / "sub")
    assert moved.entries[0].file == "../llama.json"
    assert entry_scenario(moved, 0, tmp_path / "sub").name == load_preset("llama-3-405b").name


def test_shipped_comparison_is_colossus_2_against_deepseek_training_deepseek_v3():
    comp = load_comparison(comparisons_dir() / SHIPPED)
    assert [e.preset for e in comp.entries] == ["colossus-2", "deepseek-v3"]
    assert comp.common_workload == load_preset("deepseek-v3").workload  # the preset's own, not a drifted copy
    assert comp.reference == 0
    assert "same model" in comp.description and "assumed" in comp.description
    assert dumps_comparison(comp) == (comparisons_dir() / SHIPPED).read_text()


def _doc(**over) -> dict:
    doc = {"format": "colossus-desktop-comparison", "schema_version": 1, "name": "x",
           "entries": [{"label": "A", "preset": "colossus-2"}, {"label": "B", "preset": "deepseek-v3"}]}
    doc.update(over)
    return doc


@pytest.mark.parametrize("doc, field, words", [
    (_doc(entries=[{"label": "A"}]), "entries[0]", 'needs exactly one of "file", "preset"'),
    (_doc(entries=[{"label": "A", "preset": "x", "file": "y.json"}]), "entries[0]", '"file" and "preset"'),
    (_doc(entries=[{"label": "", "preset": "x"}]), "entries[0].label", "must not be empty"),
    (_doc(entries=[{"label": "A", "preset": "colossus-2", "colour": 1}]), "entries[0].colour", "unknown field"),
    (_doc(reference=2), None, "reference 2 names no entry"),
    (_doc(entries=[{"label": str(i), "preset": "colossus-2"} for i in range(MAX_ENTRIES + 1)]), "entries",
     f"at most {MAX_ENTRIES}"),
    (_doc(common_workload={"name": "w"}), "common_workload.params_total_b", "is required"),
    (_doc(entries=[{"label": "Emb", "scenario": {"format": "colossus-desktop-scenario", "schema_version": 4}}]),
     "entries[0].scenario.pools", "(Emb) is required"),
])
def test_bad_documents_name_the_entry(doc, field, words):
    with pytest.raises(ScenarioError) as info:
        loads_comparison(json.dumps(doc), path="cmp.json")
    assert info.value.path == "cmp.json"
    assert info.value.field == field
    assert words in str(info.value)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("text, words", [
    ("", "is empty"),
    ("{", "not valid JSON"),
    ('{"format": "colossus-desktop-scenario", "schema_version": 4}', "not a Colossus Desktop comparison"),
    (json.dumps(_doc(schema_version=99)), "newer Colossus Desktop"),
])
def test_files_that_are_not_comparisons(text, words):
    with pytest.raises(ScenarioError, match=words):
        loads_comparison(text)


def test_entry_errors_name_the_entry_and_its_file(tmp_path):
    (tmp_path / "bad.json").write_text('{"format": "colossus-desktop-scenario", "schema_version": 4, "pools": []}')
    comp = Comparison(entries=[Entry(label="Missing", file="nope.json"), Entry(label="Bad", file="bad.json"),
                               Entry(label="P", preset="no-such-preset"), Entry(label="W", current=True)])
    for i, (field, words) in enumerate([("entries[0].file", "(Missing) " + str(tmp_path / "nope.json") + ": file not found"),
                                        ("entries[1].file", "(Bad)"),
                                        ("entries[2].preset", "unknown preset 'no-such-preset'"),
                                        ("entries[3].current", "is the document open in the window")]):
        with pytest.raises(ScenarioError) as info:
            entry_scenario(comp, i, tmp_path)
        assert info.value.field == field and words in str(info.value), str(info.value)


def test_save_refuses_a_folder(tmp_path):
    with pytest.raises(ScenarioError, match="is a folder, not a comparison file"):
        save_comparison(Comparison(), tmp_path)


def test_the_common_workload_drops_uncertainty_about_another_run():
    c2, ds = load_preset("colossus-2"), load_preset("deepseek-v3")
    assert "workload.mfu" in [u.path for u in c2.uncertainty.inputs]
    moved = apply_workload(c2, ds.workload)
    paths = [u.path for u in moved.uncertainty.inputs]
    assert "workload.mfu" not in paths and "facility.pue" in paths
    own = apply_workload(ds, ds.workload)  # already trains it: its run's uncertainty stays
    assert "workload.restart_min" in [u.path for u in own.uncertainty.inputs]
