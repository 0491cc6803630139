"""Units in words, in the window's language: "days" → "jours", "USD/yr" → "USD/an".

The engine and the document write units in English ("days", "share", "USD per PFLOP/s"); the
number formatting keys on them, so they stay English in the data and are worded again only when
shown (headers, cells, axes, the form's spin boxes). Symbols (MW, USD, FLOP, GB) stay as they are.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

#: units written in words, worded again for display (symbols such as MW or USD stay)
UNIT_WORDS = {
    "days": QT_TRANSLATE_NOOP("Units", "days"),
    "years": QT_TRANSLATE_NOOP("Units", "years"),
    "share": QT_TRANSLATE_NOOP("Units", "share"),
    "share/yr": QT_TRANSLATE_NOOP("Units", "share/yr"),
    "per year": QT_TRANSLATE_NOOP("Units", "per year"),
    "USD/yr": QT_TRANSLATE_NOOP("Units", "USD/yr"),
    "$/yr": QT_TRANSLATE_NOOP("Units", "$/yr"),
    "people": QT_TRANSLATE_NOOP("Units", "people"),
    "layers": QT_TRANSLATE_NOOP("Units", "layers"),
    "heads": QT_TRANSLATE_NOOP("Units", "heads"),
    "experts": QT_TRANSLATE_NOOP("Units", "experts"),
    "accelerators": QT_TRANSLATE_NOOP("Units", "accelerators"),
    "servers": QT_TRANSLATE_NOOP("Units", "servers"),
    "tokens": QT_TRANSLATE_NOOP("Units", "tokens"),
    "tokens/USD": QT_TRANSLATE_NOOP("Units", "tokens/USD"),
    "tokens/MWh": QT_TRANSLATE_NOOP("Units", "tokens/MWh"),
    "EFLOP/s per MW": QT_TRANSLATE_NOOP("Units", "EFLOP/s per MW"),
    "USD per PFLOP/s": QT_TRANSLATE_NOOP("Units", "USD per PFLOP/s"),
    "USD per 1e24 FLOP": QT_TRANSLATE_NOOP("Units", "USD per 1e24 FLOP"),
    "MWh per 1e24 FLOP": QT_TRANSLATE_NOOP("Units", "MWh per 1e24 FLOP"),
    "/GPU·yr": QT_TRANSLATE_NOOP("Units", "/GPU·yr"),
    "GPU-h": QT_TRANSLATE_NOOP("Units", "GPU-h"),  # French: h-GPU, as the KPI card's $/h-GPU
    "/GPU-h": QT_TRANSLATE_NOOP("Units", "/GPU-h"),
    "USD/GPU-h": QT_TRANSLATE_NOOP("Units", "USD/GPU-h"),
}


#: words inside a longer unit ("USD/yr" → "/yr", " per PFLOP/s"), worded again one by one
UNIT_PARTS = {
    "per": QT_TRANSLATE_NOOP("Units", "per"),
    "yr": QT_TRANSLATE_NOOP("Units", "yr"),
    "year": QT_TRANSLATE_NOOP("Units", "year"),
}
_WORD = re.compile(r"[A-Za-z]+")


def unit_text(unit: str) -> str:
    """``unit`` as a header, a cell or an axis shows it: "days" → "jours", "/yr" → "/an",
    " per PFLOP/s" → " par PFLOP/s" in French; symbols (MW, USD, FLOP) unchanged."""
    if unit in UNIT_WORDS:
        return QCoreApplication.translate("Units", unit)
    return _WORD.sub(lambda m: QCoreApplication.translate("Units", m.group(0)) if m.group(0) in UNIT_PARTS
                     else m.group(0), unit)
