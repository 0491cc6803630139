"""evaluate_comparison: values from the shared OUTPUTS, differences, ratios, efficiency figures by hand."""

from __future__ import annotations

import numpy as np
import pytest

from colossus_desktop.comparison import KEYS, evaluate_comparison, from_sources
from colossus_desktop.engine.catalog import load_catalog
from colossus_desktop.scenario import load_preset
from colossus_desktop.scenario.comparison import Comparison, Entry
from colossus_desktop.scenario.errors import ScenarioError


@pytest.fixture(scope="module")
def compared():
    comp = Comparison(entries=[Entry(label="C2", preset="colossus-2"), Entry(label="DS", preset="deepseek-v3")],
                      common_workload=load_preset("deepseek-v3").workload)
    return evaluate_comparison(comp, None, uncertainty=False)


def test_values_differences_and_ratios(compared):
    assert compared.labels == ["C2", "DS"] and compared.same_workload
    for k in KEYS:
        v = compared.values[k]
        assert v.shape == (2,)
        assert compared.difference(k)[0] == 0 and compared.difference(k)[1] == pytest.approx(v[1] - v[0])
        if v[0] != 0 and np.isfinite(v[0]):
            assert compared.ratio(k)[0] == pytest.approx(1) and compared.ratio(k)[1] == pytest.approx(v[1] / v[0])
    # the same model on each: identical model FLOPs, so the cost-per-FLOP ratio is the cost ratio
    t = [c.evaluated.results.training for c in compared.columns]
    assert t[0].model_flops[0] == t[1].model_flops[0]
    assert compared.ratio("run_usd_per_1e24_flop")[1] == pytest.approx(compared.ratio("run_cost_usd")[1])


def test_efficiency_figures_of_the_deepseek_cluster_by_hand(compared):
    """2,048 H800 at the catalog's dense FP8 peak; the run priced at the cluster's own cost per
    GPU-hour (a common workload prices every column at its own cost)."""
    ds = compared.columns[1]
    r = ds.evaluated.results
    fp8_pflops = 2048 * load_catalog().accelerator("h800-sxm").value("fp8_tflops") / 1e3
    v = {k: compared.values[k][1] for k in KEYS}
    assert v["peak_eflops_per_mw"] == pytest.approx(fp8_pflops / 1e3 / r.power.facility_mw[0])
    assert v["capex_usd_per_pflops"] == pytest.approx(r.cost.capex_usd[0] / fp8_pflops)
    own_rate = r.cost.usd_per_gpu_hour[0] / (1 - ds.evaluated.scenario.reliability.spare_fraction)
    cost_usd = own_rate * r.training.gpu_hours[0]
    assert v["run_cost_usd"] == pytest.approx(cost_usd)
    assert v["run_usd_per_1e24_flop"] == pytest.approx(cost_usd / (r.training.model_flops[0] / 1e24))
    assert v["run_mwh_per_1e24_flop"] == pytest.approx(r.training.energy_mwh[0] / (r.training.model_flops[0] / 1e24))
    assert v["tokens_per_usd"] == pytest.approx(14.8e12 / cost_usd)
    assert v["tokens_per_mwh"] == pytest.approx(14.8e12 / r.training.energy_mwh[0])


def test_from_sources_same_workload_and_reference():
    comp, _ = from_sources(["preset:colossus-2", "preset:deepseek-v3"], same_workload=1, reference=1)
    assert comp.common_workload == load_preset("deepseek-v3").workload and comp.reference == 1
    with pytest.raises(ValueError, match="--same-workload 2 names no scenario"):
        from_sources(["preset:colossus-2", "preset:deepseek-v3"], same_workload=2)
    with pytest.raises(ValueError, match="at most 8"):
        from_sources(["preset:colossus-2"] * 9)


def test_an_empty_comparison_is_refused():
    with pytest.raises(ScenarioError, match="has no entries"):
        evaluate_comparison(Comparison(), None)


def test_columns_with_a_predicted_unsampled_mfu_are_named(compared):
    """Both train DeepSeek-V3 with the MFU predicted: the bands cannot hold the model's own error,
    and the comparison says so; an MFU given by hand (Colossus 2 alone, its own run) is not named."""
    assert compared.unsampled_mfu == ["C2", "DS"]
    alone = evaluate_comparison(Comparison(entries=[Entry(label="C2", preset="colossus-2")]), None, uncertainty=False)
    assert load_preset("colossus-2").workload.mfu is not None and alone.unsampled_mfu == []
