"""Text describing an accelerator: its specs with units, sources and confidence (HTML).

Catalog chips show each spec's source; a custom chip (defined in the scenario) shows its
figures marked as the scenario's own. No widgets here: the table's tooltips and the spec panel
of the pools page both take their text from this module.
"""

from __future__ import annotations

import html

from colossus_desktop.drawing import format as fmt
from colossus_desktop.drawing.unit_words import unit_text
from colossus_desktop.ui.builder import custom_accelerator as custom_form
from colossus_desktop.ui.builder import price_basis
from colossus_desktop.ui.builder.fields import catalog, tr


def short_name(item) -> str:
    """The chip's name without its vendor prefix ("GB200 NVL72 (per GPU)")."""
    name = item.name
    if item.vendor and name.lower().startswith(item.vendor.lower() + " "):
        name = name[len(item.vendor) + 1 :]
    return name


def spec_html(pool) -> str:
    """The selected pool's chip: every spec with its unit, source and confidence."""
    if pool is None:
        return ""
    if pool.custom is not None:
        return custom_html(pool.custom)
    cat = catalog()
    item = None if cat is None else cat.accelerators.get(pool.accelerator or "")
    if item is None:
        return html.escape(tr("{0}: not in the catalog").format(pool.accelerator))
    rows = []
    for key, spec in item.specs.items():
        value = "—" if spec.value is None else fmt.g(spec.value)
        unit = f" {unit_text(spec.unit)}" if spec.unit and spec.value is not None else ""
        rows.append(
            f"<tr><td>{html.escape(spec_label(key))}</td><td align='right'><b>{html.escape(value + unit)}</b></td></tr>"
            f"<tr><td colspan='2' style='color:#777; font-size:small; padding-bottom:4px'>{html.escape(spec.describe())}</td></tr>"
        )
    head = f"<b>{html.escape(item.name)}</b>" + (f" — {html.escape(item.vendor)}" if item.vendor else "")
    summary = f"<br/><small>{html.escape(item.summary)}</small>" if item.summary else ""
    return f"{head}{summary}<table width='100%' cellspacing='0' cellpadding='1'>{''.join(rows)}</table>"


def _custom_rows(c):
    """(label, value with unit) of each figure of a custom accelerator, in the form's order."""
    values = c.model_dump(mode="python")
    out = []
    for spec in custom_form.specs():
        v = values.get(spec.key)
        if v is None:
            out.append((spec.label, "—"))
            continue
        if spec.prefix:
            out.append((spec.label, fmt.price(v) if spec.prefix == "$" else f"{spec.prefix}{fmt.g(v)}"))
            if spec.key == "price_usd":
                out.append((custom_form.label_of("price_basis"), price_basis.label(c.price_basis)))
        else:
            out.append((spec.label, fmt.g(v) + (f" {spec.unit}" if spec.unit else "")))
    out.append((spec_label("release"), values.get("release") or "—"))
    return out


def custom_html(c) -> str:
    """A custom accelerator in the spec panel: its figures, each marked as the scenario's own."""
    source = tr("custom, from this scenario")
    rows = [
        f"<tr><td>{html.escape(label)}</td><td align='right'><b>{html.escape(value)}</b></td></tr>"
        f"<tr><td colspan='2' style='color:#777; font-size:small; padding-bottom:4px'>"
        f"{html.escape(source if value != '—' else tr('not supported or unknown') + ' — ' + source)}</td></tr>"
        for label, value in _custom_rows(c)
    ]
    head = f"<b>{html.escape(c.name)}</b> — {html.escape(tr('custom accelerator'))}"
    hint = html.escape(tr("Defined in this scenario, not in the catalog. Edit it with “Custom…”; "
                          "pick a catalog chip in the Accelerator column to go back."))
    return f"{head}<br/><small>{hint}</small><table width='100%' cellspacing='0' cellpadding='1'>{''.join(rows)}</table>"


def custom_tooltip(c) -> str:
    rows = [f"<b>{html.escape(c.name)}</b> — {html.escape(tr('custom, from this scenario'))}"]
    rows += [f"<b>{html.escape(label)}</b>: {html.escape(value)}" for label, value in _custom_rows(c)]
    return "<br/>".join(rows)


def spec_label(key: str) -> str:
    if key in SPEC_LABELS:
        return tr(SPEC_LABELS[key])
    text = key.replace("_", " ")
    return text[:1].upper() + text[1:]


SPEC_LABELS = {
    "bf16_tflops": "Dense BF16",
    "fp8_tflops": "Dense FP8",
    "fp4_tflops": "Dense FP4",
    "hbm_gb": "HBM capacity",
    "hbm_tbps": "HBM bandwidth",
    "tdp_w": "TDP",
    "scaleup_gbps": "Scale-up bandwidth",
    "scaleup_gb_per_s": "Scale-up bandwidth",
    "scaleup_domain": "Scale-up domain",
    "release": "Release",
    "price_usd": "Typical price",
    "price_basis": "Price covers",
    "scaleout_gbps": "Scale-out (NIC) bandwidth",
    "system_power_factor": "System power factor",
}
