"""The Sweep tab: any numeric input (or two) over a range, any outputs against it.

One input: a line chart per chosen output (small multiples sharing the input axis, each in its
own unit), the scenario's own value marked. Two inputs: a heat map per chosen output with
labelled contours. Below, the results as a table that exports to CSV. The sweep itself is
``colossus_desktop.analysis.run_sweep`` in a worker thread (:mod:`.worker`), with progress and
Cancel; it follows the document: an edit re-runs it (debounced) while the tab is shown, or when
the tab is next shown.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from colossus_desktop.drawing.charts.heatmap import HeatMap, HeatMapChart
from colossus_desktop.drawing.charts.sweep_line import SweepLine, SweepLineChart
from colossus_desktop.drawing.charts.units import axis_title, output_unit
from colossus_desktop.drawing.theme import current_theme
from colossus_desktop.ui.labels import translated_parameters, unit_text
from colossus_desktop.ui.views.results_table import ResultsTable
from colossus_desktop.ui.views.sweep_controls import MAX_POINTS_1D, MAX_POINTS_2D, AxisControls
from colossus_desktop.ui.views.worker import Task, TaskBar

DEBOUNCE_MS = 400
DEFAULT_INPUTS = ("workload.mfu", "facility.pue")
DEFAULT_SECOND = ("power.grid_usd_per_mwh", "facility.pue")
DEFAULT_OUTPUTS = ("wall_days", "run_cost_usd", "facility_mw", "run_usd_per_1e24_flop")
MAX_CHARTS = 6


def tr(text: str) -> str:
    return QCoreApplication.translate("Analysis", text)


def base_outputs(ev) -> dict[str, float]:
    """Every OUTPUTS value of the window's evaluated scenario (row 0), by key."""
    from colossus_desktop.engine.analysis import OUTPUTS

    out = {}
    for key, o in OUTPUTS.items():
        try:
            out[key] = float(np.asarray(o.get(ev.results), dtype=float).reshape(-1)[0])
        except Exception:  # noqa: BLE001 - an output the engine cannot give is simply not marked
            out[key] = math.nan
    return out


class SweepView(QWidget):
    def __init__(self, window, parent: QWidget | None = None):
        super().__init__(parent)
        from colossus_desktop.ui.labels import outputs

        self.window = window
        self.outputs = outputs()  # labels in the window's language
        self.result = None  # the last Sweep shown
        self.run_specs = None  # what it was run with
        self.charts: list = []
        self._chart_key = None
        self._dirty = True
        self.task = Task(self)
        self.task_bar = TaskBar(self.task)
        self.task_bar.set_text(tr("Sweeping…"))
        self.task.finished.connect(self._finished)
        self.task.failed.connect(self._failed)
        self.task.cancelled.connect(lambda: self.status.setText(tr("Sweep cancelled")))

        # controls (left) ---------------------------------------------------------------
        self.axis1 = AxisControls(tr("Input"), 21, MAX_POINTS_1D)
        self.axis2 = AxisControls(tr("Second input (heat map)"), 15, MAX_POINTS_2D)
        self.axis2.setCheckable(True)
        self.axis2.setChecked(False)
        self.output_list = QListWidget()
        self.output_list.setObjectName("sweep-outputs")
        for key, o in self.outputs.items():
            item = QListWidgetItem(f"{o.label} ({unit_text(o.unit)})" if o.unit else o.label)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if key in DEFAULT_OUTPUTS else Qt.CheckState.Unchecked)
            self.output_list.addItem(item)
        outputs_box = QGroupBox(tr("Outputs"))
        QVBoxLayout(outputs_box).addWidget(self.output_list)
        self.run_button = QPushButton(tr("Run sweep"))
        self.run_button.setObjectName("sweep-run")
        self.status = QLabel()
        self.status.setWordWrap(True)
        controls = QWidget()
        c_lay = QVBoxLayout(controls)
        c_lay.setContentsMargins(4, 4, 4, 4)
        c_lay.addWidget(self.axis1, 3)
        c_lay.addWidget(self.axis2, 3)
        c_lay.addWidget(outputs_box, 2)
        c_lay.addWidget(self.run_button)
        c_lay.addWidget(self.status)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(controls)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(260)
        scroll.setMaximumWidth(420)

        # results (right) ---------------------------------------------------------------
        self.chart_area = QWidget()
        self.chart_grid = QGridLayout(self.chart_area)
        self.chart_grid.setContentsMargins(0, 0, 0, 0)
        self.chart_grid.setSpacing(4)
        self.empty_hint = QLabel(tr("Pick an input on the left to sweep it."))  # what to do while nothing is drawn
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_grid.addWidget(self.empty_hint, 0, 0)
        self.map_output = QComboBox()  # 2-D: the output the heat map shows
        self.map_output.setObjectName("sweep-map-output")
        self.map_row = QWidget()
        m_lay = QHBoxLayout(self.map_row)
        m_lay.setContentsMargins(0, 0, 0, 0)
        m_lay.addWidget(QLabel(tr("Heat map of")))
        m_lay.addWidget(self.map_output, 1)
        self.map_row.hide()
        charts_box = QWidget()
        cb_lay = QVBoxLayout(charts_box)
        cb_lay.setContentsMargins(0, 0, 0, 0)
        cb_lay.addWidget(self.map_row)
        cb_lay.addWidget(self.chart_area, 1)
        self.table = ResultsTable(name="sweep")
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(charts_box)
        right.addWidget(self.table)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 1)
        right.setSizes([700, 220])
        right.setChildrenCollapsible(False)
        right_box = QWidget()
        r_lay = QVBoxLayout(right_box)
        r_lay.setContentsMargins(0, 0, 0, 0)
        r_lay.addWidget(self.task_bar)
        r_lay.addWidget(right, 1)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(2, 2, 2, 2)
        lay.addWidget(scroll)
        lay.addWidget(right_box, 1)

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self._rerun)
        self.run_button.clicked.connect(self.run)
        self.axis1.changed.connect(self.debounce.start)
        self.axis2.changed.connect(self._second_changed)
        self.axis2.toggled.connect(self._second_changed)
        self.output_list.itemChanged.connect(lambda *_: self._show())
        self.map_output.activated.connect(lambda *_: self._show())
        window.document.changed.connect(self._document_changed)
        window.evaluator.evaluated.connect(lambda _ev: self._show() if self.result is not None else None)
        self.refresh_parameters()
        for path in DEFAULT_INPUTS:
            if path in self.axis1.picker.params:
                self.axis1.choose(path)
                break
        self.debounce.stop()  # the first run waits until the tab is shown

    # ------------------------------------------------------------------ inputs
    def refresh_parameters(self) -> None:
        from colossus_desktop.scenario.parameters import parameters

        try:
            params = translated_parameters(parameters(self.window.document.scenario))
        except Exception as exc:  # noqa: BLE001 - shown, never raised into Qt
            self.status.setText(" ".join(str(exc).split()))
            return
        self.axis1.set_parameters(params)
        self.axis2.set_parameters(params)
        if self.axis2.param is None:
            for path in DEFAULT_SECOND:
                if path in self.axis2.picker.params and path != (self.axis1.param and self.axis1.param.path):
                    self.axis2.blockSignals(True)
                    self.axis2.choose(path)
                    self.axis2.blockSignals(False)
                    break

    def checked_outputs(self) -> list[str]:
        keys = []
        for i in range(self.output_list.count()):
            item = self.output_list.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                keys.append(item.data(Qt.ItemDataRole.UserRole))
        return keys

    def set_outputs(self, keys) -> None:
        for i in range(self.output_list.count()):
            item = self.output_list.item(i)
            on = item.data(Qt.ItemDataRole.UserRole) in keys
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def specs(self) -> list[tuple[str, np.ndarray]]:
        specs = [s for s in (self.axis1.spec(),) if s is not None]
        if specs and self.axis2.isChecked() and self.axis2.spec() is not None:
            specs.append(self.axis2.spec())
        return specs

    # ------------------------------------------------------------------ running
    def run(self) -> None:
        """Sweep the chosen input(s) over the current document, in the worker thread."""
        from colossus_desktop.analysis import run_sweep

        specs = self.specs()
        if not specs:
            self.status.setText(tr("Pick an input to sweep."))
            return
        if len(specs) == 2 and specs[0][0] == specs[1][0]:
            self.status.setText(tr("Pick two different inputs for a 2-D sweep."))
            return
        scenario = self.window.document.scenario
        self._dirty = False
        self.debounce.stop()  # this run is of the current document: no re-run is pending
        self.status.setText(tr("Sweeping {0} points…").format(int(np.prod([v.size for _p, v in specs]))))
        self._pending = specs
        self.task.start(lambda progress: run_sweep(scenario, specs, progress=progress))

    def _rerun(self) -> None:
        if self.isVisible():
            self.run()
        else:
            self._dirty = True

    def _second_changed(self, *_args) -> None:
        self.axis2.setTitle(tr("Second input (heat map)") if self.axis2.isChecked() else tr("Second input (heat map): off"))
        self.debounce.start()

    def _document_changed(self) -> None:
        if self.window.isVisible() and not self.isVisible():
            # a tab out of sight: listing the inputs runs the engine (their current values), so
            # it waits until the tab is shown instead of slowing every edit of the form
            self._params_stale = True
            self._dirty = True
            return
        self.refresh_parameters()
        self.debounce.start()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().showEvent(event)
        if getattr(self, "_params_stale", False):
            self._params_stale = False
            self.refresh_parameters()
        if self._dirty and not self.task.running and self.specs():
            self.run()

    def _finished(self, sweep) -> None:
        self.result = sweep
        self.run_specs = self._pending
        n = int(np.prod([a.size for a in sweep.axes]))
        self.status.setText(tr("{0} points swept").format(n))
        self._show()

    def _failed(self, message: str) -> None:
        self.status.setText(tr("Sweep failed: {0}").format(message))

    # ------------------------------------------------------------------ drawing
    def _params(self):
        by_path = self.axis1.picker.params
        return [by_path.get(p) for p in self.result.paths]

    def _show(self) -> None:
        if self.result is None:
            return
        keys = [k for k in self.checked_outputs() if k in self.result.outputs][:MAX_CHARTS]
        params = self._params()
        two_d = len(self.result.axes) == 2
        table_keys = keys
        self.map_row.setVisible(two_d)
        if two_d:  # one heat map, big enough to read its contours; the table has every output
            chosen = self.map_output.currentData()
            self.map_output.blockSignals(True)
            self.map_output.clear()
            for k in keys:
                self.map_output.addItem(self.outputs[k].label, k)
            self.map_output.setCurrentIndex(max(0, self.map_output.findData(chosen)))
            self.map_output.blockSignals(False)
            keys = keys[max(0, self.map_output.currentIndex()):][:1]
        self._ensure_charts(HeatMapChart if two_d else SweepLineChart, len(keys))
        ev = self.window.evaluator.last
        base = base_outputs(ev) if ev is not None else {}
        labels = [p.label if p else path for p, path in zip(params, self.result.paths)]
        units = [p.unit if p else "" for p in params]
        currents = [p.value if p else math.nan for p in params]
        for chart, key in zip(self.charts, keys):
            o = self.outputs[key]
            z = np.asarray(self.result.outputs[key], dtype=float)
            if two_d:
                chart.set_map(HeatMap(self.result.axes[0], self.result.axes[1], z, labels[0], units[0], labels[1], units[1],
                                      o.label, output_unit(o), currents[0], currents[1]))
            else:
                chart.set_line(SweepLine(self.result.axes[0], z, labels[0], units[0], o.label, output_unit(o),
                                         currents[0], base.get(key, math.nan)))
        self._fill_table(table_keys, labels, units)

    def _ensure_charts(self, cls, n: int) -> None:
        key = (cls, n)
        if key == self._chart_key:
            return
        self._chart_key = key
        for chart in self.charts:
            self.chart_grid.removeWidget(chart)
            chart.deleteLater()
        self.empty_hint.setVisible(n == 0)
        if n == 0:
            self.empty_hint.setText(tr("Tick an output to draw it."))
        theme = current_theme()
        self.charts = [cls(self.chart_area, theme) for _ in range(n)]
        cols = 1 if n == 1 else 2 if n <= 4 else 3
        for i, chart in enumerate(self.charts):
            self.chart_grid.addWidget(chart, i // cols, i % cols)
        from colossus_desktop.ui.views import keep_charts_readable

        keep_charts_readable(self, theme)  # new charts: a small window scrolls the tab instead

    def _fill_table(self, keys, labels, units) -> None:
        axes = [np.asarray(a, dtype=float) for a in self.result.axes]
        grids = np.meshgrid(*axes, indexing="ij")
        cols = [g.reshape(-1) for g in grids]
        # as the axes are titled: no unit where the cells carry it scaled ("1.8 GW" under "(MW)")
        headers = [axis_title(lab, u, ticks=True) for lab, u in zip(labels, units)]
        csv_headers = list(self.result.paths)
        col_units = list(units)
        for key in keys:
            o = self.outputs[key]
            cols.append(np.asarray(self.result.outputs[key], dtype=float).reshape(-1))
            headers.append(axis_title(o.label, o.unit, ticks=True))
            csv_headers.append(f"{key} [{o.unit}]" if o.unit else key)
            col_units.append(output_unit(o))
        self.table.set_columns(headers, col_units, cols, csv_headers)

    def apply_theme(self, theme) -> None:
        for chart in self.charts:
            chart.apply_theme(theme)


def create_view(window) -> QWidget:
    return SweepView(window)
