"""Entry point of the frozen ``kiosk`` executable: the same command line as the installed one."""

import sys

from kiosk.app.cli import main

if __name__ == "__main__":
    sys.exit(main())
