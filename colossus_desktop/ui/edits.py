"""Scenario edits as plain functions and command objects: the Qt-free core of undo/redo.

A path names one field of the document: ``"network.link_gbps"``, ``"pools[1].count"``,
``"finance.depreciation_years.servers"``. Every edit builds a *new* validated
:class:`Scenario` (the old one is never mutated), so an invalid value never enters the document:
:class:`EditError` carries the path and a one-line message for the field instead.

The commands (:class:`SetFields`, :class:`AddPool`, :class:`RemovePool`, :class:`DuplicatePool`,
:class:`MovePool`, :class:`SetPoolAccelerator`) only know how to turn a scenario into the next
one; the document's :class:`~colossus_desktop.ui.history.History` keeps the scenarios either
side of each to undo and redo it.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any

from pydantic import ValidationError

from colossus_desktop.scenario.model import CustomAccelerator, Pool, Scenario
from colossus_desktop.scenario.parameters import split_path
from colossus_desktop.scenario.pool_names import renamed_pool
from colossus_desktop.scenario.validation import validation_error
from colossus_desktop.translatable import QT_TRANSLATE_NOOP


class EditError(ValueError):
    """An edit the document refused; ``str()`` is one line for the field's marker."""

    def __init__(self, path: str, message: str):
        self.path = path
        self.message = " ".join(str(message).split())
        super().__init__(self.message)


def parse_path(path: str) -> tuple[str | int, ...]:
    """The parts of a field path: ``"pools[1].count"`` → ``("pools", 1, "count")``;
    ``ValueError`` names a malformed path. The scenario's one parser
    (:func:`colossus_desktop.scenario.parameters.split_path`, cached)."""
    return split_path(path)


def get_value(scenario: Scenario, path: str) -> Any:
    node: Any = scenario
    for part in parse_path(path):
        node = node[part] if isinstance(part, int) else getattr(node, part)
    return node


def _message(exc: ValidationError, data: Any, path: str = "") -> str:
    """The first refusal in the loader's words ("Must be > 0", "Must be a finite number"), with
    the field it is about when that is not ``path`` itself; the bad value is never echoed."""
    err = validation_error(exc, data)
    first = err.reason.split(" ", 1)[0]
    reason = err.reason if "_" in first else err.reason[:1].upper() + err.reason[1:]  # never a field's name
    return f"{err.field}: {reason}" if err.field and err.field != path else reason


def validated(data: dict, path: str) -> Scenario:
    """The edited document, validated; uncertain inputs the edit made stale are dropped
    (scenario/uncertain_paths.py: prune_uncertainty), so the document always loads back."""
    from colossus_desktop.scenario.uncertain_paths import prune_uncertainty

    try:
        return prune_uncertainty(Scenario.model_validate(data))
    except ValidationError as exc:
        raise EditError(path, _message(exc, data, path)) from None


def set_values(scenario: Scenario, values: dict[str, Any]) -> Scenario:
    """A new scenario with each path set to its value; :class:`EditError` if any is invalid."""
    data = scenario.model_dump(mode="python")
    first = next(iter(values), "")
    for path, value in values.items():
        parts = parse_path(path)
        node: Any = data
        try:
            for part in parts[:-1]:
                node = node[part]
            if isinstance(parts[-1], str) and isinstance(node, dict) and parts[-1] not in node:
                raise KeyError(parts[-1])
            node[parts[-1]] = copy.deepcopy(value)
        except (KeyError, IndexError, TypeError):
            raise EditError(path, f"no field {path}") from None
    return validated(data, first)


@dataclass
class Edit:
    """Base of every command: a label for the Edit menu and a pure ``apply``."""

    text: str = field(default="", init=False)

    def apply(self, scenario: Scenario) -> Scenario:  # pragma: no cover - abstract
        raise NotImplementedError


@dataclass
class SetFields(Edit):
    values: dict[str, Any]
    label: str = ""

    def __post_init__(self):
        self.text = self.label or ("Change " + ", ".join(self.values))

    def apply(self, scenario: Scenario) -> Scenario:
        return set_values(scenario, self.values)

    @property
    def merge_key(self) -> tuple[str, ...]:
        return tuple(sorted(self.values))


def _pools(scenario: Scenario) -> list[dict]:
    return [p.model_dump(mode="python") for p in scenario.pools]


def _with_pools(scenario: Scenario, pools: list[dict], new_index=None) -> Scenario:
    """``scenario`` with ``pools``; ``new_index(old) -> new | None`` renumbers the uncertain
    inputs of pools that moved (None: the pool is gone)."""
    from colossus_desktop.scenario.uncertain_paths import move_pool_paths

    data = scenario.model_dump(mode="python")
    data["pools"] = pools
    if new_index is not None:
        data["uncertainty"] = move_pool_paths(data["uncertainty"], new_index)
    return validated(data, "pools")


def _check_index(scenario: Scenario, index: int) -> None:
    if not 0 <= index < len(scenario.pools):
        raise EditError("pools", f"no pool {index + 1}")


@dataclass
class AddPool(Edit):
    pool: Pool | dict | None = None
    index: int | None = None

    def __post_init__(self):
        self.text = QT_TRANSLATE_NOOP("Edits", "Add pool")

    def apply(self, scenario: Scenario) -> Scenario:
        pools = _pools(scenario)
        if self.pool is None:
            new = dict(pools[-1])  # a sensible start: like the last pool
            new["name"] = f"Pool {len(pools) + 1}"
        else:
            new = self.pool.model_dump(mode="python") if isinstance(self.pool, Pool) else dict(self.pool)
        index = len(pools) if self.index is None else max(0, min(self.index, len(pools)))
        pools.insert(index, new)
        return _with_pools(scenario, pools, lambda i: i + 1 if i >= index else i)


@dataclass
class RemovePool(Edit):
    index: int

    def __post_init__(self):
        self.text = QT_TRANSLATE_NOOP("Edits", "Remove pool")

    def apply(self, scenario: Scenario) -> Scenario:
        _check_index(scenario, self.index)
        if len(scenario.pools) == 1:
            raise EditError("pools", "a scenario needs at least one pool")
        pools = _pools(scenario)
        del pools[self.index]
        gone = self.index
        return _with_pools(scenario, pools, lambda i: None if i == gone else (i - 1 if i > gone else i))


@dataclass
class DuplicatePool(Edit):
    index: int

    def __post_init__(self):
        self.text = QT_TRANSLATE_NOOP("Edits", "Duplicate pool")

    def apply(self, scenario: Scenario) -> Scenario:
        _check_index(scenario, self.index)
        pools = _pools(scenario)
        copy_ = copy.deepcopy(pools[self.index])
        copy_["name"] = f"{copy_['name']} (copy)"
        pools.insert(self.index + 1, copy_)
        after = self.index
        return _with_pools(scenario, pools, lambda i: i + 1 if i > after else i)


@dataclass
class MovePool(Edit):
    index: int
    to: int

    def __post_init__(self):
        self.text = QT_TRANSLATE_NOOP("Edits", "Move pool")

    def apply(self, scenario: Scenario) -> Scenario:
        _check_index(scenario, self.index)
        _check_index(scenario, self.to)
        pools = _pools(scenario)
        pools.insert(self.to, pools.pop(self.index))
        order = list(range(len(pools)))
        order.insert(self.to, order.pop(self.index))  # order[new] = old
        where = {old: new for new, old in enumerate(order)}
        return _with_pools(scenario, pools, where.get)


def _custom_message(exc: ValidationError, data: Any) -> str:
    """"bf16_tflops: Must be >= 0.1" — the custom field the message is about."""
    return _message(exc, data)


def _catalog():
    """The shipped catalog for naming pools, or ``None`` if it cannot be read (names then use ids)."""
    try:
        from colossus_desktop.engine.catalog import load_catalog

        return load_catalog()
    except Exception:  # noqa: BLE001 - a broken catalog must not block the edit
        return None


@dataclass
class SetPoolAccelerator(Edit):
    """Give pool ``index`` a catalog chip or a custom accelerator, clearing the other; a pool
    named after its old chip (or "Pool N") is renamed after the new one, a name of the user's kept.

    Both fields change in one step (and the pool validator sees them together); a custom spec is
    validated first so a refusal names its field ("bf16_tflops: … greater than 0").
    """

    index: int
    accelerator: str | None = None
    custom: CustomAccelerator | dict | None = None

    def __post_init__(self):
        self.text = QT_TRANSLATE_NOOP("Edits", "Custom accelerator") if self.custom is not None else QT_TRANSLATE_NOOP("Edits", "Change accelerator")

    @property
    def path(self) -> str:
        return f"pools[{self.index}].accelerator"

    def apply(self, scenario: Scenario) -> Scenario:
        _check_index(scenario, self.index)
        custom = self.custom
        if custom is not None:
            values = custom.model_dump(mode="python") if isinstance(custom, CustomAccelerator) else dict(custom)
            try:
                custom = CustomAccelerator.model_validate(values)
            except ValidationError as exc:
                raise EditError(self.path, _custom_message(exc, values)) from None
            custom = custom.model_dump(mode="python")
        pools = _pools(scenario)
        pool = pools[self.index]
        pool["name"] = renamed_pool(
            pool["name"], _catalog(), pool.get("accelerator"), (pool.get("custom") or {}).get("name"),
            self.accelerator, (custom or {}).get("name"))
        pool["accelerator"] = self.accelerator
        pool["custom"] = custom
        data = scenario.model_dump(mode="python")
        data["pools"] = pools
        return validated(data, self.path)
