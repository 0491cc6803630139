"""The reports' words and numbers in the chosen language (no Qt imported here).

Every title, header, note and footer of the PDF, the deck and the XLSX goes through :func:`say`
(context ``"Report"``); module-level texts are marked with ``QT_TRANSLATE_NOOP("Report", …)``
and translated when the report is written, so ``report --lang fr`` (or the window's language
when the window exports) decides. Numbers use :mod:`colossus_desktop.lang` (French: 2 500,
1,5 Md$, 38 %). Sources quoted from documents stay in their own language.
"""

from __future__ import annotations

from colossus_desktop import lang
from colossus_desktop.messages import CONTEXT as MESSAGES, QT_TRANSLATE_NOOP, warning_texts  # noqa: F401

CONTEXT = "Report"
number, money, percent, days = lang.number, lang.money, lang.percent, lang.days


def say(text: str) -> str:
    """``text`` (an English source string of context "Report") in the report's language."""
    return lang.translate(CONTEXT, text)


def count(n: float) -> str:
    """A whole count grouped the language's way: 10,000 / 10 000."""
    return lang.number(n, 0)


def warnings(ev) -> list[str]:
    """The engine's warnings of ``ev`` (an Evaluated) in the report's language."""
    return warning_texts(ev.results, 0, translate=lambda text: lang.translate(MESSAGES, text), number=lang.writer())


def output_label(output) -> str:
    """An :data:`OUTPUTS` label in the report's language."""
    return lang.output_label(output)
