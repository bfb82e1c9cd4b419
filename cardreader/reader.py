"""Reading the 券面事項入力補助AP through PC/SC, with a PIN guard that never locks a card.

The guard, applied to every read that needs the PIN:

1. the PIN is checked locally (4 ASCII digits) before anything is sent;
2. the tries left are queried (VERIFY without data, which costs no try) before every VERIFY;
3. with 0 tries left :class:`PinBlocked` is raised, with 1 left :class:`LastTryRefused` unless
   the caller passes ``allow_last_try=True`` (the resident confirmed): in both cases no VERIFY
   with data is sent;
4. there is never an automatic retry; a wrong PIN raises :class:`WrongPin` with the tries left.

The card is recognised by SELECT of the AID, never by ATR. Each call opens an exclusive
connection and powers the card down at the end, so a verified PIN never outlives the call.

APDUs of an identity read (6, the minimum the guard allows for a file of up to 256 bytes):
SELECT AP, SELECT PIN EF, VERIFY (tries left), VERIFY (PIN), SELECT 基本4情報 EF,
READ BINARY Le=256 — further READs only when the file's BER length says it is longer.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from cardreader import apdu, tlv
from cardreader.basic4 import decode_basic4, decode_my_number
from cardreader.errors import (
    CardDataError,
    LastTryRefused,
    NotMyNumberCard,
    PinBlocked,
    ProtocolError,
    WrongPin,
)
from cardreader.identity import CardIdentity
from cardreader.layout import KENHOJO_AP, Application
from cardreader.pin import Pin
from cardreader.transport import Connection, connect, list_readers

__all__ = ["MyNumberCardReader", "list_readers"]

log = logging.getLogger(__name__)

_BLOCKED_SWS = {apdu.SW_REFERENCE_DATA_BLOCKED, apdu.SW_AUTH_METHOD_BLOCKED}
_END_OF_FILE_SWS = {apdu.SW_OFFSET_OUT_OF_RANGE, apdu.SW_END_OF_FILE_WARNING}
HEADER_PROBE_LENGTH = 5  # FF 20 82 HH LL: the longest header the card's files use


class _Session:
    """One connection with the text AP selected."""

    def __init__(self, conn: Connection, app: Application) -> None:
        self.conn = conn
        self.app = app

    def select_app(self) -> None:
        response = self.conn.transmit(apdu.select_df(self.app.aid))
        if not response.ok:
            # 6A82 on a card without the AP; anything else is just as much "not ours".
            raise NotMyNumberCard(f"SELECT of the {self.app.key} AP answered SW {response.sw:04X}")

    def select_ef(self, fid: int) -> None:
        response = self.conn.transmit(apdu.select_ef(fid))
        if not response.ok:
            raise ProtocolError(f"SELECT of EF {fid:04X} failed", sw=response.sw)

    def query_tries(self) -> int | None:
        """Tries left on the PIN, or None when the card says it is verified already (90 00)."""
        assert self.app.pin_ef is not None
        self.select_ef(self.app.pin_ef)
        response = self.conn.transmit(apdu.verify())
        tries = apdu.tries_left_from_sw(response.sw)
        if tries is not None:
            return tries
        if response.sw in _BLOCKED_SWS:
            return 0
        if response.ok:
            return None
        raise ProtocolError("the tries-left query failed", sw=response.sw)

    def tries_left(self) -> int:
        tries = self.query_tries()
        if tries is None:
            # Verified by someone before us (security state survives a warm reset). Power-cycle
            # so that this caller's PIN is really checked, then ask again.
            log.info("PIN already verified on the card; power-cycling before the guard")
            self.conn.power_cycle()
            self.select_app()
            tries = self.query_tries()
            if tries is None:
                raise ProtocolError("the card reports the PIN verified after a power cycle")
        return tries

    def verify(self, pin: Pin, *, allow_last_try: bool) -> None:
        tries = self.tries_left()
        if tries == 0:
            raise PinBlocked()
        if tries == 1 and not allow_last_try:
            raise LastTryRefused()
        response = self.conn.transmit(apdu.verify(pin.as_bytes()))
        if response.ok:
            return
        left = apdu.tries_left_from_sw(response.sw)
        if left == 0 or response.sw in _BLOCKED_SWS:
            raise PinBlocked()
        if left is not None:
            raise WrongPin(left)
        raise ProtocolError("VERIFY failed", sw=response.sw)

    def read_tlv_file(self, fid: int) -> bytes:
        """Read the EF holding one BER-TLV object, in as few READ BINARYs as its length allows."""
        self.select_ef(fid)
        first = self.conn.transmit(apdu.read_binary(0, apdu.MAX_SHORT_LE))
        if first.sw == apdu.SW_WRONG_LENGTH:
            # A card that refuses an Le beyond the end of the file (and, unlike 6C xx, does
            # not say how much there is): read the header alone, then exactly the rest.
            data = self._read_chunk(0, HEADER_PROBE_LENGTH)
        else:
            data = self._chunk(first)
        if data is None or not data:
            raise CardDataError(f"EF {fid:04X} is empty")
        header = tlv.read_header(data)
        total = header.end
        while len(data) < total:
            if len(data) > apdu.MAX_OFFSET:
                raise CardDataError(f"EF {fid:04X} is larger than READ BINARY can address")
            chunk = self._read_chunk(len(data), min(apdu.MAX_SHORT_LE, total - len(data)))
            if not chunk:  # end of file before the object's end
                raise CardDataError(f"EF {fid:04X} ends before its BER-TLV object")
            data += chunk
        return data[:total]

    def _read_chunk(self, offset: int, le: int) -> bytes | None:
        return self._chunk(self.conn.transmit(apdu.read_binary(offset, le)))

    def _chunk(self, response: apdu.Response) -> bytes | None:
        """The data of a READ BINARY answer; None at the end of the file."""
        if response.ok:
            return response.data
        if response.sw in _END_OF_FILE_SWS:
            return response.data or None
        if response.sw == apdu.SW_SECURITY_NOT_SATISFIED:
            raise ProtocolError(
                "READ BINARY refused: security status not satisfied", sw=response.sw
            )
        raise ProtocolError("READ BINARY failed", sw=response.sw)


class MyNumberCardReader:
    """The 券面事項入力補助AP of the My Number Card on one reader.

    ``reader_name=None`` uses the first reader that has a card on it at the time of each call.
    Every method opens its own connection and closes it (powering the card down) before it
    returns, so an instance holds no PC/SC resources and may live as long as the UI screen.
    """

    def __init__(self, reader_name: str | None = None, *, app: Application = KENHOJO_AP) -> None:
        self.reader_name = reader_name
        self.app = app
        #: APDUs exchanged by the last call (for figures and diagnostics; never their content).
        self.last_apdu_count = 0

    def __repr__(self) -> str:
        return f"MyNumberCardReader({self.reader_name!r})"

    @contextmanager
    def _session(self) -> Iterator[_Session]:
        with connect(self.reader_name) as conn:
            try:
                session = _Session(conn, self.app)
                session.select_app()
                yield session
            finally:
                self.last_apdu_count = conn.apdu_count

    def pin_tries_left(self) -> int:
        """How many PIN tries are left (3 on a fresh card, 0 when blocked). Spends none."""
        with self._session() as session:
            return session.tries_left()

    def read_identity(self, pin: str, *, allow_last_try: bool = False) -> CardIdentity:
        """Verify the PIN (guarded) and read the 基本4情報.

        Raises :class:`InvalidPinFormat` before touching the card, then one of
        :class:`NoReader`, :class:`NoCard`, :class:`NotMyNumberCard`, :class:`CardRemoved`,
        :class:`WrongPin`, :class:`PinBlocked`, :class:`LastTryRefused`, :class:`ReaderError`.
        """
        checked = Pin(pin)
        with self._session() as session:
            session.verify(checked, allow_last_try=allow_last_try)
            data = session.read_tlv_file(self.app.file("basic4").fid)
        return CardIdentity.from_basic4(decode_basic4(data))

    def read_my_number(self, pin: str, *, allow_last_try: bool = False) -> str:
        """Verify the PIN (guarded) and read the 12-digit 個人番号.

        Only call this when a setting explicitly asks for the individual number: the counter
        does not need it for a 住民異動届.
        """
        checked = Pin(pin)
        with self._session() as session:
            session.verify(checked, allow_last_try=allow_last_try)
            data = session.read_tlv_file(self.app.file("my_number").fid)
        return decode_my_number(data)
