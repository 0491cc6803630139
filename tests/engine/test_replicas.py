"""The data-parallel replica search keeps NaN out of its divisor loop (found by the monkey test,
issue 12: an open batch on a large cluster sent 48 x 2268 NaNs through 64 np.mod calls, libm's
slow path, 1.5 s on every edit), and, solved once per distinct (micro-batches, first quotient)
pair (issue 14), equals the loop over quotients for every cell it replaced: on random batches and
replica limits (open batches, NaN and infinite values, zero, broadcast shapes) and on the cells of
DeepSeek-V3's size sweep."""

from __future__ import annotations

import numpy as np
import pytest

from colossus_desktop.engine.performance import search
from colossus_desktop.engine.performance.search import DIVISOR_STEPS, _replicas


def _reference(micro_batches, most):
    """The definition, one element at a time: ``most`` for an open batch, else the largest
    count <= most that divides the micro-batches, searched over DIVISOR_STEPS quotients, else 1."""
    if np.isnan(micro_batches):
        return most
    q = np.floor(micro_batches)
    k = np.ceil(q / max(most, 1.0)) if not np.isnan(most) else q
    for _ in range(DIVISOR_STEPS):
        if k >= 1 and q % k == 0:
            return q / k
        k += 1
    return 1.0


def test_results_match_the_definition():
    rng = np.random.default_rng(12)
    mb = rng.integers(1, 5000, size=(6, 40)).astype(float)
    mb[rng.random(mb.shape) < 0.3] = np.nan
    most = rng.integers(0, 3000, size=(1, 40)).astype(float)
    got = _replicas(mb, most)
    want = np.vectorize(_reference)(mb, np.broadcast_to(most, mb.shape))
    np.testing.assert_array_equal(got, want)


class _NumpyWatchingMod:
    """numpy, except that ``mod`` records whether it was handed a NaN."""

    def __init__(self):
        self.nan_seen = False

    def __getattr__(self, name):
        return getattr(np, name)

    def mod(self, a, b):
        self.nan_seen |= bool(np.isnan(a).any() or np.isnan(b).any())
        return np.mod(a, b)


def test_an_open_batch_never_reaches_the_divisor_loop(monkeypatch):
    from colossus_desktop.engine.performance import search

    watch = _NumpyWatchingMod()
    monkeypatch.setattr(search, "np", watch)
    mb = np.full((48, 2268), np.nan)
    mb[0, :5] = [7.0, 64.0, 1000.0, 3.0, 5.0]
    most = np.full((1, 2268), 98760.0)
    most[0, 1] = np.nan
    out = _replicas(mb, most)
    assert not watch.nan_seen
    np.testing.assert_array_equal(out[1:], np.broadcast_to(most, (47, 2268)))


def _loop_reference(micro_batches, most):
    """The loop the search used before (one pass over every cell per quotient tried)."""
    open_batch = np.isnan(micro_batches)
    q = np.where(open_batch, 1.0, np.floor(micro_batches))
    k = np.ceil(q / np.fmax(most, 1.0))
    shape = np.broadcast(q, most).shape
    open_everywhere = np.broadcast_to(open_batch, shape)
    if open_everywhere.all():
        return np.where(open_batch, most, 1.0)
    best = np.full(shape, np.nan)
    for _ in range(DIVISOR_STEPS):
        found = np.isnan(best) & (np.mod(q, k) == 0) & (k >= 1)
        best = np.where(found, q / k, best)
        k = k + 1.0
    return np.where(open_batch, most, np.where(np.isnan(best), 1.0, best))


MICRO = [np.nan, np.inf, 0.0, 0.5, 1.0, 7.0, 12.0, 96.0, 97.3, 1536.0, 3840.0, 15360.0, 1e6 + 3, 2.0**40]
MOST = [np.nan, 0.0, 1.0, 2.0, 3.0, 17.0, 64.0, 256.0, 1024.0, 2048.0, 1e5]


@pytest.mark.filterwarnings("ignore::RuntimeWarning")  # the reference's NaN and inf arithmetic
def test_same_as_the_loop_over_quotients_on_random_cells():
    rng = np.random.default_rng(14)
    for _ in range(2000):
        n, m = int(rng.integers(1, 6)), int(rng.integers(1, 40))
        micro = rng.choice(MICRO, size=(n, 1 if rng.random() < 0.3 else m))
        most = rng.choice(MOST, size=(1 if rng.random() < 0.3 else n, m))
        got, want = _replicas(micro, most), _loop_reference(micro, most)
        assert got.shape == want.shape
        np.testing.assert_array_equal(got, want)


def test_same_as_the_loop_over_quotients_in_deepseek_v3s_sweep(monkeypatch):
    from colossus_desktop.evaluation import evaluate_scenario
    from colossus_desktop.scenario.presets import load_preset

    seen = []

    def checked(micro, most):
        got = _replicas(micro, most)
        np.testing.assert_array_equal(got, _loop_reference(micro, most))
        seen.append(got.size)
        return got

    monkeypatch.setattr(search, "_replicas", checked)
    evaluate_scenario(load_preset("deepseek-v3"))
    assert max(seen) >= 48 * 80  # the sweep's cells were among those checked


def test_many_distinct_pairs_span_blocks(monkeypatch):
    monkeypatch.setattr(search, "DIVISOR_BLOCK", 7)
    micro = np.arange(1.0, 301.0)[:, None] * np.array([[1.0, 3.0, 5.0]])
    most = np.arange(1.0, 4.0)[None, :] * 11.0
    np.testing.assert_array_equal(search._replicas(micro, most), _loop_reference(micro, most))
