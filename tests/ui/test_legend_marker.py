"""A legend sample of a curve with markers draws the curve's own marker, whatever data the curve
had before: pyqtgraph read the marker's brush from the curve's scatter, which keeps the options of
the last data with points, so the time-to-train chart's "This scenario" marker was filled after
a scenario that ran and hollow in a fresh chart when no size can finish the run."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter

from colossus_desktop.drawing.charts import create_charts
from colossus_desktop.drawing.charts.legend import LegendSample
from colossus_desktop.drawing.charts.time_to_train import TimeToTrainChart
from colossus_desktop.evaluation import evaluate_scenario
from colossus_desktop.scenario.presets import load_preset


def _render(sample: LegendSample) -> QImage:
    image = QImage(20, 20, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    p = QPainter(image)
    sample.paint(p)
    p.end()
    return image


def _marked(brush) -> pg.PlotDataItem:
    return pg.PlotDataItem([], [], pen=None, symbol="o", symbolSize=9, symbolPen="k", symbolBrush=brush)


def test_the_sample_follows_the_curves_marker_options_not_its_history(qapp):
    had_points = _marked("r")
    had_points.setData([1.0], [1.0])
    had_points.setData([], [])
    had_points.setSymbolBrush("b")
    never = _marked("b")
    assert _render(LegendSample(had_points)) == _render(LegendSample(never))
    red = _marked("r")
    assert _render(LegendSample(red)) != _render(LegendSample(never))  # the sample shows the brush


def _no_power(scenario):
    return scenario.model_copy(update={"power": scenario.power.model_copy(update={"grid_mw": 0, "turbines_mw": 0})})


def test_time_to_train_marker_in_an_edited_and_a_fresh_chart(qapp):
    base = load_preset("colossus-2")
    edited, fresh = (next(c for c in create_charts() if isinstance(c, TimeToTrainChart)) for _ in range(2))
    edited.set_evaluated(evaluate_scenario(base))
    stuck = evaluate_scenario(_no_power(base))
    assert not np.isfinite(np.asarray(stuck.results.training.wall_days, dtype=float)).any()
    edited.set_evaluated(stuck)
    fresh.set_evaluated(stuck)

    def sample(chart):
        return next(s for s, label in chart.legend.items if label.text == "This scenario")

    assert _render(sample(edited)) == _render(sample(fresh))
