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
import pytest

from colossus_desktop.engine.reliability import daly_interval, reliability

from .factory import float_warnings_raise, make_inputs

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


def test_daly_interval_with_its_correction_terms():
    # τ = √(2δM) · (1 + ⅓√(δ/2M) + ⅑ δ/2M) − δ. δ = 200 s, M = 400 s: δ/2M = 1/4, √(2δM) = 400,
    # τ = 400 · (1 + 1/6 + 1/36) − 200 = 400 · 43/36 − 200 = 2,500/9 s. δ = 1/8, M = 1/4: the same
    # ratio, τ = 1/4 · 43/36 − 1/8 = 25/144 s (kept, not raised to 1 s). δ = 2M: τ = M.
    # Kills x_daly_interval__mutmut_12 (3M), _14 (+ δ), _15 (÷ bracket), _20, _21 (signs), _23, _25
    # (√x·3, √x/4), _26, _27 (x·9, x/10), _35 (δ ≤ 2M), _37 (3M), _42 (floor 1.000000001).
    assert daly_interval(np.array([200.0, 0.125, 800.0]), np.array([400.0, 0.25, 400.0])) == pytest.approx(
        [2500.0 / 9.0, 25.0 / 144.0, 400.0], rel=1e-12
    )


def test_interruptions_per_day_and_the_collapse_threshold():
    # 24 h / M: M = 1 h → 24 a day, none without failures. No failures, τ = δ = 60 s: goodput
    # 60/120 = 0.5 exactly, which is not a collapse (< 0.5 is). τ = δ = 0: goodput 0/0 counts as 0.
    # Kills x_reliability__mutmut_163 (25 h), _179 (≤ 0.5), _137 (NaN → 1).
    out = _rel()
    np.testing.assert_allclose(out["interruptions_per_day"], [24.0, 24.0 / 17532.0, 0.0, 0.0], rtol=1e-12)
    inp = make_inputs(failures_per_gpu_year=0.0, checkpoint_bytes=[6e13, 0.0], storage_write_tbps=1.0,
                      checkpoint_interval_s=[60.0, 0.0])
    edge = reliability(inp, np.array([1.0, 1.0]))
    assert edge["goodput"].tolist() == [0.5, 0.0]
    assert edge["goodput_collapse"].tolist() == [False, True]


def test_no_failures_and_a_collapse_are_silent():
    # _rel() rows 2 and 3 have no failures: 8,766 h / 0 = ∞ (divide), √(2δM) with δ = 0 and M = ∞
    # is 0 · ∞ (invalid), τ/(τ + δ) = ∞/∞ (invalid). A collapsing cluster: λ = 100 per GPU-year
    # (the largest accepted) on 1e6 GPUs, M = 8,766 · 3,600 / 1e8 = 0.31558 s; a 1e15-byte
    # checkpoint at 1 TB/s, δ = 1,000 s ≥ 2M, so τ = M; R = 600 s: M · e^700 · (e^700 − 1)
    # overflows to ∞, goodput 0. All inside np.errstate, with no numpy warning.
    # Kills x_reliability__mutmut_3, _57, _58, _60, _61 and x_daly_interval__mutmut_2, _4.
    with float_warnings_raise():
        out = _rel()
        inp = make_inputs(failures_per_gpu_year=100.0, checkpoint_bytes=1e15, storage_write_tbps=1.0,
                          checkpoint_interval_s=NAN, restart_s=600.0)
        collapse = reliability(inp, np.array([1e6]))
    assert out["goodput"][[2, 3]].tolist() == [1.0, 1.0]
    assert collapse["goodput"].tolist() == [0.0] and collapse["goodput_collapse"].tolist() == [True]
    assert collapse["checkpoint_interval_s"][0] == pytest.approx(8766.0 * 3600.0 / 1e8, rel=1e-12)
