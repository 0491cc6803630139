"""The KPI strip: the headline numbers of the current scenario, formatted for humans.

Each card shows a short value ("1.2 GW", "$48.3 B", "61 days") under a caption; its tooltip
gives the precise value and what it means. ``texts()`` returns the displayed values by KPI id
(tests and the presentation mode read them).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from colossus_desktop.ui import format as fmt

CONTEXT = "Kpis"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _v(a) -> float:
    return float(np.asarray(a).reshape(-1)[0])


@dataclass(frozen=True)
class Kpi:
    id: str
    caption: str
    value: Callable[[object], str]  # Results → short text
    tooltip: Callable[[object], str]  # Results → precise text


def _acc_tip(r) -> str:
    return tr("{0} accelerators installed across all pools; the training run uses {1}.").format(
        fmt.number(_v(r.cluster.accelerators), 0), fmt.number(_v(r.cluster.train_gpus), 0))


def _accelerators(n: float) -> str:
    """Exact up to 100,000 (2,048 is a number people quote), compact above (1.0 M)."""
    return fmt.number(n, 0) if abs(n) < 100_000 else fmt.count(n)


def _exaflops(pflops: float) -> str:
    """Peak compute always in EFLOP/s, the unit the debate uses (2.03 / 16.2 / 2,500 EFLOP/s)."""
    e = pflops / 1e3
    decimals = 2 if abs(e) < 10 else 1 if abs(e) < 100 else 0
    return f"{fmt.number(e, decimals)} EFLOP/s"


def _peak_tip(r, field: str, name: str) -> str:
    pf = _v(getattr(r.cluster, field))
    return tr("Peak dense {0} throughput of the whole cluster: {1} PFLOP/s ({2} FLOP/s). "
              "Dense, never the sparse figure.").format(name, fmt.number(pf, 0), f"{pf * 1e15:.4g}")


KPIS: tuple[Kpi, ...] = (
    Kpi("accelerators", QT_TRANSLATE_NOOP("Kpis", "Accelerators"),
        lambda r: _accelerators(_v(r.cluster.accelerators)), _acc_tip),
    Kpi("peak_bf16", QT_TRANSLATE_NOOP("Kpis", "Peak BF16"),
        lambda r: _exaflops(_v(r.cluster.peak_bf16_pflops)),
        lambda r: _peak_tip(r, "peak_bf16_pflops", "BF16")),
    Kpi("peak_fp8", QT_TRANSLATE_NOOP("Kpis", "Peak FP8"),
        lambda r: _exaflops(_v(r.cluster.peak_fp8_pflops)),
        lambda r: _peak_tip(r, "peak_fp8_pflops", "FP8")),
    Kpi("facility_mw", QT_TRANSLATE_NOOP("Kpis", "Facility power"),
        lambda r: fmt.power_mw(_v(r.power.facility_peak_mw)),
        lambda r: tr("Peak facility power (IT at nameplate × PUE): {0} MW. Average draw: {1} MW "
                     "(IT {2} MW).").format(fmt.number(_v(r.power.facility_peak_mw), 1),
                                            fmt.number(_v(r.power.facility_mw), 1),
                                            fmt.number(_v(r.power.it_mw), 1))),
    Kpi("capex", QT_TRANSLATE_NOOP("Kpis", "Capex"),
        lambda r: fmt.money(_v(r.cost.capex_usd)),
        lambda r: tr("Capital expenditure, all categories: ${0}. Opex: ${1} per year.").format(
            fmt.number(_v(r.cost.capex_usd), 0), fmt.number(_v(r.cost.opex_usd_per_year), 0))),
    Kpi("usd_per_gpu_hour", QT_TRANSLATE_NOOP("Kpis", "Cost per GPU-hour"),
        lambda r: fmt.money(_v(r.cost.usd_per_gpu_hour)),
        lambda r: tr("Annualised capex plus opex per accelerator-hour: ${0}.").format(
            fmt.number(_v(r.cost.usd_per_gpu_hour), 3))),
    Kpi("training_days", QT_TRANSLATE_NOOP("Kpis", "Time to train"),
        lambda r: fmt.days(_v(r.training.wall_days)),
        lambda r: tr("Wall-clock days of the training run, failures and checkpoints included: {0} "
                     "(ideal, without failures: {1}; goodput {2}).").format(
            fmt.number(_v(r.training.wall_days), 2), fmt.number(_v(r.training.compute_days), 2),
            fmt.percent(_v(r.training.goodput), 1))),
    Kpi("energy", QT_TRANSLATE_NOOP("Kpis", "Energy of the run"),
        lambda r: fmt.energy_mwh(_v(r.training.energy_mwh)),
        lambda r: tr("Facility energy of the training run: {0} MWh.").format(
            fmt.number(_v(r.training.energy_mwh), 0))),
    Kpi("co2", QT_TRANSLATE_NOOP("Kpis", "CO₂ of the run"),
        lambda r: fmt.tonnes(_v(r.training.co2_tonnes)) + " CO₂",
        lambda r: tr("Emissions of the training run's energy: {0} t CO₂ at {1} kg/MWh.").format(
            fmt.number(_v(r.training.co2_tonnes), 0), fmt.number(_v(r.power.carbon_kg_per_mwh), 0))),
)


class KpiCard(QFrame):
    def __init__(self, kpi: Kpi, parent: QWidget | None = None):
        super().__init__(parent)
        self.kpi = kpi
        self.setObjectName("KpiCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value_label = QLabel(fmt.NAN_TEXT, self)
        self.value_label.setObjectName("KpiValue")
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.value_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.value_label.setFont(font)
        self._value_font = QFont(font)
        self.caption_label = QLabel(tr(kpi.caption), self)
        self.caption_label.setObjectName("KpiCaption")
        self.caption_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(0)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption_label)
        # Ignored: the strip decides the width (it re-flows cards into rows when narrow), so the
        # cards' text does not force a minimum width on the window.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(0)

    def show_results(self, results) -> None:
        try:
            value, tip = self.kpi.value(results), self.kpi.tooltip(results)
        except (AttributeError, IndexError, KeyError, TypeError, ValueError):
            value, tip = fmt.NAN_TEXT, ""
        self.value_label.setText(value)
        self.setToolTip(f"<b>{tr(self.kpi.caption)}</b><br>{tip}" if tip else "")
        self._fit()

    def _fit(self) -> None:
        """Shrink the value's type (down to 60 %) until it fits the card: never cut a number."""
        font = QFont(self._value_font)
        room = self.width() - 14  # the layout's side margins and the frame
        text = self.value_label.text()
        size = font.pointSizeF()
        floor = size * 0.6
        while size > floor and QFontMetrics(font).horizontalAdvance(text) > room:
            size -= 0.5
            font.setPointSizeF(size)
        if font != self.value_label.font():
            self.value_label.setFont(font)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self._fit()


class KpiStrip(QWidget):
    """A row (wrapping into rows when narrow) of KPI cards."""

    MIN_CARD_WIDTH = 132

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._stale = False
        self.cards: dict[str, KpiCard] = {k.id: KpiCard(k, self) for k in KPIS}
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setSpacing(6)
        self._columns = 0
        self._reflow(len(self.cards))
        self._stale_label = QLabel(tr("Stale: fix the highlighted field"), self)
        self._stale_label.setObjectName("KpiStale")
        self._stale_label.setStyleSheet("QLabel#KpiStale { color: #D55E00; font-weight: bold; }")
        self._stale_label.hide()

    # public API
    def set_evaluated(self, ev) -> None:
        for card in self.cards.values():
            card.show_results(ev.results)

    def set_stale(self, stale: bool) -> None:
        self._stale = bool(stale)
        for card in self.cards.values():
            card.setEnabled(not self._stale)  # greys the numbers in every style
        self._stale_label.setVisible(self._stale)
        self._reflow(self._columns, force=True)

    def is_stale(self) -> bool:
        return self._stale

    def texts(self) -> dict[str, str]:
        return {kpi_id: card.value_label.text() for kpi_id, card in self.cards.items()}

    def tooltips(self) -> dict[str, str]:
        return {kpi_id: card.toolTip() for kpi_id, card in self.cards.items()}

    # layout
    def _reflow(self, columns: int, force: bool = False) -> None:
        columns = max(1, min(columns, len(self.cards)))
        if columns == self._columns and not force:
            return
        self._columns = columns
        for card in self.cards.values():
            self._grid.removeWidget(card)
        for i, card in enumerate(self.cards.values()):
            self._grid.addWidget(card, i // columns, i % columns)
        if hasattr(self, "_stale_label"):
            self._grid.removeWidget(self._stale_label)
            rows = (len(self.cards) + columns - 1) // columns
            self._grid.addWidget(self._stale_label, rows, 0, 1, columns)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self._reflow(max(1, self.width() // self.MIN_CARD_WIDTH))
