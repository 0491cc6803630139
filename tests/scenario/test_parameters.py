"""The parameter table (scenario/parameters.py) against to_inputs: every listed path, perturbed in
the document, moves exactly its engine input by scale × the change, and nothing else."""

from __future__ import annotations

from dataclasses import fields
from pathlib import Path

import numpy as np
import pytest

from colossus_desktop.engine.catalog import load_catalog
from colossus_desktop.engine.inputs import POOL_FIELDS, Inputs
from colossus_desktop.scenario import (
    ScenarioError,
    load_preset,
    load_scenario,
    to_inputs,
)
from colossus_desktop.scenario.parameters import (
    TABLE,
    check_values,
    find_parameter,
    parameters,
    parse_values,
    split_path,
)
from colossus_desktop.scenario.presets import list_presets

CATALOG = load_catalog()
CUSTOM_POOL = Path(__file__).parent / "data" / "scenario_v4.json"  # a custom accelerator among the pools


def _scenarios():
    out = [(p.id, load_preset(p.id, catalog=CATALOG)) for p in list_presets()]
    deepseek = load_preset("deepseek-v3", catalog=CATALOG)
    one_nic = deepseek.model_copy(update={"network": deepseek.network.model_copy(update={"nics_per_node": 8})})
    return out + [("custom-pool", load_scenario(CUSTOM_POOL, catalog=CATALOG)), ("eight-nic-ports-set", one_nic)]


SCENARIOS = _scenarios()


def _set(obj, parts, value):
    """``obj`` with the field at ``parts`` replaced (model_copy: no validation, so a single field
    can move without its neighbours, e.g. heads that stop dividing by the key/value heads)."""
    if not parts:
        return value
    head, rest = parts[0], parts[1:]
    if isinstance(head, int):
        items = list(obj)
        items[head] = _set(obj[head], rest, value)
        return items
    return obj.model_copy(update={head: _set(getattr(obj, head), rest, value)})


def _new_value(p):
    if p.bounds.integer:
        up = p.value + 1
        return int(up if p.bounds.contains(up) else p.value - 1)
    delta = abs(p.value) * 0.01 or 0.01
    return p.value + delta if p.bounds.contains(p.value + delta) else p.value - delta


def _same(a: np.ndarray, b: np.ndarray) -> bool:
    return np.array_equal(np.asarray(a, float), np.asarray(b, float), equal_nan=True)


@pytest.mark.parametrize("name,scenario", SCENARIOS, ids=[s[0] for s in SCENARIOS])
def test_every_parameter_moves_exactly_its_engine_input(name, scenario):
    base = to_inputs(scenario, CATALOG)
    params = parameters(scenario, CATALOG)
    assert len(params) > 40
    for p in params:
        new = _new_value(p)
        assert new != p.value and p.bounds.contains(new)
        moved = to_inputs(_set(scenario, split_path(p.path), new), CATALOG)
        v = p.varied
        assert v.path == p.path
        for f in fields(Inputs):
            before, after = getattr(base, f.name), getattr(moved, f.name)
            if f.name != v.field:
                assert _same(before, after), f"{p.path} also moved {f.name}"
                continue
            if f.name in POOL_FIELDS:
                assert v.column is not None
                others = [c for c in range(before.shape[1]) if c != v.column]
                assert _same(before[:, others], after[:, others]), f"{p.path} moved other pools"
                assert after[0, v.column] == pytest.approx(v.scale * new, rel=1e-12)
                assert before[0, v.column] == pytest.approx(v.scale * p.value, rel=1e-12, nan_ok=True) or np.isnan(before[0, v.column])
            else:
                assert v.column is None
                assert after[0] == pytest.approx(v.scale * new, rel=1e-12), p.path
                # the engine saw the listed value before (or NaN: an empty field whose value is the engine's figure)
                assert np.isnan(before[0]) or before[0] == pytest.approx(v.scale * p.value, rel=1e-12), p.path


def test_the_table_names_real_engine_inputs_and_covers_the_main_figures():
    names = {f.name for f in fields(Inputs)}
    assert {field for field, *_ in TABLE.values()} <= names
    for path in ("facility.pue", "power.grid_usd_per_mwh", "workload.tokens_t", "finance.cost_of_capital",
                 "reliability.failures_per_gpu_year", "costs.server_cost_factor"):
        assert path in TABLE
    assert TABLE["workload.tokens_t"][:2] == ("tokens", 1e12)
    assert TABLE["workload.params_total_b"][:2] == ("params_total", 1e9)
    assert TABLE["workload.restart_min"][:2] == ("restart_s", 60.0)


def test_empty_fields_carry_the_engine_figure():
    from colossus_desktop.engine import evaluate

    s = load_preset("llama-3-405b", catalog=CATALOG)
    assert s.workload.mfu is None and s.pools[0].price_usd is None
    by = {p.path: p for p in parameters(s, CATALOG)}
    r = evaluate(to_inputs(s, CATALOG))
    assert by["workload.mfu"].value == pytest.approx(float(r.training.mfu_predicted[0]))
    assert 0.2 < by["workload.mfu"].value < 0.6
    assert by["pools[0].price_usd"].value == CATALOG.accelerators["h100-sxm"].value("price_usd")
    assert by["pools[0].price_usd"].default_range == (30000, 33750, 41198)
    assert "SemiAnalysis" in by["pools[0].price_usd"].range_source
    assert by["pools[0].count"].label == "Pool 1 (H100 SXM 80GB) count"
    assert "workload.params_active_b" not in by  # empty = dense, not a number


def test_ranges_come_from_the_catalog_most_specific_first():
    s = load_preset("colossus-2", catalog=CATALOG)
    by = {p.path: p for p in parameters(s, CATALOG)}
    cooling = CATALOG.cooling["direct-liquid"].specs["pue"]
    assert by["facility.pue"].default_range == (cooling.low, cooling.value, cooling.high)
    assert by["facility.pue"].range_source == cooling.source
    spec = CATALOG.defaults["finance.cost_of_capital"]
    assert by["finance.cost_of_capital"].default_range == (spec.low, spec.value, spec.high)
    assert by["power.grid_usd_per_mwh"].default_range is None  # the catalog gives only a high: no range invented
    assert by["power.grid_usd_per_mwh"].range_source == ""
    # Llama's 1.09 (Meta) is below the air-cooling range; the defaults' range holds it
    llama = {p.path: p for p in parameters(load_preset("llama-3-405b", catalog=CATALOG), CATALOG)}
    assert llama["facility.pue"].default_range == (1.09, 1.14, 1.56)


def test_find_parameter_names_close_matches():
    s = load_preset("deepseek-v3", catalog=CATALOG)
    assert find_parameter(s, "facility.pue", CATALOG).bounds.low == 1
    with pytest.raises(ScenarioError) as info:
        find_parameter(s, "facility.pu", CATALOG)
    assert info.value.field == "facility.pu" and "facility.pue" in info.value.reason
    with pytest.raises(ScenarioError):
        find_parameter(s, "network.link_gbps", CATALOG)  # picks optics: not linear, not listed


@pytest.mark.parametrize("text,want", [("1:2:3", [1, 1.5, 2]), ("1.1,1.2,1.4", [1.1, 1.2, 1.4]), (" 5:1:2 ", [5, 1])])
def test_parse_values(text, want):
    assert parse_values(text).tolist() == pytest.approx(want)


@pytest.mark.parametrize("text,words", [("1:2", "START:STOP:N"), ("a:b:3", "START:STOP:N"), ("1:2:1", "at least 2"),
                                        ("1:2:10001", "more than 10,000"), ("1:2:x", "START:STOP:N"),
                                        ("", "START:STOP:N"), ("1,nan", "finite")])
def test_parse_values_refuses(text, words):
    with pytest.raises(ValueError, match=words):
        parse_values(text)


def test_check_values_uses_the_form_bounds():
    s = load_preset("deepseek-v3", catalog=CATALOG)
    pue = find_parameter(s, "facility.pue", CATALOG)
    check_values(pue, np.array([1.0, 3.0]))
    with pytest.raises(ValueError, match=r"0.9 is outside the allowed range \(>= 1 and <= 3\)"):
        check_values(pue, np.array([1.2, 0.9]))
    with pytest.raises(ValueError, match="whole numbers"):
        check_values(find_parameter(s, "pools[0].count", CATALOG), np.array([1000.5]))
