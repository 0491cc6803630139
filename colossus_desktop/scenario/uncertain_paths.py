"""Keeping ``scenario.uncertainty`` consistent with the scenario it describes: the loader's check
that every uncertain path is a numeric input (:func:`check_uncertainty`), and the help edits use
to keep it so (:func:`move_pool_paths` when pools move, :func:`prune_uncertainty` when a field
stops being a number). No Qt here.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from colossus_desktop.scenario.errors import ScenarioError
from colossus_desktop.scenario.model import Scenario
from colossus_desktop.scenario.parameters import (
    describe_bounds,
    field_bounds,
    listed_paths,
    unknown_path_reason,
)


def check_uncertainty(scenario: Scenario) -> None:
    """Raise ScenarioError for the first ``uncertainty.inputs[i]`` whose path is not a numeric input
    of this scenario (:func:`listed_paths`), or whose low/high lies outside that field's allowed
    range. The loader calls this after the catalog ids are checked. Normal and lognormal tails
    are not refused: samples are clipped to the range instead (colossus_desktop/analysis.py)."""
    if not scenario.uncertainty.inputs:
        return
    known = listed_paths(scenario)
    for i, item in enumerate(scenario.uncertainty.inputs):
        if item.path not in known:
            raise ScenarioError(f"{item.path!r} is {unknown_path_reason(item.path, known)}",
                                field=f"uncertainty.inputs[{i}].path")
        bounds = field_bounds(item.path)
        for name in ("low", "mode", "high"):
            v = getattr(item, name)
            if v is not None and not bounds.contains(v):
                raise ScenarioError(f"{v:g} is outside the allowed range of {item.path} ({describe_bounds(bounds)})",
                                    field=f"uncertainty.inputs[{i}].{name}")


_POOL_PATH = re.compile(r"^pools\[(\d+)\](\..+)$")


def move_pool_paths(uncertainty: dict, new_index: Callable[[int], int | None]) -> dict:
    """``uncertainty`` (plain data) with each ``pools[i]…`` path renamed to ``pools[new_index(i)]…``
    as pools are removed, inserted or moved; entries of a pool that is gone (None) are dropped,
    with the correlations that name them."""
    def rename(path: str) -> str | None:
        m = _POOL_PATH.match(path)
        if m is None:
            return path
        j = new_index(int(m.group(1)))
        return None if j is None else f"pools[{j}]{m.group(2)}"

    inputs = [{**item, "path": rename(item["path"])} for item in uncertainty.get("inputs", [])]
    corr = [{**c, "a": rename(c["a"]), "b": rename(c["b"])} for c in uncertainty.get("correlations", [])]
    return {**uncertainty, "inputs": [i for i in inputs if i["path"] is not None],
            "correlations": [c for c in corr if c["a"] is not None and c["b"] is not None]}


def prune_uncertainty(scenario: Scenario) -> Scenario:
    """``scenario`` without the uncertain inputs whose path is no longer a numeric input of it (a
    field emptied, a pool's custom chip replaced, NIC ports per server set …) and without the
    correlations that name them; the same object when nothing is stale. Edits call this so that
    a document never holds a section the loader would refuse."""
    u = scenario.uncertainty
    if not u.inputs:
        return scenario
    known = set(listed_paths(scenario))
    keep = [i for i in u.inputs if i.path in known]
    if len(keep) == len(u.inputs):
        return scenario
    kept = {i.path for i in keep}
    corr = [c for c in u.correlations if c.a in kept and c.b in kept]
    return scenario.model_copy(update={"uncertainty": u.model_copy(update={"inputs": keep, "correlations": corr})})
