"""A builder page: titled groups of bound fields in form layouts."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QGroupBox, QVBoxLayout, QWidget

from colossus_desktop.ui.builder.fields import Binder, Field


def form_group(binder: Binder, title: str, specs: list[Field]) -> QGroupBox:
    """A titled group box holding one bound row per field of ``specs``."""
    box = QGroupBox(title)
    form = QFormLayout(box)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setContentsMargins(6, 6, 6, 6)
    form.setVerticalSpacing(4)
    binder.add_rows(form, specs)
    return box


def form_page(binder: Binder, groups: list[tuple[str, list[Field]]], name: str) -> QWidget:
    page = QWidget()
    page.setObjectName(name)
    lay = QVBoxLayout(page)
    lay.setContentsMargins(4, 4, 4, 4)
    for title, specs in groups:
        lay.addWidget(form_group(binder, title, specs))
    lay.addStretch(1)
    return page
