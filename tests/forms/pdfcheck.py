"""Reading PDFs back the way a person or a scanner would: text, fonts, rendered pixels, QR codes."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import numpy as np
import zxingcpp
from PIL import Image
from pypdf import PdfReader

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "forms"


def save(name: str, data: bytes) -> Path:
    """Keep a produced PDF where people can look at it."""
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    path.write_bytes(data)
    return path


def page_texts(data: bytes) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages]


def squash(text: str) -> str:
    """Text without any spacing: extraction splits and spaces runs its own way."""
    return re.sub(r"\s+", "", text)


def fonts_of(data: bytes) -> dict[str, bool]:
    """Every font used on any page → whether its program is embedded."""
    out: dict[str, bool] = {}
    for page in PdfReader(io.BytesIO(data)).pages:
        resources = page.get("/Resources")
        if resources is None:
            continue
        fonts = resources.get_object().get("/Font")
        if fonts is None:
            continue
        for ref in fonts.get_object().values():
            font = ref.get_object()
            name = str(font.get("/BaseFont"))
            descriptors = []
            if "/FontDescriptor" in font:
                descriptors.append(font["/FontDescriptor"].get_object())
            for desc in font.get("/DescendantFonts", []) or []:
                d = desc.get_object()
                if "/FontDescriptor" in d:
                    descriptors.append(d["/FontDescriptor"].get_object())
            embedded = any(
                k in d for d in descriptors for k in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            out[name] = embedded
    return out


def render_page(pdf_path: Path, page: int = 1, dpi: int = 150) -> Image.Image:
    """Rasterise one page with poppler's pdftoppm (as a scanner or a viewer would see it)."""
    prefix = pdf_path.with_suffix("")
    out = Path(f"{prefix}-p{page}")
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(dpi),
            "-png",
            "-singlefile",
            "-f",
            str(page),
            "-l",
            str(page),
            str(pdf_path),
            str(out),
        ],
        check=True,
        capture_output=True,
    )
    return Image.open(out.with_suffix(".png")).convert("RGB")


def qr_texts(image: Image.Image) -> list[str]:
    return [
        r.text for r in zxingcpp.read_barcodes(image) if r.format == zxingcpp.BarcodeFormat.QRCode
    ]


def pen_pixels(image: Image.Image, box: tuple[int, int, int, int]) -> int:
    """How many pixels inside ``box`` are the dark blue ink of a signature."""
    a = np.asarray(image.crop(box)).astype(int)
    r, b = a[..., 0], a[..., 2]
    return int(((b - r > 40) & (r < 120)).sum())
