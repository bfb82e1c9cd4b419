"""Printing the form and the receipt: Qt's print dialog or the default printer, else a PDF file.

The documents are PDFs made by ``forms`` (fonts embedded). Qt cannot draw a PDF by itself
(QtPdf is not in the wheels the project uses), so pages are rasterised with PDFium
(``pypdfium2``) at the printer's resolution and painted onto the ``QPrinter``. On a machine with
no printer (a demo, a server, a test) the PDF is saved into a folder instead and its path is
returned, so staff always get the document.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

from kiosk import private_files


@dataclass(frozen=True)
class Printed:
    """Where a document went: a printer's name, or the PDF file saved instead."""

    printer: str | None = None
    saved_to: Path | None = None
    cancelled: bool = False

    @property
    def message(self) -> str:
        if self.cancelled:
            return "印刷を取り消しました"
        if self.printer:
            return f"{self.printer} に印刷しました"
        return f"プリンターがないため PDF を保存しました: {self.saved_to}"


def has_printer() -> bool:
    """Whether the system knows any printer."""
    return bool(QPrinterInfo.availablePrinters())


def render_to_printer(pdf: bytes, printer: QPrinter) -> None:
    """Paint every page of ``pdf`` on ``printer``, rasterised at its resolution (≤ 600 dpi)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(pdf)
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(f"cannot print to {printer.printerName()}")
    try:
        dpi = max(150, min(printer.resolution(), 600))
        for i in range(len(document)):
            if i:
                printer.newPage()
            page = document[i]
            bitmap = page.render(scale=dpi / 72)
            pil = bitmap.to_pil().convert("RGB")
            data = pil.tobytes("raw", "RGB")
            image = QImage(data, pil.width, pil.height, pil.width * 3, QImage.Format.Format_RGB888)
            target = printer.pageLayout().paintRectPixels(printer.resolution())
            size = image.size().scaled(target.size(), Qt.AspectRatioMode.KeepAspectRatio)
            painter.drawImage(QRectF(0, 0, size.width(), size.height()), image)
    finally:
        painter.end()
        document.close()


def print_pdf(
    pdf: bytes,
    *,
    filename: str,
    fallback_dir: Path,
    parent: QWidget | None = None,
    ask: bool = True,
) -> Printed:
    """Print ``pdf``: with the print dialog when ``ask``, else on the default printer.

    With no printer at all, the PDF is written to ``fallback_dir/filename`` and that path is
    returned. It holds personal data, so it is created private (0600, in a 0700 folder) from
    its first byte, never over an earlier file (a second print gets ``name-2.pdf``), and the
    daily purge removes it after ``retention.printed_days`` (:func:`kiosk.retention.purge`).
    """
    if not has_printer():
        return Printed(saved_to=private_files.write_private_new(fallback_dir, filename, pdf))
    printer = QPrinter(QPrinterInfo.defaultPrinter(), QPrinter.PrinterMode.HighResolution)
    printer.setDocName(filename)
    if ask:
        dialog = QPrintDialog(printer, parent)
        dialog.setWindowTitle("印刷")
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return Printed(cancelled=True)
    render_to_printer(pdf, printer)
    return Printed(printer=printer.printerName())
