"""Layout search: every candidate layout of each scenario evaluated in one vectorised call.

Candidates are the products of tp ∈ 1…64, pp ∈ 1…128, cp (long sequences only), ep (MoE only),
interleaving v ∈ {1, 2, 4}, micro-batch ∈ {1, 2, 4} and recompute ∈ {none, selective, full}
(plus any value the scenario fixes); dp is the largest replica count the accelerators hold,
⌊n / (tp·pp·cp)⌋ or less, that splits the batch into whole micro-batches (the rest idle, flagged). A layout is valid when tp fits the
scale-up domain (and divides it: a TP group never straddles two domains) and divides the heads, pp ≤ layers (v·pp ≤ layers when interleaved), ep divides
the experts and the data-parallel ranks (dp·cp), the batch splits into whole micro-batches
for every data-parallel replica, and the heaviest stage fits in memory (engine/performance/memory.py). The best
layout maximises model FLOPs per second; without a global batch each pipeline gets 8·pp
micro-batches [assumption: a batch large enough to keep the bubble small, as Megatron-LM
recommends m ≫ pp].
"""

from __future__ import annotations

import itertools

import numpy as np

from .memory import USABLE_HBM_FRACTION, memory_per_gpu
from .step import step_terms

FIELDS = ("tp", "pp", "cp", "ep", "vpp", "mbs", "recompute", "zero")
BASE = {
    "tp": (1, 2, 4, 8, 16, 32, 64),
    "pp": (1, 2, 4, 8, 12, 16, 24, 32, 48, 64, 96, 128),
    "cp": (1,),
    "ep": (1,),
    "vpp": (1, 2, 4),
    "mbs": (1, 2, 4),
    "recompute": (0, 1, 2),
    "zero": (1,),
}
LONG_SEQUENCE = 32_768  # context parallelism is tried from this length on
MAX_CELLS = 400_000  # rows × layouts evaluated at once
TOP = 4  # the chosen layout and three alternatives


def candidates(inp) -> dict[str, np.ndarray]:
    """(M,) arrays of candidate layouts for every row of ``inp`` (the union of what each needs)."""
    opts = {k: set(v) for k, v in BASE.items()}
    if np.any(inp.seq_length >= LONG_SEQUENCE):
        opts["cp"] |= {2, 4, 8, 16, 32}
    if np.any(~np.isnan(inp.arch_experts)):
        opts["ep"] |= {2, 4, 8, 16, 32, 64, 128, 256}
    fixed = {"tp": inp.par_tp, "pp": inp.par_pp, "cp": inp.par_cp, "ep": inp.par_ep, "vpp": inp.par_vpp,
             "mbs": inp.par_mbs, "recompute": inp.par_recompute, "zero": inp.par_zero}
    for key, values in fixed.items():
        given = np.unique(values[~np.isnan(values)])
        if given.size and not np.isnan(values).any():  # every row fixes it: only those values
            opts[key] = {float(v) for v in given}
        else:
            opts[key] |= {float(v) for v in given}
    grid = list(itertools.product(*(sorted(opts[k]) for k in FIELDS)))
    arr = np.array(grid, dtype=float)
    return {k: arr[:, i] for i, k in enumerate(FIELDS)}


def evaluate_layouts(inp, sh: dict, hw: dict, n_gpus: np.ndarray, cand: dict) -> dict[str, np.ndarray]:
    """Step terms, memory and validity of every candidate for rows ``inp`` (N, M arrays)."""
    lay = {k: v[None, :] for k, v in cand.items()}
    pp, tp, cp, ep, vpp, mbs = lay["pp"], lay["tp"], lay["cp"], lay["ep"], lay["vpp"], lay["mbs"]
    col = lambda v: v[:, None]
    dp_fixed = col(inp.par_dp)
    layers = col(sh["dense_layers"] + sh["moe_layers"])
    s = col(inp.seq_length)
    batch = col(inp.global_batch_tokens)
    most = np.floor(col(n_gpus) / (tp * pp * cp))  # replicas the accelerators hold
    dp = np.where(np.isnan(dp_fixed), _replicas(np.floor(batch / s + 1e-9) / mbs, most), dp_fixed)
    lay["dp"] = dp
    tokens = np.where(np.isnan(batch), s * dp * mbs * 8.0 * pp * vpp, batch)
    valid = (dp >= 1) & (tp * pp * cp * dp <= col(n_gpus))
    # a TP group stays inside one NVLink domain: the domain splits into whole groups (72 → 1…8, 9…)
    valid &= (tp <= hw["scaleup_domain"]) & (np.mod(hw["scaleup_domain"], tp) == 0)
    valid &= np.mod(col(inp.arch_heads), tp) == 0
    valid &= (pp <= layers) & ((vpp == 1) | ((pp > 1) & (pp * vpp <= layers)))
    valid &= tokens >= s * dp * mbs
    sequences = np.floor(tokens / s + 1e-9)
    valid &= np.where(np.isnan(batch), True, np.mod(sequences, dp * mbs) == 0)  # whole micro-batches per replica
    valid &= np.mod(s, cp) == 0
    experts = col(inp.arch_experts)
    valid &= np.where(np.isnan(experts), ep == 1, (np.mod(experts, ep) == 0) & (ep <= dp * cp))
    for key, fixed in (("tp", inp.par_tp), ("pp", inp.par_pp), ("cp", inp.par_cp), ("ep", inp.par_ep),
                       ("vpp", inp.par_vpp), ("mbs", inp.par_mbs), ("recompute", inp.par_recompute),
                       ("zero", inp.par_zero)):
        valid &= np.isnan(col(fixed)) | (lay[key] == col(fixed))
    mem = memory_per_gpu(_cols(inp), {k: col(v) for k, v in sh.items()}, tp, pp, dp, ep, cp, vpp, mbs,
                         lay["recompute"], lay["zero"])
    fits = mem["total"] <= hw["hbm_bytes"] * USABLE_HBM_FRACTION
    terms = step_terms(inp, sh, hw, lay, tokens)
    flops_per_s = col(sh["flops_per_token_model"]) * tokens / terms["step_time_s"]
    return {**terms, **{k: np.broadcast_to(v, flops_per_s.shape) for k, v in lay.items()},
            "memory_bytes": mem["total"], "memory_states_bytes": mem["states"],
            "memory_activations_bytes": mem["activations"], "valid": valid, "fits": fits & valid,
            "model_flops_per_s": np.where(valid & fits, flops_per_s, -np.inf),
            "model_flops_per_s_any": np.where(valid, flops_per_s, -np.inf), "tokens_per_step": tokens}


DIVISOR_STEPS = 64  # how far below the most replicas the search looks for one that divides the batch
DIVISOR_BLOCK = 4096  # distinct (micro-batches, first quotient) pairs tried at once: 4096 × 64 cells


def _replicas(micro_batches: np.ndarray, most: np.ndarray) -> np.ndarray:
    """Data-parallel replicas: the most the accelerators hold (``most``) when the batch is open
    (NaN), else the largest count not above it that splits ``micro_batches`` evenly (1 when no
    divisor lies within DIVISOR_STEPS quotients): ``q / k`` for the smallest ``k`` from
    ``ceil(q / most)`` on that divides ``q = floor(micro_batches)``.

    Cells share few (q, first k) pairs (a row's batch and micro-batch size; a layout's tp·pp·cp:
    194 pairs among DeepSeek-V3's 48 × 84 sweep cells), so each pair is solved once, its 64
    quotients tried in one array operation. (A loop over the quotients for every cell took
    6.4 ms of that scenario's 25 ms evaluation; this takes 0.8 ms. Same results:
    tests/engine/test_replicas.py checks them against that loop.)"""
    open_batch = np.isnan(micro_batches)
    # An open batch takes ``most`` below; it must not reach np.mod as NaN, where each np.mod
    # takes libm's slow path (1.5 s for 48 x 2268 layouts, every edit of such a scenario).
    q = np.where(open_batch, 1.0, np.floor(micro_batches))
    k = np.ceil(q / np.fmax(most, 1.0))  # fmax: a NaN ``most`` counts as 1, not NaN
    shape = np.broadcast(q, most).shape
    open_everywhere = np.broadcast_to(open_batch, shape)
    if open_everywhere.all():
        return np.where(open_batch, most, 1.0)
    cells = np.flatnonzero(~open_everywhere)
    qc = np.broadcast_to(q, shape).reshape(-1)[cells]
    kc = np.broadcast_to(k, shape).reshape(-1)[cells]
    order = np.lexsort((kc, qc))  # equal pairs side by side (np.unique would import numpy.ma)
    qs, ks = qc[order], kc[order]
    first = np.ones(qs.size, dtype=bool)
    first[1:] = (qs[1:] != qs[:-1]) | (ks[1:] != ks[:-1])
    pair = np.empty(qs.size, dtype=np.intp)
    pair[order] = np.cumsum(first) - 1
    uq, uk = qs[first], ks[first]
    found = np.full(uq.size, np.nan)
    steps = np.arange(DIVISOR_STEPS, dtype=float)
    for lo in range(0, uq.size, DIVISOR_BLOCK):
        block = slice(lo, lo + DIVISOR_BLOCK)
        quotients = uk[block, None] + steps  # (pairs, DIVISOR_STEPS)
        with np.errstate(invalid="ignore", divide="ignore"):
            hit = (np.mod(uq[block, None], quotients) == 0) & (quotients >= 1)
            smallest = quotients[np.arange(quotients.shape[0]), hit.argmax(axis=1)]
            found[block] = np.where(hit.any(axis=1), uq[block] / smallest, np.nan)
    best = np.full(open_everywhere.size, np.nan)
    best[cells] = found[pair]
    best = best.reshape(shape)
    return np.where(open_batch, most, np.where(np.isnan(best), 1.0, best))


class _Cols:
    """``inp`` with every (N,) field seen as (N, 1), for formulas written per row."""

    def __init__(self, inp):
        self._inp = inp

    def __getattr__(self, name):
        v = getattr(self._inp, name)
        return v[:, None] if isinstance(v, np.ndarray) and v.ndim == 1 else v


def _cols(inp):
    return _Cols(inp)


def best_layouts(inp, sh: dict, hw: dict, n_gpus: np.ndarray, top: int = TOP) -> dict[str, np.ndarray]:
    """The ``top`` best layouts of each row, best first: (N, top) arrays of every key of
    :func:`evaluate_layouts` (NaN where fewer valid layouts exist), plus ``any_fits``,
    ``any_valid`` (N,): some valid layout fits in memory; some layout is valid at all; and
    ``memory_min_bytes``, the leanest valid layout's memory.

    Rows are searched in groups that need the same candidates (dense or MoE, short or long
    sequences, the same fixed degrees), so a batch of mixed scenarios does not give every row the
    union of all candidates; each group is cut into chunks of at most MAX_CELLS rows × layouts."""
    n = inp.n
    sh = {k: np.broadcast_to(v, (n,) + np.shape(v)[1:]) for k, v in sh.items()}
    hw = {k: np.broadcast_to(v, (n,) + np.shape(v)[1:]) for k, v in hw.items()}
    n_gpus = np.broadcast_to(n_gpus, (n,))
    full = inp.full()
    keys = np.stack([np.isnan(full.arch_experts), full.seq_length >= LONG_SEQUENCE,
                     *(np.nan_to_num(getattr(full, f), nan=-1.0) for f in
                       ("par_tp", "par_pp", "par_cp", "par_ep", "par_vpp", "par_mbs", "par_recompute", "par_zero"))],
                    axis=1).astype(float)
    if np.all(keys == keys[:1]):  # one group (a sweep or Monte Carlo run of one scenario): no sort
        return _search_rows(full, sh, hw, n_gpus, top)
    _, group = np.unique(keys, axis=0, return_inverse=True)
    out: dict[str, np.ndarray] = {}
    for g in np.unique(group):
        idx = np.flatnonzero(group == g)
        part = _search_rows(full.take_rows(idx), {k: v[idx] for k, v in sh.items()},
                            {k: v[idx] for k, v in hw.items()}, n_gpus[idx], top)
        for k, v in part.items():
            if k not in out:
                out[k] = np.full((n,) + v.shape[1:], np.nan)
            out[k][idx] = v
    return out


def _pad_nan(v: np.ndarray, width: int) -> np.ndarray:
    """(N, w) → (N, width) with NaN columns on the right (np.pad, without its overhead)."""
    out = np.full((v.shape[0], width), np.nan)
    out[:, : v.shape[1]] = v
    return out


def _search_rows(inp, sh: dict, hw: dict, n_gpus: np.ndarray, top: int) -> dict[str, np.ndarray]:
    cand = candidates(inp)
    m = len(cand["tp"])
    n = len(n_gpus)
    rows_per_chunk = max(1, MAX_CELLS // max(m, 1))
    parts = []
    for start in range(0, n, rows_per_chunk):
        rows = slice(start, min(n, start + rows_per_chunk))
        sub = inp.row_slice(rows)
        with np.errstate(divide="ignore", invalid="ignore"):
            res = evaluate_layouts(sub, {k: v[rows] for k, v in sh.items()},
                                   {k: v[rows] for k, v in hw.items()}, n_gpus[rows], cand)
        score = np.where(np.isfinite(res["model_flops_per_s"]), res["model_flops_per_s"], -np.inf)
        fallback = res["model_flops_per_s_any"]  # nothing fits: the least bad layout, for the report
        any_fits = np.isfinite(score).any(axis=1)
        ranking = np.where(any_fits[:, None], score, fallback)
        order = np.argsort(-ranking, axis=1, kind="stable")[:, :top]
        picked = {k: np.take_along_axis(np.asarray(v, dtype=float), order, axis=1) for k, v in res.items()
                  if np.ndim(v) == 2}
        good = np.take_along_axis(ranking, order, axis=1) > -np.inf
        picked = {k: np.where(good, v, np.nan) for k, v in picked.items()}
        if picked["tp"].shape[1] < top:  # fewer candidates than asked: pad with NaN
            picked = {k: _pad_nan(v, top) for k, v in picked.items()}
        picked["any_fits"] = any_fits.astype(float)
        picked["any_valid"] = np.isfinite(fallback).any(axis=1).astype(float)
        lean = np.where(res["valid"], res["memory_bytes"], np.inf).min(axis=1)  # the leanest valid layout
        picked["memory_min_bytes"] = np.where(np.isfinite(lean), lean, np.nan)
        parts.append(picked)
    if len(parts) == 1:
        return parts[0]
    return {k: np.concatenate([p[k] for p in parts], axis=0) for k in parts[0]}
