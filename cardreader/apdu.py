"""Short command and response APDUs (ISO/IEC 7816-4), and the status words we act on.

Only short APDUs are built: not every reader passes extended ones, and nothing the
券面事項入力補助AP holds needs them. A VERIFY command's repr never shows its data (the PIN).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cardreader.errors import ProtocolError

# Status words (SW1 SW2).
SW_OK = 0x9000
SW_END_OF_FILE_WARNING = 0x6282  # ISO: end of file reached before reading Le bytes
SW_VERIFY_FAILED_BASE = 0x63C0  # 63 Cx: x tries left (63 C0: none, blocked)
SW_WRONG_LENGTH = 0x6700
SW_SECURITY_NOT_SATISFIED = 0x6982  # e.g. READ of 0001/0002 without the PIN
SW_AUTH_METHOD_BLOCKED = 0x6983
SW_REFERENCE_DATA_BLOCKED = 0x6984  # VERIFY once the PIN is locked
SW_CONDITIONS_NOT_SATISFIED = 0x6985
SW_NO_CURRENT_EF = 0x6986
SW_FILE_NOT_FOUND = 0x6A82  # SELECT of an AID/EF the card does not have
SW_WRONG_P1P2 = 0x6A86
SW_OFFSET_OUT_OF_RANGE = 0x6B00  # READ BINARY past the end of the file
SW_INS_NOT_SUPPORTED = 0x6D00
SW_CLA_NOT_SUPPORTED = 0x6E00

INS_SELECT = 0xA4
INS_VERIFY = 0x20
INS_READ_BINARY = 0xB0
INS_GET_RESPONSE = 0xC0

MAX_SHORT_LE = 256
MAX_OFFSET = 0x7FFF  # P1 b8 = 0 leaves a 15-bit offset


@dataclass(frozen=True)
class Command:
    """One short C-APDU. ``le`` is the expected length (1..256, 256 encoded as 00) or None."""

    cla: int
    ins: int
    p1: int
    p2: int
    data: bytes = field(default=b"", repr=False)
    le: int | None = None

    def __post_init__(self) -> None:
        for name in ("cla", "ins", "p1", "p2"):
            if not 0 <= getattr(self, name) <= 0xFF:
                raise ValueError(f"{name} out of range")
        if len(self.data) > 255:
            raise ValueError("data too long for a short APDU")
        if self.le is not None and not 1 <= self.le <= MAX_SHORT_LE:
            raise ValueError("Le out of range for a short APDU")

    def to_bytes(self) -> bytes:
        out = bytes((self.cla, self.ins, self.p1, self.p2))
        if self.data:
            out += bytes((len(self.data),)) + self.data
        if self.le is not None:
            out += bytes((self.le & 0xFF,))
        return out

    def describe(self) -> str:
        """Header and lengths only: safe to log (a VERIFY's data is the PIN)."""
        text = f"{self.cla:02X} {self.ins:02X} {self.p1:02X} {self.p2:02X}"
        if self.data:
            shown = "<hidden>" if self.ins == INS_VERIFY else self.data.hex(" ").upper()
            text += f" Lc={len(self.data)} {shown}"
        if self.le is not None:
            text += f" Le={self.le}"
        return text

    def __repr__(self) -> str:
        return f"Command({self.describe()})"

    def with_le(self, le: int) -> Command:
        return Command(self.cla, self.ins, self.p1, self.p2, self.data, le)


@dataclass(frozen=True)
class Response:
    """One R-APDU: data and status word."""

    data: bytes
    sw: int

    @classmethod
    def parse(cls, raw: bytes) -> Response:
        if len(raw) < 2:
            raise ProtocolError(f"the card answered {len(raw)} byte(s), not an R-APDU")
        return cls(bytes(raw[:-2]), (raw[-2] << 8) | raw[-1])

    @property
    def sw1(self) -> int:
        return self.sw >> 8

    @property
    def sw2(self) -> int:
        return self.sw & 0xFF

    @property
    def ok(self) -> bool:
        return self.sw == SW_OK

    def __repr__(self) -> str:
        return f"Response({len(self.data)} bytes, SW {self.sw:04X})"


def select_df(aid: bytes) -> Command:
    """SELECT FILE by DF name (AID), no FCI: ``00 A4 04 0C Lc AID``."""
    return Command(0x00, INS_SELECT, 0x04, 0x0C, aid)


def select_ef(fid: int) -> Command:
    """SELECT FILE of an EF under the current DF by its identifier: ``00 A4 02 0C 02 FID``."""
    return Command(0x00, INS_SELECT, 0x02, 0x0C, fid.to_bytes(2, "big"))


def verify(pin: bytes | None = None) -> Command:
    """VERIFY the current key EF; without data it only asks how many tries are left."""
    return Command(0x00, INS_VERIFY, 0x00, 0x80, pin or b"")


def read_binary(offset: int, le: int = MAX_SHORT_LE) -> Command:
    """READ BINARY of the current EF at a 15-bit offset (Le 256 is encoded 00)."""
    if not 0 <= offset <= MAX_OFFSET:
        raise ValueError("offset out of range for READ BINARY")
    return Command(0x00, INS_READ_BINARY, offset >> 8, offset & 0xFF, le=le)


def get_response(le: int) -> Command:
    """GET RESPONSE, collecting data a T=0 card announced with 61 xx."""
    return Command(0x00, INS_GET_RESPONSE, 0x00, 0x00, le=le or MAX_SHORT_LE)


def tries_left_from_sw(sw: int) -> int | None:
    """The count in 63 Cx, or None when the status word is not of that form."""
    if sw & 0xFFF0 == SW_VERIFY_FAILED_BASE:
        return sw & 0x0F
    return None
