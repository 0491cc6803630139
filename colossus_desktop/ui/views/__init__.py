"""Views of the window: the tabs beside the builder form, and dialogs opened on demand.

The main window's right side is a tab widget: "Charts" (the live grid) first, then one tab per
entry of :data:`VIEWS`. Each entry's module in this package defines
``create_view(window) -> QWidget``; the widget follows the window's document on its own
(``window.evaluator.evaluated``, ``window.document.changed``) and runs long work through
:mod:`.worker`. Dialogs (Help → Model vs published) live here too but are not tabs.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QWidget


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
VIEWS = [("compare", QT_TRANSLATE_NOOP("Views", "Compare"), _compare),
         ("sweep", QT_TRANSLATE_NOOP("Views", "Sweep"), _sweep),
         ("uncertainty", QT_TRANSLATE_NOOP("Views", "Uncertainty"), _uncertainty),
         ("failures", QT_TRANSLATE_NOOP("Views", "Failures"), _failures)]


def tr(text: str) -> str:
    return QCoreApplication.translate("Views", text)


class Views(Mapping):
    """The window's view tabs by name, each built the first time it is needed: when its tab is
    chosen or when code asks for it (``views["compare"]``). Until then the tab holds an empty page,
    so the window opens without building four tabs of charts, tables and their first
    evaluations (about 0.45 s on colossus-2). A view built late takes the window's chart theme."""

    def __init__(self, window):
        self.window = window
        self._built: dict[str, object] = {}
        self._pages: dict[str, QWidget] = {}
        self._factories = {name: (title, factory) for name, title, factory in VIEWS}
        for name, title, _factory in VIEWS:
            page = QWidget()
            page.setObjectName(f"view-page:{name}")
            self._pages[name] = page
            window.tabs.addTab(page, tr(title))
        window.tabs.currentChanged.connect(self._tab_chosen)

    def __getitem__(self, name: str):
        if name not in self._factories:
            raise KeyError(name)
        if name not in self._built:
            self._build(name)
        return self._built[name]

    def __iter__(self):
        return iter(self._factories)

    def __len__(self) -> int:
        return len(self._factories)

    def built(self) -> dict:
        """The views built so far (theme changes, exports and shutdown touch only these)."""
        return dict(self._built)

    def _tab_chosen(self, index: int) -> None:
        page = self.window.tabs.widget(index)
        for name, placeholder in self._pages.items():
            if page is placeholder and name not in self._built:
                self._build(name)
                return

    def _build(self, name: str) -> None:
        from colossus_desktop.drawing.theme import current_theme

        title, factory = self._factories[name]
        view = factory(self.window)
        view.setObjectName(f"view:{name}")
        _scroll_when_narrow(view)
        self._built[name] = view
        if hasattr(view, "apply_theme"):
            view.apply_theme(current_theme())
        keep_charts_readable(view, current_theme())
        tabs = self.window.tabs
        index = tabs.indexOf(self._pages[name])
        was_current = tabs.currentIndex() == index
        tabs.blockSignals(True)  # the swap is not a choice of tab
        tabs.removeTab(index)
        tabs.insertTab(index, view, tr(title))
        if was_current:
            tabs.setCurrentIndex(index)
        tabs.blockSignals(False)
        self._pages.pop(name).deleteLater()


def _scroll_when_narrow(view: QWidget) -> None:
    """Move ``view``'s contents into a scroll area inside it: a window narrower than the view's
    controls and charts need (the Sweep tab's side by side need 674 px beside the form) scrolls
    the view instead of growing wider than the screen. ``view`` stays the tab's page."""
    from PySide6.QtWidgets import QFrame, QScrollArea, QVBoxLayout

    layout = view.layout()
    if layout is None:
        return
    inner = QWidget()
    inner.setObjectName(view.objectName() + ":contents")
    inner.setLayout(layout)  # Qt takes the layout, and the widgets it holds, off the view
    area = QScrollArea(view)
    area.setObjectName(view.objectName() + ":scroll")
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidgetResizable(True)
    area.setWidget(inner)
    outer = QVBoxLayout(view)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)


# An analysis tab's chart may be this share of the Charts tab's smallest cell (``min_cell``):
# 242 × 196 px in the projector theme, 156 × 126 px in the dark. At 1280×800 in the projector
# theme the Failures tab's lower charts get 230 px of height and read well; at 960×600 they got
# ~130 px and their labels overlapped. The floor under each chart's data area
# (plot_floor.py) then adds what its title, axes and legend take.
READABLE_SHARE = 0.6


def keep_charts_readable(view: QWidget, theme) -> None:
    """Give each chart of ``view`` a floor of :data:`READABLE_SHARE` of the chart grid's smallest
    cell (``min_cell``, scaled with the theme's type), and a floor under its data area
    (``drawing/charts/plot_floor.py``), so that a small window scrolls the tab (its contents sit in
    a scroll area, :func:`_scroll_when_narrow`) instead of squeezing the charts until their labels
    overlap (the projector theme at 960×600). Charts in a :class:`ChartGrid`
    are left to it: it reflows them into fewer columns."""
    from colossus_desktop.drawing.charts.plot_floor import keep_plot_readable
    from colossus_desktop.drawing.charts.view import ChartView
    from colossus_desktop.ui.chart_grid import ChartGrid, min_cell

    width, height = (round(READABLE_SHARE * x) for x in min_cell(theme))
    for chart in view.findChildren(ChartView):
        parent = chart.parentWidget()
        while parent is not None and parent is not view and not isinstance(parent, ChartGrid):
            parent = parent.parentWidget()
        if not isinstance(parent, ChartGrid):
            keep_plot_readable(chart, (width, height))


def add_validation_action(window, menu):
    """Add Help → Model vs published… to ``menu`` (``window.actions_by_key["validation"]``);
    returns the QAction. The dialog's module (its parity chart imports pyqtgraph) is imported
    when the action is first triggered, not when the window opens."""
    from PySide6.QtGui import QAction

    def open_view(*_):
        from colossus_desktop.ui.views.validation import open_validation_view

        open_validation_view(window)

    action = QAction(QCoreApplication.translate("Validation", "&Model vs published…"), window)
    action.setObjectName("action-validation")
    action.setStatusTip(QCoreApplication.translate(
        "Validation", "The engine against every published figure it can express: table and parity chart"))
    action.triggered.connect(open_view)
    getattr(window, "actions_by_key", {})["validation"] = action
    menu.addAction(action)
    return action


def install_views(window) -> Views:
    """Add a tab to ``window.tabs`` for every entry of :data:`VIEWS` (each built when first
    needed, see :class:`Views`) and File → Open Comparison…; returns the :class:`Views`."""
    views = Views(window)
    _add_open_comparison(window, views)
    return views


def _add_open_comparison(window, views: Views) -> None:
    """File → Open Comparison…, above the separator before Quit: shows the Compare tab, then asks."""
    from PySide6.QtGui import QAction

    def open_comparison(*_):
        view = views["compare"]
        window.tabs.setCurrentWidget(view)
        view.open_dialog()

    action = QAction(tr("Open Co&mparison…"), window)
    action.setObjectName("action-open-comparison")
    action.triggered.connect(open_comparison)
    quit_action = window.actions_by_key.get("quit")
    for bar_action in window.menuBar().actions():
        menu = bar_action.menu()
        if menu is not None and quit_action in menu.actions():
            actions = menu.actions()
            menu.insertAction(actions[max(actions.index(quit_action) - 1, 0)], action)
            break
    window.actions_by_key["open_comparison"] = action
