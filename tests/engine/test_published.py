"""The engine against published figures (shared/reference/published-runs.md, §B.1).

These use inputs written out here from the reference, so they test the equations alone;
tests/scenario/test_preset_calibration.py checks the shipped presets against the same figures.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from colossus_desktop.engine import evaluate
from colossus_desktop.engine.architecture import flops_per_iteration, transformer_params

from .factory import make_inputs

A100 = dict(pool_bf16_tflops=[[312.0]], pool_fp8_tflops=[[math.nan]], pool_tdp_w=[[400.0]])


def test_llama3_405b_flops_6nd():
    # "pre-trained using 3.8 × 10^25 FLOPs"; 6 × 405e9 × 15.6e12 = 3.79e25.
    r = evaluate(make_inputs(params_total=405e9, params_active=405e9, tokens=15.6e12))
    assert r.training.total_flops[0] == pytest.approx(3.8e25, rel=0.01)


def test_llama3_405b_interruption_count_identity_check():
    """Identity check, not a prediction: the factory's failure rate IS Llama 3's count.

    The rate is defined as 419 / (16,384 × 54 / 365.25) per GPU-year, so the 419 holds by
    construction; what this checks is the unit chain (per GPU-year → per-job MTBF in hours →
    per day), hence the tight tolerance. The goodput is a separate claim of the same paper.
    Reference (published-runs.md §1): "During a 54-day snapshot period of pre-training, we
    experienced a total of 466 job interruptions. Of these, 47 were planned" (419 unexpected);
    "we achieved higher than 90% effective training time".
    """
    r = evaluate(make_inputs(pool_count=[[16384.0]]))
    assert r.reliability.interruptions_per_day[0] * 54 == pytest.approx(419, rel=1e-9)
    assert r.reliability.goodput[0] > 0.90


# Meta's RSC study (Kokolis et al., arXiv 2410.21680), published-runs.md §20.1: "Node failure
# rate r_f | RSC-1: 6.50 failures per 1,000 node-days; RSC-2: 2.34 per 1,000 node-days"; and
# "Check: 2,048 nodes x 6.5e-3/day ⇒ 1/13.3 per day ⇒ 1.80 h MTTF (matches paper)".
# Per GPU-year with 8 GPUs per node: rate / 1,000 / 8 × 365.25.
RSC1_PER_GPU_YEAR = 6.50 / 1000 / 8 * 365.25  # 0.2968
RSC2_PER_GPU_YEAR = 2.34 / 1000 / 8 * 365.25  # 0.1068


def test_llama3_interruptions_fall_inside_meta_rsc_failure_band():
    """Llama 3's 419 interruptions against an independent failure study (not the same data).

    The engine, given RSC-1's and RSC-2's node failure rates, predicts the interruptions of a
    16,384-GPU job over Llama 3's 54-day snapshot; the published 419 must lie between them.
    By hand: 2,048 nodes × 54 days × 6.50/1,000 = 718.848 and × 2.34/1,000 = 258.785.
    The RSC study reports an MTTF of 1.80 h for 2,048-node jobs at RSC-1's rate.
    """
    hi = evaluate(make_inputs(pool_count=[[16384.0]], failures_per_gpu_year=RSC1_PER_GPU_YEAR)).reliability
    lo = evaluate(make_inputs(pool_count=[[16384.0]], failures_per_gpu_year=RSC2_PER_GPU_YEAR)).reliability
    assert hi.interruptions_per_day[0] * 54 == pytest.approx(718.848, rel=1e-6)
    assert lo.interruptions_per_day[0] * 54 == pytest.approx(258.785, rel=1e-5)
    assert lo.interruptions_per_day[0] * 54 < 419 < hi.interruptions_per_day[0] * 54
    assert hi.cluster_mtbf_hours[0] == pytest.approx(1.80, rel=0.01)


def test_deepseek_v3_gpu_hours_identity_check():
    """Identity check, not a prediction: the MFU was derived from the GPU-hours it reproduces.

    2,048 H800 (H100 compute), FP8, 37B active of 671B, 14.8T tokens. The MFU 0.173 is DERIVED
    from the same report (published-runs.md §3: "≈343 TFLOP/s ... ≈17.3% of FP8 peak (1979)",
    from 3.29e24 / (2.664e6 h × 3600 s)), so the GPU-hours come back by construction; this
    checks 6·N_active·D, the FP8 peak and the hours arithmetic. Predicting them from the model
    and the cluster without this MFU is issue #10. Quotes: "DeepSeek-V3 costs only 2.788M GPU
    hours for its full training"; Table 1 "in H800 GPU Hours": 2664K pre-training.
    """
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
    # failure-free GPU-hours: 3.2856e24 / (1,978.9e12 · 0.173 · 3,600 s) = 2.666M, the 2,664K
    assert r.training.compute_days[0] * 24 * 2048 == pytest.approx(2.664e6, rel=0.002)
    assert r.training.gpu_hours[0] == pytest.approx(2.788e6, rel=0.10)


# SemiAnalysis, "100,000 H100 Clusters", via hardware-and-economics.md §B.1: "100k H100 cluster |
# >150 MW critical IT; 1.59 TWh/yr; $123.9M/yr @ $0.078/kWh", quote: "A 100,000 GPU cluster would
# require over 150MW of data center capacity, consuming 1.59 TWh annually, costing approximately
# $123.9 million at a standard rate of $0.078 per kWh".
SEMIANALYSIS_100K = dict(pool_count=[[100_000.0]], storage_capacity_pb=1000.0)


def test_100k_h100_critical_it_about_150_mw():
    """The ~150 MW is critical IT capacity: compare the nameplate IT power, not facility power.

    Engine today: 143.5 MW (1,274 W of servers per GPU, as SemiAnalysis's "700 W GPU + ~575 W",
    plus 11.1 MW of network and 5 MW of storage).
    """
    r = evaluate(make_inputs(**SEMIANALYSIS_100K))
    assert r.power.it_peak_mw[0] == pytest.approx(150, rel=0.10)


def test_100k_h100_energy_1_59_twh_a_year():
    """The 1.59 TWh a year is facility energy with the IT drawing its full capacity all year.

    [own calc] 1.59 TWh / 8,766 h = 181 MW, 1.21 × the 150 MW of critical IT, and
    1.59e9 kWh × $0.078 = $124M, the quoted bill: the analysis counts the cooling overhead
    (PUE ≈ 1.2, SemiAnalysis via Epoch: "Most AI Datacenter specs aim for lower than 1.3 PUE")
    and no idle time. So this compares at utilisation 1 and PUE 1.2. Engine today: 1,510 GWh
    and $117.8M (−5 %); at the default utilisation 0.75 it would be 1,175 GWh.
    """
    r = evaluate(make_inputs(**SEMIANALYSIS_100K, utilization=1.0, pue=1.2, grid_usd_per_mwh=78.0))
    assert r.power.annual_energy_gwh[0] == pytest.approx(1590, rel=0.10)
    assert r.cost.opex_breakdown_usd_per_year["energy"][0] == pytest.approx(123.9e6, rel=0.10)


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
    # With recomputation one iteration costs ≈ 8 · P · tokens (eq. 3 vs eq. 4). The engine counts
    # that in hardware FLOPs; its model FLOPs stay eq. 3 without the extra forward pass (72, not 96).
    p = transformer_params(layers, hidden, 51200, 2048)
    f = flops_per_iteration(batch, 2048, layers, hidden, 51200, recompute=True)
    assert f == pytest.approx(8 * p * batch * 2048, rel=0.12)
    shape = dict(arch_layers=float(layers), arch_hidden=float(hidden), arch_ffn=4.0 * hidden,
                 arch_heads=hidden / 128.0 if hidden % 128 == 0 else 24.0, arch_vocab=51200.0, arch_tied=1.0,
                 arch_gated=0.0, seq_length=2048.0)
    r = evaluate(make_inputs(params_total=p, params_active=np.nan, tokens=batch * 2048.0, par_recompute=2.0,
                             **shape)).training
    assert r.hardware_flops[0] == pytest.approx(f, rel=0.01)
    assert r.model_flops[0] == pytest.approx(flops_per_iteration(batch, 2048, layers, hidden, 51200, recompute=False),
                                             rel=0.01)


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
            # the paper's X counts 8 FLOPs a parameter and token (recomputation); the engine's MFU
            # counts model FLOPs, 6: the same throughput is an MFU of X/312 · 6/8
            mfu=tflops / 312.0 * 6.0 / 8.0,
            failures_per_gpu_year=0.0,  # a projection without failures
            **A100,
        )
    )
    assert r.training.compute_days[0] == pytest.approx(days, rel=0.02)
