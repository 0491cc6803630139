"""Hand-worked build-out of engine/buildout.py that kills mutmut's survivors (docs/validation.md).

The module's equations for month t (months from one before the first arrival to six after the
last; pools with count 0 are absent):

    installed(t) = Σ_p count_p · [arrival_p ≤ t]
    IT(t)        = Σ_p count_p · TDP_p · f_p · u · [arrival_p ≤ t] + (network + storage) · installed(t)/total
    capex(t)     = Σ_p (count_p · price_p · server_factor + shared · count_p/total) · [arrival_p ≤ t]
                   + power plant · [t ≥ first arrival]

Mutant names are mutmut's (``x_buildout__mutmut_<n>``).
"""

from __future__ import annotations

import numpy as np
import pytest

from colossus_desktop.engine.buildout import buildout

from .factory import float_warnings_raise, make_inputs


def _buildout():
    # Row 0: pool A 1 accelerator arriving in month 10, pool B 3 in month 12, pool C 0 in month 30
    # (absent). Row 1: no accelerators at all. Row 2: pool A alone (1 accelerator in all). TDP 1 MW × factor 1.5 × u 0.5 = 0.75 MW per
    # accelerator; price $100 × server factor 2 = $200. Shared capex: network $40 + storage $0 +
    # facility $60 = $100; power plant $1,000. Network 0.4 MW + storage 0.6 MW. PUE 1.25.
    inp = make_inputs(
        pool_count=[[1.0, 3.0, 0.0], [0.0, 0.0, 0.0], [1.0, 0.0, 0.0]], pool_arrival_month=[[10.0, 12.0, 30.0]],
        pool_tdp_w=1e6, pool_system_power_factor=1.5, utilization=0.5, pool_price_usd=100.0,
        server_cost_factor=2.0, pue=1.25,
    )
    capex = {"network": np.array([40.0]), "storage": np.array([0.0]), "facility": np.array([60.0]),
             "power_plant": np.array([1000.0])}
    return buildout(inp, np.array([0.4]), np.array([0.6]), capex)


def test_months_run_from_one_before_the_first_arrival_to_six_after_the_last():
    # First arrival 10, last 12 (pool C is empty): months 9 … 18.
    # Kills x_buildout__mutmut_2 (count ≥ 0: pool C's month 30 counts), _3 (count > 1: pool A
    # absent), _15 (lo − 2), _27 (hi + 7), _32 (from 0), _35 (hi − 1), _36 (hi + 2).
    np.testing.assert_array_equal(_buildout()["months"], np.arange(9.0, 19.0))


def test_installed_it_power_and_facility_power_by_month():
    # Months 9 | 10–11 | 12–18: installed 0 | 1 | 4. IT: 0 | 0.75 + 1.0 × 1/4 = 1.0 |
    # 0.75 + 2.25 + 1.0 × 4/4 = 4.0 MW; facility × 1.25: 0 | 1.25 | 5.0 MW. Row 1 (no
    # accelerators): all zero, its share of the network and storage power is 0, not 1 or NaN.
    # Row 2: installed 0 | 1 | 1; IT 0 | 0.75 + 1.0 × 1/1 = 1.75 | 1.75 MW.
    # Kills x_buildout__mutmut_59 (None), _63 (total ≥ 0: 0/0), _64 (total > 1), _66 (1.0 when empty),
    # _82 (/ 1,000,001), _86 (/ on), _88 (/ frac), _135 (facility / PUE).
    out = _buildout()
    steps = np.array([0.0] + [1.0] * 2 + [4.0] * 7)
    alone = np.array([0.0] + [1.0] * 9)
    np.testing.assert_array_equal(out["installed_accelerators"], [steps, np.zeros(10), alone])
    it = np.array([[0.0] + [1.0] * 2 + [4.0] * 7, [0.0] * 10, [0.0] + [1.75] * 9])
    np.testing.assert_allclose(out["it_mw"], it, rtol=1e-12, atol=1e-12)
    np.testing.assert_allclose(out["facility_mw"], it * 1.25, rtol=1e-12, atol=1e-12)


def test_cumulative_capex_pays_the_power_plant_with_the_first_pool():
    # Pool A: 1 × 200 + 100 × 1/4 = 225; pool B: 3 × 200 + 100 × 3/4 = 675; plant 1,000 from month 10.
    # Months 9 | 10–11 | 12–18: 0 | 1,225 | 1,900. Row 1: 0. Row 2: 200 + 100 × 1/1 + 1,000 = 1,300
    # from month 10.
    # Kills x_buildout__mutmut_74 (share when total ≥ 0: NaN), _75 (total > 1), _110 (first = ∞:
    # no plant), _121 (plant a month late), _123 (− plant).
    out = _buildout()
    expected = np.array([0.0] + [1225.0] * 2 + [1900.0] * 7)
    alone = np.array([0.0] + [1300.0] * 9)
    np.testing.assert_allclose(out["cumulative_capex_usd"], [expected, np.zeros(10), alone], rtol=1e-12, atol=1e-12)


def test_a_scenario_without_accelerators_is_silent():
    # Row 1 of _buildout() has no accelerators: installed/total and count/total are 0/0 and take 0
    # inside np.errstate, with no numpy warning. Kills x_buildout__mutmut_49, _51 (invalid="ignore" lost).
    with float_warnings_raise():
        out = _buildout()
    assert not out["installed_accelerators"][1].any() and not out["cumulative_capex_usd"][1].any()
