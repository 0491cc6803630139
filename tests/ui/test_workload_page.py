"""The workload page (schema 4): every field has an editor; empty/auto values are stored as
None, not as 0; edits undo; the rarely used architecture groups start folded."""

from __future__ import annotations

import pytest

from colossus_desktop.scenario.model import Architecture, Parallelism, Workload
from colossus_desktop.scenario.presets import load_preset
from colossus_desktop.ui.builder import BuilderPanel, workload
from colossus_desktop.ui.document import Document
from colossus_desktop.ui.edits import get_value
from colossus_desktop.drawing.format import ensure_locale


@pytest.fixture
def panel(qtbot):
    ensure_locale()
    p = BuilderPanel(Document(load_preset("llama-3-405b")))
    qtbot.addWidget(p)
    return p


def _paths():
    out = [f"workload.{n}" for n in Workload.model_fields if n not in ("notes", "architecture", "parallelism", "model")]
    out += [f"workload.architecture.{n}" for n in Architecture.model_fields]
    out += [f"workload.parallelism.{n}" for n in Parallelism.model_fields]
    return out


def test_every_workload_field_has_an_editor_on_the_workload_page(panel):
    page = panel.workload
    for path in _paths():
        bound = panel.binder.fields.get(path)
        assert bound is not None, f"{path} has no editor"
        assert page.isAncestorOf(bound.widget), f"{path} is not on the workload page"
        assert bound.spec.label in bound.widget.toolTip(), path
    specs = [s.path for _t, group in workload.fields() for s in group]
    assert sorted(specs) == sorted(_paths()), "fields() lists exactly the page's fields"


def test_the_first_group_is_the_training_run(panel):
    """The model picker adds its row at the top of the first group: it must be the run's."""
    from PySide6.QtWidgets import QFormLayout, QGroupBox

    first = panel.workload.findChildren(QGroupBox)[0]
    assert isinstance(first.layout(), QFormLayout)
    assert first.isAncestorOf(panel.editor("workload.name"))


AUTO_SPINS = [
    ("workload.mfu", 0.45, "Predicted"),
    ("workload.params_active_b", 37.0, "From the shape"),
    ("workload.seq_length", 4096, None),
    ("workload.architecture.hidden_size", 7168, None),
    ("workload.architecture.num_key_value_heads", 8, "One per head"),
    ("workload.parallelism.tp", 4, "Auto"),
    ("workload.parallelism.ep", 64, "Auto"),
    ("workload.parallelism.vpp", 2, "Auto"),
    ("workload.parallelism.micro_batch_size", 2, "Auto"),
]


@pytest.mark.parametrize("path,value,text", AUTO_SPINS, ids=[p for p, _v, _t in AUTO_SPINS])
def test_auto_spin_values_round_trip_as_none(panel, path, value, text):
    doc = panel.document
    spin = panel.editor(path)
    scale = panel.binder.fields[path].spec.scale
    spin.setValue(value * scale)
    assert get_value(doc.scenario, path) == pytest.approx(value)
    spin.setValue(spin.minimum())
    assert get_value(doc.scenario, path) is None
    if text:
        assert spin.text() == text
    # and the form shows None as the auto text when the document changes under it
    doc.set_field(path, value)
    doc.set_field(path, None)
    assert spin.value() == spin.minimum()


@pytest.mark.parametrize("path", ["workload.architecture.n_shared_experts",
                                  "workload.architecture.first_k_dense_replace",
                                  "workload.architecture.qk_rope_head_dim"])
def test_zero_is_a_value_where_the_model_allows_it(panel, path):
    """DeepSeek-style fields where 0 means something: 0 is stored as 0; unset sits below it."""
    spin = panel.editor(path)
    spin.setValue(0)
    assert get_value(panel.document.scenario, path) == 0
    spin.setValue(spin.minimum())
    assert spin.minimum() < 0 and get_value(panel.document.scenario, path) is None


@pytest.mark.parametrize("path,values", [
    ("workload.parallelism.recompute", ["full", "none", "selective", None]),
    ("workload.parallelism.zero_stage", [0, 3, None, 1]),
])
def test_auto_choices_store_none_and_zero_stays_zero(panel, path, values):
    combo = panel.editor(path)
    assert combo.itemText(0) == "Auto" and combo.itemData(0) is None
    for value in values:
        combo.setCurrentIndex(combo.findData(value))
        stored = get_value(panel.document.scenario, path)
        assert stored == value and (stored is None) == (value is None), (value, stored)


def test_edits_undo_and_the_form_follows(panel):
    doc = panel.document
    tp = panel.editor("workload.parallelism.tp")
    assert doc.scenario.workload.parallelism.tp == 8  # the preset's Table 4 layout
    tp.setValue(tp.minimum())
    assert doc.scenario.workload.parallelism.tp is None and tp.text() == "Auto"
    layers = panel.editor("workload.architecture.num_hidden_layers")
    assert doc.scenario.workload.architecture.num_hidden_layers == 126  # the preset's shape
    layers.setValue(120)
    assert doc.scenario.workload.architecture.num_hidden_layers == 120
    doc.undo()
    assert doc.scenario.workload.architecture.num_hidden_layers == 126 and layers.value() == 126
    doc.undo()
    assert doc.scenario.workload.parallelism.tp == 8 and tp.value() == 8
    doc.redo()
    assert doc.scenario.workload.parallelism.tp is None and tp.text() == "Auto"


def test_fused_kernels_and_precision_edit_the_document(panel):
    doc = panel.document
    fused = panel.editor("workload.fused_kernels")
    fused.setChecked(not doc.scenario.workload.fused_kernels)
    assert doc.scenario.workload.fused_kernels == fused.isChecked()
    precision = panel.editor("workload.precision")
    precision.setCurrentIndex(precision.findData("fp8"))
    assert doc.scenario.workload.precision == "fp8"


def test_moe_and_mla_start_folded_and_unfold(panel):
    panel.show()
    folds = panel.workload.folds
    assert len(folds) == 4
    opened = {title: fold.is_expanded() for title, fold in folds.items()}
    assert sum(opened.values()) == 2, opened  # layers/width and attention open; MoE and MLA folded
    moe = next(f for t, f in folds.items() if "experts" in t)
    experts = panel.editor("workload.architecture.n_routed_experts")
    assert not moe.is_expanded() and not experts.isVisibleTo(moe)
    moe.button.click()
    assert moe.is_expanded() and experts.isVisibleTo(moe)
    moe.button.click()
    assert not experts.isVisibleTo(moe)
