"""The Compare tab: fills its table and legends from the shipped comparison, edits and saves."""

from __future__ import annotations

import numpy as np
import pytest

from colossus_desktop.comparison import EFFICIENCY_KEYS
from colossus_desktop.engine.analysis.outputs import OUTPUTS
from colossus_desktop.scenario.comparison import Comparison, Entry, load_comparison
from colossus_desktop.ui.views.compare_table import format_figure


def _wait(qtbot, view, timeout_s: float = 60) -> None:
    qtbot.waitUntil(lambda: not view.busy, timeout=int(timeout_s * 1000))


@pytest.fixture
def window(qtbot, make_window):
    w = make_window("deepseek-v3", autosave=False, restore_geometry=False)
    w.show()
    view = w.views["compare"]
    w.tabs.setCurrentWidget(view)
    _wait(qtbot, view)
    yield w
    view.task.wait()


def test_opens_on_the_shipped_comparison_and_fills_table_and_legends(window):
    view = window.views["compare"]
    assert view.error is None and view.compared is not None
    table = view.table
    assert table.columnCount() == 2
    assert "Colossus 2" in table.horizontalHeaderItem(0).text() and "reference" in table.horizontalHeaderItem(0).text()
    labels = [table.verticalHeaderItem(i).text() for i in range(table.rowCount())]
    for name in ("Peak per MW", "Capex per PFLOP/s", "Run cost per 10^24 FLOP", "Tokens per dollar", "Time to train"):
        assert name in labels
    row = labels.index("Run cost per 10^24 FLOP")
    ratio = view.compared.ratio("run_usd_per_1e24_flop")[1]
    assert table.cell_text(row, 0).startswith("$") and "×" not in table.cell_text(row, 0)
    assert f"×{ratio:.2f}" in table.cell_text(row, 1)
    for chart in view.charts:
        assert chart.legend_names() == ["Colossus 2", "DeepSeek-V3 cluster"]
    assert view.same.isChecked() and view.workload_from.currentText() == "DeepSeek-V3 cluster"
    time_chart = next(c for c in view.charts if c.chart_id == "compare_time_to_train")
    # both runs use 2,048 accelerators (the same model on each): their marks share one x
    xs = [float(m.xData[0]) for m in time_chart.marks[:2]]
    assert xs == [2048.0, 2048.0]
    assert "Colossus 2" in time_chart.readout(float(np.log10(2048)), 1.0)
    # the whole description (what is compared, what is assumed) is in the view, scrolling, not cut
    assert "own cost of ownership per GPU-hour" in view.description.toPlainText()
    power = next(c for c in view.charts if c.chart_id == "compare_power")
    assert power.readout(1.0, 0.0).startswith("DeepSeek-V3 cluster")  # hover names the scenario and its MW
    assert "(MW)" in power.plot_item.getAxis("left").labelText


def test_add_current_follows_the_document_and_remove(window, qtbot):
    view = window.views["compare"]
    view.add_current()
    _wait(qtbot, view)
    assert view.table.columnCount() == 3 and len(view.charts[0].legend_names()) == 3
    before = view.compared.values["capex_usd"][2]
    window.document.set_field("pools[0].count", 4096)  # the window's DeepSeek-V3 cluster, doubled
    window.evaluator.evaluate_now()
    _wait(qtbot, view)
    assert view.compared.values["capex_usd"][2] > 1.5 * before
    view.table.selectColumn(2)
    view.remove_selected()
    _wait(qtbot, view)
    assert view.table.columnCount() == 2


def test_same_workload_off_and_reference_change(window, qtbot):
    view = window.views["compare"]
    view.same.setChecked(False)
    _wait(qtbot, view)
    assert view.comparison.common_workload is None and not view.compared.same_workload
    view._set_reference(1)
    _wait(qtbot, view)
    assert "reference" in view.table.horizontalHeaderItem(1).text()


def test_save_and_reopen_unchanged(window, qtbot, tmp_path):
    view = window.views["compare"]
    view.add_entry(Entry(label="Llama", preset="llama-3-405b"))
    _wait(qtbot, view)
    path = tmp_path / "c.json"
    assert view.save_path(str(path))
    saved = load_comparison(path)
    assert saved == view.comparison
    view.new()
    assert view.table.columnCount() == 0
    assert view.open_path(str(path))
    _wait(qtbot, view)
    assert view.comparison == saved and view.table.columnCount() == 3


def test_a_bad_file_shows_one_line_naming_it(window, tmp_path):
    view = window.views["compare"]
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "colossus-desktop-comparison", "schema_version": 1, "entries": [{"label": "A"}]}')
    assert not view.open_path(str(bad))
    assert "bad.json: entries[0]" in view.status.text()
    assert window.actions_by_key["open_comparison"] is not None


def test_screenshot_of_the_compare_view(qtbot, tmp_path, _isolated_home):
    from PySide6.QtGui import QImage

    from colossus_desktop.ui.app import main as app_main

    out = tmp_path / "compare.png"
    assert app_main(["--screenshot", str(out), "--size", "1280x800", "--view", "compare",
                     "preset:colossus-2", "preset:deepseek-v3"]) == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    assert app_main(["--screenshot", str(out), "--view", "compare", "preset:nope"]) == 2
    assert app_main(["a.json", "b.json"]) == 2  # several files only with --view compare


def test_an_edit_re_evaluates_only_the_document_and_keeps_the_row_headers(window, qtbot):
    """After an edit the other entries' evaluations and Monte Carlo draws are taken from the last
    result and the document's from the window (each column trains its own workload, so the
    document's column is the document); the table shows the edit under the same rows."""
    view = window.views["compare"]
    view.same.setChecked(False)
    view.add_current()
    _wait(qtbot, view)
    before = view.compared
    headers = [view.table.verticalHeaderItem(i).text() for i in range(view.table.rowCount())]
    window.document.set_field("pools[0].count", 4096)
    window.evaluator.evaluate_now()
    _wait(qtbot, view)
    after = view.compared
    assert after.columns[2].evaluated is window.evaluator.last
    assert [c.evaluated for c in after.columns[:2]] == [c.evaluated for c in before.columns[:2]]
    for k in ("capex_usd", "facility_mw"):  # both grow with the pool
        assert np.array_equal(after.draws[k][:2], before.draws[k][:2])
        assert not np.array_equal(after.draws[k][2], before.draws[k][2])
    assert [view.table.verticalHeaderItem(i).text() for i in range(view.table.rowCount())] == headers
    row = view.table.row_keys.index(("capex_usd", "value"))
    assert view.table.cell_text(row, 2).startswith(format_figure("USD", after.values["capex_usd"][2]))


def test_the_row_headers_follow_a_change_of_rows(qtbot):
    """Without uncertainty the P10 – P90 rows go, with it they come back, headers in step."""
    from colossus_desktop.comparison import evaluate_comparison
    from colossus_desktop.ui.views.compare_table import CompareTable

    comp = Comparison(entries=[Entry(label="C2", preset="colossus-2"), Entry(label="DS", preset="deepseek-v3")])
    table = CompareTable()
    qtbot.addWidget(table)
    for compared in (evaluate_comparison(comp, None, samples=100), evaluate_comparison(comp, None, uncertainty=False),
                     evaluate_comparison(comp, None, samples=100)):
        table.set_compared(compared)
        names = [table.verticalHeaderItem(i).text().strip() for i in range(table.rowCount())]
        assert len(names) == table.rowCount() == len(table.row_keys)
        assert names.count("P10 – P90") == (0 if compared.bands is None else len(EFFICIENCY_KEYS))
        assert all(n == OUTPUTS[k].label for n, (k, kind) in zip(names, table.row_keys) if kind == "value")


def test_an_edit_shows_its_figures_first_and_its_bands_next(window, qtbot):
    """The edited column's values come at once (its P10–P90 rows say "…", the other columns keep
    theirs), then the full result with every band: the figures do not wait for the Monte Carlo."""
    view = window.views["compare"]
    view.same.setChecked(False)
    view.add_current()
    _wait(qtbot, view)
    shown = []
    view.task.finished.connect(shown.append)
    window.document.set_field("pools[0].count", 4096)
    window.evaluator.evaluate_now()
    _wait(qtbot, view)
    assert len(shown) == 2
    first, last = shown
    assert first.values["capex_usd"][2] == last.values["capex_usd"][2]  # the edit's figures, at once
    assert np.isnan(first.bands["capex_usd"][2]).all() and np.isfinite(first.bands["capex_usd"][:2]).all()
    assert np.isfinite(last.bands["capex_usd"]).all() and view.full is last
    from colossus_desktop.ui.views.compare_table import CompareTable

    assert CompareTable._cell(first, "capex_usd_per_pflops", "band", 2) == "…"  # while it is computed
    row = view.table.row_keys.index(("capex_usd_per_pflops", "band"))
    assert "…" not in view.table.cell_text(row, 2)


def test_the_cost_per_year_axis_shows_whole_years(window):
    chart = next(c for c in window.views["compare"].charts if c.chart_id == "compare_cost_years")
    axis = chart.plot_item.getAxis("bottom")
    # the ticks the axis draws (pyqtgraph keeps fixed ticks in _tickLevels; it has no getter)
    ticks = [t for level in (axis._tickLevels or []) for t in level]
    years = max(len(t) for t in chart.totals)
    assert [v for v, _text in ticks] == [float(y) for y in range(1, years + 1)]
    assert [text for _v, text in ticks] == [str(y) for y in range(1, years + 1)]
