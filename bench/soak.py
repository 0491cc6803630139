"""Memory soak: 10,000 edits through the document API and the evaluator, as the window makes
them, with the resident set size (RSS) read after a warm-up and at the end.

``python3 -m bench.soak [--edits N] [--warmup N]`` prints the figures; ``python -m bench --only
soak`` runs it with the other suites. Each edit is one of: a number of the form (PUE, a pool's
count, the staff, the cluster's GPUs for the run), a pool added or removed, an undo or a redo;
after each, the scenario is evaluated (``Evaluator.evaluate_now``, the engine and every KPI).
Fields rotate, so edits do not merge in the undo history: it fills to its bound
(``ui/history.MAX_STEPS``) and stays there. The run is a child process, so the figures are the
soak's alone. RSS is read from ``/proc/self/status`` (Linux; ``VmRSS`` and the peak
``VmHWM``), in MiB.

Target: RSS growth from the end of the warm-up to the end under 10 %. Before the history was
bounded and shared (issue 12), 10,000 edits grew it by about 168 MB.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

EDITS = 10_000
WARMUP = 1_000
QUICK_EDITS = 1_500
TARGET_GROWTH_PERCENT = 10.0

CHILD = r"""
import gc, json, sys, time
sys.path.insert(0, sys.argv[1])
edits, warmup = int(sys.argv[2]), int(sys.argv[3])
from PySide6.QtCore import QCoreApplication
app = QCoreApplication.instance() or QCoreApplication([])
from colossus_desktop.scenario.presets import load_preset
from colossus_desktop.ui.document import Document
from colossus_desktop.ui.evaluator import Evaluator

def rss_mib():
    fields = dict(line.split(":", 1) for line in open("/proc/self/status") if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024

doc = Document(load_preset("colossus-2"))
evaluator = Evaluator(doc)
base_pools = len(doc.scenario.pools)

def edit(i):
    k = i % 8
    if k == 0:
        return doc.set_field("facility.pue", 1.10 + (i % 7) * 0.03)
    if k == 1:
        return doc.set_field("pools[0].count", 1000 + (i % 997))
    if k == 2:
        return doc.set_field("costs.staff_count", 100 + (i % 991))
    if k == 3:
        return doc.add_pool() if len(doc.scenario.pools) <= base_pools else doc.remove_pool(len(doc.scenario.pools) - 1)
    if k == 4:
        return doc.set_field("workload.gpus", 1024 + 8 * (i % 499))
    if k == 5:
        doc.undo()
        return None
    if k == 6:
        doc.redo()
        return None
    return doc.set_field("facility.pue", 1.12 + (i % 5) * 0.04)

out = {}
marks = sorted({100, warmup, edits})
started = time.perf_counter()
refused = 0
done = 0
for mark in marks:
    while done < mark:
        if edit(done) is not None:
            refused += 1
        evaluator.evaluate_now()
        app.processEvents()
        done += 1
    gc.collect()
    rss, peak = rss_mib()
    out[str(mark)] = {"rss_mib": rss, "peak_rss_mib": peak, "seconds": time.perf_counter() - started}
out["history_steps"] = len(doc.history)
out["history_bound"] = doc.history.max_steps
out["refused"] = refused
out["evaluator_error"] = evaluator.error
print(json.dumps(out))
"""


def run(quick: bool = False, edits: int | None = None, warmup: int = WARMUP) -> dict:
    """Run the soak in a child process; return its figures (MiB, seconds, percent)."""
    edits = edits or (QUICK_EDITS if quick else EDITS)
    warmup = min(warmup, edits)
    root = str(Path(__file__).resolve().parents[1])
    proc = subprocess.run([sys.executable, "-c", CHILD, root, str(edits), str(warmup)],
                          capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(f"soak child failed ({proc.returncode}): {proc.stderr.strip()[-2000:]}")
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    cold, warm, last = data["100"], data[str(warmup)], data[str(edits)]
    growth = 100.0 * (last["rss_mib"] - warm["rss_mib"]) / warm["rss_mib"]
    return {
        "edits": edits,
        "warmup_edits": warmup,
        "rss_mib_after_100": cold["rss_mib"],
        f"rss_mib_after_{warmup}": warm["rss_mib"],
        f"rss_mib_after_{edits}": last["rss_mib"],
        "peak_rss_mib": last["peak_rss_mib"],
        "rss_growth_percent": growth,
        "rss_growth_percent_from_100": 100.0 * (last["rss_mib"] - cold["rss_mib"]) / cold["rss_mib"],
        "ms_per_edit_and_evaluation": 1000.0 * (last["seconds"] - warm["seconds"]) / max(1, edits - warmup),
        "history_steps": data["history_steps"],
        "history_bound": data["history_bound"],
        "refused_edits": data["refused"],
        "targets": {"rss_growth_percent": TARGET_GROWTH_PERCENT},
        "within_target": growth < TARGET_GROWTH_PERCENT,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python3 -m bench.soak", description=__doc__.split("\n\n")[0])
    parser.add_argument("--edits", type=int, default=EDITS, help=f"edits in all (default {EDITS:,})")
    parser.add_argument("--warmup", type=int, default=WARMUP, help=f"edits before the first reading (default {WARMUP:,})")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    args = parser.parse_args(argv)
    if args.edits < 100 or args.warmup < 100:
        parser.error("--edits and --warmup must be at least 100")
    result = run(edits=args.edits, warmup=args.warmup)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    for key, value in result.items():
        if isinstance(value, float):
            print(f"{key:<34} {value:,.2f}")
        else:
            print(f"{key:<34} {value}")
    return 0 if result["within_target"] else 1


if __name__ == "__main__":
    sys.exit(main())
