"""Reading, PDF: a PDF's text layer -> spans of text with size, baseline and italics (pypdfium2 lives here).

    paper.pdf -> [[Span("Body of the page", x0=72.0, x1=300.5, y=700.2, size=10.9, italic=False),
                   Span("1", x0=300.6, x1=304.2, y=704.0, size=7.6, italic=False), ...], ...]   # per page
              -> Paper (`pdf_layout.paper_from_pages`)

A span is one text object: one font, one size, one baseline (a show
operation), so reading is a few pdfium calls per object, not per
character. Italics come from the font's flags or name (`-Italic`,
`Oblique`); a hyphen pdfium sees at a line end (U+0002/U+FFFE) is a hyphen.
Where a page's text objects hold little of its text (text in forms), its
characters are read one by one instead. A PDF that needs a password, a
damaged one and one without a text layer (a scan) are refused in one line.
"""
from __future__ import annotations

import ctypes
import math
import re
from dataclasses import dataclass

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from ..errors import InputError
from ..model import Paper
from ..wrap import unspaced

TEX_PRODUCERS = re.compile(r"xdvipdfmx|pdfTeX|LuaTeX|XeTeX|dvipdfm", re.I)
"""Typesetters that break lines between CJK (and Hangul) characters inside words."""
ITALIC_FLAG = 1 << 6
ITALIC_NAMES = ("italic", "oblique", "-it", "slanted", "kursiv")
TEXT_FIXES = str.maketrans({"\x02": "-", "\ufffe": "-", "\r": None, "\n": None, "\x00": None,
                            "\ufb00": "ff", "\ufb01": "fi", "\ufb02": "fl", "\ufb03": "ffi", "\ufb04": "ffl",
                            "\ufb05": "st", "\ufb06": "st"})
"""Line-end hyphens as pdfium marks them, ligature glyphs as their letters."""


@dataclass(slots=True)
class Span:
    """A run of text in one font, size and baseline (PDF coordinates: y grows upwards)."""

    text: str
    x0: float
    x1: float
    y: float
    size: float
    italic: bool


def read(data: bytes, name: str) -> Paper:
    """Read a PDF's text layer into a Paper (notes from its footnote zones, else from its text)."""
    from .pdf_layout import paper_from_pages
    pages, producer = pdf_pages(data, name)
    if not any(span.text.strip() for page in pages for span in page):
        raise InputError(f"{name}: is a PDF without a text layer (a scan?); run OCR on it first "
                         "(for example with ocrmypdf)")
    return paper_from_pages(pages, breaks_inside_words=bool(TEX_PRODUCERS.search(producer)))


def pdf_pages(data: bytes, name: str) -> tuple[list[list[Span]], str]:
    """The spans of every page, in the order of the content stream, and the PDF's producer."""
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) in (raw.FPDF_ERR_PASSWORD, raw.FPDF_ERR_SECURITY):
            raise InputError(f"{name}: is an encrypted PDF; remove its password first") from None
        raise InputError(f"{name}: is a damaged PDF (pdfium cannot open it)") from None
    try:
        return [_page_spans(document[i]) for i in range(len(document))], _producer(document)
    except pdfium.PdfiumError:
        raise InputError(f"{name}: is a damaged PDF (a page cannot be read)") from None
    finally:
        document.close()


def _producer(document: pdfium.PdfDocument) -> str:
    try:
        return " ".join(document.get_metadata_dict().get(k, "") for k in ("Producer", "Creator"))
    except (pdfium.PdfiumError, UnicodeDecodeError):
        return ""


def _page_spans(page: pdfium.PdfPage) -> list[Span]:
    textpage = page.get_textpage()
    try:
        spans = _object_spans(page, textpage)
        if sum(len(s.text) for s in spans) < 0.5 * textpage.count_chars() or _overlapping(spans):
            spans = _character_spans(textpage)
        return spans
    finally:
        textpage.close()
        page.close()


def _object_spans(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> list[Span]:
    """One span per text object of the page."""
    spans = []
    matrix = raw.FS_MATRIX()
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    size = ctypes.c_float()
    for i in range(raw.FPDFPage_CountObjects(page.raw)):
        obj = raw.FPDFPage_GetObject(page.raw, i)
        if raw.FPDFPageObj_GetType(obj) != raw.FPDF_PAGEOBJ_TEXT:
            continue
        text = _object_text(obj, textpage)
        if not text:
            continue
        raw.FPDFTextObj_GetFontSize(obj, size)
        raw.FPDFPageObj_GetMatrix(obj, matrix)
        raw.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
        scale = math.hypot(matrix.c, matrix.d) or 1.0
        spans.append(Span(text, left.value, right.value, matrix.f, size.value * scale, _is_italic(obj)))
    return spans


def _overlapping(spans: list[Span]) -> bool:
    """True when text objects on one baseline overlap (fallback fonts drawn over a gap left for them)."""
    rows: dict[int, list[Span]] = {}
    for span in spans:
        rows.setdefault(round(span.y), []).append(span)
    for row in rows.values():
        row.sort(key=lambda s: s.x0)
        if any(b.x0 < a.x1 - 1.0 for a, b in zip(row, row[1:])):
            return True
    return False


def _object_text(obj, textpage: pdfium.PdfTextPage) -> str:
    length = raw.FPDFTextObj_GetText(obj, textpage.raw, None, 0)
    if length <= 2:
        return ""
    buffer = ctypes.create_string_buffer(length)
    raw.FPDFTextObj_GetText(obj, textpage.raw, ctypes.cast(buffer, ctypes.POINTER(raw.FPDF_WCHAR)), length)
    return buffer.raw[:length - 2].decode("utf-16-le", errors="replace").translate(TEXT_FIXES)


def _character_spans(textpage: pdfium.PdfTextPage) -> list[Span]:
    """One span per character, where text objects do not give the text in order.

    A space pdfium adds next to a Chinese or Japanese character, or inside
    brackets and before punctuation, is dropped: CJK glyphs are wider than
    their advance, which pdfium takes for a gap.
    """
    handle, spans = textpage.raw, []
    x, y = ctypes.c_double(), ctypes.c_double()
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    count = textpage.count_chars()
    chars = [chr(raw.FPDFText_GetUnicode(handle, i)).translate(TEXT_FIXES) for i in range(count)]
    for i, char in enumerate(chars):
        if not char or (raw.FPDFText_IsGenerated(handle, i) == 1 and _next_to_cjk(chars, i)):
            continue
        raw.FPDFText_GetCharOrigin(handle, i, x, y)
        raw.FPDFText_GetCharBox(handle, i, left, right, bottom, top)
        obj = raw.FPDFText_GetTextObject(handle, i)
        spans.append(Span(char, x.value, max(right.value, x.value), y.value, raw.FPDFText_GetFontSize(handle, i),
                          bool(obj) and _is_italic(obj)))
    return spans


def _next_to_cjk(chars: list[str], i: int) -> bool:
    before, after = (chars[i - 1] if i else ""), (chars[i + 1] if i + 1 < len(chars) else "")
    return (bool(before) and (unspaced(before) or before in "([{“")) or (
        bool(after) and (unspaced(after) or after in ")]},.;:”"))


def _is_italic(obj) -> bool:
    font = raw.FPDFTextObj_GetFont(obj)
    if not font:
        return False
    if raw.FPDFFont_GetFlags(font) & ITALIC_FLAG:
        return True
    buffer = ctypes.create_string_buffer(256)
    raw.FPDFFont_GetBaseFontName(font, buffer, 256)
    return any(marker in buffer.value.decode("latin-1").lower() for marker in ITALIC_NAMES)
