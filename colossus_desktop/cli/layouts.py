"""``colossus-desktop layouts (FILE | --preset ID) [--top N] [--json]``: the best training layouts.

Every valid layout of the scenario's model on its cluster is evaluated in one vectorised call
(engine/performance/search.py) and the best are listed, best first: TP, PP, DP, EP, CP,
interleaving, micro-batch, recomputation and ZeRO stage, with the step time, the predicted MFU,
the memory per GPU and whether it fits. A scenario without a complete model shape has none.
"""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from colossus_desktop.cli.summary import RECOMPUTE_NAMES
from colossus_desktop.engine import rank_layouts
from colossus_desktop.engine.catalog import load_catalog
from colossus_desktop.scenario import to_inputs


def add_parser(sub) -> None:
    p = sub.add_parser("layouts", help="list the best training layouts of a scenario",
                       description="List the best training layouts (parallelism, recomputation, ZeRO) of a "
                                   "scenario's model on its cluster, best first.")
    p.add_argument("file", nargs="?", metavar="FILE", help="a scenario file (.json); - reads standard input")
    p.add_argument("--preset", metavar="ID", help="a shipped preset instead of a file")
    p.add_argument("--top", type=int, default=10, metavar="N", help="how many layouts (default 10)")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=run)


def run(args: argparse.Namespace, out: TextIO) -> int:
    from colossus_desktop.cli.main import UsageError

    if args.top < 1:
        raise UsageError("--top must be at least 1")
    from colossus_desktop.cli.source import load_file_or_preset

    catalog = load_catalog()
    scenario, _source = load_file_or_preset(args, "layouts", catalog)
    rows = rank_layouts(to_inputs(scenario, catalog), top=args.top)
    if args.json:
        data = [{"tp": int(r["tp"]), "pp": int(r["pp"]), "dp": int(r["dp"]), "ep": int(r["ep"]), "cp": int(r["cp"]),
                 "vpp": int(r["vpp"]), "micro_batch_size": int(r["mbs"]),
                 "recompute": RECOMPUTE_NAMES[int(r["recompute"])], "zero_stage": int(r["zero"]),
                 "step_time_s": r["step_time_s"], "mfu": r["mfu"], "memory_gb_per_gpu": r["memory_bytes"] / 1e9,
                 "fits": r["fits"]} for r in rows]
        out.write(json.dumps(data, indent=2) + "\n")
        return 0
    if not rows:
        out.write("No layout: the scenario's model has no complete shape (workload.architecture and "
                  "workload.seq_length).\n")
        return 0
    out.write(f"{'#':>3}  {'TP':>3} {'PP':>4} {'DP':>6} {'EP':>4} {'CP':>3} {'v':>2} {'mb':>3}  {'recompute':<9}"
              f" {'ZeRO':>4}  {'step s':>8} {'MFU':>6} {'GB/GPU':>7}  fits\n")
    out.writelines(f"{i:>3}  {int(r['tp']):>3} {int(r['pp']):>4} {int(r['dp']):>6} {int(r['ep']):>4} {int(r['cp']):>3}"
                  f" {int(r['vpp']):>2} {int(r['mbs']):>3}  {RECOMPUTE_NAMES[int(r['recompute'])]:<9} {int(r['zero']):>4}"
                  f"  {r['step_time_s']:>8.2f} {r['mfu']:>6.1%} {r['memory_bytes'] / 1e9:>7.1f}  {'yes' if r['fits'] else 'NO'}\n" for i, r in enumerate(rows, 1))
    return 0
