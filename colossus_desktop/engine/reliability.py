"""Reliability: interruptions, checkpoints and goodput of one training job.

Failures. A job on n accelerators, each failing (any job-interrupting cause) at λ per
accelerator-year, is interrupted as a Poisson process with mean time between interruptions

    M = HOURS_PER_YEAR / (λ · n)          [h]

Llama 3 405B saw 419 unexpected interruptions in 54 days on 16,384 H100 (Dubey et al. 2024,
§3.3.4): λ ≈ 0.173 per GPU-year, M ≈ 3.1 h; Meta's RSC study gives 0.107–0.30.

Checkpoints. Writing a checkpoint of S bytes at the storage's sustained bandwidth B takes
δ = S / B; S defaults to 12 bytes per parameter (FP32 master weights and two Adam moments,
Rajbhandari et al. 2020, ZeRO). The interval τ is the user's, or Daly's (2006) optimum

    τ = √(2δM) · [1 + ⅓·√(δ/2M) + ⅑·(δ/2M)] − δ    for δ < 2M,  else τ = M

Goodput. With exponential failures and restart time R, Daly's expected wall time to finish
one segment of τ useful seconds is M·e^{R/M}·(e^{(τ+δ)/M} − 1), so

    goodput = τ / (M · e^{R/M} · (e^{(τ+δ)/M} − 1))

which stays in (0, 1] and tends to τ/(τ+δ) as failures vanish. It splits into the
checkpoint overhead δ/(τ+δ) and the failure overhead (lost work and restarts), the rest.
Llama 3's ">90 % effective training time" is the check (tests/engine). Goodput is said to
collapse below 50 %, where failures arrive faster than the job can checkpoint and restart.

Asynchronous checkpoints (MegaScale, Jiang et al. 2024: the GPU-to-host snapshot "reduced to
several seconds", then an asynchronous upload): training stops only for the snapshot σ, so δ
above becomes σ in the overhead, the segment and Daly's interval; the interval is at least
δ − σ (an upload ends before the next snapshot). The rework is left unchanged, i.e. the upload's
lag before a checkpoint is durable is ignored here (engine/simulation counts it).

Assumptions: failures are independent and exponential; checkpoints block training (unless
asynchronous); a
restart costs R plus the lost work since the last checkpoint; spares replace failed
accelerators at once (their count only reduces the accelerators that train).
"""

from __future__ import annotations

import numpy as np

from .inputs import Inputs
from .units import HOURS_PER_YEAR, SECONDS_PER_HOUR

COLLAPSE_BELOW = 0.5


def daly_interval(delta_s: np.ndarray, mtbf_s: np.ndarray) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        x = delta_s / (2.0 * mtbf_s)
        tau = np.sqrt(2.0 * delta_s * mtbf_s) * (1.0 + np.sqrt(x) / 3.0 + x / 9.0) - delta_s
    tau = np.where(delta_s < 2.0 * mtbf_s, tau, mtbf_s)
    return np.maximum(tau, 1e-9)


def reliability(inp: Inputs, train_gpus: np.ndarray) -> dict[str, np.ndarray]:
    rate = inp.failures_per_gpu_year * train_gpus  # interruptions per year
    with np.errstate(divide="ignore"):
        mtbf_h = np.where(rate > 0, HOURS_PER_YEAR / rate, np.inf)
    mtbf_s = mtbf_h * SECONDS_PER_HOUR
    ckpt_bytes = np.where(np.isnan(inp.checkpoint_bytes), 12.0 * inp.params_total, inp.checkpoint_bytes)
    write = ckpt_bytes / (inp.storage_write_tbps * 1e12)
    is_async = np.asarray(inp.checkpoint_async) > 0
    delta = np.where(is_async, inp.checkpoint_snapshot_s, write)  # the part that blocks training
    auto = np.isnan(inp.checkpoint_interval_s)
    tau = np.where(auto, daly_interval(delta, mtbf_s), inp.checkpoint_interval_s)
    tau = np.where(is_async, np.maximum(tau, write - delta), tau)
    tau = np.where(auto & np.isinf(mtbf_s), np.inf, tau)  # no failures: no need to checkpoint
    restart = inp.restart_s

    finite = np.isfinite(mtbf_s)
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        m = np.where(finite, mtbf_s, 1.0)
        segment = m * np.exp(np.minimum(restart / m, 700.0)) * np.expm1(np.minimum((tau + delta) / m, 700.0))
        goodput_failing = tau / segment
        goodput_clean = np.where(np.isinf(tau), 1.0, tau / (tau + delta))
        goodput = np.where(finite, goodput_failing, goodput_clean)
        ckpt_overhead = np.where(np.isinf(tau), 0.0, delta / (tau + delta))
    goodput = np.clip(np.nan_to_num(goodput, nan=0.0), 0.0, 1.0)
    failure_overhead = np.clip(1.0 - goodput - ckpt_overhead, 0.0, 1.0)
    return {
        "cluster_mtbf_hours": mtbf_h,
        "interruptions_per_day": np.where(finite, 24.0 / mtbf_h, 0.0),
        "checkpoint_bytes": ckpt_bytes,
        "checkpoint_write_s": write,
        "checkpoint_interval_s": tau,
        "checkpoint_overhead": ckpt_overhead,
        "failure_overhead": failure_overhead,
        "goodput": goodput,
        "goodput_collapse": goodput < COLLAPSE_BELOW,
    }
