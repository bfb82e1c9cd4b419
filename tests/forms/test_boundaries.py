"""forms stands alone: importing and using it pulls in nothing of the application, no Qt, no
database and no HTTP (the package boundary in CONTRIBUTING.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "notifications" / "setai_bunri.json"

SCRIPT = f"""
import io, json, sys
import forms, forms.related, forms.csvio, forms.address
n = forms.Notification.model_validate_json(open({str(EXAMPLE)!r}, "rb").read())
forms.check(n); forms.related.derive(n); forms.render_pdf(n); forms.render_receipt(n)
forms.write_csv([n], io.BytesIO()); forms.json_schema(); forms.address.lookup_postal_code("2040011")
print(json.dumps(sorted(sys.modules)))
"""

FORBIDDEN = ("cardreader", "kiosk", "sync", "ui", "PySide6", "sqlalchemy", "httpx", "smartcard")


def test_forms_imports_nothing_of_the_application_nor_qt_db_http() -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, check=True
    )
    loaded = json.loads(done.stdout)
    bad = [m for m in loaded if m.split(".")[0] in FORBIDDEN]
    assert bad == []
