"""Precise card errors a UI can act on.

Every error carries a short English message (``str(exc)``) and :attr:`CardError.message_ja`, one
line of Japanese a resident or a member of staff can act on. None of them ever holds a PIN or a
照合番号B: the guard validates and sends the secret, and no error is built from the secret or
from a VERIFY command.

The guard's errors come in one family per failure, each with one class per secret, so a caller
can catch the family (``except WrongSecret``) or one secret (``except WrongCodeB``); every class
says which secret it is about in :attr:`SecretError.secret` (``"pin"`` or ``"code_b"``, the keys
of :mod:`cardreader.layout`).

Hierarchy::

    CardError
    ├── NoReader              no PC/SC service, no reader, or the named reader is gone
    ├── NoCard                the reader is empty
    ├── NotMyNumberCard       the card does not have the 券面事項入力補助AP
    ├── CardRemoved           the card left the reader during the read
    ├── SecretError           (the guard's errors; ``.secret`` says which secret)
    │   ├── InvalidSecretFormat   rejected locally, before anything is sent (also a ValueError)
    │   │   ├── InvalidPinFormat      not exactly 4 ASCII digits
    │   │   └── InvalidCodeBFormat    not 14 ASCII digits, or not a card-face code at all
    │   ├── WrongSecret           the card refused it; ``tries_left`` says how many remain
    │   │   ├── WrongPin
    │   │   └── WrongCodeB
    │   ├── SecretBlocked         the key is locked: the municipal office resets it
    │   │   ├── PinBlocked
    │   │   └── CodeBBlocked
    │   └── LastTryRefused        one try left and the caller did not confirm: nothing was sent
    │       └── CodeBLastTryRefused   (LastTryRefused itself is the PIN's)
    └── ReaderError           the reader or the PC/SC stack failed
        └── ProtocolError     the card answered something a My Number Card does not answer
            └── CardDataError     a file's content is malformed (BER-TLV, 基本4情報)
"""

from __future__ import annotations

from typing import ClassVar


class CardError(Exception):
    """Base of every error of :mod:`cardreader`."""

    default_message = "card error"
    default_message_ja = "カードを読み取れませんでした。"

    def __init__(self, message: str | None = None, *, message_ja: str | None = None) -> None:
        super().__init__(message or self.default_message)
        self.message_ja: str = message_ja or self.default_message_ja


class NoReader(CardError):
    """No PC/SC service is running, no reader is connected, or the named reader is gone."""

    default_message = "no card reader"
    default_message_ja = "カードリーダーが見つかりません。接続を確認してください。"


class NoCard(CardError):
    """The reader has no card on it."""

    default_message = "no card on the reader"
    default_message_ja = "カードが置かれていません。カードをリーダーに置いてください。"


class NotMyNumberCard(CardError):
    """The card answers but has no 券面事項入力補助AP (found by SELECT AID, never by ATR)."""

    default_message = "not a My Number Card"
    default_message_ja = "マイナンバーカードではありません。"


class CardRemoved(CardError):
    """The card left the reader (or stopped answering) while it was being read."""

    default_message = "the card was removed during the read"
    default_message_ja = "読み取り中にカードが離れました。もう一度カードを置いてください。"


class SecretError(CardError):
    """Base of the guard's errors; :attr:`secret` is ``"pin"`` or ``"code_b"``."""

    secret: ClassVar[str] = "pin"


class InvalidSecretFormat(SecretError, ValueError):
    """The secret is not of its form; rejected locally, nothing reached the card."""


class InvalidPinFormat(InvalidSecretFormat):
    """The PIN is not exactly 4 ASCII digits; rejected locally, nothing reached the card."""

    default_message = "the PIN must be exactly 4 digits (0-9)"
    default_message_ja = "暗証番号は数字4桁です。"


class InvalidCodeBFormat(InvalidSecretFormat):
    """照合番号B is not 14 ASCII digits (spaces aside), or its parts cannot be what the card face
    shows; rejected locally, nothing reached the card. The message never repeats the input."""

    secret = "code_b"
    default_message = "照合番号B (code B) must be exactly 14 digits (0-9)"
    default_message_ja = (
        "照合番号Bは数字14桁です（生年月日6桁・有効期限の年4桁・セキュリティコード4桁）。"
    )


class WrongSecret(SecretError):
    """The card refused the secret; :attr:`tries_left` more attempts remain."""

    def __init__(self, tries_left: int) -> None:
        self.tries_left = tries_left
        super().__init__(self._message(tries_left), message_ja=self._message_ja(tries_left))

    @staticmethod
    def _message(tries_left: int) -> str:
        return f"wrong PIN: {tries_left} tries left"

    @staticmethod
    def _message_ja(tries_left: int) -> str:
        return f"暗証番号が違います。残り {tries_left} 回です。"


class WrongPin(WrongSecret):
    """The card refused the PIN (暗証番号誤り); :attr:`tries_left` more attempts remain."""


class WrongCodeB(WrongSecret):
    """The card refused 照合番号B; :attr:`tries_left` more attempts remain."""

    secret = "code_b"

    @staticmethod
    def _message(tries_left: int) -> str:
        return f"wrong 照合番号B (code B): {tries_left} tries left"

    @staticmethod
    def _message_ja(tries_left: int) -> str:
        return f"照合番号Bが違います。残り {tries_left} 回です。"


class SecretBlocked(SecretError):
    """The key is locked; a visit to the municipal office unlocks it."""


class PinBlocked(SecretBlocked):
    """The PIN is locked (暗証番号ロック); a visit to the municipal office unlocks it."""

    default_message = "the PIN is blocked; the municipal office can reset it"
    default_message_ja = (
        "暗証番号がロックされています。市区町村の窓口で再設定の手続きをしてください。"
    )


class CodeBBlocked(SecretBlocked):
    """照合番号B is locked (its own counter ran out); the PIN, if the resident knows it, still
    works, and the municipal office can unlock B."""

    secret = "code_b"
    default_message = "照合番号B (code B) is blocked; the municipal office can reset it"
    default_message_ja = (
        "照合番号Bがロックされています。暗証番号で読み取るか、市区町村の窓口にご相談ください。"
    )


class LastTryRefused(SecretError):
    """One PIN try is left and the caller did not confirm: no VERIFY was sent.

    A wrong PIN now would lock the card, so the resident must confirm explicitly (the caller then
    passes ``allow_last_try=True``). :class:`CodeBLastTryRefused` is the same for 照合番号B;
    catch this class for either.
    """

    tries_left = 1
    default_message = "one PIN try left: refusing to send the PIN without explicit confirmation"
    default_message_ja = (
        "暗証番号の残り回数が 1 回です。間違えるとロックされます。"
        "確認のうえ、もう一度操作してください。"
    )


class CodeBLastTryRefused(LastTryRefused):
    """One 照合番号B try is left and the caller did not confirm: no VERIFY was sent."""

    secret = "code_b"
    default_message = (
        "one 照合番号B (code B) try left: refusing to send it without explicit confirmation"
    )
    default_message_ja = (
        "照合番号Bの残り回数が 1 回です。間違えるとロックされます。"
        "確認のうえ、もう一度操作してください。"
    )


class ReaderError(CardError):
    """The reader or the PC/SC stack failed in a way that is neither of the above."""

    default_message = "card reader error"
    default_message_ja = "カードリーダーでエラーが起きました。"


class ProtocolError(ReaderError):
    """The card answered something a My Number Card does not answer."""

    default_message = "unexpected answer from the card"
    default_message_ja = "カードから想定外の応答がありました。"

    def __init__(
        self, message: str | None = None, *, sw: int | None = None, message_ja: str | None = None
    ) -> None:
        self.sw = sw
        if sw is not None and message is not None:
            message = f"{message} (SW {sw:04X})"
        super().__init__(message, message_ja=message_ja)


class CardDataError(ProtocolError):
    """A file's content is malformed (BER-TLV structure, 基本4情報 fields, text encoding)."""

    default_message = "malformed data on the card"
    default_message_ja = "カードのデータを解釈できませんでした。"


class TlvError(CardDataError):
    """Bytes that are not well-formed BER-TLV."""

    default_message = "malformed BER-TLV"
