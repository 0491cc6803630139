"""``colossus-desktop`` / ``python -m colossus_desktop``.

A CLI command (``presets``, ``evaluate`` …), ``--version`` or ``--help`` runs the command line,
which never imports Qt; ``--self-test`` runs :mod:`colossus_desktop.selftest` (offscreen);
anything else opens the desktop window (imported only then).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

_CLI_FLAGS = ("--version", "-h", "--help")


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from colossus_desktop.cli import COMMANDS

    if args and (args[0] in COMMANDS or args[0] in _CLI_FLAGS):
        from colossus_desktop.cli import main as cli_main

        return cli_main(args)
    if args and args[0] == "--self-test":
        from colossus_desktop.selftest import main as selftest_main

        return selftest_main(args[1:])
    try:
        from colossus_desktop.ui.app import QtUnavailable
        from colossus_desktop.ui.app import main as gui_main
    except ImportError as exc:
        return window_cannot_start(exc)
    try:
        return int(gui_main(args) or 0)
    except QtUnavailable as exc:
        return window_cannot_start(exc)


def window_cannot_start(exc: ImportError) -> int:
    """Say on stderr that the window cannot start (Qt or a library of it missing), and that the
    command line still works; returns the exit status, 2."""
    from colossus_desktop.cli import COMMANDS

    print(
        f"colossus-desktop: error: the desktop window cannot start ({exc}); "
        f"the command line still works: colossus-desktop {' | '.join(COMMANDS)}",
        file=sys.stderr,
    )
    return 2


if __name__ == "__main__":
    sys.exit(main())
