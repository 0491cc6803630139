"""The Qt-free output language (issue 15): the .qm reader agrees with QTranslator on every message
of the shipped French catalogue, ``--lang``/locale resolution, French numbers without Qt."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from colossus_desktop import lang
from colossus_desktop.paths import resources_dir
from colossus_desktop.qm import QmError, QmFile, elf_hash, numerus_index

TS = resources_dir() / "translations" / "colossus_desktop_fr.ts"
QM = resources_dir() / "translations" / "colossus_desktop_fr.qm"


@pytest.fixture(autouse=True)
def _forget_language():
    yield
    lang.reset()


def _messages():
    root = ET.parse(TS).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            if (msg.find("translation").get("type") or "") in ("vanished", "obsolete"):
                continue
            yield name, msg.findtext("source") or "", msg.findtext("comment") or "", msg.get("numerus") == "yes"


def test_qm_reader_matches_qtranslator_on_every_message():
    from PySide6.QtCore import QTranslator

    qt = QTranslator()
    assert qt.load(str(QM))
    ours = QmFile(QM)
    checked = 0
    for context, source, comment, numerus in _messages():
        for n in ((1, 2, 5) if numerus else (-1,)):
            expected = qt.translate(context, source, comment or None, n)
            assert (ours.translate(context, source, comment, n) or "") == expected, (context, source, n)
            checked += 1
    assert checked > 1000
    # not in the catalogue: None, as QTranslator's empty string
    assert ours.translate("Report", "no such text, surely") is None
    assert ours.translate("NoSuchContext", "Key figures") is None
    assert ours.translate("Report", "Key figures") == "Chiffres clés"


def test_qm_reader_refuses_other_files(tmp_path):
    bad = tmp_path / "x.qm"
    bad.write_bytes(b"not a qm file at all")
    with pytest.raises(QmError, match="x.qm: not a Qt translation file"):
        QmFile(bad)


def test_elf_hash_and_plural_rules():
    assert elf_hash(b"") == 1  # Qt turns 0 into 1
    assert elf_hash(b"a") == 0x61
    french = bytes([0x03, 1])  # Qt's French rule: n <= 1 is the first form
    assert [numerus_index(n, french) for n in (0, 1, 2, 10)] == [0, 0, 1, 1]


@pytest.mark.parametrize("env, expected", [
    ({"LANG": "fr_FR.UTF-8"}, "fr"),
    ({"LANG": "en_US.UTF-8", "LC_ALL": "fr_CA.UTF-8"}, "fr"),  # LC_ALL wins
    ({"LANG": "fr_FR.UTF-8", "LC_MESSAGES": "C"}, "en"),  # LC_MESSAGES before LANG
    ({"LANG": "C.UTF-8"}, "en"),
    ({}, "en"),
])
def test_language_from_the_locale_variables(env, expected):
    assert lang.resolve("system", env) == expected
    assert lang.resolve(None, env) == expected


def test_unknown_language_names_the_value():
    with pytest.raises(ValueError, match=r"--lang: unknown language 'de' \(use one of: system, en, fr\)"):
        lang.resolve("de")


def test_french_words_and_numbers_without_qt():
    assert lang.use("fr") == "fr"
    assert lang.translate("Report", "Key figures") == "Chiffres clés"
    assert lang.number(2500.5, 1) == "2\u202f500,5"
    assert lang.money(1.5e9) == "1,5\u00a0Md$"
    assert lang.money(2.154) == "2,15\u00a0$"
    assert lang.percent(0.38) == "38\u202f%"
    assert lang.days(3.5) == "3,5\u00a0jours"
    lang.use("en")
    assert lang.translate("Report", "Key figures") == "Key figures"
    assert (lang.number(2500.5, 1), lang.money(1.5e9), lang.percent(0.38)) == ("2,500.5", "$1.5 B", "38%")
