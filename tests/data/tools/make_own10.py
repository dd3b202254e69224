"""Generator for the own10 development corpus: "short and messy" mail to Idéslanten.

own10 holds 40 entirely fictional, labelled e-mails (files 1301–1340) to the rural
development officer of Region Kalmar län about the micro-grant *regional bygdepeng –
idéslanten*. The theme is short and messy writing: phone mails with iPhone/Android/Outlook
footers and autocorrect slips, elderly writers (ALL CAPS, all lower case, no punctuation, one
giant paragraph, odd line breaks), dialect and misspellings (småländska/öländska words, "dom",
"nåt", "å" for "och", split compounds), Swedish mixed with English, five points answered in
three lines, long rambling mails that bury the elements, and signatures such as "//Kalle",
"mvh Britt-Marie 0703456789" and "Hälsningar Gösta (ordf)". Labels follow
/work/shared/corpus/README.md.

Regenerate (byte-identical on every run; the script checks its own output):

    /work/main/.venv/bin/python tests/data/tools/make_own10.py

Output: tests/data/own10/NNNN-slug.eml and tests/data/own10/labels.json.
"""

# ruff: noqa: E501

from __future__ import annotations

import base64
import datetime as dt
import email
import email.policy
import io
import json
import quopri
import re
import struct
import sys
import zipfile
import zlib
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "own10"
FIRST_NO = 1301

BOT_NAME = "Idéslanten – Region Kalmar län"
BOT = "ideslanten@example.se"
OFFICER = "landsbygdsutvecklare@example.se"
ALLOWED_DOMAINS = ("example.se", "example.com", "example.org", "example.net")
ELEMENTS = ("association", "contact", "activity", "anchoring", "budget")
FACT_KEYS = (
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
KINDS = ("application", "followup", "question", "autoreply", "bounce", "newsletter", "spam")

# --------------------------------------------------------------------------- headers


def ew(text: str, enc: str = "b", charset: str = "utf-8") -> str:
    """RFC 2047 encoded words (folded with LF+space) for a non-ASCII header text."""
    if all(ord(c) < 128 for c in text):
        return text
    words: list[str] = []
    chunk = ""
    limit = 42 if enc == "b" else 20

    def flush(s: str) -> None:
        raw = s.encode(charset)
        if enc == "b":
            words.append(f"=?{charset}?b?{base64.b64encode(raw).decode()}?=")
        else:
            out = ""
            for byte in raw:
                ch = chr(byte)
                if ch == " ":
                    out += "_"
                elif ch.isalnum() and byte < 128:
                    out += ch
                else:
                    out += f"={byte:02X}"
            words.append(f"=?{charset}?q?{out}?=")

    for c in text:
        if len((chunk + c).encode(charset)) > limit:
            flush(chunk)
            chunk = ""
        chunk += c
    if chunk:
        flush(chunk)
    return "\n ".join(words)


def addr(name: str | None, mail: str, enc: str = "b", charset: str = "utf-8") -> str:
    if not name:
        return mail
    if all(ord(c) < 128 for c in name):
        if re.search(r"[(),.:;<>@\[\]\"]", name):
            return f'"{name}" <{mail}>'
        return f"{name} <{mail}>"
    return f"{ew(name, enc, charset)} <{mail}>"


def date_hdr(y: int, mo: int, d: int, h: int, mi: int, s: int = 0) -> str:
    off = 1 if (mo, d) < (3, 29) else 2
    t = dt.datetime(y, mo, d, h, mi, s, tzinfo=dt.timezone(dt.timedelta(hours=off)))
    return email.utils.format_datetime(t)


def std_headers(
    frm: str,
    to: str,
    subject: str,
    date: tuple,
    mid: str,
    *,
    subj_enc: str = "b",
    subj_charset: str = "utf-8",
    reply_to: str | None = None,
    irt: str | None = None,
    refs: str | None = None,
    extra: list | None = None,
) -> list[tuple[str, str]]:
    h = [("From", frm), ("To", to)]
    h.append(("Subject", ew(subject, subj_enc, subj_charset)))
    h.append(("Date", date_hdr(*date)))
    h.append(("Message-ID", mid))
    if reply_to:
        h.append(("Reply-To", reply_to))
    if irt:
        h.append(("In-Reply-To", irt))
    if refs:
        h.append(("References", refs))
    for k, v in extra or []:
        h.append((k, v))
    h.append(("MIME-Version", "1.0"))
    return h


# --------------------------------------------------------------------------- MIME entities
# An entity is (headers, body-bytes).


def b64lines(data: bytes) -> bytes:
    return base64.encodebytes(data)


def text_part(
    text: str, charset: str = "utf-8", cte: str = "8bit", subtype: str = "plain", params: str = ""
) -> tuple[list, bytes]:
    raw = text.encode(charset)
    if cte == "quoted-printable":
        body = quopri.encodestring(raw)
    elif cte == "base64":
        body = b64lines(raw)
    else:
        if cte == "7bit":
            raw.decode("ascii")
        body = raw
    if not body.endswith(b"\n"):
        body += b"\n"
    ctype = f"text/{subtype}" + (f"; charset={charset}" if charset else "") + params
    return ([("Content-Type", ctype), ("Content-Transfer-Encoding", cte)], body)


def attachment(
    data: bytes, ctype: str, filename: str, disposition: str = "attachment"
) -> tuple[list, bytes]:
    if all(ord(c) < 128 for c in filename):
        name_p = f'; name="{filename}"'
        disp_p = f'; filename="{filename}"'
    else:
        q = "".join(
            chr(b) if (chr(b).isalnum() and b < 128) or chr(b) in ".-_" else f"%{b:02X}"
            for b in filename.encode()
        )
        name_p = f'; name="{ew(filename)}"'
        disp_p = f"; filename*=utf-8''{q}"
    return (
        [
            ("Content-Type", ctype + name_p),
            ("Content-Disposition", disposition + disp_p),
            ("Content-Transfer-Encoding", "base64"),
        ],
        b64lines(data),
    )


def multipart(subtype: str, parts: list, boundary: str, params: str = "") -> tuple[list, bytes]:
    out = b""
    for ph, pb in parts:
        out += f"--{boundary}\n".encode()
        out += serialize_headers(ph) + b"\n" + pb
        if not pb.endswith(b"\n"):
            out += b"\n"
    out += f"--{boundary}--\n".encode()
    return ([("Content-Type", f'multipart/{subtype}; boundary="{boundary}"{params}')], out)


def serialize_headers(h: list) -> bytes:
    return "".join(f"{k}: {v}\n" for k, v in h).encode("ascii")


def message(headers: list, entity: tuple[list, bytes]) -> bytes:
    eh, body = entity
    return serialize_headers(headers + eh) + b"\n" + body


# --------------------------------------------------------------------------- documents

ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def _zip(files: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(paragraphs: list[str]) -> bytes:
    """Minimal .docx; a paragraph starting with '# ' is bold."""
    domain_check("\n".join(paragraphs))
    body = ""
    for p in paragraphs:
        if p.startswith("# "):
            body += f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_x(p[2:])}</w:t></w:r></w:p>'
        else:
            body += f'<w:p><w:r><w:t xml:space="preserve">{_x(p)}</w:t></w:r></w:p>'
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>'
    ct = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def xlsx(rows: list[list]) -> bytes:
    """Minimal one-sheet .xlsx; str cells are inline strings, int/float cells numbers."""
    domain_check(json.dumps(rows, ensure_ascii=False))
    sheet_rows = ""
    for r, row in enumerate(rows, 1):
        cells = ""
        for c, val in enumerate(row):
            ref = f"{chr(65 + c)}{r}"
            if val is None or val == "":
                continue
            if isinstance(val, (int, float)):
                cells += f'<c r="{ref}"><v>{val}</v></c>'
            else:
                cells += f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{_x(str(val))}</t></is></c>'
        sheet_rows += f'<row r="{r}">{cells}</row>'
    sheet = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{sheet_rows}</sheetData></worksheet>'
    wb = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Budget" sheetId="1" r:id="rId1"/></sheets></workbook>'
    wbrels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
    ct = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
    rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    return _zip(
        [
            ("[Content_Types].xml", ct),
            ("_rels/.rels", rels),
            ("xl/workbook.xml", wb),
            ("xl/_rels/workbook.xml.rels", wbrels),
            ("xl/worksheets/sheet1.xml", sheet),
        ]
    )


def pdf(lines: list[str], compress: bool = False) -> bytes:
    """One-page PDF, Helvetica with WinAnsiEncoding, extractable text."""
    domain_check("\n".join(lines))

    def esc(s: str) -> bytes:
        return (
            s.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        )

    stream = b"BT\n/F1 11 Tf\n14 TL\n50 790 Td\n"
    for ln in lines:
        stream += b"(" + esc(ln) + b") Tj T*\n"
    stream += b"ET\n"
    if compress:
        data = zlib.compress(stream, 9)
        sdict = f"<< /Length {len(data)} /Filter /FlateDecode >>".encode()
    else:
        data = stream
        sdict = f"<< /Length {len(data)} >>".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        sdict + b"\nstream\n" + data + b"\nendstream",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def png_blur(w: int = 24, h: int = 32) -> bytes:
    """A small, almost uniform grey picture (an out-of-focus phone photo): nothing legible."""
    raw = b""
    for y in range(h):
        raw += b"\x00" + bytes(150 + ((x * 7 + y * 3) % 11) for x in range(w))

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


# --------------------------------------------------------------------------- labels and bot texts


def lab(kind: str, lang: str, present: str, notes: str, **facts) -> dict:
    f: dict = {k: None for k in FACT_KEYS}
    if kind in ("application", "followup"):
        f["salary_costs"] = False
        f["physical_investment"] = False
    for k, v in facts.items():
        if k not in FACT_KEYS:
            raise KeyError(k)
        f[k] = v
    names = present.split()
    for n in names:
        if n not in ELEMENTS:
            raise KeyError(n)
    return {
        "kind": kind,
        "language": lang,
        "elements": {e: e in names for e in ELEMENTS},
        "facts": f,
        "notes": notes,
    }


ALL = "association contact activity anchoring budget"

MISSING_LINES = {
    "association": "Förening/grupp: föreningens eller gruppens namn och några uppgifter om den (t.ex. org.nr, antal medlemmar, var ni finns).",
    "contact": "Kontaktperson: namn och e-post eller telefon till den som vi kan kontakta.",
    "activity": "Aktivitet: vad ni ska göra, när och hur, och hur det bidrar till utvecklingen på orten.",
    "anchoring": "Lokal förankring: hur aktiviteten är förankrad i byn, t.ex. stämmobeslut, enkät eller samarbete med andra föreningar.",
    "budget": "Budget: en översiktlig budget med kostnadsposter och belopp.",
}


def receipt(case: str, missing: list[str], variant: int = 0) -> str:
    intro = [
        f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {case}.",
        f"Hej och tack för ansökan om idéslanten. Ert ärende har fått nummer {case}.",
    ][variant % 2]
    lines = [intro, "", "Vi saknar följande i er ansökan:"]
    for m in missing:
        lines.append(f"– {MISSING_LINES[m]}")
    lines += [
        "",
        "Svara gärna på det här mejlet med de uppgifter som saknas, så läggs de till i ärendet.",
        "",
        "Vänliga hälsningar",
        BOT_NAME,
        "(automatiskt svar)",
    ]
    return "\n".join(lines)


def quote(text: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in text.split("\n"))


def receipt_mid(case: str) -> str:
    return f"<kvitto.{case}@ideslanten.example.se>"


# --------------------------------------------------------------------------- checks

MAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@([A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)+)")


def domain_check(text: str) -> None:
    for m in MAIL_RE.finditer(text):
        d = m.group(1).lower().rstrip(".")
        if not any(d == a or d.endswith("." + a) for a in ALLOWED_DOMAINS):
            raise ValueError(f"non-example domain: {m.group(0)}")


def luhn_ok(org: str) -> bool:
    if not re.fullmatch(r"\d{6}-\d{4}", org):
        return False
    digits = [int(c) for c in org.replace("-", "")]
    total = 0
    for i, dg in enumerate(digits):
        if i % 2 == 0:
            dg *= 2
            if dg > 9:
                dg -= 9
        total += dg
    return total % 10 == 0


def check(files: dict[str, bytes], labels: dict) -> None:
    errors: list[str] = []
    if set(files) != set(labels):
        errors.append("labels.json keys differ from files")
    mids: dict[str, str] = {}
    parsed = {}
    prev_date = None
    for name in sorted(files):
        data = files[name]
        if b"\r" in data:
            errors.append(f"{name}: CR in file")
        if not re.fullmatch(r"\d{4}-[a-z0-9-]+\.eml", name):
            errors.append(f"{name}: bad file name")
        msg = email.message_from_bytes(data, policy=email.policy.default)
        parsed[name] = msg
        for part in msg.walk():
            if part.defects:
                errors.append(f"{name}: defects {part.defects}")
            if part.get_content_maintype() == "text":
                try:
                    txt = part.get_content()
                except Exception as exc:  # noqa: BLE001
                    errors.append(f"{name}: cannot decode text part: {exc}")
                    continue
                try:
                    domain_check(txt)
                except ValueError as exc:
                    errors.append(f"{name}: {exc}")
        try:
            domain_check(data.decode("latin-1"))
        except ValueError as exc:
            errors.append(f"{name}: {exc}")
        for h in ("From", "To", "Subject", "Date", "Message-ID"):
            if msg[h] is None:
                errors.append(f"{name}: missing {h}")
        d = email.utils.parsedate_to_datetime(str(msg["Date"]))
        if d.year != 2026:
            errors.append(f"{name}: date not in 2026")
        if prev_date and d < prev_date:
            errors.append(f"{name}: Date out of order")
        prev_date = d
        mids[str(msg["Message-ID"]).strip()] = name
    for name, lab_ in labels.items():
        if set(lab_) != {"kind", "language", "elements", "facts", "notes"}:
            errors.append(f"{name}: label fields {sorted(lab_)}")
            continue
        if lab_["kind"] not in KINDS or lab_["language"] not in ("sv", "en"):
            errors.append(f"{name}: bad kind/language")
        if set(lab_["elements"]) != set(ELEMENTS) or not all(
            isinstance(v, bool) for v in lab_["elements"].values()
        ):
            errors.append(f"{name}: bad elements")
        if set(lab_["facts"]) != set(FACT_KEYS):
            errors.append(f"{name}: bad facts keys")
        f = lab_["facts"]
        if f["org_number"] is not None and not luhn_ok(f["org_number"]):
            errors.append(f"{name}: org number not Luhn-valid")
        if f["contact_email"]:
            try:
                domain_check(f["contact_email"])
            except ValueError as exc:
                errors.append(f"{name}: {exc}")
        k = lab_["kind"]
        if k not in ("application", "followup") and any(lab_["elements"].values()):
            errors.append(f"{name}: non-application with true elements")
        if k in ("autoreply", "bounce", "newsletter", "spam") and any(
            v is not None for v in f.values()
        ):
            errors.append(f"{name}: machine/spam mail with facts")
        if k in ("application", "followup") and (
            f["salary_costs"] is None or f["physical_investment"] is None
        ):
            errors.append(f"{name}: salary/investment must be bool")
        if not lab_["notes"]:
            errors.append(f"{name}: empty notes")
    for name, msg in parsed.items():
        if labels.get(name, {}).get("kind") != "followup":
            continue
        irt = str(msg.get("In-Reply-To", "")).split()
        refs = str(msg.get("References", "")).split()
        ok = False
        for m in irt:
            if m in mids and labels[mids[m]]["kind"] == "application":
                ok = True
            if m.startswith("<kvitto.") and any(
                r in mids and labels[mids[r]]["kind"] == "application" for r in refs
            ):
                ok = True
        if not ok:
            errors.append(f"{name}: followup not threaded to an application")
        if not re.match(r"(?i)(re|sv|aw):", str(msg["Subject"])):
            errors.append(f"{name}: followup subject lacks Re:/SV:")
    for name, data in files.items():
        for m in re.finditer(r"\b\d{6}-\d{4}\b", data.decode("latin-1")):
            if not luhn_ok(m.group(0)):
                errors.append(f"{name}: {m.group(0)} looks like an org number but fails Luhn")
    if errors:
        print("\n".join(errors))
        sys.exit(1)


# --------------------------------------------------------------------------- mails

MAILS: list = []


def mail(fn):
    MAILS.append(fn)
    return fn


def build() -> tuple[dict[str, bytes], dict]:
    files: dict[str, bytes] = {}
    labels: dict = {}
    for i, fn in enumerate(MAILS):
        slug, data, label = fn()
        name = f"{FIRST_NO + i}-{slug}.eml"
        files[name] = data
        labels[name] = label
    return files, labels


def main() -> None:
    files, labels = build()
    files2, labels2 = build()
    if files != files2 or labels != labels2:
        print("generation is not deterministic")
        sys.exit(1)
    check(files, labels)
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        if old.name not in files:
            old.unlink()
    for name, data in files.items():
        (OUT / name).write_bytes(data)
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    kinds: dict[str, int] = {}
    for lab_ in labels.values():
        kinds[lab_["kind"]] = kinds.get(lab_["kind"], 0) + 1
    apps = [lab_ for lab_ in labels.values() if lab_["kind"] == "application"]
    complete = sum(all(lab_["elements"].values()) for lab_ in apps)
    missing = {e: sum(not lab_["elements"][e] for lab_ in apps) for e in ELEMENTS}
    print(
        f"wrote {len(files)} mails to {OUT}: {kinds}; complete applications {complete}/{len(apps)}; missing {missing}"
    )


@mail
def m_fraga_paryd():
    h = std_headers(
        addr("Britt-Marie Johansson", "bm.johansson52@example.net"),
        OFFICER,
        "fråga om pengar",
        (2026, 1, 8, 19, 42, 5),
        "<CAJx8a0Pw2n-Kq7mT3v@mail.example.net>",
        extra=[("X-Mailer", "Android Mail 14")],
    )
    body = """hej
jag undrar om vi i påryds syförening kan söka den där idéslanten till en studieresa till öland i augusti vi e en 14 stycken som vill åka å titta på ullspinneriet å ha en kurs där eller måste det va här i påryd det vi gör
å hur mycket får man söka som mest
mvh Britt-Marie 0703456789
"""
    return (
        "fraga-paryd-studieresa",
        message(h, text_part(body)),
        lab(
            "question",
            "sv",
            "",
            "Question, all lower case, no punctuation, 'å' for 'och', 'e'/'va' for är/vara, and the brief's signature 'mvh Britt-Marie 0703456789'. She asks whether a study trip to Öland can be funded and what the maximum is; she describes a wish but applies for nothing, so all elements are false. Facts only as stated: the group (Påryds syförening), her name and phone, her From address, ort Påryd. The 14 who want to go are participants, not a member count, so members is null; the maximum asked about is a rule amount, not an amount applied for (null). Nothing about genders, salaries or purchases (null).",
            association_name="Påryds syförening",
            contact_name="Britt-Marie Johansson",
            contact_email="bm.johansson52@example.net",
            contact_phone="0703456789",
            ort="Påryd",
        ),
    )


@mail
def m_kristdala_iphone():
    h = std_headers(
        addr("Kalle Nilsson", "kalle.nilsson.kda@example.com"),
        OFFICER,
        "Idéslanten Kristdala",
        (2026, 1, 14, 7, 12, 40),
        "<5E1B7C1F-22A4-4C1B-9F0B-7A3D2E0C11AA@example.com>",
        extra=[("X-Mailer", "iPhone Mail (22D82)")],
    )
    body = """Hej! Kristdala byalag (64 medl, org 802514-3762) vill ha 3 kvällar i bygdegården i mars-april om samåkning o laddstolpar så folk kan bo kvar utan 2 bilar, för alla i byn unga som gamla kvinnor som män.
Bestämt på årsmötet 6 dec (22 st där) o vi kör ihop med hembygdsför. som lånar ut kaffeserveringen.
Hyra 3x600=1800, föreläsare elbil 4000, fika 900. Tot 6700 kr
//Kalle 070-311 42 87

Skickat från min iPhone
"""
    return (
        "kristdala-iphone-tre-rader",
        message(h, text_part(body, cte="quoted-printable")),
        lab(
            "application",
            "sv",
            ALL,
            "Complete application squeezed into three lines from an iPhone, signed '//Kalle' with a phone number. Association: named byalag with members and org.nr. Contact: Kalle signs from his own address and gives a phone. Activity: three evenings in the bygdegård in March–April on car sharing and charging points so people can stay in the village with one car – concrete what/when plus local benefit. Anchoring: decided at the annual meeting on 6 Dec with 22 present, and cooperation with the hembygdsförening. Budget: three items with amounts (1800 + 4000 + 900), total 6700. 'kvinnor som män' makes women_and_men true; the lecturer's fee is not salary and hiring a venue is not an investment. Tests abbreviations (medl, o, hembygdsför., Tot) and a very short but complete mail.",
            association_name="Kristdala byalag",
            org_number="802514-3762",
            contact_name="Kalle Nilsson",
            contact_email="kalle.nilsson.kda@example.com",
            contact_phone="070-311 42 87",
            members=64,
            ort="Kristdala",
            amount_sek=6700,
            women_and_men=True,
        ),
    )


@mail
def m_fagelfors_versaler():
    h = std_headers(
        addr("GÖSTA KARLSSON", "g.karlsson1941@example.net", "q", "iso-8859-1"),
        OFFICER,
        "ANSÖKAN BYGDEPENG FÅGELFORS",
        (2026, 1, 20, 10, 3, 17),
        "<000001dc8a11$4f2e3b10$ed8ab130$@example.net>",
        subj_enc="q",
        subj_charset="iso-8859-1",
        extra=[
            ("X-Mailer", "Microsoft Outlook 16.0"),
            ("Thread-Index", "AdyKEU8ue6sJsR3kQvmYq0T1bL2Nhw=="),
        ],
    )
    body = """HEJ
VI I FÅGELFORS BYGDEFÖRENING VI ÄR 38 MEDLEMMAR OCH HAR
BYGDEGÅRDEN VID
KYRKAN SÖKER PENGAR TILL FYRA TRÄFFAR I HÖST DÄR VI
TITTAR PÅ GAMLA FOTON FRÅN BRUKET OCH BYN OCH SKANNAR IN DOM
TILLSAMMANS MED SKOLBARNEN SÅ DOM UNGA FÅR VETA HUR DET VAR
OCH SÅ BLIR DET EN UTSTÄLLNING PÅ HEMBYGDSDAGEN I
SEPTEMBER FÖR ALLA BÅDE KARLAR OCH KVINNOR
DET BESTÄMDES PÅ MÅNADSMÖTET 11 JANUARI DÄR VI VAR 19 STYCKEN
OCH HEMBYGDSFÖRENINGEN LÅNAR UT SINA ALBUM OCH SKOLAN ÄR MED
PENGARNA ÄR
HYRA AV SKANNER 1200 KR
FIKA FYRA GÅNGER 1600 KR
UTSKRIFTER TILL UTSTÄLLNINGEN 2400 KR
SUMMA 5200 KR
RING MIG PÅ 0491-201 33 ELLER SKRIV

Hälsningar Gösta (ordf)
"""
    return (
        "fagelfors-versaler",
        message(h, text_part(body, cte="quoted-printable")),
        lab(
            "application",
            "sv",
            ALL,
            "Complete application from an elderly chairman in ALL CAPS with no punctuation and hard line breaks in the middle of sentences, signed 'Hälsningar Gösta (ordf)' in normal case; subject and display name are iso-8859-1 Q-encoded words, body utf-8 quoted-printable. Association: Fågelfors bygdeförening, 38 members, has the bygdegård by the church. Contact: Gösta signs from his own address and gives a phone. Activity: four meetings in autumn scanning old photos of the bruk and village with the school children, ending in an exhibition on hembygdsdagen – concrete and clearly about local identity. Anchoring: decided at the monthly meeting on 11 January (19 present), the hembygdsförening lends its albums and the school takes part. Budget: three items with amounts and a sum of 5200. 'BÅDE KARLAR OCH KVINNOR' → women_and_men true; renting a scanner is not an investment, prints are consumables.",
            association_name="Fågelfors bygdeförening",
            contact_name="Gösta Karlsson",
            contact_email="g.karlsson1941@example.net",
            contact_phone="0491-201 33",
            members=38,
            ort="Fågelfors",
            amount_sek=5200,
            women_and_men=True,
        ),
    )


@mail
def m_nyhetsbrev_bygdenatverket():
    h = std_headers(
        addr("Bygdenätverket Kalmar län", "nyhetsbrev@bygdenatverket.example.org"),
        "landsbygdsutvecklare@example.se",
        "Landsbygdsnytt januari: årsmöten, fiber och idéslanten",
        (2026, 1, 27, 6, 0, 0),
        "<nl-2026-01.7731@list.bygdenatverket.example.org>",
        extra=[
            ("List-Id", "Landsbygdsnytt <landsbygdsnytt.bygdenatverket.example.org>"),
            (
                "List-Unsubscribe",
                "<https://bygdenatverket.example.org/avregistrera?u=4471>, <mailto:avregistrera@bygdenatverket.example.org>",
            ),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
        ],
    )
    plain = """LANDSBYGDSNYTT – JANUARI 2026

* Årsmötestider: nu är det dags att kalla till årsmöte. Tänk på att skicka kallelsen minst två veckor innan.
* Fiberföreningarna i norra Kalmar län träffas i Ankarsrum den 12 mars.
* Idéslanten: Region Kalmar läns mikrostöd kan sökas löpande, högst 15 000 kr per ort och år. Skicka en kort beskrivning med förening, kontaktperson, aktivitet, förankring och budget.

Tips från en medlem: "Vi fick ihop 40 personer till byastämman genom att bjuda på soppa."

Du får det här brevet eftersom du är prenumerant på Landsbygdsnytt.
Avregistrera: https://bygdenatverket.example.org/avregistrera?u=4471
"""
    html = """<html><body style="font-family:Arial,sans-serif">
<h1>Landsbygdsnytt – januari 2026</h1>
<ul>
<li><b>Årsmötestider:</b> nu är det dags att kalla till årsmöte. Tänk på att skicka kallelsen minst två veckor innan.</li>
<li><b>Fiberföreningarna</b> i norra Kalmar län träffas i Ankarsrum den 12 mars.</li>
<li><b>Idéslanten:</b> Region Kalmar läns mikrostöd kan sökas löpande, högst 15&nbsp;000 kr per ort och år. Skicka en kort beskrivning med förening, kontaktperson, aktivitet, förankring och budget.</li>
</ul>
<p><i>Tips från en medlem:</i> &quot;Vi fick ihop 40 personer till byastämman genom att bjuda på soppa.&quot;</p>
<p style="font-size:11px;color:#777">Du får det här brevet eftersom du är prenumerant på Landsbygdsnytt.
<a href="https://bygdenatverket.example.org/avregistrera?u=4471">Avregistrera</a></p>
</body></html>
"""
    ent = multipart(
        "alternative",
        [
            text_part(plain, cte="quoted-printable"),
            text_part(html, cte="quoted-printable", subtype="html"),
        ],
        "=_nl_2026_01_a7f3",
    )
    return (
        "nyhetsbrev-landsbygdsnytt",
        message(h, ent),
        lab(
            "newsletter",
            "sv",
            "",
            "Newsletter (multipart/alternative, quoted-printable) with List-Id, List-Unsubscribe and Precedence: bulk. It mentions idéslanten, the 15 000 kr cap and the five elements, and a member quote about 40 people at a byastämma – none of which makes it an application or gives facts. All elements false and all facts null; the bot must not reply.",
        ),
    )


@mail
def m_lackeby_android():
    h = std_headers(
        addr("Sanna Lindqvist", "sanna.lindqvist@example.com"),
        OFFICER,
        "ansökan idéslanten läckeby",
        (2026, 2, 2, 21, 47, 3),
        "<CAF3kq1LbyTm0x9aPq8Zr@mail.example.com>",
        extra=[("User-Agent", "Samsung Email 25.1")],
    )
    body = """Hej!
Vi i Läcker by bygdeförening (ca 85 medlemmar, vi driver Läckeby bystuga sen 1978) vill söka idéslanten för ett "laga-själv-kafe" i bystugan, första lördagen varje månad april-juni. Folk tar med trasiga cyklar, kläder å lampor å grannar som kan laga hjälper till, så vi lär av varandra och träffas över generationerna istället för att slänga.
Vi har en elektriker å två sommarskor i byn som ställer upp gratis.
Det va uppe på byastämman i november å alla röstade ja, å vi har pratat med PRO Läckeby som vill va med å baka.
Budgeten skickar jag sen när kassören e tillbaka från Thailand

Mvh Sanna Lindqvist
0736-55 21 90

Skickat från Samsung Galaxy
"""
    return (
        "lackeby-android-budget-senare",
        message(h, text_part(body)),
        lab(
            "application",
            "sv",
            "association contact activity anchoring",
            "Android mail with autocorrect slips ('Läcker by' for Läckeby, 'sommarskor' for sömmerskor, 'kafe') and 'å' for 'och'. Association: Läckeby bygdeförening, about 85 members, runs the bystuga since 1978. Contact: Sanna signs with full name and phone from her own address. Activity: a repair café in the bystuga on the first Saturday of each month April–June, neighbours teach each other – concrete, with local benefit. Anchoring: the byastämma in November voted yes, PRO Läckeby joins, and an electrician and seamstresses volunteer. Budget: 'skickar jag sen' – a promise, not a budget, so false. No amount; nothing about genders; nothing bought.",
            association_name="Läckeby bygdeförening",
            contact_name="Sanna Lindqvist",
            contact_email="sanna.lindqvist@example.com",
            contact_phone="0736-55 21 90",
            members=85,
            ort="Läckeby",
        ),
    )


@mail
def m_lackeby_svar_budget():
    case = "2026-0012"
    quoted = receipt(case, ["budget"])
    h = std_headers(
        addr("Sanna Lindqvist", "sanna.lindqvist@example.com"),
        addr(BOT_NAME, BOT),
        f"Re: ansökan idéslanten läckeby [Idéslanten {case}]",
        (2026, 2, 5, 12, 20, 51),
        "<CAF3kq1Mx7Rr2bLw0dE4s@mail.example.com>",
        irt=receipt_mid(case),
        refs=f"<CAF3kq1LbyTm0x9aPq8Zr@mail.example.com> {receipt_mid(case)}",
        extra=[("User-Agent", "Samsung Email 25.1")],
    )
    body = f"""Hej här e budgeten nu

hyra bystugan 0 kr (egen)
fika 3x700 = 2100
reservdelar, tråd, lim mm 1500
annonser å affischer 600
sykunnig från Kalmar som håller en workshop 2000 arvode
summa 6200

/Sanna

Skickat från Samsung Galaxy

Den mån 2 feb. 2026 kl 21:48 skrev {BOT_NAME} <{BOT}>:
{quote(quoted)}
"""
    return (
        "lackeby-svar-budget",
        message(h, text_part(body)),
        lab(
            "followup",
            "sv",
            "budget",
            "Followup in the thread of the Läckeby application (In-Reply-To the bot's receipt, References both), Samsung/Gmail-style 'Den … skrev' quote header with '>' quoting. The new text supplies only the budget: five lines with amounts and a sum of 6200 – budget true. Signed '/Sanna' from her own address, so contact true. The quoted receipt lists the five element names, which must not make anything true. Spare parts, thread and glue are consumables (no investment); the workshop leader's fee is not salary. The new text does not name the village or the group, so those facts are null. Relabelled to the convention of shared/corpus and own2–own5: a first name alone, with the surname only in the From header and no phone, is not a named contact (contact false, contact facts null).",
            amount_sek=6200,
        ),
    )


def flowed(text: str, width: int = 72) -> str:
    """Wrap paragraphs format=flowed style: soft breaks end with a trailing space."""
    out = []
    for para in text.split("\n"):
        words = para.split(" ")
        line = ""
        lines = []
        for w in words:
            if line and len(line) + 1 + len(w) > width:
                lines.append(line + " ")
                line = w
            else:
                line = f"{line} {w}" if line else w
        lines.append(line)
        out.extend(lines)
    return "\n".join(out)


@mail
def m_lottorp_langt():
    h = std_headers(
        addr("Ulla-Britt Åkesson", "ullabritt.akesson@example.net"),
        OFFICER,
        "Lite om Löttorp och en idé vi har (lång, förlåt)",
        (2026, 2, 10, 14, 31, 22),
        "<8d2f1a77-3b0e-4f52-9c1e-5a0b7e3c9d41@example.net>",
        extra=[("User-Agent", "Mozilla Thunderbird 128.6.0")],
    )
    text = """Hej Landsbygdsutvecklaren!

Jag vet inte riktigt hur man ska börja det här men min dotter sa att jag bara skulle skriva som jag pratar, så det gör jag. Jag har bott i Löttorp i snart femtio år, kom hit från Mönsterås 1977 när min man fick jobb på sågen som inte finns kvar längre, och jag har sett byn växa och krympa och växa igen, framförallt på somrarna när campingen är full och det är kö på Konsum. Eller det VAR kö, för nu är det ju så att affären stänger i höst, ägaren har sagt att det inte går ihop på vintern och det förstår man ju, han har kämpat i tjugo år och han är inte ung längre han heller.

Vädret har varit förfärligt här i januari förresten, blåst från nordost i tre veckor och båten från Byxelkrok går ju bara på sommaren så vi är rätt ensamma här uppe på norra Öland på vintern. Mitt barnbarn som bor i Göteborg tycker vi är galna som bor kvar, men det är ju här man hör hemma, och när alvaret blommar i maj finns det ingen finare plats på jorden, det säger jag till henne varje gång.

Nåväl. Det jag ville komma till är att vi i Löttorps byalag har pratat mycket om affären. Vi är 112 medlemmar, byalaget bildades 1994 när skolan skulle läggas ner (den lades ner ändå men det är en annan historia) och vi har organisationsnummer 802437-1190 om det behövs. Vi har hållit i midsommarfirandet och julmarknaden i alla år och har nyckel till Folkets hus.

När jag kom hit fanns det tre affärer i Löttorp, tänk er det. Svea i hörnet hade tyg och garn och lakrits i lösvikt, och ungarna köpte för tio öre på vägen hem från skolan. Nu får man åka till Borgholm, fem mil, och det går ju an för oss som har bil men inte för alla. Min granne Elsa är nittiotvå och kör inte längre. Och det är inte bara maten, det är posten och apoteksombudet och att man träffas vid kassan och hör hur det är med folk. Efter att min man gick bort 2019 var det nästan bara där jag träffade någon på vintrarna.

I december delade vi ut en enkät i alla brevlådor i Löttorp och Högby och 96 hushåll svarade, och nästan alla, 81 stycken, skrev att de skulle handla i en bybutik om den fanns, och flera skrev att de kunde tänka sig att hjälpa till ideellt några timmar i veckan. Vi tog upp det på byastämman den 18 januari och där var vi 54 personer, det har inte hänt sen skolfrågan, och stämman gav styrelsen i uppdrag att gå vidare. Löttorps IF och campingen har också sagt att de vill vara med och hjälpa till.

Förresten var det min man som byggde dansbanan vid Folkets hus en gång i tiden, 1983 tror jag det var, och den står kvar fast den behöver målas. Där dansade vi varje lördag på somrarna och det kom folk ända från Böda och Källa. Nu är det mest ungdomarna som sitter där på kvällarna med sina telefoner, men det är väl skönt att de har någonstans att vara. Det är sådant man tänker på när man har blivit gammal, vad som finns kvar och vad som har försvunnit, och jag vill inte att affären ska bli en sak till som har försvunnit.

Jag ska inte säga att alla är överens om allt, det finns de som tycker att kommunen borde lösa det och det kan man ju tycka, men vi har väntat på kommunen förr.

Så det vi vill göra är att ordna tre dialogkvällar i Folkets hus i mars och april, där en rådgivare från Kooperativ utveckling i Kalmar kommer och berättar hur andra byar har gjort, till exempel hur man startar en ekonomisk förening för en bybutik, och så jobbar vi i grupper med vad butiken ska sälja, öppettider och vem som kan ställa upp. Tanken är att vi efter tredje kvällen ska veta om vi kan ta över affären till hösten eller inte, så att byn har kvar sin affär och post och apoteksombud, både för oss gamla och för barnfamiljerna, kvinnor som män, och för sommargästerna förstås.

Pengarna då. Rådgivaren tar 3 500 kronor per kväll, det blir 10 500, och Folkets hus kostar oss 400 per gång för värme och städning så 1 200, sen kaffe och smörgåsar till tre kvällar räknar vi till 1 500, och en annons i lokaltidningen 900. Det blir 14 100 kronor om jag räknat rätt, och det har kassören kollat.

Ja, nu blev det långt igen. Förlåt för det. Min dotter skulle ha skrivit det kortare men hon har fullt upp med sina. Ring gärna om något är oklart, jag är hemma det mesta, 0485-201 77 eller mobilen 070-845 12 03.

Med vänliga hälsningar
Ulla-Britt Åkesson
sekreterare i Löttorps byalag
"""
    return (
        "lottorp-lang-berattelse",
        message(h, text_part(flowed(text), params="; format=flowed")),
        lab(
            "application",
            "sv",
            ALL,
            "Long rambling letter (about 800 words, Thunderbird format=flowed) from an elderly secretary with the five elements buried among memories, weather and family. Association: Löttorps byalag, 112 members, founded 1994, org.nr given in the middle. Contact: signed with full name from her own address, with two phones (the first, 0485-201 77, is recorded). Activity: three dialogue evenings in Folkets hus in March–April with an adviser on starting a cooperative village shop, group work on range and staffing – concrete, and it keeps shop, post and pharmacy agent in the village. Anchoring: a survey in December (96 households answered, 81 positive – respondents, not members), the byastämma on 18 January with 54 present, and Löttorps IF and the camping joining. Budget: prose with four amounts (10 500 + 1 200 + 1 500 + 900) and the total 14 100. 'kvinnor som män' → women_and_men true. The adviser's fee is not salary; nothing is bought.",
            association_name="Löttorps byalag",
            org_number="802437-1190",
            contact_name="Ulla-Britt Åkesson",
            contact_email="ullabritt.akesson@example.net",
            contact_phone="0485-201 77",
            members=112,
            ort="Löttorp",
            amount_sek=14100,
            women_and_men=True,
        ),
    )


@mail
def m_spam_brevlada_full():
    h = std_headers(
        addr("Region Kalmar län IT-support", "no-reply@kalmar-lan-it.example.com"),
        OFFICER,
        "Åtgärd krävs: Din e-postlåda är full (98%)",
        (2026, 2, 16, 3, 12, 44),
        "<20260216031244.71f3a@kalmar-lan-it.example.com>",
        reply_to="support-desk@mailverify.example.net",
    )
    html = """<html><body>
<p>Kära användare landsbygdsutvecklare@example.se,</p>
<p>Din brevlåda har nått sin lagrings gräns <b>(98%)</b>. Du kommer inte att kunna ta emot nya e-post tills du verifiera ditt konto.</p>
<p>Klicka nedan för att uppgradera din kvot GRATIS inom 24 timmar annars kommer ditt konto stängas av permanent.</p>
<p><a href="https://mailverify.example.net/owa/login?u=landsbygdsutvecklare">UPPGRADERA NU</a></p>
<p>Tack,<br>IT Service Desk<br>© 2026 Microsoft Region Kalmar</p>
</body></html>
"""
    return (
        "spam-brevlada-full",
        message(h, text_part(html, cte="base64", subtype="html")),
        lab(
            "spam",
            "sv",
            "",
            "Phishing, HTML-only and base64-encoded: a fake 'mailbox full' warning in broken Swedish with a credential-harvesting link and a Reply-To on another domain. Not about the grant at all; every element false and every fact null.",
        ),
    )


@mail
def m_gullabo_hyran_fikat():
    h = std_headers(
        addr("Lars Petersson", "lasse.i.gullabo@example.se"),
        OFFICER,
        "idéslanten",
        (2026, 2, 19, 20, 5, 33),
        "<a81c2e90f3d24d8b@example.se>",
        extra=[("X-Mailer", "Telia Webmail 8.4")],
    )
    body = """hej
dä e vi i gullabo byförening som undrar om vi kan få idéslanten. vi e ett 30tal medlemmar å har hållit på sen 90-talet mä midsommar å sånt
nu vill vi ha en kväll i april i gamla skolan om hur man gör mä fiber å bredband för dom som int har fått dä än, en kille från kommunen kommer å berättar å sen kan folk fråga. dä e viktigt för att folk ska kunna jobba hemma å bo kvar här ute
dä blir hyran 1500 fikat 800 å föredraget 2500
alla vi pratat mä tycker dä e en bra ide så dä blir nock folk
//Lasse
0486-402 18
"""
    return (
        "gullabo-hyran-fikat",
        message(h, text_part(body)),
        lab(
            "application",
            "sv",
            "association contact activity budget",
            "All lower case småländska ('dä e', 'mä', 'int', 'nock', 'å') with the brief's budget line 'hyran 1500 fikat 800 å föredraget 2500'. Association: Gullabo byförening, about 30 members ('ett 30tal' = 30), active since the 90s. Contact: '//Lasse' from his own address with a phone. Activity: an evening in April in the old school where someone from the kommun explains how to get fibre, so people can work from home and stay – concrete with local benefit. Budget: three items with amounts in one line, summing to 4800. Anchoring: 'alla vi pratat mä tycker dä e en bra ide' is a hope, not a meeting, survey or cooperation – false. The talk's fee is not salary; nothing bought.",
            association_name="Gullabo byförening",
            contact_name="Lars Petersson",
            contact_email="lasse.i.gullabo@example.se",
            contact_phone="0486-402 18",
            members=30,
            ort="Gullabo",
            amount_sek=4800,
        ),
    )


@mail
def m_ljungby_swenglish():
    h = std_headers(
        addr("Alex Holm", "alex.holm04@example.com"),
        OFFICER,
        "community night för kids i Ljungby – idéslanten?",
        (2026, 2, 24, 16, 44, 9),
        "<CAG9zT0b1qVn6mKx3pR8@mail.example.com>",
        extra=[("X-Mailer", "iPhone Mail (22D82)")],
    )
    plain = """Hej!

Vi är ett gäng i Ljungby (Kalmar Ljungby alltså, inte Småland-Ljungby haha) som vill köra en gaming night + community meetup för kids 13-17, typ 3 fredagar i höst (sep, okt, nov) i församlingshemmet kl 18-23. Basically finns det noll att göra här för unga efter skolan och alla drar in till stan, so the idea är att dom ska ha ett safe space här hemma, lära känna varandra och kanske starta en egen förening sen. Tjejer och killar obv, vi kör både Mario Kart och brädspel så alla kan va med.

Kyrkan lånar ut församlingshemmet, 35 ungdomar har skrivit på en lista att dom vill komma och föräldraföreningen på skolan har lovat att 6 föräldrar är med som vuxna/volunteers varje gång.

Budget:
hyra konsoler 3 x 1200 = 3600
projektor + duk hyra 3 x 300 = 900
pizza o läsk 3 x 1500 = 4500
total 9000 kr

Vi hyr allt, köper inget 👍

Cheers
Alex Holm
076-882 10 45

Sent from my iPhone
"""
    html = (
        "<html><body>"
        + "".join(f"<div>{ln or '<br>'}</div>" for ln in plain.replace("&", "&amp;").split("\n"))
        + "</body></html>\n"
    )
    ent = multipart(
        "alternative",
        [
            text_part(plain, cte="quoted-printable"),
            text_part(html, cte="quoted-printable", subtype="html"),
        ],
        "Apple-Mail-4F1C8E2A-93B7-4D0E-8C5A-1B2D3E4F5A6B",
    )
    return (
        "kalmar-ljungby-swenglish",
        message(h, ent),
        lab(
            "application",
            "sv",
            "contact activity anchoring budget",
            "Swedish mixed with English ('gaming night', 'basically', 'safe space', 'obv', 'Cheers', 'Sent from my iPhone'), multipart/alternative with an emoji. Association: only 'ett gäng i Ljungby' – an unnamed group, so false (the church and the parents' association are partners, not the applicant). Contact: Alex Holm signs with phone from his own address. Activity: three Friday evenings Sep–Nov in the parish hall for 13–17-year-olds with games, so young people have somewhere to meet at home – concrete with local benefit. Anchoring: 35 young people signed a list, the parents' association provides 6 adult volunteers each time, the church lends the hall. Budget: three items with amounts, total 9000. 'Tjejer och killar' → women_and_men true. Consoles and projector are hired, not bought (no investment). No member count.",
            contact_name="Alex Holm",
            contact_email="alex.holm04@example.com",
            contact_phone="076-882 10 45",
            ort="Kalmar Ljungby",
            amount_sek=9000,
            women_and_men=True,
        ),
    )


ALSTERBRO_MID = "<3a7e0c5b.9f21.4d6e.b8a2.alsterbro@example.org>"


@mail
def m_alsterbro_sarskrivning():
    h = std_headers(
        addr("Alsterbro By lag", "styrelsen.alsterbro@example.org"),
        OFFICER,
        "ansökan bygde peng Alsterbro",
        (2026, 3, 2, 9, 15, 0),
        ALSTERBRO_MID,
        extra=[("X-Mailer", "Microsoft Outlook 16.0")],
    )
    body = """Hej

Alsterbro by lag söker bygde peng för en dans kväll och en loppis dag i sam lings lokalen i maj. Vi är 47 medlemmar och har funnits sedan 1985, org nr 802488-2303. Dans kvällen är för alla åldrar kvinnor och män och på loppis dagen ska folk få träffas igen efter vintern och barn familjerna som flyttat hit lära känna de gamla.

På by stämman den 15 februari beslöt vi enhälligt om detta och pensionärs föreningen och idrotts föreningen hjälper till med fika och parkering.

Kostnader
Hyra ljud anläggning 1800 kr
Orkester 6000 kr
Annonser 700 kr
Fika bröd 900 kr
Totalt 9400 kr

Med vänlig hälsning
Styrelsen
"""
    return (
        "alsterbro-sarskrivningar-styrelsen",
        message(h, text_part(body, charset="windows-1252", cte="quoted-printable")),
        lab(
            "application",
            "sv",
            "association activity anchoring budget",
            "Split compounds throughout ('by lag', 'bygde peng', 'dans kväll', 'sam lings lokalen', 'by stämman', 'ljud anläggning', 'Fika bröd'), windows-1252 quoted-printable, sent from the association's shared mailbox and signed only 'Styrelsen'. Association: Alsterbro by lag (byalag), 47 members, since 1985, org.nr. Contact: no named person anywhere (the display name is the association) – false, and all contact facts null. Activity: a dance evening and a flea-market day in May in the village hall so that old and new residents meet – concrete. Anchoring: unanimous decision at the byastämma on 15 February, the pensioners' and sports clubs help. Budget: four items, total 9400. 'kvinnor och män' → women_and_men true. The band's fee is not salary and hiring a sound system is not an investment.",
            association_name="Alsterbro by lag",
            org_number="802488-2303",
            members=47,
            ort="Alsterbro",
            amount_sek=9400,
            women_and_men=True,
        ),
    )


@mail
def m_alsterbro_autosvar():
    case = "2026-0031"
    h = std_headers(
        addr("Alsterbro By lag", "styrelsen.alsterbro@example.org"),
        addr(BOT_NAME, BOT),
        f"Automatiskt svar: Re: ansökan bygde peng Alsterbro [Idéslanten {case}]",
        (2026, 3, 2, 9, 16, 12),
        "<auto.5521.styrelsen.alsterbro@example.org>",
        irt=receipt_mid(case),
        refs=f"{ALSTERBRO_MID} {receipt_mid(case)}",
        extra=[
            ("Auto-Submitted", "auto-replied"),
            ("X-Autoreply", "yes"),
            ("X-Auto-Response-Suppress", "All"),
        ],
    )
    body = """Tack för ditt mejl!

Styrelsens brevlåda läses av sekreteraren som är bortrest till den 8 mars. Är det bråttom kan du ringa ordföranden på 0481-520 14.

Alsterbro By lag
"""
    return (
        "alsterbro-autosvar",
        message(h, text_part(body, charset="windows-1252", cte="quoted-printable")),
        lab(
            "autoreply",
            "sv",
            "",
            "Out-of-office from the Alsterbro shared mailbox answering the bot's receipt (Auto-Submitted: auto-replied, X-Autoreply, subject 'Automatiskt svar: Re: … [Idéslanten …]', In-Reply-To the receipt). It mentions a phone number and the village, but an autoreply has no facts: all null, all elements false. The bot must not answer it.",
        ),
    )


@mail
def m_alsterbro_svar_kontakt():
    case = "2026-0031"
    rc = receipt(case, ["contact"], 1)
    h = std_headers(
        addr("Alsterbro By lag", "styrelsen.alsterbro@example.org"),
        addr(BOT_NAME, BOT),
        f"SV: ansökan bygde peng Alsterbro [Idéslanten {case}]",
        (2026, 3, 9, 18, 2, 41),
        "<000a01dcaf31$0b7e2c40$22f48640$@example.org>",
        irt=receipt_mid(case),
        refs=f"{ALSTERBRO_MID} {receipt_mid(case)}",
        extra=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AQHcrzELfixA")],
    )
    body = f"""Hej igen

Kontakt person för an sökan blir vår ordförande Lennart Holm, tel 0481-520 14, lennart.holm@example.org. Ni kan ringa honom på kvälls tid.

/Anita, sekreterare

Från: {BOT_NAME} <{BOT}>
Skickat: den 2 mars 2026 09:15
Till: Alsterbro By lag <styrelsen.alsterbro@example.org>
Ämne: Re: ansökan bygde peng Alsterbro [Idéslanten {case}]

{rc}
"""
    return (
        "alsterbro-svar-kontaktperson",
        message(h, text_part(body, charset="windows-1252", cte="quoted-printable")),
        lab(
            "followup",
            "sv",
            "contact",
            "Followup from the same shared mailbox, top-posted Outlook reply with an unindented 'Från:/Skickat:/Till:/Ämne:' block and the receipt below it (not prefixed with '>'). The new text names a contact person – the chairman Lennart Holm with phone and his own e-mail – so contact is true even though the mail comes from the shared mailbox; the signer 'Anita' is not the contact. Nothing else is supplied (the quoted receipt's element list must not count). Split compounds continue ('Kontakt person', 'an sökan', 'kvälls tid').",
            contact_name="Lennart Holm",
            contact_email="lennart.holm@example.org",
            contact_phone="0481-520 14",
        ),
    )


VIRSERUM_MID = "<000c01dcb0a2$81d54f10$857fed30$@example.net>"


@mail
def m_virserum_ett_stycke():
    h = std_headers(
        addr("Birgit Holmqvist", "birgit.holmqvist@example.net"),
        OFFICER,
        "Hembygdsföreningen",
        (2026, 3, 10, 8, 51, 30),
        VIRSERUM_MID,
        subj_charset="iso-8859-1",
        subj_enc="q",
        extra=[("X-Mailer", "Microsoft Outlook 14.0")],
    )
    body = "Hej jag heter Birgit Holmqvist och är ordförande i Virserums hembygdsförening vi har 156 medlemmar och har funnits sedan 1924 och vi har hembygdsparken med alla gamla hus som ni kanske vet, nu är det så att vi vill göra en kurs i höst i gamla hantverk för alla som vill både unga och gamla män och kvinnor, vi tänkte att man skulle lära sig täljning och vävning och smide av dom som fortfarande kan det innan dom är borta, fem lördagar i september och oktober i parkens smedja och vävstuga, det ger liv i parken och folk träffas över åldrarna och nyinflyttade kommer in i bygden, och det är så att Möbelmuseet och Musikföreningen hjälper till och hembygdsföreningens årsmöte beslutade det den 1 mars med 41 närvarande, vi söker 12000 kr till detta, om ni vill veta mer kan ni ringa mig på 0495-301 22 hälsningar Birgit\n"
    return (
        "virserum-ett-enda-stycke",
        message(h, text_part(body, charset="windows-1252", cte="quoted-printable")),
        lab(
            "application",
            "sv",
            "association contact activity anchoring",
            "Elderly writer: the whole application is one giant sentence without full stops or line breaks (windows-1252, quoted-printable soft breaks only). Association: Virserums hembygdsförening, 156 members, since 1924, runs the hembygdspark. Contact: Birgit Holmqvist names herself, writes from her own address and gives a phone. Activity: a course in old crafts (whittling, weaving, smithing) on five Saturdays in Sep–Oct in the park's smithy and weaving house, bringing generations and newcomers together – concrete. Anchoring: annual meeting decision on 1 March with 41 present, and the furniture museum and music society help. Budget: only 'vi söker 12000 kr' – a bare total, false; amount_sek 12000. 'män och kvinnor' → women_and_men true. No salary or purchases mentioned.",
            association_name="Virserums hembygdsförening",
            contact_name="Birgit Holmqvist",
            contact_email="birgit.holmqvist@example.net",
            contact_phone="0495-301 22",
            members=156,
            ort="Virserum",
            amount_sek=12000,
            women_and_men=True,
        ),
    )


FIGEHOLM_MID = "<AM0PR07MB4481C2B3E1A0F8D7E2C91B44AB812@AM0PR07MB4481.example.com>"


@mail
def m_figeholm_outlook_html():
    h = std_headers(
        addr("Petra Sjöberg", "petra.sjoberg@example.com"),
        OFFICER,
        "Idéslanten",
        (2026, 3, 13, 10, 2, 7),
        FIGEHOLM_MID,
        extra=[("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", "")],
    )
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div dir="auto">Hej,</div>
<div dir="auto">Figeholms Båtklubb (ca 60 medlemmar, vi håller till i gästhamnen i Figeholm) vill söka idéslanten för att göra något för byn i sommar, vi vill att fler ska hitta till hamnen och att det ska hända mer här. Förankringen i byn är god.</div>
<div dir="auto"><br></div>
<div dir="auto">Budget:<br>Hyra scen 2000<br>Musik 4500<br>Marknadsföring 1000<br>Summa 7500</div>
<div dir="auto"><br></div>
<div dir="auto">Hämta <a href="https://aka.example.com/outlookmobile">Outlook för Android</a></div>
</body></html>
"""
    return (
        "figeholm-outlook-android-html",
        message(h, text_part(html, subtype="html", cte="quoted-printable")),
        lab(
            "application",
            "sv",
            "association budget",
            "HTML-only mail from Outlook for Android ('Hämta Outlook för Android'), unsigned. Association: Figeholms båtklubb, about 60 members, based in the guest harbour – true. Contact: the writer's name appears only in the From header; the body has no name – false, contact facts null. Activity: 'göra något för byn i sommar … det ska hända mer här' is a vague wish; the budget lines hint at music but what, when and how are never said – false. Anchoring: 'Förankringen i byn är god' without content – false. Budget: three items with amounts and a sum of 7500 – true. Stage hire is rental, not an investment.",
            association_name="Figeholms Båtklubb",
            members=60,
            ort="Figeholm",
            amount_sek=7500,
        ),
    )


@mail
def m_bounce_figeholm():
    case = "2026-0036"
    h = std_headers(
        addr("Mail Delivery System", "MAILER-DAEMON@mx1.example.se"),
        BOT,
        "Undelivered Mail Returned to Sender",
        (2026, 3, 13, 10, 3, 2),
        "<20260313090302.4B1F2C0A44@mx1.example.se>",
        extra=[("Auto-Submitted", "auto-replied")],
    )
    human = """This is the mail system at host mx1.example.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<petra.sjoberg@example.com>: host mx.example.com[192.0.2.25] said: 552 5.2.2
    Mailbox full - user quota exceeded (in reply to RCPT TO command)
"""
    status = """Reporting-MTA: dns; mx1.example.se
X-Postfix-Queue-ID: 4B1F2C0A44
Arrival-Date: Fri, 13 Mar 2026 10:02:58 +0100

Final-Recipient: rfc822; petra.sjoberg@example.com
Original-Recipient: rfc822;petra.sjoberg@example.com
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.example.com
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full - user quota exceeded
"""
    orig = f"""From: =?utf-8?b?SWTDqXNsYW50ZW4g4oCTIFJlZ2lvbiBLYWxtYXIgbMOkbg==?= <{BOT}>
To: petra.sjoberg@example.com
Subject: {ew(f"Re: Idéslanten [Idéslanten {case}]")}
Date: Fri, 13 Mar 2026 10:02:58 +0100
Message-ID: {receipt_mid(case)}
In-Reply-To: {FIGEHOLM_MID}
References: {FIGEHOLM_MID}
"""
    parts = [
        text_part(human, charset="us-ascii", cte="7bit"),
        (
            [
                ("Content-Type", "message/delivery-status"),
                ("Content-Description", "Delivery report"),
            ],
            status.encode(),
        ),
        (
            [
                ("Content-Type", "text/rfc822-headers"),
                ("Content-Description", "Undelivered Message Headers"),
            ],
            orig.encode(),
        ),
    ]
    ent = multipart(
        "report", parts, "4B1F2C0A44.1773392582/mx1.example.se", "; report-type=delivery-status"
    )
    return (
        "bounce-figeholm-full-brevlada",
        message(h, ent),
        lab(
            "bounce",
            "en",
            "",
            "Postfix bounce (multipart/report; report-type=delivery-status) from MAILER-DAEMON: the bot's receipt to the Figeholm applicant could not be delivered because her mailbox is full. The returned headers name the application's Message-ID, but a bounce is never a followup; all elements false, all facts null.",
        ),
    )


@mail
def m_virserum_svar_budget():
    case = "2026-0035"
    rc = receipt(case, ["budget"])
    h = std_headers(
        addr("Birgit Holmqvist", "birgit.holmqvist@example.net"),
        addr(BOT_NAME, BOT),
        f"SV: Hembygdsföreningen [Idéslanten {case}]",
        (2026, 3, 17, 9, 40, 55),
        "<000e01dcb5f1$2c9a1e70$85ce5b50$@example.net>",
        irt=receipt_mid(case),
        refs=f"{VIRSERUM_MID} {receipt_mid(case)}",
        subj_enc="q",
        subj_charset="windows-1252",
        extra=[("X-Mailer", "Microsoft Outlook 14.0")],
    )
    body = f"""hej igen här kommer budgeten som ni ville ha kursledarna får arvode 1500 kr per lördag fem lördagar blir 7500 kr material trä och garn och järn 2500 kr kaffe och bullar 1000 kr annons i tidningen 1000 kr summa 12000 kr som jag skrev förut hälsningar Birgit

{BOT_NAME} skrev 2026-03-10 08:52:
{quote(rc)}
"""
    return (
        "virserum-svar-budget",
        message(h, text_part(body, charset="windows-1252", cte="quoted-printable")),
        lab(
            "followup",
            "sv",
            "budget",
            "Followup from the Virserum chairwoman, still one run-on sentence with no punctuation, windows-1252 quoted-printable, with the receipt quoted below a 'skrev' line. The new text gives a budget in prose with four amounts (7500 + 2500 + 1000 + 1000 = 12 000) – budget true; signed 'Birgit' from her own address – contact true. Course leaders' fees are not salary; wood, yarn and iron for the course are consumables, not an investment. Relabelled to the convention of shared/corpus and own2–own5: a first name alone, with the surname only in the From header and no phone, is not a named contact (contact false, contact facts null).",
            amount_sek=12000,
        ),
    )


@mail
def m_fraga_kristdala_per_ort():
    h = std_headers(
        addr("Agneta Fors", "agneta.fors@example.org"),
        OFFICER,
        "Fråga om taket 15 000 per ort",
        (2026, 3, 20, 13, 5, 48),
        "<b7e4a9d2-1c3f-4e5a-8b6c-0d9e2f1a3b4c@example.org>",
        subj_charset="iso-8859-1",
    )
    body = """Hej,
en snabb fråga. Gäller 15 000 kr per ort eller per förening? Vi i Kristdala hembygdsförening funderar på att söka till en höstmarknad men byalaget här har ju redan sökt för sina laddkvällar. Räcker det som blir kvar eller måste vi vänta till nästa år?

Tack på förhand!
Agneta Fors, kassör
"""
    return (
        "fraga-kristdala-per-ort",
        message(h, text_part(body, charset="iso-8859-1")),
        lab(
            "question",
            "sv",
            "",
            "Question in iso-8859-1 (8bit body, encoded-word subject): does the 15 000 kr cap apply per locality or per association, since the byalag in the same village has already applied? She only considers applying; no application, all elements false. Facts as stated: Kristdala hembygdsförening, Agneta Fors from her own address, ort Kristdala; the 15 000 is a rule amount, not an amount applied for (null).",
            association_name="Kristdala hembygdsförening",
            contact_name="Agneta Fors",
            contact_email="agneta.fors@example.org",
            ort="Kristdala",
        ),
    )


@mail
def m_grasgard_olandska():
    h = std_headers(
        addr("Bengt-Åke Nordin", "bengtake.nordin@example.se"),
        OFFICER,
        "Hamndagen i Gräsgård",
        (2026, 3, 24, 19, 12, 0),
        "<f3b2c1d0-8e7f-4a6b-9c5d-2e1f0a9b8c7d@example.se>",
        extra=[("User-Agent", "Mozilla Thunderbird 115.18.0")],
    )
    body = """Hej på er

Hä kommer en ansökan från Gräsgårds byalag, vi e 26 medlemmar, mest gamla fiskarfamiljer å några nyinflyttade, å vi har hand om hamnmagasinet.

Vi vill ha en Hamndag lördan den 6 juni: strömmingsstekning på bryggan, en berättare som går runt mä folk i dä gamla fiskeläget å längs stengärdsgårdarna ut mot alvaret, å en prata-om-byn-träff på kvällen i magasinet om va vi ska göra mä hamnen framöver så att dä int dör ut här. För kärringar å gubbar, ungar å sommarfolk, alla.

Dä bestämdes på byamötet den 21 februari (31 st kom, fler än medlemmarna!) å fiskeföreningen å kyrkans syförening hjälper till mä stekning å fika.

Budgeten ligger i filen.

Hälsningar
Bengt-Åke Nordin
ordf. Gräsgårds byalag
073-460 77 19
"""
    budget = """Budget Hamndagen Gräsgård 2026

Berättare/guide arvode      2 500
Hyra tält                   1 800
Strömming, bröd, fika       2 200
Affischer & annons            700
--------------------------------
Summa                       7 200 kr
"""
    ent = multipart(
        "mixed",
        [
            text_part(body),
            attachment(
                budget.encode("utf-8"), "text/plain; charset=utf-8", "budget hamndagen gräsgård.txt"
            ),
        ],
        "------------0Rw3kQnB8yT1Xf5Zc2Vm4s7L",
    )
    return (
        "grasgard-olandska-txt-budget",
        message(h, ent),
        lab(
            "application",
            "sv",
            ALL,
            "Öland dialect ('Hä kommer', 'vi e', 'mä', 'dä int', 'lördan', 'kärringar å gubbar', alvaret, stengärdsgårdar) with the budget in a .txt attachment whose file name has åäö (RFC 2231). Association: Gräsgårds byalag, 26 members, looks after the harbour warehouse. Contact: Bengt-Åke Nordin signs with title and phone from his own address. Activity: a harbour day on Saturday 6 June with herring frying, a guided walk through the old fishing village and an evening talk about the harbour's future – concrete, local benefit. Anchoring: decided at the village meeting on 21 February (31 present – attendance, not members), the fishing association and the church sewing circle help. Budget: the readable .txt attachment lists four items, sum 7 200. 'kärringar å gubbar' (women and men) → women_and_men true. Tent hire is rental; the guide's fee is not salary.",
            association_name="Gräsgårds byalag",
            contact_name="Bengt-Åke Nordin",
            contact_email="bengtake.nordin@example.se",
            contact_phone="073-460 77 19",
            members=26,
            ort="Gräsgård",
            amount_sek=7200,
            women_and_men=True,
        ),
    )


RUDA_MID = "<DB9PR02MB7260E3A1F4C9B8D2A7E65F10C9B21@DB9PR02MB7260.example.com>"


@mail
def m_ruda_english():
    h = std_headers(
        addr("Marieke van Dijk", "marieke.vandijk@example.com"),
        OFFICER,
        "Application idéslanten – language café Ruda",
        (2026, 3, 27, 11, 26, 38),
        RUDA_MID,
        extra=[("X-MS-Has-Attach", "")],
    )
    body = """Hello,

My name is Marieke van Dijk, we moved to Ruda two years ago from Utrecht. I am the chair of "Ruda Nya & Gamla" (Ruda New & Old), a small association we started last year for newcomers and locals, we have 19 members now, both Swedes and international families.

We would like to organise a Swedish language café every second Thursday from September to December in the old railway station building in Ruda, where newcomers practice Swedish with older residents over coffee, and the older residents can hear about our countries. This helps newcomers to stay in the village and get to know people, and some of the older people are quite lonely in winter.

We think many people will be interested! We apply for about 10 000 SEK.

Kind regards,
Marieke van Dijk
+46 72 315 40 88
"""
    return (
        "ruda-english-language-cafe",
        message(h, text_part(body, cte="quoted-printable")),
        lab(
            "application",
            "en",
            "association contact activity",
            "Application in English from a Dutch newcomer. Association: 'Ruda Nya & Gamla', 19 members, started last year for newcomers and locals. Contact: Marieke van Dijk signs with an international-format phone from her own address. Activity: a Swedish language café every second Thursday Sep–Dec in the old station building, helping newcomers stay and older residents meet – concrete. Anchoring: 'We think many people will be interested!' is a hope – false. Budget: 'about 10 000 SEK' is a bare rough figure – budget false, amount_sek 10000. No gender statement.",
            association_name="Ruda Nya & Gamla",
            contact_name="Marieke van Dijk",
            contact_email="marieke.vandijk@example.com",
            contact_phone="+46 72 315 40 88",
            members=19,
            ort="Ruda",
            amount_sek=10000,
        ),
    )


@mail
def m_soderakra_xlsx():
    h = std_headers(
        addr("Mats Ek", "mats.ek.soderakra@example.net"),
        OFFICER,
        "cykelfest söderåkra",
        (2026, 4, 3, 6, 58, 12),
        "<9C1E4B7A-0F2D-4E8B-A3C6-5D7F9E1B2A40@example.net>",
        extra=[("X-Mailer", "iPhone Mail (22E240)")],
    )
    body = """Hej
Söderåkra Byalag (52 medlemmar, org nr 802011-5427) söker till en cykelfest i byn 22 aug – man cyklar mellan trädgårdar å äter en rätt i varje, så nyinflyttade lär känna grannarna.
Beslut på vårmötet 14 mars, 8 hushåll har anmält sig som värdar redan.
Budget i excelfilen
/Mats Ek 0486-212 40

Skickat från min iPhone
"""
    rows = [
        ["Cykelfest Söderåkra 22 aug 2026", None],
        ["Post", "Kr"],
        ["Hyra partytält", 1500],
        ["Mat råvaror", 3500],
        ["Musik på slutfesten", 3000],
        ["Tryck & affischer", 500],
        ["Summa", 8500],
    ]
    ent = multipart(
        "mixed",
        [
            text_part(body),
            attachment(
                xlsx(rows),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "Budget cykelfest.xlsx",
            ),
        ],
        "Apple-Mail=_7D2E9A41-6C3B-4F18-B0E5-A2C4D6F8E013",
    )
    return (
        "soderakra-iphone-xlsx",
        message(h, ent),
        lab(
            "application",
            "sv",
            ALL,
            "Short iPhone mail with the budget in an .xlsx attachment. Association: Söderåkra byalag, 52 members, org.nr. Contact: '/Mats Ek' with phone from his own address. Activity: a progressive dinner by bike (cykelfest) on 22 August where newcomers get to know their neighbours – concrete what/when/how plus local benefit. Anchoring: decision at the spring meeting on 14 March and 8 households already signed up as hosts. Budget: the spreadsheet lists four items and a sum of 8500 – true. Tent hire is rental, food is consumable, the band is a performer's fee.",
            association_name="Söderåkra Byalag",
            org_number="802011-5427",
            contact_name="Mats Ek",
            contact_email="mats.ek.soderakra@example.net",
            contact_phone="0486-212 40",
            members=52,
            ort="Söderåkra",
            amount_sek=8500,
        ),
    )


@mail
def m_fliseryd_docx():
    h = std_headers(
        addr("Maja Lund", "maja.lund@example.com"),
        OFFICER,
        "ansökan",
        (2026, 4, 7, 22, 14, 51),
        "<CAHt4rW0kq2Lm9Zp1xV7yN3b@mail.example.com>",
    )
    body = """hej här kommer ansökan från oss i fliseryd, allt står i filen
//Maja
"""
    doc = docx(
        [
            "# Ansökan idéslanten 2026 – Fliseryds sockenråd",
            "# Förening",
            "Fliseryds sockenråd är en ideell förening för alla som bor i Fliseryds socken. Vi har 74 medlemmar. Org.nr 802590-6648.",
            "# Kontaktperson",
            "Maja Lund, 070-192 83 44, maja.lund@example.com",
            "# Aktivitet",
            "Studieresa med buss lördagen den 12 september till Kristdala, där byalaget har byggt upp samåkning och laddplatser. Vi träffar deras styrelse och får se hur de gjorde. Veckan efter har vi en träff i Fliseryds bygdegård där vi tar fram egna idéer för transporter i vår socken. Öppet för alla, kvinnor och män, unga och gamla.",
            "# Förankring",
            "Sockenrådets möte den 3 mars beslutade om resan. Fliseryds IK och hembygdsföreningen är med och sprider inbjudan, och 38 personer har redan skrivit upp sig på intresselistan på affären.",
            "# Budget",
            "Buss 40 platser: 6 500 kr",
            "Guidning i Kristdala: 1 500 kr",
            "Lunch 40 x 95 kr: 3 800 kr",
            "Summa: 11 800 kr",
        ]
    )
    ent = multipart(
        "mixed",
        [
            text_part(body),
            attachment(
                doc,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                "Ansokan_ideslanten_Fliseryd.docx",
            ),
        ],
        "000000000000a1b2c3d4e5f60718",
    )
    return (
        "fliseryd-docx-allt-i-filen",
        message(h, ent),
        lab(
            "application",
            "sv",
            ALL,
            "Two-line all-lower-case body ('allt står i filen //Maja'); the whole application is in a .docx with headings. Association: Fliseryds sockenråd, 74 members, org.nr. Contact: Maja Lund with phone and e-mail in the document, and she is the signer from that address. Activity: a study trip by bus on 12 September to see Kristdala's car sharing and charging points, followed by an idea meeting in Fliseryd – concrete with local benefit. Anchoring: decision at the sockenråd meeting on 3 March, the sports club and hembygdsförening spread the invitation, 38 on the interest list (not members). Budget: three items and the sum 11 800. 'kvinnor och män' → women_and_men true. Bus and guide are bought services; nothing physical is bought.",
            association_name="Fliseryds sockenråd",
            org_number="802590-6648",
            contact_name="Maja Lund",
            contact_email="maja.lund@example.com",
            contact_phone="070-192 83 44",
            members=74,
            ort="Fliseryd",
            amount_sek=11800,
            women_and_men=True,
        ),
    )


@mail
def m_ruda_reply_english():
    case = "2026-0041"
    rc = receipt(case, ["anchoring", "budget"], 1)
    h = std_headers(
        addr("Marieke van Dijk", "marieke.vandijk@example.com"),
        addr(BOT_NAME, BOT),
        f"RE: Application idéslanten – language café Ruda [Idéslanten {case}]",
        (2026, 4, 9, 8, 33, 19),
        "<DB9PR02MB7260A9C4E2F1B7D3C8E41A22D0F37@DB9PR02MB7260.example.com>",
        irt=receipt_mid(case),
        refs=f"{RUDA_MID} {receipt_mid(case)}",
    )
    body = f"""Hi,

Thanks for the quick answer, my Swedish neighbour helped me read it :) Here is what was missing:

Anchoring: we presented the idea at the village meeting of Ruda byalag on 2 April, about 30 people came and they voted to support it. The library in Ruda lends us books and PRO Ruda will send members to talk with the newcomers. 12 older residents have already signed up as "language buddies".

Budget:
- rent of the station building, 8 evenings x 400 = 3 200 SEK
- coffee and cake 8 x 350 = 2 800 SEK
- Swedish teacher from the folk high school, 2 evenings (fee) 3 000 SEK
- printing flyers 500 SEK
Total 9 500 SEK

Best,
Marieke

________________________________
From: {BOT_NAME} <{BOT}>
Sent: Friday, March 27, 2026 11:27
To: Marieke van Dijk <marieke.vandijk@example.com>
Subject: Re: Application idéslanten – language café Ruda [Idéslanten {case}]

{rc}
"""
    return (
        "ruda-reply-anchoring-budget",
        message(h, text_part(body, cte="quoted-printable")),
        lab(
            "followup",
            "en",
            "anchoring budget",
            "English top-posted Outlook reply ('RE:' subject, underscore line and From/Sent/To/Subject block) in the Ruda thread, In-Reply-To the receipt with the application in References. New text: anchoring – the Ruda byalag village meeting on 2 April backed it (about 30 present), the library and PRO Ruda cooperate, 12 volunteers signed up – true; budget – four items with amounts and total 9 500 SEK – true; signed 'Marieke' from her own address – contact true. The teacher's fee is not salary; renting the station building is not an investment. The Swedish receipt quoted below must not count. Relabelled to the convention of shared/corpus and own2–own5: a first name alone, with the surname only in the From header and no phone, is not a named contact (contact false, contact facts null).",
            amount_sek=9500,
        ),
    )


@mail
def m_berga_bild_budget():
    h = std_headers(
        addr("Helén Strand", "helen.strand.berga@example.net"),
        OFFICER,
        "Emådagen Berga",
        (2026, 4, 13, 17, 2, 26),
        "<2A7F4C1E-8B3D-4E9A-B6C0-1D5E7F9A3C24@example.net>",
        extra=[("X-Mailer", "iPhone Mail (22E240)")],
    )
    body = """Hej!
Berga byaförening (ca 45 medl) vill ha en Emådag lörd 16 maj vid bron: fiske för ungarna, en fiskevårdare som berättar om ån å laxöringen, å kanoter vi hyr så familjer kan paddla en sträcka. Så folk upptäcker ån å byn, å nya familjer kommer ut.
Bestämt på byamötet 9 mars, fiskevårdsområdet å Berga skola hjälper till.
Budgeten tog ja kort på, e i bilden!!
mvh Helén Strand 0730-12 44 90

Skickat från min iPhone
"""
    ent = multipart(
        "mixed",
        [text_part(body), attachment(png_blur(), "image/png", "IMG_4471.PNG", "inline")],
        "Apple-Mail=_B5C2D8E1-4A7F-4C39-9E16-0F3A5B7D9C21",
    )
    return (
        "berga-budget-som-bild",
        message(h, ent),
        lab(
            "application",
            "sv",
            "association contact activity anchoring",
            "iPhone mail whose budget is 'in the picture': the attached IMG_4471.PNG is a tiny, almost uniform grey, out-of-focus image with nothing legible, so the budget cannot be read – budget false and no amount. Association: Berga byaförening, about 45 members. Contact: 'mvh Helén Strand' with phone from her own address. Activity: an Emå day on Saturday 16 May by the bridge – fishing for children, a talk about the river, hired canoes – so families discover the river and village; concrete. Anchoring: village meeting on 9 March, the fishing conservation area and Berga school help. Canoes are hired, not bought.",
            association_name="Berga byaförening",
            contact_name="Helén Strand",
            contact_email="helen.strand.berga@example.net",
            contact_phone="0730-12 44 90",
            members=45,
            ort="Berga",
        ),
    )


@mail
def m_timmernabben_qp():
    h = std_headers(
        addr("Robert Lind", "robban.lind@example.com"),
        OFFICER,
        "Sopplunch Timmernabben",
        (2026, 4, 15, 11, 48, 3),
        "<20260415094803.GA31337@robban-laptop.example.com>",
        extra=[("User-Agent", "Mutt/2.2.12 (2023-09-09)")],
    )
    body = """Tjena!

Timmernabbens Byalag (88 medlemmar, org nr 802463-7814) vill söka idéslanten. Det e ju så att dom äldre här sitter ensamma hela vintern å det händer inte nåt, så vi vill ha en sopplunch varannan onsdag i höst (10 gånger, sep-dec) i Folkets hus, å varannan gång kommer nån å pratar om nåt – hälsa, telefonbedrägerier, gamla Timmernabben. För både damer å herrar förstås, å yngre e också välkomna.

Vi satte upp en lapp på Ican i februari å 43 pers skrev upp sig. Kyrkan å Röda korset hjälper till att skjutsa dom som inte kan ta sig dit själva.

Kostnader:
lokalhyra 10 x 300 = 3000
föredragshållare 5 x 800 = 4000
soppa å bröd 10 x 600 = 6000
total 13 000 kr

/Robban (Robert Lind), kassör
0499-230 15
"""
    return (
        "timmernabben-sopplunch-qp",
        message(h, text_part(body, cte="quoted-printable")),
        lab(
            "application",
            "sv",
            ALL,
            "Mutt mail, utf-8 quoted-printable, colloquial ('Tjena', 'dom', 'nåt', 'nån', 'å', 'Ican'), signed '/Robban (Robert Lind), kassör'. Association: Timmernabbens byalag, 88 members, org.nr. Contact: Robert Lind with phone from his own address. Activity: a soup lunch every other Wednesday Sep–Dec (10 times) in Folkets hus with talks every second time, against winter loneliness among the elderly – concrete. Anchoring: a sign-up list at the shop with 43 names, and the church and Red Cross drive people there. Budget: three items with calculations, total 13 000. 'både damer å herrar' → women_and_men true. Speakers' fees are not salary.",
            association_name="Timmernabbens Byalag",
            org_number="802463-7814",
            contact_name="Robert Lind",
            contact_email="robban.lind@example.com",
            contact_phone="0499-230 15",
            members=88,
            ort="Timmernabben",
            amount_sek=13000,
            women_and_men=True,
        ),
    )


@mail
def m_nyhetsbrev_bygdegardar():
    h = std_headers(
        addr("Bygdegårdsdistriktet Kalmar län", "utskick@bygdegardsdistriktet.example.org"),
        "medlemmar@bygdegardsdistriktet.example.org",
        "Medlemsutskick april – vårstämma och bidrag att söka",
        (2026, 4, 17, 7, 30, 0),
        "<utskick.2026-04.000212@bygdegardsdistriktet.example.org>",
        extra=[
            ("Precedence", "bulk"),
            ("List-Id", "Medlemsutskick <medlemmar.bygdegardsdistriktet.example.org>"),
            ("X-Mailer", "Medlemsregistret 4.2"),
        ],
    )
    body = """MEDLEMSUTSKICK APRIL 2026

Hej alla bygdegårdsföreningar!

VÅRSTÄMMA: Distriktets vårstämma hålls i Hultsfred den 9 maj kl 10. Anmälan till kansliet senast 30 april.

BIDRAG ATT SÖKA: Flera av er har frågat om regionens idéslanten. Den ger högst 15 000 kr per ort och år till t.ex. lokalhyra, föreläsare och studieresor. Förra året fick bland andra en bygdegård i Mörlunda pengar till en föreläsningsserie. Tänk på att lön och inköp av utrustning inte kan få stöd.

ENERGIKOLLEN: Vi erbjuder gratis energirådgivning till bygdegårdar, boka via kansliet.

Med vänlig hälsning
Kansliet, Bygdegårdsdistriktet Kalmar län

Du får detta utskick som medlemsförening. Vill du inte ha fler utskick, svara med ordet STOPP.
"""
    return (
        "nyhetsbrev-bygdegardsdistriktet",
        message(h, text_part(body, cte="base64")),
        lab(
            "newsletter",
            "sv",
            "",
            "Member mailing to many associations (Precedence: bulk and List-Id but no List-Unsubscribe; base64 utf-8 plain text). It explains idéslanten, the 15 000 kr cap and the no-salary/no-equipment rules and mentions Mörlunda – information, not an application. All elements false, all facts null; the bot must not reply.",
        ),
    )


VISSEFJARDA_MID = "<4f7c2a19-e83b-4d06-a1c5-9b2e7d4f6a83@vissefjardahembygd.example.org>"


@mail
def m_vissefjarda_latin1():
    h = std_headers(
        addr(
            "Vissefjärda Hembygdsförening", "info@vissefjardahembygd.example.org", "q", "iso-8859-1"
        ),
        OFFICER,
        "Ansökan slåttergille",
        (2026, 4, 20, 15, 20, 0),
        VISSEFJARDA_MID,
        subj_enc="q",
        subj_charset="iso-8859-1",
        extra=[("User-Agent", "Roundcube Webmail/1.6.9")],
    )
    body = """Hej!

Vissefjärda hembygdsförening (bildad 1931, ca 110 medlemmar)
ansöker härmed om medel ur idéslanten
till ett slåttergille lördagen den 11 juli på hembygds-
gårdens äng. En kursledare lär ut lieslåtter på förmiddagen,
liarna lånar vi av grannföreningen, och efter-
middagen blir det gemensam fika med spelman. Så
hålls ängen öppen, gamla kunskaper förs vidare och
nya i bygden får träffa oss.

Vi tror att många i bygden vill vara med.

Budget
Kursledare 3 000 kr
Spelman 1 500 kr
Fika 1 200 kr
Annons 600 kr
Summa 6 300 kr

Vissefjärda Hembygdsförening
"""
    return (
        "vissefjarda-latin1-utan-namn",
        message(h, text_part(body, charset="iso-8859-1")),
        lab(
            "application",
            "sv",
            "association activity budget",
            "iso-8859-1 8bit body from a shared info@ mailbox via webmail, with odd hard line breaks in the middle of sentences and words ('hembygds-/gårdens', 'efter-/middagen'), signed only with the association's name. Association: Vissefjärda hembygdsförening, founded 1931, about 110 members. Contact: nobody named – false, contact facts null (the shared mailbox is not a contact e-mail). Activity: a mowing festival on 11 July on the meadow – scythe course, coffee and a fiddler – keeping the meadow open and meeting newcomers; concrete. Anchoring: 'Vi tror att många i bygden vill vara med' is a hope – false. Budget: four items, sum 6 300. Scythes are borrowed (no investment); the course leader's and fiddler's fees are not salary.",
            association_name="Vissefjärda hembygdsförening",
            members=110,
            ort="Vissefjärda",
            amount_sek=6300,
        ),
    )


@mail
def m_edsbruk_konstiga_radbrytningar():
    h = std_headers(
        addr("Sven-Olof Berg", "svenolof.berg@example.se"),
        OFFICER,
        "pengar till bygden",
        (2026, 4, 22, 10, 9, 44),
        "<000201dcd23a$7a1b3c50$6e51b4f0$@example.se>",
        extra=[("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331")],
    )
    body = """hej
jag å några andra i edsbruk har pratat om att
vi borde göra nåt åt att det e så
dött här på vintern sen bruket
la ner. nåt för bygden helt enkelt så
folk trivs. dom flesta håller med.
vi har räknat på
lokal 2000
kaffe å bröd 1500
föredrag 3000
annonser 500
ring mej om ni undrar
Sven-Olof Berg
0490-401 62
"""
    return (
        "edsbruk-radbrytningar-vag",
        message(h, text_part(body, charset="windows-1252")),
        lab(
            "application",
            "sv",
            "contact budget",
            "Elderly writer, all lower case with line breaks in the middle of sentences (windows-1252 8bit, Windows Live Mail). Association: 'jag å några andra i edsbruk' is an unnamed group – false. Contact: Sven-Olof Berg with phone from his own address – true. Activity: 'nåt för bygden helt enkelt så folk trivs' is a vague wish; a 'föredrag' appears in the budget but what, when and how are never said – false. Anchoring: 'dom flesta håller med' is an empty claim – false. Budget: four items with amounts, summing to 7000 – true. The talk's fee is not salary; nothing bought.",
            contact_name="Sven-Olof Berg",
            contact_email="svenolof.berg@example.se",
            contact_phone="0490-401 62",
            ort="Edsbruk",
            amount_sek=7000,
        ),
    )


@mail
def m_vissefjarda_svar_forankring():
    case = "2026-0049"
    rc = receipt(case, ["contact", "anchoring"])
    h = std_headers(
        addr(
            "Vissefjärda Hembygdsförening", "info@vissefjardahembygd.example.org", "q", "iso-8859-1"
        ),
        addr(BOT_NAME, BOT),
        f"Re: Ansökan slåttergille [Idéslanten {case}]",
        (2026, 4, 24, 9, 2, 15),
        "<c61a0f3e-2b7d-4e98-8f14-6d3b5a9c0e27@vissefjardahembygd.example.org>",
        irt=receipt_mid(case),
        refs=f"{VISSEFJARDA_MID} {receipt_mid(case)}",
        extra=[("User-Agent", "Roundcube Webmail/1.6.9")],
    )
    body = f"""Hej,
förankring: vi tog upp slåttergillet på medlemsmötet
den 19 april, 28 st var där och alla ville. Jaktvårds-
kretsen och föräldrarna på byskolan hjälper till med
att räfsa och med fikat.

Vissefjärda Hembygdsförening

Den 2026-04-20 15:21, {BOT_NAME} skrev:
{quote(rc)}
"""
    return (
        "vissefjarda-svar-forankring",
        message(h, text_part(body, cte="quoted-printable")),
        lab(
            "followup",
            "sv",
            "anchoring",
            "Roundcube reply from the same shared mailbox in the Vissefjärda thread (utf-8 quoted-printable this time, receipt quoted with '>'). The receipt asked for contact and anchoring; the new text gives only anchoring – members' meeting on 19 April with 28 present, and the hunting association and school parents help – anchoring true. Still no named person: signed only with the association's name, so contact stays false and contact facts null.",
            association_name="Vissefjärda Hembygdsförening",
        ),
    )


@mail
def m_morlunda_pdf_lon():
    h = std_headers(
        addr("Kenneth Ståhl", "kenneth.stahl@example.net"),
        OFFICER,
        "Sommarlov i Mörlunda – ansökan",
        (2026, 4, 28, 20, 41, 7),
        "<CAJm2Vq8Xk1pWn4Tz0bR6sE@mail.example.net>",
    )
    body = """Hej, bifogar vår ansökan som pdf. Hör av er om nåt saknas.
/Kenneth
"""
    lines = [
        "Ansökan om idéslanten 2026",
        "",
        "Förening: Mörlunda IF, idrottsförening sedan 1932, 140 medlemmar, org.nr 802377-9054.",
        "Kontaktperson: Kenneth Ståhl, 070-518 33 02, kenneth.stahl@example.net",
        "",
        "Aktivitet: Sommarlovsdagar för byns barn 7-12 år, tio vardagar i juni och juli:",
        "fiske i Emån, skogsdag med jägarna, bad och lekar. Tjejer och killar. Barnen",
        "har inget att göra här på sommarlovet och föräldrarna pendlar till Hultsfred.",
        "",
        "Förankring: Föräldramöte i klubbstugan 12 mars med 25 familjer. Föräldra-",
        "föreningen på Mörlunda skola och Mörlunda jaktlag är med och håller i dagarna.",
        "",
        "Budget:",
        "Lön till två ungdomsledare (sommarjobb) 2 x 4 000 kr = 8 000 kr",
        "Buss till badplatsen 2 500 kr",
        "Mat och fika 2 000 kr",
        "Fiskekort 500 kr",
        "Summa 13 000 kr",
    ]
    ent = multipart(
        "mixed",
        [
            text_part(body),
            attachment(pdf(lines, compress=True), "application/pdf", "Ansokan Morlunda IF.pdf"),
        ],
        "0000000000009f3e2d1c0b0a0918",
    )
    return (
        "morlunda-pdf-lon-ungdomsledare",
        message(h, ent),
        lab(
            "application",
            "sv",
            ALL,
            "Two-line body ('bifogar vår ansökan som pdf … /Kenneth'); the application is a PDF (Helvetica, WinAnsi, Flate-compressed text stream). All five elements are there: Mörlunda IF, 140 members, org.nr; Kenneth Ståhl with phone and e-mail; ten summer-holiday days for children 7–12 with fishing, forest day and swimming because there is nothing to do in the village; a parents' meeting on 12 March with 25 families plus the school's parents' association and the hunting team; a budget with four items and total 13 000. Complete but not eligible: 'Lön till två ungdomsledare' is a salary cost (salary_costs true). 'Tjejer och killar' → women_and_men true. Fishing licences are consumable.",
            association_name="Mörlunda IF",
            org_number="802377-9054",
            contact_name="Kenneth Ståhl",
            contact_email="kenneth.stahl@example.net",
            contact_phone="070-518 33 02",
            members=140,
            ort="Mörlunda",
            amount_sek=13000,
            women_and_men=True,
            salary_costs=True,
        ),
    )


@mail
def m_spam_eu_grant():
    h = std_headers(
        addr("European Rural Grants Office", "grants@eu-ruralfund.example.net"),
        OFFICER,
        "Your village is ELIGIBLE for 250,000 EUR rural development funding",
        (2026, 5, 4, 4, 51, 36),
        "<0.0.2F.7A1.1DCDB9E4C5A7B20.0@eu-ruralfund.example.net>",
        reply_to="claims.office@fastpay.example.com",
    )
    plain = """Dear Rural Development Officer,

Following our review of municipalities in Kalmar County, your region has been pre-approved for up to 250,000 EUR in rural development funding for village associations.

To release the funds, a one-time processing fee of 495 EUR must be paid within 72 hours. No application, no budget and no reports are needed.

Claim now: https://eu-ruralfund.example.net/claim?ref=KLM-2026-0042

Yours faithfully,
Dr. Henry Mills
Head of Disbursement
"""
    html = (
        "<html><body><p>"
        + plain.replace("\n\n", "</p><p>").replace("\n", "<br>")
        + "</p></body></html>\n"
    )
    ent = multipart(
        "alternative",
        [
            text_part(plain, charset="us-ascii", cte="7bit"),
            text_part(html, charset="us-ascii", cte="7bit", subtype="html"),
        ],
        "b1_7f3a9e2c4d6b8a0e1f2c3d4e5f6a7b8c",
    )
    return (
        "spam-eu-grant-fee",
        message(h, ent),
        lab(
            "spam",
            "en",
            "",
            "Advance-fee scam in English (multipart/alternative, 7bit): 'pre-approved' funding against a processing fee, Reply-To on another domain. It talks about rural development funding, village associations and a budget, but it is fraud – all elements false, all facts null.",
        ),
    )


@mail
def m_ralla_telegram_grasklippare():
    h = std_headers(
        addr("Tommy Gustavsson", "tommy.g.ralla@example.com"),
        OFFICER,
        "Rälla spontanidrott",
        (2026, 5, 6, 12, 4, 58),
        "<CAKw9pN3rT7bQm2Lx5Vz8Hc@mail.example.com>",
    )
    body = """Hej.
Rälla byförening. 33 medl.
Vill köra spontanfotboll o boule tisdagskvällar maj-aug på gamla bollplanen vid skolan. För alla i byn, barn o vuxna, så folk ses igen.
Behöver köpa en åkgräsklippare till planen 9000.
Grus till boulebanan 2000.
Fika hela säsongen 1500.
Tror det blir populärt.
Tommy G
070-667 20 14
"""
    return (
        "ralla-telegram-grasklippare",
        message(h, text_part(body)),
        lab(
            "application",
            "sv",
            "association contact activity budget",
            "Telegram style, one short sentence per line. Association: Rälla byförening, 33 members. Contact: 'Tommy G' with phone from his own address (full name in the From header). Activity: spontaneous football and boule every Tuesday evening May–August on the old pitch so people meet again – concrete. Anchoring: 'Tror det blir populärt' is a hope – false. Budget: three items with amounts, sum 12 500. Buying a ride-on lawnmower and gravel for a boule court are physical investments (physical_investment true). 'barn o vuxna' says nothing about gender (null).",
            association_name="Rälla byförening",
            contact_name="Tommy Gustavsson",
            contact_email="tommy.g.ralla@example.com",
            contact_phone="070-667 20 14",
            members=33,
            ort="Rälla",
            amount_sek=12500,
            physical_investment=True,
        ),
    )


MORTORP_MID = "<CAL8yQ2mTn5Wk0Zp7Rv3Bx9@mail.example.org>"


@mail
def m_mortorp_autocorrect():
    h = std_headers(
        addr("Jonna Karlsson", "jonna.karlsson88@example.org"),
        OFFICER,
        "Föräldrakväll Mortorp",
        (2026, 5, 8, 19, 0, 31),
        MORTORP_MID,
        extra=[("User-Agent", "Samsung Email 25.1")],
    )
    plain = """Hej!
Vi e några förälder ar i Mort orp som vill ordna en kväll om barns skärmtid och nätmobbing den 4 juni i Mortorps skolas matsal. En förlåsare från Nätkoll Sydost pratar först å sen fikar vi å pratar ihop oss om gemensamma regler i byn, så vi föräldrar lär känna varandra å barnen får samma regler hos kompisarna. Mammor å pappor e välkomna, även mor- å farföräldrar.
Hem å skola på skolan står för lokalen gratis, å 27 föräldrar har redan anmält intresse i fb-gruppen Mortorp Fam.
Budget: förlåsare 4500 kr, fika 800 kr, lappar 200 kr = 5500 kr

Mvh Jonna Karlsson
070-904 31 18

Skickat från min Galaxy
"""
    html = (
        '<html><body><div dir="auto">'
        + plain.replace("&", "&amp;").replace("\n", "<br>")
        + "</div></body></html>\n"
    )
    ent = multipart(
        "alternative",
        [text_part(plain, cte="base64"), text_part(html, cte="base64", subtype="html")],
        "--_com.samsung.android.email_2026050819003141",
    )
    return (
        "mortorp-samsung-autocorrect",
        message(h, ent),
        lab(
            "application",
            "sv",
            "contact activity anchoring budget",
            "Samsung mail (multipart/alternative, both parts base64) with autocorrect slips: 'förälder ar', 'Mort orp', 'förlåsare' for föreläsare, 'nätmobbing'. Association: 'några föräldrar i Mortorp' is not a named group – false (Hem och skola and the Facebook group are partners/channels, not the applicant). Contact: Jonna Karlsson with phone from her own address. Activity: an evening on 4 June in the school dining hall with a talk on screen time and net bullying, then a discussion on shared rules so parents get to know each other – concrete. Anchoring: Hem och skola provides the room and 27 parents have signed up – true. Budget: three items summing to 5500. 'Mammor å pappor' → women_and_men true. The speaker's fee is not salary.",
            contact_name="Jonna Karlsson",
            contact_email="jonna.karlsson88@example.org",
            contact_phone="070-904 31 18",
            ort="Mortorp",
            amount_sek=5500,
            women_and_men=True,
        ),
    )


@mail
def m_mortorp_franvaro_utan_header():
    case = "2026-0058"
    h = std_headers(
        addr("Jonna Karlsson", "jonna.karlsson88@example.org"),
        addr(BOT_NAME, BOT),
        f"Frånvaro: Re: Föräldrakväll Mortorp [Idéslanten {case}]",
        (2026, 5, 8, 19, 1, 44),
        "<CAL8yQ2nAuto4Fr7Kp1Wd6@mail.example.org>",
        irt=receipt_mid(case),
        refs=f"{MORTORP_MID} {receipt_mid(case)}",
    )
    body = """Hej! Tack för mejlet. Jag är bortrest t.o.m. 18 maj med dålig täckning å läser inte mejl. Svarar när jag e hemma.
/Jonna
"""
    return (
        "mortorp-franvaro-utan-header",
        message(h, text_part(body)),
        lab(
            "autoreply",
            "sv",
            "",
            "Out-of-office reply to the bot's receipt with NO automation header at all (no Auto-Submitted, X-Autoreply or Precedence) and an 'Frånvaro: Re: … [Idéslanten …]' subject, In-Reply-To the receipt and the application in References, sent a minute after the receipt. Only the wording ('bortrest t.o.m. 18 maj … läser inte mejl') shows it is automatic; it adds nothing to the application. Not a followup: all elements false, all facts null.",
        ),
    )


@mail
def m_fraga_trekanten_lon():
    h = std_headers(
        addr("Ove Palm", "ove.palm@example.net"),
        OFFICER,
        "fråga",
        (2026, 5, 11, 8, 17, 2),
        "<1746951422.81230@webmail.example.net>",
    )
    body = """hej får man använda idéslanten till lön åt den som håller i våra boulekvällar på trekanten? hon gör det gratis nu men vi vill ge henne nåt för besväret varje månad
/ove
"""
    return (
        "fraga-trekanten-lon",
        message(h, text_part(body, cte="quoted-printable")),
        lab(
            "question",
            "sv",
            "",
            "Two-line question, lower case, no capitals or full stops: can the grant pay a monthly wage to the person who runs the boule evenings in Trekanten? Not an application (all elements false). The question itself proposes pay to a member each month, so salary_costs is true; physical_investment null. Facts as stated: Ove (Ove Palm per From) from his own address, ort Trekanten.",
            contact_name="Ove Palm",
            contact_email="ove.palm@example.net",
            ort="Trekanten",
            salary_costs=True,
        ),
    )


BYXELKROK_MID = "<7E3C1A9F-5B2D-4F80-9C6E-3A1B7D5F2E08@example.com>"


@mail
def m_byxelkrok_fem_punkter():
    h = std_headers(
        addr("Anna Ek", "anna.ek.byxelkrok@example.com"),
        OFFICER,
        "Idéslanten byxelkrok",
        (2026, 5, 13, 22, 40, 11),
        BYXELKROK_MID,
        extra=[("X-Mailer", "iPhone Mail (22E240)")],
    )
    body = """Hej
1. Byxelkrok byalag, 41 medl
2. Anna Ek 0706-11 22 33
3. strandstädning + grillkväll i hamnen 13 juni, vi städar stranden inför sommarn o grillar ihop efteråt så fastboende o sommarboende lär känna varann
4. alla e med
5. 15000
/Anna

Skickat från min iPhone
"""
    return (
        "byxelkrok-fem-punkter",
        message(h, text_part(body)),
        lab(
            "application",
            "sv",
            "association contact activity",
            "The five points answered in five numbered one-liners from an iPhone. 1: Byxelkrok byalag with 41 members – association true. 2: Anna Ek with phone, and she signs from her own address – contact true. 3: beach clean-up and barbecue in the harbour on 13 June so permanent and summer residents get to know each other – concrete what/when/how with local benefit, true. 4: 'alla e med' is an empty claim – anchoring false. 5: '15000' is a bare total – budget false, amount_sek 15000.",
            association_name="Byxelkrok byalag",
            contact_name="Anna Ek",
            contact_email="anna.ek.byxelkrok@example.com",
            contact_phone="0706-11 22 33",
            members=41,
            ort="Byxelkrok",
            amount_sek=15000,
        ),
    )


@mail
def m_byxelkrok_svar_inget_nytt():
    case = "2026-0060"
    rc = receipt(case, ["anchoring", "budget"], 1)
    h = std_headers(
        addr("Anna Ek", "anna.ek.byxelkrok@example.com"),
        addr(BOT_NAME, BOT),
        f"Re: Idéslanten byxelkrok [Idéslanten {case}]",
        (2026, 5, 15, 7, 3, 29),
        "<0B9D4E2A-6C1F-4A73-8E5B-9F2C7A1D3E64@example.com>",
        irt=receipt_mid(case),
        refs=f"{BYXELKROK_MID} {receipt_mid(case)}",
        extra=[("X-Mailer", "iPhone Mail (22E240)")],
    )
    body = f"""va menar ni med förankring?? alla i byn vet om dä. å budgeten e 15000 som jag skrev
/Anna

Skickat från min iPhone

> 13 maj 2026 kl. 22:41 skrev {BOT_NAME} <{BOT}>:
>
{quote(rc)}
"""
    return (
        "byxelkrok-svar-inget-nytt",
        message(h, text_part(body)),
        lab(
            "followup",
            "sv",
            "",
            "Irritated iPhone reply in the Byxelkrok thread (Apple '> … skrev' quote header). It answers the receipt but supplies nothing usable: 'alla i byn vet om dä' is still an empty claim (anchoring false) and 'budgeten e 15000' is still a bare total (budget false, amount_sek 15000). Signed '/Anna' from her own address, so contact true. Tests a followup that must leave the missing elements missing. Relabelled to the convention of shared/corpus and own2–own5: a first name alone, with the surname only in the From header and no phone, is not a named contact (contact false, contact facts null).",
            amount_sek=15000,
        ),
    )


@mail
def m_sodra_vi_svammel():
    h = std_headers(
        addr("Kjell-Arne Fransson", "kjellarne.fransson@example.se"),
        OFFICER,
        "Södra Vi – vi måste göra något!",
        (2026, 5, 18, 23, 55, 40),
        "<5c9e1b3a-7d2f-48e6-a0b4-e8f1c3d5a792@example.se>",
        extra=[("User-Agent", "Mozilla Thunderbird 128.10.1")],
    )
    text = """Hej!

Jag har tänkt skriva det här länge. Södra Vi är en fantastisk bygd, det vet alla som har varit här, vi har sjöarna och skogen och Astrid Lindgrens Vimmerby runt hörnet, och varje sommar kommer turisterna förbi på väg till Vimmerby men de stannar inte. Varför stannar de inte? Det är frågan vi har ställt oss i Södra Vi intresseförening, som jag är ordförande för sedan i fjol. Vi är runt 90 medlemmar, mest folk i min ålder men också en del barnfamiljer som har flyttat hit de senaste åren, vilket är roligt.

Skolan lades ner 2019 och det tog hårt på byn, och bensinmacken har bara automat nu. Jag själv jobbade på sågen i 31 år. Nu är jag pensionär och har tid att engagera mig, och det är många som säger att något måste hända. Vi hade ett öppet möte i församlingshemmet den 15 april där 37 personer kom, och vi gjorde en enkät i Facebookgruppen "Vi i Södra Vi" som 112 personer svarade på, och nästan alla vill att det ska hända mer i bygden. Hembygdsföreningen och Södra Vi IF har sagt att de ställer upp på det vi hittar på.

Så vi vill göra något som verkligen lyfter bygden, kanske träffar, eller en fest, eller något med ungdomarna, vi ska brainstorma vidare i höst. Det viktiga är att det blir något för alla, kvinnor och män, gamla och unga.

Vad det kostar har vi inte räknat på ännu men jag gissar runt 12 000 kr.

Tack för att du läste ända hit!

Kjell-Arne Fransson
ordf. Södra Vi intresseförening
0492-201 48
"""
    return (
        "sodra-vi-svammel-ingen-aktivitet",
        message(h, text_part(flowed(text), params="; format=flowed", cte="quoted-printable")),
        lab(
            "application",
            "sv",
            "association contact anchoring",
            "Rambling late-night letter (Thunderbird, format=flowed, quoted-printable) that is long on background and short on substance. Association: Södra Vi intresseförening, about 90 members ('runt 90'). Contact: Kjell-Arne Fransson signs with title and phone from his own address. Anchoring: an open meeting on 15 April with 37 present, a Facebook survey with 112 respondents, and the hembygdsförening and Södra Vi IF support it – true (attendance and respondents are not members). Activity: 'något som verkligen lyfter bygden, kanske träffar, eller en fest … vi ska brainstorma' is a vague wish – false. Budget: 'inte räknat … gissar runt 12 000 kr' – no items, false; the single rough figure is the amount (12000). 'kvinnor och män' → women_and_men true.",
            association_name="Södra Vi intresseförening",
            contact_name="Kjell-Arne Fransson",
            contact_email="kjellarne.fransson@example.se",
            contact_phone="0492-201 48",
            members=90,
            ort="Södra Vi",
            amount_sek=12000,
            women_and_men=True,
        ),
    )


@mail
def m_langasjo_base64_osignerad():
    h = std_headers(
        addr("Ingrid Svensson", "ingrid.svensson.lgs@example.com"),
        OFFICER,
        "utvandrarkvällar långasjö",
        (2026, 5, 25, 13, 26, 50),
        "<CAMh5Tq0Wr3Zk8Np1Yb6Lx4@mail.example.com>",
    )
    body = """Hej
Långasjö Byaförening (ca 70 medlemmar, org nr 802529-4185) söker idéslanten till tre utvandrarkvällar i hembygdsgården i oktober. Släktforskare hjälper byborna att hitta sina släktingar som emigrerade till Amerika å vi ringer upp några ättlingar på länk, så att byn blir stolt över sin historia å fler hittar hit som besökare. Duvemåla ligger ju här!
Beslutat på årsmötet 22 mars, å vi gör det ihop med Långasjö hembygdsförening å släktforskarföreningen i Emmaboda.
Hyra hembygdsgården 3 x 500 = 1500
Släktforskare arvode 3 x 1500 = 4500
Fika 900
Summa 6900
Tack på förhand!
"""
    return (
        "langasjo-base64-osignerad",
        message(h, text_part(body, cte="base64")),
        lab(
            "application",
            "sv",
            "association activity anchoring budget",
            "Base64-encoded utf-8 body with no signature at all; the writer's name exists only in the From header, which does not make a contact person – contact false and contact facts null. Association: Långasjö byaförening, about 70 members, org.nr. Activity: three emigrant evenings in October in the hembygdsgård with genealogists and video calls with descendants, for local pride and visitors – concrete. Anchoring: annual meeting decision on 22 March, cooperation with the hembygdsförening and the genealogy society. Budget: three items, sum 6900. Genealogists' fees are not salary; renting the hall is not an investment.",
            association_name="Långasjö Byaförening",
            org_number="802529-4185",
            members=70,
            ort="Långasjö",
            amount_sek=6900,
        ),
    )


@mail
def m_bergkvara_csv():
    h = std_headers(
        addr("Ewa Lindahl", "ewa.lindahl@example.net"),
        OFFICER,
        "sommar i bergkvara",
        (2026, 5, 28, 16, 12, 9),
        "<d2a4f6b8-1c3e-4a5b-9d7f-0e2c4a6b8d13@example.net>",
    )
    body = """hej vi e några i bergkvara som vill göra nåt kul för byn i sommar för alla. vi har haft möte i hamnmagasinet 3 maj å 22 st kom å alla va positiva, å bergkvara IF å hamnföreningen hjälper till. budget i filen.
mvh Ewa Lindahl 0486-204 55
"""
    csv_text = "Post;Belopp\nLokal;1500\nMusik;4000\nMat;2500\nSumma;8000\n"
    ent = multipart(
        "mixed",
        [
            text_part(body),
            attachment(
                csv_text.encode("windows-1252"), "text/csv; charset=windows-1252", "budget.csv"
            ),
        ],
        "=_bergkvara_5f1e3c7a9b",
    )
    return (
        "bergkvara-csv-vag-aktivitet",
        message(h, ent),
        lab(
            "application",
            "sv",
            "contact anchoring budget",
            "One lower-case paragraph with a semicolon-separated .csv budget. Association: 'vi e några i bergkvara' – an unnamed group; Bergkvara IF and the harbour association are helpers, not the applicant – false. Contact: 'mvh Ewa Lindahl' with phone from her own address. Activity: 'nåt kul för byn i sommar' is a vague wish – false (the CSV's 'Musik' and 'Mat' do not describe an activity). Anchoring: a meeting in the harbour warehouse on 3 May with 22 present, plus two local associations helping – true. Budget: the CSV has three items and the sum 8000 – true. 'för alla' says nothing explicit about gender (null).",
            contact_name="Ewa Lindahl",
            contact_email="ewa.lindahl@example.net",
            contact_phone="0486-204 55",
            ort="Bergkvara",
            amount_sek=8000,
        ),
    )


# ---- end of mails ----

if __name__ == "__main__":
    main()
