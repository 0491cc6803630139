"""The PPTX deck, written with python-pptx: a title slide, the key figures, one slide per chart
(its picture, with the assumptions in the speaker notes) and the sources.

Slides are 16:9 (13.33 in × 7.5 in). Chart pictures are rendered at full slide width without
their own title (the slide's title says it, so it is not said twice) and keep their footer.
"""

from __future__ import annotations

import datetime as _dt
import os
import tempfile
import time
from pathlib import Path

from PySide6.QtCore import QRectF

from colossus_desktop import __version__
from colossus_desktop.assumptions import APP, short_source, speaker_notes
from colossus_desktop.lang import translate
from colossus_desktop.report.pdf import kpi_rows
from colossus_desktop.report.words import warnings as warning_list
from colossus_desktop.drawing.export import chart_image
from colossus_desktop.drawing.paint import prepare_chart, resolve_theme, screen_dpi
from colossus_desktop.report.slides import (
    LAYOUT_CONTENT,
    LAYOUT_TITLE,
    LAYOUT_TITLE_ONLY,
    SLIDE_H_IN,
    SLIDE_W_IN,
    TITLE_H_IN,
    background as _background,
    color_text as _color_text,
    place_title as _place_title,
)

def _chunks(items: list[str], limit: int = 900) -> list[list[str]]:
    out, cur, n = [], [], 0
    for item in items:
        if cur and n + len(item) > limit:
            out.append(cur)
            cur, n = [], 0
        cur.append(item)
        n += len(item)
    if cur:
        out.append(cur)
    return out or [[]]


def write_deck(ev, charts, path: Path | str, theme=None, size=(1920, 1080), date: _dt.date | None = None,
               extra=()) -> Path:
    """Title, key figures, a slide per chart, the ``extra`` pages (:class:`~.pages.Page`: the
    uncertainty and sweep sections, with their speaker notes), then the sources."""
    for _ in deck_steps(ev, charts, path, theme, size, date, extra):
        pass
    return Path(path)


def deck_steps_count(charts, extra=()) -> int:
    """How many times :func:`deck_steps` yields for these charts and pages."""
    return 2 * len(charts) + len(extra) + 1


def deck_steps(ev, charts, path: Path | str, theme=None, size=(1920, 1080), date: _dt.date | None = None,
               extra=()):
    """:func:`write_deck` one slide at a time: a generator that yields after each chart slide,
    each extra page and the save (:func:`deck_steps_count` times), so a window stays responsive
    between them. Nothing is written before the last step (closing early writes nothing)."""
    from pptx import Presentation
    from pptx.util import Inches, Pt

    theme = resolve_theme(theme)
    date = date or _dt.date.today()
    s = ev.scenario
    prs = Presentation()
    prs.slide_width, prs.slide_height = Inches(SLIDE_W_IN), Inches(SLIDE_H_IN)
    prs.core_properties.title = s.name
    prs.core_properties.author = APP

    # title slide
    slide = prs.slides.add_slide(prs.slide_layouts[LAYOUT_TITLE])
    _background(slide, theme)
    slide.shapes.title.text = s.name
    title = slide.shapes.title
    title.left, title.top, title.width, title.height = Inches(0.8), Inches(1.6), Inches(SLIDE_W_IN - 1.6), Inches(2.2)
    sub = slide.placeholders[1]
    sub.left, sub.top, sub.width, sub.height = Inches(0.8), Inches(4.0), Inches(SLIDE_W_IN - 1.6), Inches(2.6)
    first = " ".join((s.description or "").split())
    first = first.split(". ")[0].rstrip(".") + "." if first else ""
    sub.text = f"{first}\n{APP} {__version__} · {date.isoformat()}"
    for p in sub.text_frame.paragraphs:
        for r in p.runs:
            r.font.size = Pt(20)
    for shape in (title, sub):
        _color_text(shape, theme)
    slide.notes_slide.notes_text_frame.text = " ".join((s.description or "").split())

    # key figures
    slide = prs.slides.add_slide(prs.slide_layouts[LAYOUT_TITLE_ONLY])
    _background(slide, theme)
    slide.shapes.title.text = translate("Report", "Key figures")
    _place_title(slide)
    _color_text(slide.shapes.title, theme)
    rows = kpi_rows(ev.results)
    row_in = min(0.6, (SLIDE_H_IN - 1.3 - 0.25) / len(rows))  # every row on the slide
    font_pt = min(22, int(row_in * 72 * 0.55))
    table = slide.shapes.add_table(len(rows), 2, Inches(1.5), Inches(1.3), Inches(SLIDE_W_IN - 3.0),
                                   Inches(row_in * len(rows))).table
    table.first_row = False
    table.columns[0].width = Inches(6.0)
    table.columns[1].width = Inches(SLIDE_W_IN - 9.0)
    for i, (caption, value, _tip) in enumerate(rows):
        table.rows[i].height = Inches(row_in)
        for j, text in enumerate((caption, value)):
            cell = table.cell(i, j)
            cell.text = text
            for p in cell.text_frame.paragraphs:
                for r in p.runs:
                    r.font.size = Pt(font_pt)
                    r.font.bold = j == 1
    notes = [f"{c}: {v}. {t}" for c, v, t in rows]
    warnings = warning_list(ev)
    if warnings:
        notes += ["", translate("Report", "Warnings:")] + [f"• {w}" for w in warnings]
    slide.notes_slide.notes_text_frame.text = "\n".join(notes)

    # one slide per chart
    w = int(size[0]) if size else 1920
    pic_h_in = SLIDE_H_IN - TITLE_H_IN
    h = max(16, int(round(w * pic_h_in / SLIDE_W_IN)))
    from colossus_desktop.report.build import PngWriter

    with tempfile.TemporaryDirectory(prefix="colossus-deck-") as tmp, PngWriter() as encoder:
        pictures = []
        for chart in charts:
            slide = prs.slides.add_slide(prs.slide_layouts[LAYOUT_TITLE_ONLY])
            _background(slide, theme)
            slide.shapes.title.text = chart.display_title
            _place_title(slide)
            _color_text(slide.shapes.title, theme)
            prepare_chart(chart, QRectF(0, 0, w, h), theme, title=False, dpi=screen_dpi())
            yield  # laid out in one step (inside clone_cache), painted in the next
            png = Path(tmp) / f"{chart.chart_id}.png"
            encoder.save(chart_image(chart, (w, h), theme, title=False), png)  # painted here, encoded off-thread
            pictures.append((slide, png))
            slide.notes_slide.notes_text_frame.text = speaker_notes(s, chart.chart_id, ev.inputs)
            yield
        while not encoder.idle():
            time.sleep(0.01)
        encoder.check()
        for slide, png in pictures:
            slide.shapes.add_picture(str(png), 0, Inches(TITLE_H_IN), width=Inches(SLIDE_W_IN))

    if extra:
        from colossus_desktop.report.pages import add_slides

        for page in extra:
            add_slides(prs, [page], theme, size)
            yield

    # sources
    sources = list(s.sources) or [translate("Report", "No sources are recorded in this scenario.")]
    pages = _chunks(sources)
    for k, chunk in enumerate(pages):
        slide = prs.slides.add_slide(prs.slide_layouts[LAYOUT_CONTENT])
        _background(slide, theme)
        slide.shapes.title.text = translate("Report", "Sources") + (f" ({k + 1}/{len(pages)})" if len(pages) > 1 else "")
        _place_title(slide)
        _color_text(slide.shapes.title, theme)
        body = slide.placeholders[1]
        body.left, body.top = Inches(0.6), Inches(TITLE_H_IN + 0.1)
        body.width, body.height = Inches(SLIDE_W_IN - 1.2), Inches(SLIDE_H_IN - TITLE_H_IN - 0.4)
        frame = body.text_frame
        frame.word_wrap = True
        for i, src in enumerate(chunk):
            p = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
            p.text = src
            for r in p.runs:
                r.font.size = Pt(16)
        _color_text(body, theme)
        slide.notes_slide.notes_text_frame.text = "\n".join(short_source(x, 200) for x in chunk)

    path = Path(path)
    tmp_path = path.with_name(f".{path.name}.part")
    try:
        prs.save(str(tmp_path))
        os.replace(tmp_path, path)
    finally:
        if tmp_path.exists():
            tmp_path.unlink()
    yield
