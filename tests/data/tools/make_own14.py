"""Generate the own14 development corpus: "newcomers and summer people".

Forty entirely fictional e-mails (files 1801-1840) to the intake bot of Region Kalmar län about the
micro-grant "regional bygdepeng – idéslanten", with labels.json in the schema of
/work/shared/corpus/README.md. About half the mails are in English – newcomers from the
Netherlands, Germany, the UK, Syria and Ukraine and summer residents, who describe the five
elements in their own idioms – some mix English and Swedish, and the rest are Swedish mails from
the local associations that work with them. 24 applications (8 complete), 6 followups, 3
questions, 2 autoreplies, 1 bounce, 2 newsletters and 2 spam mails.

Regenerate (byte-identical on every run; the script checks its own output at the end):

    /work/main/.venv/bin/python tests/data/tools/make_own14.py

Only the standard library is used; .docx/.xlsx are written as zip files of minimal XML and the PDF
by hand (Helvetica, WinAnsiEncoding, uncompressed text stream).
"""

# ruff: noqa: E501

from __future__ import annotations

import base64
import datetime as dt
import email
import email.policy
import email.utils
import io
import json
import quopri
import re
import struct
import sys
import zipfile
import zlib
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "own14"

BOT = "Idéslanten – Region Kalmar län"
BOT_ADDR = "ideslanten@example.se"
OFFICER = "landsbygdsutvecklare@example.se"

MAILS: list[tuple[str, bytes, dict]] = []
MSGIDS: dict[int, str] = {}

# --------------------------------------------------------------------------------------------
# header helpers


def fmt_date(s: str) -> str:
    """'2026-01-19 09:14:02' -> RFC 5322 date in Swedish local time (CET/CEST 2026)."""
    t = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S")
    summer = dt.datetime(2026, 3, 29, 2) <= t < dt.datetime(2026, 10, 25, 3)
    tz = dt.timezone(dt.timedelta(hours=2 if summer else 1))
    return email.utils.format_datetime(t.replace(tzinfo=tz))


def enc_words(text: str, charset: str = "utf-8", mode: str = "B") -> str:
    """RFC 2047 encoded-words (folded) for a non-ASCII header text; ASCII is returned as is."""
    if all(ord(c) < 128 for c in text):
        return text
    words: list[str] = []
    chunk = ""
    for ch in text:
        trial = chunk + ch
        if len(_ew(trial, charset, mode)) > 74 and chunk:
            words.append(_ew(chunk, charset, mode))
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(_ew(chunk, charset, mode))
    return "\n ".join(words)


def _ew(text: str, charset: str, mode: str) -> str:
    raw = text.encode(charset)
    if mode == "B":
        return f"=?{charset}?B?{base64.b64encode(raw).decode()}?="
    out = []
    for b in raw:
        c = chr(b)
        if c == " ":
            out.append("_")
        elif c.isalnum() and b < 128:
            out.append(c)
        elif c in "-!*+/" and b < 128:
            out.append(c)
        else:
            out.append(f"={b:02X}")
    return f"=?{charset}?Q?{''.join(out)}?="


def addr(name: str | None, address: str, charset: str = "utf-8", mode: str = "B") -> str:
    if not name:
        return address
    if all(ord(c) < 128 for c in name):
        if re.search(r"[(),.:;<>@\[\]\"]", name):
            name = '"' + name.replace('"', '\\"') + '"'
        return f"{name} <{address}>"
    return f"{enc_words(name, charset, mode)} <{address}>"


# --------------------------------------------------------------------------------------------
# MIME parts: (list of header lines, payload bytes)

Part = tuple[list[str], bytes]


def text_part(
    text: str,
    subtype: str = "plain",
    charset: str = "utf-8",
    cte: str = "8bit",
    flowed: bool = False,
    nocharset: bool = False,
) -> Part:
    raw = text.encode(charset)
    ct = f"text/{subtype}"
    if not nocharset:
        ct += f'; charset="{charset}"'
    if flowed:
        ct += "; format=flowed"
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw)
    elif cte == "base64":
        payload = base64.encodebytes(raw)
    else:
        payload = raw
        if cte == "7bit":
            assert all(b < 128 for b in raw), "7bit body with 8-bit data"
    if not payload.endswith(b"\n"):
        payload += b"\n"
    return [f"Content-Type: {ct}", f"Content-Transfer-Encoding: {cte}"], payload


def attach(data: bytes, ctype: str, filename: str, inline: bool = False) -> Part:
    fn = filename
    if any(ord(c) > 127 for c in filename):
        fn_param = f"filename*=utf-8''{''.join(c if c.isalnum() or c in '.-_' else f'%{b:02X}' for c in filename for b in c.encode())}"
        name_param = f'name="{enc_words(filename)}"'
    else:
        fn_param = f'filename="{fn}"'
        name_param = f'name="{fn}"'
    disp = "inline" if inline else "attachment"
    return [
        f"Content-Type: {ctype}; {name_param}",
        f"Content-Disposition: {disp}; {fn_param}",
        "Content-Transfer-Encoding: base64",
    ], base64.encodebytes(data)


def raw_part(headers: list[str], payload: str) -> Part:
    p = payload.encode("utf-8")
    if not p.endswith(b"\n"):
        p += b"\n"
    return headers, p


def multipart(
    subtype: str, parts: list[Part], boundary: str, extra: str = "", preamble: str = ""
) -> Part:
    ct = f'Content-Type: multipart/{subtype}; boundary="{boundary}"{extra}'
    out = b""
    if preamble:
        out += preamble.encode() + b"\n"
    for hs, payload in parts:
        out += f"\n--{boundary}\n".encode() if out else f"--{boundary}\n".encode()
        out += ("\n".join(hs) + "\n\n").encode()
        out += payload.rstrip(b"\n")
    out += f"\n--{boundary}--\n".encode()
    return [ct], out


def message(
    *,
    frm: str,
    to: str,
    subject: str,
    date: str,
    msgid: str,
    body: Part,
    cc: str | None = None,
    extra: list[str] | None = None,
    mime: bool = True,
) -> bytes:
    hs = [f"From: {frm}", f"To: {to}"]
    if cc:
        hs.append(f"Cc: {cc}")
    hs += [f"Subject: {subject}", f"Date: {fmt_date(date)}", f"Message-ID: {msgid}"]
    hs += extra or []
    if mime:
        hs.append("MIME-Version: 1.0")
    hs += body[0]
    return ("\n".join(hs) + "\n\n").encode("ascii") + body[1]


# --------------------------------------------------------------------------------------------
# documents

ZIP_TIME = (2026, 1, 1, 12, 0, 0)


def _zip(files: list[tuple[str, str]], when: tuple = ZIP_TIME) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, text.encode("utf-8"))
    return buf.getvalue()


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(blocks: list, when: tuple = ZIP_TIME) -> bytes:
    """blocks: str = paragraph, ('h', str) = bold heading, list of lists = table."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(f'<w:p><w:r><w:t xml:space="preserve">{_x(b)}</w:t></w:r></w:p>')
        elif isinstance(b, tuple):
            body.append(
                f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_x(b[1])}</w:t></w:r></w:p>'
            )
        else:
            rows = "".join(
                "<w:tr>"
                + "".join(
                    f'<w:tc><w:p><w:r><w:t xml:space="preserve">{_x(c)}</w:t></w:r></w:p></w:tc>'
                    for c in row
                )
                + "</w:tr>"
                for row in b
            )
            body.append(f"<w:tbl>{rows}</w:tbl>")
    doc = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + "".join(body)
        + "</w:body></w:document>"
    )
    ctypes = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>"
    )
    return _zip(
        [("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("word/document.xml", doc)], when
    )


def _col(i: int) -> str:
    return "ABCDEFGHIJ"[i]


def xlsx(rows: list[list], sheet: str = "Budget", when: tuple = ZIP_TIME) -> bytes:
    xr = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if v is None or v == "":
                continue
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif isinstance(v, str) and v.startswith("="):
                cells.append(f'<c r="{ref}"><f>{_x(v[1:])}</f></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_x(str(v))}</t></is></c>')
        xr.append(f'<row r="{r}">{"".join(cells)}</row>')
    sheet_xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(xr)
        + "</sheetData></worksheet>"
    )
    wb = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    wbrels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        "</Relationships>"
    )
    ctypes = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        "</Types>"
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    )
    return _zip(
        [
            ("[Content_Types].xml", ctypes),
            ("_rels/.rels", rels),
            ("xl/workbook.xml", wb),
            ("xl/_rels/workbook.xml.rels", wbrels),
            ("xl/worksheets/sheet1.xml", sheet_xml),
        ],
        when,
    )


def pdf(lines: list[str], title: str = "") -> bytes:
    """Plain PDF 1.4, Helvetica/WinAnsiEncoding, uncompressed content streams, 48 lines a page."""
    pages = [lines[i : i + 48] for i in range(0, len(lines), 48)] or [[]]
    objs: list[bytes] = []
    n_pages = len(pages)
    kids = " ".join(f"{5 + 2 * i} 0 R" for i in range(n_pages))
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode())
    objs.append(
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    )
    info = b"<< /Producer (own14 generator) "
    if title:
        info += b"/Title (" + _pdfstr(title) + b") "
    objs.append(info + b">>")
    for pg in pages:
        content = b"BT\n/F1 11 Tf\n14 TL\n50 790 Td\n"
        for ln in pg:
            content += b"(" + _pdfstr(ln) + b") Tj T*\n"
        content += b"ET\n"
        page_no = len(objs) + 1
        objs.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents {page_no + 1} 0 R >>".encode()
        )
        objs.append(f"<< /Length {len(content)} >>\nstream\n".encode() + content + b"endstream")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def _pdfstr(s: str) -> bytes:
    return s.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def png(width: int, height: int, seed: int = 7) -> bytes:
    """A small deterministic greyscale 'photo' (noise with stripes) – contains no readable text."""
    rows = b""
    v = seed
    for y in range(height):
        row = bytearray([0])
        for x in range(width):
            v = (v * 1103515245 + 12345) & 0x7FFFFFFF
            base = 200 if (y // 6) % 2 else 225
            row.append(max(0, min(255, base - (v >> 26) - (40 if (x + y) % 17 == 0 else 0))))
        rows += bytes(row)

    def chunk(tag: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + tag
            + data
            + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
        )

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


# --------------------------------------------------------------------------------------------
# labels

ELEMENTS = ("association", "contact", "activity", "anchoring", "budget")
FACTS = (
    "association_name",
    "org_number",
    "contact_name",
    "contact_email",
    "contact_phone",
    "members",
    "ort",
    "amount_sek",
    "women_and_men",
    "salary_costs",
    "physical_investment",
)


def label(kind: str, lang: str, el: str, notes: str, **facts) -> dict:
    """el: five 0/1 characters in the order association, contact, activity, anchoring, budget."""
    assert len(el) == 5 and set(el) <= {"0", "1"}
    f = {k: None for k in FACTS}
    if kind in ("application", "followup"):
        f["salary_costs"] = False
        f["physical_investment"] = False
    for k, v in facts.items():
        assert k in FACTS, k
        f[k] = v
    return {
        "kind": kind,
        "language": lang,
        "elements": {e: c == "1" for e, c in zip(ELEMENTS, el, strict=True)},
        "facts": f,
        "notes": " ".join(notes.split()),
    }


def add(num: int, slug: str, data: bytes, lab: dict) -> None:
    MAILS.append((f"{num}-{slug}.eml", data, lab))


def mid(num: int, local: str, domain: str = "example.com") -> str:
    m = f"<{local}@{domain}>"
    MSGIDS[num] = m
    return m


def receipt_id(case: str) -> str:
    return f"<kvitto.{case}@example.se>"


def receipt_text(case: str, missing: list[tuple[str, str]], variant: int = 0) -> str:
    lines = {
        0: [
            f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {case}.",
            "",
            "Vi saknar följande i er ansökan:",
        ],
        1: [
            f"Hej och tack för ansökan om idéslanten. Den är registrerad med ärendenummer {case}.",
            "",
            "För att vi ska kunna pröva den behöver vi också:",
        ],
        2: [
            f"Tack – vi har tagit emot er ansökan om idéslanten (ärende {case}).",
            "",
            "Det här saknas ännu i ansökan:",
        ],
    }[variant]
    for head, guide in missing:
        lines.append(f"– {head}: {guide}")
    lines += [
        "",
        "Svara gärna på det här mejlet med det som saknas, så kompletterar vi ärendet.",
        "",
        "Vänliga hälsningar",
        "Idéslanten – Region Kalmar län",
        "(automatiskt svar)",
    ]
    return "\n".join(lines)


GUIDE = {
    "association": (
        "Föreningen/gruppen",
        "namn på föreningen eller gruppen och kort vilka ni är (gärna org.nr och antal medlemmar)",
    ),
    "contact": ("Kontaktperson", "namn och e-post eller telefon till den som vi kan kontakta"),
    "activity": (
        "Aktiviteten",
        "vad ni ska göra, när och hur det bidrar till utvecklingen på orten",
    ),
    "anchoring": (
        "Lokal förankring",
        "hur idén är förankrad i bygden, t.ex. byamöte, enkät eller samarbete med andra föreningar",
    ),
    "budget": ("Budget", "en översiktlig budget med kostnadsposter och belopp"),
}


def missing(*names: str) -> list[tuple[str, str]]:
    return [GUIDE[n] for n in names]


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in text.split("\n"))


# --------------------------------------------------------------------------------------------
# checks

ALLOWED_DOMAINS = {"example.se", "example.com", "example.org", "example.net"}
MALFORMED: set[str] = set()


def luhn_ok(org: str) -> bool:
    if not re.fullmatch(r"\d{6}-\d{4}", org):
        return False
    digits = org.replace("-", "")
    total = 0
    for i, ch in enumerate(digits):
        d = int(ch) * (2 if i % 2 == 0 else 1)
        total += d // 10 + d % 10
    return total % 10 == 0


def _texts(msg) -> list[str]:
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        payload = part.get_payload(decode=True) or b""
        if ct.startswith("text/") or ct.startswith("message/"):
            cs = part.get_content_charset() or "utf-8"
            out.append(payload.decode(cs, "replace"))
        elif ct.endswith(("wordprocessingml.document", "spreadsheetml.sheet")):
            with zipfile.ZipFile(io.BytesIO(payload)) as z:
                out += [z.read(n).decode("utf-8") for n in z.namelist()]
        elif ct == "application/pdf":
            out.append(payload.decode("cp1252", "replace"))
    return out


def check(files: list[tuple[str, bytes, dict]]) -> list[str]:
    errs: list[str] = []
    labels = json.loads((OUT / "labels.json").read_text("utf-8"))
    names = sorted(p.name for p in OUT.glob("*.eml"))
    if names != sorted(labels):
        errs.append("labels.json keys do not match the .eml files")
    apps: dict[str, str] = {}
    parsed = {}
    prev_date = None
    for name, data, _ in files:
        if not re.fullmatch(r"\d{4}-[a-z0-9-]+\.eml", name) or not 1801 <= int(name[:4]) <= 1840:
            errs.append(f"{name}: bad file name")
        if (OUT / name).read_bytes() != data:
            errs.append(f"{name}: file on disk differs")
        if b"\r" in data:
            errs.append(f"{name}: CR in file")
        msg = email.message_from_bytes(data, policy=email.policy.default)
        parsed[name] = msg
        if name not in MALFORMED:
            for part in msg.walk():
                if part.defects:
                    errs.append(f"{name}: defects {part.defects}")
                if not part.is_multipart():
                    try:
                        part.get_content()
                    except Exception as e:  # noqa: BLE001
                        errs.append(f"{name}: cannot decode part: {e}")
        if not re.fullmatch(
            r"<[^@<>\s]+@example\.(se|com|org|net)>", str(msg["Message-ID"]).strip()
        ):
            errs.append(f"{name}: bad Message-ID {msg['Message-ID']}")
        d = email.utils.parsedate_to_datetime(msg["Date"])
        if prev_date and d < prev_date:
            errs.append(f"{name}: Date earlier than the previous file")
        prev_date = d
        if labels.get(name, {}).get("kind") == "application":
            apps[name] = str(msg["Message-ID"]).strip()
        blob = data.decode("latin-1") + "\n".join(_texts(msg))
        for hv in msg.values():
            blob += "\n" + str(hv)
        for dom in re.findall(r"[\w.+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})", blob):
            if dom.lower() not in ALLOWED_DOMAINS:
                errs.append(f"{name}: address domain {dom}")
        for org in re.findall(r"(?<![\d-])\d{6}-\d{4}(?![\d-])", blob):
            if not luhn_ok(org):
                errs.append(f"{name}: org number {org} fails Luhn")
    app_ids = set(apps.values())
    for name, lab in labels.items():
        if set(lab) != {"kind", "language", "elements", "facts", "notes"}:
            errs.append(f"{name}: label fields {sorted(lab)}")
            continue
        if lab["kind"] not in (
            "application",
            "followup",
            "question",
            "autoreply",
            "bounce",
            "newsletter",
            "spam",
        ):
            errs.append(f"{name}: kind {lab['kind']}")
        if lab["language"] not in ("sv", "en"):
            errs.append(f"{name}: language")
        if set(lab["elements"]) != set(ELEMENTS) or not all(
            isinstance(v, bool) for v in lab["elements"].values()
        ):
            errs.append(f"{name}: elements")
        if set(lab["facts"]) != set(FACTS):
            errs.append(f"{name}: facts keys")
        f = lab["facts"]
        if f["org_number"] is not None and not luhn_ok(f["org_number"]):
            errs.append(f"{name}: org_number fact not Luhn-valid")
        if lab["kind"] in ("application", "followup"):
            if not isinstance(f["salary_costs"], bool) or not isinstance(
                f["physical_investment"], bool
            ):
                errs.append(f"{name}: salary/investment must be bool")
        else:
            if any(lab["elements"].values()):
                errs.append(f"{name}: non-application with true elements")
        if lab["kind"] in ("autoreply", "bounce", "newsletter", "spam") and any(
            v is not None for v in f.values()
        ):
            errs.append(f"{name}: machine/spam mail with facts")
        if f["contact_email"] and f["contact_email"].split("@")[1] not in ALLOWED_DOMAINS:
            errs.append(f"{name}: contact_email domain")
        if lab["kind"] == "followup":
            msg = parsed[name]
            refs = (str(msg.get("In-Reply-To", "")) + " " + str(msg.get("References", ""))).split()
            if not set(refs) & app_ids:
                errs.append(f"{name}: followup does not reference an application")
            if not re.match(r"(Re|RE|SV|Sv|AW|Aw):", str(msg["Subject"])):
                errs.append(f"{name}: followup subject")
        if not lab["notes"]:
            errs.append(f"{name}: empty notes")
    return errs


# --------------------------------------------------------------------------------------------
# main

BATCHES = []


def batch(fn):
    BATCHES.append(fn)
    return fn


def build() -> list[tuple[str, bytes, dict]]:
    MAILS.clear()
    MSGIDS.clear()
    for fn in BATCHES:
        fn()
    return sorted(MAILS, key=lambda m: m[0])


def main() -> int:
    files = build()
    again = build()
    if [(n, d) for n, d, _ in files] != [(n, d) for n, d, _ in again]:
        print("not deterministic", file=sys.stderr)
        return 1
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    labels = {}
    for name, data, lab in files:
        (OUT / name).write_bytes(data)
        labels[name] = lab
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2) + "\n", "utf-8"
    )
    errs = check(files)
    for e in errs:
        print("CHECK:", e, file=sys.stderr)
    kinds: dict[str, int] = {}
    for _, _, lab in files:
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    print(f"wrote {len(files)} mails to {OUT}: {kinds}")
    return 1 if errs else 0


# ==== MAIL BATCHES BELOW ====


@batch
def batch1() -> None:
    # 1801 newsletter (sv)
    txt = """Landsbygdsnätverket i Kalmar län – nyhetsbrev januari 2026

NYANLÄNDA OCH NYINFLYTTADE PÅ LANDSBYGDEN
Allt fler byar i länet får nya invånare från andra länder – och allt fler sommargäster
stannar året runt. Läs om hur Ålem och Kristdala har ordnat välkomstträffar och vad de lärt
sig: https://example.org/nyhetsbrev/2026-01/valkomsttraffar

KALENDER
- 4 februari: Digital träff om föreningsbokföring, kl. 18–19.30
- 11 mars: Länsträff för byalag i Högsby, anmälan senast 1 mars

SÖKA PENGAR?
Kom ihåg att regionens idéslanten (max 15 000 kr per ort och år) kan sökas löpande.
Region Kalmar län svarar på frågor, inte vi!

Du får det här brevet eftersom du anmält dig till Landsbygdsnätverkets nyhetsbrev.
Avregistrera: https://example.org/avregistrera?id=88121
"""
    html = """<html><body style="font-family:Arial">
<h1>Landsbygdsnätverket i Kalmar län</h1><p><i>Nyhetsbrev januari 2026</i></p>
<h2>Nyanlända och nyinflyttade på landsbygden</h2>
<p>Allt fler byar i länet får nya invånare från andra länder – och allt fler sommargäster stannar
året runt. <a href="https://example.org/nyhetsbrev/2026-01/valkomsttraffar">Läs om hur Ålem och
Kristdala har ordnat välkomstträffar</a>.</p>
<h2>Kalender</h2><ul><li>4 februari: Digital träff om föreningsbokföring, kl. 18–19.30</li>
<li>11 mars: Länsträff för byalag i Högsby, anmälan senast 1 mars</li></ul>
<h2>Söka pengar?</h2><p>Kom ihåg att regionens idéslanten (max 15 000 kr per ort och år) kan sökas löpande.</p>
<p style="font-size:small">Du får det här brevet eftersom du anmält dig till Landsbygdsnätverkets nyhetsbrev.
<a href="https://example.org/avregistrera?id=88121">Avregistrera</a></p>
</body></html>"""
    body = multipart(
        "alternative",
        [text_part(txt, cte="quoted-printable"), text_part(html, "html", cte="quoted-printable")],
        "=_lbn_2026_01_a7f3",
    )
    add(
        1801,
        "nyhetsbrev-landsbygdsnatverket",
        message(
            frm=addr("Landsbygdsnätverket i Kalmar län", "nyhetsbrev@example.org"),
            to=BOT_ADDR,
            subject=enc_words(
                "Nyhetsbrev januari: nyinflyttade på landsbygden, kalender och pengar att söka",
                mode="Q",
            ),
            date="2026-01-14 07:30:00",
            msgid=mid(1801, "nb-2026-01.88121", "example.org"),
            body=body,
            extra=[
                "List-Id: Landsbygdsnatverket nyhetsbrev <nyhetsbrev.example.org>",
                "List-Unsubscribe: <mailto:avregistrera@example.org?subject=unsubscribe-88121>,\n <https://example.org/avregistrera?id=88121>",
                "Precedence: bulk",
            ],
        ),
        label(
            "newsletter",
            "sv",
            "00000",
            """Newsletter with List-Id, List-Unsubscribe and Precedence: bulk,
        multipart/alternative in quoted-printable. It mentions idéslanten and the 15 000 kr cap and
        talks about newcomers (the corpus theme), which must not make it a question or application;
        all elements false and all facts null.""",
        ),
    )

    # 1802 application (en), complete – Dutch expats, Alsterbro
    txt = """Hello,

My name is Marieke van den Berg and I'm writing on behalf of "Alsterbro Språkcafé", a group
of Dutch families and Swedish neighbours in Alsterbro (Nybro kommun). We're a bunch of
expats – six Dutch families who moved here between 2021 and 2025 – plus the Swedes who got
roped in, so we're 18 members at the moment (we keep a list and everyone pays 50 kr a year
for the coffee). We're not a registered association yet, so no organisation number, sorry.

What we want to do: a language café every second Thursday evening from March to November
(16 evenings, 18.30-20.30) in Alsterbro bygdegård. Newcomers practise Swedish with
neighbours over fika, and every other evening has a theme – how the recycling works, the
village history with the hembygdsförening, the fishing rules for the lake, how to join the
volunteer fire brigade. The idea is simply that people who move here stay here: that they
learn the language faster, find the local associations and end up on their boards (two of
us already have!). It's open to everyone, women and men, young and old – the Dutch dads are
as keen as the mums.

Local backing: we brought the idea to the bygdegårdsförening's annual meeting on 8 November
2025 and they voted to let us have the hall at the members' price and to put the evenings in
their calendar. Alsterbro IF will lend us their coffee urn and the school has promised to
tell the new families. About 25 people came to the test evening we held in December.

Rough budget:
- Hall rent, 16 evenings x 350 kr = 5 600 kr
- Fika and coffee, 16 x 200 kr = 3 200 kr
- Two theme evenings with a paid speaker (local history, fishing), 2 x 1 000 kr fee = 2 000 kr
- Printing flyers in Swedish, Dutch and English = 600 kr
Total 11 400 kr, which is what we apply for. Nobody gets paid for organising.

Thanks!
Marieke van den Berg
Alsterbro
tel 070-318 44 27
"""
    add(
        1802,
        "alsterbro-language-cafe",
        message(
            frm=addr("Marieke van den Berg", "marieke.vandenberg@example.com"),
            to=addr(BOT, BOT_ADDR),
            subject="Application - language cafe in Alsterbro (ideslanten)",
            date="2026-01-19 20:41:13",
            msgid=mid(1802, "f3a1c9e0-55b2-4d1e-9c1f-1802aa"),
            body=text_part(txt),
        ),
        label(
            "application",
            "en",
            "11111",
            """Complete English application from a Dutch newcomer, utf-8 8bit.
        Association: named informal group (no org.nr) with 18 members, who they are. Contact: named
        signer from her own address with phone. Activity: 16 dated language-café evenings with
        themes and a clear local-development aim (newcomers stay, join associations). Anchoring:
        the bygdegårdsförening's annual meeting backed it, IF and school cooperate, test evening
        (attendance 25 is not members). Budget: four items with SEK amounts, total applied 11 400.
        The speaker fee is not a salary; "nobody gets paid" confirms no salary. Women and men
        stated explicitly.""",
            association_name="Alsterbro Språkcafé",
            contact_name="Marieke van den Berg",
            contact_email="marieke.vandenberg@example.com",
            contact_phone="070-318 44 27",
            members=18,
            ort="Alsterbro",
            amount_sek=11400,
            women_and_men=True,
        ),
    )

    # 1803 application (sv), budget in .docx, anchoring missing – Fliseryd
    txt = """Hej!

Fliseryds Sockenråd (org.nr 802198-3443) söker härmed idéslanten för ett språkcafé med
läxhjälp för de ukrainska familjer som bor i Fliseryd sedan 2022–2023. Sockenrådet är en
ideell förening för hela Fliseryds socken och har ca 140 medlemmar.

Aktiviteten: varje tisdag kl. 18–20 under vårterminen och hösten (20 kvällar) träffas vi i
Folkets hus. De vuxna övar svenska i samtalsgrupper, barnen får läxhjälp i rummet bredvid. Två gånger gör vi en gemensam utflykt, bl.a. till Kalmar
läns museum, för att lära känna länet. Målet är att familjerna ska vilja stanna kvar i
Fliseryd, att barnen klarar skolan och att byn får fler som engagerar sig – skolan och
affären behöver varenda familj. Det är öppet för både kvinnor och män, vuxna och barn.

Behovet är stort, det bor nu elva ukrainska familjer i byn och många av dem är ensamma om
dagarna. Vi tror att det finns ett stort intresse och hoppas att många i byn vill vara med.

Budget bifogas som Word-fil.

Med vänlig hälsning
Gunnel Ek
sekreterare, Fliseryds Sockenråd
0499-210 45
"""
    doc = docx(
        [
            ("h", "Budget – Språkcafé och läxhjälp för ukrainska familjer, Fliseryd 2026"),
            "Sökande: Fliseryds Sockenråd, 802198-3443",
            [
                ["Kostnadspost", "Belopp (kr)"],
                ["Lokalhyra Folkets hus, 20 kvällar à 250 kr", "5 000"],
                ["Fika, 20 kvällar à 150 kr", "3 000"],
                ["Kopiering och material", "600"],
                ["Hyrd buss till Kalmar läns museum (tur och retur)", "1 200"],
                ["Summa", "9 800"],
            ],
            "Inga arvoden eller löner. Alla ledare är ideella.",
            "Sökt belopp: 9 800 kr",
        ],
        when=(2026, 1, 21, 19, 5, 0),
    )
    body = multipart(
        "mixed",
        [
            text_part(txt, cte="quoted-printable"),
            attach(
                doc,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "Budget språkcafé Fliseryd.docx",
            ),
        ],
        "----=_Part_40021_1803.1769110800",
    )
    add(
        1803,
        "fliseryd-sprakcafe-docx",
        message(
            frm=addr("Gunnel Ek", "gunnel.ek@example.se"),
            to=BOT_ADDR,
            subject=enc_words("Ansökan idéslanten – språkcafé Fliseryd", mode="Q"),
            date="2026-01-22 19:12:40",
            msgid=mid(1803, "1769110360.40021.gunnel", "example.se"),
            body=body,
        ),
        label(
            "application",
            "sv",
            "11101",
            """Swedish application from the local association that
        works with Ukrainian newcomers; body quoted-printable with an RFC 2047 Q subject and the
        budget only in a .docx attachment (a table, total 9 800 kr = the amount applied for).
        Association: name, org.nr, ca 140 members. Contact: named signer from own address, phone.
        Activity: concrete weekly evenings, trips, local-development aim. Anchoring false: only a
        described need ("elva ukrainska familjer") and a hope that many will join – no meeting,
        survey, partner or committed volunteers. Women and men stated.""",
            association_name="Fliseryds Sockenråd",
            org_number="802198-3443",
            contact_name="Gunnel Ek",
            contact_email="gunnel.ek@example.se",
            contact_phone="0499-210 45",
            members=140,
            ort="Fliseryd",
            amount_sek=9800,
            women_and_men=True,
        ),
    )


@batch
def batch2() -> None:
    # 1804 question (en) – German summer resident, Byxelkrok
    txt = """Dear Sir or Madam,

we are a German family who have had a summer house in Byxelkrok since 2011. Every summer
there are more of us "Sommergäste" – Germans, Dutch, also Danes – and we would like to do
something together with the people who live there the whole year, for example talks about
the nature of northern Öland in three languages.

Before we write an application I have three questions:

1. Can a group of summer residents apply at all? Most of us are not registered
   (folkbokförda) in Sweden.
2. Must the budget be in Swedish crowns or can we write it in Euro?
3. Is there a deadline, or can we apply at any time? We are only on Öland from June to
   August.

With kind regards
Klaus Becker
Lübeck / Byxelkrok
+49 451 889 2040
"""
    add(
        1804,
        "byxelkrok-summer-residents-question",
        message(
            frm=addr("Klaus Becker", "klaus.becker@example.net"),
            to=BOT_ADDR,
            subject="Question: can summer residents apply?",
            date="2026-01-27 11:02:55",
            msgid=mid(1804, "5b0e7d1a.4c21.klaus", "example.net"),
            body=text_part(txt),
        ),
        label(
            "question",
            "en",
            "00000",
            """A German summer resident asks whether unregistered summer
        residents may apply, whether the budget may be in euro and about deadlines. No application
        (no activity plan, no budget), so a question; all elements false. Facts only what the
        mail states: named sender, his address and German phone, ort Byxelkrok. No group name.""",
            contact_name="Klaus Becker",
            contact_email="klaus.becker@example.net",
            contact_phone="+49 451 889 2040",
            ort="Byxelkrok",
        ),
    )

    # 1805 application (en) – German newcomers, walks in Kristdala, budget missing
    txt = """Hello,

we would like to apply for the idéslanten for our guided village walks in Kristdala.

About us: "Kristdala Walking Friends" (in German we say Wanderfreunde) was started in 2024 by
German newcomers and their Swedish neighbours. We are now 23 members, men and women, from
29 to 81 years. We are not registered, we have a simple list and a small cash box.

The activity: from April to October we walk together on the first Sunday of every month,
seven walks of 6-10 km around Kristdala, each with a local guide from the hembygdsförening
who tells the history of the farms, the old church road and the mills – in Swedish, and one
of us translates to German and English when needed. After every walk there is fika at the
hembygdsgården. This way the newcomers learn the place and the language, the old residents
get to know the new families, and we also mark the paths so that tourists can use them
later. Everybody in the village is welcome.

Our village council (Kristdala byalag) talked about the idea at its meeting on 26 January
and backed it, and the hembygdsförening promised guides for all seven walks.

The costs we will send later, when we have the offer from the bus company.

Best regards
Jürgen Hoffmann
Kristdala Walking Friends
073-884 12 09
"""
    add(
        1805,
        "kristdala-walking-friends",
        message(
            frm=addr("Jürgen Hoffmann", "juergen.hoffmann@example.net"),
            to=BOT_ADDR,
            subject="Application for ideslanten: guided village walks in Kristdala",
            date="2026-02-02 09:41:07",
            msgid=mid(1805, "d2c7.1770021667.juergen", "example.net"),
            body=text_part(txt, cte="quoted-printable"),
        ),
        label(
            "application",
            "en",
            "11110",
            """English application from a German newcomer, quoted-printable.
        Association: named informal group, when/who, 23 members. Contact: named signer from own
        address with phone. Activity: seven dated guided walks with fika, local benefit (newcomers
        learn place and language, marked paths). Anchoring: "our village council" – the byalag –
        backed it at a dated meeting and the hembygdsförening provides guides. Budget false: the
        costs "will be sent later"; no amount at all, so amount_sek null. "Men and women" stated.""",
            association_name="Kristdala Walking Friends",
            contact_name="Jürgen Hoffmann",
            contact_email="juergen.hoffmann@example.net",
            contact_phone="073-884 12 09",
            members=23,
            ort="Kristdala",
            women_and_men=True,
        ),
    )

    # 1806 application (en with Swedish) – Syrian and Swedish families, Målilla, association missing
    plain = """Hello Region Kalmar,

My name is Rami Haddad, I live in Målilla since 2019 with my family, we come from Homs in
Syria. We are some families from Syria and our Swedish friends here in Målilla and we want to
make "Middag för alla – Dinner for all".

The plan: six dinners on Saturdays (March, April, May, September, October, November) in the
kitchen and hall of Målilla församlingshem. Every dinner is cooked by a team of one Syrian
family and one Swedish family together, one dish from each kitchen. Everybody in Målilla can
come, women and men, old and young, and pay what they want. We write down the recipes and at
the end we make a small book "Målilla cooks" with all recipes in Swedish and Arabic. When
people eat together they talk, and then the new people find work, friends and the
föreningar. This is good for the village.

Cost: the food is about 1 500 kr for one dinner, so 6 dinners is 9 000 kr. The kitchen we get
for free. To print the recipe book is around 2 000 kr. So we ask 11 000 kr.

---
Hej! Eva Lindqvist här, jag är granne med Rami och hjälper till med ansökan. Vi har pratat med
kyrkoherden i Målilla-Gårdveda församling som upplåter församlingshemmet gratis, och
Målilla GoIF och PRO Målilla har lovat att sälja biljetter och baka till första middagen.
Vi var ett tjugotal som sågs hemma hos Rami i januari och planerade, så det finns folk som vill.
---

Thank you,
Rami Haddad
076-221 90 35
"""
    html = (
        '<html><body><div dir="ltr">'
        + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n"))
        + "</div></body></html>"
    )
    body = multipart(
        "alternative",
        [text_part(plain), text_part(html, "html", cte="quoted-printable")],
        "000000000000a1b2c3d4e5f6061806",
    )
    add(
        1806,
        "malilla-dinner-for-all",
        message(
            frm=addr("Rami Haddad", "rami.haddad@example.com"),
            to=BOT_ADDR,
            cc=addr("Eva Lindqvist", "eva.lindqvist@example.se"),
            subject=enc_words("Dinner for all / Middag för alla – Målilla"),
            date="2026-02-05 21:17:44",
            msgid=mid(1806, "CAF8x-1806-Rami+q7dinner"),
            body=body,
        ),
        label(
            "application",
            "en",
            "01111",
            """Mixed English/Swedish application (English dominates, a
        Swedish paragraph by the neighbour), multipart/alternative with base64 encoded-word
        subject. Association false: "some families from Syria and our Swedish friends" – no name,
        no group. Contact: Rami signs from his own address with phone. Activity: six concrete
        dinners, recipe book, local benefit. Anchoring: the parish gives the hall, GoIF and PRO
        help, a planning meeting of about twenty people. Budget: food 9 000 + printing 2 000 in
        prose, 11 000 applied. Women and men stated.""",
            contact_name="Rami Haddad",
            contact_email="rami.haddad@example.com",
            contact_phone="076-221 90 35",
            ort="Målilla",
            amount_sek=11000,
            women_and_men=True,
        ),
    )

    # 1807 application (sv), HTML-only, complete – bilingual story-time, Vissefjärda
    html = """<!DOCTYPE html><html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif">
<p>Hej,</p>
<p>Här kommer en ansökan om idéslanten från <b>Vissefjärda Bibliotekets Vänner</b>, en ideell förening
(org.nr 802417-4768) som sedan 2019 stöttar biblioteksfilialen i Vissefjärda. Vi är 34 medlemmar.</p>
<p><b>Vad vi vill göra:</b> <i>Tvåspråkig sagostund</i> – tio lördagsförmiddagar (kl. 10–11) under hösten 2026
läser vi sagor för barn på svenska och arabiska, och svenska och ukrainska, med föräldrarna med i rummet.
Efteråt fika för vuxna där nya och gamla Vissefjärdabor kan prata. Två gånger kommer en barnboksförfattare
på besök och vi avslutar med en hyrd teaterföreställning för alla barn i byn. Biblioteket är en av de
få mötesplatserna som är kvar i Vissefjärda; fler besökare hjälper oss att behålla filialen, och nyanlända
föräldrar – mammor som pappor – kommer in i bygdens föreningsliv.</p>
<p><b>Förankring:</b> Vissefjärda Intresseförening tog upp idén på sitt öppna byamöte den 19 november och
mötet (ca 40 personer) ställde sig bakom den. Svenska kyrkan i Vissefjärda och hembygdsföreningen står för
läsarna – sex frivilliga har redan anmält sig, två av dem talar arabiska och en ukrainska.</p>
<p><b>Budget</b></p>
<table border="1" cellpadding="3">
<tr><th>Post</th><th>Kronor</th></tr>
<tr><td>Författarbesök, arvode 2 × 2 500 kr</td><td>5 000</td></tr>
<tr><td>Fika, 10 tillfällen × 150 kr</td><td>1 500</td></tr>
<tr><td>Affischer och översättning av affischer</td><td>800</td></tr>
<tr><td>Hyrd teaterföreställning (avslutning)</td><td>3 500</td></tr>
<tr><td><b>Summa / sökt belopp</b></td><td><b>10 800</b></td></tr>
</table>
<p>Ingen får lön, alla läsare är ideella.</p>
<p>Med vänliga hälsningar<br>Lena Sjöberg<br>ordförande, Vissefjärda Bibliotekets Vänner<br>0471-402 17<br>
<a href="mailto:lena.sjoberg@example.se">lena.sjoberg@example.se</a></p>
</body></html>"""
    add(
        1807,
        "vissefjarda-tvasprakig-sagostund",
        message(
            frm=addr("Lena Sjöberg", "lena.sjoberg@example.se", "iso-8859-1", "Q"),
            to=BOT_ADDR,
            subject=enc_words("Ansökan: Tvåspråkig sagostund i Vissefjärda", "iso-8859-1", "Q"),
            date="2026-02-09 13:05:21",
            msgid=mid(1807, "AM0PR07MB1807.lena.sjoberg", "example.se"),
            body=text_part(html, "html", cte="quoted-printable"),
        ),
        label(
            "application",
            "sv",
            "11111",
            """Complete Swedish application in an HTML-only mail
        (quoted-printable, iso-8859-1 encoded-word subject and display name) with the budget as an
        HTML table. Association: name, org.nr, since 2019, 34 members. Contact: named chair with
        phone and own address. Activity: ten dated story-time mornings (Swedish/Arabic and
        Swedish/Ukrainian), author visits, theatre; local benefit (keep the library branch, bring
        parents into associations). Anchoring: open village meeting backed it, church and
        hembygdsförening supply six committed volunteer readers. Budget: four items, 10 800.
        Author's fee is a lecturer-type fee, not salary; the theatre is hired. "Mammor som pappor"
        = women and men.""",
            association_name="Vissefjärda Bibliotekets Vänner",
            org_number="802417-4768",
            contact_name="Lena Sjöberg",
            contact_email="lena.sjoberg@example.se",
            contact_phone="0471-402 17",
            members=34,
            ort="Vissefjärda",
            amount_sek=10800,
            women_and_men=True,
        ),
    )


@batch
def batch3() -> None:
    # 1808 autoreply (sv) with Auto-Submitted / X-Autoreply, answers the officer's mail to 1803
    txt = """Hej!

Jag är på semester 9-20 februari och läser inte min e-post. Brådskande ärenden som gäller
Fliseryds Sockenråd: ring ordföranden Bengt Alm på 0499-211 80.

Hälsningar
Gunnel Ek
"""
    add(
        1808,
        "franvaro-gunnel-ek",
        message(
            frm=addr("Gunnel Ek", "gunnel.ek@example.se"),
            to=addr("Landsbygdsutvecklare Region Kalmar län", OFFICER),
            subject=enc_words(
                "Frånvaromeddelande: SV: Ansökan idéslanten – språkcafé Fliseryd [Idéslanten 2026-0014]",
                "windows-1252",
                "Q",
            ),
            date="2026-02-11 10:22:09",
            msgid=mid(1808, "auto.1770801729.gunnel", "example.se"),
            body=text_part(txt, charset="iso-8859-1", cte="quoted-printable"),
            extra=[
                "In-Reply-To: <handl.2026-0014.2@example.se>",
                f"References: {MSGIDS[1803]} {receipt_id('2026-0014')}\n <handl.2026-0014.2@example.se>",
                "Auto-Submitted: auto-replied",
                "X-Autoreply: yes",
            ],
        ),
        label(
            "autoreply",
            "sv",
            "00000",
            """Out-of-office reply (Auto-Submitted, X-Autoreply) from the
        applicant of 1803 to the officer's personal message in that thread; References include
        the application's Message-ID, but it adds nothing and must never be answered. The
        chair's name and phone in the text are not facts for an autoreply: all null.
        iso-8859-1 quoted-printable body, windows-1252 Q-encoded subject.""",
        ),
    )

    # 1809 followup (en) to 1805 – budget as CSV, German Gmail quoting
    case = "2026-0019"
    rec = receipt_text(case, missing("budget"))
    txt = f"""Hello again,

here are the costs for our walks in Kristdala, as promised – see the attached file. In short:
guides, fika and one minibus trip, all together 7 350 kronor. That is what we apply for.

Best regards
Jürgen Hoffmann

Am Mo., 2. Feb. 2026 um 09:41 Uhr schrieb Idéslanten – Region Kalmar län <
ideslanten@example.se>:

{quote(rec)}
"""
    csv_data = (
        "Post;Anzahl;Preis SEK;Summe SEK\n"
        "Guide fee hembygdsförening;7;500;3500\n"
        "Fika at hembygdsgården;7;300;2100\n"
        "Hired minibus for the coast walk in June;1;1750;1750\n"
        ";;;7350\n"
    ).encode()
    body = multipart(
        "mixed",
        [text_part(txt), attach(csv_data, 'text/csv; charset="utf-8"', "costs_walks_2026.csv")],
        "000000000000f00d1809cafe",
    )
    add(
        1809,
        "re-kristdala-costs-csv",
        message(
            frm=addr("Jürgen Hoffmann", "juergen.hoffmann@example.net"),
            to=addr(BOT, BOT_ADDR),
            subject=enc_words(
                f"Re: Application for ideslanten: guided village walks in Kristdala [Idéslanten {case}]"
            ),
            date="2026-02-16 18:03:30",
            msgid=mid(1809, "CAH0j.1809.juergen.costs", "example.net"),
            body=body,
            extra=[
                f"In-Reply-To: {receipt_id(case)}",
                f"References: {MSGIDS[1805]}\n {receipt_id(case)}",
            ],
        ),
        label(
            "followup",
            "en",
            "01001",
            """Followup to 1805 quoting the bot's receipt in German Gmail
        style ("Am ... schrieb"); the quoted receipt makes nothing true. The new text supplies the
        missing budget as a semicolon CSV with German column heads (three items, 7 350 SEK, also
        stated in the body). Contact true: named signer from his own address (no phone in the new
        text). No association details in the new text. Ort from "our walks in Kristdala".""",
            contact_name="Jürgen Hoffmann",
            contact_email="juergen.hoffmann@example.net",
            ort="Kristdala",
            amount_sek=7350,
        ),
    )

    # 1810 application (en), complete, xlsx budget with equipment purchases – Löttorp repair café
    txt = """Hi there,

Please find attached our application for a bit of idéslanten money for the Norra Ölands
Repair Café in Löttorp. The budget's in the spreadsheet.

WHO WE ARE
Norra Ölands Repair Café is a non-profit association (ideell förening) we registered last
autumn, org.nr 802614-3555. We're 27 members – a mix of Brits, a couple of Germans and a good
lot of Swedes who've lived here forever. My husband and I moved over from Yorkshire in 2022.

WHAT WE'LL DO
A repair café on the last Saturday of every month, 10 sessions from March to December, at
the byagård in Löttorp, 11-15. People bring broken bikes, toasters, lamps, clothes and we fix
them together over coffee and cake. It keeps stuff out of the tip, teaches people to mend,
and in the off-season it's one of the few places where year-rounders, newcomers and the odd
summer person actually meet. Everyone's welcome, men and women alike – our best bike fixer
is Margaret, who is 74.

LOCAL BACKING
We ran two trial sessions last October and November and had over 60 visitors. Löttorps
byalag discussed it at their meeting on 14 January, said yes and lends us the byagård at a
reduced rent. Twelve volunteer fixers have signed up, and the local hardware shop gives us
spare parts at cost.

MONEY
All in it's 11 000 kr (see the attachment): hall rent, coffee, a proper tool kit and a
second-hand sewing machine, and adverts. We reckon that's the lot. Nobody's on a wage.

Cheers,
Sarah Whitfield
chair, Norra Ölands Repair Café
+46 73 551 20 84
"""
    sheet = xlsx(
        [
            ["Norra Ölands Repair Café – budget 2026", None, None],
            ["Item", "Qty", "SEK"],
            ["Hall rent, byagården Löttorp (10 x 300)", 10, 3000],
            ["Coffee & cake (10 x 150)", 10, 1500],
            ["Tool kit: socket set, multimeter, soldering station", 1, 3200],
            ["Second-hand sewing machine", 1, 1500],
            ["Flyers and adverts in Ölandsbladet", 1, 1800],
            ["Total", None, "=SUM(C3:C7)"],
        ],
        when=(2026, 2, 19, 21, 30, 0),
    )
    body = multipart(
        "mixed",
        [
            text_part(txt),
            attach(
                sheet,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "repair-cafe-budget.xlsx",
            ),
        ],
        "Apple-Mail=_7C1F0E2A-1810-4B7B-9E55-LOTTORP",
    )
    add(
        1810,
        "lottorp-repair-cafe-xlsx",
        message(
            frm=addr("Sarah Whitfield", "sarah.whitfield@example.com"),
            to=BOT_ADDR,
            subject="Repair cafe in Lottorp - application",
            date="2026-02-20 08:55:12",
            msgid=mid(1810, "7C1F0E2A-1810-4B7B-9E55-0A1B2C3D4E5F"),
            body=body,
        ),
        label(
            "application",
            "en",
            "11111",
            """Complete English application from a UK newcomer, budget
        in a hand-made .xlsx (five items, total as a formula without cached value, the body
        states 11 000 kr). Association: registered non-profit, org.nr, 27 members. Contact:
        chair signs from own address with phone. Activity: ten monthly repair-café sessions,
        local benefit. Anchoring: trial sessions, byalag meeting said yes, twelve volunteers,
        shop cooperation. Breaks a rule: a tool kit and a sewing machine are bought, so
        physical_investment true (spare parts and coffee are consumables). No wages. Women and
        men stated.""",
            association_name="Norra Ölands Repair Café",
            org_number="802614-3555",
            contact_name="Sarah Whitfield",
            contact_email="sarah.whitfield@example.com",
            contact_phone="+46 73 551 20 84",
            members=27,
            ort="Löttorp",
            amount_sek=11000,
            women_and_men=True,
            physical_investment=True,
        ),
    )

    # 1811 spam (en) – phishing for bank details
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<table width="600" style="border:1px solid #ccc"><tr><td style="background:#004a80;color:#fff;padding:12px">
<b>Regional Grant Payments Office</b></td></tr><tr><td style="padding:12px">
<p>Dear grant recipient,</p>
<p>Your grant disbursement of <b>15,000 SEK</b> is on hold because your bank details could not be verified.
To avoid cancellation, please confirm your account and BankID within <b>48 hours</b>:</p>
<p style="text-align:center"><a href="http://example.net/grant-verify/?ref=KLM-2026-4471" style="background:#d00;color:#fff;padding:10px 20px">VERIFY PAYMENT NOW</a></p>
<p>If you do not verify, the funds will be returned to the national budget.</p>
<p>Regards,<br>Payments Team</p></td></tr></table>
<p style="font-size:10px;color:#999">This is an automated message, do not reply.</p>
</body></html>"""
    add(
        1811,
        "spam-grant-payment-verify",
        message(
            frm=addr("Grant Payments Office", "noreply-payments@example.net"),
            to=BOT_ADDR,
            subject="ACTION REQUIRED: grant payment on hold - verify within 48h",
            date="2026-02-25 03:14:51",
            msgid=mid(1811, "20260225031451.77A1B.grantpay", "example.net"),
            body=text_part(html, "html", charset="us-ascii", cte="7bit"),
        ),
        label(
            "spam",
            "en",
            "00000",
            """Phishing: fake payment office asks for bank details and BankID
        with a 48-hour threat; HTML-only us-ascii. It mentions a 15,000 SEK grant, which must not
        make it an application or question. All facts null.""",
        ),
    )


@batch
def batch4() -> None:
    # 1812 application (sv), shared mailbox signed "Styrelsen", budget later – choir, Bergkvara
    txt = """Hej!

Bergkvara Bygdeförening (org.nr 802458-2283) ansöker om idéslanten för projektet
"Kör utan gränser". Föreningen har ca 90 medlemmar och driver bygdegården i Bergkvara.

Under de senaste åren har ett tjugotal familjer från Syrien, Eritrea och Ukraina flyttat
till Bergkvara och Söderåkra, och varje sommar fylls hamnen av sommargäster. Vi vill starta
en kör där nya och gamla Bergkvarabor och sommarfolket sjunger tillsammans: tolv övningar
på torsdagskvällar i bygdegården från den 20 augusti, med en körledare från
kulturskolan, och en avslutande konsert i Söderåkra kyrka till Lucia. Vi sjunger visor
på svenska, arabiska, tigrinja och ukrainska – alla lär sig allas sånger. Kören är öppen
för alla, kvinnor som män, och målet är att de som flyttat hit ska hitta in i bygdens
föreningsliv och att byn ska hålla ihop året runt.

Förankring: i december gjorde vi en enkät bland medlemmarna och i Söderåkra församling.
46 svarade, och 31 av dem ville vara med i en sådan kör. Söderåkra församling lånar ut
kyrkan till konserten utan kostnad.

Budgeten kommer senare när vi har pratat klart med körledaren om arvodet.

Med vänlig hälsning
Styrelsen
Bergkvara Bygdeförening
"""
    add(
        1812,
        "bergkvara-kor-utan-granser",
        message(
            frm=addr(
                "Bergkvara Bygdeförening", "bergkvara.bygdeforening@example.se", "iso-8859-1", "Q"
            ),
            to=BOT_ADDR,
            subject=enc_words(
                "Ansökan idéslanten – Kör utan gränser, Bergkvara", "windows-1252", "Q"
            ),
            date="2026-03-02 19:48:36",
            msgid=mid(1812, "000a01dca1b2$4f5e6d70$1812bkv", "example.se"),
            body=text_part(txt, charset="windows-1252", cte="quoted-printable"),
        ),
        label(
            "application",
            "sv",
            "10110",
            """Swedish application, windows-1252 quoted-printable, with a
        windows-1252 encoded-word subject. Association: name, org.nr, ca 90 members, runs the
        bygdegård. Contact false: signed "Styrelsen" from the association's shared mailbox, no
        named person. Activity: twelve dated choir rehearsals and a Lucia concert, local aim.
        Anchoring: survey (46 answers, 31 want to sing – respondents are not members) and the
        parish lends the church. Budget false: "kommer senare". The choir leader's fee would not
        be a salary. "Kvinnor som män" = women and men.""",
            association_name="Bergkvara Bygdeförening",
            org_number="802458-2283",
            members=90,
            ort="Bergkvara",
            women_and_men=True,
        ),
    )

    # 1813 application (en), mobile, short – Ukrainian women, Gamleby; assoc/anchoring/budget missing
    txt = """Hello

I am Olena from Ukraine, i live in Gamleby 3 years. We are few ukrainian women and swedish
friends, we want make cooking evenings once every month, ukrainian and swedish food, in the
church house (församlingshem) in Gamleby, for women who are alone at home, to speak swedish and
not be lonely and find job maybe. first in april.

We need maybe 10 000 kr for food and rent

Thank you very much
Olena Kovalenko
072-905 33 18

Sent from my Samsung Galaxy smartphone.
"""
    add(
        1813,
        "gamleby-cooking-evenings-mobile",
        message(
            frm=addr("Olena Kovalenko", "olena.kovalenko@example.com"),
            to=BOT_ADDR,
            subject="cooking evenings Gamleby",
            date="2026-03-05 13:27:02",
            msgid=mid(1813, "rbq1xk-1813-olena.k.mobile", "example.com"),
            body=text_part(txt),
        ),
        label(
            "application",
            "en",
            "01100",
            """Short English mobile application by a Ukrainian newcomer,
        with errors and missing capitals. Association false: "few ukrainian women and swedish
        friends" – unnamed. Contact: named signer from own address with phone. Activity: monthly
        cooking evenings in the parish house from April, with the local aim of language, company
        and jobs – concrete enough. Anchoring false: nothing. Budget false: one rough figure for
        "food and rent" together is a bare total, but it counts as amount_sek 10 000. Aimed at
        women only, so women_and_men false.""",
            contact_name="Olena Kovalenko",
            contact_email="olena.kovalenko@example.com",
            contact_phone="072-905 33 18",
            ort="Gamleby",
            amount_sek=10000,
            women_and_men=False,
        ),
    )

    # 1814 application (sv), iso-8859-1 8bit, elderly writer – Ankarsrum; activity and anchoring missing
    txt = """hej

jag skriver för Ankarsrums Hembygdsförening org nr 802420-1199 vi är 112 medlemmar och har
hembygdsgården vid bruket. Det har flyttat hit en hel del nya dom senaste åren både från
Tyskland och Holland och Syrien och vi i styrelsen tycker vi borde göra något så dom nya i
samhället känner sig välkomna kanske träffar av nåt slag det får vi se. alla vi pratat med
tycker det är en bra ide

vad det kostar ungefär
lokalhyra 2000
fika 1500
buss 3000
blir 6500 kr

hälsningar Sture Karlsson
kassör
tel 0490-510 62
"""
    add(
        1814,
        "ankarsrum-hembygd-nya",
        message(
            frm=addr("Sture Karlsson", "sture.karlsson@example.se"),
            to=BOT_ADDR,
            subject="ansokan fran Ankarsrums hembygdsforening",
            date="2026-03-09 16:40:11",
            msgid=mid(1814, "4A1F2B.1814.sture", "example.se"),
            body=text_part(txt, charset="iso-8859-1", cte="8bit"),
        ),
        label(
            "application",
            "sv",
            "11001",
            """Swedish application by an elderly treasurer with no
        punctuation, iso-8859-1 8bit, ASCII-only subject. Association: name, org.nr, 112 members,
        the hembygdsgård. Contact: named signer with phone from own address. Activity false: "göra
        något … kanske träffar av nåt slag det får vi se" is a vague wish. Anchoring false: "alla
        vi pratat med tycker det är en bra ide" is an empty claim. Budget: three items with
        amounts, 6 500. Women and men not stated.""",
            association_name="Ankarsrums Hembygdsförening",
            org_number="802420-1199",
            contact_name="Sture Karlsson",
            contact_email="sture.karlsson@example.se",
            contact_phone="0490-510 62",
            members=112,
            ort="Ankarsrum",
            amount_sek=6500,
        ),
    )

    # 1815 application (en/sv mixed), complete, rented sauna – Degerhamn
    plain = """Hi / Hej,

(Swedish summary at the bottom for our Swedish board members, who asked me to send this.)

WHO: Degerhamns Bygemenskap, a non-profit association (org.nr 802501-4369) for everyone with a
home in Degerhamn – year-round residents, newcomers and summer people alike. 64 members. I'm
half British, half Swedish and the chair since 2024.

WHAT: "Bastu & byprat" – three sauna evenings at the harbour in the shoulder season (19
September, 17 October, 14 November). We rent a mobile wood-fired sauna trailer for each
evening, have soup by the pier and, between the sauna rounds, a short open talk about the
village's future – the shop, the bus, the empty houses. The idea is to get summer people to
come back outside July and meet the year-rounders, and to get newcomers talking to both.
Mixed sessions in swimwear, plus one women-only hour and one men-only hour each evening so
that everyone – women and men – feels comfortable.

BACKING: last summer we did a survey of the 60 households on our mailing list (38 answered,
33 said yes to sauna evenings). Degerhamns Byalag co-hosts the talks and Degerhamns
Båtklubb lends us the harbour area and the clubhouse toilets.

BUDGET (kronor):
  Rent of mobile sauna trailer, 3 x 2 500   7 500
  Firewood                                    800
  Posters and ad in Ölandsbladet              400
  Soup and fika                             1 000
  Total applied for                         9 700
No wages; we're not buying or building anything – the sauna goes back on its trailer.

Sammanfattning på svenska: Degerhamns Bygemenskap söker 9 700 kr till tre bastukvällar i
hamnen i höst med hyrd mobil bastu, soppa och byprat om framtiden. Byalaget och
båtklubben är med, och enkäten i somras visade stort intresse.

Anna Hughes
ordförande / chair, Degerhamns Bygemenskap
070-660 12 93
"""
    html = (
        '<html><body><pre style="font-family:Consolas,monospace">'
        + plain.replace("&", "&amp;").replace("<", "&lt;")
        + "</pre></body></html>"
    )
    body = multipart(
        "alternative",
        [text_part(plain, cte="base64"), text_part(html, "html", cte="base64")],
        "b1_1815_degerhamn_sauna",
    )
    add(
        1815,
        "degerhamn-bastu-byprat",
        message(
            frm=addr("Anna Hughes", "anna.hughes@example.org"),
            to=BOT_ADDR,
            subject=enc_words("Sauna evenings / bastukvällar in Degerhamn – idéslanten"),
            date="2026-03-12 22:06:48",
            msgid=mid(1815, "b1.1815.anna.hughes.deg", "example.org"),
            body=body,
        ),
        label(
            "application",
            "en",
            "11111",
            """Complete application mixing English with a Swedish
        summary (English dominates), multipart/alternative with both parts base64. Association:
        name, org.nr, 64 members, who they are. Contact: chair signs from own address, phone.
        Activity: three dated sauna evenings with village talks; aim to connect summer people,
        newcomers and year-rounders. Anchoring: survey (respondents are not members), byalag
        co-hosts, boat club lends the harbour. Budget table 9 700. The sauna is rented, so no
        physical investment. Women-only and men-only hours plus mixed sessions = both women and
        men.""",
            association_name="Degerhamns Bygemenskap",
            org_number="802501-4369",
            contact_name="Anna Hughes",
            contact_email="anna.hughes@example.org",
            contact_phone="070-660 12 93",
            members=64,
            ort="Degerhamn",
            amount_sek=9700,
            women_and_men=True,
        ),
    )


@batch
def batch5() -> None:
    # 1816 application (sv), shared mailbox, building a sauna = investment – Loftahammar
    txt = """Hej Region Kalmar län!

Loftahammars Bastuförening söker idéslanten till bygget av en bastu vid gästhamnen.

Föreningen bildades våren 2025 och har 41 medlemmar – fast boende, sommarboende och flera av
de tyska och nederländska familjer som köpt hus här de senaste åren. Org.nr 802697-9115.

Tanken är en bastu som är öppen året runt, med gemensamma bastukvällar två gånger i veckan
(damturer, herrturer och mixade kvällar) och vinterbad från bryggan. På vintern finns nästan
inga mötesplatser kvar i Loftahammar; en bastu vid hamnen blir en plats där nyinflyttade,
fast boende och sommargäster möts, och den drar besökare även utanför säsong.

Förankring: byastämman i Loftahammar i oktober röstade för förslaget, Loftahammars Hamn-
förening upplåter platsen på arrende och ett tjugotal personer har lovat att hjälpa till med
bygget på helgerna.

Budget för bygget:
  Virke och isolering       18 000 kr
  Vedeldat bastuaggregat    14 000 kr
  Plåttak och skorsten       8 000 kr
  Bryggdel och trappa        5 000 kr
  Summa                     45 000 kr
Vi söker 15 000 kr av idéslanten, resten tar vi från medlemsavgifter och en lokal insamling.

Hälsningar
Bastugänget
Loftahammars Bastuförening
"""
    add(
        1816,
        "loftahammar-bastubygge",
        message(
            frm=addr("Loftahammars Bastuförening", "bastu.loftahammar@example.se"),
            to=BOT_ADDR,
            subject=enc_words("Ansökan: bastu vid gästhamnen i Loftahammar", mode="Q"),
            date="2026-03-17 20:31:19",
            msgid=mid(1816, "lofta.bastu.20260317203119", "example.se"),
            body=text_part(txt, cte="quoted-printable"),
        ),
        label(
            "application",
            "sv",
            "10111",
            """Swedish application to BUILD a sauna (contrast with the
        rented sauna in 1815), utf-8 quoted-printable. Association: name, founded 2025, 41 members,
        org.nr. Contact false: signed "Bastugänget" from the association's shared mailbox, no
        named person. Activity: a concrete year-round sauna with scheduled evenings and a local
        aim. Anchoring: byastämma vote, harbour association lends the site, about twenty building
        volunteers. Budget: four building items, total 45 000, applied 15 000 (amount_sek is
        the applied amount). Building and buying a stove = physical_investment true. Damturer,
        herrturer and mixed evenings = women and men.""",
            association_name="Loftahammars Bastuförening",
            org_number="802697-9115",
            members=41,
            ort="Loftahammar",
            amount_sek=15000,
            women_and_men=True,
            physical_investment=True,
        ),
    )

    # 1817 application (en) with the whole application in a PDF – Dutch, Ruda; anchoring missing
    txt = """Dear officer,

Attached is our application for the idéslanten as a PDF. Hope that is OK.

Kind regards,
Pieter de Vries
"""
    lines = [
        "APPLICATION - REGIONAL BYGDEPENG / IDESLANTEN 2026",
        "",
        "1. Applicant",
        "Ruda Newcomers' Network (informal group, no organisation number yet).",
        "We are 15 members: Dutch, German and Swedish families who run small farms",
        "and businesses around Ruda, Högsby municipality.",
        "",
        "2. Contact person",
        "Pieter de Vries, Ruda, phone 070-114 56 78, e-mail pieter.devries@example.org",
        "",
        "3. Activity",
        "Ruda Harvest Day, Saturday 19 September 2026:",
        "- 10-15 'open farms': six newcomer farms and four old Ruda farms open their",
        "  gates, with signs in Swedish, Dutch and English;",
        "- 17-21 harvest potluck dinner in Ruda Folkets hus, everyone brings a dish.",
        "Why: many newcomers in Ruda farm or run small firms but hardly know their",
        "Swedish neighbours. Meeting on the farms leads to swapping machines and",
        "knowledge, to joint sales and to newcomers joining the local associations.",
        "",
        "4. Local anchoring",
        "We have not asked the other associations yet, but we expect many people",
        "will come because everybody likes a harvest party.",
        "",
        "5. Budget (SEK)",
        "Rent Ruda Folkets hus                      1 500",
        "Food ingredients for the potluck base      4 000",
        "Signs and flyers                             700",
        "Hired party tent for the open farms        2 500",
        "Total                                      8 700",
        "",
        "Nobody is paid. Nothing is bought to keep.",
        "",
        "Ruda, 20 March 2026",
        "Pieter de Vries",
    ]
    body = multipart(
        "mixed",
        [
            text_part(txt),
            attach(
                pdf(lines, "Ruda Harvest Day"),
                "application/pdf",
                "Ruda_Harvest_Day_application.pdf",
            ),
        ],
        "--_NmP-1817-ruda-9c3e",
    )
    add(
        1817,
        "ruda-harvest-day-pdf",
        message(
            frm=addr("Pieter de Vries", "pieter.devries@example.org"),
            to=BOT_ADDR,
            subject="Application ideslanten Ruda",
            date="2026-03-20 10:00:41",
            msgid=mid(1817, "NmP.1817.ruda.9c3e", "example.org"),
            body=body,
        ),
        label(
            "application",
            "en",
            "11101",
            """English application from a Dutch newcomer where the
        body is only a cover note and everything is in a text PDF (Helvetica, WinAnsi).
        Association: named informal group, 15 members, who they are. Contact: named, phone and
        e-mail (same as From). Activity: a dated harvest day with open farms and a potluck, local
        benefit explained. Anchoring false: explicitly not asked anyone, only a hope. Budget: four
        items, 8 700. A hired tent is not an investment. Women and men not stated ("families").""",
            association_name="Ruda Newcomers' Network",
            contact_name="Pieter de Vries",
            contact_email="pieter.devries@example.org",
            contact_phone="070-114 56 78",
            members=15,
            ort="Ruda",
            amount_sek=8700,
        ),
    )

    # 1818 bounce – the bot's receipt to 1817 could not be delivered (mailbox full)
    case = "2026-0047"
    human = """This is the mail system at host mx2.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<pieter.devries@example.org>: host mailstore.example.org[192.0.2.41] said:
    552 5.2.2 <pieter.devries@example.org>: Mailbox full, quota exceeded
    (in reply to RCPT TO command)
"""
    status = """Reporting-MTA: dns; mx2.example.org
X-Postfix-Queue-ID: 4Fq2Lm0x7Kz1818
Arrival-Date: Fri, 20 Mar 2026 10:01:05 +0100

Final-Recipient: rfc822; pieter.devries@example.org
Original-Recipient: rfc822;pieter.devries@example.org
Action: failed
Status: 5.2.2
Remote-MTA: dns; mailstore.example.org
Diagnostic-Code: smtp; 552 5.2.2 <pieter.devries@example.org>: Mailbox full, quota exceeded
"""
    orig = f"""From: {addr(BOT, BOT_ADDR)}
To: Pieter de Vries <pieter.devries@example.org>
Subject: {enc_words(f"Re: Application ideslanten Ruda [Idéslanten {case}]")}
Date: Fri, 20 Mar 2026 10:01:03 +0100
Message-ID: {receipt_id(case)}
In-Reply-To: {MSGIDS[1817]}
References: {MSGIDS[1817]}
Auto-Submitted: auto-replied
"""
    body = multipart(
        "report",
        [
            raw_part(
                [
                    "Content-Description: Notification",
                    'Content-Type: text/plain; charset="us-ascii"',
                ],
                human,
            ),
            raw_part(
                ["Content-Description: Delivery report", "Content-Type: message/delivery-status"],
                status,
            ),
            raw_part(
                [
                    "Content-Description: Undelivered Message Headers",
                    "Content-Type: text/rfc822-headers",
                ],
                orig,
            ),
        ],
        "4Fq2Lm0x7Kz1818.1773997265/mx2.example.org",
        extra="; report-type=delivery-status",
    )
    add(
        1818,
        "bounce-ruda-mailbox-full",
        message(
            frm=addr("Mail Delivery System", "MAILER-DAEMON@example.org"),
            to=BOT_ADDR,
            subject="Undelivered Mail Returned to Sender",
            date="2026-03-20 10:01:06",
            msgid=mid(1818, "20260320090106.4Fq2Lm0x7Kz1818", "example.org"),
            body=body,
            extra=["Auto-Submitted: auto-replied"],
        ),
        label(
            "bounce",
            "en",
            "00000",
            """Postfix-style multipart/report (delivery-status) for the bot's
        receipt to 1817: the applicant's mailbox is full (5.2.2). The returned headers name the
        application's Message-ID in In-Reply-To; still a bounce, never answered. All facts
        null.""",
        ),
    )

    # 1819 followup (en) to 1813 – Outlook-style quote; adds the association only
    case = "2026-0039"
    rec = receipt_text(case, missing("association", "anchoring", "budget"), 1)
    txt = f"""Hello,

Thank you for answer. Our group name is now "Gamleby Ukrainian-Swedish Women's Circle"
(Ukrainsk-svenska kvinnocirkeln i Gamleby). We are 12 women, 7 from Ukraine and 5 Swedish,
we meet since autumn 2025 in the church house and we have a leader and a small cash box.

About budget I will ask my friend Karin, she is better with numbers than me.

Olena Kovalenko

________________________________
From: {BOT} <{BOT_ADDR}>
Sent: Thursday, March 5, 2026 1:27 PM
To: Olena Kovalenko <olena.kovalenko@example.com>
Subject: Re: cooking evenings Gamleby [Idéslanten {case}]

{rec}
"""
    add(
        1819,
        "re-gamleby-group-name",
        message(
            frm=addr("Olena Kovalenko", "olena.kovalenko@example.com"),
            to=addr(BOT, BOT_ADDR),
            subject=enc_words(f"RE: cooking evenings Gamleby [Idéslanten {case}]"),
            date="2026-03-30 17:45:12",
            msgid=mid(1819, "DB9PR02MB1819.olena.kovalenko", "example.com"),
            body=text_part(txt, cte="quoted-printable"),
            extra=[
                f"In-Reply-To: {receipt_id(case)}",
                f"References: {MSGIDS[1813]} {receipt_id(case)}",
            ],
        ),
        label(
            "followup",
            "en",
            "11000",
            """Followup to 1813 with the bot's receipt quoted below an
        Outlook separator (no > prefixes); the receipt's list of missing items must not count.
        The new text names the group and says what it is (12 women, meets since 2025) –
        association true; signed by Olena from her own address – contact true. Anchoring and
        budget are still missing ("I will ask my friend Karin"). Women-only group, so
        women_and_men false.""",
            association_name="Gamleby Ukrainian-Swedish Women's Circle",
            contact_name="Olena Kovalenko",
            contact_email="olena.kovalenko@example.com",
            members=12,
            ort="Gamleby",
            women_and_men=False,
        ),
    )


@batch
def batch6() -> None:
    # 1820 application (sv), windows-1252 8bit – Orrefors; activity vague
    txt = """Hej!

Orrefors Bygdegårdsförening (org.nr 802995-2176, 58 medlemmar) söker idéslanten.

Vi vill göra något för att de nya som flyttat hit ska känna sig välkomna i Orrefors. Det är
viktigt att alla känner sig hemma i byn, och vi tror att en satsning på gemenskap och
möten kan stärka bygden på sikt.

Idén kommer från byamötet den 3 mars där 27 personer deltog. Mötet beslutade att
bygdegårdsföreningen ska driva frågan, och Orrefors Glasbruksförening och Orrefors IK har
sagt att de vill vara med och ordna.

Budget
Lokalhyra                                3 000 kr
Översättning av välkomstfolder (byrå)    2 500 kr
Tryck av folder                          1 500 kr
Fika                                     2 000 kr
Summa                                    9 000 kr

Vänliga hälsningar
Birgitta Nyman
ordförande
0481-300 71
"""
    add(
        1820,
        "orrefors-valkomna-vagt",
        message(
            frm=addr("Birgitta Nyman", "birgitta.nyman@example.se", "windows-1252", "Q"),
            to=BOT_ADDR,
            subject=enc_words("Ansökan från Orrefors Bygdegårdsförening", "windows-1252", "Q"),
            date="2026-04-02 11:15:27",
            msgid=mid(1820, "001801dcc2a9$1f2e3d40$orrefors", "example.se"),
            body=text_part(txt, charset="windows-1252", cte="8bit"),
        ),
        label(
            "application",
            "sv",
            "11011",
            """Swedish application, windows-1252 8bit. Association: name,
        org.nr, 58 members. Contact: named chair from own address with phone. Activity false: only
        "göra något för att de nya ska känna sig välkomna … en satsning på gemenskap" – the budget
        hints at a welcome folder, but what will be done, when and how is never said. Anchoring:
        a village meeting (27 attendees, not members) decided it; two local clubs join. Budget:
        four items, 9 000. Translation bought from an agency is not a salary. Women and men not
        stated.""",
            association_name="Orrefors Bygdegårdsförening",
            org_number="802995-2176",
            contact_name="Birgitta Nyman",
            contact_email="birgitta.nyman@example.se",
            contact_phone="0481-300 71",
            members=58,
            ort="Orrefors",
            amount_sek=9000,
        ),
    )

    # 1821 application (en), iPhone, format=flowed – German Stammtisch, Södra Vi; anchoring + budget missing
    txt = """Hi,

We are the "Deutsch-Schwedischer Stammtisch Södra Vi", 11 members, Germans who moved to Södra Vi and Swedes who like to speak German.

We want to meet every second Wednesday from May, 12 evenings, 19-21, in the back room of the café at the square. Half the evening Swedish, half German. The newcomers learn Swedish faster, and the locals who rent out cottages to German tourists practise their German – good for business in the village.

Costs are small, mostly coffee.

Thomas Braun
070-845 39 11

Sent from my iPhone
"""
    add(
        1821,
        "sodra-vi-stammtisch-iphone",
        message(
            frm=addr("Thomas Braun", "thomas.braun@example.net"),
            to=BOT_ADDR,
            subject=enc_words("Stammtisch Södra Vi"),
            date="2026-04-07 07:52:33",
            msgid=mid(1821, "A3B0C1D2-1821-4E5F-8A9B-SODRAVI", "example.net"),
            body=text_part(txt, flowed=True),
        ),
        label(
            "application",
            "en",
            "11100",
            """Short English iPhone mail (format=flowed, long unwrapped
        lines) from a German newcomer. Association: named group with 11 members and who they are.
        Contact: signer from own address with phone. Activity: twelve dated bilingual evenings,
        local benefit (language, tourism business). Anchoring false: nothing about local backing.
        Budget false: "costs are small, mostly coffee" has no amounts; amount_sek null. Women and
        men not stated.""",
            association_name="Deutsch-Schwedischer Stammtisch Södra Vi",
            contact_name="Thomas Braun",
            contact_email="thomas.braun@example.net",
            contact_phone="070-845 39 11",
            members=11,
            ort="Södra Vi",
        ),
    )

    # 1822 newsletter (en), HTML-only base64, List-Unsubscribe without Precedence
    html = """<html><body style="font-family:Helvetica,Arial;max-width:640px">
<h1 style="color:#2a6">Newcomers in Småland</h1><p>April digest &middot; issue 38</p>
<h2>Five things to do this spring</h2>
<ol><li>Join a language café – there are now 23 in the region, from Vimmerby to Torsås.</li>
<li>Register your boat before the season starts.</li>
<li>Valborg bonfires: bring a sausage, leave the fireworks at home.</li>
<li>Apply for local grants! Many regions fund small village projects – ask your municipality.</li>
<li>Say yes when the hembygdsförening asks you to bake.</li></ol>
<h2>Reader story</h2><p>"We moved from Leeds to a village of 200 people and joined the fire brigade in month two."</p>
<hr><p style="font-size:11px;color:#888">You are receiving this because you subscribed at example.com.
<a href="https://example.com/newsletter/unsubscribe?u=ideslanten%40example.se">Unsubscribe</a> &middot;
<a href="https://example.com/newsletter/prefs">Preferences</a></p>
</body></html>"""
    add(
        1822,
        "newcomers-smaland-digest",
        message(
            frm=addr("Newcomers in Småland", "digest@example.com"),
            to=BOT_ADDR,
            subject=enc_words("April digest: language cafés, Valborg and village grants"),
            date="2026-04-10 06:00:00",
            msgid=mid(1822, "digest-38.20260410.ns", "example.com"),
            body=text_part(html, "html", cte="base64"),
            extra=[
                "List-Unsubscribe: <https://example.com/newsletter/unsubscribe?u=ideslanten%40example.se>",
                "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                "X-Mailer: Newsletter Engine 5.2",
            ],
        ),
        label(
            "newsletter",
            "en",
            "00000",
            """English bulk newsletter, HTML-only in base64, with
        List-Unsubscribe (one-click) but no Precedence header. Talks about language cafés and
        "apply for local grants", which must not make it a question. All facts null.""",
        ),
    )

    # 1823 application (sv), iso-8859-1 quoted-printable, complete – cooking evenings, Timmernabben
    txt = """Hej!

Timmernabbens Byaförening ansöker härmed om idéslanten för "Smaker från Syrien och Småland".

Om oss: Byaföreningen (org.nr 802834-7931) har ett åttiotal medlemmar och arbetar för att
Timmernabben ska vara en levande ort året runt. Sedan 2023 har vi en integrationsgrupp med
både nyanlända och infödda timmernabbsbor.

Aktiviteten: fem matlagningskvällar i bygdegården, en i månaden från september 2026 till
januari 2027. Varje kväll lagar en syrisk eller afghansk familj och ett par byabor maten
tillsammans med deltagarna, och efter maten berättar någon från en lokal förening eller ett
lokalt företag om vad de gör och hur man kommer med. Syftet är att de nya familjerna ska
hitta in i föreningslivet och till jobb på orten, och att fler ska vilja bo kvar. Kvällarna är
öppna för alla, kvinnor och män, gamla och unga.

Förankring: beslut på årsmötet den 22 mars (44 närvarande). Vi samarbetar med Timmernabbens
IF, som lånar ut sitt kök, och Studieförbundet Vuxenskolan i Mönsterås. Femton personer har
anmält sig som matlag.

Budget:
- Hyra bygdegården, 5 kvällar à 400 kr: 2 000 kr
- Råvaror, 5 kvällar à 1 200 kr: 6 000 kr
- Föreläsare om föreningsliv och jobb, arvode: 1 500 kr
- Annonsering i lokaltidningen: 500 kr
Summa: 10 000 kr, vilket är det belopp vi söker.

Med vänliga hälsningar
Maria Hassan
sekreterare, Timmernabbens Byaförening
0499-220 14
maria.hassan@example.se
"""
    add(
        1823,
        "timmernabben-smaker-syrien-smaland",
        message(
            frm=addr("Maria Hassan", "maria.hassan@example.se"),
            to=BOT_ADDR,
            subject=enc_words(
                "Ansökan idéslanten: Smaker från Syrien och Småland", "iso-8859-1", "Q"
            ),
            date="2026-04-14 09:30:55",
            msgid=mid(1823, "20260414093055.1823.mhassan", "example.se"),
            body=text_part(txt, charset="iso-8859-1", cte="quoted-printable"),
        ),
        label(
            "application",
            "sv",
            "11111",
            """Complete Swedish application, iso-8859-1 quoted-printable,
        ISO-8859-1 Q subject. Association: name, org.nr, "ett åttiotal" = 80 members,
        integration group. Contact: secretary with phone and own address. Activity: five dated
        cooking evenings with talks on associations and jobs – concrete, local aim. Anchoring:
        annual meeting decision (attendance not members), IF and study association, fifteen
        volunteer cooks. Budget: four items, 10 000 applied. Lecturer fee is not a salary.
        Women and men stated.""",
            association_name="Timmernabbens Byaförening",
            org_number="802834-7931",
            contact_name="Maria Hassan",
            contact_email="maria.hassan@example.se",
            contact_phone="0499-220 14",
            members=80,
            ort="Timmernabben",
            amount_sek=10000,
            women_and_men=True,
        ),
    )


@batch
def batch7() -> None:
    # 1824 question (sv) – may a member get an hourly wage? two applicants in one ort? Virserum
    txt = """Hej,

Jag sitter i styrelsen för Integrationsnätverket i Virserum och har två frågor innan vi
skickar in en ansökan till hösten.

1. Vår samordnare Ahmad är arbetslös och lägger ner jättemycket tid på läxhjälpen och
   språkcaféet. Får vi betala honom en timlön ur idéslanten, typ 150 kr i timmen några timmar
   i veckan?
2. Virserums Hembygdsförening funderar också på att söka i år. Kan vi båda söka, eller delar
   vi på de 15 000 kr som gäller per ort?

Tack på förhand!
Maja Petersson
0495-310 48
"""
    add(
        1824,
        "virserum-fraga-timlon",
        message(
            frm=addr("Maja Petersson", "maja.petersson@example.se"),
            to=BOT_ADDR,
            subject=enc_words("Fråga om idéslanten – lön och två sökande i samma ort"),
            date="2026-04-17 12:44:10",
            msgid=mid(1824, "maja.p.1824.virserum", "example.se"),
            body=text_part(txt),
        ),
        label(
            "question",
            "sv",
            "00000",
            """A question, not an application: asks whether a member may
        be paid an hourly wage and whether two associations in the same ort share the 15 000 cap.
        Facts as stated: the network's name, the named sender with phone, ort Virserum. The
        question itself proposes a wage to a member, so salary_costs true; 15 000 is the rule
        amount, not an amount applied for.""",
            association_name="Integrationsnätverket i Virserum",
            contact_name="Maja Petersson",
            contact_email="maja.petersson@example.se",
            contact_phone="0495-310 48",
            ort="Virserum",
            salary_costs=True,
        ),
    )

    # 1825 application (en), budget only in GBP – quiz nights, Köpingsvik; association missing
    txt = """Good evening,

A bunch of us Brits and our Swedish neighbours in Köpingsvik would like to apply for a bit of
the village money. My wife and I retired here from Kent four years ago and we've been made
very welcome, so this is our way of giving something back.

The plan is a bilingual pub quiz (without the pub!) on the first Friday of the month from
October to March – six nights in the parish hall at Köping church. Questions half in
Swedish, half in English, and the teams are drawn so that every table mixes newcomers,
year-round Swedes and whichever summer people are still about. It gets people who'd never
otherwise speak to each other laughing at the same table in the dark half of the year,
and the Swedes get to practise their English as much as we practise our Swedish. Blokes and
ladies alike, of course.

The parish lets us use the hall for free, the Köpingsvik byalag has promised to put it in
their newsletter, and we had about 40 people at the trial quiz we ran in November.

Costs (I've done them in pounds, sorry – I still think in pounds):
  hall                         £0 (the parish)
  prizes, £15 a night x 6      £90
  printing of quiz sheets      £40
  coffee and buns, £25 x 6     £150
  -------------------------------
  all told                     £280

Many thanks,
Graham Pritchard
Köpingsvik
+46 72 310 58 66
"""
    add(
        1825,
        "kopingsvik-quiz-nights-gbp",
        message(
            frm=addr("Graham Pritchard", "graham.pritchard@example.com"),
            to=BOT_ADDR,
            subject=enc_words("Quiz nights in Köpingsvik – grant application"),
            date="2026-04-22 20:12:38",
            msgid=mid(1825, "gp.20260422201238.1825", "example.com"),
            body=text_part(txt, cte="quoted-printable"),
        ),
        label(
            "application",
            "en",
            "01111",
            """English application from a retired UK newcomer,
        quoted-printable with £ signs. Association false: "a bunch of us Brits and our Swedish
        neighbours" is unnamed. Contact: named signer with phone from own address. Activity: six
        dated bilingual quiz nights, local aim stated. Anchoring: "the parish lets us use the
        hall" for free, the byalag will advertise, trial quiz with 40 people (not members).
        Budget: items with amounts, but only in pounds – still an overview budget, yet no SEK
        amount, so amount_sek null. "Blokes and ladies alike" = women and men.""",
            contact_name="Graham Pritchard",
            contact_email="graham.pritchard@example.com",
            contact_phone="+46 72 310 58 66",
            ort="Köpingsvik",
            women_and_men=True,
        ),
    )

    # 1826 followup (sv) to 1812 – Swedish Outlook quote; adds contact and budget
    case = "2026-0037"
    rec = receipt_text(case, missing("contact", "budget"), 2)
    txt = f"""Hej!

Här kommer kompletteringen till vår ansökan om "Kör utan gränser".

Kontaktperson: Ingrid Holm (ordförande i Bergkvara Bygdeförening), tel 0486-201 33,
ingrid.holm@example.se

Nu har vi pratat klart med körledaren. Budget:
Arvode körledare, 12 övningar à 800 kr    9 600 kr
Noter och kopiering                         900 kr
Fika, 12 gånger à 100 kr                  1 200 kr
Affischer och annons inför konserten        800 kr
Summa                                    12 500 kr

Vi söker alltså 12 500 kr.

Hälsningar
Ingrid Holm

Från: {BOT} <{BOT_ADDR}>
Skickat: den 2 mars 2026 19:49
Till: Bergkvara Bygdeförening <bergkvara.bygdeforening@example.se>
Ämne: Re: Ansökan idéslanten – Kör utan gränser, Bergkvara [Idéslanten {case}]

{rec}
"""
    add(
        1826,
        "sv-bergkvara-kontakt-budget",
        message(
            frm=addr("Ingrid Holm", "ingrid.holm@example.se"),
            to=addr(BOT, BOT_ADDR),
            subject=enc_words(
                f"SV: Ansökan idéslanten – Kör utan gränser, Bergkvara [Idéslanten {case}]",
                "windows-1252",
                "Q",
            ),
            date="2026-04-27 08:12:03",
            msgid=mid(1826, "HE1PR0701MB1826.ingrid.holm", "example.se"),
            body=text_part(txt, charset="windows-1252", cte="quoted-printable"),
            extra=[
                f"In-Reply-To: {receipt_id(case)}",
                f"References: {MSGIDS[1812]}\n {receipt_id(case)}",
            ],
        ),
        label(
            "followup",
            "sv",
            "01001",
            """Followup to 1812 (which was sent from the shared mailbox),
        now from the chair's own address, windows-1252 quoted-printable, Swedish Outlook header
        block above the quoted receipt. New text supplies a named contact with phone and e-mail and
        a four-item budget, 12 500 applied. The choir leader's fee (arvode körledare) is a course
        leader's fee, not a salary. Only the association name appears – no details – so
        association false.""",
            association_name="Bergkvara Bygdeförening",
            contact_name="Ingrid Holm",
            contact_email="ingrid.holm@example.se",
            contact_phone="0486-201 33",
            amount_sek=12500,
        ),
    )

    # 1827 application (en), budget only as a photo (PNG) – backgammon evenings, Långasjö
    txt = """Hello,

I am Khaled Mansour, chairman of Långasjö Vänskapsförening (Långasjö Friendship Association),
org.nr 802748-4115. We started 2023, we are 19 members, Syrian and Swedish people in Långasjö
and around.

We want to make "Tavla & fika" – backgammon, chess and coffee – every Friday evening from
September to December (15 evenings) in Långasjö bygdegård, and in the end a small tournament
on the Långasjö market day. Syrian men play tavla all the time, and many old Swedish men and
women play chess, so it is easy to sit together and talk Swedish without a teacher. It is for
men and women. People who meet like this help each other with work and houses, and the new
families stay in the village.

In February we made a questionnaire in the village, 34 people answered and most want this.
Långasjö Hembygdsförening helps us with the bygdegård.

The budget I attach as photo, total is 7 400 kr.

Best regards
Khaled Mansour
070-412 88 05
"""
    body = multipart(
        "mixed",
        [text_part(txt), attach(png(64, 48, 1827), "image/png", "IMG_20260503_181522.png")],
        "===============1827446213==",
    )
    add(
        1827,
        "langasjo-tavla-fika-photo",
        message(
            frm=addr("Khaled Mansour", "khaled.mansour@example.com"),
            to=BOT_ADDR,
            subject=enc_words("Application – Tavla & fika in Långasjö"),
            date="2026-05-04 18:20:09",
            msgid=mid(1827, "1827446213.khaled.mansour", "example.com"),
            body=body,
        ),
        label(
            "application",
            "en",
            "11110",
            """English application from a Syrian newcomer with the budget
        only as a photo (a PNG with no extractable text). Association: name, org.nr, since 2023,
        19 members. Contact: chairman signs from own address with phone. Activity: fifteen dated
        evenings plus a tournament, local benefit. Anchoring: village questionnaire (34 answers)
        and the hembygdsförening helps. Budget false: the image is unreadable and the body gives
        only a total – which counts as amount_sek 7 400. "For men and women".""",
            association_name="Långasjö Vänskapsförening",
            org_number="802748-4115",
            contact_name="Khaled Mansour",
            contact_email="khaled.mansour@example.com",
            contact_phone="070-412 88 05",
            members=19,
            ort="Långasjö",
            amount_sek=7400,
            women_and_men=True,
        ),
    )

    # 1828 spam (sv), windows-1252 HTML – advance-fee "EU-stöd"
    html = """<html><body>
<p><b>GRATTIS!</b></p>
<p>Er förening har valts ut att få <b>EU-stöd för landsbygdsutveckling på 250 000 kr</b> utan krav på motprestation.</p>
<p>För att pengarna ska kunna betalas ut behöver vi en administrativ avgift på 1 950 kr samt föreningens
bankuppgifter. Svara på detta mejl med kontonummer och personnummer för firmatecknaren.</p>
<p>Erbjudandet gäller endast i 3 dagar!</p>
<p>Med vänlig hälsning<br>Europeiska Bygdefonden – Handläggningsenheten<br>
<a href="http://example.net/eu-stod/ansok">www.eu-bygdefonden.example.net</a></p>
</body></html>"""
    add(
        1828,
        "spam-eu-stod-avgift",
        message(
            frm=addr("Europeiska Bygdefonden", "handlaggning@example.net", "windows-1252", "Q"),
            to=BOT_ADDR,
            subject=enc_words(
                "Grattis! Er förening beviljas 250 000 kr i EU-stöd", "windows-1252", "Q"
            ),
            date="2026-05-08 02:41:17",
            msgid=mid(1828, "q9z8.1828.bygdefonden", "example.net"),
            body=text_part(html, "html", charset="windows-1252", cte="quoted-printable"),
        ),
        label(
            "spam",
            "sv",
            "00000",
            """Swedish advance-fee spam in windows-1252 HTML: a fake fund asks
        for a fee, bank details and personnummer. Mentions landsbygdsutveckling and large sums
        but applies for nothing. All facts null.""",
        ),
    )


@batch
def batch8() -> None:
    # 1829 application (sv), utf-8 base64 – Rockneby; activity vague, bare total
    txt = """Hej!

Föreningen Rockneby Språkvänner söker idéslanten för 2026.

Vi bildades 2024 av några pensionärer och nyanlända i Rockneby och har i dag 26 medlemmar.
Org.nr 802728-6742. Vi vill utveckla vår verksamhet och nå ut till fler av de nya i bygden,
så att fler känner sig hemma här.

Vi samarbetar med Rockneby Bygdegårdsförening, där vi får vara, och med PRO Rockneby, som
ställer upp med fikavärdar. Vid vårt medlemsmöte i april var vi eniga om att söka.

Vi söker 15 000 kr.

Hälsningar
Göran Lind
ordförande, Rockneby Språkvänner
0480-620 55
"""
    add(
        1829,
        "rockneby-sprakvanner-base64",
        message(
            frm=addr("Göran Lind", "goran.lind@example.se"),
            to=BOT_ADDR,
            subject=enc_words("Ansökan idéslanten – Rockneby Språkvänner"),
            date="2026-05-12 10:05:44",
            msgid=mid(1829, "goran.lind.1829.rockneby", "example.se"),
            body=text_part(txt, cte="base64"),
        ),
        label(
            "application",
            "sv",
            "11010",
            """Swedish application, utf-8 base64 body. Association:
        name, founded 2024, 26 members, org.nr. Contact: chair from own address, phone. Activity
        false: "utveckla vår verksamhet och nå ut till fler" is a vague wish. Anchoring: the
        bygdegårdsförening hosts them and PRO provides fika hosts (cooperation with local
        groups). Budget false: only a bare total, which is still amount_sek 15 000. Women and
        men not stated.""",
            association_name="Rockneby Språkvänner",
            org_number="802728-6742",
            contact_name="Göran Lind",
            contact_email="goran.lind@example.se",
            contact_phone="0480-620 55",
            members=26,
            ort="Rockneby",
            amount_sek=15000,
        ),
    )

    # 1830 question (en) – informal Ukrainian group, Storebro: can we apply, do children count?
    txt = """Hello!

My name is Iryna Melnyk, I came to Storebro from Kharkiv in 2022. We are a small group, 9
mothers and fathers from Ukraine and from Storebro, and we want to read books for the
children in Ukrainian and Swedish in the library.

We don't have an organisation number. Can an informal group apply for ideslanten? And the
rule says at least 10 members - do the children count as members, or only adults?

Thank you for your help!
Iryna
"""
    add(
        1830,
        "storebro-informal-group-question",
        message(
            frm=addr("Iryna Melnyk", "iryna.melnyk@example.com"),
            to=BOT_ADDR,
            subject="Question about informal group and members",
            date="2026-05-19 21:33:50",
            msgid=mid(1830, "im.1830.20260519.storebro", "example.com"),
            body=text_part(txt, charset="us-ascii", cte="7bit"),
        ),
        label(
            "question",
            "en",
            "00000",
            """A question from a Ukrainian newcomer: may an informal group
        apply, and do children count towards the 10 members? It sketches an idea but asks rather
        than applies, so all elements false. Facts as stated: named sender (first name only in
        the signature, full name in the text), her address, 9 stated group members, ort
        Storebro, "mothers and fathers" = women and men. us-ascii 7bit.""",
            contact_name="Iryna Melnyk",
            contact_email="iryna.melnyk@example.com",
            members=9,
            ort="Storebro",
            women_and_men=True,
        ),
    )

    # 1831 application (en), complete, budget only in EUR – summer residents, Byxelkrok
    plain = """Dear Sir or Madam,

thank you for answering my questions in January. Here is our application.

1. Who we are: "Sommerfreunde Byxelkrok" – in Swedish we say Byxelkroks sommarvänner – is a
group of 22 members, German and Dutch summer residents and Swedish families who live in
Byxelkrok all year. We founded it in 2023, there is a small board and a yearly fee of 100 kr.

2. Contact: Klaus Becker, +49 451 889 2040, in summer 076-550 21 87, klaus.becker@example.net

3. Activity: three evening talks about the nature and history of northern Öland – 9 July
(orchids and alvar), 23 July (birds at Neptuni åkrar), 6 August (fishing village history) –
in the hall of the harbour café, in Swedish with German and English summaries. The summer
people learn to care for the place and its rules, the year-round residents get new members
for their associations and the café gets customers outside the main weeks. Men and women,
Swedes and Germans together.

4. Local anchoring: Byxelkroks byalag decided at its meeting on 30 May to organise the evenings
together with us, and Böda hembygdsförening gives one of the three talks.

5. Budget (sorry, we calculated in Euro):
   Hall rent, 3 x 150 €          450 €
   Speaker fees, 3 x 200 €       600 €
   Posters                        80 €
   Coffee and cake               120 €
   Total                       1 250 €

With kind regards
Klaus Becker
"""
    html = (
        "<html><body>"
        + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n"))
        + "</body></html>"
    )
    body = multipart(
        "alternative",
        [text_part(plain, cte="quoted-printable"), text_part(html, "html", cte="quoted-printable")],
        "----=_NextPart_1831_byxelkrok",
    )
    add(
        1831,
        "byxelkrok-sommerfreunde-eur",
        message(
            frm=addr("Klaus Becker", "klaus.becker@example.net"),
            to=BOT_ADDR,
            subject="Application: nature evenings in Byxelkrok",
            date="2026-06-02 19:48:02",
            msgid=mid(1831, "5b0e7d1a.1831.klaus", "example.net"),
            body=body,
        ),
        label(
            "application",
            "en",
            "11111",
            """Complete English application from the German summer
        resident of question 1804, numbered 1–5, multipart/alternative quoted-printable.
        Association: named group, 22 members, founded 2023, board and fee. Contact: named with two
        phones (first recorded) and e-mail. Activity: three dated talks, local benefit. Anchoring:
        byalag decision to co-organise, hembygdsförening gives a talk. Budget: four items – but
        only in euro, so amount_sek is null although the budget element is present. Speaker fees
        are not salaries. Men and women stated.""",
            association_name="Sommerfreunde Byxelkrok",
            contact_name="Klaus Becker",
            contact_email="klaus.becker@example.net",
            contact_phone="+49 451 889 2040",
            members=22,
            ort="Byxelkrok",
            women_and_men=True,
        ),
    )

    # 1832 autoreply (en) WITHOUT any automation header – answers the officer's mail to 1825
    txt = """Thank you for your email.

Jean and I are in England visiting family until 20 June, with only occasional access to
email. We will reply as soon as we are back in Köpingsvik.

Best wishes,
Graham Pritchard
"""
    add(
        1832,
        "out-of-office-pritchard",
        message(
            frm=addr("Graham Pritchard", "graham.pritchard@example.com"),
            to=addr("Landsbygdsutvecklare Region Kalmar län", OFFICER),
            subject=enc_words(
                "Out of Office: Re: Quiz nights in Köpingsvik – grant application [Idéslanten 2026-0071]"
            ),
            date="2026-06-08 14:02:30",
            msgid=mid(1832, "gp.ooo.20260608140230", "example.com"),
            body=text_part(txt),
            extra=[
                "In-Reply-To: <handl.2026-0071.1@example.se>",
                f"References: {MSGIDS[1825]} {receipt_id('2026-0071')}\n <handl.2026-0071.1@example.se>",
            ],
        ),
        label(
            "autoreply",
            "en",
            "00000",
            """English out-of-office reply with NO automation header (no
        Auto-Submitted, X-Autoreply or Precedence) – only the "Out of Office:" subject and the
        wording show it. It answers the officer's message in the 1825 thread and its References
        name that application, but it adds nothing and must never be answered. All facts null.""",
        ),
    )


@batch
def batch9() -> None:
    # 1833 application (sv with an English section), shared mailbox, anchoring missing – Edsbruk
    txt = """Hej!

Edsbruks Intresseförening (org.nr 802618-9160) söker idéslanten till ett laga-café i sommar.
Föreningen har ca 150 medlemmar, mest hushåll i Edsbruk med omnejd, och ungefär en tredjedel
av dem är sommarboende.

Laga-caféet håller öppet fyra lördagar – 27 juni, 11 juli, 25 juli och 8 augusti, kl. 10–14 –
i gamla stationshuset. Man tar med cyklar, utombordsmotorer, lampor och kläder som behöver
lagas, och kunniga bybor och sommargäster hjälper till. Det finns ett bytesbord och fika.
Sommargästerna har ofta tid och verktyg men känner få fastboende; här möts man över något
konkret, och vi hoppas att fler sommargäster blir medlemmar och engagerar sig året runt.

Vi hoppas att många vill komma.

Budget:
Hyra stationshuset 4 x 500 kr = 2 000 kr
Fika 4 x 300 kr = 1 200 kr
Annonser och affischer = 800 kr
Totalt 4 000 kr

Nedan den engelska texten som vi sätter upp på anslagstavlan vid hamnen:

  REPAIR CAFÉ IN EDSBRUK – four Saturdays this summer at the old station house, 10-14.
  Bring your broken bike, outboard engine, lamp or jacket, and fix it together with
  your neighbours. Swap table and coffee. Everyone welcome – summer people too!

Med vänliga hälsningar / Best regards
Styrelsen, Edsbruks Intresseförening
"""
    add(
        1833,
        "edsbruk-laga-cafe-bilingual",
        message(
            frm=addr("Edsbruks Intresseförening", "info.edsbruk@example.se"),
            to=BOT_ADDR,
            subject=enc_words("Idéslanten: laga-café / repair café i Edsbruk"),
            date="2026-06-15 08:37:15",
            msgid=mid(1833, "edsbruk.1833.20260615", "example.se"),
            body=text_part(txt, cte="quoted-printable"),
        ),
        label(
            "application",
            "sv",
            "10101",
            """Swedish application with an English notice for summer
        guests (Swedish dominates), utf-8 quoted-printable. Association: name, org.nr, ca 150
        members, a third summer residents. Contact false: signed "Styrelsen" from a shared info
        mailbox. Activity: four dated repair-café Saturdays, local aim. Anchoring false: only "vi
        hoppas att många vill komma"; the notice is advertising, not backing. Budget: three items,
        4 000. Women and men not stated ("everyone welcome" only).""",
            association_name="Edsbruks Intresseförening",
            org_number="802618-9160",
            members=150,
            ort="Edsbruk",
            amount_sek=4000,
        ),
    )

    # 1834 followup (en) to 1825 – Gmail quote; adds the association and the budget in SEK
    case = "2026-0071"
    rec = receipt_text(case, missing("association"))
    txt = f"""Hello again,

Sorry for the slow reply – we've been back in Blighty for a few weeks.

We've now got ourselves a proper name: Köpingsvik Quiz Club (Köpingsviks Frågesportklubb).
We're 16 members, nine Swedes and seven of us incomers, with a little committee and a bank
account; no organisation number yet.

And a friend told me you'd want kronor, so here are the costs again, converted:
  prizes, 6 nights               1 200 kr
  printing of quiz sheets          500 kr
  coffee and buns, 6 nights      1 900 kr
  total                          3 600 kr

All the best,
Graham Pritchard

On Wed, 22 Apr 2026 at 20:13, {BOT} <{BOT_ADDR}> wrote:

{quote(rec)}
"""
    add(
        1834,
        "re-kopingsvik-quiz-club-sek",
        message(
            frm=addr("Graham Pritchard", "graham.pritchard@example.com"),
            to=addr(BOT, BOT_ADDR),
            subject=enc_words(
                f"Re: Quiz nights in Köpingsvik – grant application [Idéslanten {case}]"
            ),
            date="2026-06-22 10:14:27",
            msgid=mid(1834, "CAGp.1834.quizclub.sek", "example.com"),
            body=text_part(txt),
            extra=[
                f"In-Reply-To: {receipt_id(case)}",
                f"References: {MSGIDS[1825]} {receipt_id(case)}",
            ],
        ),
        label(
            "followup",
            "en",
            "11001",
            """Followup to 1825 in Gmail style ("On … wrote:" and >
        quoting). New text: the group's name, 16 members and what it is – association true;
        signed from his own address – contact true (no phone in the new text); the £ budget
        converted into three SEK items, 3 600 – budget true and amount_sek 3 600. No ort in the
        new text apart from the group's name, so ort is read as Köpingsvik from it.""",
            association_name="Köpingsvik Quiz Club",
            contact_name="Graham Pritchard",
            contact_email="graham.pritchard@example.com",
            members=16,
            ort="Köpingsvik",
            amount_sek=3600,
        ),
    )

    # 1835 application (en), complete, multipart/alternative base64 – Ukrainian newcomer, Figeholm
    plain = """Dear Region Kalmar,

I am writing for Föreningen Figeholm för Alla (org.nr 802537-0415). I came to Figeholm
from Odesa in 2022 and since last year I am on the board. Our association has 31 members –
Ukrainians, Swedes who live here all year and some summer residents.

Our idea is "Harbour evenings": four Thursday evenings in summer (9, 16, 23 and 30 July) at
the guest harbour, with Ukrainian and Swedish food, music, bilingual story-time for the
children and a table where people sell their handicraft. Summer guests, year-round residents
and the about twenty Ukrainians in Figeholm meet in one place. For us newcomers it is the
best way to find work and friends, and for the village it brings life to the harbour in the
evenings, also for the kiosk and the boat club. For everyone, women and men, all ages.

Figeholms byalag decided at its meeting on 12 May to do the evenings with us, Figeholms
båtklubb lets us use the harbour area, and 18 volunteers have signed up to cook and set up.

Budget (SEK):
- Hire of marquee, 4 x 1 200 = 4 800
- Musicians' fee, 2 evenings x 1 500 = 3 000
- Food ingredients = 2 400
- Posters in three languages = 400
Total 10 600 SEK – this is what we apply for. No wages.

Best regards,
Oksana Shevchenko
board member, Föreningen Figeholm för Alla
073-290 61 44
"""
    html = (
        '<html><body><div style="font-family:Arial">'
        + "".join(f"<p>{p.replace(chr(10), '<br>')}</p>" for p in plain.strip().split("\n\n"))
        + "</div></body></html>"
    )
    body = multipart(
        "alternative",
        [text_part(plain, cte="base64"), text_part(html, "html", cte="base64")],
        "_=_swift_1835_figeholm_=_",
    )
    add(
        1835,
        "figeholm-harbour-evenings",
        message(
            frm=addr("Oksana Shevchenko", "oksana.shevchenko@example.org"),
            to=BOT_ADDR,
            subject="Application - Harbour evenings in Figeholm",
            date="2026-07-03 16:25:40",
            msgid=mid(1835, "swift.1835.oksana.figeholm", "example.org"),
            body=body,
        ),
        label(
            "application",
            "en",
            "11111",
            """Complete English application from a Ukrainian newcomer on
        the board of a Swedish association, multipart/alternative with both parts base64.
        Association: name, org.nr, 31 members, who they are. Contact: named board member from
        own address, phone. Activity: four dated harbour evenings incl. bilingual story-time,
        local benefit. Anchoring: byalag decision, boat club, 18 volunteers. Budget: four items,
        10 600. Musicians' fee is not a salary; the marquee is hired. Women and men stated.""",
            association_name="Föreningen Figeholm för Alla",
            org_number="802537-0415",
            contact_name="Oksana Shevchenko",
            contact_email="oksana.shevchenko@example.org",
            contact_phone="073-290 61 44",
            members=31,
            ort="Figeholm",
            amount_sek=10600,
            women_and_men=True,
        ),
    )

    # 1836 application (sv), iso-8859-1 QP, shared mailbox – walks in German, Gullabo; contact + anchoring missing
    txt = """Hej!

Gullabo Byalag (org.nr 802776-6917) söker pengar ur idéslanten till "Bygdevandringar på
tyska och svenska" sommaren 2026. Byalaget har ett fyrtiotal medlemmar.

I Gullabo har många hus köpts av tyska familjer, både som sommarhus och för att bo här året
runt. Vi vill ordna fem guidade vandringar i juli och augusti (söndagar kl. 14) där en
guide berättar om Gullabos historia, torpen och emigrationen, på svenska och tyska. Varje
vandring slutar med kaffe vid kyrkan. Det gör att de nya lär känna bygden och sina grannar
och att fler blir medlemmar i byalaget och hembygdsföreningen.

Vi tror att det blir mycket uppskattat.

Budget
Guidearvode 5 x 1 000 kr = 5 000 kr
Kaffe och bröd 5 x 200 kr = 1 000 kr
Tryck av karta på tyska och svenska = 2 000 kr
Summa 8 000 kr

Hälsningar
Gullabo Byalag
"""
    add(
        1836,
        "gullabo-bygdevandringar-tyska",
        message(
            frm=addr("Gullabo Byalag", "gullabo.byalag@example.se"),
            to=BOT_ADDR,
            subject=enc_words("Ansökan idéslanten - bygdevandringar på tyska", "iso-8859-1", "Q"),
            date="2026-07-14 09:11:52",
            msgid=mid(1836, "gullabo.1836.20260714", "example.se"),
            body=text_part(txt, charset="iso-8859-1", cte="quoted-printable"),
        ),
        label(
            "application",
            "sv",
            "10101",
            """Swedish application, iso-8859-1 quoted-printable.
        Association: name, org.nr, "ett fyrtiotal" = 40 members. Contact false: signed only
        "Gullabo Byalag" from the association's mailbox. Activity: five dated guided walks in
        Swedish and German, local aim. Anchoring false: "vi tror att det blir mycket uppskattat"
        is a hope. Budget: three items, 8 000. The guide fee is not a salary. Women and men not
        stated.""",
            association_name="Gullabo Byalag",
            org_number="802776-6917",
            members=40,
            ort="Gullabo",
            amount_sek=8000,
        ),
    )


@batch
def batch10() -> None:
    # 1837 application (en) – Dutch families want to BUILD a sauna, Fågelfors; association + budget missing
    txt = """Hoi / Hej / Hello,

We're a few Dutch families and some Swedish mates in Fågelfors, and we'd like to build a
small wood-fired sauna down at the swimming spot by the lake. The plan is to build it
ourselves over three weekends in late August, and then keep it open every Wednesday evening
and Sunday morning from September to April for anyone in the village who wants a sweat and
a dip. Winter here is long and dark, there's not much going on after the school closed, and
a sauna is the one thing both the Dutch and the Swedes agree on.

Fågelfors byalag agreed at its June meeting that we can use the bathing place, and the
fishing club has offered to help with the jetty. Twelve people have put their names down
for the building weekends.

We reckon it'll cost around 6k (kronor, not euros!), give or take.

Groetjes,
Joost Bakker
070-933 40 18
"""
    add(
        1837,
        "fagelfors-sauna-build",
        message(
            frm=addr("Joost Bakker", "joost.bakker@example.net"),
            to=BOT_ADDR,
            subject="Sauna for Fagelfors?",
            date="2026-08-10 21:55:03",
            msgid=mid(1837, "jb.1837.20260810.fagelfors", "example.net"),
            body=text_part(txt),
        ),
        label(
            "application",
            "en",
            "01110",
            """Informal English application from a Dutch newcomer with a
        Dutch greeting and sign-off. Association false: "a few Dutch families and some Swedish
        mates" – no named group. Contact: signer from own address with phone. Activity: build
        the sauna on three dated weekends, then regular opening times; local aim stated.
        Anchoring: byalag agreement, fishing club help, twelve building volunteers. Budget false:
        "around 6k (kronor)" is a single rough figure, not a budget – but it is the amount,
        amount_sek 6 000. Building a sauna is a physical investment (contrast 1815's rented
        one). Women and men not stated.""",
            contact_name="Joost Bakker",
            contact_email="joost.bakker@example.net",
            contact_phone="070-933 40 18",
            ort="Fågelfors",
            amount_sek=6000,
            physical_investment=True,
        ),
    )

    # 1838 followup (sv) to 1829 – Apple Mail quote; adds the activity, budget still missing
    case = "2026-0083"
    rec = receipt_text(case, missing("activity", "budget"))
    txt = f"""Hej igen,

förlåt att det dröjt, sommaren kom emellan. Här är vad vi vill göra:

Språkpromenader varje måndag kl. 10 från bygdegården, från 7 september till 14 december
(15 tillfällen). Vi går en runda på 3–4 km genom byn och pratar svenska, en van medlem leder
varje grupp om fem–sex personer, och vi avslutar med fika i bygdegården. Två gånger åker vi
buss in till Kalmar – slottet och stadsbiblioteket – så att de nya lär sig hitta. På vägen
berättar vi om föreningarna i Rockneby, och förhoppningen är att fler nyanlända kommer med
i dem och stannar kvar i byn.

Budgeten skickar jag när vi fått offert på bussen.

Hälsningar
Göran Lind

12 maj 2026 kl. 10:06 skrev {BOT} <{BOT_ADDR}>:

{quote(rec)}
"""
    add(
        1838,
        "re-rockneby-sprakpromenader",
        message(
            frm=addr("Göran Lind", "goran.lind@example.se"),
            to=addr(BOT, BOT_ADDR),
            subject=enc_words(f"Re: Ansökan idéslanten – Rockneby Språkvänner [Idéslanten {case}]"),
            date="2026-08-26 19:40:18",
            msgid=mid(1838, "8E2C4B1A-1838-4F0D-A1B2-ROCKNEBY", "example.se"),
            body=text_part(txt, cte="quoted-printable"),
            extra=[
                f"In-Reply-To: {receipt_id(case)}",
                f"References: {MSGIDS[1829]}\n {receipt_id(case)}",
            ],
        ),
        label(
            "followup",
            "sv",
            "01100",
            """Followup to 1829 in Apple Mail style ("… skrev …:" and >
        quoting), utf-8 quoted-printable. New text supplies a concrete activity (15 dated language
        walks, two bus trips, local aim) and is signed by the chair from his own address. Budget
        still false: "skickar jag när vi fått offert". No amount, association details or
        anchoring in the new text; ort from "föreningarna i Rockneby".""",
            contact_name="Göran Lind",
            contact_email="goran.lind@example.se",
            ort="Rockneby",
        ),
    )

    # 1839 application (sv), complete, HTML body in windows-1252 + budget as .txt – Halltorp
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head>
<body><div style="font-family:Verdana;font-size:10pt">
<p>Hej!</p>
<p>Halltorps Bygdegårdsförening ek. för. (org.nr 769144-1021) söker idéslanten för
<b>Internationella kvällar i Halltorp</b> hösten 2026. Föreningen äger och driver bygdegården och har
73 medlemmar.</p>
<p>Vi ordnar fyra lördagskvällar (19 september, 17 oktober, 14 november och 12 december) där familjer
som flyttat till Halltorp från Eritrea, Syrien och Polen berättar om sina hemländer med mat och musik, och
hembygdsföreningen visar bilder från "Halltorp förr". Kvällarna är för alla – kvinnor och män, unga och
gamla. Målet är att nya och gamla Halltorpsbor lär känna varandra, att de nya hittar in i föreningarna
och att bygdegården används mer.</p>
<p>Förankring: på byamötet i bygdegården den 20 augusti (35 deltagare) ställde sig alla bakom idén.
Halltorps IF och Svenska kyrkan i Halltorp är medarrangörer, och tio volontärer har anmält sig.</p>
<p>Budgeten finns i bifogad textfil. Vi söker 9 400 kr.</p>
<p>Med vänlig hälsning<br>Sven-Erik Johansson<br>kassör<br>0480-330 19</p>
</div></body></html>"""
    budget = """BUDGET – Internationella kvällar i Halltorp 2026

Musiker, arvode 2 kvällar x 2 000 kr      4 000 kr
Råvaror 4 kvällar x 1 000 kr               4 000 kr
Affischer och flygblad                       600 kr
Hyra av ljudanläggning                       800 kr
-------------------------------------------------
Summa                                      9 400 kr

Lokalen (bygdegården) kostar inget. Ingen lön betalas ut.
"""
    body = multipart(
        "mixed",
        [
            text_part(html, "html", charset="windows-1252", cte="quoted-printable"),
            attach(budget.encode("utf-8"), 'text/plain; charset="utf-8"', "budget_halltorp.txt"),
        ],
        "----=_Part_1839_halltorp.1788771600000",
    )
    add(
        1839,
        "halltorp-internationella-kvallar",
        message(
            frm=addr("Sven-Erik Johansson", "sven-erik.johansson@example.se"),
            to=BOT_ADDR,
            subject=enc_words("Ansökan – Internationella kvällar i Halltorp", "windows-1252", "Q"),
            date="2026-09-07 13:48:26",
            msgid=mid(1839, "1788781706.1839.svenerik", "example.se"),
            body=body,
        ),
        label(
            "application",
            "sv",
            "11111",
            """Complete Swedish application: an HTML body in
        windows-1252 quoted-printable and the budget as a utf-8 .txt attachment (four items,
        9 400, also stated as the applied amount in the body). Association: economic association
        (769-number), owns the bygdegård, 73 members. Contact: treasurer from own address with
        phone. Activity: four dated evenings, local aim. Anchoring: village meeting (35
        attendees, not members), two co-organisers, ten volunteers. Musicians' fee is not a
        salary; renting sound equipment is not an investment. Women and men stated.""",
            association_name="Halltorps Bygdegårdsförening ek. för.",
            org_number="769144-1021",
            contact_name="Sven-Erik Johansson",
            contact_email="sven-erik.johansson@example.se",
            contact_phone="0480-330 19",
            members=73,
            ort="Halltorp",
            amount_sek=9400,
            women_and_men=True,
        ),
    )

    # 1840 followup (sv) to 1836 – Thunderbird quote, iso-8859-1 8bit; adds contact and anchoring
    case = "2026-0112"
    rec = receipt_text(case, missing("contact", "anchoring"), 1)
    txt = f"""Hej

Jag är kontaktperson för byalagets ansökan om bygdevandringarna: Kerstin Åkesson,
tel 0486-400 27 (kvällar), e-post kerstin.akesson@example.se.

Om förankringen: idén togs upp på byastämman den 12 maj där 31 personer var med, och
stämman gav byalaget i uppdrag att ordna vandringarna. Gullabo Hembygdsförening tar fram
underlaget till guiden och Gullabo Missionsförsamling bjuder in till kaffet.

Vandringarna har redan börjat och går bra, vi har haft 25-30 personer varje gång.

Vänliga hälsningar
Kerstin Åkesson

Den 2026-07-14 kl. 09:12, skrev Idéslanten - Region Kalmar län:
{quote(rec.replace("–", "-"))}
"""
    add(
        1840,
        "sv-gullabo-kontakt-forankring",
        message(
            frm=addr("Kerstin Åkesson", "kerstin.akesson@example.se", "iso-8859-1", "Q"),
            to=addr(BOT, BOT_ADDR),
            subject=enc_words(
                f"Re: Ansökan idéslanten - bygdevandringar på tyska [Idéslanten {case}]",
                "iso-8859-1",
                "Q",
            ),
            date="2026-09-21 20:03:57",
            msgid=mid(1840, "a7c3e2d1-1840-gullabo-kerstin", "example.se"),
            body=text_part(txt, charset="iso-8859-1", cte="8bit"),
            extra=[
                f"In-Reply-To: {receipt_id(case)}",
                f"References: {MSGIDS[1836]}\n {receipt_id(case)}",
                "User-Agent: Mozilla Thunderbird",
            ],
        ),
        label(
            "followup",
            "sv",
            "01010",
            """Followup to 1836 in Thunderbird style ("Den … skrev …:"
        and > quoting), iso-8859-1 8bit. New text supplies a named contact with phone and e-mail
        (her own From address) and concrete anchoring (byastämma decision, hembygdsförening and
        missionsförsamling involved). Attendance 25–30 is not members. Nothing else new. Ort from
        "Gullabo Hembygdsförening".""",
            contact_name="Kerstin Åkesson",
            contact_email="kerstin.akesson@example.se",
            contact_phone="0486-400 27",
            ort="Gullabo",
        ),
    )


if __name__ == "__main__":
    sys.exit(main())
