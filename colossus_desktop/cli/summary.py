"""The readable summary ``colossus-desktop evaluate`` prints without ``--json``.

Built from the same JSON document, so what a reader sees is what a script gets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from colossus_desktop import lang
from colossus_desktop.lang import translate
from colossus_desktop.messages import QT_TRANSLATE_NOOP

CONTEXT = "Cli"
_NA = QT_TRANSLATE_NOOP("Cli", "n/a")


def say(text: str) -> str:
    """``text`` in the CLI's output language (``--lang`` / the locale; English by default)."""
    return lang.translate(CONTEXT, text)


def _fr() -> bool:
    return lang.language() == "fr"


def _fmt(x: float, spec: str) -> str:
    """``format(x, spec)`` with English grouping, or the French way (2 500,5) in French."""
    text = format(x, spec)
    return text.replace(",", lang.NNBSP).replace(".", ",") if _fr() else text


def _num(x: Any, digits: int = 0) -> str:
    if x is None:
        return say(_NA)
    return _fmt(x, f",.{digits}f")


def _sig(x: Any) -> str:
    """Three significant figures, thousands separators, no scientific notation below 1e15."""
    if x is None:
        return say(_NA)
    ax = abs(x)
    if ax >= 1e15:
        return _fmt(x, ".3g").replace("e+", "e")
    if ax >= 100:
        return _fmt(x, ",.0f")
    if ax >= 10:
        return _fmt(x, ",.1f")
    return _fmt(x, ",.2f")


def _usd(x: Any) -> str:
    """Dollars: "$48.35 billion", French press style "48,35 Md$"."""
    if x is None:
        return say(_NA)
    ax = abs(x)
    if _fr():
        nb = "\u00a0"  # no-break space before the currency (formatting.FR)
        if ax >= 1e9:
            return f"{_fmt(x / 1e9, ',.2f')}{nb}Md$"
        if ax >= 1e6:
            return f"{_fmt(x / 1e6, ',.1f')}{nb}M$"
        return f"{_fmt(x, ',.0f' if ax >= 100 else ',.2f')}{nb}$"
    if ax >= 1e9:
        return f"${x / 1e9:,.2f} billion"
    if ax >= 1e6:
        return f"${x / 1e6:,.1f} million"
    if ax >= 100:
        return f"${x:,.0f}"
    return f"${x:,.2f}"


def _pct(x: Any) -> str:
    return say(_NA) if x is None else _fmt(x * 100, ".1f") + (lang.NNBSP if _fr() else " ") + "%"


def _flops(x: Any) -> str:
    return say(_NA) if x is None else _fmt(x, ".3g").replace("e+", "e") + " FLOP"



RECOMPUTE_NAMES = {0: QT_TRANSLATE_NOOP("Cli", "none"), 1: QT_TRANSLATE_NOOP("Cli", "selective"),
                   2: QT_TRANSLATE_NOOP("Cli", "full")}


def _layout(layout) -> str:
    """``TP8 PP16 DP128 · v4 · mb1 · selective · ZeRO-1`` (— without a model shape)."""
    if not isinstance(layout, dict) or layout.get("tp") is None:
        return say(_NA)
    parts = [f"{k.upper()}{int(layout[k])}" for k in ("tp", "pp", "dp", "ep", "cp")
             if layout.get(k) is not None and (k in ("tp", "pp", "dp") or layout[k] > 1)]
    extra = []
    if layout.get("vpp") and layout["vpp"] > 1:
        extra.append(f"v{int(layout['vpp'])}")
    if layout.get("micro_batch_size") is not None:
        extra.append(f"mb{int(layout['micro_batch_size'])}")
    if layout.get("recompute") is not None:
        rc = layout["recompute"]
        extra.append(say(rc) if isinstance(rc, str) else say(RECOMPUTE_NAMES.get(int(rc), "?")))
    if layout.get("zero_stage") is not None:
        extra.append(f"ZeRO-{int(layout['zero_stage'])}")
    return " · ".join([" ".join(parts), *extra])


_ROWS: list[tuple[str, list[tuple[str, str, Callable[[Any], str], str]]]] = [
    (
        QT_TRANSLATE_NOOP("Cli", "Cluster"),
        [
            (QT_TRANSLATE_NOOP("Cli", "Accelerators"), "accelerators", _num, ""),
            (QT_TRANSLATE_NOOP("Cli", "Used for training"), "train_gpus", _num, ""),
            (QT_TRANSLATE_NOOP("Cli", "Peak dense BF16"), "peak_bf16_pflops", _num, "PFLOP/s"),
            (QT_TRANSLATE_NOOP("Cli", "Peak dense FP8"), "peak_fp8_pflops", _num, "PFLOP/s"),
            (QT_TRANSLATE_NOOP("Cli", "H100 equivalents"), "h100_equivalents", _num, ""),
            (QT_TRANSLATE_NOOP("Cli", "Servers"), "nodes", _num, ""),
            (QT_TRANSLATE_NOOP("Cli", "Racks"), "racks", _num, ""),
            (QT_TRANSLATE_NOOP("Cli", "Network tiers"), "network_tiers", _num, ""),
            (QT_TRANSLATE_NOOP("Cli", "Switches"), "switches", _num, ""),
            (QT_TRANSLATE_NOOP("Cli", "Optical transceivers"), "optical_transceivers", _num, ""),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("Cli", "Power"),
        [
            (QT_TRANSLATE_NOOP("Cli", "IT power, average"), "it_mw", lambda x: _num(x, 1), "MW"),
            (QT_TRANSLATE_NOOP("Cli", "Facility power, average"), "facility_mw", lambda x: _num(x, 1), "MW"),
            (QT_TRANSLATE_NOOP("Cli", "Facility power, peak"), "facility_peak_mw", lambda x: _num(x, 1), "MW"),
            (QT_TRANSLATE_NOOP("Cli", "Energy per year"), "annual_energy_gwh", lambda x: _num(x, 0), "GWh"),
            (QT_TRANSLATE_NOOP("Cli", "Unserved energy per year"), "annual_unserved_mwh", lambda x: _num(x, 0), "MWh"),
            (QT_TRANSLATE_NOOP("Cli", "CO2 per year"), "annual_co2_tonnes", _num, "t"),
            (QT_TRANSLATE_NOOP("Cli", "Water per year"), "annual_water_m3", _num, "m3"),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("Cli", "Cost"),
        [
            (QT_TRANSLATE_NOOP("Cli", "Capital cost"), "capex_usd", _usd, ""),
            (QT_TRANSLATE_NOOP("Cli", "Operating cost per year"), "opex_usd_per_year", _usd, ""),
            (QT_TRANSLATE_NOOP("Cli", "Cost per installed GPU-hour"), "usd_per_gpu_hour", _usd, ""),
            (QT_TRANSLATE_NOOP("Cli", "Cost per used GPU-hour"), "usd_per_used_gpu_hour", _usd, ""),
            ("  " + QT_TRANSLATE_NOOP("Cli", "share of hours used"), "gpu_hours_used_fraction", _pct, ""),
            (QT_TRANSLATE_NOOP("Cli", "Total cost of ownership"), "tco_usd", _usd, ""),
        ],
    ),
    (
        QT_TRANSLATE_NOOP("Cli", "Training run"),
        [
            (QT_TRANSLATE_NOOP("Cli", "Model FLOPs"), "model_flops", _flops, ""),
            ("  6·N·D", "total_flops", _flops, ""),
            (QT_TRANSLATE_NOOP("Cli", "MFU"), "mfu", _pct, ""),
            (QT_TRANSLATE_NOOP("Cli", "TFLOP/s per GPU"), "tflops_per_gpu", _num, ""),
            (QT_TRANSLATE_NOOP("Cli", "Layout"), "layout", _layout, ""),
            (QT_TRANSLATE_NOOP("Cli", "Memory per GPU"), "memory_gb_per_gpu", lambda x: _num(x, 0), "GB"),
            (QT_TRANSLATE_NOOP("Cli", "Step time"), "step_time_s", lambda x: _num(x, 1), "s"),
            (QT_TRANSLATE_NOOP("Cli", "Goodput"), "goodput", _pct, ""),
            (QT_TRANSLATE_NOOP("Cli", "Wall-clock"), "wall_days", lambda x: _num(x, 1), QT_TRANSLATE_NOOP("Cli", "days")),
            (QT_TRANSLATE_NOOP("Cli", "GPU-hours"), "gpu_hours", _num, ""),
            (QT_TRANSLATE_NOOP("Cli", "Energy"), "energy_mwh", _num, "MWh"),
            (QT_TRANSLATE_NOOP("Cli", "Cost"), "cost_usd", _usd, ""),
            (QT_TRANSLATE_NOOP("Cli", "CO2"), "co2_tonnes", _num, "t"),
            (QT_TRANSLATE_NOOP("Cli", "Water"), "water_m3", _num, "m3"),
            (QT_TRANSLATE_NOOP("Cli", "Interruptions"), "interruptions", _num, ""),
        ],
    ),
]

#: ``mfu_source`` of the JSON document, in words
_MFU_SOURCES = (QT_TRANSLATE_NOOP("Cli", "input"), QT_TRANSLATE_NOOP("Cli", "predicted"))

_SECTION_KEY = {"Cluster": "cluster", "Power": "power", "Cost": "cost", "Training run": "training"}
_CAPEX_LABELS = {
    "accelerators": QT_TRANSLATE_NOOP("Cli", "accelerators"),
    "servers": QT_TRANSLATE_NOOP("Cli", "servers"),
    "network": QT_TRANSLATE_NOOP("Cli", "network"),
    "storage": QT_TRANSLATE_NOOP("Cli", "storage"),
    "facility": QT_TRANSLATE_NOOP("Cli", "facility"),
    "power_plant": QT_TRANSLATE_NOOP("Cli", "power plant"),
}


def format_summary(doc: dict[str, Any]) -> str:
    """Aligned text: one block per section, units, thousands separators, then warnings."""
    scenario = doc.get("scenario", {})
    title = scenario.get("name", translate("Cli", "Scenario"))
    origin = translate("Cli", "preset {0}").format(scenario['preset']) if "preset" in scenario else scenario.get("file")
    lines = [f"{title}" + (f"  ({origin})" if origin else ""), ""]
    label_w = 26
    if _fr():  # French labels run longer: widen the column to the longest
        label_w = max(label_w, *(len(say(label.strip())) + 3 for _h, rows in _ROWS for label, *_ in rows))
    for heading, rows in _ROWS:
        section = doc.get(_SECTION_KEY[heading], {})
        lines.append(say(heading))
        for label, key, fmt, unit in rows:
            indent = len(label) - len(label.lstrip())
            label = label[:indent] + say(label.strip())
            if key not in section:
                continue
            value = fmt(section[key])
            unit = say(unit) if unit else unit
            if key == "mfu" and section.get("mfu_source"):
                value = f"({say(section['mfu_source'])}) {value}"
                if scenario.get("precision") and value != say(_NA):
                    unit = translate("Cli", "of the {0} peak").format(str(scenario['precision']).upper())
            lines.append(f"  {label:<{label_w}}{value:>20}" + (f" {unit}" if unit and value != say(_NA) else ""))
            if heading == "Cost" and key == "capex_usd":
                for cat, amount in (section.get("capex_breakdown_usd") or {}).items():
                    name = "  " + say(_CAPEX_LABELS.get(cat, cat.replace("_", " ")))
                    lines.append(f"  {name:<{label_w}}{_usd(amount):>20}")
        lines.append("")
    warnings = doc.get("warnings") or []
    if warnings:
        lines.append(translate("Cli", "Warnings"))
        lines.extend(f"  ! {w}" for w in warnings)
        lines.append("")
    return "\n".join(lines)
