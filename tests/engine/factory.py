"""Engine inputs built by hand for engine tests (no catalog, no scenario file).

Figures are the reference's (shared/reference): H100 SXM dense BF16 989.4 / FP8 1,978.9
TFLOP/s, 700 W, system factor 1.82 (Epoch), Spectrum-4 SN5600 51.2 Tb/s with 800G cages.
"""

from __future__ import annotations

import math
import warnings
from contextlib import contextmanager

import numpy as np

from colossus_desktop.engine.inputs import Inputs, broadcast

BASE = dict(
    pool_count=[[16384.0]],
    pool_bf16_tflops=[[989.4]],
    pool_fp8_tflops=[[1978.9]],
    pool_fp4_tflops=[[math.nan]],
    pool_hbm_gb=[[80.0]],
    pool_hbm_tbps=[[3.35]],
    pool_tdp_w=[[700.0]],
    pool_system_power_factor=[[1.82]],
    pool_price_usd=[[30000.0]],
    pool_arrival_month=[[(2024 - 1970) * 12]],
    gpus_per_node=8.0,
    nodes_per_rack=8.0,
    net_link_gbps=400.0,
    net_switch_capacity_gbps=51200.0,
    net_switch_port_gbps=800.0,
    net_switch_cage_gbps=800.0,
    net_switch_max_ports=128.0,
    net_switch_power_w=1500.0,
    net_switch_price_usd=50000.0,
    net_oversubscription=1.0,
    net_planes=1.0,
    net_optical_fraction=1.0,
    net_optic_nic_power_w=10.0,
    net_optic_nic_price_usd=500.0,
    net_optic_switch_power_w=17.0,
    net_optic_switch_price_usd=1000.0,
    storage_capacity_pb=240.0,
    storage_write_tbps=2.0,
    storage_usd_per_pb=100000.0,
    storage_kw_per_pb=5.0,
    pue=1.2,
    wue_l_per_kwh=0.5,
    facility_usd_per_mw=11.7e6,
    utilization=0.75,
    grid_mw=1e4,
    grid_usd_per_mwh=80.6,
    grid_kg_co2_per_mwh=390.0,
    turbines_mw=0.0,
    turbine_usd_per_mwh=60.0,
    turbine_kg_co2_per_mwh=440.0,
    turbine_capex_usd_per_mw=1e6,
    battery_mw=0.0,
    battery_mwh=0.0,
    battery_capex_usd_per_mwh=283000.0,
    server_cost_factor=1.64,
    maintenance_compute_per_year=0.03,
    maintenance_network_per_year=0.03,
    maintenance_storage_per_year=0.03,
    maintenance_facility_per_year=0.0,
    maintenance_power_plant_per_year=0.0,
    staff_count=100.0,
    gpu_hours_used_fraction=0.83,
    staff_usd_per_year=150000.0,
    dep_years_accelerators=5.0,
    dep_years_servers=5.0,
    dep_years_network=5.0,
    dep_years_storage=5.0,
    dep_years_facility=20.0,
    dep_years_power_plant=20.0,
    cost_of_capital=0.08,
    horizon_years=5.0,
    params_total=405e9,
    params_active=405e9,
    tokens=15.6e12,
    precision_code=0.0,
    mfu=0.41,
    train_gpus=math.nan,
    checkpoint_bytes=math.nan,
    checkpoint_interval_s=math.nan,
    restart_s=600.0,
    rental_usd_per_gpu_hour=math.nan,
    failures_per_gpu_year=419 / (16384 * 54 / 365.25),
    spare_fraction=0.0,
)


def make_inputs(**overrides) -> Inputs:
    values = {k: np.asarray(v, dtype=float) for k, v in BASE.items()}
    values.update({k: np.asarray(v, dtype=float) for k, v in overrides.items()})
    return broadcast(Inputs(**values))


@contextmanager
def float_warnings_raise(operation: str = ""):
    """numpy's floating-point warnings (divide by zero, invalid value, overflow) raised as errors,
    only those in ``operation`` ("divide", "multiply", …) when given. The engine meets 0/0, x/0,
    ∞/∞ and overflow on purpose at its edges (no load, no supply, no failures) and silences them
    with np.errstate; a lost errstate argument shows as a warning here, and would on the CLI's stderr."""
    with warnings.catch_warnings(), np.errstate(divide="warn", invalid="warn", over="warn"):
        warnings.filterwarnings("error", message=f".* encountered in {operation}", category=RuntimeWarning)
        yield
