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

from colossus_desktop.lang import translate
from colossus_desktop.messages import QT_TRANSLATE_NOOP

from colossus_desktop.engine.catalog import load_catalog
from colossus_desktop.engine.simulation import CLASSES, MAX_RUNS


_WORDS = (
    QT_TRANSLATE_NOOP("Cli", "{0}: {1} simulated runs, seed {2}"), QT_TRANSLATE_NOOP("Cli", "ETTR"),
    QT_TRANSLATE_NOOP("Cli", "(analytic Daly goodput {0})"), QT_TRANSLATE_NOOP("Cli", "wall-clock days"),
    QT_TRANSLATE_NOOP("Cli", "unfinished"), QT_TRANSLATE_NOOP("Cli", "{0} of runs stopped at 10x the failure-free time"),
    QT_TRANSLATE_NOOP("Cli", "interruptions"), QT_TRANSLATE_NOOP("Cli", "(total {0})"),
    QT_TRANSLATE_NOOP("Cli", "days lost"),
    # failure classes and causes of lost time (engine/simulation: CLASSES, lost_days keys)
    QT_TRANSLATE_NOOP("Cli", "gpu"), QT_TRANSLATE_NOOP("Cli", "hbm"), QT_TRANSLATE_NOOP("Cli", "network"),
    QT_TRANSLATE_NOOP("Cli", "host"), QT_TRANSLATE_NOOP("Cli", "software"), QT_TRANSLATE_NOOP("Cli", "planned"),
    QT_TRANSLATE_NOOP("Cli", "restart"), QT_TRANSLATE_NOOP("Cli", "rework"), QT_TRANSLATE_NOOP("Cli", "checkpoint"),
    QT_TRANSLATE_NOOP("Cli", "wait"), QT_TRANSLATE_NOOP("Cli", "degraded"),
)


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
    from colossus_desktop import lang
    from colossus_desktop.cli.summary import say

    e, w = s["ettr"], s["wall_days"]
    N, P = lang.number, lambda x, d=1: lang.percent(x, d)  # noqa: E731
    out.write(translate("Cli", "{0}: {1} simulated runs, seed {2}").format(scenario.name, N(s["runs"], 0), s["seed"]) + "\n")
    out.write(f"  {say('ETTR'):<17}P10 {P(e['p10'])}  P50 {P(e['p50'])}  P90 {P(e['p90'])}  "
              + translate("Cli", "(analytic Daly goodput {0})").format(P(analytic)) + "\n")
    if s["finished_share"] > 0:
        out.write(f"  {say('wall-clock days'):<17}P10 {N(w['p10'], 1)}  P50 {N(w['p50'], 1)}  P90 {N(w['p90'], 1)}\n")
    if s["finished_share"] < 1:
        out.write(f"  {say('unfinished'):<17}" + translate("Cli", "{0} of runs stopped at 10x the failure-free time").format(
            P(1 - s["finished_share"], 0)) + "\n")
    out.write(f"  {say('interruptions'):<17}" + "  ".join(f"{say(c)} {N(s['interruptions'][c], 0)}" for c in CLASSES)
              + "  " + translate("Cli", "(total {0})").format(N(sum(s["interruptions"].values()), 0)) + "\n")
    out.write(f"  {say('days lost'):<17}" + "  ".join(f"{say(k)} {N(v, 2)}" for k, v in s["lost_days"].items()) + "\n")
    return 0
