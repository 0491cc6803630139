"""The multi-page PDF report, drawn by Qt's own vector PDF writer.

Pages (16:9, the deck's shape): a title page; the key figures; one page per chart (the same
drawing as a chart's PDF export, so text stays selectable); then every assumption of the
scenario with its source, and the scenario's sources.
"""

from __future__ import annotations

import datetime as _dt
import os
from html import escape
from pathlib import Path

from PySide6.QtCore import QRectF, QSizeF
from PySide6.QtGui import QColor, QFont, QPainter, QTextDocument

from colossus_desktop import __version__
from colossus_desktop.assumptions import APP, all_assumptions
from colossus_desktop.drawing.export import pdf_writer
from colossus_desktop.drawing.paint import paint_chart, prepare_chart, resolve_theme

PAGE = (1280, 720)  # the page's aspect (16:9); its size is 13.33 in × 7.5 in


def kpi_rows(results) -> list[tuple[str, str, str]]:
    """(caption, value, what it means) of every KPI card, as the window shows them."""
    import re

    from colossus_desktop.drawing.kpis import KPIS, tr

    rows = []
    for k in KPIS:
        try:
            value, tip = k.value(results), k.tooltip(results)
        except (AttributeError, IndexError, KeyError, TypeError, ValueError):
            value, tip = "—", ""
        rows.append((tr(k.caption), value, re.sub(r"<[^>]+>", "", tip)))
    return rows


def text_document(html: str, theme, width: float, height: float | None = None, pt: float = 13) -> QTextDocument:
    doc = QTextDocument()
    font = QFont()
    font.setPointSizeF(pt)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(
        f"body {{ color: {theme.foreground}; }} h1 {{ font-size: 36pt; }} h2 {{ font-size: 22pt; }}"
        f" td, th {{ padding: 3px 8px; }} th {{ text-align: left; }} .muted {{ color: {theme.muted}; }}"
    )
    doc.setHtml(f"<body>{html}</body>")
    if height is None:
        doc.setTextWidth(width)
    else:
        doc.setPageSize(QSizeF(width, height))
    return doc


def _title_html(ev, date: _dt.date, charts: int, sections: tuple[str, ...] = ()) -> str:
    s = ev.scenario
    more = "".join(f", {x}" for x in sections)
    desc = escape(" ".join((s.description or "").split()))
    if len(desc) > 1400:
        desc = desc[:1400].rsplit(" ", 1)[0] + " …"
    return (
        f"<p class='muted' style='font-size:14pt'>{APP} report</p>"
        f"<h1>{escape(s.name)}</h1>"
        f"<p style='font-size:15pt'>{desc}</p>"
        f"<p class='muted' style='font-size:12pt'>{APP} {__version__} · {date.isoformat()} · "
        f"key figures, {charts} charts{more}, every assumption with its source.</p>"
    )


def _sections(pages) -> tuple[str, ...]:
    """What the extra pages add, for the title page: "uncertainty (P10/P50/P90, tornado)", "a sweep"."""
    titles = [p.title for p in pages]
    out = []
    if any(t.startswith("Uncertainty") for t in titles):
        out.append("uncertainty (P10/P50/P90, tornado, distribution)")
    if any(t.startswith("Sweep") for t in titles):
        out.append("a sweep")
    return tuple(out)


def _kpi_html(ev) -> str:
    rows = "".join(
        f"<tr><td style='font-size:16pt'>{escape(c)}</td><td style='font-size:20pt'><b>{escape(v)}</b></td>"
        f"<td class='muted' style='font-size:11pt'>{escape(t)}</td></tr>"
        for c, v, t in kpi_rows(ev.results)
    )
    warnings = "".join(f"<li>{escape(w)}</li>" for w in ev.warnings)
    warn = f"<p style='font-size:12pt'><b>Warnings</b></p><ul style='font-size:12pt'>{warnings}</ul>" if warnings else ""
    return (f"<h2>Key figures · {escape(ev.scenario.name)}</h2>"
            f"<table width='100%' cellspacing='0'>{rows}</table>{warn}")


def _assumptions_html(ev) -> str:
    parts = ["<h2>Assumptions and their sources</h2>"]
    for section, items in all_assumptions(ev.scenario, ev.inputs):
        rows = "".join(
            f"<tr><td width='22%'>{escape(a.label)}</td><td width='22%'><b>{escape(a.value)}</b></td>"
            f"<td class='muted'>{escape(a.note)}</td></tr>"
            for a in items
        )
        parts.append(f"<p style='font-size:15pt'><b>{escape(section)}</b></p>"
                     f"<table width='100%' cellspacing='0' style='font-size:10pt'>{rows}</table>")
    sources = "".join(f"<li>{escape(x)}</li>" for x in ev.scenario.sources) or "<li>none recorded</li>"
    parts.append(f"<h2>Sources</h2><ol style='font-size:11pt'>{sources}</ol>")
    return "".join(parts)


def draw_pages(painter: QPainter, writer, doc: QTextDocument, margin: float, theme, first: bool) -> bool:
    """Draw a paginated document, one PDF page per document page; returns ``first`` = False."""
    w, h = doc.pageSize().width(), doc.pageSize().height()
    for i in range(doc.pageCount()):
        if not first:
            writer.newPage()
        first = False
        painter.fillRect(QRectF(0, 0, writer.width(), writer.height()), QColor(theme.background))
        painter.save()
        painter.translate(margin, margin - i * h)
        doc.drawContents(painter, QRectF(0, i * h, w, h))
        painter.restore()
    return first


def write_pdf_report(ev, charts, path: Path | str, theme=None, date: _dt.date | None = None, extra=()) -> Path:
    """Title, key figures, every chart, the ``extra`` pages (:class:`~.pages.Page`: the
    uncertainty and sweep sections), the assumptions and sources: one vector PDF."""
    steps = pdf_report_steps(ev, charts, path, theme, date, extra)
    for _ in steps:
        pass
    return Path(path)


def pdf_steps_count(charts, extra=()) -> int:
    """How many times :func:`pdf_report_steps` yields for these charts and pages."""
    return 2 * len(charts) + len(extra) + sum(1 for page in extra if page.chart is not None) + 1


def pdf_report_steps(ev, charts, path: Path | str, theme=None, date: _dt.date | None = None, extra=()):
    """:func:`write_pdf_report` one page at a time: a generator that yields after the text
    pages and after each chart or extra page (:func:`pdf_steps_count` times in all), so the
    caller can keep a window responsive between them. The PDF is written to a hidden
    ``.part`` file moved into place at the end; closing the generator early removes it."""
    theme = resolve_theme(theme)
    date = date or _dt.date.today()
    path = Path(path)
    tmp = path.with_name(f".{path.name}.part")
    writer = pdf_writer(tmp, PAGE, f"{ev.scenario.name}: {APP} report")
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"{path}: could not write the PDF")
    done = False
    try:
        pw, ph = float(writer.width()), float(writer.height())
        margin = pw * 0.05
        first = True
        for html in (_title_html(ev, date, len(charts), _sections(extra)), _kpi_html(ev)):
            doc = text_document(html, theme, pw - 2 * margin, ph - 2 * margin)
            first = draw_pages(painter, writer, doc, margin, theme, first)
        yield
        for chart in charts:  # each chart laid out in one step (clone_cache), painted in the next
            prepare_chart(chart, QRectF(0, 0, pw, ph), theme, dpi=writer.resolution())
            yield
            writer.newPage()
            paint_chart(painter, chart, QRectF(0, 0, pw, ph), theme, dpi=writer.resolution())
            yield
        if extra:
            from colossus_desktop.report.pages import draw_pdf_pages

            for page in extra:
                if page.chart is not None:
                    prepare_chart(page.chart, QRectF(0, 0, pw, ph), theme, page.footer, dpi=writer.resolution())
                    yield
                draw_pdf_pages(painter, writer, [page], theme, first=False)
                yield
        writer.newPage()
        doc = text_document(_assumptions_html(ev), theme, pw - 2 * margin, ph - 2 * margin, pt=11)
        draw_pages(painter, writer, doc, margin, theme, True)
        done = True
    finally:
        painter.end()
        del writer  # closes the file
        if done:
            os.replace(tmp, path)
        elif tmp.exists():
            tmp.unlink()
