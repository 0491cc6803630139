"""Charts give pyqtgraph items new data only when it changed, and still show the latest numbers."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest

from colossus_desktop.drawing.charts import CHART_TYPES
from colossus_desktop.drawing.charts.power import PowerChart
from colossus_desktop.drawing.charts.time_to_train import TimeToTrainChart
from colossus_desktop.drawing.charts.unchanged import same_value, set_opts, set_xy

from .chart_fakes import fake_evaluated

A = fake_evaluated(gpus=1_000_000, scale=1.0, horizon=6, turbines=True)
B = fake_evaluated(gpus=200_000, scale=1.7, horizon=4, turbines=False, months=18)


def test_same_value():
    assert same_value(np.array([1.0, np.nan]), [1.0, np.nan])
    assert same_value(0.6, 0.6)
    assert not same_value(np.array([1.0, 2.0]), np.array([1.0, 2.5]))
    assert not same_value(np.zeros(2), np.zeros(3))
    assert not same_value(None, np.zeros(0))
    assert not same_value(pg.mkPen("r"), pg.mkPen("r"))  # not numbers: taken as different


def test_set_opts_and_set_xy_skip_equal_data(qapp):
    bars = pg.BarGraphItem(x=[0, 1], height=[1.0, 2.0], width=0.5)
    assert not set_opts(bars, height=np.array([1.0, 2.0]))
    assert set_opts(bars, height=np.array([1.0, 3.0]))
    assert list(bars.opts["height"]) == [1.0, 3.0]
    band = pg.ErrorBarItem(x=np.zeros(1), y=np.zeros(1), height=np.ones(1))
    assert not set_opts(band, x=np.zeros(1), y=np.zeros(1), height=np.ones(1))
    assert set_opts(band, x=np.zeros(0), y=np.zeros(0), height=np.zeros(0))
    curve = pg.PlotDataItem([1, 2], [3.0, 4.0])
    assert not set_xy(curve, np.array([1.0, 2.0]), [3.0, 4.0])
    assert set_xy(curve, [1, 2], [3.0, 5.0])
    assert list(curve.getOriginalDataset()[1]) == [3.0, 5.0]
    assert set_xy(curve, [], [])


def _data(chart) -> list:
    """Every item's numbers in a chart, in a stable order."""
    out = []
    for vb in [chart.plot_item.vb, *chart._extra_views]:
        for item in vb.addedItems:
            if isinstance(item, pg.PlotDataItem):
                out.append([np.asarray(a, dtype=float) if a is not None else None for a in item.getOriginalDataset()])
            elif isinstance(item, (pg.BarGraphItem, pg.ErrorBarItem)):
                out.append({k: v for k, v in item.opts.items() if k in ("x", "y", "x0", "y0", "width", "height", "top", "bottom")})
    return out


@pytest.mark.parametrize("cls", CHART_TYPES, ids=lambda c: c.__name__)
def test_chart_after_edits_shows_the_same_as_a_fresh_one(qapp, cls):
    edited, fresh = cls(), cls()
    for ev in (A, B, A, A):
        edited.set_evaluated(ev)
    fresh.set_evaluated(A)
    got, want = _data(edited), _data(fresh)
    assert len(got) == len(want)
    for g, w in zip(got, want):
        if isinstance(w, dict):
            assert g.keys() == w.keys()
            for k in w:
                assert same_value(g[k], w[k]) or (g[k] is None and w[k] is None), k
        else:
            for a, b in zip(g, w):
                assert (a is None and b is None) or same_value(a, b)


@pytest.mark.parametrize("cls", [PowerChart, TimeToTrainChart], ids=lambda c: c.__name__)
def test_same_evaluation_again_gives_no_item_new_data(qapp, cls, monkeypatch):
    chart = cls()
    chart.set_evaluated(A)
    calls = []
    monkeypatch.setattr(pg.BarGraphItem, "setOpts", lambda self, **kw: calls.append(kw))
    monkeypatch.setattr(pg.PlotDataItem, "setData", lambda self, *a, **kw: calls.append(a))
    chart.set_evaluated(A)
    assert calls == []
    chart.set_evaluated(B)
    assert calls  # new numbers do reach the items
