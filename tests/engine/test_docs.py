"""docs/model.md is generated from the engine's docstrings and must be current."""

from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_model_notes_are_current():
    spec = importlib.util.spec_from_file_location("make_model_notes", ROOT / "docs" / "make_model_notes.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert (ROOT / "docs" / "model.md").read_text(encoding="utf-8") == module.render(), (
        "docs/model.md is stale: run python docs/make_model_notes.py"
    )
