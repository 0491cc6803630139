"""Golden scenarios: small clusters with round inputs whose results are worked out by hand.

Every test in this package states the formula, the inputs it uses and the expected value as a
literal or a short expression of those inputs (never an engine helper), so a wrong constant, a
dropped term or a swapped operand in the engine fails a test. ``GOLDEN`` is the base scenario:
1,024 H100-like accelerators in 128 servers of 8, one two-tier 400G fat-tree, 10 PB of storage.

The base's figures, derived once here and reused by the tests (units in the names):

    network     radix k = 25,600 / 400 = 64; leaf 32 down / 32 up; 2 tiers hold 2·32·32 = 2,048
                leaves 1,024/32 = 32, spines 32·32/64 = 16: 48 switches
                optics: 1,024 at the NICs, (1,024 + 2·1,024)/2 = 1,536 twin-port cages
                power  48·1,000 + 1,024·5 + 1,536·10 W = 68,480 W
                capex  48·100,000 + 1,024·500 + 1,536·1,000 USD = 6,848,000 USD
    IT peak     1,024·700·1.8 W + 68,480 W + 10 PB·5 kW/PB = 1.29024 + 0.06848 + 0.05 = 1.40872 MW
"""

from __future__ import annotations

import math

import numpy as np

from colossus_desktop.engine.inputs import Inputs, broadcast

MONTH_2024_01 = (2024 - 1970) * 12  # 648

GOLDEN = dict(
    pool_count=[[1024.0]],
    pool_bf16_tflops=[[989.4]],  # exactly one H100-equivalent each
    pool_fp8_tflops=[[1978.8]],
    pool_fp4_tflops=[[math.nan]],  # no FP4: runs at the FP8 rate
    pool_hbm_gb=[[80.0]],
    pool_hbm_tbps=[[3.35]],
    pool_tdp_w=[[700.0]],
    pool_system_power_factor=[[1.8]],
    pool_price_usd=[[30000.0]],
    pool_arrival_month=[[float(MONTH_2024_01)]],
    gpus_per_node=8.0,
    nodes_per_rack=4.0,
    net_link_gbps=400.0,
    net_switch_capacity_gbps=25600.0,
    net_switch_port_gbps=400.0,
    net_switch_cage_gbps=800.0,
    net_switch_max_ports=128.0,
    net_switch_power_w=1000.0,
    net_switch_price_usd=100000.0,
    net_oversubscription=1.0,
    net_planes=1.0,
    net_optical_fraction=1.0,
    net_optic_nic_power_w=5.0,
    net_optic_nic_price_usd=500.0,
    net_optic_switch_power_w=10.0,
    net_optic_switch_price_usd=1000.0,
    storage_capacity_pb=10.0,
    storage_write_tbps=1.0,
    storage_usd_per_pb=100000.0,
    storage_kw_per_pb=5.0,
    pue=1.25,
    wue_l_per_kwh=0.5,
    facility_usd_per_mw=10e6,
    utilization=0.75,
    grid_mw=100.0,
    grid_usd_per_mwh=100.0,
    grid_kg_co2_per_mwh=300.0,
    turbines_mw=0.0,
    turbine_usd_per_mwh=50.0,
    turbine_kg_co2_per_mwh=500.0,
    turbine_capex_usd_per_mw=1e6,
    battery_mw=0.0,
    battery_mwh=0.0,
    battery_capex_usd_per_mwh=200000.0,
    server_cost_factor=1.5,
    maintenance_compute_per_year=0.05,
    maintenance_network_per_year=0.05,
    maintenance_storage_per_year=0.05,
    maintenance_facility_per_year=0.0,
    maintenance_power_plant_per_year=0.0,
    staff_count=2.0,
    staff_usd_per_year=100000.0,
    gpu_hours_used_fraction=0.8,
    dep_years_accelerators=4.0,
    dep_years_servers=4.0,
    dep_years_network=4.0,
    dep_years_storage=4.0,
    dep_years_facility=20.0,
    dep_years_power_plant=20.0,
    cost_of_capital=0.10,
    horizon_years=4.0,
    params_total=10e9,
    params_active=10e9,
    tokens=1e12,
    precision_code=0.0,  # BF16
    mfu=0.5,
    train_gpus=math.nan,  # the whole cluster less spares
    checkpoint_bytes=math.nan,  # auto: 12 bytes per parameter
    checkpoint_interval_s=math.nan,  # auto: Daly
    restart_s=600.0,
    rental_usd_per_gpu_hour=math.nan,
    failures_per_gpu_year=0.0,  # the reliability tests set their own rate
    spare_fraction=0.0,
)

# Shared hand-worked figures of the base (see the module docstring).
NETWORK_MW = 0.06848
NETWORK_CAPEX_USD = 6_848_000.0
IT_PEAK_MW = 1.40872
# average IT: accelerators 1,024·700·0.75 W + hosts 1,024·700·0.8·0.75 W + network + storage
IT_MW = 0.5376 + 0.43008 + 0.06848 + 0.05  # = 1.08616
FACILITY_MW = IT_MW * 1.25  # = 1.3577
# $/GPU-hour of the base, worked out in test_golden_cost.py; the training tests reuse it.
USD_PER_GPU_HOUR = 2.534867776195653


def golden_inputs(**overrides) -> Inputs:
    """The golden base with some fields replaced (same conventions as tests/engine/factory.py)."""
    values = {k: np.asarray(v, dtype=float) for k, v in GOLDEN.items()}
    values.update({k: np.asarray(v, dtype=float) for k, v in overrides.items()})
    return broadcast(Inputs(**values))
