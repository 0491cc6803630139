"""IT and facility power, supply, energy, carbon, water and rack density of engine/power.py
worked by hand, killing mutmut's survivors (docs/validation.md).

    accelerators = Σ count · TDP · u,  hosts = Σ count · TDP · (f − 1) · u,  IT = acc + hosts + network + storage
    IT peak = Σ count · TDP · f + network + storage,  facility = IT · PUE (peak likewise)
    grid = min(facility, grid MW), turbines = min(rest, turbine MW), shortfall = the rest (billed as grid)
    energy = MW · 8,766 h,  CO2 = Σ energy_s · intensity_s,  water = IT · 8,766 h · WUE,  rack kW = IT peak of servers / racks

Mutant names are mutmut's (``x_power__mutmut_<n>``).
"""

from __future__ import annotations

import numpy as np

from colossus_desktop.engine.power import power

from .factory import float_warnings_raise, make_inputs


def _power():
    # TDP 100 kW (round numbers), factor 1.5, u 0.8, storage 10 kW/PB, PUE 1.5, turbines 1.2 MW,
    # batteries 0.45 MW, grid 400 kg/MWh, turbines 500 kg/MWh, WUE 0.5 L/kWh.
    # Row 0: 10 accelerators, network 0.6 MW, 20 PB, 3 racks, grid 1 MW.
    # Row 1: nothing (no energy, no racks).  Row 2: half an accelerator, 1 rack, grid 0.05 MW.
    inp = make_inputs(
        pool_count=[[10.0], [0.0], [0.5]], pool_tdp_w=1e5, pool_system_power_factor=1.5, utilization=0.8,
        storage_capacity_pb=[20.0, 0.0, 0.0], storage_kw_per_pb=10.0, pue=1.5, grid_mw=[1.0, 1.0, 0.05],
        turbines_mw=1.2, battery_mw=0.45, grid_kg_co2_per_mwh=400.0, turbine_kg_co2_per_mwh=500.0,
        wue_l_per_kwh=0.5,
    )
    return power(inp, np.array([0.6, 0.0, 0.0]), np.array([3.0, 0.0, 1.0]))


def test_it_and_facility_power():
    # Row 0: accelerators 10 × 0.1 × 0.8 = 0.8 MW; hosts 10 × 0.1 × 0.5 × 0.8 = 0.4; storage
    # 20 × 10 kW = 0.2; IT 0.8 + 0.4 + 0.6 + 0.2 = 2.0; peak 1.5 + 0.6 + 0.2 = 2.3; facility 3.0,
    # peak 3.45 (PUE 1.5); cooling 1.0. Row 2: 0.04, 0.02, IT 0.06, peak 0.075, facility 0.09.
    # Kills x_power__mutmut_* (count / TDP, / 1,000,001, storage / kW per PB and / 1,001,
    # IT peak ± network/storage, facility peak / PUE, cooling + IT).
    out = _power()
    np.testing.assert_allclose(out["accelerators_mw"], [0.8, 0.0, 0.04], rtol=1e-12)
    np.testing.assert_allclose(out["hosts_mw"], [0.4, 0.0, 0.02], rtol=1e-12)
    np.testing.assert_allclose(out["storage_mw"], [0.2, 0.0, 0.0], rtol=1e-12)
    np.testing.assert_allclose(out["it_mw"], [2.0, 0.0, 0.06], rtol=1e-12)
    np.testing.assert_allclose(out["it_peak_mw"], [2.3, 0.0, 0.075], rtol=1e-12)
    np.testing.assert_allclose(out["facility_peak_mw"], [3.45, 0.0, 0.1125], rtol=1e-12)
    np.testing.assert_allclose(out["cooling_overhead_mw"], [1.0, 0.0, 0.03], rtol=1e-12)


def test_supply_energy_carbon_and_water():
    # Row 0: demand 3.0 MW; grid serves 1.0, turbines min(3.0 − 1.0, 1.2) = 1.2, so 2.2 MW served
    # and 0.8 MW unserved (neither bought nor burnt); served share 2.2 / 3.0. Peak shortfall
    # 3.45 − 1 − 1.2 − 0.45 = 0.8. Energy: grid 1.0 × 8.766 = 8.766 GWh, turbines 1.2 × 8.766 =
    # 10.5192, total 19.2852; unserved 0.8 × 8,766 = 7,012.8 MWh. CO2 8.766 × 400 + 10.5192 × 500 =
    # 8,766.0 t; intensity (1.0 × 400 + 1.2 × 500) / 2.2 = 454.54… kg/MWh; water on served IT
    # energy 2.0 × (2.2 / 3.0) × 8,766 × 0.5 = 6,428.4 m³.
    # Row 1: no energy: the grid's 400 kg/MWh. Row 2: 0.05 grid + 0.04 turbine: 0.78894 GWh (< 1),
    # (0.05 × 400 + 0.04 × 500) / 0.09 = 444.4… kg/MWh; water 0.06 × 8,766 × 0.5 = 262.98 m³.
    # Kills x_power__mutmut_* (facility + grid, grid − shortfall, turbine GWh × 1e3 / ÷ hours / 1,001,
    # grid CO2 / intensity, intensity None / ≥ 0 / > 1, water None / ÷ WUE / ÷ hours / unserved billed).
    out = _power()
    np.testing.assert_allclose(out["turbine_supply_mw"], [1.2, 0.0, 0.04], rtol=1e-12)
    np.testing.assert_allclose(out["shortfall_mw"], [0.8, 0.0, 0.0], rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(out["served_fraction"], [2.2 / 3.0, 1.0, 1.0], rtol=1e-12)
    np.testing.assert_allclose(out["peak_shortfall_mw"], [0.8, 0.0, 0.0], rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(out["grid_energy_gwh"], [8.766, 0.0, 0.4383], rtol=1e-12)
    np.testing.assert_allclose(out["turbine_energy_gwh"], [10.5192, 0.0, 0.35064], rtol=1e-12)
    np.testing.assert_allclose(out["annual_energy_gwh"], [19.2852, 0.0, 0.78894], rtol=1e-12)
    np.testing.assert_allclose(out["annual_unserved_mwh"], [7012.8, 0.0, 0.0], rtol=1e-12, atol=1e-9)
    np.testing.assert_allclose(out["annual_co2_tonnes"][0], 8766.0, rtol=1e-12)
    np.testing.assert_allclose(out["carbon_kg_per_mwh"], [1000.0 / 2.2, 400.0, 40.0 / 0.09], rtol=1e-12)
    np.testing.assert_allclose(out["annual_water_m3"], [6428.4, 0.0, 262.98], rtol=1e-12)


def test_rack_density():
    # Nameplate server power per rack: 1,500 kW / 3 = 500 kW; no racks: 0; 75 kW / 1 rack = 75 kW.
    # Kills the rack_kw mutants (None, racks ≥ 0: NaN, racks > 1, × racks, W × 1e3, / 1,001, 1.0).
    np.testing.assert_allclose(_power()["rack_kw"], [500.0, 0.0, 75.0], rtol=1e-12)


def test_served_share_of_a_site_below_one_megawatt():
    # One accelerator of 100 kW, factor 1.5, u 0.8: accelerators 0.08 MW + hosts 0.04 = IT 0.12 MW,
    # facility 0.18 MW at PUE 1.5 — a site below 1 MW. Row 0: grid 0.09 MW, no turbines: 0.09 MW
    # served, 0.09 unserved, served share 0.09 / 0.18 = 0.5; water on served IT energy
    # 0.12 × 0.5 × 8,766 × 0.5 = 262.98 m³; unserved 0.09 × 8,766 = 788.94 MWh. Row 1: no grid,
    # no turbines: nothing served, share 0, no water, 0.18 × 8,766 = 1,577.88 MWh unserved.
    # Kills x_power__mutmut_67 (share computed only when facility > 1 MW: 1.0 below it).
    inp = make_inputs(
        pool_count=[[1.0]], pool_tdp_w=1e5, pool_system_power_factor=1.5, utilization=0.8,
        storage_capacity_pb=0.0, pue=1.5, grid_mw=[0.09, 0.0], turbines_mw=0.0, battery_mw=0.0,
        wue_l_per_kwh=0.5,
    )
    out = power(inp, np.array([0.0, 0.0]), np.array([1.0, 1.0]))
    np.testing.assert_allclose(out["facility_mw"], [0.18, 0.18], rtol=1e-12)
    np.testing.assert_allclose(out["served_fraction"], [0.5, 0.0], rtol=1e-12)
    np.testing.assert_allclose(out["annual_water_m3"], [262.98, 0.0], rtol=1e-12)
    np.testing.assert_allclose(out["annual_unserved_mwh"], [788.94, 1577.88], rtol=1e-12)


def test_a_site_without_load_or_racks_is_silent():
    # Row 1 of _power() has no load and no racks: served share 0/0, carbon intensity 0/0 and rack
    # density 0/0 take their fallbacks (1, the grid's 400 kg/MWh, 0) inside np.errstate, with no
    # numpy warning. Kills x_power__mutmut_51, _53, _95, _97, _117, _119 (invalid="ignore" lost).
    with float_warnings_raise():
        out = _power()
    assert (out["served_fraction"][1], out["carbon_kg_per_mwh"][1], out["rack_kw"][1]) == (1.0, 400.0, 0.0)
