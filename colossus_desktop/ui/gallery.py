"""New scenario: a blank one or a preset, each described with its summary and sources. The
presets are grouped under their owner (xAI, OpenAI / Oracle, ...), newest year first. In a French
session the titles and summaries are French (``resources/preset-groups.json``); sources stay as
written."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QTextBrowser,
    QVBoxLayout,
)

BLANK = "__blank__"


def tr(text: str) -> str:
    return QCoreApplication.translate("Gallery", text)


class PresetGallery(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        from colossus_desktop import i18n
        from colossus_desktop.scenario.presets import grouped_presets, list_presets

        self.setWindowTitle(tr("New scenario"))
        self.resize(880, 460)
        self.list = QListWidget()
        self.list.setMinimumWidth(300)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(True)
        self.infos = {}
        blank = QListWidgetItem(tr("Blank scenario"))
        blank.setData(Qt.ItemDataRole.UserRole, BLANK)
        self.list.addItem(blank)
        try:
            presets = list_presets(language=i18n.language())
        except Exception as exc:  # noqa: BLE001 - a broken preset folder still allows a blank one
            presets = []
            self.text.setPlainText(str(exc))
        rows: dict[str, int] = {}
        for owner, infos in grouped_presets(presets):
            heading = QListWidgetItem(owner or tr("Other"))
            heading.setFlags(Qt.ItemFlag.NoItemFlags)  # a label: neither selectable nor a choice
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setForeground(self.list.palette().text())  # full contrast, not the disabled grey
            self.list.addItem(heading)
            for info in infos:
                item = QListWidgetItem(f"{info.year}  {info.title}" if info.year else info.title)
                item.setData(Qt.ItemDataRole.UserRole, info.id)
                item.setToolTip(info.summary)
                self.list.addItem(item)
                self.infos[info.id] = info
                rows[info.id] = self.list.count() - 1
        self.list.currentItemChanged.connect(self._describe)
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.list, 1)
        row.addWidget(self.text, 2)
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(buttons)
        self.list.setCurrentRow(0)  # "New" means a blank scenario; a preset is one click away

    def selected(self) -> str:
        item = self.list.currentItem()
        return (item.data(Qt.ItemDataRole.UserRole) if item else None) or BLANK

    def _describe(self, item, _previous=None) -> None:
        key = (item.data(Qt.ItemDataRole.UserRole) if item else None) or BLANK
        if key == BLANK:
            self.text.setHtml(
                "<h3>" + tr("Blank scenario") + "</h3><p>"
                + tr("One pool of H100 accelerators arriving this month; every other value from the catalog "
                     "defaults, each with its source in the field's tooltip.") + "</p>"
            )
            return
        info = self.infos[key]
        sources = "".join(f"<li>{html.escape(s)}</li>" for s in info.sources)
        self.text.setHtml(
            f"<h3>{html.escape(info.title)}</h3>"
            + (f"<p><i>{html.escape(info.owner)} · {info.year}</i></p>" if info.owner and info.year else "")
            + f"<p>{html.escape(info.summary)}</p>"
            + (f"<p><b>{tr('Sources')}</b></p><ul>{sources}</ul>" if sources else "")
        )

    @classmethod
    def choose(cls, parent=None):
        """Run the dialog; the chosen scenario, or ``None`` if cancelled or unreadable."""
        from colossus_desktop.scenario.presets import blank_scenario, load_preset

        dialog = cls(parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        key = dialog.selected()
        try:
            return blank_scenario() if key == BLANK else load_preset(key)
        except Exception as exc:  # noqa: BLE001 - shown, never raised
            QMessageBox.warning(parent, tr("New scenario"), " ".join(str(exc).split()))
            return None
