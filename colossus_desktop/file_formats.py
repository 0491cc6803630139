"""The file formats the app writes, in one place (no Qt, so the CLI can parse them cheaply).

``CHART_FORMATS`` are what a single chart exports to (``drawing.export``); ``REPORT_FORMATS``
are what a whole report can hold (``report.build``, ``colossus-desktop report --formats``),
charts first, in the order the report writes them.
"""

from __future__ import annotations

from collections.abc import Iterable

CHART_FORMATS: tuple[str, ...] = ("png", "svg", "pdf")
REPORT_FORMATS: tuple[str, ...] = CHART_FORMATS + ("pptx", "csv", "xlsx")


def parse_formats(text: str | Iterable[str] | None) -> tuple[str, ...]:
    """``"png,pdf"`` → ``("png", "pdf")`` in the canonical order of ``REPORT_FORMATS``; None
    means all of them.

    Raises ValueError naming the unknown formats, or when the list is empty.
    """
    if text is None:
        return REPORT_FORMATS
    items = text.split(",") if isinstance(text, str) else list(text)
    wanted = {i.strip().lower().lstrip(".") for i in items if i.strip()}
    unknown = sorted(wanted - set(REPORT_FORMATS))
    if unknown:
        raise ValueError(f"unknown format {', '.join(unknown)} (choose from {','.join(REPORT_FORMATS)})")
    if not wanted:
        raise ValueError(f"no format given (choose from {','.join(REPORT_FORMATS)})")
    return tuple(f for f in REPORT_FORMATS if f in wanted)
