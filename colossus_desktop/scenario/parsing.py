"""JSON text to plain data, for scenario files: every way the text can be wrong is one
:class:`~colossus_desktop.scenario.errors.ScenarioError` (no path: the caller adds it).

Stricter than :func:`json.loads`: a key twice in one object, ``NaN``/``Infinity`` and integers
longer than Python converts (4,300 digits, ``sys.get_int_max_str_digits``: ``json.loads``
raises a bare ``ValueError``) are refused, the last naming its field. A number like ``1e400``
parses to ``inf`` here and is refused by the model (``allow_inf_nan=False``). No Qt here.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from colossus_desktop.scenario.errors import ScenarioError, echo, format_loc

#: The most digits an integer in a scenario file may have before it is refused unread: Python's
#: own limit (4,300 by default), or 4,300 where the limit is switched off (0).
MAX_INT_DIGITS = getattr(sys, "get_int_max_str_digits", lambda: 0)() or 4300


class _DuplicateKey(Exception):
    def __init__(self, key: str):
        self.key = key


class _BadConstant(Exception):
    def __init__(self, name: str):
        self.name = name


class _LongInteger:
    """Stands in for an integer too long to convert, so the parse can finish and name its field."""

    def __init__(self, digits: int):
        self.digits = digits


def _no_duplicates(pairs: list[tuple[str, Any]]) -> dict:
    out: dict = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


def _no_constants(name: str):
    raise _BadConstant(name)


def _find(node: Any, loc: tuple = ()) -> tuple | None:
    """The location of the first :class:`_LongInteger` in ``node``, or None."""
    if isinstance(node, _LongInteger):
        return loc
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        found = _find(value, (*loc, key))
        if found is not None:
            return found
    return None


def parse_json(text: str) -> Any:
    """The data of a JSON document; :class:`ScenarioError` (one line, no path) when it is not
    JSON a scenario may be: malformed, a key twice, ``NaN``, or an integer over
    :data:`MAX_INT_DIGITS` digits (the error names its field)."""
    long_ones: list[_LongInteger] = []

    def parse_int(digits: str) -> int | _LongInteger:
        if len(digits.lstrip("-")) > MAX_INT_DIGITS:
            long_ones.append(_LongInteger(len(digits.lstrip("-"))))
            return long_ones[-1]
        return int(digits)

    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates, parse_constant=_no_constants, parse_int=parse_int)
    except json.JSONDecodeError as exc:
        raise ScenarioError(f"not valid JSON (line {exc.lineno}, column {exc.colno}): {_json_msg(exc.msg)}") from None
    except _DuplicateKey as exc:
        raise ScenarioError(f"not valid JSON for a scenario (the key {echo(exc.key)} appears twice in one object)") from None
    except _BadConstant as exc:
        raise ScenarioError(f"not valid JSON ({exc.name} is not a number JSON allows)") from None
    except RecursionError:
        raise ScenarioError("not valid JSON for a scenario (nested too deeply)") from None
    except ValueError as exc:  # anything else the decoder refuses, in one line
        raise ScenarioError(f"not valid JSON for a scenario ({_json_msg(str(exc))})") from None
    if long_ones:
        loc = _find(data)
        digits = long_ones[0].digits
        raise ScenarioError(f"is a number of {digits:,} digits, far too long to be a scenario's value",
                            field=format_loc(loc or ()) or None)
    return data


def _json_msg(msg: str) -> str:
    return msg[:1].lower() + msg[1:]


def document_text(text: str | bytes, what: str) -> str:
    """The text of a document file given as bytes or text: UTF-8 (a byte-order mark dropped);
    ScenarioError when it is not UTF-8 or holds nothing. ``what`` names the kind of document in
    the messages ("a Colossus Desktop scenario", "a comparison")."""
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ScenarioError(f"not a text file (not valid UTF-8), so not {what}") from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise ScenarioError(f"is empty, not {what}")
    return text
