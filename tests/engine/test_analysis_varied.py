"""engine/analysis/varied.py: one scenario turned into rows with some inputs changed, and the layout
held as the module says (sweep: TP/PP/DP searched, the rest kept; Monte Carlo: only DP derived)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from colossus_desktop.engine import evaluate, rank_layouts
from colossus_desktop.engine.analysis import Varied, apply, held_layout, output_values
from colossus_desktop.engine.scaling import KEPT
from colossus_desktop.scenario.inputs import to_inputs
from colossus_desktop.scenario.presets import load_preset


@pytest.fixture(scope="module")
def llama_open():
    """Llama 3 405B with its TP, PP and DP left to the search (the preset fixes them)."""
    return to_inputs(load_preset("llama-3-405b")).replace(par_tp=math.nan, par_pp=math.nan, par_dp=math.nan)


@pytest.fixture(scope="module")
def colossus2():
    return to_inputs(load_preset("colossus-2"))


def test_scalar_and_pool_fields_take_the_scaled_values(colossus2):
    varied = [Varied("facility.pue", "pue"), Varied("pools[2].count", "pool_count", 2),
              Varied("workload.tokens_t", "tokens", scale=1e12), Varied("pools[0].price_usd", "pool_price_usd", 0)]
    values = np.array([[1.1, 100.0, 5.0, 1e4], [1.3, 200.0, 7.0, 2e4], [1.5, 300.0, 9.0, 3e4]])
    out = apply(colossus2, varied, values)
    assert out.n == 3
    assert list(out.pue) == [1.1, 1.3, 1.5]
    assert list(out.tokens) == [5e12, 7e12, 9e12]
    assert list(out.pool_count[:, 2]) == [100.0, 200.0, 300.0]
    others = [0, 1, 3]
    assert np.array_equal(out.pool_count[:, others], np.repeat(colossus2.pool_count[:, others], 3, axis=0))
    assert list(out.pool_price_usd[:, 0]) == [1e4, 2e4, 3e4]
    assert np.array_equal(out.pool_price_usd[:, 1:], np.repeat(colossus2.pool_price_usd[:, 1:], 3, axis=0))
    # fields not varied keep one row standing for all (a million-row run stores only what varies)
    assert out.grid_usd_per_mwh.shape == (1,)
    # the scenario itself is untouched
    assert colossus2.pue.shape == (1,) and colossus2.pool_count.shape[0] == 1


def test_no_varied_inputs_still_gives_n_rows(colossus2):
    out = apply(colossus2, [], np.zeros((4, 0)))
    assert out.n == 4


def test_sweep_hold_keeps_the_chosen_degrees_other_than_tp_pp_dp(llama_open):
    chosen = rank_layouts(llama_open, top=1)[0]
    layout = held_layout(llama_open, "sweep")
    assert set(layout) == set(KEPT)
    assert layout == {f: chosen[key] for f, key in KEPT.items()}
    out = apply(llama_open, [Varied("facility.pue", "pue")], np.array([[1.2], [1.3]]), hold="sweep")
    assert np.isnan(out.par_tp).all() and np.isnan(out.par_pp).all() and np.isnan(out.par_dp).all()
    assert out.par_vpp[0] == chosen["vpp"] and out.par_recompute[0] == chosen["recompute"]


def test_montecarlo_hold_fixes_tp_and_pp_and_derives_dp(llama_open):
    chosen = rank_layouts(llama_open, top=1)[0]
    layout = held_layout(llama_open, "montecarlo")
    assert set(layout) == set(KEPT) | {"par_tp", "par_pp"}
    assert (layout["par_tp"], layout["par_pp"]) == (chosen["tp"], chosen["pp"])
    # half the accelerators: DP is derived again (not held), TP and PP are not
    n0 = llama_open.pool_count[0, 0]
    out = apply(llama_open, [Varied("pools[0].count", "pool_count", 0)], np.array([[n0], [n0 / 2]]), hold="montecarlo")
    assert np.isnan(out.par_dp).all()
    lay = evaluate(out, series=False).training.layout
    assert list(lay["tp"]) == [chosen["tp"]] * 2 and list(lay["pp"]) == [chosen["pp"]] * 2
    assert lay["dp"][0] == chosen["dp"]
    assert lay["dp"][1] < lay["dp"][0]


@pytest.mark.parametrize("hold", ["sweep", "montecarlo"])
@pytest.mark.parametrize("preset", ["colossus-2", "llama-3-405b", "deepseek-v3"])
def test_a_row_at_the_scenarios_own_values_reproduces_the_scenario(preset, hold):
    inp = to_inputs(load_preset(preset))
    if preset == "llama-3-405b":
        inp = inp.replace(par_tp=math.nan, par_pp=math.nan, par_dp=math.nan)
    varied = [Varied("facility.pue", "pue"), Varied("pools[0].count", "pool_count", 0)]
    values = np.array([[inp.pue[0], inp.pool_count[0, 0]], [inp.pue[0] * 1.1, inp.pool_count[0, 0]]])
    rows = output_values(evaluate(apply(inp, varied, values, hold), series=False))
    own = output_values(evaluate(inp))
    for key, v in own.items():
        assert rows[key][0] == pytest.approx(v[0], rel=1e-12), key
    assert rows["facility_mw"][1] == pytest.approx(own["facility_mw"][0] * 1.1, rel=1e-12)


def test_bad_addresses_are_refused_with_the_path_named(colossus2):
    one = np.ones((2, 1))
    with pytest.raises(ValueError, match="facility.nope: 'nope' is not an engine input"):
        apply(colossus2, [Varied("facility.nope", "nope")], one)
    with pytest.raises(ValueError, match=r"pools\[9\].count: pool_count needs a pool column in 0…3, got 9"):
        apply(colossus2, [Varied("pools[9].count", "pool_count", 9)], one)
    with pytest.raises(ValueError, match="needs a pool column"):
        apply(colossus2, [Varied("pools.count", "pool_count")], one)
    with pytest.raises(ValueError, match="facility.pue: pue is not a per-pool input"):
        apply(colossus2, [Varied("facility.pue", "pue", 0)], one)
    with pytest.raises(ValueError, match="scale must be a finite non-zero"):
        apply(colossus2, [Varied("facility.pue", "pue", scale=0.0)], one)
    with pytest.raises(ValueError, match="varied twice"):
        apply(colossus2, [Varied("facility.pue", "pue"), Varied("pue again", "pue")], np.ones((2, 2)))
    with pytest.raises(ValueError, match=r"values must have shape \(n, 1\)"):
        apply(colossus2, [Varied("facility.pue", "pue")], np.ones((2, 2)))
    with pytest.raises(ValueError, match="hold must be one of sweep, montecarlo"):
        apply(colossus2, [Varied("facility.pue", "pue")], one, hold="all")
    with pytest.raises(ValueError, match="single scenario"):
        apply(colossus2.repeat(2).replace(pue=np.array([1.1, 1.2])), [Varied("facility.pue", "pue")], one)
