"""French numbers follow the French financial press (docs/french.md); English ones are unchanged."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from colossus_desktop import formatting as F
from colossus_desktop.drawing import format as fmt

FR = QLocale(QLocale.Language.French, QLocale.Country.France)
EN = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
NB, NN = "\u00a0", "\u202f"


@pytest.mark.parametrize(("usd", "text"), [
    (1.5e9, f"1,5{NB}Md$"), (12.3e6, f"12,3{NB}M$"), (850e3, f"850{NB}k$"), (2.154, f"2,15{NB}$"),
    (1.2e12, f"1{NN}200{NB}Md$"), (0, f"0{NB}$"), (-3e6, f"−3,0{NB}M$"),
])
def test_money_in_french(usd, text):
    assert fmt.money(usd, locale=FR) == text


@pytest.mark.parametrize(("usd", "text"), [(1.5e9, "$1.5 B"), (12.3e6, "$12.3 M"), (2.154, "$2.15"), (0, "$0")])
def test_money_in_english_is_unchanged(usd, text):
    assert fmt.money(usd, locale=EN) == text
    assert F.money(usd) == text  # the Qt-free default (CLI, reports) too


def test_thousands_percent_power_days_in_french():
    assert fmt.number(2500, locale=FR) == f"2{NN}500"
    assert fmt.percent(0.38, locale=FR) == f"38{NN}%"
    assert fmt.power_mw(450, locale=FR) == f"450{NB}MW"
    assert fmt.power_mw(1200, locale=FR) == f"1,2{NB}GW"
    assert fmt.days(1.5, locale=FR) == f"1,5{NB}jour"
    assert fmt.days(61, locale=FR) == f"61{NB}jours"
    assert fmt.days(2000, locale=FR) == f"5,5{NB}ans"


def test_ticks_in_french():
    assert fmt.money_ticks([0, 5e9, 1e10], 5e9, locale=FR) == ["0", f"5{NB}Md$", f"10{NB}Md$"]
    assert fmt.money_ticks([0, 5e9, 1e10], 5e9, locale=EN) == ["$0", "$5 B", "$10 B"]
    assert fmt.percent_ticks([0.25, 0.5], 0.25, locale=FR) == [f"25{NN}%", f"50{NN}%"]


def test_writer_carries_the_style():
    assert F.style_of(fmt.writer(FR)) is F.FR
    assert F.style_of(fmt.writer(EN)) is F.EN
    assert F.style_of(F.plain_number) is F.EN
