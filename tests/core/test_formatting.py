"""The Qt-free number formatting the CLI, the reports and (through QLocale) the window share."""

from __future__ import annotations

import math

import pytest

from colossus_desktop import formatting as F


@pytest.mark.parametrize(("value", "decimals", "text"), [
    (1234.5, 1, "1,234.5"), (-2048, 0, "−2,048"), (0.125, 2, "0.12"), (math.nan, 0, "—"),
    (math.inf, 0, "∞"), (-math.inf, 0, "−∞"), (None, 0, "—"), (10**400, 0, "—"),
])
def test_plain_number(value, decimals, text):
    assert F.plain_number(value, decimals) == text


@pytest.mark.parametrize(("fn", "value", "text"), [
    (F.money, 4.83e10, "$48.3 B"), (F.money, 2.154, "$2.15"), (F.money, 30_000, "$30.0 K"),
    (F.money, -1.5e6, "−$1.5 M"), (F.power_mw, 1500, "1.5 GW"), (F.power_mw, 150, "150 MW"),
    (F.power_mw, 0.85, "850 kW"), (F.energy_mwh, 1.59e6, "1.6 TWh"), (F.tonnes, 12_300, "12.3 kt"),
    (F.percent, 0.612, "61%"), (F.percent, 0.0375, "3.8%"), (F.count, 950, "950"),
    (F.count, 1_040_000, "1.0 M"), (F.count, 12_500, "12.5 k"), (F.days, 61.2, "61 days"), (F.days, 1, "1 day"),
    (F.days, 3.5, "3.5 days"), (F.days, 0.05, "< 0.1 days"), (F.days, 4 * 365.25, "4.0 years"),
])
def test_humane_units(fn, value, text):
    assert fn(value) == text


def test_ticks_share_one_prefix_and_enough_decimals():
    assert F.ticks([0, 5e5, 1e6], 5e5, F.SI) == ["0", "0.5 M", "1.0 M"]
    assert F.ticks([0, 2.5e9, 5e9], 2.5e9, F.MONEY, prefix_first="$") == ["$0", "$2.5 B", "$5.0 B"]
    assert F.power_ticks([0, 500, 1000], 500) == ["0", "0.5 GW", "1.0 GW"]
    assert F.percent_ticks([0, 0.25, 0.5], 0.25) == ["0%", "25%", "50%"]
    assert F.tick_decimals(0.25) == 2 and F.tick_decimals(5) == 0


@pytest.mark.parametrize(("name", "slug"), [
    ("xAI Colossus 2 (2026 plan)", "xai-colossus-2"), ("DeepSeek-V3 training run", "deepseek-v3-training-run"),
    ("   ", "scenario"), ("Ünïcode ∑ only", "n-code-only"), ("a" * 60, "a" * 48),
])
def test_slug(name, slug):
    assert F.slug(name) == slug
