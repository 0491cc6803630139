"""Numbers of the analysis commands (sweep, montecarlo) in the house style (colossus_desktop/formatting.py):
each output by the unit OUTPUTS gives it, each input by its Parameter unit."""

from __future__ import annotations

import math

from colossus_desktop import formatting as fmt
from colossus_desktop import lang
from colossus_desktop.engine.analysis.outputs import OUTPUTS

from colossus_desktop.messages import QT_TRANSLATE_NOOP

_PER_YEAR = QT_TRANSLATE_NOOP("Cli", "/yr")
#: numbers in the output language (``--lang``): "1.4 GW" or "1,4 GW"
N = lang.number


def _sig(v: float) -> str:
    """Three significant figures below 1,000 (1.14, 0.0236), whole numbers grouped above (12,345)."""
    bad = fmt.bad_text(v)
    if bad:
        return bad
    if abs(v) >= 1e6:
        return fmt.si(v, number=lang.writer())
    text = f"{v:,.3g}" if abs(v) < 1e3 else f"{v:,.0f}"
    if lang.language() == "fr":
        text = text.replace(",", lang.NNBSP).replace(".", ",")
    return text.replace("-", "−")


def _money_then(v: float, rest: str) -> str:
    text = lang.money(v)
    return text if fmt.bad_text(v) else text + lang.unit(rest)


def output_text(key: str, v: float) -> str:
    """One value of output ``key`` (an OUTPUTS key): "61 days", "$1.2 B", "1.4 GW", "39%" …"""
    unit = OUTPUTS[key].unit
    v = float(v)
    if unit == "days":
        return lang.days(v)
    if unit.startswith("USD"):
        rest = unit[3:]
        return _money_then(v, rest if rest.startswith(("/", " ")) else (" " + rest if rest else ""))
    if unit == "MW":
        return fmt.power_mw(v, number=lang.writer())
    if unit.startswith("MWh"):
        return fmt.energy_mwh(v, number=lang.writer()) + ("" if fmt.bad_text(v) else lang.unit(unit[3:]))
    if unit == "t":
        return fmt.tonnes(v, number=lang.writer())
    if unit == "":
        return lang.percent(v)
    if unit in ("GPU-h",) or unit.startswith("tokens"):
        return fmt.count(v, lang.writer()) + ("" if fmt.bad_text(v) else " " + lang.unit(unit))
    return _sig(v) + ("" if fmt.bad_text(v) else " " + lang.unit(unit))


def input_text(unit: str, v: float) -> str:
    """One value of an input in its document unit (a Parameter's ``unit``): "$35.5 K", "10%", "1.14"."""
    v = float(v)
    if not math.isfinite(v):
        return _sig(v)
    if unit.startswith("$"):
        return lang.money(v) + unit[1:]
    if unit in ("share", "share/yr", "per year"):
        return lang.percent(v) + (lang.translate("Cli", _PER_YEAR) if unit != "share" else "")
    return (_sig(v) + (" " + unit if unit and unit[0] not in ":×/" else unit)).strip()
