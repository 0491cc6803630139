"""The catalog reader (engine/catalog.py) on a small hand-written catalog: the exact items,
specs, tooltips and error messages that kill mutmut's survivors (docs/validation.md).

Mutant names are mutmut's (``x_<function>__mutmut_<n>``; methods ``xǁ<Class>ǁ<method>``).
"""

from __future__ import annotations

import json

import pytest

from colossus_desktop.engine.catalog import Catalog, CatalogError, Item, Spec, load_catalog

HEAD = {"format": "colossus-desktop-catalog", "version": 1}
BF16 = {"value": 100, "source": "S", "confidence": "H", "low": 90, "high": 110, "unit": "TFLOP/s", "note": "N"}


def _speed(gbps):
    return {"gbps": {"value": gbps, "source": "s", "confidence": "M"}}


def _write(folder, accelerators=None, **replace):
    files = {
        "accelerators": {**HEAD, "kind": "accelerators",
                         "items": accelerators or [{"id": "x1", "name": "X1", "specs": {"bf16_tflops": BF16}}]},
        "network": {**HEAD, "kind": "network", "items": [
            {"id": "sw", "name": "SW", "type": "switch", "vendor": "V", "summary": "Sum", "specs": {}},
            {"id": "o0", "name": "O0", "type": "optic", "specs": {}},
            {"id": "o4", "name": "O4", "type": "optic", "specs": _speed(400)},
            {"id": "o8", "name": "O8", "type": "optic", "specs": _speed(800)},
            {"id": "n1", "name": "N1", "type": "nic"},
        ]},
        "facility": {**HEAD, "kind": "facility"},  # no "items" at all: an empty list
        "power": {**HEAD, "kind": "power", "items": []},
        "defaults": {**HEAD, "kind": "defaults",
                     "defaults": {"power.utilization": {"value": 0.75, "source": "s", "confidence": "L"}}},
    }
    files.update(replace)
    for name, data in files.items():
        (folder / f"{name}.json").write_text(json.dumps(data), encoding="utf-8")
    return str(folder)


def test_items_and_specs_are_read_whole(tmp_path):
    # Every field of Spec and Item as written; missing type/vendor/summary/specs take their defaults
    # ("accelerator" for accelerators.json, "" and {}); only type "switch" lands in switches.
    # Kills x__spec__mutmut_18 … _47, x__items__mutmut_9, _11, _15, _24, _26, _29 … _64,
    # x__by_type__mutmut_1.
    cat = load_catalog(_write(tmp_path))
    assert cat.accelerators == {"x1": Item(id="x1", name="X1", type="accelerator", vendor="", summary="",
                                           specs={"bf16_tflops": Spec(100, "S", "H", 90, 110, "TFLOP/s", "N")})}
    assert cat.switches == {"sw": Item(id="sw", name="SW", type="switch", vendor="V", summary="Sum", specs={})}
    assert cat.nics == {"n1": Item(id="n1", name="N1", type="nic", vendor="", summary="", specs={})}
    assert list(cat.optics) == ["o0", "o4", "o8"] and cat.cooling == {} and cat.grids == {}
    assert cat.default("power.utilization") == 0.75


@pytest.mark.parametrize(
    "spec, message",
    [
        ({"source": "S", "confidence": "H"}, "accelerators.json: items[0] (x1).k: expected an object with a 'value'"),
        ({"value": 1, "source": "S", "confidence": "Z"}, "accelerators.json: items[0] (x1).k: confidence must be one of H, M, L"),
    ],
)
def test_bad_specs_name_the_item_and_key(tmp_path, spec, message):
    # Kills x__spec__mutmut_1 (or → and: a spec without "value" would fail later as "missing 'value'"),
    # _6 and _17 (no message).
    folder = _write(tmp_path, accelerators=[{"id": "x1", "name": "X1", "specs": {"k": spec}}])
    with pytest.raises(CatalogError) as err:
        load_catalog(folder)
    assert str(err.value) == message


def test_an_item_without_a_name_is_reported(tmp_path):
    # Kills x__items__mutmut_65 (no message) and _66 (exc.args[1]: IndexError).
    folder = _write(tmp_path, accelerators=[{"id": "x1", "specs": {}}])
    with pytest.raises(CatalogError) as err:
        load_catalog(folder)
    assert str(err.value) == "accelerators.json: items[0]: missing 'name'"


def test_a_file_of_the_wrong_kind_is_refused(tmp_path):
    # Right format marker, wrong kind. Kills x__read__mutmut_8 (or → and) and _19 (no message).
    folder = _write(tmp_path, power={**HEAD, "kind": "network", "items": []})
    with pytest.raises(CatalogError) as err:
        load_catalog(folder)
    assert str(err.value) == f"{tmp_path / 'power.json'}: not a Colossus Desktop power catalog"


def test_optic_for_picks_the_slowest_that_fits_else_the_fastest(tmp_path):
    # Optics 400 and 800 Gb/s and one without a speed (counts as 0). 400 → O4 (not O8); 0.5 → O4
    # (the speedless one does not fit); 1,600 → none fits, the fastest: O8.
    # Kills xǁCatalogǁoptic_for__mutmut_* (the filter's default 0, the fallback's key and order,
    # fitting[1]).
    cat = load_catalog(_write(tmp_path))
    assert cat.optic_for(400).id == "o4"
    assert cat.optic_for(0.5).id == "o4"
    assert cat.optic_for(1600).id == "o8"


def test_no_optics_and_unknown_accelerators_are_errors(tmp_path):
    # Kills xǁCatalogǁoptic_for__mutmut_* (the "no optical modules" message) and
    # xǁCatalogǁaccelerator__mutmut_1 (KeyError(None)).
    cat = load_catalog(_write(tmp_path))
    empty = Catalog(**{**cat.__dict__, "optics": {}})
    with pytest.raises(CatalogError) as err:
        empty.optic_for(400)
    assert str(err.value) == "the catalog has no optical modules"
    with pytest.raises(KeyError) as missing:
        cat.accelerator("nope")
    assert missing.value.args == ("unknown accelerator 'nope'",)


def test_item_value_falls_back_to_the_default():
    # A missing key and a null value give the default. Kills xǁItemǁvalue__mutmut_* (and → or swaps).
    item = Item(id="i", name="I", type="t", specs={"gbps": Spec(None, "s", "H")})
    assert item.value("gbps", 7) == 7
    assert item.value("missing", 8) == 8


def test_spec_tooltips():
    # "<source>[ (range low–high)]; confidence <high|medium|low|as given>[. <note>]", thousands
    # separated, no range when low == high. Kills xǁSpecǁdescribe__mutmut_1 … _24.
    assert Spec(1, "Src", "M", low=1000, high=2500, note="Nt").describe() == "Src (range 1,000–2,500); confidence medium. Nt"
    assert Spec(1, "Src", "H", low=5, high=5).describe() == "Src; confidence high"
    assert Spec(1, "Src", "L").describe() == "Src; confidence low"
    assert Spec(1, "Src", "Q").describe() == "Src; confidence Q"


def test_cable_for_picks_the_slowest_that_fits_else_the_fastest_else_none(tmp_path):
    # Cables without a speed (first, counts as 0), 400 and 800 Gb/s. 400 → C4 (not C8); 0.5 → C4 (the
    # speedless one does not fit); 1,600 → none fits, the fastest: C8; no cables at all → None.
    # Kills xǁCatalogǁcable_for__mutmut_1, _6, _7, _9 … _13 (the filter: its key, its default 0, ≥),
    # _18 … _31 (the fallback: its condition, list, key and order; a missing speed as None) and _33,
    # _34 (always None; fitting[0] of an empty list).
    network = {**HEAD, "kind": "network", "items": [
        {"id": "c0", "name": "C0", "type": "cable", "specs": {}},
        {"id": "c4", "name": "C4", "type": "cable", "specs": _speed(400)},
        {"id": "c8", "name": "C8", "type": "cable", "specs": _speed(800)},
    ]}
    cat = load_catalog(_write(tmp_path, network=network))
    assert list(cat.cables) == ["c0", "c4", "c8"]
    assert cat.cable_for(400).id == "c4"
    assert cat.cable_for(0.5).id == "c4"
    assert cat.cable_for(1600).id == "c8"
    assert Catalog(**{**cat.__dict__, "cables": {}}).cable_for(400) is None


def test_the_fastest_fallback_puts_items_without_a_speed_last(tmp_path):
    # An optic and a cable without a speed (first, counting as 0) and one of 0.5 Gb/s each. Nothing
    # fits 400 Gb/s, so the fastest: the 0.5 Gb/s one (−0.5 sorts before −0).
    # Kills xǁCatalogǁoptic_for__mutmut_32 and xǁCatalogǁcable_for__mutmut_32 (a missing speed counted
    # as 1 in the fallback: the speedless item would be "the fastest").
    slow = _speed(0.5)
    network = {**HEAD, "kind": "network", "items": [
        {"id": "o0", "name": "O0", "type": "optic", "specs": {}},
        {"id": "oh", "name": "OH", "type": "optic", "specs": slow},
        {"id": "c0", "name": "C0", "type": "cable", "specs": {}},
        {"id": "ch", "name": "CH", "type": "cable", "specs": slow},
    ]}
    cat = load_catalog(_write(tmp_path, network=network))
    assert cat.optic_for(400).id == "oh"
    assert cat.cable_for(400).id == "ch"
