"""Run the benchmarks: ``python -m bench [--quick] [--json] [--only engine,...]``.

Prints a readable table (or JSON with --json). Numbers are medians over repeats with their
spread; see docs/performance.md for the targets and the last recorded results.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys

SUITES = ["engine", "gui", "compare_view", "report_export", "startup", "memory", "soak", "bundle"]


def machine() -> dict:
    return {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "cpus": os.cpu_count(),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repeats and smaller batches")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.add_argument("--only", default=",".join(SUITES), help=f"comma-separated suites ({', '.join(SUITES)})")
    args = parser.parse_args(argv)
    chosen = [s.strip() for s in args.only.split(",") if s.strip()]
    unknown = sorted(set(chosen) - set(SUITES))
    if unknown:
        parser.error(f"unknown suite(s): {', '.join(unknown)}")

    results = {"machine": machine(), "quick": args.quick}
    for name in chosen:
        module = __import__(f"bench.{name}", fromlist=["run"])
        if not args.json:
            print(f"running {name} …", file=sys.stderr)
        results[name] = module.run(quick=args.quick)

    if args.json:
        print(json.dumps(results, indent=2))
    else:
        _print(results)
    return 0


def _print(results: dict, indent: str = "") -> None:
    for key, value in results.items():
        if isinstance(value, dict) and not {"median", "p25"} <= set(value):
            print(f"{indent}{key}:")
            _print(value, indent + "  ")
        elif isinstance(value, dict):
            print(
                f"{indent}{key:<32} median {value['median']:>12,.3f}  "
                f"[p25 {value['p25']:,.3f} – p75 {value['p75']:,.3f}, n={value['n']}]"
            )
        elif isinstance(value, float):
            print(f"{indent}{key:<32} {value:>12,.3f}")
        else:
            print(f"{indent}{key:<32} {value}")


if __name__ == "__main__":
    sys.exit(main())
