"""訂正 (corrections) after signing, and the digest of what the resident signed.

On paper, a clerk who corrects a signed form strikes the old value through with two lines,
writes the new one beside it and stamps it with their seal; the form itself shows what the
resident wrote and what the office changed. The counter does the same with data:

- when the resident signs, :func:`mark_signed` records :func:`signed_digest` — a SHA-256 over
  the canonical JSON of the notification as signed, 事務処理 (the clerks' box) excluded — in
  ``jimu.signed_digest``;
- every later change staff make goes through :func:`apply_correction`, which sets the value and
  appends a :class:`~forms.model.Correction` (field, value before and after, staff id, time,
  reason code) to ``jimu.corrections``;
- the printed form strikes the old value through in place, prints the new one beside it with
  a numbered mark, and lists each 訂正 with who, when and why in the 事務処理 box, with the
  digest's short form (:mod:`forms.pdf`).
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from pydantic import BaseModel, ValidationError

from forms.model import Correction, Notification, provenance_text

__all__ = [
    "CORRECTION_REASONS",
    "CorrectionError",
    "apply_correction",
    "field_label",
    "is_signed",
    "mark_signed",
    "short_digest",
    "signed_digest",
]

#: Why staff changed a value (訂正理由): codes are what the audit log and the record keep, the
#: label is what the form prints.
CORRECTION_REASONS: dict[str, str] = {
    "resident_request": "本人の申出による訂正",
    "document_check": "確認書類（転出証明書・在留カード等）との照合",
    "register_char": "住民記録の字形に合わせる（外字）",
    "card_outdated": "カードの券面情報が古い",
    "input_error": "入力誤りの訂正",
    "staff_entry": "職員による代理入力（カードなしの方）",
}


class CorrectionError(ValueError):
    """A correction that cannot be made: no such field, a value that does not fit, no reason."""


def signed_digest(notification: Notification) -> str:
    """SHA-256 (hex) of the notification as the resident saw and signed it.

    The canonical JSON (sorted keys, no spaces, UTF-8) of everything but ``jimu``: the
    事務処理 box changes as staff work (受付番号, status, corrections) without changing what
    was signed.
    """
    data = notification.model_dump(mode="json", exclude={"jimu"})
    text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(text.encode()).hexdigest()


def short_digest(digest: str) -> str:
    """The printed short form of a digest: its first 16 hex digits in groups of four."""
    head = digest[:16]
    return " ".join(head[k : k + 4] for k in range(0, len(head), 4))


def is_signed(notification: Notification) -> bool:
    """True once the resident has signed, on the screen or on the printed form (a change after
    that is a 訂正)."""
    filer = notification.filer
    return not filer.signature.is_empty or filer.is_paper_signed


def mark_signed(notification: Notification) -> None:
    """Record what the resident just signed: ``jimu.signed_digest``, corrections cleared.

    Called where the signature is stored. A new signature covers every value as it now is, so
    corrections made before it are no longer corrections of what was signed.
    """
    notification.jimu.signed_digest = signed_digest(notification)
    notification.jimu.corrections = []


def apply_correction(
    notification: Notification,
    path: str,
    value: object,
    *,
    staff_id: str,
    reason: str,
    at: datetime | None = None,
) -> Notification:
    """A copy of ``notification`` with ``path`` set to ``value`` and the 訂正 recorded.

    ``value`` is what the model takes at that field (a string, a date, None …). When the value
    does not change nothing is recorded; a change of the 事務処理 box itself (``jimu.…``) is
    not a correction of what was signed and is set without a record. ``at`` defaults to now;
    it is stored in UTC. Raises :class:`CorrectionError` for an unknown field or reason, or a
    value the field does not accept.
    """
    if reason not in CORRECTION_REASONS:
        raise CorrectionError(f"unknown reason for a correction: {reason!r}")
    data = notification.model_dump(mode="python")
    node: Any = data
    parts = path.split(".")
    for part in parts[:-1]:
        try:
            node = node[int(part)] if isinstance(node, list) else node[part]
        except (KeyError, IndexError, ValueError, TypeError) as exc:
            raise CorrectionError(f"{path}: no such field") from exc
    last = parts[-1]
    if not isinstance(node, dict) or last not in node:
        raise CorrectionError(f"{path}: no such field")
    before = notification.value_at(path)
    if isinstance(before, BaseModel | list | dict):
        raise CorrectionError(f"{path}: not a single value")
    node[last] = value
    try:
        changed = Notification.model_validate(data)
    except ValidationError as exc:
        raise CorrectionError(f"{path}: {exc.errors()[0]['msg']}") from exc
    old, new = provenance_text(before), provenance_text(changed.value_at(path))
    if old == new or path.startswith("jimu."):
        return changed
    when = (at or datetime.now(UTC)).astimezone(UTC)
    changed.jimu.corrections.append(
        Correction(path=path, before=old, after=new, staff_id=staff_id, at=when, reason=reason)
    )
    return changed


_PERSON_INDEXED = ("persons",)


def field_label(path: str) -> str:
    """The Japanese name of a field path as a clerk reads it (異動者2 氏名 名, 新住所 番地・号).

    Built from the model's field descriptions (the Japanese term each carries), so a new field
    is named without a table to keep up to date.
    """
    words: list[str] = []
    model: type[BaseModel] | None = Notification
    parts = path.split(".")
    k = 0
    while k < len(parts):
        part = parts[k]
        if model is None or part not in model.model_fields:
            words.append(part)
            k += 1
            continue
        field = model.model_fields[part]
        term = (field.description or part).split(" (")[0].split(" / ")[0]
        nxt = parts[k + 1] if k + 1 < len(parts) else ""
        if nxt.isdigit():
            term = f"{term}{int(nxt) + 1}"
            k += 1
        words.append(term)
        model = _inner_model(field.annotation)
        k += 1
    return " ".join(words)


def _inner_model(annotation: object) -> type[BaseModel] | None:
    """The model class inside ``X``, ``list[X]`` or ``X | None``, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        inner = _inner_model(arg)
        if inner is not None:
            return inner
    return None
