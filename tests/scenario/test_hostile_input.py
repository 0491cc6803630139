"""Issue 12's faults at the loader: each file a fuzzer found is refused in one line that names
the field, or loads into a document the form can show (no Qt here; the window's Open and the
command line replay the same files from ``tests/corpus``)."""

from __future__ import annotations

import copy
import json

import pytest

from colossus_desktop.scenario.errors import ECHO_CHARS, ScenarioError, clip, echo
from colossus_desktop.scenario.files import dumps_scenario, loads_scenario, save_scenario, scenario_from_data
from colossus_desktop.scenario.model import Scenario
from colossus_desktop.scenario.parsing import MAX_INT_DIGITS, parse_json

from .conftest import MINIMAL_DOC, small_catalog


def _load(text: str, path: str = "f.json") -> Scenario:
    return loads_scenario(text, path=path, catalog=small_catalog())


def _text(edit, raw: tuple[str, str] | None = None) -> str:
    doc = copy.deepcopy(MINIMAL_DOC)
    edit(doc)
    text = json.dumps(doc)
    if raw is not None:
        assert raw[0] in text
        text = text.replace(*raw)
    return text


@pytest.mark.parametrize(("edit", "raw", "expected"), [
    (lambda d: d["pools"][0].update(count=2**63), None, "f.json: pools[0].count: must be <= 100,000,000"),
    (lambda d: d["pools"][0].update(count=10**300), None, "f.json: pools[0].count: must be <= 100,000,000"),
    (lambda d: d["workload"].update(gpus=2**31), None, "f.json: workload.gpus: must be <= 100,000,000"),
    (lambda d: d["network"].update(pod_gpus=2**40), None, "f.json: network.pod_gpus: must be <= 100,000,000"),
    (lambda d: d["workload"].update(parallelism={"dp": 2**31}), None,
     "f.json: workload.parallelism.dp: must be <= 100,000,000"),
    (lambda d: d["power"].update(grid_mw=12345.5), ("12345.5", "1e400"), "f.json: power.grid_mw: must be a finite number"),
    (lambda d: d["power"].update(grid_mw=12345.5), ("12345.5", "-1e400"), "f.json: power.grid_mw: must be a finite number"),
    (lambda d: d["workload"].update(checkpoint_gb=12345.5), ("12345.5", "1e999"),
     'f.json: workload.checkpoint_gb: must be a finite number or "auto"'),
    (lambda d: d["workload"].update(mfu=5e-324), None, "f.json: workload.mfu: must be >= 0.001"),
    (lambda d: d["workload"].update(tokens_t=1e300), None, "f.json: workload.tokens_t: must be <= 1,000,000"),
    (lambda d: d["costs"].update(staff_count=1e300), None, "f.json: costs.staff_count: must be <= 1,000,000"),
])
def test_a_value_beyond_the_bounds_is_refused_naming_the_field(edit, raw, expected):
    with pytest.raises(ScenarioError) as info:
        _load(_text(edit, raw))
    assert str(info.value) == expected


def test_an_integer_too_long_for_python_is_refused_naming_the_field():
    """json.loads raises a bare ValueError past 4,300 digits: that escaped as "internal error"."""
    text = _text(lambda d: d["pools"][0].update(count=424242), ("424242", "7" * (MAX_INT_DIGITS + 1)))
    with pytest.raises(ScenarioError) as info:
        _load(text)
    assert str(info.value) == f"f.json: pools[0].count: is a number of {MAX_INT_DIGITS + 1:,} digits, far too long to be a scenario's value"
    # anywhere: the header, a note, a list
    for where in ('"schema_version": 3', '"name": "H100"'):
        key = where.split(":")[0]
        with pytest.raises(ScenarioError) as info:
            _load(_text(lambda d: None, (where, f'{key}: -{"9" * 5000}')))
        assert f"{key.strip(chr(34))}: is a number of 5,000 digits" in str(info.value)
    assert parse_json("[" + "1" * MAX_INT_DIGITS + "]")[0] > 0  # at the limit: read


def test_echoed_values_are_capped():
    huge = "x" * 1_000_000
    for edit, field in [(lambda d: d["pools"][0].update(accelerator=huge), "pools[0].accelerator"),
                        (lambda d: d["facility"].update(cooling=huge), "facility.cooling"),
                        (lambda d: d.update(format=huge), None)]:
        with pytest.raises(ScenarioError) as info:
            _load(_text(edit))
        message = str(info.value)
        assert "x" * ECHO_CHARS not in message and "…" in message and len(message) < 2_500, message[:200]
        assert field is None or f": {field}: " in message
    # an unknown key of a megabyte: the field path is clipped too
    with pytest.raises(ScenarioError) as info:
        _load(_text(lambda d: d["network"].update({huge: 1})))
    assert str(info.value).startswith("f.json: network.xxx") and len(str(info.value)) < 200
    # a duplicated key of a megabyte
    with pytest.raises(ScenarioError) as info:
        _load('{"format": 1, "' + huge + '": 1, "' + huge + '": 2}')
    assert len(str(info.value)) < 200


def test_echo_and_clip():
    assert clip("abc", 3) == "abc" and clip("abcd", 3) == "ab…"
    assert echo("abc") == "'abc'" and len(echo("y" * 500)) <= ECHO_CHARS + 2
    assert echo(10**5000).startswith("a number of about 5,00")  # never str() of a huge int
    assert echo(12.5) == "12.5"


def test_inf_never_enters_a_document_and_save_names_file_and_field(tmp_path):
    good = scenario_from_data(copy.deepcopy(MINIMAL_DOC), small_catalog())
    with pytest.raises(ValueError, match="finite"):
        good.power.grid_mw = float("inf")  # assignment is validated too
    # a document built around validation (model_construct) still cannot be saved silently
    bad = good.model_copy(update={"power": good.power.model_construct(**{**good.power.model_dump(), "grid_mw": float("nan")})})
    with pytest.raises(ScenarioError) as info:
        dumps_scenario(bad)
    assert str(info.value) == "power.grid_mw: must be a finite number (JSON has no infinity or NaN)"
    target = tmp_path / "out.json"
    with pytest.raises(ScenarioError) as info:
        save_scenario(bad, target)
    assert str(info.value).startswith(f"{target}: power.grid_mw: must be a finite number")
    assert not target.exists() and not list(tmp_path.iterdir())
