"""Chart 4: time to train against cluster size (log–log), with and without failures.

The ideal compute days (no failures, no checkpoints) and the wall-clock days are drawn over the
size sweep; the band between them is the time lost to failures. The current scenario is marked.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from colossus_desktop.drawing import format as fmt
from colossus_desktop.drawing.charts.axis import SIAxis
from colossus_desktop.drawing.charts.ranges import log_bounds
from colossus_desktop.drawing.charts.view import ChartView, first, tr
from colossus_desktop.drawing.pens import mk_pen
from colossus_desktop.engine.results import RUN_STOPPERS
from colossus_desktop.messages import CONTEXT as MESSAGES, describe
from colossus_desktop.drawing.charts.unchanged import set_opts, set_xy


def finite_positive(a) -> np.ndarray:
    """Non-positive or non-finite values become NaN (gaps on a log axis)."""
    a = np.asarray(a, dtype=float).copy()
    a[~np.isfinite(a) | (a <= 0)] = np.nan
    return a


class TimeToTrainChart(ChartView):
    chart_id = "time_to_train"
    title = QT_TRANSLATE_NOOP("Charts", "Time to train vs cluster size")

    def axis_items(self):
        return {"left": SIAxis("left", "plain"), "bottom": SIAxis("bottom", "si")}

    def setup(self) -> None:
        plot = self.plot_item
        plot.setLogMode(x=True, y=True)
        plot.showGrid(x=True, y=True)
        self.ideal = plot.plot([], [], connect="finite")
        self.wall = plot.plot([], [], connect="finite")
        self.fill = pg.FillBetweenItem(self.wall, self.ideal)
        plot.addItem(self.fill)
        self.fill_sample = pg.BarGraphItem(x=[], height=[], width=1)  # legend swatch
        self.current = pg.PlotDataItem([], [], pen=None, symbol="o", symbolSize=11)
        self.current_ideal = pg.PlotDataItem([], [], pen=None, symbol="o", symbolSize=8)
        plot.addItem(self.current)
        plot.addItem(self.current_ideal)
        self.current_line = pg.InfiniteLine(angle=90, movable=False)
        plot.addItem(self.current_line, ignoreBounds=True)
        # P10–P90 of the wall-clock days at this size from a Monte Carlo run (set_band)
        self.band = pg.ErrorBarItem(x=np.zeros(0), y=np.zeros(0), beam=0.04)
        self.band.setZValue(5)
        plot.addItem(self.band)
        self.band_days: np.ndarray | None = None
        # said in the plot when no size has a finite wall-clock time (the run cannot start, or
        # never ends), with the engine's reason: otherwise the chart would be blank
        self.note = pg.TextItem("", anchor=(0.5, 0.5))
        plot.vb.addItem(self.note, ignoreBounds=True)
        self.set_axis_label("left", tr("Time to train (days)"), short=tr("Days"))
        self.set_axis_label("bottom", tr("Cluster size (accelerators)"), short=tr("Accelerators"))
        self.sizes = np.zeros(0)
        self.band_sample = pg.PlotDataItem([], [])  # legend sample of the band
        self.set_legend([
            (self.wall, tr("Wall-clock, with failures"), tr("Wall-clock")),
            (self.ideal, tr("Ideal compute, no failures"), tr("Ideal")),
            (self.fill_sample, tr("Time lost to failures"), tr("Lost to failures")),
            ((self.current_line, self.current), tr("This scenario")),
        ])

    def style_items(self, theme) -> None:
        self.ideal.setPen(self.pen("ideal", style=Qt.PenStyle.DashLine))
        self.wall.setPen(self.pen("actual"))
        self.fill.setBrush(self.brush("loss", 70))
        self.fill_sample.setOpts(brush=self.brush("loss", 110), pen=mk_pen(None))
        self.current.setSymbolPen(mk_pen(theme.background, width=1))
        self.current.setSymbolBrush(pg.mkBrush(theme.marker))
        self.current_ideal.setSymbolPen(mk_pen(theme.marker, width=1))
        self.current_ideal.setSymbolBrush(pg.mkBrush(None))
        self.current_line.setPen(mk_pen(theme.marker, width=1, style=Qt.PenStyle.DotLine))
        self.band.setData(pen=mk_pen(theme.marker, width=max(2.0, theme.line_width)))
        self.band_sample.setPen(mk_pen(theme.marker, width=max(2.0, theme.line_width)))
        self.note.setColor(theme.muted)
        self.note.fill = pg.mkBrush(theme.background)  # readable over a curve
        self.note.border = mk_pen(theme.muted, width=1)

    def density_changed(self, compact: bool) -> None:
        self.note.setFont(self.tick_font())

    def update_data(self, ev) -> None:
        self.sizes = np.asarray(ev.sizes, dtype=float)
        t = ev.by_size.training
        self.ideal_days = finite_positive(t.compute_days)
        self.wall_days = finite_positive(t.wall_days)
        self.goodput = np.asarray(t.goodput, dtype=float)
        set_xy(self.ideal, self.sizes, self.ideal_days)
        set_xy(self.wall, self.sizes, self.wall_days)
        r = ev.results
        self.cur_n = first(r.cluster.accelerators)
        self.cur_wall = first(r.training.wall_days)
        self.cur_ideal = first(r.training.compute_days)
        self.cur_goodput = first(r.training.goodput)
        # no mark rather than a NaN one (pyqtgraph warns "All-NaN slice" bounding a NaN point)
        ok = np.isfinite(self.cur_wall) and self.cur_wall > 0
        set_xy(self.current, [self.cur_n] if ok else [], [self.cur_wall] if ok else [])
        ok = np.isfinite(self.cur_ideal) and self.cur_ideal > 0
        set_xy(self.current_ideal, [self.cur_n] if ok else [], [self.cur_ideal] if ok else [])
        self.current_line.setPos(np.log10(max(self.cur_n, 1.0)))
        self._draw_band()
        self._fit_range()
        self._show_note(ev.results)

    def _show_note(self, results) -> None:
        """"No finite time to train at any size", and why (the first flag that stops the run),
        in the middle of the plot; nothing while some size has a finite wall-clock time."""
        text = ""
        if not np.isfinite(self.wall_days).any():
            stoppers = [f for f in results.flags(0) if f.code in RUN_STOPPERS]
            why = describe(stoppers[0], lambda t: QCoreApplication.translate(MESSAGES, t), fmt.writer()) if stoppers else ""
            text = tr("No finite time to train at any size.") + (" " + why if why else "")
        self.note.setText(text)
        self._place_note()

    def _place_note(self) -> None:
        """The note wrapped to the data area's width, in its middle."""
        if self.note.toPlainText():
            (x0, x1), (y0, y1) = self.plot_item.vb.viewRange()
            self.note.setTextWidth(max(self.plot_item.vb.width() * 0.85, 80.0))
            self.note.setPos((x0 + x1) / 2, (y0 + y1) / 2)

    def view_resized(self) -> None:
        self._place_note()

    def set_band(self, wall_days) -> None:
        """P10, P50, P90 of the wall-clock days at the scenario's size (a Monte Carlo run over
        the document's uncertain inputs), drawn as an error bar on the current point; None
        removes it."""
        self.band_days = None if wall_days is None else np.asarray(wall_days, dtype=float).reshape(3)
        if self._ev is not None:
            self._draw_band()
            self._fit_range()
            self.refresh_readout()  # a read-out showing the old band would lie

    def _draw_band(self) -> None:
        b = self.band_days
        ok = b is not None and np.all(np.isfinite(b)) and np.all(b > 0) and self.cur_n > 0
        suffix = tr("this scenario: {0}").format(fmt.days(self.cur_wall))
        if ok:
            x, (lo, mid, hi) = np.log10(self.cur_n), np.log10(b)
            set_opts(self.band, x=np.array([x]), y=np.array([mid]), top=np.array([hi - mid]), bottom=np.array([mid - lo]))
            suffix += " " + tr("(P10–P90 {0} – {1})").format(fmt.days(b[0]), fmt.days(b[2]))
        else:
            set_opts(self.band, x=np.zeros(0), y=np.zeros(0), top=np.zeros(0), bottom=np.zeros(0))
        entries = [
            (self.wall, tr("Wall-clock, with failures"), tr("Wall-clock")),
            (self.ideal, tr("Ideal compute, no failures"), tr("Ideal")),
            (self.fill_sample, tr("Time lost to failures"), tr("Lost to failures")),
            ((self.current_line, self.current), tr("This scenario")),
        ]
        if ok:
            entries.append((self.band_sample, tr("P10–P90 (uncertainty)"), tr("P10–P90")))
        self.set_legend(entries)
        self.set_title_suffix(suffix)

    def _fit_range(self) -> None:
        """Fit the view to the ideal curve and the current scenario; when goodput collapses the
        wall-clock curve shoots up by orders of magnitude, so it runs off the top instead of
        squashing everything else into a line."""
        ideal = self.ideal_days[np.isfinite(self.ideal_days)]
        wall = self.wall_days[np.isfinite(self.wall_days)]
        if ideal.size == 0 or self.sizes.size == 0:  # nothing to fit: a fixed range, as a new chart's
            sizes = self.sizes[np.isfinite(self.sizes) & (self.sizes > 0)]
            self.plot_item.setXRange(*(np.log10([sizes[0], sizes[-1]]) if sizes.size else (0.0, 1.0)), padding=0.02)
            self.plot_item.setYRange(0.0, 1.0, padding=0)
            return
        lo = float(ideal.min())
        cap = float(ideal.max()) * 30
        if np.isfinite(self.cur_wall) and self.cur_wall > 0:
            cap = max(cap, self.cur_wall * 3)
        if self.band_days is not None and np.all(np.isfinite(self.band_days)) and np.all(self.band_days > 0):
            cap = max(cap, float(self.band_days[2]) * 1.1)
        hi = min(float(wall.max()) if wall.size else cap, cap)
        hi = max(hi, float(ideal.max()))
        y0, y1 = log_bounds(np.log10(lo), np.log10(hi))  # still while editing (ranges.py)
        self.plot_item.setYRange(y0 - 0.15, y1 + 0.15, padding=0)
        self.plot_item.setXRange(np.log10(self.sizes[0]), np.log10(self.sizes[-1]), padding=0.02)

    def readout(self, x: float, y: float) -> str | None:
        if self.sizes.size == 0:
            return None
        i = self.nearest_index(np.log10(self.sizes), x)
        self.show_hover_line(float(np.log10(self.sizes[i])))
        lost = self.wall_days[i] - self.ideal_days[i]
        return "\n".join([
            f"{fmt.count(self.sizes[i])} {tr('accelerators')}",
            f"{tr('Wall-clock')}: {fmt.days(self.wall_days[i])}",
            f"{tr('Ideal compute')}: {fmt.days(self.ideal_days[i])}",
            f"{tr('Lost to failures')}: {fmt.days(lost)} ({tr('goodput')} {fmt.percent(self.goodput[i])})",
        ])
