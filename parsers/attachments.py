"""Text of attached documents, because budgets often come as attachments.

Supported: .txt/.csv (any charset), .docx (paragraphs and table rows), .xlsx
(one line per row), .pdf (text layer), .vcf business cards (as text). Anything else — images, scans, zip — is
kept as an attachment without text; it then counts for nothing, which is what
the officer would conclude too ("se bifogad budget" with only a photo).
"""

from __future__ import annotations

import csv
import io
import logging
from dataclasses import dataclass

from parsers.charset import decode_bytes

log = logging.getLogger(__name__)

DOCX_TYPES = {"application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
VCARD_TYPES = {"text/vcard", "text/x-vcard", "text/directory"}
XLSX_TYPES = {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


@dataclass
class Attachment:
    """An attachment's metadata and, when we can read it, its text."""

    filename: str
    content_type: str
    size: int
    text: str = ""
    error: str | None = None


def _kind(filename: str, content_type: str) -> str:
    name = filename.lower()
    for ext in ("docx", "xlsx", "pdf", "txt", "csv"):
        if name.endswith("." + ext):
            return ext
    if name.endswith(".vcf") or content_type in VCARD_TYPES:
        return "txt"  # a business card: the contact person's name, phone and e-mail
    if content_type in DOCX_TYPES:
        return "docx"
    if content_type in XLSX_TYPES:
        return "xlsx"
    if content_type == "application/pdf":
        return "pdf"
    if content_type in ("text/plain", "text/csv"):
        return "txt"
    return ""


def _docx_text(data: bytes) -> str:
    import docx  # imported lazily: most mails have no .docx

    document = docx.Document(io.BytesIO(data))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells]
            lines.append(" | ".join(c for c in cells if c))
    return "\n".join(lines)


def _xlsx_text(data: bytes) -> str:
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    lines = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows(values_only=True):
            cells = [_cell(c) for c in row if c is not None and str(c).strip()]
            if cells:
                lines.append(" | ".join(cells))
    return "\n".join(lines)


def _cell(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return f"{int(value)} kr" if value >= 100 else str(int(value))
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value} kr" if value >= 100 else str(value)
    return str(value).strip()


def _csv_text(text: str) -> str:
    """Spreadsheet rows as 'Hyra av scen | 3500 kr' lines, like the other tables."""
    try:
        dialect = csv.Sniffer().sniff(text[:2000], delimiters=";,\t")
    except csv.Error:
        return text
    rows = csv.reader(io.StringIO(text), dialect)
    lines = []
    for row in rows:
        cells = [_cell(_number(c)) for c in row if c.strip()]
        if cells:
            lines.append(" | ".join(cells))
    return "\n".join(lines)


def _number(cell: str) -> object:
    compact = cell.strip().replace(" ", "").replace("\u00a0", "")
    return int(compact) if compact.isdigit() else cell.strip()


def _pdf_text(data: bytes) -> str:
    import pypdf

    # pypdf logs damaged files ("EOF marker not found") itself; we record the error instead.
    logging.getLogger("pypdf").setLevel(logging.ERROR)
    reader = pypdf.PdfReader(io.BytesIO(data))
    return "\n".join(page.extract_text() or "" for page in reader.pages)


def _sniff(payload: bytes) -> str:
    """What the bytes are, whatever the name says: an .xlsx sent as 'budget.xls', a .docx
    as application/octet-stream, a PDF without an extension."""
    if payload.startswith(b"%PDF"):
        return "pdf"
    if payload.startswith(b"PK\x03\x04"):
        head = payload[:4000]
        if b"word/" in head:
            return "docx"
        if b"xl/" in head:
            return "xlsx"
    return ""


def attachment_text(
    filename: str, content_type: str, payload: bytes, charset: str | None, max_bytes: int
) -> Attachment:
    """Read an attachment's text; failures are recorded, never raised."""
    att = Attachment(filename=filename, content_type=content_type, size=len(payload))
    kind = _sniff(payload) or _kind(filename, content_type)
    if not kind:
        return att
    if len(payload) > max_bytes:
        att.error = f"för stor för att läsas ({len(payload)} byte)"
        return att
    try:
        if kind == "csv":
            att.text = _csv_text(decode_bytes(payload, charset))
        elif kind == "txt":
            att.text = decode_bytes(payload, charset)
        elif kind == "docx":
            att.text = _docx_text(payload)
        elif kind == "xlsx":
            att.text = _xlsx_text(payload)
        elif kind == "pdf":
            att.text = _pdf_text(payload)
    except Exception as exc:  # noqa: BLE001 - a broken document must not stop the mail
        log.info("could not read attachment %r: %s", filename, exc)
        att.error = f"kunde inte läsas: {type(exc).__name__}"
    return att
