"""A refused value's message in French: the loader's fixed phrasings ("Must be >= 1") are shown
translated, numbers in French, in the field's error line and the status bar; a message the
translation does not know (a model's cross-field rule) is shown as written; English is unchanged
(found by a newcomer review: "Résultats périmés — PUE : Must be >= 1")."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

from colossus_desktop import i18n
from colossus_desktop.ui.refusals import localized

NBSP, NNBSP = "\u00a0", "\u202f"
MESSAGES = ["Must be >= 1", "Must be <= 100,000,000", "Must be > 0", "Must be < 1", "Must be a finite number",
            'Must be a finite number or "auto"', "Must be a whole number", "Must be one of: infiniband, ethernet",
            "bf16_tflops: Must be a finite number", "Dense BF16: Must be >= 0.1", "Is not valid",
            "num_attention_heads (64) must be a multiple of num_key_value_heads (6)"]


@pytest.fixture
def french(qapp):
    i18n.install("fr")
    yield
    i18n.install("en")


def test_english_shows_the_loaders_words(qapp):
    i18n.install("en")
    assert [localized(m) for m in MESSAGES] == MESSAGES
    assert localized(None) is None and localized("") == ""


def test_french_translates_the_fixed_phrasings(french):
    got = dict(zip(MESSAGES, (localized(m) for m in MESSAGES)))
    assert got["Must be >= 1"] == f"Doit être ≥{NBSP}1"
    assert got["Must be <= 100,000,000"] == f"Doit être ≤{NBSP}100{NNBSP}000{NNBSP}000"
    assert got["Must be > 0"] == f"Doit être >{NBSP}0"
    assert got["Must be a finite number"] == "Doit être un nombre fini"
    assert got["Must be one of: infiniband, ethernet"] == f"Doit être l’un de{NBSP}: infiniband, ethernet"
    assert got["bf16_tflops: Must be a finite number"] == "bf16_tflops: Doit être un nombre fini"
    assert got["Dense BF16: Must be >= 0.1"] == f"Dense BF16: Doit être ≥{NBSP}0,1"
    rule = "num_attention_heads (64) must be a multiple of num_key_value_heads (6)"
    assert got[rule] == rule  # a model's own rule, in Hugging Face's field names: as written
    assert not any(v.startswith("Must") or ": Must" in v for k, v in got.items() if k != rule)


def test_a_refused_pue_in_the_french_window(french, make_window):
    w = make_window(autosave=False, restore_geometry=False)
    w.resize_for_screenshot(1280, 800)
    w.show()
    w.document.set_field("facility.pue", 0.5)
    for _ in range(3):
        QApplication.processEvents()
    label = w.builder.binder.fields["facility.pue"].error_label
    assert label.text() == f"Doit être ≥{NBSP}1" and not label.isHidden()  # (its page is closed)
    assert f"Doit être ≥{NBSP}1" in w.stale_label.text() and "Must" not in w.stale_label.text()


def test_the_stale_badge_fits_each_chart_in_french(french, make_window):
    """"Périmé : corrigez le champ en surbrillance" was wider than a chart at 1280×800 and cut at
    both ends; it wraps to the chart's width."""
    w = make_window(autosave=False, restore_geometry=False)
    w.resize_for_screenshot(1280, 800)
    w.show()
    w.finish_startup()
    w.document.set_field("facility.pue", 0.5)
    for _ in range(3):
        QApplication.processEvents()
    for chart in w.charts:
        badge = chart._stale_label
        assert chart.stale_text().startswith("Périmé") and not badge.isHidden()
        assert badge.x() >= 0 and badge.x() + badge.width() <= chart.width(), type(chart).__name__
        assert badge.height() >= badge.heightForWidth(badge.width()) or not badge.wordWrap()


def test_gpu_hours_are_worded_in_french_in_cells_and_axes(french):
    """The Compare and Uncertainty tables wrote "2,14 $/GPU-h" and "80,1 M GPU-h" in French,
    while the KPI card reads "$/h-GPU"."""
    from colossus_desktop.drawing.charts.units import format_value
    from colossus_desktop.drawing.unit_words import unit_text

    assert unit_text("GPU-h") == "h-GPU" and unit_text("/GPU-h") == "/h-GPU"
    assert unit_text("USD/GPU-h") == "USD/h-GPU"  # a long unit goes to the row label (table_unit)
    assert format_value(2.14, "USD/GPU-h").endswith("$/h-GPU")
    assert format_value(8.01e7, "GPU-h").endswith(" h-GPU")
