"""One adapter per field kind: it builds, writes, reads and connects its editor.

:data:`ADAPTERS` maps each :attr:`Field.kind <colossus_desktop.ui.builder.fields.Field.kind>` to
an adapter (the pattern of echo's ``qt/autoconnect.py``: one handler per widget type, both
directions). A new kind is one entry in that table. Numeric editors take their range from the
scenario model's constraints (:mod:`colossus_desktop.scenario.bounds`), never from the page; a
field the model leaves unbounded above goes up to what the widget can hold (``ceiling``), so a
kind can move to a wider widget (a ``QDoubleSpinBox`` with no decimals for large counts) by
changing its entry here.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
)

from colossus_desktop.drawing.unit_words import unit_text
from colossus_desktop.scenario.bounds import Bounds, bounds_at
from colossus_desktop.ui.edits import parse_path

if TYPE_CHECKING:
    from colossus_desktop.ui.builder.fields import Field

#: The largest value a QSpinBox holds (it is 32-bit): int fields stop here whatever the model allows.
INT_CEILING = 2**31 - 1
#: The top of a float field the model leaves unbounded: whole numbers are exact in a double up to
#: 2**53, and 1e15 keeps the spin box's text (with separators and decimals) readable.
FLOAT_CEILING = 1e15


def spin_range(
    bounds: Bounds, *, decimals: int = 0, scale: float = 1.0, integer: bool = False, ceiling: float = FLOAT_CEILING
) -> tuple[float, float]:
    """``(minimum, maximum)`` of a spin box for a field with ``bounds``, in shown units.

    Shown = stored × ``scale``. An exclusive bound moves one step of the widget's resolution
    inwards (``10**-decimals``, or 1 for ``integer``); no lower bound gives 0, no upper bound
    gives ``ceiling``, and an upper bound above ``ceiling`` is cut to it.
    """
    resolution = 1 if integer else 10**-decimals
    low, high = bounds.inclusive(resolution, scale)
    low = 0 if low is None else low
    high = ceiling if high is None else min(high, ceiling)
    if integer:
        return int(low), int(high)
    return low, high


class SpinAdapter:
    """Numbers: a spin box ranged from the model, showing stored × ``Field.scale``.

    ``widget`` is ``QSpinBox`` or ``QDoubleSpinBox``; ``integer`` reads whole numbers (a
    ``QDoubleSpinBox`` then shows no decimals). The lowest value shows ``Field.none_text`` and
    stores ``Field.none_value`` when the field has one; that lowest value is 0 (or the model's
    own minimum, if lower), or ``Field.extra["none_at"]`` for a field where 0 is a real value.
    """

    def __init__(self, widget: type[QAbstractSpinBox], *, integer: bool, ceiling: float):
        self.widget = widget
        self.integer = integer
        self.ceiling = ceiling

    def decimals(self, spec: Field) -> int:
        return 0 if self.integer else spec.decimals

    def range(self, spec: Field) -> tuple[float, float]:
        """The spin box's (minimum, maximum) for ``spec``: the model's bounds, shown units."""
        lo, hi = spin_range(
            bounds_at(parse_path(spec.path)),
            decimals=self.decimals(spec), scale=spec.scale, integer=self.integer, ceiling=self.ceiling,
        )
        if spec.none_text:
            # the unset value sits at 0, or at ``extra["none_at"]`` (-1) where 0 is a real value
            lo = min(lo, spec.extra.get("none_at", 0))
        return lo, hi

    def build(self, spec: Field) -> QAbstractSpinBox:
        w = self.widget()
        if isinstance(w, QDoubleSpinBox):
            w.setDecimals(self.decimals(spec))
        w.setRange(*self.range(spec))
        if spec.none_text:
            w.setSpecialValueText(spec.none_text)
        if spec.step:
            w.setSingleStep(spec.step)
        if spec.unit:
            unit = unit_text(spec.unit)  # "$/yr" reads "$/an" in French
            w.setSuffix(unit if unit.startswith(":") else " " + unit)
        w.setGroupSeparatorShown(True)
        w.setKeyboardTracking(True)
        w.setAccelerated(True)
        w.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        w.setAlignment(Qt.AlignmentFlag.AlignRight)
        w.setMinimumWidth(90)  # not the width of the largest allowed value
        return w

    def write(self, w: QAbstractSpinBox, spec: Field, value: Any) -> None:
        if value is None or value == "auto":
            shown = w.minimum()
        else:
            shown = value * spec.scale
            if isinstance(w, QSpinBox):
                shown = int(round(shown))
        decimals = w.decimals() if isinstance(w, QDoubleSpinBox) else 0
        if not math.isclose(w.value(), shown, rel_tol=0, abs_tol=0.5 * 10**-decimals):
            w.setValue(shown)

    def read(self, w: QAbstractSpinBox, spec: Field) -> Any:
        v = w.value()
        if spec.none_text and v <= w.minimum():
            return spec.none_value
        if self.integer:
            return int(round(v / spec.scale))
        # on the widget's grid in stored units too: 99.9 % is 0.999, not 0.9990000000000001
        # (which a bound of 0.999 refuses)
        digits = self.decimals(spec) + (round(math.log10(spec.scale)) if spec.scale > 0 else 0)
        return round(v / spec.scale, max(digits, 0)) if float(spec.scale).is_integer() else v / spec.scale

    def connect(self, w: QAbstractSpinBox, slot: Callable[..., None]) -> None:
        w.valueChanged.connect(slot)


class ChoiceAdapter:
    """A value out of ``Field.choices``; a stored value not among them is added, marked."""

    def build(self, spec: Field) -> QComboBox:
        w = QComboBox()
        w.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        w.setMinimumContentsLength(10)
        for value, label, tip in spec.choices() if spec.choices else []:
            w.addItem(label, value)
            if tip:
                w.setItemData(w.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        return w

    def write(self, w: QComboBox, spec: Field, value: Any) -> None:
        i = w.findData(value)
        if i < 0:
            w.addItem(f"{value} " + QCoreApplication.translate("Builder", "(not in catalog)"), value)
            i = w.count() - 1
        if w.currentIndex() != i:
            w.setCurrentIndex(i)

    def read(self, w: QComboBox, spec: Field) -> Any:
        return w.currentData()

    def connect(self, w: QComboBox, slot: Callable[..., None]) -> None:
        w.currentIndexChanged.connect(slot)


class BoolAdapter:
    """A check box; ``Field.extra["text"]`` beside it."""

    def build(self, spec: Field) -> QCheckBox:
        return QCheckBox(spec.extra.get("text", ""))

    def write(self, w: QCheckBox, spec: Field, value: Any) -> None:
        if w.isChecked() != bool(value):
            w.setChecked(bool(value))

    def read(self, w: QCheckBox, spec: Field) -> bool:
        return w.isChecked()

    def connect(self, w: QCheckBox, slot: Callable[..., None]) -> None:
        w.toggled.connect(slot)


class TextAdapter:
    """One line of text (``None`` shows empty)."""

    def build(self, spec: Field) -> QLineEdit:
        w = QLineEdit()
        w.setMinimumWidth(90)
        return w

    def write(self, w: QLineEdit, spec: Field, value: Any) -> None:
        text = "" if value is None else str(value)
        if w.text() != text:
            w.setText(text)
            w.setCursorPosition(0)  # show the start of a long name

    def read(self, w: QLineEdit, spec: Field) -> str:
        return w.text()

    def connect(self, w: QLineEdit, slot: Callable[..., None]) -> None:
        w.textEdited.connect(slot)  # the user's typing only, not setText


class LongTextAdapter:
    """Several lines of text, ``Field.extra["height"]`` pixels tall (90 by default)."""

    def build(self, spec: Field) -> QPlainTextEdit:
        w = QPlainTextEdit()
        w.setFixedHeight(spec.extra.get("height", 90))
        return w

    def write(self, w: QPlainTextEdit, spec: Field, value: Any) -> None:
        text = "" if value is None else str(value)
        if w.toPlainText() != text:
            w.setPlainText(text)

    def read(self, w: QPlainTextEdit, spec: Field) -> str:
        return w.toPlainText()

    def connect(self, w: QPlainTextEdit, slot: Callable[..., None]) -> None:
        w.textChanged.connect(slot)


#: Field.kind → its adapter. A new kind of field is one entry here.
ADAPTERS: dict[str, Any] = {
    "float": SpinAdapter(QDoubleSpinBox, integer=False, ceiling=FLOAT_CEILING),
    "int": SpinAdapter(QSpinBox, integer=True, ceiling=INT_CEILING),
    "choice": ChoiceAdapter(),
    "bool": BoolAdapter(),
    "text": TextAdapter(),
    "longtext": LongTextAdapter(),
}


def adapter_for(spec: Field):
    """The adapter of ``spec.kind``; ``KeyError`` names an unknown kind."""
    try:
        return ADAPTERS[spec.kind]
    except KeyError:
        raise KeyError(f"no adapter for field kind {spec.kind!r} ({spec.path})") from None
