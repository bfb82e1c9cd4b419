"""``kiosk audit verify``: check the audit log's hash chain."""

from __future__ import annotations

import argparse

from kiosk import audit
from kiosk.commands._context import storage_from


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("audit", help="the audit log (操作ログ)")
    inner = p.add_subparsers(dest="audit_command", metavar="ACTION")
    inner.required = True
    v = inner.add_parser("verify", help="detect changed, inserted or deleted audit entries")
    v.set_defaults(handler=run_verify)


def run_verify(args: argparse.Namespace) -> int:
    storage = storage_from(args)
    anchors = storage.config.data_dir / audit.ANCHOR_FILE
    try:
        with storage.reader() as session:
            result = audit.verify(session, anchors)
            if result.ok:
                audit.write_anchor(session, anchors)
    finally:
        storage.close()
    if result.ok:
        print(f"audit log intact: {result.checked} entries")
        return 0
    for problem in result.problems:
        print(f"TAMPERED: {problem}")
    print(f"audit log damaged: {len(result.problems)} problem(s) in {result.checked} entries")
    return 1
