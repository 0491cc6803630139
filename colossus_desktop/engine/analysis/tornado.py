"""Tornado: one-at-a-time sensitivity of every output to each uncertain input.

Each input j is moved to the two ends of its distribution's swing (distributions.py: low and
high when bounded, else P10 and P90) with every other input at the scenario's own value; the
swing of output k is |y_k(high_j) − y_k(low_j)|, and the chart sorts the inputs by it, largest
first. The 1 + 2d rows (the base, then low and high of each input) are one engine call, with
the layout held as in a Monte Carlo run (varied.py, ``hold="montecarlo"``), so the tornado and
the Monte Carlo results come from the same model.

This is the classical one-at-a-time tornado diagram (e.g. Howard 1988, "Decision analysis:
practice and promise", Management Science 34(6)); it ignores interactions between inputs, which
the Monte Carlo run captures.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..inputs import Inputs, broadcast
from .distributions import Distribution
from .montecarlo import evaluate_rows
from .varied import Varied, check


@dataclass(frozen=True)
class Tornado:
    """``paths`` (d,); ``low_values``/``high_values`` (d,): each input's swing ends, document
    units; ``base``: OUTPUTS key → the scenario's value; ``low``/``high``: key → (d,) the output
    with input j at its low/high end and the rest at the scenario's values."""

    paths: list[str]
    low_values: np.ndarray
    high_values: np.ndarray
    base: dict[str, float]
    low: dict[str, np.ndarray]
    high: dict[str, np.ndarray]

    def swings(self, key: str) -> np.ndarray:
        """(d,) |high − low| of output ``key`` (NaN where either end is NaN)."""
        with np.errstate(invalid="ignore"):
            return np.abs(self.high[key] - self.low[key])

    def order(self, key: str) -> np.ndarray:
        """Input indices by swing of output ``key``, largest first (ties keep the input order;
        NaN swings last). Raises KeyError for an unknown key."""
        s = self.swings(key)
        s = np.where(np.isnan(s), -np.inf, s)
        return np.argsort(-s, kind="stable")


def tornado(inputs: Inputs, varied: list[Varied], dists: list[Distribution], base_values: np.ndarray) -> Tornado:
    """The tornado of ``inputs`` (N = 1): ``varied`` inputs with ``dists``, the rest of the row at
    ``base_values`` (d,), the scenario's own values in document units. Raises ValueError for
    mismatched lengths, a non-finite base value or a bad address."""
    inputs = broadcast(inputs)
    if inputs.n != 1:
        raise ValueError("tornado() takes a single scenario (N = 1)")
    d = len(varied)
    base_values = np.asarray(base_values, dtype=float).reshape(-1)
    if len(dists) != d or base_values.shape != (d,):
        raise ValueError(f"{d} uncertain inputs need {d} distributions and {d} base values, "
                         f"got {len(dists)} and {base_values.size}")
    bad = np.flatnonzero(~np.isfinite(base_values))
    if bad.size:
        raise ValueError(f"{varied[bad[0]].path}: the base value must be a finite number, got {base_values[bad[0]]}")
    check(inputs, varied)
    ends = np.array([dist.swing() for dist in dists], dtype=float).reshape(d, 2)
    rows = np.repeat(base_values[None, :], 1 + 2 * d, axis=0)
    for j in range(d):
        rows[1 + 2 * j, j] = ends[j, 0]
        rows[2 + 2 * j, j] = ends[j, 1]
    out = evaluate_rows(inputs, varied, rows, "montecarlo", None, rows.shape[0])
    return Tornado(paths=[v.path for v in varied], low_values=ends[:, 0].copy(), high_values=ends[:, 1].copy(),
                   base={k: float(v[0]) for k, v in out.items()},
                   low={k: v[1::2].copy() for k, v in out.items()}, high={k: v[2::2].copy() for k, v in out.items()})
