"""The command line: presets, evaluate, --version; one-line errors with exit status 2."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from colossus_desktop import __version__
from colossus_desktop.__main__ import main as entry_main
from colossus_desktop.cli import main as cli_main
from colossus_desktop.scenario import load_preset, save_scenario

REPO = Path(__file__).resolve().parents[2]
PRESET_IDS = ["colossus-2", "colossus-1", "colossus-1-phase-1", "deepseek-v3", "fairwater-wisconsin", "llama-3-405b",
              "project-rainier", "stargate-abilene"]

REQUIRED_KEYS = {
    "cluster": ["accelerators", "peak_bf16_pflops", "peak_fp8_pflops", "network_tiers", "switches", "optical_transceivers"],
    "power": ["it_mw", "facility_mw", "annual_energy_gwh", "annual_unserved_mwh", "served_fraction"],
    "cost": ["capex_usd", "capex_breakdown_usd", "opex_usd_per_year", "usd_per_gpu_hour", "usd_per_used_gpu_hour",
             "gpu_hours_used_fraction", "tco_usd"],
    "training": [
        "total_flops", "mfu", "goodput", "wall_days", "gpu_hours", "energy_mwh",
        "cost_usd", "co2_tonnes", "water_m3", "interruptions",
    ],
}


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = cli_main(list(args), stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


def run_process(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(REPO))
    env.pop("COLOSSUS_DESKTOP_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "colossus_desktop", *args],
        capture_output=True, text=True, cwd=REPO, env=env, input=stdin, timeout=120,
    )


def assert_one_line_error(stderr: str, expected: str | None = None) -> None:
    assert "Traceback" not in stderr
    lines = stderr.splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("colossus-desktop: error: ")
    if expected is not None:
        assert lines[0] == f"colossus-desktop: error: {expected}"


# --------------------------------------------------------------------------- through a process


def test_version_in_a_process():
    proc = run_process("--version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"colossus-desktop {__version__}"


def test_presets_in_a_process_lists_ids_and_titles():
    proc = run_process("presets")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert [line.split()[0] for line in lines] == PRESET_IDS
    assert "(default)" in lines[0] and "Colossus 2" in lines[0]


@pytest.mark.parametrize(
    "args, expected",
    [
        (["evaluate"], "evaluate needs a scenario FILE or --preset ID (exactly one of them)"),
        (["evaluate", "--preset", "nope"], None),
        (["evaluate", "--bogus"], "unrecognized arguments: --bogus"),
        (["evaluate", "missing.json"], "missing.json: file not found"),
        (["presets", "extra"], "unrecognized arguments: extra"),
    ],
)
def test_bad_arguments_in_a_process_exit_2_with_one_line(args, expected):
    proc = run_process(*args)
    assert proc.returncode == 2
    assert_one_line_error(proc.stderr, expected)
    assert proc.stdout == ""


def test_bad_file_in_a_process(tmp_path):
    doc = json.loads((REPO / "resources/presets/deepseek-v3.json").read_text())
    doc["pools"][0]["count"] = -4
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc))
    proc = run_process("evaluate", str(bad), "--json")
    assert proc.returncode == 2
    assert_one_line_error(proc.stderr, f"{bad}: pools[0].count: must be > 0")


def test_cli_never_imports_qt():
    code = (
        "import sys\n"
        "from colossus_desktop.__main__ import main\n"
        "assert main(['presets']) == 0\n"
        "assert main(['evaluate', '--preset', 'deepseek-v3', '--json']) == 0\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'shiboken'))]\n"
        "assert not bad, bad\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO,
                          env=dict(os.environ, PYTHONPATH=str(REPO)), timeout=120)
    assert proc.returncode == 0, proc.stderr


def test_stdin_file(tmp_path):
    text = (REPO / "resources/presets/deepseek-v3.json").read_text()
    proc = run_process("evaluate", "-", "--json", stdin=text)
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["cluster"]["accelerators"] == 2048
    proc = run_process("evaluate", "-", stdin="{oops")
    assert proc.returncode == 2
    assert_one_line_error(proc.stderr, "<stdin>: not valid JSON (line 1, column 2): expecting property name enclosed in double quotes")


# --------------------------------------------------------------------------- in process


def test_entry_point_routes_cli_commands(capsys):
    assert entry_main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"colossus-desktop {__version__}"


def test_help_lists_commands_and_the_window_usage():
    code, out, _ = run("--help")
    assert code == 0
    assert "presets" in out and "evaluate" in out and "--preset ID" in out


def test_presets_json():
    code, out, _ = run("presets", "--json")
    assert code == 0
    data = json.loads(out)
    assert [d["id"] for d in data] == PRESET_IDS
    assert data[0]["default"] is True and all(d["sources"] for d in data)
    by_id = {d["id"]: d for d in data}
    assert (by_id["stargate-abilene"]["owner"], by_id["stargate-abilene"]["year"]) == ("OpenAI / Oracle", 2026)
    assert all(d["owner"] and isinstance(d["year"], int) for d in data)


@pytest.mark.parametrize("preset_id", PRESET_IDS)
def test_evaluate_json_holds_every_listed_key(preset_id):
    code, out, err = run("evaluate", "--preset", preset_id, "--json")
    assert code == 0, err
    doc = json.loads(out)
    s = load_preset(preset_id)
    assert doc["scenario"] == {"name": s.name, "precision": s.workload.precision, "preset": preset_id}
    for section, keys in REQUIRED_KEYS.items():
        for key in keys:
            assert key in doc[section], f"{section}.{key}"
    assert set(doc["cost"]["capex_breakdown_usd"]) >= {"accelerators", "servers", "network", "storage", "facility", "power_plant"}
    assert isinstance(doc["warnings"], list)
    assert doc["cluster"]["accelerators"] == sum(p.count for p in load_preset(preset_id).pools)


@pytest.mark.parametrize("preset_id", PRESET_IDS)
def test_save_load_evaluate_gives_identical_json(tmp_path, preset_id):
    path = tmp_path / f"{preset_id}.json"
    save_scenario(load_preset(preset_id), path)
    _, from_preset, _ = run("evaluate", "--preset", preset_id, "--json")
    code, from_file, err = run("evaluate", str(path), "--json")
    assert code == 0, err
    a, b = json.loads(from_preset), json.loads(from_file)
    a.pop("scenario"), b.pop("scenario")
    assert a == b


def test_evaluate_summary_is_readable():
    code, out, _ = run("evaluate", "--preset", "deepseek-v3")
    assert code == 0
    assert out.startswith("DeepSeek-V3 training run (2,048 H800)  (preset deepseek-v3)")
    for needle in ("Accelerators", "2,048", "PFLOP/s", "MW", "Capital cost", "$", "MFU", "(predicted)", "days",
                   "TP1 PP16 DP128 EP64", "ZeRO-1", "Memory per GPU", "of the FP8 peak"):
        assert needle in out


def test_evaluate_summary_shows_warnings():
    code, out, _ = run("evaluate", "--preset", "colossus-2")
    assert code == 0
    assert "Warnings" in out and "  ! " in out


MALFORMED = [
    ("not json", "{ nope", "not valid JSON (line 1, column 3): expecting property name enclosed in double quotes"),
    ("wrong type", lambda d: d["workload"].update(mfu="high"), "workload.mfu: must be a number"),
    ("missing field", lambda d: d["network"].pop("fabric"), "network.fabric: is required"),
    ("negative count", lambda d: d["pools"][0].update(count=-1), "pools[0].count: must be > 0"),
    ("unknown accelerator", lambda d: d["pools"][0].update(accelerator="h900"), None),
    ("newer schema", lambda d: d.update(schema_version=8), "was written by a newer Colossus Desktop (schema_version 8; this version reads up to 7)"),
    ("wrong marker", lambda d: d.update(format="other"), "not a Colossus Desktop scenario (format is 'other', expected \"colossus-desktop-scenario\")"),
]


@pytest.mark.parametrize("change, expected", [m[1:] for m in MALFORMED], ids=[m[0] for m in MALFORMED])
def test_malformed_files_exit_2_with_one_line(tmp_path, change, expected):
    path = tmp_path / "bad.json"
    if isinstance(change, str):
        path.write_text(change)
    else:
        doc = json.loads((REPO / "resources/presets/llama-3-405b.json").read_text())
        change(doc)
        path.write_text(json.dumps(doc, indent=2))
    code, out, err = run("evaluate", str(path), "--json")
    assert code == 2 and out == ""
    if expected is None:
        assert_one_line_error(err)
        assert err.startswith(f"colossus-desktop: error: {path}: pools[0].accelerator: unknown accelerator 'h900' (known: ")
    else:
        assert_one_line_error(err, f"{path}: {expected}")


def test_evaluate_json_gives_flags_with_figures_beside_the_words():
    """Scripts read codes and figures; people read the words; both say the same thing."""
    code, out, _ = run("evaluate", "--preset", "colossus-2", "--json")
    assert code == 0
    doc = json.loads(out)
    assert len(doc["flags"]) == len(doc["warnings"]) >= 1
    for flag, words in zip(doc["flags"], doc["warnings"]):
        assert flag["code"] in ("goodput_collapse", "power_shortfall", "peak_shortfall")
        figure = next(v for k, v in flag.items() if k != "code")
        assert f"{figure:,.0f}" in words or f"{figure:.0%}" in words


def test_evaluate_says_when_a_file_was_migrated(tmp_path):
    old = Path(__file__).parents[1] / "scenario" / "data" / "scenario_v2.json"
    code, out, err = run("evaluate", str(old))
    assert code == 0 and out
    assert "written with schema 2" in err and err.startswith("colossus-desktop: note:")
    code, _out, err = run("evaluate", "--preset", "deepseek-v3")
    assert code == 0 and "note" not in err


def test_layouts_lists_the_best_layouts_best_first():
    code, out, _err = run("layouts", "--preset", "llama-3-405b", "--top", "3")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:4] == ["#", "TP", "PP", "DP"] and len(lines) == 4
    assert lines[1].split()[1:4] == ["8", "16", "128"]  # the preset fixes Meta's TP8 PP16 DP128
    code, out, _err = run("layouts", "--preset", "deepseek-v3", "--top", "2", "--json")
    data = json.loads(out)
    assert code == 0 and len(data) == 2 and data[0]["ep"] == 64 and data[0]["fits"] is True
    assert data[0]["step_time_s"] <= data[1]["step_time_s"]
    code, out, _err = run("layouts", "--preset", "colossus-2")  # no model shape: says so
    assert code == 0 and "no complete shape" in out
    code, _out, err = run("layouts", "--preset", "llama-3-405b", "--top", "0")
    assert code == 2 and "--top" in err
