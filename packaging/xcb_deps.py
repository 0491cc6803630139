"""Check that the README's Linux package list gives Qt's xcb platform plugin every library it needs.

``python3 packaging/xcb_deps.py`` runs ``ldd`` on PySide6's ``plugins/platforms/libqxcb.so`` (which
lists, transitively, the libraries of libQt6XcbQpa, QtGui and QtCore it links), skips the ones
shipped inside the PySide6 wheel, maps each other library to its Debian package with
``dpkg -S``, and fails naming every library that is missing or whose package is neither on the
README's ``apt-get install`` line, nor a dependency of one (``dpkg-query`` on the installed
packages), nor part of every Debian/Ubuntu desktop (the Essential packages, apt and GLib, with
their dependencies). Run it after installing the README's packages (``.ci/run`` does): a library the
list forgets is then "not found" or comes from an unlisted package.

Exit status: 0 when everything is provided, 1 naming what is not, 2 when it cannot check
(no dpkg, no PySide6, no README line).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README_LINE = re.compile(r"sudo apt-get install ((?:[a-z0-9][a-z0-9.+-]+ ?)+)`")
ALWAYS_THERE = ("apt",)  # with the Essential packages: on every Debian/Ubuntu system
# GLib is on every Linux desktop, and the README cannot name it for all: it is libglib2.0-0 on
# Debian 12 and Ubuntu 22.04, libglib2.0-0t64 from Ubuntu 24.04 and Debian 13 (no transitional
# package), so `apt-get install libglib2.0-0` fails there.
ON_EVERY_DESKTOP = ("libglib2.0-0", "libglib2.0-0t64")


def readme_packages(text: str) -> list[str]:
    """The packages of the README's first ``sudo apt-get install …`` line; ValueError if none."""
    m = README_LINE.search(text)
    if m is None:
        raise ValueError("README.md: no `sudo apt-get install …` line for Qt's X11 libraries")
    return m.group(1).split()


def plugin_path() -> Path:
    """PySide6's xcb platform plugin (``libqxcb.so``)."""
    import PySide6

    return Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"


def parse_ldd(text: str) -> dict[str, str | None]:
    """``ldd`` output → {library name: resolved path, or None if "not found"}; the vDSO and the
    dynamic loader (no ``=>``) are left out."""
    out: dict[str, str | None] = {}
    for line in text.splitlines():
        m = re.match(r"\s*(\S+) => (not found|(\S+) \(0x[0-9a-f]+\))", line)
        if m:
            out[m.group(1)] = None if m.group(2) == "not found" else m.group(3)
    return out


def _run(*args: str) -> str:
    return subprocess.run(args, capture_output=True, text=True, check=False).stdout


def packages_of(paths: list[str]) -> dict[str, str | None]:
    """{path: the Debian package owning it, or None} (each tried as given, under /usr and
    resolved: usrmerge systems list /usr/lib paths), in one ``dpkg -S`` call."""
    tries = {}
    for path in paths:
        real = os.path.realpath(path)
        tries[path] = [path, real, *(("/usr" + p) for p in (path, real) if not p.startswith("/usr/"))]
    owner_of: dict[str, str] = {}
    for line in _run("dpkg", "-S", *sorted({c for cs in tries.values() for c in cs})).splitlines():
        package, sep, where = line.partition(": ")
        if sep and "," not in package:
            owner_of[where.strip()] = package.split(":")[0].strip()
    return {path: next((owner_of[c] for c in cs if c in owner_of), None) for path, cs in tries.items()}


def closure(packages) -> set[str]:
    """``packages`` and everything they depend on (Depends, Pre-Depends, every alternative),
    transitively; installed packages only, one ``dpkg-query`` per level."""
    seen: set[str] = set()
    todo = set(packages)
    while todo:
        seen |= todo
        text = _run("dpkg-query", "-W", "-f=${Depends}, ${Pre-Depends}\n", *sorted(todo))
        names = {n.split("(")[0].split(":")[0].strip() for n in re.split(r"[,|\n]", text)}
        todo = {n for n in names if n} - seen
    return seen


def base_packages() -> set[str]:
    """What every Debian/Ubuntu desktop has: the Essential packages, apt and GLib (installed ones),
    with their dependencies."""
    essential = [line.split()[0] for line in _run("dpkg-query", "-W", "-f=${Package} ${Essential}\\n").splitlines()
                 if line.endswith(" yes")]
    return closure(essential + list(ALWAYS_THERE) + list(ON_EVERY_DESKTOP))


def unprovided(libraries: dict[str, str | None], owners: dict[str, str | None], provided: set[str],
               shipped: str) -> list[str]:
    """One line per library that the provided packages do not give: missing, not from a
    package, or from a package not provided. Libraries under ``shipped`` (the wheel) are fine."""
    lines = []
    for name, path in sorted(libraries.items()):
        if path is None:
            lines.append(f"{name}: not found")
        elif path.startswith(shipped):
            continue
        elif owners.get(path) is None:
            lines.append(f"{name}: {path} belongs to no Debian package")
        elif owners[path] not in provided:
            lines.append(f"{name}: from {owners[path]}, which the README's list does not install")
    return lines


def main() -> int:
    try:
        listed = readme_packages((ROOT / "README.md").read_text(encoding="utf-8"))
        plugin = plugin_path()
    except (ValueError, ImportError) as exc:
        print(f"xcb_deps: {exc}", file=sys.stderr)
        return 2
    if not plugin.is_file() or not _run("dpkg", "--version"):
        print(f"xcb_deps: cannot check: {'no ' + str(plugin) if not plugin.is_file() else 'no dpkg'}", file=sys.stderr)
        return 2
    libraries = parse_ldd(_run("ldd", str(plugin)))
    owners = packages_of([p for p in libraries.values() if p is not None])
    base = base_packages()
    provided = closure(listed) | base
    shipped = str(plugin.parents[3])  # PySide6/
    lines = unprovided(libraries, owners, provided, shipped)
    if lines:
        print("Qt's xcb platform plugin needs libraries the README's Linux line does not install:", file=sys.stderr)
        for line in lines:
            print("  " + line, file=sys.stderr)
        return 1
    needed = sorted({o for o in owners.values() if o and o not in base})
    print(f"xcb_deps: {len(libraries)} libraries, all provided; packages beyond the base system: {' '.join(needed)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
