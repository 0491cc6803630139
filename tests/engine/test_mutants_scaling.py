"""Size sweeps (engine/scaling.py) worked by hand: the sizes, the scaled training GPUs and staff,
and the errors, which kill mutmut's survivors (docs/validation.md).

    lo = max(total · low, 8),  hi = max(total · high, 2 · lo)
    sizes = unique(geomspace(lo, hi, points) ∪ {total}),  scale = sizes / total

Mutant names are mutmut's (``x_size_sweep__mutmut_<n>``).
"""

from __future__ import annotations

import numpy as np
import pytest

from colossus_desktop.engine.scaling import size_sweep

from .factory import make_inputs


def test_sizes_scale_the_cluster_its_training_gpus_and_its_staff():
    # total 1,024, low 1/64, high 4: lo = 16, hi = 4,096; geomspace(16, 4,096, 3) = 16, 256, 4,096,
    # plus 1,024. Train GPUs 512 (half) and staff 100 scale with the size; no series.
    # Kills x_size_sweep__mutmut_* (total / low, total / high, geomspace without hi/lo/points,
    # sizes · total, train_gpus and staff_count dropped or divided, series=None/True).
    inp = make_inputs(pool_count=[[1024.0]], train_gpus=512.0, staff_count=100.0)
    sizes, res = size_sweep(inp, points=3, low=1 / 64, high=4.0)
    np.testing.assert_allclose(sizes, [16.0, 256.0, 1024.0, 4096.0], rtol=1e-12)
    np.testing.assert_allclose(res.cluster.accelerators, sizes, rtol=1e-12)
    np.testing.assert_allclose(res.cluster.train_gpus, sizes / 2, rtol=1e-12)
    np.testing.assert_allclose(res.cost.opex_breakdown_usd_per_year["staff"], 100 * 150000.0 * sizes / 1024, rtol=1e-12)
    assert res.buildout.months.shape == (0,)


def test_small_sweeps_start_at_eight_and_span_at_least_a_doubling():
    # total 256, low 1/256, high 1/64: 256/256 = 1 < 8 so lo = 8; 256/64 = 4 < 16 so hi = 16;
    # geomspace(8, 16, 3) = 8, 8√2, 16, plus 256. Kills the 9.0, lo / 2 and lo · 3 mutants.
    sizes, _ = size_sweep(make_inputs(pool_count=[[256.0]]), points=3, low=1 / 256, high=1 / 64)
    np.testing.assert_allclose(sizes, [8.0, 8.0 * 2**0.5, 16.0, 256.0], rtol=1e-12)


def test_a_single_accelerator_can_be_swept():
    # total 1 > 0: lo = 8, hi = 16. Kills x_size_sweep__mutmut_* (total <= 1).
    sizes, _ = size_sweep(make_inputs(pool_count=[[1.0]]), points=2)
    np.testing.assert_allclose(sizes, [1.0, 8.0, 16.0], rtol=1e-12)


def test_sweep_errors():
    # Kills the message mutants and total < 0 (no accelerators would not raise).
    with pytest.raises(ValueError) as err:
        size_sweep(make_inputs(mfu=[0.3, 0.4]))
    assert str(err.value) == "size_sweep() takes a single scenario"
    with pytest.raises(ValueError) as err:
        size_sweep(make_inputs(pool_count=[[0.0]]))
    assert str(err.value) == "the scenario has no accelerators"


def test_default_sweep_spans_1_256_to_8_times_in_48_points():
    # Defaults: 48 points from max(1,024/256, 8) = 8 to 1,024 × 8 = 8,192, plus 1,024 itself
    # (not one of the 48 geometric points): 49 sizes. Kills x_size_sweep__mutmut_1, _2 (defaults).
    sizes, _ = size_sweep(make_inputs(pool_count=[[1024.0]]))
    assert len(sizes) == 49
    np.testing.assert_allclose([sizes[0], sizes[-1]], [8.0, 8192.0], rtol=1e-12)
