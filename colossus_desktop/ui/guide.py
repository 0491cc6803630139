"""Help → User guide (F1): the offline guide shipped with the app, with contents and search.

The guide is Markdown (``resources/guide/guide.md``); its links to the model notes
(``model.md``, ``validation.md``, ``catalog.md``, shipped from ``docs/``: :func:`paths.docs_dir`)
open in the same browser, links to the web in the system's browser. The contents list every
page and, under the page shown, its headings (read from the rendered document, so they are
always the page's own). The search box finds the next match in the page (all matches are
highlighted); a word the page lacks is looked for in the other pages, and the first one that has
it is opened. The guide is shown in the window's language (:func:`guide_path`:
``guide.fr.md`` in French, the English ``guide.md`` otherwise or when a translation is missing);
the model notes are English only.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from colossus_desktop import i18n, paths
from colossus_desktop.ui.screen_fit import fit_to_screen

PAGE_ROLE = Qt.ItemDataRole.UserRole
POSITION_ROLE = Qt.ItemDataRole.UserRole + 1
LINE_PX = 900  # the longest line a reader can follow; narrower when the page pane is narrower
HIGHLIGHT = "#F0E442"  # Okabe–Ito yellow, black text on it in both themes


def tr(text: str) -> str:
    return QCoreApplication.translate("Guide", text)


def guide_path(language: str | None = None) -> Path:
    """The guide's Markdown file for ``language`` (``"en"``/``"fr"``; default: the installed
    :func:`i18n.language`): ``resources/guide/guide.<lang>.md`` when it exists, else the English
    ``guide.md``."""
    folder = paths.guide_dir()
    lang = language or i18n.language()
    translated = folder / f"guide.{lang}.md"
    return translated if lang != "en" and translated.is_file() else folder / "guide.md"


def pages() -> list[tuple[str, str, Path]]:
    """(file name, title, path) of every page: the guide (in the window's language, under the
    name ``guide.md`` whatever its file), then the model notes it links to."""
    titles = {"guide.md": tr("User guide"), "model.md": tr("The models"), "validation.md": tr("Validation"),
              "catalog.md": tr("The catalog")}
    out = [("guide.md", titles["guide.md"], guide_path())]
    try:
        docs = paths.docs_dir()
    except FileNotFoundError:
        docs = None
    if docs is not None:
        out += [(name, titles[name], docs / name) for name in paths.GUIDE_DOCS if (docs / name).is_file()]
    return out


class GuideDialog(QDialog):
    """The user guide: contents and search on the left, the page on the right."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("guide")
        self.setWindowTitle(tr("Colossus Desktop user guide"))
        fit_to_screen(self, 1100, 760)
        self.pages = pages()
        self.current = ""
        self.search = QLineEdit()
        self.search.setObjectName("guide-search")
        self.search.setPlaceholderText(tr("Search the guide"))
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.find_next)
        self.search.textChanged.connect(self._highlight)
        self.matches = QLabel()
        self.matches.setObjectName("guide-matches")
        self.contents = QTreeWidget()
        self.contents.setObjectName("guide-contents")
        self.contents.setHeaderHidden(True)
        self.contents.itemClicked.connect(self._go_to_item)
        self.browser = QTextBrowser()
        self.browser.setObjectName("guide-text")
        self.browser.setOpenLinks(False)  # links are followed by _follow: the notes live elsewhere
        self.browser.anchorClicked.connect(self._follow)
        self.browser.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)  # lines a reader can follow
        self.browser.setLineWrapColumnOrWidth(LINE_PX)
        self.browser.viewport().installEventFilter(self)  # never wider than the pane: no sideways scrolling
        font = self.browser.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.browser.setFont(font)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.search)
        column.addWidget(self.matches)
        column.addWidget(self.contents, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.browser)
        split.setStretchFactor(1, 3)
        split.setSizes([280, 820])
        layout = QHBoxLayout(self)
        layout.addWidget(split)
        for name, title, _path in self.pages:
            item = QTreeWidgetItem([title])
            item.setData(0, PAGE_ROLE, name)
            font = item.font(0)
            font.setBold(True)
            item.setFont(0, font)
            self.contents.addTopLevelItem(item)
        self.show_page("guide.md")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.browser.viewport() and event.type() == QEvent.Type.Resize:
            width = max(200, min(LINE_PX, event.size().width() - 2 * int(self.browser.document().documentMargin())))
            if width != self.browser.lineWrapColumnOrWidth():
                self.browser.setLineWrapColumnOrWidth(width)
        return super().eventFilter(watched, event)

    # ------------------------------------------------------------------ pages
    def page_text(self, name: str) -> str:
        path = next((p for n, _t, p in self.pages if n == name), None)
        return path.read_text(encoding="utf-8") if path is not None else ""

    def show_page(self, name: str) -> bool:
        """Show page ``name`` (a file name of :func:`pages`); False if there is no such page."""
        if name == self.current:
            return True
        text = self.page_text(name)
        if not text:
            return False
        self.browser.document().setMarkdown(text, QTextDocument.MarkdownFeature.MarkdownDialectGitHub)
        self.current = name
        self.browser.moveCursor(QTextCursor.MoveOperation.Start)
        self.browser.verticalScrollBar().setValue(0)
        self._fill_contents()
        self._highlight()
        return True

    def headings(self) -> list[tuple[int, str, int]]:
        """(level, text, position) of every heading of the page shown."""
        out = []
        block = self.browser.document().begin()
        while block.isValid():
            level = block.blockFormat().headingLevel()
            if level > 0 and block.text().strip():
                out.append((level, block.text().strip(), block.position()))
            block = block.next()
        return out

    def _fill_contents(self) -> None:
        for i in range(self.contents.topLevelItemCount()):
            top = self.contents.topLevelItem(i)
            top.takeChildren()
            if top.data(0, PAGE_ROLE) != self.current:
                top.setExpanded(False)
                continue
            parents = {1: top}
            for level, text, position in self.headings():
                if level == 1:
                    continue  # the page's title is its entry
                item = QTreeWidgetItem([text])
                item.setData(0, PAGE_ROLE, self.current)
                item.setData(0, POSITION_ROLE, position)
                parent = parents.get(level - 1) or parents[max(k for k in parents if k < level)]
                parent.addChild(item)
                parents = {k: v for k, v in parents.items() if k < level} | {level: item}
            top.setExpanded(True)

    def _go_to_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        self.show_page(item.data(0, PAGE_ROLE))
        position = item.data(0, POSITION_ROLE)
        self.scroll_to(position if position is not None else 0)

    def scroll_to(self, position: int) -> None:
        """Put the text at ``position`` at the top of the view."""
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(position)
        self.browser.setTextCursor(cursor)
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.maximum())  # then back up: the heading ends at the top, not the bottom
        self.browser.ensureCursorVisible()

    def _follow(self, url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)
            return
        name = Path(url.path()).name or self.current
        if self.show_page(name) and url.fragment():
            found = self.browser.document().find(url.fragment().replace("-", " "))
            if not found.isNull():
                self.scroll_to(found.position())

    # ------------------------------------------------------------------ search
    def find_next(self) -> bool:
        """Select the next match of the search text in the page (wrapping), or open the first
        other page that has it. False if no page has it."""
        text = self.search.text().strip()
        if not text:
            return False
        doc = self.browser.document()
        found = doc.find(text, self.browser.textCursor())
        if found.isNull():
            found = doc.find(text, 0)
        if found.isNull():
            other = next((n for n, _t, _p in self.pages if n != self.current and text.lower() in self.page_text(n).lower()),
                         None)
            if other is None:
                return False
            self.show_page(other)
            found = self.browser.document().find(text, 0)
            if found.isNull():  # in the Markdown source only (a link target, say)
                return True
        self.browser.setTextCursor(found)
        self.browser.ensureCursorVisible()
        return True

    def _highlight(self, *_args) -> None:
        """Mark every match in the page and say how many there are."""
        text = self.search.text().strip()
        selections = []
        if text:
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(HIGHLIGHT))
            fmt.setForeground(QColor("#000000"))
            doc = self.browser.document()
            cursor = doc.find(text, 0)
            while not cursor.isNull() and len(selections) < 1000:
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = fmt
                selections.append(selection)
                cursor = doc.find(text, cursor)
        self.browser.setExtraSelections(selections)
        if not text:
            self.matches.setText("")
        elif selections:
            count = i18n.locale().toString(len(selections))
            self.matches.setText(tr("1 match on this page (Enter: next)") if len(selections) == 1
                                 else tr("{0} matches on this page (Enter: next)").format(count))
        else:
            self.matches.setText(tr("Not on this page (Enter: search the other pages)"))


def open_guide(window) -> GuideDialog:
    """Show the guide (one per window, raised if open)."""
    dialog = getattr(window, "guide", None)
    if dialog is None:
        dialog = GuideDialog(window)
        window.guide = dialog
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
