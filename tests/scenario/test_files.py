"""Scenario files: canonical text, atomic saves, migrations and one-line errors."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from colossus_desktop.scenario import files
from colossus_desktop.scenario.errors import ScenarioError, format_loc
from colossus_desktop.scenario.files import (
    dumps_scenario,
    load_scenario,
    loads_scenario,
    migrate,
    save_scenario,
)
from colossus_desktop.scenario.model import SCHEMA_VERSION, Scenario

from .conftest import MINIMAL_DOC, small_catalog

# --------------------------------------------------------------------------- errors


def test_scenario_error_is_one_line_and_omits_missing_parts():
    assert str(ScenarioError("must be > 0", path="a.json", field="pools[1].count")) == "a.json: pools[1].count: must be > 0"
    assert str(ScenarioError("must be > 0", field="pools[1].count")) == "pools[1].count: must be > 0"
    assert str(ScenarioError("not valid JSON", path="a.json")) == "a.json: not valid JSON"
    assert str(ScenarioError("line one\nline two")) == "line one line two"
    err = ScenarioError("bad", path=Path("x.json"), field="f")
    assert (err.path, err.field, err.reason) == ("x.json", "f", "bad")
    assert isinstance(err, ValueError)


def test_format_loc():
    assert format_loc(("pools", 1, "count")) == "pools[1].count"
    assert format_loc(("finance", "depreciation_years", "facility")) == "finance.depreciation_years.facility"
    assert format_loc(()) == ""


# --------------------------------------------------------------------------- round trip


def test_canonical_text_is_stable_and_readable(doc, catalog):
    scenario = loads_scenario(json.dumps(doc), catalog=catalog)
    text = dumps_scenario(scenario)
    assert text.endswith("}\n") and "\n  \"format\": " in text  # 2-space indent
    assert list(json.loads(text)) == list(Scenario.model_fields)  # the model's order
    assert '"grid_mw": 150,' in text  # whole numbers without ".0"
    assert dumps_scenario(loads_scenario(text, catalog=catalog)) == text


def test_notes_come_after_the_values_they_explain(doc, catalog):
    doc["power"]["notes"] = {"grid_mw": "MLGW/TVA"}
    data = json.loads(dumps_scenario(loads_scenario(json.dumps(doc), catalog=catalog)))
    assert list(data["power"])[-1] == "notes"


def test_save_then_load_gives_an_equal_scenario(tmp_path, doc, catalog):
    scenario = loads_scenario(json.dumps(doc), catalog=catalog)
    path = tmp_path / "cluster.json"
    save_scenario(scenario, path)
    assert load_scenario(path, catalog=catalog) == scenario
    assert path.read_text(encoding="utf-8") == dumps_scenario(scenario)
    assert [p.name for p in tmp_path.iterdir()] == ["cluster.json"]  # no temp file left


_NUMBER = st.floats(min_value=0.1, max_value=1e6, allow_nan=False, allow_infinity=False)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    count=st.integers(min_value=1, max_value=2_000_000),
    year=st.integers(min_value=2015, max_value=2040),
    month=st.integers(min_value=1, max_value=12),
    mfu=st.floats(min_value=0.001, max_value=1.0),
    grid_mw=_NUMBER,
    params=_NUMBER,
    name=st.text(max_size=40),
    note=st.text(max_size=40),
    precision=st.sampled_from(["bf16", "fp8", "fp4"]),
    checkpoint=st.one_of(st.just("auto"), st.floats(min_value=1, max_value=1e6)),
    extra_pools=st.integers(min_value=0, max_value=3),
)
def test_valid_scenarios_round_trip(count, year, month, mfu, grid_mw, params, name, note, precision, checkpoint, extra_pools):
    catalog = small_catalog()
    doc = json.loads(json.dumps(MINIMAL_DOC))
    doc["name"] = name
    doc["pools"][0].update(count=count, arrival=f"{year:04d}-{month:02d}", note=note)
    for i in range(extra_pools):
        doc["pools"].append({"accelerator": "gb200-nvl72", "count": count + i, "arrival": "2026-01"})
    doc["workload"].update(mfu=mfu, params_total_b=params, precision=precision, checkpoint_gb=checkpoint)
    doc["power"].update(grid_mw=grid_mw, notes={"grid_mw": note})
    scenario = loads_scenario(json.dumps(doc), catalog=catalog)
    text = dumps_scenario(scenario)
    again = loads_scenario(text, catalog=catalog)
    assert again == scenario
    assert dumps_scenario(again) == text


# --------------------------------------------------------------------------- atomic save


def _saved(tmp_path, catalog, doc) -> tuple[Path, Scenario, str]:
    scenario = loads_scenario(json.dumps(doc), catalog=catalog)
    path = tmp_path / "cluster.json"
    save_scenario(scenario, path)
    return path, scenario, path.read_text(encoding="utf-8")


def test_failed_replace_leaves_the_old_file_and_no_temp_file(tmp_path, doc, catalog, monkeypatch):
    path, scenario, before = _saved(tmp_path, catalog, doc)
    changed = scenario.model_copy(update={"name": "Changed"})

    def boom(src, dst):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(files.os, "replace", boom)
    with pytest.raises(ScenarioError) as info:
        save_scenario(changed, path)
    assert str(info.value) == f"{path}: cannot save: permission denied"
    assert path.read_text(encoding="utf-8") == before
    assert [p.name for p in tmp_path.iterdir()] == ["cluster.json"]


def test_disk_full_during_write_leaves_the_old_file(tmp_path, doc, catalog, monkeypatch):
    path, scenario, before = _saved(tmp_path, catalog, doc)

    def full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", full)
    with pytest.raises(ScenarioError) as info:
        save_scenario(scenario.model_copy(update={"name": "Changed"}), path)
    assert info.value.reason == "cannot save: the disk is full"
    assert info.value.path == str(path)
    assert path.read_text(encoding="utf-8") == before
    assert [p.name for p in tmp_path.iterdir()] == ["cluster.json"]


def test_save_into_a_missing_folder_says_so(tmp_path, doc, catalog):
    scenario = loads_scenario(json.dumps(doc), catalog=catalog)
    target = tmp_path / "nope" / "cluster.json"
    with pytest.raises(ScenarioError) as info:
        save_scenario(scenario, target)
    assert str(info.value) == f"{target}: the folder does not exist"


#: Set by .ci/run, which runs the next test again as an unprivileged user: there, not running it
#: is a failure, not a skip.
MUST_RUN_UNPRIVILEGED = "COLOSSUS_TEST_UNPRIVILEGED"


def test_save_into_a_read_only_folder_says_permission_denied(tmp_path, doc, catalog):
    """Root writes into any folder, so this means something only for another user: the suite
    skips it as root, and .ci/run runs it as a throwaway unprivileged user."""
    if os.name != "posix" or os.geteuid() == 0:
        if os.environ.get(MUST_RUN_UNPRIVILEGED):
            pytest.fail(f"{MUST_RUN_UNPRIVILEGED} is set, but this runs as root or not on POSIX")
        pytest.skip("needs POSIX permissions and a non-root user")
    scenario = loads_scenario(json.dumps(doc), catalog=catalog)
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ScenarioError, match="permission denied"):
            save_scenario(scenario, folder / "cluster.json")
    finally:
        folder.chmod(0o700)


def test_save_keeps_the_existing_file_mode(tmp_path, doc, catalog):
    path, scenario, _ = _saved(tmp_path, catalog, doc)
    path.chmod(0o640)
    save_scenario(scenario, path)
    if os.name == "posix":
        assert path.stat().st_mode & 0o777 == 0o640


# --------------------------------------------------------------------------- migrations


def test_migrations_run_in_order_from_an_injected_registry():
    seen = []

    def one_to_two(d):
        seen.append(("1→2", d["schema_version"]))
        d["b"] = d.pop("a") * 2
        return d

    def two_to_three(d):
        seen.append(("2→3", d["schema_version"]))
        d["c"] = d.pop("b") + 1
        return d

    out = migrate({"schema_version": 1, "a": 5}, migrations={2: two_to_three, 1: one_to_two}, target=3)
    assert out == {"schema_version": 3, "c": 11}
    assert seen == [("1→2", 1), ("2→3", 2)]


def test_a_missing_migration_step_is_an_error():
    with pytest.raises(ScenarioError, match="no migration to version 2"):
        migrate({"schema_version": 1}, migrations={}, target=2)


def test_current_documents_need_no_migration():
    """(That the registry has one step per older version, and that the loader runs it on a real
    older file, is checked with the frozen files in test_frozen_files.py.)"""
    data = {"schema_version": SCHEMA_VERSION, "x": 1}
    assert migrate(dict(data)) == data


# --------------------------------------------------------------------------- malformed files

CASES = [
    ("not json", None, "{not json", "not valid JSON (line 1, column 2): expecting property name enclosed in double quotes"),
    ("truncated", None, '{"format": "colossus-desktop-scenario",', "not valid JSON (line 1, column 40): expecting property name enclosed in double quotes"),
    ("empty", None, "", "is empty, not a Colossus Desktop scenario"),
    ("a list", None, "[1, 2]", "not a Colossus Desktop scenario (expected a JSON object at the top level)"),
    ("NaN", None, '{"a": NaN}', "not valid JSON (NaN is not a number JSON allows)"),
    ("duplicate key", None, '{"a": 1, "a": 2}', "not valid JSON for a scenario (the key 'a' appears twice in one object)"),
    ("no marker", lambda d: d.pop("format"), None, 'not a Colossus Desktop scenario (the "format" marker is missing)'),
    ("wrong marker", lambda d: d.update(format="excel"), None, "not a Colossus Desktop scenario (format is 'excel', expected \"colossus-desktop-scenario\")"),
    ("newer schema", lambda d: d.update(schema_version=8), None, "was written by a newer Colossus Desktop (schema_version 8; this version reads up to 7)"),
    ("no schema", lambda d: d.pop("schema_version"), None, "schema_version: is required"),
    ("schema text", lambda d: d.update(schema_version="1"), None, "schema_version: must be a whole number"),
    ("negative count", lambda d: d["pools"][0].update(count=-5), None, "pools[0].count: must be > 0"),
    ("zero count", lambda d: d["pools"][0].update(count=0), None, "pools[0].count: must be > 0"),
    ("count text", lambda d: d["pools"][0].update(count="many"), None, "pools[0].count: must be a whole number"),
    ("count numeric text", lambda d: d["pools"][0].update(count="100"), None, "pools[0].count: must be a whole number"),
    ("fractional count", lambda d: d["pools"][0].update(count=2.5), None, "pools[0].count: must be a whole number"),
    ("unknown accelerator", lambda d: d["pools"][0].update(accelerator="h900"), None, "pools[0].accelerator: unknown accelerator 'h900' (known: gb200-nvl72, h100-sxm)"),
    ("unknown switch", lambda d: d["network"].update(switch="cisco"), None, "network.switch: unknown switch 'cisco' (known: spectrum-4-sn5600)"),
    ("unknown cooling", lambda d: d["facility"].update(cooling="ice"), None, "facility.cooling: unknown cooling 'ice' (known: air, direct-liquid)"),
    ("no accelerator", lambda d: d["pools"][0].pop("accelerator"), None, 'pools[0]: needs an accelerator: a catalog id in "accelerator" or a "custom" accelerator'),
    ("bad month", lambda d: d["pools"][0].update(arrival="July 2024"), None, "pools[0].arrival: must be a month written YYYY-MM, e.g. 2025-07"),
    ("unknown field", lambda d: d["pools"][0].update(colour="red"), None, "pools[0].colour: unknown field"),
    ("unknown top field", lambda d: d.update(grok=True), None, "grok: unknown field"),
    ("missing section", lambda d: d.pop("network"), None, "network: is required"),
    ("missing field", lambda d: d["network"].pop("fabric"), None, "network.fabric: is required"),
    ("no switch", lambda d: d["network"].pop("switch"), None,
     'network: needs a switch: a catalog id in "switch" or a "custom_switch"'),
    ("missing nested", lambda d: d["finance"]["depreciation_years"].pop("servers"), None, "finance.depreciation_years.servers: is required"),
    ("no pools", lambda d: d.update(pools=[]), None, "pools: must have at least 1 item"),
    ("pools object", lambda d: d.update(pools={}), None, "pools: must be a list"),
    ("section not object", lambda d: d.update(layout=8), None, "layout: must be an object"),
    ("number as text", lambda d: d["power"].update(grid_mw="150 MW"), None, "power.grid_mw: must be a number"),
    ("null number", lambda d: d["workload"].update(tokens_t=None), None, "workload.tokens_t: must be a number"),
    ("mfu above one", lambda d: d["workload"].update(mfu=1.5), None, "workload.mfu: must be <= 1"),
    ("bad precision", lambda d: d["workload"].update(precision="fp16"), None, "workload.precision: must be one of: bf16, fp8, fp4"),
    ("bad fabric", lambda d: d["network"].update(fabric="token-ring"), None, "network.fabric: must be one of: infiniband, ethernet, spectrum-x"),
    ("checkpoint text", lambda d: d["workload"].update(checkpoint_gb="big"), None, 'workload.checkpoint_gb: must be a number or "auto"'),
    ("checkpoint negative", lambda d: d["workload"].update(checkpoint_gb=-1), None, 'workload.checkpoint_gb: must be >= 1 or "auto"'),
    ("active above total", lambda d: d["workload"].update(params_active_b=100), None, "workload.params_active_b: must not exceed params_total_b (70)"),
    ("bool as text", lambda d: d["workload"].update(fused_kernels="yes"), None, "workload.fused_kernels: must be true or false"),
    ("name not text", lambda d: d.update(name=5), None, "name: must be text"),
    ("note not text", lambda d: d["layout"].update(notes={"gpus_per_node": 8}), None, "layout.notes.gpus_per_node: must be text"),
    ("zero depreciation", lambda d: d["finance"]["depreciation_years"].update(facility=0), None, "finance.depreciation_years.facility: must be >= 0.1"),
    ("pue below one", lambda d: d["facility"].update(pue=0.9), None, "facility.pue: must be >= 1"),
    ("first failure wins", lambda d: (d["pools"][0].update(count=-1), d["workload"].update(mfu=7)), None, "pools[0].count: must be > 0"),
]


@pytest.mark.parametrize("mutate, text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_malformed_documents_give_one_line_naming_the_field(tmp_path, doc, catalog, mutate, text, expected):
    if text is None:
        mutate(doc)
        text = json.dumps(doc, indent=2)
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ScenarioError) as info:
        load_scenario(path, catalog=catalog)
    message = str(info.value)
    assert message == f"{path}: {expected}"
    assert "\n" not in message and "pydantic" not in message.lower() and "Input should" not in message


def test_error_attributes_name_file_field_and_reason(tmp_path, doc, catalog):
    doc["pools"].append(dict(doc["pools"][0], count=-2))
    path = tmp_path / "two.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ScenarioError) as info:
        load_scenario(path, catalog=catalog)
    assert (info.value.path, info.value.field, info.value.reason) == (str(path), "pools[1].count", "must be > 0")


def test_unreadable_inputs(tmp_path, catalog):
    with pytest.raises(ScenarioError) as info:
        load_scenario(tmp_path / "missing.json", catalog=catalog)
    assert str(info.value) == f"{tmp_path / 'missing.json'}: file not found"
    with pytest.raises(ScenarioError) as info:
        load_scenario(tmp_path, catalog=catalog)
    assert info.value.reason == "is a folder, not a scenario file"
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\xff\xfe")
    with pytest.raises(ScenarioError, match="not valid UTF-8"):
        load_scenario(binary, catalog=catalog)


def test_a_byte_order_mark_is_accepted(tmp_path, doc, catalog):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(doc).encode())
    assert load_scenario(path, catalog=catalog).name == doc["name"]


def test_loads_without_a_path_names_only_field_and_reason(doc, catalog):
    doc["pools"][0]["count"] = -1
    with pytest.raises(ScenarioError) as info:
        loads_scenario(json.dumps(doc), catalog=catalog)
    assert str(info.value) == "pools[0].count: must be > 0"
