"""Monte Carlo: a scenario evaluated at many samples of its uncertain inputs.

    u      = Latin hypercube, (n, d) in (0, 1)          sampling.py (McKay, Beckman & Conover 1979)
    u'     = Iman–Conover re-pairing of u, if a rank correlation matrix is given (Iman & Conover 1982)
    x_j    = F_j⁻¹(u'_j)                                 each input's quantile function (distributions.py)
    y_k    = output k of the engine at the row x         (outputs.py), one evaluate call per chunk

The rows hold the scenario's training layout as in varied.py (``hold="montecarlo"``: TP and PP
held, DP re-derived per row), so a row costs one layout candidate, not a search. Rows are
evaluated in chunks of ``chunk`` (memory stays bounded at 10^6 samples; time series are not
computed), with ``progress(done, total)`` called after each chunk: it may raise
:class:`Cancelled` to stop the run, and the exception propagates to the caller.

P10/P50/P90 are the 10th, 50th and 90th percentiles of each output over the samples (linear
interpolation between order statistics; NaN rows ignored, ±inf rows kept: a run that cannot
start counts as an infinitely long one). The same seed gives the same samples and outputs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from ..inputs import Inputs, broadcast
from .distributions import Distribution
from .outputs import OUTPUTS, output_values
from .sampling import correlate, latin_hypercube
from .varied import Varied, apply, check, held_layout

MAX_SAMPLES = 1_000_000
DEFAULT_QUANTILES = (0.1, 0.5, 0.9)


class Cancelled(Exception):
    """Raised by a progress callback to stop a long analysis; propagates out of it unchanged."""


@dataclass(frozen=True)
class MonteCarlo:
    """``paths`` (d,): the uncertain inputs; ``samples`` (n, d): their values, document units;
    ``outputs``: OUTPUTS key → (n,) values at the samples; ``seed``; ``base``: OUTPUTS key → the
    value of the unvaried scenario."""

    paths: list[str]
    samples: np.ndarray
    outputs: dict[str, np.ndarray]
    seed: int
    base: dict[str, float]

    @property
    def n(self) -> int:
        return int(self.samples.shape[0])

    def quantiles(self, q=DEFAULT_QUANTILES) -> dict[str, np.ndarray]:
        """OUTPUTS key → (len(q),) quantiles of the samples (default P10, P50, P90), NaN rows
        ignored; all-NaN outputs give NaN."""
        return {key: quantiles(v, q) for key, v in self.outputs.items()}


def quantiles(values: np.ndarray, q=DEFAULT_QUANTILES) -> np.ndarray:
    """(len(q),) quantiles of the 1-D ``values``: linear interpolation between order statistics
    (numpy's default, Hyndman & Fan type 7), NaN ignored, ±inf kept (an infinite neighbour gives
    an infinite quantile, not NaN). All NaN (or empty): NaN. Raises ValueError for q outside [0, 1]."""
    q = np.atleast_1d(np.asarray(q, dtype=float))
    if not np.all((q >= 0) & (q <= 1)):
        raise ValueError("quantiles must lie in [0, 1]")
    v = np.asarray(values, dtype=float)
    v = v[~np.isnan(v)]
    m = v.size
    if m == 0:
        return np.full(q.shape, np.nan)
    pos = q * (m - 1)
    lo_i = np.floor(pos).astype(int)
    hi_i = np.minimum(lo_i + 1, m - 1)
    part = np.partition(v, np.unique(np.concatenate([lo_i, hi_i])))
    lo, hi = part[lo_i], part[hi_i]
    frac = pos - lo_i
    with np.errstate(invalid="ignore"):
        return np.where((frac == 0) | (lo == hi), lo, lo + (hi - lo) * frac)


def sample_inputs(varied: list[Varied], dists: list[Distribution], samples: int, seed: int,
                  corr: np.ndarray | None = None) -> np.ndarray:
    """(samples, d) input values in document units: Latin hypercube from
    ``np.random.default_rng(seed)``, optionally rank-correlated, through each distribution.
    Raises ValueError for a bad count, mismatched lists, a bad correlation matrix or a
    non-finite sample (named by path)."""
    if len(varied) != len(dists):
        raise ValueError(f"{len(varied)} uncertain inputs but {len(dists)} distributions")
    if isinstance(samples, bool) or int(samples) != samples or not 1 <= samples <= MAX_SAMPLES:
        raise ValueError(f"samples must be a whole number from 1 to {MAX_SAMPLES:,}, got {samples}")
    u = latin_hypercube(int(samples), len(varied), np.random.default_rng(seed))
    if corr is not None:
        u = correlate(u, corr)
    x = np.empty_like(u)
    for j, dist in enumerate(dists):
        x[:, j] = dist.ppf(u[:, j])
        if not np.all(np.isfinite(x[:, j])):
            raise ValueError(f"{varied[j].path}: the {dist.kind} distribution gave a non-finite sample")
    return x


def evaluate_rows(inputs: Inputs, varied: list[Varied], values: np.ndarray, hold: str,
                  progress: Callable[[int, int], None] | None, chunk: int) -> dict[str, np.ndarray]:
    """OUTPUTS key → (n,) values of ``inputs`` at each row of ``values`` (n, d; document units),
    evaluated ``chunk`` rows at a time with the layout held as ``hold`` says (varied.py);
    ``progress(done, n)`` after each chunk."""
    from .. import evaluate

    if int(chunk) != chunk or chunk < 1:
        raise ValueError(f"chunk must be a positive whole number, got {chunk}")
    n = values.shape[0]
    layout = held_layout(inputs, hold)
    out = {key: np.empty(n) for key in OUTPUTS}
    for start in range(0, n, int(chunk)):
        stop = min(n, start + int(chunk))
        rows = apply(inputs, varied, values[start:stop], hold, layout=layout)
        for key, v in output_values(evaluate(rows, series=False)).items():
            out[key][start:stop] = v
        if progress is not None:
            progress(stop, n)
    return out


def base_outputs(inputs: Inputs) -> dict[str, float]:
    """OUTPUTS key → the value of the scenario itself (N = 1)."""
    from .. import evaluate

    return {k: float(v[0]) for k, v in output_values(evaluate(inputs, series=False)).items()}


def monte_carlo(inputs: Inputs, varied: list[Varied], dists: list[Distribution], samples: int, seed: int,
                corr: np.ndarray | None = None, progress: Callable[[int, int], None] | None = None,
                chunk: int = 50_000) -> MonteCarlo:
    """Evaluate ``inputs`` (N = 1) at ``samples`` (1 … 10^6) Latin hypercube samples of the
    ``varied`` inputs drawn from ``dists`` (document units; ``corr``: optional (d, d) rank
    correlation matrix). ``progress(done, total)`` is called after each chunk of ``chunk`` rows
    and may raise :class:`Cancelled`. Raises ValueError for bad counts, addresses, distributions
    or correlations, naming what is wrong."""
    inputs = broadcast(inputs)
    if inputs.n != 1:
        raise ValueError("monte_carlo() takes a single scenario (N = 1)")
    check(inputs, varied)
    x = sample_inputs(varied, dists, samples, seed, corr)
    outputs = evaluate_rows(inputs, varied, x, "montecarlo", progress, chunk)
    return MonteCarlo(paths=[v.path for v in varied], samples=x, outputs=outputs, seed=int(seed),
                      base=base_outputs(inputs))
