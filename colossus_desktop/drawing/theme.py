"""Chart themes: a dark one for the screen and a light, large-type one for projectors.

Series colours come from the Okabe–Ito palette, which stays distinguishable for the common
forms of colour blindness. Charts ask for a colour by role (``theme.color("grid")``), so a role
keeps its colour across charts (grid power is the same blue everywhere) and across themes.

``apply_theme(charts, theme)`` restyles existing charts in place; ``current_theme()`` is what new
charts start with (dark unless :func:`set_current_theme` chose otherwise).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

# Okabe & Ito (2008), "Color Universal Design".
OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}

_ROLES_COMMON = {
    # capex categories
    "accelerators": OKABE_ITO["blue"],
    "servers": OKABE_ITO["sky_blue"],
    "network": OKABE_ITO["bluish_green"],
    "storage": OKABE_ITO["reddish_purple"],
    "facility": OKABE_ITO["orange"],
    "power_plant": OKABE_ITO["vermillion"],
    # power
    "hosts": OKABE_ITO["sky_blue"],
    "cooling": OKABE_ITO["orange"],
    # supply: colours the demand side of the power chart does not use
    "grid": OKABE_ITO["yellow"],
    "turbines": OKABE_ITO["vermillion"],
    "batteries": "#999999",
    "shortfall": OKABE_ITO["vermillion"],  # drawn hatched
    # yearly costs
    "depreciation": OKABE_ITO["blue"],
    "capital": OKABE_ITO["sky_blue"],
    "energy": OKABE_ITO["orange"],
    "maintenance": OKABE_ITO["bluish_green"],
    "staff": OKABE_ITO["reddish_purple"],
    # step time by layout: useful compute first, then what the layout adds
    "step_compute": OKABE_ITO["blue"],
    "step_recompute": OKABE_ITO["sky_blue"],
    "step_tp": OKABE_ITO["orange"],
    "step_bubble": OKABE_ITO["vermillion"],
    "step_dp": OKABE_ITO["bluish_green"],
    "step_ep": OKABE_ITO["reddish_purple"],
    "step_cp": OKABE_ITO["yellow"],
    # lines
    "primary": OKABE_ITO["blue"],
    "secondary": OKABE_ITO["orange"],
    "tertiary": OKABE_ITO["bluish_green"],
    "ideal": OKABE_ITO["bluish_green"],
    "actual": OKABE_ITO["vermillion"],
    "loss": OKABE_ITO["vermillion"],
}


@dataclass(frozen=True)
class Theme:
    name: str
    background: str
    foreground: str  # axis lines, tick labels, titles
    muted: str  # grid lines, secondary text
    marker: str  # "this scenario" markers
    stale_background: str  # the stale overlay label (with alpha)
    stale_foreground: str
    font_pt: int  # tick labels and legend
    title_pt: int
    label_pt: int  # axis labels
    line_width: float  # on-screen pen width (cosmetic)
    roles: dict[str, str] = field(default_factory=dict)

    def color(self, role: str) -> str:
        return self.roles.get(role, self.foreground)


_DARK_ROLES = dict(_ROLES_COMMON)
# On a dark background the pure blue is too dim for lines: lift the line roles.
_DARK_ROLES.update(primary=OKABE_ITO["sky_blue"], tertiary=OKABE_ITO["bluish_green"])

DARK = Theme(
    name="dark",
    background="#1e1f22",
    foreground="#d8d8d8",
    muted="#6a6d73",
    marker="#F0E442",  # Okabe–Ito yellow: stands out on dark
    stale_background="rgba(40, 40, 40, 215)",
    stale_foreground="#F0E442",
    font_pt=9,
    title_pt=11,
    label_pt=9,
    line_width=1.0,
    roles=_DARK_ROLES,
)

PROJECTOR = Theme(
    name="projector",
    background="#ffffff",
    foreground="#111111",
    muted="#9a9a9a",
    marker="#000000",
    stale_background="rgba(255, 255, 255, 225)",
    stale_foreground="#A04000",
    font_pt=14,
    title_pt=18,
    label_pt=14,
    line_width=2.0,  # a projector washes thin lines out; few series, so the cost is small
    roles=dict(_ROLES_COMMON),
)

THEMES = {t.name: t for t in (DARK, PROJECTOR)}

_current = DARK


def current_theme() -> Theme:
    return _current


def set_current_theme(theme: Theme | str) -> Theme:
    """Choose the theme new charts start with; returns it."""
    global _current
    _current = THEMES[theme] if isinstance(theme, str) else theme
    return _current


def apply_theme(charts: Iterable, theme: Theme | str | None = None) -> Theme:
    """Restyle existing charts (anything with ``apply_theme(theme)``) in place.

    Also makes ``theme`` the current one, so charts created afterwards match.
    """
    t = set_current_theme(theme) if theme is not None else current_theme()
    for chart in charts:
        chart.apply_theme(t)
    return t
