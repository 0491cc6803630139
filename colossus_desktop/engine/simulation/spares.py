"""Hot spares and the pool of repaired nodes, for the event-by-event simulation (run.py).

Wait mode: a node fault takes its node to repair for a time D_j (lognormal, times.py; repairs
run in parallel). The j-th node fault finds a node at once when fewer than S are away;
otherwise it waits for the (j − S)-th fault's node to return:

    ready_j = max(t_j, t_{j−S} + D_{j−S})

(first in, first out: a node repaired sooner than an older one is not used before it, an
approximation when repair times vary; exact for a fixed D). The job resumes no earlier than the
latest ready time so far.

Degraded mode: no wait. With m = max(away − S, 0) nodes short, where away(t) = #faults ≤ t −
#returns ≤ t, the job runs at v = (dp − m)/dp (one data-parallel replica per missing node,
linear throughput: assumption, confidence L), m taken at the start of each gap.
"""

from __future__ import annotations

import math

import numpy as np

from .classes import NEEDS_NODE, class_probabilities
from .config import Config
from .times import draw, quantile_s


def spare_buffer(cfg: Config) -> int:
    """How many past node faults the spare logic must remember (0: spares never run short).
    Sized on the repair time's 99.99th percentile, so an old fault still away is never forgotten."""
    if cfg.repair_s <= 0 or (cfg.spare_nodes == math.inf and not cfg.degraded):
        return 0
    node_rate = cfg.rate_per_s * float(class_probabilities(
        cfg.unexpected_per_gpu_year, cfg.planned_per_gpu_year,
        None if cfg.shares is None else list(cfg.shares))[NEEDS_NODE].sum())
    mu = node_rate * quantile_s(cfg.repair_s, cfg.repair_sigma, 0.9999)  # nodes away, at most
    ceiling = mu + 10.0 * math.sqrt(mu) + 20.0  # Poisson: never exceeded in practice
    if cfg.spare_nodes >= ceiling:
        return 0
    return int(math.ceil(ceiling)) if cfg.degraded else int(cfg.spare_nodes) + 1


class SpareState:
    """Per replica: the last B node faults' times (``faults``, ascending) and return times
    (``returns``, in fault order), and the latest ready time (``ready``)."""

    def __init__(self, runs: int, B: int):
        self.B = B
        self.faults = np.full((runs, B), -np.inf)
        self.returns = np.full((runs, B), -np.inf)
        self.ready = np.full(runs, -np.inf)


def spares(cfg: Config, cls, t_end, st: SpareState, idx, rng):
    """Per event (r, K): the wait for a node after it, and the speed after it (degraded mode).
    Updates ``st`` for the replicas ``idx`` in place."""
    r, K = cls.shape
    B, S, D = st.B, cfg.spare_nodes, cfg.repair_s
    if B == 0:
        return np.zeros((r, K)), np.ones((r, K))
    hw = NEEDS_NODE[cls]
    order = np.argsort(~hw, axis=1, kind="stable")  # node faults first, in time order
    nh = hw.sum(1)
    th = np.take_along_axis(t_end, order, axis=1)
    th[np.arange(K)[None, :] >= nh[:, None]] = np.inf
    tr = th + draw(rng, D, cfg.repair_sigma, (r, K))  # return times (inf stays inf)
    comb = np.concatenate([st.faults[idx], th], axis=1)  # (r, B + K), each row ascending
    comb_r = np.concatenate([st.returns[idx], tr], axis=1)
    pos = nh[:, None] + np.arange(B)[None, :]
    st.faults[idx] = np.take_along_axis(comb, pos, axis=1)
    st.returns[idx] = np.take_along_axis(comb_r, pos, axis=1)
    if not cfg.degraded:
        back = comb_r[:, B - int(S): B - int(S) + K] if S < B else np.full((r, K), -np.inf)
        rdy = np.where(np.isfinite(th), np.maximum(th, back), -np.inf)
        ev = np.full((r, K), -np.inf)
        np.put_along_axis(ev, order, rdy, axis=1)
        run = np.maximum.accumulate(np.concatenate([st.ready[idx, None], ev], axis=1), axis=1)[:, 1:]
        st.ready[idx] = run[:, -1]
        return np.maximum(run - t_end, 0.0), np.ones((r, K))
    away = _count_le(comb, t_end) - _count_le(np.sort(comb_r, axis=1), t_end)
    missing = np.maximum(away - S, 0.0)
    return np.zeros((r, K)), np.clip((cfg.dp - missing) / cfg.dp, 0.0, 1.0)


def _count_le(sorted_rows: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Per row, how many of ``sorted_rows`` (r, n; ascending, ±inf allowed) are <= each of ``t`` (r, K)."""
    r = sorted_rows.shape[0]
    finite = np.where(np.isfinite(sorted_rows), sorted_rows, 0.0)
    lo = min(float(finite.min()), float(t.min())) - 1.0
    hi = max(float(finite.max()), float(t.max())) + 1.0
    span = hi - lo + 2.0
    flat = np.clip(sorted_rows, lo, hi) - lo + np.arange(r)[:, None] * 2.0 * span
    q = t - lo + np.arange(r)[:, None] * 2.0 * span
    start = np.arange(r)[:, None] * sorted_rows.shape[1]
    return np.searchsorted(flat.ravel(), q.ravel(), "right").reshape(t.shape) - start
