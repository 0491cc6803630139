"""``colossus-desktop montecarlo A [--samples N] [--seed S] [--json]``: P10 / P50 / P90 of every output
and the tornado ranking, from the scenario's own ``uncertainty`` section.

A is a scenario file, ``-`` or ``preset:ID``. Samples are Latin hypercube draws from the
scenario's distributions (rank-correlated where it says so), clipped to each field's allowed
range (colossus_desktop/analysis.py). The tornado moves each uncertain input to the ends of its
distribution (low/high; P10/P90 for normal and lognormal) with the others at the scenario's
values, and ranks the inputs by the swing of the run cost and of the wall-clock days.
"""

from __future__ import annotations

import argparse
import json
import math
from typing import TextIO

from colossus_desktop.cli.source import HELP, load_argument

from colossus_desktop.lang import translate

TORNADO_KEYS = ("run_cost_usd", "wall_days")
MAX_SAMPLES = 1_000_000


def add_parser(sub) -> None:
    p = sub.add_parser("montecarlo", help="P10/P50/P90 of every output and the tornado of a scenario's uncertainty",
                       description="Monte Carlo over the distributions in the scenario's uncertainty section "
                                   "(Latin hypercube, seeded): P10, P50 and P90 of every output, then the "
                                   "inputs ranked by their swing on the run cost and the time to train.")
    p.add_argument("scenario", metavar="A", help=HELP)
    p.add_argument("--samples", type=int, metavar="N", help="samples, 1 to 1,000,000 (default: the scenario's)")
    p.add_argument("--seed", type=int, metavar="S", help="random seed (default: the scenario's)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=run)


def _num(v) -> float | None:
    v = float(v)
    return v if math.isfinite(v) else None


def run(args: argparse.Namespace, out: TextIO) -> int:
    from colossus_desktop.analysis import run_monte_carlo, run_tornado
    from colossus_desktop import lang
    from colossus_desktop.cli.figures import N, input_text, output_text
    from colossus_desktop.cli.summary import say
    from colossus_desktop.cli.main import UsageError
    from colossus_desktop.engine.analysis.outputs import OUTPUTS
    from colossus_desktop.engine.catalog import load_catalog
    from colossus_desktop.scenario.parameters import parameters

    if args.samples is not None and not 1 <= args.samples <= MAX_SAMPLES:
        raise UsageError(f"--samples must be 1 to {MAX_SAMPLES:,}, not {args.samples:,}")
    if args.seed is not None and args.seed < 0:
        raise UsageError("--seed must be 0 or more")
    catalog = load_catalog()
    scenario, source = load_argument(args.scenario, catalog, getattr(args, "stderr", None))
    mc = run_monte_carlo(scenario, samples=args.samples, seed=args.seed, catalog=catalog)
    tor = run_tornado(scenario, catalog=catalog)
    q = mc.quantiles((0.1, 0.5, 0.9))
    by_path = {p.path: p for p in parameters(scenario, catalog)}
    u = scenario.uncertainty

    def ranking(key: str) -> list[dict]:
        rows = []
        for i in tor.order(key):
            p = by_path[tor.paths[i]]
            lo, hi = float(tor.low[key][i]), float(tor.high[key][i])
            rows.append({"path": p.path, "label": p.label, "unit": p.unit,
                         "low_value": float(tor.low_values[i]), "high_value": float(tor.high_values[i]),
                         "output_at_low": _num(lo), "output_at_high": _num(hi), "swing": _num(abs(hi - lo))})
        return rows

    rankings = {key: ranking(key) for key in TORNADO_KEYS}
    if args.json:
        doc = {"scenario": {"name": scenario.name, **source},
               "samples": mc.n if hasattr(mc, "n") else len(mc.samples), "seed": mc.seed,
               "inputs": [{"path": i.path, "distribution": i.distribution, **i.parameters(), "source": i.source}
                          for i in u.inputs],
               "correlations": [{"a": c.a, "b": c.b, "rho": c.rho} for c in u.correlations],
               "outputs": {k: {"label": OUTPUTS[k].label, "unit": OUTPUTS[k].unit, "base": _num(mc.base[k]),
                               "p10": _num(q[k][0]), "p50": _num(q[k][1]), "p90": _num(q[k][2])} for k in q},
               "tornado": {k: {"base": _num(tor.base[k]), "inputs": rows} for k, rows in rankings.items()}}
        out.write(json.dumps(doc, indent=2, ensure_ascii=False, allow_nan=False) + "\n")
        return 0

    n = len(mc.samples)
    lbl = lambda k: lang.output_label(OUTPUTS[k])  # noqa: E731
    corr = translate("Cli", ", {0} rank correlations").format(N(len(u.correlations), 0)) if u.correlations else ""
    out.write(translate("Cli", "Monte Carlo of {0}: {1} samples (Latin hypercube), seed {2}, {3} uncertain inputs").format(
        scenario.name, N(n, 0), mc.seed, len(u.inputs)) + corr + "\n\n")
    rows = [(lbl(k), output_text(k, mc.base[k]), *(output_text(k, x) for x in q[k])) for k in q]
    heads = (translate("Cli", "Output"), translate("Cli", "Scenario"), "P10", "P50", "P90")
    widths = [max(len(h), *(len(r[j]) for r in rows)) for j, h in enumerate(heads)]
    out.write("  ".join(h.ljust(widths[0]) if j == 0 else h.rjust(widths[j]) for j, h in enumerate(heads)) + "\n")
    out.writelines("  ".join(c.ljust(widths[0]) if j == 0 else c.rjust(widths[j]) for j, c in enumerate(r)) + "\n"
                   for r in rows)
    for key in TORNADO_KEYS:
        out.write("\n" + translate("Cli", "Tornado: {0} (scenario {1}), largest swing first").format(
            lbl(key), output_text(key, tor.base[key])) + "\n")
        cells = [(lang.parameter_label(r["label"]), f"{input_text(r['unit'], r['low_value'])} → {input_text(r['unit'], r['high_value'])}",
                  f"{output_text(key, r['output_at_low'] if r['output_at_low'] is not None else math.nan)} → "
                  f"{output_text(key, r['output_at_high'] if r['output_at_high'] is not None else math.nan)}",
                  output_text(key, r["swing"] if r["swing"] is not None else math.nan)) for r in rankings[key]]
        heads = (translate("Cli", "Input"), translate("Cli", "Low → high"), lbl(key), translate("Cli", "Swing"))
        widths = [max(len(h), *(len(r[j]) for r in cells)) for j, h in enumerate(heads)]
        out.write("  ".join(h.ljust(w) for h, w in zip(heads, widths)).rstrip() + "\n")
        out.writelines("  ".join(c.ljust(w) for c, w in zip(r, widths)).rstrip() + "\n" for r in cells)
    return 0
