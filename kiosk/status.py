"""The workflow states of a notification (状態), Qt- and database-free so every layer can name them.

The stored value is ASCII; :attr:`Status.ja` is the term staff read (入力中, 仮登録 …).
"""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """Workflow states of a notification; the stored value is ASCII, :attr:`ja` the term."""

    DRAFT = "draft"  # 入力中: the resident is filling it in
    CONFIRMED = "confirmed"  # 確認済: the resident confirmed and signed (仮登録, waiting)
    REVIEWING = "reviewing"  # 審査中: a reviewer has it open
    APPROVED = "approved"  # 本登録: approved, queued for the back office
    RETURNED = "returned"  # 差戻: sent back with a reason
    DELIVERED = "delivered"  # 送信済: the back office has it
    DELIVERY_FAILED = "delivery_failed"  # 送信失敗: delivery gave up, staff must act
    CANCELLED = "cancelled"  # 取消: withdrawn with a reason

    @property
    def ja(self) -> str:
        """The Japanese name of the state, as staff see it."""
        return _STATUS_JA[self]


_STATUS_JA = {
    Status.DRAFT: "入力中",
    Status.CONFIRMED: "確認済",
    Status.REVIEWING: "審査中",
    Status.APPROVED: "本登録",
    Status.RETURNED: "差戻",
    Status.DELIVERED: "送信済",
    Status.DELIVERY_FAILED: "送信失敗",
    Status.CANCELLED: "取消",
}
