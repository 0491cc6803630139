"""``build_report``: every chart and document of one evaluated scenario, written to a folder.

Works without a visible window: :func:`ensure_app` starts a QApplication on the offscreen
platform when none is running (the CLI's ``report`` does this), and the charts are drawn off
screen. Returns the files written, in a stable order.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

from colossus_desktop.file_formats import REPORT_FORMATS as FORMATS, parse_formats  # noqa: F401 (re-exported)


def ensure_app():
    """The running QApplication, or a new one on the offscreen platform (nothing is shown)."""
    from PySide6.QtWidgets import QApplication

    from colossus_desktop.drawing.format import ensure_locale

    app = QApplication.instance()
    if app is None:
        if not os.environ.get("QT_QPA_PLATFORM"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"
        app = QApplication([sys.argv[0] if sys.argv else "colossus-desktop"])
    ensure_locale()  # as the window does: C reads as en_US
    return app


#: ``build_report(uncertainty=AUTO)``: run the Monte Carlo and tornado when the scenario has
#: uncertain inputs (the default).
AUTO = "auto"


def build_report(ev, out_dir, formats: Iterable[str] | str | None = None, theme=None,
                 size: Sequence[int] = (1920, 1080), base: str | None = None, charts=None,
                 uncertainty=AUTO, sweep=None, catalog=None) -> list[Path]:
    """Write the report of ``ev`` (an :class:`~colossus_desktop.evaluation.Evaluated`) to
    ``out_dir``: ``base-<chart>.png``/``.svg``, ``base-report.pdf``, ``base-deck.pptx``,
    ``base-*.csv`` and ``base-data.xlsx``, for the ``formats`` asked (all by default).

    ``uncertainty``: :data:`AUTO` (the default) adds the uncertainty section when the scenario has
    uncertain inputs, running the Monte Carlo (the scenario's samples, at most
    ``analysis_data.MAX_REPORT_SAMPLES``) and the tornado; an
    :class:`~colossus_desktop.report.analysis_data.UncertaintyData` uses results already run;
    None leaves the section out. ``sweep``: a
    :class:`~colossus_desktop.report.analysis_data.SweepData` adds the sweep section. Both add
    their charts (PNG, SVG, PDF pages, slides with speaker notes) and tables
    (``base-uncertainty.csv``, ``base-distributions.csv``, ``base-sweep.csv``, XLSX sheets).

    The same work as :func:`report_steps`, run to the end."""
    steps = report_steps(ev, out_dir, formats, theme, size, base, charts, uncertainty, sweep, catalog)
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value


def report_steps(ev, out_dir, formats: Iterable[str] | str | None = None, theme=None,
                 size: Sequence[int] = (1920, 1080), base: str | None = None, charts=None,
                 uncertainty=AUTO, sweep=None, catalog=None):
    """:func:`build_report` in small steps: a generator that yields ``(done, total)`` after each
    unit of work (the preparation, each chart picture, each PDF page, each slide, each table
    file) and returns the paths written (``StopIteration.value``). Chart painting needs the GUI
    thread; a window drives this from its event loop, one step per turn, so it stays responsive,
    shows progress and can stop between steps.

    Every file is written to a hidden staging folder inside ``out_dir`` and moved into place at
    the very end, so closing the generator early (Cancel) or an error leaves no partial file."""
    import shutil
    import tempfile

    from colossus_desktop.formatting import slug
    from colossus_desktop.report.analysis_data import uncertainty_data

    fmts = parse_formats(formats)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    base = base or slug(ev.scenario.name)
    stage = Path(tempfile.mkdtemp(prefix=".colossus-report-", dir=out))
    try:
        if isinstance(uncertainty, str) and uncertainty == AUTO:
            uncertainty = uncertainty_data(ev.scenario, catalog)
        needs_charts = any(f in fmts for f in ("png", "svg", "pdf", "pptx"))
        extra = []
        if needs_charts:
            ensure_app()
            from colossus_desktop.drawing.charts import CHART_TYPES as chart_types_
            from colossus_desktop.drawing.export import check_size, resolve_theme
            from colossus_desktop.report.analysis_pages import sweep_pages, uncertainty_pages

            theme = resolve_theme(theme)
            size = check_size(size)
            if charts is None:
                charts = []
                for cls in chart_types_:
                    chart = cls()
                    chart.set_evaluated(ev)
                    charts.append(chart)
                    yield 0, 0  # one chart built: let the window turn
            if uncertainty is not None:
                extra += uncertainty_pages(ev.scenario, uncertainty, theme)
                yield 0, 0
            if sweep is not None:
                extra += sweep_pages(ev.scenario, sweep, theme)
        total = 2 + _count_steps(fmts, charts or [], extra)
        done = 1
        yield done, total
        staged: list[Path] = []
        for _ in _write_steps(ev, stage, fmts, theme, size, base, charts or [], extra,
                                 analysis_tables(uncertainty, sweep), staged):
            done = min(done + 1, total - 1)  # (a wait for the PNG encoder is a step too)
            yield done, total
        written = []
        for path in staged:
            target = out / path.name
            os.replace(path, target)
            written.append(target)
        yield total, total
        return written
    finally:
        shutil.rmtree(stage, ignore_errors=True)  # after a cancel or an error: all that was written


class PngWriter:
    """Encodes PNG pictures in one worker thread while the GUI thread paints the next one
    (painting needs the GUI thread, compressing a QImage does not). ``save(image, path)``
    queues one; ``idle()`` says all are written; ``check()`` raises the first error; leaving
    the ``with`` block waits for the queue."""

    def __enter__(self):
        from concurrent.futures import ThreadPoolExecutor

        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="report-png")
        self._futures = []
        return self

    def save(self, image, path: Path) -> None:
        def write(image=image, path=path):
            if not image.save(str(path), "PNG"):
                raise OSError(f"{path}: could not write the PNG")

        self._futures.append(self._pool.submit(write))

    def idle(self) -> bool:
        return all(f.done() for f in self._futures)

    def check(self) -> None:
        for f in self._futures:
            f.result()

    def __exit__(self, *exc) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


def _count_steps(fmts, charts, extra) -> int:
    from colossus_desktop.report.deck import deck_steps_count
    from colossus_desktop.report.pdf import pdf_steps_count

    pictures = len(charts) + sum(1 for page in extra if page.chart is not None)
    n = sum(pictures for f in ("png", "svg") if f in fmts)
    n += pictures if ("png" in fmts or "svg" in fmts) else 0  # their layouts, a step before
    n += pdf_steps_count(charts, extra) if "pdf" in fmts else 0
    n += deck_steps_count(charts, extra) if "pptx" in fmts else 0
    return n + ("csv" in fmts) + ("xlsx" in fmts)


def _write_steps(ev, stage: Path, fmts, theme, size, base: str, charts, extra, tables, staged: list[Path]):
    """Write each file of the report into ``stage`` (appending it to ``staged``), yielding after
    each unit of work (:func:`_count_steps` times)."""
    from colossus_desktop.report.tables import write_csv, write_table_csv, write_xlsx

    from PySide6.QtCore import QRectF

    from colossus_desktop.drawing.paint import clone_cache, prepare_chart, screen_dpi

    if charts or extra:
        from colossus_desktop.drawing.export import export_chart

    pictures = [(chart, chart.chart_id, None) for chart in charts]
    pictures += [(page.chart, page.file_id, page.footer) for page in extra if page.chart is not None]
    with PngWriter() as png, clone_cache():
        if "png" in fmts or "svg" in fmts:  # lay each chart out in one step, paint it in the next
            rect = QRectF(0, 0, size[0], size[1])
            for chart, _name, footer in pictures:
                prepare_chart(chart, rect, theme, footer, dpi=screen_dpi())
                yield
        if "png" in fmts:
            from colossus_desktop.drawing.export import chart_image

            for chart, name, footer in pictures:
                path = stage / f"{base}-{name}.png"
                png.save(chart_image(chart, size, theme, footer), path)  # painted here, encoded off-thread
                staged.append(path)
                yield
        if "svg" in fmts:
            for chart, name, footer in pictures:
                staged.append(export_chart(chart, stage / f"{base}-{name}.svg", size=size, theme=theme, footer=footer))
                yield
        if "pdf" in fmts:
            from colossus_desktop.report.pdf import pdf_report_steps

            path = stage / f"{base}-report.pdf"
            yield from pdf_report_steps(ev, charts, path, theme, extra=extra)
            staged.append(path)
        if "pptx" in fmts:
            from colossus_desktop.report.deck import deck_steps

            path = stage / f"{base}-deck.pptx"
            yield from deck_steps(ev, charts, path, theme, size, extra=extra)
            staged.append(path)
        if "csv" in fmts:
            staged.extend(write_csv(ev, stage, base))
            for _title, name, header, rows in tables:
                staged.append(write_table_csv(stage / f"{base}-{name}.csv", header, rows))
            yield
        if "xlsx" in fmts:
            staged.append(write_xlsx(ev, stage / f"{base}-data.xlsx", [(t, h, r) for t, _n, h, r in tables]))
            yield
        while not png.idle():  # the last pictures still being encoded
            time.sleep(0.01)
            yield
        png.check()


def analysis_tables(uncertainty, sweep) -> list[tuple]:
    """(sheet title, CSV name, header, rows) of the uncertainty and sweep sections."""
    from colossus_desktop.report import analysis_data as ad

    tables = []
    if uncertainty is not None:
        tables.append(("Uncertainty", "uncertainty", ad.QUANTILE_HEADER, ad.quantile_rows(uncertainty)))
        tables.append(("Distributions", "distributions", ad.DISTRIBUTION_HEADER, ad.distribution_rows(uncertainty)))
    if sweep is not None:
        tables.append(("Sweep", "sweep", ad.sweep_header(sweep), ad.sweep_rows(sweep)))
    return tables
