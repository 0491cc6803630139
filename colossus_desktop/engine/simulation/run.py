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

Spares: node faults wait for a spare or a repaired node, or run degraded (spares.py).
Restart times are lognormal draws per interruption (times.py; σ = 0: fixed).

ETTR (effective training time ratio, Kokolis et al. 2024: productive time over wall time) is
W / wall for a finished replica, committed work / elapsed time at the cap otherwise. With
exponential failures, blocking checkpoints, no waits and fixed R this is the process behind
Daly's (2006) expected wall time, so the mean ETTR tends to engine/reliability.py's goodput.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from .aggregate import simulate_totals
from .classes import CLASSES, PLANNED, class_probabilities
from .config import Config
from .result import LOSS_CAUSES, SimResult, Timeline
from .spares import SpareState, spare_buffer, spares
from .times import draw

#: Elements (replicas x events) drawn per batch: about 30 MB per float64 array.
BATCH_ELEMENTS = 4_000_000
#: Most runs one call simulates.
MAX_RUNS = 100_000


def _done(u: np.ndarray, tau: float, b: float) -> np.ndarray:
    """Training time inside u seconds of cycles (τ training then b checkpoint)."""
    if math.isinf(tau):
        return u
    n = np.floor(u / (tau + b))
    return n * tau + np.minimum(u - n * (tau + b), tau)


def simulate(cfg: Config, runs: int = 1000, seed: int = 1,
             progress: Callable[[int, int], None] | None = None, method: str = "auto") -> SimResult:
    """Simulate ``runs`` replicas of the run ``cfg`` with ``np.random.default_rng(seed)``.

    Returns a :class:`SimResult` (arrays of shape (runs,), interruptions (runs, 6) in
    :data:`CLASSES` order, lost seconds by :data:`LOSS_CAUSES`, one replica's timeline).
    ``method``: "events" walks every interruption (this module, the reference); "aggregate"
    draws each replica's totals (aggregate.py; only when spares never run short, and the drawn
    timeline is then one event-by-event replica of seed ``[seed, 2]``); "auto" aggregates when
    it can and falls back to events when spares can run short or a replica reaches the cap.
    ``progress(done_seconds, total_seconds)`` is called after each batch (simulated wall time
    of the slowest replica against the cap) and may raise to stop. Raises ValueError for a
    runs count outside 1..MAX_RUNS or an unknown method.
    """
    if method not in ("auto", "events", "aggregate"):
        raise ValueError(f"method must be auto, events or aggregate (got {method!r})")
    if not 1 <= runs <= MAX_RUNS or int(runs) != runs:
        raise ValueError(f"runs must be a whole number from 1 to {MAX_RUNS:,} (got {runs!r})")
    if method != "events" and spare_buffer(cfg) == 0 and cfg.rate_per_s > 0:
        res = _aggregated(cfg, runs, seed)
        if res is not None or method == "aggregate":
            if progress is not None:
                progress(int(cfg.wall_cap_s), int(cfg.wall_cap_s))
            if res is None:
                raise ValueError("the aggregated method cannot simulate a run that reaches the wall-clock cap")
            return res
    elif method == "aggregate":
        raise ValueError("the aggregated method needs spares that never run short")
    return _simulate_events(cfg, runs, seed, progress)


def _aggregated(cfg: Config, runs: int, seed: int) -> SimResult | None:
    """aggregate.simulate_totals as a SimResult; None when a replica would pass the cap."""
    rng = np.random.default_rng(seed)
    t = simulate_totals(cfg, runs, rng)
    if not np.all(t["wall_s"] <= cfg.wall_cap_s):
        return None
    p = class_probabilities(cfg.unexpected_per_gpu_year, cfg.planned_per_gpu_year,
                            None if cfg.shares is None else list(cfg.shares))
    counts = np.zeros((runs, len(CLASSES)), np.int64)
    pu = p[:PLANNED] / p[:PLANNED].sum() if p[:PLANNED].sum() > 0 else np.full(PLANNED, 1.0 / PLANNED)
    counts[:, :PLANNED] = rng.multinomial(t["unexpected"], pu)
    counts[:, PLANNED] = t["planned"]
    zero = np.zeros(runs)
    lost = {"restart": t["restart_s"], "rework": t["rework_s"], "checkpoint": t["checkpoint_s"],
            "wait": zero, "degraded": zero.copy()}
    tl = _simulate_events(cfg, 1, [seed, 2]).timeline
    wall = t["wall_s"]
    return SimResult(cfg, seed, wall, wall.copy(), np.full(runs, cfg.work_s), np.ones(runs, bool), counts, lost, tl)


def _simulate_events(cfg: Config, runs: int, seed, progress=None) -> SimResult:
    """The event-by-event reference (see the module text)."""
    if not 1 <= runs <= MAX_RUNS or int(runs) != runs:
        raise ValueError(f"runs must be a whole number from 1 to {MAX_RUNS:,} (got {runs!r})")
    rng = np.random.default_rng(seed)
    rng_tl = np.random.default_rng([seed, 1])  # classes drawn after the fact (no spare logic)
    rate = cfg.rate_per_s
    W, R, b, a = cfg.work_s, cfg.restart_s, cfg.checkpoint_blocking_s, cfg.checkpoint_lag_s
    L = cfg.cycle_s
    tau = L - b if math.isfinite(cfg.checkpoint_interval_s) else math.inf
    cap = cfg.wall_cap_s
    probs = np.cumsum(class_probabilities(cfg.unexpected_per_gpu_year, cfg.planned_per_gpu_year,
                                          None if cfg.shares is None else list(cfg.shares)))
    B = spare_buffer(cfg)

    wall = np.full(runs, np.nan)
    elapsed = np.zeros(runs)
    useful = np.zeros(runs)
    finished = np.zeros(runs, bool)
    counts = np.zeros((runs, len(CLASSES)), np.int64)
    lost = {k: np.zeros(runs) for k in LOSS_CAUSES}
    t0, C = np.zeros(runs), np.zeros(runs)
    d_next, wait_next, v_next = np.zeros(runs), np.zeros(runs), np.ones(runs)
    st = SpareState(runs, B)
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
            wait_after, v_after = spares(cfg, cls, t_end, st, idx, rng)
            w = np.concatenate([wait_next[idx, None], wait_after[:, :-1]], axis=1)
            d = draw(rng, R, cfg.restart_sigma, (r, K)) + w
            d[:, 0] = d_next[idx]
            dn = d
            v = np.concatenate([v_next[idx, None], v_after[:, :-1]], axis=1)
            u = np.maximum(g - d, 0.0)
        else:
            cls = None
            planned = rng.random((r, K)) < p_planned if p_planned > 0 else None
            dn = draw(rng, R, cfg.restart_sigma, (r, K))
            dn[:, 0] = d_next[idx]
            u = g - dn
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
            dd_f = dn[np.flatnonzero(f), np.minimum(stop, K - 1)[f]]
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
        dcap = dn[np.flatnonzero(capped), last[capped]]
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
                d0[k] = dn[0, k]
            v0 = v[0] if per_event else np.ones(K)
            c0 = cls[0, :k] if per_event else _classes_of(rng_tl, p_cls, planned[0, :k] if planned is not None else None, k)
            tl.add(ts_row(t_end[0], g[0])[:k1], g[0, :k1], d0[:k1], v0[:k1], c0, C_before[0, :k1], commit[0, :k],
                   u[0, :k1], tau, b, a, L, W, cap, finished[0], float(wall[0]) if finished[0] else cap)
        go = stop >= K
        gi = idx[go]
        t0[gi] = t_end[go, -1]
        C[gi] = c_commit[go, -1] + C[gi]
        if per_event:
            d_next[gi] = draw(rng, R, cfg.restart_sigma, gi.size) + wait_after[go, -1]
            wait_next[gi], v_next[gi] = wait_after[go, -1], v_after[go, -1]
        else:
            d_next[gi] = draw(rng, R, cfg.restart_sigma, gi.size)
        active[idx[~go]] = False
        if progress is not None:
            progress(int(min(cap, t0[active].min() if active.any() else cap)), int(cap))
    if not per_event:
        unexpected = n_events - n_planned
        p_u = p_cls[:PLANNED] / p_cls[:PLANNED].sum() if p_cls[:PLANNED].sum() > 0 else np.full(PLANNED, 1.0 / PLANNED)
        counts[:, :PLANNED] = rng_tl.multinomial(unexpected, p_u)
        counts[:, PLANNED] = n_planned
    return SimResult(cfg, seed, wall, elapsed, useful, finished, counts, lost, tl)


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
