"""住民票コード (resident record code) and its check digit.

住民基本台帳法施行規則 1条: a 住民票コード is 11 digits — ten digits made at random, then one
検査数字 (check digit) "to detect mistakes when the code is typed in", computed by the formula
the Minister sets (平成14年総務省告示第436号). The formula is the modulus-11 scheme Japanese
registers share (the 個人番号's 検査用数字, 番号法施行規則 5条, was modelled on it): weights
2, 3, 4, 5, 6, 7, 2, 3, 4, 5 from the last of the ten digits to the first, the check digit is 11
minus the weighted sum modulo 11, and 0 when that remainder is 0 or 1.

A 転入 carries the 転入前住民票コード from the 転出証明書: one mistyped digit is caught here, at the
counter, rather than by the 住基ネット after the resident has left.
"""

from __future__ import annotations

__all__ = ["check_digit", "is_valid"]

_WEIGHTS = (2, 3, 4, 5, 6, 7, 2, 3, 4, 5)


def check_digit(ten: str) -> str:
    """The 検査数字 of the first ten digits of a 住民票コード."""
    if len(ten) != 10 or not ten.isascii() or not ten.isdigit():
        raise ValueError("ten ASCII digits expected")
    total = sum(int(d) * w for d, w in zip(reversed(ten), _WEIGHTS, strict=True))
    remainder = total % 11
    return "0" if remainder <= 1 else str(11 - remainder)


def is_valid(code: str) -> bool:
    """True for 11 ASCII digits whose last is the 検査数字 of the first ten."""
    return (
        len(code) == 11 and code.isascii() and code.isdigit() and check_digit(code[:10]) == code[10]
    )
