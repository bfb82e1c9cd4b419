"""A camera's view of a phone screen: what the counter's decoder really gets.

The QR the page drew is taken from the browser's own screenshot, then placed in a 1280 × 720
frame as a tablet camera sees a phone held up to it: smaller, turned a few degrees, slightly out
of focus, unevenly lit, with sensor noise. Deterministic (a seeded generator), so a failure can
be looked at again: the frame is saved beside the screenshots.
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from PIL import Image, ImageFilter
from PySide6.QtGui import QImage

FRAME = (1280, 720)


def camera_frame(
    png: bytes,
    *,
    qr_height: int = 380,
    angle: float = 7.0,
    blur: float = 1.0,
    noise: float = 10.0,
    seed: int = 20261130,
    save: Path | None = None,
) -> QImage:
    """A grey 1280 × 720 QImage showing the screenshot ``png`` as a camera would."""
    rng = np.random.default_rng(seed)
    shot = Image.open(io.BytesIO(png)).convert("L")
    scale = qr_height / shot.height
    shot = shot.resize((round(shot.width * scale), qr_height), Image.Resampling.BILINEAR)
    # The phone's screen is a little darker than paper; the desk around it darker still.
    screen = Image.eval(shot, lambda v: 30 + int(v * 0.8))
    turned = screen.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=60)
    frame = Image.new("L", FRAME, 70)
    frame.paste(turned, ((FRAME[0] - turned.width) // 2 + 90, (FRAME[1] - turned.height) // 2))
    frame = frame.filter(ImageFilter.GaussianBlur(blur))
    pixels = np.asarray(frame, dtype=np.float32)
    light = np.linspace(0.85, 1.1, FRAME[0], dtype=np.float32)[None, :]
    pixels = pixels * light + rng.normal(0.0, noise, pixels.shape).astype(np.float32)
    grey = np.clip(pixels, 0, 255).astype(np.uint8)
    if save is not None:
        save.parent.mkdir(parents=True, exist_ok=True)
        Image.fromarray(grey).save(save)
    height, width = grey.shape
    image = QImage(grey.tobytes(), width, height, width, QImage.Format.Format_Grayscale8)
    return image.copy()  # own the pixels: the numpy buffer goes away
