"""Successive states of the document share what did not change, so the undo history costs the
difference between steps (issue 12, item 9: ~17 KB per step grew 168 MB over 10,000 edits)."""

from __future__ import annotations

import gc
import tracemalloc

import pytest

from colossus_desktop.scenario.presets import load_preset
from colossus_desktop.ui.document import Document
from colossus_desktop.ui.edits import set_values
from colossus_desktop.ui.history import MAX_STEPS
from colossus_desktop.ui.sharing import share_unchanged


@pytest.fixture
def doc(qapp):
    return Document(load_preset("colossus-2"))


def test_an_edit_shares_every_untouched_part(doc):
    before = doc.scenario
    doc.set_field("facility.pue", 1.31)
    after = doc.scenario
    assert after.facility.pue == 1.31 and before.facility.pue != 1.31  # the old state is intact
    assert after.facility is not before.facility
    for name in type(after).model_fields:
        if name != "facility":
            assert getattr(after, name) is getattr(before, name), name
    assert after.facility.notes is before.facility.notes
    assert after == set_values(before, {"facility.pue": 1.31})  # the same document as unshared


@pytest.mark.parametrize("edit", ["count", "remove", "add", "move"])
def test_pool_edits_share_the_other_pools(doc, edit):
    before = doc.scenario
    n = len(before.pools)
    if edit == "count":
        doc.set_field("pools[1].count", before.pools[1].count + 1)
        others = [(i, i) for i in range(n) if i != 1]
    elif edit == "remove":
        doc.remove_pool(1)
        others = [(0, 0)] + [(i, i - 1) for i in range(2, n)]
    elif edit == "add":
        doc.add_pool(index=1)
        others = [(0, 0)] + [(i, i + 1) for i in range(1, n)]
    else:
        doc.move_pool(0, n - 1)
        others = [(0, n - 1)] + [(i, i - 1) for i in range(1, n)]
    after = doc.scenario
    for old, new in others:
        assert after.pools[new] is before.pools[old]
    assert after.costs is before.costs


def test_undo_gives_back_the_very_state(doc):
    first = doc.scenario
    doc.set_field("costs.staff_count", 4321)
    second = doc.scenario
    doc.undo()
    assert doc.scenario is first
    doc.redo()
    assert doc.scenario is second


def test_nothing_is_shared_across_kinds_and_arguments_are_untouched():
    a = {"x": [1.0, 2.0], "y": tuple([1, 2]), "z": "s"}
    b = {"x": [1.0, 3.0], "y": tuple([1, 2]), "z": "s"}
    assert a["y"] is not b["y"]
    out = share_unchanged(a, b)
    assert out == b and out["y"] is a["y"] and out is not b and b["x"] == [1.0, 3.0]
    assert share_unchanged(a, dict(a)) is a
    assert share_unchanged(1, True) is True and share_unchanged(1.0, 1) == 1


def _retained_kib_per_step(doc, steps):
    paths = [("facility.pue", lambda i: 1.1 + (i % 5) * 0.05), ("pools[1].count", lambda i: 1000 + i),
             ("costs.staff_count", lambda i: 100 + i)]
    doc.history.merge_window_s = -1.0  # every edit its own step
    gc.collect()
    tracemalloc.start()
    try:
        start = tracemalloc.take_snapshot()
        for i in range(steps):
            path, value = paths[i % len(paths)]
            assert doc.set_field(path, value(i)) is None
        gc.collect()
        end = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    return sum(s.size_diff for s in end.compare_to(start, "filename")) / steps / 1024


def test_a_step_costs_a_few_kib_not_a_whole_scenario(doc):
    whole = _whole_scenario_kib()
    per_step = _retained_kib_per_step(doc, 150)
    assert per_step < whole / 4, (per_step, whole)
    # The bound: what the default history can hold, at this cost per step.
    assert per_step * MAX_STEPS / 1024 < 3.0  # MB


def _whole_scenario_kib():
    s = load_preset("colossus-2")
    gc.collect()
    tracemalloc.start()
    try:
        start = tracemalloc.take_snapshot()
        kept = [set_values(s, {"facility.pue": 1.1 + i * 0.01}) for i in range(20)]
        gc.collect()
        end = tracemalloc.take_snapshot()
    finally:
        tracemalloc.stop()
    assert len(kept) == 20
    return sum(st.size_diff for st in end.compare_to(start, "filename")) / 20 / 1024
