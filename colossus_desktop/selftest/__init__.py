"""``colossus-desktop --self-test [--out DIR]``: prove an installation works, source or bundle.

Checks French number formats, English and French collation and a time zone (what the bundle's
cut-down ICU data must keep), loads every shipped preset and evaluates it, renders every chart
for every preset offscreen, exports every chart as PNG, SVG and PDF (with
:func:`colossus_desktop.drawing.export.export_chart`) into a temporary folder, writes the report
(PDF, PPTX, XLSX, CSV), runs the command line, opens the main window once, and checks what it
wrote: PNG dimensions (QImage), SVG that parses as XML, PDF that starts with ``%PDF`` and has at
least one page, PPTX/XLSX archives with slides, pictures and sheets. In a PyInstaller bundle it
also checks that no test or build tool was bundled.

Prints a short summary and exits 0; any failure prints ``self-test failed: <step>: <reason>``
on stderr and exits 1 (2 for a bad argument). Uses the offscreen platform unless
``QT_QPA_PLATFORM`` names another, and a throw-away settings folder, so it never touches the
user's settings, autosaves or recent files. ``--out DIR`` keeps the files in DIR.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from contextlib import contextmanager
from pathlib import Path

from colossus_desktop.file_formats import CHART_FORMATS
from colossus_desktop.selftest.checks import (  # noqa: F401 (check_* re-exported for tests)
    SelfTestError,
    check_file,
    check_pdf,
    check_png,
    check_svg,
    check_zip_document,
    distinct_colours,
)

PROG = "colossus-desktop"
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXPORT_SIZE = (1920, 1080)
WINDOW_SIZE = (1280, 800)
FORMATS = CHART_FORMATS
#: Must not be importable from a bundle (test and build tools).
BUNDLE_FORBIDDEN = ("pytest", "_pytest", "pytestqt", "hypothesis", "PyInstaller", "setuptools", "pip", "tkinter")


@contextmanager
def _step(name: str):
    """Turn any unexpected error inside a step into a SelfTestError naming the step."""
    try:
        yield
    except SelfTestError:
        raise
    except Exception as exc:  # noqa: BLE001 - reported with its type, step and (on stderr) traceback
        if os.environ.get("COLOSSUS_DESKTOP_DEBUG"):
            traceback.print_exc()
        raise SelfTestError(name, f"{type(exc).__name__}: {' '.join(str(exc).split())}") from exc


def _check_report(ev, charts, out_dir: Path) -> str:
    """The report builder: PDF report, PPTX deck (pictures go through Pillow), XLSX and CSV."""
    from colossus_desktop.report.build import build_report

    written = [Path(p) for p in build_report(ev, out_dir, ("pdf", "pptx", "csv", "xlsx"), charts=charts, base="report")]
    by_suffix: dict[str, list[Path]] = {}
    for path in written:
        if not path.is_file() or path.stat().st_size == 0:
            raise SelfTestError("report", f"{path.name}: missing or empty")
        by_suffix.setdefault(path.suffix, []).append(path)
    for suffix in (".pdf", ".pptx", ".xlsx", ".csv"):
        if suffix not in by_suffix:
            raise SelfTestError("report", f"no {suffix} written")
    pdf = check_pdf(by_suffix[".pdf"][0])
    deck = check_zip_document(by_suffix[".pptx"][0], "ppt/presentation.xml", "ppt/slides/slide", "slides")
    pictures = check_zip_document(by_suffix[".pptx"][0], "ppt/presentation.xml", "ppt/media/", "pictures")
    book = check_zip_document(by_suffix[".xlsx"][0], "xl/workbook.xml", "xl/worksheets/sheet", "sheets")
    return f"PDF ({pdf}), PPTX ({deck}, {pictures}), XLSX ({book}), {len(by_suffix['.csv'])} CSV"


# the run ---------------------------------------------------------------------------------
def _application():
    if not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication([sys.argv[0] if sys.argv else PROG])


def _process_events(times: int = 3) -> None:
    from PySide6.QtWidgets import QApplication

    for _ in range(times):
        QApplication.processEvents()


def _check_icon(app) -> str:
    from PySide6.QtGui import QIcon, QImage

    from colossus_desktop.paths import icons_dir

    svg = icons_dir() / "colossus-desktop.svg"
    png = icons_dir() / "colossus-desktop-256.png"
    for path in (svg, png):
        if not path.is_file():
            raise SelfTestError("icons", f"{path} is missing")
    if QImage(str(png)).isNull():
        raise SelfTestError("icons", f"{png.name} does not load")
    icon = QIcon(str(svg))
    if icon.isNull() or icon.pixmap(64, 64).isNull():
        raise SelfTestError("icons", f"{svg.name} does not render (is Qt's SVG icon plugin missing?)")
    app.setWindowIcon(icon)
    return f"{svg.name} renders"


def _check_bundle() -> str:
    if not getattr(sys, "frozen", False):
        return "source run"
    import importlib.util

    found = [name for name in BUNDLE_FORBIDDEN if importlib.util.find_spec(name) is not None]
    if found:
        raise SelfTestError("bundle", f"test or build tools are bundled: {', '.join(found)}")
    return f"bundle at {Path(sys.executable).parent} (no test or build tools)"


def _visible(text: str) -> str:
    """ASCII for any console: other characters as <U+XXXX>."""
    return "".join(c if " " <= c <= "~" else f"<U+{ord(c):04X}>" for c in text)


def _check_locale() -> str:
    """Qt's locale support, in English and French (what the bundle's cut-down ICU data keeps):
    French number format, collation (ICU on Linux), a time zone."""
    import functools

    from PySide6.QtCore import QCollator, QLocale, QTimeZone

    fr = QLocale("fr_FR")
    text = fr.toString(1234567.5, "f", 1)
    group, point = fr.groupSeparator(), fr.decimalPoint()
    if point != "," or group not in ("\u202f", "\u00a0", " ") or text != f"1{group}234{group}567,5":
        raise SelfTestError("locale", f"fr_FR formats 1234567.5 as {_visible(text)!r}")
    expected = {"en_US": ["a", "A", "b", "B"], "fr_FR": ["abc", "eau", "\u00e9t\u00e9", "z\u00e8bre", "Zoo"]}
    for name, words in expected.items():
        collator = QCollator(QLocale(name))
        got = sorted(reversed(words), key=functools.cmp_to_key(collator.compare))
        # case order differs between platforms' collators; letters and accents must not
        if [w.lower() for w in got] != [w.lower() for w in words]:
            raise SelfTestError("locale", f"{name} collation sorts {_visible(' '.join(got))}")
    zone = QTimeZone(b"Europe/Paris")
    if not zone.isValid():
        raise SelfTestError("locale", "the time zone Europe/Paris is not valid")
    return (f"fr_FR 1234567.5 -> {_visible(text)}; en_US, fr_FR collation "
            f"({_visible(' '.join(expected['fr_FR']))}); time zone {zone.id().data().decode()} valid")


def _check_cli(ids: list[str]) -> str:
    """``presets`` lists every preset; ``evaluate --preset ID --json`` prints every section."""
    import io
    import json

    from colossus_desktop.cli import main as cli_main

    out, err = io.StringIO(), io.StringIO()
    if cli_main(["presets"], stdout=out, stderr=err) != 0:
        raise SelfTestError("command line", f"presets failed: {err.getvalue().strip()}")
    missing = [i for i in ids if i not in out.getvalue()]
    if missing:
        raise SelfTestError("command line", f"presets does not list {', '.join(missing)}")
    out, err = io.StringIO(), io.StringIO()
    if cli_main(["evaluate", "--preset", ids[0], "--json"], stdout=out, stderr=err) != 0:
        raise SelfTestError("command line", f"evaluate failed: {err.getvalue().strip()}")
    data = json.loads(out.getvalue())
    sections = ("cluster", "power", "cost", "reliability", "training", "buildout")
    absent = [k for k in sections if k not in data]
    if absent:
        raise SelfTestError("command line", f"evaluate --json lacks {', '.join(absent)}")
    return f"presets and evaluate --json ({len(data)} sections) work"


def run(out_dir: Path, echo: Callable[[str], None] = print) -> None:
    """Run every check, writing into ``out_dir`` (which must exist); raise SelfTestError."""
    from colossus_desktop import __version__

    started = time.perf_counter()
    with _step("Qt"):
        app = _application()
        from PySide6 import __version__ as pyside_version

    echo(f"{PROG} {__version__} self-test: Qt {pyside_version}, platform {app.platformName()}, Python {sys.version.split()[0]}")
    with _step("bundle"):
        echo(f"  install: {_check_bundle()}")
    with _step("locale"):
        echo(f"  locale: {_check_locale()}")

    with _step("resources"):
        from colossus_desktop.engine.catalog import load_catalog
        from colossus_desktop.paths import resources_dir
        from colossus_desktop.scenario.presets import DEFAULT_PRESET, load_preset, preset_ids

        catalog = load_catalog()
        ids = preset_ids()
        if not ids:
            raise SelfTestError("resources", f"no presets in {resources_dir()}")
    with _step("icons"):
        icon_note = _check_icon(app)
    echo(f"  resources: {resources_dir()} ({len(ids)} presets; icon {icon_note})")

    evaluated = {}
    for preset_id in ids:
        with _step(f"preset {preset_id}"):
            import numpy as np

            from colossus_desktop.evaluation import evaluate_scenario

            ev = evaluate_scenario(load_preset(preset_id, catalog), catalog)
            r = ev.results
            values = {
                "capex": r.cost.capex_usd[0],
                "facility power": r.power.facility_mw[0],
                "days to train": r.training.wall_days[0],
                "goodput": r.training.goodput[0],
            }
            bad = [k for k, v in values.items() if not (np.isfinite(v) and v > 0)]
            if bad:
                raise SelfTestError(f"preset {preset_id}", f"{', '.join(bad)} not a positive number")
            evaluated[preset_id] = ev
    echo(f"  presets: {len(evaluated)} loaded and evaluated ({', '.join(ids)})")

    with _step("command line"):
        echo(f"  command line: {_check_cli(ids)}")

    with _step("charts"):
        from PySide6.QtWidgets import QGridLayout, QWidget

        from colossus_desktop.drawing.charts import create_charts

        panel = QWidget()
        grid = QGridLayout(panel)
        charts = create_charts(panel)
        for i, chart in enumerate(charts):
            grid.addWidget(chart, i // 3, i % 3)
        panel.resize(1500, 900)
        panel.show()
    rendered = 0
    for preset_id, ev in evaluated.items():
        for chart in charts:
            with _step(f"chart {chart.chart_id} ({preset_id})"):
                chart.set_evaluated(ev)
        _process_events()
        for chart in charts:
            with _step(f"chart {chart.chart_id} ({preset_id})"):
                image = chart.grab().toImage()
                if image.isNull() or distinct_colours(image) < 4:
                    raise SelfTestError(f"chart {chart.chart_id} ({preset_id})", "renders blank")
                rendered += 1
    echo(f"  charts: {len(charts)} charts x {len(evaluated)} presets rendered offscreen ({rendered} images)")

    with _step("export"):
        try:
            from colossus_desktop.drawing.export import export_chart
        except ImportError as exc:
            raise SelfTestError("export", f"the chart exporter is unavailable ({exc})") from exc
    default = DEFAULT_PRESET if DEFAULT_PRESET in evaluated else ids[0]
    for chart in charts:
        chart.set_evaluated(evaluated[default])
    _process_events()
    notes: dict[str, list[str]] = {fmt: [] for fmt in FORMATS}
    for chart in charts:
        for fmt in FORMATS:
            target = out_dir / f"{chart.chart_id or type(chart).__name__}.{fmt}"
            with _step(f"export {target.name}"):
                written = Path(export_chart(chart, target, fmt=fmt, size=EXPORT_SIZE))
                notes[fmt].append(check_file(written, fmt, EXPORT_SIZE))
    summary = "; ".join(f"{len(notes[f])} {f.upper()} ({_span(notes[f])})" for f in FORMATS)
    echo(f"  export: {summary} of {default} in {out_dir}")

    with _step("report"):
        echo(f"  report: {_check_report(evaluated[default], charts, out_dir / 'report')}")
    panel.close()
    panel.deleteLater()

    with _step("window"):
        from colossus_desktop.ui.app import screenshot
        from colossus_desktop.ui.main_window import MainWindow

        window = MainWindow(load_preset(default, catalog), autosave=False, restore_geometry=False)
        try:
            shot = out_dir / "main-window.png"
            screenshot(window, str(shot), WINDOW_SIZE)
            note = check_png(shot, WINDOW_SIZE)
        finally:
            window.document.clear_history()
            window.close()
            window.deleteLater()
    echo(f"  window: main window on {default} painted ({note})")
    _process_events()
    echo(f"self-test passed in {time.perf_counter() - started:.1f} s")


def _span(notes: list[str]) -> str:
    unique = sorted(set(notes), key=notes.index)
    return unique[0] if len(unique) == 1 else f"{unique[0]} … {unique[-1]}" if unique else "-"


#: Qt messages that say nothing about the installation (the offscreen platform's limits).
QUIET_QT_MESSAGES = ("does not support propagateSizeHints",)


@contextmanager
def _qt_messages(seen: list[str]):
    """Collect Qt's warnings (shown on stderr as ``qt: …``), minus QUIET_QT_MESSAGES."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message):
        if any(quiet in message for quiet in QUIET_QT_MESSAGES):
            return
        seen.append(message)
        print(f"qt: {message}", file=sys.stderr)

    previous = qInstallMessageHandler(handler)
    try:
        yield
    finally:
        qInstallMessageHandler(previous)


@contextmanager
def _private_home(folder: Path):
    """Point the app's settings/autosave home at ``folder`` for the duration."""
    old = os.environ.get("COLOSSUS_DESKTOP_HOME")
    os.environ["COLOSSUS_DESKTOP_HOME"] = str(folder)
    try:
        yield
    finally:
        if old is None:
            os.environ.pop("COLOSSUS_DESKTOP_HOME", None)
        else:
            os.environ["COLOSSUS_DESKTOP_HOME"] = old


def _fail(reason: str, code: int = EXIT_FAILED) -> int:
    prefix = "self-test failed" if code == EXIT_FAILED else "error"
    print(f"{PROG}: {prefix}: {' '.join(reason.split())}", file=sys.stderr)
    return code


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog=f"{PROG} --self-test", description="Check that this installation works.")
    parser.add_argument("--out", metavar="DIR", help="write (and keep) the exported files in DIR")
    try:
        args = parser.parse_args(list(sys.argv[1:] if argv is None else argv))
    except SystemExit as exc:  # --help, or a bad argument (argparse printed it)
        return int(exc.code or 0)

    keep = args.out is not None
    try:
        out_dir = Path(args.out) if keep else Path(tempfile.mkdtemp(prefix="colossus-selftest-"))
        out_dir.mkdir(parents=True, exist_ok=True)
        probe = out_dir / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        return _fail(f"output: cannot write to {args.out or 'a temporary folder'} ({exc.strerror or exc})")

    home = Path(tempfile.mkdtemp(prefix="colossus-selftest-home-"))
    qt_messages: list[str] = []
    try:
        with _private_home(home), _qt_messages(qt_messages):
            run(out_dir)
        if qt_messages:
            print(f"  ({len(qt_messages)} Qt warning{'s' if len(qt_messages) != 1 else ''} on stderr)")
        return EXIT_OK
    except SelfTestError as exc:
        if exc.__cause__ is not None and not os.environ.get("COLOSSUS_DESKTOP_DEBUG"):
            traceback.print_exception(exc.__cause__, file=sys.stderr)
        return _fail(str(exc))
    except Exception as exc:  # noqa: BLE001 - a bug in the self-test itself: still a reason
        traceback.print_exc()
        return _fail(f"{type(exc).__name__}: {exc}")
    finally:
        shutil.rmtree(home, ignore_errors=True)
        if not keep:
            shutil.rmtree(out_dir, ignore_errors=True)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
