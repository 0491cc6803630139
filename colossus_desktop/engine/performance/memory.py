"""Memory per GPU of a training layout: model states and activations.

Model states (mixed precision with Adam; Rajbhandari et al. 2020, ZeRO, §3.1: "2Ψ + 2Ψ + 12Ψ"):
BF16 weights (2 bytes), gradients (2) and the optimizer's FP32 master weights and two moments
(12). With data parallelism over D = dp·cp ranks, ZeRO stage 1 (Megatron's distributed
optimizer) shards the 12, stage 2 also the gradients, stage 3 also the weights:

    bytes per parameter = 2 + 2 + 12/D   (stage 1),   2 + 14/D  (2),   16/D  (3),   16  (0)

Parameters per GPU: the dense part of its pipeline stage's layers divided over tensor
parallelism, the routed experts of those layers over expert × tensor parallelism, and the
embedding on the first stage (the heaviest stage is counted).

Activations (Korthikanti et al. 2022, "Reducing Activation Recomputation in Large Transformer
Models", Table 2), per layer and micro-batch of b sequences of s tokens (s divided by context
parallelism), with tensor and sequence parallelism over t:

    attention 11·s·b·h + 5·a·s²·b,  layer norms 4·s·b·h,  MLP s·b·(3h + w·f_eff)      (bytes, ÷ t)

w = 4 for a GELU MLP (two f-wide 16-bit tensors: their 19·s·b·h at f = 4h), 6 for a gated one;
f_eff = f for dense layers, (top-k + shared)·f_e for MoE layers. Selective recomputation drops
the 5·a·s²·b term; full recomputation keeps only each layer's input (2·s·b·h ÷ t) plus one
layer's working set. With 1F1B the first stage holds p micro-batches of its L/p layers, i.e. L
layers' worth (× (1 + (p − 1)/(p·v)) with v interleaved stages).

A fused attention kernel (FlashAttention, Dao et al. 2022) never stores the a·s²·b scores, so
the quadratic term applies only to unfused attention. Selective recomputation drops the scores
(Korthikanti et al.); with fused kernels, where there are none to drop, it recomputes the
element-wise work instead (norms, activation functions; Megatron-Core's recompute modules) and
keeps only the inputs of the four matrix multiplications and the residual, 2·s·b·(4h + f_eff)
bytes [our accounting].

Assumptions: FP8/FP4 runs keep these BF16/FP32 states (DeepSeek-V3 §3.3); 10 % of HBM is left to
the framework, communication buffers and fragmentation; the logits and loss are not counted.
"""

from __future__ import annotations

import numpy as np

USABLE_HBM_FRACTION = 0.9  # [assumption] the rest: CUDA context, NCCL buffers, fragmentation


def state_bytes_per_param(zero: np.ndarray, shards: np.ndarray) -> np.ndarray:
    """Bytes of weights, gradients and optimizer states per parameter for a ZeRO stage."""
    return np.where(zero >= 2.5, 16.0 / shards,
                    np.where(zero >= 1.5, 2.0 + 14.0 / shards,
                             np.where(zero >= 0.5, 4.0 + 12.0 / shards, 16.0)))


def params_per_gpu(sh: dict, tp, pp, ep) -> np.ndarray:
    """Parameters held by one GPU of the heaviest (first) pipeline stage."""
    layers = sh["dense_layers"] + sh["moe_layers"]
    per_stage = np.ceil(layers / pp)
    moe_share = np.where(layers > 0, sh["moe_layers"] / layers, 0.0)
    dense_part = per_stage * ((1.0 - moe_share) * sh["params_layer_dense"] + moe_share * sh["params_layer_moe_shared"])
    experts = per_stage * moe_share * sh["params_layer_experts"] / ep
    return (dense_part + experts + sh["embedding"]) / tp


def activation_bytes_per_gpu(inp, sh: dict, tp, pp, cp, vpp, mbs, recompute) -> np.ndarray:
    """Activation bytes held by one GPU of the first stage at the peak of 1F1B."""
    h, a = inp.arch_hidden, inp.arch_heads
    s = inp.seq_length / cp
    b = mbs
    gated = np.where(inp.arch_gated > 0.5, 6.0, 4.0)
    layers = sh["dense_layers"] + sh["moe_layers"]
    moe_share = np.where(layers > 0, sh["moe_layers"] / layers, 0.0)
    f_moe = (np.nan_to_num(inp.arch_top_k, nan=1.0) + inp.arch_shared_experts) * np.where(
        np.isnan(inp.arch_moe_ffn), inp.arch_ffn, inp.arch_moe_ffn)
    f_eff = (1.0 - moe_share) * inp.arch_ffn + moe_share * np.nan_to_num(f_moe, nan=0.0)
    fused = np.clip(inp.fused_kernels, 0.0, 1.0)
    linear = s * b * (11.0 * h + 4.0 * h + 3.0 * h + gated * f_eff)
    quadratic = 5.0 * a * s * s * b * (1.0 - fused)  # FlashAttention stores none
    gemm_inputs = 2.0 * s * b * (4.0 * h + f_eff)  # QKV, attention-out, MLP-in, MLP-out inputs and the residual
    selective = np.where(fused > 0.5, gemm_inputs, linear)
    per_layer = np.where(recompute > 1.5, 2.0 * s * b * h, np.where(recompute > 0.5, selective, linear + quadratic)) / tp
    working = np.where(recompute > 1.5, (linear + quadratic) / tp, 0.0)  # the layer being recomputed
    interleave = 1.0 + np.where(vpp > 1, (pp - 1.0) / (pp * vpp), 0.0)
    return per_layer * layers * interleave + working


def memory_per_gpu(inp, sh: dict, tp, pp, dp, ep, cp, vpp, mbs, recompute, zero) -> dict[str, np.ndarray]:
    """Bytes per GPU of the heaviest stage: ``states``, ``activations`` and ``total``."""
    states = params_per_gpu(sh, tp, pp, ep) * state_bytes_per_param(zero, dp * cp)
    acts = activation_bytes_per_gpu(inp, sh, tp, pp, cp, vpp, mbs, recompute)
    return {"states": states, "activations": acts, "total": states + acts}
