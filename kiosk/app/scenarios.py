"""The demo's scripted scenarios by name, in the order ``kiosk demo`` plays them.

Qt-free on purpose: ``kiosk demo --help`` lists them without loading the windows that
:mod:`kiosk.app.walkthrough` plays them through.
"""

from __future__ import annotations

#: name → what a newcomer watches happen. One notification of each intake mode (受付の方法):
#: ``tenkyo`` self-service, ``staff-led-agent`` staff-led, ``paper-setai`` signed on paper.
SCENARIOS: dict[str, str] = {
    "tenkyo": "転居 of one person within the city (self-service); staff approve and print",
    "staff-led-agent": "対面受付: a clerk interviews a 任意代理人 (their card read, 委任状 "
    "seen) filing a 転居 for a resident without a card; the agent confirms each section on "
    "the tablet and signs; staff approve and print",
    "paper-setai": "対面受付 of a 世帯分離 where the municipality signs on paper: the form is "
    "printed, signed by hand, checked at the desk; staff approve and print",
    "tennyu-family": "転入 of a household (a 外字 name, a second card, a child staff enter); "
    "staff correct a field with a reason, approve and print",
    "return-resubmit": "a 転居 returned (差戻) with a reason, corrected at the desk, filed again "
    "and approved",
}
