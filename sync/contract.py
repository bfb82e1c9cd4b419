"""The intake contract (取込仕様) as a document: OpenAPI 3.1, generated, committed, checked.

The document is generated from the reference receiver's routes and the ``forms`` pydantic
models, so the body schema a vendor implements is the very model the counter serialises.
``docs/intake-openapi.json`` holds the committed copy; a test fails when it is out of date.
Regenerate with ``python -m sync.contract`` (or ``kiosk backoffice openapi --output FILE``).
"""

from __future__ import annotations

import sys
from pathlib import Path

COMMITTED = Path(__file__).resolve().parent.parent / "docs" / "intake-openapi.json"


def contract_text() -> str:
    """The contract as committed: OpenAPI 3.1 JSON, sorted keys, UTF-8, trailing newline."""
    from sync.receiver import build_openapi, contract_json, create_app

    app = create_app(":memory:", trusted=None)
    try:
        return contract_json(build_openapi(app))
    finally:
        app.state.store.close()


def main() -> int:
    """Write the committed copy (``python -m sync.contract``)."""
    COMMITTED.parent.mkdir(parents=True, exist_ok=True)
    COMMITTED.write_text(contract_text(), encoding="utf-8")
    print(f"wrote {COMMITTED}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
