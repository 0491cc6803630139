"""The aggregated simulation: each replica's totals drawn directly, not event by event.

Used when spares never run short (no waits, no degraded running): then the run is a renewal
process whose totals can be sampled in O(1) draws per replica instead of one per interruption.

**Segments.** With checkpoint cycles L = τ + b and an upload lag a, checkpoint j is durable at
c_j = j·L + a. The run is cut at the durable checkpoints that matter (those before the finish
T = W + n·b, n = ⌈W/τ⌉ − 1) into segments; a segment is done when it runs through without an
unexpected failure (rate λ_u, Poisson in wall time). Its first attempt needs f seconds (the
first segment L + a, the middle ones L, the last T − c_m); after a failure the job restarts
(time R, lognormal, times.py) and the retry needs R + r (r = L + a, the last one T − m·L).

    P(first attempt fails) = 1 − e^{−λ_u f}
    P(retry fails)         = 1 − q,   q = E[e^{−λ_u (R + r)}]

so of n identical segments M ~ Binomial(n, 1 − e^{−λ_u f}) fail at first, and their retries
fail NegBin(M, q) times in all. Each failed attempt loses its length X (a first attempt:
X ~ Exp(λ_u) | X < f; a retry: X | X < R + r, of which min(X, R) is restart and the rest
rework); each segment that failed also pays its last restart and r − f.

**Sums of many draws.** A sum of k iid draws is drawn exactly (k draws from a pool of 2^16
exact conditional draws, added with ``np.add.reduceat``) when k ≤ :data:`EXACT_UP_TO`, else as
a normal with the pool's mean and covariance times k (central limit theorem; k > 64).

**Planned interruptions** (rate λ_p) keep their work (a checkpoint first, as in run.py): they add
only downtime. P ~ Poisson(λ_p·T_u) of them arrive in the run without them (T_u, above); each
is down for a busy period of restarts that any interruption (rate λ = λ_u + λ_p) cuts short
and starts again: NegBin(P, E[e^{−λR}]) extra interruptions, each losing X | X < R.

Differences from run.py (the reference): run.py keeps the work done since the last checkpoint
when a planned interruption comes, and starts a new cycle grid after it; here that work stays at
risk until the next durable checkpoint, and planned interruptions inside an unexpected failure's
restart add their own restart instead of cutting it short. Both are negligible when λ·(R + L)
is small (Llama 3: 0.005), and make the aggregate pessimistic when interruptions come every few
restarts: at 10^6 GPUs with 60 s restarts (bench/simulation.py) its ETTR is 1 point below
run.py's. The agreement is tested on small clusters (tests/engine/test_simulation_methods.py).
"""

from __future__ import annotations

import math

import numpy as np

from .classes import PLANNED, class_probabilities
from .config import Config
from .times import draw, survival_mean

#: A sum of at most this many draws is drawn exactly; a longer one as a normal.
EXACT_UP_TO = 64
POOL = 1 << 16


def segments(cfg: Config) -> tuple[list[tuple[float, float, float]], int, float]:
    """The run's segment groups [(count, first-attempt s, retry work s)], checkpoints n and
    failure-free wall time T (seconds)."""
    W, b, a, L = cfg.work_s, cfg.checkpoint_blocking_s, cfg.checkpoint_lag_s, cfg.cycle_s
    if not math.isfinite(cfg.checkpoint_interval_s):
        return [(1, W, W)], 0, W
    tau = L - b
    n = max(math.ceil(W / tau - 1e-12) - 1, 0)
    T = W + n * b
    m = n if n == 0 or n * L + a < T else n - 1  # durable checkpoints before the finish
    if m == 0:
        return [(1, T, T)], n, T
    groups = [(1, L + a, L + a)]
    if m > 1:
        groups.append((m - 1, L, L + a))
    groups.append((1, T - (m * L + a), T - m * L))
    return groups, n, T


def _sum_iid(rng, counts: np.ndarray, pool: np.ndarray) -> np.ndarray:
    """Per replica the sum of ``counts`` iid draws from ``pool`` (P, C): shape (runs, C)."""
    runs, C = counts.size, pool.shape[1]
    out = np.zeros((runs, C))
    small = counts <= EXACT_UP_TO
    k = counts[small]
    if k.sum() > 0:
        draws = pool[rng.integers(0, pool.shape[0], int(k.sum()))]
        nz = np.flatnonzero(k)
        starts = np.concatenate([[0], np.cumsum(k)[:-1]])[nz]
        out[np.flatnonzero(small)[nz]] = np.add.reduceat(draws, starts, axis=0)
    big = np.flatnonzero(~small)
    if big.size:
        mean, cov = pool.mean(0), np.atleast_2d(np.cov(pool, rowvar=False))
        chol = np.linalg.cholesky(cov + 1e-12 * np.eye(C) * max(float(np.trace(cov)), 1.0))
        kb = counts[big].astype(float)[:, None]
        z = rng.standard_normal((big.size, C)) @ chol.T
        out[big] = np.maximum(kb * mean + np.sqrt(kb) * z, 0.0)
    return out


def _trunc_exp(rng, lam: float, limit: np.ndarray) -> np.ndarray:
    """Exp(lam) draws conditioned to be below ``limit`` (inverse CDF)."""
    u = rng.random(limit.shape)
    return -np.log1p(-u * -np.expm1(-lam * limit)) / lam


def _pools(rng, cfg: Config, lam: float, r: float):
    """Exact conditional draws for a retry of work r: failed (X, restart part) and the restart
    of the successful one. Restarts drawn, then resampled by their chance to fail or succeed."""
    R = np.asarray(draw(rng, cfg.restart_s, cfg.restart_sigma, 4 * POOL), dtype=float)
    surv = np.exp(-lam * (R + r))
    pf, ps = 1.0 - surv, surv
    Rf = R[rng.choice(R.size, POOL, p=pf / pf.sum())] if pf.sum() > 0 else R[:POOL]
    Rs = R[rng.choice(R.size, POOL, p=ps / ps.sum())] if ps.sum() > 0 else R[:POOL]
    X = _trunc_exp(rng, lam, Rf + r)
    return np.stack([X, np.minimum(X, Rf)], axis=1), Rs[:, None]


def simulate_totals(cfg: Config, runs: int, rng: np.random.Generator) -> dict[str, np.ndarray]:
    """Per replica (runs,): ``wall_s``, ``restart_s``, ``checkpoint_s``, ``rework_s``, and
    ``unexpected``/``planned`` interruption counts, for a run whose spares never run short."""
    p = class_probabilities(cfg.unexpected_per_gpu_year, cfg.planned_per_gpu_year,
                            None if cfg.shares is None else list(cfg.shares))
    lam_all = cfg.rate_per_s
    lam_p = lam_all * p[PLANNED]
    lam_u = lam_all - lam_p
    groups, n_ck, T = segments(cfg)
    wall = np.full(runs, T)
    restart, unexpected = np.zeros(runs), np.zeros(runs, np.int64)
    for count, f, r in groups:
        if lam_u == 0:
            break
        M = rng.binomial(count, -math.expm1(-lam_u * f), runs)
        q = math.exp(-lam_u * r) * survival_mean(lam_u, cfg.restart_s, cfg.restart_sigma)
        K2 = np.where(M > 0, rng.negative_binomial(np.maximum(M, 1), q) if q > 0 else np.iinfo(np.int64).max, 0)
        first = _sum_iid(rng, M, _trunc_exp(rng, lam_u, np.full(POOL, f))[:, None])[:, 0]
        fail_pool, ok_pool = _pools(rng, cfg, lam_u, r)
        lost = _sum_iid(rng, K2, fail_pool)
        ok = _sum_iid(rng, M, ok_pool)[:, 0]
        wall += first + lost[:, 0] + ok + M * (r - f)
        restart += lost[:, 1] + ok
        unexpected += M + K2
    planned = np.zeros(runs, np.int64)
    if lam_p > 0:  # planned downtime: a busy period of restarts, each cut short by any interruption
        n = rng.poisson(lam_p * wall)
        s = survival_mean(lam_all, cfg.restart_s, cfg.restart_sigma)
        extra = np.where(n > 0, rng.negative_binomial(np.maximum(n, 1), s), 0)
        fail_pool, ok_pool = _pools(rng, cfg, lam_all, 0.0)
        downtime = _sum_iid(rng, extra, fail_pool)[:, 0] + _sum_iid(rng, n, ok_pool)[:, 0]
        k = rng.binomial(extra, lam_p / lam_all)
        planned += n + k
        unexpected += extra - k
        wall += downtime
        restart += downtime
    checkpoint = np.full(runs, n_ck * cfg.checkpoint_blocking_s)
    rework = np.maximum(wall - cfg.work_s - checkpoint - restart, 0.0)
    return {"wall_s": wall, "restart_s": restart, "checkpoint_s": checkpoint, "rework_s": rework,
            "unexpected": unexpected, "planned": planned}
