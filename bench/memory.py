"""Memory: resident set size of a window after 10 edits and after 2,000 (a leak shows as
growth). Each edit changes a builder value, evaluates and repaints every chart. Runs in a
child process so that the numbers are the window's alone. Target: growth under 10 %.
"""

from __future__ import annotations

import json
import subprocess
import sys

CHILD = r"""
import json, resource, sys
sys.path.insert(0, sys.argv[1])
from bench.qt import open_window

def rss_mb():
    fields = dict(line.split(":", 1) for line in open("/proc/self/status") if ":" in line)
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024

app, window = open_window("colossus-2", (1280, 800))
values = [1.10, 1.15, 1.20, 1.25, 1.30]
out = {}
done = 0
for target in (10, int(sys.argv[2])):
    while done < target:
        window.document.set_field("facility.pue", values[done % len(values)])
        window.evaluator.evaluate_now()
        app.processEvents()
        done += 1
    rss, peak = rss_mb()
    out[str(target)] = {"rss_mb": rss, "peak_rss_mb": peak}
print(json.dumps(out))
"""


def run(quick: bool = False) -> dict:
    from pathlib import Path

    edits = 300 if quick else 2000
    root = str(Path(__file__).resolve().parents[1])
    proc = subprocess.run([sys.executable, "-c", CHILD, root, str(edits)], capture_output=True, text=True, check=True)
    data = json.loads(proc.stdout.strip().splitlines()[-1])
    first, last = data["10"], data[str(edits)]
    return {
        "edits": edits,
        "rss_mb_after_10": first["rss_mb"],
        f"rss_mb_after_{edits}": last["rss_mb"],
        "peak_rss_mb_after_10": first["peak_rss_mb"],
        f"peak_rss_mb_after_{edits}": last["peak_rss_mb"],
        "rss_growth_percent": 100.0 * (last["rss_mb"] - first["rss_mb"]) / first["rss_mb"],
        "peak_growth_percent": 100.0 * (last["peak_rss_mb"] - first["peak_rss_mb"]) / first["peak_rss_mb"],
        "targets": {"rss_growth_percent": 10.0},
    }
