"""The counter core's storage fixtures (SQLite and a throwaway PostgreSQL), shared with
``tests/kiosk``."""

from tests.fixtures.postgres import (  # noqa: F401 - fixtures, used by name
    database_url,
    postgres_cluster,
    postgres_url,
)
from tests.kiosk.conftest import config, make_config, storage  # noqa: F401 - fixtures
from tests.preentry.browser import (  # noqa: F401 - fixtures: Chromium and the page server
    page_server,
    phone,
    playwright_driver,
)
