"""File → Import Model… and the Workload page's model picker, in the window (the model row is
inserted by the real ``workload.build``)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QMenu

from colossus_desktop.scenario.models import get_model
from colossus_desktop.ui.builder import model_picker

from .helpers import FakePrompter

HF = Path(__file__).parents[1] / "scenario" / "data" / "hf"
class ImportPrompter(FakePrompter):
    def __init__(self):
        super().__init__()
        self.model_answer: str | None = None

    def open_model_path(self, directory=""):
        self.asked.append("import_model")
        return self.model_answer


@pytest.fixture
def window(make_window, monkeypatch):
    return make_window("colossus-2", prompter=ImportPrompter(), autosave=False, restore_geometry=False)


def _file_menu(window) -> QMenu:
    return next(m for m in window.menuBar().findChildren(QMenu)
                if m.parent() is window.menuBar() and window.actions_by_key["open"] in m.actions())


def test_import_model_sits_in_the_file_menu_above_export(window):
    names = [a.objectName() or ("-" if a.isSeparator() else a.text()) for a in _file_menu(window).actions()]
    i = names.index("action-import_model")
    assert names[i - 1] == "-" and names[i + 1] == "Export &Chart"
    assert names[:3] == ["action-new", "action-open", "Open &Recent"] and names[-1] == "action-quit"


def test_import_is_one_undoable_edit(window):
    doc = window.document
    before = doc.scenario
    window.prompter.model_answer = str(HF / "deepseek-v3.json")
    window.actions_by_key["import_model"].trigger()
    w = doc.scenario.workload
    assert window.prompter.asked == ["import_model"] and not window.prompter.errors
    assert w.architecture == get_model("deepseek-v3").architecture and w.model is None
    assert w.params_total_b == pytest.approx(671.0, abs=0.1) and w.params_active_b == pytest.approx(36.6, abs=0.1)
    assert "deepseek-v3.json" in w.notes["architecture"] and "counted from the architecture" in w.notes["params_total_b"]
    assert w.seq_length == before.workload.seq_length  # max_position_embeddings is not the training length
    assert "deepseek-v3.json" in window.statusBar().currentMessage()
    assert doc.history.undo_text.startswith("Import model")
    doc.undo()
    assert doc.scenario == before  # one step back restores every field at once


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("{ not json", "not JSON"),
        ('{"format": "colossus-desktop-scenario", "name": "x"}', "not a model config"),
        ('{"num_hidden_layers": 4, "hidden_size": 256, "num_attention_heads": 4}', "missing: intermediate_size, vocab_size"),
    ],
)
def test_a_malformed_file_is_refused_with_a_clear_error(window, tmp_path, text, words):
    path = tmp_path / "config.json"
    path.write_text(text, encoding="utf-8")
    before = window.document.scenario
    window.prompter.model_answer = str(path)
    assert not window.model_importer.import_dialog()
    assert window.document.scenario == before and not window.document.is_modified
    (title, message), = window.prompter.errors
    assert title == "Import Model" and words in message and str(path) in message


def test_cancelled_dialog_changes_nothing(window):
    before = window.document.scenario
    window.prompter.model_answer = None
    assert not window.model_importer.import_dialog()
    assert window.document.scenario == before and not window.prompter.errors


def _picker(window) -> QComboBox:
    combo = window.builder.editor("workload.model")
    assert isinstance(combo, QComboBox)
    return combo


def test_model_row_heads_the_first_workload_section(window):
    combo = _picker(window)
    group = next(g for g in window.findChildren(QGroupBox) if g.isAncestorOf(combo))
    form = group.layout()
    assert isinstance(form, QFormLayout)
    label = form.itemAt(0, QFormLayout.ItemRole.LabelRole).widget()
    assert isinstance(label, QLabel) and label.text() == "Model" and label.buddy() is combo
    assert combo.itemText(0) == "Described below" and combo.currentData() is None
    ids = [combo.itemData(i) for i in range(1, combo.count())]
    assert "deepseek-v3" in ids and "llama-3.1-405b" in ids and "megatron-gpt-1t" in ids
    tip = combo.itemData(ids.index("deepseek-v3") + 1, Qt.ItemDataRole.ToolTipRole)
    assert "671 B parameters" in tip and "tt-metal" in tip  # counts and sources


def test_picking_a_model_applies_it_in_one_step_and_undo_restores(window):
    doc, combo = window.document, _picker(window)
    before = doc.scenario
    combo.setCurrentIndex(combo.findData("llama-3.1-405b"))
    w = doc.scenario.workload
    assert w.model == "llama-3.1-405b" and w.seq_length == 8192
    assert w.architecture == get_model("llama-3.1-405b").architecture
    assert w.params_total_b == pytest.approx(405.8, abs=0.1) and w.params_active_b is None
    assert "published 405" in w.notes["params_total_b"]
    assert w.notes["tokens_t"] == before.workload.notes["tokens_t"]  # other notes kept
    params = window.builder.editor("workload.params_total_b")
    assert params.value() == pytest.approx(405.8, abs=0.1)  # the form shows the new count
    doc.undo()
    assert doc.scenario == before and combo.currentData() is None


def test_described_below_keeps_the_fields(window):
    doc, combo = window.document, _picker(window)
    combo.setCurrentIndex(combo.findData("mixtral-8x22b"))
    arch = doc.scenario.workload.architecture
    combo.setCurrentIndex(0)
    assert doc.scenario.workload.model is None and doc.scenario.workload.architecture == arch
    assert "model" not in doc.scenario.workload.notes


def test_a_saved_model_id_shows_in_the_picker(window, tmp_path):
    data = json.loads(window.document.scenario.model_dump_json())
    data["workload"]["model"] = "grok-1"
    path = tmp_path / "s.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert window.file_controller.open_path(path)
    assert _picker(window).currentData() == "grok-1"


def test_picker_survives_a_broken_catalog(monkeypatch):
    from colossus_desktop.scenario.errors import ScenarioError

    def broken():
        raise ScenarioError("not JSON", path="resources/models/x.json")

    monkeypatch.setattr(model_picker, "list_models", broken)
    (value, label, tip), = model_picker.model_choices()
    assert value is None and label == "Described below" and "resources/models/x.json" in tip
