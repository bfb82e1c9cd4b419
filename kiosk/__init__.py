"""The counter application: configuration, storage, workflow, privacy and the ``kiosk`` command.

No Qt here: screens (``ui``) and the delivery worker (``sync``) stand on these services.
"""

import time as _time

__version__ = "0.1.0"

#: When this process began loading the counter (a :func:`time.perf_counter` reading): the
#: start-up figures in the log (the resident screens' first frame) count from here.
STARTED = _time.perf_counter()
