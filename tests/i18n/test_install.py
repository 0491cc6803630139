"""colossus_desktop.i18n: the language chosen, the catalogues installed, the locale of numbers."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from colossus_desktop import i18n
from colossus_desktop.drawing import format as fmt

NNBSP = "\u202f"  # the narrow no-break space QLocale("fr_FR") groups thousands with


def test_languages_offer_system_english_french():
    assert i18n.LANGUAGES == {"system": "System", "en": "English", "fr": "Français"}


def test_unknown_language_is_named():
    with pytest.raises(ValueError, match="'de'"):
        i18n.install("de")


def test_french_installs_catalogues_and_locale():
    assert i18n.install("fr") == "fr"
    assert i18n.language() == "fr"
    assert i18n.locale().language() == QLocale.Language.French
    assert QLocale().language() == QLocale.Language.French  # the default every writer uses
    assert fmt.number(2500) == f"2{NNBSP}500"
    assert fmt.number(1.5, 1) == "1,5"
    assert i18n.translate("QPlatformTheme", "Cancel") == "Annuler"  # Qt's own qtbase_fr.qm


def test_english_removes_the_french_translators():
    i18n.install("fr")
    assert i18n.installed_catalogues() >= 1
    assert i18n.install("en") == "en"
    assert i18n.installed_catalogues() == 0
    assert i18n.translate("QPlatformTheme", "Cancel") == "Cancel"
    assert fmt.number(2500) == "2,500"


def test_system_follows_the_system_locale(monkeypatch):
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale("fr_CA")))
    assert i18n.resolve("system") == "fr"
    monkeypatch.setattr(i18n.QLocale, "system", staticmethod(lambda: QLocale("de_DE")))
    assert i18n.resolve("system") == "en"
    assert i18n.resolve("") == "en"


def test_translate_plural_writes_n():
    i18n.install("en")
    assert i18n.translate("Nowhere", "%n scenario(s)", 3) == "3 scenario(s)"
