"""What a clerk reads when the application refuses a staff action: one line in Japanese.

The workflow, pairing and login functions raise errors worded for the ``kiosk`` command and the
logs (English, with ids). A staff screen shows none of that: :func:`refusal` turns such an error
into :class:`Refused`, whose text is one Japanese line saying what happened and what to do,
keeping the original as its cause for the log.
"""

from __future__ import annotations

import logging

from sqlalchemy.exc import DBAPIError

from forms.fields import FieldError
from kiosk import pairing, staff, workflow
from kiosk.errors import KioskError
from kiosk.status import Status

__all__ = ["Gone", "NeedsAcknowledgement", "Refused", "SessionEnded", "refusal"]

log = logging.getLogger(__name__)


class Refused(KioskError):
    """A staff action was refused; ``str()`` is one line in Japanese for the clerk."""

    exit_code = 5


class SessionEnded(Refused):
    """The staff member's account was disabled while logged in: the desk returns to the login."""


class Gone(Refused):
    """The notification is no longer there (an unfinished one wiped, or purged)."""


class NeedsAcknowledgement(Refused):
    """Approval of a notification with 注意 findings the clerk has not acknowledged."""

    def __init__(self, message: str, codes: tuple[str, ...]) -> None:
        super().__init__(message)
        self.codes = codes


#: What each step is called on the desk, for messages.
STEP_NAMES = {
    "confirm": "受付",
    "start_review": "審査の開始",
    "approve": "承認",
    "return": "差戻",
    "reopen": "入力中に戻す操作",
    "cancel": "取消",
    "retry_delivery": "再送信",
    "edit": "訂正",
    "related": "関連手続の記録",
    "output": "印刷",
    "view": "表示",
    "pair": "ペアリング",
}

SESSION_ENDED = "このアカウントは無効にされたため、ログアウトしました。管理者に確認してください。"
DATABASE_DOWN = "データベースに接続できません。しばらく待ってからもう一度操作してください。"


def _one_line(text: str) -> str:
    return " ".join(text.split())


def refusal(exc: Exception, *, step: str = "", state: Status | None = None) -> Refused:
    """The clerk's one-line message for ``exc`` (raised while doing ``step``).

    ``state`` is the notification's state as it is now, when known (for 'not possible while …').
    """
    if isinstance(exc, Refused):
        return exc
    doing = STEP_NAMES.get(step, "この操作")
    message: str
    if isinstance(exc, staff.AccountDisabled):
        return SessionEnded(SESSION_ENDED)
    if isinstance(exc, staff.LoginFailed):
        message = (
            "ログインできません。職員ID・パスワード・第二要素を確かめてください"
            "（続けて誤るとしばらくログインできなくなります）。"
        )
    elif isinstance(exc, FieldError):
        message = exc.message
    elif isinstance(exc, workflow.ConcurrentChange):
        message = (
            "ほかの職員か住民の方が先に変更しました。最新の内容を表示したので、"
            "確かめてからもう一度操作してください。"
        )
    elif isinstance(exc, workflow.IllegalTransition):
        now = f"「{state.ja}」の" if state is not None else "今の状態の"
        message = f"{now}届出には{doing}はできません。"
    elif isinstance(exc, workflow.NotPermitted):
        t = workflow.TRANSITIONS.get(step)
        roles = "・".join(t.staff_roles) if t is not None and t.staff_roles else ""
        need = f"（{roles}の役割が必要です）" if roles else ""
        message = f"この職員アカウントには{doing}の権限がありません{need}。"
    elif isinstance(exc, workflow.NotFound):
        message = (
            "この届出はもうありません（入力が取りやめられたか、保存期間が過ぎて消去されました）。"
        )
    elif isinstance(exc, workflow.NotReady):
        if "signature_missing" in exc.codes and len(exc.codes) == 1:
            message = "署名がないため受付できません。住民の方に署名していただいてください。"
        else:
            errors = [c for c in exc.codes if c != "signature_missing"]
            message = f"エラーが{len(errors)}件あるため{doing}できません。先に訂正してください。"
    elif isinstance(exc, pairing.CodeExpired):
        message = "このコードは期限切れです。端末に新しいコードを表示して入力してください。"
    elif isinstance(exc, pairing.WrongCode):
        message = "このコードを表示している端末はありません。端末の画面のコードを確かめてください。"
    elif isinstance(exc, pairing.TooManyAttempts):
        message = "コードの誤りが続きました。数分待ってからもう一度お試しください。"
    elif isinstance(exc, pairing.PairingError):
        message = "この端末とのペアリングを変更できませんでした。一覧を更新して確かめてください。"
    elif isinstance(exc, workflow.WorkflowError) and "個人番号" in str(exc):
        message = (
            "12桁の個人番号のような数字が含まれているため保存しません。その数字を消してください。"
        )
    elif isinstance(exc, DBAPIError):
        message = DATABASE_DOWN
    else:
        message = f"{doing}できませんでした。もう一度お試しください（続くときは管理者へ）。"
    if isinstance(exc, workflow.NotFound):
        return Gone(_one_line(message))
    if isinstance(exc, DBAPIError):
        log.warning("staff action %s: database error %s", step or "-", type(exc.orig).__name__)
    elif not isinstance(exc, FieldError | staff.LoginFailed):
        log.info("staff action %s refused: %s", step or "-", _one_line(str(exc)))
    return Refused(_one_line(message))
