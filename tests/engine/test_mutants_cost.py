"""Hand-worked capex, opex and yearly cost series of engine/cost.py that kill mutmut's survivors (docs/validation.md).

The module's yearly series for years y = 1 … 30 (zero past the horizon H):

    depreciation(y) = Σ_i capex_i · clip(L_i − (y − 1), 0, 1) / L_i
    capital(y)      = Σ_i r · capex_i · clip(1 − (y − 1)/L_i, 0, 1)      (r × book value)
    energy, maintenance, staff (y) = their yearly opex while y ≤ H

Mutant names are mutmut's (``x_<function>__mutmut_<n>``).
"""

from __future__ import annotations

import numpy as np
import pytest

from colossus_desktop.engine.cost import MAX_YEARS, capital_recovery_factor, cost, pool_hardware_usd
from .factory import float_warnings_raise, make_inputs


def _net(capex_usd):
    """The network sub-model's dict for a given network capex (all of it switches)."""
    zero = np.zeros_like(capex_usd)
    return {"network_capex_usd": capex_usd,
            "network_capex_breakdown_usd": {"switches": capex_usd, "optics": zero, "copper": zero}}


def _series():
    # Capex: accelerators 1 × $1,000 (life 2 y); servers 0 (factor 1); network 0; storage 0;
    # facility $500/MW × 1 MW nameplate = $500 (life 2.5 y); power plant 0. r = 10 %, H = 5 y.
    # Opex: energy 0.1 GWh × 1e3 × $70/MWh = $7,000; maintenance 3 % × $1,000 = $30;
    # staff 2 × $100 = $200.
    inp = make_inputs(
        pool_count=[[1.0]], pool_price_usd=[[1000.0]], server_cost_factor=1.0, storage_capacity_pb=0.0,
        facility_usd_per_mw=500.0, turbines_mw=0.0, battery_mwh=0.0, dep_years_accelerators=2.0,
        dep_years_facility=2.5, cost_of_capital=0.1, horizon_years=5.0, grid_usd_per_mwh=70.0,
        maintenance_compute_per_year=0.03,
        maintenance_network_per_year=0.03,
        maintenance_storage_per_year=0.03,
        maintenance_facility_per_year=0.0,
        maintenance_power_plant_per_year=0.0, staff_count=2.0, staff_usd_per_year=100.0,
    )
    power = {"it_peak_mw": np.array([1.0]), "grid_energy_gwh": np.array([0.1]), "turbine_energy_gwh": np.array([0.0]),
             "served_fraction": np.array([1.0])}
    return cost(inp, np.array([1.0]), _net(np.array([0.0])), power, series=True)


def _years(*values):
    out = np.zeros(MAX_YEARS)
    out[: len(values)] = values
    return out


def test_yearly_depreciation_is_straight_line_over_each_life():
    # Accelerators: 1,000/2 = 500 in years 1–2, 0 after. Facility: 500 × clip(2.5 − (y − 1), 0, 1)/2.5
    # = 200, 200, 100 (half a year), 0. Sum: 700, 700, 100, 0, 0; zero past H = 5.
    # Kills x__yearly__mutmut_60 (1.0 instead of 0 past the horizon).
    assert _series()["yearly_depreciation_usd"][0] == pytest.approx(_years(700, 700, 100, 0, 0), abs=1e-9)


def test_yearly_cost_of_capital_is_the_rate_times_the_book_value():
    # Book value at the start of year y: accelerators 1,000 × clip(1 − (y − 1)/2) = 1,000, 500, 0, 0, 0;
    # facility 500 × clip(1 − (y − 1)/2.5) = 500, 300, 100, 0, 0. Cost of capital 10 % of the sum:
    # 150, 80, 10, 0, 0 (never negative once an asset is written off).
    # Kills x__yearly__mutmut_35 (amount / clip), _37 (no lower clip: −60 in year 4), _42 (1 + …),
    # _43 (2 − …), _44 ((y − 1)·L), _45 (y + 1), _46 (y − 2), _47 (clip from 1), _49 (= instead of
    # +=: 50, 30, 10), _50 (−=), _51 (r / book), _63, _64, _65, _69 (the horizon mask).
    assert _series()["yearly_capital_cost_usd"][0] == pytest.approx(_years(150, 80, 10, 0, 0), abs=1e-9)


def test_yearly_opex_runs_through_the_last_year_of_the_horizon():
    # Energy $7,000, maintenance $30, staff $200 in years 1 … 5 (y ≤ H, year 5 included), 0 after.
    # Kills x__yearly__mutmut_12 (y < H), _72 … _102 (the masks of the three opex series).
    out = _series()
    assert out["yearly_energy_usd"][0] == pytest.approx(_years(*[7000.0] * 5), abs=1e-9)
    assert out["yearly_maintenance_usd"][0] == pytest.approx(_years(*[30.0] * 5), abs=1e-9)
    assert out["yearly_staff_usd"][0] == pytest.approx(_years(*[200.0] * 5), abs=1e-9)


def test_capex_categories_and_opex():
    # Capex: accelerators 10 × $1,000 = 10,000; servers × (1.5 − 1) = 5,000; network 2,000 (given);
    # storage 20 PB × $100 = 2,000; facility $300/MW × 2 MW nameplate = 600; power plant
    # 2 MW × $50 + 4 MWh × $30 = 220. Total 19,820. Opex: energy 10 GWh × 1e3 × $50 + 4 GWh × 1e3 ×
    # $30 = 620,000; maintenance 10 % × (10,000 + 5,000 + 2,000 + 2,000) = 1,900.
    # Kills x_cost__mutmut_* (storage / price, facility / MW, plant − battery, ÷ prices, hardware
    # with − terms, energy − turbines, ÷ price, ÷ 1e3, × 1,001).
    inp = make_inputs(
        pool_count=[[10.0]], pool_price_usd=[[1000.0]], server_cost_factor=1.5, storage_capacity_pb=20.0,
        storage_usd_per_pb=100.0, facility_usd_per_mw=300.0, turbines_mw=2.0, turbine_capex_usd_per_mw=50.0,
        battery_mwh=4.0, battery_capex_usd_per_mwh=30.0, grid_usd_per_mwh=50.0, turbine_usd_per_mwh=30.0,
        maintenance_compute_per_year=0.1,
        maintenance_network_per_year=0.1,
        maintenance_storage_per_year=0.1,
        maintenance_facility_per_year=0.0,
        maintenance_power_plant_per_year=0.0,
    )
    power = {"it_peak_mw": np.array([2.0]), "grid_energy_gwh": np.array([10.0]), "turbine_energy_gwh": np.array([4.0]),
             "served_fraction": np.array([1.0])}
    out = cost(inp, np.array([10.0]), _net(np.array([2000.0])), power, series=False)
    capex = out["capex_breakdown_usd"]
    expected = {"accelerators": 10000.0, "servers": 5000.0, "network": 2000.0, "storage": 2000.0,
                "facility": 600.0, "power_plant": 220.0}
    for key, value in expected.items():
        np.testing.assert_allclose(capex[key], value, rtol=1e-12, err_msg=key)
    np.testing.assert_allclose(out["capex_usd"], 19820.0, rtol=1e-12)
    np.testing.assert_allclose(out["opex_breakdown_usd_per_year"]["energy"], 620000.0, rtol=1e-12)
    np.testing.assert_allclose(out["opex_breakdown_usd_per_year"]["maintenance"], 1900.0, rtol=1e-12)


def test_capital_recovery_factor():
    # CRF(r, L) = r / (1 − (1 + r)^−L): CRF(0.1, 2) = 0.1 / (1 − 1/1.21) = 0.121/0.21 = 0.576190…;
    # at r ≤ 1e-12 it is 1/L exactly: CRF(1e-12, 5) = 0.2 (the formula would lose precision in 1 + r).
    # Kills x_capital_recovery_factor__mutmut_37 (r ≥ 1e-12).
    assert capital_recovery_factor(0.1, 2.0) == pytest.approx(0.121 / 0.21, rel=1e-12)
    assert capital_recovery_factor(1e-12, 5.0) == 0.2
    assert capital_recovery_factor(0.0, 4.0) == 0.25


def test_cost_per_gpu_hour_includes_capital_recovery_and_opex():
    # The scenario of test_capex_categories_and_opex without staff, at r = 10 %: annualised capex
    # = (10,000 + 5,000 + 2,000 + 2,000) · CRF(0.1, 5) + (600 + 220) · CRF(0.1, 20); opex 620,000 +
    # 1,900. $/GPU-h = (annualised + opex) / (accelerators × 8,766 h): for 10 and 1 accelerators;
    # none: NaN. No yearly series asked: (N, 0) arrays.
    # Kills x_cost__mutmut_82 (rate None: CRF = 1/L), _97 (None), _101 (÷ 0 = ∞), _102 (> 1),
    # _104 (annualised − opex: the "no opex" bug class), _134, _136, _147 (the empty series).
    inp = make_inputs(
        pool_count=[[10.0]], pool_price_usd=[[1000.0]], server_cost_factor=1.5, storage_capacity_pb=20.0,
        storage_usd_per_pb=100.0, facility_usd_per_mw=300.0, turbines_mw=2.0, turbine_capex_usd_per_mw=50.0,
        battery_mwh=4.0, battery_capex_usd_per_mwh=30.0, grid_usd_per_mwh=50.0, turbine_usd_per_mwh=30.0,
        maintenance_compute_per_year=0.1,
        maintenance_network_per_year=0.1,
        maintenance_storage_per_year=0.1,
        maintenance_facility_per_year=0.0,
        maintenance_power_plant_per_year=0.0, staff_count=0.0, cost_of_capital=0.1,
        dep_years_facility=20.0, dep_years_power_plant=20.0,
    )
    power = {"it_peak_mw": np.array([2.0]), "grid_energy_gwh": np.array([10.0]), "turbine_energy_gwh": np.array([4.0]),
             "served_fraction": np.array([1.0])}
    out = cost(inp, np.array([10.0, 0.0, 1.0]), _net(np.array([2000.0])), power, series=False)
    crf5 = 0.1 / (1.0 - 1.1**-5)  # 0.263797…
    crf20 = 0.1 / (1.0 - 1.1**-20)  # 0.117459…
    annualized = 19000.0 * crf5 + 820.0 * crf20
    np.testing.assert_allclose(out["annualized_capex_usd"], annualized, rtol=1e-12)
    per_hour = (annualized + 621900.0) / 8766.0
    np.testing.assert_allclose(out["usd_per_gpu_hour"], [per_hour / 10, np.nan, per_hour], rtol=1e-12)
    assert out["yearly_energy_usd"].shape == (1, 0) and out["yearly_staff_usd"].shape == (1, 0)


def test_cost_per_used_gpu_hour_and_a_site_without_supply():
    # No capex (free accelerator, no servers, facility, plant or storage), no energy or
    # maintenance cost; one staff member at $8,766 a year: $8,766 / (1 accelerator × 8,766 h) =
    # $1 per installed GPU-hour. Used share = min(0.8 allocated, served power share):
    # served 0.5 → 0.5, $2 per used hour; served 1 → 0.8, $1.25; served 0 (no supply at all) →
    # 0: no hour is used, so a used hour costs ∞ (a float, not None).
    # Kills x_cost__mutmut_124 (None instead of ∞ when no hour is used).
    inp = make_inputs(
        pool_count=[[1.0]], pool_price_usd=[[0.0]], server_cost_factor=1.0, storage_capacity_pb=0.0,
        facility_usd_per_mw=0.0, turbines_mw=0.0, battery_mwh=0.0, maintenance_compute_per_year=0.0, maintenance_network_per_year=0.0, maintenance_storage_per_year=0.0,
        staff_count=1.0, staff_usd_per_year=8766.0, gpu_hours_used_fraction=0.8,
    )
    power = {"it_peak_mw": np.ones(3), "grid_energy_gwh": np.zeros(3), "turbine_energy_gwh": np.zeros(3),
             "served_fraction": np.array([0.5, 1.0, 0.0])}
    out = cost(inp, np.ones(3), _net(np.zeros(3)), power, series=False)
    np.testing.assert_allclose(out["usd_per_gpu_hour"], [1.0, 1.0, 1.0], rtol=1e-12)
    np.testing.assert_allclose(out["gpu_hours_used_fraction"], [0.5, 0.8, 0.0], rtol=1e-12)
    assert out["usd_per_used_gpu_hour"].dtype == np.float64
    np.testing.assert_allclose(out["usd_per_used_gpu_hour"], [2.0, 1.25, np.inf], rtol=1e-12)


def test_rates_at_zero_divisors_are_silent():
    # CRF(0, 4) meets 0/0 and CRF(1e-17, 5) meets 1e-17/0 (1 + 1e-17 rounds to 1): both take 1/L,
    # with no numpy warning. Per GPU-hour, rows: (no accelerators, $8,766 staff) → 8,766/0;
    # (no accelerators, nothing costs) → 0/0; (1 accelerator, $8,766, no supply) → used share 0,
    # $1/0; (1 accelerator, nothing costs, no supply) → 0/0; (no accelerators, no supply).
    # Installed: NaN, NaN, $1, $0, NaN; used: NaN, NaN, ∞, ∞ (no hour can be used, whatever the
    # rate), NaN (no accelerator: undefined, like the installed rate).
    # Kills x_capital_recovery_factor__mutmut_11, _12, _14, _15 and x_cost__mutmut_86 … _89,
    # _113 … _116 (divide= / invalid="ignore" lost).
    inp = make_inputs(
        pool_count=[[1.0]], pool_price_usd=[[0.0]], server_cost_factor=1.0, storage_capacity_pb=0.0,
        facility_usd_per_mw=0.0, turbines_mw=0.0, battery_mwh=0.0, maintenance_compute_per_year=0.0, maintenance_network_per_year=0.0, maintenance_storage_per_year=0.0,
        staff_count=1.0, staff_usd_per_year=[8766.0, 0.0, 8766.0, 0.0, 8766.0], gpu_hours_used_fraction=0.8,
    )
    power = {"it_peak_mw": np.zeros(5), "grid_energy_gwh": np.zeros(5), "turbine_energy_gwh": np.zeros(5),
             "served_fraction": np.array([1.0, 1.0, 0.0, 0.0, 0.0])}
    with float_warnings_raise():
        assert capital_recovery_factor(0.0, 4.0) == 0.25
        assert capital_recovery_factor(1e-17, 5.0) == 0.2
        out = cost(inp, np.array([0.0, 0.0, 1.0, 1.0, 0.0]), _net(np.zeros(5)), power, series=False)
    np.testing.assert_allclose(out["usd_per_gpu_hour"], [np.nan, np.nan, 1.0, 0.0, np.nan], rtol=1e-12)
    np.testing.assert_allclose(out["usd_per_used_gpu_hour"], [np.nan, np.nan, np.inf, np.inf, np.nan], rtol=1e-12)


def test_server_factor_applies_to_the_chip_priced_share():
    # 2 accelerators × $1,000 = $2,000 a pool; server factor 1.64 adds 0.64 × $2,000 × (1 − clip(s, 0, 1))
    # for a price that includes the server by s: s = −0.5 counts as 0 ($1,280), 1.5 as 1 ($0), 0.5 half
    # ($640). Kills x_pool_hardware_usd__mutmut_7 (no lower clip: $1,920), _8 and _13 (no upper clip,
    # or at 2: −$640).
    inp = make_inputs(pool_count=[[2.0, 2.0, 2.0]], pool_price_usd=[[1000.0, 1000.0, 1000.0]],
                      pool_price_includes_server=[[-0.5, 1.5, 0.5]], server_cost_factor=1.64)
    acc, servers = pool_hardware_usd(inp)
    np.testing.assert_array_equal(acc, [[2000.0, 2000.0, 2000.0]])
    np.testing.assert_allclose(servers, [[1280.0, 0.0, 640.0]], rtol=1e-12, atol=1e-9)
