"""What one simulated training run is: the job, its failures, checkpoints and spares.

All times in seconds, rates per accelerator-year (the Julian year of engine/units.py). Built
from a scenario and its engine results by ``colossus_desktop/simulation.py``; built by hand in
tests and the benchmark.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..units import HOURS_PER_YEAR, SECONDS_PER_HOUR
from .classes import UNEXPECTED, class_probabilities

SECONDS_PER_YEAR = HOURS_PER_YEAR * SECONDS_PER_HOUR


@dataclass(frozen=True)
class Config:
    """One training run to simulate.

    * ``work_s``: failure-free compute time of the run (engine ``training.compute_days``).
    * ``gpus``: accelerators training; ``gpus_per_node``: accelerators a faulty part takes out.
    * ``unexpected_per_gpu_year``: unexpected job interruptions (any class); ``planned_per_gpu_year``:
      planned maintenance interruptions. Both arrive as Poisson processes in wall-clock time, on
      the job as a whole (also while it restarts or waits, as in Daly 2006).
    * ``shares``: the unexpected rate's split over :data:`~.classes.UNEXPECTED` (None: Table 5).
    * ``restart_s``: mean detection plus restart after every interruption (the scenario's
      ``restart_min``), lognormal with log-spread ``restart_sigma`` (0: fixed; times.py).
      A failure during a restart starts it again, with a new draw.
    * ``checkpoint_interval_s`` τ: training time between checkpoints (inf: none).
      ``checkpoint_blocking_s`` b: time training stops per checkpoint (blocking: the whole write;
      asynchronous: the snapshot to host memory). ``checkpoint_lag_s`` a: time after the
      blocking part until the checkpoint is durable (asynchronous: the upload; blocking: 0).
    * ``spare_nodes``: hot spare nodes (inf: never short); ``repair_s``: time until a node
      taken out returns to the spare pool (mean; lognormal with ``repair_sigma``, 0: fixed;
      repairs run in parallel).
    * ``degraded``: with no spare left, run on fewer data-parallel replicas (one per missing
      node, of ``dp``) instead of waiting for a repaired node.
    * ``max_wall_s``: wall-clock time after which a replica stops unfinished (inf: 10 x work_s).
    """

    work_s: float
    gpus: float
    unexpected_per_gpu_year: float
    planned_per_gpu_year: float = 0.0
    shares: tuple[float, ...] | None = None
    restart_s: float = 0.0
    restart_sigma: float = 0.0
    checkpoint_interval_s: float = math.inf
    checkpoint_blocking_s: float = 0.0
    checkpoint_lag_s: float = 0.0
    gpus_per_node: float = 8.0
    spare_nodes: float = math.inf
    repair_s: float = 0.0
    repair_sigma: float = 0.0
    degraded: bool = False
    dp: float = 1.0
    max_wall_s: float = math.inf

    def __post_init__(self):
        checks = {"work_s": self.work_s > 0 and math.isfinite(self.work_s), "gpus": self.gpus > 0,
                  "restart_s": self.restart_s >= 0, "checkpoint_interval_s": self.checkpoint_interval_s > 0,
                  "checkpoint_blocking_s": self.checkpoint_blocking_s >= 0,
                  "checkpoint_lag_s": self.checkpoint_lag_s >= 0, "gpus_per_node": self.gpus_per_node > 0,
                  "spare_nodes": self.spare_nodes >= 0, "repair_s": self.repair_s >= 0,
                  "restart_sigma": 0 <= self.restart_sigma <= 3, "repair_sigma": 0 <= self.repair_sigma <= 3, "dp": self.dp >= 1,
                  "max_wall_s": self.max_wall_s > 0}
        for name, ok in checks.items():
            if not ok:
                raise ValueError(f"simulation {name} is out of range ({getattr(self, name)!r})")
        class_probabilities(self.unexpected_per_gpu_year, self.planned_per_gpu_year,
                            None if self.shares is None else list(self.shares))
        if self.shares is not None and len(self.shares) != len(UNEXPECTED):
            raise ValueError(f"simulation shares must have {len(UNEXPECTED)} entries")

    @property
    def rate_per_s(self) -> float:
        """Interruptions of the job per wall-clock second, all classes."""
        return (self.unexpected_per_gpu_year + self.planned_per_gpu_year) * self.gpus / SECONDS_PER_YEAR

    @property
    def cycle_s(self) -> float:
        """Wall time of one checkpoint cycle: τ + b, at least the lag a (an upload must end
        before the next snapshot starts)."""
        return max(self.checkpoint_interval_s + self.checkpoint_blocking_s, self.checkpoint_lag_s)

    @property
    def wall_cap_s(self) -> float:
        return self.max_wall_s if math.isfinite(self.max_wall_s) else 10.0 * self.work_s
