"""Chart 7: step time by layout: the chosen parallel layout and its best alternatives, as
horizontal stacked bars of seconds per optimizer step.

Each bar is one layout of the engine's search (``TrainingResults.alternatives_*``, best first:
the top bar is the layout the run uses) split into what the step spends: compute, the
recomputation's extra compute, and the exposed (not overlapped) time of tensor-parallel
collectives, the pipeline bubble, data-parallel gradient traffic, expert all-to-all and the
context-parallel ring. The layout's name ("TP8 PP16 DP128 · v4 · mb1 · full") is the bar's
label; a narrow chart writes it on two lines. Without a model shape the engine searches no
layout and the chart says what it needs.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QFontMetricsF

from colossus_desktop import formatting as F
from colossus_desktop.drawing import format as fmt
from colossus_desktop.drawing.charts.axis import CachedAxis, SIAxis
from colossus_desktop.drawing.charts.view import ChartView, tr
from colossus_desktop.drawing.pens import mk_pen
from colossus_desktop.drawing.charts.unchanged import set_opts
from colossus_desktop.messages import CONTEXT as MESSAGES, describe

# (engine key of step_breakdown_s / alternatives_breakdown_s, legend name, short legend name)
PARTS = (
    ("compute", QT_TRANSLATE_NOOP("Charts", "Compute"), QT_TRANSLATE_NOOP("Charts", "Compute")),
    ("recompute", QT_TRANSLATE_NOOP("Charts", "Recomputation"), QT_TRANSLATE_NOOP("Charts", "Recompute")),
    ("tp", QT_TRANSLATE_NOOP("Charts", "Tensor-parallel comms"), QT_TRANSLATE_NOOP("Charts", "TP")),
    ("bubble", QT_TRANSLATE_NOOP("Charts", "Pipeline bubble"), QT_TRANSLATE_NOOP("Charts", "Bubble")),
    ("dp", QT_TRANSLATE_NOOP("Charts", "Data-parallel comms"), QT_TRANSLATE_NOOP("Charts", "DP")),
    ("ep", QT_TRANSLATE_NOOP("Charts", "Expert all-to-all"), QT_TRANSLATE_NOOP("Charts", "EP")),
    ("cp", QT_TRANSLATE_NOOP("Charts", "Context-parallel ring"), QT_TRANSLATE_NOOP("Charts", "CP")),
)
RECOMPUTE = (QT_TRANSLATE_NOOP("Charts", "none"), QT_TRANSLATE_NOOP("Charts", "selective"),
             QT_TRANSLATE_NOOP("Charts", "full"))
NO_SHAPE = QT_TRANSLATE_NOOP("Charts", "No layout to compare: describe the model's\narchitecture on the "
                                       "Workload page")
#: flags that leave no layout to draw although the model has a shape: said instead of NO_SHAPE
LAYOUT_STOPPERS = ("tp_outside_domain", "layout_needs_more_gpus", "no_valid_layout")
BAR = 0.6  # bar thickness, in row units
TWO_LINES_SHARE = 0.35  # labels longer than this share of the chart's width go on two lines


def seconds(s: float) -> str:
    """``4.9 s``, ``12.3 s``, ``0.85 s``; ``—`` when unknown."""
    if not np.isfinite(s):
        return fmt.NAN_TEXT
    return fmt.number(s, F.auto_decimals(s)) + " s"



def _several_values(values: np.ndarray) -> bool:
    """True if ``values`` (1-D floats) hold more than one distinct value, NaN counting as one
    value (as ``np.unique(values).size > 1``, whose first call imports ``numpy.ma``: 15 ms of
    the app's start-up)."""
    nan = np.isnan(values)
    known = values[~nan]
    return bool(known.size and (known.max() > known.min() or nan.any()))


class StepTimeChart(ChartView):
    chart_id = "step_time"
    title = QT_TRANSLATE_NOOP("Charts", "Step time by layout")
    wide = True  # the window gives it a full-width row: a few long bars with long names

    def axis_items(self):
        return {"left": CachedAxis("left"), "bottom": SIAxis("bottom", "plain")}

    def setup(self) -> None:
        self.items: dict[str, pg.BarGraphItem] = {}
        for key, _name, _short in PARTS:
            item = pg.BarGraphItem(x0=np.zeros(0), y=np.zeros(0), width=np.zeros(0), height=BAR)
            self.plot_item.addItem(item)
            self.items[key] = item
        self.value_labels = [pg.TextItem("", anchor=(0.0, 0.5)) for _ in range(4)]
        for label in self.value_labels:
            self.plot_item.vb.addItem(label, ignoreBounds=True)
        self.empty_label = pg.TextItem("", anchor=(0.5, 0.5))
        self.plot_item.vb.addItem(self.empty_label, ignoreBounds=True)
        self.plot_item.vb.invertY(True)
        self.plot_item.vb.enableAutoRange(x=False, y=False)
        self.plot_item.showGrid(x=True, y=False)
        self.set_axis_label("bottom", tr("Seconds per optimizer step"), short=tr("s per step"))
        self.labels: list[str] = []  # one line each, best first
        self._empty_drawn: str | None = None  # the "no layout" text drawn (None: bars are drawn)
        self._x_ticks_shown = True  # the seconds axis has its ticks (not when no layout is drawn)
        self.values: dict[str, np.ndarray] = {key: np.zeros(0) for key, _n, _s in PARTS}
        self.totals = np.zeros(0)
        self.fits = True
        self._ticks = None

    def style_items(self, theme) -> None:
        self.plot_item.showGrid(x=True, y=False, alpha=0.18 if theme.name == "dark" else 0.25)
        for key, item in self.items.items():
            item.setOpts(brush=self.brush("step_" + key), pen=mk_pen(theme.background, width=1))
        for label in self.value_labels:
            label.setColor(theme.foreground)
        self.empty_label.setColor(theme.muted)

    def density_changed(self, compact: bool) -> None:
        font = self.tick_font()
        for label in [*self.value_labels, self.empty_label]:
            label.setFont(font)
        self._apply_ticks()
        self._fit_x_range()

    def view_resized(self) -> None:
        self._fit_x_range()
        self._wrap_empty_label()
        # the bottom label may have just switched between its short and full text: centre the
        # new text (pyqtgraph places an axis label only when the axis itself is resized)
        self.plot_item.getAxis("bottom").resizeEvent(None)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        # one or two lines by the new width before the layout is fitted to it (not after: the
        # wider axis would then leave the bottom label measured on the old length)
        self._apply_ticks(event.size().width())
        super().resizeEvent(event)

    # ------------------------------------------------------------------ data
    def update_data(self, ev) -> None:
        t = ev.results.training
        steps = np.asarray(t.alternatives_step_time_s, dtype=float)[0]
        rows = np.flatnonzero(np.isfinite(steps))[: len(self.value_labels)]
        n = rows.size
        empty = "" if n else self._empty_text(ev.results)
        if n == 0 and self._empty_drawn == empty:
            return  # still no layout to show, for the same reason: the empty chart stands as drawn
        self._empty_drawn = empty if n == 0 else None
        y = np.arange(n, dtype=float)
        base = np.zeros(n)
        for key, _name, _short in PARTS:
            part = t.alternatives_breakdown_s.get(key)
            v = np.zeros(n) if part is None else np.nan_to_num(np.asarray(part, dtype=float)[0, rows])
            set_opts(self.items[key], x0=base.copy(), y=y, width=v, height=BAR)
            self.values[key] = v
            base = base + v
        self.totals = steps[rows]
        layouts = {k: np.asarray(v, dtype=float)[0, rows] for k, v in t.alternatives_layout.items()}
        zero = "zero_stage" in layouts and _several_values(layouts["zero_stage"])
        names = [tr(r) for r in RECOMPUTE]
        self.labels = [F.layout_label({k: v[i] for k, v in layouts.items()}, names, zero=zero) for i in range(n)]
        self.fits = bool(np.asarray(t.fits).reshape(-1)[0])
        for i, label in enumerate(self.value_labels):
            if i < n:
                label.setText(seconds(self.totals[i]))
                label.setPos(max(float(base[i]), 0.0), float(i))
            else:
                label.setText("")
        self.empty_label.setText(empty)
        self.empty_label.setPos(0.5, 1.5)
        self._wrap_empty_label()
        self.plot_item.setYRange(-0.55, max(n, 4) - 0.45, padding=0)
        self._apply_ticks()  # new names only when they differ (setTicks redraws the axis)
        if bool(n) != self._x_ticks_shown:  # no bars: no seconds scale (it read 0.1 … 0.9 of nothing)
            self._x_ticks_shown = bool(n)
            self.plot_item.getAxis("bottom").setTicks(None if n else [[]])
        self._fit_x_range()
        self.set_legend([(self.items[k], tr(name), tr(short)) for k, name, short in PARTS
                         if n and float(self.values[k].max()) > 0])
        if not n:
            suffix = tr("needs the model's shape") if empty == tr(NO_SHAPE) else tr("no layout runs")
        elif not self.fits:
            suffix = tr("no layout fits in memory")
        else:
            suffix = tr("chosen: {0} per step").format(seconds(self.totals[0]))
        self.set_title_suffix(suffix)

    @staticmethod
    def _empty_text(results) -> str:
        """Why there is no layout: the flag that stops one (a fixed layout needing more GPUs …),
        else the model has no shape."""
        flags = [f for f in results.flags(0) if f.code in LAYOUT_STOPPERS]
        if not flags:
            return tr(NO_SHAPE)
        why = describe(flags[0], lambda t: QCoreApplication.translate(MESSAGES, t), fmt.writer())
        return tr("No layout runs:") + " " + why

    def _wrap_empty_label(self) -> None:
        self.empty_label.setTextWidth(max(self.plot_item.vb.width() * 0.85, 80.0))

    def tick_labels(self) -> list[str]:
        """The labels the left axis shows, best first (one or two lines each)."""
        return [text for _y, text in (self._ticks or [])]

    def _apply_ticks(self, width: int | None = None) -> None:
        """The layouts' names on the left axis: one line, or two when one would take more than
        :data:`TWO_LINES_SHARE` of the chart's ``width`` (px; its current width by default)."""
        metrics = QFontMetricsF(self.tick_font())
        longest = max((metrics.horizontalAdvance(s) for s in self.labels), default=0.0)
        two = longest > TWO_LINES_SHARE * max(self.width() if width is None else width, 1)
        ticks = [(float(i), s.replace(" · ", "\n", 1) if two else s) for i, s in enumerate(self.labels)]
        if ticks != self._ticks:
            self._ticks = ticks
            self.plot_item.getAxis("left").setTicks([ticks])

    def _fit_x_range(self) -> None:
        """Room on the right for the longest bar's value label, in the view's real pixels."""
        if not self.labels:
            self.plot_item.setXRange(0, 1, padding=0)
            return
        top = max(float(np.nanmax(self.totals)), 1e-9)
        metrics = QFontMetricsF(self.tick_font())
        label_px = max(metrics.horizontalAdvance(lab.toPlainText()) for lab in self.value_labels) + 12
        view_px = self.plot_item.vb.width()
        share = min(label_px / view_px, 0.5) if view_px > 50 else 0.25
        self.plot_item.setXRange(0, top / (1.0 - share), padding=0)

    def readout(self, x: float, y: float) -> str | None:
        i = int(round(y))
        if not 0 <= i < len(self.labels) or abs(y - i) > BAR / 2 + 0.05:
            return None
        head = tr("Chosen layout") if i == 0 else tr("Alternative {0}").format(i)
        lines = [f"{head}: {self.labels[i]}", f"{tr('Step time')}: {seconds(self.totals[i])}"]
        total = float(self.totals[i])
        for key, name, _short in PARTS:
            v = float(self.values[key][i])
            if v > 0:
                lines.append(f"  {tr(name)}: {seconds(v)} ({fmt.percent(v / total if total > 0 else np.nan)})")
        return "\n".join(lines)
