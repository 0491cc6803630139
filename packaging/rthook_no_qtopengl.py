"""PyInstaller runtime hook: a placeholder for ``PySide6.QtOpenGL``, which the bundle leaves out.

pyqtgraph 0.14 imports ``PySide6.QtOpenGL`` when it loads (``pyqtgraph.Qt.OpenGLHelpers``) but
uses it only for its optional OpenGL drawing (``useOpenGL``), which Colossus Desktop never
enables. The binding is 8.5 MB, so the bundle ships this placeholder instead: importing it
works, using anything from it raises an error that says why.
"""

import sys
import types


class _NotBundled(types.ModuleType):
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        raise AttributeError(
            f"PySide6.QtOpenGL.{name}: Qt's OpenGL binding is not part of the Colossus Desktop bundle "
            "(pyqtgraph's useOpenGL is not supported)"
        )


sys.modules.setdefault("PySide6.QtOpenGL", _NotBundled("PySide6.QtOpenGL"))
