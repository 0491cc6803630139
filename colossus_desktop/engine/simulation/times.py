"""Downtime distributions of the failure simulation: detection + restart, and node repair.

Both are lognormal, given by their **mean** m and log-spread σ, so that the simulation's
average downtime equals the analytic model's fixed one (engine/reliability.py uses the mean):

    X = m · exp(σ Z − σ²/2),  Z ~ N(0, 1);   E[X] = m,  median = m · exp(−σ²/2),
    P10/P90 = median · exp(∓1.2816 σ).

σ = 0 gives the fixed time m (Daly's 2006 model; the tests of Daly's formula use it).

Sources and assumptions:

* Detection and restart are one time: Kokolis et al. 2024 (Meta RSC reliability study, arXiv
  2410.21680) model the restart overhead u0, from a failure to training again, as "5–20 min";
  MegaScale (Jiang et al. 2024) resumes "within 15 minutes" including detection. We read 5–20 min
  as P10–P90, so σ = ln(20/5) / (2 · 1.2816) = 0.54 (:data:`RESTART_SIGMA`, confidence L: a
  range read as quantiles). The scenario's ``workload.restart_min`` is the mean.
* Node repair or replacement: no public distribution we know of. σ = 0.5
  (:data:`REPAIR_SIGMA`, P10–P90 ≈ 0.47–1.7 x the median) is an assumption (confidence L). The
  scenario's ``reliability.repair_hours`` is the mean.
"""

from __future__ import annotations

import math

import numpy as np

#: Log-spread of detection + restart: Kokolis et al. 2024's 5–20 min read as P10–P90 (confidence L).
RESTART_SIGMA = math.log(20.0 / 5.0) / (2.0 * 1.2815515655446004)
#: Log-spread of node repair or replacement: an assumption (confidence L).
REPAIR_SIGMA = 0.5



def _hermite_gauss(n: int) -> tuple[np.ndarray, np.ndarray]:
    """Gauss–Hermite nodes and weights (weight e^{−x²}) by Golub–Welsch: the eigenvalues of the
    Jacobi matrix with off-diagonal sqrt(k/2) (the bundle leaves numpy's polynomial package out)."""
    off = np.sqrt(np.arange(1, n) / 2.0)
    x, v = np.linalg.eigh(np.diag(off, 1) + np.diag(off, -1))
    return x, math.sqrt(math.pi) * v[0] ** 2


_GH_X, _GH_W = _hermite_gauss(48)


def draw(rng: np.random.Generator, mean_s: float, sigma: float, size) -> np.ndarray | float:
    """``size`` lognormal times in seconds with mean ``mean_s`` and log-spread ``sigma``
    (σ = 0 or a zero mean: the constant ``mean_s``, drawing nothing)."""
    if sigma <= 0 or mean_s <= 0:
        return np.full(size, float(mean_s)) if size is not None else float(mean_s)
    return mean_s * np.exp(sigma * rng.standard_normal(size) - 0.5 * sigma * sigma)


def survival_mean(rate_per_s: float, mean_s: float, sigma: float) -> float:
    """E[exp(−rate · X)] for X lognormal (mean ``mean_s``, spread ``sigma``): the chance that no
    Poisson event of ``rate_per_s`` falls inside one downtime. 48-point Gauss–Hermite."""
    if sigma <= 0 or mean_s <= 0:
        return math.exp(-rate_per_s * mean_s)
    x = mean_s * np.exp(math.sqrt(2.0) * sigma * _GH_X - 0.5 * sigma * sigma)
    return float(np.sum(_GH_W * np.exp(-rate_per_s * x)) / math.sqrt(math.pi))


def quantile_s(mean_s: float, sigma: float, q: float) -> float:
    """The ``q`` quantile (0 < q < 1) of the lognormal time, seconds."""
    from statistics import NormalDist

    return mean_s * math.exp(sigma * NormalDist().inv_cdf(q) - 0.5 * sigma * sigma) if sigma > 0 else mean_s
