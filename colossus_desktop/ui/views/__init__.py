"""Views of the window: the tabs beside the builder form, and dialogs opened on demand.

The main window's right side is a tab widget: "Charts" (the live grid) first, then one tab per
entry of :data:`VIEWS`. Each entry names a module of this package that defines
``create_view(window) -> QWidget``; the widget follows the window's document on its own
(``window.evaluator.evaluated``, ``window.document.changed``) and runs long work through
:mod:`.worker`. Dialogs (Help → Model vs published) live here too but are not tabs.
"""

from __future__ import annotations

import importlib

from PySide6.QtCore import QCoreApplication

#: (module in this package, tab title): the order of the tabs after "Charts".
VIEWS: list[tuple[str, str]] = [("compare", "Compare"), ("sweep", "Sweep"), ("uncertainty", "Uncertainty"), ("failures", "Failures")]


def tr(text: str) -> str:
    return QCoreApplication.translate("Views", text)


def install_views(window) -> dict:
    """Add a tab to ``window.tabs`` for every entry of :data:`VIEWS`; returns {module: widget}."""
    views = {}
    for module, title in VIEWS:
        widget = importlib.import_module(f"{__name__}.{module}").create_view(window)
        widget.setObjectName(f"view:{module}")
        window.tabs.addTab(widget, tr(title))
        views[module] = widget
    return views
