"""A small hand-written scenario for tests that need no preset files."""

from __future__ import annotations

from colossus_desktop.scenario.model import Scenario

SAMPLE = {
    "name": "Test cluster",
    "pools": [
        {"name": "First", "accelerator": "h100-sxm", "count": 1000, "arrival": "2024-06"},
        {"name": "Second", "accelerator": "h200-sxm", "count": 500, "arrival": "2025-01"},
    ],
    "layout": {"gpus_per_node": 8, "nodes_per_rack": 4},
    "network": {
        "fabric": "ethernet",
        "link_gbps": 400,
        "switch": "spectrum-sn5600",
        "oversubscription": 1,
        "planes": 1,
        "optical_fraction": 0.5,
    },
    "storage": {"capacity_pb": 10, "write_tbps": 1, "cost_usd_per_pb": 2e6, "power_kw_per_pb": 10},
    "facility": {"cooling": "liquid", "pue": 1.2, "wue_l_per_kwh": 1, "build_cost_usd_per_mw": 1e7},
    "power": {
        "utilization": 0.7,
        "grid_region": "us-tn",
        "grid_mw": 100,
        "grid_usd_per_mwh": 60,
        "grid_kg_co2_per_mwh": 400,
        "turbines_mw": 0,
        "turbine_usd_per_mwh": 80,
        "turbine_kg_co2_per_mwh": 450,
        "turbine_capex_usd_per_mw": 1e6,
        "battery_mw": 0,
        "battery_mwh": 0,
        "battery_capex_usd_per_mwh": 3e5,
    },
    "costs": {
        "server_cost_factor": 1.5,
        "maintenance_per_year": {"compute": 0.05, "network": 0.05, "storage": 0.05, "facility": 0.0, "power_plant": 0.0},
        "staff_count": 50,
        "staff_usd_per_year": 200000,
        "gpu_hours_used_fraction": 0.83,
    },
    "finance": {
        "depreciation_years": {
            "accelerators": 5,
            "servers": 5,
            "network": 5,
            "storage": 5,
            "facility": 20,
            "power_plant": 20,
        },
        "cost_of_capital": 0.08,
        "horizon_years": 5,
    },
    "workload": {"params_total_b": 70, "tokens_t": 15, "precision": "bf16", "mfu": 0.4, "restart_min": 10},
    "reliability": {"failures_per_gpu_year": 0.1, "spare_fraction": 0.02},
}


def sample_scenario() -> Scenario:
    return Scenario.model_validate(SAMPLE)
