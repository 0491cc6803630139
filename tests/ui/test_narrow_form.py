"""On a small screen the form's pools page shows whole: its buttons and the table's last column
are not hidden under the vertical scroll bar a short window gives the page (found at 1024×600 by
a newcomer review), in English and in French (longer button labels), and the splitter cannot
be dragged narrower than that."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication

from colossus_desktop import i18n


@pytest.fixture(params=["en", "fr"])
def language(request, qapp):
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def _shown(window, size):
    window.resize_for_screenshot(*size)
    window.show()
    for _ in range(3):
        QApplication.processEvents()
    return window


def _hidden_px(widget) -> int:
    """How many of ``widget``'s columns of pixels, from its right edge, are not visible."""
    return widget.width() - widget.visibleRegion().boundingRect().width()


@pytest.mark.parametrize("size", [(1024, 600), (960, 600), (1280, 800)])
def test_pools_page_shows_whole(language, make_window, size):
    w = _shown(make_window(autosave=False, restore_geometry=False), size)
    page = w.builder.pools
    assert _hidden_px(page) == 0
    down = page.buttons["down"]
    assert down.visibleRegion().boundingRect().width() == down.width()
    header = page.table.horizontalHeader()
    last = header.count() - 1
    right = header.sectionViewportPosition(last) + header.sectionSize(last)
    assert right <= page.table.viewport().width()  # the last column (price) is all there
    assert page.table.viewport().mapTo(page, QPoint(right, 0)).x() <= page.visibleRegion().boundingRect().right() + 1


def test_the_splitter_keeps_the_form_that_wide(make_window):
    w = _shown(make_window(autosave=False, restore_geometry=False), (1024, 600))
    w.splitter.setSizes([200, 824])  # dragging the handle far left
    QApplication.processEvents()
    assert w.builder.width() >= w.builder.narrowest_width()
    assert _hidden_px(w.builder.pools) == 0


def test_every_tab_fits_a_960_px_window(make_window):
    """The Sweep, Uncertainty and Failures tabs needed 1,061 px beside the form (their controls and
    charts side by side): opening one made the window wider than a 960 or 1024 px screen, and it
    stayed so. Their contents now scroll inside the tab."""
    w = _shown(make_window(autosave=False, restore_geometry=False), (960, 600))
    for i in range(w.tabs.count()):
        w.tabs.setCurrentIndex(i)
        for _ in range(3):
            QApplication.processEvents()
        assert w.minimumSizeHint().width() <= 960, w.tabs.tabText(i)
        assert w.width() == 960, w.tabs.tabText(i)
        assert w.tabs.currentWidget().objectName().startswith(("view:", "charts")), w.tabs.tabText(i)
