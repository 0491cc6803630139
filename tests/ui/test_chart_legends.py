"""Every line on every chart has a legend entry: a walk over the plot items of every chart (the
window's, the analysis views', Compare's, Failures', the parity chart), each given data, fails on
any visible line (a curve, a threshold, a guide) whose legend does not name it."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt

from colossus_desktop.drawing.charts import create_charts
from colossus_desktop.drawing.charts.heatmap import HeatMap, HeatMapChart
from colossus_desktop.drawing.charts.histogram import CdfChart, HistogramChart, SampleSet
from colossus_desktop.drawing.charts.legend import LegendSample
from colossus_desktop.drawing.charts.parity import ParityChart
from colossus_desktop.drawing.charts.sweep_line import SweepLine, SweepLineChart
from colossus_desktop.drawing.charts.tornado import TornadoBars, TornadoChart
from colossus_desktop.drawing.charts.view import ChartView
from colossus_desktop.evaluation import evaluate_scenario
from colossus_desktop.scenario.presets import load_preset


def _pen_of(item):
    if isinstance(item, pg.InfiniteLine):
        return item.pen
    if isinstance(item, (pg.PlotDataItem, pg.PlotCurveItem)):
        if item.opts.get("pen") is None:
            return None
        y = item.getData()[1] if isinstance(item, pg.PlotDataItem) else item.yData
        if y is None or np.isfinite(np.asarray(y, dtype=float)).sum() < 2:
            return None  # no line drawn (a marker, or no data)
        return pg.mkPen(item.opts["pen"])
    return None


def unlabelled_lines(chart: ChartView) -> list[str]:
    """Visible lines of ``chart`` that no legend entry stands for (the hover guide excepted)."""
    labelled = set()
    for sample, _label in chart.legend.items:
        parts = sample.parts() if isinstance(sample, LegendSample) else (sample.item,)
        labelled |= {id(p) for p in parts}
    out = []
    for vb in [chart.plot_item.vb, *chart._extra_views]:
        for item in vb.childGroup.childItems():
            if item is chart._hover_line or not item.isVisible():
                continue
            pen = _pen_of(item)
            if pen is None or pen.style() == Qt.PenStyle.NoPen or id(item) in labelled:
                continue
            out.append(f"{chart.chart_id}: {type(item).__name__} ({pen.style().name}, {pen.color().name()})")
    return out


def _analysis_charts(qtbot) -> list[ChartView]:
    x = np.linspace(1.1, 1.5, 5)
    sweep = SweepLineChart()
    sweep.set_line(SweepLine(x, 50 * x, "PUE", "", "Time to train", "days", 1.2, 60.0))
    heat = HeatMapChart()
    hx, hy = np.linspace(1.05, 1.6, 21), np.linspace(0.2, 0.6, 15)
    heat.set_map(HeatMap(hx, hy, 1e9 * np.outer(hx, 1 / hy), "PUE", "", "MFU", "share", "Run cost", "USD", 1.14, 0.38))
    v = np.random.default_rng(1).lognormal(np.log(80), 0.2, 2000)
    samples = []
    for cls in (HistogramChart, CdfChart):
        chart = cls()
        chart.set_samples(SampleSet(v, "Time to train", "days", (60.0, 80.0, 104.0), 78.0))
        samples.append(chart)
    tornado = TornadoChart()
    tornado.set_bars(TornadoBars(["MFU", "PUE"], ["30%", "1.09"], ["50%", "1.56"], np.array([3.1e9, 2.4e9]),
                                 np.array([2.0e9, 2.8e9]), 2.5e9, "Run cost", "USD"))
    from colossus_desktop.validation import evaluate_figures

    parity = ParityChart()
    parity.set_rows(evaluate_figures())
    charts = [sweep, heat, *samples, tornado, parity]
    for chart in charts:
        qtbot.addWidget(chart)
    return charts


def test_the_walk_sees_an_unlabelled_line(qtbot):
    chart = SweepLineChart()
    qtbot.addWidget(chart)
    chart.plot_item.addItem(pg.InfiniteLine(pos=1.0, angle=0, pen=pg.mkPen("r", style=Qt.PenStyle.DashLine)))
    assert unlabelled_lines(chart) == [f"{chart.chart_id}: InfiniteLine (DashLine, #ff0000)"]


@pytest.mark.parametrize("preset", ["colossus-2", "deepseek-v3"])
def test_every_line_of_the_windows_charts_has_a_legend_entry(qtbot, preset):
    ev = evaluate_scenario(load_preset(preset))
    charts = create_charts()
    missing = []
    for chart in charts:
        qtbot.addWidget(chart)
        chart.set_evaluated(ev)
        missing += unlabelled_lines(chart)
    assert not missing, missing


def test_every_line_of_the_analysis_charts_has_a_legend_entry(qtbot):
    missing = [m for chart in _analysis_charts(qtbot) for m in unlabelled_lines(chart)]
    assert not missing, missing


def test_every_line_of_compare_and_failures_has_a_legend_entry(qtbot, make_window):
    from colossus_desktop.simulation import run_simulation

    w = make_window("deepseek-v3", autosave=False, restore_geometry=False)
    w.show()
    compare = w.views["compare"]
    w.tabs.setCurrentWidget(compare)
    qtbot.waitUntil(lambda: not compare.busy, timeout=120_000)
    failures = w.views["failures"]
    failures.show_result(*run_simulation(w.document.scenario, 20, 1, None))
    charts = compare.findChildren(ChartView) + failures.findChildren(ChartView)
    assert len(charts) >= 5
    missing = [m for chart in charts for m in unlabelled_lines(chart)]
    compare.task.wait()
    assert not missing, missing
