"""The live charts. ``create_charts()`` builds one of each, in a stable order.

Every chart is a :class:`ChartView`: ``set_evaluated(ev)`` pushes new results into its existing
plot items, ``set_stale(True)`` marks it as showing the last valid results, ``plot_item`` is the
pyqtgraph PlotItem (for export), and hovering shows the values under the cursor.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from colossus_desktop.drawing.qt_mirror import import_pyqtgraph

import_pyqtgraph()  # before any `import pyqtgraph`: see qt_mirror.py

from colossus_desktop.drawing.charts.view import ChartView
from colossus_desktop.drawing.charts.buildout import BuildoutChart
from colossus_desktop.drawing.charts.capex import CapexChart
from colossus_desktop.drawing.charts.cost_years import CostYearsChart
from colossus_desktop.drawing.charts.power import PowerChart
from colossus_desktop.drawing.charts.reliability import ReliabilityChart
from colossus_desktop.drawing.charts.step_time import StepTimeChart
from colossus_desktop.drawing.charts.time_to_train import TimeToTrainChart

CHART_TYPES: tuple[type[ChartView], ...] = (
    CapexChart,
    PowerChart,
    BuildoutChart,
    TimeToTrainChart,
    ReliabilityChart,
    CostYearsChart,
    StepTimeChart,
)


def create_charts(parent: QWidget | None = None, size_for=None) -> list[ChartView]:
    """One instance of every chart, in the order the window shows them. ``size_for(chart_type)``,
    when given, is the (width, height) px each is to be shown at, or None (see ChartView)."""
    return [cls(parent, size=size_for(cls) if size_for else None) for cls in CHART_TYPES]


__all__ = [
    "CHART_TYPES",
    "BuildoutChart",
    "CapexChart",
    "ChartView",
    "CostYearsChart",
    "PowerChart",
    "ReliabilityChart",
    "StepTimeChart",
    "TimeToTrainChart",
    "create_charts",
]
