"""Generic BER-TLV (ISO/IEC 8825-1) as the My Number Card uses it.

Tags of one or more bytes (``FF 20``, ``DF 22``), lengths in short form (``65``) and long form
(``81 xx``, ``82 HH LL`` …). Values are returned as raw bytes and never parsed implicitly: the
card sets the constructed bit on non-TLV content (``FF 10`` holds 12 ASCII digits). Files end
in 00 or FF filler after their last object. Every malformation raises :class:`TlvError`.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from cardreader.errors import TlvError

FILLER_BYTES = frozenset((0x00, 0xFF))
MAX_LENGTH_OCTETS = 3  # 16 MiB: far beyond any EF, and keeps hostile lengths bounded


@dataclass(frozen=True)
class Header:
    """A tag and length, as found at :attr:`offset`."""

    tag: int
    constructed: bool
    offset: int
    header_length: int
    length: int

    @property
    def value_offset(self) -> int:
        return self.offset + self.header_length

    @property
    def end(self) -> int:
        """Offset just past the value."""
        return self.offset + self.header_length + self.length


@dataclass(frozen=True)
class Tlv:
    """One object: its header and its value bytes."""

    header: Header
    value: bytes

    @property
    def tag(self) -> int:
        return self.header.tag


def read_header(buf: bytes, offset: int = 0) -> Header:
    """Decode the tag and length at ``offset``; the value itself need not be present yet.

    This is what lets a reader learn a file's total size from its first chunk.
    """
    if offset < 0:
        raise TlvError("negative offset")
    pos = offset
    if pos >= len(buf):
        raise TlvError("no tag: the data ends")
    first = buf[pos]
    pos += 1
    tag = first
    if first & 0x1F == 0x1F:  # multi-byte tag: following bytes while b8 is set
        while True:
            if pos >= len(buf):
                raise TlvError("the tag is cut short")
            b = buf[pos]
            pos += 1
            tag = (tag << 8) | b
            if not b & 0x80:
                break
            if pos - offset > 4:
                raise TlvError("tag longer than 4 bytes")
    if pos >= len(buf):
        raise TlvError("no length: the data ends")
    lb = buf[pos]
    pos += 1
    if lb < 0x80:
        length = lb
    elif lb == 0x80:
        raise TlvError("indefinite length is not used on this card")
    else:
        n = lb & 0x7F
        if n > MAX_LENGTH_OCTETS:
            raise TlvError(f"length of {n} octets")
        if pos + n > len(buf):
            raise TlvError("the length is cut short")
        length = int.from_bytes(buf[pos : pos + n], "big")
        pos += n
    return Header(tag, bool(first & 0x20), offset, pos - offset, length)


def read_tlv(buf: bytes, offset: int = 0) -> Tlv:
    """Decode one complete object at ``offset``."""
    header = read_header(buf, offset)
    if header.end > len(buf):
        raise TlvError(f"the value of tag {header.tag:X} runs past the end of the data")
    return Tlv(header, bytes(buf[header.value_offset : header.end]))


def iter_tlv(buf: bytes, start: int = 0, end: int | None = None) -> Iterator[Tlv]:
    """The objects between ``start`` and ``end``, stopping at filler (00 or FF where a tag
    would begin) or at ``end``. An object crossing ``end`` raises :class:`TlvError`."""
    stop = len(buf) if end is None else end
    if stop > len(buf) or start < 0 or start > stop:
        raise TlvError("range outside the data")
    pos = start
    while pos < stop and buf[pos] not in FILLER_BYTES:
        tlv = read_tlv(buf[:stop], pos)
        yield tlv
        pos = tlv.header.end


def encode_length(length: int, *, long_form: bool = False) -> bytes:
    """Minimal BER length, or always ``82 HH LL`` with ``long_form`` (lengths < 65536)."""
    if length < 0:
        raise ValueError("negative length")
    if long_form:
        if length > 0xFFFF:
            raise ValueError("too long for 82 HH LL")
        return b"\x82" + length.to_bytes(2, "big")
    if length < 0x80:
        return bytes((length,))
    n = (length.bit_length() + 7) // 8
    return bytes((0x80 | n,)) + length.to_bytes(n, "big")


def encode_tag(tag: int) -> bytes:
    if tag < 0:
        raise ValueError("negative tag")
    return tag.to_bytes(max(1, (tag.bit_length() + 7) // 8), "big")


def encode(tag: int, value: bytes, *, long_form: bool = False) -> bytes:
    """One object: tag, length, value."""
    return encode_tag(tag) + encode_length(len(value), long_form=long_form) + value
