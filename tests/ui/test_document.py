"""Undo/redo of field edits and pool-table operations, without a window."""

from __future__ import annotations

import pytest

from colossus_desktop.ui.document import Document
from colossus_desktop.ui.edits import EditError, get_value, parse_path, set_values

from .scenario_data import sample_scenario


@pytest.fixture
def doc(qapp):
    return Document(sample_scenario())


def test_parse_path():
    assert parse_path("pools[1].count") == ("pools", 1, "count")
    assert parse_path("finance.depreciation_years.servers") == ("finance", "depreciation_years", "servers")
    with pytest.raises(ValueError):
        parse_path("pools..count")


def test_set_values_validates_and_never_mutates():
    s = sample_scenario()
    t = set_values(s, {"network.link_gbps": 800})
    assert t.network.link_gbps == 800 and s.network.link_gbps == 400
    with pytest.raises(EditError) as info:
        set_values(s, {"pools[0].count": 0})
    assert str(info.value) == "Must be > 0"  # the loader's words, not pydantic's
    with pytest.raises(EditError):
        set_values(s, {"pools[0].arrival": "2024-13"})


def test_field_edit_undo_redo(doc):
    seen = []
    doc.changed.connect(lambda: seen.append(doc.scenario.network.link_gbps))
    assert not doc.is_modified
    assert doc.set_field("network.link_gbps", 800) is None
    assert doc.scenario.network.link_gbps == 800 and doc.is_modified
    doc.undo()
    assert doc.scenario.network.link_gbps == 400 and not doc.is_modified
    doc.redo()
    assert doc.scenario.network.link_gbps == 800
    assert seen == [800, 400, 800]


def test_invalid_edit_is_refused_and_marked(doc):
    before = doc.scenario
    msg = doc.set_field("workload.params_active_b", 500.0)  # more than the 70 B total
    assert msg and "exceed" in msg
    assert doc.scenario is before
    assert doc.errors == {"workload.params_active_b": msg}
    assert len(doc.history) == 0 and not doc.is_modified
    assert doc.set_field("workload.params_active_b", 20.0) is None
    assert doc.errors == {}


def test_successive_edits_of_one_field_merge(doc, monkeypatch):
    for v in (1, 12, 123):
        doc.set_field("costs.staff_count", float(v))
    assert len(doc.history) == 1
    doc.undo()
    assert doc.scenario.costs.staff_count == 50
    doc.redo()
    monkeypatch.setattr(doc.history, "merge_window_s", -1.0)
    doc.set_field("costs.staff_count", 7.0)
    assert len(doc.history) == 2


def test_no_merge_into_saved_state(doc, tmp_path):
    doc.set_field("costs.staff_count", 10.0)
    doc.mark_saved(tmp_path / "x.json")
    doc.set_field("costs.staff_count", 11.0)
    assert doc.is_modified
    doc.undo()
    assert doc.scenario.costs.staff_count == 10 and not doc.is_modified


def test_pool_table_operations_undo(doc):
    names = lambda: [p.name for p in doc.scenario.pools]  # noqa: E731
    doc.add_pool()
    assert names() == ["First", "Second", "Pool 3"]
    doc.duplicate_pool(0)
    assert names() == ["First", "First (copy)", "Second", "Pool 3"]
    doc.move_pool(0, 3)
    assert names() == ["First (copy)", "Second", "Pool 3", "First"]
    doc.remove_pool(1)
    assert names() == ["First (copy)", "Pool 3", "First"]
    doc.set_field("pools[2].count", 42)
    assert get_value(doc.scenario, "pools[2].count") == 42
    for expected in (
        ["First (copy)", "Pool 3", "First"],
        ["First (copy)", "Second", "Pool 3", "First"],
        ["First", "First (copy)", "Second", "Pool 3"],
        ["First", "Second", "Pool 3"],
        ["First", "Second"],
    ):
        doc.undo()
        assert names() == expected
    assert doc.scenario == sample_scenario() and not doc.is_modified
    while doc.history.can_redo:
        doc.redo()
    assert names() == ["First (copy)", "Pool 3", "First"] and doc.scenario.pools[2].count == 42


def test_last_pool_cannot_be_removed(doc):
    doc.remove_pool(1)
    msg = doc.remove_pool(0)
    assert msg and "at least one pool" in msg
    assert len(doc.scenario.pools) == 1


def test_replace_resets_history(doc, tmp_path):
    doc.set_field("costs.staff_count", 10.0)
    doc.replace(sample_scenario(), tmp_path / "a.json")
    assert not doc.is_modified and len(doc.history) == 0
    assert doc.display_name == "a.json"
    doc.replace(sample_scenario(), None, modified=True)
    assert doc.is_modified


def test_merged_edits_leave_no_scenarios_behind(doc):
    """Successive edits of one field fold into one step, and the scenarios in between are freed:
    the history keeps the states either side of each step, nothing else (QUndoStack's merged-away
    commands, each holding two scenarios, grew RSS by 40 MB over 2,000 edits)."""
    import gc
    import weakref

    base = doc.scenario.facility.pue
    doc.set_field("network.link_gbps", 800.0)  # a first, separate step
    seen = []
    for i in range(200):
        doc.set_field("facility.pue", 1.1 + (i % 5) / 100)
        seen.append(weakref.ref(doc.scenario))
    gc.collect()
    alive = [r for r in seen if r() is not None]
    assert len(doc.history) == 2 and alive == [seen[-1]]
    doc.undo()
    assert doc.scenario.facility.pue == base and doc.scenario.network.link_gbps == 800


def test_failure_class_shares_edit_undo_and_refuse_all_zero(doc):
    from colossus_desktop.scenario.bounds import bounds_at
    from colossus_desktop.scenario.presets import load_preset
    from colossus_desktop.simulation import config_for

    assert bounds_at(["reliability", "share_gpu"]).high == 1 and bounds_at(["reliability", "share_gpu"]).low == 0
    before = doc.scenario.reliability.share_gpu
    assert doc.set_field("reliability.share_gpu", 0.9) is None
    assert doc.scenario.reliability.share_gpu == 0.9
    preset = load_preset("llama-3-405b")
    heavy = preset.model_copy(update={"reliability": preset.reliability.model_copy(update={"share_gpu": 0.9})})
    assert config_for(heavy).shares[0] == pytest.approx(0.9 / (0.9 + 1 - 0.4678), rel=1e-3)
    doc.undo()
    assert doc.scenario.reliability.share_gpu == before
    assert doc.set_field("reliability.share_gpu", 1.5) is not None  # the bound the loader and the form share
    zero = {f"reliability.share_{c}": 0.0 for c in ("gpu", "hbm", "network", "host", "software")}
    assert doc.set_fields(zero) is not None and doc.scenario.reliability.share_gpu == before
