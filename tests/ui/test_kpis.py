"""The KPI strip shows the headline numbers, formatted, with precise tooltips."""

from __future__ import annotations

from PySide6.QtCore import QLocale

from colossus_desktop.drawing.kpis import KPIS
from colossus_desktop.ui.kpi_strip import KpiStrip

from .chart_fakes import fake_evaluated

EXPECTED = {"accelerators", "peak_bf16", "peak_fp8", "facility_mw", "capex", "usd_per_gpu_hour",
            "training_days", "energy", "co2"}


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
    assert texts["usd_per_gpu_hour"] == "$2.10"
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
