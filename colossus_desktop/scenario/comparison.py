"""The comparison file: several scenarios side by side, optionally training one model.

A comparison is a JSON object::

    {"format": "colossus-desktop-comparison", "schema_version": 1,
     "name": "...", "description": "...",
     "entries": [{"label": "A", "file": "relative/or/absolute.json"},
                 {"label": "B", "preset": "colossus-2"},
                 {"label": "C", "scenario": {...a whole scenario document...}},
                 {"label": "D", "current": true}],
     "common_workload": null | {...a Workload...},
     "reference": 0}

* ``file`` is read relative to the comparison file's folder (an absolute path as it is);
* ``preset`` names a shipped preset (``colossus-desktop presets``);
* ``scenario`` embeds a document (any schema version this program reads; migrated on load);
* ``current`` stands for the document open in the window (the command line has none).

``common_workload`` ("train the same model on each") replaces every entry's workload, and every
entry is then priced at its own cost of ownership per GPU-hour (engine/training.py): a rental price quoted for
one cluster (DeepSeek's $2 per H800-hour) says nothing of another, and mixing a quote with an
owner's cost would compare two bases (:data:`PRICED_AT_OWN_COST`). ``reference`` is the 0-based
index of the column that differences and ratios are taken against. At most
:data:`MAX_ENTRIES` entries. Loading validates with pydantic and raises a
:class:`ScenarioError` naming the comparison file, the entry (``entries[1].file``) and the
reason; saving is atomic, as for scenarios. No Qt here.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from colossus_desktop.engine.catalog import Catalog
from colossus_desktop.scenario import files
from colossus_desktop.scenario.errors import ScenarioError
from colossus_desktop.scenario.model import Scenario, Workload
from colossus_desktop.scenario.parsing import document_text, parse_json
from colossus_desktop.scenario.validation import validation_error

FORMAT = "colossus-desktop-comparison"
SCHEMA_VERSION = 1
MAX_ENTRIES = 8
#: Workload fields a common workload leaves empty on every entry: each cluster's hours are priced
#: at its own cost (capex recovery + opex per GPU-hour), one basis for every column.
PRICED_AT_OWN_COST = ("rental_usd_per_gpu_hour",)
KINDS = ("file", "preset", "scenario", "current")


class Entry(BaseModel):
    """One column: a scenario file, a preset, an embedded scenario or the window's document."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    label: str = Field(min_length=1, description="Column heading and legend name.")
    file: str | None = Field(default=None, min_length=1, description="A scenario file, relative to the comparison's folder.")
    preset: str | None = Field(default=None, min_length=1, description="A shipped preset id.")
    scenario: dict[str, Any] | None = Field(default=None, description="A whole scenario document, embedded.")
    current: Literal[True] | None = Field(default=None, description="The document open in the window.")

    @model_validator(mode="after")
    def _one_kind(self) -> Entry:
        given = [k for k in KINDS if getattr(self, k) is not None]
        if len(given) != 1:
            what = "none" if not given else " and ".join(f'"{k}"' for k in given)
            raise ValueError(f'needs exactly one of "file", "preset", "scenario" or "current" (got {what})')
        return self

    @property
    def kind(self) -> str:
        return next(k for k in KINDS if getattr(self, k) is not None)

    def source_text(self) -> str:
        """Where the entry comes from, in a few words: ``preset:colossus-2``, the file, …"""
        if self.kind == "preset":
            return f"preset:{self.preset}"
        if self.kind == "file":
            return str(self.file)
        return "embedded" if self.kind == "scenario" else "current document"


class Comparison(BaseModel):
    """The whole comparison document."""

    model_config = ConfigDict(extra="forbid", defer_build=True)

    format: Literal["colossus-desktop-comparison"] = FORMAT
    schema_version: Literal[1] = SCHEMA_VERSION
    name: str = "Untitled comparison"
    description: str = ""
    entries: list[Entry] = Field(default_factory=list, max_length=MAX_ENTRIES)
    common_workload: Workload | None = Field(
        default=None, description="Train the same model on each: this workload replaces every entry's.")
    reference: int = Field(default=0, ge=0, description="0-based index of the reference column.")

    @model_validator(mode="after")
    def _reference_in_range(self) -> Comparison:
        if self.entries and self.reference >= len(self.entries):
            raise ValueError(f"reference {self.reference} names no entry (there are {len(self.entries)}, counted from 0)")
        return self


# --------------------------------------------------------------------------- reading


def _check_header(data: Any) -> None:
    if not isinstance(data, dict):
        raise ScenarioError("not a Colossus Desktop comparison (expected a JSON object at the top level)")
    marker = data.get("format")
    if marker != FORMAT:
        got = "missing" if marker is None else f"{marker!r}"
        raise ScenarioError(f'not a Colossus Desktop comparison (format is {got}, expected "{FORMAT}")')
    version = data.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ScenarioError("must be a whole number", field="schema_version")
    if version > SCHEMA_VERSION:
        raise ScenarioError(f"was written by a newer Colossus Desktop (comparison schema_version {version}; "
                            f"this version reads up to {SCHEMA_VERSION})")


def comparison_from_data(data: Any, catalog: Catalog | None = None) -> Comparison:
    """Validate a parsed comparison document, embedded scenarios included (errors carry no path)."""
    _check_header(data)
    try:
        comp = Comparison.model_validate(data, strict=True)
    except ValidationError as exc:
        raise validation_error(exc, data) from None
    for i, entry in enumerate(comp.entries):
        if entry.scenario is not None:
            try:
                files.scenario_from_data(entry.scenario, catalog)
            except ScenarioError as exc:
                inner = f"entries[{i}].scenario" + (f".{exc.field}" if exc.field else "")
                raise ScenarioError(f"({entry.label}) {exc.reason}", field=inner) from None
    return comp


def loads_comparison(text: str | bytes, path: str | os.PathLike[str] | None = None,
                     catalog: Catalog | None = None) -> Comparison:
    """Parse and validate a comparison document; ``path`` only names it in errors."""
    try:
        return comparison_from_data(parse_json(document_text(text, "a Colossus Desktop comparison")), catalog)
    except ScenarioError as exc:
        raise (exc.with_path(path) if path is not None else exc) from None


def load_comparison(path: str | os.PathLike[str], catalog: Catalog | None = None) -> Comparison:
    """Read and validate the comparison file at ``path`` (entries are resolved later)."""
    try:
        with open(path, "rb") as fh:
            raw = fh.read(files.MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ScenarioError(files._os_reason(exc, "read"), path=path) from None
    if len(raw) > files.MAX_FILE_BYTES:
        raise ScenarioError(f"is larger than {files.MAX_FILE_BYTES // 2**20} MB, too large to be a comparison", path=path)
    return loads_comparison(raw, path=path, catalog=catalog)


def is_comparison_file(path: str | os.PathLike[str]) -> bool:
    """True when ``path`` is a readable JSON file whose format marker says comparison."""
    try:
        with open(path, "rb") as fh:
            data = json.loads(fh.read(files.MAX_FILE_BYTES).decode("utf-8-sig"))
    except (OSError, ValueError):
        return False
    return isinstance(data, dict) and data.get("format") == FORMAT


# --------------------------------------------------------------------------- entries → scenarios


def entry_scenario(comp: Comparison, index: int, base_dir: str | os.PathLike[str] | None,
                   current: Scenario | None = None, catalog: Catalog | None = None) -> Scenario:
    """Entry ``index`` as a Scenario, with the common workload applied when there is one.

    Errors name the entry: ``entries[1].file: (Label) other.json: pools[0].count: must be > 0``."""
    from colossus_desktop.scenario.presets import load_preset

    entry = comp.entries[index]
    where = f"entries[{index}].{entry.kind}"
    try:
        if entry.kind == "file":
            p = Path(entry.file)
            if not p.is_absolute() and base_dir is not None:
                p = Path(base_dir) / p
            scenario = files.load_scenario(p, catalog=catalog)
        elif entry.kind == "preset":
            scenario = load_preset(entry.preset, catalog=catalog)
        elif entry.kind == "scenario":
            scenario = files.scenario_from_data(entry.scenario, catalog)
        else:
            if current is None:
                raise ScenarioError("is the document open in the window, and there is none here")
            scenario = current
    except ScenarioError as exc:
        raise ScenarioError(f"({entry.label}) {exc}", field=where) from None
    return apply_workload(scenario, comp.common_workload)


def apply_workload(scenario: Scenario, workload: Workload | None) -> Scenario:
    """``scenario`` training ``workload``, priced at the cluster's own cost (:data:`PRICED_AT_OWN_COST`
    emptied); ``workload`` None: unchanged.

    The scenario's uncertain inputs on its workload (``workload.mfu`` …) described its own run,
    so they are dropped with their correlations, unless the scenario already trains ``workload``
    (then they still describe it)."""
    if workload is None:
        return scenario
    new = workload.model_copy(update={k: None for k in PRICED_AT_OWN_COST}, deep=True)
    new.notes = {k: v for k, v in new.notes.items() if k not in PRICED_AT_OWN_COST}
    update: dict[str, Any] = {"workload": new}
    uncertainty = getattr(scenario, "uncertainty", None)
    if uncertainty is not None and workload != scenario.workload:
        def of_run(path: str) -> bool:
            return path.startswith("workload.")

        update["uncertainty"] = uncertainty.model_copy(update={
            "inputs": [u for u in uncertainty.inputs if not of_run(u.path)],
            "correlations": [c for c in uncertainty.correlations if not (of_run(c.a) or of_run(c.b))]})
    return scenario.model_copy(update=update)


def rebase(comp: Comparison, old_base: str | os.PathLike[str] | None,
           new_base: str | os.PathLike[str]) -> Comparison:
    """``comp`` with its relative ``file`` entries rewritten to be relative to ``new_base`` (where
    the comparison is about to be saved) instead of ``old_base``; absolute paths stay absolute,
    and a file on another drive than ``new_base`` becomes absolute."""
    entries = []
    for entry in comp.entries:
        if entry.kind == "file" and not os.path.isabs(entry.file):
            full = os.path.abspath(os.path.join(old_base or os.getcwd(), entry.file))
            try:
                rel = os.path.relpath(full, os.path.abspath(new_base))
            except ValueError:  # Windows: another drive
                rel = full
            entry = entry.model_copy(update={"file": Path(rel).as_posix() if not os.path.isabs(rel) else rel})
        entries.append(entry)
    return comp.model_copy(update={"entries": entries})


def embed(scenario: Scenario) -> dict:
    """A scenario as the plain data an embedded entry holds (the canonical file form)."""
    return files.scenario_data(scenario)


# --------------------------------------------------------------------------- writing


def comparison_data(comp: Comparison) -> dict:
    """The document as plain JSON data: unset entry kinds left out, embedded scenarios canonical."""
    out: dict[str, Any] = {"format": FORMAT, "schema_version": SCHEMA_VERSION, "name": comp.name,
                           "description": comp.description, "entries": []}
    for entry in comp.entries:
        item: dict[str, Any] = {"label": entry.label}
        if entry.kind == "scenario":
            item["scenario"] = files._plain(entry.scenario)
        else:
            item[entry.kind] = getattr(entry, entry.kind)
        out["entries"].append(item)
    out["common_workload"] = None if comp.common_workload is None else files._plain(
        files._notes_last(comp.common_workload.model_dump(mode="json")))
    out["reference"] = comp.reference
    return out


def dumps_comparison(comp: Comparison) -> str:
    """The canonical text: 2-space indent, final newline."""
    return json.dumps(comparison_data(comp), indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def save_comparison(comp: Comparison, path: str | os.PathLike[str]) -> None:
    """Write ``comp`` to ``path`` atomically; ScenarioError (old file intact) on failure."""
    files.write_atomically(dumps_comparison(comp).encode("utf-8"), path, what="comparison file")
