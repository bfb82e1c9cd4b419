"""Root conftest: loads every fixture module under ``tests/fixtures`` as a pytest plugin.

Fixture modules start the real parts the tests cross (pcscd + vpcd, PostgreSQL, HTTP servers on
loopback); keeping them as plugins lets every test directory use them.
"""

from pathlib import Path

pytest_plugins = sorted(
    f"tests.fixtures.{p.stem}"
    for p in (Path(__file__).parent / "tests" / "fixtures").glob("*.py")
    if not p.name.startswith("_")
)
