"""Engine benchmarks: one scenario, a million in one call, and the same scenarios in a
Python loop (the speed-up vectorisation buys).

Targets (issue 6): one evaluation under 2 ms; 1,000,000 scenarios in under 1 s, timed as such
(issue 14: a smaller batch scaled up hid the cost of memory).
"""

from __future__ import annotations

import numpy as np

from colossus_desktop.engine import evaluate
from colossus_desktop.scenario.inputs import to_inputs
from colossus_desktop.scenario.presets import DEFAULT_PRESET, load_preset

from .stats import repeat, summary

VARIED = {
    # A Monte Carlo-like batch: ten inputs drawn from their ranges, the rest fixed.
    "mfu": (0.25, 0.5),
    "pue": (1.1, 1.5),
    "utilization": (0.6, 0.9),
    "failures_per_gpu_year": (0.107, 0.30),
    "grid_usd_per_mwh": (50.0, 100.0),
    "server_cost_factor": (1.3, 2.1),
    "facility_usd_per_mw": (9.3e6, 15e6),
    "restart_s": (300.0, 1200.0),
    "storage_write_tbps": (1.0, 7.0),
    "cost_of_capital": (0.05, 0.12),
}


def batch(one, n: int, seed: int = 0):
    rng = np.random.default_rng(seed)
    return one.replace(**{k: rng.uniform(lo, hi, n) for k, (lo, hi) in VARIED.items()})


def run(quick: bool = False) -> dict:
    one = to_inputs(load_preset(DEFAULT_PRESET))
    single = summary(repeat(lambda: evaluate(one), 50 if quick else 300, warmup=5), scale=1e6)

    n = 1_000_000  # measured, not projected from a smaller batch (--quick only repeats less)
    big = batch(one, n)
    vector = summary(repeat(lambda: evaluate(big), 2 if quick else 7), scale=1.0)

    loop_n = 200 if quick else 2000
    rows = [big.row(i) for i in range(loop_n)]
    loop = summary(repeat(lambda: [evaluate(r) for r in rows], 1 if quick else 3, warmup=0), scale=1.0)
    per_row_loop = loop["median"] / loop_n
    per_row_vector = vector["median"] / n
    return {
        "single_evaluation_us": single,
        "batch_size": n,
        "batch_evaluation_s": vector,
        "python_loop_per_scenario_us": per_row_loop * 1e6,
        "vectorised_per_scenario_us": per_row_vector * 1e6,
        "speedup_vs_loop": per_row_loop / per_row_vector,
        "targets": {"single_evaluation_us": 2000.0, "batch_1m_s": 1.0},
    }
