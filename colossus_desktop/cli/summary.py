"""The readable summary ``colossus-desktop evaluate`` prints without ``--json``.

Built from the same JSON document, so what a reader sees is what a script gets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

_NA = "n/a"


def _num(x: Any, digits: int = 0) -> str:
    if x is None:
        return _NA
    return f"{x:,.{digits}f}"


def _sig(x: Any) -> str:
    """Three significant figures, thousands separators, no scientific notation below 1e15."""
    if x is None:
        return _NA
    ax = abs(x)
    if ax >= 1e15:
        return f"{x:.3g}".replace("e+", "e")
    if ax >= 100:
        return f"{x:,.0f}"
    if ax >= 10:
        return f"{x:,.1f}"
    return f"{x:,.2f}"


def _usd(x: Any) -> str:
    if x is None:
        return _NA
    ax = abs(x)
    if ax >= 1e9:
        return f"${x / 1e9:,.2f} billion"
    if ax >= 1e6:
        return f"${x / 1e6:,.1f} million"
    if ax >= 100:
        return f"${x:,.0f}"
    return f"${x:,.2f}"


def _pct(x: Any) -> str:
    return _NA if x is None else f"{x * 100:.1f} %"


def _flops(x: Any) -> str:
    return _NA if x is None else f"{x:.3g} FLOP".replace("e+", "e")



RECOMPUTE_NAMES = {0: "none", 1: "selective", 2: "full"}


def _layout(layout) -> str:
    """``TP8 PP16 DP128 · v4 · mb1 · selective · ZeRO-1`` (— without a model shape)."""
    if not isinstance(layout, dict) or layout.get("tp") is None:
        return _NA
    parts = [f"{k.upper()}{int(layout[k])}" for k in ("tp", "pp", "dp", "ep", "cp")
             if layout.get(k) is not None and (k in ("tp", "pp", "dp") or layout[k] > 1)]
    extra = []
    if layout.get("vpp") and layout["vpp"] > 1:
        extra.append(f"v{int(layout['vpp'])}")
    if layout.get("micro_batch_size") is not None:
        extra.append(f"mb{int(layout['micro_batch_size'])}")
    if layout.get("recompute") is not None:
        rc = layout["recompute"]
        extra.append(rc if isinstance(rc, str) else RECOMPUTE_NAMES.get(int(rc), "?"))
    if layout.get("zero_stage") is not None:
        extra.append(f"ZeRO-{int(layout['zero_stage'])}")
    return " · ".join([" ".join(parts), *extra])


_ROWS: list[tuple[str, list[tuple[str, str, Callable[[Any], str], str]]]] = [
    (
        "Cluster",
        [
            ("Accelerators", "accelerators", _num, ""),
            ("Used for training", "train_gpus", _num, ""),
            ("Peak dense BF16", "peak_bf16_pflops", _num, "PFLOP/s"),
            ("Peak dense FP8", "peak_fp8_pflops", _num, "PFLOP/s"),
            ("H100 equivalents", "h100_equivalents", _num, ""),
            ("Servers", "nodes", _num, ""),
            ("Racks", "racks", _num, ""),
            ("Network tiers", "network_tiers", _num, ""),
            ("Switches", "switches", _num, ""),
            ("Optical transceivers", "optical_transceivers", _num, ""),
        ],
    ),
    (
        "Power",
        [
            ("IT power, average", "it_mw", lambda x: _num(x, 1), "MW"),
            ("Facility power, average", "facility_mw", lambda x: _num(x, 1), "MW"),
            ("Facility power, peak", "facility_peak_mw", lambda x: _num(x, 1), "MW"),
            ("Energy per year", "annual_energy_gwh", lambda x: _num(x, 0), "GWh"),
            ("Unserved energy per year", "annual_unserved_mwh", lambda x: _num(x, 0), "MWh"),
            ("CO2 per year", "annual_co2_tonnes", _num, "t"),
            ("Water per year", "annual_water_m3", _num, "m3"),
        ],
    ),
    (
        "Cost",
        [
            ("Capital cost", "capex_usd", _usd, ""),
            ("Operating cost per year", "opex_usd_per_year", _usd, ""),
            ("Cost per installed GPU-hour", "usd_per_gpu_hour", _usd, ""),
            ("Cost per used GPU-hour", "usd_per_used_gpu_hour", _usd, ""),
            ("  share of hours used", "gpu_hours_used_fraction", _pct, ""),
            ("Total cost of ownership", "tco_usd", _usd, ""),
        ],
    ),
    (
        "Training run",
        [
            ("Model FLOPs", "model_flops", _flops, ""),
            ("  6·N·D", "total_flops", _flops, ""),
            ("MFU", "mfu", _pct, ""),
            ("TFLOP/s per GPU", "tflops_per_gpu", _num, ""),
            ("Layout", "layout", _layout, ""),
            ("Memory per GPU", "memory_gb_per_gpu", lambda x: _num(x, 0), "GB"),
            ("Step time", "step_time_s", lambda x: _num(x, 1), "s"),
            ("Goodput", "goodput", _pct, ""),
            ("Wall-clock", "wall_days", lambda x: _num(x, 1), "days"),
            ("GPU-hours", "gpu_hours", _num, ""),
            ("Energy", "energy_mwh", _num, "MWh"),
            ("Cost", "cost_usd", _usd, ""),
            ("CO2", "co2_tonnes", _num, "t"),
            ("Water", "water_m3", _num, "m3"),
            ("Interruptions", "interruptions", _num, ""),
        ],
    ),
]

_SECTION_KEY = {"Cluster": "cluster", "Power": "power", "Cost": "cost", "Training run": "training"}
_CAPEX_LABELS = {
    "accelerators": "accelerators",
    "servers": "servers",
    "network": "network",
    "storage": "storage",
    "facility": "facility",
    "power_plant": "power plant",
}


def format_summary(doc: dict[str, Any]) -> str:
    """Aligned text: one block per section, units, thousands separators, then warnings."""
    scenario = doc.get("scenario", {})
    title = scenario.get("name", "Scenario")
    origin = f"preset {scenario['preset']}" if "preset" in scenario else scenario.get("file")
    lines = [f"{title}" + (f"  ({origin})" if origin else ""), ""]
    label_w = 26
    for heading, rows in _ROWS:
        section = doc.get(_SECTION_KEY[heading], {})
        lines.append(heading)
        for label, key, fmt, unit in rows:
            if key not in section:
                continue
            value = fmt(section[key])
            if key == "mfu" and section.get("mfu_source"):
                value = f"({section['mfu_source']}) {value}"
                if scenario.get("precision") and value != _NA:
                    unit = f"of the {str(scenario['precision']).upper()} peak"
            lines.append(f"  {label:<{label_w}}{value:>20}" + (f" {unit}" if unit and value != _NA else ""))
            if heading == "Cost" and key == "capex_usd":
                for cat, amount in (section.get("capex_breakdown_usd") or {}).items():
                    name = "  " + _CAPEX_LABELS.get(cat, cat.replace("_", " "))
                    lines.append(f"  {name:<{label_w}}{_usd(amount):>20}")
        lines.append("")
    warnings = doc.get("warnings") or []
    if warnings:
        lines.append("Warnings")
        lines.extend(f"  ! {w}" for w in warnings)
        lines.append("")
    return "\n".join(lines)
