"""The status bar's warning is shortened with "…" when the window is narrow, never cut mid-word,
and never holds the window wider than it is asked to be (1024×600, issue 14's small screens)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from colossus_desktop.ui.elided_label import ElidedLabel


def test_a_long_warning_is_elided_at_1024_and_whole_at_1920(qtbot, make_window):
    w = make_window("colossus-2", autosave=False, restore_geometry=False)  # its power shortfall warns
    w.show()
    qtbot.waitExposed(w)
    for size, elided in (((1024, 600), True), ((1920, 1080), False)):
        w.resize_for_screenshot(*size)
        QApplication.processEvents()
        label = w.warning_label
        assert label.isVisible() and "shortfall" in label.full_text().lower()
        assert w.width() <= size[0]  # the message does not hold the window wider
        assert label.text().endswith("…") == elided, (size, label.text())
        if elided:
            assert label.full_text().startswith(label.text()[:-1])
            assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width()
        else:
            assert label.text() == label.full_text()
        assert label.toolTip().startswith(label.full_text()[2:].split("  (+")[0])  # every warning, whole


def test_elided_label_follows_its_width(qtbot):
    label = ElidedLabel()
    qtbot.addWidget(label)
    label.show()
    label.resize(120, 20)
    label.set_full_text("A message much longer than one hundred and twenty pixels of text")
    assert label.text().endswith("…") and len(label.text()) < len(label.full_text())
    label.resize(2000, 20)
    assert label.text() == label.full_text()
