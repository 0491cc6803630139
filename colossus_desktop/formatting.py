"""Numbers for humans, without Qt: SI prefixes, money, power, energy, days, tonnes, shares.

The one home of the app's number formatting. Every function takes ``number``, the function that
writes a plain number with a given count of decimals, grouped by thousands: by default
:func:`plain_number` (Python's ``1,234.5``, what the CLI and the reports' assumptions use); the
window and the charts pass one that follows the user's :class:`QLocale`
(``colossus_desktop.drawing.format``), so "1.2 GW" reads "1,2 GW" in French. The scaling, the
significant figures, the units and the tick decimals are decided here once for all of them.

Non-finite values read ``—`` (NaN, None) or ``∞``. Negative numbers use the minus sign (U+2212).

**Languages.** The words and signs around the numbers follow a :class:`Style`: :data:`EN`
("$48.3 B", "61%", "3.5 days") or :data:`FR`, the French financial press ("48,3 Md$",
"12,3 M$", "61 %", "3,5 jours"; docs/french.md). A ``number`` writer carries its style as the
attribute ``number.style`` (the window's QLocale writer sets it from the locale, see
:func:`with_style`); a writer without one, such as :func:`plain_number`, writes English.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

NAN_TEXT = "—"
INF_TEXT = "∞"

NumberFn = Callable[[float, int], str]
"""``number(value, decimals) -> text``: a plain number, grouped by thousands."""

# (factor, SI prefix)
SI = ((1e24, "Y"), (1e21, "Z"), (1e18, "E"), (1e15, "P"), (1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k"), (1.0, ""))
# (factor, short-scale suffix) for money and counts of things
MONEY = ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K"), (1.0, ""))
# power from MW
POWER_MW = ((1e3, "GW"), (1.0, "MW"), (1e-3, "kW"), (1e-6, "W"))
# energy from MWh
ENERGY_MWH = ((1e6, "TWh"), (1e3, "GWh"), (1.0, "MWh"), (1e-3, "kWh"))
# mass from tonnes
TONNES = ((1e9, "Gt"), (1e6, "Mt"), (1e3, "kt"), (1.0, "t"))


NBSP = "\u00a0"  # no-break space: between a French number and its unit or currency
NNBSP = "\u202f"  # narrow no-break space: before "%" in French (and QLocale's French thousands)


@dataclass(frozen=True)
class Style:
    """How one language writes money, shares and durations around its numbers.

    ``money_table``: (factor, suffix) from the largest; ``money_prefix``/``money_suffix``: the
    currency sign before the number (English "$") or after the scale (French "Md$");
    ``unit_sep``: between a number and its unit or scale; ``percent_sep``: before "%";
    ``day``/``days``/``years``: the words of :func:`days`, ``plural_from`` the smallest value
    taking the plural (English: all but 1 day; French: from 2, "1,5 jour").
    """

    money_table: tuple[tuple[float, str], ...]
    money_prefix: str
    money_suffix: str
    unit_sep: str
    percent_sep: str
    day: str
    days: str
    years: str
    plural_from: float


#: English, as the app has always written: "$48.3 B", "$2.15", "61%", "3.5 days"
EN = Style(MONEY, "$", "", " ", "", "day", "days", "years", 0.0)
#: The French financial press: "1,5 Md$", "12,3 M$", "850 k$", "2,15 $", "61 %", "3,5 jours";
#: no "billion" (1e12 reads "1 200 Md$", as Les Échos writes "1 200 milliards").
FR_MONEY = ((1e9, "Md"), (1e6, "M"), (1e3, "k"), (1.0, ""))
FR = Style(FR_MONEY, "", "$", NBSP, NNBSP, "jour", "jours", "ans", 2.0)

STYLES = {"en": EN, "fr": FR}


def style_of(number: NumberFn) -> Style:
    """The :class:`Style` a number writer carries (:data:`EN` when it carries none)."""
    return getattr(number, "style", EN)


def with_style(number: NumberFn, style: Style) -> NumberFn:
    """``number`` wrapped to carry ``style`` (what the French window and reports pass around)."""
    def write(value: float, decimals: int = 0) -> str:
        return number(value, decimals)

    write.style = style  # type: ignore[attr-defined]
    return write


def bad_text(value) -> str | None:
    """``—`` for None/NaN/non-numbers, ``∞``/``−∞`` for infinities, None for a finite number."""
    if value is None:
        return NAN_TEXT
    try:
        v = float(value)
    except (TypeError, ValueError, OverflowError):
        return NAN_TEXT
    if math.isnan(v):
        return NAN_TEXT
    if math.isinf(v):
        return INF_TEXT if v > 0 else "−" + INF_TEXT
    return None


def plain_number(value: float, decimals: int = 0, group: bool = True) -> str:
    """``plain_number(1234.5, 1)`` → ``"1,234.5"``: Python's own grouping, C-locale style."""
    bad = bad_text(value)
    if bad:
        return bad
    d = max(0, int(decimals))
    text = f"{float(value):,.{d}f}" if group else f"{float(value):.{d}f}"
    return text.replace("-", "−")


def auto_decimals(scaled: float) -> int:
    """Decimals for two or three significant figures: 0.85, 1.2, 48.3, 350."""
    a = abs(scaled)
    if a == 0 or a >= 99.95:
        return 0
    if a >= 0.9995:
        return 1
    return 2


def pick_scale(value: float, table) -> tuple[float, str]:
    """The ``(factor, suffix)`` of ``table`` that writes ``value`` with 1–3 integer digits."""
    a = abs(value)
    if a == 0:
        return next(((f, s) for f, s in table if f == 1.0), table[-1])
    for factor, suffix in table:
        # round first so 999.96 k reads 1.00 M rather than 1000 k
        if a >= factor * 0.9995:
            return factor, suffix
    return table[-1]


def scaled(value: float, table, decimals: int | None = None, number: NumberFn = plain_number,
           sep: str | None = None, unit: str = "") -> str:
    """``value`` written with the suffix of ``table`` that suits it, then ``unit``:
    ``scaled(1500, POWER_MW)`` → ``"1.5 GW"``; ``scaled(2.5e18, SI, unit="FLOP/s")`` →
    ``"2.5 EFLOP/s"``. Two or three significant figures unless ``decimals`` is given."""
    bad = bad_text(value)
    if bad:
        return bad
    factor, suffix = pick_scale(float(value), table)
    x = float(value) / factor
    d = auto_decimals(x) if decimals is None else decimals
    if sep is None:
        sep = style_of(number).unit_sep
    return f"{number(x, d)}{sep}{suffix}{unit}".rstrip()


def si(value: float, unit: str = "", decimals: int | None = None, number: NumberFn = plain_number) -> str:
    """``si(2.5e18, "FLOP/s")`` → ``"2.5 EFLOP/s"``; ``si(1500)`` → ``"1.5 k"``."""
    return scaled(value, SI, decimals, number, unit=unit)


def count(value: float, number: NumberFn = plain_number) -> str:
    """A count of things, compact: 950, 12.5 k, 1.0 M."""
    bad = bad_text(value)
    if bad:
        return bad
    if abs(float(value)) < 1000:
        return number(round(float(value)), 0)
    return si(value, "", None, number)


def money(usd: float, decimals: int | None = None, number: NumberFn = plain_number) -> str:
    """US dollars: ``money(4.83e10)`` → ``"$48.3 B"``; ``money(2.154)`` → ``"$2.15"``.

    In French (a writer carrying :data:`FR`): ``"48,3 Md$"``, ``"2,15 $"``.
    """
    bad = bad_text(usd)
    if bad:
        return bad
    st = style_of(number)
    a = abs(float(usd))
    sign = "−" if float(usd) < 0 else ""
    if a == 0:
        return f"{st.money_prefix}0" + (f"{st.unit_sep}{st.money_suffix}" if st.money_suffix else "")
    if round(a, 2) < 1000:
        d = decimals if decimals is not None else (2 if a < 100 else 0)
        tail = f"{st.unit_sep}{st.money_suffix}" if st.money_suffix else ""
        return f"{sign}{st.money_prefix}{number(a, d)}{tail}"
    text = scaled(a, st.money_table, decimals, number)
    if st.money_suffix and text[-1:].isdigit():
        text += st.unit_sep
    return f"{sign}{st.money_prefix}{text}{st.money_suffix}"


def power_mw(mw: float, decimals: int | None = None, number: NumberFn = plain_number) -> str:
    """Power given in MW: 1.2 GW, 150 MW, 850 kW."""
    return scaled(mw, POWER_MW, decimals, number)


def energy_mwh(mwh: float, decimals: int | None = None, number: NumberFn = plain_number) -> str:
    """Energy given in MWh: 1.2 TWh, 350 GWh, 12.5 MWh."""
    return scaled(mwh, ENERGY_MWH, decimals, number)


def tonnes(t: float, decimals: int | None = None, number: NumberFn = plain_number) -> str:
    """Mass given in tonnes: 350 t, 12.3 kt, 1.5 Mt."""
    return scaled(t, TONNES, decimals, number)


def days(d: float, number: NumberFn = plain_number, decimals: int | None = None) -> str:
    """Durations in days: "61 days", "1 day", "3.5 days", "< 0.1 days"; years past 3 years.
    ``decimals`` forces that many decimals in days (for values that must stay apart, such as
    P10, P50 and P90 a fraction of a day from each other)."""
    st = style_of(number)
    sep = st.unit_sep
    bad = bad_text(d)
    if bad:
        return bad if bad != INF_TEXT else INF_TEXT + sep + st.days
    d = float(d)
    if decimals is not None:
        return number(d, decimals) + sep + (st.days if abs(d) >= st.plural_from else st.day)
    if 0 < d < 0.1:
        return "<" + sep + number(0.1, 1) + sep + (st.days if 0.1 >= st.plural_from else st.day)
    if d >= 3 * 365.25:
        return number(d / 365.25, 1) + sep + st.years
    if d < 9.95 and abs(d - round(d)) >= 0.05:
        return number(d, 1) + sep + (st.days if abs(d) >= st.plural_from else st.day)
    whole = round(d)
    return number(whole, 0) + sep + (st.day if abs(whole) < st.plural_from or whole == 1 else st.days)


def percent(fraction: float, decimals: int | None = None, number: NumberFn = plain_number) -> str:
    """A share given as a fraction: ``percent(0.612)`` → ``"61%"``; small shares keep a decimal."""
    bad = bad_text(fraction)
    if bad:
        return bad
    p = float(fraction) * 100
    d = decimals if decimals is not None else (1 if 0 < abs(p) < 10 else 0)
    return number(p, d) + style_of(number).percent_sep + "%"


# ----------------------------------------------------------------------------- axis ticks
def tick_decimals(spacing_scaled: float) -> int:
    """Fewest decimals that write every multiple of the spacing exactly (0.25 → 2, 5 → 0)."""
    if spacing_scaled <= 0 or not math.isfinite(spacing_scaled):
        return 0
    for d in range(0, 7):
        v = spacing_scaled * 10**d
        if abs(v - round(v)) < 1e-6 * max(1.0, v):
            return d
    return 6


def _top(values: Sequence[float], spacing: float, top: float | None) -> float:
    if top is None:
        finite = [abs(v) for v in values if math.isfinite(v)]
        top = max(finite) if finite else 0.0
    return top if top else abs(spacing)


def ticks(values: Sequence[float], spacing: float, table, unit: str = "", prefix_first: str = "",
          number: NumberFn = plain_number, sep: str | None = None, top: float | None = None) -> list[str]:
    """Tick labels sharing one suffix of ``table``, picked by ``top`` (the largest magnitude on
    the axis; by default the largest of ``values``), with just enough decimals for ``spacing``."""
    if sep is None:
        sep = style_of(number).unit_sep
    factor, suffix = pick_scale(_top(values, spacing, top), table)
    d = tick_decimals(spacing / factor)
    out = []
    for v in values:
        if not math.isfinite(v):
            out.append("")
            continue
        if abs(v) < spacing * 1e-6:
            v = 0.0
        if v == 0:
            out.append(prefix_first + "0" if prefix_first else "0")
            continue
        sign = "−" if v < 0 else ""
        out.append(f"{sign}{prefix_first}{number(abs(v) / factor, d)}{sep}{suffix}{unit}".rstrip())
    return out


def money_ticks(values: Sequence[float], spacing: float, number: NumberFn = plain_number,
                top: float | None = None) -> list[str]:
    """Ticks in dollars sharing one suffix: ``[0, 5e9, 1e10]`` → ``["$0", "$5 B", "$10 B"]``;
    in French ``["0", "5 Md$", "10 Md$"]``."""
    st = style_of(number)
    if not st.money_suffix:
        return ticks(values, spacing, st.money_table, "", st.money_prefix, number, top=top)
    out = ticks(values, spacing, st.money_table, st.money_suffix, "", number, top=top)
    return [t if t in ("", "0") else (t if not t[-len(st.money_suffix) - 1:-len(st.money_suffix)].isdigit()
                                      else t[:-len(st.money_suffix)] + st.unit_sep + st.money_suffix) for t in out]


def power_ticks(values: Sequence[float], spacing: float, number: NumberFn = plain_number,
                top: float | None = None) -> list[str]:
    """Ticks for an axis in MW: ``[0, 500, 1000]`` → ``["0", "0.5 GW", "1.0 GW"]``."""
    return ticks(values, spacing, POWER_MW, number=number, top=top)


def percent_ticks(values: Sequence[float], spacing: float, number: NumberFn = plain_number) -> list[str]:
    """Ticks for an axis holding fractions (0.5 → "50%")."""
    d = tick_decimals(spacing * 100)
    sep = style_of(number).percent_sep
    return [number(v * 100, d) + sep + "%" if math.isfinite(v) else "" for v in values]


# ----------------------------------------------------------------------------- layouts
#: The engine's recompute codes (TrainingResults.layout["recompute"]: 0, 1, 2) in words.
RECOMPUTE_NAMES = ("none", "selective", "full")


def layout_label(layout: Mapping[str, float], recompute_names: Sequence[str] = RECOMPUTE_NAMES,
                 zero: bool = False) -> str:
    """A parallel layout in one short line: ``{"tp": 8, "pp": 16, "dp": 128, "ep": 1, "cp": 1,
    "vpp": 4, "micro_batch_size": 1, "recompute": 2, "zero_stage": 1}`` →
    ``"TP8 PP16 DP128 · v4 · mb1 · full"``.

    ``layout`` holds the keys of :attr:`TrainingResults.layout` (floats; a missing key or NaN
    counts as unknown). EP and CP are written only above 1; ``zero`` adds ``"ZeRO 1"``;
    ``recompute_names`` words codes 0, 1, 2 (the window passes translated ones). A layout without
    TP reads ``—`` (the engine found none: no model shape).
    """
    def whole(key: str) -> int | None:
        v = layout.get(key)
        try:
            v = float(v)
        except (TypeError, ValueError):
            return None
        return int(round(v)) if math.isfinite(v) else None

    tp, pp, dp, ep, cp = (whole(k) for k in ("tp", "pp", "dp", "ep", "cp"))
    if tp is None:
        return NAN_TEXT
    dims = [f"TP{tp}", f"PP{pp}" if pp else "", f"DP{dp}" if dp else ""]
    dims += [f"EP{ep}" if ep and ep > 1 else "", f"CP{cp}" if cp and cp > 1 else ""]
    parts = [" ".join(d for d in dims if d)]
    vpp, mb, rc, zs = (whole(k) for k in ("vpp", "micro_batch_size", "recompute", "zero_stage"))
    if vpp is not None:
        parts.append(f"v{vpp}")
    if mb is not None:
        parts.append(f"mb{mb}")
    if rc is not None and 0 <= rc < len(recompute_names):
        parts.append(recompute_names[rc])
    if zero and zs is not None:
        parts.append(f"ZeRO {zs}")
    return " · ".join(parts)


# ----------------------------------------------------------------------------- file names
def slug(text: str) -> str:
    """A file-name-safe lower-case slug: ``"xAI Colossus 2 (2026)"`` → ``"xai-colossus-2"``.

    Parenthesised asides are dropped, every run of other characters becomes one hyphen, and the
    result is at most 48 characters; an empty result reads ``"scenario"``.
    """
    keep = re.sub(r"\([^)]*\)", "", text)
    keep = re.sub(r"[^0-9A-Za-z]+", "-", keep).strip("-").lower()
    return keep[:48].strip("-") or "scenario"
