"""Compute: peak FLOP/s by precision, memory, H100-equivalents, nodes and racks.

Equations (per scenario, summed over pools p):

    peak_x = Σ_p count_p · tflops_x,p / 1000            [PFLOP/s, x ∈ {bf16, fp8, fp4}]
    h100e  = Σ_p count_p · bf16_p / 989.4               (Epoch AI's H100-equivalent)
    nodes  = ⌈accelerators / gpus_per_node⌉,  racks = ⌈nodes / nodes_per_rack⌉

Assumptions: all figures are *dense* (no 2:4 sparsity; Epoch counts "the sum of the
theoretical maximum non-sparse FLOP/s"). A chip without an FP8 (FP4) mode runs those
workloads at its BF16 (FP8) rate. Sources: catalog (resources/catalog/accelerators.json).
"""

from __future__ import annotations

import numpy as np

from .inputs import Inputs
from .units import H100_BF16_TFLOPS


def per_pool_tflops(inp: Inputs) -> np.ndarray:
    """(N, P, 3) dense TFLOP/s per accelerator at BF16, FP8 and FP4."""
    bf16 = inp.pool_bf16_tflops
    fp8 = np.where(np.isnan(inp.pool_fp8_tflops), bf16, inp.pool_fp8_tflops)
    fp4 = np.where(np.isnan(inp.pool_fp4_tflops), fp8, inp.pool_fp4_tflops)
    return np.stack([bf16, fp8, fp4], axis=-1)


def compute(inp: Inputs) -> dict[str, np.ndarray]:
    count = inp.pool_count
    tflops = per_pool_tflops(inp)
    accelerators = count.sum(axis=1)
    peak = (count[..., None] * tflops).sum(axis=1) / 1e3  # PFLOP/s, (N, 3)
    code = inp.precision_code
    peak_at_precision = np.where(code < 0.5, peak[:, 0], np.where(code < 1.5, peak[:, 1], peak[:, 2]))
    nodes = np.ceil(accelerators / inp.gpus_per_node)
    return {
        "accelerators": accelerators,
        "peak_bf16_pflops": peak[:, 0],
        "peak_fp8_pflops": peak[:, 1],
        "peak_fp4_pflops": peak[:, 2],
        "peak_workload_pflops": peak_at_precision,
        "hbm_tb": (count * inp.pool_hbm_gb).sum(axis=1) / 1e3,
        "h100_equivalents": peak[:, 0] * 1e3 / H100_BF16_TFLOPS,
        "nodes": nodes,
        "racks": np.ceil(nodes / inp.nodes_per_rack),
    }
