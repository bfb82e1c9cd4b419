"""``kiosk form …``: the 住民異動届 from the shell — schema, checks, PDF, CSV, receipt.

The contract scripts and the back office rely on:

- ``kiosk form schema [-o FILE]`` prints the versioned JSON Schema of a notification.
- ``kiosk form check FILE.json [--today YYYY-MM-DD] [--closed-day YYYY-MM-DD …]
  [--tenshutsu-advance-days N]`` prints the errors and alerts as JSON (``{"can_file", "errors",
  "alerts"}``, each finding with code, severity, field and messages in Japanese and English),
  judged with the municipality's own closing days and 転出 advance limit when given. Exit 0 when
  it can be filed, 1 when it cannot, 2 when the file is not a notification.
- Every FILE is read up to a size limit (a notification: 4 MiB); a larger file, a device or an
  endless pipe stops at once with one line.
- ``kiosk form pdf FILE.json -o OUT.pdf`` renders the A4 form.
- ``kiosk form csv FILE.json… -o OUT.csv [--encoding utf-8|cp932]`` writes the back-office
  import CSV, one row per person moving; a character the encoding cannot hold fails naming it.
- ``kiosk form receipt FILE.json -o OUT.pdf`` renders the 受付票 (A5).
- ``kiosk form related FILE.json [--rules CITY.toml]`` prints the related procedures (関連手続)
  the rules file derives, as JSON — how a municipality tries its own rules file. With
  ``--out DIR`` it writes one pre-filled PDF per procedure that has a template instead
  (``DIR/<procedure code>.pdf``, private files), from the shipped templates or the folder given
  with ``--templates``, and names each procedure that has none.
- ``kiosk form furigana "氏　名" [--json] [--limit N]`` prints the candidate readings (振り仮名)
  of a name, katakana, best first (``{"family": [...], "given": [...]}`` with ``--json``).
"""

from __future__ import annotations

import argparse
import io
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import ValidationError

import forms
import forms.furigana
import forms.related
import forms.rules
from forms.csvio import CsvEncodingError
from forms.files import FileTooLarge, read_bounded
from kiosk import private_files
from kiosk.errors import ExitCode, KioskError

EXIT_NOT_A_NOTIFICATION = ExitCode.USAGE
MAX_NOTIFICATION_BYTES = 4 * 1024 * 1024
"""A notification JSON is a few kB (a long signature: some 100 kB); more is not one."""


def register(subparsers: Any) -> None:
    form = subparsers.add_parser(
        "form",
        help="住民異動届: JSON Schema, rule check, PDF, CSV, receipt",
        description="Work with 住民異動届 notifications stored as JSON.",
    )
    sub = form.add_subparsers(dest="form_command", metavar="ACTION")
    sub.required = True

    schema = sub.add_parser("schema", help="print the JSON Schema of a notification")
    schema.add_argument("-o", "--output", metavar="FILE", help="write to FILE instead of stdout")
    schema.set_defaults(handler=_schema)

    check = sub.add_parser(
        "check",
        help="print errors and alerts as JSON (exit 0 fileable, 1 not, 2 not a notification)",
    )
    check.add_argument("file", metavar="FILE.json")
    check.add_argument(
        "--today", metavar="YYYY-MM-DD", type=_iso_date, help="judge as of this date"
    )
    check.add_argument(
        "--closed-day",
        metavar="YYYY-MM-DD",
        type=_iso_date,
        action="append",
        default=[],
        help="a day the municipality's office is closed by its own ordinance (repeatable)",
    )
    check.add_argument(
        "--tenshutsu-advance-days",
        metavar="N",
        type=int,
        default=forms.rules.TENSHUTSU_ADVANCE_DAYS,
        help="days ahead a 転出 is accepted without an alert (default %(default)s)",
    )
    check.set_defaults(handler=_check)

    pdf = sub.add_parser("pdf", help="render the A4 form as PDF")
    pdf.add_argument("file", metavar="FILE.json")
    pdf.add_argument("-o", "--output", metavar="OUT.pdf", required=True)
    pdf.set_defaults(handler=_pdf)

    csv = sub.add_parser("csv", help="write the back-office import CSV (one row per person)")
    csv.add_argument("files", metavar="FILE.json", nargs="+")
    csv.add_argument("-o", "--output", metavar="OUT.csv", required=True)
    csv.add_argument(
        "--encoding",
        default="utf-8",
        choices=["utf-8", "utf-8-sig", "cp932"],
        help="file encoding (default utf-8; cp932 where the back office needs Shift_JIS)",
    )
    csv.set_defaults(handler=_csv)

    receipt = sub.add_parser("receipt", help="render the receipt slip (受付票) as PDF")
    receipt.add_argument("file", metavar="FILE.json")
    receipt.add_argument("-o", "--output", metavar="OUT.pdf", required=True)
    receipt.set_defaults(handler=_receipt)

    related = sub.add_parser(
        "related", help="print the related procedures (関連手続) a rules file derives, as JSON"
    )
    related.add_argument("file", metavar="FILE.json")
    related.add_argument(
        "--rules", metavar="CITY.toml", help="municipality rules file (default: the shipped one)"
    )
    related.add_argument(
        "--out",
        metavar="DIR",
        help="write one pre-filled PDF per related procedure that has a template into DIR",
    )
    related.add_argument(
        "--templates",
        metavar="DIR",
        help="folder of related-form templates (default: the shipped ones)",
    )
    related.set_defaults(handler=_related)

    furigana = sub.add_parser(
        "furigana", help="print candidate readings (振り仮名) of a name, best first"
    )
    furigana.add_argument("name", metavar="NAME", help='the name as on the card: "氏　名"')
    furigana.add_argument("--json", action="store_true", help="print JSON")
    furigana.add_argument(
        "--limit",
        metavar="N",
        type=_limit,
        default=forms.furigana.LIMIT,
        help="candidates per part, 1-10 (default %(default)s)",
    )
    furigana.set_defaults(handler=_furigana)


def _iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _limit(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if not 1 <= value <= 10:
        raise argparse.ArgumentTypeError(f"not a number from 1 to 10: {text!r}")
    return value


def load(path: str) -> forms.Notification:
    """Read one notification JSON; one clear line when it is not one."""
    try:
        raw = read_bounded(path, MAX_NOTIFICATION_BYTES, what="notification")
    except FileTooLarge as exc:
        raise KioskError(str(exc), exit_code=EXIT_NOT_A_NOTIFICATION) from None
    except OSError as exc:
        raise KioskError(
            f"{path}: cannot read ({exc.strerror})", exit_code=EXIT_NOT_A_NOTIFICATION
        ) from None
    try:
        return forms.Notification.model_validate_json(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(x) for x in first["loc"]) or "(top level)"
        more = f" (and {exc.error_count() - 1} more)" if exc.error_count() > 1 else ""
        raise KioskError(
            f"{path}: not a 住民異動届 notification: {where}: {first['msg']}{more}",
            exit_code=EXIT_NOT_A_NOTIFICATION,
        ) from None


def _write(path: str, data: bytes) -> None:
    """Write a file that may hold personal data: private from its first byte, whole or not at
    all (an existing file is replaced only once the new one is complete)."""
    try:
        private_files.write_private(Path(path), data, replace=True)
    except OSError as exc:
        raise KioskError(f"{path}: cannot write ({exc.strerror or exc})") from None


def _schema(args: argparse.Namespace) -> int:
    text = json.dumps(forms.json_schema(), ensure_ascii=False, indent=2) + "\n"
    if args.output:
        _write(args.output, text.encode("utf-8"))
    else:
        sys.stdout.write(text)
    return 0


def _check(args: argparse.Namespace) -> int:
    n = load(args.file)
    try:
        context = forms.CheckContext(
            calendar=forms.OfficeCalendar(closed_dates=frozenset(args.closed_day)),
            tenshutsu_advance_days=args.tenshutsu_advance_days,
        )
    except ValueError as exc:
        raise KioskError(str(exc)) from None
    result = forms.check(n, today=args.today, context=context)
    out = {"id": str(n.id), "kind": n.kind.value, **result.as_dict()}
    sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    return 0 if result.can_file else 1


def _pdf(args: argparse.Namespace) -> int:
    _write(args.output, forms.render_pdf(load(args.file)))
    return 0


def _receipt(args: argparse.Namespace) -> int:
    _write(args.output, forms.render_receipt(load(args.file)))
    return 0


def _related(args: argparse.Namespace) -> int:
    n = load(args.file)
    try:
        rules = forms.related.load_rules(args.rules) if args.rules else None
    except (forms.related.RulesFileError, OSError) as exc:
        raise KioskError(str(exc)) from None
    procedures = forms.related.derive(n, rules)
    if args.out:
        return _related_forms(n, procedures, Path(args.out), args.templates)
    if args.templates:
        raise KioskError("--templates is for writing the forms: give --out DIR too")
    out = [p.model_dump(mode="json") for p in procedures]
    sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    return 0


def _related_forms(
    n: forms.Notification,
    procedures: list[forms.RelatedProcedure],
    out: Path,
    templates_dir: str | None,
) -> int:
    """Write each related procedure's pre-filled form into ``out`` (a private folder)."""
    from forms import related_forms, related_templates

    try:
        templates = related_templates.load_templates(templates_dir)
    except related_templates.TemplateError as exc:
        raise KioskError(str(exc)) from None
    made = related_forms.render_related_forms(n, templates, procedures)
    for form in made:
        path = out / form.filename
        _write(str(path), form.pdf)  # the folder is created private (0700) when missing
        print(f"{form.code}: {path}", file=sys.stderr)
    for p in related_forms.without_template(procedures, templates):
        print(f"{p.code}: no template (done at its desk as before)", file=sys.stderr)
    print(f"{len(made)} related form(s) written to {out}", file=sys.stderr)
    return 0


def _csv(args: argparse.Namespace) -> int:
    notifications = [load(f) for f in args.files]
    buffer = io.BytesIO()
    try:
        rows = forms.write_csv(notifications, buffer, encoding=args.encoding)
    except CsvEncodingError as exc:
        raise KioskError(str(exc)) from None
    _write(args.output, buffer.getvalue())
    print(f"{rows} row(s) written to {args.output}", file=sys.stderr)
    return 0


def _furigana(args: argparse.Namespace) -> int:
    name = str(args.name)
    if len(name) > 2 * forms.furigana.MAX_NAME_LENGTH:
        raise KioskError(f"a name is at most {2 * forms.furigana.MAX_NAME_LENGTH} characters")
    try:
        readings = forms.furigana.candidates(name, limit=args.limit)
    except forms.furigana.ReadingsUnavailable as exc:
        raise KioskError(f"no readings: {exc}") from None
    if args.json:
        sys.stdout.write(json.dumps(readings.to_dict(), ensure_ascii=False) + "\n")
        return 0
    family, given = forms.furigana.split_name(name)
    for label, part, found in (("氏", family, readings.family), ("名", given, readings.given)):
        if part:
            sys.stdout.write(f"{label} {part}: {'、'.join(found) or '（候補なし）'}\n")
    return 0
