"""What each chart assumes, and where those numbers come from. No Qt.

Every exported chart carries a footer (scenario, main assumptions, sources) and every slide of
the deck carries speaker notes that state the assumptions; both are built here from the
scenario document, so a figure pasted into a deck says what it rests on. An assumption is a
scenario field, its value with its unit, and the note (the source or remark) the scenario
keeps for that field. Used by the chart footers (drawing/paint.py), the PDF and PPTX reports
and the tables; values are written with :mod:`colossus_desktop.formatting`.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from colossus_desktop import __version__
from colossus_desktop import formatting as F

APP = "Colossus Desktop"


@dataclass(frozen=True)
class Assumption:
    label: str  # "PUE"
    value: str  # "1.14"
    note: str = ""  # the scenario's note for this field: its source, or why it was assumed
    field: str = ""  # "facility.pue"

    def short(self) -> str:
        return f"{self.label} {self.value}"


# ------------------------------------------------------------------------------- formatting
usd, mw, pct = F.money, F.power_mw, F.percent


def count(x: float) -> str:
    return F.plain_number(x, 0)


# ------------------------------------------------------------------------------- the table
# (field path, label, formatter of the value); the note comes from the scenario section.
_F = Callable[[Any], str]


def _get(scenario, path: str):
    obj = scenario
    for part in path.split("."):
        obj = getattr(obj, part)
    return obj


def field_note(scenario, path: str) -> str:
    section, _, name = path.partition(".")
    notes = getattr(getattr(scenario, section, None), "notes", None) or {}
    top = name.split(".")[0]
    return " ".join(str(notes.get(top, "")).split())


FIELDS: dict[str, tuple[str, _F]] = {
    "facility.pue": ("PUE", lambda v: f"{v:g}"),
    "facility.cooling": ("cooling", str),
    "facility.build_cost_usd_per_mw": ("facility build", lambda v: usd(v) + "/MW"),
    "facility.wue_l_per_kwh": ("water use", lambda v: f"{v:g} L/kWh"),
    "power.utilization": ("average draw", lambda v: pct(v) + " of nameplate"),
    "power.grid_mw": ("grid", mw),
    "power.turbines_mw": ("turbines", mw),
    "power.battery_mw": ("batteries", mw),
    "power.grid_usd_per_mwh": ("grid energy", lambda v: usd(v) + "/MWh"),
    "power.turbine_usd_per_mwh": ("turbine energy", lambda v: usd(v) + "/MWh"),
    "power.grid_kg_co2_per_mwh": ("grid carbon", lambda v: f"{v:,.0f} kg CO₂/MWh"),
    "power.turbine_capex_usd_per_mw": ("turbine capex", lambda v: usd(v) + "/MW"),
    "power.battery_capex_usd_per_mwh": ("battery capex", lambda v: usd(v) + "/MWh"),
    "costs.server_cost_factor": ("servers", lambda v: f"{v:g}× accelerator cost"),
    "costs.maintenance_per_year": (
        "maintenance",
        lambda m: f"IT {pct(m.compute)}, network {pct(m.network)}, facility {pct(m.facility)}, "
                  f"power plant {pct(m.power_plant)} of capex per year",
    ),
    "costs.staff_count": ("staff", lambda v: f"{v:,.0f} people"),
    "costs.staff_usd_per_year": ("staff cost", lambda v: usd(v) + " per person-year"),
    "costs.gpu_hours_used_fraction": ("GPU-hours used", lambda v: pct(v) + " of installed hours"),
    "storage.cost_usd_per_pb": ("storage", lambda v: usd(v) + "/PB"),
    "storage.write_tbps": ("checkpoint writes", lambda v: f"{v:g} TB/s"),
    "network.fabric": ("fabric", str),
    "network.link_gbps": ("network", lambda v: "each accelerator's own NICs" if v is None else f"{v:g} Gb/s per accelerator"),
    "network.oversubscription": ("oversubscription", lambda v: f"{v:g}:1"),
    "network.pod_gpus": ("pods", lambda v: "none (flat fabric)" if v is None else f"{v:,} accelerators"),
    "network.pod_oversubscription": ("above pods", lambda v: f"{v:g}:1"),
    "finance.cost_of_capital": ("cost of capital", pct),
    "finance.horizon_years": ("horizon", lambda v: f"{v} years"),
    "finance.depreciation_years": (
        "depreciation",
        lambda d: f"IT {d.accelerators:g} y, facility {d.facility:g} y, power plant {d.power_plant:g} y",
    ),
    "workload.params_total_b": ("model", lambda v: f"{v:,g}B parameters"),
    "workload.params_active_b": ("active", lambda v: "dense" if v is None else f"{v:,g}B per token"),
    "workload.tokens_t": ("tokens", lambda v: f"{v:g}T"),
    "workload.seq_length": ("sequence", lambda v: "not given" if v is None else f"{v:,} tokens"),
    "workload.global_batch_tokens": ("batch", lambda v: "not given" if v is None else f"{v / 1e6:,.3g}M tokens"),
    "workload.fused_kernels": ("kernels", lambda v: "fused (FlashAttention)" if v else "unfused"),
    "workload.architecture": ("shape", lambda a: "not described" if a.num_hidden_layers is None
                              else f"{a.num_hidden_layers} layers × {a.hidden_size:,} wide"),
    "workload.parallelism": ("layout", lambda p: ", ".join(f"{k} {v}" for k, v in p.model_dump().items() if v is not None)
                             or "searched"),
    "workload.precision": ("precision", lambda v: str(v).upper()),
    "workload.mfu": ("MFU", pct),
    "workload.restart_min": ("restart", lambda v: f"{v:g} min"),
    "workload.checkpoint_interval_min": ("checkpoints", lambda v: "Young–Daly optimum" if v == "auto" else f"every {v:g} min"),
    "reliability.failures_per_gpu_year": ("failures", lambda v: f"{v:g} per accelerator-year"),
    "reliability.spare_fraction": ("spares", pct),
}

CHART_FIELDS: dict[str, tuple[str, ...]] = {
    "capex": ("costs.server_cost_factor", "network.fabric", "network.link_gbps", "network.pod_gpus",
              "network.pod_oversubscription", "storage.cost_usd_per_pb",
              "facility.build_cost_usd_per_mw", "power.turbine_capex_usd_per_mw", "power.battery_capex_usd_per_mwh"),
    "power": ("power.utilization", "facility.pue", "facility.cooling", "power.grid_mw", "power.turbines_mw",
              "power.battery_mw"),
    "buildout": ("power.utilization", "facility.pue", "costs.server_cost_factor", "facility.build_cost_usd_per_mw"),
    "time_to_train": ("workload.params_total_b", "workload.params_active_b", "workload.tokens_t", "workload.precision",
                      "workload.mfu", "reliability.failures_per_gpu_year", "workload.restart_min"),
    "reliability": ("reliability.failures_per_gpu_year", "workload.restart_min", "workload.checkpoint_interval_min",
                    "storage.write_tbps", "reliability.spare_fraction"),
    "cost_years": ("finance.depreciation_years", "finance.cost_of_capital", "finance.horizon_years",
                   "power.grid_usd_per_mwh", "power.turbine_usd_per_mwh", "costs.maintenance_per_year",
                   "costs.staff_count"),
    "step_time": ("workload.params_total_b", "workload.precision", "workload.seq_length", "workload.global_batch_tokens",
                  "workload.architecture", "workload.fused_kernels", "workload.parallelism"),
}


def field_assumption(scenario, path: str) -> Assumption | None:
    label, fmt = FIELDS.get(path, (path.split(".")[-1].replace("_", " "), str))
    try:
        value = _get(scenario, path)
        text = fmt(value)
    except (AttributeError, TypeError, ValueError):
        return None
    return Assumption(label, text, field_note(scenario, path), path)


def pools_assumption(scenario, inputs=None) -> Assumption:
    """``1,000,000 accelerators: 330,000 gb200-nvl72 + 670,000 gb300-nvl72 (4 pools,
    2025-10 → 2027-01) at $30,000`` with the pools' notes."""
    total = sum(p.count for p in scenario.pools)
    kinds: dict[str, int] = {}
    prices = []
    for i, p in enumerate(scenario.pools):
        kind = p.accelerator or (p.custom.name if p.custom else "?")
        kinds[kind] = kinds.get(kind, 0) + p.count
        price = p.price_usd
        if price is None and inputs is not None:
            try:
                price = float(inputs.pool_price_usd[0][i])
            except (AttributeError, IndexError, TypeError):
                price = None
        if price:
            prices.append(price)
    months = sorted(p.arrival for p in scenario.pools)
    n = len(scenario.pools)
    when = months[0] if months[0] == months[-1] else f"{months[0]} → {months[-1]}"
    mix = " + ".join(f"{count(c)} {k}" for k, c in kinds.items()) if len(kinds) > 1 else next(iter(kinds))
    where = f"{n} pool{'s' if n != 1 else ''}, {when}"
    price = ""
    if prices:
        lo, hi = min(prices), max(prices)
        price = f" at {usd(lo)}" + ("" if lo == hi else f"–{usd(hi)}") + " each"
    notes = "; ".join(f"{p.name}: {p.note}" for p in scenario.pools if p.note)
    return Assumption("accelerators", f"{count(total)} ({mix}; {where}){price}", notes, "pools")


def chart_assumptions(scenario, chart_id: str, inputs=None) -> list[Assumption]:
    """The assumptions a chart rests on: the pools, then the chart's own fields."""
    out = [pools_assumption(scenario, inputs)]
    for path in CHART_FIELDS.get(chart_id, ()):
        a = field_assumption(scenario, path)
        if a is not None:
            out.append(a)
    return out


def all_assumptions(scenario, inputs=None) -> list[tuple[str, list[Assumption]]]:
    """Every field of every section, grouped by section, for the report's assumptions pages."""
    groups: list[tuple[str, list[Assumption]]] = [("Pools", [pools_assumption(scenario, inputs)])]
    for section in ("layout", "network", "storage", "facility", "power", "costs", "finance", "workload", "reliability"):
        obj = getattr(scenario, section, None)
        if obj is None:
            continue
        rows = []
        for name in type(obj).model_fields:
            if name in ("notes", "architecture", "parallelism"):
                continue
            a = field_assumption(scenario, f"{section}.{name}")
            if a is not None:
                rows.append(a)
        groups.append((section.capitalize(), rows))
    return groups


# ------------------------------------------------------------------------------- footers
def short_source(text: str, limit: int = 70) -> str:
    """The part of a source that names it: up to its first colon, or its first words."""
    text = " ".join(text.split())
    head = text.split(":")[0] if ":" in text[:limit] else text
    return head if len(head) <= limit else head[: limit - 1].rstrip() + "…"


def footer_lines(scenario, chart_id: str | None = None, inputs=None, date: _dt.date | None = None,
                 max_assumptions: int = 6, max_sources: int = 3) -> list[str]:
    """Three lines: scenario and tool; the chart's main assumptions; the sources."""
    date = date or _dt.date.today()
    head = f"{scenario.name}  ·  {APP} {__version__}, {date.isoformat()}"
    items = chart_assumptions(scenario, chart_id or "", inputs)[: max_assumptions + 1]
    assumptions = "Assumptions: " + "; ".join(a.short() for a in items)
    sources = list(scenario.sources or [])
    if sources:
        shown = "; ".join(short_source(s) for s in sources[:max_sources])
        more = f" (+{len(sources) - max_sources} more in the report)" if len(sources) > max_sources else ""
        src = f"Sources: {shown}{more}"
    else:
        src = "Sources: none recorded in the scenario"
    return [head, assumptions, src]


def speaker_notes(scenario, chart_id: str, inputs=None) -> str:
    """What a presenter should say the chart assumes, with each number's source."""
    lines = [f"Scenario: {scenario.name}.", "", "Assumptions behind this chart:"]
    for a in chart_assumptions(scenario, chart_id, inputs):
        lines.append(f"• {a.label}: {a.value}" + (f" — {a.note}" if a.note else ""))
    return "\n".join(lines)
