"""What every accepted scenario must give, whatever its inputs (issue 12): finite results, or
results the engine flags with a reason. Shared by the crash corpus and the fuzz test.

The oracle names the results itself (not the engine's lists), so a result the engine stops
checking fails here."""

from __future__ import annotations

import math
from pathlib import Path

#: The crash corpus: every file that ever crashed something (see its README).
CORPUS = sorted((Path(__file__).resolve().parents[1] / "corpus").glob("*.json"))
#: Files of the corpus the loader accepts (at the edge of the bounds); every other one is refused.
ACCEPTED = {"pool-count-at-bound", "workload-gpus-at-bound", "mfu-at-floor", "grid-and-turbines-zero",
            "restart-at-bound"}

#: Results of the cluster itself: finite for every valid scenario, or flagged ``non_finite``.
CLUSTER = ("cluster.accelerators", "cost.capex_usd", "cost.opex_usd_per_year", "cost.tco_usd",
           "cost.usd_per_gpu_hour", "power.facility_mw", "power.annual_energy_gwh", "power.annual_co2_tonnes")
#: The run's results: also infinite when the run cannot start or never ends, which a flag says.
RUN = ("training.wall_days", "training.gpu_hours", "training.cost_usd", "training.energy_mwh")
#: Flags that say the run cannot start or never ends.
STOPPERS = {"tp_outside_domain", "layout_needs_more_gpus", "no_valid_layout", "no_layout_fits", "no_mfu",
            "goodput_collapse", "power_shortfall"}


def _value(results, name: str) -> float:
    section, field = name.split(".")
    return float(getattr(getattr(results, section), field)[0])


def unexplained(results) -> list[str]:
    """The headline results of scenario 0 that are not finite (or are zero for the run's
    duration: a run does take time) and that no flag explains; [] is the only right answer."""
    flags = results.flags(0)
    codes = {f.code for f in flags}
    named = {r for f in flags for r in f.results}
    out = []
    for name in CLUSTER + RUN:
        x = _value(results, name)
        if math.isfinite(x):
            if name == "training.wall_days" and not x > 0:
                out.append(f"{name} = {x}")
            continue
        if name in named or (name in RUN and codes & STOPPERS):
            continue
        out.append(f"{name} = {x}")
    return out
