"""pyqtgraph imported with its Qt module copies filled lazily (start-up, issue 14)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import PySide6
import PySide6.QtCore
import PySide6.QtGui
import PySide6.QtWidgets
import pyqtgraph as pg

from colossus_desktop.drawing import qt_mirror


def _run(code: str) -> str:
    """Run ``code`` in a fresh interpreter (pyqtgraph not imported yet); returns its stdout."""
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_suite_runs_the_lazy_copies_the_app_ships():
    for name in qt_mirror.MODULES:
        mirror = sys.modules[f"pyqtgraph.Qt.{name}"]
        assert type(mirror) is type(sys) and callable(vars(mirror).get("__getattr__"))  # a plain module, PEP 562
        assert getattr(pg.Qt, name) is mirror


def test_names_are_pysides_own_objects():
    assert pg.QtWidgets.QGraphicsView is PySide6.QtWidgets.QGraphicsView
    assert pg.QtCore.Qt.AlignmentFlag is PySide6.QtCore.Qt.AlignmentFlag
    assert pg.QtGui.QPen is PySide6.QtGui.QPen
    assert pg.QtCore.Signal is PySide6.QtCore.Signal
    assert "QSortFilterProxyModel" in dir(pg.QtCore)  # every name listed, fetched or not
    try:
        pg.QtCore.NoSuchThing
    except AttributeError as exc:
        assert "NoSuchThing" in str(exc)
    else:
        raise AssertionError("an unknown name must raise AttributeError")


def test_pyside_is_left_as_it_was():
    for name in qt_mirror.MODULES:
        module = getattr(PySide6, name)
        assert module is sys.modules[f"PySide6.{name}"]
        assert not isinstance(module, qt_mirror._Unlisted)
        assert "QObject" in dir(PySide6.QtCore)


def test_a_fresh_import_fetches_only_the_names_used():
    # The point of the module: pyqtgraph's import no longer looks up (and so builds) every Qt class.
    out = _run("""
        import sys
        import PySide6.QtWidgets
        from colossus_desktop.drawing.qt_mirror import import_pyqtgraph
        pg = import_pyqtgraph()
        mirror = sys.modules["pyqtgraph.Qt.QtWidgets"]
        print("__getattr__" in vars(mirror), len(vars(mirror)), len(dir(PySide6.QtWidgets)))
        pg.mkQApp()
        plot = pg.PlotWidget(); plot.plot([1, 2, 3], [3, 1, 2]); plot.resize(300, 200)
        print(plot.grab().width())
    """).split()
    assert out[0] == "True"
    fetched, available = int(out[1]), int(out[2])
    assert available > 150 and fetched < available / 3, (fetched, available)
    assert out[3] == "300"  # a plot draws with the lazy copies


def test_a_pyqtgraph_that_reads_the_modules_otherwise_is_imported_as_usual():
    # Copies that serve no name, as if pyqtgraph needed one they cannot give: the import falls
    # back to pyqtgraph's own, eager copies.
    out = _run("""
        import sys
        from colossus_desktop.drawing import qt_mirror
        lazy = qt_mirror.lazy_module
        def refusing(name, source):
            module = lazy(name, source)
            def refuse(attr):
                raise AttributeError(attr)
            module.__dict__["__getattr__"] = refuse
            return module
        qt_mirror.lazy_module = refusing
        pg = qt_mirror.import_pyqtgraph()
        import PySide6
        copy = sys.modules["pyqtgraph.Qt.QtWidgets"]
        print("__getattr__" in vars(copy), len(vars(copy)) > 150, pg.QtWidgets.QWidget is PySide6.QtWidgets.QWidget,
              type(PySide6.QtCore).__name__)
    """).split()
    assert out == ["False", "True", "True", "module"]  # pyqtgraph's own copies, every name in them


_NAMESPACE = """
    import json, sys
    {imports}
    names = sorted(n for n in dir(pg) if not n.startswith("__"))
    before = sorted(m for m in sys.modules if m.startswith("pyqtgraph.") or m in ("multiprocessing", "pydoc"))
    described = {{n: [type(getattr(pg, n)).__name__, getattr(getattr(pg, n), "__module__", None),
                     getattr(getattr(pg, n), "__qualname__", None)] for n in names}}
    print(json.dumps({{"names": described, "modules_before_use": before}}))
"""


def test_pyqtgraph_has_the_same_names_and_objects_as_a_plain_import():
    import json

    plain = json.loads(_run(_NAMESPACE.format(imports="import pyqtgraph as pg")))
    lazy = json.loads(_run(_NAMESPACE.format(
        imports="from colossus_desktop.drawing.qt_mirror import import_pyqtgraph; pg = import_pyqtgraph()")))
    assert lazy["names"] == plain["names"]
    deferred = set(qt_mirror.DEFERRED)
    assert deferred <= set(plain["modules_before_use"])
    # The point: none of them, nor what they pull in, is imported until a name of theirs is used.
    assert not (deferred | {"pyqtgraph.parametertree", "pyqtgraph.multiprocess", "multiprocessing", "pydoc"}) \
        & set(lazy["modules_before_use"])


def test_deferred_names_are_what_pyqtgraph_takes_from_each_module():
    # DEFERRED is written by hand: each module's names are those pyqtgraph's namespace has from it.
    # (In a fresh interpreter: touching every name imports all the deferred modules.)
    out = _run("""
        import importlib
        from colossus_desktop.drawing import qt_mirror
        pg = qt_mirror.import_pyqtgraph()
        for module, names in qt_mirror.DEFERRED.items():
            real = importlib.import_module(module)
            from_it = {n for n in dir(pg) if getattr(getattr(pg, n), "__module__", "").startswith(module)}
            print(module, set(names) == from_it, all(getattr(pg, n) is getattr(real, n) for n in names))
    """).splitlines()
    assert len(out) == len(qt_mirror.DEFERRED)
    assert [line for line in out if not line.endswith("True True")] == []


def test_a_module_pyqtgraph_needs_listed_as_deferred_means_the_usual_import():
    # Had DEFERRED listed a module that a module pyqtgraph needs imports a name from, that module
    # would hold _DEFERRED_NAME: the import is done again as usual instead.
    out = _run("""
        from colossus_desktop.drawing import qt_mirror
        qt_mirror.DEFERRED = {**qt_mirror.DEFERRED, "pyqtgraph.graphicsItems.ScatterPlotItem": (
            "ScatterPlotItem", "SpotItem", "Symbols", "drawSymbol")}  # every name other modules take from it
        refused = []
        defer = qt_mirror._defer
        def watched(module):
            try:
                defer(module)
            except RuntimeError as exc:
                refused.append(str(exc))
                raise
        qt_mirror._defer = watched
        pg = qt_mirror.import_pyqtgraph()
        print("PlotDataItem.ScatterPlotItem" in refused[0])
        pg.mkQApp()
        item = pg.PlotDataItem([1, 2, 3], [3, 1, 2], symbol="o")
        print("__getattr__" in vars(pg), type(item.scatter).__name__, repr(qt_mirror._DEFERRED_NAME).startswith("<a deferred"))
    """).split()
    assert out == ["True", "False", "ScatterPlotItem", "True"]


def test_a_deferred_widget_is_imported_on_first_use():
    out = _run("""
        import sys
        from colossus_desktop.drawing.qt_mirror import import_pyqtgraph
        pg = import_pyqtgraph()
        print("pyqtgraph.imageview" in sys.modules, "ImageView" in dir(pg), "ImageView" in vars(pg))
        from pyqtgraph import ImageView
        import pyqtgraph.imageview
        print(ImageView is pyqtgraph.imageview.ImageView, pg.ImageView is ImageView, "ImageView" in vars(pg))
        import pyqtgraph.widgets.RemoteGraphicsView as remote
        print(pg.RemoteGraphicsView is remote.RemoteGraphicsView, "multiprocessing" in sys.modules)
        print(pg.parametertree is sys.modules["pyqtgraph.parametertree"], "parametertree" in dir(pg))
        try:
            pg.NoSuchThing
        except AttributeError as exc:
            print("NoSuchThing" in str(exc))
    """).split()
    assert out == ["False", "True", "False", "True", "True", "True", "True", "True", "True", "True", "True"]


def test_a_pyqtgraph_whose_namespace_differs_is_imported_as_usual():
    # Should pyqtgraph define one of the deferred names itself, the stand-ins are dropped and
    # pyqtgraph is imported as usual: every module, every name.
    out = _run("""
        import sys
        from colossus_desktop.drawing import qt_mirror
        qt_mirror.DEFERRED = {**qt_mirror.DEFERRED, "pyqtgraph.widgets.ColorMapWidget": ("ColorMapWidget", "PlotItem")}
        pg = qt_mirror.import_pyqtgraph()
        print("__getattr__" in vars(pg), "pyqtgraph.imageview" in sys.modules,
              type(sys.modules["pyqtgraph.imageview"]).__name__, hasattr(sys.modules["pyqtgraph.imageview"], "_stand_in"),
              pg.ImageView.__module__)
    """).split()
    assert out == ["False", "True", "module", "False", "pyqtgraph.imageview.ImageView"]


def test_a_function_of_pyqtgraph_that_uses_a_deferred_name_still_works():
    # pg.image builds an ImageView by its global name, which __getattr__ does not serve.
    out = _run("""
        import numpy as np
        from colossus_desktop.drawing.qt_mirror import import_pyqtgraph
        pg = import_pyqtgraph()
        view = pg.image(np.zeros((4, 5)), title="t")
        print(type(view).__name__, view.image.shape, pg.image.__name__)
        view.close()
    """).split()
    assert out == ["ImageView", "(4,", "5)", "image"]


def test_no_module_keeps_a_stand_in_or_a_deferred_name():
    # DEFERRED holds only modules that nothing the charts run imports at its top: the app's
    # drawing modules import none of them, and once pyqtgraph's exporters are imported too
    # (which import some, for real), no module holds a stand-in module or _DEFERRED_NAME.
    out = _run("""
        import importlib, pkgutil, sys, types
        from colossus_desktop.drawing import qt_mirror
        pg = qt_mirror.import_pyqtgraph()
        import colossus_desktop.drawing, colossus_desktop.drawing.charts
        for info in pkgutil.walk_packages(colossus_desktop.drawing.__path__, "colossus_desktop.drawing."):
            importlib.import_module(info.name)
        print(sorted(set(qt_mirror.DEFERRED) & set(sys.modules)))
        import pyqtgraph.exporters
        bad = [f"{name}.{attr}" for name, module in list(sys.modules.items())
               if name.startswith(("pyqtgraph", "colossus_desktop")) and module not in (None, qt_mirror)
               for attr, value in vars(module).items()
               if value is qt_mirror._DEFERRED_NAME or getattr(value, "_stand_in", False) is True]
        print(len(bad), *bad)
    """).splitlines()
    assert out == ["[]", "0"]
