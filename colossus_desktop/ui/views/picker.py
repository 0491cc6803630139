"""A searchable list of the scenario's numeric inputs (``scenario.parameters``): type to filter.

Each row reads "PUE — facility.pue", with the unit when it has one; every word typed must match
the label, the path or the unit (case-insensitive), so "pool price" finds "Pool 1 (H100) price —
pools[0].price_usd". The sweep and uncertainty tabs both use it; ``picked(path)`` says which
input the user chose (a click, Enter in the list, or Enter in the filter when one row is left).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QListView, QVBoxLayout, QWidget

from colossus_desktop.drawing.unit_words import unit_text

PATH_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2


def tr(text: str) -> str:
    return QCoreApplication.translate("Analysis", text)


def parameter_text(param) -> str:
    """"PUE — facility.pue" or "Grid price — power.grid_usd_per_mwh ($/MWh)"."""
    unit = f" ({unit_text(param.unit)})" if param.unit else ""
    return f"{param.label} — {param.path}{unit}"


class _WordFilter(QSortFilterProxyModel):
    """Keeps the rows whose search text holds every word of the filter."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.words: list[str] = []

    def set_words(self, text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+: invalidateFilter is deprecated
            self.beginFilterChange()
            self.words = text.lower().split()
            self.endFilterChange()
        else:  # pragma: no cover - older Qt
            self.words = text.lower().split()
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802 (Qt)
        text = self.sourceModel().index(row, 0, parent).data(SEARCH_ROLE) or ""
        return all(w in text for w in self.words)


class ParameterPicker(QWidget):
    picked = Signal(str)  # the document path of the chosen input

    def __init__(self, parent: QWidget | None = None, rows: int = 6):
        super().__init__(parent)
        self.params: dict[str, object] = {}
        self.filter = QLineEdit()
        self.filter.setObjectName("picker-filter")
        self.filter.setPlaceholderText(tr("Search inputs: PUE, price, pools[0]…"))
        self.filter.setClearButtonEnabled(True)
        self.model = QStandardItemModel(self)
        self.proxy = _WordFilter(self)
        self.proxy.setSourceModel(self.model)
        self.list = QListView()
        self.list.setObjectName("picker-list")
        self.list.setModel(self.proxy)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # keep the label and the unit
        self.list.setMinimumHeight(self.list.fontMetrics().height() * rows)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.filter)
        lay.addWidget(self.list, 1)
        self.filter.textChanged.connect(self.proxy.set_words)
        self.filter.returnPressed.connect(self._enter)
        self.list.clicked.connect(self._chosen)
        self.list.activated.connect(self._chosen)

    def set_parameters(self, params) -> None:
        """Show these :class:`~colossus_desktop.scenario.parameters.Parameter` (form order);
        the selection is kept when its path is still there."""
        keep = self.current_path()
        self.params = {p.path: p for p in params}
        self.model.clear()
        for p in params:
            item = QStandardItem(parameter_text(p))
            item.setData(p.path, PATH_ROLE)
            item.setData(f"{p.label} {p.path} {p.unit}".lower(), SEARCH_ROLE)
            item.setToolTip(tr("Now {0}").format(p.value) + (f"\n{p.range_source}" if p.range_source else ""))
            self.model.appendRow(item)
        if keep:
            self.select(keep, emit=False)

    def set_filter(self, text: str) -> None:
        self.filter.setText(text)

    def visible_paths(self) -> list[str]:
        return [self.proxy.index(r, 0).data(PATH_ROLE) for r in range(self.proxy.rowCount())]

    def current_path(self) -> str | None:
        idx = self.list.currentIndex()
        return idx.data(PATH_ROLE) if idx.isValid() else None

    def current(self):
        path = self.current_path()
        return self.params.get(path) if path else None

    def select(self, path: str, emit: bool = True) -> bool:
        """Make ``path`` the current row (clearing a filter that hides it); False if unknown."""
        if path not in self.params:
            return False
        if path not in self.visible_paths():
            self.filter.clear()
        for r in range(self.proxy.rowCount()):
            idx = self.proxy.index(r, 0)
            if idx.data(PATH_ROLE) == path:
                self.list.setCurrentIndex(idx)
                self.list.scrollTo(idx)
                if emit:
                    self.picked.emit(path)
                return True
        return False

    def _enter(self) -> None:
        paths = self.visible_paths()
        if len(paths) == 1 or (paths and self.current_path() not in paths):
            self.select(paths[0])
        elif self.current_path() in paths:
            self.picked.emit(self.current_path())

    def _chosen(self, index: QModelIndex) -> None:
        path = index.data(PATH_ROLE)
        if path:
            self.picked.emit(path)
