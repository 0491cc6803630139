"""``colossus-desktop simulate (FILE | --preset ID) [--runs N] [--seed S] [--json]``: the failure simulation.

Monte Carlo of the scenario's training run (colossus_desktop/simulation.py, engine/simulation):
ETTR P10/P50/P90 against the analytic goodput, wall-clock days, interruptions by class and the
time lost by cause, averaged over the replicas.
"""

from __future__ import annotations

import argparse
import json
import math
from typing import TextIO

from colossus_desktop.engine.catalog import load_catalog
from colossus_desktop.engine.simulation import CLASSES, MAX_RUNS


def add_parser(sub) -> None:
    p = sub.add_parser("simulate", help="simulate a scenario's failures, restarts and checkpoints",
                       description="Simulate the scenario's training run many times (failures by component class, "
                                   "restarts, checkpoints, spares) and print ETTR P10/P50/P90, wall-clock days, "
                                   "interruptions and time lost by cause.")
    p.add_argument("file", nargs="?", metavar="FILE", help="a scenario file (.json); - reads standard input")
    p.add_argument("--preset", metavar="ID", help="a shipped preset instead of a file")
    p.add_argument("--runs", type=int, default=1000, metavar="N", help="replicas (default 1,000)")
    p.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (default 1)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=run)


def _clean(x):
    if isinstance(x, dict):
        return {k: _clean(v) for k, v in x.items()}
    x = float(x) if not isinstance(x, (int, str, bool)) else x
    return None if isinstance(x, float) and not math.isfinite(x) else x


def run(args: argparse.Namespace, out: TextIO) -> int:
    from colossus_desktop.cli.main import UsageError
    from colossus_desktop.simulation import run_simulation

    if not 1 <= args.runs <= MAX_RUNS:
        raise UsageError(f"--runs must be from 1 to {MAX_RUNS:,}")
    if not 0 <= args.seed < 2**63:
        raise UsageError("--seed must be a whole number from 0 to 2^63 - 1")
    from colossus_desktop.cli.source import load_file_or_preset

    catalog = load_catalog()
    scenario, _source = load_file_or_preset(args, "simulate", catalog)
    try:
        sim, analytic = run_simulation(scenario, args.runs, args.seed)
    except ValueError as exc:
        raise UsageError(f"cannot simulate {scenario.name!r}: {exc}") from None
    s = sim.summary()
    s["analytic_goodput"] = analytic
    if args.json:
        out.write(json.dumps(_clean(s), indent=2) + "\n")
        return 0
    e, w = s["ettr"], s["wall_days"]
    out.write(f"{scenario.name}: {s['runs']:,} simulated runs, seed {s['seed']}\n")
    out.write(f"  ETTR             P10 {e['p10']:.1%}  P50 {e['p50']:.1%}  P90 {e['p90']:.1%}  "
              f"(analytic Daly goodput {analytic:.1%})\n")
    if s["finished_share"] > 0:
        out.write(f"  wall-clock days  P10 {w['p10']:,.1f}  P50 {w['p50']:,.1f}  P90 {w['p90']:,.1f}\n")
    if s["finished_share"] < 1:
        out.write(f"  unfinished       {1 - s['finished_share']:.0%} of runs stopped at 10x the failure-free time\n")
    out.write("  interruptions    " + "  ".join(f"{c} {s['interruptions'][c]:,.0f}" for c in CLASSES)
              + f"  (total {sum(s['interruptions'].values()):,.0f})\n")
    out.write("  days lost        " + "  ".join(f"{k} {v:,.2f}" for k, v in s["lost_days"].items()) + "\n")
    return 0
