"""Sweeps: a scenario evaluated over a 1-D or 2-D grid of one or two inputs.

    1-D:  y_k[a]    = output k with input 1 at axis1[a]
    2-D:  y_k[a, b] = output k with input 1 at axis1[a] and input 2 at axis2[b]   (axis 1 down the rows)

The grid's rows are evaluated in chunks (``progress(done, total)`` after each; it may raise
montecarlo.Cancelled). The training layout is held as the size sweep holds it (varied.py,
``hold="sweep"``: TP, PP and DP searched again at every point, the other degrees at the
scenario's chosen layout), so a sweep of the accelerator count or the batch shows the layout
adapting, at a fraction of the cost of a full search per point.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ..inputs import Inputs, broadcast
from .montecarlo import MAX_SAMPLES, evaluate_rows
from .varied import Varied, check

SWEEP_CHUNK = 4096  # rows per engine call: progress stays fine-grained while the search runs per row


@dataclass(frozen=True)
class Sweep:
    """``paths`` (1 or 2); ``axes``: the swept values, document units (each (n_i,));
    ``outputs``: OUTPUTS key → (n1,) or (n1, n2) values."""

    paths: list[str]
    axes: list[np.ndarray]
    outputs: dict[str, np.ndarray]


def sweep(inputs: Inputs, varied: list[Varied], axes: list[np.ndarray],
          progress: Callable[[int, int], None] | None = None, chunk: int = SWEEP_CHUNK) -> Sweep:
    """Evaluate ``inputs`` (N = 1) over the grid of ``axes`` (one 1-D array of document-unit
    values per ``varied`` input; one or two of them). Raises ValueError for a third axis,
    mismatched lengths, an empty or non-finite axis, more than 10^6 points, or a bad address."""
    inputs = broadcast(inputs)
    if inputs.n != 1:
        raise ValueError("sweep() takes a single scenario (N = 1)")
    if len(varied) not in (1, 2) or len(axes) != len(varied):
        raise ValueError(f"a sweep takes one or two inputs, each with its values; got {len(varied)} inputs "
                         f"and {len(axes)} value lists")
    check(inputs, varied)
    grid = []
    for v, axis in zip(varied, axes):
        a = np.asarray(axis, dtype=float)
        if a.ndim != 1 or a.size == 0:
            raise ValueError(f"{v.path}: the swept values must be a non-empty list, got shape {a.shape}")
        if not np.all(np.isfinite(a)):
            raise ValueError(f"{v.path}: the swept values must be finite numbers")
        grid.append(a)
    shape = tuple(a.size for a in grid)
    if int(np.prod(shape)) > MAX_SAMPLES:
        raise ValueError(f"a sweep of {' × '.join(map(str, shape))} points exceeds {MAX_SAMPLES:,}")
    mesh = np.meshgrid(*grid, indexing="ij")
    rows = np.stack([m.reshape(-1) for m in mesh], axis=1)
    out = evaluate_rows(inputs, varied, rows, "sweep", progress, chunk)
    return Sweep(paths=[v.path for v in varied], axes=[a.copy() for a in grid],
                 outputs={k: v.reshape(shape) for k, v in out.items()})
