"""Scaling sweeps: one scenario re-evaluated at many cluster sizes in a single call.

Every pool is scaled by the same factor, so the mix of accelerators, the network, facility
and finance assumptions stay as the user set them; the power supply does not grow (a
shortfall shows where it runs out). A fixed training-GPU count and the staff headcount scale
with the cluster. A fixed layout is freed at the other sizes (the layout search picks one), so a
predicted throughput bends where the batch runs short or communication bites.
"""

from __future__ import annotations

import numpy as np

from .inputs import Inputs
from .results import Results


def size_sweep(inputs: Inputs, points: int = 48, low: float = 1 / 256, high: float = 8.0) -> tuple[np.ndarray, Results]:
    """Evaluate ``inputs`` (N = 1) scaled from ``low`` to ``high`` times its accelerator count.

    Returns the accelerator counts (ascending, the scenario's own size included) and the
    Results with one row per size.
    """
    from . import evaluate  # local: evaluate lives in the package __init__

    if inputs.n != 1:
        raise ValueError("size_sweep() takes a single scenario")
    total = float(inputs.pool_count.sum())
    if total <= 0:
        raise ValueError("the scenario has no accelerators")
    lo = max(total * low, 8.0)
    hi = max(total * high, lo * 2)
    sizes = np.unique(np.concatenate([np.geomspace(lo, hi, points), [total]]))
    scale = sizes / total
    rows = inputs.repeat(len(sizes))
    swept = rows.replace(
        pool_count=rows.pool_count * scale[:, None],
        train_gpus=rows.train_gpus * scale,
        staff_count=rows.staff_count * scale,
        # the layout is re-planned at the other sizes (the search picks it); the scenario keeps its own
        **{f: np.where(scale == 1.0, getattr(rows, f), np.nan) for f in ("par_tp", "par_pp", "par_dp", "par_ep",
                                                                          "par_cp", "par_vpp", "par_mbs")},
    )
    return sizes, evaluate(swept, series=False)
