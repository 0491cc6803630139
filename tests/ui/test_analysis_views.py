"""The Sweep and Uncertainty tabs on a real window (colossus-2): the picker filters, sweeps
fill their charts and table, CSV export, undoable uncertainty edits, Monte Carlo results,
and Cancel. Waits are on the worker (qtbot.waitUntil), never on time."""

from __future__ import annotations

import csv

import numpy as np
import pytest

from colossus_desktop.engine.analysis import OUTPUTS

WAIT_MS = 120_000


@pytest.fixture
def window(colossus2_without_uncertainty):
    return colossus2_without_uncertainty


def _done(view):
    return lambda: not view.task.running


def test_picker_filters_by_every_word(window):
    picker = window.views["sweep"].axis1.picker
    everything = picker.visible_paths()
    assert "facility.pue" in everything
    picker.set_filter("pue")
    assert picker.visible_paths() == ["facility.pue"]
    picker.set_filter("pool price")
    assert picker.visible_paths() and all(p.startswith("pools[") and p.endswith("price_usd") for p in picker.visible_paths())
    picker.set_filter("no such input")
    assert picker.visible_paths() == []
    picker.set_filter("")
    assert picker.visible_paths() == everything


def test_one_input_sweep_fills_charts_and_table(window, qtbot):
    view = window.views["sweep"]
    view.axis1.choose("facility.pue")
    view.axis1.points.setValue(5)
    view.set_outputs(["wall_days", "run_cost_usd"])
    view.run()
    qtbot.waitUntil(lambda: view.result is not None and not view.task.running, timeout=WAIT_MS)
    assert view.result.paths == ["facility.pue"]
    assert len(view.charts) == 2
    line = view.charts[0].line
    assert line.x.size == 5 and np.isfinite(line.y).all()
    assert line.current_x == pytest.approx(view.axis1.param.value)
    assert view.table.row_count() == 5
    assert view.table.model.headers[0].startswith("PUE")


def test_two_input_sweep_draws_a_heat_map(window, qtbot):
    view = window.views["sweep"]
    view.axis1.choose("facility.pue")
    view.axis1.points.setValue(4)
    view.axis2.setChecked(True)
    view.axis2.choose("power.grid_usd_per_mwh")
    view.axis2.points.setValue(3)
    view.set_outputs(["run_cost_usd", "wall_days"])
    view.run()
    qtbot.waitUntil(lambda: view.result is not None and len(view.result.axes) == 2 and not view.task.running,
                    timeout=WAIT_MS)
    assert len(view.charts) == 1 and type(view.charts[0]).__name__ == "HeatMapChart"
    assert view.charts[0].z.shape == (4, 3)
    assert view.table.row_count() == 12
    assert view.charts[0].map.z_label == OUTPUTS["wall_days"].label  # the first ticked output
    i = view.map_output.findData("run_cost_usd")
    view.map_output.setCurrentIndex(i)
    view.map_output.activated.emit(i)
    assert view.charts[0].map.z_label == OUTPUTS["run_cost_usd"].label


def test_csv_export_writes_header_and_rows(window, qtbot, tmp_path):
    view = window.views["sweep"]
    view.axis1.choose("facility.pue")
    view.axis1.points.setValue(3)
    view.set_outputs(["run_cost_usd"])
    view.run()
    qtbot.waitUntil(lambda: view.result is not None and not view.task.running, timeout=WAIT_MS)
    path = tmp_path / "sweep.csv"
    assert view.table.export_csv(path) == 3
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["facility.pue", "run_cost_usd [USD]"]
    assert len(rows) == 4
    assert [float(r[0]) for r in rows[1:]] == pytest.approx(view.result.axes[0].tolist())
    assert float(rows[1][1]) == pytest.approx(float(view.result.outputs["run_cost_usd"][0]))


def test_adding_an_uncertain_input_is_undoable(window):
    editor = window.views["uncertainty"].editor
    doc = window.document
    assert doc.scenario.uncertainty.inputs == []
    assert editor.add("facility.pue") is None
    assert editor.add("workload.mfu") is None
    entries = doc.scenario.uncertainty.inputs
    assert [e.path for e in entries] == ["facility.pue", "workload.mfu"]
    assert entries[0].distribution == "range"
    assert editor.inputs.count() == 2
    doc.undo()
    assert [e.path for e in doc.scenario.uncertainty.inputs] == ["facility.pue"]
    assert editor.inputs.count() == 1
    doc.undo()
    assert doc.scenario.uncertainty.inputs == []
    doc.redo()
    assert [e.path for e in doc.scenario.uncertainty.inputs] == ["facility.pue"]


def test_changing_the_kind_and_a_parameter_are_edits(window):
    editor = window.views["uncertainty"].editor
    doc = window.document
    editor.add("facility.pue")
    editor.kind.setCurrentIndex(editor.kind.findData("normal"))
    editor._kind_changed()
    e = doc.scenario.uncertainty.inputs[0]
    assert e.distribution == "normal" and e.sd > 0
    editor.spins["sd"].setValue(0.05)
    assert doc.scenario.uncertainty.inputs[0].sd == pytest.approx(0.05)
    doc.undo()
    doc.undo()
    assert doc.scenario.uncertainty.inputs[0].distribution == "range"


def test_monte_carlo_fills_quantiles_and_a_sorted_tornado(window, qtbot):
    view = window.views["uncertainty"]
    view.editor.add("facility.pue")
    view.editor.add("workload.mfu")
    view.editor.add("power.grid_usd_per_mwh")
    window.document.set_field("uncertainty.samples", 400)
    view.run(full=True)
    qtbot.waitUntil(lambda: view.mc is not None and not view.task.running, timeout=WAIT_MS)
    assert view.mc.samples.shape == (400, 3)
    assert view.quantile_table.rowCount() == len([k for k in OUTPUTS if k in view.mc.outputs])
    assert view.quantile_table.item(0, 1).text()  # P10 of the first output, written out
    view.output_combo.setCurrentIndex(view.output_combo.findData("run_cost_usd"))
    swings = view.tornado_chart.swings()
    assert swings.size == 3 and np.all(np.diff(swings) <= 1e-9 * swings.max())
    assert view.histogram.quantile_texts()[0].startswith("P10")
    assert view.samples_table.row_count() == 400
    chart = next(c for c in window.charts if c.chart_id == "time_to_train")
    assert chart.band_days is not None and chart.band_days[0] <= chart.band_days[2]


def test_cancel_stops_a_long_run(window, qtbot, monkeypatch):
    from colossus_desktop.ui.views import uncertainty

    view = window.views["uncertainty"]
    view.editor.add("facility.pue")
    window.document.set_field("uncertainty.samples", 1_000_000)
    qtbot.waitUntil(_done(view), timeout=WAIT_MS)  # the live preview started by the edits
    seen = {}
    real = uncertainty.analyse

    def spy(scenario, samples, progress):
        try:
            return real(scenario, samples, progress)
        except Exception as exc:
            seen["raised"] = type(exc).__name__
            raise

    monkeypatch.setattr(uncertainty, "analyse", spy)
    view.mc = None
    view.task.progressed.connect(lambda *_: view.task.cancel())
    view.run(full=True)
    qtbot.waitUntil(_done(view), timeout=WAIT_MS)  # cancelled at its first progress report
    assert view.task.wait()  # the worker thread has ended
    assert seen.get("raised") == "Cancelled"
    assert view.mc is None
    assert "cancelled" in view.status.text().lower()


def test_tabs_out_of_sight_wait_for_their_turn(window, qtbot):
    """While the Compare tab is in front, an edit does not redraw the hidden charts nor list the
    hidden Sweep tab's inputs (both run work per edit); each catches up when shown."""
    window.show()
    qtbot.waitExposed(window)
    chart = next(c for c in window.charts if c.chart_id == "time_to_train")
    sweep = window.views["sweep"]
    window.tabs.setCurrentWidget(window.views["compare"])
    before = chart._ev
    window.document.set_field("facility.pue", 1.2)
    window.evaluator.evaluate_now()
    assert chart._ev is before and window._charts_pending is not None
    assert sweep._params_stale
    assert sweep.axis1.picker.params["facility.pue"].value == pytest.approx(1.14)  # not refreshed yet
    window.tabs.setCurrentWidget(sweep)
    assert not sweep._params_stale and sweep.axis1.picker.params["facility.pue"].value == pytest.approx(1.2)
    window.tabs.setCurrentWidget(window.chart_panel)
    assert chart._ev is window.evaluator.last and window._charts_pending is None


def test_a_share_is_swept_in_percent_and_stored_as_a_fraction(window):
    axis = window.views["sweep"].axis1
    axis.choose("workload.mfu")  # Colossus 2: 0.30, catalog range 0.197-0.52
    assert axis.start.suffix() == " %" and axis.start.value() == pytest.approx(19.7, abs=0.1)
    assert "30%" in axis.chosen.text()
    values = axis.values()
    assert values[0] == pytest.approx(0.197, abs=1e-3) and values[-1] == pytest.approx(0.52, abs=1e-3)
    axis.choose("facility.pue")  # back to a plain number
    assert axis.start.suffix() == "" and axis.values()[0] == pytest.approx(axis.start.value())


def test_table_headers_name_no_unit_the_cells_scale(window, qtbot):
    """The sweep's table read "Facility power (average) (MW)" over cells of "1.8 GW", and
    "MFU (share)" over "20%": a header names the unit only where the cells do not carry it."""
    view = window.views["sweep"]
    view.axis1.choose("workload.mfu")
    view.axis1.points.setValue(3)
    power = next(k for k, o in view.outputs.items() if o.unit == "MW")
    view.set_outputs(["wall_days", power])
    view.run()
    qtbot.waitUntil(lambda: view.result is not None and not view.task.running, timeout=WAIT_MS)
    headers = view.table.model.headers
    assert headers[0] == "MFU"
    assert headers[1].endswith("(days)")
    assert headers[2] == view.outputs[power].label and "MW" not in headers[2]
