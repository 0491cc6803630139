"""Where a document came from, and its exports' titles once it no longer matches it.

A preset's (or a file's) name and description describe its own figures: "xAI Colossus 2 (a
million Blackwell GPUs, phased)". Once the user edits the document, an export that kept them
would put that title over different figures. :func:`marked` gives the scenario the exports use:
unchanged while the document equals its origin; otherwise named "Based on <origin>, modified"
(or "<the user's own name> (based on <origin>, modified)") with the origin's description, if
kept, introduced as the original's. Qt-free: the templates are marked for translation and
:func:`marked` takes the caller's ``translate``.
"""

from __future__ import annotations

from collections.abc import Callable

from colossus_desktop.messages import QT_TRANSLATE_NOOP
from colossus_desktop.scenario.model import Scenario

CONTEXT = "Provenance"

SAME_NAME = QT_TRANSLATE_NOOP("Provenance", "Based on {origin}, modified")
OWN_NAME = QT_TRANSLATE_NOOP("Provenance", "{name} (based on {origin}, modified)")
KEPT_DESCRIPTION = QT_TRANSLATE_NOOP(
    "Provenance", "Modified from {origin}; the figures differ from the original, which this describes: {description}")


def _english(_context: str, text: str) -> str:
    return text


def describes_itself(scenario: Scenario) -> bool:
    """Whether ``scenario`` carries words about its own figures (a description or sources): a
    blank scenario ("New scenario", nothing else) does not, so editing it marks nothing."""
    return bool((scenario.description or "").strip() or scenario.sources)


def is_modified_from(scenario: Scenario, origin: Scenario | None) -> bool:
    """Whether ``scenario`` differs from an ``origin`` whose words would then be wrong."""
    return origin is not None and describes_itself(origin) and scenario != origin


def marked(scenario: Scenario, origin: Scenario | None, origin_label: str = "",
           translate: Callable[[str, str], str] = _english) -> Scenario:
    """``scenario`` as its exports should name it (titles, footers, the report's cover).

    Returns ``scenario`` itself when it equals ``origin`` (or there is none, or the origin says
    nothing about itself); else a copy whose ``name`` says it is based on ``origin_label``
    (default: the origin's name) and modified, and whose ``description``, if still the
    origin's, is introduced as describing the original. Figures are never changed."""
    if not is_modified_from(scenario, origin):
        return scenario
    label = origin_label or origin.name
    if scenario.name == origin.name:
        name = translate(CONTEXT, SAME_NAME).format(origin=label)
    else:
        name = translate(CONTEXT, OWN_NAME).format(name=scenario.name, origin=label)
    description = scenario.description
    if description and description == origin.description:
        description = translate(CONTEXT, KEPT_DESCRIPTION).format(origin=label, description=description)
    return scenario.model_copy(update={"name": name, "description": description})
