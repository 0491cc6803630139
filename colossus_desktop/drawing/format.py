"""Numbers for humans in the user's locale: the Qt side of :mod:`colossus_desktop.formatting`.

Every function takes an optional ``locale`` (a :class:`QLocale`); without it the application's
default locale is used, so the decimal separator follows the user's language ("1.2 GW" in
English, "1,2 GW" in French). The scaling, significant figures and units are decided in
:mod:`colossus_desktop.formatting`; this module only writes the plain numbers with QLocale.

The ``*_ticks`` helpers format a whole set of axis ticks with one shared prefix and just enough
decimals for the tick spacing, which is what the chart axes use.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QLocale

from colossus_desktop import formatting as F
from colossus_desktop.formatting import INF_TEXT, NAN_TEXT, tick_decimals  # noqa: F401 (re-exported)


def ensure_locale() -> None:
    """Numbers follow the user's locale; the bare C locale (CI, containers) reads as en_US."""
    if QLocale().language() == QLocale.Language.C:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def number(value: float, decimals: int = 0, locale: QLocale | None = None, group: bool = True) -> str:
    """A plain number with ``decimals`` decimals, grouped by thousands in the locale's way."""
    bad = F.bad_text(value)
    if bad:
        return bad
    loc = QLocale(locale if locale is not None else QLocale())
    if not group:
        loc.setNumberOptions(loc.numberOptions() | QLocale.NumberOption.OmitGroupSeparator)
    text = loc.toString(float(value), "f", max(0, int(decimals)))
    return text.replace("-", "−")


def g(value, digits: int = 6, locale: QLocale | None = None) -> str:
    """A figure as Python's ``f"{value:,g}"`` writes it (``digits`` significant figures, no
    trailing zeros, grouped), in the locale: ``2500`` → ``"2,500"`` in English, ``"2 500"``
    in French (not "2,500", which a French reader takes for 2.5). Non-numbers come back as text."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return str(value)
    bad = F.bad_text(value)
    if bad:
        return bad
    text = f"{float(value):.{digits}g}"
    if "e" in text:
        loc = QLocale(locale if locale is not None else QLocale())
        return loc.toString(float(value), "g", digits).replace("-", "−")
    decimals = len(text.split(".")[1]) if "." in text else 0
    return number(float(text), decimals, locale)


def price(usd, locale: QLocale | None = None) -> str:
    """A price in whole dollars, in full: ``"$35,500"``; in French ``"35 500 $"``."""
    bad = F.bad_text(usd)
    if bad:
        return bad
    st = style(locale)
    tail = st.unit_sep + st.money_suffix if st.money_suffix else ""
    return f"{st.money_prefix}{number(float(usd), 0, locale)}{tail}"


def dollar_affixes(locale: QLocale | None = None) -> tuple[str, str]:
    """(prefix, suffix) of a spin box in dollars: ``("$", "")`` in English, ``("", " $")`` in French."""
    st = style(locale)
    return st.money_prefix, (st.unit_sep + st.money_suffix if st.money_suffix else "")


def style(locale: QLocale | None = None) -> F.Style:
    """The :class:`~colossus_desktop.formatting.Style` of ``locale`` (default: the application's):
    French for any French locale, else English."""
    loc = locale if locale is not None else QLocale()
    return F.FR if loc.language() == QLocale.Language.French else F.EN


def writer(locale: QLocale | None = None) -> F.NumberFn:
    """A ``number(value, decimals)`` writer in ``locale`` (default: the application's, read at
    each call) carrying its style, for :mod:`colossus_desktop.formatting` and
    :func:`colossus_desktop.messages.warning_texts`."""
    return F.with_style(lambda value, decimals=0: number(value, decimals, locale), style(locale))


def _writer(locale: QLocale | None) -> F.NumberFn:
    return writer(locale)


def si(value: float, unit: str = "", decimals: int | None = None, locale: QLocale | None = None) -> str:
    """``si(2.5e18, "FLOP/s")`` → ``"2.5 EFLOP/s"``; ``si(1500)`` → ``"1.5 k"``."""
    return F.si(value, unit, decimals, _writer(locale))


def count(value: float, locale: QLocale | None = None) -> str:
    """A count of things, compact: 950, 12.5 k, 1.0 M."""
    return F.count(value, _writer(locale))


def hours(h: float, locale: QLocale | None = None) -> str:
    """A count of hours on the short scale people quote (2.8 M, 112 M, 1.2 B): ``hours(2.788e6)``
    → ``"2.8 M"``; exact below 1,000."""
    return F.count(h, _writer(locale)) if abs(float(h)) < 1000 else F.scaled(h, F.MONEY, None, _writer(locale))


def money(usd: float, decimals: int | None = None, locale: QLocale | None = None) -> str:
    """``money(4.83e10)`` → ``"$48.3 B"``; ``money(2.154)`` → ``"$2.15"``; in French
    ``"48,3 Md$"``, ``"2,15 $"``."""
    return F.money(usd, decimals, _writer(locale))


def power_mw(mw: float, decimals: int | None = None, locale: QLocale | None = None) -> str:
    """Power given in MW: 1.2 GW, 150 MW, 850 kW."""
    return F.power_mw(mw, decimals, _writer(locale))


def energy_mwh(mwh: float, decimals: int | None = None, locale: QLocale | None = None) -> str:
    """Energy given in MWh: 1.2 TWh, 350 GWh, 12.5 MWh."""
    return F.energy_mwh(mwh, decimals, _writer(locale))


def tonnes(t: float, decimals: int | None = None, locale: QLocale | None = None) -> str:
    """Mass given in tonnes: 350 t, 12.3 kt, 1.5 Mt."""
    return F.tonnes(t, decimals, _writer(locale))


def days(d: float, locale: QLocale | None = None, decimals: int | None = None) -> str:
    """Durations in days: "61 days", "1 day", "3.5 days", "< 0.1 days"; years past 3 years;
    ``decimals`` forces that many decimals in days."""
    return F.days(d, _writer(locale), decimals)


def percent(fraction: float, decimals: int | None = None, locale: QLocale | None = None) -> str:
    """A share given as a fraction: ``percent(0.612)`` → ``"61%"``; small shares keep a decimal."""
    return F.percent(fraction, decimals, _writer(locale))


def si_ticks(values: Sequence[float], spacing: float, unit: str = "", locale: QLocale | None = None,
             top: float | None = None) -> list[str]:
    """Tick labels sharing one SI prefix: ``[0, 5e5, 1e6]`` → ``["0", "0.5 M", "1.0 M"]``.

    ``top`` (the largest magnitude on the axis) picks the prefix, so every tick level of an
    axis agrees; by default the largest of ``values``.
    """
    return F.ticks(values, spacing, F.SI, unit, "", _writer(locale), top=top)


def money_ticks(values: Sequence[float], spacing: float, locale: QLocale | None = None,
                top: float | None = None) -> list[str]:
    """Tick labels in dollars sharing one suffix: ``[0, 5e9, 1e10]`` → ``["$0", "$5 B", "$10 B"]``."""
    return F.money_ticks(values, spacing, _writer(locale), top=top)


def power_ticks(values: Sequence[float], spacing: float, locale: QLocale | None = None,
                top: float | None = None) -> list[str]:
    """Ticks for an axis in MW: ``[0, 500, 1000]`` → ``["0", "0.5 GW", "1.0 GW"]``."""
    return F.power_ticks(values, spacing, _writer(locale), top=top)


def percent_ticks(values: Sequence[float], spacing: float, locale: QLocale | None = None) -> list[str]:
    """Ticks for an axis holding fractions (0.5 → "50%")."""
    return F.percent_ticks(values, spacing, _writer(locale))
