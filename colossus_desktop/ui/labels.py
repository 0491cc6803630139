"""The engine's and the document's names in the window's language: key figures, inputs, units.

:data:`~colossus_desktop.engine.analysis.outputs.OUTPUTS` labels (context ``"Outputs"``) and the
numeric inputs of :func:`~colossus_desktop.scenario.parameters.parameters` (context
``"Parameters"``) are English plain data, marked with ``QT_TRANSLATE_NOOP`` where they are
defined. The views take copies whose ``label`` is translated (:func:`outputs`,
:func:`translated_parameters`); the ``unit`` stays as it is, since the number formatting keys on it,
and :func:`~colossus_desktop.drawing.charts.units.unit_text` words it for a header.
"""

from __future__ import annotations

import dataclasses
import re

from PySide6.QtCore import QCoreApplication

from colossus_desktop.drawing.unit_words import unit_text  # noqa: F401 (the views' one import)

_POOL = re.compile(r"^Pool (\d+) \((.*)\) (.+)$")


def output_label(label: str) -> str:
    return QCoreApplication.translate("Outputs", label)


def parameter_label(label: str) -> str:
    """An input's label: "Depreciation: servers", or "Pool 2 (GB200 NVL72) price", translated."""
    m = _POOL.match(label)
    if m:
        return QCoreApplication.translate("Parameters", "Pool {0} ({1}) {2}").format(
            m.group(1), m.group(2), QCoreApplication.translate("Parameters", m.group(3)))
    return QCoreApplication.translate("Parameters", label)


def outputs() -> dict:
    """OUTPUTS with translated labels (a new dict of copies; keys and units unchanged)."""
    from colossus_desktop.engine.analysis.outputs import OUTPUTS

    return {key: dataclasses.replace(o, label=output_label(o.label)) for key, o in OUTPUTS.items()}


def translated_parameters(params):
    """Copies of ``params`` (:class:`~colossus_desktop.scenario.parameters.Parameter`) with translated labels."""
    return [dataclasses.replace(p, label=parameter_label(p.label)) for p in params]
