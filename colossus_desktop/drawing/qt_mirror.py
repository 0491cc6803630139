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

It was written against pyqtgraph 0.14.0, the version pyproject pins. It applies only when
pyqtgraph is not imported yet; should the import fail this way (a pyqtgraph that reads these
modules otherwise), pyqtgraph is imported as usual.
"""

from __future__ import annotations

import sys
import types

MODULES = ("QtCore", "QtGui", "QtWidgets")


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


def import_pyqtgraph() -> types.ModuleType:
    """``import pyqtgraph``, with its Qt module copies filled lazily (see the module's docstring).
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
    try:
        for name, module in sources.items():
            setattr(PySide6, name, _Unlisted(module))
        import pyqtgraph

        return pyqtgraph
    except Exception:  # noqa: BLE001 - a pyqtgraph this was not written for: the usual import below
        for key in [k for k in sys.modules if k == "pyqtgraph" or k.startswith("pyqtgraph.")]:
            del sys.modules[key]
    finally:
        for name, module in sources.items():  # PySide6 as it was, before anything else runs
            setattr(PySide6, name, module)
    import pyqtgraph

    return pyqtgraph
