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


def test_layouts_that_cannot_run_are_named_by_their_cause():
    from colossus_desktop.messages import warning_texts

    # more accelerators than the run has: 8 · 16 · 1,000 = 128,000 of 16,384
    r = evaluate(to_inputs(llama(parallelism=Parallelism(tp=8, pp=16, dp=1000))))
    assert not r.training.layout_valid[0] and math.isinf(r.training.wall_days[0])
    assert [f.code for f in r.flags()][:1] == ["layout_needs_more_gpus"]
    assert "128,000" in warning_texts(r)[0] and "16,384" in warning_texts(r)[0]
    # TP 16 on H100 (NVLink domain of 8): names the domain, not the divisibility
    r = evaluate(to_inputs(llama(parallelism=Parallelism(tp=16))))
    assert [f.code for f in r.flags()][:1] == ["tp_outside_domain"] and "8 accelerators" in warning_texts(r)[0]
    # everything on Auto but a batch that no replica count divides into whole micro-batches
    r = evaluate(to_inputs(llama(parallelism=Parallelism(), global_batch_tokens=8192.0 * 7)))
    assert r.training.layout_valid[0]  # 7 sequences: DP 7 or 1 still divide
    # a fixed layout leaving GPUs idle is paid and said: 8 · 16 · 100 = 12,800 of 16,384
    r = evaluate(to_inputs(llama(parallelism=Parallelism(tp=8, pp=16, dp=100), global_batch_tokens=8192.0 * 1600)))
    assert "idle_accelerators" in [f.code for f in r.flags()] and "12,800" in " ".join(warning_texts(r))


def test_tp_groups_never_straddle_nvlink_domains():
    # GB200 NVL72 (domain 72): TP 16 and 64 split across racks, so TP ∈ {1, 2, 4, 8} here
    s = llama(parallelism=Parallelism())
    s.pools[0].accelerator = "gb200-nvl72"
    s.pools[0].count = 16128
    s.layout.gpus_per_node, s.layout.nodes_per_rack = 4, 18
    rows = rank_layouts(to_inputs(s), top=50)
    assert rows and all(72 % r["tp"] == 0 for r in rows)


def test_zero_3_pays_for_its_memory_with_communication():
    base = Parallelism(tp=8, pp=16, dp=128, cp=1, recompute="selective", vpp=4, micro_batch_size=1)
    t1 = evaluate(to_inputs(llama(parallelism=base.model_copy(update={"zero_stage": 1})))).training
    t3 = evaluate(to_inputs(llama(parallelism=base.model_copy(update={"zero_stage": 3})))).training
    assert t3.memory_gb_per_gpu[0] < t1.memory_gb_per_gpu[0]
    assert t3.step_breakdown_s["dp"][0] >= t1.step_breakdown_s["dp"][0]
    assert t3.step_time_s[0] >= t1.step_time_s[0]


def test_a_given_mfu_sets_the_step_time_too():
    t = evaluate(to_inputs(llama(mfu=0.2))).training
    p = evaluate(to_inputs(llama())).training
    assert t.step_time_s[0] == pytest.approx(p.step_time_s[0] * p.mfu[0] / 0.2, rel=1e-6)


def test_a_scenario_predicts_the_same_alone_and_in_a_batch():
    # The search groups rows by the candidates they need: a dense 8K-sequence run must not be
    # offered context or expert parallelism because a MoE or a long-context row shares its batch.
    from colossus_desktop.engine import stack

    ll, ds = to_inputs(llama(parallelism=Parallelism())), to_inputs(load_preset("deepseek-v3"))
    long = llama(parallelism=Parallelism(), seq_length=131072)
    alone = [evaluate(i).training.mfu[0] for i in (ll, ds, to_inputs(long))]
    together = evaluate(stack([ll, ds, to_inputs(long)])).training.mfu
    assert together.tolist() == pytest.approx(alone, rel=1e-12)


def test_degrees_every_row_fixes_are_the_only_candidates():
    # The edit path evaluates the scenario and its 49-size sweep: a degree every row fixes must not
    # bring the whole grid along (a MoE edit cost 2.2 s when it did).
    from colossus_desktop.engine.performance.search import candidates

    fixed = to_inputs(load_preset("deepseek-v3"))  # TP1 PP16 DP128 EP64 ZeRO-1 fixed
    free = to_inputs(llama(parallelism=Parallelism()))
    c_fixed, c_free = candidates(fixed), candidates(free)
    assert set(c_fixed["tp"]) == {1.0} and set(c_fixed["ep"]) == {64.0} and set(c_fixed["zero"]) == {1.0}
    assert len(c_fixed["tp"]) < len(c_free["tp"]) / 50
