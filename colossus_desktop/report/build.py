"""``build_report``: every chart and document of one evaluated scenario, written to a folder.

Works without a visible window: :func:`ensure_app` starts a QApplication on the offscreen
platform when none is running (the CLI's ``report`` does this), and the charts are drawn off
screen. Returns the files written, in a stable order.
"""

from __future__ import annotations

import os
import sys
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
    (``base-uncertainty.csv``, ``base-distributions.csv``, ``base-sweep.csv``, XLSX sheets)."""
    from colossus_desktop.formatting import slug
    from colossus_desktop.report.analysis_data import uncertainty_data
    from colossus_desktop.report.tables import write_csv, write_xlsx

    fmts = parse_formats(formats)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    base = base or slug(ev.scenario.name)
    if isinstance(uncertainty, str) and uncertainty == AUTO:
        uncertainty = uncertainty_data(ev.scenario, catalog)
    written: list[Path] = []
    needs_charts = any(f in fmts for f in ("png", "svg", "pdf", "pptx"))
    if needs_charts:
        ensure_app()
        from colossus_desktop.drawing.charts import create_charts
        from colossus_desktop.drawing.export import check_size, export_chart, resolve_theme
        from colossus_desktop.report.analysis_pages import sweep_pages, uncertainty_pages

        theme = resolve_theme(theme)
        size = check_size(size)
        if charts is None:
            charts = create_charts()
            for chart in charts:
                chart.set_evaluated(ev)
        extra = []
        if uncertainty is not None:
            extra += uncertainty_pages(ev.scenario, uncertainty, theme)
        if sweep is not None:
            extra += sweep_pages(ev.scenario, sweep, theme)
        for fmt in ("png", "svg"):
            if fmt in fmts:
                for chart in charts:
                    written.append(export_chart(chart, out / f"{base}-{chart.chart_id}.{fmt}", size=size, theme=theme))
                for page in extra:
                    if page.chart is not None:
                        written.append(export_chart(page.chart, out / f"{base}-{page.file_id}.{fmt}", size=size,
                                                    theme=theme, footer=page.footer))
        if "pdf" in fmts:
            from colossus_desktop.report.pdf import write_pdf_report

            written.append(write_pdf_report(ev, charts, out / f"{base}-report.pdf", theme, extra=extra))
        if "pptx" in fmts:
            from colossus_desktop.report.deck import write_deck

            written.append(write_deck(ev, charts, out / f"{base}-deck.pptx", theme, size, extra=extra))
    tables = analysis_tables(uncertainty, sweep)
    if "csv" in fmts:
        from colossus_desktop.report.tables import write_table_csv

        written.extend(write_csv(ev, out, base))
        for _title, name, header, rows in tables:
            written.append(write_table_csv(out / f"{base}-{name}.csv", header, rows))
    if "xlsx" in fmts:
        written.append(write_xlsx(ev, out / f"{base}-data.xlsx", [(t, h, r) for t, _n, h, r in tables]))
    return written


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
