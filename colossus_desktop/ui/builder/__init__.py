"""The builder form: one page per part of the scenario, every field bound to the document."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QStyle, QToolBox, QVBoxLayout, QWidget

from colossus_desktop.ui.builder import costs, facility, general, network, reliability, workload
from colossus_desktop.ui.builder.fields import Binder, tr
from colossus_desktop.ui.builder.pools.page import PoolsPage
from colossus_desktop.ui.document import Document


def _wrap_form_labels(page: QWidget) -> None:
    """Let the form's labels wrap, so a long one (French runs ~20 % longer) takes two lines
    instead of widening the page past the panel and pushing the fields' values out of view."""
    for form in page.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            label = item.widget() if item is not None else None
            if isinstance(label, QLabel):
                label.setWordWrap(True)


def _scrolled(page: QWidget) -> QScrollArea:
    _wrap_form_labels(page)
    area = QScrollArea()
    area.setWidget(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setObjectName("scroll:" + page.objectName())
    return area


class BuilderPanel(QWidget):
    """The left-hand form: a tool box of pages (pools, network, facility and power …)."""

    def __init__(self, document: Document, parent: QWidget | None = None, *, lazy: bool = False):
        """With ``lazy``, only the first page (the pools, the one open) is built now and the
        others hold their titles until :meth:`build_pages`: opening a page, or asking for one of
        their fields or its label, builds them (a staged window leaves them to that)."""
        super().__init__(parent)
        self.setObjectName("builder")
        self.document = document
        self.binder = Binder(document, self)
        self.pools = PoolsPage(document)
        self.toolbox = QToolBox()
        self.toolbox.setObjectName("builder-pages")
        self.workload = self.predicted = None
        self._last_evaluated = self._last_stale = None  # given before the pages were built
        self.pages = {self.pools.objectName(): self.pools}
        self.toolbox.addItem(self.pools, tr("Accelerator pools"))
        self._unbuilt: list[QWidget] = []
        for title in (tr("Network"), tr("Facility, power and storage"), tr("Costs and finance"), tr("Workload"),
                      tr("Reliability"), tr("Scenario and sources")):
            holder = QWidget()
            self._unbuilt.append(holder)
            self.toolbox.addItem(holder, title)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.toolbox)
        if lazy:
            self.toolbox.currentChanged.connect(lambda _i: self.build_pages())
        else:
            self.build_pages()

    def build_pages(self) -> None:
        """Build the pages after the first (once): each replaces the empty widget that held its title."""
        if not self._unbuilt:
            return
        holders, self._unbuilt = self._unbuilt, []
        self.workload = workload.build(self.binder)  # in the order the form always built them
        self.predicted = self.workload.predicted
        built = [network.build(self.binder), facility.build(self.binder), costs.build(self.binder), self.workload,
                 reliability.build(self.binder), general.build(self.binder)]
        current = self.toolbox.currentIndex()
        self.toolbox.blockSignals(True)  # the swap is not a choice of page
        for holder, page in zip(holders, built):
            index = self.toolbox.indexOf(holder)
            title = self.toolbox.itemText(index)
            widget = _scrolled(page)
            self.toolbox.removeItem(index)
            self.toolbox.insertItem(index, widget, title)
            self.pages[page.objectName()] = widget
            # removeItem leaves the empty widget a visible child of the toolbox, drawn over the
            # first page's title until the event loop deletes it: hide and detach it now
            holder.hide()
            holder.setParent(None)
            holder.deleteLater()
        self.toolbox.setCurrentIndex(current)
        self.toolbox.blockSignals(False)
        if self._last_stale is not None:
            self.predicted.set_stale(self._last_stale)
        if self._last_evaluated is not None:
            self.predicted.set_evaluated(self._last_evaluated)

    def narrowest_width(self) -> int:
        """The narrowest the panel shows its pools page whole, in pixels: the page's minimum (its
        row of buttons under the table is the widest row; wider in French) plus the vertical
        scroll bar the tool box gives it when the window is short (at 1024×600 the bar hid the
        ▼ button and the table's last column)."""
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return self.pools.minimumSizeHint().width() + bar + 2 * self.toolbox.frameWidth()

    def set_evaluated(self, ev) -> None:
        """New results for the read-only parts of the form (the workload page's prediction)."""
        self._last_evaluated = ev
        if self.predicted is not None:
            self.predicted.set_evaluated(ev)

    def set_stale(self, stale: bool) -> None:
        self._last_stale = stale
        if self.predicted is not None:
            self.predicted.set_stale(stale)

    def show_field(self, path: str) -> QWidget | None:
        """Open the page holding ``path`` and return its editor (for errors and tests)."""
        bound = self.binder.fields.get(path)
        if bound is None and self._unbuilt:
            self.build_pages()
            bound = self.binder.fields.get(path)
        if bound is None:
            return None
        for i in range(self.toolbox.count()):
            if self.toolbox.widget(i).isAncestorOf(bound.widget):
                self.toolbox.setCurrentIndex(i)
                area = self.toolbox.widget(i)
                if isinstance(area, QScrollArea):
                    area.ensureWidgetVisible(bound.widget)
                break
        return bound.widget

    def label_for(self, path: str) -> str:
        """A user's name for a field path: "Active parameters", "Pool 2 arrival"."""
        import re

        m = re.fullmatch(r"pools\[(\d+)\]\.(\w+)", path)
        if m:
            from colossus_desktop.ui.builder.pools.model import COLUMNS, headers

            key = m.group(2)
            name = headers()[COLUMNS.index(key)].lower() if key in COLUMNS else key
            return tr("Pool {0} {1}").format(int(m.group(1)) + 1, name)
        if path not in self.binder.fields:
            self.build_pages()  # a closed page's field (lazy): its label comes with it
        return self.binder.label_for(path)

    def editor(self, path: str) -> QWidget | None:
        if path not in self.binder.fields:
            self.build_pages()
        bound = self.binder.fields.get(path)
        return None if bound is None else bound.widget
