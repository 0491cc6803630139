"""What a price covers (``price_basis``): the chip alone or a whole system, in words.

One place for the labels and the explanation, shared by the pools page (its "Price covers"
picker) and the custom-accelerator form. No widgets here.
"""

from __future__ import annotations

from colossus_desktop.ui.builder.fields import catalog, tr

BASES = ("chip", "system")


def label(basis: str) -> str:
    """The long label of ``"chip"`` or ``"system"`` (an editor's entry)."""
    return {"chip": tr("Chip alone (servers added)"), "system": tr("Whole system (server included)")}.get(basis, basis)


def explanation() -> str:
    """Plain text: what each basis means for the capex (the tooltip of every basis editor)."""
    return tr("What the price per accelerator covers. “Chip alone”: the accelerator only; the server "
              "around it is added as Costs → Server cost factor × the chips' cost. “Whole system”: its "
              "share of a whole system with the server included (a DGX/HGX server, an NVL72 rack), so "
              "nothing is added.")


def own_basis(pool) -> str:
    """The basis a pool falls back on: its custom accelerator's, else its catalog chip's (``"chip"``
    when the catalog does not say)."""
    if pool.custom is not None:
        return pool.custom.price_basis
    cat = catalog()
    item = None if cat is None else cat.accelerators.get(pool.accelerator or "")
    return (item.value("price_basis") if item is not None else None) or "chip"


def pool_choices(pool) -> list[tuple[str | None, str]]:
    """(value, label) of a pool's basis editor: ``None`` = the chip's own ("Catalog's (…)")."""
    own = label(own_basis(pool)).split(" (")[0].lower()
    first = tr("Custom chip's ({0})") if pool.custom is not None else tr("Catalog's ({0})")
    return [(None, first.format(own))] + [(b, label(b)) for b in BASES]


def pool_tooltip(pool) -> str:
    """Plain text: which basis the pool's price is read on, where it comes from, and what it means."""
    if pool.price_basis is not None:
        head = tr("Set for this pool: {0}.").format(label(pool.price_basis))
    elif pool.custom is not None:
        head = tr("The custom chip's: {0}.").format(label(own_basis(pool)))
    else:
        head = tr("The catalog's for this chip: {0}.").format(label(own_basis(pool)))
    return head + " " + explanation()
