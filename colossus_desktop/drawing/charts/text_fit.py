"""Text that fits its chart: the compact threshold, title and axis-label choice, elision.

A chart adapts its texts to its size instead of overflowing it. Below :data:`COMPACT_WIDTH` ×
:data:`COMPACT_HEIGHT` logical pixels (at the dark theme's 9 pt type; scaled with the theme's
type size) a chart is *compact*: every font one :func:`compact_step` smaller. A title drops its
summary, then elides (:func:`fit_title`); an axis label falls back to its short form, then
elides (:func:`fit_label`). Lengths are in logical pixels; fonts are point sizes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF

from colossus_desktop.drawing.theme import Theme

# Below this size (at the dark theme's 9 pt; scaled with the theme's type size) a chart is compact.
COMPACT_WIDTH = 420
COMPACT_HEIGHT = 380
REFERENCE_PT = 9.0  # the type size COMPACT_WIDTH and COMPACT_HEIGHT are given at


def chart_font(pt: int, bold: bool = False) -> QFont:
    """The application font at ``pt`` points (bold for titles)."""
    font = QFont()
    font.setPointSize(pt)
    if bold:
        font.setBold(True)
    return font


def wants_compact(width: float, height: float, font_pt: float) -> bool:
    """Whether a ``width`` × ``height`` px chart in a theme of ``font_pt`` type is compact."""
    scale = font_pt / REFERENCE_PT
    return width < COMPACT_WIDTH * scale or height < COMPACT_HEIGHT * scale


def is_narrow(width: float, font_pt: float) -> bool:
    """Whether a chart ``width`` px wide is narrower than the compact threshold for ``font_pt``."""
    return width < COMPACT_WIDTH * font_pt / REFERENCE_PT


def compact_step(font_pt: float) -> int:
    """How many points a compact chart's fonts shrink: one at 9 pt, two on large (18 pt) type."""
    return max(1, round(font_pt / REFERENCE_PT))


def chart_pt(theme: Theme, kind: str, compact: bool) -> int:
    """The point size of ``kind`` text (``"tick"``, ``"legend"``, ``"label"``, ``"title"``) in
    ``theme``: one :func:`compact_step` smaller when ``compact``. KeyError for another kind."""
    base = {"tick": theme.font_pt, "legend": theme.font_pt, "label": theme.label_pt, "title": theme.title_pt}[kind]
    return base - (compact_step(theme.font_pt) if compact else 0)


def fit_title(metrics: QFontMetricsF, title: str, suffix: str, room: float) -> str:
    """``title  ·  suffix`` if it fits ``room`` px, else the title alone, else the title elided.

    The summary ``suffix`` is a bonus: the title is never cut to keep it.
    """
    text = title + (f"  ·  {suffix}" if suffix else "")
    if metrics.horizontalAdvance(text) > room:
        text = title
    if metrics.horizontalAdvance(text) > room:
        text = metrics.elidedText(title, Qt.TextElideMode.ElideRight, room)
    return text


def label_room(length: float) -> float:
    """The room for an axis label along an axis ``length`` px long (unbounded before layout)."""
    return length - 8 if length > 40 else float("inf")


def fit_label(metrics: QFontMetricsF, text: str, short: str, room: float) -> str:
    """The full ``text`` if it fits ``room`` px, else ``short``, else the last of them elided.

    An empty ``short`` is no candidate (the full text is then elided).
    """
    candidates = [c for c in (text, short) if c]
    shown = next((c for c in candidates if metrics.horizontalAdvance(c) <= room), None)
    if shown is None:
        shown = metrics.elidedText(candidates[-1], Qt.TextElideMode.ElideRight, room)
    return shown
