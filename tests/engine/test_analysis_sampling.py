"""engine/analysis/sampling.py: Latin hypercube strata and Iman–Conover rank correlation."""

from __future__ import annotations

import numpy as np
import pytest

from colossus_desktop.engine.analysis.sampling import correlate, latin_hypercube


def _spearman(x: np.ndarray) -> np.ndarray:
    ranks = np.argsort(np.argsort(x, axis=0), axis=0).astype(float)
    return np.corrcoef(ranks, rowvar=False)


@pytest.mark.parametrize("n, d", [(1, 1), (7, 3), (1000, 5)])
def test_each_stratum_of_each_column_holds_exactly_one_point(n, d):
    u = latin_hypercube(n, d, np.random.default_rng(3))
    assert u.shape == (n, d)
    assert np.all((u > 0) & (u < 1))
    strata = np.floor(u * n).astype(int)
    for j in range(d):
        assert sorted(strata[:, j]) == list(range(n))


def test_columns_are_independent_permutations_and_the_seed_reproduces_them():
    a = latin_hypercube(500, 4, np.random.default_rng(11))
    b = latin_hypercube(500, 4, np.random.default_rng(11))
    c = latin_hypercube(500, 4, np.random.default_rng(12))
    assert np.array_equal(a, b)
    assert not np.array_equal(a, c)
    off = _spearman(a)[~np.eye(4, dtype=bool)]
    assert np.max(np.abs(off)) < 0.15  # no strong accidental correlation (|r| ~ 1/√n)
    strata = np.floor(a * 500)
    assert not np.array_equal(strata[:, 0], strata[:, 1])


def test_zero_columns_and_bad_sizes():
    assert latin_hypercube(5, 0, np.random.default_rng(0)).shape == (5, 0)
    with pytest.raises(ValueError, match="n must be a positive whole number"):
        latin_hypercube(0, 2, np.random.default_rng(0))
    with pytest.raises(ValueError, match="d must be a whole number"):
        latin_hypercube(3, -1, np.random.default_rng(0))


@pytest.mark.parametrize("rho", [0.8, 0.3, -0.5])
def test_iman_conover_reaches_the_target_rank_correlation_and_keeps_the_marginals(rho):
    n = 2000
    u = latin_hypercube(n, 3, np.random.default_rng(7))
    target = np.array([[1.0, rho, 0.0], [rho, 1.0, 0.2], [0.0, 0.2, 1.0]])
    out = correlate(u, target)
    assert np.max(np.abs(_spearman(out) - target)) < 0.05
    for j in range(3):
        assert np.array_equal(np.sort(out[:, j]), np.sort(u[:, j]))  # the same values, re-paired
    assert np.array_equal(out, correlate(u, target))  # deterministic


def test_identity_removes_accidental_correlation():
    u = latin_hypercube(300, 4, np.random.default_rng(5))
    out = correlate(u, np.eye(4))
    before = np.abs(_spearman(u)[~np.eye(4, dtype=bool)]).max()
    after = np.abs(_spearman(out)[~np.eye(4, dtype=bool)]).max()
    assert after < before / 2 and after < 0.04  # (Iman & Conover: the scores' own correlation is removed)


@pytest.mark.parametrize("corr, message", [
    ([[1.0, 0.5], [0.4, 1.0]], r"not symmetric: \[0, 1\] = 0.5 but \[1, 0\] = 0.4"),
    ([[1.0, 1.5], [1.5, 1.0]], r"correlation \[0, 1\] = 1.5 lies outside"),
    ([[1.0, 0.9, 0.9], [0.9, 1.0, -0.9], [0.9, -0.9, 1.0]], "not positive definite"),
    ([[1.0, 1.0], [1.0, 1.0]], "not positive definite"),
    ([[0.9, 0.1], [0.1, 1.0]], "ones on its diagonal"),
    ([[1.0, np.nan], [np.nan, 1.0]], "missing or infinite"),
    ([[1.0]], r"must be 2 × 2"),
])
def test_bad_matrices_are_refused(corr, message):
    d = max(len(corr), 2)  # the 1 × 1 matrix meets two columns
    u = latin_hypercube(50, d, np.random.default_rng(0))
    with pytest.raises(ValueError, match=message):
        correlate(u, np.array(corr))
