"""Start-up counted in instructions: ``python3 -m bench.instructions`` (needs valgrind).

The clock on a shared machine moves by ±15 % between runs of the same code; the number of
instructions a start executes does not. This runs the start-up bench's two programs
(:mod:`bench.startup`: the app to everything drawn, the bare window to its frame) under
valgrind's callgrind, without the PNG each saves after its times are taken, with
``PYTHONHASHSEED=0`` and the project's ``.pyc`` files compiled, and prints the instruction counts
(``Ir``) and their ratio. About five minutes (valgrind runs a program ~50× slower).
Not a substitute for the clock (``--only startup``): a count says nothing of cache misses or I/O.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tempfile

from .startup import APP, BARE, ROOT, compile_sources


def _without_png(code: str, save: str) -> str:
    assert save in code, save
    return code.replace(save, "pass")


def count(code: str) -> int:
    """Instructions (callgrind's ``Ir``) that running ``code`` executes, in a fresh process."""
    with tempfile.TemporaryDirectory(prefix="colossus-ir-") as tmp:
        env = dict(os.environ, PYTHONHASHSEED="0", QT_QPA_PLATFORM="offscreen", COLOSSUS_DESKTOP_HOME=tmp,
                   PYTHONPATH=str(ROOT) + (os.pathsep + os.environ["PYTHONPATH"] if os.environ.get("PYTHONPATH") else ""))
        out = os.path.join(tmp, "callgrind.out")
        done = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
                               os.path.realpath(sys.executable), "-c", code, os.path.join(tmp, "x.png")],
                              capture_output=True, text=True, env=env, cwd=ROOT, check=False)
        m = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
        if m is None:
            raise RuntimeError("callgrind gave no count:\n" + done.stderr[-2000:])
        return int(m.group(1).replace(",", ""))


def main() -> int:
    if shutil.which("valgrind") is None:
        print("bench.instructions: valgrind is not installed", file=sys.stderr)
        return 2
    compile_sources()
    app = count(_without_png(APP, "window.grab().save(sys.argv[1])"))
    bare = count(_without_png(BARE, "win.grab().save(sys.argv[1])").replace(
        "print(shown, shown, cpu, cpu, flush=True)", "import os; os._exit(0)"))  # no teardown either
    print(f"app, everything drawn   {app / 1e6:10,.1f} M instructions")
    print(f"bare window, its frame  {bare / 1e6:10,.1f} M instructions")
    print(f"ratio                   {app / bare:10.3f}  (target 1.7)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
