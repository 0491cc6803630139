"""The engine against published figures (shared/reference/published-runs.md, §B.1).

These use inputs written out here from the reference, so they test the equations alone;
tests/scenario/test_preset_calibration.py checks the shipped presets against the same figures.
"""

from __future__ import annotations

import math

import pytest

from colossus_desktop.engine import evaluate
from colossus_desktop.engine.architecture import flops_per_iteration, transformer_params

from .factory import make_inputs

A100 = dict(pool_bf16_tflops=[[312.0]], pool_fp8_tflops=[[math.nan]], pool_tdp_w=[[400.0]])


def test_llama3_405b_flops_6nd():
    # "pre-trained using 3.8 × 10^25 FLOPs"; 6 × 405e9 × 15.6e12 = 3.79e25.
    r = evaluate(make_inputs(params_total=405e9, params_active=405e9, tokens=15.6e12))
    assert r.training.total_flops[0] == pytest.approx(3.8e25, rel=0.01)


def test_llama3_405b_interruptions_and_goodput():
    # 419 unexpected interruptions in a 54-day snapshot on 16,384 H100; ">90% effective
    # training time". The factory's failure rate is the catalog default derived from it.
    r = evaluate(make_inputs(pool_count=[[16384.0]]))
    assert r.reliability.interruptions_per_day[0] * 54 == pytest.approx(419, rel=0.15)
    assert r.reliability.goodput[0] > 0.90


def test_deepseek_v3_gpu_hours():
    # 2,048 H800 (H100 compute), FP8, 37B active of 671B, 14.8T tokens: 2.788M GPU-hours.
    # MFU 0.173 is DERIVED from the report (343 TFLOP/s achieved / 1,979 FP8 peak).
    r = evaluate(
        make_inputs(
            pool_count=[[2048.0]],
            params_total=671e9,
            params_active=37e9,
            tokens=14.8e12,
            precision_code=1.0,
            mfu=0.173,
        )
    )
    assert r.training.total_flops[0] == pytest.approx(3.29e24, rel=0.01)
    assert r.training.gpu_hours[0] == pytest.approx(2.788e6, rel=0.10)


def test_100k_h100_draw_about_150_mw():
    # SemiAnalysis: "A 100,000 GPU cluster would require over 150MW of data center capacity".
    r = evaluate(make_inputs(pool_count=[[100_000.0]], storage_capacity_pb=1000.0))
    assert r.power.facility_mw[0] == pytest.approx(150, rel=0.20)


@pytest.mark.parametrize(
    "params_b, heads, hidden, layers",
    [(1.7, 24, 2304, 24), (18.4, 48, 6144, 40), (145.6, 96, 12288, 80)],
)
def test_megatron_table1_parameter_counts(params_b, heads, hidden, layers):
    # Table 1 prints two or three significant figures (1.652B is printed "1.7").
    assert transformer_params(layers, hidden, 51200, 2048) / 1e9 == pytest.approx(params_b, rel=0.03)


@pytest.mark.parametrize(
    "params_b, hidden, layers, batch",
    [(1.7, 2304, 24, 512), (18.4, 6144, 40, 1024), (145.6, 12288, 80, 2304)],
)
def test_megatron_eq3_is_about_8nd(params_b, hidden, layers, batch):
    # With recomputation one iteration costs ≈ 8 · P · tokens (eq. 3 vs eq. 4).
    p = transformer_params(layers, hidden, 51200, 2048)
    f = flops_per_iteration(batch, 2048, layers, hidden, 51200, recompute=True)
    assert f == pytest.approx(8 * p * batch * 2048, rel=0.12)
    r = evaluate(make_inputs(params_total=p, params_active=p, tokens=batch * 2048.0, recompute=1.0))
    assert r.training.total_flops[0] == pytest.approx(8 * p * batch * 2048)


@pytest.mark.parametrize(
    "params, tokens, gpus, tflops, days",
    [
        (175e9, 300e9, 1024, 140.0, 34),  # "the time required to train this model is 34 days"
        (1e12, 450e9, 3072, 163.0, 84),  # "end-to-end training time of 84 days"
    ],
)
def test_megatron_training_time_projections(params, tokens, gpus, tflops, days):
    r = evaluate(
        make_inputs(
            pool_count=[[float(gpus)]],
            params_total=params,
            params_active=params,
            tokens=tokens,
            recompute=1.0,
            mfu=tflops / 312.0,
            failures_per_gpu_year=0.0,  # a projection without failures
            **A100,
        )
    )
    assert r.training.compute_days[0] == pytest.approx(days, rel=0.02)
