"""``python -m kiosk.app``: the same command line as the installed ``kiosk``."""

import sys

from kiosk.app.cli import main

sys.exit(main())
