"""The aggregated simulation (engine/simulation/aggregate.py) against the event-by-event reference (run.py)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from colossus_desktop.engine.reliability import daly_interval
from colossus_desktop.engine.simulation import Config, simulate
from colossus_desktop.engine.simulation.times import RESTART_SIGMA, draw, survival_mean

DAY = 86400.0
N, LAM, R, DELTA = 16_384, 0.173, 900.0, 2.43
M = 8766 * 3600 / (LAM * N)
TAU = float(daly_interval(np.array(DELTA), np.array(M)))

CASES = {
    "blocking, Llama 3 rates": Config(work_s=10 * DAY, gpus=N, unexpected_per_gpu_year=LAM, restart_s=R,
                                      checkpoint_interval_s=TAU, checkpoint_blocking_s=DELTA),
    "async, planned, lognormal restarts": Config(
        work_s=10 * DAY, gpus=2048, unexpected_per_gpu_year=LAM, planned_per_gpu_year=0.0194, restart_s=R,
        restart_sigma=RESTART_SIGMA, checkpoint_interval_s=1800, checkpoint_blocking_s=5, checkpoint_lag_s=120),
    "few events, long restarts": Config(work_s=3 * DAY, gpus=256, unexpected_per_gpu_year=1.0,
                                        planned_per_gpu_year=0.2, restart_s=1800, restart_sigma=RESTART_SIGMA,
                                        checkpoint_interval_s=3600, checkpoint_blocking_s=60),
    "no checkpoints": Config(work_s=0.5 * DAY, gpus=64, unexpected_per_gpu_year=2.0, restart_s=600),
}


def _se_quantile(x: np.ndarray, q: float) -> float:
    """Standard error of the q quantile of x (normal approximation with a kernel density at it)."""
    v = np.quantile(x, q)
    h = 1.06 * x.std() * x.size ** -0.2
    dens = np.mean(np.abs(x - v) < h) / (2 * h)
    return math.sqrt(q * (1 - q) / x.size) / max(dens, 1e-12)


@pytest.mark.parametrize("name", list(CASES))
def test_aggregate_agrees_with_events_within_statistical_error(name):
    cfg, runs = CASES[name], 2000
    ev, ag = simulate(cfg, runs, seed=3, method="events"), simulate(cfg, runs, seed=4, method="aggregate")
    for a, b in ((ev.ettr, ag.ettr), (ev.wall_days, ag.wall_days)):
        se = math.hypot(a.std(), b.std()) / math.sqrt(runs)
        assert abs(a.mean() - b.mean()) < 4 * se + 1e-12
        for q in (0.1, 0.9):
            if np.ptp(a) > 0:
                se_q = math.hypot(_se_quantile(a, q), _se_quantile(b, q))
                assert abs(np.quantile(a, q) - np.quantile(b, q)) < 4 * se_q + 1e-9 * abs(np.quantile(a, q))
    for col in range(6):
        a, b = ev.interruptions[:, col], ag.interruptions[:, col]
        se = math.hypot(a.std(), b.std()) / math.sqrt(runs)
        assert abs(a.mean() - b.mean()) < 4 * se + 1e-9
    for k in ("restart", "rework", "checkpoint"):
        a, b = ev.lost_s[k], ag.lost_s[k]
        se = math.hypot(a.std(), b.std()) / math.sqrt(runs)
        # the aggregate counts every cycle's checkpoint; run.py's planned interruptions cut a cycle short
        assert abs(a.mean() - b.mean()) < 4 * se + 1e-3 * max(a.mean(), 1.0)


def test_aggregate_matches_daly_within_one_percent():
    cfg = Config(work_s=30 * DAY, gpus=N, unexpected_per_gpu_year=LAM, restart_s=R, checkpoint_interval_s=TAU,
                 checkpoint_blocking_s=DELTA, spare_nodes=0, repair_s=0.0)
    daly = TAU / (M * math.exp(R / M) * math.expm1((TAU + DELTA) / M))
    sim = simulate(cfg, 4000, seed=3, method="aggregate")
    assert sim.ettr.mean() == pytest.approx(daly, rel=0.01)
    assert cfg.work_s / sim.wall_s.mean() == pytest.approx(daly, rel=0.01)


def test_auto_aggregates_when_it_can_and_walks_events_when_spares_run_short():
    cfg = CASES["blocking, Llama 3 rates"]
    auto, agg = simulate(cfg, 50, seed=9), simulate(cfg, 50, seed=9, method="aggregate")
    np.testing.assert_array_equal(auto.wall_s, agg.wall_s)
    short = Config(work_s=5 * DAY, gpus=N, unexpected_per_gpu_year=LAM, restart_s=R, checkpoint_interval_s=TAU,
                   checkpoint_blocking_s=DELTA, spare_nodes=2, repair_s=72 * 3600.0)
    np.testing.assert_array_equal(simulate(short, 30, seed=2).wall_s, simulate(short, 30, seed=2, method="events").wall_s)
    with pytest.raises(ValueError, match="spares"):
        simulate(short, 30, method="aggregate")
    with pytest.raises(ValueError, match="method"):
        simulate(cfg, 30, method="fast")


def test_lognormal_times_have_the_stated_mean_and_survival():
    rng = np.random.default_rng(1)
    x = draw(rng, 900.0, RESTART_SIGMA, 400_000)
    assert x.mean() == pytest.approx(900.0, rel=0.01)
    assert np.quantile(x, 0.9) / np.quantile(x, 0.1) == pytest.approx(4.0, rel=0.02)  # Kokolis's 5-20 min
    lam = 1 / 3600.0
    assert survival_mean(lam, 900.0, RESTART_SIGMA) == pytest.approx(np.exp(-lam * x).mean(), rel=1e-3)
    assert draw(rng, 900.0, 0.0, 3).tolist() == [900.0] * 3
