"""Interruptions, checkpoints and goodput of engine/reliability.py worked by hand, killing
mutmut's survivors (docs/validation.md).

    M = 8,766 h / (λ · n),  δ = S / B  (S = 12 bytes per parameter unless given),
    goodput = τ / (M · e^{R/M} · (e^{(τ+δ)/M} − 1)),  checkpoint overhead = δ / (τ + δ)
    (no failures: τ = ∞, goodput 1, no checkpoint overhead)

Mutant names are mutmut's (``x_reliability__mutmut_<n>``).
"""

from __future__ import annotations

import math

import numpy as np

from colossus_desktop.engine.reliability import reliability

from .factory import make_inputs

NAN = float("nan")
INF = float("inf")


def _rel():
    # Row 0: λ = 1 per GPU-year on 8,766 GPUs: M = 1 h = 3,600 s; S = 6e13 B at 1 TB/s: δ = 60 s;
    #        τ = 540 s given; R = 360 s.
    # Row 1: λ = 0.5 on 1 GPU: M = 17,532 h; S = 12 × 1e9 parameters = 1.2e10 B at 2 TB/s: δ = 0.006 s.
    # Row 2: no failures, a zero-byte checkpoint, automatic interval.
    # Row 3: no failures, S = 6e13 B, automatic interval.
    inp = make_inputs(
        failures_per_gpu_year=[1.0, 0.5, 0.0, 0.0], checkpoint_bytes=[6e13, NAN, 0.0, 6e13], params_total=1e9,
        storage_write_tbps=[1.0, 2.0, 1.0, 1.0], checkpoint_interval_s=[540.0, NAN, NAN, NAN], restart_s=360.0,
    )
    return reliability(inp, np.array([8766.0, 1.0, 1.0, 1.0]))


def test_mtbf_and_checkpoint_size_and_write_time():
    # Kills x_reliability__mutmut_14 (rate > 1: 0.5 a year would mean no failures), _26 (12 / params),
    # _27 (13 bytes), _31 (× (1e12 + 1): 0.006 is exact here, as 1.2e10 / 2e12 rounds to it).
    out = _rel()
    np.testing.assert_allclose(out["cluster_mtbf_hours"], [1.0, 17532.0, INF, INF], rtol=1e-12)
    assert out["checkpoint_bytes"].tolist() == [6e13, 1.2e10, 0.0, 6e13]
    assert out["checkpoint_write_s"].tolist() == [60.0, 0.006, 0.0, 60.0]


def test_goodput_and_overheads():
    # Row 0: 540 / (3,600 · e^0.1 · (e^(600/3,600) − 1)) = 0.748375…; checkpoint overhead
    # 60 / 600 = 0.1; failure overhead 1 − 0.748375… − 0.1. Rows 2 and 3: goodput 1, overheads 0.
    # Kills x_reliability__mutmut_46 (τ = ∞ dropped: a zero-byte checkpoint gives τ = NaN and goodput 0),
    # _93 (τ − δ), _123 (overhead 1 when τ = ∞), _124 (δ · (τ + δ)), _125 (δ / (τ − δ)).
    out = _rel()
    goodput = 540.0 / (3600.0 * math.exp(360.0 / 3600.0) * math.expm1(600.0 / 3600.0))
    np.testing.assert_allclose(out["goodput"][[0, 2, 3]], [goodput, 1.0, 1.0], rtol=1e-12)
    np.testing.assert_allclose(out["checkpoint_overhead"][[0, 2, 3]], [0.1, 0.0, 0.0], rtol=1e-12, atol=0)
    np.testing.assert_allclose(out["failure_overhead"][0], 1.0 - goodput - 0.1, rtol=1e-12)
    assert out["checkpoint_interval_s"][0] == 540.0 and out["checkpoint_interval_s"][2] == INF
