"""Golden scenarios for the power sub-model (engine/power.py), worked by hand.

    accelerators = Σ count · TDP · u;  hosts = Σ count · TDP · (f − 1) · u
    IT = accelerators + hosts + network + storage;  IT peak = same with u = 1
    facility = IT · PUE;  facility peak = IT peak · PUE
    served: grid = min(facility, grid MW), turbines = min(rest, turbine MW), unserved = the rest
    energy_source = served_source · 8,766 h;  CO2 = Σ energy_source · intensity
    water = IT · served share · 8,766 h · WUE

Base (tests/engine/golden): 1,024 × 700 W, f = 1.8, u = 0.75, network 68,480 W, storage
10 PB × 5 kW/PB, PUE 1.25, WUE 0.5 L/kWh, grid 300 kg CO2/MWh.
"""

from __future__ import annotations

import pytest

from colossus_desktop.engine import evaluate

from . import golden_inputs


def test_it_and_facility_power():
    r = evaluate(golden_inputs()).power
    assert r.accelerators_mw[0] == pytest.approx(0.5376, rel=1e-9)  # 1,024 · 700 W · 0.75
    assert r.hosts_mw[0] == pytest.approx(0.43008, rel=1e-9)  # 1,024 · 700 W · 0.8 · 0.75
    assert r.network_mw[0] == pytest.approx(0.06848, rel=1e-9)
    assert r.storage_mw[0] == pytest.approx(0.05, rel=1e-9)  # 10 PB · 5 kW/PB
    assert r.it_mw[0] == pytest.approx(1.08616, rel=1e-9)  # 0.5376 + 0.43008 + 0.06848 + 0.05
    assert r.facility_mw[0] == pytest.approx(1.3577, rel=1e-9)  # 1.08616 · 1.25
    assert r.cooling_overhead_mw[0] == pytest.approx(0.27154, rel=1e-9)  # 1.08616 · 0.25
    # rack: 8 GPUs · 4 servers · 700 W · 1.8 = 40.32 kW of nameplate server power
    assert r.rack_kw[0] == pytest.approx(40.32, rel=1e-9)


def test_peak_power_is_nameplate_it_times_pue():
    r = evaluate(golden_inputs()).power
    # IT peak = 1,024 · 700 W · 1.8 + 68,480 W + 50 kW = 1.29024 + 0.06848 + 0.05 = 1.40872 MW
    assert r.it_peak_mw[0] == pytest.approx(1.40872, rel=1e-9)
    # facility peak = 1.40872 · 1.25 = 1.7609 MW
    assert r.facility_peak_mw[0] == pytest.approx(1.7609, rel=1e-9)
    # peak shortfall against 1 MW grid + 0.5 MW battery: 1.7609 − 1.5 = 0.2609 MW
    short = evaluate(golden_inputs(grid_mw=1.0, battery_mw=0.5)).power
    assert short.peak_shortfall_mw[0] == pytest.approx(0.2609, rel=1e-9)


def test_energy_carbon_and_water_on_it_energy():
    r = evaluate(golden_inputs()).power
    # energy = 1.3577 MW · 8,766 h = 11,901.5982 MWh
    assert r.annual_energy_gwh[0] == pytest.approx(11.9015982, rel=1e-9)
    # CO2 = 11,901.5982 MWh · 300 kg/MWh = 3,570.47946 t
    assert r.annual_co2_tonnes[0] == pytest.approx(3570.47946, rel=1e-9)
    # water on IT energy (The Green Grid's WUE): 1.08616 MW · 8,766 h · 0.5 L/kWh = 4,760.63928 m³
    # (on facility energy it would be 25 % more: 5,950.7991 m³)
    assert r.annual_water_m3[0] == pytest.approx(4760.63928, rel=1e-9)


def test_supply_split_between_grid_and_turbines():
    # demand 1.3577 MW; grid 1.0 MW first, then turbines (up to 0.2 MW), the rest is unserved
    r = evaluate(golden_inputs(grid_mw=1.0, turbines_mw=0.2)).power
    assert r.grid_supply_mw[0] == pytest.approx(1.0, rel=1e-9)
    assert r.turbine_supply_mw[0] == pytest.approx(0.2, rel=1e-9)
    assert r.shortfall_mw[0] == pytest.approx(0.1577, rel=1e-9)  # 1.3577 − 1.0 − 0.2
    # energy per source within its capacity: grid 1.0 MW · 8,766 h, turbines 0.2 MW · 8,766 h
    assert r.grid_energy_gwh[0] == pytest.approx(8.766, rel=1e-9)
    assert r.turbine_energy_gwh[0] == pytest.approx(1.7532, rel=1e-9)
    assert r.annual_energy_gwh[0] == pytest.approx(10.5192, rel=1e-9)  # served only: 1.2 · 8.766
    # CO2 = 8,766 MWh · 300 + 1,753.2 MWh · 500 kg = 2,629.8 + 876.6 t = 3,506.4 t
    assert r.annual_co2_tonnes[0] == pytest.approx(3506.4, rel=1e-9)
    assert r.carbon_kg_per_mwh[0] == pytest.approx(3506.4 / 10.5192, rel=1e-9)  # 333.33 kg/MWh


def test_shortfall_is_unserved_not_bought():
    # Same supply: 0.1577 MW nobody serves, 0.1577 · 8,766 h = 1,382.3982 MWh a year, which is
    # neither bought nor emitted; served share s = 1.2 / 1.3577 = 0.883847
    r = evaluate(golden_inputs(grid_mw=1.0, turbines_mw=0.2))
    p = r.power
    assert p.annual_unserved_mwh[0] == pytest.approx(1382.3982, rel=1e-9)
    assert p.served_fraction[0] == pytest.approx(1.2 / 1.3577, rel=1e-9)
    # served + unserved = demand: 10,519.2 + 1,382.3982 MWh = 1.3577 MW · 8,766 h = 11,901.5982 MWh
    assert p.annual_energy_gwh[0] * 1e3 + p.annual_unserved_mwh[0] == pytest.approx(11901.5982, rel=1e-9)
    # water on the served IT energy: IT · s = 1.2 / 1.25 = 0.96 MW; 0.96 · 8,766 · 0.5 = 4,207.68 m³
    assert p.annual_water_m3[0] == pytest.approx(4207.68, rel=1e-9)
    # energy opex on served energy only: 8,766 MWh · $100 + 1,753.2 MWh · $50 = $964,260
    assert r.cost.opex_breakdown_usd_per_year["energy"][0] == pytest.approx(964_260.0, rel=1e-9)
    # batteries shift energy, they don't create it: 0.5 MW of battery changes no served energy
    b = evaluate(golden_inputs(grid_mw=1.0, turbines_mw=0.2, battery_mw=0.5, battery_mwh=2.0)).power
    assert b.annual_energy_gwh[0] == pytest.approx(10.5192, rel=1e-9)
    assert b.shortfall_mw[0] == pytest.approx(0.1577, rel=1e-9)
