"""Scaling sweeps: one scenario re-evaluated at many cluster sizes in a single call.

Every pool is scaled by the same factor, so the mix of accelerators, the network, facility
and finance assumptions stay as the user set them; the power supply does not grow (a
shortfall shows where it runs out). A fixed training-GPU count and the staff headcount scale
with the cluster. At the other sizes TP, PP and DP are searched again and the other degrees keep the
scenario's chosen layout, so a predicted throughput bends where the batch runs short or
communication bites, without a full layout search per size on the edit path.
"""

from __future__ import annotations

import numpy as np

from .inputs import Inputs
from .results import Results


#: degrees re-searched at the other sizes; the rest keep the scenario's chosen values (a full search
#: per size made one MoE edit cost seconds: 49 sizes × 20,000 layouts on the edit-to-repaint path)
REPLANNED = ("par_tp", "par_pp", "par_dp")
KEPT = {"par_ep": "ep", "par_cp": "cp", "par_vpp": "vpp", "par_mbs": "mbs", "par_recompute": "recompute",
        "par_zero": "zero"}


LAYOUT_FIELDS = {"par_tp": "tp", "par_pp": "pp", "par_dp": "dp", **KEPT}


def chosen_layout(inputs: Inputs) -> dict[str, float]:
    """Every layout field (``par_*``) of a single scenario (N = 1) at its chosen layout: the best
    of :func:`~colossus_desktop.engine.rank_layouts`, or the scenario's own values (NaN = auto)
    when it has no model shape or no valid layout."""
    from . import rank_layouts

    best = rank_layouts(inputs, top=1)
    chosen = best[0] if best else {}
    return {f: float(chosen.get(key, getattr(inputs, f)[0])) for f, key in LAYOUT_FIELDS.items()}


def _replanned(inputs: Inputs, scale: np.ndarray) -> dict[str, np.ndarray]:
    """The layout fields of the swept rows: the scenario's own at its size; elsewhere TP, PP and DP
    searched again and the other degrees held at the scenario's chosen layout (or its fixed values
    when it has no model shape)."""
    chosen = chosen_layout(inputs)
    own = scale == 1.0
    out = {f: np.where(own, getattr(inputs, f)[0], np.nan) for f in REPLANNED}
    for f in KEPT:
        out[f] = np.where(own, getattr(inputs, f)[0], chosen[f])
    return out


def size_sweep(inputs: Inputs, points: int = 48, low: float = 1 / 256, high: float = 8.0, *,
               series: bool = False) -> tuple[np.ndarray, Results]:
    """Evaluate ``inputs`` (N = 1) scaled from ``low`` to ``high`` times its accelerator count.

    Returns the accelerator counts (ascending, the scenario's own size included: the row where
    the count equals ``inputs.pool_count.sum()``, evaluated with the scenario's own inputs) and
    the Results with one row per size; ``series``: with the monthly and yearly series too.
    """
    from . import evaluate  # local: evaluate lives in the package __init__

    if inputs.n != 1:
        raise ValueError("size_sweep() takes a single scenario")
    total = float(inputs.pool_count.sum())
    if total <= 0:
        raise ValueError("the scenario has no accelerators")
    lo = max(total * low, 8.0)
    hi = max(total * high, lo * 2)
    sizes = np.sort(np.concatenate([np.geomspace(lo, hi, points), [total]]))
    sizes = sizes[np.concatenate([[True], np.diff(sizes) > 0])]  # distinct (np.unique would import numpy.ma)
    scale = sizes / total
    rows = inputs.repeat(len(sizes))
    swept = rows.replace(
        pool_count=rows.pool_count * scale[:, None],
        train_gpus=rows.train_gpus * scale,
        staff_count=rows.staff_count * scale,
        **_replanned(inputs, scale),
    )
    return sizes, evaluate(swept, series=series)
