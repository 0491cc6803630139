"""Pydantic's validation errors in words a user can act on, naming the document's field.

``validation_error(exc, data)`` turns the FIRST error of a :class:`pydantic.ValidationError`
into a :class:`~colossus_desktop.scenario.errors.ScenarioError` whose field is the path as the
user wrote it in the file (``pools[1].count``) and whose reason is plain English ("must be > 0",
"must be one of 'bf16', 'fp8'"). No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from pydantic import ValidationError

from colossus_desktop.scenario.errors import ScenarioError, format_loc


_SIMPLE = {
    "missing": "is required",
    "extra_forbidden": "unknown field",
    "float_type": "must be a number",
    "float_parsing": "must be a number",
    "finite_number": "must be a finite number",
    "int_type": "must be a whole number",
    "int_parsing": "must be a whole number",
    "int_from_float": "must be a whole number",
    "bool_type": "must be true or false",
    "bool_parsing": "must be true or false",
    "string_type": "must be text",
    "list_type": "must be a list",
    "dict_type": "must be an object",
    "model_type": "must be an object",
    "model_attributes_type": "must be an object",
    "none_required": "must be empty (null)",
}


def _literal_choices(expected: str) -> list[str]:
    """``"'bf16', 'fp8' or 'fp4'"`` → ``["bf16", "fp8", "fp4"]``."""
    return [m.group(2) for m in re.finditer(r"(['\"])(.*?)\1", expected)] or [expected]


def _bound(v: Any) -> str:
    if isinstance(v, float) and v.is_integer():
        v = int(v)
    return f"{v:,}" if isinstance(v, int) and abs(v) >= 10_000 else str(v)


def _reason(err: Mapping[str, Any]) -> str:
    kind = err["type"]
    ctx = err.get("ctx") or {}
    if kind in _SIMPLE:
        return _SIMPLE[kind]
    if kind == "greater_than":
        return f"must be > {_bound(ctx['gt'])}"
    if kind == "greater_than_equal":
        return f"must be >= {_bound(ctx['ge'])}"
    if kind == "less_than":
        return f"must be < {_bound(ctx['lt'])}"
    if kind == "less_than_equal":
        return f"must be <= {_bound(ctx['le'])}"
    if kind == "literal_error":
        return "must be one of: " + ", ".join(_literal_choices(str(ctx.get("expected", ""))))
    if kind in ("too_short", "string_too_short"):
        n = ctx.get("min_length", 1)
        if kind == "string_too_short":
            return "must not be empty" if n == 1 else f"must be at least {n} characters"
        return f"must have at least {n} item{'s' if n != 1 else ''}"
    if kind in ("too_long", "string_too_long"):
        n = ctx.get("max_length")
        unit = "characters" if kind == "string_too_long" else "items"
        return f"must have at most {n} {unit}"
    if kind == "value_error":
        return str(ctx.get("error", "")) or "is not valid"
    if kind == "assertion_error":
        return str(ctx.get("error", "")) or "is not valid"
    # Anything else: pydantic's message, lower-cased, without its "Input should be" phrasing.
    msg = str(err.get("msg", "is not valid"))
    msg = re.sub(r"^Input should be", "must be", msg)
    return msg[:1].lower() + msg[1:]


def _document_loc(loc: tuple, data: Any, kind: str) -> tuple:
    """Keep the part of ``loc`` that names places in the document.

    pydantic appends union member tags (``'float'``, ``"literal['auto']"``) to the location of
    a union field; those are not fields. Walk the data: keep each step that exists in it, and
    for a missing field keep the last (absent) name.
    """
    kept: list = []
    node = data
    for i, part in enumerate(loc):
        if isinstance(node, dict) and isinstance(part, str) and part in node:
            kept.append(part)
            node = node[part]
        elif isinstance(node, list) and isinstance(part, int) and 0 <= part < len(node):
            kept.append(part)
            node = node[part]
        else:
            if kind == "missing" and isinstance(node, dict) and i == len(loc) - 1:
                kept.append(part)
            break
    return tuple(kept)


def validation_error(exc: ValidationError, data: Any) -> ScenarioError:
    """The first failing field of a pydantic ValidationError, as a ScenarioError."""
    errors = exc.errors(include_url=False)
    first = errors[0]
    loc = _document_loc(tuple(first["loc"]), data, first["type"])
    reason = _reason(first)
    # A union field (e.g. a number or "auto") fails once per member: merge their reasons.
    same = [e for e in errors[1:] if _document_loc(tuple(e["loc"]), data, e["type"]) == loc and len(e["loc"]) > len(loc)]
    if same and len(first["loc"]) > len(loc):
        reasons = [reason] + [_reason(e) for e in same]
        choices = [r.removeprefix("must be one of: ") for r in reasons if r.startswith("must be one of: ")]
        others = [r.removeprefix("must be ") for r in reasons if not r.startswith("must be one of: ")]
        words = others + [f'"{c}"' for group in choices for c in group.split(", ")]
        reason = "must be " + " or ".join(dict.fromkeys(words))
    return ScenarioError(reason, field=format_loc(loc) or None)
