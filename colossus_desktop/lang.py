"""The output language of the Qt-free parts: the CLI's summaries, the assumptions and footers.

The window and the reports choose their language with :func:`colossus_desktop.i18n.install`
(Qt's translators, the default QLocale). The CLI's ``evaluate``, ``compare``, ``sweep``,
``montecarlo`` and ``simulate`` never import Qt, so they read the same compiled catalogue with
:mod:`colossus_desktop.qm`: :func:`use` picks the language (``--lang``, or the locale
variables ``LC_ALL`` / ``LC_MESSAGES`` / ``LANG`` for ``system``), :func:`translate` looks a
text up, :func:`number` writes a number the way the language does (French: ``2 500,5``, a
narrow no-break space between thousands, a decimal comma, as QLocale's fr_FR writes them).

When :func:`use` has not been called, :func:`translate` and :func:`number` follow Qt if a
QCoreApplication is running (the window's language, the default QLocale), and are English
otherwise. Qt is never imported here: only a QtCore already loaded is used.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping

from colossus_desktop import formatting as F

#: ``--lang`` values: ``system`` follows the locale variables.
CHOICES = ("system", "en", "fr")
NNBSP = "\u202f"  # narrow no-break space: French thousands separator, and before % and units

_state: dict[str, object] = {"language": None, "catalogue": None}


def from_environment(environ: Mapping[str, str] | None = None) -> str:
    """``"fr"`` when the first set of ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` is French
    (``fr_FR.UTF-8``, ``fr_CA``, ``fr``), else ``"en"`` (POSIX precedence)."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = (env.get(name) or "").strip()
        if value:
            return "fr" if value.lower().startswith("fr") else "en"
    return "en"


def resolve(language: str | None, environ: Mapping[str, str] | None = None) -> str:
    """``"en"`` or ``"fr"`` for a ``--lang`` value (None or ``system``: the locale variables).
    Raises ValueError naming the value and the choices."""
    code = (language or "system").strip().lower()
    if code not in CHOICES:
        raise ValueError(f"--lang: unknown language {language!r} (use one of: {', '.join(CHOICES)})")
    return from_environment(environ) if code == "system" else code


def catalogue_path(code: str):
    from colossus_desktop.paths import resources_dir

    return resources_dir() / "translations" / f"colossus_desktop_{code}.qm"


def use(language: str | None) -> str:
    """Make ``language`` (a ``--lang`` value) the output language of this process; returns the
    code. A missing catalogue leaves the words in English (numbers still follow the language)."""
    from colossus_desktop.qm import QmFile

    code = resolve(language)
    catalogue = None
    if code != "en":
        path = catalogue_path(code)
        if path.is_file():
            catalogue = QmFile(path)
    _state["language"], _state["catalogue"] = code, catalogue
    return code


def reset() -> None:
    """Forget :func:`use` (tests): follow Qt again, or English."""
    _state["language"], _state["catalogue"] = None, None


def _qt_app():
    core = sys.modules.get("PySide6.QtCore")
    if core is None or core.QCoreApplication.instance() is None:
        return None
    return core


def language() -> str:
    """``"en"`` or ``"fr"``: the :func:`use` choice, else the window's (:mod:`colossus_desktop.i18n`)."""
    if _state["language"] is not None:
        return str(_state["language"])
    i18n = sys.modules.get("colossus_desktop.i18n")
    return i18n.language() if i18n is not None and _qt_app() is not None else "en"


def translate(context: str, text: str, n: int = -1) -> str:
    """``text`` of ``context`` in the output language (``text`` itself when untranslated)."""
    if _state["language"] is not None:
        catalogue = _state["catalogue"]
        found = catalogue.translate(context, text, "", n) if catalogue is not None else None
        return found if found else text
    core = _qt_app()
    if core is not None:
        return core.QCoreApplication.translate(context, text, None, n)
    return text


def french_number(value: float, decimals: int = 0, group: bool = True) -> str:
    """``french_number(2500.5, 1)`` → ``"2 500,5"`` (narrow no-break spaces), as QLocale fr_FR."""
    text = F.plain_number(value, decimals, group)
    if F.bad_text(value):
        return text
    return text.replace(",", NNBSP).replace(".", ",")


#: the Qt-free writers, carrying their :class:`formatting.Style` (money, shares, days)
_WRITERS = {"en": F.with_style(F.plain_number, F.EN), "fr": F.with_style(french_number, F.FR)}


def writer() -> F.NumberFn:
    """The number writer of the output language, carrying its style: what :mod:`formatting`'s
    ``money``, ``percent``, ``days``… take as ``number`` ("1,5 Md$", "38 %", "3,5 jours")."""
    if _state["language"] is not None:
        return _WRITERS[str(_state["language"])]
    if _qt_app() is not None and "colossus_desktop.drawing.format" in sys.modules:
        return sys.modules["colossus_desktop.drawing.format"].writer()
    return _WRITERS["en"]


def number(value: float, decimals: int = 0) -> str:
    """A plain number in the output language's way (a :data:`formatting.NumberFn`)."""
    return writer()(value, decimals)


def money(usd: float, decimals: int | None = None) -> str:
    """US dollars in the output language: ``"$1.5 B"``, French ``"1,5 Md$"``, ``"3,48 $"``."""
    return F.money(usd, decimals, writer())


def percent(fraction: float, decimals: int | None = None) -> str:
    """A share in the output language: ``"38%"``, French ``"38 %"``."""
    return F.percent(fraction, decimals, writer())


def output_label(output) -> str:
    """An engine output's label (``OUTPUTS[key]``) in the output language."""
    return translate("Outputs", output.label)


def parameter_label(label: str) -> str:
    """An input's label (:class:`scenario.parameters.Parameter`, context "Parameters") in the
    output language: "Pool 2 (GB200 NVL72) price" is worded piece by piece, as the window does
    (``ui/labels.parameter_label``)."""
    import re

    m = re.match(r"^Pool (\d+) \((.*)\) (.+)$", label)
    if m:
        return translate("Parameters", "Pool {0} ({1}) {2}").format(
            m.group(1), m.group(2), translate("Parameters", m.group(3)))
    return translate("Parameters", label)


def days(d: float) -> str:
    """Durations: ``"61 days"``, French ``"61 jours"`` (``"3,5 jours"``, ``"4,2 ans"``)."""
    return F.days(d, writer())


from colossus_desktop.translatable import QT_TRANSLATE_NOOP  # noqa: E402 (marks for pyside6-lupdate)

#: the units of the engine's outputs and inputs, as shown after a number (context "Units")
UNITS = (
    QT_TRANSLATE_NOOP("Units", "/yr"), QT_TRANSLATE_NOOP("Units", "/GPU-h"), QT_TRANSLATE_NOOP("Units", "GPU-h"),
    QT_TRANSLATE_NOOP("Units", "per PFLOP/s"), QT_TRANSLATE_NOOP("Units", "per 1e24 FLOP"),
    QT_TRANSLATE_NOOP("Units", "EFLOP/s per MW"), QT_TRANSLATE_NOOP("Units", "tokens/USD"),
    QT_TRANSLATE_NOOP("Units", "tokens/MWh"), QT_TRANSLATE_NOOP("Units", "days"),
    QT_TRANSLATE_NOOP("Units", "per MW"),
)


def unit(text: str) -> str:
    """A unit (or the rest of one after a number: ``"/yr"``) in the output language."""
    if not text:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    return lead + translate("Units", text.strip())

