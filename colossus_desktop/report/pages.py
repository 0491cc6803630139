"""Report pages that are not a scenario's own charts: a chart with its own footer, or a table.

A :class:`Page` renders twice: as a PDF page (:func:`draw_pdf_pages`, Qt's vector writer, text
selectable) and as PPTX slides (:func:`add_slides`, python-pptx; a long table continues on
further slides). Each page carries the speaker notes of its slides. The uncertainty, sweep and
comparison sections (:mod:`.analysis_pages`, :mod:`.compare`) are lists of pages.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

from PySide6.QtCore import QRectF

from colossus_desktop.drawing.export import chart_image
from colossus_desktop.drawing.paint import paint_chart
from colossus_desktop.lang import translate
from colossus_desktop.report.pdf import draw_pages, text_document
from colossus_desktop.report.words import count
from colossus_desktop.report.slides import (
    LAYOUT_TITLE_ONLY,
    SLIDE_H_IN,
    SLIDE_W_IN,
    TITLE_H_IN,
    background,
    color_text,
    place_title,
)

#: Table rows per slide: 12 rows at 16 pt fill the slide under its title and stay legible on a
#: projector. A longer table continues on further slides, up to MAX_TABLE_SLIDES.
ROWS_PER_SLIDE = 12
MAX_TABLE_SLIDES = 4


@dataclass
class Table:
    """``header`` (c,) and ``rows`` (r, c) as display text; ``align_right``: columns of numbers."""

    header: list[str]
    rows: list[list[str]]
    align_right: set[int] = field(default_factory=set)
    widths: list[float] | None = None  # relative column widths (PPTX), default equal


@dataclass
class Page:
    """One page of a section: ``chart`` (a ChartView with data, drawn with ``footer`` lines) or a
    ``table`` with ``text`` paragraphs before it and ``after`` paragraphs below it. ``notes``:
    what the presenter says (the slides' speaker notes). ``file_id``: the name of the chart's
    PNG/SVG (``base-<file_id>.png``); charts only."""

    title: str
    chart: object | None = None
    footer: list[str] | None = None
    table: Table | None = None
    text: list[str] = field(default_factory=list)
    after: list[str] = field(default_factory=list)
    notes: str = ""
    file_id: str = ""
    deck_rows: int | None = None  # the most table rows the deck shows (None: MAX_TABLE_SLIDES × per slide)
    rows_per_slide: int = ROWS_PER_SLIDE  # fewer for cells of several lines
    section: str = ""  # "uncertainty", "sweep", "comparison": what the title page lists


# ------------------------------------------------------------------------------- PDF
def table_html(table: Table, pt: float = 12) -> str:
    def cell(tag: str, j: int, text: str) -> str:
        align = " align='right'" if j in table.align_right else ""
        return f"<{tag}{align}>{escape(text).replace(chr(10), '<br>')}</{tag}>"

    head = "".join(cell("th", j, h) for j, h in enumerate(table.header))
    body = "".join("<tr>" + "".join(cell("td", j, c) for j, c in enumerate(row)) + "</tr>" for row in table.rows)
    return (f"<table width='100%' cellspacing='0' style='font-size:{pt}pt'>"
            f"<thead><tr>{head}</tr></thead>{body}</table>")


def page_html(page: Page) -> str:
    parts = [f"<h2>{escape(page.title)}</h2>"]
    parts += [f"<p style='font-size:13pt'>{escape(t)}</p>" for t in page.text]
    if page.table is not None:
        pt = 13 if len(page.table.rows) <= 14 and len(page.table.header) <= 6 else 10
        parts.append(table_html(page.table, pt))
    parts += [f"<p class='muted' style='font-size:11pt'>{escape(t)}</p>" for t in page.after]
    return "".join(parts)


def draw_pdf_pages(painter, writer, pages: list[Page], theme, first: bool = False) -> bool:
    """Draw ``pages`` after what ``writer`` holds (``first``: nothing yet, no page break before
    the first); returns the new ``first``."""
    pw, ph = float(writer.width()), float(writer.height())
    margin = pw * 0.05
    for page in pages:
        if page.chart is not None:
            if not first:
                writer.newPage()
            first = False
            paint_chart(painter, page.chart, QRectF(0, 0, pw, ph), theme,
                        footer=page.footer if page.footer is not None else None, dpi=writer.resolution())
        else:
            doc = text_document(page_html(page), theme, pw - 2 * margin, ph - 2 * margin)
            first = draw_pages(painter, writer, doc, margin, theme, first)
    return first


# ------------------------------------------------------------------------------- PPTX
def _title_slide(prs, title: str, theme):
    slide = prs.slides.add_slide(prs.slide_layouts[LAYOUT_TITLE_ONLY])
    background(slide, theme)
    slide.shapes.title.text = title
    place_title(slide, 28 if len(title) > 48 else 32)
    color_text(slide.shapes.title, theme)
    return slide


def _text_box(slide, lines: list[str], top_in: float, height_in: float, theme, pt: int = 16) -> None:
    from pptx.util import Inches, Pt

    box = slide.shapes.add_textbox(Inches(0.6), Inches(top_in), Inches(SLIDE_W_IN - 1.2), Inches(height_in))
    frame = box.text_frame
    frame.word_wrap = True
    for i, line in enumerate(lines):
        p = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        p.text = line
        for r in p.runs:
            r.font.size = Pt(pt)
    color_text(box, theme)


def _table_slide(prs, page: Page, rows: list[list[str]], title: str, theme) -> None:
    from pptx.enum.text import PP_ALIGN
    from pptx.util import Inches, Pt

    slide = _title_slide(prs, title, theme)
    t = page.table
    top = TITLE_H_IN + 0.1
    if page.text:
        _text_box(slide, page.text, top, 0.6, theme, 16)
        top += 0.75
    ncol = len(t.header)
    pt = 16 if ncol <= 5 else 14 if ncol <= 7 else 12
    row_h = 0.36 if pt >= 16 else 0.32
    width = SLIDE_W_IN - 1.0
    shape = slide.shapes.add_table(len(rows) + 1, ncol, Inches(0.5), Inches(top), Inches(width),
                                   Inches(row_h * (len(rows) + 1)))
    table = shape.table
    weights = t.widths or [1.0] * ncol
    total = sum(weights)
    for j, w in enumerate(weights):
        table.columns[j].width = Inches(width * w / total)
    for i, row in enumerate([t.header, *rows]):
        for j, text in enumerate(row):
            cell = table.cell(i, j)
            cell.text = text
            for p in cell.text_frame.paragraphs:
                if j in t.align_right:
                    p.alignment = PP_ALIGN.RIGHT
                for r in p.runs:
                    r.font.size = Pt(pt)
                    r.font.bold = i == 0
    if page.after:
        _text_box(slide, page.after, min(top + row_h * (len(rows) + 1) + 0.15, SLIDE_H_IN - 0.9), 0.8, theme, 12)
    slide.notes_slide.notes_text_frame.text = page.notes


def add_slides(prs, pages: list[Page], theme, size=(1920, 1080)) -> None:
    """One slide per chart page (the picture under the slide's title, ``notes`` as speaker
    notes); a table page takes as many slides as its rows need (at most the page's
    ``deck_rows``; the rest is in the PDF and the data files, and the last slide says so)."""
    from pptx.util import Inches

    w = int(size[0]) if size else 1920
    h = max(16, int(round(w * (SLIDE_H_IN - TITLE_H_IN) / SLIDE_W_IN)))
    with tempfile.TemporaryDirectory(prefix="colossus-deck-") as tmp:
        for k, page in enumerate(pages):
            if page.chart is not None:
                slide = _title_slide(prs, page.title, theme)
                png = Path(tmp) / f"page-{k}.png"
                footer = page.footer if page.footer is not None else None
                if not chart_image(page.chart, (w, h), theme, footer=footer, title=False).save(str(png), "PNG"):
                    raise OSError(f"{png}: could not render the chart")
                slide.shapes.add_picture(str(png), 0, Inches(TITLE_H_IN), width=Inches(SLIDE_W_IN))
                slide.notes_slide.notes_text_frame.text = page.notes
                continue
            rows = page.table.rows if page.table is not None else []
            per = max(1, page.rows_per_slide)
            limit = page.deck_rows if page.deck_rows is not None else per * MAX_TABLE_SLIDES
            shown = rows[:limit]
            chunks = [shown[i:i + per] for i in range(0, len(shown), per)] or [[]]
            for i, chunk in enumerate(chunks):
                title = page.title + (f" ({i + 1}/{len(chunks)})" if len(chunks) > 1 else "")
                if page.table is None:
                    slide = _title_slide(prs, title, theme)
                    _text_box(slide, page.text + page.after, TITLE_H_IN + 0.1, SLIDE_H_IN - TITLE_H_IN - 0.4, theme)
                    slide.notes_slide.notes_text_frame.text = page.notes
                    continue
                last = i == len(chunks) - 1
                more = [translate("Report", "{0} more rows in the PDF report and the data files (CSV, XLSX).").format(
                    count(len(rows) - len(shown)))] if last and len(rows) > len(shown) else []
                part = Page(page.title, table=page.table, text=page.text if i == 0 else [],
                            after=(page.after if last else []) + more, notes=page.notes)
                _table_slide(prs, part, chunk, title, theme)
