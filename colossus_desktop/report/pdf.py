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
from colossus_desktop.drawing.paint import paint_chart, prepare_chart, resolve_theme, rich_text_spaces
from colossus_desktop.lang import translate
from colossus_desktop.report.words import count, warnings as warning_list

PAGE = (1280, 720)  # the page's aspect (16:9); its size is 13.33 in × 7.5 in


def kpi_rows(results) -> list[tuple[str, str, str]]:
    """(caption, value, what it means) of every KPI card, as the window shows them."""
    from colossus_desktop.drawing.kpis import key_figures

    return key_figures(results)


def text_document(html: str, theme, width: float, height: float | None = None, pt: float = 13) -> QTextDocument:
    doc = QTextDocument()
    font = QFont()
    font.setPointSizeF(pt)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(
        f"body {{ color: {theme.foreground}; }} h1 {{ font-size: 36pt; }} h2 {{ font-size: 22pt; }}"
        f" td, th {{ padding: 3px 8px; }} th {{ text-align: left; }} .muted {{ color: {theme.muted}; }}"
    )
    doc.setHtml(f"<body>{rich_text_spaces(html)}</body>")
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
    contents = translate("Report", "key figures, {0} charts{1}, every assumption with its source.").format(
        count(charts), more)
    kind = translate("Report", "{0} report").format(APP)
    return (
        f"<p class='muted' style='font-size:14pt'>{escape(kind)}</p>"
        f"<h1>{escape(s.name)}</h1>"
        f"<p style='font-size:15pt'>{desc}</p>"
        f"<p class='muted' style='font-size:12pt'>{APP} {__version__} · {date.isoformat()} · "
        f"{escape(contents)}</p>"
    )


def _sections(pages) -> tuple[str, ...]:
    """What the extra pages add, for the title page: "uncertainty (P10/P50/P90, tornado)", "a sweep"."""
    kinds = {getattr(p, "section", "") for p in pages}
    out = []
    if "uncertainty" in kinds:
        out.append(translate("Report", "uncertainty (P10/P50/P90, tornado, distribution)"))
    if "sweep" in kinds:
        out.append(translate("Report", "a sweep"))
    return tuple(out)


def _kpi_html(ev, scale: float = 1.0) -> str:
    """The key figures page at ``scale`` × the full type sizes (16/20/11 pt, warnings 12 pt)."""
    pt = lambda size: f"font-size:{size * scale:.1f}pt"  # noqa: E731
    rows = "".join(
        f"<tr><td style='{pt(16)}'>{escape(c)}</td><td style='{pt(20)}'><b>{escape(v)}</b></td>"
        f"<td class='muted' style='{pt(11)}'>{escape(t)}</td></tr>"
        for c, v, t in kpi_rows(ev.results)
    )
    warnings = "".join(f"<li>{escape(w)}</li>" for w in warning_list(ev))
    head, key = translate("Report", "Warnings"), translate("Report", "Key figures")
    warn = (f"<p style='{pt(12)}'><b>{escape(head)}</b></p><ul style='{pt(12)}'>{warnings}</ul>"
            if warnings else "")
    return (f"<h2>{escape(key)} · {escape(ev.scenario.name)}</h2>"
            f"<table width='100%' cellspacing='0'>{rows}</table>{warn}")


def kpi_document(ev, theme, width: float, height: float) -> QTextDocument:
    """The key figures on one page: the type shrinks in steps (down to 60 %) until every card and
    the warnings fit (eleven cards, longer French explanations, several warnings)."""
    for scale in (1.0, 0.9, 0.8, 0.7, 0.6):
        doc = text_document(_kpi_html(ev, scale), theme, width, height, pt=13 * scale)
        if doc.pageCount() <= 1:
            break
    return doc


def _assumptions_html(ev) -> str:
    title, none, heading = (translate("Report", "Assumptions and their sources"), translate("Report", "none recorded"),
                            translate("Report", "Sources"))
    parts = [f"<h2>{escape(title)}</h2>"]
    for section, items in all_assumptions(ev.scenario, ev.inputs):
        rows = "".join(
            f"<tr><td width='22%'>{escape(a.label)}</td><td width='22%'><b>{escape(a.value)}</b></td>"
            f"<td class='muted'>{escape(a.note)}</td></tr>"
            for a in items
        )
        parts.append(f"<p style='font-size:15pt'><b>{escape(section)}</b></p>"
                     f"<table width='100%' cellspacing='0' style='font-size:10pt'>{rows}</table>")
    sources = "".join(f"<li>{escape(x)}</li>" for x in ev.scenario.sources) or f"<li>{escape(none)}</li>"
    parts.append(f"<h2>{escape(heading)}</h2><ol style='font-size:11pt'>{sources}</ol>")
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
    writer = pdf_writer(tmp, PAGE, f"{ev.scenario.name}: " + translate("Report", "{0} report").format(APP))
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(f"{path}: could not write the PDF")
    done = False
    try:
        pw, ph = float(writer.width()), float(writer.height())
        margin = pw * 0.05
        first = True
        doc = text_document(_title_html(ev, date, len(charts), _sections(extra)), theme, pw - 2 * margin,
                            ph - 2 * margin)
        first = draw_pages(painter, writer, doc, margin, theme, first)
        first = draw_pages(painter, writer, kpi_document(ev, theme, pw - 2 * margin, ph - 2 * margin), margin,
                           theme, first)
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
