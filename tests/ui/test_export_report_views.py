"""File → Export Report takes the Sweep tab's result and the Uncertainty tab's full run as they
are (no second run of either), and runs its own only when a tab has none for the document."""

from __future__ import annotations

import csv

import numpy as np
import pytest

WAIT_MS = 120_000


@pytest.fixture
def window(make_window):
    return make_window("deepseek-v3", autosave=False, restore_geometry=False)


def export_report(window, folder):
    """File → Export Report to ``folder`` (every format), run to the end; the files written."""
    job = window.export_controller.export_report(str(folder))
    assert job.task.wait(WAIT_MS * 2) and job.ended
    return job.written


def _rows(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def test_export_report_uses_the_tabs_results(window, qtbot, tmp_path, monkeypatch):
    import colossus_desktop.analysis as analysis

    window.document.set_field("uncertainty.samples", 700)  # before the runs: an edit makes a result stale
    sweep = window.views["sweep"]
    sweep.axis1.choose("facility.pue")
    sweep.axis1.points.setValue(5)
    sweep.set_outputs(["wall_days", "facility_mw"])
    sweep.run()
    qtbot.waitUntil(lambda: sweep.result is not None and not sweep.task.running, timeout=WAIT_MS)
    unc = window.views["uncertainty"]
    unc.run(full=True)
    qtbot.waitUntil(lambda: unc.mc is not None and unc.full and not unc.task.running, timeout=WAIT_MS)
    shown_mc = unc.mc

    def no_second_run(*_a, **_k):
        raise AssertionError("the report ran the analysis again")

    for name in ("run_sweep", "run_monte_carlo", "run_tornado"):
        monkeypatch.setattr(analysis, name, no_second_run)
    written = export_report(window, tmp_path)
    names = {p.name for p in written}
    assert any(n.endswith("-sweep.csv") for n in names) and any(n.endswith("-deck.pptx") for n in names)
    rows = _rows(next(p for p in written if p.name.endswith("-sweep.csv")))
    assert len(rows) == 5
    assert [k.split(" ")[0] for k in rows[0]] == ["facility.pue", "wall_days", "facility_mw"]
    assert [float(r["facility.pue"]) for r in rows] == list(sweep.result.axes[0])
    quantiles = {r["output"]: r for r in _rows(next(p for p in written if p.name.endswith("-uncertainty.csv")))}
    cost = shown_mc.outputs["run_cost_usd"]
    assert float(quantiles["run_cost_usd"]["p50"]) == float(np.quantile(cost[np.isfinite(cost)], 0.5))
    assert any(n.endswith("-sweep-facility_mw.png") for n in names)


def test_a_sweep_from_before_an_edit_is_run_again(window, qtbot, tmp_path):
    sweep = window.views["sweep"]
    sweep.axis1.choose("facility.pue")
    sweep.axis1.points.setValue(3)
    sweep.set_outputs(["facility_mw"])
    sweep.run()
    qtbot.waitUntil(lambda: sweep.result is not None and not sweep.task.running, timeout=WAIT_MS)
    before = np.asarray(sweep.result.outputs["facility_mw"], dtype=float).copy()
    window.document.set_field("pools[0].count", 4096)  # twice the accelerators: more power at every PUE
    window.evaluator.evaluate_now()
    qtbot.waitUntil(lambda: window.evaluator.last is not None
                    and window.evaluator.last.scenario.pools[0].count == 4096, timeout=WAIT_MS)
    written = export_report(window, tmp_path)
    rows = _rows(next(p for p in written if p.name.endswith("-sweep.csv")))
    after = np.array([float(r[next(k for k in r if k.startswith("facility_mw"))]) for r in rows])
    assert np.all(after > before * 1.5)


def test_export_report_without_a_sweep_runs_its_own_uncertainty(window, tmp_path):
    assert window.views["sweep"].result is None
    written = export_report(window, tmp_path)
    names = {p.name for p in written}
    assert not any("sweep" in n for n in names)
    assert any(n.endswith("-uncertainty.csv") for n in names)  # the preset carries uncertain inputs
    assert any(n.endswith("-tornado-run_cost_usd.png") for n in names)
