"""Varied inputs: one scenario turned into many rows, each with some numeric inputs changed.

A :class:`Varied` addresses one engine input (an :class:`~colossus_desktop.engine.inputs.Inputs`
field, and for per-pool fields the pool's column) and the linear map from the document's unit
to the engine's:

    engine value = scale · document value        (e.g. tokens_t → tokens: scale = 1e12)

:func:`apply` builds the rows. The training layout is held so that n rows cost about one
search, not n (a full search per row made a 10^5-row Monte Carlo take minutes):

* ``hold="sweep"``: tensor, pipeline and data parallelism are searched again in every row and the
  other degrees (EP, CP, VPP, micro-batch, recompute, ZeRO) keep the scenario's chosen layout, as
  the size sweep does (engine/scaling.py: ``REPLANNED``, ``KEPT``, ``chosen_layout``);
* ``hold="montecarlo"``: TP and PP are held too and only DP is re-derived, the largest replica
  count that the row's accelerators hold and that splits the batch (one candidate per row).

Degrees the scenario fixes stay fixed in both modes. Without a model shape nothing is searched
and the layout fields pass through unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

import numpy as np

from ..inputs import POOL_FIELDS, Inputs, broadcast
from ..scaling import KEPT, chosen_layout

HOLDS = ("sweep", "montecarlo")
_FIELDS = frozenset(f.name for f in fields(Inputs))


@dataclass(frozen=True)
class Varied:
    """One numeric input, addressed in engine terms.

    ``path``: the document path it came from ("facility.pue", "pools[0].count"), a label and key;
    ``field``: the Inputs field ("pue", "pool_count"); ``column``: the pool index for per-pool
    fields (``Inputs.POOL_FIELDS``), else None; ``scale``: engine value = scale × document value.
    """

    path: str
    field: str
    column: int | None = None
    scale: float = 1.0


def check(inputs: Inputs, varied: list[Varied]) -> None:
    """Raise ValueError naming the path when a Varied does not address an input of ``inputs``
    (an unknown field, a pool column out of range or missing, a column on a scalar field, a
    non-finite or zero scale, the same input twice)."""
    pools = broadcast(inputs).pool_count.shape[1]
    seen = set()
    for v in varied:
        if v.field not in _FIELDS:
            raise ValueError(f"{v.path}: {v.field!r} is not an engine input")
        if v.field in POOL_FIELDS:
            if v.column is None or not 0 <= v.column < pools:
                raise ValueError(f"{v.path}: {v.field} needs a pool column in 0…{pools - 1}, got {v.column}")
        elif v.column is not None:
            raise ValueError(f"{v.path}: {v.field} is not a per-pool input, so it takes no column")
        if not np.isfinite(v.scale) or v.scale == 0:
            raise ValueError(f"{v.path}: the scale must be a finite non-zero number, got {v.scale}")
        if (v.field, v.column) in seen:
            raise ValueError(f"{v.path}: {v.field} is varied twice")
        seen.add((v.field, v.column))


def held_layout(inputs: Inputs, hold: str) -> dict[str, float]:
    """The layout fields :func:`apply` sets for every row under ``hold`` (see the module notes)."""
    if hold not in HOLDS:
        raise ValueError(f"hold must be one of {', '.join(HOLDS)}, got {hold!r}")
    chosen = chosen_layout(inputs)
    kept = tuple(KEPT) + (("par_tp", "par_pp") if hold == "montecarlo" else ())
    return {f: chosen[f] for f in kept}


def apply(inputs: Inputs, varied: list[Varied], values: np.ndarray, hold: str = "sweep",
          layout: dict[str, float] | None = None) -> Inputs:
    """``inputs`` (N = 1) repeated once per row of ``values`` with the varied inputs set.

    ``values``: (n, len(varied)) in document units; returns Inputs with n rows (fields not varied
    keep length 1). ``layout``: the held layout fields, from :func:`held_layout` (computed when
    None; pass it to skip the layout search when applying chunk after chunk). Raises ValueError
    for N > 1, a wrongly shaped ``values``, an unknown field or column, or an unknown ``hold``.
    """
    inputs = broadcast(inputs)
    if inputs.n != 1:
        raise ValueError("apply() takes a single scenario (N = 1)")
    values = np.asarray(values, dtype=float)
    if values.ndim != 2 or values.shape[1] != len(varied):
        raise ValueError(f"values must have shape (n, {len(varied)}), got {values.shape}")
    check(inputs, varied)
    if layout is None:
        layout = held_layout(inputs, hold)
    elif hold not in HOLDS:
        raise ValueError(f"hold must be one of {', '.join(HOLDS)}, got {hold!r}")
    n = values.shape[0]
    changes: dict[str, np.ndarray] = {}
    for j, v in enumerate(varied):
        engine = v.scale * values[:, j]
        if v.column is None:
            changes[v.field] = engine
            continue
        if v.field not in changes:  # (1, P) → (n, P), then the column
            changes[v.field] = np.repeat(getattr(inputs, v.field), n, axis=0)
        changes[v.field][:, v.column] = engine
    for f, value in layout.items():
        changes.setdefault(f, np.float64(value))
    return (inputs if varied else inputs.repeat(n)).replace(**changes)  # varied fields carry the n rows
