"""The analysis charts draw the arrays they are handed: sweep line, heat map, histogram, CDF,
tornado; and the P10–P90 bands on the window's time-to-train and cost charts."""

from __future__ import annotations

import math

import numpy as np
import pytest

from colossus_desktop.drawing.charts.heatmap import HeatMap, HeatMapChart, contour_levels
from colossus_desktop.drawing.charts.histogram import CdfChart, HistogramChart, SampleSet
from colossus_desktop.drawing.charts.sweep_line import SweepLine, SweepLineChart
from colossus_desktop.drawing.charts.tornado import TornadoBars, TornadoChart
from colossus_desktop.drawing.charts.units import axis_kind, format_value


def test_units_pick_money_percent_and_plain():
    assert axis_kind("USD")[0] == "money" and axis_kind("$/MWh")[0] == "money"
    assert axis_kind("share")[0] == "percent"
    assert format_value(2.0e9, "USD") == "$2.0 B"
    assert format_value(3.0e8, "USD/yr") == "$300 M/yr"
    assert format_value(0.38, "share") == "38%"
    assert format_value(float("nan"), "USD") != "$nan"


def test_contour_levels_are_round_and_inside():
    levels = contour_levels(1.8e9, 8.0e9)
    assert levels.tolist() == [2e9, 3e9, 4e9, 5e9, 6e9, 7e9]
    assert contour_levels(1.0, 1.0).size == 0


def test_sweep_line_marks_the_scenario(qtbot):
    chart = SweepLineChart()
    qtbot.addWidget(chart)
    x = np.linspace(1.1, 1.5, 5)
    chart.set_line(SweepLine(x, 50 * x, "PUE", "", "Time to train", "days", 1.2, 60.0))
    assert chart.curve.getData()[0].tolist() == x.tolist()
    assert chart.current.getData()[0].tolist() == [1.2]
    assert "This scenario" in chart.legend_names()
    assert "60 days" in chart.hover(1.2, 60.0) or "Time to train" in chart.hover(1.2, 60.0)


def test_heat_map_labels_its_contours(qtbot):
    chart = HeatMapChart()
    qtbot.addWidget(chart)
    chart.resize(700, 500)
    chart.show()
    x, y = np.linspace(1.05, 1.6, 21), np.linspace(0.2, 0.6, 15)
    z = 1e9 * np.outer(x, 1 / y)
    chart.set_map(HeatMap(x, y, z, "PUE", "", "MFU", "share", "Run cost", "USD", 1.14, 0.38))
    qtbot.waitUntil(lambda: chart.plot_item.vb.width() > 100)
    chart.view_resized()
    assert chart.image.image.shape == (21, 15)
    texts = chart.contour_texts()
    assert texts and all(t.startswith("$") for t in texts)
    assert "Run cost" in chart.hover(1.3, 0.4)


def test_histogram_and_cdf_mark_the_quantiles(qtbot):
    v = np.random.default_rng(1).lognormal(np.log(80), 0.2, 5000)
    q = (60.0, 80.0, 104.0)
    for cls in (HistogramChart, CdfChart):
        chart = cls()
        qtbot.addWidget(chart)
        chart.set_samples(SampleSet(v, "Time to train", "days", q, 78.0))
        assert chart.quantile_texts() == ["P10 60 days", "P50 80 days", "P90 104 days"]
        assert chart.base_line.isVisible() and math.isclose(chart.base_line.value(), 78.0)
    assert 0.99 < chart.ps[-1] <= 1.0 and np.all(np.diff(chart.xs) >= 0)  # the CDF climbs to 1


def test_tornado_draws_rows_in_the_order_given(qtbot):
    chart = TornadoChart()
    qtbot.addWidget(chart)
    bars = TornadoBars(["MFU", "PUE"], ["30%", "1.09"], ["50%", "1.56"], np.array([3.1e9, 2.4e9]),
                       np.array([2.0e9, 2.8e9]), 2.5e9, "Run cost", "USD")
    chart.set_bars(bars)
    assert chart.row_labels() == ["MFU\n30% → 50%", "PUE\n1.09 → 1.56"]
    ticks = chart.plot_item.getAxis("left")._tickLevels[0]
    assert [t for _y, t in sorted(ticks, reverse=True)] == chart.row_labels()  # first row on top
    assert chart.hover(2.5e9, 1.0).startswith("MFU")


def test_tornado_keeps_the_largest_rows_and_names_the_rest(qtbot):
    from colossus_desktop.drawing.charts.tornado import MAX_ROWS

    chart = TornadoChart()
    qtbot.addWidget(chart)
    d = MAX_ROWS + 3
    names = [f"input {i}" for i in range(d)]
    swing = np.linspace(10.0, 1.0, d)  # sorted, largest first
    chart.set_bars(TornadoBars(names, ["lo"] * d, ["hi"] * d, 100 - swing, 100 + swing, 100.0, "Run cost", "USD"))
    assert len(chart.row_labels()) == MAX_ROWS and chart.row_labels()[0].startswith("input 0")
    assert f"{MAX_ROWS} largest of {d} inputs" in chart._title_suffix


@pytest.mark.parametrize("band", [np.array([50.0, 60.0, 75.0]), None])
def test_time_to_train_band_is_set_and_removed(make_window, band):
    w = make_window()
    chart = next(c for c in w.charts if c.chart_id == "time_to_train")
    chart.set_band(band)
    xs = chart.band.opts["x"]
    assert (len(xs) == 1) == (band is not None)
    assert ("P10–P90" in chart.legend_names()[-1]) == (band is not None)


def test_cost_band_covers_every_year(make_window):
    w = make_window()
    chart = next(c for c in w.charts if c.chart_id == "cost_years")
    n = chart.years
    yearly = np.vstack([chart.totals * 0.9, chart.totals, chart.totals * 1.2])
    chart.set_band(yearly)
    assert len(chart.band.opts["x"]) == n
    assert "P10–P90" in chart.hover(1, 0)
    chart.set_band(None)
    assert len(chart.band.opts["x"]) == 0


def test_an_axis_whose_ticks_carry_the_unit_is_not_titled_with_it(qtbot):
    """A sweep of facility power (MW) drew "MW" as its axis title over ticks reading "1.80 GW"."""
    from colossus_desktop.drawing.charts.units import axis_title, ticks_carry_unit

    assert ticks_carry_unit("MW") and not ticks_carry_unit("USD") and not ticks_carry_unit("days")
    assert axis_title("Facility power (average)", "MW") == "Facility power (average) (MW)"
    assert axis_title("Facility power (average)", "MW", ticks=True) == "Facility power (average)"
    assert axis_title("Time to train", "days", ticks=True) == "Time to train (days)"
    x = np.linspace(0.2, 0.5, 7)
    for size in ((700, 500), (300, 220)):  # roomy, then compact (the short label)
        chart = SweepLineChart()
        qtbot.addWidget(chart)
        chart.resize(*size)
        chart.show()
        chart.set_line(SweepLine(x, np.full(7, 1800.0), "MFU", "share", "Facility power (average)", "MW", 0.3, 1800.0))
        left = chart.plot_item.getAxis("left")
        assert "MW" not in left.labelText and "Facility power" in left.labelText, (size, left.labelText)
        assert any("GW" in t for t in left.tickStrings([1750.0, 1800.0, 1850.0], 1, 50.0))


def test_quantile_labels_stay_apart_and_inside_a_short_plot(qtbot):
    """A short histogram (the Failures tab in the projector theme) drew P10, P50 and P90 a tenth
    of its height apart, less than a line: close quantiles' labels ran into each other, and P90's
    ran off the plot's right edge."""
    from PySide6.QtGui import QFontMetricsF

    chart = HistogramChart()
    qtbot.addWidget(chart)
    chart.resize(440, 200)
    chart.show()
    rng = np.random.default_rng(1)
    x = rng.normal(4.97, 0.04, 2000)
    q = tuple(float(v) for v in np.quantile(x, (0.1, 0.5, 0.9)))
    chart.set_samples(SampleSet(x, "Wall-clock time", "days", q, 4.97))
    qtbot.waitUntil(lambda: chart.plot_item.vb.height() > 0)
    chart._stagger_labels()
    vb = chart.plot_item.vb
    line = QFontMetricsF(chart.tick_font()).height()
    heights = [qline.label.orthoPos * vb.height() for qline in chart.qlines]
    assert all(a - b >= line for a, b in zip(heights, heights[1:])), (heights, line)
    plot = vb.sceneBoundingRect()
    for qline in chart.qlines:
        box = qline.label.sceneBoundingRect()
        assert box.right() <= plot.right() + 1 and box.left() >= plot.left() - 1, qline.label.toPlainText()
