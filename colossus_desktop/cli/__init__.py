"""The command line: the engine without a window. Never imports Qt.

``colossus-desktop presets`` and ``colossus-desktop evaluate (FILE | --preset ID) [--json]``;
``colossus_desktop.__main__`` sends these (and ``--version``) here and everything else to the
desktop window. Every error is one line on stderr and exit status 2.
"""

from colossus_desktop.cli.main import COMMANDS, EXIT_USAGE, main

__all__ = ["COMMANDS", "EXIT_USAGE", "main"]
