"""The undo history of a document, in plain Python (no Qt): the Qt-free twin of :mod:`.edits`.

Every edit in :mod:`colossus_desktop.ui.edits` is pure: it turns one immutable scenario into the
next. So a step of the history only has to remember the state before and after it; undo hands
back the first, redo the second, and the :class:`~colossus_desktop.ui.document.Document` puts
it in place and tells the views. The pattern is glue's ``CommandStack``
(``glue/core/command.py``): one stack behind every front end; the Qt layer
(:mod:`colossus_desktop.ui.history_actions`) only mirrors can-undo/can-redo and the labels.

What it keeps, besides the steps:

- a **clean index** — where the history stood when the document was last saved, so "modified"
  is simply "not at the clean index". A new edit made after undoing past the saved state drops
  the saved state with the redo branch: the document then stays modified until saved again.
- a **merge window** — a further edit of the same fields within :data:`MERGE_WINDOW_S` seconds
  of the previous one folds into the top step (typing "123" in a field undoes as one step). A
  merged step keeps its first label; it never absorbs an edit when it is the saved state or when
  there is something to redo.
- a **memory bound** — at most :data:`MAX_STEPS` steps; pushing one more drops the oldest. A
  step holds two references to states and consecutive steps share one, so the history retains
  about ``max_steps + 1`` states. The document shares the unchanged parts of successive states
  (:mod:`colossus_desktop.ui.sharing`), so a step costs what it changed: about 2.5 KiB for an
  edit of one field of the colossus-2 preset instead of a whole scenario's 22 KiB (measured
  with tracemalloc), about 1.2 MB at the default bound, 11 MB in the worst case of steps that
  each change every section. Edit → Undo's tooltip states the bound.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from typing import Generic, TypeVar

S = TypeVar("S")

MERGE_WINDOW_S = 1.5  # successive edits of one field within this time undo as one step
MAX_STEPS = 500  # steps kept; the oldest is dropped beyond this (see the module docstring)


@dataclass
class Step(Generic[S]):
    """One undoable step: its label, the states either side, and what it may merge with.

    ``merge_key`` is ``None`` for a step that never merges (pool operations); ``stamp`` is the
    clock time (seconds) of the last edit folded into it.
    """

    text: str
    before: S
    after: S
    merge_key: Hashable | None
    stamp: float


class History(Generic[S]):
    """A bounded undo/redo history of immutable states, with a clean index and a merge window.

    ``index`` counts the steps that are done: steps ``[0, index)`` can be undone, steps
    ``[index, len)`` redone. ``max_steps`` (≥ 1) bounds the steps kept, ``merge_window_s`` the
    time (seconds) within which an edit of the same ``merge_key`` folds into the top step, and
    ``clock`` (seconds, monotonic) is replaceable for tests. A new history is clean.
    """

    def __init__(
        self,
        *,
        max_steps: int = MAX_STEPS,
        merge_window_s: float = MERGE_WINDOW_S,
        clock: Callable[[], float] = time.monotonic,
    ):
        if max_steps < 1:
            raise ValueError(f"max_steps must be at least 1, not {max_steps}")
        self.max_steps = max_steps
        self.merge_window_s = merge_window_s
        self.clock = clock
        self._steps: list[Step[S]] = []
        self._index = 0
        self._clean: int | None = 0  # None: the saved state is no longer in the history

    # ------------------------------------------------------------------ reading
    def __len__(self) -> int:
        return len(self._steps)

    @property
    def index(self) -> int:
        """The number of steps done (0 … ``len(self)``)."""
        return self._index

    @property
    def can_undo(self) -> bool:
        return self._index > 0

    @property
    def can_redo(self) -> bool:
        return self._index < len(self._steps)

    @property
    def undo_text(self) -> str:
        """The label of the step :meth:`undo` would undo, or ``""``."""
        return self._steps[self._index - 1].text if self.can_undo else ""

    @property
    def redo_text(self) -> str:
        """The label of the step :meth:`redo` would redo, or ``""``."""
        return self._steps[self._index].text if self.can_redo else ""

    @property
    def clean_index(self) -> int | None:
        """The index of the saved state, or ``None`` once it has left the history."""
        return self._clean

    @property
    def is_clean(self) -> bool:
        """True when the history stands where :meth:`set_clean` last left it."""
        return self._clean == self._index

    # ------------------------------------------------------------------ changing
    def do(self, text: str, before: S, after: S, merge_key: Hashable | None = None) -> bool:
        """Record an edit, already applied, that turned ``before`` into ``after``.

        It folds into the top step (and ``True`` is returned) when both carry the same non-None
        ``merge_key``, the top step's last edit is at most ``merge_window_s`` old, nothing is
        left to redo and the top step is not the clean state. Otherwise it becomes a new step
        (``False``): the redo branch is discarded (with the clean state, if it was there) and,
        beyond ``max_steps``, the oldest step is dropped.
        """
        now = self.clock()
        top = self._steps[-1] if self._steps and not self.can_redo else None
        if (
            top is not None
            and merge_key is not None
            and top.merge_key == merge_key
            and now - top.stamp <= self.merge_window_s
            and not self.is_clean
        ):
            top.after = after
            top.stamp = now
            return True
        del self._steps[self._index :]
        if self._clean is not None and self._clean > self._index:
            self._clean = None
        self._steps.append(Step(text, before, after, merge_key, now))
        self._index += 1
        overflow = len(self._steps) - self.max_steps
        if overflow > 0:
            del self._steps[:overflow]
            self._index -= overflow
            if self._clean is not None:
                self._clean = self._clean - overflow if self._clean >= overflow else None
        return False

    def undo(self) -> S:
        """Step back; return the state to restore. ``IndexError`` when there is nothing to undo."""
        if not self.can_undo:
            raise IndexError("nothing to undo")
        self._index -= 1
        return self._steps[self._index].before

    def redo(self) -> S:
        """Step forward; return the state to restore. ``IndexError`` when there is nothing to redo."""
        if not self.can_redo:
            raise IndexError("nothing to redo")
        self._index += 1
        return self._steps[self._index - 1].after

    def set_clean(self) -> None:
        """Mark the current state as the saved one."""
        self._clean = self._index

    def clear(self) -> None:
        """Forget every step; the (unchanged) current state becomes the clean one."""
        self._steps.clear()
        self._index = 0
        self._clean = 0
