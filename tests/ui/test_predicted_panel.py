"""The workload page's Predicted panel shows the engine's numbers for the latest evaluation,
says where the MFU comes from, and shows a misfit (red bar, the engine's flag in words)."""

from __future__ import annotations

import numpy as np
import pytest

from colossus_desktop.drawing import format as fmt
from colossus_desktop.formatting import auto_decimals
from colossus_desktop.evaluation import evaluate_scenario
from colossus_desktop.messages import describe
from colossus_desktop.engine.results import Flag
from colossus_desktop.scenario.presets import load_preset
from colossus_desktop.ui.builder.predicted import MISFIT_COLOR, STATES_COLOR, MemoryBar, PredictedPanel
from colossus_desktop.ui.edits import set_values

from .workload_data import llama_405b, misfit


def _first(a):
    return float(np.asarray(a, dtype=float).reshape(-1)[0])


@pytest.fixture
def panel(qtbot):
    fmt.ensure_locale()
    p = PredictedPanel()
    qtbot.addWidget(p)
    return p


def test_shows_the_engines_numbers(panel):
    ev = evaluate_scenario(llama_405b(mfu=None))
    t = ev.results.training
    panel.set_evaluated(ev)
    texts = panel.texts()
    assert _first(t.mfu_source) == 0.0
    assert texts["mfu"] == f"{fmt.percent(_first(t.mfu), 1)} (predicted) · of the BF16 peak"  # the peak it is of
    assert texts["tflops"] == f"{fmt.number(_first(t.tflops_per_gpu), 0)} TFLOP/s"
    lay = {k: int(_first(v)) for k, v in t.layout.items()}
    assert texts["layout"] == f"TP {lay['tp']} · PP {lay['pp']} · DP {fmt.number(lay['dp'])} · EP {lay['ep']} · CP {lay['cp']}"
    assert f"v {lay['vpp']}" in texts["schedule"] and f"micro-batch {lay['micro_batch_size']}" in texts["schedule"]
    assert ("recompute " + ("none", "selective", "full")[lay["recompute"]]) in texts["schedule"]
    assert f"ZeRO {lay['zero_stage']}" in texts["schedule"]
    step = _first(t.step_time_s)
    assert texts["step"].startswith(fmt.number(step, auto_decimals(step)) + " s")
    bar = panel.memory_bar
    assert bar.states_gb == pytest.approx(_first(t.memory_states_gb_per_gpu))
    assert bar.activations_gb == pytest.approx(_first(t.memory_activations_gb_per_gpu))
    assert bar.hbm_gb == pytest.approx(_first(t.hbm_gb_per_gpu)) and bar.fits
    assert bar.colors()[0] == STATES_COLOR
    assert "of 80 GB" in texts["memory"] and "does not fit" not in texts["memory"]
    assert panel.message.isHidden() and panel.flags == []


def test_input_mfu_is_marked_as_yours(panel):
    ev = evaluate_scenario(llama_405b(mfu=0.41))
    panel.set_evaluated(ev)
    assert panel.texts()["mfu"].startswith(f"{fmt.percent(0.41, 1)} (your input)")
    assert "predicted" in panel.texts()["mfu"]  # the prediction stays beside it


def test_misfit_is_red_with_the_engines_words(panel):
    ev = evaluate_scenario(misfit())
    t = ev.results.training
    assert not bool(t.fits[0])
    panel.set_evaluated(ev)
    bar = panel.memory_bar
    assert not bar.fits and bar.colors()[0] == MISFIT_COLOR
    assert bar.total_gb > bar.hbm_gb  # what it needs runs past the HBM line
    assert "does not fit" in panel.texts()["memory"]
    assert panel.flags == ["no_layout_fits"]
    assert not panel.message.isHidden()
    assert panel.message.text() == describe(ev.results.flags(0)[0], number=fmt.number)
    assert "80 GB" in panel.message.text()


def test_no_mfu_and_no_shape_says_so(panel):
    ev = evaluate_scenario(set_values(load_preset("colossus-2"), {"workload.mfu": None}))  # no shape, no MFU
    panel.set_evaluated(ev)
    assert panel.flags == ["no_mfu"]
    assert panel.message.text() == describe(Flag("no_mfu", {}))
    assert panel.texts()["layout"] == fmt.NAN_TEXT


def test_an_input_mfu_without_a_shape_asks_for_the_shape(panel):
    panel.set_evaluated(evaluate_scenario(load_preset("colossus-2")))
    assert panel.flags == [] and not panel.message.isHidden()
    assert "architecture" in panel.message.text()
    assert panel.texts()["step"] == fmt.NAN_TEXT and panel.memory_bar.segments() == []


def test_memory_bar_segments_span_hbm_or_need(qtbot):
    bar = MemoryBar()
    qtbot.addWidget(bar)
    bar.set_memory(20.0, 20.0, 80.0, True)
    assert bar.segments() == [(0.0, 0.25), (0.25, 0.25)]
    bar.set_memory(100.0, 60.0, 80.0, False)  # need 160 GB of 80: the bar spans the need
    assert bar.segments() == [(0.0, 0.625), (0.625, 0.375)]
    bar.set_memory(float("nan"), 1.0, 80.0, False)
    assert bar.segments() == []
    bar.resize(200, 18)
    bar.grab()  # paints in every state without error


def test_the_window_feeds_the_panel_and_marks_it_stale(qtbot, make_window):
    w = make_window(llama_405b(mfu=None), autosave=False, restore_geometry=False)
    panel = w.builder.predicted
    assert "(predicted)" in panel.texts()["mfu"]  # the window's first evaluation reached it
    w.document.set_field("workload.mfu", 0.41)
    w.evaluator.evaluate_now()
    assert "(your input)" in panel.texts()["mfu"]
    assert panel.isEnabled()
    w.document.set_field("workload.params_active_b", 5000.0)  # refused: results go stale
    assert w.evaluator.stale and not panel.isEnabled()


def test_a_layout_that_cannot_run_is_said_in_the_panel(panel):
    # TP 16 on H100 (NVLink domain of 8): the cause, in the engine's words, under the numbers
    ev = evaluate_scenario(set_values(load_preset("llama-3-405b"), {"workload.parallelism.tp": 16}))
    panel.set_evaluated(ev)
    assert panel.flags == ["tp_outside_domain"] and "8 accelerators" in panel.message.text()
