"""Help → User guide (F1): the menu command. The guide itself (:mod:`colossus_desktop.ui.guide`,
its browser, contents and search) is imported when it is first opened, not when the window
starts: its module and the Qt classes it uses cost ~8 ms of every start-up (docs/performance.md,
"Start-up, sixth pass")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu


def tr(text: str) -> str:
    return QCoreApplication.translate("Guide", text)


def add_guide_action(window, menu: QMenu) -> QAction:
    """Help → User guide (F1), ``window.actions_by_key["guide"]``."""
    action = QAction(tr("&User guide"), window)
    action.setObjectName("action-guide")
    action.setShortcut(QKeySequence(Qt.Key.Key_F1))
    action.setStatusTip(tr("Getting started, each view, the form, the model and its sources (offline)"))
    action.triggered.connect(lambda *_: open_guide(window))
    getattr(window, "actions_by_key", {})["guide"] = action
    menu.addAction(action)
    window.addAction(action)  # F1 works with the menu bar hidden too
    return action


def open_guide(window):
    """Show the guide (one per window, raised if open); returns its dialog."""
    from colossus_desktop.ui.guide import open_guide as open_it

    return open_it(window)
