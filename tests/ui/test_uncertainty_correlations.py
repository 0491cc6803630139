"""The Uncertainty tab's Correlations box on a real window (colossus-2): adding, changing and
removing a rank correlation are single undoable edits, the Monte Carlo samples carry the
correlation, and a set of correlations that is not positive definite is refused with the
validator's message and changes nothing. Waits are on the worker, never on time."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

WAIT_MS = 120_000


@pytest.fixture
def window(colossus2_without_uncertainty):
    return colossus2_without_uncertainty


def _pairs(doc):
    return [(c.a, c.b, c.rho) for c in doc.scenario.uncertainty.correlations]


def _spearman(x: np.ndarray, y: np.ndarray) -> float:
    """Spearman's rank correlation: Pearson's of the ranks (no ties in LHS samples)."""
    rx = np.argsort(np.argsort(x)).astype(float)
    ry = np.argsort(np.argsort(y)).astype(float)
    return float(np.corrcoef(rx, ry)[0, 1])


def test_adding_a_correlation_from_the_widgets_is_one_undo_step(window, qtbot):
    editor = window.views["uncertainty"].editor
    box = editor.correlations
    doc = window.document
    editor.add("facility.pue")
    assert not box.add_button.isEnabled()  # one input: nothing to correlate it with
    editor.add("workload.mfu")
    assert box.add_button.isEnabled()
    assert [box.a.itemData(i) for i in range(box.a.count())] == ["facility.pue", "workload.mfu"]
    assert box.a.itemText(0) == editor.params["facility.pue"].label  # labels, not paths
    steps = len(doc.history)
    box.a.setCurrentIndex(box.a.findData("facility.pue"))
    box.b.setCurrentIndex(box.b.findData("workload.mfu"))
    box.rho.setValue(-0.6)
    qtbot.mouseClick(box.add_button, Qt.MouseButton.LeftButton)
    assert _pairs(doc) == [("facility.pue", "workload.mfu", pytest.approx(-0.6))]
    assert len(doc.history) == steps + 1
    assert box.table.rowCount() == 1 and box.table.item(0, 2).text() == "-0.60"
    assert "Correlations (1)" in box.header.text()
    doc.undo()
    assert _pairs(doc) == []
    assert box.table.rowCount() == 0
    doc.redo()
    assert _pairs(doc) == [("facility.pue", "workload.mfu", pytest.approx(-0.6))]


def test_the_same_pair_changes_its_rho_and_remove_is_undoable(window):
    editor = window.views["uncertainty"].editor
    box = editor.correlations
    doc = window.document
    for path in ("facility.pue", "workload.mfu", "power.grid_usd_per_mwh"):
        editor.add(path)
    assert box.add("facility.pue", "workload.mfu", 0.3) is None
    assert box.add("workload.mfu", "facility.pue", 0.5) is None  # either order names the pair
    assert _pairs(doc) == [("facility.pue", "workload.mfu", pytest.approx(0.5))]
    assert box.add("workload.mfu", "workload.mfu", 0.5) is not None  # an input with itself
    assert len(_pairs(doc)) == 1
    box.add("facility.pue", "power.grid_usd_per_mwh", -0.2)
    box.table.selectRow(0)
    box.remove_selected()
    assert _pairs(doc) == [("facility.pue", "power.grid_usd_per_mwh", pytest.approx(-0.2))]
    doc.undo()
    assert len(_pairs(doc)) == 2
    editor.inputs.setCurrentRow(0)  # removing an input drops the correlations that name it
    editor.remove_selected()
    assert _pairs(doc) == [] and box.table.rowCount() == 0


def test_an_impossible_matrix_is_refused_and_changes_nothing(window):
    view = window.views["uncertainty"]
    box = view.editor.correlations
    doc = window.document
    for path in ("facility.pue", "workload.mfu", "power.grid_usd_per_mwh"):
        view.editor.add(path)
    assert box.add("facility.pue", "workload.mfu", 0.6) is None
    assert box.add("workload.mfu", "power.grid_usd_per_mwh", 0.6) is None
    before, steps = doc.scenario, len(doc.history)
    err = box.add("facility.pue", "power.grid_usd_per_mwh", -0.9)
    assert err and "positive definite" in err
    assert "positive definite" in view.status.text()
    assert doc.scenario is before and len(doc.history) == steps
    assert doc.errors == {}  # no field error left behind to mark the results stale
    assert box.table.rowCount() == 2


def test_monte_carlo_samples_carry_the_rank_correlation(window, qtbot):
    view = window.views["uncertainty"]
    box = view.editor.correlations
    doc = window.document
    view.editor.add("facility.pue")
    view.editor.add("workload.mfu")
    doc.set_field("uncertainty.samples", 2000)
    assert box.add("facility.pue", "workload.mfu", -0.7) is None
    view.run(full=True)
    qtbot.waitUntil(lambda: view.mc is not None and not view.task.running, timeout=WAIT_MS)
    samples = np.asarray(view.mc.samples, dtype=float)
    assert samples.shape == (2000, 2)
    i, j = view.mc.paths.index("facility.pue"), view.mc.paths.index("workload.mfu")
    rho = _spearman(samples[:, i], samples[:, j])
    assert rho == pytest.approx(-0.7, abs=0.05)
    doc.undo()  # without the correlation the same seed gives (nearly) independent columns
    assert doc.scenario.uncertainty.correlations == []
    qtbot.waitUntil(lambda: not view.task.running, timeout=WAIT_MS)
    view.mc = None
    view.run(full=True)
    qtbot.waitUntil(lambda: view.mc is not None and not view.task.running, timeout=WAIT_MS)
    samples = np.asarray(view.mc.samples, dtype=float)
    assert abs(_spearman(samples[:, i], samples[:, j])) < 0.1
