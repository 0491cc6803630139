"""``colossus-desktop sweep A --param PATH --values START:STOP:N [--param PATH --values …] [--output KEY…]
[--json] [--csv PATH]`` and ``sweep A --list``.

A is a scenario file, ``-`` or ``preset:ID``. One ``--param`` gives a 1-D sweep (one row per
value), two give a 2-D grid (one row per pair, the first input outermost). The other inputs stay
at the scenario's values; the layout degrees other than TP/PP/DP stay at the scenario's chosen
layout (engine/analysis/varied.py). Values outside a field's allowed range (the form's), a
non-whole value of a whole-number field, or more than 10,000 points are refused in one line.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
from typing import TextIO

from colossus_desktop.lang import translate

from colossus_desktop.cli.source import HELP, load_argument

DEFAULT_OUTPUTS = ("wall_days", "run_cost_usd", "capex_usd", "facility_mw")




def add_parser(sub) -> None:
    p = sub.add_parser("sweep", help="vary one or two inputs of a scenario and tabulate the outputs",
                       description="Vary one or two numeric inputs of a scenario over a range and print the "
                                   "outputs at each point (2-D: at each pair). --list shows the inputs.")
    p.add_argument("scenario", metavar="A", help=HELP)
    p.add_argument("--param", action="append", default=[], metavar="PATH",
                   help="a field path, e.g. facility.pue or pools[0].count (twice for a 2-D sweep)")
    p.add_argument("--values", action="append", default=[], metavar="START:STOP:N",
                   help="N evenly spaced values from START to STOP, or a list 1.1,1.2,1.4 (one per --param)")
    p.add_argument("--output", nargs="+", metavar="KEY",
                   help="outputs to print (default: " + " ".join(DEFAULT_OUTPUTS) + "; all: --output all)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.add_argument("--csv", metavar="PATH", help="also write the table as CSV (raw numbers) to PATH")
    p.add_argument("--list", action="store_true", help="list the inputs that can be swept, with values and ranges")
    p.set_defaults(handler=run)


def output_keys(requested: list[str] | None) -> list[str]:
    """The OUTPUTS keys asked for (``all`` = every one); UsageError naming an unknown key."""
    from colossus_desktop.cli.main import UsageError
    from colossus_desktop.engine.analysis.outputs import OUTPUTS

    if not requested:
        return list(DEFAULT_OUTPUTS)
    if requested == ["all"]:
        return list(OUTPUTS)
    for key in requested:
        if key not in OUTPUTS:
            raise UsageError(f"--output: unknown output {key!r} (known: {', '.join(OUTPUTS)})")
    return list(dict.fromkeys(requested))


def _list(scenario, catalog, args, out: TextIO) -> int:
    from colossus_desktop.cli.figures import input_text
    from colossus_desktop.scenario.parameters import describe_bounds, parameters

    params = parameters(scenario, catalog)
    if args.json:
        data = [{"path": p.path, "label": p.label, "unit": p.unit, "value": p.value,
                 "low": p.bounds.low, "high": p.bounds.high,
                 "default_range": list(p.default_range) if p.default_range else None} for p in params]
        out.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
        return 0
    width = max(len(p.path) for p in params)
    out.write(f"{'PATH':<{width}}  {'INPUT':<40} {'VALUE':>22}  CATALOG RANGE (low / typical / high); ALLOWED\n")
    for p in params:
        rng = " / ".join(input_text(p.unit, x) for x in p.default_range) if p.default_range else "—"
        out.write(f"{p.path:<{width}}  {p.label:<40} {input_text(p.unit, p.value):>22}  {rng}; "
                  f"{describe_bounds(p.bounds)}\n")
    return 0


def run(args: argparse.Namespace, out: TextIO) -> int:
    import numpy as np

    from colossus_desktop.analysis import run_sweep
    from colossus_desktop.cli.figures import input_text, output_text
    from colossus_desktop.cli.main import UsageError
    from colossus_desktop.engine.analysis.outputs import OUTPUTS
    from colossus_desktop.engine.catalog import load_catalog
    from colossus_desktop.scenario.parameters import (
        find_parameter,
        parameters,
        parse_values,
    )

    catalog = load_catalog()
    scenario, source = load_argument(args.scenario, catalog, getattr(args, "stderr", None))
    if args.list:
        return _list(scenario, catalog, args, out)
    if not args.param:
        raise UsageError("sweep needs --param PATH --values START:STOP:N (or --list to see the inputs)")
    if len(args.param) != len(args.values):
        raise UsageError(f"give one --values per --param ({len(args.param)} --param, {len(args.values)} --values)")
    if len(args.param) > 2:
        raise UsageError(f"a sweep varies one or two inputs, not {len(args.param)}")
    keys = output_keys(args.output)
    specs = []
    for path, text in zip(args.param, args.values):
        try:
            specs.append((path, parse_values(text)))
        except ValueError as exc:
            raise UsageError(f"--values for {path}: {exc}") from None
    params = parameters(scenario, catalog)
    chosen = [find_parameter(scenario, path, catalog, params=params) for path, _ in specs]
    result = run_sweep(scenario, specs, catalog=catalog)

    grids = np.meshgrid(*result.axes, indexing="ij")
    columns = [g.ravel() for g in grids]
    values = {k: np.asarray(result.outputs[k], dtype=float).ravel() for k in keys}
    n = len(columns[0])
    if args.csv:
        with open(args.csv, "w", newline="", encoding="utf-8") as fh:
            w = csv.writer(fh)
            w.writerow([f"{p.path} ({p.unit})" if p.unit else p.path for p in chosen]
                       + [f"{k} ({OUTPUTS[k].unit})" if OUTPUTS[k].unit else k for k in keys])
            for i in range(n):
                w.writerow([repr(float(c[i])) for c in columns] + [_csv_number(values[k][i]) for k in keys])
    if args.json:
        doc = {"scenario": {"name": scenario.name, **source},
               "inputs": [{"path": p.path, "label": p.label, "unit": p.unit, "value": p.value,
                           "values": a.tolist()} for p, a in zip(chosen, result.axes)],
               "outputs": {k: {"label": OUTPUTS[k].label, "unit": OUTPUTS[k].unit,
                               "values": _json_values(np.asarray(result.outputs[k], dtype=float))} for k in keys},
               "rows": [{**{p.path: float(c[i]) for p, c in zip(chosen, columns)},
                         **{k: _json_number(values[k][i]) for k in keys}} for i in range(n)]}
        out.write(json.dumps(doc, indent=2, ensure_ascii=False, allow_nan=False) + "\n")
        return 0
    from colossus_desktop import lang
    from colossus_desktop.cli.summary import say

    heads = [lang.parameter_label(p.label) for p in chosen] + [lang.output_label(OUTPUTS[k]) for k in keys]
    cells = [[input_text(p.unit, c[i]) for p, c in zip(chosen, columns)] + [output_text(k, values[k][i]) for k in keys]
             for i in range(n)]
    widths = [max(len(h), *(len(r[j]) for r in cells)) for j, h in enumerate(heads)]
    out.write(translate("Cli", "Sweep of {0}: {1}").format(scenario.name, " × ".join(
        translate("Cli", "{0} ({1} values)").format(p.path, len(a)) for p, a in zip(chosen, result.axes))) + "\n")
    out.write("  ".join(h.rjust(w) for h, w in zip(heads, widths)) + "\n")
    out.writelines("  ".join(c.rjust(w) for c, w in zip(r, widths)) + "\n" for r in cells)
    return 0


def _json_number(v: float) -> float | None:
    return float(v) if math.isfinite(v) else None


def _json_values(a):
    return [_json_values(x) for x in a] if a.ndim > 1 else [_json_number(float(x)) for x in a]


def _csv_number(v: float) -> str:
    return repr(float(v)) if math.isfinite(v) else ""
