"""The allowed range of a numeric scenario field, read from the model's own constraints.

One definition for the loader (pydantic validates files against the same ``Field(gt=…, le=…)``
constraints), the builder form (its spin boxes take their range from here) and any later reader:
none of them writes a bound of its own. No Qt here.

A field is named by the model that declares it and its name (``bounds_of(Network, "link_gbps")``)
or by the parts of a scenario path (``bounds_at(["pools", 0, "count"])``; a pool index or any
list index is skipped).
"""

from __future__ import annotations

import math
import types
import typing
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import annotated_types as at
from pydantic import BaseModel
from pydantic.fields import FieldInfo

from colossus_desktop.scenario.model import Scenario


@dataclass(frozen=True)
class Bounds:
    """``low``/``high`` in the field's stored unit (``None``: unbounded on that side).

    ``low_exclusive`` is pydantic's ``gt`` (else ``ge``); ``high_exclusive`` is ``lt`` (else
    ``le``). ``integer`` is true when the field holds whole numbers (``int`` or ``int | None``).
    """

    low: float | None = None
    low_exclusive: bool = False
    high: float | None = None
    high_exclusive: bool = False
    integer: bool = False

    def contains(self, value: float) -> bool:
        """Whether ``value`` (stored unit) satisfies the numeric constraints."""
        if self.low is not None and (value <= self.low if self.low_exclusive else value < self.low):
            return False
        if self.high is not None and (value >= self.high if self.high_exclusive else value > self.high):
            return False
        return True

    def inclusive(self, resolution: float, scale: float = 1.0) -> tuple[float | None, float | None]:
        """The closed range ``(low, high)`` on a grid of step ``resolution``, in shown units.

        Shown = stored × ``scale`` (a fraction shown as % has ``scale=100``). An exclusive bound
        moves one ``resolution`` inwards (``gt=0`` with one decimal shown gives ``0.1``); an
        integer field never moves less than 1. ``None`` stays ``None`` (unbounded).
        """
        step = max(resolution, 1) if self.integer else resolution
        low = high = None
        if self.low is not None:
            low = self.low * scale + (step if self.low_exclusive else 0)
            if self.integer:
                low = math.ceil(low)
        if self.high is not None:
            high = self.high * scale - (step if self.high_exclusive else 0)
            if self.integer:
                high = math.floor(high)
        return low, high


def _is_integer(annotation: Any) -> bool:
    """``int`` or an optional/union whose only number type is ``int`` (``bool`` excluded)."""
    if annotation is int:
        return True
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        return any(a is int for a in args) and not any(a is float for a in args)
    return False


def _metadata(info: FieldInfo) -> list:
    """The field's constraints; for a union such as ``Annotated[float, Field(gt=0)] | Literal["auto"]``
    (whose constraints cannot sit on the union), those of its annotated number member."""
    if info.metadata:
        return list(info.metadata)
    for arg in typing.get_args(info.annotation):
        if typing.get_origin(arg) is typing.Annotated:
            found = []
            for extra in arg.__metadata__:
                found.extend(extra.metadata if isinstance(extra, FieldInfo) else [extra])
            return found
    return []


def bounds_from(info: FieldInfo) -> Bounds:
    """The :class:`Bounds` of one pydantic field (its ``Gt``/``Ge``/``Lt``/``Le`` metadata)."""
    low = high = None
    low_ex = high_ex = False
    for m in _metadata(info):
        if isinstance(m, at.Gt):
            low, low_ex = m.gt, True
        elif isinstance(m, at.Ge):
            low, low_ex = m.ge, False
        elif isinstance(m, at.Lt):
            high, high_ex = m.lt, True
        elif isinstance(m, at.Le):
            high, high_ex = m.le, False
    return Bounds(low, low_ex, high, high_ex, _is_integer(info.annotation))


def bounds_of(model: type[BaseModel], name: str) -> Bounds:
    """The :class:`Bounds` of field ``name`` of ``model``; ``KeyError`` if it has no such field."""
    return bounds_from(model.model_fields[name])


def _model_of(annotation: Any) -> type[BaseModel] | None:
    """The pydantic model inside ``Model``, ``Model | None`` or ``list[Model]``, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_of(arg)
        if found is not None:
            return found
    return None


def field_info(parts: Sequence[str | int], root: type[BaseModel] = Scenario) -> FieldInfo:
    """The pydantic ``FieldInfo`` at a path's parts (``["pools", 0, "count"]``).

    Integer parts (list indices) are skipped; ``KeyError`` names a part the model lacks.
    """
    model: type[BaseModel] | None = root
    info: FieldInfo | None = None
    for part in parts:
        if isinstance(part, int):
            continue
        if model is None:
            raise KeyError(part)
        info = model.model_fields[part]
        model = _model_of(info.annotation)
    if info is None:
        raise KeyError("empty path")
    return info


def bounds_at(parts: Sequence[str | int], root: type[BaseModel] = Scenario) -> Bounds:
    """The :class:`Bounds` of the field at a path's parts (see :func:`field_info`)."""
    return bounds_from(field_info(parts, root))
