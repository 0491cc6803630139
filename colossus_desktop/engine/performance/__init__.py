"""Predicted throughput: a transformer's FLOPs and memory, and the step time of its best
training layout on the scenario's cluster (one module per concern: shape, memory, step,
search). Pure numpy, vectorised over scenarios and layouts.

The MFU a scenario gives is an override: empty, it is predicted as

    MFU = model FLOPs per step / (step time × n × peak)

for the best layout found (n: the accelerators the run uses, peak: their dense peak at the
run's precision). Without a complete model shape nothing can be predicted: the MFU is then
NaN unless given, and the run has no duration (engine/training.py; a flag says why).
"""

from __future__ import annotations

import numpy as np

from .search import TOP, best_layouts
from .shape import shape
from .step import ETA_MAX

LAYOUT_KEYS = ("tp", "pp", "dp", "ep", "cp", "vpp", "mbs", "recompute", "zero")
TERMS = ("compute_s", "recompute_s", "tp_s", "bubble_s", "dp_s", "ep_s", "cp_s")


def _pool_mean(inp, values: np.ndarray) -> np.ndarray:
    count = inp.pool_count
    total = count.sum(axis=1)
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(total > 0, (count * np.nan_to_num(values)).sum(axis=1) / total, np.nan)


def hardware(inp, comp: dict) -> dict[str, np.ndarray]:
    """(N, 1) figures of the run's accelerators and network the step-time model needs."""
    accelerators = comp["accelerators"]
    with np.errstate(invalid="ignore", divide="ignore"):
        peak = np.where(accelerators > 0, comp["peak_workload_pflops"] * 1e15 / accelerators, np.nan)
    present = inp.pool_count > 0
    domain = np.where(present, np.nan_to_num(inp.pool_scaleup_domain, nan=8.0), np.inf).min(axis=1)
    domain = np.where(np.isfinite(domain), domain, 8.0)
    up = _pool_mean(inp, np.broadcast_to(inp.pool_scaleup_gb_per_s, inp.pool_count.shape)) * 1e9 / 2.0
    link = np.where(np.isnan(inp.net_link_gbps), _pool_mean(inp, np.broadcast_to(inp.pool_link_gbps, inp.pool_count.shape)),
                    inp.net_link_gbps)
    out = link * 1e9 / 8.0 / np.maximum(inp.net_oversubscription, 1.0)
    hbm = _pool_mean(inp, np.broadcast_to(inp.pool_hbm_gb, inp.pool_count.shape)) * 1e9
    hbm_bw = _pool_mean(inp, np.broadcast_to(inp.pool_hbm_tbps, inp.pool_count.shape)) * 1e12
    code = np.clip(np.round(inp.precision_code), 0, 2).astype(int)
    eta = np.array([ETA_MAX[0], ETA_MAX[1], ETA_MAX[2]])[code]
    pod = np.where(np.isnan(inp.net_pod_gpus), np.inf, inp.net_pod_gpus)
    n = inp.n
    col = lambda v: np.broadcast_to(np.asarray(v, dtype=float), (n,))[:, None]
    return {"peak_flops": col(peak), "scaleup_domain": col(domain), "scaleup_bytes_per_s": col(np.maximum(up, 1.0)),
            "scaleout_bytes_per_s": col(np.maximum(out, 1.0)), "hbm_bytes": col(hbm), "eta_max": col(eta),
            "hbm_bytes_per_s": col(np.maximum(hbm_bw, 1.0)),
            "pod_gpus": col(pod), "pod_oversubscription": col(np.maximum(inp.net_pod_oversubscription, 1.0))}


def predict_throughput(inp, comp: dict, train_gpus: np.ndarray) -> dict[str, np.ndarray]:
    """The run's model FLOPs per token, predicted MFU, chosen layout, step time and its terms,
    memory per GPU and fit: (N,) arrays, and (N, TOP) for the best layouts (``top_*``)."""
    n = inp.n
    sh = shape(inp)
    sh = {k: np.broadcast_to(v, (n,)) for k, v in sh.items()}
    complete = (sh["complete"] > 0.5) & ~np.isnan(inp.seq_length)
    hw = hardware(inp, comp)
    n_gpus = np.floor(np.broadcast_to(train_gpus, (n,)) + 1e-6)  # 416 × (1 − 0.077) is 383.99…, not 383
    out = {"shape": sh, "complete": complete}
    if complete.any():
        best = best_layouts(inp, sh, hw, n_gpus)
    else:
        best = None
    nan = np.full(n, np.nan)
    if best is None:
        first, top = (lambda k: nan), (lambda k: np.full((n, TOP), np.nan))
    elif complete.all():  # every row has a shape (a sweep or Monte Carlo run): nothing to blank
        first, top = (lambda k: best[k][:, 0]), (lambda k: best[k])
    else:
        first = lambda k: np.where(complete, best[k][:, 0], np.nan)  # noqa: E731
        top = lambda k: np.where(complete[:, None], best[k], np.nan)  # noqa: E731
    flops = first("model_flops_per_s")
    with np.errstate(invalid="ignore", divide="ignore"):
        mfu = flops / (n_gpus * hw["peak_flops"][:, 0])
    fits = np.where(complete, best["any_fits"] > 0.5, True) if best is not None else np.ones(n, bool)
    valid = np.where(complete, best["any_valid"] > 0.5, True) if best is not None else np.ones(n, bool)
    # why no layout is valid, for the words: a fixed TP the NVLink domain or the heads cannot take,
    # or a fixed layout larger than the run's accelerators
    tp = inp.par_tp
    domain = hw["scaleup_domain"][:, 0]
    tp_bad = ~np.isnan(tp) & ((tp > domain) | (np.mod(domain, np.nan_to_num(tp, nan=1.0)) != 0)
                              | (np.mod(inp.arch_heads, np.nan_to_num(tp, nan=1.0)) != 0))
    fixed = [np.nan_to_num(v, nan=1.0) for v in (inp.par_tp, inp.par_pp, inp.par_cp, inp.par_dp)]
    needed = fixed[0] * fixed[1] * fixed[2] * fixed[3]
    used = first("tp") * first("pp") * first("dp") * first("cp")
    out.update({
        "tp_outside_domain": np.where(complete & ~valid & tp_bad, tp, np.nan),
        "layout_gpus_needed": np.where(complete & ~valid & ~tp_bad & (needed > n_gpus), needed, np.nan),
        "scaleup_domain": domain,
        "gpus_used": used,
        "mfu_predicted": np.where(fits, mfu, np.nan),
        "fits": fits,
        "valid": valid,
        "layout": {k: first(k) for k in LAYOUT_KEYS},
        "step_time_s": first("step_time_s"),
        "terms": {k: first(k) for k in TERMS},
        "memory_gb_per_gpu": first("memory_bytes") / 1e9,
        "memory_min_gb_per_gpu": (np.where(complete, best["memory_min_bytes"], np.nan) if best is not None else nan) / 1e9,
        "memory_states_gb_per_gpu": first("memory_states_bytes") / 1e9,
        "memory_activations_gb_per_gpu": first("memory_activations_bytes") / 1e9,
        "hbm_gb_per_gpu": hw["hbm_bytes"][:, 0] / 1e9,
        "tokens_per_step": first("tokens_per_step"),
        "top": {**{k: top(k) for k in LAYOUT_KEYS + TERMS}, "step_time_s": top("step_time_s"),
                "model_flops_per_s": top("model_flops_per_s_any")},
    })
    return out
