"""The window in French (issue 15): translated, numbers in French, fits 1280×800, and
View → Language persists and rebuilds the window on the same document."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel

from colossus_desktop import i18n
from colossus_desktop.ui import language, settings

NNBSP = "\u202f"


@pytest.fixture
def french(qapp):
    i18n.install("fr")
    yield
    i18n.install("en")


def _shown(window, size=(1280, 800)):
    window.resize_for_screenshot(*size)
    window.show()
    for _ in range(3):
        QApplication.processEvents()
    return window


def test_menus_tabs_and_kpis_are_french(french, make_window):
    w = _shown(make_window(autosave=False, restore_geometry=False))
    menus = [a.text() for a in w.menuBar().actions()]
    assert menus[:2] == ["&Fichier", "É&dition"], menus
    tabs = [w.tabs.tabText(i) for i in range(w.tabs.count())]
    assert tabs == ["Graphiques", "Comparer", "Balayage", "Incertitude", "Pannes"]
    captions = [lab.text() for lab in w.kpis.findChildren(QLabel, "KpiCaption")]
    assert "Capex" in captions and "Accélérateurs" in captions


def test_french_window_fits_1280x800(french, make_window):
    """No KPI caption and no form label of any builder page is cut at 1280×800 (French runs ~20 %
    longer than English)."""
    w = _shown(make_window(autosave=False, restore_geometry=False))
    cut = []
    for label in w.kpis.findChildren(QLabel, "KpiCaption"):
        if label.fontMetrics().horizontalAdvance(label.text()) > label.width():
            cut.append(("KPI", label.text(), label.width()))
    box = w.builder.toolbox
    for i in range(box.count()):
        box.setCurrentIndex(i)
        for _ in range(3):
            QApplication.processEvents()
        page = box.widget(i)
        for label in page.findChildren(QLabel):
            if not label.isVisibleTo(page) or label.wordWrap() or not label.text() or label.width() <= 0:
                continue
            if label.textFormat() != label.textFormat().PlainText and "<" in label.text():
                continue  # rich text (the spec panel) wraps
            if label.minimumSizeHint().width() > label.width():
                cut.append((box.itemText(i), label.text(), label.width()))
    assert not cut, cut


def _fields_out_of_view(window):
    """(page, field) whose right edge lies beyond its page's visible width, at the window's size."""
    from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QScrollArea

    out = []
    box = window.builder.toolbox
    for i in range(box.count()):
        box.setCurrentIndex(i)
        for _ in range(3):
            QApplication.processEvents()
        area = box.widget(i)
        if not isinstance(area, QScrollArea):
            continue
        view = area.viewport()
        for kind in (QAbstractSpinBox, QComboBox, QLineEdit):
            for field in area.widget().findChildren(kind):
                if not field.isVisibleTo(area) or isinstance(field.parent(), (QAbstractSpinBox, QComboBox)):
                    continue
                right = field.mapTo(view, field.rect().topRight()).x()
                if right > view.width() + 1:
                    out.append((box.itemText(i), field.objectName() or type(field).__name__, right, view.width()))
    return out


def _pool_buttons_out_of_view(window):
    from PySide6.QtWidgets import QAbstractButton

    box = window.builder.toolbox
    box.setCurrentIndex(0)
    for _ in range(3):
        QApplication.processEvents()
    page, panel = box.widget(0), window.builder
    return [(b.text(), b.mapTo(panel, b.rect().topRight()).x(), panel.width())
            for b in page.findChildren(QAbstractButton)
            if b.isVisibleTo(page) and b.mapTo(panel, b.rect().topRight()).x() > panel.width() + 1]


def test_french_form_fields_stay_in_view_at_1280x800(french, make_window):
    """Long French labels, check-box or button texts must not widen a page so far that the
    fields' values (right-aligned) or the pool buttons slide out of the form's visible width."""
    w = _shown(make_window(autosave=False, restore_geometry=False))
    assert not _fields_out_of_view(w)
    assert not _pool_buttons_out_of_view(w)


def test_spec_panel_writes_french_thousands(french):
    from colossus_desktop.scenario.presets import load_preset
    from colossus_desktop.ui.builder.pools.spec_text import spec_html

    text = spec_html(load_preset("colossus-2").pools[0])
    assert f"2{NNBSP}500 TFLOP/s" in text
    assert "2,500 TFLOP/s" not in text  # which a French reader takes for 2.5


def test_kpis_and_warning_in_french_numbers(french, make_window):
    w = _shown(make_window(autosave=False, restore_geometry=False))
    texts = w.kpis.texts()
    assert texts["capex"].endswith("Md$"), texts
    assert "jours" in texts["training_days"] or "jour" in texts["training_days"], texts
    if w.warning_label.isVisible():
        assert "%" not in w.warning_label.full_text() or f"{NNBSP}%" in w.warning_label.full_text()


def test_language_menu_persists_and_rebuilds_on_the_same_document(make_window):
    try:
        w = _shown(make_window(autosave=False, restore_geometry=False))
        assert set(w.language_actions) == {"system", "en", "fr"}
        w.document.set_field("facility.pue", 1.3, "PUE")
        new = language.switch_language(w, "fr")
        assert new is not w
        assert settings.settings().value("view/language") == "fr"
        assert language.saved_language() == "fr"
        assert new.document.is_modified and new.document.history.can_undo
        assert new.document.scenario.facility.pue == pytest.approx(1.3)
        assert new.menuBar().actions()[0].text() == "&Fichier"
        assert new.language_actions["fr"].isChecked()
        new.document.undo()
        assert not new.document.is_modified
        assert language.install_saved() == "fr"  # what the next start installs
        again = language.switch_language(new, "fr")  # no change: the same window
        assert again is new
        new.document.clear_history()
        new.close()
    finally:
        i18n.install("en")


def test_unknown_saved_language_falls_back_to_system(qapp):
    s = settings.settings()
    s.setValue("view/language", "klingon")
    s.sync()
    assert language.saved_language() == "system"
    with pytest.raises(ValueError, match="klingon"):
        language.save_language("klingon")
