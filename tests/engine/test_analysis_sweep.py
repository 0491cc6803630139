"""engine/analysis/sweep.py: 1-D and 2-D grids, their shapes and values against single evaluations."""

from __future__ import annotations

import math

import numpy as np
import pytest

from colossus_desktop.engine import evaluate
from colossus_desktop.engine.analysis import Cancelled, Varied, output_values, sweep
from colossus_desktop.scenario.inputs import to_inputs
from colossus_desktop.scenario.presets import load_preset

PUE = Varied("facility.pue", "pue")
PRICE = Varied("power.grid_usd_per_mwh", "grid_usd_per_mwh")
COUNT = Varied("pools[0].count", "pool_count", 0)


@pytest.fixture(scope="module")
def deepseek():
    return to_inputs(load_preset("deepseek-v3"))


def test_one_axis(deepseek):
    axis = np.linspace(1.1, 1.5, 5)
    s = sweep(deepseek, [PUE], [axis])
    assert s.paths == ["facility.pue"] and len(s.axes) == 1 and np.array_equal(s.axes[0], axis)
    assert s.outputs["facility_mw"].shape == (5,)
    for i, pue in enumerate(axis):
        own = output_values(evaluate(deepseek.replace(pue=pue)))
        for key, v in own.items():
            assert s.outputs[key][i] == pytest.approx(v[0], rel=1e-12), key


def test_two_axes_are_rows_by_columns(deepseek):
    pues = np.array([1.1, 1.3, 1.5])
    prices = np.array([50.0, 80.0])
    s = sweep(deepseek, [PUE, PRICE], [pues, prices])
    assert s.outputs["opex_usd_per_year"].shape == (3, 2)
    for i, pue in enumerate(pues):
        for j, price in enumerate(prices):
            own = output_values(evaluate(deepseek.replace(pue=pue, grid_usd_per_mwh=price)))
            assert s.outputs["opex_usd_per_year"][i, j] == pytest.approx(own["opex_usd_per_year"][0], rel=1e-12)
            assert s.outputs["run_cost_usd"][i, j] == pytest.approx(own["run_cost_usd"][0], rel=1e-12)


def test_a_count_sweep_searches_tp_pp_dp_again(deepseek):
    """Fewer accelerators: the layout search runs again per point (hold="sweep"), so the run at half
    the count is slower than at the full count, and a count no layout divides is flagged, not fudged."""
    n0 = deepseek.pool_count[0, 0]
    s = sweep(deepseek, [COUNT], [np.array([n0 / 2, n0])])
    assert s.outputs["wall_days"][0] > s.outputs["wall_days"][1]
    assert s.outputs["wall_days"][1] == pytest.approx(output_values(evaluate(deepseek))["wall_days"][0], rel=1e-12)


def test_progress_in_chunks_and_cancel(deepseek):
    calls = []
    sweep(deepseek, [PUE], [np.linspace(1.1, 1.5, 10)], progress=lambda d, t: calls.append((d, t)), chunk=4)
    assert calls == [(4, 10), (8, 10), (10, 10)]

    def cancel(done, total):
        raise Cancelled()

    with pytest.raises(Cancelled):
        sweep(deepseek, [PUE], [np.linspace(1.1, 1.5, 10)], progress=cancel, chunk=4)


def test_refusals(deepseek):
    with pytest.raises(ValueError, match="one or two inputs"):
        sweep(deepseek, [PUE, PRICE, COUNT], [np.ones(2)] * 3)
    with pytest.raises(ValueError, match="one or two inputs"):
        sweep(deepseek, [PUE], [np.ones(2), np.ones(2)])
    with pytest.raises(ValueError, match="facility.pue: the swept values must be a non-empty list"):
        sweep(deepseek, [PUE], [np.array([])])
    with pytest.raises(ValueError, match="facility.pue: the swept values must be finite"):
        sweep(deepseek, [PUE], [np.array([1.2, math.nan])])
    with pytest.raises(ValueError, match="1001 × 1001 points exceeds 1,000,000"):
        sweep(deepseek, [PUE, PRICE], [np.linspace(1, 2, 1001), np.linspace(1, 2, 1001)])
