"""Help → Model vs published…: the validation set as a sortable table and a parity chart.

The figures are evaluated once, when the dialog opens (``validation.evaluate_figures``), not
on every edit: they are fixed scenarios, independent of the document in the window. The chart
is a :class:`~colossus_desktop.drawing.charts.parity.ParityChart`, so it exports like the
window's charts (its right-click menu is the window's export menu when the window has one).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QBrush, QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from colossus_desktop.drawing import format as fmt
from colossus_desktop.drawing.charts.parity import EXPLAIN, ParityChart
from colossus_desktop.drawing.theme import current_theme
from colossus_desktop.scenario import ScenarioError
from colossus_desktop.validation import Row, evaluate_figures, format_figure, median_abs_error, published_text
from colossus_desktop.ui.screen_fit import fit_to_screen

COLUMNS = (QT_TRANSLATE_NOOP("Validation", "Figure"), QT_TRANSLATE_NOOP("Validation", "Published"),
           QT_TRANSLATE_NOOP("Validation", "Model"), QT_TRANSLATE_NOOP("Validation", "Error"),
           QT_TRANSLATE_NOOP("Validation", "Tolerance"), QT_TRANSLATE_NOOP("Validation", "Check"),
           QT_TRANSLATE_NOOP("Validation", "Source"))
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


def tr(text: str) -> str:
    return QCoreApplication.translate("Validation", text)


def _item(text: str, sort_key=None, tip: str = "", align_right: bool = False) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(text.lower() if sort_key is None else sort_key, SORT_ROLE)
    if tip:
        item.setToolTip(tip)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def check_cell(r: Row) -> tuple[str, str, str]:
    """The "Check" column of a row: (label, sort key, tooltip); a conflict's tooltip is its decision."""
    if r.kind == "identity":
        return tr("identity"), "identity", tr("An input was derived from this figure; not in the median")
    if r.kind == "conflict":
        tip = tr("Published figures contradict each other or the figure is ambiguous; not in the median.")
        if r.decision:
            tip += "\n" + tr("Decision: {0}").format(r.decision)
        return tr("conflict"), "conflict", tip
    if r.kind == "calibration":
        return (tr("calibration"), "calibration",
                tr("A published run the step-time model's constants were fitted on; not in the median"))
    return tr("model"), "model", ""


def table_model(rows: list[Row], parent=None) -> QStandardItemModel:
    """One row per figure; numbers sort by value (``SORT_ROLE``), the error by its size."""
    model = QStandardItemModel(len(rows), len(COLUMNS), parent)
    model.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
    theme = current_theme()
    for i, r in enumerate(rows):
        color = QBrush(QColor(theme.color("ideal" if r.within else "actual")))
        number = fmt.writer()  # the locale's digits and money
        error = _item(("+" if r.error >= 0 else "−") + fmt.percent(abs(r.error), 1), abs(r.error), align_right=True)
        error.setForeground(color)
        state = tr("within") if r.within else tr("outside")
        cells = [
            _item(r.description, tip=r.compares),
            _item(published_text(r, number), r.published, align_right=True,
                  tip=tr("Published sources disagree: the range is kept; the error is 0 inside it")
                  if math.isfinite(r.published_low) else ""),
            _item(format_figure(r.model, r.unit, number), r.model, align_right=True),
            error,
            _item(f"±{fmt.percent(r.tolerance, 0)} ({state})", r.tolerance, align_right=True),
            _item(*check_cell(r)),
            _item(r.publisher, tip=f"“{r.quote}”\n{r.reference} · {r.confidence} confidence"),
        ]
        cells[-2].setForeground(color if r.kind == "model" else QBrush(QColor(theme.muted)))
        for j, cell in enumerate(cells):
            model.setItem(i, j, cell)
    return model


class ValidationDialog(QDialog):
    """The table and the parity chart of the shipped validation set (non-modal)."""

    def __init__(self, parent: QWidget | None = None, rows: list[Row] | None = None, export_controller=None):
        super().__init__(parent)
        self.setObjectName("validation-dialog")
        self.setWindowTitle(tr("Model vs published"))
        self.export_controller = export_controller
        self.error = ""
        if rows is None:
            try:
                rows = evaluate_figures()
            except ScenarioError as exc:  # a broken validation file: say so, show nothing
                rows, self.error = [], str(exc)
        self.rows = rows

        self.summary = QLabel(self._summary_text())
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.chart = ParityChart(self)
        self.chart.set_rows(rows)
        self.chart.graphics.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.chart.graphics.customContextMenuRequested.connect(self._chart_menu)

        self.model = table_model(rows, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setObjectName("validation-table")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # worst first
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for j in range(len(COLUMNS)):
            header.setSectionResizeMode(j, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)  # figure and source share the rest

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.chart)
        split.addWidget(self.table)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 1100, 760)

    def _summary_text(self) -> str:
        if self.error:
            return tr("The validation set cannot be read: {0}").format(self.error)
        model = [r for r in self.rows if r.kind == "model"]
        outside = [r for r in model if not r.within]
        identity = sum(r.kind == "identity" for r in self.rows)
        conflicts = sum(r.kind == "conflict" for r in self.rows)
        calibration = sum(r.kind == "calibration" for r in self.rows)
        return tr(
            "{0} published figures, each a scenario evaluated by the engine. Median error over the {1} "
            "model checks: {2} (target: 10%); {3} outside their tolerance. {4} identity checks (an input "
            "was derived from the same figure), {5} conflicting figures (sources disagree or the "
            "figure is ambiguous; hover “conflict” for the decision) and {6} throughput calibration rows "
            "(the step-time model was fitted on them) are left out of the median. "
            "Hover a point to name it; right-click the chart to export it."
        ).format(len(self.rows), len(model), fmt.percent(median_abs_error(self.rows), 1), len(outside),
                 identity, conflicts, calibration) + "\n" + QCoreApplication.translate("Charts", EXPLAIN)

    def chart_menu(self) -> QMenu:
        """The chart's right-click menu: the window's export menu, or PNG/SVG/PDF of its own."""
        if self.export_controller is not None:
            return self.export_controller.chart_menu(self.chart, self)
        menu = QMenu(self)
        menu.setObjectName("chart-menu-model_vs_published")
        for fmt_key in ("png", "svg", "pdf"):
            action = QAction(tr("Export {0}…").format(fmt_key.upper()), menu)
            action.setObjectName(f"export-{fmt_key}")
            action.triggered.connect(lambda *_, f=fmt_key: self._export_alone(f))
            menu.addAction(action)
        return menu

    def _export_alone(self, fmt_key: str) -> None:
        from PySide6.QtWidgets import QFileDialog

        from colossus_desktop.drawing.export import export_chart

        path, _ = QFileDialog.getSaveFileName(self, tr("Export chart"), f"model-vs-published.{fmt_key}")
        if path:
            export_chart(self.chart, path, fmt=fmt_key)

    def _chart_menu(self, pos) -> None:
        menu = self.chart_menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.chart.graphics.mapToGlobal(pos))
        self.last_menu = menu


def open_validation_view(window) -> ValidationDialog:
    """Show the dialog for ``window`` (reused while open; evaluated once, when first opened)."""
    dialog = getattr(window, "validation_dialog", None)
    if dialog is None:
        dialog = ValidationDialog(window, export_controller=getattr(window, "export_controller", None))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda *_: setattr(window, "validation_dialog", None))
        window.validation_dialog = dialog
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
