"""Monte Carlo and tornado benchmark (issue 11: "10^5 Monte Carlo samples plus the tornado in
under 1 s of engine time").

    python3 -m bench.analysis [--repeats N] [--samples N] [--no-million]

For the Colossus 2, Llama 3 405B and DeepSeek-V3 presets, eight inputs are made uncertain with a
catalog-style low/typical/high range around the scenario's own value (an illustration for timing,
not sourced ranges: 0.8× and 1.25× the value; utilisation capped at 1): PUE, grid price, the first
pool's accelerator price, power utilisation, cost of capital, failures per GPU-year, training
tokens, and the MFU where the scenario gives one (else the restart time). Prints, per preset, the
median and p25/p75 wall time of monte_carlo() at 10^5 samples, of tornado(), of the P10/P50/P90 of
every output and of the three together, and its ratio to the 1 s target; then one run of 10^6
samples per preset with its peak traced memory (numpy's allocations, tracemalloc).
"""

from __future__ import annotations

import argparse
import time
import tracemalloc

import numpy as np

from bench.stats import repeat, summary
from colossus_desktop.engine.analysis import Distribution, Varied, monte_carlo, tornado
from colossus_desktop.scenario import load_preset, to_inputs

PRESETS = ("colossus-2", "llama-3-405b", "deepseek-v3")
TARGET_S = 1.0
LOW, HIGH = 0.8, 1.25  # the illustrative range around each value


def uncertain(inp) -> tuple[list[Varied], list[Distribution], np.ndarray]:
    """The eight uncertain inputs of a preset, their distributions and the scenario's values."""
    spec = [
        (Varied("facility.pue", "pue"), inp.pue[0]),
        (Varied("power.grid_usd_per_mwh", "grid_usd_per_mwh"), inp.grid_usd_per_mwh[0]),
        (Varied("pools[0].price_usd", "pool_price_usd", 0), inp.pool_price_usd[0, 0]),
        (Varied("power.utilization", "utilization"), inp.utilization[0]),
        (Varied("finance.cost_of_capital", "cost_of_capital"), inp.cost_of_capital[0]),
        (Varied("reliability.failures_per_gpu_year", "failures_per_gpu_year"), inp.failures_per_gpu_year[0]),
        (Varied("workload.tokens_t", "tokens", scale=1e12), inp.tokens[0] / 1e12),
    ]
    if np.isfinite(inp.mfu[0]):
        spec.append((Varied("workload.mfu", "mfu"), inp.mfu[0]))
    else:
        spec.append((Varied("workload.restart_min", "restart_s", scale=60.0), inp.restart_s[0] / 60.0))
    varied = [v for v, _ in spec]
    base = np.array([float(b) for _, b in spec])
    dists = []
    for v, b in zip(varied, base):
        high = min(b * HIGH, 1.0) if v.field in ("utilization", "mfu") else b * HIGH
        dists.append(Distribution("range", low=b * LOW, mode=b, high=high))
    return varied, dists, base


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m bench.analysis")
    parser.add_argument("--repeats", type=int, default=7)
    parser.add_argument("--samples", type=int, default=100_000)
    parser.add_argument("--no-million", action="store_true", help="skip the one run of 10^6 samples")
    args = parser.parse_args(argv)
    n = args.samples
    print(f"Monte Carlo ({n:,} LHS samples, 8 uncertain inputs) + tornado, engine time; "
          f"median [p25 – p75] of {args.repeats} runs after a warm-up")
    for preset in PRESETS:
        inp = to_inputs(load_preset(preset))
        varied, dists, base = uncertain(inp)
        holder = {}

        def mc():
            holder["mc"] = monte_carlo(inp, varied, dists, n, seed=1)

        mc_s = summary(repeat(mc, args.repeats))
        tor_s = summary(repeat(lambda: tornado(inp, varied, dists, base), args.repeats))
        q_s = summary(repeat(lambda: holder["mc"].quantiles(), args.repeats))

        def everything():
            m = monte_carlo(inp, varied, dists, n, seed=1)
            tornado(inp, varied, dists, base)
            m.quantiles()

        all_s = summary(repeat(everything, args.repeats))
        q = holder["mc"].quantiles()
        t = tornado(inp, varied, dists, base)
        print(f"\n{preset}")
        for label, s in (("monte_carlo()", mc_s), ("tornado()", tor_s), ("P10/P50/P90", q_s),
                         ("all three", all_s)):
            print(f"  {label:<14} {s['median']:.3f} s  [{s['p25']:.3f} – {s['p75']:.3f}]")
        print(f"  ratio to the {TARGET_S:g} s target: {all_s['median'] / TARGET_S:.2f}   "
              f"({mc_s['median'] / n * 1e6:.2f} µs per sample)")
        p10, p50, p90 = q["wall_days"]
        print(f"  wall_days P10/P50/P90 {p10:.1f} / {p50:.1f} / {p90:.1f} (scenario {holder['mc'].base['wall_days']:.1f}); "
              f"tornado of run_cost_usd: {', '.join(t.paths[i] for i in t.order('run_cost_usd')[:3])}")
    if not args.no_million:
        print("\n10^6 samples, one run each (chunks of 50,000 rows)")
        for preset in PRESETS:
            inp = to_inputs(load_preset(preset))
            varied, dists, _ = uncertain(inp)
            tracemalloc.start()
            start = time.perf_counter()
            m = monte_carlo(inp, varied, dists, 1_000_000, seed=1)
            elapsed = time.perf_counter() - start
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            kept = m.samples.nbytes + sum(v.nbytes for v in m.outputs.values())
            print(f"  {preset:<14} {elapsed:.2f} s   peak traced memory {peak / 1e6:.0f} MB "
                  f"(of which the result: {kept / 1e6:.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
