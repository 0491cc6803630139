"""Distributions of uncertain inputs, as inverse CDFs (quantile functions) that map uniform
samples u ∈ (0, 1) to values, so Latin hypercube samples (sampling.py) become input samples.

    uniform(low, high)              x = low + u · (high − low)
    triangular(low, mode, high)     c = (mode − low) / (high − low)
                                    x = low + √(u · (high − low) · (mode − low))          u < c
                                    x = high − √((1 − u) · (high − low) · (high − mode))  u ≥ c
    range(low, mode, high)          the catalog's low / typical / high as a triangular distribution
    normal(mean, sd)                x = mean + sd · Φ⁻¹(u)
    lognormal(median, sigma)        x = median · exp(sigma · Φ⁻¹(u))      (sigma: sd of ln x)

Φ⁻¹ is :func:`norm_ppf`: P. J. Acklam's rational approximation of the inverse normal CDF
(2003; relative error below 1.15e-9), refined by one Halley step on Φ(x) − u, with
Φ(x) = erfc(−x/√2)/2 from the C library (math.erfc), as Acklam recommends; the result agrees
with Wichura's AS241 (Python's statistics.NormalDist) to better than 1e-9 over the whole range.

A tornado chart moves each input between the two ends of :meth:`Distribution.swing`: low and
high for the bounded kinds, P10 and P90 for the normal and lognormal ones (they have no ends).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields

import numpy as np

KINDS = ("uniform", "triangular", "normal", "lognormal", "range")
#: the parameters each kind takes
PARAMETERS = {"uniform": ("low", "high"), "triangular": ("low", "mode", "high"), "range": ("low", "mode", "high"),
              "normal": ("mean", "sd"), "lognormal": ("median", "sigma")}
SWING_QUANTILES = (0.1, 0.9)  # tornado ends of the unbounded kinds

# Acklam (2003), "An algorithm for computing the inverse normal cumulative distribution function"
_A = (-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02,
      -3.066479806614716e+01, 2.506628277459239e+00)
_B = (-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01,
      -1.328068155288572e+01)
_C = (-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00,
      4.374664141464968e+00, 2.938163982698783e+00)
_D = (7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00)
_P_LOW = 0.02425
_ERFC = np.frompyfunc(math.erfc, 1, 1)


def _tail(q: np.ndarray) -> np.ndarray:
    c, d = _C, _D
    return ((((((c[0] * q + c[1]) * q + c[2]) * q + c[3]) * q + c[4]) * q + c[5])
            / ((((d[0] * q + d[1]) * q + d[2]) * q + d[3]) * q + 1.0))


def norm_ppf(u: np.ndarray) -> np.ndarray:
    """Φ⁻¹(u), the standard normal quantile, elementwise; any shape; −inf at 0 and +inf at 1.
    Acklam's approximation plus one Halley refinement: |error| < 1e-9. Raises ValueError when
    some u is NaN or outside [0, 1]."""
    u = np.asarray(u, dtype=float)
    if not np.all((u >= 0.0) & (u <= 1.0)):
        raise ValueError("norm_ppf(): probabilities must lie in [0, 1]")
    x = np.empty_like(u)
    inner = (u > 0.0) & (u < 1.0)
    p = u[inner]
    z = np.empty_like(p)
    low = p < _P_LOW
    high = p > 1.0 - _P_LOW
    mid = ~(low | high)
    q = p[mid] - 0.5
    r = q * q
    a, b = _A, _B
    z[mid] = ((((((a[0] * r + a[1]) * r + a[2]) * r + a[3]) * r + a[4]) * r + a[5]) * q
              / (((((b[0] * r + b[1]) * r + b[2]) * r + b[3]) * r + b[4]) * r + 1.0))
    z[low] = _tail(np.sqrt(-2.0 * np.log(p[low])))
    z[high] = -_tail(np.sqrt(-2.0 * np.log1p(-p[high])))
    # one step of Halley's method on Φ(z) − p (Acklam's refinement); above the median through
    # 1 − p (exact there) and Φ(−z), so that Φ near 1 loses no digits
    upper = p > 0.5
    tail = 0.5 * _ERFC(np.where(upper, z, -z) / math.sqrt(2.0)).astype(float)  # Φ(−z) above, Φ(z) below
    e = np.where(upper, (1.0 - p) - tail, tail - p)
    with np.errstate(over="ignore", invalid="ignore"):
        step = e * math.sqrt(2.0 * math.pi) * np.exp(0.5 * z * z)
        refined = z - step / (1.0 + 0.5 * z * step)
    z = np.where(np.isfinite(refined), refined, z)
    x[inner] = z
    x[u == 0.0] = -np.inf
    x[u == 1.0] = np.inf
    return x


@dataclass(frozen=True)
class Distribution:
    """An uncertain input's distribution, in document units. ``kind`` is one of KINDS and takes
    the parameters of PARAMETERS[kind] (the others stay None): low/mode/high for uniform (no
    mode), triangular and range; mean/sd for normal; median/sigma for lognormal (sigma is the sd
    of ln x). Raises ValueError naming a missing, extra or inconsistent parameter
    (low ≤ mode ≤ high, low < high for uniform, sd > 0, median > 0, sigma > 0, all finite)."""

    kind: str
    low: float | None = None
    mode: float | None = None
    high: float | None = None
    mean: float | None = None
    sd: float | None = None
    median: float | None = None
    sigma: float | None = None

    def __post_init__(self):
        if self.kind not in KINDS:
            raise ValueError(f"unknown distribution {self.kind!r} (known: {', '.join(KINDS)})")
        wanted = PARAMETERS[self.kind]
        for f in fields(self)[1:]:
            value = getattr(self, f.name)
            if f.name in wanted:
                if value is None:
                    raise ValueError(f"a {self.kind} distribution needs {' and '.join(wanted)}: {f.name} is missing")
                if not math.isfinite(float(value)):
                    raise ValueError(f"{self.kind} distribution: {f.name} must be a finite number, got {value}")
            elif value is not None:
                raise ValueError(f"a {self.kind} distribution takes {', '.join(wanted)}, not {f.name}")
        if self.kind == "uniform" and not self.low < self.high:
            raise ValueError(f"uniform distribution: low ({self.low:g}) must be below high ({self.high:g})")
        if self.kind in ("triangular", "range") and not (self.low <= self.mode <= self.high and self.low < self.high):
            raise ValueError(f"{self.kind} distribution: need low ≤ mode ≤ high with low < high, got "
                             f"{self.low:g}, {self.mode:g}, {self.high:g}")
        if self.kind == "normal" and not self.sd > 0:
            raise ValueError(f"normal distribution: sd must be positive, got {self.sd:g}")
        if self.kind == "lognormal" and not (self.median > 0 and self.sigma > 0):
            raise ValueError(f"lognormal distribution: median and sigma must be positive, got {self.median:g}, "
                             f"{self.sigma:g}")

    @property
    def bounded(self) -> bool:
        return self.kind in ("uniform", "triangular", "range")

    def ppf(self, u: np.ndarray) -> np.ndarray:
        """The inverse CDF at ``u`` (any shape, values in (0, 1)): values of the same shape.
        Raises ValueError for u outside [0, 1]."""
        u = np.asarray(u, dtype=float)
        if not np.all((u >= 0.0) & (u <= 1.0)):
            raise ValueError(f"{self.kind} distribution: probabilities must lie in [0, 1]")
        if self.kind == "uniform":
            return self.low + u * (self.high - self.low)
        if self.kind in ("triangular", "range"):
            lo, mo, hi = float(self.low), float(self.mode), float(self.high)
            width = hi - lo
            c = (mo - lo) / width
            left = lo + np.sqrt(u * width * (mo - lo))
            right = hi - np.sqrt((1.0 - u) * width * (hi - mo))
            return np.where(u < c, left, right)
        z = norm_ppf(u)
        if self.kind == "normal":
            return self.mean + self.sd * z
        with np.errstate(over="ignore"):  # a huge sigma overflows to inf; monte_carlo names the input
            return self.median * np.exp(self.sigma * z)

    def quantile(self, q: float) -> float:
        """The ``q`` quantile (0 ≤ q ≤ 1) as a float."""
        return float(self.ppf(np.array([q], dtype=float))[0])

    def swing(self) -> tuple[float, float]:
        """The tornado's two ends: (low, high) for the bounded kinds, else (P10, P90)."""
        if self.bounded:
            return float(self.low), float(self.high)
        return self.quantile(SWING_QUANTILES[0]), self.quantile(SWING_QUANTILES[1])
