"""The engine's inputs: flat numpy arrays, one row per scenario.

Every scalar field has shape ``(N,)`` and every per-pool field has shape ``(N, P)`` (pools
padded with ``count = 0``), so one call of :func:`colossus_desktop.engine.evaluate` serves a
single scenario (N = 1), a sweep or a Monte Carlo run (N up to millions). Fields are plain
numbers in SI-ish units named in the field (``_w``, ``_usd``, ``_gbps`` …). Optional values are
``NaN`` ("auto" / "not set").

Build one from a scenario document with :func:`colossus_desktop.scenario.to_inputs`; stack
several with :func:`stack`; vary one field with :meth:`Inputs.replace`.
"""

from __future__ import annotations

import dataclasses
import functools
import math
from dataclasses import dataclass, fields

import numpy as np

PRECISIONS = ("bf16", "fp8", "fp4")  # precision_code indexes this tuple

# Fields that carry one value per pool, shape (N, P).
POOL_FIELDS = (
    "pool_count",
    "pool_bf16_tflops",
    "pool_fp8_tflops",  # NaN when unsupported: runs at the BF16 rate
    "pool_fp4_tflops",  # NaN when unsupported: runs at the FP8 (or BF16) rate
    "pool_hbm_gb",
    "pool_hbm_tbps",
    "pool_tdp_w",
    "pool_system_power_factor",
    "pool_price_usd",
    "pool_arrival_month",  # months since 1970-01 (1970-01 = 0)
    "pool_link_gbps",  # scale-out bandwidth per accelerator of its NICs (NaN: net_link_gbps decides)
    "pool_price_includes_server",  # 1.0: the price is a share of a whole system, server included
    "pool_scaleup_gb_per_s",  # scale-up (NVLink-class) bandwidth per accelerator, GB/s, both directions
    "pool_scaleup_domain",  # accelerators in one scale-up domain
)


@dataclass(frozen=True, eq=False, repr=False)  # arrays: see engine/results.py's _ARRAYS
class Inputs:
    # --- accelerator pools (N, P)
    pool_count: np.ndarray
    pool_bf16_tflops: np.ndarray
    pool_fp8_tflops: np.ndarray
    pool_fp4_tflops: np.ndarray
    pool_hbm_gb: np.ndarray
    pool_hbm_tbps: np.ndarray
    pool_tdp_w: np.ndarray
    pool_system_power_factor: np.ndarray
    pool_price_usd: np.ndarray
    pool_arrival_month: np.ndarray
    # --- layout
    gpus_per_node: np.ndarray
    nodes_per_rack: np.ndarray
    # --- network
    net_link_gbps: np.ndarray  # scale-out bandwidth per accelerator; NaN = each pool's own (pool_link_gbps)
    net_switch_capacity_gbps: np.ndarray  # switching capacity of one switch ASIC/box
    net_switch_port_gbps: np.ndarray  # native (fastest) port speed
    net_switch_cage_gbps: np.ndarray  # bandwidth of one optical cage (a twin-port OSFP carries 2 ports)
    net_switch_max_ports: np.ndarray  # most logical ports the switch can split into
    net_switch_power_w: np.ndarray
    net_switch_price_usd: np.ndarray
    net_oversubscription: np.ndarray  # leaf down:up ratio, >= 1
    net_planes: np.ndarray
    net_optical_fraction: np.ndarray  # share of accelerator-to-leaf links on optics
    net_optic_nic_power_w: np.ndarray  # one module at the accelerator's NIC (link speed)
    net_optic_nic_price_usd: np.ndarray
    net_optic_switch_power_w: np.ndarray  # one module on a switch port (native speed, may carry several links)
    net_optic_switch_price_usd: np.ndarray
    # --- storage
    storage_capacity_pb: np.ndarray
    storage_write_tbps: np.ndarray
    storage_usd_per_pb: np.ndarray
    storage_kw_per_pb: np.ndarray
    # --- facility
    pue: np.ndarray
    wue_l_per_kwh: np.ndarray
    facility_usd_per_mw: np.ndarray
    # --- power
    utilization: np.ndarray
    grid_mw: np.ndarray
    grid_usd_per_mwh: np.ndarray
    grid_kg_co2_per_mwh: np.ndarray
    turbines_mw: np.ndarray
    turbine_usd_per_mwh: np.ndarray
    turbine_kg_co2_per_mwh: np.ndarray
    turbine_capex_usd_per_mw: np.ndarray
    battery_mw: np.ndarray
    battery_mwh: np.ndarray
    battery_capex_usd_per_mwh: np.ndarray
    # --- costs and finance
    server_cost_factor: np.ndarray
    maintenance_compute_per_year: np.ndarray  # share of accelerator + server capex per year
    maintenance_network_per_year: np.ndarray  # share of network capex per year
    maintenance_storage_per_year: np.ndarray
    maintenance_facility_per_year: np.ndarray  # building O&M, share of facility capex
    maintenance_power_plant_per_year: np.ndarray  # fixed O&M of turbines and batteries, share of their capex
    staff_count: np.ndarray
    staff_usd_per_year: np.ndarray
    gpu_hours_used_fraction: np.ndarray  # share of installed GPU-hours doing useful work (allocation)
    dep_years_accelerators: np.ndarray
    dep_years_servers: np.ndarray
    dep_years_network: np.ndarray
    dep_years_storage: np.ndarray
    dep_years_facility: np.ndarray
    dep_years_power_plant: np.ndarray
    cost_of_capital: np.ndarray
    horizon_years: np.ndarray
    # --- workload
    params_total: np.ndarray  # parameters (not billions)
    params_active: np.ndarray  # parameters active per token (= total when dense)
    tokens: np.ndarray
    precision_code: np.ndarray  # index into PRECISIONS
    mfu: np.ndarray  # NaN = predicted by engine/performance
    train_gpus: np.ndarray  # NaN = the whole cluster less spares
    checkpoint_bytes: np.ndarray  # NaN = auto (12 bytes per parameter)
    checkpoint_interval_s: np.ndarray  # NaN = auto (Young–Daly)
    restart_s: np.ndarray
    rental_usd_per_gpu_hour: np.ndarray  # NaN = price the run at the cluster's own cost
    # --- reliability
    failures_per_gpu_year: np.ndarray
    spare_fraction: np.ndarray
    # --- added with the fabrics of schema 3; the defaults give the earlier flat fabric
    pool_link_gbps: np.ndarray = math.nan
    pool_price_includes_server: np.ndarray = 0.0
    net_nics_per_node: np.ndarray = math.nan  # scale-out NIC ports per node; NaN = one per accelerator
    net_pod_gpus: np.ndarray = math.nan  # accelerators per pod at the leaf oversubscription; NaN = a pool
    net_pod_oversubscription: np.ndarray = 1.0  # pod bandwidth : its up-links to the layer above pods
    net_rail_optimized: np.ndarray = 1.0  # 1.0: leaves shared across racks; 0.0: leaves in each rack
    net_frontend_gbps_per_node: np.ndarray = 0.0  # front-end (storage, management) network per node
    net_frontend_oversubscription: np.ndarray = 1.0
    net_copper_price_usd: np.ndarray = 0.0  # one copper cable (DAC/ACC) on an accelerator-to-leaf link
    net_copper_power_w: np.ndarray = 0.0
    # --- the model's shape and the run's layout (schema 4; Hugging Face config names); NaN = unknown or auto
    pool_scaleup_gb_per_s: np.ndarray = math.nan
    pool_scaleup_domain: np.ndarray = math.nan
    arch_layers: np.ndarray = math.nan  # num_hidden_layers
    arch_hidden: np.ndarray = math.nan  # hidden_size
    arch_ffn: np.ndarray = math.nan  # intermediate_size (dense layers)
    arch_heads: np.ndarray = math.nan  # num_attention_heads
    arch_kv_heads: np.ndarray = math.nan  # num_key_value_heads (NaN = heads)
    arch_head_dim: np.ndarray = math.nan  # head_dim (NaN = hidden / heads)
    arch_vocab: np.ndarray = math.nan  # vocab_size
    arch_tied: np.ndarray = 0.0  # tie_word_embeddings
    arch_gated: np.ndarray = 1.0  # three-matrix (SwiGLU) MLP
    arch_experts: np.ndarray = math.nan  # n_routed_experts (NaN = dense)
    arch_top_k: np.ndarray = math.nan  # num_experts_per_tok
    arch_moe_ffn: np.ndarray = math.nan  # moe_intermediate_size (NaN = intermediate_size)
    arch_shared_experts: np.ndarray = 0.0  # n_shared_experts
    arch_dense_layers: np.ndarray = 0.0  # first_k_dense_replace
    arch_q_lora_rank: np.ndarray = math.nan  # MLA (DeepSeek): NaN = ordinary attention
    arch_kv_lora_rank: np.ndarray = math.nan
    arch_qk_nope_dim: np.ndarray = math.nan
    arch_qk_rope_dim: np.ndarray = math.nan
    arch_v_head_dim: np.ndarray = math.nan
    seq_length: np.ndarray = math.nan  # training sequence, tokens
    global_batch_tokens: np.ndarray = math.nan  # tokens per optimizer step (NaN = no limit)
    fused_kernels: np.ndarray = 1.0  # 1.0: fused attention (FlashAttention), scores never stored
    par_tp: np.ndarray = math.nan  # layout: NaN = chosen by the search
    par_pp: np.ndarray = math.nan
    par_dp: np.ndarray = math.nan
    par_ep: np.ndarray = math.nan
    par_cp: np.ndarray = math.nan
    par_vpp: np.ndarray = math.nan
    par_mbs: np.ndarray = math.nan  # micro_batch_size, sequences
    par_recompute: np.ndarray = math.nan  # 0 none, 1 selective, 2 full
    par_zero: np.ndarray = math.nan  # ZeRO stage 0-3
    # --- checkpoints (schema 6): 0.0 blocking; 1.0 asynchronous (training stops for the snapshot only)
    checkpoint_async: np.ndarray = 0.0
    checkpoint_snapshot_s: np.ndarray = 0.0  # GPU-to-host snapshot time of an asynchronous checkpoint

    # ------------------------------------------------------------------ helpers
    @functools.cached_property
    def n(self) -> int:
        """Number of scenarios (fields of length 1 stand for all of them). Counted once per
        Inputs (the fields of a frozen Inputs are not replaced); :func:`broadcast` sets it."""
        return max(int(getattr(self, f.name).shape[0]) for f in fields(self))

    def replace(self, **changes) -> Inputs:
        """A copy with some fields replaced; scalars and (N,) arrays are broadcast."""
        return broadcast(dataclasses.replace(self, **changes))

    def row(self, i: int) -> Inputs:
        """Scenario ``i`` alone, as an N = 1 Inputs."""
        out = {}
        for f in fields(self):
            v = getattr(self, f.name)
            out[f.name] = v[i : i + 1] if v.shape[0] > 1 else v
        return Inputs(**out)

    def row_slice(self, rows: slice) -> Inputs:
        """Scenarios ``rows`` (a slice) alone; fields of length 1 stay as they are."""
        out = {}
        for f in fields(self):
            v = getattr(self, f.name)
            out[f.name] = v[rows] if v.shape[0] > 1 else v
        return Inputs(**out)

    def take_rows(self, idx: np.ndarray) -> Inputs:
        """Scenarios ``idx`` (an index array) of a full Inputs; fields of length 1 stay as they are."""
        out = {}
        for f in fields(self):
            v = getattr(self, f.name)
            out[f.name] = v[idx] if v.shape[0] > 1 else v
        return Inputs(**out)

    def repeat(self, n: int) -> Inputs:
        """This N = 1 Inputs repeated ``n`` times (the starting point of a sweep).

        Only the pool counts are materialised; the other fields keep length 1 and stand for
        every row until :meth:`replace` gives them their own values.
        """
        if self.n != 1:
            raise ValueError("repeat() needs a single scenario")
        return dataclasses.replace(self, pool_count=np.repeat(self.pool_count, n, axis=0))

    def full(self) -> Inputs:
        """Every field materialised at its full (N,) or (N, P) shape (read-only views)."""
        n = self.n
        out = {}
        for f in fields(self):
            v = getattr(self, f.name)
            out[f.name] = np.broadcast_to(v, (n,) + v.shape[1:])
        return Inputs(**out)


_BROADCAST = "_broadcast"  # set in the __dict__ of an Inputs that broadcast() made


def broadcast(inputs: Inputs) -> Inputs:
    """Coerce every field to float64 of shape (1 or N,) — or (1 or N, P) for pool fields.

    A field given as a scalar keeps length 1 and stands for every scenario: a Monte Carlo
    run that varies ten inputs over a million rows stores ten million-long arrays, not
    seventy. Numpy's broadcasting does the rest; :func:`evaluate` returns full-length results.

    An Inputs this function returned is returned as it is (it is frozen, so it is still
    broadcast): the engine, :meth:`Inputs.replace` and the analyses call it on every pass.
    """
    if inputs.__dict__.get(_BROADCAST):
        return inputs
    values = {f.name: np.asarray(getattr(inputs, f.name), dtype=np.float64) for f in fields(inputs)}
    n = 1
    p = 1
    for name, v in values.items():
        if v.ndim >= 1:
            n = max(n, v.shape[0])
        if name in POOL_FIELDS and v.ndim == 2:
            p = max(p, v.shape[1])
    out = {}
    for name, v in values.items():
        if name in POOL_FIELDS:
            if v.ndim == 0:
                v = np.full((1, p), float(v))
            elif v.ndim == 1:  # one value per scenario, the same for all its pools
                v = np.repeat(v[:, None], p, axis=1)
            elif v.shape[1] != p:
                if v.shape[1] != 1:
                    raise ValueError(f"{name}: {v.shape[1]} pools where the other fields have {p}")
                v = np.repeat(v, p, axis=1)
        else:
            if v.ndim > 1:
                raise ValueError(f"{name}: expected a scalar or a 1-D array, got shape {v.shape}")
            v = v.reshape(-1) if v.ndim == 1 else v.reshape(1)
        if v.shape[0] not in (1, n):
            raise ValueError(f"{name}: {v.shape[0]} rows where other fields have {n}")
        out[name] = v
    result = Inputs(**out)
    result.__dict__["n"] = n  # the cached Inputs.n
    result.__dict__[_BROADCAST] = True
    return result


def stack(items: list[Inputs]) -> Inputs:
    """Stack several Inputs (each N >= 1) into one, padding pools with empty ones."""
    if not items:
        raise ValueError("stack() needs at least one Inputs")
    items = [broadcast(i).full() for i in items]
    p = max(i.pool_count.shape[1] for i in items)
    out = {}
    for f in fields(Inputs):
        parts = []
        for item in items:
            v = getattr(item, f.name)
            if f.name in POOL_FIELDS and v.shape[1] < p:
                pad = np.zeros((v.shape[0], p - v.shape[1]))
                if f.name != "pool_count":
                    pad[:] = v[:, :1]  # harmless copies; count 0 makes them contribute nothing
                v = np.concatenate([v, pad], axis=1)
            parts.append(v)
        out[f.name] = np.concatenate(parts, axis=0)
    return Inputs(**out)
