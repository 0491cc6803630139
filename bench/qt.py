"""Shared set-up for the GUI benchmarks: offscreen Qt, a throwaway app home, the window."""

from __future__ import annotations

import os
import tempfile


def prepare_environment() -> None:
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    os.environ.setdefault("COLOSSUS_DESKTOP_HOME", tempfile.mkdtemp(prefix="colossus-bench-"))


def open_window(preset: str = "colossus-2", size=(1280, 800)):
    """A shown, evaluated main window on ``preset`` (QApplication created if needed)."""
    prepare_environment()
    from PySide6.QtWidgets import QApplication

    from colossus_desktop.scenario.presets import load_preset
    from colossus_desktop.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    window = MainWindow(load_preset(preset), autosave=False, restore_geometry=False)
    window.resize_for_screenshot(*size)
    window.show()
    window.evaluator.evaluate_now()
    app.processEvents()
    return app, window
