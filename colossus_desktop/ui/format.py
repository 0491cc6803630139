"""Numbers for humans: SI prefixes, money, power, energy, days, tonnes, percentages.

Pure functions. Every one takes an optional ``locale`` (a :class:`QLocale`); without it the
application's default locale is used, so the decimal separator follows the user's language
("1.2 GW" in English, "1,2 GW" in French). Non-finite values read ``—`` (NaN) or ``∞``.

The ``*_ticks`` helpers format a whole set of axis ticks with one shared prefix and just enough
decimals for the tick spacing, which is what the chart axes use.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QLocale

NAN_TEXT = "—"
INF_TEXT = "∞"

# (factor, SI prefix)
_SI = ((1e24, "Y"), (1e21, "Z"), (1e18, "E"), (1e15, "P"), (1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k"), (1.0, ""))
# (factor, short-scale suffix) for money and counts of things
_MONEY = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K"), (1.0, ""))
# power from MW
_POWER_MW = ((1e3, "GW"), (1.0, "MW"), (1e-3, "kW"), (1e-6, "W"))
# energy from MWh
_ENERGY_MWH = ((1e6, "TWh"), (1e3, "GWh"), (1.0, "MWh"), (1e-3, "kWh"))
# mass from tonnes
_TONNES = ((1e9, "Gt"), (1e6, "Mt"), (1e3, "kt"), (1.0, "t"))


def _loc(locale: QLocale | None) -> QLocale:
    return locale if locale is not None else QLocale()


def _bad(value: float) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return NAN_TEXT
    try:
        v = float(value)
    except (TypeError, ValueError):
        return NAN_TEXT
    if math.isnan(v):
        return NAN_TEXT
    if math.isinf(v):
        return INF_TEXT if v > 0 else "−" + INF_TEXT
    return None


def number(value: float, decimals: int = 0, locale: QLocale | None = None, group: bool = True) -> str:
    """A plain number with ``decimals`` decimals, grouped by thousands in the locale's way."""
    bad = _bad(value)
    if bad:
        return bad
    loc = QLocale(_loc(locale))
    if not group:
        loc.setNumberOptions(loc.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    text = loc.toString(float(value), "f", max(0, int(decimals)))
    return text.replace("-", "−")


def _auto_decimals(scaled: float) -> int:
    """Two or three significant figures: 0.85, 1.2, 48.3, 350."""
    a = abs(scaled)
    if a == 0 or a >= 99.95:
        return 0
    if a >= 0.9995:
        return 1
    return 2


def _pick(value: float, table) -> tuple[float, str]:
    a = abs(value)
    if a == 0:
        return next(((f, s) for f, s in table if f == 1.0), table[-1])
    for factor, suffix in table:
        # round first so 999.96 k reads 1.00 M rather than 1000 k
        if a >= factor * 0.9995:
            return factor, suffix
    return table[-1]


def _scaled(value: float, table, unit_sep: str, decimals: int | None, locale: QLocale | None) -> str:
    bad = _bad(value)
    if bad:
        return bad
    factor, suffix = _pick(float(value), table)
    scaled = float(value) / factor
    d = _auto_decimals(scaled) if decimals is None else decimals
    return f"{number(scaled, d, locale)}{unit_sep}{suffix}".rstrip()


def si(value: float, unit: str = "", decimals: int | None = None, locale: QLocale | None = None) -> str:
    """``si(2.5e18, "FLOP/s")`` → ``"2.5 EFLOP/s"``; ``si(1500)`` → ``"1.5 k"``."""
    bad = _bad(value)
    if bad:
        return bad
    factor, prefix = _pick(float(value), _SI)
    scaled = float(value) / factor
    d = _auto_decimals(scaled) if decimals is None else decimals
    tail = f"{prefix}{unit}"
    return f"{number(scaled, d, locale)} {tail}".rstrip()


def count(value: float, locale: QLocale | None = None) -> str:
    """A count of things, compact: 950, 12.5 k, 1.04 M."""
    bad = _bad(value)
    if bad:
        return bad
    if abs(value) < 1000:
        return number(round(float(value)), 0, locale)
    return si(value, "", None, locale)


def money(usd: float, decimals: int | None = None, locale: QLocale | None = None) -> str:
    """``money(4.83e10)`` → ``"$48.3 B"``; ``money(2.154)`` → ``"$2.15"``."""
    bad = _bad(usd)
    if bad:
        return bad
    a = abs(float(usd))
    sign = "−" if usd < 0 else ""
    if a == 0:
        return "$0"
    if round(a, 2) < 1000:
        d = decimals if decimals is not None else (2 if a < 100 else 0)
        return f"{sign}${number(a, d, locale)}"
    return f"{sign}${_scaled(a, _MONEY, ' ', decimals, locale)}"


def power_mw(mw: float, decimals: int | None = None, locale: QLocale | None = None) -> str:
    """Power given in MW: 1.2 GW, 150 MW, 850 kW."""
    return _scaled(mw, _POWER_MW, " ", decimals, locale)


def energy_mwh(mwh: float, decimals: int | None = None, locale: QLocale | None = None) -> str:
    """Energy given in MWh: 1.2 TWh, 350 GWh, 12.5 MWh."""
    return _scaled(mwh, _ENERGY_MWH, " ", decimals, locale)


def tonnes(t: float, decimals: int | None = None, locale: QLocale | None = None) -> str:
    """Mass given in tonnes: 350 t, 12.3 kt, 1.5 Mt."""
    return _scaled(t, _TONNES, " ", decimals, locale)


def days(d: float, locale: QLocale | None = None) -> str:
    """Durations in days: "61 days", "1 day", "3.5 days", "< 0.1 days"; years past 3 years."""
    bad = _bad(d)
    if bad:
        return bad if bad != INF_TEXT else INF_TEXT + " days"
    d = float(d)
    if 0 < d < 0.1:
        return "< " + number(0.1, 1, locale) + " days"
    if d >= 3 * 365.25:
        return number(d / 365.25, 1, locale) + " years"
    if d < 9.95 and abs(d - round(d)) >= 0.05:
        return number(d, 1, locale) + " days"
    whole = round(d)
    return number(whole, 0, locale) + (" day" if whole == 1 else " days")


def percent(fraction: float, decimals: int | None = None, locale: QLocale | None = None) -> str:
    """A share given as a fraction: ``percent(0.612)`` → ``"61%"``; small shares keep a decimal."""
    bad = _bad(fraction)
    if bad:
        return bad
    p = float(fraction) * 100
    d = decimals if decimals is not None else (1 if 0 < abs(p) < 10 else 0)
    return number(p, d, locale) + "%"


# ----------------------------------------------------------------------------- axis ticks
def _tick_decimals(spacing_scaled: float) -> int:
    """Fewest decimals that write every multiple of the spacing exactly (0.25 → 2, 5 → 0)."""
    if spacing_scaled <= 0 or not math.isfinite(spacing_scaled):
        return 0
    for d in range(0, 7):
        v = spacing_scaled * 10**d
        if abs(v - round(v)) < 1e-6 * max(1.0, v):
            return d
    return 6


def _ticks(values: Sequence[float], spacing: float, table, unit: str, prefix_first: str,
           locale: QLocale | None, sep: str = " ", top: float | None = None) -> list[str]:
    finite = [abs(v) for v in values if math.isfinite(v)]
    if top is None:
        top = max(finite) if finite else 0.0
    if top == 0:
        top = abs(spacing)
    factor, suffix = _pick(top, table)
    d = _tick_decimals(spacing / factor)
    out = []
    for v in values:
        if not math.isfinite(v):
            out.append("")
            continue
        if abs(v) < spacing * 1e-6:
            v = 0.0
        sign = "−" if v < 0 else ""
        text = number(abs(v) / factor, d, locale)
        if v == 0:
            out.append(prefix_first + "0" if prefix_first else "0")
        else:
            out.append(f"{sign}{prefix_first}{text}{sep}{suffix}{unit}".rstrip())
    return out


def si_ticks(values: Sequence[float], spacing: float, unit: str = "", locale: QLocale | None = None,
             top: float | None = None) -> list[str]:
    """Tick labels sharing one SI prefix: ``[0, 5e5, 1e6]`` → ``["0", "0.5 M", "1.0 M"]``.

    ``top`` (the largest magnitude on the axis) picks the prefix, so every tick level of an
    axis agrees; by default the largest of ``values``.
    """
    return _ticks(values, spacing, _SI, unit, "", locale, top=top)


def money_ticks(values: Sequence[float], spacing: float, locale: QLocale | None = None,
                top: float | None = None) -> list[str]:
    return _ticks(values, spacing, _MONEY, "", "$", locale, top=top)


def power_ticks(values: Sequence[float], spacing: float, locale: QLocale | None = None,
                top: float | None = None) -> list[str]:
    """Ticks for an axis in MW: ``[0, 500, 1000]`` → ``["0", "0.5 GW", "1.0 GW"]``."""
    if top is None:
        finite = [abs(v) for v in values if math.isfinite(v)]
        top = max(finite) if finite else abs(spacing)
    factor, unit = _pick(top or abs(spacing), _POWER_MW)
    d = _tick_decimals(spacing / factor)
    out = []
    for v in values:
        if not math.isfinite(v):
            out.append("")
        elif abs(v) < spacing * 1e-6:
            out.append("0")
        else:
            out.append(f"{number(v / factor, d, locale)} {unit}")
    return out


def percent_ticks(values: Sequence[float], spacing: float, locale: QLocale | None = None) -> list[str]:
    """Ticks for an axis holding fractions (0.5 → "50%")."""
    d = _tick_decimals(spacing * 100)
    return [number(v * 100, d, locale) + "%" if math.isfinite(v) else "" for v in values]
