"""The crash corpus (``tests/corpus``, see its README) replayed through the loader and the
command line: a ScenarioError or a Scenario; exit 0 or 2, never 1; one line on stderr; no
numpy warning. The window's Open replays it in ``tests/ui/test_corpus_open.py``."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from colossus_desktop.cli import main as cli_main
from colossus_desktop.engine import evaluate
from colossus_desktop.scenario.errors import ECHO_CHARS, ScenarioError
from colossus_desktop.scenario.files import dumps_scenario, load_scenario, loads_scenario
from colossus_desktop.scenario.inputs import to_inputs

from .oracle import ACCEPTED, CORPUS, unexplained

REPO = Path(__file__).resolve().parents[2]


def test_the_corpus_is_there_and_documented():
    assert len(CORPUS) >= 18
    readme = (REPO / "tests" / "corpus" / "README.md").read_text(encoding="utf-8")
    for path in CORPUS:
        assert f"`{path.name}`" in readme, f"{path.name} is not in tests/corpus/README.md"


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_loader_refuses_in_one_line_or_gives_a_sound_scenario(path):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        try:
            scenario = load_scenario(path)
        except ScenarioError as exc:
            assert path.stem not in ACCEPTED, f"{path.name} should load: {exc}"
            message = str(exc)
            assert "\n" not in message and message.startswith(f"{path}: ")
            assert "x" * ECHO_CHARS not in message and len(message) < 1000
            return
        assert path.stem in ACCEPTED, f"{path.name} loaded; refuse it or list it in ACCEPTED"
        results = evaluate(to_inputs(scenario))
    assert unexplained(results) == []
    assert loads_scenario(dumps_scenario(scenario)) == scenario


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.stem)
def test_command_line_exits_0_or_2_with_one_line(path):
    out, err = io.StringIO(), io.StringIO()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        code = cli_main(["evaluate", str(path), "--json"], stdout=out, stderr=err)
    lines = [line for line in err.getvalue().splitlines() if not line.startswith("colossus-desktop: note: ")]
    if path.stem in ACCEPTED:  # (a note may say the file was migrated from an older schema)
        assert (code, lines) == (0, []), err.getvalue()[:500]
    else:
        assert code == 2 and len(lines) == 1 and lines[0].startswith(f"colossus-desktop: error: {path}: ")
        assert "internal error" not in lines[0]


@pytest.mark.parametrize("name", ["count-4301-digits", "grid-and-turbines-zero", "restart-at-bound"])
def test_a_real_process_prints_no_warning(name):
    """The CLI as a user runs it, with Python's warnings turned into errors (-W error): exit 0 or
    2, and stderr is empty or one line."""
    env = dict(os.environ, PYTHONPATH=str(REPO))
    env.pop("COLOSSUS_DESKTOP_DEBUG", None)
    proc = subprocess.run([sys.executable, "-W", "error", "-m", "colossus_desktop", "evaluate",
                           str(REPO / "tests" / "corpus" / f"{name}.json")],
                          capture_output=True, text=True, env=env, timeout=120)
    assert proc.returncode == (0 if name in ACCEPTED else 2), proc.stderr
    lines = [line for line in proc.stderr.splitlines() if not line.startswith("colossus-desktop: note: ")]
    assert len(lines) == (0 if name in ACCEPTED else 1), proc.stderr
