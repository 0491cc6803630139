"""colossus_desktop/analysis.py: the scenario's uncertainty in engine terms, clipped to each field's range."""

from __future__ import annotations

import math

import numpy as np
import pytest

from colossus_desktop.analysis import (
    ASSUMED_SOURCE,
    ClippedDistribution,
    clip_range,
    default_uncertainty,
    run_sweep,
    run_tornado,
    uncertain,
)
from colossus_desktop.engine.analysis.distributions import Distribution
from colossus_desktop.scenario import ScenarioError, load_preset
from colossus_desktop.scenario.bounds import Bounds
from colossus_desktop.scenario.parameters import find_parameter
from colossus_desktop.scenario.uncertainty import Uncertainty


def test_uncertain_follows_the_sections_order_and_the_table():
    s = load_preset("colossus-2")
    varied, dists, corr = uncertain(s)
    assert [v.path for v in varied] == [i.path for i in s.uncertainty.inputs]
    assert varied[0].field == "pool_price_usd" and varied[0].column == 0
    pue = dists[[v.path for v in varied].index("facility.pue")]
    assert isinstance(pue, Distribution) and (pue.kind, pue.low, pue.mode, pue.high) == ("range", 1.09, 1.14, 1.3)
    assert (pue.clip_low, pue.clip_high) == (1.0, 3.0)
    assert corr is None


def test_clipping_keeps_samples_inside_exclusive_bounds_too():
    low, high = clip_range(Bounds(low=0, low_exclusive=True, high=1))
    assert low == math.nextafter(0.0, 1.0) and high == 1.0
    mfu = ClippedDistribution("normal", mean=0.05, sd=0.2, clip_low=low, clip_high=high)
    x = mfu.ppf(np.linspace(0.001, 0.999, 999))
    assert x.min() > 0 and x.max() <= 1 and np.any(x == low)
    assert mfu.swing()[0] == low  # the tornado's P10 end is clipped as well
    assert mfu.plain() == Distribution("normal", mean=0.05, sd=0.2)
    with pytest.raises(ValueError, match="sd"):
        ClippedDistribution("normal", mean=0.05, sd=0)


def test_default_uncertainty_is_the_catalog_range_else_a_marked_assumption():
    s = load_preset("llama-3-405b")
    pue = default_uncertainty(find_parameter(load_preset("colossus-2"), "facility.pue"))  # PUE 1.14: the typical
    assert pue["distribution"] == "range" and (pue["low"], pue["mode"], pue["high"]) == (1.09, 1.14, 1.3)
    assert pue["source"].startswith("Catalog range (low / typical / high): ")  # the cooling type's range
    tokens = default_uncertainty(find_parameter(s, "workload.tokens_t"))
    assert tokens == {"path": "workload.tokens_t", "distribution": "triangular", "low": pytest.approx(12.48),
                      "mode": 15.6, "high": pytest.approx(18.72), "source": ASSUMED_SOURCE}
    spares = find_parameter(load_preset("colossus-2"), "reliability.spare_fraction")  # 0.077, < 1 exclusive
    assert default_uncertainty(spares)["high"] == pytest.approx(0.077 * 1.2)
    with pytest.raises(ValueError, match="is 0"):
        default_uncertainty(find_parameter(s, "reliability.spare_fraction"))  # Llama: no spares, no catalog range
    # every default the view would offer loads back as a valid section
    Uncertainty.model_validate({"inputs": [pue, tokens]})


def test_tornado_starts_from_the_scenarios_own_values():
    s = load_preset("deepseek-v3")
    tor = run_tornado(s)
    assert tor.paths == [i.path for i in s.uncertainty.inputs]
    assert list(tor.low_values) == [i.low for i in s.uncertainty.inputs]


def test_run_sweep_refuses_with_the_field_named():
    s = load_preset("deepseek-v3")
    with pytest.raises(ScenarioError) as info:
        run_sweep(s, [("facility.pue", np.array([1.2, 3.5]))])
    assert info.value.field == "facility.pue" and "3.5 is outside" in info.value.reason
    with pytest.raises(ScenarioError, match="one or two"):
        run_sweep(s, [])
    sw = run_sweep(s, [("workload.tokens_t", np.array([7.4, 14.8]))])
    assert sw.outputs["wall_days"][1] == pytest.approx(2 * sw.outputs["wall_days"][0], rel=0.02)


def test_the_catalog_range_centres_on_the_scenarios_own_value():
    """Colossus 2 sets an MFU of 0.30; the catalog's range is 0.197 / 0.375 / 0.52. The offered
    distribution keeps the catalog's ends but peaks at 0.30, so the base case is its mode."""
    s = load_preset("colossus-2")
    mfu = default_uncertainty(find_parameter(s, "workload.mfu"))
    assert (mfu["low"], mfu["mode"], mfu["high"]) == pytest.approx((0.197, 0.30, 0.52))
    assert "catalog typical 0.375" in mfu["source"]
    for preset in ("colossus-2", "deepseek-v3", "llama-3-405b"):  # the shipped entries follow the same rule
        s = load_preset(preset)
        for e in s.uncertainty.inputs:
            if e.distribution == "range":
                assert e.mode == pytest.approx(find_parameter(s, e.path).value), (preset, e.path)


def test_a_value_outside_the_catalog_range_gets_the_catalogs_spread_around_it():
    """An MFU set to 0.18, below the catalog's 0.197 / 0.375 / 0.52: the offered distribution
    still contains it (a triangle 0.18 × 0.197/0.375 to 0.18 × 0.52/0.375, peaking at 0.18),
    marked as an assumption and naming the catalog's source; choosing "range" by hand still gives
    the catalog's own range."""
    from colossus_desktop.analysis import catalog_range, outside_support
    from colossus_desktop.ui.edits import set_values

    s = set_values(load_preset("colossus-2"), {"workload.mfu": 0.18})
    p = find_parameter(s, "workload.mfu")
    mfu = default_uncertainty(p)
    assert mfu["distribution"] == "triangular"
    assert (mfu["low"], mfu["mode"], mfu["high"]) == pytest.approx((0.18 * 0.197 / 0.375, 0.18, 0.18 * 0.52 / 0.375))
    assert mfu["source"].startswith("Assumption: the catalog's spread") and p.range_source in mfu["source"]
    assert not outside_support(mfu, 0.18)
    chosen = catalog_range(p)
    assert (chosen["distribution"], chosen["low"], chosen["mode"], chosen["high"]) == ("range", 0.197, 0.375, 0.52)
    assert outside_support(chosen, 0.18)
    # above the range, clipped to the field's own (an MFU is at most 1)
    high = default_uncertainty(find_parameter(set_values(s, {"workload.mfu": 0.9}), "workload.mfu"))
    assert high["low"] == pytest.approx(0.9 * 0.197 / 0.375) and high["mode"] == 0.9 and high["high"] == 1.0
    for entry in (mfu, high):
        Uncertainty.model_validate({"inputs": [entry]})


def test_outside_support_only_for_bounded_kinds():
    from colossus_desktop.analysis import outside_support

    tri = {"distribution": "triangular", "low": 1.0, "mode": 2.0, "high": 3.0}
    assert [outside_support(tri, v) for v in (0.99, 1.0, 3.0, 3.01)] == [True, False, False, True]
    assert not outside_support({"distribution": "normal", "mean": 2.0, "sd": 0.1}, 50.0)
    assert not outside_support({"distribution": "lognormal", "median": 2.0, "sigma": 0.1}, 50.0)
    assert not outside_support(tri, float("nan"))
