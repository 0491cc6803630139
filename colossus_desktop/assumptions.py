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
from colossus_desktop import lang
from colossus_desktop.messages import QT_TRANSLATE_NOOP

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
# Numbers and words follow the output language (colossus_desktop.lang: the window's, or the
# CLI's --lang): "$1.5 B" / "1,5 Md$", "38%" / "38 %". Labels and wordings are marked for
# pyside6-lupdate in context "Assumptions"; the notes (the sources) stay as the scenario gives them.
def usd(x: float) -> str:
    return lang.money(x)


def mw(x: float) -> str:
    return F.power_mw(x, number=lang.writer())


def pct(x: float) -> str:
    return lang.percent(x)


def count(x: float) -> str:
    return lang.number(x, 0)


def g(x: float) -> str:
    """``f"{x:g}"`` with the language's decimal mark: 1.14 / 1,14."""
    text = f"{x:g}"
    return text.replace(".", ",") if lang.language() == "fr" else text


def say(text: str) -> str:
    return lang.translate("Assumptions", text)


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
    "facility.pue": (QT_TRANSLATE_NOOP("Assumptions", "PUE"), g),
    "facility.cooling": (QT_TRANSLATE_NOOP("Assumptions", "cooling"), str),
    "facility.build_cost_usd_per_mw": (QT_TRANSLATE_NOOP("Assumptions", "facility build"), lambda v: usd(v) + "/MW"),
    "facility.wue_l_per_kwh": (QT_TRANSLATE_NOOP("Assumptions", "water use"), lambda v: f"{g(v)} L/kWh"),
    "power.utilization": (QT_TRANSLATE_NOOP("Assumptions", "average draw"),
                          lambda v: lang.translate("Assumptions", "{0} of nameplate").format(pct(v))),
    "power.grid_mw": (QT_TRANSLATE_NOOP("Assumptions", "grid"), mw),
    "power.turbines_mw": (QT_TRANSLATE_NOOP("Assumptions", "turbines"), mw),
    "power.battery_mw": (QT_TRANSLATE_NOOP("Assumptions", "batteries"), mw),
    "power.grid_usd_per_mwh": (QT_TRANSLATE_NOOP("Assumptions", "grid energy"), lambda v: usd(v) + "/MWh"),
    "power.turbine_usd_per_mwh": (QT_TRANSLATE_NOOP("Assumptions", "turbine energy"), lambda v: usd(v) + "/MWh"),
    "power.grid_kg_co2_per_mwh": (QT_TRANSLATE_NOOP("Assumptions", "grid carbon"), lambda v: f"{count(v)} kg CO₂/MWh"),
    "power.turbine_capex_usd_per_mw": (QT_TRANSLATE_NOOP("Assumptions", "turbine capex"), lambda v: usd(v) + "/MW"),
    "power.battery_capex_usd_per_mwh": (QT_TRANSLATE_NOOP("Assumptions", "battery capex"), lambda v: usd(v) + "/MWh"),
    "costs.server_cost_factor": (QT_TRANSLATE_NOOP("Assumptions", "servers"),
                                 lambda v: lang.translate("Assumptions", "{0}× accelerator cost").format(g(v))),
    "costs.maintenance_per_year": (
        QT_TRANSLATE_NOOP("Assumptions", "maintenance"),
        lambda m: lang.translate("Assumptions", "IT {0}, network {1}, facility {2}, power plant {3} of capex per "
                                                "year").format(pct(m.compute), pct(m.network), pct(m.facility),
                                                               pct(m.power_plant)),
    ),
    "costs.staff_count": (QT_TRANSLATE_NOOP("Assumptions", "staff"),
                          lambda v: lang.translate("Assumptions", "{0} people").format(count(v))),
    "costs.staff_usd_per_year": (QT_TRANSLATE_NOOP("Assumptions", "staff cost"),
                                 lambda v: lang.translate("Assumptions", "{0} per person-year").format(usd(v))),
    "costs.gpu_hours_used_fraction": (QT_TRANSLATE_NOOP("Assumptions", "GPU-hours used"),
                                      lambda v: lang.translate("Assumptions", "{0} of installed hours").format(pct(v))),
    "storage.cost_usd_per_pb": (QT_TRANSLATE_NOOP("Assumptions", "storage"), lambda v: usd(v) + "/PB"),
    "storage.write_tbps": (QT_TRANSLATE_NOOP("Assumptions", "checkpoint writes"), lambda v: f"{g(v)} TB/s"),
    "network.fabric": (QT_TRANSLATE_NOOP("Assumptions", "fabric"), str),
    "network.link_gbps": (QT_TRANSLATE_NOOP("Assumptions", "network"),
                          lambda v: lang.translate("Assumptions", "each accelerator's own NICs") if v is None
                          else lang.translate("Assumptions", "{0} Gb/s per accelerator").format(g(v))),
    "network.oversubscription": (QT_TRANSLATE_NOOP("Assumptions", "oversubscription"), lambda v: f"{g(v)}:1"),
    "network.pod_gpus": (QT_TRANSLATE_NOOP("Assumptions", "pods"),
                         lambda v: lang.translate("Assumptions", "none (flat fabric)") if v is None
                         else lang.translate("Assumptions", "{0} accelerators").format(count(v))),
    "network.pod_oversubscription": (QT_TRANSLATE_NOOP("Assumptions", "above pods"), lambda v: f"{g(v)}:1"),
    "finance.cost_of_capital": (QT_TRANSLATE_NOOP("Assumptions", "cost of capital"), pct),
    "finance.horizon_years": (QT_TRANSLATE_NOOP("Assumptions", "horizon"),
                              lambda v: lang.translate("Assumptions", "{0} years").format(v)),
    "finance.depreciation_years": (
        QT_TRANSLATE_NOOP("Assumptions", "depreciation"),
        lambda d: lang.translate("Assumptions", "IT {0} y, facility {1} y, power plant {2} y").format(
            g(d.accelerators), g(d.facility), g(d.power_plant)),
    ),
    "workload.params_total_b": (QT_TRANSLATE_NOOP("Assumptions", "model"),
                                lambda v: lang.translate("Assumptions", "{0}B parameters").format(_big(v))),
    "workload.params_active_b": (QT_TRANSLATE_NOOP("Assumptions", "active"),
                                 lambda v: lang.translate("Assumptions", "dense") if v is None
                                 else lang.translate("Assumptions", "{0}B per token").format(_big(v))),
    "workload.tokens_t": (QT_TRANSLATE_NOOP("Assumptions", "tokens"), lambda v: f"{g(v)}T"),
    "workload.seq_length": (QT_TRANSLATE_NOOP("Assumptions", "sequence"),
                            lambda v: lang.translate("Assumptions", "not given") if v is None
                            else lang.translate("Assumptions", "{0} tokens").format(count(v))),
    "workload.global_batch_tokens": (QT_TRANSLATE_NOOP("Assumptions", "batch"),
                                     lambda v: lang.translate("Assumptions", "not given") if v is None
                                     else lang.translate("Assumptions", "{0}M tokens").format(_big(v / 1e6, ",.3g"))),
    "workload.fused_kernels": (QT_TRANSLATE_NOOP("Assumptions", "kernels"),
                               lambda v: lang.translate("Assumptions", "fused (FlashAttention)") if v
                               else lang.translate("Assumptions", "unfused")),
    "workload.architecture": (QT_TRANSLATE_NOOP("Assumptions", "shape"),
                              lambda a: lang.translate("Assumptions", "not described") if a.num_hidden_layers is None
                              else lang.translate("Assumptions", "{0} layers × {1} wide").format(
                                  a.num_hidden_layers, count(a.hidden_size))),
    "workload.parallelism": (QT_TRANSLATE_NOOP("Assumptions", "layout"),
                             lambda p: ", ".join(f"{k} {v}" for k, v in p.model_dump().items() if v is not None)
                             or lang.translate("Assumptions", "searched")),
    "workload.precision": (QT_TRANSLATE_NOOP("Assumptions", "precision"), lambda v: str(v).upper()),
    "workload.mfu": (QT_TRANSLATE_NOOP("Assumptions", "MFU"), pct),
    "workload.restart_min": (QT_TRANSLATE_NOOP("Assumptions", "restart"), lambda v: f"{g(v)} min"),
    "workload.checkpoint_interval_min": (
        QT_TRANSLATE_NOOP("Assumptions", "checkpoints"),
        lambda v: lang.translate("Assumptions", "Young–Daly optimum") if v == "auto"
        else lang.translate("Assumptions", "every {0} min").format(g(v))),
    "reliability.failures_per_gpu_year": (
        QT_TRANSLATE_NOOP("Assumptions", "failures"),
        lambda v: lang.translate("Assumptions", "{0} per accelerator-year").format(g(v))),
    "reliability.spare_fraction": (QT_TRANSLATE_NOOP("Assumptions", "spares"), pct),
}


def _big(x: float, spec: str = ",g") -> str:
    """``f"{x:,g}"`` grouped and with the decimal mark of the language (405 / 1 800 / 2,5)."""
    text = format(x, spec)
    return text.replace(",", lang.NNBSP).replace(".", ",") if lang.language() == "fr" else text

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
    if path in FIELDS:
        label, fmt = FIELDS[path]
        label = say(label)
    else:  # a field without a wording of its own: the form's label (context "Parameters"), the value as is
        label, fmt = _form_label(path), _plain_value
    try:
        value = _get(scenario, path)
        text = fmt(value)
    except (AttributeError, TypeError, ValueError):
        return None
    return Assumption(label, text, field_note(scenario, path), path)


#: fields with neither a wording here nor a form label, named by their field name (marked so the
#: French report names them too)
FIELD_NAMES = (
    QT_TRANSLATE_NOOP("Assumptions", "custom switch"), QT_TRANSLATE_NOOP("Assumptions", "nics per node"),
    QT_TRANSLATE_NOOP("Assumptions", "planes"), QT_TRANSLATE_NOOP("Assumptions", "rail optimized"),
    QT_TRANSLATE_NOOP("Assumptions", "switch"), QT_TRANSLATE_NOOP("Assumptions", "grid region"),
    QT_TRANSLATE_NOOP("Assumptions", "degraded running"), QT_TRANSLATE_NOOP("Assumptions", "planned per gpu year"),
    QT_TRANSLATE_NOOP("Assumptions", "repair hours"), QT_TRANSLATE_NOOP("Assumptions", "checkpoint mode"),
    QT_TRANSLATE_NOOP("Assumptions", "checkpoint snapshot s"), QT_TRANSLATE_NOOP("Assumptions", "name"),
    QT_TRANSLATE_NOOP("Assumptions", "model"),
)
BOOLEANS = {True: QT_TRANSLATE_NOOP("Assumptions", "True"), False: QT_TRANSLATE_NOOP("Assumptions", "False")}


def _form_label(path: str) -> str:
    """The builder form's label of ``path`` in the output language, lower-cased as the other
    assumptions ("accelerators per server"); the field's name when the form has none."""
    from colossus_desktop.scenario.parameters import TABLE

    if path not in TABLE:
        name = path.split(".")[-1].replace("_", " ")
        return say(name) if name in FIELD_NAMES else name
    label = lang.translate("Parameters", TABLE[path][2])
    return label if label[1:2].isupper() else label[:1].lower() + label[1:]


def _plain_value(v: Any) -> str:
    """A value without a wording of its own: numbers in the language's way, None as "—"."""
    if v is None:
        return F.NAN_TEXT
    if isinstance(v, bool):
        return say(BOOLEANS[v])
    if isinstance(v, (int, float)):
        return count(v) if float(v).is_integer() and abs(v) >= 1000 else g(v)
    return str(v)


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
    where = (lang.translate("Assumptions", "{0} pools, {1}") if n != 1
             else lang.translate("Assumptions", "{0} pool, {1}")).format(n, when)
    price = ""
    if prices:
        lo, hi = min(prices), max(prices)
        price = " " + lang.translate("Assumptions", "at {0} each").format(usd(lo) + ("" if lo == hi else f"–{usd(hi)}"))
    notes = "; ".join(f"{p.name}: {p.note}" for p in scenario.pools if p.note)
    return Assumption(lang.translate("Assumptions", "accelerators"), f"{count(total)} ({mix}; {where}){price}", notes,
                      "pools")


def chart_assumptions(scenario, chart_id: str, inputs=None) -> list[Assumption]:
    """The assumptions a chart rests on: the pools, then the chart's own fields."""
    out = [pools_assumption(scenario, inputs)]
    for path in CHART_FIELDS.get(chart_id, ()):
        a = field_assumption(scenario, path)
        if a is not None:
            out.append(a)
    return out


#: the scenario's sections as the assumptions pages title them
SECTION_NAMES = {
    "layout": QT_TRANSLATE_NOOP("Assumptions", "Layout"), "network": QT_TRANSLATE_NOOP("Assumptions", "Network"),
    "storage": QT_TRANSLATE_NOOP("Assumptions", "Storage"), "facility": QT_TRANSLATE_NOOP("Assumptions", "Facility"),
    "power": QT_TRANSLATE_NOOP("Assumptions", "Power"), "costs": QT_TRANSLATE_NOOP("Assumptions", "Costs"),
    "finance": QT_TRANSLATE_NOOP("Assumptions", "Finance"), "workload": QT_TRANSLATE_NOOP("Assumptions", "Workload"),
    "reliability": QT_TRANSLATE_NOOP("Assumptions", "Reliability"),
}


def all_assumptions(scenario, inputs=None) -> list[tuple[str, list[Assumption]]]:
    """Every field of every section, grouped by section, for the report's assumptions pages."""
    groups: list[tuple[str, list[Assumption]]] = [(lang.translate("Assumptions", "Pools"),
                                                   [pools_assumption(scenario, inputs)])]
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
        groups.append((say(SECTION_NAMES.get(section, section.capitalize())), rows))
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
    semi = "\u202f; " if lang.language() == "fr" else "; "  # French: a narrow no-break space before ";"
    assumptions = lang.translate("Assumptions", "Assumptions: {0}").format(semi.join(a.short() for a in items))
    sources = list(scenario.sources or [])
    if sources:
        shown = semi.join(short_source(s) for s in sources[:max_sources])
        more = (" " + lang.translate("Assumptions", "(+{0} more in the report)").format(len(sources) - max_sources)
                if len(sources) > max_sources else "")
        src = lang.translate("Assumptions", "Sources: {0}").format(shown + more)
    else:
        src = lang.translate("Assumptions", "Sources: none recorded in the scenario")
    return [head, assumptions, src]


def speaker_notes(scenario, chart_id: str, inputs=None) -> str:
    """What a presenter should say the chart assumes, with each number's source."""
    lines = [lang.translate("Assumptions", "Scenario: {0}.").format(scenario.name), "",
             lang.translate("Assumptions", "Assumptions behind this chart:")]
    for a in chart_assumptions(scenario, chart_id, inputs):
        lines.append(f"• {a.label}: {a.value}" + (f" — {a.note}" if a.note else ""))
    return "\n".join(lines)
