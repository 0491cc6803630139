"""Builder page: the scenario's name, description and sources."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout

from colossus_desktop.ui.builder.fields import Binder, Field, tr
from colossus_desktop.ui.builder.page import form_page


def build(binder: Binder):
    page = form_page(
        binder,
        [
            (
                tr("Scenario"),
                [
                    Field("name", tr("Name"), kind="text", help=tr("The scenario's title.")),
                    Field("description", tr("Description"), kind="longtext", help=tr("What this scenario models and why.")),
                ],
            )
        ],
        "page:general",
    )
    box = QGroupBox(tr("Sources"))
    lay = QVBoxLayout(box)
    label = QLabel()
    label.setObjectName("sources")
    label.setWordWrap(True)
    label.setTextFormat(label.textFormat().RichText)
    label.setOpenExternalLinks(True)
    lay.addWidget(label)
    page.layout().insertWidget(page.layout().count() - 1, box)

    def show_sources():
        sources = binder.document.scenario.sources
        text = "<br/>".join(f"• {html.escape(s)}" for s in sources) if sources else tr("No sources recorded.")
        if label.text() != text:
            label.setText(text)

    # The document's own sources: a new or opened document, and an undo past a replace, change them.
    binder.document.loaded.connect(show_sources)
    binder.document.changed.connect(show_sources)
    show_sources()
    return page
