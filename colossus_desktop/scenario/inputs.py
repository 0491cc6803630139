"""Scenario document → engine inputs: the only bridge between the two layers.

Looks accelerators, switches and optics up in the catalog (a pool may instead carry a custom
accelerator inline), converts units to the engine's (parameters, tokens, bytes, seconds,
months since 1970-01) and turns "auto"/empty into NaN. Unknown catalog ids raise
:class:`ScenarioError` naming the field.
"""

from __future__ import annotations

import math

import numpy as np

from colossus_desktop.engine.catalog import Catalog, Item, load_catalog
from colossus_desktop.engine.inputs import PRECISIONS, Inputs, broadcast
from colossus_desktop.engine.results import month_index

from .errors import ScenarioError, echo
from .model import Pool, Scenario

NAN = math.nan


def _num(value) -> float:
    return NAN if value is None or value == "auto" else float(value)


def _catalog_item(table: dict[str, Item], key: str, field: str, what: str) -> Item:
    try:
        return table[key]
    except KeyError:
        known = ", ".join(sorted(table))
        raise ScenarioError(f"unknown {what} {echo(key)} (known: {known})", field=field) from None


def pool_spec(pool: Pool, index: int, catalog: Catalog) -> dict[str, float]:
    """The engine's per-accelerator figures for one pool."""
    if pool.custom is not None:
        c = pool.custom
        spec = {
            "bf16": c.bf16_tflops,
            "fp8": _num(c.fp8_tflops),
            "fp4": _num(c.fp4_tflops),
            "hbm_gb": c.hbm_gb,
            "hbm_tbps": c.hbm_tbps,
            "tdp_w": c.tdp_w,
            "spf": c.system_power_factor,
            "price": c.price_usd,
            "basis": c.price_basis,
            "link": _num(c.scaleout_gbps),
            "up": c.scaleup_gb_per_s,
            "domain": float(c.scaleup_domain),
        }
    else:
        item = _catalog_item(catalog.accelerators, pool.accelerator, f"pools[{index}].accelerator", "accelerator")
        spec = {
            "bf16": float(item.value("bf16_tflops")),
            "fp8": _num(item.value("fp8_tflops")),
            "fp4": _num(item.value("fp4_tflops")),
            "hbm_gb": float(item.value("hbm_gb", 0.0)),
            "hbm_tbps": float(item.value("hbm_tbps", 0.0)),
            "tdp_w": float(item.value("tdp_w")),
            "spf": float(item.value("system_power_factor", 1.0)),
            "price": float(item.value("price_usd", 0.0)),
            "basis": item.value("price_basis", "chip"),
            "link": _num(item.value("scaleout_gbps")),
            "up": _num(item.value("scaleup_gb_per_s")),
            "domain": _num(item.value("scaleup_domain")),
        }
    if pool.price_usd is not None:
        spec["price"] = pool.price_usd
    if pool.price_basis is not None:
        spec["basis"] = pool.price_basis
    spec["system"] = 1.0 if spec.pop("basis") == "system" else 0.0
    return spec


def _switch_values(net, catalog: Catalog) -> dict[str, float]:
    """The switch's figures: the catalog's, or the scenario's custom switch."""
    if net.custom_switch is not None:
        c = net.custom_switch
        return {"capacity": c.ports * c.port_gbps, "port": c.port_gbps, "cage": c.port_gbps,
                "max_ports": float(c.max_ports or c.ports), "power": c.power_w, "price": c.price_usd}
    switch = _catalog_item(catalog.switches, net.switch, "network.switch", "switch")
    port = float(switch.value("port_gbps"))
    return {"capacity": float(switch.value("capacity_gbps")), "port": port,
            "cage": float(switch.value("cage_gbps", port)),
            "max_ports": float(switch.value("max_ports", switch.value("ports"))),
            "power": float(switch.value("power_w", 0.0)), "price": float(switch.value("price_usd", 0.0))}


RECOMPUTE_CODES = {"none": 0.0, "selective": 1.0, "full": 2.0}


def _shape_and_layout(w) -> dict[str, float]:
    """The engine's arch_*, seq/batch and par_* fields from a workload (NaN where empty)."""
    a, p = w.architecture, w.parallelism
    return dict(
        arch_layers=_num(a.num_hidden_layers), arch_hidden=_num(a.hidden_size), arch_ffn=_num(a.intermediate_size),
        arch_heads=_num(a.num_attention_heads), arch_kv_heads=_num(a.num_key_value_heads),
        arch_head_dim=_num(a.head_dim), arch_vocab=_num(a.vocab_size), arch_tied=1.0 if a.tie_word_embeddings else 0.0,
        arch_gated=1.0 if a.gated_mlp else 0.0, arch_experts=_num(a.n_routed_experts),
        arch_top_k=_num(a.num_experts_per_tok), arch_moe_ffn=_num(a.moe_intermediate_size),
        arch_shared_experts=float(a.n_shared_experts or 0), arch_dense_layers=float(a.first_k_dense_replace or 0),
        arch_q_lora_rank=_num(a.q_lora_rank), arch_kv_lora_rank=_num(a.kv_lora_rank),
        arch_qk_nope_dim=_num(a.qk_nope_head_dim), arch_qk_rope_dim=_num(a.qk_rope_head_dim),
        arch_v_head_dim=_num(a.v_head_dim),
        seq_length=_num(w.seq_length), global_batch_tokens=_num(w.global_batch_tokens),
        fused_kernels=1.0 if w.fused_kernels else 0.0,
        par_tp=_num(p.tp), par_pp=_num(p.pp), par_dp=_num(p.dp), par_ep=_num(p.ep), par_cp=_num(p.cp),
        par_vpp=_num(p.vpp), par_mbs=_num(p.micro_batch_size),
        par_recompute=NAN if p.recompute is None else RECOMPUTE_CODES[p.recompute], par_zero=_num(p.zero_stage),
    )


def to_inputs(scenario: Scenario, catalog: Catalog | None = None) -> Inputs:
    """Engine inputs (N = 1) for ``scenario``."""
    catalog = catalog or load_catalog()
    specs = [pool_spec(p, i, catalog) for i, p in enumerate(scenario.pools)]
    row = lambda key: np.array([[s[key] for s in specs]])  # noqa: E731  (1, P)

    net = scenario.network
    sw = _switch_values(net, catalog)
    links = [net.link_gbps if net.link_gbps is not None else s["link"] for s in specs]
    links = [0.0 if math.isnan(x) else x for x in links]
    per_node = scenario.layout.gpus_per_node / (net.nics_per_node or scenario.layout.gpus_per_node)
    # the fastest edge port sets the NIC-side module and the copper cable (one kind per fabric)
    edge_gbps = max(links) * per_node / net.planes if max(links) > 0 else sw["port"]
    nic_optic = catalog.optic_for(edge_gbps)
    switch_optic = catalog.optic_for(sw["cage"])
    cable = catalog.cable_for(edge_gbps)
    if scenario.facility.cooling not in catalog.cooling:
        _catalog_item(catalog.cooling, scenario.facility.cooling, "facility.cooling", "cooling type")

    w = scenario.workload
    pw = scenario.power
    fin = scenario.finance
    dep = fin.depreciation_years
    params_total = w.params_total_b * 1e9
    params_active = NAN if w.params_active_b is None else w.params_active_b * 1e9  # NaN: from the shape, else all
    checkpoint_bytes = NAN if w.checkpoint_gb == "auto" else float(w.checkpoint_gb) * 1e9
    interval_s = NAN if w.checkpoint_interval_min == "auto" else float(w.checkpoint_interval_min) * 60.0

    values = dict(
        pool_count=np.array([[float(p.count) for p in scenario.pools]]),
        pool_bf16_tflops=row("bf16"),
        pool_fp8_tflops=row("fp8"),
        pool_fp4_tflops=row("fp4"),
        pool_hbm_gb=row("hbm_gb"),
        pool_hbm_tbps=row("hbm_tbps"),
        pool_tdp_w=row("tdp_w"),
        pool_system_power_factor=row("spf"),
        pool_price_usd=row("price"),
        pool_arrival_month=np.array([[float(month_index(p.arrival)) for p in scenario.pools]]),
        pool_link_gbps=row("link"),
        pool_scaleup_gb_per_s=row("up"),
        pool_scaleup_domain=row("domain"),
        pool_price_includes_server=row("system"),
        gpus_per_node=scenario.layout.gpus_per_node,
        nodes_per_rack=scenario.layout.nodes_per_rack,
        net_link_gbps=_num(net.link_gbps),
        net_switch_capacity_gbps=sw["capacity"],
        net_switch_port_gbps=sw["port"],
        net_switch_cage_gbps=sw["cage"],
        net_switch_max_ports=sw["max_ports"],
        net_switch_power_w=sw["power"],
        net_switch_price_usd=sw["price"],
        net_oversubscription=net.oversubscription,
        net_nics_per_node=_num(net.nics_per_node),
        net_pod_gpus=_num(net.pod_gpus),
        net_pod_oversubscription=net.pod_oversubscription,
        net_rail_optimized=1.0 if net.rail_optimized else 0.0,
        net_frontend_gbps_per_node=net.frontend_gbps_per_node,
        net_frontend_oversubscription=net.frontend_oversubscription,
        net_copper_price_usd=float(cable.value("price_usd", 0.0)) if cable else 0.0,
        net_copper_power_w=float(cable.value("power_w", 0.0)) if cable else 0.0,
        net_planes=net.planes,
        net_optical_fraction=net.optical_fraction,
        net_optic_nic_power_w=float(nic_optic.value("power_w", 0.0)),
        net_optic_nic_price_usd=float(nic_optic.value("price_usd", 0.0)),
        net_optic_switch_power_w=float(switch_optic.value("power_w", 0.0)),
        net_optic_switch_price_usd=float(switch_optic.value("price_usd", 0.0)),
        storage_capacity_pb=scenario.storage.capacity_pb,
        storage_write_tbps=scenario.storage.write_tbps,
        storage_usd_per_pb=scenario.storage.cost_usd_per_pb,
        storage_kw_per_pb=scenario.storage.power_kw_per_pb,
        pue=scenario.facility.pue,
        wue_l_per_kwh=scenario.facility.wue_l_per_kwh,
        facility_usd_per_mw=scenario.facility.build_cost_usd_per_mw,
        utilization=pw.utilization,
        grid_mw=pw.grid_mw,
        grid_usd_per_mwh=pw.grid_usd_per_mwh,
        grid_kg_co2_per_mwh=pw.grid_kg_co2_per_mwh,
        turbines_mw=pw.turbines_mw,
        turbine_usd_per_mwh=pw.turbine_usd_per_mwh,
        turbine_kg_co2_per_mwh=pw.turbine_kg_co2_per_mwh,
        turbine_capex_usd_per_mw=pw.turbine_capex_usd_per_mw,
        battery_mw=pw.battery_mw,
        battery_mwh=pw.battery_mwh,
        battery_capex_usd_per_mwh=pw.battery_capex_usd_per_mwh,
        server_cost_factor=scenario.costs.server_cost_factor,
        maintenance_compute_per_year=scenario.costs.maintenance_per_year.compute,
        maintenance_network_per_year=scenario.costs.maintenance_per_year.network,
        maintenance_storage_per_year=scenario.costs.maintenance_per_year.storage,
        maintenance_facility_per_year=scenario.costs.maintenance_per_year.facility,
        maintenance_power_plant_per_year=scenario.costs.maintenance_per_year.power_plant,
        staff_count=scenario.costs.staff_count,
        staff_usd_per_year=scenario.costs.staff_usd_per_year,
        gpu_hours_used_fraction=scenario.costs.gpu_hours_used_fraction,
        dep_years_accelerators=dep.accelerators,
        dep_years_servers=dep.servers,
        dep_years_network=dep.network,
        dep_years_storage=dep.storage,
        dep_years_facility=dep.facility,
        dep_years_power_plant=dep.power_plant,
        cost_of_capital=fin.cost_of_capital,
        horizon_years=fin.horizon_years,
        params_total=params_total,
        params_active=params_active,
        tokens=w.tokens_t * 1e12,
        precision_code=float(PRECISIONS.index(w.precision)),
        mfu=_num(w.mfu),
        **_shape_and_layout(w),
        train_gpus=_num(w.gpus),
        checkpoint_bytes=checkpoint_bytes,
        checkpoint_interval_s=interval_s,
        restart_s=w.restart_min * 60.0,
        checkpoint_async=1.0 if w.checkpoint_mode == "async" else 0.0,
        checkpoint_snapshot_s=w.checkpoint_snapshot_s,
        rental_usd_per_gpu_hour=_num(w.rental_usd_per_gpu_hour),
        failures_per_gpu_year=scenario.reliability.failures_per_gpu_year,
        spare_fraction=scenario.reliability.spare_fraction,
    )
    return broadcast(Inputs(**values))
