"""Draws the small PDFs the import tests read (run once; the PDFs are committed).

    QT_QPA_PLATFORM=offscreen python tests/data/documents/make_pdfs.py

Text is placed line by line with QPainter (72 dpi: one unit is one point), so each file has
exactly the layout a test needs; pypdf then adds the outline, page labels and encryption
that QPdfWriter cannot write.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pypdf import PdfWriter
from pypdf.constants import PageLabelStyle
from pypdf.generic import Fit
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPageSize,
    QPainter,
    QPdfWriter,
)

HERE = Path(__file__).parent
FAMILY = "DejaVu Serif"
HEIGHT = 842


class Drawer:
    def __init__(self, path: Path) -> None:
        self.writer = QPdfWriter(str(path))
        self.writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        self.writer.setResolution(72)
        self.writer.setPageMargins(self.writer.pageLayout().margins() * 0)
        self.painter = QPainter(self.writer)
        self.first = True

    def new_page(self) -> None:
        if not self.first:
            self.writer.newPage()
        self.first = False

    def text(self, x: float, y: float, text: str, size: float = 11, bold: bool = False) -> None:
        font = QFont(FAMILY)
        font.setPointSizeF(size)
        font.setBold(bold)
        self.painter.setFont(font)
        self.painter.drawText(int(x), int(y), text)

    def advance(self, text: str, size: float) -> float:
        font = QFont(FAMILY)
        font.setPointSizeF(size)
        return QFontMetricsF(font, self.writer).horizontalAdvance(text)

    def lines(self, x: float, y: float, lines: list[str], size: float = 11, lead: float = 15):
        for n, line in enumerate(lines):
            self.text(x, y + n * lead, line, size)
        return y + len(lines) * lead

    def finish(self) -> None:
        self.painter.end()


def header_footer(d: Drawer, number: str) -> None:
    d.text(72, 40, "Freedom Report 2024 — Kazakhstan", 8)
    d.text(290, 810, number, 9)


def report(path: Path) -> None:
    d = Drawer(path)
    d.new_page()  # i: title page
    d.text(72, 300, "Freedom Report 2024", 24, bold=True)
    d.text(72, 340, "An example report for the import tests", 12)
    d.new_page()  # 1
    header_footer(d, "1")
    d.text(72, 100, "1. Expression", 16, bold=True)
    y = d.lines(
        72,
        130,
        [
            "Journalists faced criminal charges for their reporting, and the courts",
            "imposed heavy ﬁnes on independent outlets that covered the protests.",
        ],
    )
    cited = "Prosecutors used the law on false information against bloggers"
    d.text(72, y + 8, cited, 11)
    d.text(72 + d.advance(cited, 11) + 1, y + 3, "1", 7)
    y = d.lines(
        72,
        y + 23,
        [
            "who wrote about the January events. The authorities promised protec-",
            "tion for the press but did not keep that promise.",
        ],
    )
    y = d.lines(
        72,
        y + 10,
        [
            "A new media law passed in the summer gave officials wider powers to",
            "block websites and to demand the names of sources from editors who",
            "published material that the state described as harmful to public",
        ],
    )
    d.text(72, 770, "1 Court records of 2023, as summarised by the monitors.", 8)
    d.new_page()  # 2
    header_footer(d, "2")
    y = d.lines(
        72,
        100,
        [
            "order, a phrase that the law left undefined.",
        ],
    )
    d.text(72, y + 30, "2. Assembly", 16, bold=True)
    d.lines(
        72,
        y + 60,
        [
            "Peaceful protesters were detained in Almaty and Astana after gathering",
            "without the permission that the law on assemblies still requires.",
        ],
    )
    d.new_page()  # 3
    header_footer(d, "3")
    d.text(72, 100, "3. Қазақша бөлім", 16, bold=True)
    y = d.lines(
        72,
        130,
        [
            "Бейбіт жиындарға қатысқан азаматтар әкімшілік жауапкершілікке тартылды.",
            "Құқық қорғаушылар бұл шешімдерді сотта даулады.",
        ],
    )
    d.lines(
        72,
        y + 10,
        [
            "Свобода собраний по-прежнему ограничена: власти задерживали участников",
            "мирных акций и штрафовали журналистов.",
        ],
    )
    d.finish()
    writer = PdfWriter(clone_from=str(path))
    writer.set_page_label(0, 0, PageLabelStyle.LOWERCASE_ROMAN)
    writer.set_page_label(1, 3, PageLabelStyle.DECIMAL)
    writer.add_outline_item(
        title="1. Expression", page_number=1, fit=Fit.xyz(left=72, top=HEIGHT - 84)
    )
    writer.add_outline_item(
        title="2. Assembly", page_number=2, fit=Fit.xyz(left=72, top=HEIGHT - 114)
    )
    writer.add_outline_item(title="3. Қазақша бөлім", page_number=3)
    writer.add_metadata({"/Title": "Freedom Report 2024"})
    writer.write(str(path))
    protected = PdfWriter(clone_from=str(path))
    protected.encrypt(user_password="secret", owner_password="owner", algorithm="RC4-128")
    protected.write(str(path.with_name("protected.pdf")))


def no_outline(path: Path) -> None:
    """Headings by size alone, running heads, and a two-column page."""
    d = Drawer(path)
    for page in (1, 2):
        d.new_page()
        d.text(72, 40, "Monitoring Bulletin", 8)
        d.text(500, 810, f"Page {page} of 2", 8)
        if page == 1:
            d.text(72, 100, "Detention of activists", 18, bold=True)
            d.lines(
                72,
                130,
                [
                    "Activists who called for reform were held for up to fifteen days under",
                    "administrative rules that give detainees little access to lawyers.",
                ],
            )
            d.text(72, 200, "Trials and sentences", 18, bold=True)
            d.lines(
                72,
                230,
                [
                    "Courts handed down prison terms after trials that observers said fell",
                    "short of fair trial standards.",
                ],
            )
        else:
            d.text(72, 100, "Two columns of notes", 18, bold=True)
            left = [
                "The left column starts here and",
                "tells of the first event in the",
                "capital city, where the police",
                "detained twelve people who had",
            ]
            right = [
                "gathered outside the court.",
                "",
                "The second event took place",
                "in the south of the country.",
            ]
            d.lines(72, 140, left, 10, 14)
            d.lines(320, 140, right, 10, 14)
    d.finish()


def scan(path: Path) -> None:
    d = Drawer(path)
    d.new_page()
    image = QImage(400, 500, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    p = QPainter(image)
    p.setPen(QColor("black"))
    p.drawText(QRectF(20, 20, 360, 460), Qt.TextFlag.TextWordWrap, "A scanned page " * 30)
    p.end()
    d.painter.drawImage(QRectF(72, 72, 400, 500), image)
    d.finish()


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv)  # noqa: F841
    report(HERE / "report.pdf")
    no_outline(HERE / "bulletin.pdf")
    scan(HERE / "scan.pdf")
    for name in ("report.pdf", "bulletin.pdf", "scan.pdf", "protected.pdf"):
        print(name, (HERE / name).stat().st_size, "bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
