"""Dialogs open no larger than the screen they open on: the guide and "Model vs published" asked
for 1100 × 760 whatever the screen (the offscreen test screen is 800 × 800; a netbook's 1024 × 600)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QWidget

from colossus_desktop.ui.screen_fit import SCREEN_SHARE, fit_to_screen


def _free(qapp):
    return QApplication.primaryScreen().availableGeometry()


def test_a_size_larger_than_the_screen_is_cut_to_it(qapp):
    free = _free(qapp)
    w = QWidget()
    fit_to_screen(w, free.width() * 2, free.height() * 2)
    assert (w.width(), w.height()) == (int(free.width() * SCREEN_SHARE), int(free.height() * SCREEN_SHARE))
    fit_to_screen(w, 300, 200)  # one that fits is left alone
    assert (w.width(), w.height()) == (300, 200)


def test_the_guide_and_the_validation_dialog_fit(qapp, qtbot):
    from colossus_desktop.ui.guide import GuideDialog
    from colossus_desktop.ui.views.validation import ValidationDialog

    free = _free(qapp)
    assert free.width() < 1100  # the test screen is smaller than what they ask for
    for dialog in (GuideDialog(), ValidationDialog()):
        qtbot.addWidget(dialog)
        assert dialog.width() <= free.width() and dialog.height() <= free.height(), type(dialog).__name__


def test_the_main_window_first_opens_within_the_screen(qapp, make_window):
    """No saved geometry (a first start): 1280 × 800, or less on a smaller screen; the test screen
    is 800 × 800, like a 1366 × 768 laptop too short for 800 px."""
    free = _free(qapp)
    w = make_window(autosave=False, restore_geometry=True)
    assert w.width() <= free.width() and w.height() <= free.height()
    assert w.builder.width() >= w.builder.narrowest_width()  # the form still shows its pools whole
