"""Linux: shrink the ICU data the PySide6 wheel ships (``libicudata.so.NN``, 32 MB) to what the
app needs (about 4 MB), the way Qt, Chromium and Electron deployments filter ICU data.

``libicudata.so.NN`` is nothing but one exported symbol, ``icudtNN_dat``: an ICU common-data
package (``.dat``) that libicuuc reads. The build (``packaging/colossus-desktop.spec``, for onedir
and onefile alike) calls :func:`filter_binaries`, which

1. cuts the package out of the library (the symbol's bytes, found through the ELF tables) and
   checks its header (magic ``0xda27``, format ``CmnD``, little-endian);
2. removes items with ``icupkg`` (Debian: icu-devtools): locale data of every language except
   root and :data:`KEPT_LANGUAGES` in every tree (main, coll, brkitr, curr, lang, region, unit,
   zone, rbnf), the transliterators, the word-break dictionaries of CJK, Thai, Lao, Khmer and
   Burmese, the table-based converters other than :data:`KEPT_CONVERTERS` (UTF-8/16/32, Latin-1
   and ASCII are built into libicuuc), the StringPrep profiles, the spoof checker's confusables
   and the character names. Everything else stays: time zones (zoneinfo64, metaZones,
   timezoneTypes, windowsZones), likelySubtags, supplementalData, plurals, numberingSystems,
   the collation root (ucadata), the break rules (``*.brk``), normalisation, converter aliases …;
3. builds a drop-in library exporting the same symbol (``genccode`` + ``gcc``, same SONAME, no
   symbol versions, as the original);
4. checks it: symbol size and bytes, SONAME, then loads it with the wheel's libicuuc and
   libicui18n in a child process (:func:`smoke_test`: en/fr bundles, collation order, a
   converter, time zone data, word breaks, and that German data is really gone).

Any failure raises :class:`SystemExit`: the build never ships an unfiltered or broken library
without saying so. Text in Chinese, Japanese, Thai … still works, but word and line breaks in
those scripts fall back to the rules without dictionaries, and their locale data falls back to
root.

``python3 packaging/icu_filter.py LIBICUDATA OUT_DIR`` filters one library by hand.
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

#: Languages whose locale data is kept in every tree, with all their regional variants (en_GB,
#: fr_CA …), besides root. The UI is English; French is planned.
KEPT_LANGUAGES = ("en", "fr")
#: Table-based converters kept (the algorithmic ones, UTF-8/16/32, ISO-8859-1 and US-ASCII, live
#: in libicuuc): windows-1252 and ISO-8859-15, for Western European legacy text.
KEPT_CONVERTERS = ("ibm-5348_P100-1997.cnv", "ibm-923_P100-1998.cnv")
#: Trees dropped whole: the transliterators (Qt does not use them).
DROPPED_TREES = ("translit",)
#: Single items dropped besides locales and converters: the spoof checker's confusables and the
#: Unicode character names (Qt uses neither). StringPrep profiles (``*.spp``) go by extension,
#: the break-iterator dictionaries (``brkitr/*.dict``: cjdict, thaidict, laodict, khmerdict,
#: burmesedict, about 3 MB) too.
DROPPED_ITEMS = ("confusables.cfu", "unames.icu")
DROPPED_EXTENSIONS = (".spp", ".dict")
#: Items the filtered package must still hold (a changed wheel or a wrong rule fails the build).
REQUIRED_ITEMS = (
    "root.res", "en.res", "en_GB.res", "fr.res", "fr_FR.res", "pool.res", "res_index.res",
    "likelySubtags.res", "supplementalData.res", "plurals.res", "numberingSystems.res", "icuver.res",
    "zoneinfo64.res", "timezoneTypes.res", "metaZones.res", "windowsZones.res", "cnvalias.icu",
    "coll/root.res", "coll/ucadata.icu", "coll/res_index.res", "brkitr/root.res", "brkitr/word.brk",
    "brkitr/line.brk", "brkitr/char.brk", "brkitr/sent.brk", "curr/en.res", "curr/fr.res",
    "lang/fr.res", "region/fr.res", "unit/fr.res", "zone/fr.res", "zone/pool.res", "rbnf/fr.res",
) + KEPT_CONVERTERS

_LIBRARY = re.compile(r"libicudata\.so\.(\d+)$")
_LOCALE = re.compile(r"[a-z]{2,3}(?:_[A-Za-z0-9]*)*")  # af, en_GB, sr_Latn_BA, de__PHONEBOOK
_NOT_LOCALES = {"res_index", "pool", "root"}  # res_index looks like one; root is always kept


def _say(message: str) -> None:
    print(f"icu_filter: {message}", flush=True)


def _fail(message: str) -> SystemExit:
    return SystemExit(f"icu_filter: {message}")


def dropped(item: str) -> bool:
    """True for a package item (``tree/name.ext`` or ``name.ext``) the bundle does without."""
    tree, _, name = item.rpartition("/")
    if tree in DROPPED_TREES or name in DROPPED_ITEMS:
        return True
    stem, ext = (name.rsplit(".", 1) + [""])[:2]
    ext = "." + ext
    if ext in DROPPED_EXTENSIONS:
        return True
    if ext == ".cnv":
        return name not in KEPT_CONVERTERS
    if ext == ".res" and stem not in _NOT_LOCALES and _LOCALE.fullmatch(stem):
        return stem.split("_")[0] not in KEPT_LANGUAGES
    return False  # likelySubtags.res, zoneinfo64.res, coll/ucadata.icu, brkitr/word.brk …


# ELF ---------------------------------------------------------------------------------------
def data_symbol(library: Path) -> tuple[str, int, int]:
    """``(name, file offset, size)`` of the exported ``icudtNN_dat`` symbol of an ELF64 LE file."""
    data = library.read_bytes()
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        raise _fail(f"{library} is not a 64-bit little-endian ELF file")
    shoff, = struct.unpack_from("<Q", data, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [struct.unpack_from("<IIQQQQIIQQ", data, shoff + i * shentsize) for i in range(shnum)]
    for _name, sh_type, _flags, _addr, sym_off, sym_size, link, _info, _align, entsize in sections:
        if sh_type != 11:  # SHT_DYNSYM
            continue
        str_off = sections[link][4]
        for pos in range(sym_off, sym_off + sym_size, entsize or 24):
            st_name, _st_info, _other, shndx, value, size = struct.unpack_from("<IBBHQQ", data, pos)
            name = data[str_off + st_name : data.index(b"\0", str_off + st_name)].decode()
            if re.fullmatch(r"icudt\d+_dat", name) and 0 < shndx < len(sections):
                sec = sections[shndx]
                return name, sec[4] + (value - sec[3]), size  # sh_offset + (st_value - sh_addr)
    raise _fail(f"{library} exports no icudtNN_dat symbol")


def extract_package(library: Path, out: Path) -> bytes:
    name, offset, size = data_symbol(library)
    blob = library.read_bytes()[offset : offset + size]
    # MappedData: headerSize, magic 0xda 0x27; UDataInfo: size, reserved, isBigEndian,
    # charsetFamily, sizeofUChar, reserved, dataFormat "CmnD"
    if len(blob) != size or blob[2:4] != b"\xda\x27" or blob[12:16] != b"CmnD":
        raise _fail(f"{library}: {name} does not hold an ICU common-data package")
    if blob[8] != 0 or blob[9] != 0:
        raise _fail(f"{library}: {name} is not little-endian ASCII ICU data")
    out.write_bytes(blob)
    return blob


# tools -------------------------------------------------------------------------------------
def _tool(name: str, package: str) -> str:
    candidates = (Path("/usr/sbin", name), Path("/usr/bin", name))  # icupkg is in /usr/sbin on Debian
    path = shutil.which(name) or next((str(p) for p in candidates if p.exists()), None)
    if path is None:
        raise _fail(f"{name} is missing (Debian: apt-get install {package})")
    return path


def _run(cmd: list, **kwargs) -> subprocess.CompletedProcess:
    result = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, **kwargs)
    if result.returncode != 0:
        output = "\n".join((result.stdout + result.stderr).strip().splitlines()[-20:])
        raise _fail(f"{' '.join(str(c) for c in cmd)} exited with {result.returncode}:\n{output}")
    return result


def list_items(package: Path) -> list[str]:
    # --ignore-deps: brkitr/root.res names the dictionaries; ICU falls back to rules without them
    return _run([_tool("icupkg", "icu-devtools"), "--ignore-deps", "-l", package]).stdout.split()


# the filter --------------------------------------------------------------------------------
def filter_library(library: Path, work: Path, icu_libs: list[Path] | None = None) -> Path:
    """Write ``work/libicudata.so.NN``, the filtered drop-in for ``library``; return its path.

    ``icu_libs`` (the matching libicuuc and libicui18n) are used for :func:`smoke_test`.
    """
    match = _LIBRARY.search(library.name)
    if not match:
        raise _fail(f"{library.name} is not a libicudata.so.NN")
    major = match.group(1)
    shutil.rmtree(work, ignore_errors=True)
    (work / "filtered").mkdir(parents=True)
    symbol, _offset, _size = data_symbol(library)
    if symbol != f"icudt{major}_dat":
        raise _fail(f"{library.name} exports {symbol}, expected icudt{major}_dat")
    package = work / f"icudt{major}l.dat"  # icupkg takes the item prefix from the file name
    original = extract_package(library, package)
    items = list_items(package)
    removed = [item for item in items if dropped(item)]
    (work / "removed.txt").write_text("\n".join(removed) + "\n")
    filtered = work / "filtered" / package.name
    _run([_tool("icupkg", "icu-devtools"), "--ignore-deps", "-r", work / "removed.txt", package, filtered])
    kept = set(list_items(filtered))
    missing = [item for item in REQUIRED_ITEMS if item not in kept]
    if missing:
        raise _fail(f"the filtered ICU data lacks {', '.join(missing)}")
    if kept & set(removed) or len(kept) != len(items) - len(removed):
        raise _fail("icupkg did not remove what it was asked to")
    (work / "kept.txt").write_text("\n".join(sorted(kept)) + "\n")

    # genccode writes the package as an assembly file exporting icudtNN_dat (16-byte aligned)
    _run([_tool("genccode", "icu-devtools"), "-q", "-a", "gcc", "-e", f"icudt{major}", "-f", f"icudt{major}_dat",
          "-d", work, filtered])
    asm = work / f"icudt{major}_dat.S"
    out = work / library.name
    # like the original: only the data symbol, no symbol versions, no NEEDED entries
    _run([_tool("gcc", "gcc"), "-shared", "-nostdlib", f"-Wl,-soname,{library.name}", "-Wl,-Bsymbolic",
          "-Wl,-z,noexecstack", "-o", out, asm])
    out.chmod(0o755)

    data = filtered.read_bytes()
    name, offset, size = data_symbol(out)
    if name != symbol or size != len(data) or out.read_bytes()[offset : offset + size] != data:
        raise _fail(f"{out} does not export the filtered package as {symbol}")
    dynamic = _run(["objdump", "-p", out]).stdout.splitlines()
    soname = [line.split()[-1] for line in dynamic if line.strip().startswith("SONAME")]
    if soname != [library.name]:
        raise _fail(f"{out}: SONAME {soname}, expected {library.name}")
    if icu_libs:
        check = work / "check"
        check.mkdir()
        for lib in [*icu_libs, out]:
            shutil.copy2(lib, check / lib.name)
        # libicuuc finds libicudata next to it ($ORIGIN); a fixed default locale keeps statuses stable
        env = {k: v for k, v in os.environ.items() if k not in ("LD_LIBRARY_PATH", "LANG", "LANGUAGE")}
        env["LC_ALL"] = "C"
        result = subprocess.run([sys.executable, __file__, "--smoke-test", str(check), major],
                                capture_output=True, text=True, env=env)
        if result.returncode != 0:
            raise _fail(f"the filtered ICU data does not work:\n{result.stdout}{result.stderr}")
        _say(result.stdout.strip())
    _say(f"{library.name}: {library.stat().st_size / 1e6:.1f} MB -> {out.stat().st_size / 1e6:.1f} MB "
         f"(ICU data {len(original) / 1e6:.1f} -> {len(data) / 1e6:.1f} MB; kept {len(kept)} of {len(items)} items: "
         f"root, {', '.join(KEPT_LANGUAGES)}; lists in {work})")
    return out


def filter_binaries(binaries: list, work: Path) -> list:
    """PyInstaller's ``a.binaries`` with libicudata replaced by the filtered copy (built in ``work``)."""
    by_name = {Path(entry[0]).name: entry for entry in binaries}
    found = [name for name in by_name if _LIBRARY.search(name)]
    if len(found) != 1:
        raise _fail(f"expected one libicudata.so.NN among the bundled libraries, found {found or 'none'}")
    dest, src, typecode = by_name[found[0]]
    major = _LIBRARY.search(found[0]).group(1)
    names = [f"libicu{part}.so.{major}" for part in ("uc", "i18n")]
    icu_libs = [Path(by_name[name][1]) for name in names if name in by_name]
    if len(icu_libs) != 2:
        raise _fail(f"libicuuc.so.{major} and libicui18n.so.{major} are not both bundled")
    out = filter_library(Path(src), Path(work), icu_libs)
    return [(dest, str(out), typecode) if entry[0] == dest else entry for entry in binaries]


def check_folder(folder: Path) -> str:
    """Fail unless the libicudata in a built onedir folder is the filtered one."""
    libs = [p for p in Path(folder).rglob("libicudata.so.*") if _LIBRARY.search(p.name) and not p.is_symlink()]
    if len(libs) != 1:
        raise _fail(f"expected one libicudata.so.NN in {folder}, found {len(libs)}")
    _name, _offset, size = data_symbol(libs[0])
    items_dropped = ("de.res", "ja.res", "coll/zh.res", "brkitr/cjdict.dict")
    # a cheap look at the ToC: the names of dropped items must not be in the package
    blob = libs[0].read_bytes()
    present = [item for item in items_dropped if b"/" + item.encode() + b"\0" in blob]
    if present:
        raise _fail(f"{libs[0]} is not filtered: it still holds {', '.join(present)}")
    return f"{libs[0].name}: {size / 1e6:.1f} MB of ICU data (filtered)"


# smoke test (run in a child process, so the host process loads no ICU) --------------------
def smoke_test(folder: str, major: str) -> int:
    import ctypes

    uc = ctypes.CDLL(str(Path(folder, f"libicuuc.so.{major}")), mode=ctypes.RTLD_GLOBAL)
    i18n = ctypes.CDLL(str(Path(folder, f"libicui18n.so.{major}")), mode=ctypes.RTLD_GLOBAL)

    def fn(lib, name, restype=ctypes.c_void_p):
        f = getattr(lib, f"{name}_{major}")
        f.restype = restype
        return f

    errors: list[str] = []

    def status():
        return ctypes.c_int(0)

    def uchars(text):
        return ctypes.create_string_buffer(text.encode("utf-16-le") + b"\0\0"), len(text)

    # locale bundles: en and fr found as such (U_ZERO_ERROR); de falls back (-127: default warning)
    for loc, want in (("root", 0), ("en", 0), ("en_GB", 0), ("fr", 0), ("fr_FR", 0), ("fr_CA", 0), ("de", -127)):
        s = status()
        fn(uc, "ures_open")(None, loc.encode(), ctypes.byref(s))
        if s.value != want:
            errors.append(f"ures_open({loc}) status {s.value}, expected {want}")
    for table in ("zoneinfo64", "metaZones", "timezoneTypes", "windowsZones", "likelySubtags", "supplementalData"):
        s = status()
        fn(uc, "ures_openDirect")(None, table.encode(), ctypes.byref(s))
        if s.value != 0:
            errors.append(f"{table} status {s.value}")
    # collation: accents sort with their base letter, lower case first (a code-point sort would not)
    for loc in ("en", "fr", "fr_CA"):
        s = status()
        coll = fn(i18n, "ucol_open")(loc.encode(), ctypes.byref(s))
        if not coll or s.value > 0:
            errors.append(f"ucol_open({loc}) status {s.value}")
            continue
        strcoll = fn(i18n, "ucol_strcoll", ctypes.c_int)
        for a, b in (("été", "zèbre"), ("a", "A"), ("côte", "Zoo")):
            (ba, la), (bb, lb) = uchars(a), uchars(b)
            if strcoll(ctypes.c_void_p(coll), ba, la, bb, lb) != -1:
                errors.append(f"collation {loc}: {a!r} does not sort before {b!r}")
        fn(i18n, "ucol_close", None)(ctypes.c_void_p(coll))
    # converters: the algorithmic ones, and a kept table through the alias table
    for codec in ("UTF-8", "UTF-16", "UTF-32", "ISO-8859-1", "US-ASCII", "windows-1252", "ISO-8859-15"):
        s = status()
        cnv = fn(uc, "ucnv_open")(codec.encode(), ctypes.byref(s))
        if not cnv or s.value > 0:
            errors.append(f"ucnv_open({codec}) status {s.value}")
        else:
            fn(uc, "ucnv_close", None)(ctypes.c_void_p(cnv))
    # word breaks (rules of brkitr/word.brk): Latin text splits at words; Japanese does not crash
    samples = (("fr", "Bonjour le monde entier", 7), ("en", "Hello, world", 4), ("ja", "日本語のテキスト", 2))
    for loc, text, least in samples:
        buf, n = uchars(text)
        s = status()
        brk = fn(uc, "ubrk_open")(1, loc.encode(), buf, n, ctypes.byref(s))  # UBRK_WORD
        if not brk or s.value > 0:
            errors.append(f"ubrk_open({loc}) status {s.value}")
            continue
        first, nxt = fn(uc, "ubrk_first", ctypes.c_int), fn(uc, "ubrk_next", ctypes.c_int)
        bounds = [first(ctypes.c_void_p(brk))]
        while bounds[-1] != -1 and len(bounds) < 100:
            bounds.append(nxt(ctypes.c_void_p(brk)))
        if len(bounds) - 1 < least or bounds[-2] != n:
            errors.append(f"word breaks ({loc}) of {text!r}: {bounds}")
        fn(uc, "ubrk_close", None)(ctypes.c_void_p(brk))
    if errors:
        print("\n".join(errors))
        return 1
    print("smoke test passed (en/fr bundles, collation, converters, time zones, word breaks; de data gone)")
    return 0


def main(argv: list[str]) -> int:
    if len(argv) == 3 and argv[0] == "--smoke-test":
        return smoke_test(argv[1], argv[2])
    if len(argv) == 2:
        library = Path(argv[0]).resolve()
        icu_libs = [library.with_name(library.name.replace("icudata", part)) for part in ("icuuc", "icui18n")]
        filter_library(library, Path(argv[1]).resolve(), [p for p in icu_libs if p.exists()] or None)
        return 0
    print(__doc__.strip().splitlines()[-1], file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
