"""A Hugging Face ``config.json`` → the workload's :class:`~colossus_desktop.scenario.model.Architecture`.

Model families spell the same size differently; each field below lists the keys it is read
from, first match wins (the spellings are those of the ``transformers`` configuration classes:
LlamaConfig, MixtralConfig, DeepseekV3Config, Qwen2MoeConfig / Qwen3MoeConfig, GPT2Config,
NemotronConfig, and the Grok-1 port's Grok1Config). A multimodal config's language model is read
from its ``text_config``. What cannot be found stays empty and is named in the notes; nothing is
guessed except where a family's own configuration class documents the default (GPT-2: ``n_inner``
empty = 4 × ``n_embd``; ``tie_word_embeddings`` True). No Qt here.
"""

from __future__ import annotations

import json
import os
from typing import Any

from pydantic import ValidationError

from colossus_desktop.scenario.errors import ScenarioError, clip, echo
from colossus_desktop.scenario.model import Architecture

#: Architecture field → config.json keys it may be written as (first found wins).
ALIASES: dict[str, tuple[str, ...]] = {
    "num_hidden_layers": ("num_hidden_layers", "n_layer", "num_layers", "n_layers"),
    "hidden_size": ("hidden_size", "n_embd", "d_model", "dim"),
    "intermediate_size": ("intermediate_size", "n_inner", "ffn_dim", "ffn_hidden_size", "d_ff"),
    "num_attention_heads": ("num_attention_heads", "n_head", "num_heads", "n_heads"),
    "num_key_value_heads": ("num_key_value_heads", "num_kv_heads", "n_kv_heads", "num_query_groups",
                            "multi_query_group_num"),
    "head_dim": ("head_dim", "kv_channels", "head_size"),
    "vocab_size": ("vocab_size", "padded_vocab_size", "n_vocab"),
    "n_routed_experts": ("n_routed_experts", "num_local_experts", "num_experts", "moe_num_experts"),
    "num_experts_per_tok": ("num_experts_per_tok", "num_selected_experts", "num_experts_per_token", "moe_topk"),
    "moe_intermediate_size": ("moe_intermediate_size", "expert_intermediate_size"),
    "n_shared_experts": ("n_shared_experts", "num_shared_experts"),
    "first_k_dense_replace": ("first_k_dense_replace",),
    "q_lora_rank": ("q_lora_rank",),
    "kv_lora_rank": ("kv_lora_rank",),
    "qk_nope_head_dim": ("qk_nope_head_dim",),
    "qk_rope_head_dim": ("qk_rope_head_dim",),
    "v_head_dim": ("v_head_dim",),
}

#: The fields a parameter count needs (``engine/performance/shape.py``).
SIZES = ("num_hidden_layers", "hidden_size", "intermediate_size", "num_attention_heads", "vocab_size")

ACTIVATION_KEYS = ("hidden_act", "activation_function", "hidden_activation", "activation")
#: Activations of a gated (three-matrix, SwiGLU-style) MLP, and of a plain two-matrix one.
GATED_ACTIVATIONS = {"silu", "swish", "swiglu", "geglu", "reglu"}
PLAIN_ACTIVATIONS = {"gelu", "gelu_new", "gelu_fast", "gelu_pytorch_tanh", "gelu_accurate", "relu", "relu2",
                     "squared_relu", "squared-relu", "quick_gelu"}
#: Families whose MLP is gated whatever the activation is called (Grok-1: GELU-gated, xai-org/grok-1
#: model.py ``linear``/``linear_v``; Gemma: GeGLU).
GATED_FAMILIES = ("llama", "mistral", "mixtral", "qwen", "deepseek", "grok", "gemma")
#: Families whose configuration class defaults ``tie_word_embeddings`` to True (GPT2Config).
TIED_BY_DEFAULT = ("gpt2",)


def _family(data: dict) -> str:
    model_type = data.get("model_type")
    if isinstance(model_type, str) and model_type:
        return model_type.lower()
    arch = data.get("architectures")
    if isinstance(arch, list) and arch and isinstance(arch[0], str):
        return arch[0].lower()
    return ""


def _int(value: Any) -> int | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def _language_model(data: dict, notes: list[str]) -> dict:
    """The dict that holds the sizes: the config itself, or its ``text_config`` (multimodal)."""
    if not any(k in data for k in ALIASES["num_hidden_layers"]):
        for key in ("text_config", "language_config", "llm_config"):
            inner = data.get(key)
            if isinstance(inner, dict) and any(k in inner for k in ALIASES["num_hidden_layers"]):
                notes.append(f"Read the language model's sizes from \"{key}\".")
                return {**inner, "model_type": inner.get("model_type") or data.get("model_type")}
    return data


def _gated(data: dict, family: str, notes: list[str]) -> bool:
    act_key = next((k for k in ACTIVATION_KEYS if isinstance(data.get(k), str)), None)
    act = data[act_key].lower() if act_key else None
    if any(family.startswith(f) for f in GATED_FAMILIES):
        if act is not None and act not in GATED_ACTIVATIONS:
            notes.append(f"gated_mlp: on, as every {family} model's MLP is gated ({act_key} \"{act}\" is the gate's "
                         "activation).")
        return True
    if act in GATED_ACTIVATIONS:
        return True
    if act in PLAIN_ACTIVATIONS:
        return False
    notes.append("gated_mlp: no known activation (hidden_act) in the file; assumed gated (SwiGLU), as most "
                 "current models are.")
    return True


def architecture_from_hf_config(data: dict) -> tuple[Architecture, list[str]]:
    """Map a parsed Hugging Face ``config.json`` to an :class:`Architecture`.

    Returns the architecture and notes in words: which key each field came from when it was not
    the standard one, what was assumed, and which fields could not be found (they stay empty).
    Raises :class:`ScenarioError` when ``data`` is not a JSON object or holds none of the sizes
    (``num_hidden_layers``, ``hidden_size``, ``num_attention_heads`` or their aliases), i.e. is
    not a model config at all.
    """
    if not isinstance(data, dict):
        raise ScenarioError(f"not a model config: a JSON object was expected, found {type(data).__name__}")
    notes: list[str] = []
    src = _language_model(data, notes)
    family = _family(src)
    values: dict[str, Any] = {}
    for field, keys in ALIASES.items():
        key = next((k for k in keys if k in src and src[k] is not None), None)
        if key is None:
            continue
        value = _int(src[key])
        if value is None:
            notes.append(f"{field}: ignored \"{key}\" = {echo(src[key])} (not a whole number).")
            continue
        values[field] = value
        if key != field:
            notes.append(f"{field} = {value:,} (from \"{key}\").")
    if not any(f in values for f in ("num_hidden_layers", "hidden_size", "num_attention_heads")):
        raise ScenarioError("not a model config: none of num_hidden_layers, hidden_size or num_attention_heads "
                            "(nor n_layer, n_embd, n_head) is in it")

    if "intermediate_size" not in values and family.startswith("gpt2") and "hidden_size" in values:
        values["intermediate_size"] = 4 * values["hidden_size"]
        notes.append("intermediate_size = 4 × n_embd (GPT-2: an empty n_inner means four times n_embd).")
    shared_width = _int(src.get("shared_expert_intermediate_size"))
    moe_width = values.get("moe_intermediate_size")
    if "n_shared_experts" not in values and shared_width:
        if moe_width and shared_width % moe_width == 0:
            values["n_shared_experts"] = shared_width // moe_width
            notes.append(f"n_shared_experts = {values['n_shared_experts']} (shared_expert_intermediate_size "
                         f"{shared_width:,} / moe_intermediate_size {moe_width:,}).")
        else:
            notes.append(f"shared_expert_intermediate_size {shared_width:,} is not a whole number of experts; "
                         "the shared expert is left out.")
    if "n_routed_experts" in values and values["n_routed_experts"] <= 1:
        notes.append(f"{values.pop('n_routed_experts')} routed expert: read as a dense model.")
        values.pop("num_experts_per_tok", None)
    for key in ("mlp_only_layers", "decoder_sparse_step", "moe_layer_freq"):
        v = src.get(key)
        if v not in (None, [], 1, 0) and "n_routed_experts" in values:
            notes.append(f"\"{key}\" = {echo(v)}: only leading dense layers (first_k_dense_replace) are modelled; "
                         "the other layers are counted as MoE.")

    if isinstance(src.get("tie_word_embeddings"), bool):
        values["tie_word_embeddings"] = src["tie_word_embeddings"]
    elif any(family.startswith(f) for f in TIED_BY_DEFAULT):
        values["tie_word_embeddings"] = True
        notes.append("tie_word_embeddings: not given; on, as GPT-2's configuration defaults it.")
    else:
        notes.append("tie_word_embeddings: not given; assumed off (separate input and output embeddings).")
    values["gated_mlp"] = _gated(src, family, notes)
    if isinstance(src.get("max_position_embeddings"), int):
        notes.append(f"max_position_embeddings {src['max_position_embeddings']:,} is the context window, not the "
                     "training sequence length: the workload's sequence length is left as it was.")
    missing = [f for f in ALIASES if f not in values and _needed(f, values)]
    if missing:
        notes.append("Not found: " + ", ".join(missing) + ".")
    try:
        return Architecture(**values), notes
    except ValidationError as exc:  # out-of-range or inconsistent sizes: name them, never a traceback
        problems = []
        for err in exc.errors(include_url=False):
            where = ".".join(str(x) for x in err["loc"]) or "the shape"
            problems.append(f"{where} ({values.get(err['loc'][0], '?') if err['loc'] else ''}): {err['msg']}"
                            if err["loc"] else f"{where}: {err['msg']}")
        raise ScenarioError("not a usable model config: " + "; ".join(problems)) from None


def _needed(field: str, values: dict) -> bool:
    """Whether an absent field matters for this model (top-k only for MoE, head widths only for MLA)."""
    if field in SIZES:
        return True
    if field == "num_experts_per_tok":
        return "n_routed_experts" in values
    if field in ("qk_nope_head_dim", "qk_rope_head_dim", "v_head_dim"):
        return "kv_lora_rank" in values
    return False


def missing_sizes(arch: Architecture) -> list[str]:
    """The ``config.json`` names of the sizes a parameter count needs that ``arch`` lacks."""
    out = [f for f in SIZES if getattr(arch, f) is None]
    if arch.n_routed_experts is not None and arch.num_experts_per_tok is None:
        out.append("num_experts_per_tok")
    return out


def load_hf_config(path: str | os.PathLike[str]) -> tuple[Architecture, list[str]]:
    """Read a ``config.json`` file: its architecture and the notes of
    :func:`architecture_from_hf_config`.

    Raises :class:`ScenarioError` naming the file: unreadable, not JSON, not a model config, or
    missing a size the parameter count needs (the error names the missing keys)."""
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as exc:
        raise ScenarioError(f"cannot read the file ({exc.__class__.__name__}: {exc})", path=path) from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ScenarioError(f"not JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}", path=path) from exc
    except ValueError as exc:  # e.g. an integer over Python's 4,300 digits
        raise ScenarioError(f"not JSON a model config can hold ({clip(str(exc), 200)})", path=path) from None
    try:
        arch, notes = architecture_from_hf_config(data)
    except ScenarioError as exc:
        raise exc.with_path(path) from exc
    missing = missing_sizes(arch)
    if missing:
        raise ScenarioError("the model's sizes are incomplete; missing: " + ", ".join(missing), path=path)
    return arch, notes
