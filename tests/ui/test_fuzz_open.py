"""Fuzzed documents the loader accepts open in the window (issue 12's round trip): Open shows
every number the file holds, evaluates and draws without an exception or a Qt warning, and Save
writes the same document back. The mutations are the fuzz test's (tests/scenario/test_fuzz.py),
seeded; a dozen per run, as each opens a whole window's worth of charts."""

from __future__ import annotations

import copy
import random

import pytest

from colossus_desktop.scenario.errors import ScenarioError
from colossus_desktop.scenario.files import load_scenario, loads_scenario, scenario_data
from colossus_desktop.scenario.presets import load_preset, preset_ids
from tests.scenario.test_fuzz import SEED, _text, mutate

from .test_corpus_open import _form_shows_the_document, _settle

OPENED = 12


def _accepted(count: int) -> list[tuple[str, str]]:
    """The first ``count`` fuzzed files the loader accepts: (what was done, text)."""
    rng = random.Random(SEED + 1)
    bases = {pid: scenario_data(load_preset(pid)) for pid in preset_ids()}
    ids = sorted(bases)
    out = []
    case = 0
    while len(out) < count:
        doc = copy.deepcopy(bases[ids[case % len(ids)]])
        done = mutate(doc, rng)
        case += 1
        text = _text(doc)
        try:
            loads_scenario(text)
        except ScenarioError:
            continue
        out.append((f"case {case}: {done}", text))
    return out


@pytest.mark.parametrize("index", range(OPENED))
def test_an_accepted_fuzzed_file_opens_shows_and_saves_back(qtbot, qtlog, make_window, tmp_path, index):
    where, text = _accepted(OPENED)[index]
    path = tmp_path / "fuzzed.json"
    path.write_text(text, encoding="utf-8")
    window = make_window("deepseek-v3", autosave=False, restore_geometry=False)
    _settle(qtbot, window)
    assert window.file_controller.open_path(path), (where, window.prompter.errors)
    _settle(qtbot, window)
    assert window.prompter.errors == [], where
    assert window.evaluator.last is not None and window.evaluator.last.scenario == window.document.scenario
    assert _form_shows_the_document(window) > 40, where
    saved = tmp_path / "saved.json"
    assert window.file_controller.save_to(saved), (where, window.prompter.errors)
    assert load_scenario(saved) == load_scenario(path), where
    warnings = [r.message for r in qtlog.records if "QFont" not in r.message]
    assert warnings == [], (where, warnings)
