"""Give a pyqtgraph item new data only when it differs from what the item holds.

A new evaluation sets every chart's data, but an edit changes only some of it (a facility's PUE
moves the power bars, not the time-to-train curves). pyqtgraph drops an item's drawing, its shape
and its bounds on every ``setOpts``/``setData`` and asks its view to fit them again, even when
the numbers are the same; these functions skip that. What is compared is what the item holds
now (``item.opts``, the item's original dataset), not a copy of the last call, so a change made
elsewhere (a theme's pens) is never hidden. Issue 14 (edit to last chart repainted).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg


def same_value(a, b) -> bool:
    """True if ``a`` and ``b`` are equal numbers, or arrays of one shape with equal elements
    (NaN equals NaN). Anything else (pens, brushes, None against an array) compares by ``is``
    or, failing that, is taken as different."""
    if a is b:
        return True
    if a is None or b is None:
        return False
    try:
        x, y = np.asarray(a), np.asarray(b)
    except (TypeError, ValueError):
        return False
    if x.dtype.kind not in "biuf" or y.dtype.kind not in "biuf" or x.shape != y.shape:
        return False
    return bool(np.array_equal(x, y, equal_nan=True))


def set_opts(item, **opts) -> bool:
    """``item.setOpts(**opts)`` (a ``BarGraphItem``) or ``item.setData(**opts)`` (an
    ``ErrorBarItem``) unless every option is numeric and equal to what the item holds.
    Returns True if the item was given the options."""
    held = item.opts
    if all(k in held and same_value(held[k], v) for k, v in opts.items()):
        return False
    (item.setData if isinstance(item, pg.ErrorBarItem) else item.setOpts)(**opts)
    return True


def set_xy(item: pg.PlotDataItem, x, y) -> bool:
    """``item.setData(x, y)`` unless the item already holds these x and y values (as floats).
    Returns True if the item was given the data."""
    hx, hy = item.getOriginalDataset()
    try:
        fx, fy = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    except (TypeError, ValueError):
        fx = fy = None
    if fx is not None and hx is not None and same_value(hx, fx) and same_value(hy, fy):
        return False
    item.setData(x, y)
    return True
