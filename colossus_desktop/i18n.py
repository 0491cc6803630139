"""The interface language: which translation is installed and which locale writes the numbers.

One call, :func:`install`, chooses the language for the whole process (window, CLI, reports):

* ``"system"`` follows :meth:`QLocale.system` (a French system — ``fr_FR``, ``fr_CA``, ``fr_BE``… —
  gives ``"fr"``, anything else ``"en"``); ``"en"`` and ``"fr"`` force it;
* it loads ``resources/translations/colossus_desktop_<lang>.qm`` (our strings) and Qt's own
  ``qtbase_<lang>.qm`` (the standard dialogs' buttons: « Annuler », « Enregistrer »…) into the
  :class:`QCoreApplication`, after removing the translators a previous call installed;
* it sets the default :class:`QLocale` (French/France or English/United States), which every
  number writer of :mod:`colossus_desktop.drawing.format` uses: « 2 500 », « 1,5 » in French.

Translators need an application object: :func:`install` creates a bare
:class:`QCoreApplication` when none exists (the CLI). A caller that needs a
:class:`QApplication` (widgets, or painting a report) creates it *before* calling
:func:`install`, since Qt allows one application object per process.

Source strings live in the code (``self.tr``, ``QCoreApplication.translate``,
``QT_TRANSLATE_NOOP`` of :mod:`colossus_desktop.messages`); ``python3 -m
colossus_desktop.i18n_tools update`` extracts them into the ``.ts`` and compiles the ``.qm``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

#: setting value → name shown in View → Language (each language named in itself)
LANGUAGES: dict[str, str] = {"system": "System", "en": "English", "fr": "Français"}

#: the languages with a translation; "en" is the source language (no .qm needed)
TRANSLATED = ("fr",)

_LOCALES = {
    "en": (QLocale.Language.English, QLocale.Country.UnitedStates),
    "fr": (QLocale.Language.French, QLocale.Country.France),
}

_state: dict[str, object] = {"language": "en", "translators": []}


def translations_dir() -> Path:
    """The folder of our compiled catalogues, ``resources/translations`` (wheel, bundle or source)."""
    from colossus_desktop.paths import resources_dir

    return resources_dir() / "translations"


def qt_translations_dir(lang: str = "fr") -> Path:
    """The folder of Qt's own ``qtbase_<lang>.qm``: Qt's translations path, or the PySide6
    package's ``Qt/translations`` (where the PyInstaller bundle keeps it, see packaging/)."""
    import PySide6

    candidates = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                  Path(PySide6.__file__).resolve().parent / "Qt" / "translations"]
    for folder in candidates:
        if (folder / f"qtbase_{lang}.qm").is_file():
            return folder
    return candidates[0]


def resolve(language: str = "system") -> str:
    """The effective code (``"en"`` or ``"fr"``) for a setting value.

    ``"system"`` (or an empty value, an unset setting) follows :meth:`QLocale.system`.
    Raises :class:`ValueError` naming ``language`` when it is not one of :data:`LANGUAGES`.
    """
    code = (language or "system").strip().lower()
    if code not in LANGUAGES:
        known = ", ".join(LANGUAGES)
        raise ValueError(f"unknown language {language!r} (expected one of: {known})")
    if code == "system":
        name = QLocale.system().name().lower()  # "fr_FR", "en_US", "C"
        return "fr" if name.startswith("fr") else "en"
    return code


def install(language: str = "system") -> str:
    """Install the translation and the default locale of ``language``; return ``"en"`` or ``"fr"``.

    ``language`` is a key of :data:`LANGUAGES`. Translators installed by an earlier call are
    removed first, so switching back to English leaves none. A missing ``.qm`` file leaves the
    strings in English (the source language) but still sets the French locale for numbers.
    Raises :class:`ValueError` for an unknown language (before changing anything).
    """
    code = resolve(language)
    app = QCoreApplication.instance()
    if app is None:
        import sys

        app = QCoreApplication([sys.argv[0] if sys.argv else "colossus-desktop"])
    for old in _state["translators"]:  # type: ignore[union-attr]
        QCoreApplication.removeTranslator(old)
    installed: list[QTranslator] = []
    if code in TRANSLATED:
        for name, folder in ((f"qtbase_{code}", qt_translations_dir(code)),
                             (f"colossus_desktop_{code}", translations_dir())):
            translator = QTranslator(app)
            if translator.load(name, str(folder)) and QCoreApplication.installTranslator(translator):
                installed.append(translator)
    _state["translators"] = installed
    _state["language"] = code
    QLocale.setDefault(QLocale(*_LOCALES[code]))
    return code


def installed_catalogues() -> int:
    """How many translators :func:`install` has in place (0 in English; 2 in French)."""
    return len(_state["translators"])  # type: ignore[arg-type]


def language() -> str:
    """The effective language of the last :func:`install` (``"en"`` before any)."""
    return str(_state["language"])


def locale() -> QLocale:
    """The :class:`QLocale` that writes numbers for :func:`language`."""
    return QLocale(*_LOCALES[language()])


def translate(context: str, text: str, n: int = -1) -> str:
    """``text`` of ``context`` in the installed language (itself when untranslated).

    ``n`` ≥ 0 picks a plural form and replaces ``%n`` with ``n`` written in the locale.
    """
    return QCoreApplication.translate(context, text, None, n)
