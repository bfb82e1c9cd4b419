"""Reading a resident's pre-entry code at the counter: camera frames or a 2D scanner.

- :func:`decode_qr` reads the QR codes in one frame with zxing-cpp (a maintained C++ port of
  ZXing with Python bindings) and returns the text of the pre-entry code among them, or None.
  A frame is a ``QImage`` or a ``QVideoFrame`` (what Qt Multimedia's camera delivers), a numpy
  array (grayscale, or BGR as OpenCV has it) or a PIL image.
- :class:`QrFrameReader` sits behind a ``QVideoSink`` (the tablet camera's frames): it decodes
  at most one frame at a time on a worker thread, so the screen never waits for the decoder,
  and emits :attr:`~QrFrameReader.codeRead` once per code shown.
- :func:`code_from_scanner` takes what a 2D scanner in keyboard mode typed into a field: the
  same text the camera reads, possibly with the scanner's prefix or suffix around it and
  widened by a Japanese input method; :func:`forms.preentry.decode` parses both the same way.

Nothing here keeps a frame or a code: the caller passes the text on to the flow
(:func:`kiosk.preentry.prefill`), which decodes it strictly.
"""

from __future__ import annotations

import logging
import re
import threading
import time
import unicodedata
from typing import Any

import zxingcpp
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtGui import QImage

from forms.preentry import looks_like_preentry

__all__ = ["QrFrameReader", "code_from_scanner", "decode_qr"]

log = logging.getLogger(__name__)

_QR = zxingcpp.BarcodeFormat.QRCode
_CODE_IN_TEXT = re.compile(r"KM\d{1,3}:[0-9A-Z $%*+\-./:]+")


def _image(frame: Any) -> Any:
    """Something zxing-cpp reads: QVideoFrames become QImages, colour becomes grey."""
    if hasattr(frame, "toImage") and not isinstance(frame, QImage):
        frame = frame.toImage()  # QVideoFrame (maps the frame, converts from YUV)
    if isinstance(frame, QImage):
        if frame.isNull():
            return None
        if frame.format() != QImage.Format.Format_Grayscale8:
            frame = frame.convertToFormat(QImage.Format.Format_Grayscale8)
    return frame


def decode_qr(frame: Any) -> str | None:
    """The pre-entry code in ``frame`` (any version, so a newer code is reported, not
    ignored); else the first QR code's text; None when the frame shows no readable QR code."""
    image = _image(frame)
    if image is None:
        return None
    found = zxingcpp.read_barcodes(image, formats=_QR, try_rotate=True, try_downscale=True)
    texts = [b.text for b in found if b.valid and b.text]
    for text in texts:
        if looks_like_preentry(text):
            return text
    return texts[0] if texts else None


def code_from_scanner(typed: str) -> str | None:
    """The pre-entry code in what a 2D scanner typed (its own prefix or suffix, a trailing
    Enter and an input method's full-width characters allowed); None when there is none."""
    text = unicodedata.normalize("NFKC", typed).upper()
    match = _CODE_IN_TEXT.search(text)
    return match.group().strip() if match else None


class _Decode(QRunnable):
    def __init__(self, reader: QrFrameReader, image: QImage) -> None:
        super().__init__()
        self._reader = reader
        self._image = image

    def run(self) -> None:
        text = None
        try:
            text = decode_qr(self._image)
        except Exception:  # a frame the decoder chokes on is just not a code
            log.exception("could not decode a camera frame")
        finally:
            self._reader._done(text)


class QrFrameReader(QObject):
    """Decodes a camera's frames for pre-entry codes (connect :meth:`onFrame` to a
    ``QVideoSink.videoFrameChanged``).

    At most one frame is decoded at a time (frames arriving meanwhile are dropped: a camera
    sends 30 a second, one is enough); a code is reported once, and again only after it has
    been out of sight for ``forget_after`` seconds, so holding a phone up does not file twice.
    """

    #: A QR code's text, on the thread the reader lives on.
    codeRead = Signal(str)

    def __init__(self, parent: QObject | None = None, *, forget_after: float = 3.0) -> None:
        super().__init__(parent)
        self._busy = threading.Lock()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._last = ""
        self._last_seen = 0.0
        self._forget_after = forget_after
        self._result.connect(self._report)

    _result = Signal(object)

    @Slot(object)
    def onFrame(self, frame: Any) -> None:
        """Queue ``frame`` (a QVideoFrame or QImage) unless a decode is running."""
        if not self._busy.acquire(blocking=False):
            return
        image = frame if isinstance(frame, QImage) else getattr(frame, "toImage", lambda: None)()
        if not isinstance(image, QImage) or image.isNull():
            self._busy.release()
            return
        self._pool.start(_Decode(self, image.copy()))

    def _done(self, text: str | None) -> None:
        self._busy.release()
        self._result.emit(text)

    @Slot(object)
    def _report(self, text: str | None) -> None:
        now = time.monotonic()
        if text is None:
            if now - self._last_seen > self._forget_after:
                self._last = ""
            return
        if text == self._last and now - self._last_seen <= self._forget_after:
            self._last_seen = now
            return
        self._last, self._last_seen = text, now
        self.codeRead.emit(text)

    def wait(self, msecs: int = 5000) -> bool:
        """Wait for the decode in progress (tests, shutdown)."""
        return bool(self._pool.waitForDone(msecs))
