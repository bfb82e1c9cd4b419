"""What every long-running counter process starts around its windows: the configured database,
the daily retention purge and, where this process delivers, the outbox worker in a thread.

``kiosk run``, ``kiosk desk`` and ``kiosk tablet`` differ only in the windows they open; this is
the one place that decides the order things start and stop in (the worker stops before the
database closes, so a delivery in flight is recorded or left to be retried, never half-written).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from kiosk.config import Config
from kiosk.retention import DailyPurge
from kiosk.storage import Storage, open_storage


@contextlib.contextmanager
def counter_runtime(config: Config, *, deliver: bool) -> Iterator[Storage]:
    """Open the database, start the daily purge and (``deliver``) the worker; stop them at exit.

    Every process may run the purge: it runs at most once a day per database.
    """
    storage = open_storage(config)
    with contextlib.ExitStack() as stack:
        stack.callback(storage.close)
        purge = DailyPurge(storage).start()  # personal data leaves on schedule (retention)
        stack.callback(purge.stop)
        if deliver:
            from sync.service import build_adapters
            from sync.worker import OutboxWorker, running_in_thread

            stack.enter_context(running_in_thread(OutboxWorker(storage, build_adapters(config))))
        yield storage
