"""Builder page: server layout and the scale-out network."""

from __future__ import annotations

from colossus_desktop.ui.builder import custom_switch
from colossus_desktop.ui.builder.fields import Binder, Field, tr
from colossus_desktop.ui.builder.page import form_page


def fields() -> list[tuple[str, list[Field]]]:
    fabrics = lambda: [  # noqa: E731
        ("infiniband", "InfiniBand", tr("NVIDIA Quantum InfiniBand")),
        ("ethernet", "Ethernet", tr("Standard RoCE Ethernet")),
        ("spectrum-x", "Spectrum-X", tr("NVIDIA Spectrum-X Ethernet (adaptive routing)")),
    ]
    return [
        (
            tr("Servers and racks"),
            [
                Field("layout.gpus_per_node", tr("Accelerators per server"), kind="int",
                      help=tr("Accelerators in one server (node).")),
                Field("layout.nodes_per_rack", tr("Servers per rack"), kind="int",
                      help=tr("Servers (nodes) in one rack.")),
            ],
        ),
        (
            tr("Scale-out fabric"),
            [
                Field("network.fabric", tr("Fabric"), kind="choice", choices=fabrics,
                      help=tr("Kind of scale-out network between servers.")),
                Field("network.switch", tr("Switch"), kind="switch", choices=custom_switch.switch_choices,
                      also=custom_switch.clear_custom,
                      help=tr("The switch of the scale-out fabric: a catalog switch, or “Custom switch…” "
                              "for one defined in this scenario.")),
                Field("network.custom_switch", tr("Custom switch"), kind="custom_switch",
                      help=tr("A switch that is not in the catalog (ports, port speed, power, price), "
                              "saved in this scenario; it replaces the catalog switch. Pick a catalog "
                              "switch above to go back.")),
                Field("network.link_gbps", tr("Link per accelerator"), "Gb/s", decimals=0, step=100,
                      none_text=tr("Each chip's own NICs")),
                Field("network.nics_per_node", tr("NIC ports per server"), kind="int",
                      none_text=tr("One per accelerator")),
                Field("network.planes", tr("Planes"), kind="int"),
                Field("network.rail_optimized", tr("Rail-optimised leaves"), kind="bool"),
                Field("network.optical_fraction", tr("Optical links"), "%", decimals=0, scale=100, step=5),
            ],
        ),
        (
            tr("Pods and oversubscription"),
            [
                Field("network.pod_gpus", tr("Accelerators per pod"), kind="int", step=1024,
                      none_text=tr("No pods")),
                Field("network.oversubscription", tr("Leaf oversubscription"), ":1", decimals=1, step=0.5),
                Field("network.pod_oversubscription", tr("Above pods"), ":1", decimals=1, step=0.5),
            ],
        ),
        (
            tr("Front-end network"),
            [
                Field("network.frontend_gbps_per_node", tr("Per server"), "Gb/s", decimals=0, step=100),
                Field("network.frontend_oversubscription", tr("Oversubscription"), ":1", decimals=1, step=0.5),
            ],
        ),
    ]


def build(binder: Binder):
    """The network page; ``page.custom_switch`` opens the custom-switch form (its ``dialogs``
    are replaceable in tests)."""
    page = form_page(binder, fields(), "page:network")
    page.custom_switch = custom_switch.CustomSwitchEditor(binder, page)
    return page
