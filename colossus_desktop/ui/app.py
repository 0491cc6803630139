"""The desktop entry point: ``colossus-desktop [FILE] [--preset ID] [--screenshot PATH] [--size WxH]``.

With no argument the window opens the colossus-2 preset; with FILE it opens that file.
``--screenshot PATH`` renders the evaluated window to a PNG and exits (works on the offscreen
platform). Bad arguments or an unreadable file print one line on stderr and exit with 2.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import MutableMapping

from colossus_desktop.ui import collector, pyside_hook

EXIT_USAGE = 2


class _UsageError(Exception):
    pass


class QtUnavailable(ImportError):
    """Raised by :func:`main` when PySide6, or a system library Qt needs, cannot be imported
    (the window imports Qt only after reading its document)."""


class _Parser(argparse.ArgumentParser):
    def error(self, message):  # one line, not argparse's usage block
        raise _UsageError(message)


def _size(text: str) -> tuple[int, int]:
    m = re.fullmatch(r"\s*(\d{2,5})\s*[xX×]\s*(\d{2,5})\s*", text)
    if not m:
        raise argparse.ArgumentTypeError(f"size must be WIDTHxHEIGHT, e.g. 1280x800 (got {text!r})")
    w, h = int(m.group(1)), int(m.group(2))
    if not (320 <= w <= 8192 and 240 <= h <= 8192):
        raise argparse.ArgumentTypeError(f"size {w}x{h} is out of range (320x240 to 8192x8192)")
    return w, h


def parser() -> argparse.ArgumentParser:
    p = _Parser(prog="colossus-desktop", description="Model AI supercomputers offline.")
    p.add_argument("file", nargs="*", help="scenario file to open (with --view compare: the scenarios to compare, "
                                           "files or preset:ID, or one comparison file)")
    p.add_argument("--preset", metavar="ID", help="open a shipped preset (default: colossus-2)")
    p.add_argument("--screenshot", metavar="PATH", help="render the evaluated window to a PNG and exit")
    p.add_argument("--size", metavar="WxH", type=_size, help="window size, e.g. 1280x800")
    p.add_argument("--view", choices=("compare",), help="open on this tab: compare shows FILE… side by side")
    return p


def _fail(message: str) -> int:
    print("colossus-desktop: error: " + " ".join(str(message).split()), file=sys.stderr)
    return EXIT_USAGE


def _initial_document(args, unvalidated: bool = False):
    """(scenario, path) to open first. With ``unvalidated``, a shipped preset is read without
    validation (``scenario/trusted.py``: the window draws sooner); :func:`_check_preset` validates
    it once the window has started. A file is always validated first."""
    from colossus_desktop.scenario.errors import ScenarioError
    from colossus_desktop.scenario.files import load_scenario
    from colossus_desktop.scenario.presets import DEFAULT_PRESET, blank_scenario, load_preset
    from colossus_desktop.scenario.trusted import open_preset

    load = open_preset if unvalidated else load_preset
    if args.file and not args.view:
        return load_scenario(args.file[0]), os.path.abspath(args.file[0])
    if args.preset:
        return load(args.preset), None
    try:
        return load(DEFAULT_PRESET), None
    except ScenarioError:
        return blank_scenario(), None


def _check_preset(preset_id: str, opened) -> None:
    """Once the window has started: build the models' validators and validate the preset that was
    opened unvalidated (``opened``, see ``scenario/trusted.py``). Should it not validate, or read
    otherwise, a main window still showing it untouched gets the blank scenario, or the validated
    preset, in its place and says so in its status bar; a document edited, replaced (Open, New, a
    recovered autosave) or moved to a window rebuilt in another language since is left as it is,
    and the window says so."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from colossus_desktop.scenario.errors import ScenarioError
    from colossus_desktop.scenario.presets import blank_scenario
    from colossus_desktop.scenario.trusted import build_validators, verify
    from colossus_desktop.ui.main_window import MainWindow

    build_validators()
    try:
        checked = verify(preset_id, opened)
        message = QCoreApplication.translate(
            "MainWindow", "Preset {0}: once validated, it differs from what was shown first; the validated one is now shown.").format(preset_id)
    except ScenarioError as exc:
        checked = blank_scenario()
        message = QCoreApplication.translate(
            "MainWindow", "Preset {0} cannot be read ({1}); a blank scenario is shown instead.").format(preset_id, str(exc))
    if checked is opened:
        return
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
    showing = [w for w in windows if w.document.scenario is opened and not w.document.is_modified]
    for window in showing:
        window.document.replace(checked)
        window.statusBar().showMessage(message, 30000)
    if not showing:
        left = QCoreApplication.translate(
            "MainWindow", "Preset {0} did not pass the check made once the window had started; the document open now is left as it is.").format(preset_id)
        for window in ([w for w in windows if w.document.origin is opened] or windows)[:1]:
            window.statusBar().showMessage(left, 30000)


def _check_if_gone(app, window, check) -> None:
    """Every :data:`collector.RELEASE_AFTER_MS`, until ``window`` has started or failed: should it
    be gone (rebuilt in another language before it had started), run ``check``. A start slower
    than that (valgrind's) only waits another round."""
    import shiboken6
    from PySide6.QtCore import QTimer

    def again():
        if not shiboken6.isValid(window):
            check()
        elif window.starting and not window.startup_failed:
            QTimer.singleShot(collector.RELEASE_AFTER_MS, app, again)

    QTimer.singleShot(collector.RELEASE_AFTER_MS, app, again)


def _once(fn):
    """``fn`` to be called at most once, however often the returned function is."""
    done = []

    def call():
        if not done:
            done.append(True)
            fn()

    return call


def _no_display() -> bool:
    """True on a Linux/BSD machine with no X11 or Wayland display and no platform chosen."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd")) or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _application():
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from colossus_desktop import __version__
    from colossus_desktop.paths import icons_dir
    from colossus_desktop.ui import settings

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "colossus-desktop"])
    app.setOrganizationName(settings.ORG_NAME)
    app.setApplicationName(settings.APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("colossus-desktop")  # matches packaging/colossus-desktop.desktop (Wayland)
    try:
        from colossus_desktop.ui.language import install_saved

        install_saved()  # View → Language (System, English, Français): translations and number locale
    except Exception:  # noqa: BLE001 - a missing translation never stops the window
        pass
    try:
        folder = icons_dir()
        icon = QIcon()
        for png in sorted(folder.glob("colossus-desktop-*.png")):  # every size, so each place picks its own
            icon.addFile(str(png))
        if icon.isNull():
            for name in ("colossus-desktop.png", "colossus-desktop.svg"):
                if (folder / name).is_file():
                    icon.addFile(str(folder / name))
        if not icon.isNull():
            app.setWindowIcon(icon)
    except OSError:
        pass
    return app


def screenshot(window, path: str, size: tuple[int, int]) -> None:
    """Render the evaluated window at ``size`` to the PNG ``path``."""
    from PySide6.QtWidgets import QApplication

    import time

    window.resize_for_screenshot(*size)
    window.show()
    deadline = time.monotonic() + 30
    while window.starting and time.monotonic() < deadline:  # a staged window: its first frame, then the rest
        QApplication.processEvents()
    window.finish_startup()  # (nothing left, unless the first frame never came)
    if window.evaluator.last is None or window.evaluator.timer.isActive():
        window.evaluator.evaluate_now()  # the window evaluates on creation; only if it has not
    for _ in range(3):
        QApplication.processEvents()
    image = window.grab().toImage()
    if image.width() != size[0] or image.height() != size[1]:  # high-DPI screens
        from PySide6.QtCore import Qt

        image = image.scaled(size[0], size[1], Qt.AspectRatioMode.IgnoreAspectRatio, Qt.TransformationMode.SmoothTransformation)
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    if not image.save(path, "PNG"):
        raise OSError(f"{path}: could not write the PNG")


def _show_comparison(window, comp, base_dir: str, wait: bool = True) -> None:
    """Open the Compare tab on ``comp``; with ``wait``, until its evaluation has ended (a screenshot)."""
    import time

    from PySide6.QtWidgets import QApplication

    view = window.views["compare"]
    window.tabs.setCurrentWidget(view)
    view.set_comparison(comp, base_dir)
    if wait:
        view.samples = None  # a screenshot shows the scenarios' own sample count
        view._start()
        deadline = time.monotonic() + 600
        while view.busy and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)
        if view.error:
            raise OSError(view.error)


def main(argv: list[str] | None = None) -> int:
    """Run the desktop app (see the module's docstring); returns the exit status."""
    single_threaded_blas()
    collector.hold()  # no collections while starting: see ui/collector.py
    try:
        return _main(argv)
    finally:
        collector.release()  # (a started window has released it already)


def single_threaded_blas(environ: MutableMapping[str, str] | None = None) -> None:
    """Ask numpy's OpenBLAS for one thread, unless the user chose a number (``OPENBLAS_NUM_THREADS``
    set in ``environ``, the process's environment by default); call before numpy is imported, or
    it changes nothing.

    At import, OpenBLAS starts a thread for each core beyond the first, which spins for a while
    before it sleeps: about 90 ms of CPU each, for nothing here. The engine's work is element-wise;
    its matrix products are small (the correlation of a few uncertain inputs, the failure
    simulation's correlated draws). On this project's 2-core machine (2026-11-30) the window's
    start used 1.44× a bare window's CPU time with one thread against 1.56× with the default (16
    alternating rounds); the clock did not move measurably, and Monte Carlo at 10^5 samples
    took the same time (``python3 -m bench.analysis``: 0.12–0.16 s either way, three presets, two
    runs each), as did the failure simulation (``python3 -m bench.simulation``, aggregated
    method: 0.19–0.25 s either way, three alternating runs)."""
    (os.environ if environ is None else environ).setdefault("OPENBLAS_NUM_THREADS", "1")


def _main(argv: list[str] | None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    elif argv and sys.argv and argv[0] == sys.argv[0] and len(argv) == len(sys.argv):
        argv = argv[1:]  # given the whole sys.argv
    try:
        args = parser().parse_args(list(argv))
    except _UsageError as exc:
        return _fail(str(exc))
    if args.file and args.preset and not args.view:
        return _fail("give a FILE or --preset, not both")
    if len(args.file) > 1 and not args.view:
        return _fail("give one FILE to open (several only with --view compare)")
    comparison = None
    if args.view == "compare":
        from colossus_desktop.comparison import from_sources

        if not args.file:
            return _fail("--view compare needs the scenarios to compare: FILE… or preset:ID…")
        try:
            comparison = from_sources(list(args.file))
        except ValueError as exc:  # ScenarioError included: one line naming the source
            return _fail(str(exc))
    if args.size and not args.screenshot:
        pass  # the size also applies to an interactive window

    # Read the document before Qt starts, so that a bad file fails fast, display or not. What
    # needs no Qt (numpy, pydantic, the engine, the scenario) is imported first: once PySide6 is,
    # its import hook runs Python code for every import that follows (~30 ms more for numpy and
    # pydantic alone; docs/performance.md, "Start-up, sixth pass").
    import colossus_desktop.evaluation  # noqa: F401 - the engine and the scenario, before Qt
    from colossus_desktop.scenario.errors import ScenarioError

    unvalidated = not args.screenshot and not (args.file and not args.view)
    try:
        scenario, path = _initial_document(args, unvalidated=unvalidated)
    except ScenarioError as exc:
        return _fail(str(exc))
    except Exception as exc:  # noqa: BLE001 - e.g. a broken catalog: one line, no traceback
        return _fail(f"{type(exc).__name__}: {exc}")
    if _no_display():
        if not args.screenshot:
            return _fail(
                "no display to open a window on (DISPLAY and WAYLAND_DISPLAY are unset); "
                "use --screenshot PATH, or the command line: colossus-desktop evaluate --help"
            )
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # a screenshot needs no screen

    try:
        pyside_hook.install()  # imports PySide6: its hook then reads a module's file, not its source
    except ImportError as exc:  # Qt, or a system library it needs, is missing
        raise QtUnavailable(str(exc)) from exc  # colossus_desktop.__main__ says so in one line
    app = _application()

    from colossus_desktop.ui.main_window import MainWindow

    if args.screenshot:
        # No one watches a screenshot's first frame: build it all at once (fewer paints).
        window = MainWindow(scenario, path, autosave=False, restore_geometry=False)
        try:
            if comparison is not None:
                _show_comparison(window, *comparison)
            screenshot(window, args.screenshot, args.size or (1280, 800))
        except OSError as exc:
            return _fail(str(exc))
        finally:
            window.document.clear_history()
            window.close()
        return 0

    window = MainWindow(scenario, path, staged=True)  # the window shows first, its charts follow
    from PySide6.QtCore import QTimer

    if unvalidated and path is None:
        from colossus_desktop.scenario.presets import DEFAULT_PRESET

        check = _once(lambda preset_id=args.preset or DEFAULT_PRESET: _check_preset(preset_id, scenario))
        window.startupFinished.connect(lambda: QTimer.singleShot(0, app, check))  # once the last chart has painted
        window.startupFailed.connect(lambda: QTimer.singleShot(0, app, check))
        _check_if_gone(app, window, check)  # a window rebuilt in another language before it started
    window.startupFinished.connect(collector.release)

    QTimer.singleShot(collector.RELEASE_AFTER_MS, collector.release)  # should a start-up stage fail
    if comparison is not None:
        _show_comparison(window, *comparison, wait=False)
    if args.size:
        window.resize_for_screenshot(*args.size)
    if path:
        from colossus_desktop.ui import settings
        from colossus_desktop.ui.file_actions import remove_save_leftovers

        settings.add_recent_file(path)
        remove_save_leftovers(path)
    window.show()
    QTimer.singleShot(0, window.file_controller.offer_recovery)
    return app.exec()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
