"""The main window opens every shipped preset: every chart carries that preset's data and the
KPI strip shows the engine's own figures for it."""

from __future__ import annotations

import numpy as np
import pytest

from colossus_desktop.engine.results import CAPEX_CATEGORIES
from colossus_desktop.evaluation import evaluate_scenario
from colossus_desktop.scenario.presets import load_preset, preset_ids
from colossus_desktop.formatting import NAN_TEXT
from colossus_desktop.drawing.charts import CHART_TYPES
from colossus_desktop.drawing.kpis import KPIS

from .helpers import chart_data

PRESETS = preset_ids()


def test_there_are_eight_presets():
    assert len(PRESETS) == 8 and PRESETS[0] == "colossus-2"


@pytest.mark.parametrize("preset", PRESETS)
def test_the_window_shows_the_engines_figures_for_every_preset(make_window, preset):
    scenario = load_preset(preset)
    w = make_window(scenario, autosave=False, restore_geometry=False)
    ev = evaluate_scenario(scenario)  # the engine on its own, outside the window
    r = ev.results
    assert w.evaluator.last.scenario == scenario

    texts = w.kpis.texts()
    assert NAN_TEXT not in texts.values() and all(texts.values()), texts
    assert texts == {k.id: k.value(r) for k in KPIS}
    tips = w.kpis.tooltips()
    assert all(k.tooltip(r) in tips[k.id] for k in KPIS), tips

    assert len(w.charts) == len(CHART_TYPES)
    for chart in w.charts:
        assert chart.evaluated is w.evaluator.last and not chart.is_stale(), chart.chart_id
        if chart.chart_id == "step_time" and not np.isfinite(r.training.alternatives_step_time_s).any():
            # a preset without the model's shape has no layouts to compare: the chart says so
            assert "architecture" in chart.empty_label.toPlainText()
            continue
        arrays = chart_data(chart)
        assert arrays and all(a.size for a in arrays), chart.chart_id
        assert any(np.any(np.isfinite(a) & (a != 0)) for a in arrays), (chart.chart_id, "draws nothing")
    charts = {c.chart_id: c for c in w.charts}
    np.testing.assert_allclose(charts["capex"].bars.opts["width"],
                               [r.cost.capex_breakdown_usd[k][0] for k in CAPEX_CATEGORIES], rtol=1e-12)
    assert charts["power"].totals[0] == pytest.approx(r.power.facility_mw[0], rel=1e-12)
    assert charts["time_to_train"].current.yData[0] == pytest.approx(r.training.wall_days[0], rel=1e-12)
    assert charts["reliability"].current_goodput.yData[0] == pytest.approx(r.reliability.goodput[0], rel=1e-12)
    np.testing.assert_allclose(charts["buildout"].acc_curve.yData, ev.results.buildout.installed_accelerators[0],
                               rtol=1e-12)
