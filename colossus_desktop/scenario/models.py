"""The model catalog (``resources/models/*.json``) and applying a model to a scenario's workload.

One file per model, ``{"format": "colossus-desktop-model", "version": 1, "id", "name", "summary",
"architecture", "params_total_b", "params_active_b", "seq_length", "tokens_t", "sources"}``; the
architecture uses Hugging Face ``config.json`` names (schema 4's
:class:`~colossus_desktop.scenario.model.Architecture`), ``sources`` maps a field (or
``architecture``) to ``{"source", "confidence": "H"|"M"|"L"}``. Files are validated by pydantic;
an error names the file and the field. :func:`architecture_from_hf_config` (from
:mod:`colossus_desktop.scenario.hf_config`) maps a user's own ``config.json``. No Qt here.
"""

from __future__ import annotations

import json
import os
import re
from functools import lru_cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Literal

import numpy as np
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from colossus_desktop.paths import resources_dir
from colossus_desktop.scenario.errors import ScenarioError, clip
from colossus_desktop.scenario.validation import validation_error
from colossus_desktop.scenario.hf_config import architecture_from_hf_config, load_hf_config, missing_sizes
from colossus_desktop.scenario.model import Architecture, Parallelism, Scenario

__all__ = [
    "MODEL_FORMAT", "CatalogModel", "Source", "apply_architecture", "apply_model", "architecture_from_hf_config",
    "catalog_values",
    "get_model", "list_models", "load_hf_config", "load_model_file", "load_models", "missing_sizes", "models_dir",
    "shape_counts_b", "workload_values",
]

MODEL_FORMAT = "colossus-desktop-model"
_ID = re.compile(r"^[a-z0-9][a-z0-9.\-]*$")
#: Fields a catalog entry may cite a source for, besides ``architecture.<field>``.
SOURCED = ("architecture", "params_total_b", "params_active_b", "seq_length", "tokens_t")


class Source(BaseModel):
    """Where one value comes from: publisher first, then a secondary page; H/M/L confidence."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    source: str = Field(min_length=1)
    confidence: Literal["H", "M", "L"]


class CatalogModel(BaseModel):
    """One catalog entry (see the module docstring for the file format)."""

    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)

    format: Literal["colossus-desktop-model"]
    version: Literal[1]
    id: str = Field(pattern=_ID.pattern)
    name: str = Field(min_length=1)
    summary: str = ""
    architecture: Architecture
    params_total_b: float = Field(gt=0, description="Published total parameters, billions.")
    params_active_b: float | None = Field(default=None, gt=0, description="Published active parameters (MoE); null = dense.")
    seq_length: int | None = Field(default=None, ge=1, description="Pre-training sequence length, tokens.")
    tokens_t: float | None = Field(default=None, gt=0, description="Pre-training tokens, trillions, where published.")
    sources: dict[str, Source]

    @model_validator(mode="after")
    def _checked(self) -> CatalogModel:
        if self.params_active_b is not None and self.params_active_b > self.params_total_b:
            raise ValueError("params_active_b must not exceed params_total_b")
        unknown = [k for k in self.sources if k not in SOURCED
                   and not (k.startswith("architecture.") and k.split(".", 1)[1] in Architecture.model_fields)]
        if unknown:
            raise ValueError("sources: unknown field(s) " + ", ".join(unknown))
        unsourced = [f for f in SOURCED if getattr(self, f) is not None and f not in self.sources]
        if unsourced:
            raise ValueError("sources: no source for " + ", ".join(unsourced))
        missing = missing_sizes(self.architecture)
        if missing:
            raise ValueError("architecture: incomplete, missing " + ", ".join(missing))
        return self

    def source_text(self, field: str) -> str:
        """``"<source> (confidence H)"`` for ``field``, or ``""``."""
        s = self.sources.get(field)
        return f"{s.source} (confidence {s.confidence})" if s else ""


def models_dir() -> Path:
    """The shipped catalog folder, ``resources/models``."""
    return resources_dir() / "models"


def load_model_file(path: str | os.PathLike[str]) -> CatalogModel:
    """Read and validate one catalog file; :class:`ScenarioError` names the file and the field.
    The file's name (without ``.json``) must equal its ``id``."""
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ScenarioError(f"cannot read the file ({exc})", path=path) from exc
    except json.JSONDecodeError as exc:
        raise ScenarioError(f"not JSON: {exc.msg} at line {exc.lineno}", path=path) from exc
    except ValueError as exc:  # e.g. an integer over Python's 4,300 digits
        raise ScenarioError(f"not JSON a model can hold ({clip(str(exc), 200)})", path=path) from None
    try:
        model = CatalogModel.model_validate(data)
    except ValidationError as exc:
        raise validation_error(exc, data).with_path(path) from None
    if model.id != Path(path).stem:
        raise ScenarioError(f"id \"{model.id}\" differs from the file name \"{Path(path).stem}\"", path=path, field="id")
    return model


def _order(m: CatalogModel) -> tuple[str, float]:
    return (m.name.split()[0].lower(), m.params_total_b)


@lru_cache(maxsize=4)
def _load(folder: str) -> tuple[CatalogModel, ...]:
    models = [load_model_file(p) for p in sorted(Path(folder).glob("*.json"))]
    return tuple(sorted(models, key=_order))


def load_models(folder: str | os.PathLike[str] | None = None) -> dict[str, CatalogModel]:
    """Every catalog entry by id, in display order (family, then size). Cached per folder."""
    return {m.id: m for m in _load(os.fspath(folder or models_dir()))}


def list_models(folder: str | os.PathLike[str] | None = None) -> list[CatalogModel]:
    """The catalog entries in display order."""
    return list(load_models(folder).values())


def get_model(model_id: str, folder: str | os.PathLike[str] | None = None) -> CatalogModel:
    """The entry ``model_id``; :class:`ScenarioError` (field ``workload.model``) lists the known ids."""
    models = load_models(folder)
    if model_id not in models:
        raise ScenarioError(f"unknown model \"{model_id}\"; known: {', '.join(models)}", field="workload.model")
    return models[model_id]


def shape_counts_b(arch: Architecture) -> tuple[float | None, float | None]:
    """Total and active parameters, billions, counted from ``arch`` by
    :func:`colossus_desktop.engine.performance.shape.shape`; ``(None, None)`` when incomplete."""
    from colossus_desktop.engine.performance.shape import shape
    from colossus_desktop.scenario.inputs import _shape_and_layout

    w = SimpleNamespace(architecture=arch, parallelism=Parallelism(), seq_length=None, global_batch_tokens=None,
                        fused_kernels=True)
    sh = shape(SimpleNamespace(**{k: np.array([v], dtype=float) for k, v in _shape_and_layout(w).items()}))
    if sh["complete"][0] < 0.5:
        return None, None
    return float(sh["params_total"][0]) / 1e9, float(sh["params_active"][0]) / 1e9


def _round_b(x: float) -> float:
    return float(f"{x:.4g}")


def workload_values(arch: Architecture, *, model: str | None = None, seq_length: int | None = None,
                    source: str = "", published: CatalogModel | None = None) -> tuple[dict[str, Any], dict[str, str]]:
    """The workload fields an architecture sets, as ``{field path: value}`` for one
    ``document.set_fields`` edit, and the notes to record (field name → text).

    Parameter counts are always counted from the shape (the same count the engine's FLOPs and
    memory use); ``published`` (a catalog entry) adds its published counts to the notes. A dense
    model gets ``params_active_b`` empty. Raises :class:`ScenarioError` when the shape is incomplete.
    """
    total_b, active_b = shape_counts_b(arch)
    if total_b is None:
        raise ScenarioError("the model's sizes are incomplete; missing: " + ", ".join(missing_sizes(arch)),
                            field="workload.architecture")
    moe = arch.n_routed_experts is not None
    values: dict[str, Any] = {
        "workload.model": model,
        "workload.architecture": arch.model_dump(mode="json"),
        "workload.params_total_b": _round_b(total_b),
        "workload.params_active_b": _round_b(active_b) if moe else None,
    }
    counted = "counted from the architecture (engine/performance/shape.py)"
    notes = {"architecture": source, "params_total_b": counted, "params_active_b": counted if moe else ""}
    if published is not None:
        notes["params_total_b"] += f"; published {published.params_total_b:g} B: {published.source_text('params_total_b')}"
        if published.params_active_b is not None:
            notes["params_active_b"] += (f"; published {published.params_active_b:g} B: "
                                         f"{published.source_text('params_active_b')}")
        notes["model"] = f"{published.name} from the model catalog (resources/models/{published.id}.json)"
    if seq_length is not None:
        values["workload.seq_length"] = seq_length
        notes["seq_length"] = published.source_text("seq_length") if published is not None else ""
    return values, {k: v for k, v in notes.items() if v}


def apply_architecture(scenario: Scenario, values: dict[str, Any], notes: dict[str, str]) -> Scenario:
    """A new scenario with ``values`` (from :func:`workload_values`) set and ``notes`` merged
    into ``workload.notes``; pydantic validates the result."""
    data = scenario.model_dump(mode="python")
    w = data["workload"]
    for path, value in values.items():
        w[path.split(".", 1)[1]] = value
    w["notes"] = {**w.get("notes", {}), **notes}
    return Scenario.model_validate(data)


def catalog_values(model_id: str, folder: str | os.PathLike[str] | None = None) -> tuple[dict[str, Any], dict[str, str]]:
    """:func:`workload_values` for catalog entry ``model_id`` (its architecture, id and sequence
    length; the counts from the shape, the published ones in the notes)."""
    m = get_model(model_id, folder)
    return workload_values(m.architecture, model=m.id, seq_length=m.seq_length,
                           source=m.source_text("architecture"), published=m)


def apply_model(scenario: Scenario, model_id: str, folder: str | os.PathLike[str] | None = None) -> Scenario:
    """``scenario`` with catalog model ``model_id`` as its workload's model: ``workload.model``,
    ``architecture``, ``seq_length`` and the parameter counts (counted from the shape with
    ``engine/performance/shape.py``; the published counts go in ``workload.notes``). Tokens,
    precision and the layout stay the user's. :class:`ScenarioError` for an unknown id."""
    values, notes = catalog_values(model_id, folder)
    return apply_architecture(scenario, values, notes)
