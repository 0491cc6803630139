"""Edits keep the uncertainty section loadable: pool paths follow their pool, stale inputs are dropped."""

from __future__ import annotations

import json

from colossus_desktop.scenario import dumps_scenario, load_preset, loads_scenario
from colossus_desktop.scenario.uncertain_paths import move_pool_paths
from colossus_desktop.ui.edits import (
    AddPool,
    DuplicatePool,
    MovePool,
    RemovePool,
    SetFields,
)


def _pool_paths(s):
    return [(i.path, i.low) for i in s.uncertainty.inputs if i.path.startswith("pools[")]


def _reloads(s):
    assert loads_scenario(dumps_scenario(s)) == s


def test_pool_paths_follow_their_pool():
    s = load_preset("colossus-2")  # a price range on each of its four pools
    assert [p for p, _ in _pool_paths(s)] == [f"pools[{i}].price_usd" for i in range(4)]
    removed = RemovePool(1).apply(s)
    assert [p for p, _ in _pool_paths(removed)] == ["pools[0].price_usd", "pools[1].price_usd", "pools[2].price_usd"]
    _reloads(removed)
    s2 = s.model_copy(update={"uncertainty": s.uncertainty.model_copy(update={"inputs": [
        i.model_copy(update={"low": 30000.0 + n}) if i.path.startswith("pools[") else i
        for n, i in enumerate(s.uncertainty.inputs)]})})
    moved = MovePool(0, 3).apply(s2)  # pool 0 goes last: its range goes with it
    assert dict(_pool_paths(moved)) == {"pools[3].price_usd": 30000, "pools[0].price_usd": 30001,
                                        "pools[1].price_usd": 30002, "pools[2].price_usd": 30003}
    _reloads(moved)
    added = AddPool(index=0).apply(s2)
    assert dict(_pool_paths(added))["pools[1].price_usd"] == 30000 and len(_pool_paths(added)) == 4
    dup = DuplicatePool(1).apply(s2)
    assert dict(_pool_paths(dup)) == {"pools[0].price_usd": 30000, "pools[1].price_usd": 30001,
                                      "pools[3].price_usd": 30002, "pools[4].price_usd": 30003}
    _reloads(added), _reloads(dup)


def test_an_edit_that_makes_an_input_stale_drops_it_and_its_correlations():
    s = load_preset("deepseek-v3")
    data = json.loads(dumps_scenario(s))
    data["uncertainty"]["inputs"].append({"path": "network.pod_gpus", "distribution": "uniform", "low": 512, "high": 2048})
    data["uncertainty"]["correlations"] = [{"a": "network.pod_gpus", "b": "facility.pue", "rho": 0.2}]
    data["network"]["pod_gpus"] = 1024
    s = loads_scenario(json.dumps(data))
    after = SetFields({"network.pod_gpus": None}).apply(s)  # no pods: the path is no longer a number
    assert "network.pod_gpus" not in [i.path for i in after.uncertainty.inputs]
    assert after.uncertainty.correlations == [] and len(after.uncertainty.inputs) == len(s.uncertainty.inputs) - 1
    _reloads(after)


def test_move_pool_paths_leaves_other_paths_alone():
    u = {"inputs": [{"path": "pools[2].count"}, {"path": "facility.pue"}, {"path": "pools[0].custom.tdp_w"}],
         "correlations": [{"a": "pools[2].count", "b": "facility.pue", "rho": 0.1}], "samples": 5, "seed": 2}
    out = move_pool_paths(u, lambda i: None if i == 0 else i + 1)
    assert out == {"inputs": [{"path": "pools[3].count"}, {"path": "facility.pue"}],
                   "correlations": [{"a": "pools[3].count", "b": "facility.pue", "rho": 0.1}], "samples": 5, "seed": 2}
