"""Llama 3.1 405B on the shipped 16,384-H100 preset, with its shape, for the throughput views.

Shape: Meta's config.json for Llama 3.1 405B (huggingface.co/meta-llama/Llama-3.1-405B,
confidence H); sequence 8,192 and 16M tokens per batch: Llama 3 paper, Table 4 (arXiv 2407.21783,
H; 2,048 sequences of 8,192). The tests check structure and wiring, not the engine's predicted values (still calibrated).
"""

from __future__ import annotations

from colossus_desktop.scenario.presets import load_preset
from colossus_desktop.ui.edits import set_values

LLAMA_405B = {"num_hidden_layers": 126, "hidden_size": 16384, "intermediate_size": 53248,
              "num_attention_heads": 128, "num_key_value_heads": 8, "vocab_size": 128256}


def llama_405b(mfu=None, **parallelism):
    """The llama-3-405b preset with the model's shape, MFU ``mfu`` (None = predicted) and the
    given parallelism fields fixed (the others as the preset has them)."""
    values = {f"workload.architecture.{k}": v for k, v in LLAMA_405B.items()}
    values.update({"workload.mfu": mfu, "workload.seq_length": 8192, "workload.global_batch_tokens": 16 * 1024**2})
    values.update({f"workload.parallelism.{k}": v for k, v in parallelism.items()})
    return set_values(load_preset("llama-3-405b"), values)


def misfit():
    """TP8 × PP2 for 405B: the model states alone overflow an 80 GB H100 (no_layout_fits)."""
    return llama_405b(tp=8, pp=2)
