"""Frozen scenario files: a file of every schema version, as that version of the app wrote it,
still loads through the public loader and the real migrations, with its values intact.

The files in ``data/`` are never regenerated (``data/README.md``); the values below were read
from each file when it was frozen, never from today's code. Every schema change adds a
migration, a frozen ``scenario_v{N}.json`` and its ``EXPECTED`` entry.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from colossus_desktop.engine import evaluate
from colossus_desktop.scenario import files, to_inputs
from colossus_desktop.scenario.errors import ScenarioError
from colossus_desktop.scenario.files import dumps_scenario, load_scenario
from colossus_desktop.scenario.model import SCHEMA_VERSION

DATA = Path(__file__).parent / "data"


def _version(path: Path) -> int:
    return int(re.fullmatch(r"scenario_v(\d+)\.json", path.name).group(1))


FROZEN = sorted(DATA.glob("scenario_v*.json"), key=_version)

#: Per frozen version: the values its file holds (what a migration must carry over).
EXPECTED = {
    1: {
        "name": "Colossus 2 with a custom pool (frozen v1)",
        "pools": [
            ("GB200 first tranche", "gb200-nvl72", None, 110_000, "2025-10", None),
            ("GB200 second phase", "gb200-nvl72", None, 220_000, "2026-02", None),
            ("GB300 third phase", "gb300-nvl72", None, 220_000, "2026-05", None),
            ("GB300 toward a million", "gb300-nvl72", None, 450_000, "2027-01", None),
            ("Custom chips", None, "In-house ASIC", 8_192, "2026-09", 22_000.0),
        ],
        "custom": {"bf16_tflops": 1200.0, "fp8_tflops": 2400.0, "fp4_tflops": None, "hbm_gb": 144.0,
                   "tdp_w": 900.0, "scaleup_domain": 64, "price_usd": 25_000.0, "release": "2026-06"},
        "network": ("spectrum-x", 800.0, "spectrum-4-sn5600"),
        "facility_pue": 1.14,
        "power": (30.0, 1560.0, 1325.0),  # grid MW, turbines MW, battery MWh
        "staff_count": 1500,
        "cost_of_capital": 0.1,
        "workload": (6000.0, 600.0, 100.0, "fp8", 0.3, "auto"),  # params B, active B, tokens T, precision, MFU, checkpoint
        "reliability": (0.173, 0.077),
        "grid_mw_note": "TVA/MLGW supplying only 30 MW of the 170 MW needed at first",
        # not in a v1 file: the 1 → 2 migration fills Meta RSC-1's 83 % and says so in a note
        "gpu_hours_used": (0.83, "Added when this file was read (schema 1 to 2)"),
        # not in a v1/v2 file: the 2 → 3 migration keeps the one maintenance rate on the same assets
        "maintenance": (0.06, 0.06, 0.06, 0.0, 0.0),
        "pods": (None, 1.0),
        "custom_price_basis": "chip",  # schema 2 always added servers to a pool's own price
    },
}
#: v2 holds the same scenario, saved by schema 2 with its own share of GPU-hours used.
EXPECTED[2] = {**EXPECTED[1], "name": "Colossus 2 with a custom pool (frozen v2)",
               "gpu_hours_used": (0.9, "Frozen v2 fixture")}
#: v3 holds the v2 scenario read through 2 → 3, with pods and its own maintenance rates.
EXPECTED[3] = {**EXPECTED[2], "name": "Colossus 2 with a custom pool (frozen v3)",
               "maintenance": (0.01, 0.02, 0.03, 0.004, 0.0236), "pods": (65536, 7.0)}
#: v4 holds the v3 scenario read through 3 → 4, with a model shape and a partly fixed layout.
EXPECTED[4] = {**EXPECTED[3], "name": "Colossus 2 with a custom pool (frozen v4)",
               "architecture": (96, 12288, 49152, 96, 50257, False), "seq_length": 8192,
               "layout": (8, 16, None, "selective")}
for _v in (1, 2, 3):  # no shape in the older files; the 3 → 4 migration moves nothing into it
    EXPECTED[_v]["architecture"] = (None,) * 5 + (True,)
    EXPECTED[_v]["seq_length"] = None
    EXPECTED[_v]["layout"] = (None, None, None, None)
#: v5 holds the v4 scenario read through 4 → 5, with five distributions (one of each kind) and a correlation.
EXPECTED[5] = {**EXPECTED[4], "name": "Colossus 2 with a custom pool (frozen v5)",
               "uncertainty": ([("facility.pue", "range", {"low": 1.09, "mode": 1.14, "high": 1.3}),
                                ("workload.mfu", "normal", {"mean": 0.3, "sd": 0.05}),
                                ("reliability.failures_per_gpu_year", "lognormal", {"median": 0.173, "sigma": 0.3}),
                                ("pools[4].price_usd", "uniform", {"low": 18000.0, "high": 26000.0}),
                                ("finance.cost_of_capital", "triangular", {"low": 0.05, "mode": 0.1, "high": 0.17})],
                               [("facility.pue", "finance.cost_of_capital", 0.3)], 2000, 7)}
for _v in (1, 2, 3, 4):  # no uncertainty before schema 5: the 4 → 5 migration writes an empty section
    EXPECTED[_v]["uncertainty"] = ([], [], 10_000, 1)
#: v6 holds the v5 scenario read through 5 → 6, with asynchronous checkpoints and the simulation's fields.
EXPECTED[6] = {**EXPECTED[5], "name": "Colossus 2 with a custom pool (frozen v6)",
               "checkpoints": ("async", 4.0), "simulation": (0.0194, 48.0, True)}
for _v in (1, 2, 3, 4, 5):  # before schema 6: blocking checkpoints, and the 5 → 6 migration's literals
    EXPECTED[_v]["checkpoints"] = ("blocking", 5.0)
    EXPECTED[_v]["simulation"] = (0.0, 72.0, False)
#: v7 holds the v6 scenario read through 6 → 7, with its own failure class shares.
EXPECTED[7] = {**EXPECTED[6], "name": "Colossus 2 with a custom pool (frozen v7)",
               "shares": (0.5, 0.1718, 0.1, 0.1265, 0.1, "Frozen v7 fixture")}
for _v in range(1, 7):  # before schema 7: the 6 → 7 migration writes Llama 3 Table 5's shares and says so
    EXPECTED[_v]["shares"] = (0.4678, 0.1718, 0.0835, 0.1265, 0.1504, "Added when this file was read (schema 6 to 7)")


def test_a_frozen_file_for_every_schema_version_and_one_migration_between_each():
    assert [_version(p) for p in FROZEN] == list(range(1, SCHEMA_VERSION + 1))
    assert sorted(EXPECTED) == [_version(p) for p in FROZEN]
    assert sorted(files.MIGRATIONS) == list(range(1, SCHEMA_VERSION)), "one step n → n + 1 per older version"


@pytest.mark.parametrize("path", FROZEN, ids=lambda p: p.name)
def test_every_frozen_file_loads_with_its_values(path):
    version = _version(path)
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == version  # the file is what its name says
    s = load_scenario(path)  # the shipped catalog and the real MIGRATIONS, up to today's version
    want = EXPECTED[version]
    assert s.schema_version == SCHEMA_VERSION
    assert s.name == want["name"]
    got = [(p.name, p.accelerator, p.custom.name if p.custom else None, p.count, p.arrival, p.price_usd) for p in s.pools]
    assert got == want["pools"]
    custom = s.pools[-1].custom
    assert {k: getattr(custom, k) for k in want["custom"]} == want["custom"]
    assert (s.network.fabric, s.network.link_gbps, s.network.switch) == want["network"]
    assert s.facility.pue == want["facility_pue"]
    assert (s.power.grid_mw, s.power.turbines_mw, s.power.battery_mwh) == want["power"]
    assert s.costs.staff_count == want["staff_count"] and s.finance.cost_of_capital == want["cost_of_capital"]
    w = s.workload
    assert (w.params_total_b, w.params_active_b, w.tokens_t, w.precision, w.mfu, w.checkpoint_gb) == want["workload"]
    assert (s.reliability.failures_per_gpu_year, s.reliability.spare_fraction) == want["reliability"]
    assert s.power.notes["grid_mw"].startswith(want["grid_mw_note"])  # the notes survive too
    used, used_note = want["gpu_hours_used"]
    assert s.costs.gpu_hours_used_fraction == used
    assert s.costs.notes["gpu_hours_used_fraction"].startswith(used_note)
    m = s.costs.maintenance_per_year
    assert (m.compute, m.network, m.storage, m.facility, m.power_plant) == want["maintenance"]
    assert (s.network.pod_gpus, s.network.pod_oversubscription) == want["pods"]
    assert s.pools[-1].price_basis == want["custom_price_basis"] and s.pools[0].price_basis is None
    a = s.workload.architecture
    assert (a.num_hidden_layers, a.hidden_size, a.intermediate_size, a.num_attention_heads, a.vocab_size,
            a.gated_mlp) == want["architecture"]
    assert s.workload.seq_length == want["seq_length"]
    p = s.workload.parallelism
    assert (p.tp, p.pp, p.dp, p.recompute) == want["layout"]
    u = s.uncertainty
    assert ([(i.path, i.distribution, i.parameters()) for i in u.inputs], [(c.a, c.b, c.rho) for c in u.correlations],
            u.samples, u.seed) == want["uncertainty"]
    assert (s.workload.checkpoint_mode, s.workload.checkpoint_snapshot_s) == want["checkpoints"]
    rel = s.reliability
    assert (rel.planned_per_gpu_year, rel.repair_hours, rel.degraded_running) == want["simulation"]
    *shares, note = want["shares"]
    assert (rel.share_gpu, rel.share_hbm, rel.share_network, rel.share_host, rel.share_software) == tuple(shares)
    assert rel.notes["share_gpu"].startswith(note)
    r = evaluate(to_inputs(s))  # and the engine takes it: every pool, the custom one included
    assert r.cluster.accelerators[0] == sum(p[3] for p in want["pools"])


def test_the_newest_frozen_file_is_what_todays_save_writes():
    """A change to the saved text is a schema change: if this fails, bump SCHEMA_VERSION, add a
    migration and freeze a new file (data/README.md) instead of editing the frozen one."""
    newest = FROZEN[-1]
    assert dumps_scenario(load_scenario(newest)) == newest.read_text(encoding="utf-8")


def test_the_loader_runs_the_module_registry_up_to_the_app_version(monkeypatch):
    """The public loader passes an older document through ``MIGRATIONS`` and validates what the
    steps return. Only the registry's contents and the version number are stand-ins (there is no
    newer schema yet); the loader and ``migrate`` are the real ones."""
    newest = FROZEN[-1]
    seen = []

    def step(doc):
        seen.append((doc["name"], doc["schema_version"]))
        return dict(doc, format="set-by-the-step")  # the first field the model checks

    monkeypatch.setattr(files, "SCHEMA_VERSION", SCHEMA_VERSION + 1)
    monkeypatch.setitem(files.MIGRATIONS, SCHEMA_VERSION, step)
    with pytest.raises(ScenarioError) as info:
        load_scenario(newest)
    assert seen == [(EXPECTED[SCHEMA_VERSION]["name"], SCHEMA_VERSION)]
    assert (info.value.path, info.value.field) == (str(newest), "format")  # the step's output was validated


def test_migration_6_to_7_writes_table_5_shares_and_keeps_a_files_own():
    """The 6 → 7 step fills Llama 3 Table 5's shares (literals) with a note, and keeps any share a file has."""
    doc = files.migrate({"schema_version": 6, "name": "x", "reliability": {"failures_per_gpu_year": 0.1}})
    r = doc["reliability"]
    assert doc["schema_version"] == 7
    assert (r["share_gpu"], r["share_hbm"], r["share_network"], r["share_host"], r["share_software"]) == (
        0.4678, 0.1718, 0.0835, 0.1265, 0.1504)
    assert r["notes"]["share_gpu"].startswith("Added when this file was read (schema 6 to 7)")
    kept = files.migrate({"schema_version": 6, "reliability": {"share_gpu": 0.9, "notes": {"share_gpu": "mine"}}})
    assert kept["reliability"]["share_gpu"] == 0.9 and kept["reliability"]["notes"]["share_gpu"] == "mine"
