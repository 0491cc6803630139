"""Latin hypercube sampling and Iman–Conover rank correlation.

Latin hypercube (McKay, Beckman & Conover 1979, "A comparison of three methods for selecting
values of input variables in the analysis of output from a computer code", Technometrics 21(2)):
each of the d columns splits (0, 1) into n equal strata and puts exactly one point in each,

    u[i, j] = (π_j(i) + ξ[i, j]) / n        π_j a random permutation of 0 … n−1, ξ ~ U[0, 1)

so every input's whole range is covered evenly even for small n, and mapping u through each
input's inverse CDF (distributions.py) keeps the property for any distribution. A ξ of exactly
0 (a 2^-53 event) is nudged to the smallest positive double so that u stays inside (0, 1).

Rank correlation (Iman & Conover 1982, "A distribution-free approach to inducing rank
correlation among input variables", Communications in Statistics B 11(3)): the values of each
column are kept and only re-paired. With van der Waerden scores a_k = Φ⁻¹(k / (n + 1)) arranged
as the columns' current ranks (M, n × d), their sample correlation T = Q Qᵀ and the target
C = P Pᵀ (Cholesky factors),

    R = M (P Q⁻¹)ᵀ

has correlation C exactly; each column of u is then reordered to follow the ranks of R's
column. The rank correlation of the result is close to C (within a few hundredths for n in
the thousands), and each column's values are unchanged as a multiset. The initial
arrangement comes from u's own ranks, so no second random stream is needed: the same u and C
always give the same result.
"""

from __future__ import annotations

import numpy as np

from .distributions import norm_ppf


def latin_hypercube(n: int, d: int, rng: np.random.Generator) -> np.ndarray:
    """(n, d) samples in (0, 1), one per stratum [k/n, (k+1)/n) in every column, from ``rng``
    (a numpy Generator: the same seed gives the same samples). Raises ValueError for n < 1 or
    d < 0."""
    if int(n) != n or n < 1:
        raise ValueError(f"latin_hypercube(): n must be a positive whole number, got {n}")
    if int(d) != d or d < 0:
        raise ValueError(f"latin_hypercube(): d must be a whole number ≥ 0, got {d}")
    n, d = int(n), int(d)
    strata = rng.permuted(np.broadcast_to(np.arange(n, dtype=float), (d, n)), axis=1).T
    jitter = rng.random((n, d))
    jitter[jitter == 0.0] = np.finfo(float).tiny
    return (strata + jitter) / n


def check_correlation(corr: np.ndarray, d: int) -> np.ndarray:
    """``corr`` as a (d, d) float array after checking it is a correlation matrix: finite,
    symmetric, ones on the diagonal, every entry in [−1, 1], positive definite. Raises ValueError
    saying which (and where)."""
    c = np.asarray(corr, dtype=float)
    if c.shape != (d, d):
        raise ValueError(f"correlation matrix must be {d} × {d} (one row per uncertain input), got shape {c.shape}")
    if not np.all(np.isfinite(c)):
        raise ValueError("correlation matrix has a missing or infinite entry")
    if not np.allclose(np.diag(c), 1.0, rtol=0, atol=1e-12):
        raise ValueError("correlation matrix must have ones on its diagonal")
    bad = np.argwhere(np.abs(c) > 1.0)
    if bad.size:
        i, j = bad[0]
        raise ValueError(f"correlation [{i}, {j}] = {c[i, j]:g} lies outside [−1, 1]")
    asym = np.argwhere(np.abs(c - c.T) > 1e-12)
    if asym.size:
        i, j = asym[0]
        raise ValueError(f"correlation matrix is not symmetric: [{i}, {j}] = {c[i, j]:g} but [{j}, {i}] = {c[j, i]:g}")
    try:
        np.linalg.cholesky(c)
    except np.linalg.LinAlgError:
        raise ValueError("correlation matrix is not positive definite: these correlations contradict each other "
                         "(e.g. a with b and b with c strongly positive, a with c strongly negative)") from None
    return c


def _ranks(x: np.ndarray) -> np.ndarray:
    """0-based ranks of each column (ties broken by position)."""
    order = np.argsort(x, axis=0, kind="stable")
    ranks = np.empty_like(order)
    np.put_along_axis(ranks, order, np.arange(x.shape[0])[:, None], axis=0)
    return ranks


def correlate(u: np.ndarray, corr: np.ndarray) -> np.ndarray:
    """The columns of ``u`` (n, d) re-paired so that their rank correlation approaches ``corr``
    (d, d) (Iman–Conover); each column keeps its values. Deterministic. Raises ValueError for a
    matrix that is not a correlation matrix (see :func:`check_correlation`). With n ≤ d the
    scores' own correlation is singular and the correction by Q is skipped."""
    u = np.asarray(u, dtype=float)
    if u.ndim != 2:
        raise ValueError(f"correlate(): samples must be an (n, d) array, got shape {u.shape}")
    n, d = u.shape
    c = check_correlation(corr, d)
    if d < 2 or n < 2:
        return u.copy()
    scores = norm_ppf(np.arange(1, n + 1) / (n + 1.0))
    ranks = _ranks(u)
    m = scores[ranks]  # the scores arranged as u is
    p = np.linalg.cholesky(c)
    t = np.corrcoef(m, rowvar=False)
    try:
        q = np.linalg.cholesky(t)
        s = p @ np.linalg.inv(q)
    except np.linalg.LinAlgError:
        s = p
    r = m @ s.T
    target = _ranks(r)
    return np.take_along_axis(np.sort(u, axis=0), target, axis=0)
