"""The 2026 site presets (issue 16) against the sources they cite.

Each test writes the expected headline inputs (accelerator counts, MW, phase dates) next to the
quoted source text, so a preset edited away from its source fails here. Values that the
sources do not give (a month inside "Q4 2026", GPUs per building filled to "up to 50,000") are
assumptions, and the tests check that the preset says so.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from colossus_desktop.engine import evaluate
from colossus_desktop.paths import resources_dir
from colossus_desktop.scenario import load_preset, to_inputs
from colossus_desktop.scenario.presets import grouped_presets, list_presets, preset_groups, preset_ids

SITES = ["stargate-abilene", "project-rainier", "fairwater-wisconsin", "colossus-2"]


def _cited(scenario, *words):
    """True if one source line holds every word (the preset cites what the test quotes)."""
    return any(all(w in s for w in words) for s in scenario.sources)


def test_stargate_abilene_matches_its_sources():
    s = load_preset("stargate-abilene")
    # Financial Times: "Oracle plans to purchase around 400,000 Nvidia GB200 chips"
    assert sum(p.count for p in s.pools) == 400_000
    assert {p.accelerator for p in s.pools} == {"gb200-nvl72"}
    assert _cited(s, "Financial Times", "400,000 Nvidia GB200")
    # FT: "The complex is to comprise eight buildings"; WSJ: "Each building will reportedly house
    # up to 50,000 Nvidia Blackwell processors" -> no phase holds more than its buildings allow
    assert _cited(s, "eight buildings") and _cited(s, "up to 50,000")
    buildings = [(1, 2), (3, 4), (5, 8)]
    for pool, (first, last) in zip(s.pools, buildings, strict=True):
        assert f"Buildings {first}-{last}" in pool.name
        assert pool.count <= 50_000 * (last - first + 1)
    # OpenAI/Oracle, Sept 2025: "Two buildings already deliver more than 200 megawatts"
    # Epoch AI, April 2026: "~0.3 GW / 4 of 8 buildings operational as of April 2026";
    # "full 8-building / 1.2 GW build projected Q4 2026"
    assert [p.arrival for p in s.pools] == ["2025-09", "2026-04", "2026-10"]
    assert _cited(s, "Two buildings already deliver more than 200 megawatts")
    assert _cited(s, "4 of 8 buildings operational as of April 2026", "projected Q4 2026")
    assert "month is an assumption" in s.pools[2].note
    # Crusoe via Bloomberg: "capacity of 1.2 gigawatts of power"
    assert s.power.grid_mw == 1200 and _cited(s, "1.2 gigawatts")
    assert "Assumption" in s.pools[0].note or "assumption" in s.pools[0].note


def test_project_rainier_matches_its_sources():
    s = load_preset("project-rainier")
    # AWS, 2025-10-29: "nearly half a million of AWS' in-house Trainium2 chips and with plans to
    # scale up to more than a million by the end of this year"
    assert [(p.accelerator, p.count, p.arrival) for p in s.pools] == [
        ("trainium2", 500_000, "2025-10"), ("trainium2", 500_000, "2026-01")]
    assert _cited(s, "AWS", "nearly half a million", "more than a million")
    # Epoch AI, Nov 2025: "Anthropic–Amazon New Carlisle (January 2026)" among the 1 GW sites
    assert _cited(s, "New Carlisle (January 2026)")
    # Epoch AI, June 2026: "about 700,000 H100 chips, drawing roughly 1.1 gigawatts"
    assert s.power.grid_mw == 1100 and _cited(s, "700,000 H100", "1.1 gigawatts")
    # 700,000 H100e at 989 vs Trainium2's 667 dense BF16 TFLOP/s is about a million Trainium2
    assert 700_000 * 989 / 667 == pytest.approx(sum(p.count for p in s.pools), rel=0.05)
    assert s.pools[1].note.startswith("Assumption")


def test_fairwater_matches_its_sources():
    s = load_preset("fairwater-wisconsin")
    # Microsoft, 2025-09-18: "Fairwater is a seamless cluster of hundreds of thousands of NVIDIA
    # GB200s"; "expected to be fully operational in early 2026"
    first = s.pools[0]
    assert first.accelerator == "gb200-nvl72" and 200_000 <= first.count < 1_000_000
    assert first.arrival.startswith("2026-0") and int(first.arrival[5:]) <= 3
    assert _cited(s, "hundreds of thousands of NVIDIA GB200s") and _cited(s, "early 2026")
    assert "assumption" in first.note
    # "An 800-Gbps InfiniBand/Ethernet non-blocking fat-tree interconnect"
    assert (s.network.link_gbps, s.network.oversubscription, s.network.pod_gpus) == (800, 1, None)
    # "requires zero water for operations after construction"
    assert s.facility.wue_l_per_kwh == 0
    # Microsoft gives no peak load: the grid figure is an assumption and says so
    assert s.power.notes["grid_mw"].startswith("Assumption")
    assert s.pools[1].note.startswith("Assumption")


def test_colossus_2_moved_to_the_january_2026_gigawatt():
    s = load_preset("colossus-2")
    # Musk, 2026-01-17: "the world's first AI training cluster ... reaching the gigawatt (GW)
    # level"; "will be further upgraded to 1.5GW in April"
    assert _cited(s, "2026-01-17", "1.5GW in April")
    assert [p.arrival for p in s.pools[:3]] == ["2025-10", "2026-01", "2026-04"]
    # xAI: "an additional 110,000 NVIDIA GB200"; WSJ: "initially feature 550,000 GB200 and GB300"
    assert s.pools[0].count == 110_000 and sum(p.count for p in s.pools[:3]) == 550_000


@pytest.mark.parametrize("preset_id", SITES)
def test_site_presets_show_phases_and_an_illustrative_run(preset_id):
    s = load_preset(preset_id)
    arrivals = [p.arrival for p in s.pools]
    assert len(s.pools) >= 2 and arrivals == sorted(arrivals) and len(set(arrivals)) == len(arrivals)
    assert "illustrative" in s.workload.notes["name"].lower()
    assert "Known:" in s.description and "Assumed:" in s.description
    r = evaluate(to_inputs(s))
    # the build-out timeline steps up at each phase to the whole site
    installed = r.buildout.installed_accelerators[0]
    assert installed[-1] == sum(p.count for p in s.pools)
    assert len(set(installed.tolist()) - {0.0}) == len(s.pools)


def test_stargate_facility_power_stays_within_the_sites_capacity():
    """Not tuned: 400,000 GB200 at 1.2 kW (x 1.43 for the rack) with a liquid-cooled PUE of 1.14
    peak at about 0.84 GW, under the 1.2 GW capacity (Crusoe) and near the 'about 900 megawatts'
    reported for the GB200 racks at the opening (techstrong.ai)."""
    r = evaluate(to_inputs(load_preset("stargate-abilene")))
    assert 0.7e3 < r.power.facility_peak_mw[0] < 1.2e3
    assert r.power.peak_shortfall_mw[0] == 0


# --- owner and year ---------------------------------------------------------------------------


def test_every_preset_has_an_owner_and_a_year_and_no_stray_entry():
    groups = preset_groups()
    assert set(groups) == set(preset_ids())
    assert groups["stargate-abilene"] == ("OpenAI / Oracle", 2026)
    assert groups["project-rainier"] == ("Anthropic / Amazon", 2025)
    assert groups["fairwater-wisconsin"] == ("Microsoft", 2026)
    # the year is that of the state modelled: the last phase arrives in or before it (+1 for
    # Colossus 2, whose million-GPU phase is an assumption beyond 2026)
    for preset_id, (_owner, year) in groups.items():
        first = min(p.arrival for p in load_preset(preset_id).pools)
        assert int(first[:4]) <= year, preset_id


def test_groups_order_owners_by_newest_year():
    grouped = grouped_presets(list_presets())
    owners = [owner for owner, _ in grouped]
    assert owners[:3] == ["Microsoft", "OpenAI / Oracle", "xAI"]  # 2026, A-Z
    xai = dict(grouped)["xAI"]
    assert [(i.id, i.year) for i in xai] == [("colossus-2", 2026), ("colossus-1", 2025), ("colossus-1-phase-1", 2024)]


def test_bad_groups_file_names_the_entry(tmp_path):
    from colossus_desktop.scenario import ScenarioError

    path = tmp_path / "preset-groups.json"
    path.write_text('{"presets": {"x": {"owner": "", "year": 2026}}}', encoding="utf-8")
    with pytest.raises(ScenarioError, match=r"preset-groups.json: presets.x needs a non-empty 'owner'"):
        preset_groups(path)


def test_readme_table_lists_every_preset_with_its_owner_and_year():
    readme = (resources_dir().parent / "README.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| `([a-z0-9-]+)`(?: \(default\))? \| ([^|]+?) \|", readme, re.M))
    assert set(rows) == set(preset_ids())
    for preset_id, (owner, year) in preset_groups().items():
        assert rows[preset_id] == f"{owner}, {year}", preset_id
