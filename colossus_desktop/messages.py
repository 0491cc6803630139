"""The engine's findings in words: one Qt-free place for the window, the reports and the CLI.

The engine reports :class:`~colossus_desktop.engine.results.Flag` codes with their figures
(``goodput_collapse``, ``power_shortfall``, ``peak_shortfall``, ``fabric_over_capacity``,
``port_over_switch_speed``, ``no_layout_fits``, ``no_mfu``, ``non_finite``); this module words them. The
templates are marked with ``QT_TRANSLATE_NOOP("Messages", …)`` so Qt Linguist's
``pyside6-lupdate`` extracts them, and :func:`warning_texts` takes the ``translate`` and
``number`` functions of its caller: the window passes ``QCoreApplication.translate`` and its
locale's number writer, the CLI and the reports the defaults (English, ``1,234``).
"""

from __future__ import annotations

from collections.abc import Callable

from colossus_desktop import formatting as F
from colossus_desktop.translatable import QT_TRANSLATE_NOOP  # also imported from here by others

CONTEXT = "Messages"

#: flag code → (template, {placeholder: (figure, how to write it)})
TEMPLATES: dict[str, tuple[str, dict[str, tuple[str, str]]]] = {
    "goodput_collapse": (
        QT_TRANSLATE_NOOP("Messages", "Goodput collapses to {goodput}: failures arrive faster than the job "
                                      "can checkpoint and restart. Add spares, faster storage, or fewer "
                                      "accelerators per job."),
        {"goodput": ("goodput", "percent")},
    ),
    "power_shortfall": (
        QT_TRANSLATE_NOOP("Messages", "Power shortfall: {mw} MW of average demand is not covered by grid "
                                      "and turbines. The site can run only {served} of its load, so the "
                                      "training run takes {stretch} times as long."),
        {"mw": ("shortfall_mw", "number"), "served": ("served_fraction", "percent"),
         "stretch": ("served_fraction", "stretch")},
    ),
    "peak_shortfall": (
        QT_TRANSLATE_NOOP("Messages", "Peak shortfall: {mw} MW at full load beyond grid, turbines and "
                                      "batteries."),
        {"mw": ("peak_shortfall_mw", "number")},
    ),
    "fabric_over_capacity": (
        QT_TRANSLATE_NOOP("Messages", "Network beyond what the switch can build: a pod or the layer above "
                                      "pods has more endpoints than four tiers of this switch connect, so "
                                      "its {n} switches are an extrapolation. Use a switch with more ports, "
                                      "smaller pods or more planes."),
        {"n": ("switches", "number")},
    ),
    "port_over_switch_speed": (
        QT_TRANSLATE_NOOP("Messages", "A NIC port is faster than the switch's ports (fewer NIC ports per "
                                      "server than accelerators, or few planes): the {n} switches assume "
                                      "ports the switch does not have. Add NIC ports or planes, or pick a "
                                      "faster switch."),
        {"n": ("switches", "number")},
    ),
    "tp_outside_domain": (
        QT_TRANSLATE_NOOP("Messages", "Tensor parallelism {tp} does not fit: a TP group must sit inside one "
                                      "NVLink domain of {domain} accelerators (dividing it) and divide the "
                                      "attention heads. Choose a TP that does, or leave it on Auto."),
        {"tp": ("tp", "number"), "domain": ("domain", "number")},
    ),
    "layout_needs_more_gpus": (
        QT_TRANSLATE_NOOP("Messages", "The fixed parallelism needs {needed} accelerators; the run has {n}. "
                                      "Lower a degree or leave data parallelism on Auto."),
        {"needed": ("needed", "number"), "n": ("train_gpus", "number")},
    ),
    "idle_accelerators": (
        QT_TRANSLATE_NOOP("Messages", "The layout uses {used} of the run's {n} accelerators; the rest sit "
                                      "idle but are paid for. A cluster size the layout divides avoids it."),
        {"used": ("used", "number"), "n": ("train_gpus", "number")},
    ),
    "no_valid_layout": (
        QT_TRANSLATE_NOOP("Messages", "No training layout matches the {n} accelerators, the model and the batch: "
                                      "the fixed degrees, the layers or the micro-batches do not divide. Leave "
                                      "some degrees on Auto, or change the batch or the accelerators."),
        {"n": ("train_gpus", "number")},
    ),
    "no_layout_fits": (
        QT_TRANSLATE_NOOP("Messages", "The model does not fit: even the leanest layout needs {need} GB per "
                                      "accelerator, and each has {hbm} GB of memory. Use more accelerators or "
                                      "ones with more memory, or set the parallelism to Auto so every layout "
                                      "is tried."),
        {"need": ("memory_gb_per_gpu", "number"), "hbm": ("hbm_gb_per_gpu", "number")},
    ),
    "no_mfu": (
        QT_TRANSLATE_NOOP("Messages", "No MFU: enter one, or describe the model's architecture (layers, "
                                      "width, heads, vocabulary) so it can be predicted."),
        {},
    ),
    "non_finite": (
        QT_TRANSLATE_NOOP("Messages", "Out of range: {results} came out infinite or undefined, because the "
                                      "inputs lie beyond what the model can compute. Check the largest and "
                                      "smallest values."),
        {"results": ("count", "results")},
    ),
}

#: ``section.field`` of a result → its name in the ``non_finite`` warning.
RESULT_NAMES: dict[str, str] = {
    "cluster.accelerators": QT_TRANSLATE_NOOP("Messages", "the accelerators"),
    "cluster.train_gpus": QT_TRANSLATE_NOOP("Messages", "the run's accelerators"),
    "cost.capex_usd": QT_TRANSLATE_NOOP("Messages", "the capex"),
    "cost.opex_usd_per_year": QT_TRANSLATE_NOOP("Messages", "the opex"),
    "cost.tco_usd": QT_TRANSLATE_NOOP("Messages", "the TCO"),
    "cost.usd_per_gpu_hour": QT_TRANSLATE_NOOP("Messages", "the cost per GPU-hour"),
    "cost.usd_per_used_gpu_hour": QT_TRANSLATE_NOOP("Messages", "the cost per used GPU-hour"),
    "power.it_mw": QT_TRANSLATE_NOOP("Messages", "the IT power"),
    "power.facility_mw": QT_TRANSLATE_NOOP("Messages", "the facility power"),
    "power.annual_energy_gwh": QT_TRANSLATE_NOOP("Messages", "the yearly energy"),
    "power.annual_co2_tonnes": QT_TRANSLATE_NOOP("Messages", "the yearly emissions"),
    "power.annual_water_m3": QT_TRANSLATE_NOOP("Messages", "the yearly water"),
    "training.wall_days": QT_TRANSLATE_NOOP("Messages", "the run's duration"),
    "training.gpu_hours": QT_TRANSLATE_NOOP("Messages", "the GPU-hours"),
    "training.cost_usd": QT_TRANSLATE_NOOP("Messages", "the run's cost"),
    "training.energy_mwh": QT_TRANSLATE_NOOP("Messages", "the run's energy"),
    "training.co2_tonnes": QT_TRANSLATE_NOOP("Messages", "the run's emissions"),
}


def _identity(text: str) -> str:
    return text


def describe(flag, translate: Callable[[str], str] = _identity,
             number: F.NumberFn = F.plain_number) -> str:
    """One flag in words: ``Flag("peak_shortfall", {"peak_shortfall_mw": 87.6})`` →
    ``"Peak shortfall: 88 MW at full load beyond grid, turbines and batteries."``

    A figure is written as a whole number, a percent, or (``stretch``) as 1 / fraction with
    two decimals: the factor by which a served share of 0.8 stretches the run, "1.25".

    ``translate`` maps an English template to the user's language (its placeholders kept);
    ``number(value, decimals)`` writes numbers. Raises KeyError for an unknown flag code.
    """
    template, slots = TEMPLATES[flag.code]
    values = {}
    for slot, (figure, kind) in slots.items():
        x = flag.figures[figure]
        if kind == "results":  # the names of Flag.results, in the user's words
            values[slot] = ", ".join(translate(RESULT_NAMES.get(r, r)) for r in flag.results)
        elif kind == "percent":
            values[slot] = F.percent(x, 0, number)
        elif kind == "stretch":
            values[slot] = number(1.0 / x, 2) if x > 0 else "∞"
        else:
            values[slot] = number(x, 0)
    return translate(template).format(**values)


def warning_texts(results, i: int = 0, translate: Callable[[str], str] = _identity,
                  number: F.NumberFn = F.plain_number) -> list[str]:
    """The warnings of scenario ``i`` of ``results``, in words, in the engine's order."""
    return [describe(flag, translate, number) for flag in results.flags(i)]
