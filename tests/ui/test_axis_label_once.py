"""Chart axes set their label's rich text only when it changes and only once it is shown
(drawing/charts/axis.py, ``LabelOnce``): pyqtgraph set it again on every pen, text pen and range,
hidden or not, about 500 times while the window's seven charts were built and first shown."""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsTextItem

from colossus_desktop.drawing.charts.axis import SIAxis, style_axis
from colossus_desktop.drawing.charts.text_fit import chart_font
from colossus_desktop.drawing.theme import DARK, PROJECTOR


def _html_sets(monkeypatch) -> list[str]:
    sets: list[str] = []
    original = QGraphicsTextItem.setHtml

    def counting(item, html):
        sets.append(html)
        original(item, html)

    monkeypatch.setattr(QGraphicsTextItem, "setHtml", counting)
    return sets


def test_building_the_charts_lays_out_few_label_texts(qapp, monkeypatch):
    from colossus_desktop.drawing.charts import create_charts

    sets = _html_sets(monkeypatch)
    charts = create_charts(None)
    # 47 legend and title labels, 38 axis labels; pyqtgraph's own axes made about 190 here
    assert len(sets) < 100, len(sets)
    for chart in charts:
        chart.deleteLater()


def test_a_label_set_while_hidden_is_shown_with_its_last_text_and_colour(qapp):
    axis = SIAxis("left")
    axis.setLabel("Power", color="#ff0000")
    axis.showLabel(False)
    axis.setLabel("")  # hidden: pyqtgraph hides a label without text
    axis.labelText = "Energy"  # set while hidden, as a chart's short form does
    style_axis(axis, PROJECTOR, chart_font(12), compact=False)
    assert not axis.label.isVisible()
    axis.showLabel(True)
    html = axis.label.toHtml()
    assert "Energy" in axis.label.toPlainText()
    assert PROJECTOR.foreground.lower() in html.lower()


def test_restyling_a_shown_label_changes_its_colour(qapp):
    axis = SIAxis("bottom")
    axis.setLabel("Cluster size", color=DARK.foreground)
    style_axis(axis, DARK, chart_font(9), compact=False)
    assert DARK.foreground.lower() in axis.label.toHtml().lower()
    style_axis(axis, PROJECTOR, chart_font(12), compact=False)
    assert PROJECTOR.foreground.lower() in axis.label.toHtml().lower()
    assert axis.label.toPlainText().strip() == "Cluster size"
