"""Chart 7, step time by layout: one stacked bar per layout of the engine's search (the chosen
one first), named like "TP8 PP16 DP128 · v4 · mb1 · full", with a legend, a read-out, and
exports like every chart."""

from __future__ import annotations

import re

import numpy as np
import pytest

from colossus_desktop.assumptions import chart_assumptions
from colossus_desktop.drawing.charts import CHART_TYPES, create_charts
from colossus_desktop.drawing.charts.step_time import PARTS, StepTimeChart
from colossus_desktop.drawing.export import export_chart
from colossus_desktop.drawing.format import ensure_locale
from colossus_desktop.drawing.theme import DARK, PROJECTOR, apply_theme
from colossus_desktop.evaluation import evaluate_scenario
from colossus_desktop.formatting import layout_label
from colossus_desktop.scenario.presets import load_preset

from .test_charts import FIT_SIZES, assert_fits
from .workload_data import llama_405b, misfit

LABEL = re.compile(r"^TP\d+ PP\d+ DP\d+( EP\d+)?( CP\d+)? · v\d+ · mb\d+ · (none|selective|full)( · ZeRO \d)?$")


@pytest.fixture(scope="module")
def ev405():
    return evaluate_scenario(llama_405b(mfu=None))


@pytest.fixture
def chart(qtbot):
    ensure_locale()
    c = StepTimeChart()
    qtbot.addWidget(c)
    c.resize(900, 300)
    c.show()
    return c


def test_registered_with_the_other_charts(qapp):
    assert StepTimeChart in CHART_TYPES and CHART_TYPES.index(StepTimeChart) == 6
    assert [c.chart_id for c in create_charts()][-1] == "step_time"
    fields = [a.field for a in chart_assumptions(llama_405b(), "step_time")]
    assert "workload.parallelism" in fields and "workload.architecture" in fields


def test_one_stacked_bar_per_layout(chart, ev405):
    chart.set_evaluated(ev405)
    t = ev405.results.training
    steps = np.asarray(t.alternatives_step_time_s)[0]
    n = int(np.isfinite(steps).sum())
    assert n == 4
    total = np.zeros(n)
    for key, _name, _short in PARTS:
        opts = chart.items[key].opts
        np.testing.assert_allclose(opts["y"], np.arange(n))  # one bar per layout, best on top
        np.testing.assert_allclose(opts["x0"], total)  # stacked: each part starts where the last ended
        np.testing.assert_allclose(opts["width"], np.asarray(t.alternatives_breakdown_s[key])[0])
        total = total + opts["width"]
    np.testing.assert_allclose(total, steps, rtol=1e-9)  # the parts add up to the step time
    assert [lab.toPlainText() for lab in chart.value_labels] == [f"{s:.1f} s" if s < 99.95 else f"{s:.0f} s" for s in steps]
    assert "chosen:" in chart.plot_item.titleLabel.text


def test_labels_name_each_layout(chart, ev405):
    chart.set_evaluated(ev405)
    t = ev405.results.training
    layouts = {k: np.asarray(v)[0] for k, v in t.alternatives_layout.items()}
    zero = np.unique(layouts["zero_stage"]).size > 1
    want = [layout_label({k: v[i] for k, v in layouts.items()}, zero=zero) for i in range(4)]
    assert chart.labels == want
    assert all(LABEL.match(s) for s in want), want
    assert chart.tick_labels() == want  # one line each at 900 px
    assert len(set(want)) == 4  # four different layouts


def test_layout_label():
    layout = {"tp": 8.0, "pp": 16.0, "dp": 128.0, "ep": 1.0, "cp": 1.0, "vpp": 4.0, "micro_batch_size": 1.0,
              "recompute": 2.0, "zero_stage": 1.0}
    assert layout_label(layout) == "TP8 PP16 DP128 · v4 · mb1 · full"
    assert layout_label({**layout, "ep": 64.0, "cp": 2.0, "recompute": 0.0}, zero=True) == (
        "TP8 PP16 DP128 EP64 CP2 · v4 · mb1 · none · ZeRO 1")
    assert layout_label({"tp": float("nan")}) == "—"


def test_narrow_chart_writes_names_on_two_lines(chart, ev405, qapp):
    chart.set_evaluated(ev405)
    chart.resize(293, 352)
    qapp.processEvents()
    assert all(s.count("\n") == 1 for s in chart.tick_labels())
    chart.resize(1200, 300)
    qapp.processEvents()
    assert all("\n" not in s for s in chart.tick_labels())


def test_legend_lists_the_parts_that_take_time(chart, ev405):
    chart.set_evaluated(ev405)
    t = ev405.results.training
    want = [name for key, name, _s in PARTS if np.asarray(t.alternatives_breakdown_s[key])[0].max() > 0]
    assert chart.legend_names() == want and "Compute" in want


def test_readout_names_the_layout_and_its_parts(chart, ev405):
    chart.set_evaluated(ev405)
    text = chart.hover(1.0, 0.0)
    assert text.startswith("Chosen layout: " + chart.labels[0]) and "Compute:" in text
    assert chart.hover(1.0, 2.0).startswith("Alternative 2: " + chart.labels[2])
    assert chart.hover(1.0, 0.5) is None  # between bars


def test_without_a_shape_the_chart_says_what_it_needs(chart):
    chart.set_evaluated(evaluate_scenario(load_preset("colossus-2")))
    assert all(chart.items[k].opts["width"].size == 0 for k, _n, _s in PARTS)
    assert chart.labels == [] and chart.legend_names() == []
    assert "architecture" in chart.empty_label.toPlainText()
    assert "shape" in chart.plot_item.titleLabel.text


def test_shape_then_none_then_shape_again(chart, ev405):
    empty = evaluate_scenario(load_preset("colossus-2"))
    for ev in (empty, ev405, empty, empty, ev405):
        chart.set_evaluated(ev)
        bars = chart.items[PARTS[0][0]].opts["width"].size
        bottom = chart.plot_item.getAxis("bottom")
        if ev is empty:  # a second empty evaluation in a row is skipped: what was drawn stands
            assert bars == 0 and chart.labels == [] and chart.legend_names() == []
            assert "architecture" in chart.empty_label.toPlainText()
            assert bottom._tickLevels == [[]]  # no seconds scale under no bars (it read 0.1 … 0.9)
        else:
            assert bars >= 1 and chart.labels and chart.empty_label.toPlainText() == ""
            assert bottom._tickLevels is None  # seconds: pyqtgraph's own scale again


def test_a_layout_that_does_not_fit_is_said(chart):
    chart.set_evaluated(evaluate_scenario(misfit()))
    assert len(chart.labels) >= 1 and "no layout fits" in chart.plot_item.titleLabel.text


def test_fewer_alternatives_fewer_bars(chart, ev405):
    import dataclasses

    t = ev405.results.training
    steps = np.asarray(t.alternatives_step_time_s, dtype=float).copy()
    steps[0, 2:] = np.nan  # the search found two layouts only
    short = dataclasses.replace(ev405, results=dataclasses.replace(
        ev405.results, training=dataclasses.replace(t, alternatives_step_time_s=steps)))
    chart.set_evaluated(short)
    assert len(chart.labels) == 2 and chart.items["compute"].opts["y"].size == 2
    assert [lab.toPlainText() for lab in chart.value_labels][2:] == ["", ""]


@pytest.mark.parametrize("fmt_", ["png", "svg", "pdf"])
def test_exports_like_the_others(chart, ev405, tmp_path, fmt_):
    chart.set_evaluated(ev405)
    path = export_chart(chart, tmp_path / f"step.{fmt_}", size=(1920, 1080), theme="projector")
    assert path.is_file() and path.stat().st_size > 2000
    if fmt_ == "svg":
        svg = path.read_text(encoding="utf-8")
        assert "Step time by layout" in svg and "Compute" in svg and "PP16" in svg
    if fmt_ == "png":
        from PySide6.QtGui import QImage

        img = QImage(str(path))
        assert (img.width(), img.height()) == (1920, 1080)


@pytest.mark.parametrize("theme", [DARK, PROJECTOR], ids=lambda t: t.name)
def test_fits_its_view_with_real_bars(qapp, ev405, theme):
    c = StepTimeChart()
    apply_theme([c], theme)
    try:
        c.show()
        c.set_evaluated(ev405)
        for w, h in [*FIT_SIZES, (890, 230), (1470, 300)]:  # cells, full screen, the window's strip
            c.resize(w, h)
            for _ in range(3):
                qapp.processEvents()
            assert_fits(c, w, h)
    finally:
        apply_theme([c], DARK)
        c.deleteLater()


def test_a_model_with_a_shape_but_no_layout_says_why_not_to_describe_it(chart):
    s = load_preset("deepseek-v3")  # a shape, and a fixed layout that needs 2,048 accelerators
    few = s.model_copy(update={"pools": [s.pools[0].model_copy(update={"count": 8})]})
    chart.set_evaluated(evaluate_scenario(few))
    text = chart.empty_label.toPlainText()
    assert text.startswith("No layout runs:") and "2048" in text.replace(",", "").replace("\u202f", "").replace("\xa0", "") and "architecture" not in text
    assert "no layout runs" in chart.plot_item.titleLabel.text
    chart.set_evaluated(evaluate_scenario(load_preset("colossus-2")))  # no shape: the other words
    assert "architecture" in chart.empty_label.toPlainText() and "shape" in chart.plot_item.titleLabel.text
