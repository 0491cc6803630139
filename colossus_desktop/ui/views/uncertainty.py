"""The Uncertainty tab: distributions on inputs (the editor, left) and what they do to every
key figure (right): P10/P50/P90 of each output, the histogram and CDF of a chosen output, the
tornado chart, and the samples with their outputs in one table that exports to CSV.

Monte Carlo (``analysis.run_monte_carlo``, Latin hypercube) and the tornado
(``analysis.run_tornado``) run together in the worker thread with progress and Cancel. After an
edit the tab re-runs live with at most :data:`LIVE_SAMPLES` samples; "Run" uses the document's
full sample count. The result also puts P10–P90 bands on the window's time-to-train and cost
charts (:mod:`.bands`).
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from colossus_desktop.drawing import format as fmt
from colossus_desktop.drawing.charts.histogram import CdfChart, HistogramChart, sample_set
from colossus_desktop.drawing.charts.tornado import TornadoBars, TornadoChart, tornado_bars
from colossus_desktop.drawing.charts.units import axis_title, format_value, output_unit, table_unit
from colossus_desktop.drawing.theme import current_theme
from colossus_desktop.ui.views import bands
from colossus_desktop.ui.views.results_table import ResultsTable
from colossus_desktop.ui.views.uncertainty_editor import UncertaintyEditor
from colossus_desktop.ui.views.worker import LiveTab, Task, TaskBar

LIVE_SAMPLES = 1_000
DEBOUNCE_MS = 400
DEFAULT_OUTPUT = "run_cost_usd"


def tr(text: str) -> str:
    return QCoreApplication.translate("Analysis", text)


def analyse(scenario, samples: int | None, progress):
    """The worker's job: Monte Carlo, the tornado (2d + 1 evaluations, no progress of its own)
    and the bands for the window's charts, of ``scenario``."""
    from colossus_desktop.analysis import run_monte_carlo, run_tornado

    mc = run_monte_carlo(scenario, samples=samples, progress=progress)
    tornado = run_tornado(scenario)
    try:
        yearly = bands.yearly_cost_quantiles(scenario, mc)
    except Exception:  # noqa: BLE001 - the cost band is an extra; the results stand without it
        yearly = None
    return mc, tornado, bands.bands_of(mc, yearly)


class UncertaintyView(LiveTab, QWidget):
    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent)
        from colossus_desktop.ui.labels import outputs

        self.window = window
        self.outputs = outputs()  # labels in the window's language
        self.mc = None
        self.tornado = None
        self.full = False  # the result shown used the document's full sample count
        self._dirty = True
        self.editor = UncertaintyEditor(window.document)
        self.task = Task(self)
        self.task_bar = TaskBar(self.task)
        self.task_bar.set_text(tr("Monte Carlo…"))
        self.task.finished.connect(self._finished)
        self.task.failed.connect(lambda m: self.status.setText(tr("Monte Carlo failed: {0}").format(m)))
        self.task.cancelled.connect(lambda: self.status.setText(tr("Monte Carlo cancelled")))
        self.editor.message.connect(lambda m: self.status.setText(m))

        self.run_button = QPushButton(tr("Run"))
        self.run_button.setObjectName("uncertainty-run")
        self.run_button.setToolTip(tr("Run with the full sample count (edits re-run live with {0} samples)").format(
            fmt.count(LIVE_SAMPLES)))
        self.status = QLabel(tr("Add an uncertain input to see its effect."))
        self.status.setWordWrap(True)
        self.output_combo = QComboBox()
        self.output_combo.setObjectName("uncertainty-output")
        for key, o in self.outputs.items():
            self.output_combo.addItem(o.label, key)
        self.output_combo.setCurrentIndex(max(0, self.output_combo.findData(DEFAULT_OUTPUT)))

        theme = current_theme()
        self.quantile_table = QTableWidget(0, 5)
        self.quantile_table.setObjectName("uncertainty-quantiles")
        self.quantile_table.setHorizontalHeaderLabels([tr("Output"), "P10", "P50", "P90", tr("Scenario")])
        self.quantile_table.verticalHeader().hide()
        self.quantile_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.quantile_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the names take the room left; elided, full in the tooltip
        header.setStretchLastSection(False)
        self.quantile_table.setWordWrap(False)
        self.quantile_table.verticalHeader().setDefaultSectionSize(self.quantile_table.fontMetrics().height() + 6)
        self.tornado_chart = TornadoChart(None, theme)
        self.histogram = HistogramChart(None, theme)
        self.cdf = CdfChart(None, theme)
        self.samples_table = ResultsTable(name="montecarlo")

        summary = QSplitter(Qt.Orientation.Vertical)
        summary.addWidget(self.quantile_table)
        summary.addWidget(self.tornado_chart)
        summary.setChildrenCollapsible(False)
        summary.setSizes([320, 380])
        distribution = QSplitter(Qt.Orientation.Vertical)
        distribution.addWidget(self.histogram)
        distribution.addWidget(self.cdf)
        distribution.setChildrenCollapsible(False)
        self.result_tabs = QTabWidget()
        self.result_tabs.setObjectName("uncertainty-results")
        self.result_tabs.addTab(summary, tr("P10 / P50 / P90 and tornado"))
        self.result_tabs.addTab(distribution, tr("Histogram and CDF"))
        self.result_tabs.addTab(self.samples_table, tr("Samples"))

        top = QHBoxLayout()
        top.addWidget(QLabel(tr("Output")))
        top.addWidget(self.output_combo, 1)
        top.addWidget(self.run_button)
        right = QWidget()
        r_lay = QVBoxLayout(right)
        r_lay.setContentsMargins(0, 0, 0, 0)
        r_lay.addLayout(top)
        r_lay.addWidget(self.status)
        r_lay.addWidget(self.task_bar)
        r_lay.addWidget(self.result_tabs, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.editor)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(260)
        scroll.setMaximumWidth(360)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(scroll)
        lay.addWidget(right, 1)

        self.follow_document(window.document, DEBOUNCE_MS)  # LiveTab: re-run after edits, in sight only
        self.run_button.clicked.connect(lambda: self.run(full=True))
        self.output_combo.currentIndexChanged.connect(lambda *_: self._show_output())

    # ------------------------------------------------------------------ running
    def has_inputs(self) -> bool:
        return bool(self.window.document.scenario.uncertainty.inputs)

    def run(self, full: bool = False) -> None:
        """Monte Carlo + tornado of the current document in the worker thread; ``full``: the
        document's sample count, else at most LIVE_SAMPLES."""
        u = self.window.document.scenario.uncertainty
        if not u.inputs:
            self._clear()
            return
        samples = u.samples if full else min(u.samples, LIVE_SAMPLES)
        scenario = self.window.document.scenario
        self._dirty = False
        self.debounce.stop()  # this run is of the current document: no re-run is pending
        self._pending_full = full or samples == u.samples
        self.status.setText(tr("Running {0} samples…").format(fmt.count(samples)))
        self.task.start(lambda progress: analyse(scenario, samples, progress))

    def live_run(self) -> None:
        self.run(full=False)

    def _finished(self, result) -> None:
        self.mc, self.tornado, self.bands = result
        self.full = self._pending_full
        n = self.mc.samples.shape[0]
        what = tr("full run") if self.full else tr("live preview; Run for {0}").format(
            fmt.count(self.window.document.scenario.uncertainty.samples))
        self.status.setText(tr("{0} samples, seed {1} ({2})").format(fmt.count(n), self.mc.seed, what))
        self._fill_quantiles()
        self._fill_samples()
        self._show_output()
        bands.show_bands(self.window, self.bands)

    def _clear(self) -> None:
        self.mc = self.tornado = None
        self.quantile_table.setRowCount(0)
        self.status.setText(tr("Add an uncertain input to see its effect."))
        bands.show_bands(self.window, None)

    # ------------------------------------------------------------------ drawing
    def _fill_quantiles(self) -> None:
        q = self.mc.quantiles((0.1, 0.5, 0.9))
        keys = [k for k in self.outputs if k in q]
        self.quantile_table.setRowCount(len(keys))
        for r, key in enumerate(keys):
            o = self.outputs[key]
            label, unit = table_unit(o.label, output_unit(o))
            cells = [label] + [format_value(float(v), unit) for v in q[key]] + [format_value(self.mc.base.get(key, math.nan), unit)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setToolTip(label)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.quantile_table.setItem(r, c, item)


    def _fill_samples(self) -> None:
        params = self.editor.params
        samples = np.asarray(self.mc.samples, dtype=float)
        headers, units, cols, csv_headers = [], [], [], []
        for j, path in enumerate(self.mc.paths):
            p = params.get(path)
            headers.append(axis_title(p.label, p.unit, ticks=True) if p else path)  # as the sweep's table
            units.append(p.unit if p else "")
            cols.append(samples[:, j])
            csv_headers.append(path)
        for key, o in self.outputs.items():
            if key in self.mc.outputs:
                headers.append(axis_title(o.label, o.unit, ticks=True))
                units.append(output_unit(o))
                cols.append(np.asarray(self.mc.outputs[key], dtype=float))
                csv_headers.append(f"{key} [{o.unit}]" if o.unit else key)
        self.samples_table.set_columns(headers, units, cols, csv_headers)

    def current_output(self) -> str:
        return self.output_combo.currentData()

    def _show_output(self) -> None:
        if self.mc is None:
            return
        key = self.current_output()
        data = sample_set(self.mc, key, self.outputs[key])
        self.histogram.set_samples(data)
        self.cdf.set_samples(data)
        if self.tornado is not None and key in self.tornado.low:
            self.tornado_chart.set_bars(self.tornado_bars(key))

    def tornado_bars(self, key: str) -> TornadoBars:
        """The tornado of output ``key``, rows in the engine's order (largest swing first)."""
        return tornado_bars(self.tornado, key, self.outputs[key], self.editor.params)

    def apply_theme(self, theme) -> None:
        for chart in (self.tornado_chart, self.histogram, self.cdf):
            chart.apply_theme(theme)


def create_view(window) -> QWidget:
    return UncertaintyView(window)
