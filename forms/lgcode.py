"""全国地方公共団体コード (local government code): six digits, the last a check digit.

The first five digits are the JIS X 0401/0402 code (2 for the prefecture, 3 for the
municipality); the sixth is a modulus-11 check digit defined by 総務省 (昭和43年 自治省告示):
weights 6, 5, 4, 3, 2 on the five digits, remainder modulo 11, and the check digit is the last
digit of ``11 − remainder`` (so remainder 0 gives 1 and remainder 1 gives 0).
"""

from __future__ import annotations

__all__ = ["check_digit", "is_valid", "with_check_digit"]

_WEIGHTS = (6, 5, 4, 3, 2)


def check_digit(five: str) -> str:
    """The check digit of a five-digit JIS X 0402 code.

    >>> check_digit("13101"), check_digit("00000")  # 千代田区; remainder 0 gives 1
    ('6', '1')
    """
    if len(five) != 5 or not five.isascii() or not five.isdigit():
        raise ValueError(f"a local government code base is 5 ASCII digits, not {five!r}")
    remainder = sum(int(d) * w for d, w in zip(five, _WEIGHTS, strict=True)) % 11
    return str((11 - remainder) % 10)


def with_check_digit(five: str) -> str:
    """The six-digit 全国地方公共団体コード for a five-digit code.

    >>> with_check_digit("13221")  # 清瀬市
    '132217'
    """
    return five + check_digit(five)


def is_valid(code: str) -> bool:
    """True when ``code`` is six ASCII digits whose last digit is the right check digit."""
    if len(code) != 6 or not code.isascii() or not code.isdigit():
        return False
    return check_digit(code[:5]) == code[5]
