"""Soak: render the charts a few hundred times, and export one as SVG.

Guards the PySide6 traps in STYLE.md: 6.12 on CPython 3.11 aborts inside AxisItem painting
within a few hundred redraws, and pyqtgraph 0.14's SVGExporter fails with 6.11/6.12.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pyqtgraph.exporters as exporters

from colossus_desktop.drawing.charts import create_charts

from .chart_fakes import fake_evaluated

ROUNDS = 300


def test_three_hundred_redraws(qapp):
    evs = [fake_evaluated(gpus=1_000_000, horizon=6), fake_evaluated(gpus=150_000, scale=1.4, horizon=3, turbines=False)]
    charts = create_charts()
    for c in charts:
        c.resize(480, 300)
        c.show()
    for i in range(ROUNDS):
        ev = evs[i % 2]
        c = charts[i % len(charts)]
        c.set_evaluated(ev)
        c.set_stale(i % 7 == 0)
        c.hover(0.5, 0.5)
        c.repaint()
        if i % 3 == 0:
            c.grab()
        qapp.processEvents()
    # Each chart keeps the evaluation and the stale mark of its last round, nothing else.
    last = {j: max(i for i in range(ROUNDS) if i % len(charts) == j) for j in range(len(charts))}
    assert [c.evaluated for c in charts] == [evs[last[j] % 2] for j in range(len(charts))]
    assert [c.is_stale() for c in charts] == [last[j] % 7 == 0 for j in range(len(charts))]


def test_svg_export_parses(qapp, tmp_path):
    charts = create_charts()
    chart = charts[1]  # power: bars, legend, dashed line
    chart.resize(640, 400)
    chart.set_evaluated(fake_evaluated())
    path = tmp_path / "power.svg"
    exporters.SVGExporter(chart.plot_item).export(str(path))
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    assert "Power" in path.read_text(encoding="utf-8")
