"""What a simulation returns: per-replica figures and one replica's timeline."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from ..units import SECONDS_PER_DAY
from .classes import CLASSES
from .config import Config

#: Causes of lost wall-clock time, in the order charts and tables show them.
#: wait: for a repaired node (no spare left); restart: detection and restart after an
#: interruption (also restarts cut short by another); rework: training since the last durable
#: checkpoint, redone; checkpoint: time training is blocked by checkpoints; degraded: capacity
#: missing while running on fewer data-parallel replicas.
LOSS_CAUSES = ("restart", "rework", "checkpoint", "wait", "degraded")
#: The most checkpoint marks a timeline keeps (the rest are counted, not stored).
MAX_MARKS = 20_000


@dataclass
class Timeline:
    """Replica 0 as drawn: progress (share of the run's work, 0..1) against wall-clock days.

    ``days``/``progress`` (P,): the polyline (training rises, a failure drops it back to the
    last durable checkpoint). ``failure_days`` (F,) with ``failure_class`` (F,) indexes into
    :data:`CLASSES`; ``restart_days``: when training resumed; ``checkpoint_days``: when each
    checkpoint was taken (at most :data:`MAX_MARKS`; ``checkpoints`` counts them all)."""

    days: list = field(default_factory=list)
    progress: list = field(default_factory=list)
    failure_days: list = field(default_factory=list)
    failure_class: list = field(default_factory=list)
    restart_days: list = field(default_factory=list)
    checkpoint_days: list = field(default_factory=list)
    checkpoints: int = 0
    finished: bool = False
    end_day: float = 0.0

    @classmethod
    def empty(cls) -> Timeline:
        return cls()

    @classmethod
    def clean(cls, W: float, T: float, tau: float, b: float, cap: float) -> Timeline:
        """A run without failures: a straight line with its checkpoints."""
        tl = cls()
        end = min(T, cap)
        tl.days = [np.array([0.0, end / SECONDS_PER_DAY])]
        tl.progress = [np.array([0.0, min(1.0, (end if T <= cap else cap) / T)])]
        if math.isfinite(tau):
            n = int(max(math.ceil(W / tau) - 1, 0))
            tl.checkpoints = n
            tl.checkpoint_days = [(np.arange(1, min(n, MAX_MARKS) + 1) * (tau + b)) / SECONDS_PER_DAY]
        tl.finished, tl.end_day = T <= cap, end / SECONDS_PER_DAY
        return tl

    def add(self, ts, g, d, v, cls, C, commit, u, tau, b, a, L, W, cap, finished, end) -> None:
        """Append one batch of gaps (the last one of a finished or capped replica included)."""
        n_ev = cls.size
        up = np.minimum(d, g) + ts
        reached = C + v * _trained(u, tau, b)
        x = np.stack([ts, up, ts + g, ts + g], axis=1)
        y = np.stack([C, C, reached, C], axis=1)
        y[:n_ev, 3] = C[:n_ev] + commit
        if n_ev < ts.size:  # the last gap ended the run (finished, or stopped by the cap)
            x[-1, 1] = min(x[-1, 1], end)
            x[-1, 2] = x[-1, 3] = end
            y[-1, 2] = y[-1, 3] = W if finished else C[-1] + v[-1] * _trained(
                np.maximum(end - ts[-1] - d[-1], 0.0), tau, b)
        self.days.append(x.ravel() / SECONDS_PER_DAY)
        self.progress.append(np.minimum(y.ravel() / W, 1.0))
        self.failure_days.append((ts + g)[:n_ev] / SECONDS_PER_DAY)
        self.failure_class.append(cls)
        self.restart_days.append(up[(d < g) & (ts > 0)] / SECONDS_PER_DAY)
        if math.isfinite(tau):
            span = np.maximum(np.minimum(ts + g, end) - ts - d, 0.0)
            n = np.floor(span / L).astype(np.int64)
            self.checkpoints += int(n.sum())
            room = MAX_MARKS - sum(c.size for c in self.checkpoint_days)
            if room > 0 and n.sum() > 0:
                starts = np.repeat(ts + d, n)
                j = np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n) + 1
                self.checkpoint_days.append(((starts + j * L) / SECONDS_PER_DAY)[:room])
        self.finished, self.end_day = bool(finished), end / SECONDS_PER_DAY

    def arrays(self) -> dict[str, np.ndarray]:
        """The timeline as flat arrays (days, progress, failure_days, failure_class, restart_days,
        checkpoint_days)."""
        cat = lambda parts, dt=float: np.concatenate(parts).astype(dt) if parts else np.zeros(0, dt)  # noqa: E731
        return {"days": cat(self.days), "progress": cat(self.progress), "failure_days": cat(self.failure_days),
                "failure_class": cat(self.failure_class, np.int64), "restart_days": cat(self.restart_days),
                "checkpoint_days": cat(self.checkpoint_days)}


def _trained(u, tau, b):
    if math.isinf(tau):
        return u
    n = np.floor(u / (tau + b))
    return n * tau + np.minimum(u - n * (tau + b), tau)


@dataclass(frozen=True)
class SimResult:
    """Replicas of one run. Shapes (runs,): ``wall_s`` (NaN when unfinished), ``elapsed_s`` (wall
    or the cap), ``useful_s`` (training kept), ``finished``; ``interruptions`` (runs, 6) by
    :data:`CLASSES`; ``lost_s`` cause → (runs,) seconds (:data:`LOSS_CAUSES`)."""

    config: Config
    seed: int
    wall_s: np.ndarray
    elapsed_s: np.ndarray
    useful_s: np.ndarray
    finished: np.ndarray
    interruptions: np.ndarray
    lost_s: dict
    timeline: Timeline

    @property
    def runs(self) -> int:
        return int(self.wall_s.size)

    @property
    def ettr(self) -> np.ndarray:
        """Effective training time ratio per replica: useful / elapsed, (runs,)."""
        return self.useful_s / self.elapsed_s

    @property
    def wall_days(self) -> np.ndarray:
        return self.wall_s / SECONDS_PER_DAY

    def quantiles(self, values: np.ndarray, q=(0.1, 0.5, 0.9)) -> np.ndarray:
        """P10/P50/P90 (or ``q``) of ``values``, NaN-aware (unfinished replicas are NaN in wall)."""
        ok = values[np.isfinite(values)]
        return np.quantile(ok, q) if ok.size else np.full(len(q), np.nan)

    def summary(self) -> dict:
        """Plain JSON data: ETTR and wall-clock days P10/P50/P90 and mean, share finished, mean
        interruptions by class, mean lost days by cause."""
        e, w = self.quantiles(self.ettr), self.quantiles(self.wall_days)
        return {
            "runs": self.runs, "seed": self.seed,
            "ettr": {"p10": e[0], "p50": e[1], "p90": e[2], "mean": float(self.ettr.mean())},
            "wall_days": {"p10": w[0], "p50": w[1], "p90": w[2],
                          "mean": float(np.nanmean(self.wall_days)) if self.finished.any() else math.nan},
            "finished_share": float(self.finished.mean()),
            "interruptions": {c: float(self.interruptions[:, i].mean()) for i, c in enumerate(CLASSES)},
            "lost_days": {k: float(v.mean() / SECONDS_PER_DAY) for k, v in self.lost_s.items()},
        }
