"""The demo's scripted scenarios by name, in the order ``kiosk demo`` plays them.

Qt-free on purpose: ``kiosk demo --help`` lists them without loading the windows that
:mod:`kiosk.app.walkthrough` plays them through.
"""

from __future__ import annotations

#: name → what a newcomer watches happen.
SCENARIOS: dict[str, str] = {
    "tenkyo": "転居 of one person within the city; staff approve and print",
    "tennyu-family": "転入 of a household (a 外字 name, a second card, a child staff enter); "
    "staff correct a field with a reason, approve and print",
    "return-resubmit": "a 転居 returned (差戻) with a reason, corrected at the desk, filed again "
    "and approved",
}
