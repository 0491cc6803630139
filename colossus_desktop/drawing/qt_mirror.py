"""Import pyqtgraph without it building every Qt class at once.

pyqtgraph 0.14 keeps its own copies of ``QtCore``, ``QtGui`` and ``QtWidgets``
(``pyqtgraph.Qt.QtCore`` …), filled on import by ``_copy_attrs``: ``getattr`` on every name
in each PySide6 module. PySide6 (6.7 and later) creates a class, with its Python enums, the
first time it is looked up, so that loop creates all of them, about 1,700 classes and 375
``enum`` types; the window uses a few hundred. On this project's machine (2026-11-30, Python
3.11, PySide6 6.10) ``import pyqtgraph`` took 250–350 ms, about 150 ms of it in that loop.

:func:`import_pyqtgraph` imports pyqtgraph with those copies made lazily: each is a module
that looks a name up in PySide6's module the first time it is asked for, and keeps it. For the
duration of the import, ``PySide6.QtCore`` (and the two others) are, as attributes of the
``PySide6`` package, stand-ins that list no names and hand out PySide6's own objects, so the
copying loop finds nothing to copy; they are put back before the function returns. Nothing else
changes: pyqtgraph and the app get PySide6's own classes, functions and enums.

A copy reads a name it holds in 74 ns against 27 ns for pyqtgraph's own (Python 3.11 does not
specialise attribute loads on a module with a ``__getattr__``): too few lookups an edit to show
(CPU per PUE edit, median of 120, three alternating runs: 25.2–26.0 ms with the copies made
lazily by a module subclass, 179 ns a lookup, against 25.4–26.2 ms without).

**What the charts never use is imported when first asked for.** pyqtgraph's ``__init__``
imports every item and widget it has. :data:`DEFERRED` lists the 39 modules among them that no
module the charts need imports (an image viewer, regions of interest, histograms, spin boxes,
trees, tables…). Four of them bring heavier imports: ``ColorMapWidget``, ``ScatterPlotWidget``
and ``DataFilterWidget`` the parameter tree (and ``pydoc``), ``RemoteGraphicsView``
pyqtgraph's multiprocessing (``multiprocessing``, ``subprocess``). During the import each of
these modules is a stand-in that exports nothing; afterwards the stand-ins are gone from
``sys.modules`` and ``pyqtgraph`` gets a module ``__getattr__`` (PEP 562) that imports the real
module the first time one of its names is asked for (``pg.ImageView``, ``from pyqtgraph import
SpinBox``, ``pg.parametertree``); ``import pyqtgraph.imageview`` imports it as usual, and
``pg.image()``, which names ``ImageView`` as a global, imports it first. ``dir(pyqtgraph)``
lists the same names as after a plain ``import pyqtgraph``, and ``pg.X`` or ``from pyqtgraph
import X`` gives the same object (tested). Two reads see a deferred module only once it is
imported: ``from pyqtgraph import *`` (a star import does not ask ``__getattr__``) and the
subpackages' attributes (``pg.widgets.SpinBox``); the app uses neither. pyqtgraph's own
exporters import the parameter tree for real when they are used (the app's exports do not).
Measured under callgrind on 2026-11-30, ``import pyqtgraph`` after numpy and a QApplication:
586 M instructions with the Qt copies made lazily, 417 M with these modules deferred as well.

It was written against pyqtgraph 0.14.0, the version pyproject pins. It applies only when
pyqtgraph is not imported yet; should the import fail this way (a pyqtgraph that reads these
modules otherwise), pyqtgraph is imported as usual.
"""

from __future__ import annotations

import functools
import importlib
import sys
import types

MODULES = ("QtCore", "QtGui", "QtWidgets")

DEFERRED: dict[str, tuple[str, ...]] = {
    # a module pyqtgraph 0.14.0's __init__ imports and that no module the charts need imports at
    # its top (pyqtgraph's own import graph, read with ast, 2026-11-30): the names pyqtgraph has
    # from it. Should a pyqtgraph upgrade make an entry wrong, the import is done as usual
    # (_defer's checks) and tests/ui/test_qt_mirror.py fails; an entry that could be added only
    # costs start-up time (python3 -m bench.instructions).
    "pyqtgraph.graphicsItems.ArrowItem": ("ArrowItem",),
    "pyqtgraph.graphicsItems.BoxplotItem": ("BoxplotItem",),
    "pyqtgraph.graphicsItems.CurvePoint": ("CurveArrow", "CurvePoint"),
    "pyqtgraph.graphicsItems.GradientEditorItem": ("GradientEditorItem", "TickSliderItem",
                                                   "addGradientListToDocstring"),
    "pyqtgraph.graphicsItems.GradientLegend": ("GradientLegend",),
    "pyqtgraph.graphicsItems.GraphItem": ("GraphItem",),
    "pyqtgraph.graphicsItems.GridItem": ("GridItem",),
    "pyqtgraph.graphicsItems.HistogramLUTItem": ("HistogramLUTItem",),
    "pyqtgraph.graphicsItems.IsocurveItem": ("IsocurveItem",),
    "pyqtgraph.graphicsItems.PColorMeshItem": ("PColorMeshItem",),
    "pyqtgraph.graphicsItems.ROI": ("CircleROI", "CrosshairROI", "EllipseROI", "LineROI", "LineSegmentROI",
                                    "MultiLineROI", "MultiRectROI", "PolyLineROI", "ROI", "RectROI", "TestROI",
                                    "TriangleROI"),
    "pyqtgraph.graphicsItems.ScaleBar": ("ScaleBar",),
    "pyqtgraph.graphicsItems.TargetItem": ("TargetItem", "TargetLabel"),
    "pyqtgraph.graphicsItems.VTickGroup": ("VTickGroup",),
    "pyqtgraph.imageview": ("ImageView",),
    "pyqtgraph.widgets.BusyCursor": ("BusyCursor",),
    "pyqtgraph.widgets.CheckTable": ("CheckTable",),
    "pyqtgraph.widgets.ColorButton": ("ColorButton",),
    "pyqtgraph.widgets.ColorMapWidget": ("ColorMapParameter", "ColorMapWidget"),
    "pyqtgraph.widgets.ComboBox": ("ComboBox",),
    "pyqtgraph.widgets.DataFilterWidget": ("DataFilterWidget",),
    "pyqtgraph.widgets.DataTreeWidget": ("DataTreeWidget",),
    "pyqtgraph.widgets.DiffTreeWidget": ("DiffTreeWidget",),
    "pyqtgraph.widgets.FeedbackButton": ("FeedbackButton",),
    "pyqtgraph.widgets.GradientWidget": ("GradientWidget",),
    "pyqtgraph.widgets.GroupBox": ("GroupBox",),
    "pyqtgraph.widgets.HistogramLUTWidget": ("HistogramLUTWidget",),
    "pyqtgraph.widgets.JoystickButton": ("JoystickButton",),
    "pyqtgraph.widgets.LayoutWidget": ("LayoutWidget",),
    "pyqtgraph.widgets.PathButton": ("PathButton",),
    "pyqtgraph.widgets.ProgressDialog": ("ProgressDialog",),
    "pyqtgraph.widgets.RawImageWidget": ("RawImageGLWidget", "RawImageWidget"),
    "pyqtgraph.widgets.RemoteGraphicsView": ("RemoteGraphicsView",),
    "pyqtgraph.widgets.ScatterPlotWidget": ("ScatterPlotWidget",),
    "pyqtgraph.widgets.SpinBox": ("SpinBox",),
    "pyqtgraph.widgets.TableWidget": ("TableWidget",),
    "pyqtgraph.widgets.TreeWidget": ("TreeWidget", "TreeWidgetItem"),
    "pyqtgraph.widgets.ValueLabel": ("ValueLabel",),
    "pyqtgraph.widgets.VerticalLabel": ("VerticalLabel",),
}
"""The pyqtgraph modules imported on first use, each with the names ``pyqtgraph`` has from it."""

SUBPACKAGES = {"imageview": "pyqtgraph.imageview", "multiprocess": "pyqtgraph.multiprocess",
               "parametertree": "pyqtgraph.parametertree"}
"""``pyqtgraph``'s attributes that a plain import leaves as the subpackages it imported, and that
deferring :data:`DEFERRED` leaves out: they too are imported on first use (``pg.parametertree``).
(PyInstaller bundles all of these modules: pyqtgraph's own modules import each by name.)"""


class _DeferredName:
    """What a stand-in gives for a name imported from it by name (``from .widgets.GroupBox import
    GroupBox`` in pyqtgraph's ``__init__``); :func:`_defer` removes each one it finds. Any use
    says what went wrong instead of failing obscurely."""

    def __repr__(self) -> str:
        return "<a deferred pyqtgraph name, used before pyqtgraph finished importing>"

    def __call__(self, *args, **kwargs):
        raise RuntimeError(f"{self!r}: qt_mirror.DEFERRED lists a module that pyqtgraph needs")


_DEFERRED_NAME = _DeferredName()


def lazy_module(name: str, source: types.ModuleType) -> types.ModuleType:
    """``pyqtgraph.Qt.QtCore`` and the others: a plain module whose ``__getattr__`` (PEP 562)
    looks a name up in the PySide6 module ``source`` the first time it is asked for and keeps it
    in the module, so later lookups are ordinary module attributes (74 ns a lookup; a module
    subclass with a ``__getattr__`` method took 179 ns)."""
    module = types.ModuleType(name)
    namespace = module.__dict__

    def __getattr__(attr: str):  # noqa: N807 - the module-level hook of PEP 562
        value = getattr(source, attr)  # AttributeError as PySide6's own
        namespace[attr] = value
        return value

    def __dir__():  # noqa: N807
        return sorted(set(namespace) | set(dir(source)))

    namespace["__getattr__"] = __getattr__
    namespace["__dir__"] = __dir__
    return module


class _Unlisted(types.ModuleType):
    """Stands in for a PySide6 module during pyqtgraph's import: gives each name, lists none."""

    def __init__(self, source: types.ModuleType):
        super().__init__(source.__name__)
        self.__dict__["_source"] = source

    def __getattr__(self, name: str):
        return getattr(self.__dict__["_source"], name)

    def __dir__(self):
        return []


def _stand_in(name: str, names: tuple[str, ...]) -> types.ModuleType:
    """What ``pyqtgraph/__init__`` imports in place of the deferred module ``name``: exports
    nothing to ``import *``, and gives :data:`_DEFERRED_NAME` for each of ``names`` imported by name."""
    module = types.ModuleType(name)
    module.__dict__.update({"__all__": [], "_stand_in": True}, **dict.fromkeys(names, _DEFERRED_NAME))
    return module


def _defer(pyqtgraph: types.ModuleType) -> None:
    """Give the just-imported ``pyqtgraph`` the names of :data:`DEFERRED` through a module
    ``__getattr__`` that imports their module on first use. Raises RuntimeError if its
    namespace is not what pyqtgraph 0.14.0 leaves (the caller then imports it as usual)."""
    namespace = pyqtgraph.__dict__
    owner = {attr: module for module, names in DEFERRED.items() for attr in names}
    if "__getattr__" in namespace or any(namespace.get(attr, _DEFERRED_NAME) is not _DEFERRED_NAME for attr in owner):
        raise RuntimeError("pyqtgraph's namespace is not the one this was written for")

    def stand_in(value) -> bool:
        return type(value) is types.ModuleType and value.__dict__.get("_stand_in") is True

    leaked = [f"{name}.{attr}" for name, module in list(sys.modules.items())
              if name.startswith("pyqtgraph.") and module is not None and not stand_in(module)
              for attr, value in vars(module).items() if value is _DEFERRED_NAME or stand_in(value)]
    if leaked:  # a module pyqtgraph needs took a stand-in's name: DEFERRED lists one it must not
        raise RuntimeError(f"pyqtgraph modules hold deferred names: {', '.join(leaked)}")
    for attr in owner:
        namespace.pop(attr, None)

    def __getattr__(attr: str):  # noqa: N807 - the module-level hook of PEP 562
        if attr in owner:
            value = getattr(importlib.import_module(owner[attr]), attr)
        elif attr in SUBPACKAGES:
            value = importlib.import_module(SUBPACKAGES[attr])
        else:
            raise AttributeError(f"module 'pyqtgraph' has no attribute {attr!r}")
        namespace[attr] = value
        return value

    def __dir__():  # noqa: N807
        return sorted(set(namespace) | set(owner) | set(SUBPACKAGES))

    namespace["__getattr__"] = __getattr__
    namespace["__dir__"] = __dir__
    # A function of pyqtgraph's own that uses a deferred name as a global (pg.image makes an
    # ImageView) finds it in the namespace, not through __getattr__: it imports it first. One
    # wrapper per function (pg.show is pg.image).
    wrappers: dict[int, types.FunctionType] = {}
    for key, value in list(namespace.items()):
        if isinstance(value, types.FunctionType) and value.__module__ == "pyqtgraph":
            needs = [attr for attr in value.__code__.co_names if attr in owner]
            if needs:
                if id(value) not in wrappers:
                    wrappers[id(value)] = _importing_first(value, needs, __getattr__)
                namespace[key] = wrappers[id(value)]


def _importing_first(function: types.FunctionType, names: list[str], load) -> types.FunctionType:
    """``function``, calling ``load(name)`` for each of ``names`` before it runs."""

    @functools.wraps(function)
    def wrapper(*args, **kwargs):
        for name in names:
            load(name)
        return function(*args, **kwargs)

    return wrapper


def import_pyqtgraph() -> types.ModuleType:
    """``import pyqtgraph``, with its Qt module copies filled lazily and the modules of
    :data:`DEFERRED` imported on first use (see the module's docstring).
    Returns the ``pyqtgraph`` module. Should the lazy import fail, pyqtgraph is imported as usual;
    raises what that raises."""
    if "pyqtgraph" in sys.modules:
        return sys.modules["pyqtgraph"]
    import PySide6
    import PySide6.QtCore
    import PySide6.QtGui
    import PySide6.QtWidgets

    sources = {name: getattr(PySide6, name) for name in MODULES}
    sys.modules.update({f"pyqtgraph.Qt.{name}": lazy_module(f"pyqtgraph.Qt.{name}", module)
                        for name, module in sources.items()})
    sys.modules.update({name: _stand_in(name, names) for name, names in DEFERRED.items()})
    try:
        for name, module in sources.items():
            setattr(PySide6, name, _Unlisted(module))
        import pyqtgraph

        _defer(pyqtgraph)
        return pyqtgraph
    except Exception:  # noqa: BLE001 - a pyqtgraph this was not written for: the usual import below
        for key in [k for k in sys.modules if k == "pyqtgraph" or k.startswith("pyqtgraph.")]:
            del sys.modules[key]
    finally:
        for name, module in sources.items():  # PySide6 as it was, before anything else runs
            setattr(PySide6, name, module)
        for name in DEFERRED:  # a later import of one of them imports the real module
            if getattr(sys.modules.get(name), "_stand_in", False):
                del sys.modules[name]
    import pyqtgraph

    return pyqtgraph
