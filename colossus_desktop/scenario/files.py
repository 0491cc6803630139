"""Reading and writing scenario files.

A scenario file is a JSON object with a ``format`` marker and a ``schema_version``. Loading
parses, checks the marker, migrates older versions (``MIGRATIONS``, version n → n + 1),
validates with the pydantic model and checks catalog ids. Every failure is a
:class:`ScenarioError` naming the file, the FIRST failing field and a reason in plain words.

Saving writes the canonical form (:func:`dumps_scenario`: the model's field order, 2-space
indent, trailing newline) atomically: a temporary file in the same folder, flushed and
fsynced, then ``os.replace`` over the target, then the folder fsynced where the platform
allows. On any failure the temporary file is removed and the old file is left intact.

No Qt here.
"""

from __future__ import annotations

import errno
import json
import math
import os
import tempfile
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from colossus_desktop.engine.catalog import Catalog, load_catalog
from colossus_desktop.scenario.errors import ScenarioError, echo, format_loc
from colossus_desktop.scenario.model import FORMAT, SCHEMA_VERSION, Scenario
from colossus_desktop.scenario.parsing import document_text, parse_json
from colossus_desktop.scenario.validation import validation_error

#: The share of installed GPU-hours doing useful work that a version-1 file gets: Meta's RSC-1
#: cluster utilisation, 83 % (Kokolis et al., arXiv 2410.21680, HPCA 2025), the catalog's
#: default when version 2 was made. A literal, so reading an old file never changes with the catalog.
V2_GPU_HOURS_USED_FRACTION = 0.83


def _v1_to_v2(doc: dict) -> dict:
    """Version 2 adds ``costs.gpu_hours_used_fraction`` (the cost per used GPU-hour); a version-1
    file gets the default and a note saying so."""
    costs = doc.get("costs")
    if isinstance(costs, dict):
        costs = dict(costs)
        costs.setdefault("gpu_hours_used_fraction", V2_GPU_HOURS_USED_FRACTION)
        notes = costs.get("notes")
        if isinstance(notes, dict) and "gpu_hours_used_fraction" not in notes:
            costs["notes"] = {**notes, "gpu_hours_used_fraction": _V2_NOTE}
        elif notes is None:
            costs["notes"] = {"gpu_hours_used_fraction": _V2_NOTE}
        doc["costs"] = costs
    return doc


_V2_NOTE = ("Added when this file was read (schema 1 to 2): Meta's RSC-1 cluster utilisation, 83% "
            "(Kokolis et al., arXiv 2410.21680).")

def _add_note(section: dict, field: str, text: str) -> None:
    notes = section.get("notes")
    if notes is None:
        section["notes"] = {field: text}
    elif isinstance(notes, dict) and field not in notes:
        section["notes"] = {**notes, field: text}


_V3_MAINTENANCE_NOTE = (
    "Added when this file was read (schema 2 to 3): the file's single maintenance rate, kept for "
    "accelerators and servers, network and storage as before; facility and power plant had none.")
_V3_PRICE_NOTE = ("Schema 2 added servers to every price, so this price is read as the chip's alone "
                  "(price_basis \"chip\").")


def _v2_to_v3(doc: dict) -> dict:
    """Version 3 splits maintenance by asset class (``costs.maintenance_per_year``), records what a
    price includes (``price_basis``) and describes fabrics as built (pods, rails, NICs per node,
    front-end, custom switch; all optional). A version-2 file keeps what it computed: its one
    maintenance rate on the same assets (none on facility and power plant), and its own prices
    read as chip prices (version 2 always added the servers)."""
    costs = doc.get("costs")
    if isinstance(costs, dict) and "maintenance_fraction_per_year" in costs:
        costs = dict(costs)
        rate = costs.pop("maintenance_fraction_per_year")
        costs["maintenance_per_year"] = {
            "compute": rate, "network": rate, "storage": rate, "facility": 0.0, "power_plant": 0.0}
        notes = costs.get("notes")
        if isinstance(notes, dict) and "maintenance_fraction_per_year" in notes:
            notes = dict(notes)
            old = notes.pop("maintenance_fraction_per_year")
            notes["maintenance_per_year"] = f"{old} ({_V3_MAINTENANCE_NOTE})"
            costs["notes"] = notes
        else:
            _add_note(costs, "maintenance_per_year", _V3_MAINTENANCE_NOTE)
        doc["costs"] = costs
    pools = doc.get("pools")
    if isinstance(pools, list):
        new_pools = []
        for pool in pools:
            if isinstance(pool, dict) and pool.get("price_usd") is not None and "price_basis" not in pool:
                pool = {**pool, "price_basis": "chip"}
                pool["note"] = (str(pool.get("note") or "") + " " + _V3_PRICE_NOTE).strip()
            new_pools.append(pool)
        doc["pools"] = new_pools
    return doc


_V4_ARCH_NAMES = {"layers": "num_hidden_layers", "hidden": "hidden_size", "heads": "num_attention_heads",
                  "kv_heads": "num_key_value_heads", "ffn_hidden": "intermediate_size", "vocab": "vocab_size",
                  "experts": "n_routed_experts", "top_k": "num_experts_per_tok"}
_V4_MFU_NOTE = ("Schema 3 counted full recomputation in the FLOPs (8ND) and applied this MFU to them; schema 4 "
                "counts model FLOPs only, so the file's MFU was multiplied by 6/8 when it was read (schema 3 to 4).")


def _v3_to_v4(doc: dict) -> dict:
    """Version 4 names the architecture as Hugging Face's config.json does, moves the sequence
    length and batch to the workload, turns ``activation_recompute`` into the layout's
    ``recompute`` and makes the MFU an override (empty = predicted). A version-3 file keeps its
    MFU as an override; with recomputation on, that MFU counted 8ND of hardware FLOPs, so it
    becomes 6/8 of itself on model FLOPs and the run's duration is unchanged."""
    w = doc.get("workload")
    if not isinstance(w, dict):
        return doc
    w = dict(w)
    recompute = w.pop("activation_recompute", False)
    arch = w.get("architecture")
    if isinstance(arch, dict):
        arch = dict(arch)
        if arch.get("seq_len") is not None:
            w["seq_length"] = arch["seq_len"]
        if arch.get("global_batch_tokens") is not None:
            w["global_batch_tokens"] = arch["global_batch_tokens"]
        arch.pop("seq_len", None)
        arch.pop("global_batch_tokens", None)
        w["architecture"] = {_V4_ARCH_NAMES.get(k, k): v for k, v in arch.items()}
    par = w.get("parallelism")
    par = dict(par) if isinstance(par, dict) else {}
    if recompute is True:
        par["recompute"] = "full"
        if isinstance(w.get("mfu"), (int, float)) and not isinstance(w.get("mfu"), bool):
            w["mfu"] = w["mfu"] * 6.0 / 8.0
            notes = w.get("notes") if isinstance(w.get("notes"), dict) else {}
            w["notes"] = {**notes, "mfu": (notes.get("mfu", "") + " " + _V4_MFU_NOTE).strip()}
    if par or "parallelism" in w:
        w["parallelism"] = par
    doc["workload"] = w
    return doc


def _v4_to_v5(doc: dict) -> dict:
    """Version 5 adds ``uncertainty`` (distributions on inputs, for Monte Carlo and the tornado);
    a version-4 file has none: an empty section with 10,000 samples and seed 1, written here as
    literals so that reading an old file never changes with the code's defaults."""
    doc.setdefault("uncertainty", {"inputs": [], "correlations": [], "samples": 10_000, "seed": 1})
    return doc


_V6_NOTE = ("Added when this file was read (schema 5 to 6): blocking checkpoints as before (the analytic results are "
            "unchanged); no planned maintenance, 72 h repairs (assumption) and no degraded running for the failure "
            "simulation.")


def _v5_to_v6(doc: dict) -> dict:
    """Version 6 adds asynchronous checkpoints (``workload.checkpoint_mode``, ``checkpoint_snapshot_s``)
    and the failure simulation's ``reliability.planned_per_gpu_year``, ``repair_hours`` and
    ``degraded_running``. A version-5 file keeps blocking checkpoints, so everything it computed
    stays the same; the literals below never change with the code's defaults."""
    w = doc.get("workload")
    if isinstance(w, dict):
        w = dict(w)
        w.setdefault("checkpoint_mode", "blocking")
        w.setdefault("checkpoint_snapshot_s", 5.0)
        doc["workload"] = w
    r = doc.get("reliability")
    if isinstance(r, dict):
        r = dict(r)
        r.setdefault("planned_per_gpu_year", 0.0)
        r.setdefault("repair_hours", 72.0)
        r.setdefault("degraded_running", False)
        _add_note(r, "repair_hours", _V6_NOTE)
        doc["reliability"] = r
    return doc


_V7_NOTE = ("Added when this file was read (schema 6 to 7): the failure class shares of Llama 3's Table 5 "
            "(419 unexpected interruptions in 54 days), as the simulation used before.")


def _v6_to_v7(doc: dict) -> dict:
    """Version 7 makes the failure simulation's class shares document fields
    (``reliability.share_gpu`` … ``share_software``). A version-6 file gets the shares the
    simulation used until then (Llama 3 Table 5 counts / 419, as literals)."""
    r = doc.get("reliability")
    if isinstance(r, dict):
        r = dict(r)
        for key, value in (("share_gpu", 0.4678), ("share_hbm", 0.1718), ("share_network", 0.0835),
                           ("share_host", 0.1265), ("share_software", 0.1504)):
            r.setdefault(key, value)
        _add_note(r, "share_gpu", _V7_NOTE)
        doc["reliability"] = r
    return doc


#: ``MIGRATIONS[n]`` turns a version-n document (a plain dict) into a version n + 1 one.
MIGRATIONS: dict[int, Callable[[dict], dict]] = {1: _v1_to_v2, 2: _v2_to_v3, 3: _v3_to_v4, 4: _v4_to_v5, 5: _v5_to_v6,
                                                6: _v6_to_v7}

#: A scenario file is small; anything larger is surely something else.
MAX_FILE_BYTES = 32 * 1024 * 1024

# --------------------------------------------------------------------------- header and migrations


def _check_header(data: Any) -> int:
    """Check the format marker and return the document's schema_version."""
    if not isinstance(data, dict):
        raise ScenarioError("not a Colossus Desktop scenario (expected a JSON object at the top level)")
    marker = data.get("format")
    if marker is None:
        raise ScenarioError('not a Colossus Desktop scenario (the "format" marker is missing)')
    if marker != FORMAT:
        shown = marker if isinstance(marker, str) else json.dumps(marker)[:1000]
        raise ScenarioError(f'not a Colossus Desktop scenario (format is {echo(shown)}, expected "{FORMAT}")')
    if "schema_version" not in data:
        raise ScenarioError("is required", field="schema_version")
    version = data["schema_version"]
    if isinstance(version, bool) or not isinstance(version, int):
        raise ScenarioError("must be a whole number", field="schema_version")
    if version > SCHEMA_VERSION:
        raise ScenarioError(
            f"was written by a newer Colossus Desktop (schema_version {echo(version)}; "
            f"this version reads up to {SCHEMA_VERSION})"
        )
    if version < 1:
        raise ScenarioError("must be >= 1", field="schema_version")
    return version


def migrate(
    data: dict,
    migrations: Mapping[int, Callable[[dict], dict]] | None = None,
    target: int | None = None,
) -> dict:
    """Bring ``data`` (whose header has been checked) up to ``target``, one version at a time.

    Each step gets a copy and must return the migrated dict; the runner sets
    ``schema_version`` after each step, so a migration only moves fields.
    """
    registry = MIGRATIONS if migrations is None else migrations
    target = SCHEMA_VERSION if target is None else target
    version = data.get("schema_version")
    while version < target:
        step = registry.get(version)
        if step is None:
            raise ScenarioError(f"cannot read schema_version {version}: no migration to version {version + 1}")
        migrated = step(dict(data))
        if not isinstance(migrated, dict):
            raise TypeError(f"migration from schema_version {version} returned {type(migrated).__name__}")
        version += 1
        migrated["schema_version"] = version
        data = migrated
    return data


# --------------------------------------------------------------------------- catalog ids


def _known(ids) -> str:
    return ", ".join(sorted(ids))


def check_catalog_ids(scenario: Scenario, catalog: Catalog) -> None:
    """Raise ScenarioError for the first accelerator, switch or cooling id the catalog lacks."""
    for i, pool in enumerate(scenario.pools):
        if pool.accelerator is not None and pool.accelerator not in catalog.accelerators:
            raise ScenarioError(
                f"unknown accelerator {echo(pool.accelerator)} (known: {_known(catalog.accelerators)})",
                field=f"pools[{i}].accelerator",
            )
    if scenario.network.custom_switch is None and scenario.network.switch not in catalog.switches:
        raise ScenarioError(
            f"unknown switch {echo(scenario.network.switch)} (known: {_known(catalog.switches)})", field="network.switch"
        )
    if scenario.facility.cooling not in catalog.cooling:
        raise ScenarioError(
            f"unknown cooling {echo(scenario.facility.cooling)} (known: {_known(catalog.cooling)})", field="facility.cooling"
        )


# --------------------------------------------------------------------------- public API


def scenario_from_data(data: Any, catalog: Catalog | None = None) -> Scenario:
    """Check, migrate and validate an already-parsed document (errors carry no path)."""
    _check_header(data)
    return _validated(migrate(data), catalog)


def _validated(data: dict, catalog: Catalog | None) -> Scenario:
    """Validate migrated ``data``: the model (strict), the catalog's ids, the uncertain inputs."""
    try:
        scenario = Scenario.model_validate(data, strict=True)
    except ValidationError as exc:
        raise validation_error(exc, data) from None
    catalog = catalog if catalog is not None else load_catalog()
    check_catalog_ids(scenario, catalog)
    from colossus_desktop.scenario.uncertain_paths import check_uncertainty  # imports engine/analysis

    check_uncertainty(scenario)
    return scenario


def loads_scenario(text: str | bytes, path: str | os.PathLike[str] | None = None, catalog: Catalog | None = None) -> Scenario:
    """Parse, migrate and validate a scenario document; ``path`` only names it in errors."""
    try:
        return scenario_from_data(parse_json(document_text(text, "a Colossus Desktop scenario")), catalog)
    except ScenarioError as exc:
        raise (exc.with_path(path) if path is not None else exc) from None


def _os_reason(exc: OSError, action: str) -> str:
    code = exc.errno
    if isinstance(exc, FileNotFoundError) or code == errno.ENOENT:
        return "file not found" if action == "read" else "the folder does not exist"
    if isinstance(exc, IsADirectoryError) or code == errno.EISDIR:
        return "is a folder, not a scenario file"
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM):
        return f"cannot {action}: permission denied"
    if code == errno.ENOSPC:
        return f"cannot {action}: the disk is full"
    if code is not None and code == getattr(errno, "EDQUOT", None):
        return f"cannot {action}: disk quota exceeded"
    if code == errno.EROFS:
        return f"cannot {action}: the file system is read-only"
    if isinstance(exc, NotADirectoryError) or code == errno.ENOTDIR:
        return f"cannot {action}: a part of the path is not a folder"
    return f"cannot {action}: {exc.strerror or exc}"


def file_schema_version(path: str | os.PathLike[str]) -> int | None:
    """The ``schema_version`` a scenario file was written with, or None when it cannot be read
    (a cheap look before or after :func:`load_scenario`, to tell the user a file was migrated)."""
    try:
        with open(path, "rb") as fh:
            data = json.loads(fh.read(MAX_FILE_BYTES).decode("utf-8-sig"))
        version = data.get("schema_version") if isinstance(data, dict) else None
        return version if isinstance(version, int) and not isinstance(version, bool) else None
    except (OSError, ValueError):
        return None


def migration_note(path: str | os.PathLike[str]) -> str | None:
    """One sentence when the file at ``path`` is of an older schema than this version writes:
    what happened to it and where the changes are explained; None otherwise."""
    version = file_schema_version(path)
    if version is None or version >= SCHEMA_VERSION:
        return None
    return (f"{os.fspath(path)} was written with schema {version} and was read as schema {SCHEMA_VERSION}: "
            f"the fields it lacked were filled in, each with a note saying how; saving writes schema {SCHEMA_VERSION}.")


def read_document(path: str | os.PathLike[str]) -> dict:
    """The scenario file at ``path`` as plain JSON data of this schema version: read, parsed, its
    header checked and migrated, not validated (:func:`load_scenario` validates it;
    ``scenario/trusted.py`` makes a shipped preset from it). Raises ScenarioError naming ``path``:
    unreadable, too large, not JSON, not a scenario, or of a version it cannot migrate."""
    p = Path(path)
    try:
        with open(p, "rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ScenarioError(_os_reason(exc, "read"), path=path) from None
    if len(raw) > MAX_FILE_BYTES:
        raise ScenarioError(f"is larger than {MAX_FILE_BYTES // 2**20} MB, too large to be a scenario", path=path)
    try:
        data = parse_json(document_text(raw, "a Colossus Desktop scenario"))
        _check_header(data)
        return migrate(data)
    except ScenarioError as exc:
        raise exc.with_path(path) from None


def load_scenario(path: str | os.PathLike[str], catalog: Catalog | None = None) -> Scenario:
    """Read, migrate and validate the scenario file at ``path``."""
    data = read_document(path)
    try:
        return _validated(data, catalog)
    except ScenarioError as exc:
        raise exc.with_path(path) from None


def _plain(value: Any) -> Any:
    """Whole floats as ints (``150`` rather than ``150.0``) for a readable file."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _notes_last(value: Any) -> Any:
    if isinstance(value, dict):
        out = {k: _notes_last(v) for k, v in value.items() if k != "notes"}
        if "notes" in value:
            out["notes"] = value["notes"]
        return out
    if isinstance(value, list):
        return [_notes_last(v) for v in value]
    return value


def scenario_data(scenario: Scenario) -> dict:
    """The document as plain JSON data: the model's field order, except that each section's
    ``notes`` (declared first, in the shared base class) comes after the values it explains."""
    return _plain(_notes_last(scenario.model_dump(mode="json")))


def dumps_scenario(scenario: Scenario) -> str:
    """The canonical text of a scenario: field order as declared, 2-space indent, final newline.

    Raises :class:`ScenarioError` naming the field if a number is not finite (the model refuses
    inf and NaN, so only a document built around validation can hold one)."""
    data = scenario_data(scenario)
    bad = _non_finite(data)
    if bad is not None:
        raise ScenarioError("must be a finite number (JSON has no infinity or NaN)", field=format_loc(bad) or None)
    return json.dumps(data, indent=2, ensure_ascii=False, allow_nan=False) + "\n"


def _non_finite(node: Any, loc: tuple = ()) -> tuple | None:
    """The location of the first inf or NaN in plain data, or None."""
    if isinstance(node, float):
        return None if math.isfinite(node) else loc
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, value in items:
        found = _non_finite(value, (*loc, key))
        if found is not None:
            return found
    return None


def _fsync_folder(folder: Path) -> None:
    """Make the rename durable where the platform lets us open a folder (not on Windows)."""
    flags = getattr(os, "O_DIRECTORY", None)
    if flags is None:
        return
    try:
        fd = os.open(folder, os.O_RDONLY | flags)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _file_mode(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def save_scenario(scenario: Scenario, path: str | os.PathLike[str]) -> None:
    """Write ``scenario`` to ``path`` atomically; raise ScenarioError (old file intact) on failure."""
    try:
        text = dumps_scenario(scenario).encode("utf-8")
    except ScenarioError as exc:
        raise exc.with_path(path) from None
    write_atomically(text, path)


def write_atomically(text: bytes, path: str | os.PathLike[str], what: str = "scenario file") -> None:
    """Write ``text`` to ``path``: a temporary file in the same folder, fsynced, then renamed over
    the target; raise ScenarioError naming ``path`` (old file intact) on failure. ``what`` names the
    kind of file in the message for a folder given as the target."""
    target = Path(path)
    folder = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ScenarioError(f"is a folder, not a {what}", path=path)
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.chmod(tmp, _file_mode(target))
        except OSError:
            pass
        os.replace(tmp, target)
        tmp = None
        _fsync_folder(folder)
    except OSError as exc:
        raise ScenarioError(_os_reason(exc, "save"), path=path) from None
    finally:
        if tmp is not None:
            try:
                os.unlink(tmp)
            except OSError:
                pass
