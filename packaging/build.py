"""Build the standalone app: ``python packaging/build.py [--onefile]``.

1. A clean virtual environment in ``build/bundle-venv`` with the runtime dependencies only
   (``pip install .``) plus the pinned build tools of ``packaging/requirements-build.txt``;
   re-created when either file changes. Everything comes from the package registry.
2. PyInstaller on ``packaging/colossus-desktop.spec``: ``dist/colossus-desktop/`` (onedir, the
   default; on macOS also ``dist/Colossus Desktop.app``) or, with ``--onefile``,
   ``dist/colossus-desktop-onefile``.
   On Linux the spec also cuts the ICU data down to root, English and French
   (``packaging/icu_filter.py``; needs icupkg and genccode from Debian's icu-devtools, and gcc);
   the onedir folder is checked afterwards.
3. Prints the bundle's size and the build time. Check it with
   ``dist/colossus-desktop/colossus-desktop --self-test``.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "colossus-desktop.spec"
BUILD_REQUIREMENTS = PACKAGING / "requirements-build.txt"
VENV = ROOT / "build" / "bundle-venv"
WORK = ROOT / "build" / "pyinstaller"
DIST = ROOT / "dist"
NAME = "colossus-desktop"
#: Distributions that must never be in the build environment (they would be bundled if imported).
FORBIDDEN = {"pytest", "pytest-qt", "hypothesis", "pytest-benchmark", "pyside6", "pyside6-addons", "pyqt5", "pyqt6"}


def _say(message: str) -> None:
    print(f"build.py: {message}", flush=True)


def _run(cmd: list[str], **kwargs) -> None:
    _say("$ " + " ".join(str(c) for c in cmd))
    subprocess.run([str(c) for c in cmd], check=True, **kwargs)


def venv_python(venv: Path = VENV) -> Path:
    return venv / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _stamp() -> str:
    h = hashlib.sha256()
    for path in (ROOT / "pyproject.toml", BUILD_REQUIREMENTS):
        h.update(path.read_bytes())
    h.update(sys.version.encode())
    return h.hexdigest()


def ensure_venv(fresh: bool = False) -> Path:
    """The build environment: runtime dependencies and build tools, nothing else."""
    stamp_file = VENV / "colossus-build.stamp"
    python = venv_python()
    if not fresh and python.exists() and stamp_file.exists() and stamp_file.read_text() == _stamp():
        _say(f"reusing {VENV.relative_to(ROOT)}")
    else:
        shutil.rmtree(VENV, ignore_errors=True)
        _say(f"creating {VENV.relative_to(ROOT)} (runtime dependencies + PyInstaller)")
        _run([sys.executable, "-m", "venv", VENV])
        env = dict(os.environ, PIP_DISABLE_PIP_VERSION_CHECK="1")
        # `pip install .` (not -e, not [test]): exactly the runtime dependencies of pyproject.toml.
        _run([python, "-m", "pip", "install", "-q", str(ROOT), "-r", BUILD_REQUIREMENTS], env=env)
        stamp_file.write_text(_stamp())
    out = subprocess.run([python, "-m", "pip", "list", "--format=freeze"], check=True, capture_output=True, text=True).stdout
    installed = {line.split("==")[0].lower() for line in out.splitlines() if line}
    leaks = sorted(installed & FORBIDDEN)
    if leaks:
        raise SystemExit(f"build.py: the build environment holds {', '.join(leaks)}; delete {VENV} and retry")
    return python


def folder_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def icu_filter():
    """``packaging/icu_filter.py`` as a module (``packaging`` is also a PyPI package's name)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("colossus_icu_filter", PACKAGING / "icu_filter.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def build(onefile: bool = False, fresh_venv: bool = False, max_mb: float | None = None) -> Path:
    started = time.perf_counter()
    python = ensure_venv(fresh_venv)
    cmd = [python, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
           "--distpath", DIST, "--workpath", WORK / ("onefile" if onefile else "onedir"), SPEC]
    if onefile:
        cmd += ["--", "--onefile"]
    env = dict(os.environ)
    env.pop("PYTHONPATH", None)  # analyse the source tree and the build venv, nothing else
    _run(cmd, cwd=ROOT, env=env)
    suffix = ".exe" if os.name == "nt" else ""
    exe = f"{NAME}-onefile{suffix}" if onefile else f"{NAME}{suffix}"
    target = DIST / exe if onefile else DIST / NAME
    if not target.exists():
        raise SystemExit(f"build.py: PyInstaller finished but {target} is missing")
    if sys.platform.startswith("linux") and not onefile:
        _say(icu_filter().check_folder(target))
    size_mb = folder_size(target) / 1e6
    _say(f"built {target.relative_to(ROOT)}: {size_mb:.1f} MB ({size_mb / 1.048576:.1f} MiB) "
         f"in {time.perf_counter() - started:.0f} s")
    if max_mb is not None and size_mb > max_mb:
        raise SystemExit(f"build.py: {target.relative_to(ROOT)} is {size_mb:.1f} MB, over the {max_mb:g} MB limit")
    runner = target if onefile else target / exe
    _say(f"check it with: {runner.relative_to(ROOT)} --self-test")
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python packaging/build.py", description="Build the standalone app with PyInstaller.")
    parser.add_argument("--onefile", action="store_true", help="one self-extracting executable instead of a folder")
    parser.add_argument("--fresh", action="store_true", help="re-create the build environment")
    parser.add_argument("--max-mb", type=float, metavar="MB", help="fail if the bundle is larger (1 MB = 10^6 bytes)")
    args = parser.parse_args(argv)
    try:
        build(onefile=args.onefile, fresh_venv=args.fresh, max_mb=args.max_mb)
    except subprocess.CalledProcessError as exc:
        print(f"build.py: failed: {' '.join(str(c) for c in exc.cmd)} exited with {exc.returncode}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
