"""A transformer's parameters and FLOPs from its shape (Hugging Face ``config.json`` names).

Per layer, with hidden size h, heads a, key/value heads k, head width d (hidden / heads unless
given), routed experts E of width f_e with top-k routing and S shared experts:

    attention   h·d·(2a + 2k)                     Q, K, V and output projections (GQA: k < a)
    MLA         h·q + q·a·(d_nope + d_rope) + h·(c + d_rope) + c·a·(d_nope + d_v) + a·d_v·h
                (DeepSeek-V2/V3: q = q_lora_rank, c = kv_lora_rank)
    MLP         g·h·f          g = 3 for a gated (SwiGLU) MLP, 2 otherwise
    MoE         E·g·h·f_e + S·g·h·f_e + h·E (router); active: (top-k + S)·g·h·f_e + h·E

Model: the first ``first_k_dense_replace`` layers are dense, the rest MoE (all dense without
experts); embeddings V·h, plus V·h for the output unless tied.

FLOPs per token (PaLM, Chowdhery et al. 2022, appendix B: "6N + 12LHQT"): model FLOPs

    6 · N_active  +  6 · L · a · T · (d_qk + d_v)      (= 12·L·H·Q·T when d_qk = d_v = Q)

with N_active the parameters a token uses, without the input embedding (a table look-up), and
T the sequence length. Like PaLM and Megatron-LM (eq. 3: "1 + s/6h") this counts the whole
T × T score matrix, not the causal half. Hardware FLOPs add what recomputation repeats: full
recomputation one more forward pass of the layers (2·N_active without the output layer, plus a
third of the attention term: Megatron-LM eq. 3's 96 against 72); selective
recomputation (Korthikanti et al. 2022) only the attention core (a third of the attention term).
Recomputation never counts as model FLOPs.
"""

from __future__ import annotations

import numpy as np


def _or(x, fallback):
    return np.where(np.isnan(x), fallback, x)


def shape(inp) -> dict[str, np.ndarray]:
    """Parameter counts and per-token FLOPs of each scenario's model: (N,) arrays, NaN where the
    shape is incomplete. Keys: ``params_total``, ``params_active``, ``params_layer_dense``,
    ``params_layer_moe_shared`` (attention, shared experts, router), ``params_layer_experts``
    (the routed experts of one MoE layer), ``moe_layers``, ``dense_layers``, ``embedding``,
    ``head_dim``, ``qk_dim``, ``v_dim``, ``flops_per_token_model`` (at the run's sequence
    length), ``attention_flops_per_token``, ``complete`` (1.0 when the shape is known)."""
    L, h, a = inp.arch_layers, inp.arch_hidden, inp.arch_heads
    k = _or(inp.arch_kv_heads, a)
    d = _or(inp.arch_head_dim, h / a)
    g = np.where(inp.arch_gated > 0.5, 3.0, 2.0)
    mla = ~np.isnan(inp.arch_kv_lora_rank)
    nope, rope = _or(inp.arch_qk_nope_dim, d), _or(inp.arch_qk_rope_dim, 0.0)
    v = _or(inp.arch_v_head_dim, d)
    q_rank = inp.arch_q_lora_rank
    q_proj = np.where(np.isnan(q_rank), h * a * (nope + rope), h * q_rank + q_rank * a * (nope + rope))
    c = inp.arch_kv_lora_rank
    attn = np.where(mla, q_proj + h * (c + rope) + c * a * (nope + v) + a * v * h, h * d * (2 * a + 2 * k))
    qk_dim = np.where(mla, nope + rope, d)
    v_dim = np.where(mla, v, d)

    ffn = inp.arch_ffn
    moe = ~np.isnan(inp.arch_experts)
    experts = np.where(moe, inp.arch_experts, 0.0)
    f_e = _or(inp.arch_moe_ffn, ffn)
    top_k = np.where(moe, _or(inp.arch_top_k, 1.0), 0.0)
    shared = np.where(moe, inp.arch_shared_experts, 0.0)
    dense_layers = np.where(moe, np.minimum(inp.arch_dense_layers, L), L)
    moe_layers = L - dense_layers
    layer_dense = attn + g * h * ffn
    layer_moe_shared = attn + shared * g * h * f_e + h * experts
    layer_experts = experts * g * h * f_e
    vocab = inp.arch_vocab
    embedding = vocab * h * (2.0 - np.clip(inp.arch_tied, 0.0, 1.0))
    total = dense_layers * layer_dense + moe_layers * np.where(moe, layer_moe_shared + layer_experts, 0.0) + embedding
    active_layer_moe = layer_moe_shared + top_k * g * h * f_e
    active = dense_layers * layer_dense + moe_layers * np.where(moe, active_layer_moe, 0.0) + vocab * h
    seq = _or(inp.seq_length, 0.0)
    attention_flops = 6.0 * L * a * seq * (qk_dim + v_dim)
    complete = ~np.isnan(total) & ~np.isnan(active)
    return {
        "params_total": total,
        "params_active": active,
        "params_layer_dense": layer_dense,
        "params_layer_moe_shared": np.where(moe, layer_moe_shared, 0.0),
        "params_layer_experts": layer_experts,
        "moe_layers": np.where(moe, moe_layers, 0.0),
        "dense_layers": dense_layers,
        "embedding": vocab * h,
        "head_dim": d,
        "qk_dim": qk_dim,
        "v_dim": v_dim,
        "attention_flops_per_token": attention_flops,
        "flops_per_token_model": 6.0 * active + attention_flops,
        "complete": complete.astype(float),
    }


def hardware_flops_per_token(sh: dict, recompute: np.ndarray) -> np.ndarray:
    """Hardware FLOPs per token for recompute codes 0 (none), 1 (selective), 2 (full): the model
    FLOPs plus the repeated forward work (arrays broadcast)."""
    layers_active = sh["params_active"] - sh["embedding"]  # the output layer is not recomputed
    extra = np.where(recompute > 1.5, 2.0 * layers_active + sh["attention_flops_per_token"] / 3.0,
                     np.where(recompute > 0.5, sh["attention_flops_per_token"] / 3.0, 0.0))
    return sh["flops_per_token_model"] + extra
