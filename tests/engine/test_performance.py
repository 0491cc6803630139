"""Predicted throughput (engine/performance): the three FLOP faults issue 10 found, memory, and
the layout search, held against published figures (shared/reference/published-runs.md)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from colossus_desktop.engine import evaluate, rank_layouts
from colossus_desktop.scenario import load_preset, to_inputs
from colossus_desktop.scenario.model import Architecture, Parallelism


def llama(**workload):
    s = load_preset("llama-3-405b")
    for k, v in workload.items():
        setattr(s.workload, k, v)
    return s


def test_recomputation_is_hardware_flops_never_model_flops():
    # Fault 1: with full recomputation Llama 3 405B's "model FLOPs" became 8ND = 5.05e25.
    s = llama(parallelism=Parallelism(tp=8, pp=16, dp=128, cp=1, recompute="full"))
    t = evaluate(to_inputs(s)).training
    six_nd = 6 * 405.8e9 * 15.6e12  # the shape's 405.8B parameters (Meta: "405B")
    assert t.total_flops[0] == pytest.approx(six_nd, rel=0.01)  # ≈ 3.8e25, Meta's figure
    assert t.model_flops[0] < 1.1 * six_nd  # attention adds ≈ 8 % at 8K, recomputation nothing
    assert t.hardware_flops[0] == pytest.approx(t.model_flops[0] + 2 * (405.8e9 - 128256 * 16384) * 15.6e12
                                                + (t.model_flops[0] - six_nd) / 3, rel=0.01)
    assert not math.isclose(t.model_flops[0], 8 * 405e9 * 15.6e12, rel_tol=0.1)


def test_the_sequence_length_counts_in_the_flops():
    # Fault 2: an 8B model at 128K context got the FLOPs of 8K. PaLM: 6N + 12·L·H·Q·T per token.
    arch = Architecture(num_hidden_layers=32, hidden_size=4096, intermediate_size=14336, num_attention_heads=32,
                        num_key_value_heads=8, vocab_size=128256)
    flops = {}
    for seq in (8192, 131072):
        s = llama(architecture=arch, params_total_b=8.03, seq_length=seq, global_batch_tokens=4 * 1024**2,
                  parallelism=Parallelism())
        flops[seq] = evaluate(to_inputs(s)).training.model_flops[0] / s.workload.tokens_t / 1e12
    attention = lambda t: 12 * 32 * 32 * 128 * t
    assert flops[131072] - flops[8192] == pytest.approx(attention(131072) - attention(8192), rel=1e-6)
    assert flops[131072] / flops[8192] > 3  # attention dominates at 128K


def test_a_moe_described_by_its_shape_counts_its_active_parameters():
    # Fault 3: a MoE given only experts and top-k was counted on all 671B parameters (3.6× too many
    # FLOPs). DeepSeek-V3: "671B total parameters with 37B activated for each token".
    s = load_preset("deepseek-v3")
    s.workload.params_active_b = None  # only the shape says what is active
    t = evaluate(to_inputs(s)).training
    assert t.total_flops[0] / (6 * s.workload.tokens_t * 1e12) == pytest.approx(37.5e9, rel=0.03)
    assert t.total_flops[0] < 6 * 671e9 * s.workload.tokens_t * 1e12 / 3.5


def test_405b_on_eight_h100_is_refused_not_87_days():
    # 405B × 16 bytes of model state = 6.5 TB against 8 × 80 GB: no layout fits.
    s = llama(parallelism=Parallelism())
    s.pools[0].count = 8
    s.workload.gpus = None
    s.reliability.spare_fraction = 0.0
    r = evaluate(to_inputs(s))
    t = r.training
    assert not t.fits[0] and math.isinf(t.wall_days[0])
    assert "no_layout_fits" in [f.code for f in r.flags()]
    assert t.memory_gb_per_gpu[0] > 80


def test_an_input_mfu_overrides_the_prediction():
    t = evaluate(to_inputs(llama(mfu=0.2))).training
    assert t.mfu_source[0] == 1.0 and t.mfu[0] == 0.2 and 0.3 < t.mfu_predicted[0] < 0.5


def test_the_search_finds_metas_layout_and_respects_the_hardware():
    # All parallelism left to the search on 16,384 H100 (NVLink domain 8, 80 GB): Meta's Table 4
    # layout, TP8 PP16 DP128, comes out best; every listed layout keeps TP within the domain.
    s = llama(parallelism=Parallelism())
    rows = rank_layouts(to_inputs(s), top=20)
    assert (rows[0]["tp"], rows[0]["pp"], rows[0]["dp"]) == (8, 16, 128)
    assert all(r["tp"] <= 8 and r["tp"] * r["pp"] * r["dp"] * r["cp"] <= 16384 for r in rows)
    assert all(r["memory_bytes"] <= 0.9 * 80e9 for r in rows if r["fits"])
    steps = [r["step_time_s"] for r in rows]
    flops = [r["model_flops_per_s"] for r in rows]
    assert flops == sorted(flops, reverse=True) and len(steps) == 20


def test_throughput_falls_where_communication_bites():
    # Time to train against cluster size bends: doubling 16,384 → 32,768 GPUs at a fixed 16M batch
    # halves the micro-batches per pipeline, so the bubble grows and the MFU drops.
    base = llama(parallelism=Parallelism())
    big = llama(parallelism=Parallelism())
    big.pools[0].count = 32768
    big.workload.gpus = None
    mfu = [evaluate(to_inputs(s)).training.mfu[0] for s in (base, big)]
    assert mfu[1] < mfu[0]
    assert np.isfinite(mfu).all()


def test_a_fixed_layout_that_cannot_divide_the_cluster_is_named():
    s = llama(parallelism=Parallelism(tp=8, pp=16, dp=1000))  # 128,000 GPUs asked of 16,384
    r = evaluate(to_inputs(s))
    assert not r.training.layout_valid[0] and math.isinf(r.training.wall_days[0])
    assert [f.code for f in r.flags()][:1] == ["no_valid_layout"]
    from colossus_desktop.messages import warning_texts
    assert "16,384" in warning_texts(r)[0]
