"""異動の種類: the four kinds of 住民異動届, apart from the model so that what only names a kind
(the configuration's list of offered kinds, the welcome screen) need not build the model."""

from __future__ import annotations

from enum import StrEnum

__all__ = ["Kind"]


class Kind(StrEnum):
    """異動の種類: the kind of notification (住民基本台帳法 22–25条)."""

    TENNYU = "tennyu"
    """転入 (22条): moving in from another municipality or from abroad."""
    TENKYO = "tenkyo"
    """転居 (23条): moving within the municipality."""
    TENSHUTSU = "tenshutsu"
    """転出 (24条): moving out to another municipality or abroad (filed in advance)."""
    SETAI_HENKO = "setai_henko"
    """世帯変更 (25条): 世帯分離, 世帯合併, 世帯主変更 …"""

    @property
    def label(self) -> str:
        """The Japanese name printed on the form (転入届, 転居届 …)."""
        return _KIND_LABELS[self]


_KIND_LABELS = {
    Kind.TENNYU: "転入",
    Kind.TENKYO: "転居",
    Kind.TENSHUTSU: "転出",
    Kind.SETAI_HENKO: "世帯変更",
}
