"""What every slide of the decks shares: the 16:9 size, the title's place, the dark background."""

from __future__ import annotations

SLIDE_W_IN, SLIDE_H_IN = 13.333, 7.5
TITLE_H_IN = 1.05
LAYOUT_TITLE, LAYOUT_CONTENT, LAYOUT_TITLE_ONLY = 0, 1, 5


def rgb(hex_color: str):
    from pptx.dml.color import RGBColor

    return RGBColor.from_string(hex_color.lstrip("#")[:6].upper())


def place_title(slide, pt: int = 32) -> None:
    from pptx.util import Inches, Pt

    title = slide.shapes.title
    title.left, title.top = Inches(0.5), Inches(0.2)
    title.width, title.height = Inches(SLIDE_W_IN - 1.0), Inches(TITLE_H_IN - 0.2)
    for p in title.text_frame.paragraphs:
        for r in p.runs:
            r.font.size = Pt(pt)
            r.font.bold = True


def background(slide, theme) -> None:
    if theme.name == "dark":
        fill = slide.background.fill
        fill.solid()
        fill.fore_color.rgb = rgb(theme.background)


def color_text(shape, theme) -> None:
    if theme.name != "dark" or not shape.has_text_frame:
        return
    for p in shape.text_frame.paragraphs:
        for r in p.runs:
            r.font.color.rgb = rgb(theme.foreground)
