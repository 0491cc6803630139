"""Shared pieces of the window tests: a prompter with canned answers, snapshots of chart data
and KPI text, the figures of an English or French text."""

from __future__ import annotations

import re

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QWidget


class FakePrompter:
    def __init__(self):
        self.save_answer = "discard"
        self.recover_answer = True
        self.open_answer: str | None = None
        self.save_as_answer: str | None = None
        self.new_answer = None
        self.revert_answer = True
        self.errors: list[tuple[str, str]] = []
        self.asked: list[str] = []

    def ask_save_changes(self, name):
        self.asked.append("save_changes")
        return self.save_answer

    def ask_recover(self, name, saved_at):
        self.asked.append("recover")
        return self.recover_answer

    def confirm_revert(self, name):
        self.asked.append("revert")
        return self.revert_answer

    def open_path(self, directory=""):
        self.asked.append("open")
        return self.open_answer

    def save_path(self, suggested=""):
        self.asked.append("save_as")
        return self.save_as_answer

    def choose_new(self):
        self.asked.append("new")
        return self.new_answer

    def error(self, title, message):
        self.errors.append((title, message))


def kpi_text(kpis: QWidget) -> list[str]:
    return [label.text() for label in kpis.findChildren(QLabel) if label.text()]


def chart_data(chart) -> list[np.ndarray]:
    """Every data array of every item of the chart, flattened."""
    items = list(chart.plot_item.items)
    for vb in getattr(chart, "_extra_views", []):
        items += list(vb.addedItems)
    out = []
    for item in items:
        if isinstance(item, pg.BarGraphItem):
            for key in ("x", "x0", "x1", "height", "y0", "y1", "width"):
                v = item.opts.get(key)
                if v is not None:
                    out.append(np.atleast_1d(np.asarray(v, dtype=float)).copy())
        elif hasattr(item, "getData"):
            x, y = item.getData()
            for v in (x, y):
                if v is not None:
                    out.append(np.asarray(v, dtype=float).copy())
    return out


def same_data(a: list[np.ndarray], b: list[np.ndarray]) -> bool:
    return len(a) == len(b) and all(x.shape == y.shape and np.allclose(x, y, equal_nan=True) for x, y in zip(a, b))


def written_figures(text: str, lang: str) -> list[float]:
    """The numbers written in ``text`` as sorted values, read the ``lang`` way ("en" or "fr"):
    "1,024" (en) and "1 024" (fr) are both 1024.0, "200k" is 200000.0. Numbers glued to a name
    (H100, BF16, F1, Trainium2, 10^24) are names, not figures; a dotted number in French text is a
    version written as in English (Llama 3.1)."""
    if lang == "en":
        pattern, group, decimal = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", ",", "."
    else:
        pattern, group, decimal = r"\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?:,\d+)?|\d+\.\d+|\d+(?:,\d+)?", "\u00a0\u202f ", ","
    out = []
    for m in re.finditer(rf"(?<![\w.,^])({pattern})(k?)(?![\w^])", text):
        token = m.group(1)
        for sep in group:
            token = token.replace(sep, "")
        value = float(token) if "." in token and lang == "fr" else float(token.replace(decimal, "."))
        out.append(value * (1000 if m.group(2) else 1))
    return sorted(out)
