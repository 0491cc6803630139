"""Hand-worked values of engine/architecture.py that kill mutmut's survivors (docs/validation.md).

The module's equations (Narayanan et al. 2021, §5.1):

    P = 12·l·h² · (1 + 13/(12h) + (V + s)/(12·l·h))                  = 12lh² + 13lh + h(V + s)
    F = 96·B·s·l·h² · (1 + s/(6h) + V/(16·l·h))   with recomputation
    F = 72·B·s·l·h² · (1 + s/(6h) + V/(12·l·h))   without

Mutant names are mutmut's (``x_<function>__mutmut_<n>``).
"""

from __future__ import annotations

import pytest

from colossus_desktop.engine.architecture import flops_per_iteration, transformer_params


def test_parameters_of_a_small_model():
    # l = 2, h = 12, V = 100, s = 20: 12·2·144 + 13·2·12 + 12·(100 + 20) = 3456 + 312 + 1440 = 5208.
    # Kills x_transformer_params__mutmut_13 (1 − 13/12h), _16 (14/12h), _18 (13/13h).
    assert transformer_params(2, 12, 100, 20) == pytest.approx(5208.0, rel=1e-12)


def test_parameters_of_integer_shapes_do_not_wrap_around():
    # l = 1, h = 2³², V = s = 0: 12·2⁶⁴ + 13·2³². In int64, h² = 2⁶⁴ wraps to 0.
    # Kills x_transformer_params__mutmut_3 and _5 (dtype=float dropped).
    assert transformer_params(1, 2**32, 0, 0) == pytest.approx(12.0 * 2.0**64 + 13.0 * 2.0**32, rel=1e-12)


def test_flops_with_recomputation_is_the_default():
    # B = 1, s = 12, l = 2, h = 6, V = 144: 96·12·2·36 = 82,944; 1 + 12/36 + 144/192 = 25/12;
    # F = 82,944 · 25/12 = 172,800.
    # Kills x_flops_per_iteration__mutmut_1 (default recompute=False), _15 (− V term), _20 (s/7h),
    # _24 (V/17lh).
    assert flops_per_iteration(1, 12, 2, 6, 144) == pytest.approx(172800.0, rel=1e-12)


def test_flops_without_recomputation():
    # B = 1, s = 12, l = 2, h = 6, V = 144: 72·12·2·36 = 62,208; 1 + 12/36 + 144/144 = 7/3;
    # F = 62,208 · 7/3 = 145,152.
    # Kills x_flops_per_iteration__mutmut_25 … _42 (every operator and constant of the 72 branch).
    assert flops_per_iteration(1, 12, 2, 6, 144, recompute=False) == pytest.approx(145152.0, rel=1e-12)
    # B = 3 and s = 2 (not 1) so that B·s, B/s and s/B differ: 72·3·2·2·36 = 31,104;
    # 1 + 2/36 + 144/144 = 37/18; F = 31,104 · 37/18 = 63,936.
    assert flops_per_iteration(3, 2, 2, 6, 144, recompute=False) == pytest.approx(63936.0, rel=1e-12)


def test_flops_of_integer_shapes_do_not_wrap_around():
    # B = s = l = 1, h = 2³², V = 0: 96·2⁶⁴·(1 + 1/(6·2³²)) = 96·2⁶⁴ + 16·2³² (72·2⁶⁴ + 12·2³² without).
    # Kills x_flops_per_iteration__mutmut_4 and _6 (dtype=float dropped).
    assert flops_per_iteration(1, 1, 1, 2**32, 0) == pytest.approx(96.0 * 2.0**64 + 16.0 * 2.0**32, rel=1e-12)
    assert flops_per_iteration(1, 1, 1, 2**32, 0, recompute=False) == pytest.approx(
        72.0 * 2.0**64 + 12.0 * 2.0**32, rel=1e-12
    )
