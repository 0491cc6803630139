"""Stacking, rows and repeats of engine inputs (engine/inputs.py): shapes and padding worked by
hand that kill mutmut's survivors (docs/validation.md).

Mutant names are mutmut's (``x_<function>__mutmut_<n>``; methods ``xǁInputsǁ<method>``).
"""

from __future__ import annotations

import numpy as np
import pytest

from colossus_desktop.engine.inputs import stack

from .factory import make_inputs


def test_stack_pads_narrower_items_with_copies_of_their_first_pool():
    # Two rows × 1 pool, one row × 2 pools and one row × 3 pools → 4 rows × 3 pools. Counts are
    # padded with 0, other pool fields with the row's first pool (TDP 700 → 700, 700).
    # Kills x_stack__mutmut_25 (pad of shape (P, …)), _32 (v[:, :2] into a one-wide pad), _44
    # (concatenate flattened).
    one = make_inputs(pool_count=[[1.0], [2.0]], mfu=[0.3, 0.4])
    two = make_inputs(pool_count=[[3.0, 4.0]], pool_tdp_w=[[500.0, 600.0]])
    three = make_inputs(pool_count=[[5.0, 6.0, 7.0]])
    out = stack([one, two, three])
    np.testing.assert_array_equal(out.pool_count, [[1, 0, 0], [2, 0, 0], [3, 4, 0], [5, 6, 7]])
    np.testing.assert_array_equal(out.pool_tdp_w, [[700, 700, 700], [700, 700, 700], [500, 600, 500], [700, 700, 700]])
    np.testing.assert_array_equal(out.mfu, [0.3, 0.4, 0.41, 0.41])


def test_stack_of_nothing_is_an_error():
    # Kills x_stack__mutmut_2 … _5 (the message).
    with pytest.raises(ValueError) as err:
        stack([])
    assert str(err.value) == "stack() needs at least one Inputs"


def test_row_takes_one_scenario():
    # Row 1 of a two-row batch is that row alone; row 0 of a three-row batch is one row.
    # Kills xǁInputsǁrow__mutmut_12 (v[i : i + 2]) and _15 (shape[0] > 2).
    assert make_inputs(mfu=[0.3, 0.4]).row(1).mfu.tolist() == [0.4]
    assert make_inputs(mfu=[0.3, 0.4, 0.5]).row(0).n == 1


def test_repeat_copies_the_pools_row_wise():
    # Two pools repeated 3 times: shape (3, 2), each row [3, 4]. Kills xǁInputsǁrepeat__mutmut_12
    # and _15 (axis None: a flat array), _3 … _5 (the message).
    rows = make_inputs(pool_count=[[3.0, 4.0]]).repeat(3)
    np.testing.assert_array_equal(rows.pool_count, [[3, 4], [3, 4], [3, 4]])
    with pytest.raises(ValueError) as err:
        make_inputs(mfu=[0.3, 0.4]).repeat(2)
    assert str(err.value) == "repeat() needs a single scenario"


def test_broadcast_spreads_scalars_and_per_scenario_values_over_the_pools():
    # One scalar per pool field → (1, P); one value per scenario → (N, P), the same for its pools;
    # integers become float64 (the documented coercion); a 2-row scalar field with 1-row pools keeps
    # N = 2 rows. Kills x_broadcast__mutmut_3, _5 (dtype), _15, _16 (N from 1-D fields), _23, _36 …
    # _53 (scalar and per-scenario pool fields).
    out = make_inputs(pool_count=np.array([[1, 2]]), pool_tdp_w=700.0, pool_price_usd=[100.0])
    assert out.pool_count.dtype == np.float64
    np.testing.assert_array_equal(out.pool_tdp_w, [[700.0, 700.0]])
    np.testing.assert_array_equal(out.pool_price_usd, [[100.0, 100.0]])
    two = make_inputs(pool_count=[[1.0, 2.0], [3.0, 4.0]], pool_tdp_w=[700.0, 800.0])
    np.testing.assert_array_equal(two.pool_tdp_w, [[700.0, 700.0], [800.0, 800.0]])
    rows = make_inputs(mfu=[0.3, 0.4])
    assert rows.mfu.shape == (2,) and rows.pool_count.shape == (1, 1) and rows.n == 2
    # make_inputs converts to float itself; replace() hands integers to broadcast() as they are.
    ints = make_inputs().replace(pool_count=np.array([[1, 2]]), staff_count=np.array([3]))
    assert ints.pool_count.dtype == np.float64 and ints.staff_count.dtype == np.float64


@pytest.mark.parametrize(
    "fields, message",
    [
        ({"pool_count": [[1.0, 2.0]], "pool_tdp_w": [[1.0, 2.0, 3.0]]}, "pool_count: 2 pools where the other fields have 3"),
        ({"mfu": [[0.3, 0.4]]}, "mfu: expected a scalar or a 1-D array, got shape (1, 2)"),
        ({"mfu": [0.3, 0.4], "utilization": [0.5, 0.6, 0.7]}, "mfu: 2 rows where other fields have 3"),
    ],
)
def test_broadcast_errors_name_the_field(fields, message):
    # Kills x_broadcast__mutmut_59, _60 (pools message), _70, _71 (2-D scalar field), _85, _86 (rows).
    with pytest.raises(ValueError) as err:
        make_inputs(**fields)
    assert str(err.value) == message
