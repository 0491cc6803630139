"""A shipped preset opened without validating it first, validated once the window has started.

Validating a scenario needs the validators of the app's pydantic models, which pydantic builds
from their fields: measured on colossus-2 (docs/performance.md, "Start-up, sixth pass"), building
them takes ~60 ms, looking for pydantic plugins on the first build ~15 ms (pydantic imports
``importlib.metadata`` for it), and validating the preset ~20 ms. A window needs none of that to
draw a preset that shipped with the app, so:

* the models build their validators on first use (``defer_build=True`` in their configs), not
  when they are imported;
* :func:`open_preset` makes the preset's objects from its JSON with pydantic's
  ``model_construct`` (pydantic's way in for data that is already valid), field by field along
  the models' own annotations: a nested model, a list or dict of them, a float written as a whole
  number (strict validation gives ``1.0`` for ``1``);
* once the window has started, :func:`build_validators` builds every model's validators and
  :func:`verify` reads the same preset as any file is read (header, migrations, strict
  validation, catalog ids, uncertainty paths), so what the window showed is checked as
  everything else is. The window then reports a preset that fails or reads differently
  (``colossus_desktop.ui.app``).

Only for the presets shipped in the app's resources, opened at start-up: a file the user opens
is validated before a window is shown, so a bad file gets its message first.
``tests/scenario/test_trusted.py`` checks that every shipped preset is made here exactly as the
validating loader reads it (the same saved text, the same type of every value). No Qt here.
"""

from __future__ import annotations

import threading
import types
import typing
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from colossus_desktop.scenario.errors import ScenarioError
from colossus_desktop.scenario.files import read_document
from colossus_desktop.scenario.model import Scenario


class NotConstructible(ValueError):
    """The data does not fit the models' shape (a list where a section belongs …): read it with
    the validating loader instead, which names what is wrong."""


def construct(cls: type[BaseModel], data: Any) -> BaseModel:
    """An instance of ``cls`` made from the plain JSON data ``data`` without validation.

    ``data`` must be what ``cls.model_validate(data, strict=True)`` accepts; nothing is checked
    beyond its shape. Fields absent from ``data`` get their defaults; the fields given are the
    instance's ``model_fields_set``, as validation would make them. Raises
    :class:`NotConstructible` when ``data`` has not the models' shape.
    """
    if not isinstance(data, Mapping):
        raise NotConstructible(f"{cls.__name__}: expected an object, got {type(data).__name__}")
    values = {}
    fields = cls.model_fields
    for key, value in data.items():
        info = fields.get(key)
        if info is None:
            raise NotConstructible(f"{cls.__name__}: unknown field {key!r}")
        values[key] = _value(info.annotation, value)
    return cls.model_construct(**values)


def _value(annotation: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        return _value(typing.get_args(annotation)[0], value)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return construct(annotation, value)
    if origin in (typing.Union, types.UnionType):
        options = [_bare(a) for a in typing.get_args(annotation) if a is not type(None)]
        if len(options) == 1:
            return _value(options[0], value)
        if any(isinstance(a, type) and issubclass(a, BaseModel) for a in options) or \
                any(typing.get_origin(a) in (list, tuple, dict) for a in options):
            raise NotConstructible(f"a union of {options} is not made here")
        if float in options and int not in options:
            return _value(float, value)  # e.g. float | Literal["auto"] given 1000: 1000.0
        return value  # e.g. str | Literal[…]: plain JSON values
    if origin in (list, tuple):
        if not isinstance(value, list):
            raise NotConstructible(f"expected a list, got {type(value).__name__}")
        args = typing.get_args(annotation)
        item = args[0] if args else Any
        items = [_value(item, v) for v in value]
        return items if origin is list else tuple(items)
    if origin is dict:
        if not isinstance(value, Mapping):
            raise NotConstructible(f"expected an object, got {type(value).__name__}")
        item = typing.get_args(annotation)[1]
        return {k: _value(item, v) for k, v in value.items()}
    if annotation is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)  # strict validation accepts 1 for a float and holds 1.0
    return value


def _bare(annotation: Any) -> Any:
    """``X`` for ``Annotated[X, …]``, else the annotation itself."""
    return typing.get_args(annotation)[0] if typing.get_origin(annotation) is typing.Annotated else annotation


def open_preset(preset_id: str, folder: Path | None = None) -> Scenario:
    """The shipped preset ``preset_id`` as a Scenario, read without validation (see the module's
    docstring); :func:`verify` validates it afterwards.

    Raises ScenarioError for an unknown id or a file that cannot be read, has no valid header or
    cannot be migrated; a file whose data has not the models' shape is read by the validating
    loader (``load_preset``), which raises a ScenarioError naming what is wrong.
    """
    from colossus_desktop.scenario.presets import _preset_files, load_preset

    path = _preset_files(folder).get(preset_id)
    if path is None:
        return load_preset(preset_id, folder=folder)  # its message lists the known presets
    try:
        return construct(Scenario, read_document(path))  # read as any file is, not validated
    except (ScenarioError, NotConstructible, ValueError, TypeError, AttributeError):
        return load_preset(preset_id, folder=folder)  # its message names what is wrong


def verify(preset_id: str, opened: Scenario, folder: Path | None = None) -> Scenario:
    """The preset ``preset_id`` read and validated as any scenario file is.

    Returns ``opened`` itself when the validated preset saves to the same text, else the
    validated preset; raises ScenarioError when the preset does not validate.
    """
    from colossus_desktop.scenario.files import dumps_scenario
    from colossus_desktop.scenario.presets import load_preset

    checked = load_preset(preset_id, folder=folder)
    return opened if dumps_scenario(checked) == dumps_scenario(opened) else checked


_built = False
_build_lock = threading.Lock()


def _models() -> list[type[BaseModel]]:
    """The app's model classes imported so far, each after those it was defined after."""
    found: list[type[BaseModel]] = []
    stack = list(BaseModel.__subclasses__())
    while stack:
        cls = stack.pop(0)
        stack.extend(cls.__subclasses__())
        if cls.__module__.startswith("colossus_desktop.") and cls not in found:
            found.append(cls)
    return found


def build_validators() -> None:
    """Build the validators of every model of the app not built yet (a first validation would
    build its own; this builds them all at a time the user does not wait on). Call it on the GUI
    thread before work that validates in another thread: pydantic builds them lazily without a
    lock. Safe to call again: after the first call it only checks a flag."""
    global _built
    if _built:
        return
    with _build_lock:
        if _built:
            return
        from colossus_desktop.scenario import comparison, model, models, uncertainty  # noqa: F401 - all of them

        for cls in _models():
            if not cls.__pydantic_complete__:
                cls.model_rebuild()
        _built = True
