"""A read-only table of analysis results (one row per sweep point or Monte Carlo sample) that
exports to CSV with Python's :mod:`csv` module.

The table shows values written for people (``units.format_value``); the CSV holds the plain
numbers at full precision, in document units, with a header row of column names. Big runs
(10^5 samples and more) show their first :data:`SHOWN_ROWS` rows and say so; the CSV always
holds them all.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Callable

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from colossus_desktop.drawing.charts.units import format_value

SHOWN_ROWS = 5_000


def tr(text: str) -> str:
    return QCoreApplication.translate("Analysis", text)


class _Model(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers: list[str] = []
        self.units: list[str] = []
        self.columns: list[np.ndarray] = []
        self.rows = 0

    def set_columns(self, headers, units, columns) -> None:
        self.beginResetModel()
        self.headers, self.units = list(headers), list(units)
        self.columns = [np.asarray(c).reshape(-1) for c in columns]
        self.rows = min(SHOWN_ROWS, self.columns[0].size) if self.columns else 0
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt)
        return 0 if parent.isValid() else self.rows

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802 (Qt)
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value(float(self.columns[index.column()][index.row()]), self.units[index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802 (Qt)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self.headers[section] if section < len(self.headers) else None
        return str(section + 1)


class ResultsTable(QWidget):
    """Headers, units and columns of equal length; ``export_csv(path)`` writes them all.

    ``csv_headers`` (optional, same length) are the CSV's column names (e.g. "facility.pue",
    "wall_days [days]"); the table shows ``headers``."""

    def __init__(self, parent: QWidget | None = None, name: str = "results"):
        super().__init__(parent)
        self.name = name
        self.model = _Model(self)
        self.csv_headers: list[str] = []
        self.ask_path: Callable[[str], str | None] = self._ask_path
        self.view = QTableView()
        self.view.setObjectName(f"{name}-table")
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setDefaultSectionSize(self.view.fontMetrics().height() + 6)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.note = QLabel()
        self.export_button = QPushButton(tr("Export CSV…"))
        self.export_button.setObjectName(f"{name}-export-csv")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self._export_clicked)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.note, 1)
        bar.addWidget(self.export_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.view, 1)
        lay.addLayout(bar)

    def set_columns(self, headers: list[str], units: list[str], columns: list[np.ndarray],
                    csv_headers: list[str] | None = None) -> None:
        self.model.set_columns(headers, units, columns)
        self.csv_headers = list(csv_headers or headers)
        total = self.model.columns[0].size if self.model.columns else 0
        self.note.setText(tr("{0} rows").format(total) if total <= SHOWN_ROWS else
                          tr("First {0} of {1} rows shown; Export CSV writes them all").format(SHOWN_ROWS, total))
        self.export_button.setEnabled(total > 0)
        self.view.resizeColumnsToContents()

    def row_count(self) -> int:
        return self.model.columns[0].size if self.model.columns else 0

    def export_csv(self, path: str | os.PathLike[str]) -> int:
        """Write every row (plain numbers, full precision) to ``path``; returns the row count."""
        columns = self.model.columns
        with open(path, "w", newline="", encoding="utf-8") as f:
            writer = csv.writer(f)
            writer.writerow(self.csv_headers)
            for row in zip(*[c.tolist() for c in columns]):
                writer.writerow(["" if isinstance(v, float) and v != v else repr(v) if isinstance(v, float) else v
                                 for v in row])
        return self.row_count()

    def _ask_path(self, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export CSV"), suggested, tr("CSV files (*.csv)"))
        return path or None

    def _export_clicked(self) -> None:
        path = self.ask_path(f"{self.name}.csv")
        if not path:
            return
        try:
            self.export_csv(path)
        except OSError as exc:
            self.note.setText(tr("Could not write {0}: {1}").format(path, exc.strerror or exc))
