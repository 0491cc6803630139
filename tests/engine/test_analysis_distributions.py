"""engine/analysis/distributions.py: the inverse normal against Python's own (Wichura AS241), and
each kind's quantiles against their closed forms."""

from __future__ import annotations

import math
from statistics import NormalDist

import numpy as np
import pytest

from colossus_desktop.engine.analysis.distributions import KINDS, Distribution, norm_ppf


def test_norm_ppf_matches_statistics_over_the_whole_range_including_the_tails():
    u = np.concatenate([np.geomspace(1e-300, 0.5, 1500), 1.0 - np.geomspace(1e-16, 0.5, 1500),
                        np.linspace(1e-6, 1 - 1e-6, 4001), [0.02425, 1 - 0.02425, 0.5]])
    ref = np.array([NormalDist().inv_cdf(float(x)) for x in u])
    got = norm_ppf(u)
    assert np.max(np.abs(got - ref)) < 1e-9
    # symmetric, and exact where the answer is known
    assert norm_ppf(np.array([0.5]))[0] == pytest.approx(0.0, abs=1e-15)
    assert norm_ppf(np.array([0.975]))[0] == pytest.approx(1.959963984540054, abs=1e-12)


def test_norm_ppf_ends_shapes_and_refusals():
    assert list(norm_ppf(np.array([0.0, 1.0]))) == [-math.inf, math.inf]
    assert norm_ppf(np.full((3, 2), 0.5)).shape == (3, 2)
    for bad in (-0.1, 1.5, math.nan):
        with pytest.raises(ValueError, match=r"probabilities must lie in \[0, 1\]"):
            norm_ppf(np.array([0.2, bad]))


GRID = np.array([1e-6, 0.01, 0.1, 0.25, 0.5, 0.6, 0.75, 0.9, 0.99, 1 - 1e-6])


def test_uniform_quantiles():
    d = Distribution("uniform", low=1.1, high=1.5)
    assert np.allclose(d.ppf(GRID), 1.1 + 0.4 * GRID, rtol=0, atol=1e-15)
    assert d.swing() == (1.1, 1.5)


@pytest.mark.parametrize("kind", ["triangular", "range"])
def test_triangular_quantiles_follow_the_piecewise_square_roots(kind):
    lo, mo, hi = 1.09, 1.14, 1.56
    d = Distribution(kind, low=lo, mode=mo, high=hi)
    c = (mo - lo) / (hi - lo)
    for u in GRID:
        # F(x) = (x − lo)² / ((hi − lo)(mo − lo)) below the mode, 1 − (hi − x)² / ((hi − lo)(hi − mo)) above
        x = d.quantile(float(u))
        cdf = (x - lo) ** 2 / ((hi - lo) * (mo - lo)) if x <= mo else 1 - (hi - x) ** 2 / ((hi - lo) * (hi - mo))
        assert cdf == pytest.approx(u, abs=1e-12)
        assert (x <= mo) == (u <= c)
    assert d.quantile(c) == pytest.approx(mo, rel=1e-12)
    assert d.quantile(0.0) == lo and d.quantile(1.0) == hi
    assert d.swing() == (lo, hi)
    # a mode at an end: one square root only
    right = Distribution(kind, low=0.0, mode=1.0, high=1.0)
    assert right.quantile(0.25) == pytest.approx(0.5, rel=1e-12)  # F(x) = x²
    left = Distribution(kind, low=0.0, mode=0.0, high=1.0)
    assert left.quantile(0.75) == pytest.approx(0.5, rel=1e-12)  # F(x) = 1 − (1 − x)²


def test_normal_quantiles_and_swing():
    d = Distribution("normal", mean=0.38, sd=0.05)
    ref = NormalDist(0.38, 0.05)
    for u in GRID:
        assert d.quantile(float(u)) == pytest.approx(ref.inv_cdf(float(u)), abs=1e-10)
    lo, hi = d.swing()
    assert lo == pytest.approx(0.38 - 1.2815515655446004 * 0.05, abs=1e-12)
    assert hi == pytest.approx(0.38 + 1.2815515655446004 * 0.05, abs=1e-12)


def test_lognormal_quantiles_are_the_median_times_exp_sigma_z():
    d = Distribution("lognormal", median=62.3, sigma=0.3)
    for u in GRID:
        z = NormalDist().inv_cdf(float(u))
        assert d.quantile(float(u)) == pytest.approx(62.3 * math.exp(0.3 * z), rel=1e-10)
    assert d.quantile(0.5) == pytest.approx(62.3, rel=1e-14)
    lo, hi = d.swing()
    assert lo * hi == pytest.approx(62.3 ** 2, rel=1e-12)  # P10 and P90 symmetric in ln x
    assert hi == pytest.approx(62.3 * math.exp(0.3 * 1.2815515655446004), rel=1e-12)


def test_sampled_means_match_the_closed_forms():
    u = (np.arange(200_000) + 0.5) / 200_000
    assert Distribution("triangular", low=1.0, mode=2.0, high=6.0).ppf(u).mean() == pytest.approx(3.0, rel=1e-4)
    assert Distribution("lognormal", median=1.0, sigma=0.5).ppf(u).mean() == pytest.approx(math.exp(0.125), rel=1e-3)


@pytest.mark.parametrize("kwargs, message", [
    (dict(kind="beta", low=0, high=1), "unknown distribution 'beta'"),
    (dict(kind="uniform", low=1.0), "needs low and high: high is missing"),
    (dict(kind="uniform", low=1.0, high=2.0, mode=1.5), "takes low, high, not mode"),
    (dict(kind="uniform", low=2.0, high=1.0), r"low \(2\) must be below high \(1\)"),
    (dict(kind="triangular", low=1.0, mode=3.0, high=2.0), "need low ≤ mode ≤ high"),
    (dict(kind="range", low=1.0, mode=1.0, high=1.0), "need low ≤ mode ≤ high with low < high"),
    (dict(kind="normal", mean=1.0, sd=0.0), "sd must be positive"),
    (dict(kind="normal", mean=math.nan, sd=1.0), "mean must be a finite number"),
    (dict(kind="lognormal", median=-1.0, sigma=0.2), "median and sigma must be positive"),
    (dict(kind="lognormal", mean=1.0, sigma=0.2), "takes median, sigma, not mean"),
])
def test_bad_parameters_are_named(kwargs, message):
    with pytest.raises(ValueError, match=message):
        Distribution(**kwargs)


def test_every_kind_is_covered_and_rejects_probabilities_outside_0_1():
    examples = {"uniform": dict(low=0, high=1), "triangular": dict(low=0, mode=0.5, high=1),
                "range": dict(low=0, mode=0.2, high=1), "normal": dict(mean=0, sd=1),
                "lognormal": dict(median=1, sigma=1)}
    assert set(examples) == set(KINDS)
    for kind, kw in examples.items():
        d = Distribution(kind, **kw)
        values = d.ppf(np.linspace(0.01, 0.99, 99))
        assert np.all(np.diff(values) > 0), kind  # quantile functions increase
        with pytest.raises(ValueError, match="probabilities"):
            d.ppf(np.array([1.2]))
