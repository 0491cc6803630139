"""Painting a chart for export: an off-screen clone in the export theme, laid out at a
reference size and painted with one uniform scale, with its footer below.

``paint_chart`` is what every target (PNG, SVG, PDF, the PDF report's pages, the deck's images)
calls. Two pyqtgraph traps are handled here (see STYLE.md): pens are cosmetic, so a scaled
painter would keep every line at 1–2 px: pen widths are multiplied by the scale for the duration
of the paint and restored after; and the legend ignores transformations, so it would stay
small: the flag is lifted for the paint. The footer holds the scenario's name, the chart's main
assumptions and the sources (``colossus_desktop.assumptions``).
"""

from __future__ import annotations

from contextlib import contextmanager

from colossus_desktop.drawing.qt_mirror import import_pyqtgraph

import_pyqtgraph()  # before `import pyqtgraph`: see qt_mirror.py

import pyqtgraph as pg  # noqa: E402
from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QImage,
    QPainter,
    QPen,
    QResizeEvent,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QApplication, QGraphicsItem, QAbstractGraphicsShapeItem

from colossus_desktop.drawing.pens import for_device
from colossus_desktop.drawing.theme import DARK, PROJECTOR, Theme

REFERENCE = (960.0, 540.0)  # logical layout size at 96 dpi: what a slide's worth of chart holds
THEME_NAMES = {"light": PROJECTOR, "projector": PROJECTOR, "dark": DARK}


def tr(text: str) -> str:
    return QCoreApplication.translate("Export", text)


# ------------------------------------------------------------------------------- helpers
def resolve_theme(theme: Theme | str | None) -> Theme:
    """``None`` → the light (projector) theme; ``"light"``/``"dark"`` by name; a Theme as is."""
    if theme is None:
        return PROJECTOR
    if isinstance(theme, Theme):
        return theme
    try:
        return THEME_NAMES[str(theme).lower()]
    except KeyError:
        raise ValueError(f"unknown theme {theme!r} (use light or dark)") from None


def screen_dpi() -> float:
    """The DPI the scene's fonts are laid out for; targets are given the same DPI, so text
    drawn on them is the size the layout measured."""
    app = QGuiApplication.instance()
    screen = app.primaryScreen() if app is not None else None
    dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
    return float(dpi) if dpi and dpi > 0 else 96.0


def ensure_app() -> None:
    if QApplication.instance() is None:
        raise RuntimeError("exporting a chart needs a QApplication (create one first)")


def footer_text(chart, footer) -> list[str]:
    """The footer lines: ``footer`` as given (a string or lines), none for ``False``/``""``,
    or, for ``None``, the chart's own ``footer_lines()`` if it has one, else the scenario,
    the chart's assumptions and the sources."""
    if footer is False or footer == "":
        return []
    if isinstance(footer, str):
        return footer.splitlines()
    if footer is not None:
        return [str(line) for line in footer]
    own = getattr(chart, "footer_lines", None)
    if callable(own):  # a chart whose data is not a scenario names its own sources
        return list(own())
    from colossus_desktop.assumptions import APP, footer_lines

    from colossus_desktop import __version__

    ev = getattr(chart, "evaluated", None)
    scenario = getattr(ev, "scenario", None)
    if scenario is None:
        return [f"{APP} {__version__}"]
    return footer_lines(scenario, getattr(chart, "chart_id", None), getattr(ev, "inputs", None))


def rich_text_spaces(html: str) -> str:
    """``html`` with its narrow no-break spaces (U+202F, QLocale's French thousands separator:
    "1 195 587") made no-break spaces: Qt's HTML parser takes U+202F for ordinary white space
    and would break a line inside a number ("1 195 587 / 874 $")."""
    return html.replace("\u202f", "\u00a0")


def footer_document(lines: list[str], theme: Theme, width: float, pt: float | None = None) -> QTextDocument:
    """The footer as a text document (first line bold), wrapped to ``width`` logical pixels."""
    doc = QTextDocument()
    font = QFont()
    font.setPointSizeF(pt or max(8.0, theme.font_pt * 0.72))
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    doc.setDefaultTextOption(option)
    from html import escape

    body = "<br>".join(
        (f"<b>{escape(line)}</b>" if i == 0 else escape(line)) for i, line in enumerate(lines)
    )
    body = rich_text_spaces(body)
    doc.setHtml(f"<div style='color:{theme.foreground}'>{body}</div>")
    doc.setTextWidth(width)
    return doc


# ------------------------------------------------------------------------------- clone
def _settle(view, width: float, height: float) -> None:
    """Lay the hidden chart out at ``width``×``height`` logical pixels, as if on screen.

    Nothing is shown: the resize events are sent by hand and the layout requests flushed, then
    the scene is painted twice into a scratch image so the axes measure their tick labels
    (pyqtgraph sizes an axis while painting it) and the layout settles on the result.
    """
    w, h = int(round(width)), int(round(height))
    old = view.size()
    view.resize(w, h)
    view.graphics.resize(w, h)
    view.graphics.resizeEvent(None)  # pyqtgraph fits its central item to the view here
    QCoreApplication.sendEvent(view, QResizeEvent(QSize(w, h), old))
    scratch = QImage(max(w, 1), max(h, 1), QImage.Format.Format_ARGB32_Premultiplied)
    for _ in range(3):
        QCoreApplication.sendPostedEvents(None, int(QEvent.Type.LayoutRequest.value))
        view.graphics.resizeEvent(None)  # a layout that grew to a since-shrunk minimum fits again
        view.graphics.ci.layout.activate()
        painter = QPainter(scratch)
        view.graphics.scene().render(painter, QRectF(0, 0, w, h), view.graphics.viewRect())
        painter.end()
    QCoreApplication.sendPostedEvents(None, int(QEvent.Type.LayoutRequest.value))
    view.graphics.resizeEvent(None)
    view.graphics.ci.layout.activate()


def _overflows(view, width: float) -> bool:
    return view.graphics.ci.geometry().width() > width + 0.5


def build_clone(chart, width: float, height: float, theme: Theme, title: bool = True):
    """An off-screen copy of ``chart`` (same class, ``theme``) showing the same results,
    laid out at ``width``×``height`` logical pixels."""
    clone = type(chart)(None, theme=theme)
    clone.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    ev = getattr(chart, "evaluated", None)
    _settle(clone, width, height)
    if ev is not None:
        clone.set_evaluated(ev)
    _settle(clone, width, height)
    if _overflows(clone, width) and getattr(clone, "_title_suffix", ""):
        clone.set_title_suffix("")  # the summary is a bonus: the title alone must fit
        _settle(clone, width, height)
    if not title:
        clone.plot_item.setTitle(None)
        _settle(clone, width, height)
    return clone


# ------------------------------------------------------------------------------- painting
def _scaled(pen, factor: float) -> QPen:
    p = QPen(pen)
    p.setWidthF(max(p.widthF(), 1.0) * factor)
    return p


@contextmanager
def export_mode(scene, scale: float, painter: QPainter, background: str):
    """Prepare every item of ``scene`` for a paint at ``scale``; undo it all afterwards.

    Cosmetic pens are widened by ``scale`` (they would otherwise stay 1–2 device pixels),
    items that ignore transformations (the legend) are made to follow the painter, and
    pyqtgraph's own export mode is switched on (it scales scatter markers by
    ``resolutionScale`` and antialiases).
    """
    undo = []
    opts = {"antialias": True, "background": pg.mkColor(background), "painter": painter, "resolutionScale": scale}
    ignore = QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations
    seen_curves = set()
    try:
        no_cache = QGraphicsItem.CacheMode.NoCache
        for item in scene.items():
            if item.cacheMode() != no_cache:  # a cached axis would be pasted as a pixmap
                mode = item.cacheMode()
                item.setCacheMode(no_cache)
                undo.append(lambda i=item, m=mode: i.setCacheMode(m))
            if item.flags() & ignore:
                item.setFlag(ignore, False)
                undo.append(lambda i=item: i.setFlag(ignore, True))
            if hasattr(item, "setExportMode"):
                item.setExportMode(True, opts)
                undo.append(lambda i=item: i.setExportMode(False))
            if isinstance(item, pg.PlotDataItem):
                pen = item.opts.get("pen")
                if pen is not None:
                    pen = pg.mkPen(pen)
                    if pen.style() != Qt.PenStyle.NoPen and pen.isCosmetic():
                        item.setPen(_scaled(pen, scale))
                        undo.append(lambda i=item, p=pen: i.setPen(p))
                        seen_curves.add(id(item.curve))
        for item in scene.items():
            if isinstance(item, pg.PlotCurveItem) and id(item) not in seen_curves:
                pen = pg.mkPen(item.opts.get("pen"))
                if pen.style() != Qt.PenStyle.NoPen and pen.isCosmetic():
                    item.setPen(_scaled(pen, scale))
                    undo.append(lambda i=item, p=pen: i.setPen(p))
            elif isinstance(item, pg.BarGraphItem):
                old = {k: item.opts.get(k) for k in ("pen", "pens")}
                new = {}
                if old["pens"] is not None:
                    new["pens"] = [_scaled(pg.mkPen(p), scale) for p in old["pens"]]
                if old["pen"] is not None:
                    new["pen"] = _scaled(pg.mkPen(old["pen"]), scale)
                if new:
                    item.setOpts(**new)
                    undo.append(lambda i=item, o=old: i.setOpts(**{k: v for k, v in o.items() if v is not None}))
            elif isinstance(item, pg.InfiniteLine):
                pen = QPen(item.pen)
                item.setPen(_scaled(pen, scale))
                undo.append(lambda i=item, p=pen: i.setPen(p))
            elif isinstance(item, pg.AxisItem):
                # AxisItem.setPen also recolours the axis label: keep the label's own style
                pen, style = QPen(item.pen()), dict(item.labelStyle)
                item.setPen(_scaled(pen, scale))
                item.labelStyle = dict(style)
                item._updateLabel()
                undo.append(lambda i=item, p=pen, st=style: (i.setPen(p), setattr(i, "labelStyle", st), i._updateLabel()))
            elif isinstance(item, QAbstractGraphicsShapeItem):
                pen = QPen(item.pen())
                if pen.style() != Qt.PenStyle.NoPen and pen.isCosmetic():
                    item.setPen(_scaled(pen, scale))
                    undo.append(lambda i=item, p=pen: i.setPen(p))
        yield
    finally:
        for fn in reversed(undo):
            fn()


def layout_scale(width: float, height: float, dpi: float | None = None) -> float:
    """Device pixels per logical pixel: the reference layout (960×540 at 96 dpi) fitted to the
    target, so type and lines keep their share of the picture at every size."""
    k = (dpi or screen_dpi()) / 96.0
    return min(width / (REFERENCE[0] * k), height / (REFERENCE[1] * k))


_clones: dict | None = None  # inside clone_cache(): the clones built, by what they were built for


@contextmanager
def clone_cache():
    """Keep the off-screen clones :func:`paint_chart` builds while the block runs, so a chart
    painted twice at the same size (its PNG and its SVG) is laid out once, and so
    :func:`prepare_chart` can build a clone in one step and :func:`paint_chart` paint it in the
    next (a window stays responsive between the two). The clones are deleted at the end."""
    global _clones
    if _clones is not None:  # nested: the outer block owns the clones
        yield
        return
    _clones = {}
    try:
        yield
    finally:
        clones, _clones = _clones, None
        for clone in clones.values():
            clone.hide()
            clone.deleteLater()


def _plan(chart, rect: QRectF, theme: Theme, footer, dpi: float):
    """Scale, logical size, footer document and chart height of a paint of ``chart`` in ``rect``."""
    s = layout_scale(rect.width(), rect.height(), dpi)
    lw, lh = rect.width() / s, rect.height() / s
    lines = footer_text(chart, footer)
    margin = 12.0
    doc = footer_document(lines, theme, lw - 2 * margin) if lines else None
    footer_h = doc.size().height() + 2 * margin if doc is not None else 0.0
    chart_h = max(lh - footer_h, lh * 0.5)
    return s, lw, lh, doc, chart_h


def _clone_for(chart, lw: float, chart_h: float, theme: Theme, title: bool):
    """The clone to paint: the cached one inside :func:`clone_cache`, else a new one (the
    caller deletes it when ``owned`` is True). Returns (clone, owned)."""
    key = (id(chart), id(getattr(chart, "evaluated", None)), round(lw, 2), round(chart_h, 2), theme.name, title)
    if _clones is not None and key in _clones:
        return _clones[key], False
    with for_device(1.0):  # the target has its own resolution: no screen's pixel ratio in its pens
        clone = build_clone(chart, lw, chart_h, theme, title=title)
    if _clones is not None:
        _clones[key] = clone
        return clone, False
    return clone, True


def prepare_chart(chart, rect: QRectF, theme: Theme | str | None = None, footer=None, title: bool = True,
                  dpi: float | None = None) -> None:
    """Build (inside :func:`clone_cache`) the clone a later ``paint_chart`` with the same
    arguments will paint; outside a cache it does nothing."""
    if _clones is None:
        return
    ensure_app()
    theme = resolve_theme(theme)
    _s, lw, _lh, _doc, chart_h = _plan(chart, rect, theme, footer, dpi or screen_dpi())
    _clone_for(chart, lw, chart_h, theme, title)


def paint_chart(painter: QPainter, chart, rect: QRectF, theme: Theme | str | None = None, footer=None,
                title: bool = True, dpi: float | None = None) -> None:
    """Paint ``chart`` (title, plot, legend, footer) into ``rect`` of ``painter``'s device."""
    ensure_app()
    theme = resolve_theme(theme)
    dpi = dpi or screen_dpi()
    s, lw, lh, doc, chart_h = _plan(chart, rect, theme, footer, dpi)
    margin = 12.0
    clone, owned = _clone_for(chart, lw, chart_h, theme, title)
    scene = clone.graphics.scene()
    painter.save()
    try:
        painter.translate(rect.topLeft())
        painter.scale(s, s)
        painter.setClipRect(QRectF(0, 0, lw, lh))
        painter.fillRect(QRectF(0, 0, lw, lh), QColor(theme.background))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        with export_mode(scene, s, painter, theme.background):
            scene.render(painter, QRectF(0, 0, lw, chart_h), clone.graphics.viewRect())
        if doc is not None:
            y = chart_h + margin * 0.5
            rule = QPen(QColor(theme.muted))
            rule.setWidthF(1.0)
            painter.setPen(rule)
            painter.drawLine(QRectF(margin, y, lw - 2 * margin, 0).topLeft(), QRectF(margin, y, lw - 2 * margin, 0).topRight())
            painter.translate(margin, y + margin * 0.5)
            doc.drawContents(painter)
    finally:
        painter.restore()
        if owned:
            clone.hide()
            clone.deleteLater()
