"""Every numeric editor's range is the scenario model's range, and every field adapter writes
and reads back a value. The oracle is pydantic itself (the loader's check), not the helper the
form uses, so a bound the form invents or drops fails here."""

from __future__ import annotations

from typing import Annotated

import pytest
from pydantic import TypeAdapter, ValidationError
from PySide6.QtWidgets import QSpinBox, QStyleOptionViewItem

from colossus_desktop.scenario.bounds import field_info
from colossus_desktop.scenario.model import CustomAccelerator, CustomSwitch
from colossus_desktop.scenario.presets import load_preset
from colossus_desktop.ui.builder import BuilderPanel, costs, facility, network, reliability, workload
from colossus_desktop.ui.builder import custom_accelerator as custom_form
from colossus_desktop.ui.builder import custom_switch
from colossus_desktop.ui.builder.adapters import ADAPTERS, FLOAT_CEILING, INT_CEILING
from colossus_desktop.ui.builder.fields import Field
from colossus_desktop.ui.builder.pools.model import COLUMNS
from colossus_desktop.ui.document import Document
from colossus_desktop.ui.edits import parse_path
from colossus_desktop.drawing.format import ensure_locale

NUMERIC = [
    spec.path
    for page in (network, facility, costs, workload, reliability)
    for _, specs in page.fields()
    for spec in specs
    if spec.kind in ("int", "float")
]


def _accepts(info):
    check = TypeAdapter(Annotated[info.annotation, info])

    def accepts(value) -> bool:
        try:
            check.validate_python(value)
        except ValidationError:
            return False
        return True

    return accepts


def _assert_range_is_the_models(w, info, scale=1.0, none_at_minimum=False):
    """The lowest and highest values the spin box offers are the model's, on the widget's grid."""
    accepts = _accepts(info)
    integer = isinstance(w, QSpinBox)
    step = 1 if integer else 10 ** -w.decimals()
    first = w.minimum() + step if none_at_minimum else w.minimum()
    assert accepts(_stored(first, scale, integer)), f"the model refuses the form's lowest value {first}"
    if not none_at_minimum:
        assert not accepts(_stored(first - step, scale, integer)), (
            f"the form stops at {first}, above the model's lowest value")
    top = w.maximum()
    assert top <= (INT_CEILING if integer else FLOAT_CEILING)
    assert accepts(_stored(top, scale, integer)), f"the model refuses the form's highest value {top}"
    # Every value a file may hold is one the form shows and edits (issue 12: a count of 2**63
    # loaded, then crashed the pools table): the model stops where the widget stops.
    assert not accepts(_stored(top + step, scale, integer)), f"the model accepts values above the form's {top}"


def _stored(shown, scale, integer):
    return int(round(shown / scale)) if integer else round(shown / scale, 12)  # the number the user means


@pytest.fixture(scope="module")
def panel(qapp):
    ensure_locale()
    p = BuilderPanel(Document(load_preset("colossus-2")))
    yield p
    p.deleteLater()


def test_every_numeric_field_is_checked(panel):
    from PySide6.QtWidgets import QAbstractSpinBox

    spins = {p for p, b in panel.binder.fields.items() if isinstance(b.widget, QAbstractSpinBox)}
    assert spins == set(NUMERIC)


@pytest.mark.parametrize("path", NUMERIC)
def test_form_range_is_the_models(panel, path):
    bound = panel.binder.fields[path]
    _assert_range_is_the_models(bound.widget, field_info(parse_path(path)), bound.spec.scale,
                                none_at_minimum=bool(bound.spec.none_text))


@pytest.mark.parametrize("key", ["count", "price_usd"])
def test_pool_table_editors_range_is_the_models(panel, key):
    page = panel.pools
    editor = page.delegate.createEditor(page.table.viewport(), QStyleOptionViewItem(), page.model.index(0, COLUMNS.index(key)))
    try:
        _assert_range_is_the_models(editor, field_info(["pools", 0, key]), none_at_minimum=key == "price_usd")
    finally:
        editor.deleteLater()


@pytest.mark.parametrize("spec", custom_form.specs(), ids=lambda s: s.key)
def test_custom_accelerator_form_range_is_the_models(qtbot, spec):
    w = custom_form.CustomAcceleratorDialog._spin(spec)  # as built, before a loaded figure widens its decimals
    qtbot.addWidget(w)
    _assert_range_is_the_models(w, CustomAccelerator.model_fields[spec.key], none_at_minimum=spec.optional or bool(spec.none_text))


@pytest.mark.parametrize("spec", custom_switch.specs(), ids=lambda s: s.key)
def test_custom_switch_form_range_is_the_models(qtbot, spec):
    w = custom_switch.CustomSwitchDialog._spin(spec)
    qtbot.addWidget(w)
    _assert_range_is_the_models(w, CustomSwitch.model_fields[spec.key], none_at_minimum=bool(spec.none_text))


def _choices():
    return [("a", "A", "first"), ("b", "B", "")]


# kind → (spec, values written then read back)
ROUND_TRIPS = {
    "float": (Field("workload.mfu", "MFU", "%", decimals=1, scale=100), [0.425, 1.0, 0.001]),
    "int": (Field("workload.gpus", "GPUs", kind="int", none_text="whole cluster"), [None, 1, 100_000, 100_000_000]),
    "choice": (Field("workload.precision", "Precision", kind="choice", choices=_choices), ["b", "a", "not-listed"]),
    "bool": (Field("workload.fused_kernels", "Fused kernels", kind="bool"), [False, True]),
    "text": (Field("workload.name", "Name", kind="text"), ["A run", ""]),
    "longtext": (Field("description", "Description", kind="longtext"), ["two\nlines", ""]),
    # None is the custom switch: the picker's "Custom switch…" entry
    "switch": (Field("network.switch", "Switch", kind="switch", choices=_choices), ["b", None, "a", "not-listed"]),
    "custom_switch": (Field("network.custom_switch", "Custom switch", kind="custom_switch"),
                      [None, CustomSwitch(name="S", ports=64, port_gbps=800, power_w=1500, price_usd=1e5), None]),
}


def test_every_kind_has_a_round_trip():
    assert set(ROUND_TRIPS) == set(ADAPTERS)


@pytest.mark.parametrize("kind", sorted(ROUND_TRIPS))
def test_adapter_round_trips_a_value(qtbot, kind):
    spec, values = ROUND_TRIPS[kind]
    adapter = ADAPTERS[kind]
    w = adapter.build(spec)
    qtbot.addWidget(w)
    for value in values:
        adapter.write(w, spec, value)
        got = adapter.read(w, spec)
        assert got == pytest.approx(value) if isinstance(value, float) else got == value, (kind, value, got)


def test_auto_round_trips_through_the_lowest_value(qtbot):
    spec = Field("workload.checkpoint_gb", "Checkpoint", "GB", decimals=0, none_text="auto", none_value="auto")
    adapter = ADAPTERS["float"]
    w = adapter.build(spec)
    qtbot.addWidget(w)
    for value in ("auto", 1234.0, "auto"):
        adapter.write(w, spec, value)
        assert adapter.read(w, spec) == value
