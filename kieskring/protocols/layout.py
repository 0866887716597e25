"""Shared page furniture for every PV: embedded fonts, styles, Dutch numbers, tables and the footer.

The footer on every page carries the model name and version, "pagina x van y", and for result PVs
the EML fingerprint in 16 groups of 4 hex digits (chain.md §4, pv-models.md §5). Fonts are the
Bitstream Vera TTFs shipped inside reportlab, embedded (subset) so the PDF looks the same
everywhere. Documents are built with ``invariant=1`` so the same data gives byte-identical output.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import reportlab
from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

from kieskring.protocols.data import DocumentInfo, Ratio

FONT = "UitslagSans"
FONT_BOLD = "UitslagSans-Bold"
_FONT_DIR = Path(reportlab.__file__).parent / "fonts"


def register_fonts() -> None:
    """Register the embedded fonts once (Vera from reportlab's own package data)."""
    if FONT in pdfmetrics.getRegisteredFontNames():
        return
    pdfmetrics.registerFont(TTFont(FONT, str(_FONT_DIR / "Vera.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(_FONT_DIR / "VeraBd.ttf")))


register_fonts()

BODY = ParagraphStyle("body", fontName=FONT, fontSize=9, leading=11.5)
SMALL = ParagraphStyle("small", fontName=FONT, fontSize=7.5, leading=9)
TITLE = ParagraphStyle("title", fontName=FONT_BOLD, fontSize=14, leading=17, spaceAfter=4)
HEADING = ParagraphStyle(
    "heading", fontName=FONT_BOLD, fontSize=10.5, leading=13, spaceBefore=8, spaceAfter=3
)
CELL = ParagraphStyle("cell", fontName=FONT, fontSize=8, leading=9.5)
CELL_RIGHT = ParagraphStyle("cellr", parent=CELL, alignment=TA_RIGHT)


def dutch_number(value: int) -> str:
    """An integer with Dutch thousands separators: 1234567 → ``1.234.567`` (pv-models.md §5)."""
    sign = "-" if value < 0 else ""
    return sign + f"{abs(value):,}".replace(",", ".")


def mixed_number(ratio: Ratio) -> str:
    """An exact fraction as a reduced Dutch mixed number: 2087/3 → ``695 2/3``; 4/2 → ``2``."""
    common = math.gcd(ratio.numerator, ratio.denominator)
    numerator, denominator = ratio.numerator // common, ratio.denominator // common
    whole, rest = divmod(numerator, denominator)
    if rest == 0:
        return dutch_number(whole)
    if whole == 0:
        return f"{rest}/{denominator}"
    return f"{dutch_number(whole)} {rest}/{denominator}"


def fingerprint_groups(hex_digest: str) -> str:
    """A SHA-256 hex digest as 16 upper-case groups of 4 (chain.md §4)."""
    clean = hex_digest.replace(" ", "").upper()
    return " ".join(clean[i : i + 4] for i in range(0, len(clean), 4))


def para(text: str, style: ParagraphStyle = BODY) -> Paragraph:
    """A paragraph with XML special characters escaped (names may hold '&')."""
    escaped = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return Paragraph(escaped, style)


def table(
    header: Sequence[str],
    rows: Sequence[Sequence[str | int]],
    widths: Sequence[float],
    *,
    right_from: int = 1,
    bold_last: bool = False,
) -> Table:
    """A table whose header repeats on every page; int cells are right-aligned Dutch numbers."""
    data: list[list[Any]] = [[para(h, SMALL) for h in header]]
    for row in rows:
        data.append([dutch_number(c) if isinstance(c, int) else c for c in row])
    tbl = Table(data, colWidths=list(widths), repeatRows=1)
    style: list[Any] = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("LEADING", (0, 0), (-1, -1), 9.5),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E6E6E6")),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
        ("ALIGN", (right_from, 1), (-1, -1), "RIGHT"),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]
    if bold_last and rows:
        style.append(("FONTNAME", (0, -1), (-1, -1), FONT_BOLD))
    tbl.setStyle(TableStyle(style))
    return tbl


def blank_lines(label: str, lines: int = 3) -> list[Flowable]:
    """Space to fill in by hand (attendance, objections, remarks) under a heading."""
    rows = [[""] for _ in range(lines)]
    tbl = Table(rows, colWidths=[170 * mm], rowHeights=[7 * mm] * lines)
    tbl.setStyle(
        TableStyle(
            [
                ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.grey),
                ("FONTNAME", (0, 0), (-1, -1), FONT),
            ]
        )
    )
    return [para(label, HEADING), tbl]


def signature_block(roles: Sequence[str]) -> list[Flowable]:
    """Blank signature lines for the committee members."""
    rows = [[role, "", ""] for role in roles]
    tbl = Table(
        [["Functie", "Naam", "Handtekening"], *rows],
        colWidths=[45 * mm, 60 * mm, 65 * mm],
        rowHeights=[6 * mm] + [11 * mm] * len(rows),
    )
    tbl.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("FONTSIZE", (0, 0), (-1, -1), 8),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.grey),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ]
        )
    )
    return [para("Ondertekening", HEADING), tbl]


def header_block(info: DocumentInfo, title: str) -> list[Flowable]:
    """Model, title and the election/authority/date lines that open every PV."""
    out: list[Flowable] = [
        para(f"Model {info.model}", SMALL),
        para(title, TITLE),
        para(f"{info.election_name} ({info.election_id})"),
        para(f"{info.authority}" + (f", {info.place}" if info.place else "")),
        para(f"Datum: {info.date}"),
    ]
    if info.certificate_fingerprint:
        out.append(
            para(
                "Certificaat van deze installatie (SHA-256): "
                + fingerprint_groups(info.certificate_fingerprint),
                SMALL,
            )
        )
    out.append(Spacer(1, 4 * mm))
    return out


class _FooterCanvas(Canvas):
    """A canvas that knows the page count when it saves, so each footer can say "pagina x van y"."""

    info: DocumentInfo

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs["initialFontName"] = FONT  # no unembedded Helvetica in the page preamble
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 - reportlab API
        self._saved.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]

    def save(self) -> None:
        total = len(self._saved)
        for number, state in enumerate(self._saved, start=1):
            self.__dict__.update(state)
            self._draw_footer(number, total)
            Canvas.showPage(self)
        Canvas.save(self)

    def _draw_footer(self, number: int, total: int) -> None:
        info = self.info
        self.setFont(FONT, 7.5)
        self.setStrokeColor(colors.grey)
        self.line(20 * mm, 18 * mm, 190 * mm, 18 * mm)
        self.drawString(20 * mm, 14 * mm, f"Model {info.model} (versie {info.version})")
        self.drawRightString(190 * mm, 14 * mm, f"pagina {number} van {total}")
        if info.fingerprint:
            self.drawString(20 * mm, 10 * mm, "Digitale vingerafdruk van EML-bestand bij dit PV:")
            self.setFont(FONT_BOLD, 7.5)
            self.drawString(20 * mm, 6.5 * mm, fingerprint_groups(info.fingerprint))


def build_pdf(info: DocumentInfo, title: str, story: Sequence[Flowable]) -> bytes:
    """Lay out ``story`` on A4 with the standard footer; metadata set; reproducible bytes."""
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=20 * mm,
        topMargin=15 * mm,
        bottomMargin=24 * mm,
        title=f"{info.model} {title} — {info.election_name}",
        author=info.authority,
        subject=f"Proces-verbaal {info.model} versie {info.version}, {info.date}",
        creator="Uitslag",
        producer="Uitslag (reportlab)",
        keywords=[info.election_id, info.fingerprint],
        invariant=1,
    )

    class _Canvas(_FooterCanvas):
        pass

    _Canvas.info = info
    doc.build(list(story), canvasmaker=_Canvas)
    return buffer.getvalue()
