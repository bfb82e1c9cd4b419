"""The one table of the My Number Card's applications, files, keys and 基本4情報 tags.

Everything that depends on how the card is laid out — AIDs, EF identifiers, the key EFs that a
VERIFY targets, which key opens which EF, the tags of the basic-4 file — lives here, and both the
reader and the emulator take it from here. A new card generation with a different layout is one
change in this module.

Facts (public: JICSAP / the card's published test data, and the public readers named below): the
券面事項入力補助AP (text AP) holds 0001 個人番号, 0002 基本4情報, 0003 digests, 0004 a certificate
and 0005 AP information (free to read). Two of its key EFs concern the counter:

- EF 0011, the 4-digit PIN (券面事項入力補助用暗証番号): opens 0001, 0002 and 0003.
- EF 0015, 照合番号B: 14 ASCII digits printed on, or derived from, the card face (see
  :mod:`cardreader.code_b`). It opens 0002 (and 0003) but **never** 0001, which needs the PIN or
  照合番号A (EF 0014, the 個人番号 itself, which this project never uses).

Where the 照合番号B facts come from:

- EF 0015 is the 照合番号B key of this AP: soltia48/myna-card ``src/ap/text.rs``
  (``ef::CODE_B = 0x0015``) and okaits/nfcpy_mynacard ``nfcpy_mynacard/login.py``
  (``InputAssistance.bcode_auth`` selects ``00 15`` before its VERIFY).
- B opens 0002 and not 0001: soltia48/myna-card ``src/ap/text.rs`` (``read_attributes``: "A
  opens EF 0001 and not 0002, B opens 0002 and not 0001 … only the PIN opens both") and its
  ``tests/fixtures/README.md`` (0002 read with "the PIN or 照合番号B", 0001 with "the PIN or
  照合番号A", 0003 with "the PIN or either 照合番号"); nfcpy_mynacard's ``input_assistance.py``
  agrees (``get_four_attrs`` takes the PIN or B, ``get_my_number`` the PIN or A).
- B has its own tries counter, queried with an empty VERIFY like the PIN's: soltia48/myna-card
  ``TextAp::retries(ef::CODE_B)`` and its README ("Retry counters", JICSAP 6.4.9 (5)); the libjeid
  sample reader (jp.co.osstech ``PinStatusTask``) shows the 券面入力補助AP's PIN, 照合番号A and
  照合番号B counters side by side.
- Wrong → 63 Cx, blocked → 69 84: nfcpy_mynacard ``bcode_auth`` handles exactly those two, and
  soltia48/myna-card's README ("63C0 from the attempt that exhausts the counter, and 6984 from
  every attempt after that").
- Ten tries, not three: the Digital Agency's page on the card's PINs (as quoted by a public
  implementation guide for the 14-digit code: "続けて 10 回誤るとカードがロック") and a vendor's
  eKYC guide both give 10 for the 14-digit 照合番号B; no public source states the count of this
  AP's EF 0015 separately. The reader never depends on it (it reads the count from the card);
  only the emulator's fresh card and its reset-on-success use :attr:`KeyEF.max_tries`.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType


@dataclass(frozen=True)
class KeyEF:
    """One key EF that VERIFY targets (a PIN, a 照合番号): what the guard is parameterised by.

    ``key`` names it in :attr:`ElementaryFile.opened_by`; ``name_ja`` is how a resident calls it
    (``name_en`` how the English one-line messages do);
    ``length`` is its exact number of ASCII digits; ``spaces_allowed`` lets an input carry spaces
    (grouping as printed on the card face), removed before the length is checked.
    """

    key: str
    name_ja: str
    name_en: str
    fid: int
    length: int
    max_tries: int = 3
    spaces_allowed: bool = False


@dataclass(frozen=True)
class ElementaryFile:
    """One EF of an application: identifier, the tag of its outer object, and its access rule.

    ``opened_by`` holds the keys (:attr:`KeyEF.key`) any one of which, once verified, opens the
    file; an empty set means the file is free to read.
    """

    fid: int
    name_ja: str
    tag: int | None = None
    opened_by: frozenset[str] = frozenset()

    def is_open(self, verified: Collection[str]) -> bool:
        """Whether the file may be read with the keys in ``verified`` verified."""
        return not self.opened_by or any(key in self.opened_by for key in verified)


@dataclass(frozen=True)
class Application:
    """One application (DF) selected by its full AID, with its files and key EFs."""

    key: str
    name_ja: str
    aid: bytes
    files: Mapping[str, ElementaryFile] = field(default_factory=lambda: MappingProxyType({}))
    keys: Mapping[str, KeyEF] = field(default_factory=lambda: MappingProxyType({}))

    def file(self, key: str) -> ElementaryFile:
        return self.files[key]

    def by_fid(self, fid: int) -> ElementaryFile | None:
        for ef in self.files.values():
            if ef.fid == fid:
                return ef
        return None

    def key_ef(self, key: str) -> KeyEF:
        return self.keys[key]

    def key_by_fid(self, fid: int) -> KeyEF | None:
        for key_ef in self.keys.values():
            if key_ef.fid == fid:
                return key_ef
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


#: The 4-digit 券面事項入力補助用暗証番号: 3 tries, exactly 4 ASCII digits, nothing else.
PIN = KeyEF(key="pin", name_ja="暗証番号", name_en="PIN", fid=0x0011, length=4, max_tries=3)
#: 照合番号B: 14 ASCII digits from the card face (spaces allowed in the input), 10 tries.
CODE_B = KeyEF(
    key="code_b",
    name_ja="照合番号B",
    name_en="照合番号B (code B)",
    fid=0x0015,
    length=14,
    max_tries=10,
    spaces_allowed=True,
)

_PIN_ONLY = frozenset({PIN.key})
_PIN_OR_B = frozenset({PIN.key, CODE_B.key})

#: 券面事項入力補助AP: the text (My Number + basic 4 information) read at the counter.
KENHOJO_AP = Application(
    key="kenhojo",
    name_ja="券面事項入力補助AP",
    aid=bytes.fromhex("D3921000310001010408"),
    files=MappingProxyType(
        {
            "my_number": ElementaryFile(0x0001, "個人番号", tag=0xFF10, opened_by=_PIN_ONLY),
            "basic4": ElementaryFile(0x0002, "基本4情報", tag=0xFF20, opened_by=_PIN_OR_B),
            "digests": ElementaryFile(0x0003, "ハッシュ値と署名", opened_by=_PIN_OR_B),
            "certificate": ElementaryFile(0x0004, "証明書"),
            "ap_info": ElementaryFile(0x0005, "AP基本情報"),
        }
    ),
    keys=MappingProxyType({PIN.key: PIN, CODE_B.key: CODE_B}),
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
