"""Golden scenarios for the reliability sub-model (engine/reliability.py), worked by hand.

    M = 8,766 h / (λ · n)                                      mean time between interruptions
    S = 12 bytes · parameters (auto);  δ = S / write bandwidth  checkpoint size and write time
    τ = √(2δM) · [1 + ⅓·√(δ/2M) + ⅑·(δ/2M)] − δ  (δ < 2M)     Daly (2006), full formula
    goodput = τ / (M · e^{R/M} · (e^{(τ+δ)/M} − 1))

Base (tests/engine/golden): 1,024 accelerators, 10e9 parameters, restart R = 600 s; here a slow
1 GB/s checkpoint store (0.001 TB/s) so that δ is large enough to matter, and λ = 8,766 / 10,240
per accelerator-year, which gives M = 10 h exactly.
"""

from __future__ import annotations

import math

import pytest

from colossus_desktop.engine import evaluate

from . import golden_inputs

RATE_10H = 8766 / 10240  # failures per accelerator-year: 1,024 of them fail once per 10 h together
M_S = 36_000.0  # 10 h
DELTA_S = 120.0  # 12 bytes · 10e9 parameters = 120 GB at 1 GB/s
X = DELTA_S / (2 * M_S)  # δ / 2M = 1/600
TAU_S = math.sqrt(2 * DELTA_S * M_S) * (1 + math.sqrt(X) / 3 + X / 9) - DELTA_S  # 2,859.932 s
FAILING = dict(failures_per_gpu_year=RATE_10H, storage_write_tbps=0.001)
# Young's first-order √(2δM) − δ = 2,819.388 s and plain √(2δM) = 2,939.388 s both differ by > 1 %.


def test_mtbf_and_interruptions():
    r = evaluate(golden_inputs(**FAILING)).reliability
    assert r.cluster_mtbf_hours[0] == pytest.approx(10.0, rel=1e-9)
    assert r.interruptions_per_day[0] == pytest.approx(2.4, rel=1e-9)  # 24 h / 10 h


def test_checkpoint_size_is_12_bytes_per_parameter():
    r = evaluate(golden_inputs(**FAILING)).reliability
    # FP32 master weights + two Adam moments: 12 · 10e9 = 1.2e11 bytes
    assert r.checkpoint_bytes[0] == pytest.approx(1.2e11, rel=1e-9)
    assert r.checkpoint_write_s[0] == pytest.approx(120.0, rel=1e-9)  # 1.2e11 B / 1e9 B/s
    # a size given by the user wins: 5e11 B → 500 s
    given = evaluate(golden_inputs(**FAILING, checkpoint_bytes=5e11)).reliability
    assert given.checkpoint_write_s[0] == pytest.approx(500.0, rel=1e-9)


def test_daly_interval_full_formula():
    r = evaluate(golden_inputs(**FAILING)).reliability
    assert TAU_S == pytest.approx(2859.932022, rel=1e-9)
    assert r.checkpoint_interval_s[0] == pytest.approx(TAU_S, rel=1e-9)
    # δ ≥ 2M: Daly's formula no longer applies and τ = M (δ = 1e17 B / 1e9 B/s = 1e8 s)
    slow = evaluate(golden_inputs(**FAILING, checkpoint_bytes=1e17)).reliability
    assert slow.checkpoint_interval_s[0] == pytest.approx(M_S, rel=1e-9)


def test_goodput_and_its_split():
    r = evaluate(golden_inputs(**FAILING)).reliability
    goodput = TAU_S / (M_S * math.exp(600 / M_S) * (math.exp((TAU_S + DELTA_S) / M_S) - 1))  # 0.905342
    assert goodput == pytest.approx(0.9053418, rel=1e-6)
    assert r.goodput[0] == pytest.approx(goodput, rel=1e-9)
    assert r.checkpoint_overhead[0] == pytest.approx(DELTA_S / (TAU_S + DELTA_S), rel=1e-9)  # 0.040269
    assert r.failure_overhead[0] == pytest.approx(1 - goodput - 0.0402693750, rel=1e-6)  # 0.054389
    assert not r.goodput_collapse[0]
    # a fixed interval of 1 h: 3,600 / (36,000 · e^(1/60) · (e^(3,720/36,000) − 1)) = 0.903420
    fixed = evaluate(golden_inputs(**FAILING, checkpoint_interval_s=3600.0)).reliability
    assert fixed.goodput[0] == pytest.approx(0.9034197, rel=1e-6)


def test_spares_do_not_fail_a_job_they_do_not_run():
    # 25 % spares: the job runs on 768 accelerators, so M = 8,766 / (8,766 / 10,240 · 768) = 13.3 h
    r = evaluate(golden_inputs(**FAILING, spare_fraction=0.25)).reliability
    assert r.cluster_mtbf_hours[0] == pytest.approx(10240 / 768, rel=1e-9)
