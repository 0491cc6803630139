"""Each live chart: carries the Results' numbers, updates in place, marks itself stale, hovers."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest

from colossus_desktop.engine.results import CAPEX_CATEGORIES
from colossus_desktop.evaluation import evaluate_scenario
from colossus_desktop.scenario.presets import load_preset, preset_ids
from colossus_desktop.drawing.charts import CHART_TYPES, ChartView, create_charts
from colossus_desktop.drawing.charts.buildout import BuildoutChart, month_seconds
from colossus_desktop.drawing.charts.capex import CapexChart
from colossus_desktop.drawing.charts.cost_years import SERIES, CostYearsChart
from colossus_desktop.drawing.charts.power import PowerChart
from colossus_desktop.drawing.charts.reliability import ReliabilityChart
from colossus_desktop.drawing.charts.time_to_train import TimeToTrainChart
from colossus_desktop.drawing.theme import DARK, PROJECTOR, apply_theme

from .chart_fakes import fake_evaluated

A = fake_evaluated(gpus=1_000_000, scale=1.0, horizon=6, turbines=True)
B = fake_evaluated(gpus=200_000, scale=1.7, horizon=4, turbines=False, months=18)


def make(cls, qapp):
    chart = cls()
    chart.resize(640, 400)
    chart.show()
    qapp.processEvents()
    return chart


def items_of(chart: ChartView) -> list:
    vbs = [chart.plot_item.vb, *chart._extra_views]
    return [item for vb in vbs for item in vb.addedItems]


def test_create_charts_stable_order(qapp):
    charts = create_charts()
    ids = [c.chart_id for c in charts]
    assert len(charts) >= 6 and len(set(ids)) == len(ids)
    assert ids == [c.chart_id for c in create_charts()]
    assert ids[:6] == ["capex", "power", "buildout", "time_to_train", "reliability", "cost_years"]
    for c in charts:
        assert isinstance(c, ChartView) and c.title and c.display_title
        assert isinstance(c.plot_item, pg.PlotItem)


def test_capex_bars_equal_breakdown(qapp):
    c = make(CapexChart, qapp)
    c.set_evaluated(A)
    want = [A.results.cost.capex_breakdown_usd[k][0] for k in CAPEX_CATEGORIES]
    np.testing.assert_allclose(c.bars.opts["width"], want)  # horizontal bars: length = value
    assert "Accelerators" in c.hover(want[0] / 2, 0)
    assert c.hover(want[0] / 2, 0.5) is None  # between bars
    # every value label ends inside the data area
    c.resize(293, 352)
    qapp.processEvents()
    view = c.plot_item.vb.sceneBoundingRect()
    for label in c.value_labels:
        assert label.sceneBoundingRect().right() <= view.right() + 1, label.toPlainText()


def test_power_stacks_and_honest_legend(qapp):
    c = make(PowerChart, qapp)
    c.set_evaluated(A)
    p = A.results.power
    assert c.items["accelerators"].opts["height"][0] == pytest.approx(p.accelerators_mw[0])
    assert c.items["cooling"].opts["height"][0] == pytest.approx(p.cooling_overhead_mw[0])
    assert c.items["grid"].opts["height"][1] == pytest.approx(p.grid_supply_mw[0])
    assert c.items["turbines"].opts["height"][1] == pytest.approx(p.turbine_supply_mw[0])
    assert c.items["batteries"].opts["height"][2] == pytest.approx(A.inputs.battery_mw[0])
    assert c.totals[0] == pytest.approx(p.facility_mw[0])
    assert c.peak_line.value() == pytest.approx(p.facility_peak_mw[0])
    assert "Turbines" in c.legend_names() and "Batteries" in c.legend_names()
    c.set_evaluated(B)  # no turbines, no batteries: not in the legend, the rest still drawn
    assert "Turbines" not in c.legend_names() and "Batteries" not in c.legend_names()
    assert "Grid" in c.legend_names()
    assert "Demand" in c.hover(0, 1.0)


def test_buildout_months(qapp):
    c = make(BuildoutChart, qapp)
    c.set_evaluated(A)
    b = A.results.buildout
    np.testing.assert_allclose(c.acc_curve.xData, month_seconds(b.months))
    np.testing.assert_allclose(c.acc_curve.yData, b.installed_accelerators[0])
    np.testing.assert_allclose(c.mw_curve.yData, b.facility_mw[0])
    np.testing.assert_allclose(c.capex_curve.yData, b.cumulative_capex_usd[0])
    assert month_seconds(np.array([0, 12]))[1] == 365 * 86400
    assert c.hover(month_seconds(b.months)[3], 0).startswith("2025-04")


def test_time_to_train(qapp):
    c = make(TimeToTrainChart, qapp)
    c.set_evaluated(A)
    t = A.by_size.training
    np.testing.assert_allclose(c.wall.xData, A.sizes)
    np.testing.assert_allclose(c.wall.yData, t.wall_days)
    np.testing.assert_allclose(c.ideal.yData, t.compute_days)
    assert c.current.yData[0] == pytest.approx(A.results.training.wall_days[0])
    assert c.current.xData[0] == pytest.approx(A.results.cluster.accelerators[0])
    assert "Wall-clock" in c.hover(np.log10(A.sizes[5]), 1.0)


def test_reliability(qapp):
    c = make(ReliabilityChart, qapp)
    c.set_evaluated(A)
    r = A.by_size.reliability
    np.testing.assert_allclose(c.interruptions.yData, r.interruptions_per_day)
    np.testing.assert_allclose(c.goodput.yData, np.clip(r.goodput, 0, 1))
    assert c.current_goodput.yData[0] == pytest.approx(A.results.reliability.goodput[0])
    assert c.plot_item.getAxis("right").logMode is False
    assert "Goodput" in c.hover(np.log10(A.sizes[3]), 0)


def test_cost_years_stop_at_horizon(qapp):
    c = make(CostYearsChart, qapp)
    c.set_evaluated(A)
    for role, field, _ in SERIES:
        h = c.items[role].opts["height"]
        assert len(h) == 6  # the arrays hold 10 years, the horizon is 6
        np.testing.assert_allclose(h, getattr(A.results.cost, field)[0, :6])
    np.testing.assert_allclose(c.items["depreciation"].opts["x"], np.arange(1, 7))
    c.set_evaluated(B)
    assert len(c.items["staff"].opts["height"]) == 4
    assert "Year 2" in c.hover(2, 0)


@pytest.mark.parametrize("cls", CHART_TYPES)
def test_updates_in_place_and_stale(cls, qapp):
    c = make(cls, qapp)
    c.set_evaluated(A)
    before = items_of(c)
    snapshot = {k: v for k, v in vars(c).items() if isinstance(v, pg.GraphicsObject)}
    c.set_evaluated(B)
    qapp.processEvents()
    assert items_of(c) == before  # the same item objects, none added or removed
    assert all(vars(c)[k] is v for k, v in snapshot.items())
    c.grab()

    assert not c.is_stale()
    c.set_stale(True)
    assert c.is_stale() and c._stale_label.isVisibleTo(c) and c.plot_item.opacity() < 1
    assert "Stale" in c.stale_text()
    c.set_stale(False)
    assert not c.is_stale() and not c._stale_label.isVisibleTo(c) and c.plot_item.opacity() == 1


def test_themes(qapp):
    charts = create_charts()
    for c in charts:
        c.set_evaluated(A)
    apply_theme(charts, PROJECTOR)
    assert all(c.theme is PROJECTOR for c in charts)
    assert charts[0].graphics.backgroundBrush().color().name() == PROJECTOR.background
    apply_theme(charts, DARK)
    assert charts[0].graphics.backgroundBrush().color().name() == DARK.background
    for c in create_charts():  # new charts follow the current theme
        assert c.theme is DARK


def _real(preset: str):
    """The engine's evaluation of a shipped preset: a preset that stops loading or evaluating
    fails the test (it is never skipped)."""
    return evaluate_scenario(load_preset(preset))


def test_real_presets(qapp):
    """With the engine and the shipped presets: every chart takes every preset."""
    evs = [_real(p) for p in preset_ids()]
    assert len(evs) >= 5
    charts = create_charts()
    for c in charts:
        c.resize(640, 400)
    for ev in evs:
        for c in charts:
            c.set_evaluated(ev)
            c.grab()
        caps = [ev.results.cost.capex_breakdown_usd[k][0] for k in CAPEX_CATEGORIES]
        np.testing.assert_allclose(charts[0].bars.opts["width"], caps)


# The chart sizes of the main window at 1280×800 and 1920×1080, and a full-screen chart.
FIT_SIZES = [(293, 352), (473, 492), (1920, 1080)]


def assert_fits(c: ChartView, w: int, h: int) -> None:
    """Nothing of the chart lies outside its view, and the legend leaves room for the data."""
    where = f"{c.chart_id} at {w}x{h} ({c.theme.name})"
    view = c.graphics.viewport()
    assert view.width() == w and view.height() == h, where
    ci = c.graphics.ci
    assert ci.minimumWidth() <= view.width(), (where, "layout needs", ci.minimumWidth())
    assert ci.minimumHeight() <= view.height(), (where, "layout needs", ci.minimumHeight())
    rect = c.graphics.viewRect().adjusted(-0.5, -0.5, 0.5, 0.5)
    plot = c.plot_item
    parts = {"title": plot.titleLabel, "legend": c.legend, "view": plot.vb}
    parts.update({f"axis {n}": plot.getAxis(n) for n in ("left", "bottom", "right")})
    parts.update({key: axis for axis, key in getattr(c, "_extra_axes", [])})
    for name, item in parts.items():
        if item.isVisible():
            assert rect.contains(item.sceneBoundingRect()), (where, name, item.sceneBoundingRect(), rect)
    for name in ("left", "bottom", "right"):  # axis labels are drawn, not laid out: check them too
        label = plot.getAxis(name).label
        if plot.getAxis(name).isVisible() and label.isVisible():
            assert rect.contains(label.sceneBoundingRect()), (where, f"{name} axis label")
    if c.legend.isVisible():
        assert c.legend.sceneBoundingRect().height() <= 0.4 * h, (where, "legend rows take", c.legend.height())
        for _sample, label in c.legend.items:
            assert rect.contains(label.sceneBoundingRect()), (where, "legend entry", label.text)
    title = plot.titleLabel
    assert title.minimumWidth() <= view.width(), (where, "title", title.text)


@pytest.mark.parametrize("theme", [DARK, PROJECTOR], ids=lambda t: t.name)
def test_every_chart_fits_its_view(qapp, theme):
    """With real data, at the sizes the window gives the charts, every title, axis and legend
    entry is inside the chart, whatever order the sizes come in (growing and shrinking)."""
    ev = _real("colossus-2")
    charts = create_charts()
    apply_theme(charts, theme)
    try:
        for c in charts:
            c.show()
            c.set_evaluated(ev)
        for w, h in [*FIT_SIZES, *reversed(FIT_SIZES[:-1])]:
            for c in charts:
                c.resize(w, h)
            for _ in range(3):
                qapp.processEvents()
            for c in charts:
                assert_fits(c, w, h)
                assert c.compact == (w < 420 * theme.font_pt / 9 or h < 380 * theme.font_pt / 9)
    finally:
        apply_theme(charts, DARK)


def test_compact_mode_short_names_and_full_readout(qapp):
    """Compact charts show short legend names and smaller type; the read-out stays complete;
    going compact and back restyles the same items (nothing is rebuilt)."""
    ev = _real("colossus-2")
    c = make(PowerChart, qapp)
    c.set_evaluated(ev)
    assert not c.compact
    full = [label.text for _s, label in c.legend.items]
    assert "Cooling & losses (PUE)" in full
    labels = [label for _s, label in c.legend.items]
    c.resize(293, 352)
    qapp.processEvents()
    assert c.compact
    short = [label.text for _s, label in c.legend.items]
    assert "Cooling" in short and "Cooling & losses (PUE)" not in short
    assert [label for _s, label in c.legend.items] == labels  # relabelled, not rebuilt
    assert "Cooling & losses (PUE)" in c.legend_names()  # the model's names stay full
    assert "Cooling & losses (PUE)" in c.hover(0, 1.0)
    assert c.plot_item.getAxis("left").style["tickFont"].pointSize() == DARK.font_pt - 1
    c.resize(640, 400)
    qapp.processEvents()
    assert not c.compact and [label.text for _s, label in c.legend.items] == full


def test_resize_keeps_items_and_set_evaluated_stays_cheap(qapp):
    """Resizing relayouts the existing items; set_evaluated with the same legend reuses them."""
    ev = _real("colossus-2")
    for cls in CHART_TYPES:
        c = make(cls, qapp)
        c.set_evaluated(ev)
        before = items_of(c)
        samples = [s for s, _l in c.legend.items]
        for w, h in FIT_SIZES:
            c.resize(w, h)
            qapp.processEvents()
        c.set_evaluated(ev)
        assert items_of(c) == before
        assert [s for s, _l in c.legend.items] == samples, cls.__name__


def test_no_axis_names_a_unit_its_ticks_carry(qapp):
    # "Power (W)" over ticks reading "1.8 GW" misled (drawing/charts/units.py, ticks_carry_unit)
    checked = 0
    for chart in create_charts():
        for name in ("left", "right", "bottom"):
            axis = chart.plot_item.getAxis(name)
            if getattr(axis, "kind", None) == "power":
                checked += 1
                assert "(W)" not in axis.labelText and "(MW)" not in axis.labelText, (chart.chart_id, axis.labelText)
        for view in chart._extra_views:
            for item in view.scene().items() if view.scene() else ():
                if getattr(item, "kind", None) == "power" and hasattr(item, "labelText"):
                    checked += 1
                    assert "(W)" not in item.labelText, (chart.chart_id, item.labelText)
    assert checked >= 2  # the power chart's axis and the build-out's power axis
