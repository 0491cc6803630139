"""Schema 5's uncertainty section: every malformed entry is refused with the field named, on load."""

from __future__ import annotations

import copy
import json

import pytest

from colossus_desktop.engine.catalog import load_catalog
from colossus_desktop.scenario import (
    ScenarioError,
    dumps_scenario,
    load_preset,
    loads_scenario,
)
from colossus_desktop.scenario.files import migrate
from colossus_desktop.scenario.uncertainty import Uncertainty, correlation_matrix

CATALOG = load_catalog()
PUE = {"path": "facility.pue", "distribution": "range", "low": 1.09, "mode": 1.14, "high": 1.3}
MFU = {"path": "workload.mfu", "distribution": "normal", "mean": 0.38, "sd": 0.05}


def _doc(**uncertainty) -> dict:
    doc = json.loads(dumps_scenario(load_preset("deepseek-v3", catalog=CATALOG)))
    doc["uncertainty"] = {"inputs": copy.deepcopy([PUE, MFU]), **uncertainty}
    return doc


def _load(doc: dict):
    return loads_scenario(json.dumps(doc), path="x.json", catalog=CATALOG)


def test_a_valid_section_loads_and_saves_only_each_kinds_parameters():
    s = _load(_doc(correlations=[{"a": "facility.pue", "b": "workload.mfu", "rho": -0.3}], samples=500, seed=3))
    assert [i.parameters() for i in s.uncertainty.inputs] == [
        {"low": 1.09, "mode": 1.14, "high": 1.3}, {"mean": 0.38, "sd": 0.05}]
    saved = json.loads(dumps_scenario(s))["uncertainty"]
    assert saved["inputs"][1] == {**MFU, "source": ""}
    assert correlation_matrix(s.uncertainty).tolist() == [[1.0, -0.3], [-0.3, 1.0]]
    assert _load(json.loads(dumps_scenario(s))) == s


def test_a_new_scenario_has_an_empty_section():
    u = Uncertainty()
    assert (u.inputs, u.correlations, u.samples, u.seed) == ([], [], 10_000, 1)
    assert correlation_matrix(u) is None


def test_migration_4_to_5_adds_an_empty_section():
    out = migrate({"schema_version": 4, "name": "x"})
    assert out == {"schema_version": 7, "name": "x",
                   "uncertainty": {"inputs": [], "correlations": [], "samples": 10_000, "seed": 1}}


BAD = [
    ("missing mode", lambda d: d["uncertainty"]["inputs"][0].pop("mode"), "uncertainty.inputs[0]", "'mode' is missing"),
    ("foreign parameter", lambda d: d["uncertainty"]["inputs"][1].update(low=0.1), "uncertainty.inputs[1]", "not 'low'"),
    ("mode above high", lambda d: d["uncertainty"]["inputs"][0].update(mode=1.4), "uncertainty.inputs[0]",
     "low <= mode <= high"),
    ("no width", lambda d: d["uncertainty"]["inputs"][0].update(low=1.3, mode=1.3), "uncertainty.inputs[0]", "low < high"),
    ("sd zero", lambda d: d["uncertainty"]["inputs"][1].update(sd=0), "uncertainty.inputs[1]", "sd must be > 0"),
    ("sigma zero", lambda d: d["uncertainty"]["inputs"].__setitem__(
        1, {"path": "workload.mfu", "distribution": "lognormal", "median": 0.3, "sigma": 0}), "uncertainty.inputs[1]",
     "sigma must be > 0"),
    ("unknown kind", lambda d: d["uncertainty"]["inputs"][1].update(distribution="beta"),
     "uncertainty.inputs[1].distribution", "must be one of"),
    ("duplicate", lambda d: d["uncertainty"]["inputs"].append(dict(PUE)), "uncertainty", "repeats the path 'facility.pue'"),
    ("rho > 1", lambda d: d["uncertainty"].update(correlations=[{"a": "facility.pue", "b": "workload.mfu", "rho": 1.2}]),
     "uncertainty.correlations[0].rho", "must be <= 1"),
    ("unlisted end", lambda d: d["uncertainty"].update(correlations=[{"a": "facility.pue", "b": "power.utilization",
                                                                       "rho": 0.2}]),
     "uncertainty", "'power.utilization', which has no distribution"),
    ("self", lambda d: d["uncertainty"].update(correlations=[{"a": "facility.pue", "b": "facility.pue", "rho": 0.2}]),
     "uncertainty.correlations[0]", "with itself"),
    ("samples", lambda d: d["uncertainty"].update(samples=1_000_001), "uncertainty.samples", "<= 1,000,000"),
    ("samples 0", lambda d: d["uncertainty"].update(samples=0), "uncertainty.samples", ">= 1"),
    ("unknown path", lambda d: d["uncertainty"]["inputs"][0].update(path="facility.pu"), "uncertainty.inputs[0].path",
     "did you mean facility.pue"),
    ("not linear", lambda d: d["uncertainty"]["inputs"][1].update(path="network.link_gbps"),
     "uncertainty.inputs[1].path", "not a numeric input"),
    ("pool out of range", lambda d: d["uncertainty"]["inputs"][1].update(path="pools[3].count"),
     "uncertainty.inputs[1].path", "not a numeric input"),
    ("below the field's range", lambda d: d["uncertainty"]["inputs"][0].update(low=0.9),
     "uncertainty.inputs[0].low", "0.9 is outside the allowed range of facility.pue (>= 1 and <= 3)"),
]


@pytest.mark.parametrize("name,change,field,words", BAD, ids=[b[0] for b in BAD])
def test_malformed_sections_are_refused_naming_the_field(name, change, field, words):
    doc = _doc()
    change(doc)
    with pytest.raises(ScenarioError) as info:
        _load(doc)
    assert info.value.path == "x.json"
    assert info.value.field == field, str(info.value)
    assert words in info.value.reason, str(info.value)


def test_contradictory_correlations_are_refused():
    doc = _doc(correlations=[{"a": "facility.pue", "b": "workload.mfu", "rho": 1.0}])
    with pytest.raises(ScenarioError, match="not positive definite"):
        _load(doc)
    three = _doc()
    three["uncertainty"]["inputs"].append({"path": "finance.cost_of_capital", "distribution": "uniform",
                                           "low": 0.05, "high": 0.17})
    three["uncertainty"]["correlations"] = [{"a": "facility.pue", "b": "workload.mfu", "rho": 0.9},
                                            {"a": "facility.pue", "b": "finance.cost_of_capital", "rho": 0.9},
                                            {"a": "workload.mfu", "b": "finance.cost_of_capital", "rho": -0.9}]
    with pytest.raises(ScenarioError, match="contradict"):
        _load(three)


@pytest.mark.parametrize("preset_id", ["colossus-2", "deepseek-v3", "llama-3-405b"])
def test_shipped_uncertainty_is_the_catalogs_ranges(preset_id):
    """Each preset's distributions are the catalog's own low and high with its source (none invented),
    peaking at the scenario's own value (the catalog's typical when the scenario uses it)."""
    from colossus_desktop.scenario.parameters import parameters

    s = load_preset(preset_id, catalog=CATALOG)
    by = {p.path: p for p in parameters(s, CATALOG)}
    assert 6 <= len(s.uncertainty.inputs) <= 12
    for item in s.uncertainty.inputs:
        p = by[item.path]
        assert item.distribution == "range"
        assert (item.low, item.high) == (p.default_range[0], p.default_range[2])
        assert item.mode == p.value
        assert p.range_source and p.range_source in item.source
        assert item.low <= p.value <= item.high, f"{item.path}: the range excludes the scenario's own value"
    if s.workload.mfu is None:
        assert "workload.mfu" not in by or all(i.path != "workload.mfu" for i in s.uncertainty.inputs)
