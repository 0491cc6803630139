"""A small fake ``Evaluated`` built from numpy arrays, for the chart and KPI tests.

The charts read only documented ``Results`` fields, so a hand-made Results (scaled by ``scale``
so two fakes differ everywhere) exercises them without the engine.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import SimpleNamespace

import numpy as np

from colossus_desktop.messages import warning_texts
from colossus_desktop.engine.results import (
    CAPEX_CATEGORIES,
    OPEX_CATEGORIES,
    BuildoutResults,
    ClusterResults,
    CostResults,
    PowerResults,
    ReliabilityResults,
    Results,
    TrainingResults,
    month_index,
)


@dataclass(frozen=True)
class FakeEvaluated:
    scenario: object
    inputs: object
    results: Results
    sizes: np.ndarray
    by_size: Results
    current_index: int
    warnings: list[str] = field(default_factory=list)


def _results(gpus: np.ndarray, scale: float, months: np.ndarray, years: int, horizon: int,
             turbines: bool) -> Results:
    n = gpus.shape[0]
    g = gpus.astype(float)

    def a(x):
        return np.broadcast_to(np.asarray(x, dtype=float), (n,)).copy()

    cluster = ClusterResults(
        accelerators=g, train_gpus=g * 0.98, peak_bf16_pflops=g * 2.5 * scale,
        peak_fp8_pflops=g * 5.0 * scale, peak_fp4_pflops=g * 10 * scale,
        peak_workload_pflops=g * 5.0 * scale, hbm_tb=g * 0.192,
        h100_equivalents=g * 2.5, nodes=g / 8, racks=g / 72, network_tiers=a(3), pods=a(1),
        core_switches=0 * g, frontend_switches=g / 512, copper_cables=0 * g, fabric_over_capacity=0 * g, port_over_switch_speed=0 * g,
        switches=g / 32, switches_by_tier=np.stack([g / 64, g / 128, g / 256, 0 * g], axis=1),
        links=g * 2, optical_transceivers=g * 3,
    )
    acc_mw = g * 1.2e-3 * scale
    it = acc_mw * 1.4
    fac = it * 1.25
    grid = np.minimum(fac, 800.0 * scale)
    turb = np.minimum(fac - grid, 400.0) if turbines else 0 * g
    power = PowerResults(
        accelerators_mw=acc_mw, hosts_mw=acc_mw * 0.3, network_mw=acc_mw * 0.07,
        storage_mw=acc_mw * 0.03, it_mw=it, it_peak_mw=it * 1.3, cooling_overhead_mw=fac - it,
        facility_mw=fac, facility_peak_mw=fac * 1.3, grid_supply_mw=grid, turbine_supply_mw=turb,
        shortfall_mw=np.maximum(fac - grid - turb, 0), served_fraction=(grid + turb) / fac,
        peak_shortfall_mw=np.maximum(fac * 1.3 - grid - turb, 0),
        annual_energy_gwh=(grid + turb) * 8.76, grid_energy_gwh=grid * 8.76, turbine_energy_gwh=turb * 8.76,
        annual_unserved_mwh=np.maximum(fac - grid - turb, 0) * 8760,
        carbon_kg_per_mwh=a(380), annual_co2_tonnes=(grid + turb) * 8760 * 0.38, annual_water_m3=fac * 1e4,
        rack_kw=a(130),
    )
    capex_parts = {
        "accelerators": g * 30000 * scale, "servers": g * 12000 * scale, "network": g * 4000 * scale,
        "storage": g * 800 * scale, "facility": fac * 1.1e7,
        "power_plant": turb * 1.5e6 if turbines else 0 * g,
    }
    assert tuple(capex_parts) == CAPEX_CATEGORIES
    capex = sum(capex_parts.values())
    opex = {"energy": fac * 8760 * 60, "maintenance": capex * 0.03, "staff": a(500 * 180000)}
    assert tuple(opex) == OPEX_CATEGORIES
    yr = np.arange(1, years + 1)
    live = (yr <= horizon).astype(float)[None, :]
    dep = (capex / 5)[:, None] * (yr <= 5)[None, :] * live
    cost = CostResults(
        capex_usd=capex, capex_breakdown_usd=capex_parts,
        network_capex_breakdown_usd={"switches": capex_parts["network"] * 0.5, "optics": capex_parts["network"] * 0.45, "copper": capex_parts["network"] * 0.05}, opex_usd_per_year=sum(opex.values()),
        opex_breakdown_usd_per_year=opex, annualized_capex_usd=capex / 4, usd_per_gpu_hour=a(2.1 * scale),
        usd_per_used_gpu_hour=a(2.1 * scale / 0.83), gpu_hours_used_fraction=a(0.83),
        tco_usd=capex * 1.5, horizon_years=a(horizon), yearly_depreciation_usd=dep,
        yearly_capital_cost_usd=(capex * 0.08)[:, None] * np.maximum(0, 1 - (yr - 1) / 5)[None, :] * live,
        yearly_energy_usd=opex["energy"][:, None] * live, yearly_maintenance_usd=opex["maintenance"][:, None] * live,
        yearly_staff_usd=opex["staff"][:, None] * live,
    )
    ipd = g * 8.0 / 365 / 1000 * scale
    goodput = np.clip(1 - ipd * 0.02, 0.05, 1)
    rel = ReliabilityResults(
        cluster_mtbf_hours=24 / ipd, interruptions_per_day=ipd, checkpoint_bytes=a(1.2e13),
        checkpoint_write_s=a(60), checkpoint_interval_s=a(1800), checkpoint_overhead=a(0.03),
        failure_overhead=1 - goodput - 0.03, goodput=goodput, goodput_collapse=goodput < 0.5,
    )
    compute_days = 6e25 / (g * 1e15 * 0.4 * scale) / 86400
    wall = compute_days / goodput
    parts = ("compute", "recompute", "tp", "bubble", "dp", "ep", "cp")
    step_s = np.array([3.3, 0.1, 0.5, 1.0, 0.05, 0.0, 0.0]) * scale  # the chosen layout's parts
    alt_scale = np.array([1.0, 1.0, 1.0, 1.0])
    alt_bubble = np.array([1.0, 2.0, 2.0, 4.0])  # the alternatives differ in their bubble
    alt = {k: np.broadcast_to(step_s[j] * (alt_bubble if k == "bubble" else alt_scale), (n, 4)).copy()
           for j, k in enumerate(parts)}
    layout4 = {"tp": [8, 8, 8, 8], "pp": [16, 16, 16, 16], "dp": [128, 128, 128, 128], "ep": [1, 1, 1, 1],
               "cp": [1, 1, 1, 1], "vpp": [4, 2, 4, 1], "micro_batch_size": [1, 1, 2, 1], "recompute": [1, 1, 1, 2],
               "zero_stage": [1, 1, 1, 1]}
    alt_layout = {k: np.broadcast_to(np.asarray(v, dtype=float), (n, 4)).copy() for k, v in layout4.items()}
    training = TrainingResults(
        model_flops=a(6.2e25), hardware_flops=a(6.3e25), mfu_source=a(1.0), mfu_predicted=a(0.38),
        tflops_per_gpu=a(400 * scale), step_time_s=a(step_s.sum()), tokens_per_step=a(16e6),
        layout={k: v[:, 0].copy() for k, v in alt_layout.items()},
        step_breakdown_s={k: v[:, 0].copy() for k, v in alt.items()},
        memory_gb_per_gpu=a(52.0), memory_states_gb_per_gpu=a(14.0), memory_activations_gb_per_gpu=a(38.0),
        hbm_gb_per_gpu=a(80.0), fits=np.ones(n, bool), layout_valid=np.ones(n, bool), tp_outside_domain=a(np.nan), layout_gpus_needed=a(np.nan),
        scaleup_domain=a(8.0), gpus_used=g,
        hardware_tflops_per_gpu=a(400.0), tflops_per_gpu_6nd=a(370.0), alternatives_step_time_s=sum(alt.values()),
        alternatives_breakdown_s=alt, alternatives_layout=alt_layout,
        tokens=a(1.5e13), total_flops=a(6e25), mfu=a(0.4), goodput=goodput, achieved_pflops=g * 0.4,
        compute_days=compute_days, wall_days=wall, gpu_hours=g * wall * 24, energy_mwh=fac * wall * 24,
        cost_usd=g * wall * 24 * 2.1, co2_tonnes=fac * wall * 24 * 0.38, water_m3=fac * wall * 24,
        interruptions=ipd * wall,
    )
    m = months.shape[0]
    ramp = np.clip((np.arange(m) + 1) / max(1, m // 2), 0, 1)[None, :]
    buildout = BuildoutResults(
        months=months, installed_accelerators=g[:, None] * ramp, it_mw=it[:, None] * ramp,
        facility_mw=fac[:, None] * ramp, cumulative_capex_usd=capex[:, None] * ramp,
    )
    return Results(cluster, power, cost, rel, training, buildout)


def fake_evaluated(gpus: float = 1_000_000, scale: float = 1.0, horizon: int = 6,
                   turbines: bool = True, months: int = 30) -> FakeEvaluated:
    start = month_index("2025-01")
    m = np.arange(start, start + months)
    years = 10
    sizes = np.unique(np.round(np.logspace(3, 7, 24)))
    res = _results(np.array([gpus]), scale, m, years, horizon, turbines)
    by = _results(sizes, scale, m, years, horizon, turbines)
    ci = int(np.argmin(np.abs(np.log(sizes) - np.log(gpus))))
    inputs = SimpleNamespace(horizon_years=np.array([float(horizon)]), grid_mw=np.array([800.0 * scale]),
                             turbines_mw=np.array([400.0 if turbines else 0.0]),
                             battery_mw=np.array([150.0 if turbines else 0.0]))
    scenario = SimpleNamespace(name=f"Fake {gpus:,.0f}")
    return FakeEvaluated(scenario, inputs, res, sizes, by, ci, warning_texts(res, 0))
