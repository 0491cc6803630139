"""engine/analysis/outputs.py: the shared key figures, each checked against its definition."""

from __future__ import annotations

import math

import numpy as np
import pytest

from colossus_desktop.engine import evaluate
from colossus_desktop.engine.analysis import OUTPUTS, Varied, apply, output_values
from colossus_desktop.scenario.inputs import to_inputs
from colossus_desktop.scenario.presets import load_preset

REQUIRED = ("wall_days", "run_cost_usd", "gpu_hours", "capex_usd", "opex_usd_per_year", "tco_usd", "facility_mw",
            "energy_mwh", "co2_tonnes", "usd_per_gpu_hour", "goodput", "mfu", "peak_eflops_per_mw",
            "capex_usd_per_pflops", "run_usd_per_1e24_flop", "run_mwh_per_1e24_flop", "tokens_per_usd",
            "tokens_per_mwh")


def test_the_registry_has_every_figure_with_a_label_and_unit():
    assert set(REQUIRED) <= set(OUTPUTS)
    for key, out in OUTPUTS.items():
        assert out.key == key and out.label
        assert isinstance(out.unit, str)


@pytest.mark.parametrize("preset", ["colossus-2", "llama-3-405b", "deepseek-v3"])
def test_each_figure_follows_its_definition(preset):
    inp = to_inputs(load_preset(preset))
    r = evaluate(inp)
    v = output_values(r)
    t, c, p, cl = r.training, r.cost, r.power, r.cluster
    assert v["wall_days"][0] == t.wall_days[0] and v["run_cost_usd"][0] == t.cost_usd[0]
    assert v["gpu_hours"][0] == t.gpu_hours[0] and v["energy_mwh"][0] == t.energy_mwh[0]
    assert v["capex_usd"][0] == c.capex_usd[0] and v["tco_usd"][0] == c.tco_usd[0]
    assert v["opex_usd_per_year"][0] == c.opex_usd_per_year[0] and v["usd_per_gpu_hour"][0] == c.usd_per_gpu_hour[0]
    assert v["facility_mw"][0] == p.facility_mw[0] and v["co2_tonnes"][0] == t.co2_tonnes[0]
    assert v["goodput"][0] == r.reliability.goodput[0] and v["mfu"][0] == t.mfu[0]
    # the peak at the run's precision: FP8 for Colossus 2 and DeepSeek-V3, BF16 for Llama 3
    peak = cl.peak_bf16_pflops[0] if preset == "llama-3-405b" else cl.peak_fp8_pflops[0]
    assert cl.peak_workload_pflops[0] == peak
    assert v["peak_eflops_per_mw"][0] == pytest.approx(peak / 1e3 / p.facility_mw[0], rel=1e-12)
    assert v["capex_usd_per_pflops"][0] == pytest.approx(c.capex_usd[0] / peak, rel=1e-12)
    assert v["run_usd_per_1e24_flop"][0] == pytest.approx(t.cost_usd[0] / (t.model_flops[0] / 1e24), rel=1e-12)
    assert v["run_mwh_per_1e24_flop"][0] == pytest.approx(t.energy_mwh[0] / (t.model_flops[0] / 1e24), rel=1e-12)
    tokens = inp.tokens[0]
    assert t.tokens[0] == tokens
    assert v["tokens_per_usd"][0] == pytest.approx(tokens / t.cost_usd[0], rel=1e-12)
    assert v["tokens_per_mwh"][0] == pytest.approx(tokens / t.energy_mwh[0], rel=1e-12)
    for key in REQUIRED:
        assert np.isfinite(v[key][0]) and v[key][0] > 0, key


def test_values_are_one_per_row_and_follow_the_inputs():
    inp = to_inputs(load_preset("deepseek-v3"))
    rows = apply(inp, [Varied("facility.pue", "pue")], np.array([[1.1], [1.2], [1.65]]))
    v = output_values(evaluate(rows, series=False), ["facility_mw", "peak_eflops_per_mw"])
    assert set(v) == {"facility_mw", "peak_eflops_per_mw"}
    assert v["facility_mw"].shape == (3,)
    # facility = IT × PUE: proportional to the PUE; the peak per MW inversely so
    assert v["facility_mw"][2] / v["facility_mw"][0] == pytest.approx(1.65 / 1.1, rel=1e-12)
    assert v["peak_eflops_per_mw"][0] / v["peak_eflops_per_mw"][2] == pytest.approx(1.65 / 1.1, rel=1e-12)


def test_a_run_that_cannot_start_has_no_tokens_per_dollar():
    inp = to_inputs(load_preset("llama-3-405b")).replace(par_tp=math.nan, par_pp=math.nan, par_dp=math.nan,
                                                          pool_hbm_gb=np.array([[1.0]]))
    v = output_values(evaluate(inp))
    assert math.isinf(v["wall_days"][0]) and math.isinf(v["run_cost_usd"][0])
    assert v["tokens_per_usd"][0] == 0.0 and math.isinf(v["run_usd_per_1e24_flop"][0])


def test_unknown_keys_are_named():
    r = evaluate(to_inputs(load_preset("deepseek-v3")))
    with pytest.raises(KeyError, match="unknown output 'wall_hours'.*known: wall_days"):
        output_values(r, ["wall_days", "wall_hours"])
