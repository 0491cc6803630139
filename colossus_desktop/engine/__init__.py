"""The engine: pure numpy functions from :class:`Inputs` to :class:`Results`.

One call evaluates N scenarios at once (N = 1 for the window, thousands for a sweep, a
million for Monte Carlo). Each sub-model is a short module whose docstring gives its
equations, assumptions and sources: compute, network, power, cost, reliability, training,
buildout. No Qt, no files but the catalog, no state.
"""

from __future__ import annotations

from dataclasses import fields

import numpy as np

from .buildout import buildout
from .compute import compute
from .cost import cost
from .inputs import Inputs, broadcast, stack
from .network import network
from .performance import predict_throughput
from .power import power
from .reliability import reliability
from .results import (
    BuildoutResults,
    ClusterResults,
    CostResults,
    PowerResults,
    ReliabilityResults,
    Results,
    TrainingResults,
)
from .training import training

__all__ = ["Inputs", "Results", "broadcast", "evaluate", "rank_layouts", "stack"]

SERIES_AUTO_LIMIT = 4096


def train_gpus(inp: Inputs, accelerators: np.ndarray) -> np.ndarray:
    """Accelerators the run uses: the user's count, capped at the cluster less its spares."""
    usable = accelerators * (1.0 - inp.spare_fraction)
    return np.where(np.isnan(inp.train_gpus), usable, np.minimum(inp.train_gpus, usable))


def _full(values: dict, n: int) -> dict:
    """Every array at its full length N (read-only broadcast views where it was shorter)."""
    out = {}
    for key, v in values.items():
        if isinstance(v, dict):
            out[key] = _full(v, n)
        else:
            v = np.asarray(v)
            out[key] = v if v.ndim and v.shape[0] == n else np.broadcast_to(v, (n,) + v.shape[1:])
    return out


def evaluate(inputs: Inputs, *, series: bool | None = None) -> Results:
    """Evaluate every scenario in ``inputs``.

    ``series`` controls the time series (monthly build-out, yearly costs), which cost memory
    in proportion to N: by default they are computed when N ≤ 4,096 and left empty (zero
    columns) for larger batches such as a Monte Carlo run.

    Floating-point overflow and 0 x inf never warn (numpy would print a RuntimeWarning): a
    result that is not finite is a value, and :meth:`Results.flags` says why (the run cannot
    start, never ends, or ``non_finite`` for a result the inputs put out of range).
    """
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        return _evaluate(inputs, series)


def _evaluate(inputs: Inputs, series: bool | None) -> Results:
    inp = broadcast(inputs)
    if series is None:
        series = inp.n <= SERIES_AUTO_LIMIT
    comp = compute(inp)
    n_train = train_gpus(inp, comp["accelerators"])
    net = network(inp, comp["accelerators"])
    pwr = power(inp, net["network_mw"], comp["racks"])
    cst = cost(inp, comp["accelerators"], net, pwr, series)
    rel = reliability(inp, n_train)
    perf = predict_throughput(inp, comp, n_train)
    trn = training(inp, comp, rel, pwr, cst, n_train, perf)
    if series:
        bld = buildout(inp, pwr["network_mw"], pwr["storage_mw"], cst["capex_breakdown_usd"])
    else:
        empty = np.zeros((inp.n, 0))
        bld = {"months": np.zeros(0), "installed_accelerators": empty, "it_mw": empty, "facility_mw": empty,
               "cumulative_capex_usd": empty}

    n = inp.n
    comp, net, pwr, cst, rel, trn = (_full(d, n) for d in (comp, net, pwr, cst, rel, trn))
    bld = {k: (v if k == "months" else np.broadcast_to(v, (n,) + v.shape[1:])) for k, v in bld.items()}
    n_train = np.broadcast_to(n_train, (n,))

    merged = {**comp, **net, "train_gpus": n_train}
    cluster = ClusterResults(**{f.name: merged[f.name] for f in fields(ClusterResults)})
    return Results(
        cluster=cluster,
        power=PowerResults(**pwr),
        cost=CostResults(**cst),
        reliability=ReliabilityResults(**rel),
        training=TrainingResults(**trn),
        buildout=BuildoutResults(**bld),
    )


def rank_layouts(inputs: Inputs, top: int = 10) -> list[dict]:
    """The ``top`` best training layouts of a single scenario (N = 1), best first: one dict each
    with tp, pp, dp, ep, cp, vpp, mbs, recompute (0/1/2), zero, step_time_s, model_flops_per_s,
    mfu, memory_bytes and fits. Empty when the model's shape is incomplete. Raises ValueError for
    N > 1. See engine/performance/search.py."""
    from .performance import hardware
    from .performance.search import best_layouts
    from .performance.shape import shape

    inp = broadcast(inputs)
    if inp.n != 1:
        raise ValueError("rank_layouts() takes a single scenario")
    comp = compute(inp)
    n = np.floor(train_gpus(inp, comp["accelerators"]) + 1e-6)
    sh = shape(inp)
    if sh["complete"][0] < 0.5 or np.isnan(inp.seq_length[0]):
        return []
    hw = hardware(inp, comp)
    with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
        best = best_layouts(inp, sh, hw, n, top=top)
    out = []
    for j in range(best["tp"].shape[1]):
        if np.isnan(best["tp"][0, j]):
            break
        row = {k: float(best[k][0, j]) for k in ("tp", "pp", "dp", "ep", "cp", "vpp", "mbs", "recompute", "zero",
                                                  "step_time_s", "memory_bytes")}
        row["model_flops_per_s"] = float(best["model_flops_per_s_any"][0, j])
        row["mfu"] = row["model_flops_per_s"] / (float(n[0]) * float(hw["peak_flops"][0, 0]))
        row["fits"] = bool(best["fits"][0, j] > 0.5)
        out.append(row)
    return out
