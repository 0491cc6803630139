"""The bundle's ICU data filter (packaging/icu_filter.py): which items it keeps, and its wiring
into the spec, the build script and CI. The filter itself runs (and smoke-tests its library) in
every Linux build of ``.ci/run``."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def _icu_filter():
    spec = importlib.util.spec_from_file_location("colossus_icu_filter_test", PACKAGING / "icu_filter.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


icu_filter = _icu_filter()


def test_english_and_french_are_kept_languages():
    assert {"en", "fr"} <= set(icu_filter.KEPT_LANGUAGES)


@pytest.mark.parametrize("item", [
    "root.res", "en.res", "en_GB.res", "en_US_POSIX.res", "fr.res", "fr_CA.res", "pool.res", "res_index.res",
    "zoneinfo64.res", "timezoneTypes.res", "metaZones.res", "windowsZones.res", "likelySubtags.res",
    "supplementalData.res", "plurals.res", "numberingSystems.res", "icuver.res", "icustd.res", "units.res",
    "cnvalias.icu", "nfkc.nrm", "uts46.nrm", "ulayout.icu", "uemoji.icu", "ibm-5348_P100-1997.cnv",
    "coll/root.res", "coll/ucadata.icu", "coll/fr_CA.res", "coll/res_index.res", "brkitr/root.res",
    "brkitr/fr.res", "brkitr/word.brk", "brkitr/line_cj.brk", "curr/supplementalData.res", "curr/pool.res",
    "zone/tzdbNames.res", "zone/fr.res", "rbnf/fr_CH.res", "unit/en_001.res",
])
def test_kept(item):
    assert not icu_filter.dropped(item)


@pytest.mark.parametrize("item", [
    "de.res", "ja.res", "zh_Hant_HK.res", "sr_Latn_BA.res", "es_419.res", "coll/zh.res", "coll/de__PHONEBOOK.res",
    "coll/es_.res", "brkitr/de.res", "brkitr/cjdict.dict", "brkitr/thaidict.dict", "brkitr/khmerdict.dict",
    "brkitr/laodict.dict", "brkitr/burmesedict.dict", "translit/root.res", "translit/en.res", "curr/de.res",
    "zone/ja.res", "rbnf/ru.res", "gb18030.cnv", "ibm-943_P15A-2003.cnv", "rfc3491.spp", "unames.icu",
    "confusables.cfu",
])
def test_dropped(item):
    assert icu_filter.dropped(item)


def test_required_items_survive_the_rules():
    assert not [item for item in icu_filter.REQUIRED_ITEMS if icu_filter.dropped(item)]


def test_spec_build_and_ci_run_the_filter():
    spec = (PACKAGING / "colossus-desktop.spec").read_text(encoding="utf-8")
    # Linux only, after pruning, on a.binaries: onedir and onefile both get the filtered library
    linux = spec.index("if IS_LINUX:\n    a.binaries")
    assert spec.index("a.binaries = _filter_icu_data(a.binaries)") > linux
    assert 'icu_filter.filter_binaries(binaries, Path(workpath) / "icu")' in spec
    build_py = (PACKAGING / "build.py").read_text(encoding="utf-8")
    assert "icu_filter().check_folder(target)" in build_py
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    packages = ci.split("for pkg in", 1)[1].split(";", 1)[0].split()
    assert {"icu-devtools", "gcc", "binutils"} <= set(packages)
    assert "--max-mb 150" in ci
    workflow = (ROOT / ".github" / "workflows" / "bundle.yml").read_text(encoding="utf-8")
    assert "icu-devtools" in workflow


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the wheel ships ICU on Linux only")
def test_the_wheels_icu_library_holds_a_common_data_package(tmp_path):
    """The ELF reader finds icudtNN_dat in the installed PySide6 wheel and its bytes are ICU data."""
    pyside6 = pytest.importorskip("PySide6")
    libs = sorted(Path(pyside6.__file__).parent.glob("Qt/lib/libicudata.so.*"))
    libs = [lib for lib in libs if icu_filter._LIBRARY.search(lib.name)]
    if not libs:
        pytest.skip("this PySide6 has no libicudata")
    name, offset, size = icu_filter.data_symbol(libs[0])
    assert name == f"icudt{libs[0].name.rsplit('.', 1)[1]}_dat" and offset > 0 and size > 1_000_000
    blob = icu_filter.extract_package(libs[0], tmp_path / "icudt.dat")
    assert len(blob) == size and blob[12:16] == b"CmnD"
