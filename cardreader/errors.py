"""Precise card errors a UI can act on.

Every error carries a short English message (``str(exc)``) and :attr:`CardError.message_ja`, one
line of Japanese a resident or a member of staff can act on. None of them ever holds a PIN: the
PIN guard validates and sends it, and no error is built from the PIN or from a VERIFY command.

Hierarchy::

    CardError
    ├── NoReader            no PC/SC service, no reader, or the named reader is gone
    ├── NoCard              the reader is empty
    ├── NotMyNumberCard     the card does not have the 券面事項入力補助AP
    ├── CardRemoved         the card left the reader during the read
    ├── InvalidPinFormat    not exactly 4 ASCII digits (checked before anything is sent)
    ├── WrongPin            the card refused the PIN; ``tries_left`` says how many remain
    ├── PinBlocked          the PIN is locked (暗証番号ロック): the municipal office resets it
    ├── LastTryRefused      one try left and the caller did not confirm: nothing was sent
    └── ReaderError         the reader or the PC/SC stack failed
        └── ProtocolError   the card answered something a My Number Card does not answer
            └── CardDataError   a file's content is malformed (BER-TLV, 基本4情報)
"""

from __future__ import annotations


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


class InvalidPinFormat(CardError, ValueError):
    """The PIN is not exactly 4 ASCII digits; rejected locally, nothing reached the card."""

    default_message = "the PIN must be exactly 4 digits (0-9)"
    default_message_ja = "暗証番号は数字4桁です。"


class WrongPin(CardError):
    """The card refused the PIN (暗証番号誤り); :attr:`tries_left` more attempts remain."""

    def __init__(self, tries_left: int) -> None:
        self.tries_left = tries_left
        super().__init__(
            f"wrong PIN: {tries_left} tries left",
            message_ja=f"暗証番号が違います。残り {tries_left} 回です。",
        )


class PinBlocked(CardError):
    """The PIN is locked (暗証番号ロック); a visit to the municipal office unlocks it."""

    default_message = "the PIN is blocked; the municipal office can reset it"
    default_message_ja = (
        "暗証番号がロックされています。市区町村の窓口で再設定の手続きをしてください。"
    )


class LastTryRefused(CardError):
    """One PIN try is left and the caller did not confirm: no VERIFY was sent.

    A wrong PIN now would lock the card, so the resident must confirm explicitly (the caller then
    passes ``allow_last_try=True``).
    """

    tries_left = 1
    default_message = "one PIN try left: refusing to send the PIN without explicit confirmation"
    default_message_ja = (
        "暗証番号の残り回数が 1 回です。間違えるとロックされます。"
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
