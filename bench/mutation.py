"""Mutation score of the engine: ``python3 -m bench.mutation [--survivors | --resume | --report-only] [--diffs]``.

Runs mutmut (``pip install -e ".[mutation]"``) with the settings in pyproject.toml
(``[tool.mutmut]``: mutate ``colossus_desktop/engine`` only, run the engine, scenario and
in-process CLI tests), then prints the counts, the score and every surviving mutant.

Score = (killed + timeout) / all mutants: a mutant is detected when a test fails or the run
hangs past mutmut's time limit. Survived, "no tests" and "suspicious" mutants count as
undetected. A full run takes tens of minutes on two cores, more than CI allows, so it is not
part of CI; docs/validation.md ("Mutation score") records the last measured figures.

By default the work folder ``mutants/`` is deleted first, so every mutant is re-tested
against the current engine and tests. ``--resume`` keeps mutmut's cached verdicts (only
sound when the engine is unchanged and tests were only added); ``--survivors`` keeps them
too and re-tests only the mutants the last run left undetected, against the current tests
(for the same case: after adding tests, with the engine unchanged); ``--report-only`` runs
nothing and reports the last run.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "mutants"
DETECTED = ("killed", "timeout")


def _mutmut(*args: str, capture: bool = True) -> str:
    cmd = [sys.executable, "-c", "import sys; from mutmut.__main__ import cli; sys.exit(cli())", *args]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(cmd, cwd=ROOT, env=env, text=True, capture_output=capture)
    if done.returncode != 0:
        raise SystemExit(f"mutmut {' '.join(args)} failed (exit {done.returncode}):\n{done.stdout or ''}{done.stderr or ''}")
    return done.stdout or ""


def statuses() -> dict[str, str]:
    """Every mutant's name and mutmut's verdict ("killed", "survived", "timeout", …)."""
    out = {}
    for line in _mutmut("results", "--all", "true").splitlines():
        match = re.match(r"\s*(\S+): (.+)$", line)
        if match:
            out[match.group(1)] = match.group(2).strip()
    return out


def summary(status: dict[str, str]) -> dict:
    """Counts by verdict and the score, (killed + timeout) / total."""
    counts = Counter(status.values())
    total = len(status)
    detected = sum(counts[s] for s in DETECTED)
    return {
        "total": total,
        "killed": counts["killed"],
        "timeout": counts["timeout"],
        "survived": counts["survived"],
        "other": {k: v for k, v in counts.items() if k not in ("killed", "timeout", "survived")},
        "score": detected / total if total else float("nan"),
    }


def by_module(status: dict[str, str]) -> dict[str, Counter]:
    out: dict[str, Counter] = {}
    for name, verdict in status.items():
        parts = name.split(".")
        module = ".".join(p for p in parts[:-1] if not p.startswith("x")).removeprefix("colossus_desktop.")
        out.setdefault(module, Counter())[verdict] += 1
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m bench.mutation", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--max-children", type=int, default=os.cpu_count() or 2, help="parallel test processes")
    parser.add_argument("--resume", action="store_true", help="keep mutants/ and mutmut's cached verdicts")
    parser.add_argument("--survivors", action="store_true", help="re-test only the last run's undetected mutants")
    parser.add_argument("--report-only", action="store_true", help="report the last run without running")
    parser.add_argument("--diffs", action="store_true", help="print the diff of every surviving mutant")
    parser.add_argument("--json", action="store_true", help="machine-readable summary and survivors")
    args = parser.parse_args(argv)

    try:
        import mutmut  # noqa: F401
    except ImportError:
        raise SystemExit('mutmut is not installed: pip install -e ".[mutation]"') from None

    if args.survivors:
        undetected = sorted(name for name, verdict in statuses().items() if verdict not in DETECTED)
        if undetected:
            _mutmut("run", "--max-children", str(args.max_children), *undetected, capture=False)
    elif not args.report_only:
        if not args.resume and WORK.exists():
            shutil.rmtree(WORK)
        _mutmut("run", "--max-children", str(args.max_children), capture=False)

    status = statuses()
    if not status:
        raise SystemExit("no mutation results: run python3 -m bench.mutation first")
    result = summary(status)
    survivors = sorted(name for name, verdict in status.items() if verdict not in DETECTED)
    if args.json:
        print(json.dumps({**result, "undetected": {name: status[name] for name in survivors}}, indent=2))
        return 0

    import mutmut

    print(f"\nmutmut {mutmut.__version__} on colossus_desktop/engine")
    for module, counts in sorted(by_module(status).items()):
        n = sum(counts.values())
        print(f"  {module:<32} {n:5d} mutants  {counts['killed'] + counts['timeout']:5d} detected  "
              f"{n - counts['killed'] - counts['timeout']:4d} undetected")
    print(f"mutants {result['total']}, killed {result['killed']}, timeout {result['timeout']}, "
          f"survived {result['survived']}" + "".join(f", {k} {v}" for k, v in result["other"].items()))
    print(f"score {result['score']:.1%} (killed + timeout) / mutants")
    print(f"\nundetected mutants ({len(survivors)}):")
    for name in survivors:
        print(f"  {name}: {status[name]}")
        if args.diffs:
            diff = _mutmut("show", name)
            print("\n".join("      " + line for line in diff.splitlines() if line[:1] in "+-" and line[:3] not in ("+++", "---")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
