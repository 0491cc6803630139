"""The chart grid adapts to the window: fewer columns below width thresholds, a scroll bar
instead of squeezed charts, charts never below a readable size; titles and axis labels that
must be cut keep the full text in their tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from colossus_desktop.drawing.theme import DARK, PROJECTOR
from colossus_desktop.ui.chart_grid import columns_for, min_cell


def test_columns_follow_the_width_and_the_type_size():
    assert [columns_for(w, 6, DARK) for w in (900, 650, 560, 300)] == [3, 2, 2, 1]
    assert [columns_for(w, 6, PROJECTOR) for w in (1500, 870, 500)] == [3, 2, 1]
    assert columns_for(2000, 2, DARK) == 2  # never more columns than charts
    assert min_cell(PROJECTOR)[0] > min_cell(DARK)[0]  # large type, larger charts


def shown(window, size):
    window.resize_for_screenshot(*size)
    window.show()
    window.evaluator.evaluate_now()
    for _ in range(4):
        QApplication.processEvents()
    return window.chart_panel


def title_of(chart) -> str:
    return chart.plot_item.titleLabel.text


@pytest.mark.parametrize("size", [(1024, 600), (960, 700)])
def test_a_small_window_gets_two_columns_and_scrolls(make_window, size):
    w = make_window(autosave=False, restore_geometry=False)
    grid = shown(w, size)
    assert grid.columns == 2
    assert grid.verticalScrollBar().maximum() > 0  # the rest is a scroll away, not squeezed
    cell_w, cell_h = min_cell(DARK)
    for chart in grid.cells:
        assert chart.width() >= cell_w and chart.height() >= cell_h
        assert chart.display_title in title_of(chart), title_of(chart)  # not cut


def test_a_large_window_keeps_three_columns(make_window):
    w = make_window(autosave=False, restore_geometry=False)
    assert shown(w, (1280, 800)).columns == 3


def test_projector_theme_at_1280_has_room_for_its_titles(make_window):
    w = make_window(autosave=False, restore_geometry=False)
    w.set_theme("projector")
    try:
        grid = shown(w, (1280, 800))
        assert grid.columns == 2
        for chart in grid.cells:
            assert chart.display_title in title_of(chart), title_of(chart)
    finally:
        w.set_theme("dark")


def test_a_cut_title_and_axis_label_keep_the_full_text_in_a_tooltip(qapp):
    from colossus_desktop.drawing.charts.time_to_train import TimeToTrainChart

    chart = TimeToTrainChart(theme=PROJECTOR)
    chart.resize(230, 200)
    chart.show()
    qapp.processEvents()
    assert title_of(chart) != chart.display_title
    assert chart.plot_item.titleLabel.toolTip() == chart.display_title
    bottom = chart.plot_item.getAxis("bottom")
    assert bottom.label.toPlainText().strip() != "Cluster size (accelerators)"
    assert bottom.label.toolTip() == "Cluster size (accelerators)"
    chart.resize(900, 600)
    qapp.processEvents()
    assert title_of(chart).startswith(chart.display_title) and bottom.label.toolTip() == ""


@pytest.mark.parametrize("size", [(1280, 800), (1920, 1080), (1024, 600), (960, 700)])
def test_the_grid_estimates_each_charts_size_before_the_charts_exist(make_window, size):
    from colossus_desktop.drawing.charts import CHART_TYPES

    w = make_window(autosave=False, restore_geometry=False)
    grid = shown(w, size)
    estimate = grid.size_for_each(CHART_TYPES)  # asked now, with the charts in: the same layout
    for chart in w.charts:
        est_w, est_h = estimate(type(chart))
        assert abs(est_w - chart.width()) <= 4 and abs(est_h - chart.height()) <= 4, (type(chart).__name__, chart.size())


STYLED_ONCE = r"""
import os, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
import colossus_desktop.drawing.charts.view as V
calls = []
_apply = V.ChartView._apply_fonts
V.ChartView._apply_fonts = lambda self: (calls.append(type(self).__name__), _apply(self))[1]
from colossus_desktop.scenario.presets import load_preset
from colossus_desktop.ui.main_window import MainWindow
w = MainWindow(load_preset("colossus-2"), autosave=False, restore_geometry=False, staged=True)
w.resize_for_screenshot(*map(int, sys.argv[1].split("x")))
w.show()
while w.starting:
    app.processEvents()
print(len(calls), len(w.charts), flush=True)
os._exit(0)
"""


@pytest.mark.parametrize("size", ["1280x800", "1920x1080"])
def test_a_started_window_styles_each_chart_once(tmp_path, size):
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COLOSSUS_DESKTOP_HOME=str(tmp_path), PYTHONPATH=str(root))
    r = subprocess.run([sys.executable, "-c", STYLED_ONCE, size], check=False, capture_output=True, text=True, env=env, cwd=root,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    calls, charts = map(int, r.stdout.split())
    assert charts == 7 and calls == charts  # fonts chosen for the cell's size, not again at the first resize
