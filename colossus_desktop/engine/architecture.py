"""Transformer arithmetic from a model's shape (Narayanan et al. 2021, "Efficient Large-Scale
Language Model Training on GPU Clusters Using Megatron-LM", §5.1).

Parameters of a GPT-style model with l layers, hidden size h, vocabulary V, sequence s:

    P = 12·l·h² · (1 + 13/(12h) + (V + s)/(12·l·h))

FLOPs of one iteration over a batch of B sequences, with full activation recomputation
(their eq. 3; one extra forward pass, hence 96 rather than 72):

    F = 96·B·s·l·h² · (1 + s/(6h) + V/(16·l·h))

For large models F ≈ 8·P·B·s, which is why end-to-end time is ≈ 8·T·P/(n·X) (their eq. 4).
Used by the tests against the paper's Table 1, and by the parallelism model to come.
"""

from __future__ import annotations

import numpy as np


def transformer_params(layers, hidden, vocab, seq_len):
    l, h, v, s = (np.asarray(x, dtype=float) for x in (layers, hidden, vocab, seq_len))
    return 12.0 * l * h**2 * (1.0 + 13.0 / (12.0 * h) + (v + s) / (12.0 * l * h))


def flops_per_iteration(batch, seq_len, layers, hidden, vocab, recompute: bool = True):
    b, s, l, h, v = (np.asarray(x, dtype=float) for x in (batch, seq_len, layers, hidden, vocab))
    if recompute:
        return 96.0 * b * s * l * h**2 * (1.0 + s / (6.0 * h) + v / (16.0 * l * h))
    return 72.0 * b * s * l * h**2 * (1.0 + s / (6.0 * h) + v / (12.0 * l * h))
