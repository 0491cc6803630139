"""The "Correlations" box of the Uncertainty tab's editor: Spearman rank correlations between
two uncertain inputs (``uncertainty.correlations``, applied by Iman–Conover in the engine).

A small table lists each pair (input A, input B, ρ). "Add" takes the two inputs chosen in the
combo boxes (labelled as the picker labels them) and ρ from the spin box (−0.99 … 0.99, step
0.05); choosing a pair already listed sets its ρ instead. "Remove" drops the selected row. Each
change is one undoable :class:`SetCorrelations` edit, never merged with the next. An edit the
scenario's validator refuses (a pair that names an input twice, a matrix that is not positive
definite) is checked *before* it reaches the document, so the document, its history and its
error markers are untouched, and its one-line message goes out on :attr:`CorrelationBox.message`.

The box folds away under its header (a tool button) so the narrow editor column keeps its room
for the input list when there are no correlations.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from colossus_desktop.ui.edits import Edit, EditError, set_values

RHO_LIMIT = 0.99
RHO_STEP = 0.05
TABLE_ROWS = 4  # rows the table shows before it scrolls


def tr(text: str) -> str:
    return QCoreApplication.translate("Analysis", text)


@dataclass
class SetCorrelations(Edit):
    """Replace ``uncertainty.correlations`` with ``correlations`` (dicts ``{a, b, rho}``)."""

    correlations: list[dict]
    label: str = ""

    def __post_init__(self):
        self.text = self.label or QT_TRANSLATE_NOOP("Edits", "Change correlations")

    def apply(self, scenario):
        return set_values(scenario, {"uncertainty.correlations": self.correlations})


class CorrelationBox(QGroupBox):
    """Header (fold/unfold) + table of correlations + the pair and ρ to add."""

    message = Signal(str)

    def __init__(self, document, labels, parent=None):
        """``labels()`` → {document path: label} of the scenario's numeric inputs (the editor's)."""
        super().__init__(parent)
        self.document = document
        self.labels = labels
        self.header = QToolButton()
        self.header.setObjectName("correlations-header")
        self.header.setCheckable(True)
        self.header.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.header.setAutoRaise(True)
        self.header.setToolTip(tr("Rank correlations between uncertain inputs (Iman–Conover)"))
        self.body = QWidget()
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("correlations-table")
        self.table.setHorizontalHeaderLabels([tr("Input A"), tr("Input B"), "ρ"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        row_h = self.table.fontMetrics().height() + 6
        self.table.verticalHeader().setDefaultSectionSize(row_h)
        self.table.setFixedHeight(row_h * TABLE_ROWS + head.sizeHint().height() + 2 * self.table.frameWidth())
        self.a = QComboBox()
        self.b = QComboBox()
        for combo, name in ((self.a, "correlations-a"), (self.b, "correlations-b")):
            combo.setObjectName(name)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.rho = QDoubleSpinBox()
        self.rho.setObjectName("correlations-rho")
        self.rho.setRange(-RHO_LIMIT, RHO_LIMIT)
        self.rho.setSingleStep(RHO_STEP)
        self.rho.setDecimals(2)
        self.rho.setValue(0.5)
        self.add_button = QPushButton(tr("Add"))
        self.add_button.setObjectName("correlations-add")
        self.remove_button = QPushButton(tr("Remove"))
        self.remove_button.setObjectName("correlations-remove")
        self.hint = QLabel()
        self.hint.setWordWrap(True)

        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr("A"), self.a)
        form.addRow(tr("B"), self.b)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel("ρ"))
        buttons.addWidget(self.rho, 1)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        bl = QVBoxLayout(self.body)
        bl.setContentsMargins(0, 0, 0, 0)
        bl.setSpacing(3)
        bl.addWidget(self.table)
        bl.addLayout(form)
        bl.addLayout(buttons)
        bl.addWidget(self.hint)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 2, 4, 4)
        lay.setSpacing(2)
        lay.addWidget(self.header)
        lay.addWidget(self.body)

        self.header.toggled.connect(self._toggled)
        self.add_button.clicked.connect(self.add_current)
        self.remove_button.clicked.connect(self.remove_selected)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._expanded_once = False
        self.set_expanded(False)

    # ------------------------------------------------------------------ document → widgets
    def entries(self) -> list[dict]:
        return [c.model_dump(mode="python") for c in self.document.scenario.uncertainty.correlations]

    def set_expanded(self, on: bool) -> None:
        self.header.blockSignals(True)
        self.header.setChecked(on)
        self.header.blockSignals(False)
        self.header.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)
        self.body.setVisible(on)

    def _toggled(self, on: bool) -> None:
        self.set_expanded(on)
        if on:  # unfolded below the fold of the editor's scroll area: bring it into view
            QTimer.singleShot(0, self.show_in_view)

    def show_in_view(self) -> None:
        """Scroll the editor column (a QScrollArea around it, if any) to show the whole box."""
        w = self.parentWidget()
        while w is not None and not isinstance(w, QScrollArea):
            w = w.parentWidget()
        if w is not None:
            w.ensureWidgetVisible(self, 0, 0)

    def refresh(self) -> None:
        """Re-list the correlations and the inputs the combos offer (after any document change)."""
        u = self.document.scenario.uncertainty
        labels = self.labels()
        name = lambda path: labels.get(path, path)  # noqa: E731
        n = len(u.correlations)
        self.header.setText(tr("Correlations ({0})").format(n) if n else tr("Correlations"))
        if n and not self._expanded_once:  # a scenario that has some opens with them in view
            self._expanded_once = True
            self.set_expanded(True)
        row = self.table.currentRow()
        self.table.blockSignals(True)
        self.table.setRowCount(n)
        for r, c in enumerate(u.correlations):
            for col, text, tip in ((0, name(c.a), c.a), (1, name(c.b), c.b), (2, f"{c.rho:+.2f}", "")):
                item = QTableWidgetItem(text)
                item.setToolTip(f"{text}\n{tip}" if tip else tr("Spearman rank correlation"))
                if col == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, col, item)
        if n:
            self.table.selectRow(min(max(row, 0), n - 1))
        self.table.blockSignals(False)
        paths = u.paths()
        for combo, default in ((self.a, 0), (self.b, 1)):
            keep = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for path in paths:
                combo.addItem(name(path), path)
                combo.setItemData(combo.count() - 1, path, Qt.ItemDataRole.ToolTipRole)
            i = combo.findData(keep)
            combo.setCurrentIndex(i if i >= 0 else min(default, combo.count() - 1))
            combo.blockSignals(False)
        enough = len(paths) >= 2
        self.add_button.setEnabled(enough)
        self.a.setEnabled(enough)
        self.b.setEnabled(enough)
        self.remove_button.setEnabled(n > 0)
        self.hint.setText("" if enough else tr("Add two or more uncertain inputs to correlate them."))
        self.hint.setVisible(not enough)

    def _selection_changed(self) -> None:
        """Show the selected pair in the combos and its ρ in the spin box, to change it by Add."""
        row = self.table.currentRow()
        entries = self.entries()
        if 0 <= row < len(entries):
            c = entries[row]
            self.a.setCurrentIndex(max(0, self.a.findData(c["a"])))
            self.b.setCurrentIndex(max(0, self.b.findData(c["b"])))
            self.rho.setValue(c["rho"])

    # ------------------------------------------------------------------ widgets → document
    def add_current(self) -> str | None:
        return self.add(self.a.currentData(), self.b.currentData(), round(self.rho.value(), 2))

    def add(self, a: str | None, b: str | None, rho: float) -> str | None:
        """Correlate inputs ``a`` and ``b`` by ``rho`` (or set the ρ of that pair when listed):
        one undo step. Returns None, or the refusal (also sent on ``message``)."""
        if not a or not b:
            return None
        if a == b:
            return self._refuse(tr("Choose two different inputs to correlate."))
        entries = self.entries()
        labels = self.labels()
        pair = {a, b}
        found = next((i for i, c in enumerate(entries) if {c["a"], c["b"]} == pair), None)
        if found is None:
            entries.append({"a": a, "b": b, "rho": float(rho)})
            text = tr("Correlate {0} with {1}").format(labels.get(a, a), labels.get(b, b))
        else:
            entries[found]["rho"] = float(rho)
            text = tr("Change correlation of {0} with {1}").format(labels.get(a, a), labels.get(b, b))
        err = self._apply(SetCorrelations(entries, text))
        if err is None:
            self.table.selectRow(len(entries) - 1 if found is None else found)
        return err

    def remove_selected(self) -> str | None:
        row = self.table.currentRow()
        entries = self.entries()
        if not 0 <= row < len(entries):
            return None
        gone = entries.pop(row)
        labels = self.labels()
        return self._apply(SetCorrelations(
            entries, tr("Remove correlation of {0} with {1}").format(labels.get(gone["a"], gone["a"]),
                                                                     labels.get(gone["b"], gone["b"]))))

    def _apply(self, edit: SetCorrelations) -> str | None:
        """Check ``edit`` on the current scenario first: a refusal never reaches the document
        (which would keep it as a field error and mark every result stale)."""
        try:
            edit.apply(self.document.scenario)
        except EditError as exc:
            return self._refuse(exc.message)
        return self.document.apply(edit)

    def _refuse(self, text: str) -> str:
        self.message.emit(text)
        return text
