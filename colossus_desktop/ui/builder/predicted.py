"""The workload page's read-only "Predicted" panel: what the engine made of the run.

Fed every :class:`~colossus_desktop.evaluation.Evaluated` the window's evaluator emits (the
same one the KPI strip and the charts get), it shows from ``results.training``
(:class:`~colossus_desktop.engine.results.TrainingResults`): the MFU in use and where it comes
from (``mfu_source``: the scenario's input, or predicted from the shape and layout), the model
TFLOP/s per accelerator, the layout the search chose (``layout``), the step time, and a memory
bar per accelerator: model states plus activations of the heaviest pipeline stage against the
accelerator's HBM, red when no layout fits. The engine's ``no_layout_fits`` and ``no_mfu``
flags are worded by :mod:`colossus_desktop.messages`, as in the status bar and the reports.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QSizePolicy, QVBoxLayout, QWidget

from colossus_desktop import formatting as F
from colossus_desktop.drawing import format as fmt
from colossus_desktop.drawing.theme import OKABE_ITO
from colossus_desktop.messages import CONTEXT as MESSAGES, describe

#: Flags this panel words under its figures (the others belong to the status bar).
PANEL_FLAGS = ("no_layout_fits", "no_mfu", "tp_outside_domain", "layout_needs_more_gpus", "no_valid_layout",
               "idle_accelerators")
STATES_COLOR = OKABE_ITO["blue"]
ACTIVATIONS_COLOR = OKABE_ITO["sky_blue"]
MISFIT_COLOR = OKABE_ITO["vermillion"]
MISFIT_LIGHT = "#F0A070"  # vermillion, lightened: the activations of a layout that does not fit


def tr(text: str) -> str:
    return QCoreApplication.translate("Builder", text)


def _first(a) -> float:
    """Scenario 0 of an (N,) result array as a float (NaN when absent)."""
    try:
        return float(np.asarray(a, dtype=float).reshape(-1)[0])
    except (TypeError, ValueError, IndexError):
        return math.nan


def _gb(x: float) -> str:
    return fmt.number(x, 1 if abs(x) < 10 else 0) + " GB" if math.isfinite(x) else fmt.NAN_TEXT


def _seconds(s: float) -> str:
    if not math.isfinite(s):
        return fmt.NAN_TEXT
    return fmt.number(s, F.auto_decimals(s)) + " s"


class MemoryBar(QWidget):
    """One accelerator's memory: model states and activations side by side, against its HBM.

    ``set_memory(states_gb, activations_gb, hbm_gb, fits)``; drawn blue when it fits, red when
    it does not, with a tick at the HBM line when the need runs past it. NaN draws nothing.
    """

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.states_gb = self.activations_gb = self.hbm_gb = math.nan
        self.fits = True
        self.setMinimumHeight(16)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt)
        return QSize(160, 18)

    def set_memory(self, states_gb: float, activations_gb: float, hbm_gb: float, fits: bool) -> None:
        self.states_gb, self.activations_gb, self.hbm_gb, self.fits = states_gb, activations_gb, hbm_gb, bool(fits)
        self.update()

    @property
    def total_gb(self) -> float:
        return self.states_gb + self.activations_gb

    def colors(self) -> tuple[str, str]:
        """(states, activations) colours: blue when the layout fits, vermillion when not."""
        return (STATES_COLOR, ACTIVATIONS_COLOR) if self.fits else (MISFIT_COLOR, MISFIT_LIGHT)

    def segments(self) -> list[tuple[float, float]]:
        """(start, width) of the states and activations segments, as fractions of the bar,
        which spans the HBM, or the need when that is larger; [] when a figure is unknown."""
        values = (self.states_gb, self.activations_gb, self.hbm_gb)
        if not all(math.isfinite(v) for v in values) or self.hbm_gb <= 0:
            return []
        span = max(self.hbm_gb, self.total_gb)
        s, a = max(self.states_gb, 0) / span, max(self.activations_gb, 0) / span
        return [(0.0, s), (s, a)]

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        r = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        pal = self.palette()
        p.fillRect(r, pal.base())
        for (start, width), color in zip(self.segments(), self.colors()):
            p.fillRect(QRectF(r.left() + start * r.width(), r.top(), width * r.width(), r.height()), QColor(color))
        if self.segments() and self.total_gb > self.hbm_gb:
            x = r.left() + self.hbm_gb / self.total_gb * r.width()
            p.setPen(QPen(pal.text().color(), 2))
            p.drawLine(int(x), int(r.top()), int(x), int(r.bottom()))
        p.setPen(QPen(QColor(MISFIT_COLOR) if not self.fits else pal.mid().color(), 1))
        p.drawRect(r)
        p.end()


class PredictedPanel(QGroupBox):
    """Read-only figures of the latest evaluation; ``set_evaluated(ev)``, ``set_stale(bool)``.

    ``texts()`` returns what each row shows, by key (tests read it)."""

    ROWS = ("mfu", "tflops", "layout", "schedule", "step", "memory")

    def __init__(self, parent: QWidget | None = None):
        super().__init__(tr("Predicted"), parent)
        self.setObjectName("predicted")
        self.setToolTip(tr("What the engine predicts for this run from the model, the layout and the cluster; "
                           "read-only. Empty inputs above are predicted or searched."))
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(3)
        captions = {
            "mfu": (tr("MFU"), tr("Model FLOPs utilisation in use: your input, or predicted when the MFU field is "
                                  "empty.")),
            "tflops": (tr("Per accelerator"), tr("Model FLOPs per second per accelerator of the run (no "
                                                 "recomputation counted).")),
            "layout": (tr("Layout"), tr("Tensor · pipeline · data · expert · context parallel sizes: fixed where "
                                        "you set them, else the fastest the search found that fits.")),
            "schedule": (tr("Schedule"), tr("Virtual pipeline stages, micro-batch (sequences), recomputation "
                                            "and ZeRO stage of that layout.")),
            "step": (tr("Step time"), tr("One optimizer step of that layout, and the tokens it trains.")),
            "memory": (tr("Memory per GPU"), tr("Model states (weights, gradients, optimizer) plus activations "
                                                "of the heaviest pipeline stage, against the accelerator's memory.")),
        }
        for key in self.ROWS:
            label = QLabel(fmt.NAN_TEXT)
            label.setObjectName("predicted-" + key)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            caption, tip = captions[key]
            label.setToolTip(tip)
            name = QLabel(caption)
            name.setToolTip(tip)
            if key == "memory":
                self.memory_bar = MemoryBar()
                self.memory_bar.setObjectName("memory-bar")
                self.memory_bar.setToolTip(tip)
                box = QWidget()
                lay = QVBoxLayout(box)
                lay.setContentsMargins(0, 2, 0, 0)
                lay.setSpacing(1)
                lay.addWidget(self.memory_bar)
                lay.addWidget(label)
                form.addRow(name, box)
            else:
                form.addRow(name, label)
            self.labels[key] = label
        self.message = QLabel()
        self.message.setObjectName("predicted-message")
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {MISFIT_COLOR};")
        self.message.hide()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)
        outer.setSpacing(4)
        outer.addLayout(form)
        outer.addWidget(self.message)
        self.flags: list[str] = []

    # ------------------------------------------------------------------ results
    def set_evaluated(self, ev) -> None:
        """Show the training results of scenario 0 of ``ev.results``."""
        results = ev.results
        t = results.training
        mfu, source, predicted = _first(t.mfu), _first(t.mfu_source), _first(t.mfu_predicted)
        if source >= 0.5:
            text = tr("{0} (your input)").format(fmt.percent(mfu, 1))
            if math.isfinite(predicted):
                text += " · " + tr("predicted {0}").format(fmt.percent(predicted, 1))
        elif math.isfinite(mfu):
            text = tr("{0} (predicted)").format(fmt.percent(mfu, 1))
        else:
            text = fmt.NAN_TEXT
        precision = getattr(getattr(getattr(ev, "scenario", None), "workload", None), "precision", None)
        if math.isfinite(mfu) and precision:  # the peak the MFU is measured against
            text += " · " + tr("of the {0} peak").format(str(precision).upper())
        self.labels["mfu"].setText(text)
        tflops = _first(t.tflops_per_gpu)
        self.labels["tflops"].setText(fmt.number(tflops, 0) + " TFLOP/s" if math.isfinite(tflops) else fmt.NAN_TEXT)
        layout = {k: _first(v) for k, v in t.layout.items()}
        self.labels["layout"].setText(self._layout_text(layout))
        self.labels["schedule"].setText(self._schedule_text(layout))
        step, tokens = _first(t.step_time_s), _first(t.tokens_per_step)
        step_text = _seconds(step)
        if math.isfinite(step) and math.isfinite(tokens):
            step_text += " · " + tr("{0} tokens").format(fmt.count(tokens))
        self.labels["step"].setText(step_text)
        states, acts = _first(t.memory_states_gb_per_gpu), _first(t.memory_activations_gb_per_gpu)
        hbm, fits = _first(t.hbm_gb_per_gpu), bool(np.asarray(t.fits).reshape(-1)[0])
        self.memory_bar.set_memory(states, acts, hbm, fits)
        if math.isfinite(states + acts):
            mem = tr("{0} of {1}: states {2} + activations {3}").format(_gb(states + acts), _gb(hbm), _gb(states),
                                                                         _gb(acts))
        else:
            mem = tr("— of {0}").format(_gb(hbm))
        if not fits:
            mem += " · " + tr("does not fit")
        self.labels["memory"].setText(mem)
        flags = [f for f in results.flags(0) if f.code in PANEL_FLAGS]
        self.flags = [f.code for f in flags]
        words = [describe(f, lambda s: QCoreApplication.translate(MESSAGES, s), fmt.writer()) for f in flags]
        if not words and not math.isfinite(step):
            words = [tr("Describe the model's architecture (at least layers, width, heads and vocabulary) to predict "
                        "MFU, the layout, the step time and memory.")]
            sheet = "color: palette(mid);"
        else:
            sheet = f"color: {MISFIT_COLOR};"
        if self.message.styleSheet() != sheet:  # a new sheet re-polishes the label: only on change
            self.message.setStyleSheet(sheet)
        self.message.setText("\n".join(words))
        self.message.setVisible(bool(words))

    def set_stale(self, stale: bool) -> None:
        """Grey the figures while they belong to the last valid scenario."""
        self.setEnabled(not stale)

    def texts(self) -> dict[str, str]:
        return {key: label.text() for key, label in self.labels.items()}

    # ------------------------------------------------------------------ words
    @staticmethod
    def _layout_text(layout: dict[str, float]) -> str:
        dims = [(name, layout.get(key, math.nan)) for key, name in
                (("tp", "TP"), ("pp", "PP"), ("dp", "DP"), ("ep", "EP"), ("cp", "CP"))]
        if not math.isfinite(dims[0][1]):
            return fmt.NAN_TEXT
        return " · ".join(f"{name} {fmt.number(v, 0)}" for name, v in dims if math.isfinite(v))

    @staticmethod
    def _schedule_text(layout: dict[str, float]) -> str:
        names = (tr("none"), tr("selective"), tr("full"))
        parts = []
        v, mb, rc, zs = (layout.get(k, math.nan) for k in ("vpp", "micro_batch_size", "recompute", "zero_stage"))
        if math.isfinite(v):
            parts.append(tr("v {0}").format(int(v)))
        if math.isfinite(mb):
            parts.append(tr("micro-batch {0}").format(int(mb)))
        if math.isfinite(rc) and 0 <= int(rc) < len(names):
            parts.append(tr("recompute {0}").format(names[int(rc)]))
        if math.isfinite(zs):
            parts.append(tr("ZeRO {0}").format(int(zs)))
        return " · ".join(parts) or fmt.NAN_TEXT
