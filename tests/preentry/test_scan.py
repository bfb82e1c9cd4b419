"""The counter's decoder: pre-entry codes from camera frames (QImage, QVideoFrame, arrays) and
from a 2D scanner's typing; a camera's stream reported once per code."""

from __future__ import annotations

import io
from typing import Any

import numpy as np
import pytest
import qrcode
from PIL import Image
from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QVideoFrame
from qrcode.util import MODE_ALPHA_NUM, QRData

from forms.preentry import decode, encode, from_document
from tests.preentry.camera import camera_frame
from tests.preentry.samples import FAMILY
from ui.preentry_scan import QrFrameReader, code_from_scanner, decode_qr


def _qr_png(text: str, *, alphanumeric: bool = True) -> bytes:
    qr = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, box_size=6, border=4)
    qr.add_data(QRData(text, mode=MODE_ALPHA_NUM) if alphanumeric else text)
    qr.make(fit=True)
    out = io.BytesIO()
    qr.make_image().save(out)
    return out.getvalue()


CODE = encode(from_document(FAMILY))


def test_every_kind_of_frame_is_read() -> None:
    frame = camera_frame(_qr_png(CODE), angle=-11.0, noise=14.0)
    assert decode_qr(frame) == CODE
    assert decode_qr(QVideoFrame(frame)) == CODE
    colour = frame.convertToFormat(QImage.Format.Format_RGB32)
    assert decode_qr(colour) == CODE
    grey = np.asarray(Image.open(io.BytesIO(_qr_png(CODE))).convert("L"))
    assert decode_qr(grey) == CODE
    assert decode_qr(Image.open(io.BytesIO(_qr_png(CODE)))) == CODE


def test_frames_without_a_pre_entry_code() -> None:
    blank = QImage(640, 480, QImage.Format.Format_Grayscale8)
    blank.fill(200)
    assert decode_qr(blank) is None
    assert decode_qr(QImage()) is None
    # Another QR (a city's URL poster behind the phone) is returned as it is; the screen then
    # says it is not a pre-entry code, and a later version is recognised as one.
    assert decode_qr(camera_frame(_qr_png("https://example.jp/", alphanumeric=False))) == (
        "https://example.jp/"
    )
    newer = "KM2:" + CODE[4:]
    assert decode_qr(camera_frame(_qr_png(newer))) == newer


@pytest.mark.parametrize(
    "typed",
    [
        lambda c: c + "\r",
        lambda c: "]Q1" + c + "\r\n",  # an AIM symbology prefix some scanners add
        lambda c: c.translate({i: i + 0xFEE0 for i in range(0x21, 0x7F)}),  # IME on
        lambda c: "\x02" + c.lower() + "\x03",
    ],
)
def test_a_2d_scanner_typing_into_a_field(typed: Any) -> None:
    text = code_from_scanner(typed(CODE))
    assert text is not None
    assert decode(text) == from_document(FAMILY)


def test_nothing_typed_is_no_code() -> None:
    assert code_from_scanner("") is None
    assert code_from_scanner("こんにちは") is None


def test_a_camera_stream_reports_each_code_once(qtbot: Any) -> None:
    reader = QrFrameReader(forget_after=0.5)
    seen: list[str] = []
    reader.codeRead.connect(seen.append)
    frame = QVideoFrame(camera_frame(_qr_png(CODE)))
    with qtbot.waitSignal(reader.codeRead, timeout=5000):
        reader.onFrame(frame)
    for _ in range(5):  # the phone is still held up: the same code, not reported again
        reader.onFrame(frame)
        assert reader.wait()
        qtbot.wait(20)
    assert seen == [CODE]
    blank = QImage(1280, 720, QImage.Format.Format_Grayscale8)
    blank.fill(90)
    qtbot.wait(600)  # the phone was taken away …
    reader.onFrame(blank)
    assert reader.wait()
    qtbot.wait(20)
    with qtbot.waitSignal(reader.codeRead, timeout=5000):  # … and shown again
        reader.onFrame(frame)
    assert seen == [CODE, CODE]
