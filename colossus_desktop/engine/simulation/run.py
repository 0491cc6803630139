"""Monte Carlo of a training run's interruptions, vectorised over replicas and event batches.

Each replica draws the job's interruptions as a Poisson process in wall-clock time (rate
``Config.rate_per_s``), a class for each (classes.py), and walks the gaps between them in
batches of K events at once (arrays of shape (replicas, K); no Python loop per event):

* after interruption i the job is down for ``wait_i + R``: the wait for a node when the fault
  took one out and no spare is left, then the restart R. A gap shorter than that is all lost.
* the rest of the gap, u, trains in cycles of τ training + b blocking checkpoint time; a
  checkpoint is durable a after its blocking part (asynchronous upload). An unexpected failure
  keeps c = ⌊(u − a) / L⌋ cycles (L = τ + b) and loses the rest (rework). A planned
  interruption checkpoints first (assumption, confidence L) and loses nothing but the restart.
* the run ends in the first gap long enough to finish the remaining work W − C plus its
  checkpoints: wall = start + downtime + (W − C)/v + (⌈(W − C)/(vτ)⌉ − 1)·b.

Spares (wait mode). Node faults return to the pool after the repair time D, repairs in
parallel, first in first out. The j-th node fault finds a node at once when fewer than S are
away; otherwise it waits for the (j − S)-th to return: ready_j = max(t_j, t_{j−S} + D). The job
resumes no earlier than the latest ready time so far. Degraded mode: no wait; with m nodes
short the job runs at v = (dp − m)/dp (one data-parallel replica per missing node, linear
throughput in replicas: assumption, confidence L), m taken at the start of each gap.

ETTR (effective training time ratio, Kokolis et al. 2024: productive time over wall time) is
W / wall for a finished replica, committed work / elapsed time at the cap otherwise. With
exponential failures, blocking checkpoints, no waits and fixed R this is the process behind
Daly's (2006) expected wall time, so the mean ETTR tends to engine/reliability.py's goodput.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from .classes import CLASSES, NEEDS_NODE, PLANNED, class_probabilities
from .config import Config
from .result import LOSS_CAUSES, SimResult, Timeline

#: Elements (replicas x events) drawn per batch: about 30 MB per float64 array.
BATCH_ELEMENTS = 4_000_000
#: Most runs one call simulates.
MAX_RUNS = 100_000


def _spare_buffer(cfg: Config) -> int:
    """How many past node faults the spare logic must remember (0: spares never run short)."""
    if cfg.repair_s <= 0 or (cfg.spare_nodes == math.inf and not cfg.degraded):
        return 0
    node_rate = cfg.rate_per_s * float(class_probabilities(
        cfg.unexpected_per_gpu_year, cfg.planned_per_gpu_year,
        None if cfg.shares is None else list(cfg.shares))[NEEDS_NODE].sum())
    mu = node_rate * cfg.repair_s  # mean nodes away
    ceiling = mu + 10.0 * math.sqrt(mu) + 20.0  # Poisson: never exceeded in practice
    if cfg.spare_nodes >= ceiling:
        return 0
    return int(math.ceil(ceiling)) if cfg.degraded else int(cfg.spare_nodes) + 1


def _done(u: np.ndarray, tau: float, b: float) -> np.ndarray:
    """Training time inside u seconds of cycles (τ training then b checkpoint)."""
    if math.isinf(tau):
        return u
    n = np.floor(u / (tau + b))
    return n * tau + np.minimum(u - n * (tau + b), tau)


def simulate(cfg: Config, runs: int = 1000, seed: int = 1,
             progress: Callable[[int, int], None] | None = None) -> SimResult:
    """Simulate ``runs`` replicas of the run ``cfg`` with ``np.random.default_rng(seed)``.

    Returns a :class:`SimResult` (arrays of shape (runs,), interruptions (runs, 6) in
    :data:`CLASSES` order, lost seconds by :data:`LOSS_CAUSES`, replica 0's timeline).
    ``progress(done_seconds, total_seconds)`` is called after each batch (simulated wall time
    of the slowest replica against the cap) and may raise to stop. Raises ValueError for a
    runs count outside 1..MAX_RUNS.
    """
    if not 1 <= runs <= MAX_RUNS or int(runs) != runs:
        raise ValueError(f"runs must be a whole number from 1 to {MAX_RUNS:,} (got {runs!r})")
    rng = np.random.default_rng(seed)
    rng_tl = np.random.default_rng([seed, 1])  # classes drawn after the fact (no spare logic)
    rate = cfg.rate_per_s
    W, R, b, a, D, S = cfg.work_s, cfg.restart_s, cfg.checkpoint_blocking_s, cfg.checkpoint_lag_s, cfg.repair_s, cfg.spare_nodes
    L = cfg.cycle_s
    tau = L - b if math.isfinite(cfg.checkpoint_interval_s) else math.inf
    cap = cfg.wall_cap_s
    probs = np.cumsum(class_probabilities(cfg.unexpected_per_gpu_year, cfg.planned_per_gpu_year,
                                          None if cfg.shares is None else list(cfg.shares)))
    B = _spare_buffer(cfg)

    wall = np.full(runs, np.nan)
    elapsed = np.zeros(runs)
    useful = np.zeros(runs)
    finished = np.zeros(runs, bool)
    counts = np.zeros((runs, len(CLASSES)), np.int64)
    lost = {k: np.zeros(runs) for k in LOSS_CAUSES}
    t0, C = np.zeros(runs), np.zeros(runs)
    d_next, wait_next, v_next = np.zeros(runs), np.zeros(runs), np.ones(runs)
    ready = np.full(runs, -np.inf)
    buf = np.full((runs, B), -np.inf)
    tl = Timeline.empty()
    active = np.ones(runs, bool)

    if rate == 0:  # no failures: every replica ends after its checkpoints
        T = W + (max(math.ceil(W / tau) - 1, 0) * b if math.isfinite(tau) else 0.0)
        wall[:] = min(T, cap) if T <= cap else np.nan
        finished[:] = T <= cap
        useful[:] = W if T <= cap else _done(np.array(cap), tau, b)
        elapsed[:] = min(T, cap)
        lost["checkpoint"][:] = elapsed - useful
        tl = Timeline.clean(W, T, tau, b, cap)
        return SimResult(cfg, seed, wall, elapsed, useful, finished, counts, lost, tl)

    mean_gap = 1.0 / rate
    p_cls = class_probabilities(cfg.unexpected_per_gpu_year, cfg.planned_per_gpu_year,
                                None if cfg.shares is None else list(cfg.shares))
    per_event = B > 0  # classes drawn per event only when spares can run short
    p_planned = p_cls[PLANNED]
    finite_tau = math.isfinite(tau)
    n_events = np.zeros(runs, np.int64)
    n_planned = np.zeros(runs, np.int64)
    guess = _events_guess(cfg, rate, tau, b, L)
    while active.any():
        idx = np.flatnonzero(active)
        r = idx.size
        left = float(np.max(W - C[idx])) / W * guess
        K = int(np.clip(1.2 * left + 4.0 * math.sqrt(left) + 16, 16, max(16, BATCH_ELEMENTS // r)))
        g = rng.exponential(mean_gap, (r, K))
        cg = np.cumsum(g, axis=1)
        t_end = t0[idx, None] + cg
        if per_event:
            cls = np.searchsorted(probs, rng.random((r, K)), side="right").clip(0, len(CLASSES) - 1)
            planned = cls == PLANNED
            wait_after, v_after = _spares(cfg, cls, t_end, buf, ready, idx, B, S, D)
            w = np.concatenate([wait_next[idx, None], wait_after[:, :-1]], axis=1)
            d = R + w
            d[:, 0] = d_next[idx]
            v = np.concatenate([v_next[idx, None], v_after[:, :-1]], axis=1)
            u = np.maximum(g - d, 0.0)
        else:
            cls = None
            planned = rng.random((r, K)) < p_planned if p_planned > 0 else None
            u = g - R
            u[:, 0] = g[:, 0] - d_next[idx]
            np.maximum(u, 0.0, out=u)
            v = 1.0
        if finite_tau:
            kept = u - a
            kept *= 1.0 / L
            np.floor(kept, out=kept)
            np.maximum(kept, 0.0, out=kept)
            trained = kept * tau
            ck = kept * b
            if planned is not None:
                done = _done(u, tau, b)
                trained = np.where(planned, done, trained)
                ck = np.where(planned, u - done, ck)
        else:
            trained = np.where(planned, u, 0.0) if planned is not None else np.zeros_like(u)
            ck = np.zeros_like(u)
        commit = trained * v if per_event else trained
        c_commit = np.cumsum(commit, axis=1)
        C_before = c_commit - commit
        C_before += C[idx, None]
        # finishing needs u·v >= W - C: test that cheaply, then the exact rule on the few candidates
        cand_r, cand_c = np.nonzero(u * v + C_before >= W if per_event else u + C_before >= W)
        fin_col = np.full(r, K)
        if cand_r.size:
            rem = W - C_before[cand_r, cand_c]
            vc = v[cand_r, cand_c] if per_event else 1.0
            with np.errstate(divide="ignore", invalid="ignore"):
                n_ck = np.maximum(np.ceil(rem / (vc * tau)) - 1.0, 0.0) if finite_tau else 0.0
                T = np.where(vc > 0, rem / vc + n_ck * b, np.inf)
            ok = u[cand_r, cand_c] >= T
            rr, first = np.unique(cand_r[ok], return_index=True)
            fin_col[rr] = cand_c[ok][first]
        cap_col = (t_end < cap).sum(1)
        capped = cap_col < fin_col
        stop = np.minimum(fin_col, cap_col)
        rows = np.arange(r)
        n_events[idx] += np.minimum(stop, K)
        if planned is not None:
            n_planned[idx] += (planned & (np.arange(K)[None, :] < stop[:, None])).sum(1)
        if per_event:
            ev = np.arange(K)[None, :] < stop[:, None]
            for j in range(len(CLASSES)):
                counts[idx, j] += (ev & (cls == j)).sum(1)
            w_l = np.minimum(g, w)
            lost["wait"][idx] += (w_l * ev).sum(1)
            lost["restart"][idx] += ((g - u - w_l) * ev).sum(1)
            lost["checkpoint"][idx] += (ck * ev).sum(1)
            lost["rework"][idx] += ((u - trained - ck) * ev).sum(1)
            lost["degraded"][idx] += ((trained - commit) * ev).sum(1)
        else:
            lastev = stop - 1
            has = lastev >= 0
            lv = np.where(has, lastev, 0)

            def upto(arr):
                return np.where(has, np.cumsum(arr, axis=1)[rows, lv], 0.0)

            sg, su, st, sc = np.where(has, cg[rows, lv], 0.0), upto(u), np.where(has, c_commit[rows, lv], 0.0), upto(ck)
            lost["restart"][idx] += sg - su
            lost["checkpoint"][idx] += sc
            lost["rework"][idx] += su - st - sc
        last = np.minimum(stop, K - 1)
        ts = t_end[rows, last] - g[rows, last]
        uu = u[rows, last]
        dd = g[rows, last] - uu if not per_event else d[rows, last]
        ww = w[rows, last] if per_event else np.zeros(r)
        vv = v[rows, last] if per_event else np.ones(r)
        Cl = C_before[rows, last]
        # a replica that finishes in gap `stop`
        f = (stop < K) & ~capped
        fi = idx[f]
        rf = W - Cl[f]
        with np.errstate(divide="ignore", invalid="ignore"):
            nf = np.maximum(np.ceil(rf / (vv[f] * tau)) - 1.0, 0.0) if finite_tau else 0.0
        Tf = rf / vv[f] + nf * b
        dd_f = dd[f]
        if not per_event:  # the finishing gap's downtime is the restart (or the first gap's none)
            dd_f = np.where(np.minimum(stop, K - 1)[f] == 0, d_next[fi], R)
        wall[fi] = ts[f] + dd_f + Tf
        elapsed[fi] = wall[fi]
        useful[fi] = W
        finished[fi] = True
        lost["wait"][fi] += ww[f]
        lost["restart"][fi] += dd_f - ww[f]
        lost["degraded"][fi] += rf / vv[f] - rf
        lost["checkpoint"][fi] += Tf - rf / vv[f]
        # a replica stopped by the cap in gap `stop`: the work done so far counts
        ci = idx[capped]
        gc = cap - ts[capped]
        dcap = np.where(last[capped] == 0, d_next[ci], R + ww[capped]) if not per_event else dd[capped]
        wc = np.minimum(gc, ww[capped])
        rc = np.minimum(gc - wc, dcap - ww[capped])
        uc = np.maximum(gc - dcap, 0.0)
        tc = _done(uc, tau, b)
        elapsed[ci] = cap
        useful[ci] = Cl[capped] + vv[capped] * tc
        lost["wait"][ci] += wc
        lost["restart"][ci] += rc
        lost["checkpoint"][ci] += uc - tc
        lost["degraded"][ci] += (1.0 - vv[capped]) * tc
        if idx[0] == 0:
            k = int(stop[0])
            k1 = min(k + 1, K)
            d0 = (g[0] - u[0]) if not per_event else d[0]
            if not per_event and k < K:  # the last gap may be longer than its downtime + work
                d0 = d0.copy()
                d0[k] = d_next[0] if k == 0 else R
            v0 = v[0] if per_event else np.ones(K)
            c0 = cls[0, :k] if per_event else _classes_of(rng_tl, p_cls, planned[0, :k] if planned is not None else None, k)
            tl.add(ts_row(t_end[0], g[0])[:k1], g[0, :k1], d0[:k1], v0[:k1], c0, C_before[0, :k1], commit[0, :k],
                   u[0, :k1], tau, b, a, L, W, cap, finished[0], float(wall[0]) if finished[0] else cap)
        go = stop >= K
        gi = idx[go]
        t0[gi] = t_end[go, -1]
        C[gi] = c_commit[go, -1] + C[gi]
        if per_event:
            d_next[gi], wait_next[gi], v_next[gi] = R + wait_after[go, -1], wait_after[go, -1], v_after[go, -1]
        else:
            d_next[gi] = R
        active[idx[~go]] = False
        if progress is not None:
            progress(int(min(cap, t0[active].min() if active.any() else cap)), int(cap))
    if not per_event:
        unexpected = n_events - n_planned
        p_u = p_cls[:PLANNED] / p_cls[:PLANNED].sum() if p_cls[:PLANNED].sum() > 0 else np.full(PLANNED, 1.0 / PLANNED)
        counts[:, :PLANNED] = rng_tl.multinomial(unexpected, p_u)
        counts[:, PLANNED] = n_planned
    return SimResult(cfg, seed, wall, elapsed, useful, finished, counts, lost, tl)


def _spares(cfg, cls, t_end, buf, ready, idx, B, S, D):
    """Per event (r, K): the wait for a node after it, and the speed after it (degraded mode).
    Updates ``buf`` (the last B node-fault times per replica) and ``ready`` in place."""
    r, K = cls.shape
    if B == 0:
        return np.zeros((r, K)), np.ones((r, K))
    hw = NEEDS_NODE[cls]
    order = np.argsort(~hw, axis=1, kind="stable")  # node faults first, in time order
    nh = hw.sum(1)
    th = np.take_along_axis(t_end, order, axis=1)
    th[np.arange(K)[None, :] >= nh[:, None]] = np.inf
    comb = np.concatenate([buf[idx], th], axis=1)  # (r, B + K), each row ascending
    keep = np.take_along_axis(comb, nh[:, None] + np.arange(B)[None, :], axis=1)
    buf[idx] = keep
    if not cfg.degraded:
        back = comb[:, B - int(S) - 1 + 1: B - int(S) + K] if S < B else np.full((r, K), -np.inf)
        rdy = np.where(np.isfinite(th), np.maximum(th, back + D), -np.inf)
        ev = np.full((r, K), -np.inf)
        np.put_along_axis(ev, order, rdy, axis=1)
        run = np.maximum.accumulate(np.concatenate([ready[idx, None], ev], axis=1), axis=1)[:, 1:]
        ready[idx] = run[:, -1]
        return np.maximum(run - t_end, 0.0), np.ones((r, K))
    top = float(np.nanmax(np.where(np.isfinite(comb), comb, -np.inf))) if np.isfinite(comb).any() else 0.0
    hi = max(top, float(t_end.max())) + D + 2.0
    span = hi + D + 2.0
    flat = np.where(np.isposinf(comb), hi, np.where(np.isneginf(comb), -D - 1.0, comb))
    off = np.arange(r)[:, None] * (2.0 * span)
    flat = (flat + off).ravel()
    away = (np.searchsorted(flat, (t_end + off).ravel(), "right")
            - np.searchsorted(flat, (t_end - D + off).ravel(), "right")).reshape(r, K)
    missing = np.maximum(away - S, 0.0)
    return np.zeros((r, K)), np.clip((cfg.dp - missing) / cfg.dp, 0.0, 1.0)


def ts_row(t_end: np.ndarray, g: np.ndarray) -> np.ndarray:
    return t_end - g


def _classes_of(rng, p_cls, planned, k):
    """Classes of replica 0's k interruptions when they were not drawn per event."""
    p_u = p_cls[:PLANNED] / p_cls[:PLANNED].sum() if p_cls[:PLANNED].sum() > 0 else np.full(PLANNED, 1.0 / PLANNED)
    c = rng.choice(PLANNED, size=k, p=p_u)
    return np.where(planned, PLANNED, c) if planned is not None else c


def _events_guess(cfg: Config, rate: float, tau: float, b: float, L: float) -> float:
    """Expected interruptions of a run (Daly's expected wall time x rate), for batch sizes."""
    m = 1.0 / rate
    if not math.isfinite(tau):
        return rate * cfg.work_s * 2.0
    with np.errstate(over="ignore"):
        seg = m * math.exp(min(cfg.restart_s / m, 700.0)) * math.expm1(min(L / m, 700.0))
    wall = min(cfg.work_s * seg / tau, cfg.wall_cap_s)
    return rate * wall
