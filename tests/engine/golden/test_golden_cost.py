"""Golden scenarios for the cost sub-model (engine/cost.py), worked by hand.

    capex: accelerators Σ count · price; servers = accelerators · (factor − 1);
           facility = USD/MW · nameplate IT MW; power plant = turbine MW · USD/MW + battery MWh · USD/MWh
    opex per year: energy · price + maintenance share · hardware capex + staff · loaded cost
    CRF(r, L) = r / (1 − (1 + r)^−L);  annualised = Σ capex_i · CRF(r, L_i)
    $/GPU-hour = (annualised + opex) / (accelerators · 8,766 h)          per installed hour
    $/used GPU-hour = $/GPU-hour / min(used fraction, served power share)  per used hour

Base (tests/engine/golden): 1,024 × $30,000, server factor 1.5, network $6,848,000, storage
10 PB × $100,000, facility $10M per MW of nameplate IT (1.40872 MW), maintenance 5 %/year,
2 staff × $100,000, energy 11,901.5982 MWh × $100, lives 4 years (20 for the facility), r = 10 %,
80 % of installed GPU-hours used.
"""

from __future__ import annotations

import pytest

from colossus_desktop.engine import evaluate

from . import USD_PER_GPU_HOUR, golden_inputs

HARDWARE_USD = 30_720_000 + 15_360_000 + 6_848_000 + 1_000_000  # 53,928,000
FACILITY_USD = 10e6 * 1.40872  # 14,087,200: nameplate IT, not the 1.08616 MW average
CRF_4Y = 0.1 / (1 - 1.1**-4)  # 0.315470804
CRF_20Y = 0.1 / (1 - 1.1**-20)  # 0.117459625
ANNUALISED_USD = HARDWARE_USD * CRF_4Y + FACILITY_USD * CRF_20Y  # 18,667,386.73
OPEX_USD = 2_696_400 + 1_190_159.82 + 200_000  # maintenance + energy + staff


def test_capex_breakdown():
    c = evaluate(golden_inputs()).cost
    b = c.capex_breakdown_usd
    assert b["accelerators"][0] == pytest.approx(30_720_000, rel=1e-9)  # 1,024 · 30,000
    assert b["servers"][0] == pytest.approx(15_360_000, rel=1e-9)  # 30.72M · (1.5 − 1)
    assert b["storage"][0] == pytest.approx(1_000_000, rel=1e-9)  # 10 PB · 100,000
    assert b["facility"][0] == pytest.approx(14_087_200, rel=1e-9)  # 10M · 1.40872 MW
    assert b["power_plant"][0] == 0
    assert c.capex_usd[0] == pytest.approx(68_015_200, rel=1e-9)


def test_power_plant_capex():
    # 20 MW of turbines · $1M + 40 MWh of batteries · $200,000 = 20M + 8M
    b = evaluate(golden_inputs(turbines_mw=20.0, battery_mwh=40.0)).cost.capex_breakdown_usd
    assert b["power_plant"][0] == pytest.approx(28_000_000, rel=1e-9)


def test_opex_maintenance_energy_staff():
    o = evaluate(golden_inputs()).cost.opex_breakdown_usd_per_year
    assert o["maintenance"][0] == pytest.approx(2_696_400, rel=1e-9)  # 0.05 · 53,928,000
    assert o["energy"][0] == pytest.approx(1_190_159.82, rel=1e-9)  # 11,901.5982 MWh · $100
    assert o["staff"][0] == pytest.approx(200_000, rel=1e-9)  # 2 · 100,000
    assert evaluate(golden_inputs()).cost.opex_usd_per_year[0] == pytest.approx(4_086_559.82, rel=1e-9)


def test_annualised_capex_with_the_cost_of_capital():
    # CRF(10 %, 4 y) = 0.3154708 (straight line alone would be 0.25); CRF(10 %, 20 y) = 0.1174596
    c = evaluate(golden_inputs()).cost
    assert c.annualized_capex_usd[0] == pytest.approx(ANNUALISED_USD, rel=1e-9)
    assert ANNUALISED_USD == pytest.approx(18_667_386.73, rel=1e-9)
    # at r = 0 it is straight-line depreciation: 53,928,000 / 4 + 14,087,200 / 20 = 14,186,360
    free = evaluate(golden_inputs(cost_of_capital=0.0)).cost
    assert free.annualized_capex_usd[0] == pytest.approx(14_186_360, rel=1e-9)


def test_cost_per_gpu_hour_with_opex():
    # (18,667,386.73 + 4,086,559.82) / (1,024 · 8,766 h) = 22,753,946.55 / 8,976,384 = $2.53487
    assert (ANNUALISED_USD + OPEX_USD) / (1024 * 8766) == pytest.approx(USD_PER_GPU_HOUR, rel=1e-12)
    c = evaluate(golden_inputs()).cost
    assert c.usd_per_gpu_hour[0] == pytest.approx(USD_PER_GPU_HOUR, rel=1e-9)
    # energy opex follows utilisation: at u = 1 the average IT is 1.29024 + 0.06848 + 0.05 = 1.40872 MW,
    # energy 1.40872 · 1.25 · 8,766 · $100 = $1,543,604.94 a year instead of $1,190,159.82
    full = evaluate(golden_inputs(utilization=1.0)).cost
    expected = (ANNUALISED_USD + 2_696_400 + 1_543_604.94 + 200_000) / (1024 * 8766)
    assert full.usd_per_gpu_hour[0] == pytest.approx(expected, rel=1e-9)


def test_cost_per_used_gpu_hour():
    # 80 % of installed GPU-hours do useful work: $2.534868 / 0.8 = $3.168585 per used hour
    c = evaluate(golden_inputs()).cost
    assert c.usd_per_used_gpu_hour[0] == pytest.approx(2.534867776195653 / 0.8, rel=1e-9)
    assert c.gpu_hours_used_fraction[0] == 0.8
    # all hours used: the two figures agree
    every = evaluate(golden_inputs(gpu_hours_used_fraction=1.0)).cost
    assert every.usd_per_used_gpu_hour[0] == pytest.approx(USD_PER_GPU_HOUR, rel=1e-9)
    # a shortfall caps the used share at the served share: grid 1.0 MW of 1.3577 MW serves
    # s = 0.736539 < 0.8; energy opex falls to 1.0 MW · 8,766 h · $100 = $876,600
    short = evaluate(golden_inputs(grid_mw=1.0)).cost
    installed = (ANNUALISED_USD + 2_696_400 + 876_600 + 200_000) / (1024 * 8766)  # $2.499936
    assert short.usd_per_gpu_hour[0] == pytest.approx(installed, rel=1e-9)
    assert short.gpu_hours_used_fraction[0] == pytest.approx(1.0 / 1.3577, rel=1e-9)
    assert short.usd_per_used_gpu_hour[0] == pytest.approx(installed * 1.3577, rel=1e-9)  # $3.394163


def test_tco_and_yearly_series():
    c = evaluate(golden_inputs()).cost
    # TCO over 4 years = 68,015,200 + 4 · 4,086,559.82
    assert c.tco_usd[0] == pytest.approx(84_361_439.28, rel=1e-9)
    # year 1: depreciation 53,928,000 / 4 + 14,087,200 / 20 = 14,186,360; capital 10 % · 68,015,200
    assert c.yearly_depreciation_usd[0, 0] == pytest.approx(14_186_360, rel=1e-9)
    assert c.yearly_capital_cost_usd[0, 0] == pytest.approx(6_801_520, rel=1e-9)
    # year 2: book value 53,928,000 · 3/4 + 14,087,200 · 19/20 → 10 % of 53,828,840
    assert c.yearly_capital_cost_usd[0, 1] == pytest.approx(5_382_884, rel=1e-9)
    assert c.yearly_depreciation_usd[0, 4] == 0  # past the 4-year horizon
