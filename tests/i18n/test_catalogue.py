"""The French catalogue is complete: every string of the code is in the .ts, translated, and
nothing the code lost lingers (issue 15: "a test fails when the .ts has an unfinished or missing
translation, so every new string gets translated"). Fix: python3 -m colossus_desktop.i18n_tools update,
translate the unfinished entries, run update again."""

from __future__ import annotations

import re
import shutil

from colossus_desktop import i18n, i18n_tools

TS = i18n_tools.ts_path("fr")


def test_french_catalogue_is_complete():
    problems = i18n_tools.problems(TS, "fr")
    assert not problems, "\n".join(problems[:40]) + (
        "\nRun: python3 -m colossus_desktop.i18n_tools update, then translate the unfinished entries")


def test_compiled_catalogue_is_up_to_date(tmp_path):
    """The shipped .qm is the .ts as it is, compiled (a translation edited but not compiled fails)."""
    qm = TS.with_suffix(".qm")
    shutil.copyfile(TS, tmp_path / TS.name)
    fresh = i18n_tools.lrelease(tmp_path / TS.name)
    assert qm.read_bytes() == fresh.read_bytes(), "run: python3 -m colossus_desktop.i18n_tools update"
    i18n.install("fr")
    assert i18n.translate("MainWindow", "Charts") == "Graphiques"
    assert i18n.translate("Builder", "Cost of capital") == "Coût du capital"
    assert i18n.translate("Views", "Failures") == "Pannes"


def test_check_catches_an_unfinished_translation(tmp_path):
    broken = tmp_path / TS.name
    text = TS.read_text(encoding="utf-8")
    text = text.replace("<translation>Graphiques</translation>",
                        '<translation type="unfinished">Graphiques</translation>', 1)
    broken.write_text(text, encoding="utf-8")
    assert any("untranslated: [MainWindow] 'Charts'" in p for p in i18n_tools.problems(broken, "fr"))


def test_check_catches_a_string_missing_from_the_ts(tmp_path):
    broken = tmp_path / TS.name
    text = TS.read_text(encoding="utf-8")
    text, n = re.subn(r"<message>\s*(?:<location[^>]*/>\s*)?<source>Cost of capital</source>.*?</message>", "",
                      text, count=1, flags=re.S)
    assert n == 1
    broken.write_text(text, encoding="utf-8")
    assert any(p.startswith("missing from") and "'Cost of capital'" in p for p in i18n_tools.problems(broken, "fr"))


def test_check_catches_an_entry_the_code_lost(tmp_path):
    broken = tmp_path / TS.name
    shutil.copyfile(TS, broken)
    text = broken.read_text(encoding="utf-8").replace(
        "</context>", "<message><source>A string no code has</source><translation>x</translation></message></context>", 1)
    broken.write_text(text, encoding="utf-8")
    assert any("no longer in the code" in p for p in i18n_tools.problems(broken, "fr"))


def test_extraction_sees_every_way_the_code_marks_a_string():
    """Bare tr() helpers take their module's context; f-strings' calls are extracted too."""
    root = i18n_tools.PACKAGE
    assert i18n_tools.context_of(root / "ui" / "main_window.py") == "MainWindow"
    assert i18n_tools.context_of(root / "ui" / "builder" / "costs.py") == "Builder"  # imports tr
    assert i18n_tools.context_of(root / "drawing" / "charts" / "power.py") == "Charts"  # CONTEXT constant
    calls = i18n_tools._fstring_calls('x = f"<b>{tr(\'Sources\')}</b>"\n', "Gallery")
    assert calls == ['QCoreApplication.translate("Gallery", "Sources")  # f-string, line 1']
    keys = set(i18n_tools.entries(TS))
    assert ("Messages", next(k for c, k in keys if c == "Messages")) in keys  # QT_TRANSLATE_NOOP, no Qt
    assert ("Outputs", "Time to train") in keys and ("Parameters", "Cost of capital") in keys
    assert ("Gallery", "Sources") in keys and ("Views", "Compare") in keys


def test_a_module_tr_context_is_read_from_its_definition():
    from colossus_desktop.i18n_tools import _own_context

    assert _own_context('CONTEXT = "Builder"\n\ndef tr(text):\n    return QCoreApplication.translate(CONTEXT, text)\n') == "Builder"
    assert _own_context('def tr(text, n=-1):\n    """Doc."""\n    return QCoreApplication.translate("Report", text, None, n)\n') == "Report"
    # a tr that returns something else has no context, and a long module after it is read at once
    # (a regular expression used to backtrack without end here)
    body = "def tr(text):\n    x = text\n" + "    y = 1\n" * 2000 + "    return x\n"
    assert _own_context(body) is None
