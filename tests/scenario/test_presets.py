"""The shipped presets and the blank scenario."""

from __future__ import annotations

import json

import pytest

from colossus_desktop.engine.catalog import load_catalog
from colossus_desktop.paths import presets_dir
from colossus_desktop.scenario import (
    DEFAULT_PRESET,
    ScenarioError,
    blank_scenario,
    dumps_scenario,
    list_presets,
    load_preset,
    load_scenario,
    save_scenario,
)
from colossus_desktop.scenario.presets import preset_ids
from colossus_desktop.scenario.model import Scenario

# Every shipped file, so a new preset is checked without editing this list.
PRESET_IDS = preset_ids()


def test_the_eight_presets_are_listed_default_first():
    infos = list_presets()
    assert [i.id for i in infos] == ["colossus-2", "colossus-1", "colossus-1-phase-1", "deepseek-v3",
                                     "fairwater-wisconsin", "llama-3-405b", "project-rainier", "stargate-abilene"]
    assert DEFAULT_PRESET == "colossus-2" == infos[0].id
    for info in infos:
        assert info.title and info.summary and info.sources
        assert "\n" not in info.summary and len(info.summary) < len(load_preset(info.id).description)


@pytest.mark.parametrize("preset_id", PRESET_IDS)
def test_preset_files_are_canonical_and_complete(preset_id):
    path = presets_dir() / f"{preset_id}.json"
    text = path.read_text(encoding="utf-8")
    scenario = load_scenario(path)  # validates, including catalog ids
    assert dumps_scenario(scenario) == text, "regenerate the preset in canonical form"
    raw = json.loads(text)
    for field, info in Scenario.model_fields.items():
        if info.is_required():
            assert field in raw
    assert scenario.description.count(".") >= 2 and len(scenario.sources) >= 2
    # Every value that has a note explains itself; every section cites something.
    for section in ("network", "facility", "power", "workload"):
        assert getattr(scenario, section).notes, f"{preset_id}: {section} has no notes"


@pytest.mark.parametrize("preset_id", PRESET_IDS)
def test_every_preset_round_trips_through_a_file(tmp_path, preset_id):
    scenario = load_preset(preset_id)
    path = tmp_path / f"{preset_id}.json"
    save_scenario(scenario, path)
    assert load_scenario(path) == scenario


def test_load_preset_returns_independent_copies():
    a = load_preset("deepseek-v3")
    a.name = "edited"
    assert load_preset("deepseek-v3").name != "edited"


def test_unknown_preset_names_the_known_ones():
    with pytest.raises(ScenarioError) as info:
        load_preset("colossus-9")
    assert str(info.value).startswith("unknown preset 'colossus-9' (known: colossus-2, colossus-1")


def test_facts_from_the_reference():
    c1 = load_preset("colossus-1-phase-1")
    assert [(p.accelerator, p.count, p.arrival) for p in c1.pools] == [("h100-sxm", 100_000, "2024-07")]
    assert (c1.network.fabric, c1.network.switch, c1.network.link_gbps) == ("spectrum-x", "spectrum-4-sn5600", 400)
    assert (c1.layout.gpus_per_node, c1.layout.nodes_per_rack) == (8, 8)
    assert (c1.power.grid_mw, c1.power.battery_mw, c1.power.turbines_mw) == (150, 150, 35)

    full = load_preset("colossus-1")
    assert sum(p.count for p in full.pools) == 200_000
    assert {p.accelerator for p in full.pools} == {"h100-sxm", "h200-sxm"}
    assert "estimate" in full.description.lower()

    c2 = load_preset("colossus-2")
    assert sum(p.count for p in c2.pools) == 1_000_000
    assert c2.pools[0].count == 110_000 and c2.pools[0].accelerator == "gb200-nvl72"
    assert sum(p.count for p in c2.pools[:3]) == 550_000
    assert c2.power.turbines_mw == 1560 and c2.power.grid_mw == 30
    arrivals = [p.arrival for p in c2.pools]
    assert arrivals == sorted(arrivals)

    ds = load_preset("deepseek-v3")
    assert [(p.accelerator, p.count) for p in ds.pools] == [("h800-sxm", 2048)]
    w = ds.workload
    assert (w.params_total_b, w.params_active_b, w.tokens_t, w.precision, w.rental_usd_per_gpu_hour) == (671, 37, 14.8, "fp8", 2.0)
    assert w.mfu is None and "predicted" in w.notes["mfu"]  # issue 10: the engine predicts it
    assert (w.architecture.n_routed_experts, w.architecture.num_experts_per_tok, w.architecture.kv_lora_rank) == (256, 8, 512)
    assert (w.parallelism.pp, w.parallelism.ep, w.parallelism.tp) == (16, 64, 1)
    assert ds.network.fabric == "infiniband"

    ll = load_preset("llama-3-405b")
    assert [(p.accelerator, p.count) for p in ll.pools] == [("h100-sxm", 16384)]
    assert (ll.workload.params_total_b, ll.workload.tokens_t, ll.workload.precision, ll.workload.mfu) == (405, 15.6, "bf16", None)
    assert (ll.workload.architecture.num_hidden_layers, ll.workload.architecture.hidden_size) == (126, 16384)
    assert (ll.network.fabric, ll.network.link_gbps, ll.network.oversubscription) == ("ethernet", 400, 1)
    # Llama 3 paper §3.3.1: pods of 3,072 GPUs at full bisection, 1:7 between pods, ToR switches
    assert (ll.network.pod_gpus, ll.network.pod_oversubscription, ll.network.rail_optimized) == (3072, 7, False)
    assert ll.layout.gpus_per_node * ll.layout.nodes_per_rack == 16  # 'each rack hosts 16 GPUs'
    assert ll.storage.write_tbps == 2
    assert "pod of 3,072 GPUs" in ll.network.notes["pod_gpus"] and "1:7" in ll.network.notes["pod_oversubscription"]


@pytest.mark.parametrize("preset_id", ["colossus-1-phase-1", "colossus-1", "colossus-2"])
def test_colossus_workloads_are_marked_illustrative(preset_id):
    scenario = load_preset(preset_id)
    assert "illustrative" in scenario.description.lower()
    assert "illustrative" in scenario.workload.notes["name"].lower()


def test_blank_scenario_comes_from_the_catalog_defaults():
    catalog = load_catalog()
    blank = blank_scenario(catalog, arrival="2025-03")
    assert [(p.accelerator, p.count, p.arrival) for p in blank.pools] == [("h100-sxm", 1024, "2025-03")]
    assert blank.power.utilization == catalog.default("power.utilization")
    assert blank.workload.mfu == catalog.default("workload.mfu")
    assert blank.finance.depreciation_years.facility == catalog.default("finance.depreciation_years.facility")
    assert blank.reliability.failures_per_gpu_year == catalog.default("reliability.failures_per_gpu_year")
    assert "Llama 3" in blank.reliability.notes["failures_per_gpu_year"]
    assert blank.power.grid_mw > 0 and blank.costs.staff_count > 0
    # It is a valid document: it saves and loads.
    assert json.loads(dumps_scenario(blank))["pools"][0]["count"] == 1024


def test_blank_scenario_scales_storage_and_staff_with_its_size():
    """Storage and staff of a blank scenario follow the catalog's ratios, not fixed amounts.

    storage = 0.00977 PB per GPU (Llama 3: 240 PB / 24,576 GPUs)   1,024 GPUs → 10.00448 PB
    staff   = 1.0 per MW × 1,024 · 700 W · 1.82 · PUE 1.14 / 1e6    = 1.4872166 FTE
    (H100 SXM 700 W and Epoch's 1.82 system factor, direct-liquid PUE 1.14: the shipped catalog)
    """
    from colossus_desktop.engine import evaluate
    from colossus_desktop.scenario import to_inputs

    catalog = load_catalog()
    assert catalog.default("storage.capacity_pb_per_gpu") == 0.00977
    assert catalog.default("costs.staff_per_mw") == 0.23  # Meta Richland Parish: 500 jobs for ~2.2 GW
    small = blank_scenario(catalog, arrival="2025-03")
    assert small.storage.capacity_pb == pytest.approx(10.00448, rel=1e-9)  # 0.00977 · 1,024
    assert small.costs.staff_count == pytest.approx(0.23 * 1.4872166, rel=1e-5)  # 0.23 · 1.4872 MW
    assert "240 PB" in small.storage.notes["capacity_pb"] and "1,024" in small.storage.notes["capacity_pb"]
    capex = evaluate(to_inputs(small)).cost.capex_breakdown_usd
    # 10.00448 PB · $220,000 = $2.2M against 1,024 · $33,750 = $34.56M of accelerators (DGX H100 share)
    assert capex["storage"][0] == pytest.approx(10.00448 * 220_000, rel=1e-9)
    assert capex["storage"][0] < 0.1 * capex["accelerators"][0]

    big = blank_scenario(catalog, arrival="2025-03", count=100_000)
    assert big.pools[0].count == 100_000
    ratio = 100_000 / 1024  # linear, up to the 6 decimals the builder rounds to
    assert big.storage.capacity_pb == pytest.approx(small.storage.capacity_pb * ratio, rel=1e-6)  # 977 PB
    assert big.costs.staff_count == pytest.approx(small.costs.staff_count * ratio, rel=1e-6)  # 33.4 FTE
    big_capex = evaluate(to_inputs(big)).cost.capex_breakdown_usd
    assert big_capex["storage"][0] == pytest.approx(capex["storage"][0] * ratio, rel=1e-6)


def test_blank_scenario_defaults_to_this_month():
    import datetime

    today = datetime.date.today()
    assert blank_scenario().pools[0].arrival == f"{today.year:04d}-{today.month:02d}"
