"""A shipped preset opened without validation (scenario/trusted.py) is the preset the validating
loader reads; the models build their validators only when asked."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from colossus_desktop.scenario import trusted
from colossus_desktop.scenario.errors import ScenarioError
from colossus_desktop.scenario.files import dumps_scenario
from colossus_desktop.scenario.model import Facility, Pool, Scenario
from colossus_desktop.scenario.presets import _preset_files, load_preset, preset_ids

ROOT = Path(__file__).resolve().parents[2]


def _types(value) -> object:
    """``value`` with every leaf replaced by its type, models by (class, their fields' types)."""
    if hasattr(type(value), "model_fields"):
        return (type(value), {name: _types(getattr(value, name)) for name in type(value).model_fields})
    if isinstance(value, (list, tuple)):
        return [_types(v) for v in value]
    if isinstance(value, dict):
        return {k: _types(v) for k, v in value.items()}
    return type(value)


def _fields_set(model) -> list:
    """Each nested model's ``model_fields_set``, depth first (what ``exclude_unset`` reads)."""
    out = [sorted(model.model_fields_set)]
    for name in type(model).model_fields:
        value = getattr(model, name)
        for item in value if isinstance(value, list) else [value]:
            if hasattr(type(item), "model_fields"):
                out += _fields_set(item)
    return out


@pytest.mark.parametrize("preset_id", preset_ids())
def test_every_shipped_preset_opens_as_the_validating_loader_reads_it(preset_id, monkeypatch):
    validated = load_preset(preset_id)

    def no_validation(*_a, **_k):
        raise AssertionError("open_preset validated")

    monkeypatch.setattr(Scenario, "model_validate", no_validation)
    monkeypatch.setattr("colossus_desktop.scenario.presets.load_preset", no_validation)
    opened = trusted.open_preset(preset_id)
    monkeypatch.undo()

    assert dumps_scenario(opened) == dumps_scenario(validated)  # the saved text: 1.0, not 1
    assert opened == validated
    assert _fields_set(opened) == _fields_set(validated)
    assert _types(opened) == _types(validated)  # 1000.0, not 1000, where a float is held
    assert trusted.verify(preset_id, opened) is opened


def test_construct_follows_the_annotations():
    pool = trusted.construct(Pool, {"accelerator": "h100-sxm", "count": 8, "arrival": "2025-01", "price_usd": 30000})
    assert isinstance(pool, Pool)
    assert pool.price_usd == 30000.0 and isinstance(pool.price_usd, float)  # float | None given an int
    assert isinstance(pool.count, int)
    assert pool.model_fields_set == {"accelerator", "count", "arrival", "price_usd"}
    assert pool.custom is None  # absent: its default

    facility = trusted.construct(Facility, {"cooling": "liquid", "pue": 1, "wue_l_per_kwh": 0.5,
                                            "build_cost_usd_per_mw": 1e7, "notes": {"pue": "a source"}})
    assert facility.pue == 1.0 and isinstance(facility.pue, float)
    assert facility.notes == {"pue": "a source"}


def test_a_whole_number_in_a_float_or_auto_field_becomes_a_float():
    from colossus_desktop.scenario.model import Workload

    data = load_preset("colossus-2").workload.model_dump(mode="json")
    data.update(checkpoint_gb=1000, checkpoint_interval_min="auto")  # float | Literal["auto"]
    made = trusted.construct(Workload, data)
    assert made.checkpoint_gb == 1000.0 and isinstance(made.checkpoint_gb, float)
    assert made.checkpoint_interval_min == "auto"
    assert _types(made) == _types(Workload.model_validate(data, strict=True))


@pytest.mark.parametrize("data", [
    {"count": 8, "arrival": "2025-01", "no_such_field": 1},
    [1, 2],
])
def test_construct_refuses_what_does_not_fit_the_models(data):
    with pytest.raises(trusted.NotConstructible):
        trusted.construct(Pool, data)


def _preset_folder(tmp_path: Path, edit) -> Path:
    folder = tmp_path / "presets"
    folder.mkdir()
    data = json.loads(_preset_files()["colossus-2"].read_text(encoding="utf-8"))
    edit(data)
    (folder / "colossus-2.json").write_text(json.dumps(data), encoding="utf-8")
    return folder


def test_a_preset_of_the_wrong_shape_is_read_by_the_validating_loader(tmp_path):
    folder = _preset_folder(tmp_path, lambda d: d.update(pools={"count": 3}))
    with pytest.raises(ScenarioError, match="pools"):
        trusted.open_preset("colossus-2", folder=folder)


def test_a_preset_that_does_not_validate_opens_and_then_fails_its_check(tmp_path):
    folder = _preset_folder(tmp_path, lambda d: d["facility"].update(pue=0.5))  # PUE below 1
    opened = trusted.open_preset("colossus-2", folder=folder)
    assert opened.facility.pue == 0.5  # shown first, unvalidated …
    with pytest.raises(ScenarioError, match="pue"):  # … refused by the check that follows
        trusted.verify("colossus-2", opened, folder=folder)


def test_an_unknown_or_unreadable_preset_gets_the_loaders_message(tmp_path):
    with pytest.raises(ScenarioError, match="unknown preset 'nope'"):
        trusted.open_preset("nope")
    folder = tmp_path / "presets"
    folder.mkdir()
    (folder / "broken.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ScenarioError, match="broken.json"):
        trusted.open_preset("broken", folder=folder)


FRESH = textwrap.dedent("""
    import sys
    from colossus_desktop.scenario import trusted
    from colossus_desktop.scenario.model import Scenario
    models = trusted._models()
    before = sum(m.__pydantic_complete__ for m in models)
    trusted.open_preset("colossus-2")
    opened = sum(m.__pydantic_complete__ for m in models)
    plugins = "pydantic.plugin._loader" in sys.modules
    trusted.build_validators()
    after = all(m.__pydantic_complete__ for m in trusted._models())
    print(len(models), before, opened, plugins, after)
""")


def test_validators_are_built_when_asked_not_on_import():
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    r = subprocess.run([sys.executable, "-c", FRESH], check=False, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert r.returncode == 0, r.stderr
    count, before, opened, plugins, after = r.stdout.split()
    assert int(count) >= 20  # the scenario's sections, uncertainty, catalog models, comparisons
    assert (before, opened, plugins) == ("0", "0", "False")  # nothing built to open a preset
    assert after == "True"
