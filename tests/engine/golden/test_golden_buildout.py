"""Golden scenarios for build-out (engine/buildout.py) and size sweeps (engine/scaling.py).

Build-out, month t:
    installed(t) = Σ count_p · [arrival_p ≤ t]
    IT(t)        = Σ servers_p · u · [arrival_p ≤ t] + (network + storage) · installed(t) / total
    capex(t)     = Σ (count_p · price_p · server factor + shared · count_p / total) · [arrival_p ≤ t]
                   + power plant · [t ≥ first arrival],   shared = network + storage + facility

Base (tests/engine/golden) split into two pools of 512 arriving in 2024-01 (month 648) and
2024-04 (651), with 10 MW of turbines at $1M/MW. Network 68,480 W and $6,848,000, storage
0.05 MW and $1,000,000, facility $14,087,200 (tests/engine/golden/__init__.py).
"""

from __future__ import annotations

import pytest

from colossus_desktop.engine import evaluate
from colossus_desktop.engine.scaling import size_sweep

from . import golden_inputs

TWO_POOLS = dict(pool_count=[[512.0, 512.0]], pool_arrival_month=[[648.0, 651.0]], turbines_mw=10.0)


def test_installed_power_and_capex_month_by_month():
    b = evaluate(golden_inputs(**TWO_POOLS)).buildout
    months = list(b.months)
    assert months == list(range(647, 658))  # one month before the first arrival to six after the last
    at = {m: months.index(m) for m in (647, 648, 650, 651, 657)}
    assert [b.installed_accelerators[0, at[m]] for m in (647, 648, 650, 651)] == [0, 512, 512, 1024]
    # IT(648) = 512 · 700 W · 1.8 · 0.75 + (0.06848 + 0.05) MW · 1/2 = 0.48384 + 0.05924 MW
    assert b.it_mw[0, at[648]] == pytest.approx(0.54308, rel=1e-9)
    assert b.it_mw[0, at[651]] == pytest.approx(1.08616, rel=1e-9)
    assert b.facility_mw[0, at[648]] == pytest.approx(0.54308 * 1.25, rel=1e-9)
    assert b.cumulative_capex_usd[0, at[647]] == 0
    # 648: servers with their accelerators 512 · 30,000 · 1.5 = 23,040,000
    #      + shared (6,848,000 + 1,000,000 + 14,087,200) / 2 = 10,967,600 + power plant 10,000,000
    assert b.cumulative_capex_usd[0, at[648]] == pytest.approx(44_007_600, rel=1e-9)
    # 651 on: both pools, 2 · 34,007,600 + 10,000,000 = 78,015,200 (the whole capex)
    assert b.cumulative_capex_usd[0, at[651]] == pytest.approx(78_015_200, rel=1e-9)
    assert b.cumulative_capex_usd[0, at[657]] == pytest.approx(78_015_200, rel=1e-9)


def test_size_sweep_scales_pools_and_staff_but_not_storage_or_supply():
    # sizes: geomspace(max(1,024/256, 8) = 8, 8 · 1,024 = 8,192, 5 points) plus the scenario's 1,024
    sizes, r = size_sweep(golden_inputs(grid_mw=1.0), points=5)
    assert list(sizes) == pytest.approx([8, 8 * 2**2.5, 256, 1024, 8 * 2**7.5, 8192], rel=1e-9)
    i = 2  # 256 accelerators, scale 1/4
    assert r.cost.capex_breakdown_usd["accelerators"][i] == pytest.approx(256 * 30_000, rel=1e-9)
    assert r.cost.opex_breakdown_usd_per_year["staff"][i] == pytest.approx(0.5 * 100_000, rel=1e-9)
    # network for 256 at radix 64: 8 leaves + 4 spines; 256 NIC optics, (256 + 2 · 256) / 2 = 384 cages
    # 12 · 1,000 + 256 · 5 + 384 · 10 = 17,120 W; storage stays 10 PB · 5 kW = 0.05 MW
    # IT = 256 · 700 · 1.8 · 0.75 W + 0.01712 + 0.05 MW = 0.24192 + 0.06712 = 0.30904 MW
    assert r.power.it_mw[i] == pytest.approx(0.30904, rel=1e-9)
    assert r.power.shortfall_mw[i] == 0  # 0.30904 · 1.25 = 0.3863 MW < 1 MW of grid
    # 8,192 accelerators need three tiers: 256 leaves, 256 middle, 8,192 / 64 = 128 top switches;
    # optics 8,192 + (8,192 + 2 · 16,384) / 2 = 28,672: 640 · 1,000 + 8,192 · 5 + 20,480 · 10 = 885,760 W
    # IT = 7.74144 + 0.88576 + 0.05 = 8.6772 MW, facility 10.8465 MW; the 1 MW grid does not grow
    assert r.power.facility_mw[-1] == pytest.approx(10.8465, rel=1e-9)
    assert r.power.shortfall_mw[-1] == pytest.approx(9.8465, rel=1e-9)
