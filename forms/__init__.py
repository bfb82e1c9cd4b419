"""The 住民異動届 (notification of change of residence) as data, rules and printed outputs.

Public API (other packages code against these names):

- :class:`Notification` and its parts (:mod:`forms.model`);
- :func:`check` → :class:`CheckResult` with ``errors`` / ``alerts`` of :class:`Finding`, judged
  with a municipality's :class:`CheckContext` (its :class:`OfficeCalendar` of closed days …);
- :func:`prefill_from_card` — a draft from the card's basic four facts;
- :func:`signed_digest`, :func:`mark_signed`, :func:`apply_correction` — what the resident
  signed, and 訂正 by staff after that (:mod:`forms.correction`);
- :func:`render_pdf`, :func:`render_receipt`, :func:`write_csv`, :func:`json_schema`;
- :mod:`forms.related` — related procedures (関連手続) from a per-municipality rules file.

This package imports nothing else of the application and knows no Qt, database or HTTP.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from forms.correction import (
    CORRECTION_REASONS,
    CorrectionError,
    apply_correction,
    is_signed,
    mark_signed,
    signed_digest,
)
from forms.model import (
    Address,
    Correction,
    Filer,
    FilerKubun,
    FlexDate,
    ForeignItems,
    Household,
    IdCheck,
    IntakeMode,
    Jimu,
    Kind,
    Notification,
    Origin,
    PaperSignature,
    Person,
    PersonName,
    Provenance,
    RelatedProcedure,
    ResidentType,
    SetaiHenkoKubun,
    Signature,
    StayPeriod,
    Stroke,
    TenshutsuShomei,
    Todoke,
    TsushoRecord,
)
from forms.office_days import OfficeCalendar
from forms.prefill import prefill_from_card
from forms.rules import RULES, CheckContext, CheckResult, Finding, check

__all__ = [
    "CORRECTION_REASONS",
    "RULES",
    "Address",
    "CheckContext",
    "CheckResult",
    "Correction",
    "CorrectionError",
    "Filer",
    "FilerKubun",
    "Finding",
    "FlexDate",
    "ForeignItems",
    "Household",
    "IdCheck",
    "IntakeMode",
    "Jimu",
    "Kind",
    "Notification",
    "OfficeCalendar",
    "Origin",
    "PaperSignature",
    "Person",
    "PersonName",
    "Provenance",
    "RelatedProcedure",
    "ResidentType",
    "SetaiHenkoKubun",
    "Signature",
    "StayPeriod",
    "Stroke",
    "TenshutsuShomei",
    "Todoke",
    "TsushoRecord",
    "apply_correction",
    "check",
    "is_signed",
    "json_schema",
    "mark_signed",
    "prefill_from_card",
    "render_pdf",
    "render_receipt",
    "signed_digest",
    "write_csv",
]

if TYPE_CHECKING:
    from forms.csvio import write_csv
    from forms.pdf import render_pdf
    from forms.receipt import render_receipt
    from forms.schema import json_schema

_LAZY = {
    "write_csv": "forms.csvio",
    "render_pdf": "forms.pdf",
    "render_receipt": "forms.receipt",
    "json_schema": "forms.schema",
}


def __getattr__(name: str) -> Any:
    """Outputs load on first use: reportlab is not needed to build or check a draft."""
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'forms' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module), name)
