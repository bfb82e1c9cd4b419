"""Why staff corrected (訂正理由) or cancelled (取消理由) a notification, as coded lists.

Staff choose a reason from a list; the code is what the audit log keeps (it holds no free text),
the Japanese text is what screens show and what is stored, encrypted, with a cancelled
notification. A 差戻 reason is different: it is told to the resident, so it is free text.
"""

from __future__ import annotations

from forms.correction import CORRECTION_REASONS

__all__ = ["CANCEL_REASONS", "EDIT_REASONS"]

#: Why a staff member changed a field (訂正理由). The list lives in ``forms`` because the printed
#: form prints the reason of each 訂正 made after the resident signed.
EDIT_REASONS: dict[str, str] = CORRECTION_REASONS

#: Why a notification was cancelled (取消理由). A cancelled notification keeps its 受付番号,
#: so the day's numbers still add up.
CANCEL_REASONS: dict[str, str] = {
    "resident_withdrew": "本人が届出を取りやめた",
    "resident_left": "届出人が手続の途中で帰った",
    "duplicate": "同じ届出を二重に受け付けた",
    "wrong_kind": "異動の種類の誤り（正しい種類で受け付け直す）",
    "not_eligible": "この窓口では受け付けられない届出だった",
    "entered_by_mistake": "職員の操作誤りで受け付けた",
}
