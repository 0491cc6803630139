"""Human number formatting: pure functions, checked in English (C) and French."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QLocale

from colossus_desktop.drawing import format as fmt

EN = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
FR = QLocale(QLocale.Language.French, QLocale.Country.France)


@pytest.mark.parametrize(
    ("value", "text"),
    [(4.83e10, "$48.3 B"), (1.2e6, "$1.2 M"), (2.154, "$2.15"), (950, "$950"), (3.1e12, "$3.1 T"),
     (999.999, "$1.0 K"), (-2.5e9, "−$2.5 B"), (0, "$0")],
)
def test_money(value, text):
    assert fmt.money(value, locale=EN) == text


@pytest.mark.parametrize(
    ("mw", "text"),
    [(1200, "1.2 GW"), (150, "150 MW"), (0.85, "850 kW"), (0, "0 MW"), (999.99, "1.0 GW"), (12.5, "12.5 MW")],
)
def test_power(mw, text):
    assert fmt.power_mw(mw, locale=EN) == text


def test_locale_decimal_separator():
    # French: decimal comma, no-break space before the unit, the financial press's "Md$" (docs/french.md)
    assert fmt.power_mw(1200, locale=FR) == "1,2\u00a0GW"
    assert fmt.money(4.83e10, locale=FR) == "48,3\u00a0Md$"
    assert fmt.number(1234567, locale=EN) == "1,234,567"


def test_si_energy_tonnes_count():
    assert fmt.si(2.5e18, "FLOP/s", locale=EN) == "2.5 EFLOP/s"
    assert fmt.si(1500, locale=EN) == "1.5 k"
    assert fmt.energy_mwh(3.5e5, locale=EN) == "350 GWh"
    assert fmt.energy_mwh(1.44e7, locale=EN) == "14.4 TWh"
    assert fmt.tonnes(45200, locale=EN) == "45.2 kt"
    assert fmt.tonnes(350, locale=EN) == "350 t"
    assert fmt.count(950, locale=EN) == "950"
    assert fmt.count(1.04e6, locale=EN) == "1.0 M"
    assert fmt.count(200_000, locale=EN) == "200 k"


@pytest.mark.parametrize(
    ("d", "text"),
    [(61.3, "61 days"), (1, "1 day"), (1.02, "1 day"), (3.54, "3.5 days"), (0.05, "< 0.1 days"),
     (2000, "5.5 years"), (math.inf, "∞ days"), (math.nan, "—")],
)
def test_days(d, text):
    assert fmt.days(d, locale=EN) == text


def test_percent():
    assert fmt.percent(0.612, locale=EN) == "61%"
    assert fmt.percent(0.05, locale=EN) == "5.0%"
    assert fmt.percent(1.0, locale=EN) == "100%"
    assert fmt.percent(0.5, 1, locale=EN) == "50.0%"


def test_non_finite():
    assert fmt.money(math.nan) == fmt.NAN_TEXT
    assert fmt.power_mw(math.inf) == fmt.INF_TEXT
    assert fmt.si(None) == fmt.NAN_TEXT


def test_ticks_share_one_prefix_and_enough_decimals():
    assert fmt.si_ticks([0, 5e5, 1e6], 5e5, locale=EN) == ["0", "0.5 M", "1.0 M"]
    assert fmt.money_ticks([0, 1e10, 2e10], 1e10, locale=EN) == ["$0", "$10 B", "$20 B"]
    assert fmt.money_ticks([0, 2.5e9, 5e9], 2.5e9, locale=EN) == ["$0", "$2.5 B", "$5.0 B"]
    assert fmt.power_ticks([0, 500, 1000], 500, locale=EN) == ["0", "0.5 GW", "1.0 GW"]
    assert fmt.power_ticks([0, 50, 100], 50, locale=EN) == ["0", "50 MW", "100 MW"]
    assert fmt.percent_ticks([0, 0.5, 1], 0.5, locale=EN) == ["0%", "50%", "100%"]
