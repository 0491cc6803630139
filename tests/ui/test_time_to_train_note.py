"""When no cluster size has a finite wall-clock time, the time-to-train chart says so and why,
and its axes are those a new chart would have (a newcomer found it blank, on a stale range)."""

from __future__ import annotations

import pytest

from colossus_desktop.drawing.charts.time_to_train import TimeToTrainChart
from colossus_desktop.evaluation import evaluate_scenario
from colossus_desktop.scenario.presets import load_preset


def _chart(qtbot):
    chart = TimeToTrainChart()
    qtbot.addWidget(chart)
    chart.resize(600, 400)
    chart.show()
    return chart


def _on_8_gpus():
    s = load_preset("deepseek-v3")  # its fixed layout needs 2,048 accelerators
    return s.model_copy(update={"pools": [s.pools[0].model_copy(update={"count": 8})]})


def _unpowered():
    s = load_preset("colossus-2")
    return s.model_copy(update={"power": s.power.model_copy(update={"grid_mw": 0.0, "turbines_mw": 0.0})})


@pytest.mark.parametrize("make, why", [(_on_8_gpus, "2048"), (_unpowered, "shortfall")], ids=["no-layout", "no-power"])
def test_a_run_that_cannot_end_is_said_in_the_chart(qtbot, make, why):
    edited, fresh = _chart(qtbot), _chart(qtbot)
    ev = evaluate_scenario(make())
    edited.set_evaluated(evaluate_scenario(load_preset("deepseek-v3")))
    edited.set_evaluated(ev)
    fresh.set_evaluated(ev)
    for chart in (edited, fresh):
        text = chart.note.toPlainText()
        plain = text.lower().replace(",", "").replace("\u202f", "").replace("\xa0", "")  # any digit grouping
        assert text.startswith("No finite time to train at any size.") and why in plain, text
    assert sum(edited.plot_item.vb.viewRange(), []) == pytest.approx(sum(fresh.plot_item.vb.viewRange(), []))
    edited.set_evaluated(evaluate_scenario(load_preset("deepseek-v3")))
    assert edited.note.toPlainText() == ""  # a run that ends again: nothing said
