"""The bundle's entry point: the same ``main`` as the ``colossus-desktop`` console script."""

import sys

from colossus_desktop.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
