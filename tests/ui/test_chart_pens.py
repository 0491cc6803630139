"""Chart lines follow the device pixel ratio: at ``QT_SCALE_FACTOR=2`` every cosmetic pen of
every chart is twice as many device pixels wide as at 1 (pyqtgraph's cosmetic pens are device
pixels, so without this a 1-px line is a hairline on a HiDPI screen); exports stay as they were."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap

import pytest

PROBE = textwrap.dedent('''
    import json, sys
    import numpy as np
    import pyqtgraph as pg
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication
    sys.path.insert(0, "tests/ui")
    app = QApplication([])
    from chart_fakes import fake_evaluated
    from colossus_desktop.drawing.charts import CHART_TYPES
    from colossus_desktop.drawing.pens import for_device

    def widths(chart):
        out = []
        for item in chart.graphics.scene().items():
            pens = []
            if isinstance(item, pg.PlotCurveItem):
                owner = item.parentItem()
                if isinstance(owner, pg.PlotDataItem) and owner.opts["pen"] is None:
                    continue  # markers only: the curve is never drawn
                pens.append(pg.mkPen(item.opts["pen"]))
            elif isinstance(item, pg.BarGraphItem):
                pens += [pg.mkPen(p) for p in (item.opts.get("pens") or [item.opts.get("pen")]) if p is not None]
            elif isinstance(item, (pg.InfiniteLine, pg.AxisItem)):
                pens.append(item.pen if isinstance(item, pg.InfiniteLine) else item.pen())
            out += [round(p.widthF(), 3) for p in pens if p.style() != 0 and p.isCosmetic()]
        return sorted(out)

    ev = fake_evaluated()
    result = {"ratio": app.devicePixelRatio(), "charts": {}, "export": {}}
    for cls in CHART_TYPES:
        chart = cls(); chart.resize(640, 400); chart.show(); app.processEvents()
        chart.set_evaluated(ev); app.processEvents()
        result["charts"][cls.chart_id] = widths(chart)
        with for_device(1.0):
            clone = cls(); clone.set_evaluated(ev)
        result["export"][cls.chart_id] = widths(clone)
    print(json.dumps(result), flush=True)
    import os
    os._exit(0)  # no teardown of the charts at exit (it is not what this probe tests)
''')


def probe(scale: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale, PYTHONPATH=os.getcwd())
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def probes():
    return probe("1"), probe("2")


def test_pen_widths_scale_with_the_device_pixel_ratio(probes):
    one, two = probes
    assert one["ratio"] == 1.0 and two["ratio"] == 2.0
    for chart_id, widths in one["charts"].items():
        assert widths, f"{chart_id}: no pens found"
        assert two["charts"][chart_id] == [2 * w for w in widths], chart_id


def test_export_pens_ignore_the_screen(probes):
    one, two = probes
    assert two["export"] == one["export"] == one["charts"]
