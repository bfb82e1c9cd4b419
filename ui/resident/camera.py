"""The tablet camera on the QR screen (事前入力): Qt Multimedia frames to the code decoder.

:class:`QrCamera` runs the counter's camera only while the QR screen shows: a ``QCamera`` in a
``QMediaCaptureSession`` whose frames go to the screen's ``VideoOutput`` sink (the preview the
resident aims with) and, from that sink, to a :class:`ui.preentry_scan.QrFrameReader` that
decodes them on a worker thread and reports each code once (:attr:`QrCamera.codeRead`). Nothing
is recorded: frames live as long as the preview shows them.

A counter without a camera (or whose camera fails) says so (:attr:`QrCamera.available` is
False) and the screen offers the 2D scanner instead. Frames put into the sink by other means
still reach the decoder, which is how the tests show the screen a phone.
"""

from __future__ import annotations

import contextlib
import logging
from typing import Any

from PySide6.QtCore import Property, QObject, Signal, Slot
from PySide6.QtMultimedia import QCamera, QMediaCaptureSession, QMediaDevices, QVideoSink

from ui.preentry_scan import QrFrameReader

__all__ = ["QrCamera"]

log = logging.getLogger(__name__)


class QrCamera(QObject):
    """The counter's camera for pre-entry codes (see the module docstring)."""

    #: The text of a QR code seen (once per code shown).
    codeRead = Signal(str)
    availableChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._devices = QMediaDevices(self)
        self._devices.videoInputsChanged.connect(self.availableChanged)
        self._failed = False
        self._camera: QCamera | None = None
        self._session: QMediaCaptureSession | None = None
        self._sink: QVideoSink | None = None
        self.reader = QrFrameReader(self)
        self.reader.codeRead.connect(self.codeRead)

    def _get_available(self) -> bool:
        return not self._failed and bool(QMediaDevices.videoInputs())

    #: A camera is there to show the code to.
    available = Property(bool, _get_available, notify=availableChanged)

    @property
    def running(self) -> bool:
        return self._camera is not None and self._camera.isActive()

    @Slot(QObject)
    def start(self, sink: Any) -> None:
        """Show the camera in ``sink`` (a ``VideoOutput``'s ``videoSink``) and decode what it
        shows; frames put into the sink otherwise are decoded too."""
        self.stop()
        if not isinstance(sink, QVideoSink):
            return
        self._sink = sink
        sink.videoFrameChanged.connect(self.reader.onFrame)
        # the sink belongs to the screen's VideoOutput and may go before stop() is called
        sink.destroyed.connect(self._sink_gone)
        if not self._get_available():
            return
        camera = QCamera(QMediaDevices.defaultVideoInput(), self)
        camera.errorOccurred.connect(self._failure)
        session = QMediaCaptureSession(self)
        session.setCamera(camera)
        session.setVideoSink(sink)
        self._camera, self._session = camera, session
        camera.start()

    @Slot()
    def stop(self) -> None:
        """The QR screen went: the camera stops, the decoder forgets the sink."""
        if self._sink is not None:
            sink, self._sink = self._sink, None
            with contextlib.suppress(RuntimeError, TypeError):  # the sink went with its screen
                sink.destroyed.disconnect(self._sink_gone)
                sink.videoFrameChanged.disconnect(self.reader.onFrame)
        if self._camera is not None:
            self._camera.stop()
            self._camera.deleteLater()
            self._camera = None
        if self._session is not None:
            self._session.deleteLater()
            self._session = None

    @Slot()
    def _sink_gone(self) -> None:
        self._sink = None

    def _failure(self, error: QCamera.Error, text: str) -> None:
        log.warning("the camera failed (%s): %s", error.name, text)
        self._failed = True
        self.availableChanged.emit()
