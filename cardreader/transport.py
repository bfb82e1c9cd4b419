"""The PC/SC boundary: contexts, reader states, one exclusive card connection.

Built on pyscard's thin ``smartcard.scard`` layer (the same calls on Linux pcsc-lite and Windows
WinSCard) so every PC/SC result code is seen and mapped to a precise :mod:`cardreader.errors`
exception: a stopped service or unplugged reader is :class:`NoReader`, a pulled card
:class:`CardRemoved`. Every blocking wait has a timeout, so nothing here hangs the caller.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from smartcard import scard

from cardreader.apdu import Command, Response, get_response
from cardreader.errors import CardError, CardRemoved, NoCard, NoReader, ReaderError

log = logging.getLogger(__name__)

PNP_NOTIFICATION = "\\\\?PnP?\\Notification"
SHARING_WAIT_S = 3.0  # how long to wait for another program to release the card

_NO_SERVICE = {scard.SCARD_E_NO_SERVICE, scard.SCARD_E_SERVICE_STOPPED}
_READER_GONE = {
    scard.SCARD_E_UNKNOWN_READER,
    scard.SCARD_E_READER_UNAVAILABLE,
    scard.SCARD_E_NO_READERS_AVAILABLE,
}
_CARD_GONE = {
    scard.SCARD_W_REMOVED_CARD,
    scard.SCARD_E_NO_SMARTCARD,
}
# A transmit that fails this way means the card (or its link) went away mid-command.
_TRANSMIT_FAILED = {
    scard.SCARD_E_NOT_TRANSACTED,
    scard.SCARD_F_COMM_ERROR,
    scard.SCARD_W_UNRESPONSIVE_CARD,
    scard.SCARD_W_UNPOWERED_CARD,
    scard.SCARD_W_RESET_CARD,
    scard.SCARD_E_INVALID_HANDLE,
}


def _describe(hresult: int) -> str:
    try:
        return str(scard.SCardGetErrorMessage(hresult)).strip()
    except Exception:  # pragma: no cover - pyscard always has a message
        return f"PC/SC error {hresult:#x}"


def raise_for(hresult: int, what: str, reader: str | None = None) -> None:
    """Raise the :mod:`cardreader.errors` exception matching a PC/SC result, if not success."""
    if hresult == scard.SCARD_S_SUCCESS:
        return
    where = f" ({reader})" if reader else ""
    detail = f"{what}{where}: {_describe(hresult)}"
    if hresult in _NO_SERVICE:
        raise NoReader(
            f"the PC/SC service is not running: {detail}",
            message_ja="カードリーダーのサービス (PC/SC) が動いていません。",
        )
    if hresult in _READER_GONE:
        raise NoReader(detail)
    if hresult in _CARD_GONE:
        raise NoCard(detail) if what == "connect" else CardRemoved(detail)
    if hresult == scard.SCARD_E_SHARING_VIOLATION:
        raise ReaderError(
            f"the card is in use by another program: {detail}",
            message_ja="カードが他のプログラムで使用中です。",
        )
    if hresult == scard.SCARD_W_UNRESPONSIVE_CARD and what == "connect":
        raise CardRemoved(detail)
    raise ReaderError(detail)


class Context:
    """A PC/SC resource-manager context (SCardEstablishContext … SCardReleaseContext)."""

    def __init__(self) -> None:
        hresult, handle = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
        raise_for(hresult, "establish context")
        self.handle: Any = handle

    def close(self) -> None:
        if self.handle is not None:
            scard.SCardReleaseContext(self.handle)
            self.handle = None

    def __enter__(self) -> Context:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def readers(self) -> list[str]:
        hresult, readers = scard.SCardListReaders(self.handle, [])
        if hresult in (scard.SCARD_E_NO_READERS_AVAILABLE, scard.SCARD_E_READER_UNAVAILABLE):
            return []
        raise_for(hresult, "list readers")
        return [str(r) for r in readers]

    def states(
        self, readers: Sequence[str], timeout_ms: int = 0, known: dict[str, int] | None = None
    ) -> dict[str, ReaderState]:
        """Reader states, waiting up to ``timeout_ms`` for a change from ``known``."""
        if not readers:
            return {}
        request = [(r, (known or {}).get(r, scard.SCARD_STATE_UNAWARE)) for r in readers]
        hresult, result = scard.SCardGetStatusChange(self.handle, timeout_ms, request)
        if hresult == scard.SCARD_E_TIMEOUT:
            return {r: ReaderState(r, s, None) for r, s in request}
        raise_for(hresult, "get reader state")
        return {
            str(name): ReaderState(str(name), int(state), bytes(atr) if atr else None)
            for name, state, atr in result
        }

    def cancel(self) -> None:
        """Wake a :meth:`states` call blocked in another thread."""
        if self.handle is not None:
            scard.SCardCancel(self.handle)


@dataclass(frozen=True)
class ReaderState:
    """One reader's state word (``SCARD_STATE_*``) and the ATR of the card on it."""

    reader: str
    state: int
    atr: bytes | None

    @property
    def card_present(self) -> bool:
        return bool(self.state & scard.SCARD_STATE_PRESENT) and not (
            self.state & scard.SCARD_STATE_MUTE
        )

    @property
    def unavailable(self) -> bool:
        return bool(self.state & (scard.SCARD_STATE_UNAVAILABLE | scard.SCARD_STATE_UNKNOWN))

    @property
    def event_state(self) -> int:
        """The state without the CHANGED flag, to pass back as the known state."""
        return int(self.state & ~scard.SCARD_STATE_CHANGED)


def list_readers() -> list[str]:
    """Names of the connected readers (an empty list when there are none).

    Raises :class:`NoReader` when the PC/SC service itself is not running.
    """
    with Context() as ctx:
        return ctx.readers()


def first_reader_with_card(ctx: Context) -> str:
    """The first reader (in PC/SC order) that has a card on it."""
    readers = ctx.readers()
    if not readers:
        raise NoReader("no card reader is connected")
    for name, st in ctx.states(readers).items():
        if st.card_present:
            return name
    raise NoCard("no card on any reader")


def wait_for_card(reader: str, *, present: bool = True, timeout: float = 5.0) -> bool:
    """Wait until ``reader`` has (or, with ``present=False``, no longer has) a card.

    Returns False on timeout. Unknown or unavailable readers count as having no card.
    """
    deadline = time.monotonic() + timeout
    with Context() as ctx:
        known: dict[str, int] = {}
        while True:
            try:
                states = ctx.states([reader], 0, None)
                st = states[reader]
                if st.card_present == present and not (present and st.unavailable):
                    return True
                known = {reader: st.event_state}
            except NoReader:
                if not present:
                    return True
                known = {}
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            try:
                ctx.states([reader], int(min(left, 0.5) * 1000), known or None)
            except NoReader:
                time.sleep(min(left, 0.2))


class Connection:
    """An exclusive connection to the card on one reader.

    Exclusive so that no other program slips a SELECT between our VERIFY and READ (which would
    clear the card's security state). Closing powers the card down so a verified PIN never
    outlives the read.
    """

    def __init__(self, ctx: Context, reader: str) -> None:
        self.reader = reader
        self._ctx = ctx
        # Another program (a middleware, a monitoring tool) may hold the card for a moment:
        # wait a little for it rather than failing the resident's read. Nothing is sent yet.
        deadline = time.monotonic() + SHARING_WAIT_S
        while True:
            hresult, handle, protocol = scard.SCardConnect(
                ctx.handle,
                reader,
                scard.SCARD_SHARE_EXCLUSIVE,
                scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1,
            )
            if hresult != scard.SCARD_E_SHARING_VIOLATION or time.monotonic() >= deadline:
                break
            time.sleep(0.05)
        raise_for(hresult, "connect", reader)
        self._handle: Any = handle
        self._protocol = int(protocol)
        self.apdu_count = 0

    @property
    def _pci(self) -> Any:
        return (
            scard.SCARD_PCI_T0 if self._protocol == scard.SCARD_PROTOCOL_T0 else scard.SCARD_PCI_T1
        )

    def _lost(self, label: str, cause: str, within: float = 0.6) -> CardError | None:
        """Why a command failed, if the card or the reader is gone: :class:`CardRemoved` when
        the reader reports the card absent (waiting up to ``within`` seconds for pcscd to
        notice: a pull mid-command is often seen a poll after the failure), :class:`NoReader`
        when the reader or the PC/SC service itself went away, None when both are still there."""
        deadline = time.monotonic() + within
        try:
            st = self._ctx.states([self.reader], 0)[self.reader]
            while st.card_present and not st.unavailable:
                left = deadline - time.monotonic()
                if left <= 0:
                    return None
                st = self._ctx.states(
                    [self.reader], int(left * 1000) + 1, {self.reader: st.event_state}
                )[self.reader]
        except NoReader as exc:
            return NoReader(f"{label}: the reader went away ({cause}; {exc})")
        except CardError:
            return CardRemoved(f"{label}: the card left the reader ({cause})")
        if st.unavailable:
            return NoReader(f"{label}: the reader went away ({cause})")
        return CardRemoved(f"{label}: the card left the reader ({cause})")

    def transmit_raw(self, apdu: bytes, label: str) -> bytes:
        if self._handle is None:
            raise ReaderError("the connection is closed")
        hresult, response = scard.SCardTransmit(self._handle, self._pci, list(apdu))
        self.apdu_count += 1
        if hresult != scard.SCARD_S_SUCCESS:
            if hresult in _CARD_GONE:
                raise CardRemoved(f"{label}: the card left the reader ({_describe(hresult)})")
            if hresult in _TRANSMIT_FAILED:
                lost = self._lost(label, _describe(hresult))
                if lost is not None:
                    raise lost
            raise_for(hresult, label, self.reader)
        if len(response) < 2:
            # Some drivers (vpcd among them) report a dropped link as an empty answer.
            lost = self._lost(label, "no answer")
            if lost is not None:
                raise lost
        return bytes(response)

    def transmit(self, command: Command) -> Response:
        """Send one command, following 61 xx (GET RESPONSE) and 6C xx (wrong Le) as T=0 needs."""
        label = command.describe()
        response = Response.parse(self.transmit_raw(command.to_bytes(), label))
        log.debug("APDU %s -> %s", label, response)
        if response.sw1 == 0x6C:
            response = Response.parse(
                self.transmit_raw(command.with_le(response.sw2 or 256).to_bytes(), label)
            )
        data = response.data
        while response.sw1 == 0x61:
            more = get_response(response.sw2)
            response = Response.parse(self.transmit_raw(more.to_bytes(), more.describe()))
            data += response.data
        return Response(data, response.sw) if data != response.data else response

    def power_cycle(self) -> None:
        """Cold reset: power the card off and on again (clears its security state)."""
        hresult, protocol = scard.SCardReconnect(
            self._handle,
            scard.SCARD_SHARE_EXCLUSIVE,
            scard.SCARD_PROTOCOL_T0 | scard.SCARD_PROTOCOL_T1,
            scard.SCARD_UNPOWER_CARD,
        )
        raise_for(hresult, "power cycle", self.reader)
        self._protocol = int(protocol)

    def close(self) -> None:
        """Disconnect and power the card down; never raises (the card may be gone already)."""
        if self._handle is None:
            return
        handle, self._handle = self._handle, None
        try:
            scard.SCardDisconnect(handle, scard.SCARD_UNPOWER_CARD)
        except Exception:  # pragma: no cover - defensive: never mask the real error
            log.debug("disconnect failed", exc_info=True)


@contextmanager
def connect(reader: str | None) -> Iterator[Connection]:
    """Connect to the card on ``reader`` (default: the first reader with a card)."""
    with Context() as ctx:
        name = reader if reader is not None else first_reader_with_card(ctx)
        if reader is not None and reader not in ctx.readers():
            raise NoReader(f"no reader named {reader!r}")
        conn = Connection(ctx, name)
        try:
            yield conn
        finally:
            conn.close()
