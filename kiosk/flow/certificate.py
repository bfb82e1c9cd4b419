"""転出証明書 (paper) against the card: what a clerk typed from the certificate, checked.

A 転入 from another municipality brings the paper 転出証明書 the old municipality issued. In a
staff-led interview the clerk types from it the address left and, per person, the name, birth
date, sex and 転入前住民票コード; the persons who came with their My Number Card have their
card's four facts, read from the chip. :func:`certificate_mismatches` names every place the two
disagree (one Japanese line each), for the desk to settle before the resident signs; the filed
notification carries them as notes for the reviewer.

Comparisons ignore what differs only in writing: full- and half-width characters, spaces, and the
ways of writing a 番地 (１２－７, 12-7, 12番7号, 十二丁目 is *not* equated: numerals in kanji
stay a difference for the clerk to look at).
"""

from __future__ import annotations

import re
import unicodedata

from kiosk.flow.answers import Answers

__all__ = ["certificate_mismatches", "same_address", "same_name"]

_SEX = {"1": "男", "2": "女", "9": "適用不能", "0": "不明"}


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def same_name(a: str, b: str) -> bool:
    """The same name, whatever the spacing and width."""
    return _squash(a) == _squash(b)


def _address_key(text: str) -> str:
    s = _squash(text)
    s = re.sub(r"[‐‑‒–—―−ー－]", "-", s)
    s = re.sub(r"(?<=\d)(丁目|番地|番|の)(?=\d)", "-", s)
    s = re.sub(r"(?<=\d)号$", "", s)
    return s


def same_address(a: str, b: str) -> bool:
    """The same address, whatever the width, spacing and way of writing the 番地."""
    return _address_key(a) == _address_key(b)


def certificate_mismatches(answers: Answers) -> list[str]:
    """Where the certificate as typed and the cards read disagree (empty: they agree)."""
    out: list[str] = []
    certificate = answers.certificate
    carded = [m for m in answers.members if m.card is not None]
    if certificate is not None and certificate.address.strip() and carded:
        card = carded[0].card
        assert card is not None
        if not same_address(card.address, certificate.address):
            out.append(f"住所（カード {card.address}／証明書 {certificate.address}）")
    for i, member in enumerate(answers.members):
        card, cert = member.card, member.certificate
        if card is None or cert is None:
            continue
        who = f"異動者{i + 1}"
        if cert.name.strip() and not same_name(card.name, cert.name):
            out.append(f"{who}の氏名（カード {card.name}／証明書 {cert.name}）")
        if cert.birth_date is not None and cert.birth_date != card.birth_date:
            out.append(
                f"{who}の生年月日（カード {card.birth_date.isoformat()}／"
                f"証明書 {cert.birth_date.isoformat()}）"
            )
        if cert.sex and cert.sex != card.sex:
            out.append(
                f"{who}の性別（カード {_SEX.get(card.sex, card.sex)}／"
                f"証明書 {_SEX.get(cert.sex, cert.sex)}）"
            )
    return out
