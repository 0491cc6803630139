"""Fixtures for the scenario tests: a small catalog and a complete, valid document.

The file-format tests use this catalog so they do not depend on the shipped catalog's
contents; the preset tests use the shipped one.

``MINIMAL_DOC`` follows the CURRENT schema and changes with the code. It is not the anchor for
reading older files: that is the frozen ``data/scenario_v*.json`` (``test_frozen_files.py``).
"""

from __future__ import annotations

import copy

import pytest

from colossus_desktop.engine.catalog import Catalog, Item, Spec


def _item(id_: str, type_: str, **specs) -> Item:
    return Item(id=id_, name=id_.upper(), type=type_, specs={k: Spec(v, "test", "H") for k, v in specs.items()})


def small_catalog() -> Catalog:
    return Catalog(
        accelerators={
            "h100-sxm": _item("h100-sxm", "accelerator", bf16_tflops=989.4, tdp_w=700),
            "gb200-nvl72": _item("gb200-nvl72", "accelerator", bf16_tflops=2500, tdp_w=1200),
        },
        switches={"spectrum-4-sn5600": _item("spectrum-4-sn5600", "switch", ports=64)},
        optics={},
        nics={},
        cables={},
        cooling={"air": _item("air", "cooling", pue=1.4), "direct-liquid": _item("direct-liquid", "cooling", pue=1.15)},
        grids={},
        turbines={},
        batteries={},
        defaults={},
    )


MINIMAL_DOC = {
    "format": "colossus-desktop-scenario",
    "schema_version": 3,
    "name": "Test cluster",
    "pools": [{"name": "H100", "accelerator": "h100-sxm", "count": 1024, "arrival": "2024-07"}],
    "layout": {"gpus_per_node": 8, "nodes_per_rack": 4},
    "network": {
        "fabric": "spectrum-x",
        "link_gbps": 400,
        "switch": "spectrum-4-sn5600",
        "oversubscription": 1,
        "planes": 1,
        "optical_fraction": 1,
    },
    "storage": {"capacity_pb": 10, "write_tbps": 1, "cost_usd_per_pb": 100000, "power_kw_per_pb": 5},
    "facility": {"cooling": "direct-liquid", "pue": 1.2, "wue_l_per_kwh": 0.5, "build_cost_usd_per_mw": 11700000},
    "power": {
        "utilization": 0.75,
        "grid_region": "tva",
        "grid_mw": 150,
        "grid_usd_per_mwh": 62.3,
        "grid_kg_co2_per_mwh": 283,
        "turbines_mw": 0,
        "turbine_usd_per_mwh": 60,
        "turbine_kg_co2_per_mwh": 440,
        "turbine_capex_usd_per_mw": 1000000,
        "battery_mw": 0,
        "battery_mwh": 0,
        "battery_capex_usd_per_mwh": 280000,
    },
    "costs": {
        "server_cost_factor": 1.6,
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
    "reliability": {"failures_per_gpu_year": 0.17, "spare_fraction": 0.02},
}


@pytest.fixture
def catalog() -> Catalog:
    return small_catalog()


@pytest.fixture
def doc() -> dict:
    """A fresh deep copy of a complete, valid scenario document."""
    return copy.deepcopy(MINIMAL_DOC)
