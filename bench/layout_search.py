"""Layout-search benchmark (issue 10: "Llama 3 405B on 16,384 H100 in under 1 s").

    python3 -m bench.layout_search [--repeats N]

Every layout of Llama 3.1 405B (the preset's shape, 8K sequence, 16M-token batch) on 16,384 H100
with all parallelism left to the search: prints the candidate count, the median and p25/p75 wall
time of one search (engine.rank_layouts) and of one full evaluate() of the same scenario, and the
best layout.
"""

from __future__ import annotations

import argparse

from bench.stats import repeat, summary
from colossus_desktop.engine import evaluate, rank_layouts
from colossus_desktop.engine.performance.search import candidates
from colossus_desktop.scenario import load_preset, to_inputs
from colossus_desktop.scenario.model import Parallelism


def scenario_inputs():
    s = load_preset("llama-3-405b")
    s.workload.parallelism = Parallelism()  # everything auto
    return to_inputs(s)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m bench.layout_search")
    parser.add_argument("--repeats", type=int, default=7)
    args = parser.parse_args(argv)
    inp = scenario_inputs()
    search = summary(repeat(lambda: rank_layouts(inp, top=10), args.repeats))  # after a warm-up call
    full = summary(repeat(lambda: evaluate(inp), args.repeats))
    best = rank_layouts(inp, top=1)[0]
    print(f"candidates                 {len(candidates(inp)['tp']):,}")
    for label, s in (("search (rank_layouts)     ", search), ("evaluate() with the search", full)):
        print(f"{label} median {s['median']:.3f} s  [p25 {s['p25']:.3f} – p75 {s['p75']:.3f}, n={s['n']}]")
    print("target                     search < 1 s")
    print("best layout                TP{tp:.0f} PP{pp:.0f} DP{dp:.0f} CP{cp:.0f} v{vpp:.0f} mb{mbs:.0f} "
          "recompute {recompute:.0f} ZeRO-{zero:.0f}: MFU {mfu:.1%}, step {step_time_s:.2f} s".format(**best))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
