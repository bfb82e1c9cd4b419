"""The one table of the My Number Card's applications, files and 基本4情報 tags.

Everything that depends on how the card is laid out — AIDs, EF identifiers, which EF needs the
PIN, the tags of the basic-4 file — lives here, and both the reader and the emulator take it from
here. A new card generation with a different layout is one change in this module.

Facts (public: JICSAP / the card's published test data): the 券面事項入力補助AP (text AP) holds
0001 個人番号, 0002 基本4情報 (both behind the 4-digit PIN in EF 0011), 0003 digests, 0004 a
certificate and 0005 AP information (free to read).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


@dataclass(frozen=True)
class ElementaryFile:
    """One EF of an application: identifier, the tag of its outer object, and its access rule."""

    fid: int
    name_ja: str
    tag: int | None = None
    needs_pin: bool = False


@dataclass(frozen=True)
class Application:
    """One application (DF) selected by its full AID."""

    key: str
    name_ja: str
    aid: bytes
    pin_ef: int | None = None
    pin_max_tries: int = 3
    pin_length: int = 4
    files: Mapping[str, ElementaryFile] = field(default_factory=lambda: MappingProxyType({}))

    def file(self, key: str) -> ElementaryFile:
        return self.files[key]

    def by_fid(self, fid: int) -> ElementaryFile | None:
        for ef in self.files.values():
            if ef.fid == fid:
                return ef
        return None


@dataclass(frozen=True)
class Basic4Tags:
    """Tags inside EF 0002 基本4情報: ``FF20 { DF21 offsets, DF22 name, DF23 address,
    DF24 birth date, DF25 sex }``."""

    outer: int = 0xFF20
    offsets: int = 0xDF21
    name: int = 0xDF22
    address: int = 0xDF23
    birth_date: int = 0xDF24
    sex: int = 0xDF25


#: 券面事項入力補助AP: the text (My Number + basic 4 information) read at the counter.
KENHOJO_AP = Application(
    key="kenhojo",
    name_ja="券面事項入力補助AP",
    aid=bytes.fromhex("D3921000310001010408"),
    pin_ef=0x0011,
    files=MappingProxyType(
        {
            "my_number": ElementaryFile(0x0001, "個人番号", tag=0xFF10, needs_pin=True),
            "basic4": ElementaryFile(0x0002, "基本4情報", tag=0xFF20, needs_pin=True),
            "digests": ElementaryFile(0x0003, "ハッシュ値と署名", needs_pin=True),
            "certificate": ElementaryFile(0x0004, "証明書"),
            "ap_info": ElementaryFile(0x0005, "AP基本情報"),
        }
    ),
)

#: 券面事項確認AP (card-face images); listed so the emulator answers its SELECT like a card.
KENKAKU_AP = Application(
    key="kenkaku", name_ja="券面事項確認AP", aid=bytes.fromhex("D3921000310001010402")
)

#: 公的個人認証AP (JPKI); listed for the same reason. We never touch its PINs.
JPKI_AP = Application(
    key="jpki", name_ja="公的個人認証AP", aid=bytes.fromhex("D392F000260100000001")
)

APPLICATIONS: tuple[Application, ...] = (KENHOJO_AP, KENKAKU_AP, JPKI_AP)
BASIC4_TAGS = Basic4Tags()
MY_NUMBER_LENGTH = 12
