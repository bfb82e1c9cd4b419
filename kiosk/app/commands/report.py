"""``kiosk report``: the counter's own figures (窓口の実績) for a period, as text, CSV, chart, PDF.

- ``kiosk report [--from DATE] [--to DATE] [--month YYYY-MM] [--counter ID]`` prints a line per
  day, kind and intake mode (today by default; days are the counter's, ``[counter] timezone``);
- ``--csv`` prints CSV instead (columns: :data:`kiosk.figures.CSV_COLUMNS`), ``-o FILE`` writes
  it to a file;
- ``--chart FILE.png`` writes the period chart, ``--pdf FILE.pdf`` the report a manager can
  forward (the period's totals, the chart, a line per day and per kind).

No figure holds personal data: counts, minutes (median and 90th percentile) and characters. The
command reads the database as it is and never creates one (no database yet: no figures).
"""

from __future__ import annotations

import argparse
import io
import sys
from datetime import date, timedelta
from pathlib import Path

from kiosk import figures
from kiosk.app.commands._context import config_from, existing_storage
from kiosk.errors import KioskError, UsageError
from kiosk.models import utcnow


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {text!r}") from None


def _month(text: str) -> tuple[date, date]:
    try:
        first = date.fromisoformat(f"{text}-01")
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a month (YYYY-MM): {text!r}") from None
    after = (first + timedelta(days=32)).replace(day=1)
    return first, after - timedelta(days=1)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "report",
        help="the counter's own figures: notifications, minutes per visit, waits, characters "
        "not written, related forms (text, CSV, chart, PDF)",
    )
    p.add_argument("--from", dest="start", type=_day, metavar="DATE", help="first day (YYYY-MM-DD)")
    p.add_argument("--to", dest="end", type=_day, metavar="DATE", help="last day (YYYY-MM-DD)")
    p.add_argument("--month", type=_month, metavar="YYYY-MM", help="a whole month")
    p.add_argument("--counter", metavar="ID", help="one counter only (default: every counter)")
    p.add_argument("--csv", action="store_true", help="CSV instead of the text table")
    p.add_argument("-o", "--output", metavar="FILE", help="write the table or CSV to FILE")
    p.add_argument("--chart", metavar="FILE.png", help="write the period chart (PNG)")
    p.add_argument("--pdf", metavar="FILE.pdf", help="write the report to forward (PDF)")
    p.set_defaults(handler=run)


def _period(args: argparse.Namespace, today: date) -> tuple[date, date]:
    if args.month is not None:
        if args.start or args.end:
            raise UsageError("give either --month or --from/--to, not both")
        start, end = args.month
        return start, end
    if args.start is None:
        start = end = args.end or today  # one day: today, or the day --to names
    else:
        start = args.start
        end = args.end or max(start, today)  # --from alone: until today
    if end < start:
        raise UsageError(f"--to {end} is before --from {start}")
    if (end - start).days + 1 > figures.MAX_DAYS:
        raise UsageError(f"a report covers at most {figures.MAX_DAYS} days")
    return start, end


def _write(path: str, data: bytes) -> None:
    try:
        Path(path).write_bytes(data)
    except OSError as exc:
        raise KioskError(f"{path}: cannot write ({exc.strerror or exc})") from None


def _m(s: figures.Spread) -> str:
    return "—" if s.median is None or s.p90 is None else f"{s.median:.1f}/{s.p90:.1f}"


def _text(rows: list[figures.FigureRow]) -> str:
    head = (
        f"{'day':10}  {'counter':7}  {'kind':10}  {'mode':12}  {'filed':>5}  {'appr':>4}  "
        f"{'card→filing':>11}  {'waiting':>11}  {'filing→本登録':>11}  "
        f"{'not written':>11}  {'related':>7}"
    )
    lines = [head]
    for r in rows:
        lines.append(
            f"{r.day.isoformat() if r.day else '':10}  {r.counter:7}  {r.kind:10}  "
            f"{r.intake_mode:12}  {r.notifications:5d}  {r.approved:4d}  "
            f"{_m(r.card_to_filing):>11}  {_m(r.waiting):>11}  {_m(r.filing_to_approval):>11}  "
            f"{r.chars_not_written:11d}  {r.related_forms:7d}"
        )
    lines.append("minutes as median/90th percentile; not written: characters of the paper form")
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    config = config_from(args)
    today = utcnow().astimezone(config.tz).date()
    start, end = _period(args, today)
    storage = existing_storage(config)
    items: list[figures.Visit] = []
    if storage is not None:
        try:
            with storage.reader() as session:
                items = figures.visits(session, start=start, end=end, counter=args.counter)
        finally:
            storage.close()
    rows = figures.group(items)
    if args.csv:
        buf = io.StringIO()
        figures.write_csv(rows, buf)
        out = buf.getvalue()
    else:
        out = _text(rows)
    if args.output:
        _write(args.output, out.encode("utf-8"))
    elif not (args.chart or args.pdf) or args.csv:
        sys.stdout.write(out)
    if args.chart:
        from kiosk.figures_chart import period_chart

        _write(args.chart, period_chart(items, start, end))
    if args.pdf:
        from kiosk.figures_pdf import render_report

        place = f"{config.municipality.name}　{config.counter.name if args.counter else '全窓口'}"
        made = utcnow().astimezone(config.tz)
        _write(args.pdf, render_report(items, start, end, place=place, made_at=made))
    if args.chart or args.pdf:
        print(
            f"{len(items)} notification(s) from {start} to {end}"
            + (f"; chart {args.chart}" if args.chart else "")
            + (f"; report {args.pdf}" if args.pdf else ""),
            file=sys.stderr,
        )
    return 0
