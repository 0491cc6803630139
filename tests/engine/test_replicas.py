"""The data-parallel replica search keeps NaN out of its divisor loop (found by the monkey test,
issue 12: an open batch on a large cluster sent 48 x 2268 NaNs through 64 np.mod calls, libm's
slow path, 1.5 s on every edit)."""

from __future__ import annotations

import numpy as np

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
