"""Axis ranges that hold still while a value is edited: the top of a linear axis is rounded up
to a "nice" number, the ends of a log axis out to a quarter decade.

Why: a chart fitted exactly to its data moves its axis on every edit (a PUE of 1.21 → 1.22 moves
the power chart's top by 1 %), so the axis and its grid are drawn again each time and the bars
slide against moving grid lines. Rounded to a short ladder of round numbers (1, 1.2, 1.5, 2,
2.5, 3, 4, 5, 6, 8 × 10^k, the steps a hand-drawn chart's maximum takes), the range changes only
when the data cross a rung: the eye can compare bars across edits, and the axis keeps its
cached picture (drawing/charts/axis.py: CachedAxis). The chart's own margin (5–8 %, a log axis's
0.15 decade) is added after rounding, so a round top is never on the plot's edge, where its tick
label would not fit (pyqtgraph hides it): headroom above the data is that margin plus up to ~25 %.
Issue 14 (edit to last chart repainted).
"""

from __future__ import annotations

import math

NICE_MANTISSAS = (1.0, 1.2, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)
LOG_STEP_DECADES = 0.25


def nice_ceiling(value: float) -> float:
    """The smallest number of the form m × 10^k with m in :data:`NICE_MANTISSAS` that is ≥
    ``value`` (a float > 0, any unit). A value that is not finite or not > 0 is returned as it
    is (the caller's fallback decides). E.g. 1.05 → 1.2, 1.2 → 1.2, 862 → 1000, 0.031 → 0.04."""
    if not math.isfinite(value) or value <= 0:
        return value
    exponent = math.floor(math.log10(value))
    scale = 10.0 ** exponent
    mantissa = value / scale
    for m in NICE_MANTISSAS:
        if mantissa <= m * (1 + 1e-12):
            return m * scale
    return 10.0 * scale  # not reached: mantissa < 10


def log_bounds(lo: float, hi: float, step: float = LOG_STEP_DECADES) -> tuple[float, float]:
    """``(lo, hi)`` in log10 units rounded outward to multiples of ``step`` decades (a quarter
    decade by default); finite inputs with ``lo <= hi`` give ``lo' <= lo`` and ``hi' >= hi``."""
    return math.floor(lo / step + 1e-9) * step, math.ceil(hi / step - 1e-9) * step
