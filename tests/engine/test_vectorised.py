"""One code path for one scenario, a sweep and a Monte Carlo batch."""

from __future__ import annotations

import numpy as np
import pytest

from colossus_desktop.engine import evaluate, stack
from colossus_desktop.engine.results import Results

from .factory import make_inputs


def _flatten(results: Results, i: int) -> dict[str, float]:
    out = {}

    def walk(prefix, value):
        if isinstance(value, dict):
            for k, v in value.items():
                walk(f"{prefix}.{k}", v)
        elif isinstance(value, list):
            for j, v in enumerate(value):
                walk(f"{prefix}[{j}]", v)
        else:
            out[prefix] = value

    walk("", results.to_dict(i))
    return out


def test_batch_equals_one_by_one():
    rng = np.random.default_rng(7)
    n = 64
    batch = make_inputs(
        pool_count=rng.integers(8, 400_000, size=(n, 2)).astype(float),
        pool_arrival_month=np.array([[650.0, 660.0]]).repeat(n, axis=0) + rng.integers(0, 12, size=(n, 2)),
        net_oversubscription=rng.uniform(1, 4, n),
        net_planes=rng.integers(1, 4, n).astype(float),
        pue=rng.uniform(1.05, 1.6, n),
        mfu=rng.uniform(0.2, 0.5, n),
        failures_per_gpu_year=rng.uniform(0.0, 0.4, n),
        grid_mw=rng.uniform(0, 800, n),
        turbines_mw=rng.uniform(0, 400, n),
        horizon_years=rng.integers(1, 12, n).astype(float),
        precision_code=rng.integers(0, 3, n).astype(float),
    )
    together = evaluate(batch)
    for i in range(n):
        alone = evaluate(batch.row(i))
        a, b = _flatten(together, i), _flatten(alone, 0)
        # The shared month axis differs in length between a batch and one row; compare the
        # months this row has.
        for key, value in b.items():
            if key.startswith(".buildout"):
                continue
            assert a[key] == pytest.approx(value, rel=1e-12, abs=1e-9), key
        months_alone = alone.buildout.months
        cols = np.searchsorted(together.buildout.months, months_alone)
        np.testing.assert_allclose(
            together.buildout.cumulative_capex_usd[i, cols], alone.buildout.cumulative_capex_usd[0], rtol=1e-12
        )


def test_stack_pads_pools_without_changing_results():
    one_pool = make_inputs()
    two_pools = make_inputs(pool_count=[[1000.0, 2000.0]], pool_arrival_month=[[650.0, 655.0]])
    both = evaluate(stack([one_pool, two_pools]))
    assert both.cost.capex_usd[0] == pytest.approx(evaluate(one_pool).cost.capex_usd[0])
    assert both.cost.capex_usd[1] == pytest.approx(evaluate(two_pools).cost.capex_usd[0])


def test_large_batches_skip_series_by_default():
    batch = make_inputs().repeat(5000)
    results = evaluate(batch)
    assert results.buildout.installed_accelerators.shape == (5000, 0)
    assert results.training.wall_days.shape == (5000,)
