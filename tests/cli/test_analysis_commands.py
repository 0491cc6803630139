"""``sweep`` and ``montecarlo``: their numbers agree with single evaluations, seeds reproduce, errors
are one line with exit status 2."""

from __future__ import annotations

import csv
import io
import json

import numpy as np
import pytest

from colossus_desktop.cli.main import COMMANDS
from colossus_desktop.cli.main import main as cli_entry
from colossus_desktop.engine import evaluate
from colossus_desktop.engine.analysis.outputs import OUTPUTS, output_values
from colossus_desktop.scenario import load_preset, save_scenario, to_inputs


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli_entry(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def one_line_error(err: str) -> str:
    lines = err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("colossus-desktop: error: "), err
    return lines[0].removeprefix("colossus-desktop: error: ")


def _evaluated(scenario) -> dict[str, float]:
    return {k: float(v[0]) for k, v in output_values(evaluate(to_inputs(scenario))).items()}


def test_both_commands_are_registered():
    assert {"sweep", "montecarlo"} <= set(COMMANDS)
    code, out, _ = run("sweep", "--help")
    assert code == 0 and "--param" in out and "START:STOP:N" in out


# --------------------------------------------------------------------------- sweep


def test_a_1d_sweep_matches_evaluating_each_point():
    code, out, err = run("sweep", "preset:deepseek-v3", "--param", "facility.pue", "--values", "1.1:1.5:3",
                         "--output", "facility_mw", "energy_mwh", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["scenario"]["preset"] == "deepseek-v3"
    assert doc["inputs"][0]["path"] == "facility.pue" and doc["inputs"][0]["values"] == pytest.approx([1.1, 1.3, 1.5])
    assert [r["facility.pue"] for r in doc["rows"]] == pytest.approx([1.1, 1.3, 1.5])
    s = load_preset("deepseek-v3")
    for row in doc["rows"]:
        moved = s.model_copy(update={"facility": s.facility.model_copy(update={"pue": row["facility.pue"]})})
        want = _evaluated(moved)
        assert row["facility_mw"] == pytest.approx(want["facility_mw"], rel=1e-9)
        assert row["energy_mwh"] == pytest.approx(want["energy_mwh"], rel=1e-9)
    assert doc["rows"][0]["facility_mw"] < doc["rows"][2]["facility_mw"]


def test_a_2d_sweep_has_one_row_per_pair_first_input_outermost(tmp_path):
    target = tmp_path / "grid.csv"
    code, out, err = run("sweep", "preset:llama-3-405b", "--param", "finance.cost_of_capital", "--values", "0.05,0.1",
                         "--param", "pools[0].price_usd", "--values", "30000:40000:3", "--csv", str(target))
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0].startswith("Sweep of Meta Llama") and "× pools[0].price_usd (3 values)" in lines[0]
    assert lines[1].split()[:3] == ["Cost", "of", "capital"]
    assert len(lines) == 2 + 6
    rows = list(csv.reader(target.open(encoding="utf-8")))
    assert rows[0] == ["finance.cost_of_capital (per year)", "pools[0].price_usd ($)", "wall_days (days)",
                       "run_cost_usd (USD)", "capex_usd (USD)", "facility_mw (MW)"]
    pairs = [(float(r[0]), float(r[1])) for r in rows[1:]]
    assert pairs == [(0.05, 30000), (0.05, 35000), (0.05, 40000), (0.1, 30000), (0.1, 35000), (0.1, 40000)]
    capex = [float(r[4]) for r in rows[1:]]
    assert capex[0] < capex[1] < capex[2] and capex[0] == pytest.approx(capex[3])  # capex ignores the rate
    base = _evaluated(load_preset("llama-3-405b"))  # the scenario itself: 10 %, catalog price $33,750
    s = load_preset("llama-3-405b")
    at_35k = s.model_copy(update={"pools": [s.pools[0].model_copy(update={"price_usd": 35000.0})]})
    assert float(rows[5][3]) == pytest.approx(_evaluated(at_35k)["run_cost_usd"], rel=1e-9)
    assert float(rows[5][3]) > base["run_cost_usd"]


def test_sweep_list_shows_the_inputs_with_catalog_ranges(tmp_path):
    path = tmp_path / "s.json"
    save_scenario(load_preset("colossus-2"), path)
    code, out, err = run("sweep", str(path), "--list")
    assert code == 0, err
    line = next(x for x in out.splitlines() if x.startswith("facility.pue "))
    assert "PUE" in line and "1.09 / 1.14 / 1.3" in line and ">= 1 and <= 3" in line
    code, out, _ = run("sweep", "preset:colossus-2", "--list", "--json")
    by = {p["path"]: p for p in json.loads(out)}
    assert by["pools[3].count"]["value"] == 450_000 and by["workload.mfu"]["default_range"] == [0.197, 0.375, 0.52]


SWEEP_ERRORS = [
    (["--param", "facility.pu", "--values", "1:2:3"], "facility.pu: not a numeric input of this scenario that can be "
                                                        "varied; did you mean facility.pue, facility.wue_l_per_kwh?"),
    (["--param", "facility.pue", "--values", "0.9:1.5:3"], "facility.pue: 0.9 is outside the allowed range (>= 1 and <= 3)"),
    (["--param", "facility.pue", "--values", "1:2"],
     "--values for facility.pue: '1:2' is not START:STOP:N (e.g. 1.1:1.5:5) or a list of numbers (1.1,1.2,1.4)"),
    (["--param", "facility.pue", "--values", "1:2:10001"],
     "--values for facility.pue: '1:2:10001': 10,001 points is more than 10,000"),
    (["--param", "facility.pue", "--values", "1:2:200", "--param", "power.utilization", "--values", "0.5:1:51"],
     "200 × 51 = 10,200 points is more than 10,000"),
    (["--param", "pools[0].count", "--values", "1:2:3"], "pools[0].count: takes whole numbers; 1.5 is not one"),
    (["--param", "facility.pue"], "give one --values per --param (1 --param, 0 --values)"),
    (["--param", "facility.pue", "--values", "1:2:3", "--param", "facility.pue", "--values", "1:2:3"],
     "facility.pue: is swept twice; a 2-D sweep needs two different inputs"),
    ([], "sweep needs --param PATH --values START:STOP:N (or --list to see the inputs)"),
    (["--param", "network.link_gbps", "--values", "400:800:2"],
     "network.link_gbps: not a numeric input of this scenario that can be varied; colossus-desktop sweep --list shows them"),
]


@pytest.mark.parametrize("extra,message", SWEEP_ERRORS, ids=[m[:30] for _, m in SWEEP_ERRORS])
def test_sweep_errors_are_one_line_with_status_2(extra, message):
    code, out, err = run("sweep", "preset:deepseek-v3", *extra)
    assert code == 2 and out == ""
    assert one_line_error(err) == message


def test_an_unknown_output_and_an_unknown_preset_are_named():
    code, _, err = run("sweep", "preset:deepseek-v3", "--param", "facility.pue", "--values", "1:2:2", "--output", "foo")
    assert code == 2 and one_line_error(err).startswith("--output: unknown output 'foo' (known: wall_days, ")
    code, _, err = run("sweep", "preset:nope", "--list")
    assert code == 2 and "unknown preset 'nope'" in one_line_error(err)


# --------------------------------------------------------------------------- montecarlo


@pytest.fixture(scope="module")
def llama_mc():
    code, out, err = run("montecarlo", "preset:llama-3-405b", "--samples", "3000", "--seed", "11", "--json")
    assert code == 0, err
    return json.loads(out)


def test_montecarlo_json_gives_quantiles_of_every_output(llama_mc):
    doc = llama_mc
    assert doc["samples"] == 3000 and doc["seed"] == 11
    assert set(doc["outputs"]) == set(OUTPUTS)
    base = _evaluated(load_preset("llama-3-405b"))
    for key, o in doc["outputs"].items():
        assert o["base"] == pytest.approx(base[key], rel=1e-9, nan_ok=True), key
        assert o["p10"] <= o["p50"] <= o["p90"], key
    cost = doc["outputs"]["run_cost_usd"]
    assert cost["p10"] < cost["base"] < cost["p90"]  # the price, rate and failure ranges all move it
    assert [i["path"] for i in doc["inputs"]] == [i.path for i in load_preset("llama-3-405b").uncertainty.inputs]


def test_the_tornado_is_ranked_by_swing_with_the_distributions_ends(llama_mc):
    u = {i.path: i for i in load_preset("llama-3-405b").uncertainty.inputs}
    for key in ("run_cost_usd", "wall_days"):
        rows = llama_mc["tornado"][key]["inputs"]
        assert sorted(r["path"] for r in rows) == sorted(u)
        swings = [r["swing"] for r in rows]
        assert swings == sorted(swings, reverse=True) and swings[0] > 0
        for r in rows:
            assert (r["low_value"], r["high_value"]) == (u[r["path"]].low, u[r["path"]].high)
            assert r["swing"] == pytest.approx(abs(r["output_at_high"] - r["output_at_low"]))
    # the time to train does not depend on money: prices and rates swing it by nothing
    days = {r["path"]: r["swing"] for r in llama_mc["tornado"]["wall_days"]["inputs"]}
    assert days["finance.cost_of_capital"] == 0 and days["reliability.failures_per_gpu_year"] > 0


def test_the_same_seed_gives_the_same_numbers_and_another_seed_does_not(llama_mc):
    again = json.loads(run("montecarlo", "preset:llama-3-405b", "--samples", "3000", "--seed", "11", "--json")[1])
    assert again == llama_mc
    other = json.loads(run("montecarlo", "preset:llama-3-405b", "--samples", "3000", "--seed", "12", "--json")[1])
    assert other["outputs"]["run_cost_usd"]["p50"] != llama_mc["outputs"]["run_cost_usd"]["p50"]


def test_montecarlo_text_lists_quantiles_then_both_tornados():
    code, out, err = run("montecarlo", "preset:deepseek-v3", "--samples", "500")
    assert code == 0, err
    assert out.startswith("Monte Carlo of DeepSeek-V3 training run (2,048 H800): 500 samples (Latin hypercube), seed 1, "
                          "8 uncertain inputs\n")
    lines = out.splitlines()
    assert lines[2].split() == ["Output", "Scenario", "P10", "P50", "P90"]
    for o in OUTPUTS.values():
        assert any(x.startswith(o.label + " ") for x in lines), o.label
    assert "Tornado: Training run cost (scenario " in out and "Tornado: Time to train (scenario " in out
    first = lines[lines.index(next(x for x in lines if x.startswith("Tornado: Time to train"))) + 2]
    assert first.startswith("Failure rate") or first.startswith("Restart time")


@pytest.mark.parametrize("args,message", [
    (["preset:colossus-1"], "uncertainty.inputs: has no distributions: add some to uncertainty.inputs (the uncertainty "
                            "view offers the catalog's ranges)"),
    (["preset:colossus-2", "--samples", "0"], "--samples must be 1 to 1,000,000, not 0"),
    (["preset:colossus-2", "--samples", "1000001"], "--samples must be 1 to 1,000,000, not 1,000,001"),
    (["preset:colossus-2", "--seed", "-1"], "--seed must be 0 or more"),
    (["preset:colossus-2", "--samples", "ten"], "argument --samples: invalid int value: 'ten'"),
])
def test_montecarlo_errors_are_one_line_with_status_2(args, message):
    code, out, err = run("montecarlo", *args)
    assert code == 2 and out == ""
    assert one_line_error(err) == message


def test_montecarlo_reads_a_file_and_clips_to_the_fields_range(tmp_path):
    """A normal PUE around 1.02 has a tail below 1; no sample reaches the engine below 1."""
    from colossus_desktop.analysis import run_monte_carlo
    from colossus_desktop.scenario.uncertainty import Uncertainty

    s = load_preset("deepseek-v3")
    s = s.model_copy(update={"uncertainty": Uncertainty.model_validate(
        {"inputs": [{"path": "facility.pue", "distribution": "normal", "mean": 1.02, "sd": 0.1}], "samples": 2000})})
    path = tmp_path / "pue.json"
    save_scenario(s, path)
    code, out, err = run("montecarlo", str(path), "--json")
    assert code == 0, err
    mc = run_monte_carlo(s)
    pue = mc.samples[:, 0]
    assert pue.min() == 1.0 and np.mean(pue == 1.0) == pytest.approx(0.42, abs=0.03)  # Φ(−0.2) = 0.42 at the bound
    facility = mc.outputs["facility_mw"]
    assert json.loads(out)["outputs"]["facility_mw"]["p10"] == pytest.approx(np.quantile(facility, 0.1), rel=1e-6)
