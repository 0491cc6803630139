"""engine/analysis/montecarlo.py: quantiles of known distributions through the engine, the seed,
chunks and progress, cancellation, correlations and refusals."""

from __future__ import annotations

import math

import numpy as np
import pytest

from colossus_desktop.engine import evaluate
from colossus_desktop.engine.analysis import (
    Cancelled,
    Distribution,
    Varied,
    monte_carlo,
    output_values,
)
from colossus_desktop.engine.analysis.montecarlo import quantiles
from colossus_desktop.scenario.inputs import to_inputs
from colossus_desktop.scenario.presets import load_preset

PUE = Varied("facility.pue", "pue")
PRICE = Varied("power.grid_usd_per_mwh", "grid_usd_per_mwh")
N = 2000


@pytest.fixture(scope="module")
def deepseek():
    return to_inputs(load_preset("deepseek-v3"))


@pytest.fixture(scope="module")
def it_mw(deepseek):
    return float(evaluate(deepseek).power.it_mw[0])


@pytest.mark.parametrize("dist", [
    Distribution("range", low=1.09, mode=1.14, high=1.56),
    Distribution("uniform", low=1.1, high=1.6),
    Distribution("normal", mean=1.3, sd=0.08),
    Distribution("lognormal", median=1.25, sigma=0.1),
], ids=lambda d: d.kind)
def test_quantiles_of_a_linear_output_are_the_distributions_times_it_power(deepseek, it_mw, dist):
    """facility_mw = IT × PUE, and the IT power does not depend on the PUE: P10/P50/P90 of the
    facility power are the PUE's closed-form quantiles × IT. With one sample per stratum, the
    k-th smallest sample lies in stratum k, so each sample quantile falls between F⁻¹(q ∓ 1/n)."""
    mc = monte_carlo(deepseek, [PUE], [dist], N, seed=4)
    assert mc.samples.shape == (N, 1) and mc.outputs["facility_mw"].shape == (N,)
    assert np.allclose(mc.outputs["facility_mw"], it_mw * mc.samples[:, 0], rtol=1e-12)
    p10, p50, p90 = mc.quantiles()["facility_mw"]
    for q, got in zip((0.1, 0.5, 0.9), (p10, p50, p90)):
        lo, hi = dist.quantile(q - 1.0 / N) * it_mw, dist.quantile(q + 1.0 / N) * it_mw
        assert lo <= got <= hi
        assert got == pytest.approx(dist.quantile(q) * it_mw, rel=2e-3)


def test_the_same_seed_reproduces_the_run_and_another_seed_does_not(deepseek):
    dists = [Distribution("range", low=1.1, mode=1.2, high=1.5), Distribution("normal", mean=80.0, sd=8.0)]
    a = monte_carlo(deepseek, [PUE, PRICE], dists, 500, seed=42)
    b = monte_carlo(deepseek, [PUE, PRICE], dists, 500, seed=42, chunk=128)  # chunking changes nothing
    c = monte_carlo(deepseek, [PUE, PRICE], dists, 500, seed=43)
    assert np.array_equal(a.samples, b.samples)
    for key in a.outputs:
        assert np.array_equal(a.outputs[key], b.outputs[key], equal_nan=True), key
    assert not np.array_equal(a.samples, c.samples)
    assert not np.array_equal(a.outputs["opex_usd_per_year"], c.outputs["opex_usd_per_year"])
    assert (a.seed, c.seed, a.paths) == (42, 43, ["facility.pue", "power.grid_usd_per_mwh"])


def test_base_is_the_unvaried_scenario(deepseek):
    mc = monte_carlo(deepseek, [PUE], [Distribution("uniform", low=1.1, high=1.2)], 10, seed=0)
    own = output_values(evaluate(deepseek))
    assert mc.base == {k: float(v[0]) for k, v in own.items()}


def test_progress_after_each_chunk_and_cancel(deepseek):
    calls = []
    monte_carlo(deepseek, [PUE], [Distribution("uniform", low=1.1, high=1.2)], 1000, seed=0, chunk=400,
                progress=lambda done, total: calls.append((done, total)))
    assert calls == [(400, 1000), (800, 1000), (1000, 1000)]

    def cancel(done, total):
        calls.append(done)
        raise Cancelled()

    calls.clear()
    with pytest.raises(Cancelled):
        monte_carlo(deepseek, [PUE], [Distribution("uniform", low=1.1, high=1.2)], 1000, seed=0, chunk=400,
                    progress=cancel)
    assert calls == [400]  # stopped after the first chunk


def test_rank_correlation_reaches_the_samples(deepseek):
    dists = [Distribution("range", low=1.1, mode=1.2, high=1.5), Distribution("uniform", low=60.0, high=100.0)]
    corr = np.array([[1.0, 0.6], [0.6, 1.0]])
    mc = monte_carlo(deepseek, [PUE, PRICE], dists, N, seed=1, corr=corr)
    ranks = np.argsort(np.argsort(mc.samples, axis=0), axis=0)
    assert np.corrcoef(ranks, rowvar=False)[0, 1] == pytest.approx(0.6, abs=0.05)
    free = monte_carlo(deepseek, [PUE, PRICE], dists, N, seed=1)
    assert np.array_equal(np.sort(mc.samples, axis=0), np.sort(free.samples, axis=0))  # the same marginals
    with pytest.raises(ValueError, match="not positive definite"):
        monte_carlo(deepseek, [PUE, PRICE], dists, 10, seed=1, corr=np.array([[1.0, 1.0], [1.0, 1.0]]))


@pytest.mark.parametrize("samples", [0, 1_000_001, 2.5, True])
def test_sample_counts_outside_1_to_a_million_are_refused(deepseek, samples):
    with pytest.raises(ValueError, match="samples must be a whole number from 1 to 1,000,000"):
        monte_carlo(deepseek, [PUE], [Distribution("uniform", low=1.1, high=1.2)], samples, seed=0)


def test_other_refusals(deepseek):
    with pytest.raises(ValueError, match="1 uncertain inputs but 2 distributions"):
        monte_carlo(deepseek, [PUE], [Distribution("uniform", low=1.1, high=1.2)] * 2, 10, seed=0)
    with pytest.raises(ValueError, match="facility.pue: the lognormal distribution gave a non-finite sample"):
        monte_carlo(deepseek, [PUE], [Distribution("lognormal", median=1.0, sigma=400.0)], 100, seed=0)
    with pytest.raises(ValueError, match="chunk must be a positive whole number"):
        monte_carlo(deepseek, [PUE], [Distribution("uniform", low=1.1, high=1.2)], 10, seed=0, chunk=0)
    with pytest.raises(ValueError, match="not an engine input"):
        monte_carlo(deepseek, [Varied("x.y", "nope")], [Distribution("uniform", low=1.1, high=1.2)], 10, seed=0)


def test_quantiles_ignore_nan_and_keep_infinities():
    v = np.array([1.0, 2.0, 3.0, 4.0, np.nan, np.nan])
    assert np.allclose(quantiles(v, (0.0, 0.5, 1.0)), [1.0, 2.5, 4.0])
    assert np.allclose(quantiles(v[:4], (0.1, 0.9)), np.quantile(v[:4], (0.1, 0.9)))
    got = quantiles(np.array([1.0, 2.0, math.inf, math.inf]), (0.1, 0.5, 0.9))
    assert got[0] == pytest.approx(1.3) and math.isinf(got[1]) and math.isinf(got[2])  # not NaN
    assert np.isnan(quantiles(np.array([np.nan]), (0.5,))).all()
    rng = np.random.default_rng(0).normal(size=10_001)
    assert np.allclose(quantiles(rng, (0.1, 0.5, 0.9)), np.quantile(rng, (0.1, 0.5, 0.9)), rtol=0, atol=1e-15)
    with pytest.raises(ValueError, match=r"quantiles must lie in \[0, 1\]"):
        quantiles(v, (1.5,))
