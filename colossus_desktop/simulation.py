"""The failure simulation of a scenario: the glue between the document, the engine's results
and ``engine/simulation`` (no Qt; the CLI and the Failures view call these).

The simulated run is the scenario's training run as the engine sees it: its failure-free
compute time (``training.compute_days``) stretched by the power the site can serve, as the
analytic model stretches its wall-clock (engine/training.py: the run advances at the served share
s of its full-power rate, so the work takes compute_days / s), its training accelerators, the reliability model's
checkpoint interval and write time, the workload's restart time and checkpoint mode, and the
reliability section's rates, failure class shares (weights, divided by their sum), repair time
and degraded running. Restart and repair times are
lognormal around the document's means (engine/simulation/times.py). Hot spares are the installed
accelerators the run does not use (the spare share and any left over), in whole nodes.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from colossus_desktop.engine import evaluate
from colossus_desktop.engine.results import Results
from colossus_desktop.engine.simulation import Config, SimResult, simulate
from colossus_desktop.engine.simulation.times import REPAIR_SIGMA, RESTART_SIGMA
from colossus_desktop.engine.units import SECONDS_PER_DAY
from colossus_desktop.scenario import to_inputs
from colossus_desktop.scenario.model import Scenario

#: Replicas the window runs on every edit, and after that in the background.
QUICK_RUNS = 50
FULL_RUNS = 1000


def config_for(scenario: Scenario, results: Results | None = None) -> Config:
    """The :class:`Config` of ``scenario``'s run (``results``: its engine results, else evaluated).
    Raises ValueError when the run has no finite compute time (no accelerators or no MFU)."""
    inp = to_inputs(scenario)
    res = results if results is not None else evaluate(inp, series=False)
    served = float(res.power.served_fraction[0])
    if not served > 0:
        raise ValueError("the site serves no power to the run (grid and turbines are 0 MW)")
    work_s = float(res.training.compute_days[0]) * SECONDS_PER_DAY / served
    if not (math.isfinite(work_s) and work_s > 0):
        raise ValueError("the run has no finite compute time to simulate (no accelerators, or no MFU)")
    per_node = float(np.asarray(inp.gpus_per_node).ravel()[0])
    gpus = float(res.cluster.train_gpus[0])
    spare = max(0.0, float(res.cluster.accelerators[0]) - gpus)
    rel = res.reliability
    write = float(rel.checkpoint_write_s[0])
    is_async = scenario.workload.checkpoint_mode == "async"
    dp = float(np.asarray(res.training.layout.get("dp", [np.nan])).ravel()[0])
    r = scenario.reliability
    weights = np.array([r.share_gpu, r.share_hbm, r.share_network, r.share_host, r.share_software], dtype=float)
    return Config(
        shares=tuple(float(x) for x in weights / weights.sum()),
        work_s=work_s, gpus=gpus, unexpected_per_gpu_year=r.failures_per_gpu_year,
        planned_per_gpu_year=r.planned_per_gpu_year, restart_s=scenario.workload.restart_min * 60.0,
        restart_sigma=RESTART_SIGMA, repair_sigma=REPAIR_SIGMA,
        checkpoint_interval_s=float(rel.checkpoint_interval_s[0]),
        checkpoint_blocking_s=scenario.workload.checkpoint_snapshot_s if is_async else write,
        checkpoint_lag_s=write if is_async else 0.0, gpus_per_node=per_node,
        spare_nodes=math.floor(spare / per_node + 1e-9), repair_s=r.repair_hours * 3600.0,
        degraded=r.degraded_running, dp=dp if math.isfinite(dp) and dp >= 1 else 1.0)


def run_simulation(scenario: Scenario, runs: int = FULL_RUNS, seed: int = 1,
                   progress: Callable[[int, int], None] | None = None,
                   results: Results | None = None) -> tuple[SimResult, float]:
    """Simulate ``runs`` replicas of ``scenario``'s run; returns the result and the analytic
    goodput (engine/reliability.py) to show beside it."""
    res = results if results is not None else evaluate(to_inputs(scenario), series=False)
    return simulate(config_for(scenario, res), runs, seed, progress), float(res.reliability.goodput[0])
