"""Reading the 券面事項入力補助AP through PC/SC, with a guard that never locks a card.

The 基本4情報 open with either of two secrets, each with its own tries counter on the card: the
4-digit PIN (:meth:`MyNumberCardReader.read_identity`) or, for a resident who forgot it, the
14-digit 照合番号B from the card face (:meth:`MyNumberCardReader.read_identity_with_code_b`). One
guard serves both, parameterised by the key EF (:class:`~cardreader.layout.KeyEF`: EF, length,
name) and its exceptions (:data:`~cardreader.secret.GUARD_ERRORS`):

1. the secret is checked locally (4 ASCII digits; 14 for 照合番号B, spaces allowed, and a
   card-face code at all) before anything is sent;
2. the tries left are queried (VERIFY without data, which costs no try) before every VERIFY;
3. with 0 tries left the key's *Blocked* error is raised, with 1 left its *LastTryRefused*
   unless the caller passes ``allow_last_try=True`` (the resident confirmed): in both cases no
   VERIFY with data is sent;
4. there is never an automatic retry; a wrong secret raises the key's *Wrong…* error with the
   tries left.

The card is recognised by SELECT of the AID, never by ATR. Each call opens an exclusive
connection and powers the card down at the end, so a verified secret never outlives the call.
照合番号B never opens the 個人番号 (EF 0001), and this reader only reads it after the PIN.

APDUs of an identity read (6, the minimum the guard allows for a file of up to 256 bytes):
SELECT AP, SELECT key EF (0011 or 0015), VERIFY (tries left), VERIFY (secret), SELECT 基本4情報
EF, READ BINARY Le=256 — further READs only when the file's BER length says it is longer.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from cardreader import apdu, tlv
from cardreader.basic4 import decode_basic4, decode_my_number
from cardreader.errors import CardDataError, NotMyNumberCard, ProtocolError
from cardreader.identity import CardIdentity
from cardreader.layout import CODE_B, KENHOJO_AP, PIN, Application, KeyEF
from cardreader.pin import Pin
from cardreader.secret import GUARD_ERRORS, Secret
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

    def query_tries(self, key_ef: KeyEF) -> int | None:
        """Tries left on a key, or None when the card says it is verified already (90 00)."""
        self.select_ef(key_ef.fid)
        response = self.conn.transmit(apdu.verify())
        tries = apdu.tries_left_from_sw(response.sw)
        if tries is not None:
            return tries
        if response.sw in _BLOCKED_SWS:
            return 0
        if response.ok:
            return None
        raise ProtocolError(f"the {key_ef.name_en} tries-left query failed", sw=response.sw)

    def tries_left(self, key_ef: KeyEF) -> int:
        tries = self.query_tries(key_ef)
        if tries is None:
            # Verified by someone before us (security state survives a warm reset). Power-cycle
            # so that this caller's secret is really checked, then ask again.
            log.info(
                "%s already verified on the card; power-cycling before the guard", key_ef.name_en
            )
            self.conn.power_cycle()
            self.select_app()
            tries = self.query_tries(key_ef)
            if tries is None:
                raise ProtocolError(
                    f"the card reports the {key_ef.name_en} verified after a power cycle"
                )
        return tries

    def verify(self, secret: Secret, *, allow_last_try: bool) -> None:
        """The guard: tries left first, refuse at 0 and (unconfirmed) at 1, one VERIFY."""
        key_ef = secret.key_ef
        errors = GUARD_ERRORS[key_ef.key]
        tries = self.tries_left(key_ef)
        if tries == 0:
            raise errors.blocked()
        if tries == 1 and not allow_last_try:
            raise errors.last_try()
        response = self.conn.transmit(apdu.verify(secret.as_bytes()))
        if response.ok:
            return
        left = apdu.tries_left_from_sw(response.sw)
        if left == 0 or response.sw in _BLOCKED_SWS:
            raise errors.blocked()
        if left is not None:
            raise errors.wrong(left)
        raise ProtocolError(f"VERIFY of the {key_ef.name_en} failed", sw=response.sw)

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
            return session.tries_left(PIN)

    def code_b_tries_left(self) -> int:
        """How many 照合番号B tries are left (its own counter, independent of the PIN's; 0 when
        blocked). Spends none."""
        with self._session() as session:
            return session.tries_left(CODE_B)

    def read_identity(self, pin: str, *, allow_last_try: bool = False) -> CardIdentity:
        """Verify the PIN (guarded) and read the 基本4情報.

        Raises :class:`InvalidPinFormat` before touching the card, then one of
        :class:`NoReader`, :class:`NoCard`, :class:`NotMyNumberCard`, :class:`CardRemoved`,
        :class:`WrongPin`, :class:`PinBlocked`, :class:`LastTryRefused`, :class:`ReaderError`.
        """
        return self._read_basic4(Pin(pin), allow_last_try=allow_last_try)

    def read_identity_with_code_b(
        self, code_b: str, *, allow_last_try: bool = False
    ) -> CardIdentity:
        """Verify 照合番号B (guarded) and read the 基本4情報 — for a resident without the PIN.

        ``code_b`` is the 14 digits of the card face: birth date ``YYMMDD`` as printed (the era
        year on a Japanese national's card), the 有効期限 year, the 4-digit セキュリティコード;
        spaces anywhere are ignored. Never logged, stored or shown. ``allow_last_try`` must be
        True only after the resident explicitly confirmed the last try.

        Raises :class:`InvalidCodeBFormat` before touching the card (not 14 ASCII digits,
        full-width digits, or parts that cannot be a card face's), then one of
        :class:`NoReader`, :class:`NoCard`, :class:`NotMyNumberCard`, :class:`CardRemoved`,
        :class:`WrongCodeB` (``tries_left``), :class:`CodeBBlocked`,
        :class:`CodeBLastTryRefused`, :class:`ReaderError`. The PIN's counter is never touched.
        """
        return self._read_basic4(Secret(code_b, CODE_B), allow_last_try=allow_last_try)

    def _read_basic4(self, secret: Secret, *, allow_last_try: bool) -> CardIdentity:
        with self._session() as session:
            session.verify(secret, allow_last_try=allow_last_try)
            data = session.read_tlv_file(self.app.file("basic4").fid)
        return decode_basic4(data)

    def read_my_number(self, pin: str, *, allow_last_try: bool = False) -> str:
        """Verify the PIN (guarded) and read the 12-digit 個人番号.

        Only call this when a setting explicitly asks for the individual number: the counter
        does not need it for a 住民異動届. Only the PIN opens it (照合番号B never does).
        """
        checked = Pin(pin)
        with self._session() as session:
            session.verify(checked, allow_last_try=allow_last_try)
            data = session.read_tlv_file(self.app.file("my_number").fid)
        return decode_my_number(data)
