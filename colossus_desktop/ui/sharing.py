"""Structural sharing between successive states of the document, so that the undo history holds
the difference between steps, not a whole copy of the scenario per step.

An edit validates a whole new :class:`~colossus_desktop.scenario.model.Scenario`: every section,
pool and string is a new object even when one number changed. :func:`share_unchanged` gives
back a state equal to the new one in which every part that did not change *is* the previous
state's part (the same object). The history keeps a reference to each state; with sharing, a
step costs the objects along the path to what changed (the scenario shell, one section, one
pool) instead of the whole document — about 21 KiB for the colossus-2 preset without sharing
(tracemalloc), a few KiB with it (see ``tests/ui/test_sharing.py`` and ``bench/soak.py``).

States are never mutated (every edit builds a new one), which is what makes sharing safe. Parts
are shared when they are of the same type and equal (``==``), the test by which the document
already tells "no change" (so ``-0.0`` and ``0.0`` are one value here as there). No Qt here.
"""

from __future__ import annotations

from enum import Enum
from typing import Any, TypeVar

from pydantic import BaseModel

T = TypeVar("T")

_SCALARS = (str, bytes, int, bool, type(None), Enum)
_FULL_SCAN_MAX = 256  # list elements searched anywhere in the old list (moves); beyond, neighbours only


def share_unchanged(before: Any, after: T) -> T:
    """``after``, with every part equal to the matching part of ``before`` replaced by
    that part of ``before`` (the same object); ``before`` itself when the two are strictly equal.

    Neither argument is modified: a model or container that gains shared parts is a shallow
    copy. Models are matched field by field, dicts key by key, lists element by element (an
    element may also match one of ``before`` at a neighbouring or, for lists up to 256 long,
    any position, so inserting, removing or moving a pool keeps the others shared).
    """
    return _share(before, after)


def _share(before: Any, after: Any) -> Any:
    if before is after:
        return before
    if type(before) is not type(after):
        return after
    if isinstance(after, (BaseModel, list, tuple, dict)) and before == after:
        return before  # one comparison, mostly in C, for the common case of an untouched part
    if isinstance(after, BaseModel):
        return _share_model(before, after)
    if isinstance(after, list):
        items = _share_items(before, after)
        if len(items) == len(before) and all(x is y for x, y in zip(items, before)):
            return before
        return items if any(x is not y for x, y in zip(items, after)) else after
    if isinstance(after, tuple):
        items = _share_items(list(before), list(after))
        if len(items) == len(before) and all(x is y for x, y in zip(items, before)):
            return before
        return after
    if isinstance(after, dict):
        if before.keys() != after.keys():
            return after
        shared = {k: _share(before[k], v) for k, v in after.items()}
        if all(shared[k] is before[k] for k in shared):
            return before
        return shared if any(shared[k] is not v for k, v in after.items()) else after
    if isinstance(after, (float, *_SCALARS)):
        return before if before == after else after
    return after  # an unknown kind of value: kept as it is


def _share_model(before: BaseModel, after: BaseModel) -> BaseModel:
    fields = type(after).model_fields
    if (before.__pydantic_extra__ or {}) != (after.__pydantic_extra__ or {}):
        return after
    if getattr(before, "__pydantic_private__", None) != getattr(after, "__pydantic_private__", None):
        return after
    changes: dict[str, Any] = {}
    all_old = True
    for name in fields:
        a = after.__dict__.get(name)
        b = before.__dict__.get(name)
        shared = _share(b, a)
        if shared is not a:
            changes[name] = shared
        if shared is not b:
            all_old = False
    if all_old and before.model_fields_set == after.model_fields_set:
        return before
    if not changes:
        return after
    copy = after.model_copy()  # shallow: a new __dict__ holding the same values
    copy.__dict__.update(changes)
    return copy


def _share_items(before: list, after: list) -> list:
    out = []
    for i, a in enumerate(after):
        match = a
        candidates = [j for j in (i, i - 1, i + 1) if 0 <= j < len(before)]
        if len(before) <= _FULL_SCAN_MAX:
            candidates += [j for j in range(len(before)) if j not in candidates]
        for j in candidates:
            if type(before[j]) is type(a) and before[j] == a:
                match = before[j]
                break
        else:
            if candidates:  # no whole match: share what the element has in common with its old self
                j = i if i < len(before) else candidates[0]
                match = _share(before[j], a)
        out.append(match)
    return out
