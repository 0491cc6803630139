"""GUI latency: edit → last chart repainted on the colossus-2 preset (target: p95 ≤ 50 ms).

``python bench/gui_latency.py [--samples N] [--size WxH]`` prints median, p95 and max in ms.
Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile

if not os.environ.get("QT_QPA_PLATFORM"):
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ.setdefault("COLOSSUS_DESKTOP_HOME", tempfile.mkdtemp(prefix="colossus-bench-"))


def run(samples: int = 60, size=(1280, 800), path: str = "facility.pue") -> dict:
    from PySide6.QtWidgets import QApplication

    from colossus_desktop.scenario.presets import load_preset
    from colossus_desktop.ui.latency import edit_to_paint_ms
    from colossus_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow(load_preset("colossus-2"), autosave=False, restore_geometry=False)
    window.resize_for_screenshot(*size)
    window.show()
    app.processEvents()
    ms = edit_to_paint_ms(window, path, samples=samples)
    window.document.undo_stack.clear()
    window.document.replace(window.document.scenario)
    window.close()
    s = sorted(ms)
    return {
        "median_ms": statistics.median(s),
        "p95_ms": s[min(len(s) - 1, int(round(0.95 * (len(s) - 1))))],
        "max_ms": s[-1],
        "n": len(s),
    }


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--samples", type=int, default=60)
    p.add_argument("--size", default="1280x800")
    p.add_argument("--field", default="facility.pue")
    args = p.parse_args(argv)
    w, h = (int(x) for x in args.size.lower().split("x"))
    r = run(args.samples, (w, h), args.field)
    print(f"edit → last chart repainted ({args.field}, {r['n']} edits, {w}x{h}): "
          f"median {r['median_ms']:.1f} ms, p95 {r['p95_ms']:.1f} ms, max {r['max_ms']:.1f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
