"""Presentation mode: full screen, one chart at a time, in the light (projector) theme.

Right, Down, Page Down, Space or a left click go forward; Left, Up, Page Up, Backspace or a
right click go back; Home and End jump; Escape leaves. The window has its own chart
instances and keeps receiving every :class:`Evaluated` the main window's evaluator emits, so
an edit made on another screen shows at once. Type and lines grow with the screen: the theme
is the projector theme scaled so a 1920×1080 screen reads like the 1920×1080 export.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from colossus_desktop.drawing.paint import REFERENCE, footer_text
from colossus_desktop.drawing.theme import PROJECTOR, Theme

NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Return,
             Qt.Key.Key_Enter, Qt.Key.Key_N}
PREV_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_P}


def tr(text: str) -> str:
    return QCoreApplication.translate("Presentation", text)


def scaled_theme(base: Theme, width: int, height: int) -> Theme:
    """``base`` with type and lines grown for a ``width``×``height`` screen (never shrunk)."""
    f = max(1.0, min(width / REFERENCE[0], height / REFERENCE[1]))
    if f == 1.0:
        return base
    return dataclasses.replace(
        base,
        font_pt=round(base.font_pt * f),
        title_pt=round(base.title_pt * f),
        label_pt=round(base.label_pt * f),
        line_width=base.line_width * f,
    )


class _Clicks(QObject):
    """Turns clicks on a chart into steps (the chart's own view would swallow them)."""

    def __init__(self, window: PresentationWindow):
        super().__init__(window)
        self.window = window

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt)
        if event.type() == QEvent.Type.MouseButtonPress:
            if event.button() == Qt.MouseButton.LeftButton:
                self.window.next()
                return True
            if event.button() == Qt.MouseButton.RightButton:
                self.window.previous()
                return True
        return False


class PresentationWindow(QWidget):
    """A full-screen deck of live charts. ``evaluator``: anything with an ``evaluated`` signal
    (and optionally ``staleChanged`` and ``last``) — the main window's Evaluator."""

    indexChanged = Signal(int)
    closed = Signal()

    def __init__(self, evaluator=None, charts_factory=None, theme: Theme = PROJECTOR, start: int = 0,
                 parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("presentation")
        self.setWindowTitle(tr("Presentation — Colossus Desktop"))
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.base_theme = theme
        self._theme = theme
        self._ev = None
        if charts_factory is None:
            from colossus_desktop.drawing.charts import CHART_TYPES

            def charts_factory(parent):
                return [cls(parent, theme=theme) for cls in CHART_TYPES]

        self.stack = QStackedWidget(self)
        self.charts = list(charts_factory(None))
        self._clicks = _Clicks(self)
        for chart in self.charts:
            self.stack.addWidget(chart)
            view = getattr(chart, "graphics", None)
            (view.viewport() if view is not None else chart).installEventFilter(self._clicks)
        self.footer = QLabel(self)
        self.footer.setObjectName("presentation-footer")
        self.footer.setWordWrap(True)
        self.footer.setTextFormat(Qt.TextFormat.PlainText)
        self.counter = QLabel(self)
        self.counter.setObjectName("presentation-counter")
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom)
        bottom = QHBoxLayout()
        bottom.setContentsMargins(16, 4, 16, 10)
        bottom.addWidget(self.footer, 1)
        bottom.addWidget(self.counter, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

        self._evaluator = None
        if evaluator is not None:
            self.attach(evaluator)
        self.go(start)
        self._restyle()

    # ------------------------------------------------------------------ live results
    def attach(self, evaluator) -> None:
        self._evaluator = evaluator
        evaluator.evaluated.connect(self.set_evaluated)
        stale = getattr(evaluator, "staleChanged", None)
        if stale is not None:
            stale.connect(self.set_stale)
        last = getattr(evaluator, "last", None)
        if last is not None:
            self.set_evaluated(last)
        if getattr(evaluator, "stale", False):
            self.set_stale(True)

    def detach(self) -> None:
        ev = self._evaluator
        if ev is None:
            return
        self._evaluator = None
        for signal, slot in ((ev.evaluated, self.set_evaluated), (getattr(ev, "staleChanged", None), self.set_stale)):
            if signal is not None:
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):
                    pass

    def set_evaluated(self, ev) -> None:
        self._ev = ev
        for chart in self.charts:
            chart.set_evaluated(ev)
        self._update_footer()

    def set_stale(self, stale: bool) -> None:
        for chart in self.charts:
            chart.set_stale(stale)

    @property
    def evaluated(self):
        return self._ev

    # ------------------------------------------------------------------ navigation
    @property
    def index(self) -> int:
        return self.stack.currentIndex()

    @property
    def current_chart(self):
        return self.charts[self.index] if self.charts else None

    def go(self, index: int) -> None:
        if not self.charts:
            return
        index = max(0, min(int(index), len(self.charts) - 1))
        changed = index != self.stack.currentIndex()
        self.stack.setCurrentIndex(index)
        self.counter.setText(f"{index + 1} / {len(self.charts)}")
        self._update_footer()
        if changed:
            self.indexChanged.emit(index)

    def next(self) -> None:
        self.go(self.index + 1)

    def previous(self) -> None:
        self.go(self.index - 1)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt)
        key = event.key()
        if key == Qt.Key.Key_Escape:
            self.close()
        elif key in NEXT_KEYS:
            self.next()
        elif key in PREV_KEYS:
            self.previous()
        elif key == Qt.Key.Key_Home:
            self.go(0)
        elif key == Qt.Key.Key_End:
            self.go(len(self.charts) - 1)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt)
        if event.button() == Qt.MouseButton.LeftButton:
            self.next()
        elif event.button() == Qt.MouseButton.RightButton:
            self.previous()
        else:
            super().mousePressEvent(event)

    # ------------------------------------------------------------------ look
    def _update_footer(self) -> None:
        chart = self.current_chart
        if chart is None:
            return
        if self._ev is None:
            self.footer.setText("")
            return
        lines = footer_text(chart, None)
        document = getattr(self._evaluator, "document", None)
        ev = getattr(chart, "evaluated", None)
        if document is not None and getattr(ev, "scenario", None) is not None:
            from colossus_desktop.assumptions import footer_lines

            # the scenario named as exports name it: "Based on <preset>, modified" once edited
            lines = footer_lines(document.export_scenario(ev.scenario), chart.chart_id, ev.inputs)
        self.footer.setText("\n".join(lines))

    def _restyle(self) -> None:
        t = scaled_theme(self.base_theme, self.width(), self.height())
        fpt = max(9, round(t.font_pt * 0.7))
        self.setStyleSheet(
            f"QWidget#presentation {{ background: {t.background}; }}"
            f" QLabel#presentation-footer, QLabel#presentation-counter {{ color: {t.foreground};"
            f" background: {t.background}; font-size: {fpt}pt; }}"
        )
        if t != self._theme:
            self._theme = t
            for chart in self.charts:
                chart.apply_theme(t)

    @property
    def theme(self) -> Theme:
        return self._theme

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt)
        super().resizeEvent(event)
        self._restyle()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt)
        self.detach()
        self.closed.emit()
        super().closeEvent(event)

    def start(self, screen: QScreen | None = None) -> None:
        """Show full screen on ``screen`` (default: the primary screen) with the keyboard focus;
        the window covers the screen also where no window manager handles "full screen"."""
        show_full_screen(self, screen)
        self.activateWindow()
        self.setFocus()


def show_full_screen(window: QWidget, screen: QScreen | None = None) -> None:
    """Show ``window`` full screen on ``screen`` (default: its own). A window manager honours
    ``showFullScreen``; without one (a bare X server, a kiosk) only the geometry counts, so the
    window is also made frameless and given the screen's whole geometry."""
    screen = screen or window.screen() or QGuiApplication.primaryScreen()
    if not window.windowFlags() & Qt.WindowType.FramelessWindowHint:
        window.setWindowFlag(Qt.WindowType.FramelessWindowHint, True)  # before showing
    if window.windowHandle() is not None:
        window.windowHandle().setScreen(screen)
    window.setGeometry(screen.geometry())
    window.showFullScreen()
