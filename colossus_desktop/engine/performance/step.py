"""Step time of a training layout: compute at an achievable share of peak plus what
communication and the pipeline leave exposed.

One optimizer step processes B tokens (global batch) on n = tp·pp·dp·cp GPUs in m = B /
(s·dp·mbs) micro-batches per pipeline. Per GPU of the busiest stage:

    compute   = hardware FLOPs of its share of the step / (peak × η(precision))
                + κ · (h + f_eff) · 2 bytes · tokens · layers / (tp · HBM bandwidth)
                the matrix multiplications at an achievable share η of the dense peak, plus the
                memory-bound element-wise work (norms, activations, residuals, softmax, dropout)
                that streams κ 16-bit values per hidden and feed-forward element of every token
                and layer (forward and backward) through HBM. The second term is why small models
                run further from peak (Megatron-LM Table 1: 44 % at h = 2,304, 52 % at 25,600) and
                why a chip with more FLOP/s per byte of HBM (H100: 295, A100: 153) loses more to it.
                With fused kernels (FlashAttention, Transformer Engine) the fit puts κ at 0: the
                element-wise work hides inside the fused GEMM and attention kernels
    TP        = (L/pp) · m · c · 2(t−1)/t · (b·s·h·2 bytes) / B_up        c = 4 all-reduces a
                layer (2 forward, 2 backward; Megatron, Shoeybi et al. 2019), 6 with full
                recomputation; never overlapped; B_up = scale-up bandwidth one way
    bubble    = (pp − 1)/(m·v) · (compute + TP)      1F1B with v interleaved stages
                (Narayanan et al. 2021, §2.2)
    DP        = 2(D−1)/D · 2 bytes · P_gpu / B_out  reduce-scatter of BF16 gradients and
                all-gather of BF16 weights (distributed optimizer; ZeRO-3 gathers the weights once
                more for the backward pass, 3Ψ instead of 2Ψ: Rajbhandari et al. 2020, §7), D = dp·cp; hidden behind
                the backward pass (two thirds of compute), the rest exposed
    EP        = (L_moe/pp) · m · 4 · (ep−1)/ep · b·s·k·h·2 bytes / B   dispatch and combine,
                forward and backward; over scale-up when the EP group fits its domain, else
                scale-out; hidden behind compute up to the compute time (DeepSeek-V3's DualPipe:
                "computation-to-communication ratio approximately 1:1")
    CP        = (L/pp) · m · 3 · (cp−1) · 2·b·(s/cp)·k_h·d·2 bytes / B   ring exchange of K and V
                (forward, and twice backward), hidden behind attention compute

B_out per GPU is its NIC bandwidth, divided by the oversubscription above pods when the group
spans more than a pod. η and κ are the model's only fitted constants (docs/validation.md,
"Throughput"), fitted on the calibration rows of shared/reference only.
"""

from __future__ import annotations

import numpy as np

#: Fitted on the calibration rows of shared/reference only (docs/validation.md, "Throughput").
ETA_MAX = {0: 0.55, 1: 0.55, 2: 0.55}  # BF16, FP8, FP4: achievable share of the dense peak in GEMMs (FP8/FP4: assumed as BF16; the one FP8 row, DeepSeek-V3, is bound by its all-to-all and cannot pin it)
ELEMENTWISE_VALUES = {0: 60.0, 1: 0.0}  # κ, unfused / fused kernels: 16-bit values moved through HBM per
#                                        hidden/feed-forward element, per token and layer (fused: hidden in the GEMMs)
BYTES = 2.0  # BF16 activations and gradients on the wire


def _ffn_effective(inp, sh: dict) -> np.ndarray:
    """Feed-forward width a token passes through, averaged over dense and MoE layers."""
    layers = sh["dense_layers"] + sh["moe_layers"]
    moe_share = np.where(layers > 0, sh["moe_layers"] / layers, 0.0)
    f_e = np.where(np.isnan(inp.arch_moe_ffn), inp.arch_ffn, inp.arch_moe_ffn)
    f_moe = (np.nan_to_num(inp.arch_top_k, nan=0.0) + inp.arch_shared_experts) * f_e
    return (1.0 - moe_share) * inp.arch_ffn + moe_share * np.nan_to_num(f_moe, nan=0.0)


def step_terms(inp, sh: dict, hw: dict, lay: dict, tokens_per_step) -> dict[str, np.ndarray]:
    """Seconds per optimizer step of each term for layouts ``lay`` (arrays tp, pp, dp, ep, cp,
    vpp, mbs, recompute, broadcasting against the (N, 1) hardware dict ``hw``)."""
    from .shape import hardware_flops_per_token

    tp, pp, dp, ep, cp, vpp, mbs, rc = (lay[k] for k in ("tp", "pp", "dp", "ep", "cp", "vpp", "mbs", "recompute"))
    h = inp.arch_hidden[:, None]
    s = inp.seq_length[:, None]
    layers = (sh["dense_layers"] + sh["moe_layers"])[:, None]
    moe_layers = sh["moe_layers"][:, None]
    gpus = tp * pp * dp * cp
    m = tokens_per_step / (s * dp * mbs)  # micro-batches per pipeline
    hw_flops = hardware_flops_per_token({k: v[:, None] for k, v in sh.items()}, rc) * tokens_per_step / gpus
    layers_gpu = np.ceil(layers / pp)
    f_eff = _ffn_effective(inp, sh)[:, None]
    fused = np.clip(inp.fused_kernels[:, None], 0.0, 1.0)
    kappa = ELEMENTWISE_VALUES[0] * (1.0 - fused) + ELEMENTWISE_VALUES[1] * fused
    elementwise = kappa * (h + f_eff) * BYTES * tokens_per_step / (dp * cp) * layers_gpu / tp
    elementwise = elementwise * np.where(rc > 1.5, 4.0 / 3.0, 1.0)  # full recomputation repeats the forward
    compute = hw_flops / (hw["peak_flops"] * hw["eta_max"]) + elementwise / hw["hbm_bytes_per_s"]

    up = hw["scaleup_bytes_per_s"]
    out = hw["scaleout_bytes_per_s"]
    act = mbs * (s / cp) * h * BYTES  # one micro-batch's hidden states
    per_stage = np.ceil(layers / pp)
    collectives = np.where(rc > 1.5, 6.0, 4.0)
    tp_time = np.where(tp > 1, per_stage * m * collectives * 2.0 * (tp - 1.0) / tp * act / up, 0.0)
    bubble = (pp - 1.0) / (m * vpp) * (compute + tp_time)

    from .memory import params_per_gpu
    p_gpu = params_per_gpu({k: v[:, None] for k, v in sh.items()}, tp, pp, ep)
    groups = dp * cp
    dp_out = out / np.where(gpus > hw["pod_gpus"], hw["pod_oversubscription"], 1.0)
    zero3 = np.where(lay["zero"] >= 2.5, 1.5, 1.0)  # ZeRO-3 gathers the weights again for the backward: 3Ψ, not 2Ψ
    dp_time = 2.0 * zero3 * (groups - 1.0) / groups * BYTES * p_gpu / dp_out
    dp_exposed = np.maximum(dp_time - compute * 2.0 / 3.0, 0.0)

    top_k = np.nan_to_num(inp.arch_top_k[:, None], nan=0.0)
    ep_bw = np.where(ep <= hw["scaleup_domain"], up, out)
    ep_time = np.where(ep > 1, np.ceil(moe_layers / pp) * m * 4.0 * (ep - 1.0) / ep * act * top_k / ep_bw, 0.0)
    ep_exposed = np.maximum(ep_time - compute, 0.0)

    kv = np.where(np.isnan(inp.arch_kv_heads), inp.arch_heads, inp.arch_kv_heads)[:, None] * sh["head_dim"][:, None]
    cp_bw = np.where(cp * tp <= hw["scaleup_domain"], up, out)
    cp_time = np.where(cp > 1, per_stage * m * 3.0 * (cp - 1.0) * 2.0 * mbs * (s / cp) * kv * BYTES / cp_bw, 0.0)
    attn_share = sh["attention_flops_per_token"][:, None] / sh["flops_per_token_model"][:, None]
    cp_exposed = np.maximum(cp_time - compute * attn_share, 0.0)

    total = compute + tp_time + bubble + dp_exposed + ep_exposed + cp_exposed
    recompute_part = compute * (1.0 - sh["flops_per_token_model"][:, None] * tokens_per_step / gpus / np.maximum(hw_flops, 1e-30))
    return {
        "step_time_s": total,
        "compute_s": compute - recompute_part,
        "recompute_s": recompute_part,
        "tp_s": tp_time,
        "bubble_s": bubble,
        "dp_s": dp_exposed,
        "ep_s": ep_exposed,
        "cp_s": cp_exposed,
        "micro_batches": m,
    }
