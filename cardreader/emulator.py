"""A virtual My Number Card that plugs into pcscd through the vsmartcard-vpcd driver.

For tests, demos and IT checks: the real PC/SC stack (pcscd, the vpcd reader driver, pyscard)
talks to this card exactly as to a plastic one. The vpcd driver listens on TCP (35963 for the
reader "Virtual PCD 00 00", 35964 for "… 00 01"); the card connects as a client. Frames are a
2-byte big-endian length and a payload: one byte is a control (00 power off, 01 power on,
02 reset, 04 send the ATR, which is answered), anything longer is a C-APDU answered with its
R-APDU. The TCP connection *is* the card's presence: :meth:`CardEmulator.remove` closes it and
:meth:`CardEmulator.insert` opens a new one, so one emulator object can swap cards on its slot.

The card behaves like the 券面事項入力補助AP of a real card (layout from :mod:`cardreader.layout`):
SELECT by AID (6A82 for an unknown AP), EF access rules (69 82 until a key that opens the file is
verified), one counter per key EF — the PIN (EF 0011, 3 tries) and 照合番号B (EF 0015, 10 tries,
the 14 digits of the persona's card face), each reset on its own success, 63 Cx, 69 84 once
blocked — and 照合番号B opening the 基本4情報 but never the 個人番号 (EF 0001 answers 69 82 after
B alone). Security state cleared on power-off and on selecting another DF (kept over a warm
reset), short- and long-form basic-4 files with filler, files over 256 bytes. Fault switches:
per-APDU latency, card pulled after N APDUs, garbage answers after N APDUs, and a card that is
not a My Number Card.

The APDU log records headers, lengths and status words; the data of a VERIFY is never recorded.

A demo or an IT check in a few lines::

    from cardreader.emulator import CardEmulator, Persona, claim_slot
    from cardreader.pcscd import ensure_pcscd

    with ensure_pcscd():                      # reuses a running pcscd, else starts one
        slot = claim_slot()                   # a vpcd slot no other process on this host uses
        card = CardEmulator(Persona.load("kokutou-mikiya"), port=slot.port, wait=10).start()
        ...                                   # MyNumberCardReader(card.reader_name) reads it
        card.stop(); slot.release()
"""

from __future__ import annotations

import collections
import contextlib
import json
import logging
import socket
import struct
import tempfile
import threading
import time
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import IO, Any

from cardreader import apdu
from cardreader.basic4 import Layout, encode_basic4, encode_my_number, is_valid_my_number
from cardreader.code_b import BirthCalendar, code_b_from_card_face
from cardreader.errors import ReaderError
from cardreader.identity import CardIdentity
from cardreader.layout import APPLICATIONS, CODE_B, KENHOJO_AP, PIN, Application, KeyEF

log = logging.getLogger(__name__)

DEFAULT_PORT = 35963
#: pcscd's names for the vpcd slots, by TCP port (from /etc/reader.conf.d/vpcd).
VIRTUAL_READERS: Mapping[int, str] = {35963: "Virtual PCD 00 00", 35964: "Virtual PCD 00 01"}
#: An ATR as a contact My Number Card presents it. Readers never rely on it (SELECT AID does).
MY_NUMBER_ATR = bytes.fromhex("3BE000FF8131FE4514")
#: ATR of some other card, for the "not a My Number Card" switch.
OTHER_CARD_ATR = bytes.fromhex("3B8F8001804F0CA000000306030001000000006A")

REINSERT_GAP_S = 1.0
#: APDU and control records an emulator keeps (the newest).
LOG_LIMIT = 4096
CTRL_POWER_OFF, CTRL_POWER_ON, CTRL_RESET, CTRL_ATR = 0, 1, 2, 4


class SlotBusy(ReaderError):
    """Every vpcd slot is claimed by another process."""


class SlotClaim:
    """An advisory, cross-process claim on one vpcd slot (a file lock), so that test runs,
    benchmarks and demos on one machine never put two cards in one slot. Released by
    :meth:`release` or when the process ends."""

    def __init__(self, port: int, handle: IO[bytes]) -> None:
        self.port = port
        self._handle: IO[bytes] | None = handle

    @property
    def reader_name(self) -> str:
        return virtual_reader_name(self.port)

    def release(self) -> None:
        if self._handle is not None:
            self._handle.close()  # closing drops the lock
            self._handle = None


def claim_slot(ports: Sequence[int] | None = None, *, timeout: float = 60.0) -> SlotClaim:
    """Claim the first free vpcd slot among ``ports`` (default: all), waiting up to
    ``timeout`` seconds for one to be released."""
    import fcntl  # POSIX only; vpcd with pcscd is the Linux test/demo setup

    candidates = list(ports or VIRTUAL_READERS)
    deadline = time.monotonic() + timeout
    lock_dir = Path(tempfile.gettempdir())
    while True:
        for port in candidates:
            handle = open(lock_dir / f"cardreader-vpcd-{port}.lock", "ab")  # noqa: SIM115
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                handle.close()
                continue
            return SlotClaim(port, handle)
        if time.monotonic() >= deadline:
            raise SlotBusy(f"all vpcd slots {candidates} are in use by other processes")
        time.sleep(0.25)


def virtual_reader_name(port: int) -> str:
    """The PC/SC reader name pcscd gives the vpcd slot on ``port``."""
    try:
        return VIRTUAL_READERS[port]
    except KeyError:
        raise ValueError(f"no vpcd slot on port {port}") from None


# --------------------------------------------------------------------------------------------
# Personas


@dataclass(frozen=True)
class Persona:
    """A synthetic card holder. Loaded from JSON::

        {"name": "黒桐　幹也", "address": "…", "birth_date": "19800217", "sex": "1",
         "my_number": "123456789018", "pin": "1234", "pin_tries_left": 3, "layout": "short",
         "expiry_year": 2035, "security_code": "2285", "code_b_tries_left": 10}

    The card face (券面) gives 照合番号B (:attr:`code_b`): the birth date as printed — in the era
    year (``"birth_calendar": "wareki"``, the default) or, on a foreign resident's card, the
    Gregorian one (``"seireki"``) — then ``expiry_year`` (有効期限) and ``security_code``
    (セキュリティコード). Files without these fields load with expiry 2035 and code 0000.
    ``pin``, ``security_code`` and ``my_number`` are synthetic test values and still kept out of
    ``repr``.
    """

    name: str
    address: str
    birth_date: date
    sex: str
    my_number: str = field(repr=False)
    pin: str = field(repr=False)
    pin_tries_left: int = 3
    layout: Layout = "short"
    key: str = ""
    expiry_year: int = 2035
    security_code: str = field(default="0000", repr=False)
    code_b_tries_left: int = CODE_B.max_tries
    birth_calendar: BirthCalendar = "wareki"

    def __post_init__(self) -> None:
        if self.sex not in {"0", "1", "2", "9"}:
            raise ValueError("sex must be one of 1, 2, 9, 0")
        if not is_valid_my_number(self.my_number):
            raise ValueError("my_number must be 12 digits with a valid check digit")
        if len(self.pin) != 4 or not (self.pin.isascii() and self.pin.isdigit()):
            raise ValueError("pin must be 4 ASCII digits")
        if not 0 <= self.pin_tries_left <= PIN.max_tries:
            raise ValueError(f"pin_tries_left must be 0..{PIN.max_tries}")
        if not 0 <= self.code_b_tries_left <= CODE_B.max_tries:
            raise ValueError(f"code_b_tries_left must be 0..{CODE_B.max_tries}")
        if self.layout not in ("short", "long"):
            raise ValueError('layout must be "short" or "long"')
        if self.birth_calendar not in ("wareki", "seireki"):
            raise ValueError('birth_calendar must be "wareki" or "seireki"')
        _ = self.code_b  # the card face must give a valid 照合番号B (raises ValueError)

    @property
    def code_b(self) -> str:
        """照合番号B of this card face: 14 ASCII digits."""
        return code_b_from_card_face(
            self.birth_date,
            self.expiry_year,
            self.security_code,
            birth_calendar=self.birth_calendar,
        )

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, key: str = "") -> Persona:
        raw = str(data["birth_date"])
        return cls(
            name=str(data["name"]),
            address=str(data["address"]),
            birth_date=datetime.strptime(raw, "%Y%m%d").date(),
            sex=str(data["sex"]),
            my_number=str(data["my_number"]),
            pin=str(data["pin"]),
            pin_tries_left=int(data.get("pin_tries_left", PIN.max_tries)),
            layout=data.get("layout", "short"),
            key=key,
            expiry_year=int(data.get("expiry_year", 2035)),
            security_code=str(data.get("security_code", "0000")),
            code_b_tries_left=int(data.get("code_b_tries_left", CODE_B.max_tries)),
            birth_calendar=data.get("birth_calendar", "wareki"),
        )

    @classmethod
    def load(cls, name_or_path: str | Path) -> Persona:
        """A shipped persona by name (``"kokutou-mikiya"``) or a JSON file by path."""
        path = Path(name_or_path)
        if path.suffix == ".json" or path.exists():
            return cls.from_dict(json.loads(path.read_text(encoding="utf-8")), key=path.stem)
        shipped = resources.files("cardreader") / "personas" / f"{name_or_path}.json"
        if not shipped.is_file():
            raise ValueError(
                f"no persona {str(name_or_path)!r}; shipped: {', '.join(shipped_personas())}"
            )
        return cls.from_dict(json.loads(shipped.read_text(encoding="utf-8")), key=str(name_or_path))

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "address": self.address,
            "birth_date": self.birth_date.strftime("%Y%m%d"),
            "sex": self.sex,
            "my_number": self.my_number,
            "pin": self.pin,
            "pin_tries_left": self.pin_tries_left,
            "layout": self.layout,
            "expiry_year": self.expiry_year,
            "security_code": self.security_code,
            "code_b_tries_left": self.code_b_tries_left,
            "birth_calendar": self.birth_calendar,
        }

    def basic4_file(self) -> bytes:
        """EF 0002 as the card holds it, 00/FF filler included."""
        b4 = CardIdentity(self.name, self.address, self.birth_date, self.sex)
        return encode_basic4(b4, layout=self.layout)

    def with_changes(self, **changes: Any) -> Persona:
        return replace(self, **changes)


def shipped_personas() -> list[str]:
    """Names of the personas shipped in ``cardreader/personas``."""
    folder = resources.files("cardreader") / "personas"
    return sorted(p.name[: -len(".json")] for p in folder.iterdir() if p.name.endswith(".json"))


# --------------------------------------------------------------------------------------------
# The card itself (no I/O)


@dataclass(frozen=True)
class ApduRecord:
    """One exchanged APDU: header, lengths and status word (VERIFY data is never kept)."""

    cla: int
    ins: int
    p1: int
    p2: int
    lc: int
    le: int | None
    sw: int | None
    data: bytes | None = field(default=None, repr=False)  # None for VERIFY

    @property
    def is_verify_with_data(self) -> bool:
        return self.ins == apdu.INS_VERIFY and self.lc > 0


class VirtualCard:
    """The state machine of one My Number Card: files, a counter per key EF, security state."""

    def __init__(
        self, persona: Persona, *, my_number_card: bool = True, atr: bytes | None = None
    ) -> None:
        self.persona = persona
        self.my_number_card = my_number_card
        self.atr_override = atr
        #: Tries left per key EF (PIN, 照合番号B): independent counters.
        self.tries: dict[str, int] = {
            PIN.key: persona.pin_tries_left,
            CODE_B.key: persona.code_b_tries_left,
        }
        self._secrets: dict[str, bytes] = {
            PIN.key: persona.pin.encode("ascii"),
            CODE_B.key: persona.code_b.encode("ascii"),
        }
        #: Keys verified since the last power-off or DF change (the security state).
        self.verified_keys: set[str] = set()
        self._files: dict[tuple[bytes, int], bytes] = {
            (KENHOJO_AP.aid, KENHOJO_AP.file("my_number").fid): encode_my_number(persona.my_number),
            (KENHOJO_AP.aid, KENHOJO_AP.file("basic4").fid): persona.basic4_file(),
            (KENHOJO_AP.aid, KENHOJO_AP.file("ap_info").fid): bytes.fromhex("DF0101") + b"\x00" * 5,
        }
        self.current_df: Application | None = None
        self.current_ef: int | None = None
        self.powered = False
        #: Status word of a READ BINARY that reaches the end of the file before Le bytes:
        #: 90 00 (JICSAP) or, on some cards, the ISO warning 62 82.
        self.short_read_sw = apdu.SW_OK
        #: Serve every EF cut at this many bytes (a damaged or truncated file).
        self.files_cut_at: int | None = None
        #: Answer a READ BINARY whose Le passes the end of the file with 6C xx (as T=0 style
        #: cards do) instead of the bytes that are there.
        self.exact_le = False
        #: Answer such a READ with 67 00 (wrong length) and no hint.
        self.strict_le = False
        #: Give at most this many bytes per answer, the rest through 61 xx + GET RESPONSE.
        self.response_chunk: int | None = None
        self._pending = b""
        #: EF content replacements by identifier (see :attr:`Faults.file_contents`).
        self.file_overrides: dict[int, bytes] = {}

    @property
    def tries_left(self) -> int:
        """PIN tries left."""
        return self.tries[PIN.key]

    @property
    def code_b_tries_left(self) -> int:
        """照合番号B tries left."""
        return self.tries[CODE_B.key]

    @property
    def verified(self) -> bool:
        """Whether any key is verified (the card holds a security state)."""
        return bool(self.verified_keys)

    @property
    def atr(self) -> bytes:
        if self.atr_override is not None:
            return self.atr_override
        return MY_NUMBER_ATR if self.my_number_card else OTHER_CARD_ATR

    def power_on(self) -> None:
        self.powered = True
        self._clear()

    def power_off(self) -> None:
        self.powered = False
        self._clear()

    def reset(self) -> None:
        """Warm reset: the security state survives (as on the real card)."""
        self.powered = True

    def _clear(self) -> None:
        self._pending = b""
        self.current_df = None
        self.current_ef = None
        self.verified_keys.clear()

    def process(self, command: bytes) -> tuple[bytes, ApduRecord]:
        """Answer one C-APDU; returns the R-APDU and its log record."""
        cla, ins, p1, p2, data, le, ok = _parse_command(command)
        if not ok:
            sw, body = apdu.SW_WRONG_LENGTH, b""
        elif cla != 0x00:
            sw, body = apdu.SW_CLA_NOT_SUPPORTED, b""
        elif ins == apdu.INS_SELECT:
            sw, body = self._select(p1, p2, data), b""
        elif ins == apdu.INS_VERIFY:
            sw, body = self._verify(p1, p2, data), b""
        elif ins == apdu.INS_READ_BINARY:
            sw, body = self._read_binary(p1, p2, le)
            if sw == apdu.SW_OK and self.response_chunk and len(body) > self.response_chunk:
                # T=0 style: part of the data now, "61 xx more" for GET RESPONSE.
                body, self._pending = body[: self.response_chunk], body[self.response_chunk :]
                sw = 0x6100 | (len(self._pending) & 0xFF)
        elif ins == apdu.INS_GET_RESPONSE:
            sw, body = self._get_response(le)
        else:
            sw, body = apdu.SW_INS_NOT_SUPPORTED, b""
        record = ApduRecord(
            cla, ins, p1, p2, len(data), le, sw, None if ins == apdu.INS_VERIFY else data
        )
        return body + sw.to_bytes(2, "big"), record

    def _get_response(self, le: int | None) -> tuple[int, bytes]:
        if not self._pending:
            return apdu.SW_CONDITIONS_NOT_SATISFIED, b""
        body, self._pending = self._pending[: le or 256], self._pending[le or 256 :]
        return (0x6100 | (len(self._pending) & 0xFF)) if self._pending else apdu.SW_OK, body

    def _select(self, p1: int, p2: int, data: bytes) -> int:
        if p2 not in (0x0C, 0x00):
            return apdu.SW_WRONG_P1P2
        if p1 == 0x04:
            app = next((a for a in APPLICATIONS if a.aid == data), None)
            if app is None or not self.my_number_card:
                return apdu.SW_FILE_NOT_FOUND
            if app is not self.current_df:
                self.verified_keys.clear()  # selecting another DF clears the security state
            self.current_df, self.current_ef = app, None
            return apdu.SW_OK
        if p1 == 0x02:
            if self.current_df is None or len(data) != 2:
                return apdu.SW_FILE_NOT_FOUND
            fid = int.from_bytes(data, "big")
            if self.current_df.key_by_fid(fid) is None and self.current_df.by_fid(fid) is None:
                return apdu.SW_FILE_NOT_FOUND
            self.current_ef = fid
            return apdu.SW_OK
        return apdu.SW_WRONG_P1P2

    def _verify(self, p1: int, p2: int, data: bytes) -> int:
        if p1 != 0x00 or p2 != 0x80:
            return apdu.SW_WRONG_P1P2
        key_ef: KeyEF | None = None
        if self.current_df is not None and self.current_ef is not None:
            key_ef = self.current_df.key_by_fid(self.current_ef)
        if key_ef is None:
            return apdu.SW_NO_CURRENT_EF
        key = key_ef.key
        left = self.tries[key]
        if not data:  # tries-left query: costs nothing
            if left == 0:
                return apdu.SW_VERIFY_FAILED_BASE
            return apdu.SW_OK if key in self.verified_keys else apdu.SW_VERIFY_FAILED_BASE | left
        if left == 0:
            return apdu.SW_REFERENCE_DATA_BLOCKED
        if data == self._secrets[key]:
            self.tries[key] = key_ef.max_tries
            self.verified_keys.add(key)
            return apdu.SW_OK
        self.tries[key] = left - 1
        self.verified_keys.discard(key)
        return apdu.SW_VERIFY_FAILED_BASE | self.tries[key]

    def _read_binary(self, p1: int, p2: int, le: int | None) -> tuple[int, bytes]:
        if le is None:
            return apdu.SW_WRONG_LENGTH, b""
        if p1 & 0x80:  # short EF identifier in P1, 8-bit offset in P2
            if self.current_df is None or self.current_df.by_fid(p1 & 0x1F) is None:
                return apdu.SW_FILE_NOT_FOUND, b""
            self.current_ef, offset = p1 & 0x1F, p2
        else:
            offset = (p1 << 8) | p2
        if self.current_df is None or self.current_ef is None:
            return apdu.SW_NO_CURRENT_EF, b""
        ef = self.current_df.by_fid(self.current_ef)
        content = self._files.get((self.current_df.aid, self.current_ef))
        if self.current_df is KENHOJO_AP and self.current_ef in self.file_overrides:
            content = self.file_overrides[self.current_ef]
        if ef is None or content is None:
            return apdu.SW_NO_CURRENT_EF, b""
        if not ef.is_open(self.verified_keys):
            return apdu.SW_SECURITY_NOT_SATISFIED, b""
        if self.files_cut_at is not None:
            content = content[: self.files_cut_at]
        if offset >= len(content):
            return apdu.SW_OFFSET_OUT_OF_RANGE, b""
        chunk = content[offset : offset + le]
        if self.exact_le and len(chunk) < le:
            return 0x6C00 | len(chunk), b""  # "wrong Le: ask for exactly xx"
        if self.strict_le and len(chunk) < le:
            return apdu.SW_WRONG_LENGTH, b""  # "wrong length", without saying how much
        return (self.short_read_sw if len(chunk) < le else apdu.SW_OK), chunk


def _parse_command(raw: bytes) -> tuple[int, int, int, int, bytes, int | None, bool]:
    """Split a short C-APDU into CLA INS P1 P2 data Le; ``ok`` False for a bad length."""
    if len(raw) < 4:
        return 0, 0, 0, 0, b"", None, False
    cla, ins, p1, p2 = raw[:4]
    body = raw[4:]
    if not body:
        return cla, ins, p1, p2, b"", None, True
    if len(body) == 1:
        return cla, ins, p1, p2, b"", body[0] or 256, True
    lc = body[0]
    if lc and len(body) == 1 + lc:
        return cla, ins, p1, p2, bytes(body[1:]), None, True
    if lc and len(body) == 2 + lc:
        return cla, ins, p1, p2, bytes(body[1 : 1 + lc]), body[-1] or 256, True
    return cla, ins, p1, p2, b"", None, False


# --------------------------------------------------------------------------------------------
# The vpcd link


class _Default:
    """Marker: use the emulator's default wait."""


_DEFAULT = _Default()


@dataclass
class Faults:
    """Fault switches; change them at any time (they apply from the next APDU).

    ``latency_ms``: delay before each R-APDU. ``pull_after``: the card is pulled (connection
    closed, no answer) when APDU number ``pull_after + 1`` of the current insertion arrives.
    ``garbage_after``: from APDU ``garbage_after + 1`` on, answer one byte of garbage.
    ``files_cut_at``: every EF ends after this many bytes (shorter than its BER length says).
    ``file_contents``: replace the content of EFs of the text AP by identifier (damaged or
    hostile files, for fuzzing the reader end to end).
    """

    latency_ms: int = 0
    pull_after: int | None = None
    garbage_after: int | None = None
    files_cut_at: int | None = None
    file_contents: dict[int, bytes] = field(default_factory=dict)


class CardEmulator:
    """One vpcd slot with a virtual card in it (or not); it needs pcscd with the vpcd driver::

        emu = CardEmulator(Persona.load("kokutou-mikiya"))
        emu.start(wait=5)  # card inserted, seen by pcscd within 5 s
        emu.remove(wait=5)
        emu.insert(Persona.load("foreign-resident"), wait=5)
        emu.stop()

    ``wait`` (seconds) makes insert/remove return only once pcscd reports the change, raising
    :class:`~cardreader.errors.ReaderError` if it does not happen in time; the constructor's
    ``wait`` is the default for every call. ``atr`` overrides the card's ATR (a contactless
    reader, for one, makes up its own): readers must not care. ``short_read_sw`` is the status
    word of a READ BINARY that hits the end of the file (90 00, or 62 82 on some cards);
    ``exact_le`` makes such a READ answer 6C xx instead (the reader must ask again), and
    ``strict_le`` 67 00 (the reader must find the length itself). ``response_chunk`` splits
    answers T=0 style: that many bytes, then 61 xx and GET RESPONSE for the rest.
    """

    def __init__(
        self,
        persona: Persona | None = None,
        *,
        port: int = DEFAULT_PORT,
        host: str = "127.0.0.1",
        latency_ms: int = 0,
        pull_after: int | None = None,
        garbage_after: int | None = None,
        not_my_number: bool = False,
        atr: bytes | None = None,
        short_read_sw: int = apdu.SW_OK,
        exact_le: bool = False,
        strict_le: bool = False,
        response_chunk: int | None = None,
        wait: float | None = None,
    ) -> None:
        self.persona = persona
        self.atr = atr
        self.short_read_sw = short_read_sw
        self.exact_le = exact_le
        self.strict_le = strict_le
        self.response_chunk = response_chunk
        self.wait = wait
        self.port = port
        self.host = host
        self.faults = Faults(latency_ms, pull_after, garbage_after)
        self.not_my_number = not_my_number
        self.card: VirtualCard | None = None
        self._lock = threading.Lock()
        # The newest records only: the demo counter's emulator serves a whole day.
        self._log: collections.deque[ApduRecord] = collections.deque(maxlen=LOG_LIMIT)
        self._controls: collections.deque[int] = collections.deque(maxlen=LOG_LIMIT)
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._accepted = threading.Event()
        self._closing = threading.Event()
        self._apdus_this_insertion = 0
        self._left_at = -1e9
        self.pulled = False

    # ---- public API -------------------------------------------------------------------------

    @property
    def reader_name(self) -> str:
        return virtual_reader_name(self.port)

    @property
    def inserted(self) -> bool:
        return self._sock is not None

    @property
    def apdu_log(self) -> list[ApduRecord]:
        """A copy of the APDUs received since the last :meth:`clear_log` (the newest
        :data:`LOG_LIMIT`)."""
        with self._lock:
            return list(self._log)

    @property
    def control_log(self) -> list[int]:
        """vpcd control bytes received (00 power off, 01 on, 02 reset, 04 ATR)."""
        with self._lock:
            return list(self._controls)

    def clear_log(self) -> None:
        with self._lock:
            self._log.clear()
            self._controls.clear()

    def start(self, *, wait: float | _Default | None = _DEFAULT) -> CardEmulator:
        """Insert the persona given at construction (if any)."""
        if self.persona is not None:
            self.insert(self.persona, wait=wait)
        return self

    def insert(
        self, persona: Persona | None = None, *, wait: float | _Default | None = _DEFAULT
    ) -> None:
        """Put a card in the slot: a fresh card of ``persona``, or, with no argument, the card
        last removed (keeping its counters, like a resident putting the same card back)."""
        wait = self.wait if isinstance(wait, _Default) else wait
        if self.inserted:
            self.remove(wait=wait)
        with self._lock:
            if persona is not None:
                self.persona = persona
                self.card = VirtualCard(persona)
            elif self.card is None:
                if self.persona is None:
                    raise ValueError("no persona to insert")
                self.card = VirtualCard(self.persona)
            self.card.my_number_card = not self.not_my_number
            self.card.atr_override = self.atr
            self.card.short_read_sw = self.short_read_sw
            self.card.exact_le = self.exact_le
            self.card.strict_le = self.strict_le
            self.card.response_chunk = self.response_chunk
            self._apdus_this_insertion = 0
            self.pulled = False
        # pcscd notices a card only through its presence poll (every 0.4 s): a card put back
        # sooner than one poll after it left would never be seen as removed, and pcscd would
        # keep an empty slot for a present card. A hand is not that fast either.
        gap = self._left_at + REINSERT_GAP_S - time.monotonic()
        if gap > 0:
            time.sleep(gap)
        try:
            sock = socket.create_connection((self.host, self.port), timeout=5)
        except OSError as exc:
            raise ReaderError(
                f"cannot reach the vpcd reader driver on {self.host}:{self.port}: {exc}"
            ) from exc
        sock.settimeout(0.2)
        self._accepted.clear()
        self._closing.clear()
        self._sock = sock
        self._thread = threading.Thread(
            target=self._serve, args=(sock,), name=f"vpcd-card-{self.port}", daemon=True
        )
        self._thread.start()
        if wait is not None:
            self._wait_seen(present=True, timeout=wait)

    def remove(self, *, wait: float | _Default | None = _DEFAULT) -> None:
        """Take the card out of the slot (close the connection)."""
        wait = self.wait if isinstance(wait, _Default) else wait
        had_card = self._sock is not None
        self._disconnect()
        if wait is not None:
            self._wait_seen(present=False, timeout=wait)
            if had_card:
                # pcscd saw the slot empty through its own poll: the next card needs no gap.
                self._left_at = -1e9

    def stop(self, *, wait: float | _Default | None = _DEFAULT) -> None:
        """Remove the card and end the emulator (idempotent)."""
        self.remove(wait=wait)

    def __enter__(self) -> CardEmulator:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ---- internals --------------------------------------------------------------------------

    def _wait_seen(self, *, present: bool, timeout: float) -> None:
        from cardreader.transport import wait_for_card

        deadline = time.monotonic() + timeout
        if present and not self._accepted.wait(timeout):
            self._disconnect()
            raise ReaderError(
                f"the vpcd driver on port {self.port} did not take the card within {timeout} s "
                "(is pcscd running with the vsmartcard-vpcd driver, and the slot free?)"
            )
        left = max(0.1, deadline - time.monotonic())
        if not wait_for_card(self.reader_name, present=present, timeout=left):
            state = "insertion" if present else "removal"
            raise ReaderError(f"pcscd did not report the card {state} on {self.reader_name!r}")

    def _disconnect(self) -> None:
        sock, thread = self._sock, self._thread
        self._sock, self._thread = None, None
        self._closing.set()
        if sock is not None:
            self._left_at = time.monotonic()
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=2)

    def _pull(self, sock: socket.socket) -> None:
        """The resident pulls the card mid-read: the link drops without an answer."""
        self.pulled = True
        self._left_at = time.monotonic()
        self._closing.set()
        if self._sock is sock:
            self._sock = None
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
        sock.close()

    def _serve(self, sock: socket.socket) -> None:
        try:
            for payload in _frames(sock, self._closing):
                self._accepted.set()
                answer = self._handle(sock, payload)
                if answer is None:
                    if self.pulled:
                        return
                    continue
                sock.sendall(struct.pack(">H", len(answer)) + answer)
        except OSError:
            pass
        finally:
            if self._sock is sock and not self._closing.is_set():
                self._sock = None  # the driver hung up (pcscd stopped)
                self._left_at = time.monotonic()

    def _handle(self, sock: socket.socket, payload: bytes) -> bytes | None:
        card = self.card
        assert card is not None
        if len(payload) == 1:
            with self._lock:
                self._controls.append(payload[0])
            if payload[0] == CTRL_POWER_OFF:
                card.power_off()
            elif payload[0] == CTRL_POWER_ON:
                card.power_on()
            elif payload[0] == CTRL_RESET:
                card.reset()
            elif payload[0] == CTRL_ATR:
                return card.atr
            return None
        faults = self.faults
        with self._lock:
            n = self._apdus_this_insertion
            self._apdus_this_insertion += 1
        if faults.pull_after is not None and n >= faults.pull_after:
            self._pull(sock)
            return None
        if faults.latency_ms:
            time.sleep(faults.latency_ms / 1000)
        if faults.garbage_after is not None and n >= faults.garbage_after:
            with self._lock:
                head = (payload + b"\x00\x00\x00\x00")[:4]
                self._log.append(ApduRecord(head[0], head[1], head[2], head[3], 0, None, None))
            return b"\x6f"
        card.files_cut_at = faults.files_cut_at
        card.file_overrides = dict(faults.file_contents)
        answer, record = card.process(payload)
        with self._lock:
            self._log.append(record)
        return answer


def _frames(sock: socket.socket, closing: threading.Event) -> Iterator[bytes]:
    """Length-prefixed vpcd frames until the link closes or ``closing`` is set."""
    buf = b""
    while not closing.is_set():
        try:
            chunk = sock.recv(4096)
        except TimeoutError:
            continue
        if not chunk:
            return
        buf += chunk
        while len(buf) >= 2:
            (size,) = struct.unpack(">H", buf[:2])
            if len(buf) < 2 + size:
                break
            yield buf[2 : 2 + size]
            buf = buf[2 + size :]
