"""A staged window paints its frame and form first; the charts, the export commands and the
first results come in the next turns of the event loop (start-up, issue 14)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

_FIRST_FRAME = r"""
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from colossus_desktop.scenario.presets import load_preset
from colossus_desktop.ui.main_window import MainWindow
w = MainWindow(load_preset("colossus-2"), autosave=False, restore_geometry=False, staged=True)
seen = {}
def first():
    seen["first"] = (len(w.charts), w.evaluator.last is None, "pyqtgraph" in sys.modules,
                     "colossus_desktop.drawing.export" in sys.modules, "export_report" in w.actions_by_key,
                     "facility.pue" in w.builder.binder.fields, w.builder.toolbox.count())
w.firstFrameShown.connect(first)
w.show()
while w.starting:
    app.processEvents()
print(seen["first"])
print((len(w.charts), w.evaluator.last is not None, all(c.evaluated is w.evaluator.last for c in w.charts),
       "export_report" in w.actions_by_key, "facility.pue" in w.builder.binder.fields,
       w.builder.show_field("facility.pue") is not None,
       w.builder.predicted.isVisibleTo(w.builder.workload)), flush=True)
import os
os._exit(0)  # (a window left to the interpreter's teardown can crash PySide at exit)
"""


def test_first_frame_has_no_charts_and_no_pyqtgraph(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", COLOSSUS_DESKTOP_HOME=str(tmp_path),
               PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    r = subprocess.run([sys.executable, "-c", _FIRST_FRAME], capture_output=True, text=True, env=env, cwd=ROOT, check=False,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    first, after = r.stdout.split("\n")[:2]
    assert first == "(0, True, False, False, False, False, 7)"  # the strip, the open page and the others' titles
    # then every chart evaluated and the exports; the closed pages when one is asked for
    assert after == "(7, True, True, True, False, True, True)"


def test_unstaged_window_is_complete_when_built(make_window):
    w = make_window(autosave=False, restore_geometry=False)
    assert not w.starting and len(w.charts) == 7
    assert all(chart.evaluated is w.evaluator.last for chart in w.charts)


def test_export_commands_keep_their_place_in_the_file_menu(make_window):
    w = make_window(autosave=False, restore_geometry=False)
    from PySide6.QtWidgets import QMenu

    file_menu = next(m for m in w.menuBar().findChildren(QMenu)
                     if m.parent() is w.menuBar() and w.actions_by_key["quit"] in m.actions())
    names = [a.objectName() or (a.menu() and "menu") or ("-" if a.isSeparator() else a.text()) for a in file_menu.actions()]
    report = names.index("action-export_report")
    assert names.index("action-open-comparison") == report + 2  # Export Report, separator, Open Comparison
    assert names[-1] == "action-quit" and names[-2] == "-"


def test_a_lazy_form_builds_its_pages_when_one_is_opened_or_asked_for(qapp):
    from colossus_desktop.scenario.presets import load_preset
    from colossus_desktop.ui.builder import BuilderPanel
    from colossus_desktop.ui.document import Document

    form = BuilderPanel(Document(load_preset("colossus-2")), lazy=True)
    titles = [form.toolbox.itemText(i) for i in range(form.toolbox.count())]
    assert "facility.pue" not in form.binder.fields
    form.toolbox.setCurrentIndex(2)  # the user opens "Facility, power and storage"
    assert "facility.pue" in form.binder.fields and form.toolbox.currentIndex() == 2
    assert [form.toolbox.itemText(i) for i in range(form.toolbox.count())] == titles
    assert form.binder.fields["facility.pue"].widget.value() == load_preset("colossus-2").facility.pue
    other = BuilderPanel(Document(load_preset("colossus-2")), lazy=True)
    assert other.show_field("workload.mfu") is not None  # asking for a field builds them too
    third = BuilderPanel(Document(load_preset("colossus-2")), lazy=True)
    assert third.label_for("facility.pue") != "facility.pue"  # so does asking for a field's label
    assert "facility.pue" in third.binder.fields


def test_built_pages_leave_nothing_over_the_first_page_title(qapp):
    """The empty widgets the built pages replace must not stay drawn over the pools' title (it read
    "ls": an empty 100 × 30 widget covered the rest until the event loop deleted it)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QAbstractButton

    from colossus_desktop.scenario.presets import load_preset
    from colossus_desktop.ui.builder import BuilderPanel
    from colossus_desktop.ui.document import Document

    for lazy in (False, True):
        form = BuilderPanel(Document(load_preset("colossus-2")), lazy=lazy)
        form.resize(380, 700)
        form.show()
        form.build_pages()
        qapp.processEvents()  # no deferred deletion here: what is left is drawn
        header = next(b for b in form.toolbox.findChildren(QAbstractButton) if b.text() == form.toolbox.itemText(0))
        for x in (10, 50, 90):
            hit = form.toolbox.childAt(QPoint(x, header.geometry().center().y()))
            assert hit is header, (lazy, x, hit)
        form.close()


def test_the_charts_wait_for_the_first_frame_to_be_painted(make_window, qapp):
    """The platform exposes a window a few turns of the event loop after it is shown (offscreen
    and X11 alike); Qt paints it then. The first stage (building the charts) must wait for that
    paint, or the first frame would only appear once the charts were built."""
    import time

    from PySide6.QtCore import QEvent, QObject

    w = make_window(autosave=False, restore_geometry=False, staged=True)
    painted = []

    class Paints(QObject):
        def eventFilter(self, obj, event):
            if obj is w and event.type() == QEvent.Type.Paint:
                painted.append(len(w.charts))  # how many charts existed when it was painted
            return False

    spy = Paints()
    w.installEventFilter(spy)
    at_first_frame = []
    w.firstFrameShown.connect(lambda: at_first_frame.append(list(painted)))
    w.show()
    deadline = time.monotonic() + 60
    while w.starting and time.monotonic() < deadline:
        qapp.processEvents()
    assert at_first_frame and at_first_frame[0], "the first stage ran before the window was painted"
    assert at_first_frame[0][0] == 0  # that paint was the form and the KPI strip, before any chart
