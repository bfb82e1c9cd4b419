"""The published JSON Schema of a notification, versioned.

The back office and integrators validate notifications against this schema. ``SCHEMA_VERSION``
changes whenever the JSON changes incompatibly; the model's ``schema_version`` field carries it in
every document, so a receiver can tell which layout it is reading.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from forms.model import Notification

__all__ = ["SCHEMA_ID", "SCHEMA_VERSION", "canonical_json", "content_hash", "json_schema"]

SCHEMA_VERSION = "1"
SCHEMA_ID = f"urn:kakanai-madoguchi:schema:notification:{SCHEMA_VERSION}"


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of :class:`~forms.model.Notification`."""
    schema = Notification.model_json_schema(mode="validation")
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "住民異動届 (notification of change of residence)",
        "x-schema-version": SCHEMA_VERSION,
        **{k: v for k, v in schema.items() if k != "title"},
    }


def canonical_json(notification: Notification) -> bytes:
    """The notification as canonical JSON: sorted keys, no spaces, UTF-8, no ``\\u`` escapes.

    Two equal notifications always give the same bytes, so the hash below identifies content.
    """
    data = notification.model_dump(mode="json")
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode()


def content_hash(notification: Notification) -> str:
    """SHA-256 (hex) of :func:`canonical_json` — printed in the PDF's QR code and in the CSV."""
    return hashlib.sha256(canonical_json(notification)).hexdigest()
