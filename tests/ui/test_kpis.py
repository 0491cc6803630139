"""The KPI strip shows the headline numbers, formatted, with precise tooltips."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale

from colossus_desktop.drawing.kpis import KPIS
from colossus_desktop.ui.kpi_strip import KpiStrip

from .chart_fakes import fake_evaluated

EXPECTED = {"accelerators", "peak_bf16", "peak_fp8", "facility_mw", "capex", "usd_per_gpu_hour",
            "training_days", "gpu_hours", "run_cost", "energy", "co2"}


def test_texts_and_tooltips(qapp):
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    strip = KpiStrip()
    ev = fake_evaluated(gpus=1_000_000)
    strip.set_evaluated(ev)
    texts = strip.texts()
    assert set(texts) == EXPECTED == {k.id for k in KPIS}
    assert texts["accelerators"] == "1.0 M"
    assert texts["capex"] == "$70.5 B"
    assert texts["facility_mw"] == "2.7 GW"
    assert texts["usd_per_gpu_hour"] == "$2.10 · $2.53"  # per installed hour · per used hour (83 %)
    assert texts["training_days"] == "3.1 days"
    assert texts["peak_bf16"].endswith(" EFLOP/s")  # the unit of the debate, never ZFLOP/s
    assert texts["energy"].endswith("Wh") and texts["co2"].endswith("CO₂")
    tips = strip.tooltips()
    assert "1,000,000" in tips["accelerators"]
    assert "70,500,000,000" in tips["capex"]
    assert all(tips.values())


def test_updates_and_stale(qapp):
    strip = KpiStrip()
    strip.set_evaluated(fake_evaluated(gpus=1_000_000))
    first = strip.texts()
    strip.set_evaluated(fake_evaluated(gpus=200_000, scale=1.7))
    assert strip.texts() != first and strip.texts()["accelerators"] == "200 k"
    strip.set_stale(True)
    assert strip.is_stale() and not strip.cards["capex"].isEnabled()
    assert strip._stale_label.isVisibleTo(strip)
    strip.set_stale(False)
    assert not strip.is_stale() and strip.cards["capex"].isEnabled()


def test_reflows_when_narrow(qapp):
    strip = KpiStrip()
    strip.set_evaluated(fake_evaluated())
    strip.resize(1400, 60)
    strip.show()
    qapp.processEvents()
    assert strip._columns == len(KPIS)
    strip.resize(400, 200)
    qapp.processEvents()
    assert strip.width() == 400 and strip._columns < len(KPIS)


def test_values_fit_their_cards_at_1280(qapp):
    from PySide6.QtGui import QFontMetrics
    from PySide6.QtWidgets import QApplication

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    strip = KpiStrip()
    strip.resize(1280, 80)
    strip.show()
    strip.set_evaluated(fake_evaluated(gpus=1_000_000))
    QApplication.processEvents()
    for kpi_id, card in strip.cards.items():
        label = card.value_label
        assert QFontMetrics(label.font()).horizontalAdvance(label.text()) <= label.width(), kpi_id


def test_tooltips_say_what_a_power_shortfall_does_to_the_run(qapp):
    """Colossus 2: 30 MW of grid and 1,560 MW of turbines against 1,803.5 MW of average demand (schema 3 recalibration);
    the tooltips give the served and unserved power and the run's stretch, 1 / served share."""
    from colossus_desktop.engine import evaluate
    from colossus_desktop.scenario import load_preset, to_inputs

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    r = evaluate(to_inputs(load_preset("colossus-2")))
    tips = {k.id: k.tooltip(r) for k in KPIS}
    assert "Grid and turbines serve 1,590.0 MW" in tips["facility_mw"]  # 30 + 1,560
    assert "213.5 MW" in tips["facility_mw"] and "unserved" in tips["facility_mw"]
    assert "serves 88.2% of the demand, so the run takes 1.13 times as long" in tips["training_days"]
    # per installed and per used hour: 83 % of installed GPU-hours used (the preset's default)
    per_installed, per_used = r.cost.usd_per_gpu_hour[0], r.cost.usd_per_used_gpu_hour[0]
    assert per_used == pytest.approx(per_installed / 0.83, rel=1e-12)
    assert f"installed accelerator-hour: ${per_installed:,.3f}" in tips["usd_per_gpu_hour"]
    assert f"Per used hour (83% of installed hours do useful work): ${per_used:,.3f}" in tips["usd_per_gpu_hour"]
    enough = evaluate(to_inputs(load_preset("colossus-2")).replace(grid_mw=5000.0))
    tips = {k.id: k.tooltip(enough) for k in KPIS}
    assert "unserved" not in tips["facility_mw"] and "times as long" not in tips["training_days"]
