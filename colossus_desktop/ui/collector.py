"""Python's cyclic garbage collector, held off while the window starts.

Starting the window imports about 600 modules and makes about 130,000 tracked objects, nearly all
of which live as long as the app: modules, classes, widgets, the scenario's schema. The collector
runs every 700 net allocations (generation 0) and now and then over everything (generation 2): on
the way to a drawn window it ran about 200 times for ~45 ms (counted with ``gc.callbacks``), and
found little to free: one full collection at the end of start-up finds ~650 unreachable objects.

:func:`hold` turns it off at the start of ``colossus_desktop.ui.app.main``; :func:`release`, once
the window has started (``startupFinished``; at the latest after :data:`RELEASE_AFTER_MS`, should
a stage fail) or ``main`` returns without a window, moves every object made so far into the
permanent generation (``gc.freeze``) and turns it back on. A full
collection then walks only what was made since: under 1 ms instead of ~60 ms. (Full collections
are rare while editing: the edit-to-repaint times did not change measurably.)

Cost: those ~650 objects of start-up garbage stay in memory. Python documents the same pattern
for servers that fork (``gc.disable()`` early, ``gc.freeze()`` before forking). Measured in
docs/performance.md ("Start-up, fourth pass").
"""

from __future__ import annotations

import gc

_held = False
#: ``main`` also releases after this long, should a start-up stage fail and never finish (ms;
#: a start takes about 1 s)
RELEASE_AFTER_MS = 10_000


def hold() -> None:
    """Stop automatic collections until :func:`release` (no-op if they are already off)."""
    global _held
    if gc.isenabled():
        gc.disable()
        _held = True


def release() -> None:
    """Freeze the objects made so far and resume automatic collections, if :func:`hold` stopped
    them (safe to call more than once)."""
    global _held
    if _held:
        _held = False
        gc.freeze()
        gc.enable()


def holding() -> bool:
    """True between :func:`hold` and :func:`release`."""
    return _held
