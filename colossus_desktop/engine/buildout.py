"""Build-out: installed accelerators, power and cumulative capex month by month.

A pool counts from its arrival month on. For month t:

    installed(t) = Σ_p count_p · [arrival_p ≤ t]
    IT(t)        = Σ_p servers_p · u · [arrival_p ≤ t] + (network + storage) · installed(t)/total
    capex(t)     = Σ_p (accelerators_p + servers_p + shared · count_p/total) · [arrival_p ≤ t]
                   (servers_p: none when the pool's price is a system share)
                   + power plant · [t ≥ first arrival]

where ``shared`` is the network, storage and facility capex, spread over the pools by
accelerator count, and the power plant is paid before the first pool runs. Assumptions:
capex is paid in the arrival month (no construction draw schedule); pools never retire.
The month axis is shared by all scenarios of a batch: from one month before the first
arrival to six months after the last.
"""

from __future__ import annotations

import numpy as np

from .inputs import Inputs
from .cost import pool_hardware_usd
from .power import pool_it_peak_w


def buildout(inp: Inputs, network_mw, storage_mw, capex: dict) -> dict:
    present = inp.pool_count > 0
    arrival = inp.pool_arrival_month
    lo = int(np.min(np.where(present, arrival, np.inf))) - 1
    hi = int(np.max(np.where(present, arrival, -np.inf))) + 6
    months = np.arange(lo, hi + 1, dtype=float)  # (M,)
    on = (arrival[:, :, None] <= months[None, None, :]) & present[:, :, None]  # (N, P, M)

    count = inp.pool_count
    total = count.sum(axis=1)
    installed = (count[:, :, None] * on).sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        frac = np.where(total[:, None] > 0, installed / total[:, None], 0.0)
        pool_share = np.where(total[:, None] > 0, count / total[:, None], 0.0)
    servers_mw = pool_it_peak_w(inp) * inp.utilization[:, None] / 1e6
    it_mw = (servers_mw[:, :, None] * on).sum(axis=1) + (network_mw + storage_mw)[:, None] * frac

    acc, servers = pool_hardware_usd(inp)
    pool_hw = acc + servers
    shared = capex["network"] + capex["storage"] + capex["facility"]
    pool_capex = pool_hw + shared[:, None] * pool_share
    first = np.min(np.where(present, arrival, np.inf), axis=1)
    plant = capex["power_plant"][:, None] * (months[None, :] >= first[:, None])
    cumulative = (pool_capex[:, :, None] * on).sum(axis=1) + plant
    return {
        "months": months,
        "installed_accelerators": installed,
        "it_mw": it_mw,
        "facility_mw": it_mw * inp.pue[:, None],
        "cumulative_capex_usd": cumulative,
    }
