"""``colossus-desktop compare``: the table, --json, --save, and one-line errors with exit status 2."""

from __future__ import annotations

import io
import json

import pytest

from colossus_desktop.cli import main as cli_main
from colossus_desktop.paths import comparisons_dir
from colossus_desktop.scenario.comparison import load_comparison


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli_main(["compare", *args], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def test_table_has_every_scenario_and_the_ratio_to_the_reference():
    code, out, err = run("preset:colossus-2", "preset:deepseek-v3", "--same-workload", "1")
    assert code == 0, err
    assert "Same model on each: DeepSeek-V3 pre-training" in out
    assert "deepseek-v3 / colossus-2" in out
    # what each column's run uses and how its hours are priced, said before any figure
    assert "the run uses 2,048 of 1,000,000 accelerators; its hours priced at own cost" in out
    assert "priced at its own cost per GPU-hour" in out
    for label in ("Run cost per 10^24 FLOP", "Peak per MW", "Capex per PFLOP/s", "Tokens per dollar", "Time to train"):
        assert label in out


def test_json_agrees_with_the_table(tmp_path):
    code, out, _ = run(str(comparisons_dir() / "raw-power-vs-efficiency.json"), "--json")
    assert code == 0
    doc = json.loads(out)
    assert [e["label"] for e in doc["entries"]] == ["Colossus 2", "DeepSeek-V3 cluster"]
    o = doc["outputs"]["run_usd_per_1e24_flop"]
    assert o["ratio"][0] == 1 and o["ratio"][1] == pytest.approx(o["values"][1] / o["values"][0])
    assert doc["same_workload"] == "DeepSeek-V3 pre-training"


def test_save_writes_a_comparison_that_reopens(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "out").mkdir()
    code, _, err = run("preset:colossus-2", "preset:deepseek-v3", "--same-workload", "1", "--reference", "1",
                       "--save", "out/c.json")
    assert code == 0, err
    comp = load_comparison(tmp_path / "out" / "c.json")
    assert comp.reference == 1 and comp.common_workload is not None
    assert run(str(tmp_path / "out" / "c.json"))[0] == 0


@pytest.mark.parametrize("args, words", [
    (("preset:nope",), "unknown preset 'nope'"),
    (("missing.json", "preset:colossus-2"), "missing.json: file not found"),
    (("preset:colossus-2", "--same-workload", "5"), "--same-workload 5 names no scenario"),
    (("preset:colossus-2", "--reference", "-1"), "--reference -1 names no scenario"),
    (("preset:colossus-2", "--samples", "0"), "--samples must be 1 to 1,000,000"),
    (tuple(["preset:colossus-2"] * 9), "at most 8"),
    (("preset:colossus-2", "--same-workload", "x"), "invalid int value"),
])
def test_errors_are_one_line_with_exit_2(args, words):
    code, out, err = run(*args)
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("colossus-desktop: error: ")
    assert words in err, err


def test_a_comparison_file_goes_alone(tmp_path):
    code, _, err = run(str(comparisons_dir() / "raw-power-vs-efficiency.json"), "preset:colossus-2")
    assert code == 2 and "give it alone" in err
