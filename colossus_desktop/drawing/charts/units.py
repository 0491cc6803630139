"""Values and axes of the analysis charts by their unit text (``Output.unit``, ``Parameter.unit``).

The sweep, histogram, CDF, tornado and heat-map charts draw whatever input and output the user
picked, so they learn the unit at run time: :func:`axis_kind` chooses how an :class:`SIAxis`
writes its ticks for that unit, :func:`format_value` writes one value for a read-out or a
table, and :func:`axis_title` puts the unit after a label ("Wall-clock time (days)").
"""

from __future__ import annotations

import math

from colossus_desktop.drawing import format as fmt
from colossus_desktop.drawing.unit_words import unit_text

MONEY_UNITS = ("us$", "usd", "$")
MONEY_PREFIXES = ("us$", "usd", "$")  # "USD/yr", "$/MWh", "USD per PFLOP/s": money, then the rest
FRACTION_UNITS = ("fraction", "share", "0-1")


def _money_rest(unit: str) -> str | None:
    """The part after the currency of a money unit ("/yr", " per PFLOP/s", ""), else None."""
    u = _u(unit)
    for prefix in MONEY_PREFIXES:
        if u.startswith(prefix):
            rest = unit.strip()[len(prefix):]
            return rest if rest.startswith("/") or not rest else " " + rest.strip()
    return None


def _u(unit: str) -> str:
    return (unit or "").strip().lower()


def axis_kind(unit: str) -> tuple[str, str]:
    """(SIAxis kind, unit suffix for its ticks) for a value measured in ``unit``."""
    u = _u(unit)
    if _money_rest(unit) is not None:
        return "money", ""
    if u == "mw":
        return "power", ""
    if u in FRACTION_UNITS or u.startswith("share/"):
        return "percent", ""
    if u in ("days", "day", "", "accelerators", "years", "x", "×"):
        return "plain" if u in ("days", "day", "years") else "si", ""
    return "si", ""


def format_value(value: float, unit: str = "", decimals: int | None = None) -> str:
    """One value with its unit for a read-out or a table cell: "$1.2 B", "61 days", "150 MW".
    ``decimals`` forces the decimals of money, days, MW and plain numbers (see
    :func:`distinct_values`)."""
    if value is None or not math.isfinite(float(value)):
        return fmt.number(float("nan") if value is None else value)
    v = float(value)
    u = _u(unit)
    rest = _money_rest(unit)
    if rest is not None:
        return fmt.money(v, decimals) + unit_text(rest)
    if u in ("days", "day"):
        return fmt.days(v, decimals=decimals)
    if u == "mw":
        return fmt.power_mw(v, decimals)
    if u == "mwh":
        return fmt.energy_mwh(v)
    if u in ("t", "tonnes", "t co2", "tco2", "t co₂", "tco2e", "t co2e"):
        return f"{fmt.tonnes(v)}{' CO₂' if 'co' in u else ''}"
    if u in FRACTION_UNITS:
        return fmt.percent(v)
    if u.startswith("share/"):
        return f"{fmt.percent(v)}/{unit_text(unit.split('/', 1)[1])}"
    if u == "%":
        return f"{fmt.number(v, 1)}%"
    if abs(v) >= 1e4:
        return fmt.si(v, "") + (f" {unit_text(unit)}" if unit else "")
    if decimals is None:
        decimals = 0 if v == 0 else max(0, min(4, 2 - int(math.floor(math.log10(abs(v))))))
    return fmt.number(v, decimals) + (f" {unit_text(unit)}" if unit else "")


def distinct_values(values, unit: str = "") -> list[str]:
    """``values`` written by :func:`format_value`, with up to three more decimals where
    different values would otherwise read the same (P10 and P50 both "83 days" when they are
    82.6 and 83.0); equal values may read the same."""
    values = [float(v) for v in values]
    texts = [format_value(v, unit) for v in values]
    for decimals in (1, 2, 3):
        if not any(texts[i] == texts[j] and values[i] != values[j]
                   for i in range(len(values)) for j in range(i + 1, len(values))):
            break
        texts = [format_value(v, unit, decimals) for v in values]
    return texts


def output_unit(output) -> str:
    """The unit to draw an ``Output`` (engine/analysis/outputs.py) in: the engine's unitless
    outputs (goodput, MFU) are shares."""
    return output.unit or "share"


def table_unit(label: str, unit: str) -> tuple[str, str]:
    """(row label, cell unit) for a quantile table: a long unit ("USD per 1e24 FLOP") goes to
    the label once, and the cells keep the short part ("$0.7 M"), so the P10/P50/P90 columns
    stay narrow enough to show side by side."""
    if len(unit) <= 7 or unit == "share":
        return label, unit
    money = unit.split()[0].split("/")[0] if unit.upper().startswith(("USD", "$")) else ""
    return f"{label} ({unit_text(unit)})", money


def ticks_carry_unit(unit: str) -> bool:
    """True when an :class:`SIAxis` for ``unit`` writes the unit into each tick, scaled ("1.8 GW"
    for values in MW): a title then must not name the unit, which the ticks may not use."""
    return axis_kind(unit)[0] == "power"


def axis_title(label: str, unit: str, ticks: bool = False) -> str:
    """"Label (unit)", or the label alone when it has no unit or the unit is a plain share; a unit
    in words is translated (:func:`unit_text`). With ``ticks`` (the title of an axis drawn by
    :func:`set_axis_unit`), also the label alone when the ticks carry the unit
    (:func:`ticks_carry_unit`): "Facility power (MW)" over ticks reading "1.80 GW" misled."""
    if not unit or _u(unit) in FRACTION_UNITS or (ticks and ticks_carry_unit(unit)):
        return label
    return f"{label} ({unit_text(unit)})"



def set_axis_unit(axis, unit: str) -> None:
    """Point an :class:`SIAxis` at ``unit`` (its ticks are drawn again when it changed)."""
    kind, suffix = axis_kind(unit)
    if getattr(axis, "kind", None) != kind or getattr(axis, "unit", None) != suffix:
        axis.kind = kind
        axis.unit = suffix
        axis.picture = None
        axis.update()
