"""Views of the window: the tabs beside the builder form, and dialogs opened on demand.

The main window's right side is a tab widget: "Charts" (the live grid) first, then one tab per
entry of :data:`VIEWS`. Each entry's module in this package defines
``create_view(window) -> QWidget``; the widget follows the window's document on its own
(``window.evaluator.evaluated``, ``window.document.changed``) and runs long work through
:mod:`.worker`. Dialogs (Help → Model vs published) live here too but are not tabs.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _compare(window):
    from colossus_desktop.ui.views.compare import create_view

    return create_view(window)


def _sweep(window):
    from colossus_desktop.ui.views.sweep import create_view

    return create_view(window)


def _uncertainty(window):
    from colossus_desktop.ui.views.uncertainty import create_view

    return create_view(window)


def _failures(window):
    from colossus_desktop.ui.views.failures import create_view

    return create_view(window)


#: (name, tab title, factory): the tabs after "Charts", in order. The factories import their
#: module by name, statically, so PyInstaller's analysis finds every view for the bundle.
VIEWS = [("compare", "Compare", _compare), ("sweep", "Sweep", _sweep),
         ("uncertainty", "Uncertainty", _uncertainty), ("failures", "Failures", _failures)]


def tr(text: str) -> str:
    return QCoreApplication.translate("Views", text)


def install_views(window) -> dict:
    """Add a tab to ``window.tabs`` for every entry of :data:`VIEWS`; returns {name: widget}."""
    views = {}
    for name, title, factory in VIEWS:
        widget = factory(window)
        widget.setObjectName(f"view:{name}")
        window.tabs.addTab(widget, tr(title))
        views[name] = widget
    return views
