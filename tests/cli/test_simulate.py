"""``colossus-desktop simulate``."""

from __future__ import annotations

import io
import json

from colossus_desktop.cli.main import main


def _run(*argv):
    out, err = io.StringIO(), io.StringIO()
    return main(list(argv), stdout=out, stderr=err), out.getvalue(), err.getvalue()


def test_simulate_a_preset_as_text_and_json():
    rc, out, _ = _run("simulate", "--preset", "llama-3-405b", "--runs", "40", "--seed", "3")
    assert rc == 0 and "ETTR" in out and "analytic Daly goodput 90.3%" in out and "planned" in out
    rc, out, _ = _run("simulate", "--preset", "llama-3-405b", "--runs", "40", "--seed", "3", "--json")
    data = json.loads(out)
    assert rc == 0 and data["runs"] == 40 and 0.8 < data["ettr"]["p50"] < 0.95
    assert set(data["lost_days"]) == {"restart", "rework", "checkpoint", "wait", "degraded"}
    assert _run("simulate", "--preset", "llama-3-405b", "--runs", "40", "--seed", "3", "--json")[1] == out


def test_simulate_errors_are_one_line_exit_2():
    for argv, words in ((["simulate"], "FILE or --preset"), (["simulate", "--preset", "llama-3-405b", "--runs", "0"], "--runs"),
                        (["simulate", "no-such-file.json"], "no-such-file.json")):
        rc, out, err = _run(*argv)
        assert rc == 2 and words in err and err.count("\n") == 1, err
