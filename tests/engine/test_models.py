"""Properties of the sub-models: power, cost, reliability, build-out, scaling."""

from __future__ import annotations

import math

import numpy as np
import pytest

from colossus_desktop.engine import evaluate
from colossus_desktop.messages import warning_texts
from colossus_desktop.engine.cost import capital_recovery_factor
from colossus_desktop.engine.reliability import daly_interval
from colossus_desktop.engine.scaling import size_sweep
from colossus_desktop.engine.units import HOURS_PER_YEAR

from .factory import make_inputs


def test_power_adds_up_and_pue_scales_it():
    r = evaluate(make_inputs(pue=1.3)).power
    parts = r.accelerators_mw + r.hosts_mw + r.network_mw + r.storage_mw
    assert r.it_mw[0] == pytest.approx(parts[0])
    assert r.facility_mw[0] == pytest.approx(1.3 * r.it_mw[0])
    assert r.annual_energy_gwh[0] == pytest.approx(r.facility_mw[0] * HOURS_PER_YEAR / 1e3)


def test_supply_dispatch_and_shortfall():
    demand = evaluate(make_inputs()).power.facility_mw[0]
    r = evaluate(make_inputs(grid_mw=demand * 0.5, turbines_mw=demand * 0.3, battery_mw=demand)).power
    assert r.grid_supply_mw[0] == pytest.approx(demand * 0.5)
    assert r.turbine_supply_mw[0] == pytest.approx(demand * 0.3)
    assert r.shortfall_mw[0] == pytest.approx(demand * 0.2)
    assert r.peak_shortfall_mw[0] == 0
    turbine_heavy = evaluate(make_inputs(grid_mw=0.0, turbines_mw=1e4)).power
    assert turbine_heavy.carbon_kg_per_mwh[0] == pytest.approx(440.0)


def test_capex_breakdown_sums_and_depreciation_returns_capex():
    r = evaluate(make_inputs(horizon_years=30.0, turbines_mw=100.0, battery_mwh=400.0)).cost
    assert sum(v[0] for v in r.capex_breakdown_usd.values()) == pytest.approx(r.capex_usd[0])
    assert r.yearly_depreciation_usd[0].sum() == pytest.approx(r.capex_usd[0])
    assert r.tco_usd[0] == pytest.approx(r.capex_usd[0] + 30 * r.opex_usd_per_year[0])


def test_capital_recovery_factor():
    assert capital_recovery_factor(0.0, 5.0) == pytest.approx(0.2)
    # 8 % over 5 years: the annuity factor 0.25046
    assert capital_recovery_factor(0.08, 5.0) == pytest.approx(0.250456, rel=1e-5)


def test_cost_per_gpu_hour_follows_price():
    """$20,000 more per GPU adds, per GPU-hour, exactly the yearly cost of that money:
    accelerator + server capex (× server_cost_factor 1.64), each recovered over 5 years at 8 %
    (CRF 0.250456) plus 3 % a year of maintenance, over 8,766 h:
    20,000 × 1.64 × (0.250456 + 0.03) / 8,766 = $1.0494. Nothing else depends on the price."""
    cheap = evaluate(make_inputs(pool_price_usd=[[20000.0]])).cost.usd_per_gpu_hour[0]
    dear = evaluate(make_inputs(pool_price_usd=[[40000.0]])).cost.usd_per_gpu_hour[0]
    assert dear - cheap == pytest.approx(20000 * 1.64 * (0.250456 + 0.03) / 8766, rel=1e-4)
    assert dear - cheap == pytest.approx(1.0494, abs=1e-4)


def test_young_daly_limit():
    delta, m = 10.0, 1e6
    assert daly_interval(np.array(delta), np.array(m)) == pytest.approx(math.sqrt(2 * delta * m), rel=0.01)


def test_goodput_without_failures_is_checkpoint_limited():
    r = evaluate(make_inputs(failures_per_gpu_year=0.0)).reliability
    assert r.goodput[0] == 1.0
    assert r.interruptions_per_day[0] == 0
    fixed = evaluate(make_inputs(failures_per_gpu_year=0.0, checkpoint_interval_s=600.0)).reliability
    assert fixed.goodput[0] == pytest.approx(600 / (600 + fixed.checkpoint_write_s[0]))


def test_goodput_collapses_at_a_million_gpus_with_slow_restarts():
    r = evaluate(make_inputs(pool_count=[[1_000_000.0]], restart_s=1800.0))
    assert r.reliability.goodput_collapse[0]
    assert 0 < r.reliability.goodput[0] < 0.5
    assert [f.code for f in r.flags(0)] == ["goodput_collapse"]
    assert r.flags(0)[0].figures["goodput"] == pytest.approx(float(r.reliability.goodput[0]))
    assert any("Goodput collapses" in w for w in warning_texts(r, 0))
    assert np.isfinite(r.training.wall_days[0])


def test_spares_reduce_training_gpus():
    r = evaluate(make_inputs(pool_count=[[10_000.0]], spare_fraction=0.1))
    assert r.cluster.train_gpus[0] == pytest.approx(9000)
    capped = evaluate(make_inputs(pool_count=[[10_000.0]], train_gpus=50_000.0))
    assert capped.cluster.train_gpus[0] == 10_000


def test_buildout_follows_arrivals():
    r = evaluate(make_inputs(pool_count=[[1000.0, 3000.0]], pool_arrival_month=[[650.0, 656.0]]))
    b = r.buildout
    months = list(b.months)
    assert b.installed_accelerators[0, months.index(649)] == 0
    assert b.installed_accelerators[0, months.index(650)] == 1000
    assert b.installed_accelerators[0, months.index(656)] == 4000
    assert np.all(np.diff(b.cumulative_capex_usd[0]) >= 0)
    assert b.cumulative_capex_usd[0, -1] == pytest.approx(r.cost.capex_usd[0])
    assert b.it_mw[0, -1] == pytest.approx(r.power.it_mw[0])


def test_size_sweep_contains_current_and_scales():
    inputs = make_inputs(pool_count=[[16384.0]])
    sizes, by_size = size_sweep(inputs, points=20)
    assert 16384.0 in sizes
    assert np.all(np.diff(sizes) > 0)
    assert np.all(np.diff(by_size.training.compute_days) < 0)
    assert np.all(np.diff(by_size.reliability.interruptions_per_day) > 0)
