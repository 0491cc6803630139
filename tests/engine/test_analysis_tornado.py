"""engine/analysis/tornado.py: swings computed by hand on a constructed case, and the order."""

from __future__ import annotations

import numpy as np
import pytest

from colossus_desktop.engine import evaluate
from colossus_desktop.engine.analysis import Distribution, Varied, output_values, tornado
from colossus_desktop.engine.units import HOURS_PER_YEAR
from colossus_desktop.scenario.inputs import to_inputs
from colossus_desktop.scenario.presets import load_preset

VARIED = [Varied("reliability.failures_per_gpu_year", "failures_per_gpu_year"),
          Varied("power.grid_usd_per_mwh", "grid_usd_per_mwh"),
          Varied("facility.pue", "pue")]


@pytest.fixture(scope="module")
def case():
    """DeepSeek-V3's cluster (all grid power, 10 MW for 2.8 MW of load: no shortfall). Yearly
    energy cost = IT × PUE × 8,766 h × price, so its swing is IT × ΔPUE × 8,766 × price for the PUE
    and IT × PUE × 8,766 × Δprice for the price; failures do not touch it but set the wall-clock."""
    inp = to_inputs(load_preset("deepseek-v3"))
    dists = [Distribution("lognormal", median=float(inp.failures_per_gpu_year[0]), sigma=0.5),
             Distribution("uniform", low=75.0, high=85.0),
             Distribution("range", low=1.1, mode=1.3, high=1.5)]
    base = np.array([inp.failures_per_gpu_year[0], inp.grid_usd_per_mwh[0], inp.pue[0]])
    return inp, dists, base, tornado(inp, VARIED, dists, base)


def test_swings_of_the_yearly_energy_cost_match_the_hand_calculation(case):
    inp, dists, base, t = case
    r = evaluate(inp)
    it = r.power.it_mw[0]
    pue, price = inp.pue[0], inp.grid_usd_per_mwh[0]
    assert r.power.shortfall_mw[0] == 0 and r.power.turbine_supply_mw[0] == 0
    swings = t.swings("opex_usd_per_year")
    assert swings[2] == pytest.approx(it * (1.5 - 1.1) * HOURS_PER_YEAR * price, rel=1e-9)
    assert swings[1] == pytest.approx(it * pue * HOURS_PER_YEAR * (85.0 - 75.0), rel=1e-9)
    assert swings[0] == 0.0
    # PUE 0.4 of 1.3 (31 %) beats the price's 10 of 80.6 (12 %); failures last
    assert list(t.order("opex_usd_per_year")) == [2, 1, 0]


def test_ends_base_and_the_wall_clock_order(case):
    inp, dists, base, t = case
    assert list(t.low_values[1:]) == [75.0, 1.1] and list(t.high_values[1:]) == [85.0, 1.5]
    p10, p90 = dists[0].swing()
    assert (t.low_values[0], t.high_values[0]) == (p10, p90)  # unbounded: P10 and P90
    own = output_values(evaluate(inp))
    assert t.base["wall_days"] == pytest.approx(own["wall_days"][0], rel=1e-12)
    # the wall-clock moves only with failures: more failures, longer run
    assert t.high["wall_days"][0] > t.base["wall_days"] > t.low["wall_days"][0]
    assert t.order("wall_days")[0] == 0
    assert np.all(t.swings("wall_days")[1:] == 0.0)
    # the low end of the PUE is the base row with only the PUE changed
    assert t.low["facility_mw"][2] == pytest.approx(t.base["facility_mw"] * 1.1 / inp.pue[0], rel=1e-12)


def test_nan_swings_sort_last_and_ties_keep_their_order(case):
    _, _, _, t = case
    t.low["mfu"][:] = [0.1, np.nan, 0.1]
    t.high["mfu"][:] = [0.2, 0.5, 0.2]
    assert list(t.order("mfu")) == [0, 2, 1]


def test_refusals(case):
    inp, dists, base, _ = case
    with pytest.raises(ValueError, match="3 uncertain inputs need 3 distributions and 3 base values"):
        tornado(inp, VARIED, dists, base[:2])
    with pytest.raises(ValueError, match="power.grid_usd_per_mwh: the base value must be a finite number"):
        tornado(inp, VARIED, dists, np.array([1.0, np.nan, 1.2]))
