"""The one error a scenario file, a preset or a catalog look-up can raise.

``str(ScenarioError)`` is the single line the CLI and the GUI show: ``FILE: FIELD: REASON``,
leaving out the parts that are unknown. No Qt, no pydantic here.
"""

from __future__ import annotations

import os
from collections.abc import Iterable


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
        # Keep the line one line whatever the reason carries.
        reason = " ".join(self.reason.split())
        return ": ".join([*parts, reason])

    def __repr__(self) -> str:
        return f"ScenarioError({self.reason!r}, path={self.path!r}, field={self.field!r})"


def format_loc(loc: Iterable[str | int]) -> str:
    """``("pools", 1, "count")`` → ``"pools[1].count"``; ``()`` → ``""``."""
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out
