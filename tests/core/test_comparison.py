"""evaluate_comparison: values from the shared OUTPUTS, differences, ratios, efficiency figures by hand."""

from __future__ import annotations

import json

import numpy as np
import pytest

from colossus_desktop.comparison import KEYS, evaluate_comparison, from_sources
from colossus_desktop.engine.catalog import load_catalog
from colossus_desktop.scenario import load_preset
from colossus_desktop.scenario.comparison import Comparison, Entry
from colossus_desktop.scenario.errors import ScenarioError
from colossus_desktop.scenario.files import dumps_scenario


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


def test_reuse_evaluates_and_samples_only_the_entries_that_changed(monkeypatch):
    """After an edit of the current document, ``reuse`` (the last result) and ``known`` (the
    window's evaluation) give the same figures as evaluating everything, and only the edited
    entry is sampled again; other samples or seed sample every uncertain entry again."""
    from colossus_desktop import analysis
    from colossus_desktop import comparison
    from colossus_desktop.evaluation import evaluate_scenario

    comp = Comparison(entries=[Entry(label="doc", current=True), Entry(label="DS", preset="deepseek-v3")])
    doc = load_preset("colossus-2")
    before = evaluate_comparison(comp, None, doc, samples=200)
    edited = doc.model_copy(update={"facility": doc.facility.model_copy(update={"pue": doc.facility.pue + 0.05})})
    window_ev = evaluate_scenario(edited)
    full = evaluate_comparison(comp, None, edited, samples=200)

    evaluated, sampled = [], []
    real_eval, real_mc = comparison.evaluate_scenario, analysis.run_monte_carlo
    monkeypatch.setattr(comparison, "evaluate_scenario", lambda s, c=None: evaluated.append(s) or real_eval(s, c))
    monkeypatch.setattr(analysis, "run_monte_carlo", lambda s, **kw: sampled.append(s) or real_mc(s, **kw))
    fast = evaluate_comparison(comp, None, edited, samples=200, reuse=before, known=[window_ev])
    assert evaluated == [] and sampled == [edited]
    assert fast.columns[0].evaluated is window_ev and fast.columns[1].evaluated is before.columns[1].evaluated
    for k in KEYS:
        for name in ("values", "bands", "ratio_bands"):
            assert np.array_equal(getattr(fast, name)[k], getattr(full, name)[k], equal_nan=True), (name, k)
    assert fast.values["facility_mw"][0] > before.values["facility_mw"][0]  # the edit is in the result

    sampled.clear()
    other = evaluate_comparison(comp, None, edited, samples=100, reuse=fast)
    assert len(sampled) == 2 and other.draws["tco_usd"].shape == (2, 100)


def test_earlier_bands_are_kept_only_for_unchanged_entries():
    import numpy as np

    from colossus_desktop.comparison import with_earlier_bands

    comp = Comparison(entries=[Entry(label="C2", preset="colossus-2"), Entry(label="DS", preset="deepseek-v3")])
    full = evaluate_comparison(comp, None, samples=200)
    edited = load_preset("deepseek-v3")
    edited = edited.model_copy(update={"facility": edited.facility.model_copy(update={"pue": 1.5})})
    comp2 = Comparison(entries=[Entry(label="C2", preset="colossus-2"),
                                Entry(label="DS", scenario=json.loads(dumps_scenario(edited)))])
    quick = with_earlier_bands(evaluate_comparison(comp2, None, uncertainty=False, reuse=full), full)
    b = quick.bands["facility_mw"]
    assert np.array_equal(b[0], full.bands["facility_mw"][0]) and np.isnan(b[1]).all()
    assert np.isnan(quick.ratio_bands["facility_mw"][1]).all() and quick.draws is None
    # the reference itself changed: no ratio band survives
    ref_changed = with_earlier_bands(evaluate_comparison(comp2.model_copy(update={"reference": 1}), None,
                                                         uncertainty=False), full)
    assert np.isnan(ref_changed.ratio_bands["facility_mw"]).all()
