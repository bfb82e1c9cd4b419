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
    from forms.correction import (
        CORRECTION_REASONS,
        CorrectionError,
        apply_correction,
        is_signed,
        mark_signed,
        signed_digest,
    )
    from forms.csvio import write_csv
    from forms.kinds import Kind
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
    from forms.pdf import render_pdf
    from forms.prefill import prefill_from_card
    from forms.receipt import render_receipt
    from forms.rules import RULES, CheckContext, CheckResult, Finding, check
    from forms.schema import json_schema

_LAZY = {
    "CORRECTION_REASONS": "forms.correction",
    "RULES": "forms.rules",
    "Address": "forms.model",
    "CheckContext": "forms.rules",
    "CheckResult": "forms.rules",
    "Correction": "forms.model",
    "CorrectionError": "forms.correction",
    "Filer": "forms.model",
    "FilerKubun": "forms.model",
    "Finding": "forms.rules",
    "FlexDate": "forms.model",
    "ForeignItems": "forms.model",
    "Household": "forms.model",
    "IdCheck": "forms.model",
    "IntakeMode": "forms.model",
    "Jimu": "forms.model",
    "Kind": "forms.kinds",
    "Notification": "forms.model",
    "OfficeCalendar": "forms.office_days",
    "Origin": "forms.model",
    "PaperSignature": "forms.model",
    "Person": "forms.model",
    "PersonName": "forms.model",
    "Provenance": "forms.model",
    "RelatedProcedure": "forms.model",
    "ResidentType": "forms.model",
    "SetaiHenkoKubun": "forms.model",
    "Signature": "forms.model",
    "StayPeriod": "forms.model",
    "Stroke": "forms.model",
    "TenshutsuShomei": "forms.model",
    "Todoke": "forms.model",
    "TsushoRecord": "forms.model",
    "apply_correction": "forms.correction",
    "check": "forms.rules",
    "is_signed": "forms.correction",
    "json_schema": "forms.schema",
    "mark_signed": "forms.correction",
    "prefill_from_card": "forms.prefill",
    "render_pdf": "forms.pdf",
    "render_receipt": "forms.receipt",
    "signed_digest": "forms.correction",
    "write_csv": "forms.csvio",
}


def __getattr__(name: str) -> Any:
    """Every name loads on first use, and so does a submodule named as an attribute
    (``forms.related``): the welcome screen and the configuration name a kind or a code list
    without building the notification's model, and reportlab is not needed to build or check a
    draft."""
    import importlib

    module = _LAZY.get(name)
    if module is not None:
        value = getattr(importlib.import_module(module), name)
    else:
        try:
            value = importlib.import_module(f"forms.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"forms.{name}":
                raise
            raise AttributeError(f"module 'forms' has no attribute {name!r}") from None
    globals()[name] = value
    return value
