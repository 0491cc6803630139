"""Chart exports: PNG at slide sizes (lines scaled with the size), SVG that parses as XML,
vector PDF with selectable text, the clipboard, and the window's export menus."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pyqtgraph.exporters as pg_exporters
import pytest
from PIL import Image
from pypdf import PdfReader
from PySide6.QtWidgets import QApplication, QMenu

from colossus_desktop.evaluation import evaluate_scenario
from colossus_desktop.scenario.presets import load_preset
from colossus_desktop.drawing.charts import create_charts
from colossus_desktop.drawing.export import copy_chart_to_clipboard, export_chart
from colossus_desktop.drawing.paint import build_clone, export_mode, layout_scale
from colossus_desktop.drawing.theme import DARK, PROJECTOR


@pytest.fixture(scope="module")
def ev():
    return evaluate_scenario(load_preset("colossus-2"))


@pytest.fixture(scope="module")
def charts(qapp, ev):
    cs = create_charts()
    for c in cs:
        c.set_evaluated(ev)
    return {c.chart_id: c for c in cs}


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 720), (800, 600)])
def test_png_at_slide_and_custom_sizes(charts, tmp_path, size):
    path = export_chart(charts["power"], tmp_path / "power.png", size=size)
    with Image.open(path) as im:
        assert im.format == "PNG" and im.size == size


def test_png_default_is_1920x1080_and_light(charts, tmp_path):
    path = export_chart(charts["capex"], tmp_path / "capex.png")
    with Image.open(path) as im:
        assert im.size == (1920, 1080)
        assert im.convert("RGB").getpixel((2, 2)) == (255, 255, 255)  # light background by default
    path = export_chart(charts["capex"], tmp_path / "capex-dark.png", theme="dark")
    with Image.open(path) as im:
        assert im.convert("RGB").getpixel((2, 2)) == tuple(int(DARK.background[i:i + 2], 16) for i in (1, 3, 5))


def test_line_widths_scale_with_the_size_and_are_restored(charts, qapp):
    chart = charts["time_to_train"]
    clone = build_clone(chart, 960, 450, PROJECTOR)
    scale = layout_scale(1920, 1080, 96)
    assert scale == pytest.approx(2.0)
    before = clone.wall.curve.opts["pen"].widthF()
    axis_color = clone.plot_item.getAxis("left").labelStyle.get("color")
    from PySide6.QtGui import QImage, QPainter

    image = QImage(10, 10, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    with export_mode(clone.graphics.scene(), scale, painter, PROJECTOR.background):
        assert clone.wall.curve.opts["pen"].widthF() == pytest.approx(before * scale)
        assert clone.plot_item.getAxis("left").pen().widthF() >= scale
        assert clone.plot_item.getAxis("left").labelStyle.get("color") == axis_color
        assert not clone.legend.flags() & clone.legend.GraphicsItemFlag.ItemIgnoresTransformations
    painter.end()
    assert clone.wall.curve.opts["pen"].widthF() == pytest.approx(before)
    assert clone.legend.flags() & clone.legend.GraphicsItemFlag.ItemIgnoresTransformations
    # the chart on screen is never touched by an export
    assert chart.wall.curve.opts["pen"].widthF() == pytest.approx(chart.theme.line_width)


def test_thick_lines_in_the_pixels(charts, tmp_path):
    """At 1920x1080 the wall-clock curve (vermillion) is several pixels thick, not 1 px."""
    path = export_chart(charts["time_to_train"], tmp_path / "ttt.png", footer="")
    with Image.open(path) as im:
        rgb = im.convert("RGB")
        w, h = rgb.size
        x = w // 3
        column = [rgb.getpixel((x, y)) for y in range(h)]
    red = [y for y, (r, g, b) in enumerate(column) if r > 180 and 60 < g < 130 and b < 60]
    assert len(red) >= 3


def test_svg_parses_as_xml_on_the_pinned_qt(charts, tmp_path):
    path = export_chart(charts["reliability"], tmp_path / "rel.svg")
    root = ET.parse(path).getroot()
    assert root.tag.endswith("svg")
    assert root.attrib["viewBox"].split() == ["0", "0", "1920", "1080"]
    text = path.read_text(encoding="utf-8")
    assert "Reliability" in text and "Goodput" in text  # text stays text
    # pyqtgraph's own SVGExporter (STYLE.md: broken on PySide6 6.11/6.12) still works here
    other = tmp_path / "pg.svg"
    pg_exporters.SVGExporter(charts["power"].plot_item).export(str(other))
    assert ET.parse(other).getroot().tag.endswith("svg")


def test_pdf_is_vector_with_title_units_and_footer(charts, ev, tmp_path):
    path = export_chart(charts["cost_years"], tmp_path / "cost.pdf")
    reader = PdfReader(path)
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert float(box.width) / float(box.height) == pytest.approx(16 / 9, rel=0.01)
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Cost per year" in text and "US$" in text  # title and units, as text
    assert "Colossus 2" in text and "Assumptions" in text and "Sources" in text  # the footer


def test_format_from_suffix_or_argument(charts, tmp_path):
    assert export_chart(charts["capex"], tmp_path / "a", fmt="pdf").suffix == ".pdf"
    assert export_chart(charts["capex"], tmp_path / "b.png", size=(640, 360)).read_bytes()[:4] == b"\x89PNG"
    with pytest.raises(ValueError):
        export_chart(charts["capex"], tmp_path / "c.gif")
    with pytest.raises(ValueError):
        export_chart(charts["capex"], tmp_path / "d.png", size=(0, 10))
    assert not list(tmp_path.glob(".*part"))


def test_custom_footer_text(charts, tmp_path):
    path = export_chart(charts["capex"], tmp_path / "f.pdf", footer="Board meeting, draft numbers")
    assert "Board meeting, draft numbers" in " ".join(PdfReader(path).pages[0].extract_text().split())


def test_copy_to_clipboard(charts, qapp):
    copy_chart_to_clipboard(charts["buildout"], size=(1280, 720))
    image = QApplication.clipboard().image()
    assert (image.width(), image.height()) == (1280, 720)


class Dialogs:
    def __init__(self, folder):
        self.folder = folder
        self.asked = []

    def save_path(self, parent, caption, suggested, file_filter):
        self.asked.append(("save", suggested))
        return str(self.folder / suggested.split("/")[-1])

    def directory(self, parent, caption, start):
        return str(self.folder / "report")

    def custom_size(self, parent, default):
        return (1024, 640)

    def error(self, parent, title, message):
        raise AssertionError(message)


@pytest.fixture
def window(make_window):
    return make_window("colossus-2", autosave=False, restore_geometry=False)


def test_window_menus_and_chart_context_menu(window, tmp_path):
    ctl = window.export_controller
    ctl.dialogs = Dialogs(tmp_path)
    titles = [a.text() for m in window.menuBar().findChildren(QMenu) for a in m.actions()]
    assert "Export &Chart" in titles and "Export &Report…" in titles and "&Presentation Mode" in titles
    assert window.actions_by_key["presentation"].shortcut().toString() == "F5"
    chart = window.charts[1]
    menu = ctl.chart_menu(chart)
    actions = {a.objectName(): a for a in menu.actions()}
    assert {"export-png-1920x1080", "export-png-1280x720", "export-png-custom", "export-svg", "export-pdf",
            "export-copy"} <= set(actions)
    actions["export-png-1280x720"].trigger()
    actions["export-png-custom"].trigger()
    actions["export-svg"].trigger()
    pngs = sorted(tmp_path.glob("*.png"))
    assert len(pngs) == 1  # the custom size overwrote the same suggested name
    with Image.open(pngs[0]) as im:
        assert im.size == (1024, 640)
    assert ET.parse(next(tmp_path.glob("*.svg"))).getroot().tag.endswith("svg")
    assert pngs[0].name.endswith(f"-{chart.chart_id}.png")


def test_right_click_on_a_chart_opens_the_export_menu(window, qtbot):
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QContextMenuEvent

    chart = window.charts[0]
    viewport = chart.graphics.viewport()
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, QPoint(20, 20), QPoint(20, 20)))
    menu = window.export_controller.last_menu
    assert menu.objectName() == f"chart-menu-{chart.chart_id}" and menu.isVisible()
    assert "export-pdf" in [a.objectName() for a in menu.actions()]
    menu.close()
