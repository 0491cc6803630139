"""Colossus Desktop: model AI supercomputers offline.

Layers (see docs/architecture.md): ``scenario`` (the document), ``engine`` (pure numpy
models), ``cli`` (the engine without a window) and ``ui`` (PySide6 + pyqtgraph, edits and
draws only). ``engine`` and ``scenario`` never import Qt.
"""

__version__ = "0.1.0"
