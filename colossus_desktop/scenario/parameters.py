"""The numeric inputs a sweep or a Monte Carlo run can vary, and where each one lands in the engine.

:data:`TABLE` is the explicit map from a document path to an engine input and its unit scale
(engine value = ``scale`` × document value), read off :func:`colossus_desktop.scenario.inputs.to_inputs`
(``tests/scenario/test_parameters.py`` perturbs every entry and checks that ``to_inputs`` moves
exactly that engine input by ``scale`` × the change). Pool fields add one row per pool
(``pools[i].count`` → column i of ``pool_count``).

Listed: every numeric field that ``to_inputs`` copies linearly. Left out, because the engine
sees them through a look-up or a step, not a linear copy: ``network.link_gbps``,
``network.nics_per_node``, ``network.planes`` and a custom accelerator's ``scaleout_gbps`` (they
pick the optics and cables; so does ``layout.gpus_per_node`` when ``nics_per_node`` is set), the layout (``workload.parallelism``: the sweep holds it, see
engine/analysis/varied.py), the arrival months, and choices (precision, cooling, fabric …).

A field that is empty in the scenario is listed when the engine has a figure for it, and its
``value`` is that figure: ``pools[i].price_usd`` (the catalog's or the custom accelerator's
price), ``workload.mfu`` (the predicted MFU; not listed when there is none, i.e. no complete
model shape), ``workload.gpus`` (the accelerators the run uses), ``workload.checkpoint_gb`` and
``workload.checkpoint_interval_min`` ("auto": the engine's 12 bytes per parameter and Young–Daly
interval). Other empty fields (``params_active_b``, ``global_batch_tokens``, ``seq_length``,
``network.pod_gpus``, the architecture) are listed only when set: empty means something else
there (dense model, no pods, no shape), not a number.

Ranges (``default_range``) come from the catalog, never from here: the accelerator's own
``price_usd`` (or ``chip_price_usd`` when the pool's price is the chip alone) low/typical/high;
for ``facility.pue`` and ``facility.wue_l_per_kwh`` the scenario's cooling type; for the grid
price and carbon the scenario's grid region; else ``defaults.json`` under the same path. Of
those the first whose low … high holds the scenario's value is used (a range that excludes the
scenario's own figure contradicts it), else the first; a spec with only a low or only a high
has no range. No Qt here.
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from colossus_desktop.engine.catalog import Catalog, Spec, load_catalog
from colossus_desktop.scenario.bounds import Bounds, bounds_at
from colossus_desktop.scenario.errors import ScenarioError
from colossus_desktop.scenario.model import Scenario
from colossus_desktop.translatable import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the analysis package (Monte Carlo, sweeps…) is imported when a list is made
    from colossus_desktop.engine.analysis.varied import Varied


@dataclass(frozen=True)
class Parameter:
    """One numeric input: document ``path``, ``label`` and ``unit`` (document unit) for the picker,
    the engine address ``varied``, the allowed range ``bounds`` (scenario/bounds.py), the
    scenario's current ``value`` (document unit), the catalog's ``default_range``
    (low, typical, high) or None, and that range's source text (``""`` if none)."""

    path: str
    label: str
    unit: str
    varied: Varied
    bounds: Bounds
    value: float
    default_range: tuple[float, float, float] | None
    range_source: str


#: Document path → (engine field, scale, label as the builder form words it, document unit).
TABLE: dict[str, tuple[str, float, str, str]] = {
    "layout.gpus_per_node": ("gpus_per_node", 1.0, QT_TRANSLATE_NOOP("Parameters", "Accelerators per server"), "accelerators"),
    "layout.nodes_per_rack": ("nodes_per_rack", 1.0, QT_TRANSLATE_NOOP("Parameters", "Servers per rack"), "servers"),
    "network.oversubscription": ("net_oversubscription", 1.0, QT_TRANSLATE_NOOP("Parameters", "Leaf oversubscription"), ":1"),
    "network.pod_gpus": ("net_pod_gpus", 1.0, QT_TRANSLATE_NOOP("Parameters", "Accelerators per pod"), "accelerators"),
    "network.pod_oversubscription": ("net_pod_oversubscription", 1.0, QT_TRANSLATE_NOOP("Parameters", "Oversubscription above pods"), ":1"),
    "network.optical_fraction": ("net_optical_fraction", 1.0, QT_TRANSLATE_NOOP("Parameters", "Optical links"), "share"),
    "network.frontend_gbps_per_node": ("net_frontend_gbps_per_node", 1.0, QT_TRANSLATE_NOOP("Parameters", "Front-end network per server"), "Gb/s"),
    "network.frontend_oversubscription": ("net_frontend_oversubscription", 1.0, QT_TRANSLATE_NOOP("Parameters", "Front-end oversubscription"), ":1"),
    "storage.capacity_pb": ("storage_capacity_pb", 1.0, QT_TRANSLATE_NOOP("Parameters", "Storage capacity"), "PB"),
    "storage.write_tbps": ("storage_write_tbps", 1.0, QT_TRANSLATE_NOOP("Parameters", "Storage write bandwidth"), "TB/s"),
    "storage.cost_usd_per_pb": ("storage_usd_per_pb", 1.0, QT_TRANSLATE_NOOP("Parameters", "Storage cost"), "$/PB"),
    "storage.power_kw_per_pb": ("storage_kw_per_pb", 1.0, QT_TRANSLATE_NOOP("Parameters", "Storage power"), "kW/PB"),
    "facility.pue": ("pue", 1.0, QT_TRANSLATE_NOOP("Parameters", "PUE"), ""),
    "facility.wue_l_per_kwh": ("wue_l_per_kwh", 1.0, QT_TRANSLATE_NOOP("Parameters", "Water use"), "L/kWh"),
    "facility.build_cost_usd_per_mw": ("facility_usd_per_mw", 1.0, QT_TRANSLATE_NOOP("Parameters", "Build cost"), "$/MW"),
    "power.utilization": ("utilization", 1.0, QT_TRANSLATE_NOOP("Parameters", "Average load"), "share"),
    "power.grid_mw": ("grid_mw", 1.0, QT_TRANSLATE_NOOP("Parameters", "Grid connection"), "MW"),
    "power.grid_usd_per_mwh": ("grid_usd_per_mwh", 1.0, QT_TRANSLATE_NOOP("Parameters", "Grid price"), "$/MWh"),
    "power.grid_kg_co2_per_mwh": ("grid_kg_co2_per_mwh", 1.0, QT_TRANSLATE_NOOP("Parameters", "Grid carbon"), "kg/MWh"),
    "power.turbines_mw": ("turbines_mw", 1.0, QT_TRANSLATE_NOOP("Parameters", "On-site turbines"), "MW"),
    "power.turbine_usd_per_mwh": ("turbine_usd_per_mwh", 1.0, QT_TRANSLATE_NOOP("Parameters", "Turbine energy cost"), "$/MWh"),
    "power.turbine_kg_co2_per_mwh": ("turbine_kg_co2_per_mwh", 1.0, QT_TRANSLATE_NOOP("Parameters", "Turbine carbon"), "kg/MWh"),
    "power.turbine_capex_usd_per_mw": ("turbine_capex_usd_per_mw", 1.0, QT_TRANSLATE_NOOP("Parameters", "Turbine capex"), "$/MW"),
    "power.battery_mw": ("battery_mw", 1.0, QT_TRANSLATE_NOOP("Parameters", "Battery power"), "MW"),
    "power.battery_mwh": ("battery_mwh", 1.0, QT_TRANSLATE_NOOP("Parameters", "Battery energy"), "MWh"),
    "power.battery_capex_usd_per_mwh": ("battery_capex_usd_per_mwh", 1.0, QT_TRANSLATE_NOOP("Parameters", "Battery capex"), "$/MWh"),
    "costs.server_cost_factor": ("server_cost_factor", 1.0, QT_TRANSLATE_NOOP("Parameters", "Server cost factor"), "×"),
    "costs.maintenance_per_year.compute": ("maintenance_compute_per_year", 1.0, QT_TRANSLATE_NOOP("Parameters", "Maintenance: accelerators and servers"), "share/yr"),
    "costs.maintenance_per_year.network": ("maintenance_network_per_year", 1.0, QT_TRANSLATE_NOOP("Parameters", "Maintenance: network"), "share/yr"),
    "costs.maintenance_per_year.storage": ("maintenance_storage_per_year", 1.0, QT_TRANSLATE_NOOP("Parameters", "Maintenance: storage"), "share/yr"),
    "costs.maintenance_per_year.facility": ("maintenance_facility_per_year", 1.0, QT_TRANSLATE_NOOP("Parameters", "Maintenance: facility"), "share/yr"),
    "costs.maintenance_per_year.power_plant": ("maintenance_power_plant_per_year", 1.0, QT_TRANSLATE_NOOP("Parameters", "Maintenance: power plant"), "share/yr"),
    "costs.staff_count": ("staff_count", 1.0, QT_TRANSLATE_NOOP("Parameters", "Staff"), "people"),
    "costs.staff_usd_per_year": ("staff_usd_per_year", 1.0, QT_TRANSLATE_NOOP("Parameters", "Cost per staff"), "$/yr"),
    "costs.gpu_hours_used_fraction": ("gpu_hours_used_fraction", 1.0, QT_TRANSLATE_NOOP("Parameters", "GPU-hours used"), "share"),
    "finance.depreciation_years.accelerators": ("dep_years_accelerators", 1.0, QT_TRANSLATE_NOOP("Parameters", "Depreciation: accelerators"), "years"),
    "finance.depreciation_years.servers": ("dep_years_servers", 1.0, QT_TRANSLATE_NOOP("Parameters", "Depreciation: servers"), "years"),
    "finance.depreciation_years.network": ("dep_years_network", 1.0, QT_TRANSLATE_NOOP("Parameters", "Depreciation: network"), "years"),
    "finance.depreciation_years.storage": ("dep_years_storage", 1.0, QT_TRANSLATE_NOOP("Parameters", "Depreciation: storage"), "years"),
    "finance.depreciation_years.facility": ("dep_years_facility", 1.0, QT_TRANSLATE_NOOP("Parameters", "Depreciation: facility"), "years"),
    "finance.depreciation_years.power_plant": ("dep_years_power_plant", 1.0, QT_TRANSLATE_NOOP("Parameters", "Depreciation: power plant"), "years"),
    "finance.cost_of_capital": ("cost_of_capital", 1.0, QT_TRANSLATE_NOOP("Parameters", "Cost of capital"), "per year"),
    "finance.horizon_years": ("horizon_years", 1.0, QT_TRANSLATE_NOOP("Parameters", "Horizon"), "years"),
    "workload.params_total_b": ("params_total", 1e9, QT_TRANSLATE_NOOP("Parameters", "Parameters"), "B"),
    "workload.params_active_b": ("params_active", 1e9, QT_TRANSLATE_NOOP("Parameters", "Active parameters"), "B"),
    "workload.tokens_t": ("tokens", 1e12, QT_TRANSLATE_NOOP("Parameters", "Training tokens"), "T"),
    "workload.mfu": ("mfu", 1.0, QT_TRANSLATE_NOOP("Parameters", "MFU"), "share"),
    "workload.seq_length": ("seq_length", 1.0, QT_TRANSLATE_NOOP("Parameters", "Sequence length"), "tokens"),
    "workload.global_batch_tokens": ("global_batch_tokens", 1.0, QT_TRANSLATE_NOOP("Parameters", "Global batch"), "tokens"),
    "workload.gpus": ("train_gpus", 1.0, QT_TRANSLATE_NOOP("Parameters", "Accelerators used"), "accelerators"),
    "workload.checkpoint_gb": ("checkpoint_bytes", 1e9, QT_TRANSLATE_NOOP("Parameters", "Checkpoint size"), "GB"),
    "workload.checkpoint_interval_min": ("checkpoint_interval_s", 60.0, QT_TRANSLATE_NOOP("Parameters", "Checkpoint interval"), "min"),
    "workload.restart_min": ("restart_s", 60.0, QT_TRANSLATE_NOOP("Parameters", "Restart time"), "min"),
    "workload.rental_usd_per_gpu_hour": ("rental_usd_per_gpu_hour", 1.0, QT_TRANSLATE_NOOP("Parameters", "Rental price"), "$/GPU·h"),
    "workload.architecture.num_hidden_layers": ("arch_layers", 1.0, QT_TRANSLATE_NOOP("Parameters", "Layers"), "layers"),
    "workload.architecture.hidden_size": ("arch_hidden", 1.0, QT_TRANSLATE_NOOP("Parameters", "Hidden size"), ""),
    "workload.architecture.intermediate_size": ("arch_ffn", 1.0, QT_TRANSLATE_NOOP("Parameters", "MLP width"), ""),
    "workload.architecture.num_attention_heads": ("arch_heads", 1.0, QT_TRANSLATE_NOOP("Parameters", "Attention heads"), "heads"),
    "workload.architecture.num_key_value_heads": ("arch_kv_heads", 1.0, QT_TRANSLATE_NOOP("Parameters", "Key/value heads"), "heads"),
    "workload.architecture.vocab_size": ("arch_vocab", 1.0, QT_TRANSLATE_NOOP("Parameters", "Vocabulary"), "tokens"),
    "workload.architecture.n_routed_experts": ("arch_experts", 1.0, QT_TRANSLATE_NOOP("Parameters", "Routed experts"), "experts"),
    "workload.architecture.num_experts_per_tok": ("arch_top_k", 1.0, QT_TRANSLATE_NOOP("Parameters", "Experts per token"), "experts"),
    "workload.architecture.moe_intermediate_size": ("arch_moe_ffn", 1.0, QT_TRANSLATE_NOOP("Parameters", "Expert MLP width"), ""),
    "workload.architecture.n_shared_experts": ("arch_shared_experts", 1.0, QT_TRANSLATE_NOOP("Parameters", "Shared experts"), "experts"),
    "reliability.failures_per_gpu_year": ("failures_per_gpu_year", 1.0, QT_TRANSLATE_NOOP("Parameters", "Failure rate"), "/GPU·yr"),
    "reliability.spare_fraction": ("spare_fraction", 1.0, QT_TRANSLATE_NOOP("Parameters", "Hot spares"), "share"),
}

#: Per pool i: ``pools[i].<key>`` → (engine column field, label after "Pool i (chip)", unit).
POOL_TABLE: dict[str, tuple[str, str, str]] = {
    "count": ("pool_count", QT_TRANSLATE_NOOP("Parameters", "count"), "accelerators"),
    "price_usd": ("pool_price_usd", QT_TRANSLATE_NOOP("Parameters", "price"), "$"),
}
#: Per custom-accelerator pool i: ``pools[i].custom.<key>`` → (engine column field, label, unit).
CUSTOM_TABLE: dict[str, tuple[str, str, str]] = {
    "bf16_tflops": ("pool_bf16_tflops", QT_TRANSLATE_NOOP("Parameters", "BF16 TFLOP/s"), "TFLOP/s"),
    "fp8_tflops": ("pool_fp8_tflops", QT_TRANSLATE_NOOP("Parameters", "FP8 TFLOP/s"), "TFLOP/s"),
    "fp4_tflops": ("pool_fp4_tflops", QT_TRANSLATE_NOOP("Parameters", "FP4 TFLOP/s"), "TFLOP/s"),
    "hbm_gb": ("pool_hbm_gb", QT_TRANSLATE_NOOP("Parameters", "HBM"), "GB"),
    "hbm_tbps": ("pool_hbm_tbps", QT_TRANSLATE_NOOP("Parameters", "HBM bandwidth"), "TB/s"),
    "tdp_w": ("pool_tdp_w", QT_TRANSLATE_NOOP("Parameters", "TDP"), "W"),
    "scaleup_gb_per_s": ("pool_scaleup_gb_per_s", QT_TRANSLATE_NOOP("Parameters", "scale-up bandwidth"), "GB/s"),
    "scaleup_domain": ("pool_scaleup_domain", QT_TRANSLATE_NOOP("Parameters", "scale-up domain"), "accelerators"),
    "system_power_factor": ("pool_system_power_factor", QT_TRANSLATE_NOOP("Parameters", "system power factor"), "×"),
}

#: Empty ("auto") fields whose value is the engine's current figure (see the module docstring).
_ENGINE_FIGURES = ("workload.mfu", "workload.gpus", "workload.checkpoint_gb", "workload.checkpoint_interval_min")
#: Bounds the model states in a validator rather than in Field(): "> 0 or auto" (Workload._positive_or_auto).
_VALIDATOR_BOUNDS = {"workload.checkpoint_gb": Bounds(low=0, low_exclusive=True),
                     "workload.checkpoint_interval_min": Bounds(low=0, low_exclusive=True)}
_PART = re.compile(r"([A-Za-z_]\w*)(?:\[(\d+)\])?")


@functools.lru_cache(maxsize=4096)
def split_path(path: str) -> tuple[str | int, ...]:
    """``"pools[0].custom.tdp_w"`` → ``("pools", 0, "custom", "tdp_w")``; ValueError if malformed.
    The one parser of field paths (the form's too: ``ui.edits.parse_path``); cached, so a tuple
    no caller can change (the form and the uncertainty check parse every field on each edit)."""
    parts: list[str | int] = []
    for piece in path.split("."):
        m = _PART.fullmatch(piece)
        if m is None:
            raise ValueError(f"{path!r} is not a field path (expected e.g. facility.pue or pools[0].count)")
        parts.append(m.group(1))
        if m.group(2) is not None:
            parts.append(int(m.group(2)))
    return tuple(parts)


def document_value(scenario: Scenario, path: str):
    """The raw value at ``path`` in the document (None, "auto" or a number)."""
    obj = scenario
    for part in split_path(path):
        obj = obj[part] if isinstance(part, int) else getattr(obj, part)
    return obj


def _is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def listed_paths(scenario: Scenario) -> list[str]:
    """The paths :func:`parameters` lists for ``scenario``, without touching the catalog or the
    engine (what the loader checks ``uncertainty.inputs[*].path`` against)."""
    out: list[str] = []
    for i, pool in enumerate(scenario.pools):
        out += [f"pools[{i}].{key}" for key in POOL_TABLE]
        if pool.custom is not None:
            out += [f"pools[{i}].custom.{k}" for k in CUSTOM_TABLE if getattr(pool.custom, k) is not None]
    out += [p for p in TABLE if _is_number(document_value(scenario, p)) or p in _ENGINE_FIGURES]
    if scenario.network.nics_per_node is not None:  # then GPUs per server set the NIC port speed, so the optics
        out.remove("layout.gpus_per_node")
    return out


def _range_of(spec: Spec | None, value: float) -> tuple[tuple[float, float, float], str] | None:
    if spec is None or spec.low is None or spec.high is None or not _is_number(spec.value):
        return None
    low, typ, high = float(spec.low), float(spec.value), float(spec.high)
    if not low <= typ <= high or low == high:
        return None
    return (low, typ, high), spec.source


def _catalog_ranges(scenario: Scenario, path: str, catalog: Catalog) -> list[Spec | None]:
    """The catalog specs that carry a range for ``path``, most specific first."""
    specs: list[Spec | None] = []
    parts = split_path(path)
    if parts[0] == "pools" and parts[2] == "price_usd":
        pool = scenario.pools[parts[1]]
        item = catalog.accelerators.get(pool.accelerator) if pool.accelerator else None
        if item is not None:
            basis = pool.price_basis or item.value("price_basis", "chip")
            key = "price_usd" if basis == item.value("price_basis", "chip") else f"{basis}_price_usd"
            specs.append(item.specs.get(key))
        return specs
    cooling = catalog.cooling.get(scenario.facility.cooling)
    grid = catalog.grids.get(scenario.power.grid_region)
    item_keys = {"facility.pue": (cooling, "pue"), "facility.wue_l_per_kwh": (cooling, "wue_l_per_kwh"),
                 "power.grid_usd_per_mwh": (grid, "usd_per_mwh"), "power.grid_kg_co2_per_mwh": (grid, "kg_co2_per_mwh")}
    if path in item_keys and item_keys[path][0] is not None:
        item, key = item_keys[path]
        specs.append(item.specs.get(key))
    specs.append(catalog.defaults.get(path))
    return specs


def default_range(scenario: Scenario, path: str, value: float, catalog: Catalog) -> tuple[tuple[float, float, float] | None, str]:
    """The catalog's (low, typical, high) for ``path`` and its source text; ``(None, "")`` when the
    catalog has no two-sided range. A source is prefixed with where it was found."""
    found = []
    for spec in _catalog_ranges(scenario, path, catalog):
        r = _range_of(spec, value)
        if r is not None:
            found.append(r)
    if not found:
        return None, ""
    inside = [r for r in found if r[0][0] <= value <= r[0][2]]
    return (inside or found)[0]


def _engine_figures(scenario: Scenario, catalog: Catalog) -> dict[str, float]:
    """Today's figures of the empty fields in :data:`_ENGINE_FIGURES` (one engine call)."""
    from colossus_desktop.engine import evaluate
    from colossus_desktop.scenario.inputs import to_inputs

    w = scenario.workload
    if w.mfu is not None and w.gpus is not None and w.checkpoint_gb != "auto" and w.checkpoint_interval_min != "auto":
        return {}
    r = evaluate(to_inputs(scenario, catalog), series=False)
    return {"workload.mfu": float(r.training.mfu_predicted[0]),
            "workload.gpus": float(r.cluster.train_gpus[0]),
            "workload.checkpoint_gb": float(r.reliability.checkpoint_bytes[0]) / 1e9,
            "workload.checkpoint_interval_min": float(r.reliability.checkpoint_interval_s[0]) / 60.0}


def _pool_label(scenario: Scenario, i: int, catalog: Catalog) -> str:
    pool = scenario.pools[i]
    if pool.custom is not None:
        chip = pool.custom.name
    else:
        item = catalog.accelerators.get(pool.accelerator)
        chip = item.name if item is not None else str(pool.accelerator)
        chip = re.sub(r"\s*\(.*\)$", "", chip)  # "NVIDIA GB200 NVL72 (per GPU)" → "NVIDIA GB200 NVL72"
        chip = chip.removeprefix("NVIDIA ").removeprefix("AMD ").removeprefix("Google ").removeprefix("AWS ")
    return f"Pool {i + 1} ({chip})"  # the window words it again: ui/labels.py


def parameters(scenario: Scenario, catalog: Catalog | None = None) -> list[Parameter]:
    """Every numeric input of ``scenario`` that maps linearly to the engine, in form order
    (pools first). Values in document units; an empty field's value is the engine's current
    figure (module docstring). Raises ScenarioError for a catalog id the catalog lacks."""
    from colossus_desktop.engine.analysis.varied import Varied
    from colossus_desktop.scenario.inputs import pool_spec

    catalog = catalog or load_catalog()
    paths = listed_paths(scenario)
    figures = _engine_figures(scenario, catalog) if any(
        document_value(scenario, p) in (None, "auto") for p in _ENGINE_FIGURES) else {}
    out: list[Parameter] = []
    for path in paths:
        parts = split_path(path)
        raw = document_value(scenario, path)
        if parts[0] == "pools":
            i, key = parts[1], parts[-1]
            field, tail, unit = (CUSTOM_TABLE if parts[2] == "custom" else POOL_TABLE)[key]
            label = f"{_pool_label(scenario, i, catalog)} {tail}"
            varied = Varied(path, field, i, 1.0)
            if raw is None:  # pools[i].price_usd empty: the catalog's (or the custom chip's) price
                raw = pool_spec(scenario.pools[i], i, catalog)["price"]
        else:
            field, scale, label, unit = TABLE[path]
            varied = Varied(path, field, None, scale)
            if raw in (None, "auto"):
                raw = figures.get(path, math.nan)
        value = float(raw)
        if not math.isfinite(value):  # e.g. no predicted MFU without a model shape
            continue
        bounds = field_bounds(path)
        rng, source = default_range(scenario, path, value, catalog)
        out.append(Parameter(path, label, unit, varied, bounds, value, rng, source))
    return out


def find_parameter(scenario: Scenario, path: str, catalog: Catalog | None = None,
                   params: list[Parameter] | None = None) -> Parameter:
    """The :class:`Parameter` at ``path``; ScenarioError (field=path) naming close matches."""
    params = parameters(scenario, catalog) if params is None else params
    for p in params:
        if p.path == path:
            return p
    raise ScenarioError(unknown_path_reason(path, [p.path for p in params]), field=path)


def unknown_path_reason(path: str, known: list[str]) -> str:
    """Why ``path`` cannot be varied, with the closest known paths."""
    import difflib

    close = difflib.get_close_matches(path, known, n=3, cutoff=0.6)
    hint = f"; did you mean {', '.join(close)}?" if close else "; colossus-desktop sweep --list shows them"
    return f"not a numeric input of this scenario that can be varied{hint}"


def parse_values(text: str, max_points: int = 10_000) -> np.ndarray:
    """``"START:STOP:N"`` → N evenly spaced values from START to STOP inclusive (numpy.linspace);
    a comma list ``"1,2,5"`` is taken as given. ValueError with a one-line reason when malformed,
    N < 2 (a single value: write it alone), N > ``max_points`` or a value is not finite."""
    text = text.strip()
    malformed = ValueError(f"{text!r} is not START:STOP:N (e.g. 1.1:1.5:5) or a list of numbers (1.1,1.2,1.4)")
    try:
        if ":" in text:
            pieces = text.split(":")
            if len(pieces) != 3:
                raise malformed
            start, stop, n = float(pieces[0]), float(pieces[1]), int(pieces[2])
        else:
            values = np.array([float(x) for x in text.split(",")])
            n = None
    except ValueError:
        raise malformed from None
    if n is not None:
        if n < 2:
            raise ValueError(f"{text!r}: N must be at least 2")
        if n > max_points:
            raise ValueError(f"{text!r}: {n:,} points is more than {max_points:,}")
        values = np.linspace(start, stop, n)
    elif len(values) > max_points:
        raise ValueError(f"{len(values):,} values is more than {max_points:,}")
    if not np.all(np.isfinite(values)):
        raise ValueError(f"{text!r}: every value must be a finite number")
    return values


def check_values(param: Parameter, values: np.ndarray) -> None:
    """ValueError naming the first value outside ``param.bounds`` or, for a whole-number field,
    the first value that is not whole."""
    for v in np.asarray(values, dtype=float).ravel():
        if not param.bounds.contains(float(v)):
            raise ValueError(f"{v:g} is outside the allowed range ({describe_bounds(param.bounds)})")
        if param.bounds.integer and v != round(v):
            raise ValueError(f"takes whole numbers; {v:g} is not one")


def describe_bounds(b: Bounds) -> str:
    low = None if b.low is None else ("> " if b.low_exclusive else ">= ") + f"{b.low:g}"
    high = None if b.high is None else ("< " if b.high_exclusive else "<= ") + f"{b.high:g}"
    return " and ".join(x for x in (low, high) if x) or "any number"


def field_bounds(path: str) -> Bounds:
    """The allowed range of the field at ``path`` (scenario/bounds.py), including the "> 0" that
    ``Workload._positive_or_auto`` states for the checkpoint size and interval."""
    return _VALIDATOR_BOUNDS.get(path) or bounds_at(split_path(path))
