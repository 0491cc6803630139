"""Chart 2: power demand (IT by component plus the PUE overhead) against supply.

Three stacked bars: the average demand (accelerators, hosts, network, storage, cooling
overhead), how that average is served (grid, turbines, shortfall), and the installed supply
capacity (grid connection, turbines, batteries) with the peak facility demand as a dashed line.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFontMetricsF

from colossus_desktop.drawing import format as fmt
from colossus_desktop.drawing.charts.axis import CachedAxis, SIAxis
from colossus_desktop.drawing.charts.ranges import nice_ceiling
from colossus_desktop.drawing.charts.view import ChartView, first, tr
from colossus_desktop.drawing.pens import mk_pen
from colossus_desktop.drawing.charts.unchanged import set_opts

BARS = (
    QT_TRANSLATE_NOOP("Charts", "Demand (avg)"),
    QT_TRANSLATE_NOOP("Charts", "Served (avg)"),
    QT_TRANSLATE_NOOP("Charts", "Capacity"),
)
SHORT_BARS = (
    QT_TRANSLATE_NOOP("Charts", "Demand"),
    QT_TRANSLATE_NOOP("Charts", "Served"),
    QT_TRANSLATE_NOOP("Charts", "Capacity"),
)
# legend names of a compact chart (the hover read-out keeps the full ones)
SHORT_NAMES = {
    "accelerators": QT_TRANSLATE_NOOP("Charts", "Accel."),
    "cooling": QT_TRANSLATE_NOOP("Charts", "Cooling"),
    "peak": QT_TRANSLATE_NOOP("Charts", "Peak"),
}

# (role, legend name, bar index)
SEGMENTS = (
    ("accelerators", QT_TRANSLATE_NOOP("Charts", "Accelerators"), 0),
    ("hosts", QT_TRANSLATE_NOOP("Charts", "Hosts"), 0),
    ("network", QT_TRANSLATE_NOOP("Charts", "Network"), 0),
    ("storage", QT_TRANSLATE_NOOP("Charts", "Storage"), 0),
    ("cooling", QT_TRANSLATE_NOOP("Charts", "Cooling & losses (PUE)"), 0),
    ("grid", QT_TRANSLATE_NOOP("Charts", "Grid"), 1),
    ("turbines", QT_TRANSLATE_NOOP("Charts", "Turbines"), 1),
    ("shortfall", QT_TRANSLATE_NOOP("Charts", "Shortfall"), 1),
    ("batteries", QT_TRANSLATE_NOOP("Charts", "Batteries"), 2),
)


def _input(ev, name: str) -> float:
    inputs = getattr(ev, "inputs", None)
    value = getattr(inputs, name, None)
    return first(value) if value is not None else 0.0


class PowerChart(ChartView):
    chart_id = "power"
    title = QT_TRANSLATE_NOOP("Charts", "Power: demand and supply")

    def axis_items(self):
        return {"left": SIAxis("left", "power"), "bottom": CachedAxis("bottom")}

    def setup(self) -> None:
        self.x = np.arange(len(BARS), dtype=float)
        # One BarGraphItem per component, stacked with y0; grid and turbines appear in both
        # the "served" and the "capacity" bars (same colour), so they get one item each.
        self.items: dict[str, pg.BarGraphItem] = {}
        for role, _name, _bar in SEGMENTS:
            item = pg.BarGraphItem(x=self.x, height=np.zeros(3), y0=np.zeros(3), width=0.6)
            self.plot_item.addItem(item)
            self.items[role] = item
        self.peak_line = pg.InfiniteLine(angle=0, movable=False)
        self.plot_item.addItem(self.peak_line)
        self.plot_item.setXRange(-0.55, len(BARS) - 0.45, padding=0)
        self.plot_item.vb.enableAutoRange(x=False, y=False)
        self.set_axis_label("left", tr("Power"))  # the ticks carry the unit: "1.8 GW"
        self.set_axis_label("bottom", tr("Average demand, how it is served, and installed supply"),
                            short=tr("Demand and supply"))
        self.stacks: dict[str, np.ndarray] = {}

    def style_items(self, theme) -> None:
        for role, item in self.items.items():
            brush = self.brush(role)
            pen = mk_pen(theme.background, width=1)
            if role == "shortfall":  # hatched: demand nobody serves
                brush.setStyle(Qt.BrushStyle.BDiagPattern)
                pen = mk_pen(theme.color(role), width=1)
            item.setOpts(brush=brush, pen=pen)
        dash = self.pen("shortfall", style=Qt.PenStyle.DashLine)
        dash.setColor(pg.mkColor(theme.foreground))
        self.peak_line.setPen(dash)

    def density_changed(self, compact: bool) -> None:
        self._bar_names = None
        self.view_resized()

    def view_resized(self) -> None:
        """Full bar names when each fits its bar's share of the width, else the short ones."""
        metrics = QFontMetricsF(self.tick_font())
        share = self.plot_item.vb.width() / len(BARS)
        full = max(metrics.horizontalAdvance(tr(b)) for b in BARS) + 12
        names = BARS if share <= 0 or full <= share else SHORT_BARS
        if names is not getattr(self, "_bar_names", None):
            self._bar_names = names
            self.plot_item.getAxis("bottom").setTicks([[(i, tr(b)) for i, b in enumerate(names)]])

    def update_data(self, ev) -> None:
        p = ev.results.power
        v = {
            "accelerators": (first(p.accelerators_mw), 0, 0),
            "hosts": (first(p.hosts_mw), 0, 0),
            "network": (first(p.network_mw), 0, 0),
            "storage": (first(p.storage_mw), 0, 0),
            "cooling": (first(p.cooling_overhead_mw), 0, 0),
            "grid": (0, first(p.grid_supply_mw), _input(ev, "grid_mw")),
            "turbines": (0, first(p.turbine_supply_mw), _input(ev, "turbines_mw")),
            "shortfall": (0, first(p.shortfall_mw), 0),
            "batteries": (0, 0, _input(ev, "battery_mw")),
        }
        base = np.zeros(3)
        for role, _name, _bar in SEGMENTS:
            h = np.nan_to_num(np.asarray(v[role], dtype=float))
            set_opts(self.items[role], height=h, y0=base.copy())
            self.stacks[role] = h
            base = base + h
        peak = first(p.facility_peak_mw)
        self.peak = peak
        self.peak_line.setPos(peak)
        top = max(float(base.max()), peak if np.isfinite(peak) else 0.0, 1e-3)
        self.plot_item.setYRange(0, nice_ceiling(top) * 1.08, padding=0)  # still while editing (ranges.py)
        self.totals = base
        entries = [(self.items[r], tr(n), tr(SHORT_NAMES.get(r, n))) for r, n, _ in SEGMENTS if self.stacks[r].max() > 0]
        entries.append((self.peak_line, tr("Peak demand"), tr(SHORT_NAMES["peak"])))
        self.set_legend(entries)
        self.set_title_suffix(tr("facility {0} avg, {1} peak").format(fmt.power_mw(first(p.facility_mw)), fmt.power_mw(peak)))

    def readout(self, x: float, y: float) -> str | None:
        i = int(round(x))
        if not 0 <= i < len(BARS) or abs(x - i) > 0.35 or not self.stacks:
            return None
        lines = [f"{tr(BARS[i])}: {fmt.power_mw(self.totals[i])}"]
        for role, name, bar in SEGMENTS:
            if bar == i or (role in ("grid", "turbines") and i == 2):
                value = self.stacks[role][i]
                if value > 0:
                    lines.append(f"  {tr(name)}: {fmt.power_mw(value)}")
        if i == 2:
            lines.append(f"  {tr('Peak demand')}: {fmt.power_mw(self.peak)}")
        return "\n".join(lines)
