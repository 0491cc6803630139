"""The "Compare" tab: up to 8 scenarios side by side, the efficiency figures, overlaid charts.

The tab holds one :class:`~colossus_desktop.scenario.comparison.Comparison` (it opens on the
shipped "Raw power vs efficiency" one). Its toolbar makes a new one, opens and saves files, adds
scenario files, presets or the window's document (followed live) and removes the selected
column; "Train the same model on each" applies one entry's workload to all. Evaluation (and the
Monte Carlo run when the scenarios carry uncertainty, :data:`LIVE_SAMPLES` samples) runs in a
:class:`~colossus_desktop.ui.views.worker.Task`, only while the tab is visible; the table
(:mod:`.compare_table`) and the charts (:mod:`colossus_desktop.drawing.charts.compare`) only
draw the :class:`~colossus_desktop.comparison.Compared` it returns.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QFrame, QHBoxLayout, QInputDialog, QLabel, QPlainTextEdit, QScrollArea, QSplitter,
    QToolBar,
    QVBoxLayout, QWidget,
)

from colossus_desktop.comparison import LIVE_SAMPLES, evaluate_comparison, with_earlier_bands
from colossus_desktop.drawing import format as fmt
from colossus_desktop.drawing.charts.compare import COMPARE_CHARTS
from colossus_desktop.evaluation import evaluate_scenario
from colossus_desktop.paths import comparisons_dir
from colossus_desktop.scenario.comparison import (
    MAX_ENTRIES, Comparison, Entry, entry_scenario, load_comparison, rebase, save_comparison,
)
from colossus_desktop.scenario.errors import ScenarioError
from colossus_desktop.ui.views.compare_table import CompareTable
from colossus_desktop.ui.chart_grid import ChartGrid
from colossus_desktop.ui.views.worker import Task, TaskBar

SHIPPED = "raw-power-vs-efficiency.json"
#: after an edit's figures are shown, how long before their P10–P90 are computed (the repaint first)
REFINE_AFTER_MS = 100
FILTER = QT_TRANSLATE_NOOP("Compare", "Colossus Desktop comparison (*.json);;All files (*)")
SCENARIO_FILTER = QT_TRANSLATE_NOOP("Compare", "Colossus Desktop scenario (*.json);;All files (*)")


def tr(text: str) -> str:
    return QCoreApplication.translate("Compare", text)


class CompareView(QWidget):
    """The Compare tab; ``set_comparison`` replaces what it shows, ``compared`` is the last result."""

    def __init__(self, window=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.window_ = window
        self.comparison = Comparison(name=tr("Untitled comparison"))
        self.base_dir: str | None = None
        self.path: str | None = None
        self.compared = None
        self.full = None  # the last result with every band computed (what an edit reuses)
        self._then = None
        self._refine_fn = None
        self._refine_timer = QTimer(self)
        self._refine_timer.setSingleShot(True)
        self._refine_timer.setInterval(REFINE_AFTER_MS)
        self._refine_timer.timeout.connect(self._refine)
        self.error: str | None = None
        self._dirty = True
        self.task = Task(self)
        self.task.finished.connect(self._show)
        self.task.failed.connect(self._failed)
        self.samples = LIVE_SAMPLES

        self.toolbar = QToolBar()
        self.toolbar.setObjectName("compare-toolbar")
        self.actions_by_key = {}
        for key, text, slot in (
            ("new", tr("New"), self.new), ("open", tr("Open…"), self.open_dialog), ("save", tr("Save…"), self.save_dialog),
            ("add_file", tr("Add scenario…"), self.add_file_dialog), ("add_preset", tr("Add preset…"), self.add_preset_dialog),
            ("add_current", tr("Add current document"), self.add_current), ("remove", tr("Remove"), self.remove_selected),
        ):
            action = self.toolbar.addAction(text)
            action.setObjectName("compare-" + key)
            action.triggered.connect(lambda *_, f=slot: f())
            self.actions_by_key[key] = action

        self.same = QCheckBox(tr("Train the same model on each:"))
        self.same.setObjectName("compare-same-workload")
        self.workload_from = QComboBox()
        self.workload_from.setObjectName("compare-workload-from")
        self.reference = QComboBox()
        self.reference.setObjectName("compare-reference")
        self.same.toggled.connect(lambda _on: self._set_workload())
        self.workload_from.activated.connect(lambda _i: self._set_workload())
        self.reference.activated.connect(self._set_reference)
        options = QHBoxLayout()
        options.addWidget(self.same)
        options.addWidget(self.workload_from, 1)
        options.addSpacing(12)
        options.addWidget(QLabel(tr("Ratios against:")))
        options.addWidget(self.reference, 1)

        self.title = QLabel()
        self.title.setObjectName("compare-title")
        self.title.setStyleSheet("font-weight: bold;")
        # the comparison's own words (what is compared, what is assumed): read-only, scrolls
        # within four lines so the table and the charts keep the room, and nothing is cut off
        self.description = QPlainTextEdit()
        self.description.setObjectName("compare-description")
        self.description.setReadOnly(True)
        self.description.setFrameShape(QFrame.Shape.NoFrame)
        self.description.viewport().setAutoFillBackground(False)
        self.status = QLabel()
        self.status.setObjectName("compare-status")
        self.status.setWordWrap(True)
        self.taskbar = TaskBar(self.task)
        self.taskbar.set_text(tr("Evaluating the comparison…"))

        self.table = CompareTable()
        self.charts = [cls(None) for cls in COMPARE_CHARTS]
        # one row of three where they fit at a readable size, else two or one column, scrolling
        self.chart_grid = ChartGrid(self.charts)
        chart_panel = self.chart_grid
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(chart_panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        # The contents scroll when the window is smaller than they need, so the tab never sets the
        # window's minimum size (the projector theme's large type makes the charts' minimum tall).
        inner = QWidget()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(inner)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        lay = QVBoxLayout(inner)
        lay.setContentsMargins(4, 2, 4, 2)
        lay.setSpacing(3)
        lay.addWidget(self.toolbar)
        lay.addLayout(options)
        lay.addWidget(self.title)
        lay.addWidget(self.description)
        lay.addWidget(self.status)
        lay.addWidget(self.taskbar)
        lay.addWidget(self.splitter, 1)

        if window is not None:
            window.evaluator.evaluated.connect(self._document_evaluated)

    # ------------------------------------------------------------------ the comparison
    def set_comparison(self, comp: Comparison, base_dir: str | None = None, path: str | None = None) -> None:
        self.comparison, self.base_dir, self.path = comp, base_dir, path
        self._sync_controls()
        self.refresh()

    def open_shipped(self) -> None:
        path = str(comparisons_dir() / SHIPPED)
        self.set_comparison(load_comparison(path), os.path.dirname(path), None)

    def _sync_controls(self) -> None:
        comp = self.comparison
        self.title.setText(comp.name + (f"  —  {self.path}" if self.path else ""))
        self.description.setPlainText(comp.description)
        self.description.setVisible(bool(comp.description))
        margin = self.description.document().documentMargin()  # whole lines: four, then it scrolls
        self.description.setFixedHeight(int(4 * self.description.fontMetrics().lineSpacing() + 2 * margin) + 2)
        labels = [e.label for e in comp.entries]
        for combo, index in ((self.reference, comp.reference), (self.workload_from, self._workload_index())):
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(labels)
            combo.setCurrentIndex(index if 0 <= index < len(labels) else -1)
            combo.blockSignals(False)
        self.same.blockSignals(True)
        self.same.setChecked(comp.common_workload is not None)
        self.same.blockSignals(False)
        n = len(comp.entries)
        for key in ("add_file", "add_preset", "add_current"):
            self.actions_by_key[key].setEnabled(n < MAX_ENTRIES)
        self.actions_by_key["remove"].setEnabled(n > 0)

    def _workload_index(self) -> int:
        """The entry whose workload matches the common one (the combo's choice), else 0."""
        comp = self.comparison
        if comp.common_workload is None:
            return max(self.workload_from.currentIndex(), 0)
        for i in range(len(comp.entries)):
            try:
                own = entry_scenario(comp.model_copy(update={"common_workload": None}), i, self.base_dir,
                                     self._current())
            except ScenarioError:
                continue
            if own.workload.model_copy(update={"rental_usd_per_gpu_hour": None}) == \
                    comp.common_workload.model_copy(update={"rental_usd_per_gpu_hour": None}):
                return i
        return 0

    def _set_workload(self) -> None:
        comp = self.comparison
        workload = None
        if self.same.isChecked() and comp.entries:
            i = max(self.workload_from.currentIndex(), 0)
            try:
                workload = entry_scenario(comp.model_copy(update={"common_workload": None}), i, self.base_dir,
                                          self._current()).workload
            except ScenarioError as exc:
                self._failed(str(exc))
                return
        self.comparison = comp.model_copy(update={"common_workload": workload})
        self.refresh()

    def _set_reference(self, index: int) -> None:
        if 0 <= index < len(self.comparison.entries):
            self.comparison = self.comparison.model_copy(update={"reference": index})
            self.refresh()

    def add_entry(self, entry: Entry) -> None:
        if len(self.comparison.entries) >= MAX_ENTRIES:
            self._failed(tr("A comparison holds at most {0} scenarios.").format(MAX_ENTRIES))
            return
        self.set_comparison(self.comparison.model_copy(update={"entries": [*self.comparison.entries, entry]}),
                            self.base_dir, self.path)

    def remove_entry(self, index: int) -> None:
        entries = [e for i, e in enumerate(self.comparison.entries) if i != index]
        ref = self.comparison.reference
        ref = 0 if index == ref else ref - (index < ref)
        self.set_comparison(self.comparison.model_copy(update={"entries": entries, "reference": ref if entries else 0}),
                            self.base_dir, self.path)

    # ------------------------------------------------------------------ toolbar actions
    def new(self) -> None:
        self.set_comparison(Comparison(name=tr("Untitled comparison")), None, None)

    def open_dialog(self) -> None:
        path = self.ask_open_path(tr("Open comparison"), tr(FILTER), str(comparisons_dir()))
        if path:
            self.open_path(path)

    def open_path(self, path: str) -> bool:
        try:
            comp = load_comparison(path)
        except ScenarioError as exc:
            self._failed(str(exc))
            return False
        self.set_comparison(comp, os.path.dirname(os.path.abspath(path)), os.path.abspath(path))
        return True

    def save_dialog(self) -> None:
        path = self.ask_save_path(tr("Save comparison"), tr(FILTER), self.path or "")
        if path:
            self.save_path(path)

    def save_path(self, path: str) -> bool:
        comp = rebase(self.comparison, self.base_dir, os.path.dirname(os.path.abspath(path)))
        try:
            save_comparison(comp, path)
        except ScenarioError as exc:
            self._failed(str(exc))
            return False
        self.comparison, self.base_dir, self.path = comp, os.path.dirname(os.path.abspath(path)), os.path.abspath(path)
        self._sync_controls()
        return True

    def add_file_dialog(self) -> None:
        path = self.ask_open_path(tr("Add scenario"), tr(SCENARIO_FILTER), self.base_dir or "")
        if path:
            name = os.path.splitext(os.path.basename(path))[0]
            self.add_entry(Entry(label=name, file=os.path.abspath(path)))

    def add_preset_dialog(self) -> None:
        from colossus_desktop.scenario.presets import preset_ids

        preset = self.ask_item(tr("Add preset"), tr("Preset:"), preset_ids())
        if preset:
            self.add_entry(Entry(label=preset, preset=preset))

    def add_current(self) -> None:
        name = self.window_.document.display_name if self.window_ is not None else tr("Current document")
        self.add_entry(Entry(label=name, current=True))

    def remove_selected(self) -> None:
        index = self.table.currentColumn()
        n = len(self.comparison.entries)
        if n:
            self.remove_entry(index if 0 <= index < n else n - 1)

    # dialogs (tests replace these) ------------------------------------------------------
    def ask_open_path(self, title: str, filt: str, directory: str) -> str | None:
        return QFileDialog.getOpenFileName(self, title, directory, filt)[0] or None

    def ask_save_path(self, title: str, filt: str, suggested: str) -> str | None:
        return QFileDialog.getSaveFileName(self, title, suggested, filt)[0] or None

    def ask_item(self, title: str, label: str, items: list[str]) -> str | None:
        item, ok = QInputDialog.getItem(self, title, label, items, 0, False)
        return item if ok else None

    # ------------------------------------------------------------------ evaluation
    def _current(self):
        return self.window_.document.scenario if self.window_ is not None else None

    def refresh(self) -> None:
        """Evaluate again now when visible, else when the tab is next shown."""
        self._dirty = True
        if self.isVisible():
            self._start()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        if self._dirty:
            self._start()

    def _document_evaluated(self, _ev) -> None:
        if any(e.kind == "current" for e in self.comparison.entries):
            self.refresh()

    def _start(self) -> None:
        self._dirty = False
        self._refine_timer.stop()  # a newer run supersedes the bands still due for an older one
        self._refine_fn = None
        comp = self.comparison
        if not comp.entries:
            self.compared = self.full = None
            self.table.clear_compared()
            self.status.setText(tr("Add scenarios with the toolbar: files, presets or the current document."))
            return
        base_dir, current, samples = self.base_dir, self._current(), self.samples
        # after an edit only the document's column changes: the other entries' evaluations and
        # Monte Carlo draws come from the last full result, the document's evaluation from the window
        reuse, known = self.full, self._known()

        def full(progress):
            return evaluate_comparison(comp, base_dir, current, samples=samples, progress=progress,
                                       reuse=reuse, known=known)

        if reuse is not None and reuse.bands is not None:
            # values first (the bands of unchanged entries kept, the others "…"), then the bands:
            # an edit shows its figures as fast as the main window, its P10–P90 a moment later
            self._then = full
            self.task.start(lambda progress: with_earlier_bands(
                evaluate_comparison(comp, base_dir, current, uncertainty=False, progress=progress, reuse=reuse,
                                    known=known), reuse))
        else:
            self._then = None
            self.task.start(full)

    def _known(self) -> list:
        """The window's last evaluation when it is the standard one of its current document."""
        evaluator = getattr(self.window_, "evaluator", None)
        last = getattr(evaluator, "last", None)
        if last is None or evaluator._evaluate is not evaluate_scenario or last.scenario is not self._current():
            return []
        return [last]

    def _show(self, compared) -> None:
        self.compared = compared
        then, self._then = getattr(self, "_then", None), None
        if then is None:
            self.full = compared  # a complete result: the next edit reuses it
        else:
            # the bands of this result come next, once the figures have painted: a Monte Carlo
            # started now would hold the interpreter while the table and the charts repaint
            self._refine_timer.start()
            self._refine_fn = then
        self.error = None
        self.table.set_compared(compared)
        for chart in self.charts:
            chart.set_evaluated(compared)
        if compared.bands is not None:
            text = tr("Uncertainty: P10 – P90 of {0} Monte Carlo samples (seed {1}); ratios sample by "
                      "sample against the reference.").format(fmt.number(compared.samples), compared.seed)
            if compared.unsampled_mfu:
                text += " " + tr("MFU predicted and not sampled for {0}: the bands leave out the throughput "
                                 "model's own error.").format(", ".join(compared.unsampled_mfu))
            self.status.setText(text)
        else:
            self.status.setText(tr("No scenario carries uncertainty: single values."))

    @property
    def busy(self) -> bool:
        """Work running or due: a run in the worker, or the bands of the figures just shown."""
        return self.task.running or self._refine_timer.isActive() or self._dirty

    def _refine(self) -> None:
        fn, self._refine_fn = self._refine_fn, None
        if fn is not None:
            self.task.start(fn)

    def _failed(self, message: str) -> None:
        self._then = None
        self.error = message
        self.status.setText("⚠ " + message)

    def apply_theme(self, theme) -> None:
        for chart in self.charts:
            chart.apply_theme(theme)
        self.chart_grid.reflow(theme)


def create_view(window) -> CompareView:
    """The Compare tab of ``window``, opened on the shipped comparison (File → Open Comparison…
    is the window's, ui/views/__init__.py; the window restyles the charts through
    :meth:`CompareView.apply_theme`)."""
    view = CompareView(window)
    view.open_shipped()
    return view
