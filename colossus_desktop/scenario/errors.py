"""The one error a scenario file, a preset or a catalog look-up can raise.

``str(ScenarioError)`` is the single line the CLI and the GUI show: ``FILE: FIELD: REASON``,
leaving out the parts that are unknown. No Qt, no pydantic here.
"""

from __future__ import annotations

import os
from collections.abc import Iterable


#: The most characters of a user's value an error message repeats: a 1 MB name helps nobody.
ECHO_CHARS = 80
#: The longest reason a ScenarioError shows (a safety net; the catalog's "known: …" lists fit).
REASON_CHARS = 2000


def clip(text: str, limit: int = ECHO_CHARS) -> str:
    """``text`` cut to at most ``limit`` characters, an ellipsis marking the cut."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def echo(value: object, limit: int = ECHO_CHARS) -> str:
    """``value`` as an error message quotes it: text in quotes (``repr``), anything else as
    written, at most ``limit`` characters. A whole number too long to write (Python refuses
    over 4,300 digits) is described by its length instead."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 1000:
        return f"a number of about {int(value.bit_length() * 0.30103) + 1:,} digits"
    if isinstance(value, str):
        return repr(clip(value, limit - 2)) if len(value) > limit - 2 else repr(value)
    return clip(str(value), limit)


class ScenarioError(ValueError):
    """A scenario that cannot be read, saved or turned into engine inputs.

    Attributes:
        path: the file involved, or ``None`` (a document built in memory).
        field: the field path, e.g. ``"pools[1].count"``, or ``None`` (the whole file).
        reason: what is wrong, in words a user can act on.
    """

    def __init__(self, reason: str, *, path: str | os.PathLike[str] | None = None, field: str | None = None):
        self.path = None if path is None else os.fspath(path)
        self.field = field or None
        self.reason = str(reason)
        super().__init__(str(self))

    def with_path(self, path: str | os.PathLike[str] | None) -> ScenarioError:
        """The same error, naming ``path`` (keeps the chained cause)."""
        err = ScenarioError(self.reason, path=path, field=self.field)
        err.__cause__ = self.__cause__
        return err

    def __str__(self) -> str:
        parts = [p for p in (self.path, self.field) if p]
        # Keep the line one line, and short, whatever the reason carries.
        reason = clip(" ".join(self.reason.split()), REASON_CHARS)
        return ": ".join([*parts, reason])

    def __repr__(self) -> str:
        return f"ScenarioError({self.reason!r}, path={self.path!r}, field={self.field!r})"


def format_loc(loc: Iterable[str | int]) -> str:
    """``("pools", 1, "count")`` → ``"pools[1].count"``; ``()`` → ``""``. A name longer than
    :data:`ECHO_CHARS` (an unknown key in a file can be any length) is clipped."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            name = clip(str(part))
            out += f".{name}" if out else name
    return out
