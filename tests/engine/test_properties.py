"""Properties of the engine that must hold for any inputs (hypothesis).

Each property evaluates a small batch in one vectorised call; examples are few so that the
file runs in about a second.
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from colossus_desktop.engine import evaluate

from .factory import make_inputs

FAST = settings(max_examples=40, deadline=None, derandomize=True, database=None)
HOURS_PER_YEAR = 8766  # written out: the property must not lean on the engine's own constant


@FAST
@given(
    count=st.floats(100, 200_000),
    pue=st.floats(1.0, 2.0),
    utilization=st.floats(0.1, 1.0),
    grid_mw=st.floats(0, 500),
    turbines_mw=st.floats(0, 500),
    battery_mw=st.floats(0, 500),
)
def test_energy_by_source_adds_up_to_what_is_supplied(count, pue, utilization, grid_mw, turbines_mw, battery_mw):
    p = evaluate(
        make_inputs(pool_count=[[count]], pue=pue, utilization=utilization, grid_mw=grid_mw, turbines_mw=turbines_mw,
                    battery_mw=battery_mw, battery_mwh=4 * battery_mw)
    ).power
    demand = p.facility_mw[0]
    # dispatch: grid first, then turbines, the rest is shortfall; none negative or above its capacity
    assert 0 <= p.grid_supply_mw[0] <= grid_mw + 1e-9
    assert 0 <= p.turbine_supply_mw[0] <= turbines_mw + 1e-9
    assert p.shortfall_mw[0] >= 0
    assert p.grid_supply_mw[0] + p.turbine_supply_mw[0] + p.shortfall_mw[0] == pytest.approx(demand, rel=1e-9)
    # energy per source within its capacity × hours (batteries shift energy, they add none)
    assert 0 <= p.grid_energy_gwh[0] <= grid_mw * HOURS_PER_YEAR / 1e3 * (1 + 1e-12)
    assert 0 <= p.turbine_energy_gwh[0] <= turbines_mw * HOURS_PER_YEAR / 1e3 * (1 + 1e-12)
    assert p.turbine_energy_gwh[0] == pytest.approx(p.turbine_supply_mw[0] * HOURS_PER_YEAR / 1e3, rel=1e-9, abs=1e-12)
    assert p.grid_energy_gwh[0] + p.turbine_energy_gwh[0] == pytest.approx(p.annual_energy_gwh[0], rel=1e-9)
    # served + unserved = demand, in energy
    assert p.annual_unserved_mwh[0] >= 0
    assert p.annual_energy_gwh[0] * 1e3 + p.annual_unserved_mwh[0] == pytest.approx(demand * HOURS_PER_YEAR, rel=1e-9)
    assert p.served_fraction[0] == pytest.approx(p.annual_energy_gwh[0] * 1e3 / (demand * HOURS_PER_YEAR), rel=1e-9)
    # carbon is the sum over the served sources: grid 390, turbines 440 kg/MWh in the factory
    co2 = p.grid_energy_gwh[0] * 390 + p.turbine_energy_gwh[0] * 440
    assert p.annual_co2_tonnes[0] == pytest.approx(co2, rel=1e-9, abs=1e-9)


@FAST
@given(
    counts=st.lists(st.floats(100, 400_000), min_size=2, max_size=6, unique=True),
    grid_mw=st.floats(0, 300),
    turbines_mw=st.floats(0, 300),
)
def test_more_accelerators_never_lower_the_carbon_and_served_power_paces_the_run(counts, grid_mw, turbines_mw):
    # The grid (390 kg/MWh) serves first, turbines (440) next: more demand can only add served
    # energy or leave it at the supply's limit, never swap energy for unserved demand.
    counts = np.sort(np.array(counts))
    r = evaluate(make_inputs(pool_count=counts[:, None], grid_mw=grid_mw, turbines_mw=turbines_mw))
    assert np.all(np.diff(r.power.annual_co2_tonnes) >= -1e-6)
    # nor lower the intensity of the run's energy (counting unserved demand as grid energy did)
    assert np.all(np.diff(r.power.carbon_kg_per_mwh) >= -1e-9)
    assert np.all(np.diff(r.power.annual_energy_gwh) >= -1e-9)
    # the served power sets the run's pace: wall = energy of the run / served power (the whole
    # cluster trains in the factory, no spares); with nothing served the run never ends
    served_mw = r.power.grid_supply_mw + r.power.turbine_supply_mw
    wall_h = r.training.wall_days * 24
    if served_mw[0] > 0:
        assert wall_h == pytest.approx(r.training.energy_mwh / served_mw, rel=1e-9)
    else:
        assert np.all(np.isinf(wall_h)) and np.all(r.power.annual_co2_tonnes == 0)


@FAST
@given(
    field=st.sampled_from(["grid_usd_per_mwh", "maintenance_compute_per_year", "staff_usd_per_year", "utilization"]),
    low=st.floats(0.05, 0.5),
    step=st.floats(0.01, 0.5),
    price=st.floats(10_000, 50_000),
)
def test_cost_per_gpu_hour_rises_with_opex(field, low, step, price):
    # Each input raises one opex line: energy price, maintenance share, staff cost, and the power
    # utilisation (average draw / nameplate), which raises the energy bought.
    scale = {"grid_usd_per_mwh": 400.0, "staff_usd_per_year": 1e6}.get(field, 1.0)
    values = np.array([low, min(low + step, 1.0) if field == "utilization" else low + step]) * scale
    c = evaluate(make_inputs(pool_price_usd=[[price]], **{field: values})).cost
    assert c.opex_usd_per_year[1] > c.opex_usd_per_year[0]
    assert c.usd_per_gpu_hour[1] > c.usd_per_gpu_hour[0]
    # and by exactly the opex added, spread over every installed GPU-hour
    added = (c.opex_usd_per_year[1] - c.opex_usd_per_year[0]) / (16384 * HOURS_PER_YEAR)
    assert c.usd_per_gpu_hour[1] - c.usd_per_gpu_hour[0] == pytest.approx(added, rel=1e-6)


@FAST
@given(spare_percent=st.lists(st.integers(0, 50), min_size=2, max_size=6, unique=True))
def test_cost_per_training_gpu_hour_falls_as_more_of_the_cluster_trains(spare_percent):
    # The cluster's GPU-hours are paid for whether they train or idle as spares: the run's cost
    # per GPU-hour it uses is $/GPU-hour / (1 − spares), so it falls as the used share rises.
    spares = np.sort(np.array(spare_percent, dtype=float))[::-1] / 100  # used share 1 − spares ascending
    r = evaluate(make_inputs(spare_fraction=spares))
    per_used_hour = r.training.cost_usd / r.training.gpu_hours
    assert np.all(np.diff(per_used_hour) < 0)
    assert per_used_hour == pytest.approx(r.cost.usd_per_gpu_hour / (1 - spares), rel=1e-9)


@FAST
@given(used_percent=st.lists(st.integers(5, 100), min_size=2, max_size=6, unique=True),
       price=st.floats(10_000, 50_000))
def test_cost_per_used_gpu_hour_falls_with_utilisation(used_percent, price):
    # The same cluster costs the same per installed hour whatever share of its GPU-hours does
    # useful work; per used hour it costs that divided by the share, so it falls as the share
    # rises (TCO analyses quote both; the used share is costs.gpu_hours_used_fraction).
    used = np.sort(np.array(used_percent, dtype=float)) / 100
    c = evaluate(make_inputs(pool_price_usd=[[price]], gpu_hours_used_fraction=used)).cost
    assert np.all(c.usd_per_gpu_hour == c.usd_per_gpu_hour[0])
    assert np.all(np.diff(c.usd_per_used_gpu_hour) < 0)
    assert c.usd_per_used_gpu_hour == pytest.approx(c.usd_per_gpu_hour / used, rel=1e-9)
