"""Generator for the held-out corpus *holdout7*: "the officer's inbox in a busy May and June 2026".

Forty entirely fictional e-mails (2501–2540) that reach the rural development officer of Region
Kalmar län about the micro-grant "regional bygdepeng – idéslanten", in realistic proportions:
24 applications (8 complete), 6 threaded followups, 3 questions, 2 autoreplies (one without any
automation header), 1 bounce, 2 newsletters and 2 spam mails.  Every writer, group and activity is
invented; all addresses use example.se/.com/.org/.net.  Labels follow
/work/shared/corpus/README.md and are what a strict but fair officer would say.

Regenerate (byte-identical on every run; the script checks its own output at the end):

    /work/main/.venv/bin/python tests/data/tools/make_holdout7.py

Output: tests/data/holdout7/NNNN-slug.eml and tests/data/holdout7/labels.json.
Standard library only: .docx/.xlsx are built as zip files of minimal XML, PDFs by hand.
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
import zipfile
import zlib
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "holdout7"

BOT = "ideslanten@example.se"
BOT_FROM = "=?utf-8?q?Id=C3=A9slanten_=E2=80=93_Region_Kalmar_l=C3=A4n?= <ideslanten@example.se>"
OFFICER = "landsbygdsutvecklare@example.se"
OFFICER_FROM = (
    "Landsbygdsutvecklare Region Kalmar =?utf-8?q?l=C3=A4n?= <landsbygdsutvecklare@example.se>"
)

# --------------------------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------------------------


def luhn_orgnr(first9: str) -> str:
    """Return a Luhn-valid Swedish organisation number NNNNNN-NNNN from its first nine digits."""
    digits = [int(c) for c in first9]
    total = 0
    for i, d in enumerate(digits):
        v = d * (2 if i % 2 == 0 else 1)
        total += v - 9 if v > 9 else v
    check = (10 - total % 10) % 10
    s = first9 + str(check)
    return s[:6] + "-" + s[6:]


def luhn_ok(orgnr: str) -> bool:
    s = orgnr.replace("-", "")
    if not re.fullmatch(r"\d{10}", s):
        return False
    return luhn_orgnr(s[:9]) == orgnr


def date(s: str) -> str:
    """'2026-05-04 08:03:12' -> RFC 5322 date in CEST."""
    t = dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S").replace(
        tzinfo=dt.timezone(dt.timedelta(hours=2))
    )
    return email.utils.format_datetime(t)


def ew(text: str, charset: str = "utf-8", enc: str = "q") -> str:
    """RFC 2047 encoded words (folded with LF + space), only if needed."""
    if all(ord(c) < 128 for c in text):
        return text
    words: list[str] = []
    cur = ""
    for ch in text:
        cand = cur + ch
        if enc == "b":
            n = len(base64.b64encode(cand.encode(charset)))
        else:
            n = len(_q(cand, charset))
        if n > 48 and cur:
            words.append(cur)
            cur = ch
        else:
            cur = cand
    if cur:
        words.append(cur)
    out = []
    for w in words:
        if enc == "b":
            out.append(f"=?{charset}?B?{base64.b64encode(w.encode(charset)).decode()}?=")
        else:
            out.append(f"=?{charset}?Q?{_q(w, charset)}?=")
    return "\n ".join(out)


def _q(s: str, charset: str) -> str:
    res = []
    for b in s.encode(charset):
        c = chr(b)
        if c == " ":
            res.append("_")
        elif re.fullmatch(r"[A-Za-z0-9!*+\-/]", c):
            res.append(c)
        else:
            res.append(f"={b:02X}")
    return "".join(res)


def addr(name: str, address: str, charset: str = "utf-8", enc: str = "q") -> str:
    if not name:
        return address
    if all(ord(c) < 128 for c in name):
        if re.search(r'[,.;:@()<>"]', name):
            return f'"{name}" <{address}>'
        return f"{name} <{address}>"
    return f"{ew(name, charset, enc)} <{address}>"


def fold(name: str, ids: list[str]) -> str:
    return f"{name}: " + "\n ".join(ids)


# --------------------------------------------------------------------------------------------
# MIME entities: (list of header lines, body bytes)
# --------------------------------------------------------------------------------------------


def encode_body(text: str, charset: str, cte: str) -> bytes:
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(charset)
    if cte in ("8bit", "7bit"):
        return raw
    if cte == "quoted-printable":
        return quopri.encodestring(raw)
    if cte == "base64":
        return base64.encodebytes(raw)
    raise ValueError(cte)


def text_part(
    text: str,
    subtype: str = "plain",
    charset: str = "utf-8",
    cte: str = "8bit",
    params: str = "",
    nocharset: bool = False,
    extra: list[str] | None = None,
):
    ct = f"Content-Type: text/{subtype}" + ("" if nocharset else f'; charset="{charset}"') + params
    hdrs = [ct, f"Content-Transfer-Encoding: {cte}"] + (extra or [])
    return (hdrs, encode_body(text, charset, cte))


def att_part(data: bytes, ctype: str, filename: str, inline: bool = False):
    if all(ord(c) < 128 for c in filename):
        fn = f'filename="{filename}"'
        nm = f'name="{filename}"'
    else:
        q = "".join(
            c if re.fullmatch(r"[A-Za-z0-9._-]", c) else "".join(f"%{b:02X}" for b in c.encode())
            for c in filename
        )
        fn = f"filename*=utf-8''{q}"
        nm = f"name*=utf-8''{q}"
    hdrs = [
        f"Content-Type: {ctype};\n {nm}",
        f"Content-Disposition: {'inline' if inline else 'attachment'};\n {fn}",
        "Content-Transfer-Encoding: base64",
    ]
    return (hdrs, base64.encodebytes(data))


def raw_part(ctype_line: str, body: str):
    return (
        [f"Content-Type: {ctype_line}"],
        body.encode("utf-8") if body.endswith("\n") else (body + "\n").encode("utf-8"),
    )


def multipart(subtype: str, boundary: str, parts: list, params: str = "", preamble: str = ""):
    body = preamble.encode() if preamble else b""
    for hdrs, pbody in parts:
        body += b"--" + boundary.encode() + b"\n" + ser(hdrs, pbody)
    body += b"--" + boundary.encode() + b"--\n"
    return ([f'Content-Type: multipart/{subtype};{params}\n boundary="{boundary}"'], body)


def ser(hdrs: list[str], body: bytes) -> bytes:
    out = "".join(h + "\n" for h in hdrs).encode("ascii") + b"\n" + body
    if not out.endswith(b"\n"):
        out += b"\n"
    return out


def message(top: list[str], entity, mime_version: bool = True) -> bytes:
    hdrs, body = entity
    allh = list(top) + (["MIME-Version: 1.0"] if mime_version else []) + hdrs
    return ser(allh, body)


# --------------------------------------------------------------------------------------------
# documents: docx, xlsx, pdf, png
# --------------------------------------------------------------------------------------------

ZIP_TIME = (2026, 5, 1, 12, 0, 0)


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


def make_docx(paragraphs: list[str]) -> bytes:
    """Each paragraph a string; a leading '# ' makes it bold."""
    ps = []
    for p in paragraphs:
        if p.startswith("# "):
            ps.append(
                f'<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{_x(p[2:])}</w:t></w:r></w:p>'
            )
        else:
            ps.append(f'<w:p><w:r><w:t xml:space="preserve">{_x(p)}</w:t></w:r></w:p>')
    doc = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + "".join(ps)
        + "</w:body></w:document>"
    )
    ct = (
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
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def _col(i: int) -> str:
    return chr(ord("A") + i)


def make_xlsx(rows: list[list], sheet: str = "Budget") -> bytes:
    xr = []
    for r, row in enumerate(rows, start=1):
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
        xr.append(f'<row r="{r}">' + "".join(cells) + "</row>")
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
    ct = (
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
            ("[Content_Types].xml", ct),
            ("_rels/.rels", rels),
            ("xl/workbook.xml", wb),
            ("xl/_rels/workbook.xml.rels", wbrels),
            ("xl/worksheets/sheet1.xml", sheet_xml),
        ]
    )


def _pdf_str(s: str) -> bytes:
    b = s.encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def make_pdf(lines: list[str], compress: bool = True) -> bytes:
    """One A4 page, Helvetica/WinAnsi; a leading '# ' makes a line larger."""
    ops = [b"BT", b"/F1 11 Tf", b"50 790 Td", b"15 TL"]
    for ln in lines:
        if ln.startswith("# "):
            ops += [b"/F1 14 Tf", _pdf_str(ln[2:]) + b" Tj T*", b"/F1 11 Tf"]
        else:
            ops.append(_pdf_str(ln) + b" Tj T*")
    ops.append(b"ET")
    content = b"\n".join(ops) + b"\n"
    if compress:
        stream = zlib.compress(content, 9)
        sdict = f"<< /Length {len(stream)} /Filter /FlateDecode >>".encode()
    else:
        stream = content
        sdict = f"<< /Length {len(stream)} >>".encode()
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        sdict + b"\nstream\n" + stream + b"\nendstream",
        b"<< /Producer (Writer 7.6) /CreationDate (D:20260501120000+02'00') >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, start=1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def make_png(w: int = 64, h: int = 48, seed: int = 7) -> bytes:
    """A small grey 'photo' (deterministic pseudo-noise) – no readable text in it."""
    rows = b""
    x = seed
    for y in range(h):
        rows += b"\x00"
        for _ in range(w):
            x = (x * 1103515245 + 12345) & 0x7FFFFFFF
            v = 200 + (x >> 16) % 40 - (20 if y % 9 == 4 else 0)
            rows += bytes([v, v, v - 8])

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


# --------------------------------------------------------------------------------------------
# bot receipts (quoted in followups)
# --------------------------------------------------------------------------------------------

GUIDE = {
    "association": "Föreningen/gruppen: vad den heter och lite om den (t.ex. antal medlemmar eller org.nr)",
    "contact": "Kontaktperson: namn och e-post eller telefon till den som vi kan kontakta",
    "activity": "Aktiviteten: vad ni ska göra, när och hur det bidrar till utvecklingen på orten",
    "anchoring": "Lokal förankring: hur idén är förankrad i byn (t.ex. byamöte, enkät, samarbete med andra föreningar)",
    "budget": "Budget: en översiktlig budget med kostnadsposter och belopp",
}


def receipt_lines(case: str, missing: list[str], variant: int = 0) -> list[str]:
    if variant == 0:
        head = [
            f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {case}.",
            "",
            "Vi saknar följande i er ansökan:",
        ]
        tail = [
            "",
            "Svara gärna på det här mejlet med det som saknas, så kompletterar vi ärendet.",
            "",
            "Vänliga hälsningar",
            "Idéslanten – Region Kalmar län",
        ]
    else:
        head = [
            f"Hej och tack för ansökan! Den är registrerad med ärendenummer {case}.",
            "",
            "För att vi ska kunna pröva den behöver vi också:",
        ]
        tail = [
            "",
            "Svara på det här mejlet (behåll ärendenumret i ämnesraden) så läggs kompletteringen till ärendet.",
            "",
            "Med vänlig hälsning",
            "Idéslanten, Region Kalmar län",
            "Detta är ett automatiskt svar.",
        ]
    return head + [f"– {GUIDE[m]}" for m in missing] + tail


# --------------------------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------------------------

LABELS: dict[str, dict] = {}
MAILS: dict[str, bytes] = {}
RECEIPTS: dict[str, str] = {}  # receipt Message-ID -> application Message-ID

FACT_KEYS = [
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
]
EL_KEYS = ["association", "contact", "activity", "anchoring", "budget"]


def add(fname: str, raw: bytes, kind: str, lang: str, present: str, notes: str, **facts) -> None:
    """present: letters a(ssociation) c(ontact) v (activity) f (förankring/anchoring) b(udget)."""
    assert fname not in MAILS, fname
    els = {k: (ch in present) for k, ch in zip(EL_KEYS, "acvfb", strict=True)}
    f = {k: None for k in FACT_KEYS}
    if kind in ("application", "followup"):
        f["salary_costs"] = False
        f["physical_investment"] = False
    for k, v in facts.items():
        assert k in FACT_KEYS, k
        f[k] = v
    MAILS[fname] = raw
    LABELS[fname] = {"kind": kind, "language": lang, "elements": els, "facts": f, "notes": notes}


def mid(s: str) -> str:
    return f"<{s}>"


# --------------------------------------------------------------------------------------------
# self-check and main
# --------------------------------------------------------------------------------------------

ALLOWED = {"example.se", "example.com", "example.org", "example.net"}
ADDR_RE = re.compile(rb"[A-Za-z0-9._%+=-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")


def _texts(msg) -> list[bytes]:
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True) or b""
        out.append(payload)
        if payload[:2] == b"PK":
            with zipfile.ZipFile(io.BytesIO(payload)) as z:
                for n in z.namelist():
                    out.append(z.read(n))
        if payload[:4] == b"%PDF" and b"FlateDecode" in payload:
            m = re.search(rb"stream\n(.*?)\nendstream", payload, re.S)
            out.append(zlib.decompress(m.group(1)))
    return out


def check() -> None:
    files = sorted(p.name for p in OUT.glob("*.eml"))
    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    assert files == sorted(labels), "labels.json keys differ from files"
    msgids: dict[str, str] = {}
    parsed = {}
    prev = None
    for name in files:
        assert re.fullmatch(r"\d{4}-[a-z0-9-]+\.eml", name), name
        raw = (OUT / name).read_bytes()
        assert b"\r" not in raw, f"{name}: CR found"
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        parsed[name] = msg
        lab = labels[name]
        malformed = lab["notes"].startswith("Malformed:")
        for part in msg.walk():
            if not malformed:
                assert not part.defects, f"{name}: {part.defects}"
                for k, v in part.items():
                    assert not getattr(v, "defects", None), f"{name}: header {k} {v.defects}"
            if part.get_content_maintype() == "text":
                part.get_content()
        d = email.utils.parsedate_to_datetime(msg["Date"])
        assert d.year == 2026, name
        if prev is not None:
            assert d > prev, f"{name}: Date not after previous file"
        prev = d
        msgids[name] = str(msg["Message-ID"]).strip()
        # addresses
        blobs = [raw.split(b"\n\n", 1)[0]] + _texts(msg)
        for part in msg.walk():
            blobs += [f"{k}: {v}".encode() for k, v in part.items()]
        for b in blobs:
            for m in ADDR_RE.finditer(b):
                dom = m.group(1).decode("ascii", "replace").lower().rstrip(".")
                assert dom in ALLOWED, f"{name}: address domain {dom}"
        # schema
        assert set(lab) == {"kind", "language", "elements", "facts", "notes"}, name
        assert lab["kind"] in {
            "application",
            "followup",
            "question",
            "autoreply",
            "bounce",
            "newsletter",
            "spam",
        }, name
        assert lab["language"] in {"sv", "en"}, name
        assert list(lab["elements"]) == EL_KEYS and all(
            isinstance(v, bool) for v in lab["elements"].values()
        ), name
        assert list(lab["facts"]) == FACT_KEYS, name
        f = lab["facts"]
        if f["org_number"] is not None:
            assert luhn_ok(f["org_number"]), f"{name}: bad orgnr {f['org_number']}"
        if lab["kind"] in ("application", "followup"):
            assert isinstance(f["salary_costs"], bool) and isinstance(
                f["physical_investment"], bool
            ), name
        else:
            assert not any(lab["elements"].values()), name
        if lab["kind"] in ("autoreply", "bounce", "newsletter", "spam"):
            assert all(v is None for v in f.values()), name
        assert len(lab["notes"]) > 80, name
    app_ids = {msgids[n] for n in files if labels[n]["kind"] == "application"}
    for n in files:
        if labels[n]["kind"] != "followup":
            continue
        msg = parsed[n]
        irt = str(msg["In-Reply-To"]).strip()
        refs = str(msg["References"] or "").split()
        assert str(msg["Subject"]).lower().startswith(("re:", "sv:")), n
        if irt in app_ids:
            continue
        assert irt in RECEIPTS and RECEIPTS[irt] in app_ids and RECEIPTS[irt] in refs, (
            f"{n}: thread broken"
        )
    # organisation-number-like strings in the texts must be Luhn-valid
    for n in files:
        for b in [(OUT / n).read_bytes()] + _texts(parsed[n]):
            for m in re.finditer(rb"(?<![\d-])(8\d{5}-\d{4})(?![\d-])", b):
                assert luhn_ok(m.group(1).decode()), f"{n}: orgnr {m.group(1)} not Luhn-valid"
    counts: dict[str, int] = {}
    for v in labels.values():
        counts[v["kind"]] = counts.get(v["kind"], 0) + 1
    apps = [v for v in labels.values() if v["kind"] == "application"]
    complete = sum(all(v["elements"].values()) for v in apps)
    missing = {k: sum(not v["elements"][k] for v in apps) for k in EL_KEYS}
    print(
        f"OK: {len(files)} mails, {counts}, complete applications {complete}, missing per element {missing}"
    )


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for p in OUT.glob("*.eml"):
        p.unlink()
    for k, (rid, _case) in REC.items():
        RECEIPTS[rid] = M[k]
    for fn in MAIL_FUNCS:
        fn()
    for name, raw in MAILS.items():
        (OUT / name).write_bytes(raw)
    (OUT / "labels.json").write_text(
        json.dumps(LABELS, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    check()


MAIL_FUNCS: list = []


def mail(fn):
    MAIL_FUNCS.append(fn)
    return fn


# ============================================================================================
# the mails
# ============================================================================================

ORG = {
    "pak": luhn_orgnr("802449317"),
    "vis": luhn_orgnr("837600214"),
    "deg": luhn_orgnr("802528870"),
    "ljb": luhn_orgnr("802419552"),
    "gul": luhn_orgnr("836001487"),
    "orr": luhn_orgnr("802470023"),
    "svi": luhn_orgnr("802501366"),
    "als": luhn_orgnr("838201945"),
    "ber": luhn_orgnr("802437781"),
    "rock": luhn_orgnr("839000612"),
    "frd": luhn_orgnr("802512090"),
    "alem": luhn_orgnr("835801337"),
}

M = {
    2501: "<9d2f41c7-3e8a-4b1f-a6d0-5c7e92b14f03@example.com>",
    2502: "<CAJx7mQp3vR_dE8kT2w-Lh9FzN0sY4bUoG1cW6aXiV5rK8n2eHw@example.com>",
    2503: "<CAJx7mQr0bN4sZ_Yu2fX9kWc-3pL1dGh7tV8oE6iA5mQ2jRyT4g@example.com>",
}
REC = {
    2502: ("<idl.2026-0032.kvitto@example.se>", "2026-0032"),
}


@mail
def m2501():
    body = f"""Hej!

Påskallaviks Hamnförening söker härmed bidrag ur idéslanten för en serie dialogkvällar om hamnens framtid.

1. Föreningen
Påskallaviks Hamnförening, org.nr {ORG["pak"]}, bildades 1987 och förvaltar gästhamnen och sjöboden i Påskallavik. Vi har 87 medlemmar, både fast boende och fritidsboende.

2. Kontaktperson
Gunilla Arnesson, ordförande
gunilla.arnesson@example.com
070-174 06 12

3. Aktiviteten
Tre dialogkvällar i Sjöboden i september–oktober 2026 under rubriken "Hamnen 2035". Vi bjuder in kommunens planeringsavdelning, fiskarna och företagarna i byn och anlitar en extern samtalsledare som håller i kvällarna. Resultatet skrivs ihop till ett underlag som vi lämnar till Oskarshamns kommun inför den nya detaljplanen. Hamnen är byns mötesplats och det som håller kvar turisterna på sommaren, så det här handlar om byns framtid.

4. Förankring
Årsmötet den 14 mars beslutade enhälligt att driva frågan. PRO Påskallavik och Påskallaviks Fiskeklubb står som medarrangörer, och 42 personer har redan skrivit upp sig på listan i Sjöboden. Kvällarna är öppna för alla – kvinnor och män, unga och gamla.

5. Budget
Hyra Sjöboden 3 kvällar à 800 kr: 2 400 kr
Arvode samtalsledare: 4 000 kr
Annonsering (Östran + affischer): 1 200 kr
Fika 3 kvällar: 1 800 kr
Summa: 9 400 kr

Vi söker alltså 9 400 kr.

Med vänlig hälsning
Gunilla Arnesson
Ordförande, Påskallaviks Hamnförening
"""
    raw = message(
        [
            "Return-Path: <gunilla.arnesson@example.com>",
            "Received: from smtp.example.com (smtp.example.com [192.0.2.41])\n\tby mx.example.se with ESMTPS id 4gB1x2; Mon, 04 May 2026 08:03:19 +0200",
            f"From: {addr('Gunilla Arnesson', 'gunilla.arnesson@example.com')}",
            f"To: {addr('Idéslanten – Region Kalmar län', BOT)}",
            f"Subject: {ew('Ansökan idéslanten – dialogkvällar om hamnen i Påskallavik')}",
            f"Date: {date('2026-05-04 08:03:12')}",
            f"Message-ID: {M[2501]}",
            "User-Agent: Mozilla Thunderbird",
            "Content-Language: sv-SE",
        ],
        text_part(body, params="; format=flowed"),
    )
    add(
        "2501-paskallavik-hamndialog.eml",
        raw,
        "application",
        "sv",
        "acvfb",
        "Complete application laid out under the five numbered headings, plain utf-8 8bit from Thunderbird. Association named with org.nr, founding year and 87 members; contact is the signer with her own address and phone; activity is three concrete dialogue evenings with a hired moderator and a stated local benefit (input to the harbour plan); anchoring is an annual-meeting decision, two co-arranging local groups and a sign-up list of 42 (not members); budget has four items summing to 9 400 kr, which is also the amount applied for. Moderator fee is a fee, not salary; renting the boathouse is not an investment. Tests the easy, well-structured baseline.",
        association_name="Påskallaviks Hamnförening",
        org_number=ORG["pak"],
        contact_name="Gunilla Arnesson",
        contact_email="gunilla.arnesson@example.com",
        contact_phone="070-174 06 12",
        members=87,
        ort="Påskallavik",
        amount_sek=9400,
        women_and_men=True,
    )


@mail
def m2502():
    body = """Hej,

Vi i Föreningen Gamla Stationen i Virserum vill söka idéslanten för att starta ett reparationscafé i stationshuset. Föreningen har ett trettiotal medlemmar och har sedan 2021 hyrt och skött det gamla stationshuset som samlingslokal för byn.

Tanken är att vi håller öppet första lördagen varje månad från juni till november, kl 11-15. Folk tar med kläder, lampor, cyklar, småelektronik och leksaker som gått sönder, och så lagar vi tillsammans med hjälp av de i byn som kan. En gång bjuder vi in en textillärare från Hultsfred som visar hur man stoppar och lagar jeans. Det blir både en mötesplats och ett sätt att ta vara på saker i stället för att åka till Hultsfred eller Västervik och köpa nytt.

Vi gjorde en liten enkät i ICA-butiken i april och fick 61 svar, nästan alla tyckte det var en bra idé och 19 kunde tänka sig att hjälpa till. Virserums Hembygdsförening har lovat att vara med och låna ut verktyg från sin smedja.

Budgeten håller vi på att räkna på, den skickar jag i nästa vecka! Vi tänker oss att söka runt 12 000 kr.

Hör av er om ni undrar något.

Hälsningar
Elin Sjöstedt
Föreningen Gamla Stationen
073-174 06 31
"""
    raw = message(
        [
            f"From: {addr('Elin Sjöstedt', 'elin.sjostedt@example.com')}",
            f"Date: {date('2026-05-05 21:47:03')}",
            f"Message-ID: {M[2502]}",
            f"Subject: {ew('Reparationscafé i Virserum – ansökan')}",
            f"To: {BOT}",
        ],
        multipart(
            "alternative",
            "000000000000a1f3c20639e4b7d2",
            [
                text_part(body, cte="quoted-printable"),
                text_part(
                    '<div dir="ltr">'
                    + body.replace("&", "&amp;")
                    .replace("\n\n", '</div><div dir="ltr"><br></div><div dir="ltr">')
                    .replace("\n", "<br>")
                    + "</div>",
                    subtype="html",
                    cte="quoted-printable",
                ),
            ],
        ),
    )
    add(
        "2502-virserum-reparationscafe.eml",
        raw,
        "application",
        "sv",
        "acvf",
        "Gmail-style multipart/alternative, quoted-printable utf-8. Association named with 'ett trettiotal medlemmar' (= 30) and what it does; contact is the signer from her own address with a phone; activity is concrete (monthly repair café June–November, times, invited textile teacher) with local benefit; anchoring is a shop survey with 61 answers (respondents are not members) and the local heritage society lending tools. Budget is explicitly promised later – 'söka runt 12 000 kr' is a single rough figure, so amount_sek 12000 but budget false. women_and_men not stated (null). Tests 'budget kommer senare'.",
        association_name="Föreningen Gamla Stationen",
        contact_name="Elin Sjöstedt",
        contact_email="elin.sjostedt@example.com",
        contact_phone="073-174 06 31",
        members=30,
        ort="Virserum",
        amount_sek=12000,
    )


@mail
def m2503():
    rid, case = REC[2502]
    quoted = "\n".join("> " + ln if ln else ">" for ln in receipt_lines(case, ["budget"]))
    body = f"""Hej igen!

Här kommer budgeten för reparationscaféet i Virserum som jag lovade:

Arvode textillärare (en lördag)   3 500 kr
Förbrukningsmaterial (tråd, lim, lödtenn, reservdelar)   2 000 kr
Hyra av två lödstationer från studieförbundet   1 200 kr
Annonser och affischer   1 500 kr
Fika 6 lördagar à 500 kr   3 000 kr
Totalt   11 200 kr

Så det blev lite mindre än jag trodde, vi söker 11 200 kr.

/Elin Sjöstedt

Den tis 5 maj 2026 kl 21:47 skrev Idéslanten – Region Kalmar län <{BOT}>:

{quoted}
"""
    raw = message(
        [
            f"From: {addr('Elin Sjöstedt', 'elin.sjostedt@example.com')}",
            f"Date: {date('2026-05-06 07:58:40')}",
            f"Message-ID: {M[2503]}",
            f"Subject: {ew('Re: Reparationscafé i Virserum – ansökan [Idéslanten ' + case + ']')}",
            f"To: {addr('Idéslanten – Region Kalmar län', BOT)}",
            f"In-Reply-To: {rid}",
            fold("References", [M[2502], rid]),
        ],
        text_part(body, cte="quoted-printable"),
    )
    add(
        "2503-virserum-budget-komplettering.eml",
        raw,
        "followup",
        "sv",
        "cb",
        "Gmail reply to the bot's receipt for 2502, quoting it with '> '. The new text gives a five-line budget with amounts (11 200 kr, also the amount applied for) and is signed 'Elin Sjöstedt' from her own address, so contact true. The quoted receipt (which lists the budget as missing) must not count. Nothing about the association, activity or anchoring is in the new text. Consumables and renting soldering stations are not investments; the teacher's fee is not salary.",
        contact_name="Elin Sjöstedt",
        contact_email="elin.sjostedt@example.com",
        ort="Virserum",
        amount_sek=11200,
    )


M.update(
    {
        2504: "<000b01dcdd12$4a7e3f10$df7abd30$@example.net>",
        2505: "<6F2A1C9E-3B7D-4E8F-A1B2-C3D4E5F60718@example.com>",
        2506: "<1e8d0a54c2b7f3e9.fliseryd.sockenrad@example.org>",
        2507: "<AM0PR09MB4417E2C6A9D0F3B1C7E5A2D8F4B9@example.com>",
        2508: "<b7c21e90-44fa-4d63-8e1b-7f0a9c3d2e51@example.net>",
        2509: "<VI1P195MB0623F8A4D2C1B7E09A3F5D6C8B1E@example.com>",
        2510: "<20260510193012.5d1a7c@example.net>",
        2511: "<e4a9b3f2-08c1-4d7e-b5a6-2c9f1d0e3b87@example.se>",
    }
)
REC.update(
    {
        2506: ("<idl.2026-0035.kvitto@example.se>", "2026-0035"),
        2509: ("<idl.2026-0037.kvitto@example.se>", "2026-0037"),
    }
)


@mail
def m2504():
    doc = make_docx(
        [
            "# Ansökan om regional bygdepeng – idéslanten 2026",
            "# Sökande",
            f"Vissefjärda Bygdegårdsförening, org.nr {ORG['vis']}. Föreningen äger och driver bygdegården mitt i Vissefjärda och har 124 medlemmar.",
            "# Kontaktperson",
            "Per Håkansson, kassör. E-post per.hakansson@example.net, telefon 070-174 06 40.",
            "# Aktivitet och hur den utvecklar bygden",
            "Sedan lanthandeln stängde hösten 2024 finns ingen butik i Vissefjärda. Lördagen den 19 september 2026 gör vi en studieresa med hyrd buss till en bybutik i västra Blekinge som drivs kooperativt av byborna. Där får vi visning och samtal om hur de ordnat ägandet, bemanningen med frivilliga och sortimentet.",
            "Veckan efter resan håller vi ett öppet möte i bygdegården där deltagarna berättar vad de lärt sig och där byn tar ställning till om vi ska gå vidare med en förstudie om en egen butik. En butik betyder mycket för att äldre ska kunna bo kvar och för att barnfamiljer ska vilja flytta hit.",
            "# Lokal förankring",
            "Butiksfrågan togs upp på byamötet i bygdegården den 18 april 2026. 46 personer var där och alla röstade för att gå vidare. Vissefjärda IF och Vissefjärda Hembygdsförening sitter med i arbetsgruppen. Resan är öppen för alla i socknen, kvinnor som män.",
            "# Budget",
            "Hyra av buss med chaufför: 6 500 kr",
            "Arvode till värdföreningen för visning och samtal: 1 500 kr",
            "Lunch 30 personer à 120 kr: 3 600 kr",
            "Summa: 11 600 kr",
            "Vi söker 11 600 kr ur idéslanten.",
        ]
    )
    body = """Hej!

Bifogar ansökan från Vissefjärda Bygdegårdsförening om bidrag till en studieresa i september.

Mvh
Per Håkansson
kassör
"""
    raw = message(
        [
            f"From: {addr('Per Håkansson', 'per.hakansson@example.net', 'iso-8859-1', 'q')}",
            f"To: <{BOT}>",
            f"Subject: {ew('Ansökan idéslanten - studieresa byabutik', 'iso-8859-1')}",
            f"Date: {date('2026-05-06 10:31:55')}",
            f"Message-ID: {M[2504]}",
            "X-Mailer: Microsoft Outlook 16.0",
            "Thread-Index: AdzdEkp+PxDfer0wTqGk7wS1aBcDeQ==",
            "Content-Language: sv",
        ],
        multipart(
            "mixed",
            "----=_NextPart_000_000C_01DCDD12.4A80B330",
            [
                text_part(body, charset="iso-8859-1", cte="quoted-printable"),
                att_part(
                    doc,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                    "Ansökan idéslanten Vissefjärda.docx",
                ),
            ],
            preamble="This is a multi-part message in MIME format.\n\n",
        ),
    )
    add(
        "2504-vissefjarda-studieresa-docx.eml",
        raw,
        "application",
        "sv",
        "acvfb",
        "Outlook mail in iso-8859-1 whose body only says 'bifogar ansökan'; the whole application is in a .docx with an RFC 2231-encoded non-ASCII file name. The document names the association with org.nr and 124 members, a contact with e-mail and phone, a concrete study trip on a fixed date with a follow-up village meeting and a clear local reason (no shop since 2024), anchoring through a village meeting of 46 (attendance, not members) plus two local groups in the working group, and a three-item budget of 11 600 kr. Bus hire with driver is a rental, not salary or investment. Tests that attachment text counts fully.",
        association_name="Vissefjärda Bygdegårdsförening",
        org_number=ORG["vis"],
        contact_name="Per Håkansson",
        contact_email="per.hakansson@example.net",
        contact_phone="070-174 06 40",
        members=124,
        ort="Vissefjärda",
        amount_sek=11600,
        women_and_men=True,
    )


@mail
def m2505():
    body = """Hej!
Löttorps byaförening (ca 60 medlemmar) skulle vilja söka bidrag för en föreläsning om vattenbrist den 15 juli i bygdegården. Vi vill bjuda in en hydrolog som kan berätta om grundvattnet på norra Öland och hur man kan samla regnvatten, sen blir det frågestund. Många här har haft torra brunnar två somrar i rad så alla vet att det behövs.

Vi söker 15 000 kr.

Jonas Öberg
073-174 06 55

Skickat från min iPhone"""
    raw = message(
        [
            "Content-Type: text/plain;\n\tcharset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            f"From: {addr('Jonas Öberg', 'jonas.oberg@example.com')}",
            "Mime-Version: 1.0 (1.0)",
            f"Date: {date('2026-05-07 06:52:18')}",
            f"Subject: {ew('Bidrag föreläsning Löttorp')}",
            f"Message-Id: {M[2505]}",
            f"To: {BOT}",
            "X-Mailer: iPhone Mail (22F76)",
        ],
        ([], encode_body(body, "utf-8", "quoted-printable")),
        mime_version=False,
    )
    add(
        "2505-lottorp-vattenforelasning.eml",
        raw,
        "application",
        "sv",
        "acv",
        "Short iPhone mail (quoted-printable, headers in Apple order, 'Mime-Version: 1.0 (1.0)'). Association named with about 60 members; contact Jonas Öberg signs with phone from his own address; activity is concrete (lecture by a hydrologist on 15 July in the village hall, rainwater harvesting, Q&A) with a clear local need. Anchoring false: only the described need ('alla vet att det behövs'), no meeting, survey or partner. Budget false: a bare total of 15 000 kr, which is still the amount applied for. women_and_men not stated.",
        association_name="Löttorps byaförening",
        contact_name="Jonas Öberg",
        contact_email="jonas.oberg@example.com",
        contact_phone="073-174 06 55",
        members=60,
        ort="Löttorp",
        amount_sek=15000,
    )


@mail
def m2506():
    body = """Hej!

Fliseryds Sockenråd söker härmed pengar ur idéslanten till en kurs i lieslåtter.

Sockenrådet är en ideell förening för hela Fliseryds socken med 210 medlemshushåll. Vi arbetar för service, trafik och trivsel i bygden.

Den gamla byängen vid Emån har vuxit igen de senaste tio åren. Vi vill ordna två kvällar i juni (tisdag 16 och torsdag 18 juni kl 18-21) där en erfaren slåtterinstruktör lär ut hur man slår med lie, vässar och tar hand om höet. Efter kursen ska byn kunna sköta ängen själv med gemensamma slåtterdagar varje sommar. Ängen blir en plats där unga som gamla, kvinnor som män, möts och jobbar ihop, och blomsterängen blir ett utflyktsmål för både bybor och besökare.

Naturskyddsföreningen i Mönsterås och Fliseryds Hembygdsförening är med och ordnar kvällarna, och 25 personer har redan anmält sig.

Budget
- Instruktör, 2 kvällar à 2 500 kr: 5 000 kr
- Hyra av 20 liar à 50 kr: 1 000 kr
- Annons i lokaltidningen: 600 kr
- Fika: 900 kr
Summa 7 500 kr

Med vänliga hälsningar
Styrelsen
Fliseryds Sockenråd
"""
    raw = message(
        [
            f"From: {addr('Fliseryds Sockenråd', 'sockenradet.fliseryd@example.org', 'iso-8859-1')}",
            f"To: {BOT}",
            f"Subject: {ew('Ansökan - lieslåtterkurs på byängen i Fliseryd', 'iso-8859-1', 'q')}",
            f"Date: {date('2026-05-07 19:20:41')}",
            f"Message-ID: {M[2506]}",
            "X-Mailer: Webmail 4.2",
        ],
        text_part(body, charset="iso-8859-1", cte="quoted-printable"),
    )
    add(
        "2506-fliseryd-lieslatter.eml",
        raw,
        "application",
        "sv",
        "avfb",
        "iso-8859-1 quoted-printable body and header from a shared association mailbox, signed only 'Styrelsen / Fliseryds Sockenråd'. Contact false: no named person anywhere, and a shared mailbox is not a contact e-mail, so contact facts are null. Everything else is there: association with 210 member households (members = 210) and purpose; concrete scythe-mowing course on two dated evenings with a lasting local benefit; anchoring through two named local partners and 25 sign-ups; a four-item budget of 7 500 kr. Renting scythes is not an investment; the instructor's fee is not salary. 'kvinnor som män' makes women_and_men true.",
        association_name="Fliseryds Sockenråd",
        members=210,
        ort="Fliseryd",
        amount_sek=7500,
        women_and_men=True,
    )


@mail
def m2507():
    text = f"""Hello,

I hope it is fine to write in English – my Swedish is still at the "fika and väder" level. I am writing on behalf of Södra Ölands Nya Grannar, a non-profit association (org.nr {ORG["deg"]}) for people who have moved to southern Öland in recent years and the long-time residents who want to welcome them. We have 23 members, most of us living in and around Degerhamn.

Contact person: Maarten de Vries (chair), maarten.devries@example.org, +46 70 174 06 77.

WHAT WE WANT TO DO
Three "Welcome evenings" in Degerhamn's Folkets hus on the last Thursday of September, October and November 2026. Each evening has a short talk (the municipality's business advisor on jobs and starting a company; the school on childcare and schools), followed by a language café where newcomers and old residents talk in small groups over dinner. Many families who moved here during the pandemic have already left again because they never got to know anyone. If they stay, the school in Degerhamn and the bus line stay too.

LOCAL SUPPORT
The idea came out of the village meeting in February 2026, where 38 people took part. Degerhamns IF lends us tables and helps with the dinner, the parish of Södra Möckleby spreads the invitations, and twelve volunteers have signed up as table hosts. The evenings are open to everyone – women and men, young and old.

BUDGET (SEK)
Hall rent, 3 evenings x 700 ........ 2,100
Speaker fees, 2 x 2,000 ............. 4,000
Interpreter fee (Arabic/Ukrainian) .. 1,500
Food, 3 x 1,200 ..................... 3,600
Posters and printing ................   600
Total .............................. 11,800

We apply for 11,800 SEK.

Kind regards,
Maarten de Vries
Södra Ölands Nya Grannar
"""
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body><div style="font-family: Aptos, Arial, sans-serif; font-size: 11pt;">'
        + "".join(
            f"<p>{ln}</p>" if ln else ""
            for ln in text.replace("&", "&amp;").replace("<", "&lt;").split("\n\n")
        ).replace("\n", "<br>\n")
        + "</div></body></html>"
    )
    raw = message(
        [
            f"From: {addr('Maarten de Vries', 'maarten.devries@example.org')}",
            f"To: {addr('Idéslanten – Region Kalmar län', BOT)}",
            "Subject: Application idéslanten - Welcome evenings in Degerhamn".replace(
                "idéslanten", "=?utf-8?Q?id=C3=A9slanten?="
            ),
            "Thread-Topic: Application idéslanten - Welcome evenings in Degerhamn".replace(
                "idéslanten", "=?utf-8?Q?id=C3=A9slanten?="
            ),
            f"Date: {date('2026-05-08 14:05:09')}",
            f"Message-ID: {M[2507]}",
            "Accept-Language: en-GB, sv-SE",
            "Content-Language: en-GB",
            "X-MS-Has-Attach:",
        ],
        multipart(
            "alternative",
            "_000_AM0PR09MB4417E2C6A9D0F3B1C7E5A2D8F4B9AM0PR09MB4417_",
            [
                text_part(text, cte="quoted-printable"),
                text_part(html, subtype="html", cte="quoted-printable"),
            ],
        ),
    )
    add(
        "2507-degerhamn-welcome-evenings.eml",
        raw,
        "application",
        "en",
        "acvfb",
        "English application from Outlook on the web, multipart/alternative with quoted-printable text and HTML; the subject mixes plain ASCII and an encoded word. Association named with org.nr, purpose and 23 members; contact given explicitly with e-mail and an international-format phone; activity is three dated evenings with talks and a language café and a clear local benefit (keeping newcomers, school and bus line); anchoring is a village meeting of 38, two local partners and twelve volunteers; budget is a dotted table in English number format summing to 11,800 SEK. Speaker and interpreter fees are not salary; hall rent is not investment. 'women and men' makes women_and_men true.",
        association_name="Södra Ölands Nya Grannar",
        org_number=ORG["deg"],
        contact_name="Maarten de Vries",
        contact_email="maarten.devries@example.org",
        contact_phone="+46 70 174 06 77",
        members=23,
        ort="Degerhamn",
        amount_sek=11800,
        women_and_men=True,
    )


@mail
def m2508():
    body = """Hej

En fråga om idéslanten. Här i Figeholm funderar både båtklubben och byalaget på att söka till var sin sak i höst. Gäller taket på 15 000 kr per ort, så att vi i så fall får dela på det, eller är det per förening? Och om vi bara använder en del nu, kan man söka resten senare under året?

Tacksam för svar.

Lars-Erik Nyman
Figeholms Båtklubb
"""
    raw = message(
        [
            f"From: {addr('Lars-Erik Nyman', 'lars-erik.nyman@example.net')}",
            f"To: {OFFICER}",
            f"Subject: {ew('Fråga om taket per ort')}",
            f"Date: {date('2026-05-09 09:12:30')}",
            f"Message-ID: {M[2508]}",
            "User-Agent: Mozilla Thunderbird",
        ],
        text_part(body, cte="8bit", params="; format=flowed"),
    )
    add(
        "2508-figeholm-fraga-tak-per-ort.eml",
        raw,
        "question",
        "sv",
        "",
        "A question sent to the officer's own address: does the 15 000 kr cap apply per locality or per association, and can the rest be applied for later in the year? Nothing is applied for; the 15 000 kr is the rule amount asked about, so amount_sek is null. The facts the mail states are kept (club name, signer and own address, Figeholm); no cost is proposed, so salary_costs and physical_investment are null. All elements false as for every question.",
        association_name="Figeholms Båtklubb",
        contact_name="Lars-Erik Nyman",
        contact_email="lars-erik.nyman@example.net",
        ort="Figeholm",
    )


@mail
def m2509():
    body = """Hej!

Vi i föreningen Levande Gamleby (bildad 2019, 45 medlemmar) vill söka pengar från idéslanten.

Vi vill göra något i höst så att fler vill flytta till Gamleby och så att det händer mer i byn. Exakt vad är inte bestämt än men vi har många idéer i styrelsen! Vi tror att det kommer bli mycket uppskattat av alla som bor här.

Preliminär budget:
Annonser 2 000 kr
Lokalhyra 1 500 kr
Fika 1 000 kr

Mvh
Sofia Lund
Sekreterare, Levande Gamleby
070-174 06 83

Skickat från Outlook för Windows
"""
    raw = message(
        [
            f"From: {addr('Sofia Lund', 'sofia.lund@example.com')}",
            f"To: {addr('Idéslanten – Region Kalmar län', BOT, 'windows-1252')}",
            "Subject: =?Windows-1252?Q?Ans=F6kan_fr=E5n_Levande_Gamleby?=",
            f"Date: {date('2026-05-10 17:44:02')}",
            f"Message-ID: {M[2509]}",
            "X-Mailer: Microsoft Outlook 16.0",
        ],
        text_part(body, charset="windows-1252", cte="8bit"),
    )
    add(
        "2509-gamleby-levande-vag.eml",
        raw,
        "application",
        "sv",
        "acb",
        "windows-1252 8bit body, windows-1252 encoded-word subject. Association named with founding year and 45 members; contact is the signer (secretary) with phone from her own address; budget lists three items with amounts (4 500 kr in sum, the amount since no total is given). Activity false: 'göra något i höst ... exakt vad är inte bestämt' is a vague wish. Anchoring false: only a hope that people will appreciate it. Tests a vague application that nevertheless has a small item budget.",
        association_name="Levande Gamleby",
        contact_name="Sofia Lund",
        contact_email="sofia.lund@example.com",
        contact_phone="070-174 06 83",
        members=45,
        ort="Gamleby",
        amount_sek=4500,
    )


@mail
def m2510():
    body = """hej

vi är några grannar i ruda som vill ordna filmkvällar i gamla skolan i höst, 4 st (sept-dec) en fredag i månaden. tanken är att folk ska komma ut och träffas, det finns ju inget annat här på kvällarna sen puben stängde. barnfilm kl 18 och sen en för vuxna kl 20

vi har pratat med folk och 30 hushåll har skrivit på en lista att dom vill ha det, och bygdegårdsföreningen lånar ut skolan billigt till oss

kostnader
hyra projektor o duk 4 ggr x 400 = 1600
filmlicens 4 x 900 = 3600
hyra skolan 4 x 500 = 2000
fika 1000
= 8200kr

mvh Roger Ek 070 174 06 19
"""
    raw = message(
        [
            f"Date: {date('2026-05-10 19:30:12')}",
            f"From: {addr('roger ek', 'roger.ek@example.net')}",
            f"To: {BOT}",
            "Subject: filmkvallar ruda",
            f"Message-ID: {M[2510]}",
            "X-Mailer: Webmail",
        ],
        text_part(body, charset="iso-8859-1", cte="8bit"),
    )
    add(
        "2510-ruda-filmkvallar.eml",
        raw,
        "application",
        "sv",
        "cvfb",
        "Informal all-lowercase webmail in iso-8859-1 8bit with an ASCII-only subject. Association false: 'några grannar i ruda' is an unnamed group, and the bygdegårdsförening that lends the school is a partner, not the applicant (association_name and members null). Contact true: named signer with phone from his own address. Activity concrete (four Friday film evenings Sept–Dec, times, meeting place after the pub closed); anchoring true (30 households on a list, the village-hall association backing it); budget has four items totalling 8 200 kr. Renting the projector is not an investment; the film licence is not salary.",
        contact_name="Roger Ek",
        contact_email="roger.ek@example.net",
        contact_phone="070 174 06 19",
        ort="Ruda",
        amount_sek=8200,
    )


@mail
def m2511():
    xlsx = make_xlsx(
        [
            ["Budget framtidsverkstad Kalmar Ljungby hösten 2026"],
            [],
            ["Kostnadspost", "Antal", "À-pris (kr)", "Summa (kr)"],
            ["Processledare, arvode", 2, 4500, 9000],
            ["Lokalhyra Ljungby bygdegård", 2, 1000, 2000],
            ["Lunch och fika", 2, 1500, 3000],
            ["Tryck av inbjudan till alla hushåll", 1, 800, 800],
            ["Totalt", "", "", 14800],
        ]
    )
    body = f"""Hej!

Kalmar Ljungby Byaförening söker 14 800 kr ur idéslanten till en framtidsverkstad.

Om oss: Byaförening för Kalmar Ljungby med omnejd, org.nr {ORG["ljb"]}, 156 medlemmar. Vi driver bland annat midsommarfirandet och byns anslagstavlor.

Aktiviteten: två lördagar, 12 och 26 september, leder en inhyrd processledare en framtidsverkstad där byborna tillsammans tar fram en bygdeplan för de kommande fem åren – busstrafiken, skolans framtid, en mötesplats för unga. Planen lämnas sedan till Kalmar kommun och används som underlag när vi söker andra pengar. Verkstaden är öppen för alla, kvinnor och män i alla åldrar, och vi ordnar barnpassning med frivilliga så att småbarnsföräldrar kan vara med.

Förankring: hösten 2025 skickade vi en enkät till alla hushåll och fick 143 svar; det var där önskan om en bygdeplan kom fram. Föräldraföreningen på Ljungby skola och Kalmar Ljungby IK sitter med i planeringsgruppen.

Budgeten finns i bifogad Excel-fil.

Kontakt: Karin Wass, karin.wass@example.se, 0480-174 06 60 (kvällar)

Vänliga hälsningar
Karin Wass
"""
    raw = message(
        [
            f"From: {addr('Karin Wass', 'karin.wass@example.se')}",
            f"To: {addr('Idéslanten – Region Kalmar län', BOT)}",
            f"Subject: {ew('Framtidsverkstad i Kalmar Ljungby – ansökan om idéslanten', 'utf-8', 'b')}",
            f"Date: {date('2026-05-11 20:02:44')}",
            f"Message-ID: {M[2511]}",
            "User-Agent: Mozilla Thunderbird",
            "Content-Language: sv-SE",
        ],
        multipart(
            "mixed",
            "------------W9qzL0cT4sXb2yRkN7aVdPmE",
            [
                text_part(body, cte="8bit", params="; format=flowed"),
                att_part(
                    xlsx,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    "budget_framtidsverkstad.xlsx",
                ),
            ],
            preamble="This is a multi-part message in MIME format.\n",
        ),
    )
    add(
        "2511-kalmar-ljungby-framtidsverkstad-xlsx.eml",
        raw,
        "application",
        "sv",
        "acvfb",
        "Complete Thunderbird application with a base64 encoded-word subject and the budget in an .xlsx attachment (inline strings, four items, total 14 800 kr, equal to the amount applied for in the body). Association named with org.nr, 156 members and activities; explicit contact line with e-mail and phone; activity is two dated workshop Saturdays with a hired process leader producing a village plan; anchoring is a 2025 household survey with 143 answers and two local groups in the planning group. The process leader's fee is a fee, not salary; childcare is by volunteers. 'kvinnor och män i alla åldrar' makes women_and_men true.",
        association_name="Kalmar Ljungby Byaförening",
        org_number=ORG["ljb"],
        contact_name="Karin Wass",
        contact_email="karin.wass@example.se",
        contact_phone="0480-174 06 60",
        members=156,
        ort="Kalmar Ljungby",
        amount_sek=14800,
        women_and_men=True,
    )


M.update(
    {
        2512: "<002a01dce21b$77c0e4a0$6742ade0$@example.org>",
        2513: "<c0ffee12-5e7a-4b8c-9d10-a1b2c3d42513@example.org>",
        2514: "<1778665812.40211.1@example.com>",
        2515: "<autoreply.1778672231.kw@example.se>",
        2516: "<a8e1d3c7-51b2-4f9e-8c0d-7e6f5a4b2516@example.net>",
        2517: "<5C1E0B7A-92D4-4F63-8A1B-0D2E3F4A5B6C@example.com>",
        2518: "<003b01dce4f0$1a2b3c40$4e5f6a70$@example.org>",
        2519: "<f2d4b6a8-0c1e-4a3b-9d5f-7e8c0a2b4d6f@example.com>",
    }
)
REC.update(
    {
        2513: ("<idl.2026-0040.kvitto@example.se>", "2026-0040"),
    }
)
OFFICER_MSG = {2511: "<lbu.20260513.0912.kw@example.se>"}


@mail
def m2512():
    rid, case = REC[2506]
    rec = "\n".join(receipt_lines(case, ["contact"], variant=0))
    body = f"""Hej,

Kontaktperson för vår ansökan om lieslåtterkursen blir vår ordförande Britt-Marie Holm, telefon 070-174 06 48, e-post britt-marie.holm@example.com. Hon svarar helst på telefon dagtid.

Hälsningar
Styrelsen, Fliseryds Sockenråd

Från: Idéslanten – Region Kalmar län <{BOT}>
Skickat: den 7 maj 2026 19:21
Till: Fliseryds Sockenråd <sockenradet.fliseryd@example.org>
Ämne: Re: Ansökan - lieslåtterkurs på byängen i Fliseryd [Idéslanten {case}]

{rec}
"""
    raw = message(
        [
            f"From: {addr('Fliseryds Sockenråd', 'sockenradet.fliseryd@example.org', 'windows-1252')}",
            f"To: {addr('Idéslanten – Region Kalmar län', BOT, 'windows-1252')}",
            f"Subject: {ew('SV: Ansökan - lieslåtterkurs på byängen i Fliseryd [Idéslanten ' + case + ']', 'windows-1252')}",
            f"Date: {date('2026-05-12 08:40:16')}",
            f"Message-ID: {M[2512]}",
            f"In-Reply-To: {rid}",
            fold("References", [M[2506], rid]),
            "X-Mailer: Microsoft Outlook 16.0",
            "Thread-Index: AdziG3fA5KBnQq3gR0uT8mXo2pWcYQ==",
        ],
        text_part(body, charset="windows-1252", cte="quoted-printable"),
    )
    add(
        "2512-fliseryd-kontaktperson.eml",
        raw,
        "followup",
        "sv",
        "c",
        "Outlook reply (windows-1252, quoted-printable, 'SV:' subject) from the same shared mailbox as 2506, with the receipt quoted below an Outlook 'Från:/Skickat:/Till:/Ämne:' block without '>' markers. The new text names a contact person with phone and her own e-mail, so contact true and the contact facts are hers (the shared mailbox is not). The sign-off 'Styrelsen, Fliseryds Sockenråd' is a name only, so association false; nothing else is added. The quoted receipt text must not count.",
        association_name="Fliseryds Sockenråd",
        contact_name="Britt-Marie Holm",
        contact_email="britt-marie.holm@example.com",
        contact_phone="070-174 06 48",
    )


@mail
def m2513():
    body = """Hej!

Gullabo Bygdegårdsförening vill söka bidrag ur idéslanten.

Vi är en förening med 95 medlemmar som äger och sköter bygdegården i Gullabo. Just nu pratar alla i bygden om den planerade vindkraftsparken väster om byn, och diskussionen har blivit hård, både på Facebook och vid affären. Vi vill därför ordna en dialogkväll i bygdegården torsdagen den 20 augusti där både bolaget, kommunen och en boendegrupp från en annan vindkraftsbygd får berätta, och där en opartisk samtalsledare ser till att alla får komma till tals. Målet är att byn ska kunna prata om framtiden utan att bli osams.

Årsmötet den 22 mars beslutade att föreningen ska stå som arrangör, och Gullabo Jaktvårdsförening och LRF Torsås lokalavdelning är medarrangörer.

Vi söker 9 500 kr till arvoden och lokalkostnader.

Med vänlig hälsning
Styrelsen
Gullabo Bygdegårdsförening
"""
    raw = message(
        [
            f"From: {addr('Gullabo Bygdegård', 'bygdegarden.gullabo@example.org')}",
            f"To: {BOT}",
            f"Subject: {ew('Dialogkväll om vindkraft i Gullabo', 'utf-8', 'b')}",
            f"Date: {date('2026-05-12 21:15:33')}",
            f"Message-ID: {M[2513]}",
        ],
        text_part(body, cte="base64"),
    )
    add(
        "2513-gullabo-vindkraftsdialog.eml",
        raw,
        "application",
        "sv",
        "avf",
        "Base64 utf-8 body from a shared association mailbox, signed 'Styrelsen'. Association true (named, 95 members, owns the village hall); activity true (a dated dialogue evening with three invited parties and a neutral moderator, aimed at keeping the village together); anchoring true (annual meeting decision, two local co-arrangers). Contact false: no named person, only a shared mailbox (contact facts null). Budget false: 'vi söker 9 500 kr till arvoden och lokalkostnader' names categories but gives only a bare total; amount_sek 9500. women_and_men not stated.",
        association_name="Gullabo Bygdegårdsförening",
        members=95,
        ort="Gullabo",
        amount_sek=9500,
    )


@mail
def m2514():
    body = """Hej,

Jag skriver för Storebro Kvinnoförening. Vi är 34 medlemmar och har funnits sedan 1948, vi träffas varannan onsdag i bygdegården.

Vi skulle vilja ordna två föreläsningskvällar i höst om kvinnors hälsa i och efter klimakteriet, för byns kvinnor. En barnmorska från Vimmerby har lovat att komma den 14 oktober och en fysioterapeut den 11 november. Många kvinnor här ute har långt till vården och det är lättare att ta upp sådant här på hemmaplan bland folk man känner. Efteråt blir det fika och samtal.

Vi är säkra på att det finns ett stort intresse i bygden och förankringen är god.

Budget:
Föreläsare 2 x 3 000 kr = 6 000 kr
Hyra av bygdegården 2 x 600 kr = 1 200 kr
Fika 800 kr
Summa 8 000 kr

Med vänlig hälsning
Marianne Kvist
ordförande
070-174 06 24
"""
    raw = message(
        [
            f"From: {addr('Marianne Kvist', 'marianne.kvist@example.com')}",
            f"To: {BOT}",
            f"Subject: {ew('Föreläsningar för kvinnor i Storebro')}",
            f"Date: {date('2026-05-13 10:03:32')}",
            f"Message-ID: {M[2514]}",
            "X-Mailer: Webmail",
        ],
        text_part(body, cte="8bit"),
    )
    add(
        "2514-storebro-kvinnoforening.eml",
        raw,
        "application",
        "sv",
        "acvb",
        "Plain utf-8 8bit from webmail by the chair of a women's association. Association (named, 34 members, since 1948), contact (signer with phone, own address), activity (two dated lectures with a midwife and a physiotherapist, local benefit of care close to home) and a three-item budget of 8 000 kr are present. Anchoring false: 'vi är säkra på att det finns ett stort intresse ... förankringen är god' is an empty claim. The activity targets 'byns kvinnor' only, so women_and_men is false – a complete-looking application that breaks the both-genders rule. Lecturer fees are not salary.",
        association_name="Storebro Kvinnoförening",
        contact_name="Marianne Kvist",
        contact_email="marianne.kvist@example.com",
        contact_phone="070-174 06 24",
        members=34,
        ort="Storebro",
        amount_sek=8000,
        women_and_men=False,
    )


@mail
def m2515():
    body = """Tack för ditt mejl!

Jag är ledig till och med söndag 24 maj och läser inte e-post under tiden. Gäller det byaföreningen kan du vända dig till vår vice ordförande via föreningens mejl.

Karin Wass
"""
    raw = message(
        [
            f"From: {addr('Karin Wass', 'karin.wass@example.se')}",
            f"To: {OFFICER}",
            f"Subject: {ew('Frånvaro: SV: Framtidsverkstad i Kalmar Ljungby – ansökan om idéslanten')}",
            f"Date: {date('2026-05-13 10:17:11')}",
            f"Message-ID: {M[2515]}",
            f"In-Reply-To: {OFFICER_MSG[2511]}",
            fold("References", [M[2511], OFFICER_MSG[2511]]),
            "Auto-Submitted: auto-replied",
            "X-Auto-Response-Suppress: All",
        ],
        text_part(body, cte="quoted-printable"),
    )
    add(
        "2515-kalmar-ljungby-franvaro.eml",
        raw,
        "autoreply",
        "sv",
        "",
        "Vacation auto-reply with Auto-Submitted: auto-replied, answering the officer's reply to application 2511 (In-Reply-To the officer's message, References include 2511's Message-ID) and with 'Frånvaro: SV:' in the subject. It is a machine reply and must never be answered or treated as a followup, even though it sits in an application's thread and is signed by the applicant. All elements false, all facts null.",
    )


@mail
def m2516():
    rows = [
        ("Guidearvode, 6 vandringar à 1 200 kr", "7 200"),
        ("Tryck av folder om glasbruksorten", "2 500"),
        ("Annonsering", "1 200"),
        ("Hyra av bärbar ljudanläggning", "900"),
    ]
    trs = "\n".join(
        f'<tr><td style="padding:2px 12px 2px 0">{a}</td><td style="text-align:right">{b} kr</td></tr>'
        for a, b in rows
    )
    html = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="font-family: Helvetica, Arial, sans-serif; font-size: 14px">
<p>Hej!</p>
<p><b>Orrefors Samhällsförening</b> (org.nr {ORG["orr"]}) söker 11&nbsp;800 kr ur idéslanten för sommarens <i>glasbruksvandringar</i>.</p>
<p>Samhällsföreningen har 73 medlemmar och arbetar för att Orrefors ska vara en levande ort även efter att glasbruket lade ner produktionen. Vi sköter bland annat parken vid bruksdammen och julmarknaden.</p>
<h3>Vad vi vill göra</h3>
<p>Sex guidade vandringar genom bruksorten, varannan söndag från 5 juli till 13 september, ledda av en lokal historiker som vi betalar arvode. Vandringen går från bruksgatan via arbetarbostäderna till hyttan, och berättar om glasblåsarnas liv. Vi trycker också en folder så att man kan gå själv resten av året. Vandringarna ska ge oss som bor här stolthet över orten och få sommarbesökarna att stanna längre, äta och handla i Orrefors.</p>
<h3>Förankring</h3>
<p>Idén kom upp på vårt öppna byamöte i Folkets hus den 9 april där 51 personer deltog. Orrefors Hembygdsförening tar fram texterna till foldern, glasbrukets vänförening lånar ut gamla fotografier och åtta volontärer hjälper till som värdar. Vandringarna riktar sig till alla, kvinnor och män, bybor och besökare.</p>
<h3>Budget</h3>
<table style="border-collapse:collapse">
{trs}
<tr><td style="padding:2px 12px 2px 0"><b>Summa</b></td><td style="text-align:right"><b>11 800 kr</b></td></tr>
</table>
<p>Kontaktperson: Ahmed Karimi, sekreterare<br>
<a href="mailto:ahmed.karimi@example.net">ahmed.karimi@example.net</a> · 076-174 06 91</p>
<p>Vänliga hälsningar<br>Ahmed Karimi<br>Orrefors Samhällsförening</p>
</body></html>
"""
    raw = message(
        [
            f"From: {addr('Ahmed Karimi', 'ahmed.karimi@example.net')}",
            f"To: {addr('Idéslanten – Region Kalmar län', BOT)}",
            f"Subject: {ew('Glasbruksvandringar i Orrefors – ansökan')}",
            f"Date: {date('2026-05-14 13:26:50')}",
            f"Message-ID: {M[2516]}",
            "X-Mailer: Apple Mail (2.3826.500.181)",
        ],
        text_part(html, subtype="html", cte="quoted-printable"),
    )
    add(
        "2516-orrefors-glasbruksvandringar-html.eml",
        raw,
        "application",
        "sv",
        "acvfb",
        "HTML-only mail (no text/plain part), quoted-printable utf-8, with headings, &nbsp; in an amount and the budget as an HTML table. Complete: association with org.nr, 73 members and what it does; contact named with a mailto link and phone; six dated guided walks led by a paid local historian plus a printed folder, with local pride and visitor spending as the benefit; anchoring through an open village meeting of 51, two local associations and eight volunteers; four budget items summing to 11 800 kr. The historian's fee is not salary and printing a folder is not a physical investment; renting a sound system is not either. 'kvinnor och män' makes women_and_men true.",
        association_name="Orrefors Samhällsförening",
        org_number=ORG["orr"],
        contact_name="Ahmed Karimi",
        contact_email="ahmed.karimi@example.net",
        contact_phone="076-174 06 91",
        members=73,
        ort="Orrefors",
        amount_sek=11800,
        women_and_men=True,
    )


@mail
def m2517():
    body = """Hej Region Kalmar!

Vi är ett gäng bybor som turas om att hålla hamnkiosken i Bergkvara öppen på sommaren. På sommaren är det fullt av folk i hamnen, badare, båtfolk och gäster i gästhamnen, och ambulansen tar lång tid hit. Därför vill vi:

1) Köpa en hjärtstartare med värmeskåp som sitter på kioskväggen och är tillgänglig dygnet runt.
2) Ordna två kvällar med HLR-utbildning i båtklubbens lokal, tisdag 9 och 16 juni, med en certifierad instruktör, så att så många som möjligt i byn kan använda den.

Vi har samlat in 112 namn på en lista i kiosken för hjärtstartare i hamnen och Bergkvara Båtklubb ställer upp med lokalen gratis.

Kostnader:
Hjärtstartare inkl. värmeskåp 14 000 kr
HLR-instruktör 2 kvällar à 1 500 kr = 3 000 kr
Totalt 17 000 kr

Hälsningar från oss i Hamnkiosken!
"""
    raw = message(
        [
            f"From: {addr('Hamnkiosken Bergkvara', 'hamnkiosken.bergkvara@example.com')}",
            f"To: {BOT}",
            "Subject: =?UTF-8?Q?Hj=C3=A4rtstartare_och_HLR_i_Bergkvara_hamn?=",
            f"Date: {date('2026-05-15 07:41:28')}",
            f"Message-ID: {M[2517]}",
            "X-Mailer: iPad Mail (22F76)",
        ],
        text_part(body, cte="quoted-printable"),
    )
    add(
        "2517-bergkvara-hjartstartare.eml",
        raw,
        "application",
        "sv",
        "vfb",
        "Sent from a shared kiosk mailbox (iPad Mail, quoted-printable). Association false: 'ett gäng bybor som turas om att hålla hamnkiosken öppen' is an unnamed group; the boat club is a partner. Contact false: signed only 'oss i Hamnkiosken', no person named. Activity true (buying and placing a defibrillator plus two dated CPR evenings with an instructor, clear local safety benefit); anchoring true (112 names on a list, the boat club lends its premises); budget true (two items, total 17 000 kr). Facts test the rules: buying a defibrillator is a physical investment, and 17 000 kr exceeds the 15 000 kr cap; the instructor's fee is not salary.",
        ort="Bergkvara",
        amount_sek=17000,
        physical_investment=True,
    )


@mail
def m2518():
    rid, case = REC[2513]
    rec = "\n".join(receipt_lines(case, ["contact", "budget"], variant=0))
    body = f"""Tack för svaret. Vi tar upp det på styrelsemötet i juni och återkommer då.

Styrelsen
Gullabo Bygdegårdsförening

-----Ursprungligt meddelande-----
Från: Idéslanten – Region Kalmar län <{BOT}>
Skickat: tisdag 12 maj 2026 21:16
Till: bygdegarden.gullabo@example.org
Ämne: Re: Dialogkväll om vindkraft i Gullabo [Idéslanten {case}]

{rec}
"""
    raw = message(
        [
            f"From: {addr('Gullabo Bygdegård', 'bygdegarden.gullabo@example.org')}",
            f"To: {BOT}",
            f"Subject: {ew('Sv: Dialogkväll om vindkraft i Gullabo [Idéslanten ' + case + ']', 'utf-8', 'b')}",
            f"Date: {date('2026-05-16 11:04:47')}",
            f"Message-ID: {M[2518]}",
            f"In-Reply-To: {rid}",
            fold("References", [M[2513], rid]),
        ],
        text_part(body, cte="base64"),
    )
    add(
        "2518-gullabo-svar-utan-innehall.eml",
        raw,
        "followup",
        "sv",
        "",
        "Reply in the thread of 2513 ('Sv:' subject, In-Reply-To the receipt, References with the application) from the same shared mailbox, base64 utf-8, with the receipt quoted under an '-----Ursprungligt meddelande-----' block. The new text only says the board will come back after its June meeting: it supplies nothing, so every element is false. The signature is 'Styrelsen' from a shared mailbox, so still no contact; the association name is recorded as written. Tests a followup that adds nothing while the quoted receipt lists the missing parts.",
        association_name="Gullabo Bygdegårdsförening",
    )


@mail
def m2519():
    pdf = make_pdf(
        [
            "# Budget – Bygdedialog om boende i Södra Vi 2026",
            "Föreningen Vi i Södra Vi",
            "",
            "Föreläsare, arvode inkl. resa                 5 000 kr",
            "Lokalhyra Folkets hus, 2 kvällar à 900 kr     1 800 kr",
            "Annonsering (Vimmerby Tidning, affischer)     1 400 kr",
            "Fika, 2 kvällar à 1 000 kr                    2 000 kr",
            "",
            "Totalt                                       10 200 kr",
            "",
            "Sökt belopp ur idéslanten: 10 200 kr",
        ]
    )
    body = f"""Hej!

Föreningen Vi i Södra Vi (org.nr {ORG["svi"]}, 48 medlemmar) söker bidrag till två dialogkvällar om bostäder i Södra Vi.

Det finns nästan inga lediga hyreslägenheter i Södra Vi, och folk som vill flytta hit eller äldre som vill sälja sitt hus och bo kvar i byn har ingenstans att ta vägen. Den 7 oktober och 4 november bjuder vi in till dialogkvällar i Folkets hus med Vimmerby kommun, hyresvärdarna i byn och en föreläsare från en bykooperativ bostadsförening i Östergötland som berättar hur de byggde tolv hyresrätter själva. Målet är en arbetsgrupp som tar fram ett förslag till bostadsprojekt i Södra Vi.

Förankring: i vår enkät hösten 2025 svarade 27 familjer att de skulle flytta hit eller bo kvar om det fanns lägenheter. Det öppna mötet den 3 februari, där 60 personer kom, gav oss uppdraget. Södra Vi IF och Södra Vi församling är med och bjuder in.

Budget bifogas som PDF.

Kontaktperson:
Mattias Gren
mattias.gren@example.com
072-174 06 35

Hälsningar Mattias
"""
    raw = message(
        [
            f"From: {addr('Mattias Gren', 'mattias.gren@example.com')}",
            f"To: {addr('Idéslanten – Region Kalmar län', BOT)}",
            f"Subject: {ew('Ansökan: Bygdedialog om boende, Södra Vi')}",
            f"Date: {date('2026-05-18 22:10:05')}",
            f"Message-ID: {M[2519]}",
            "User-Agent: Mozilla Thunderbird",
        ],
        multipart(
            "mixed",
            "------------0mXy2TgVb7LqR4cHs9NdKfPa",
            [
                text_part(body, cte="quoted-printable"),
                att_part(pdf, "application/pdf", "Budget_bygdedialog_Sodra_Vi.pdf"),
            ],
            preamble="This is a multi-part message in MIME format.\n",
        ),
    )
    add(
        "2519-sodra-vi-bostadsdialog-pdf.eml",
        raw,
        "application",
        "sv",
        "acvfb",
        "Complete application with the budget in a one-page PDF (Helvetica/WinAnsi, Flate-compressed text stream, extractable): four items totalling 10 200 kr, stated as the amount applied for. The body names the association with org.nr and 48 members, a contact block with e-mail and phone, two dated dialogue evenings with the municipality, landlords and an invited lecturer aimed at a local housing project, and anchoring through a survey (27 families – respondents, not members), an open meeting of 60 and two local co-hosts. The lecturer's fee including travel is not salary. Gender is not mentioned, so women_and_men is null.",
        association_name="Föreningen Vi i Södra Vi",
        org_number=ORG["svi"],
        contact_name="Mattias Gren",
        contact_email="mattias.gren@example.com",
        contact_phone="072-174 06 35",
        members=48,
        ort="Södra Vi",
        amount_sek=10200,
    )


M.update(
    {
        2520: "<8a3d5f7b9c1e.20260519093211@example.net>",
        2521: "<nyhetsbrev.2026-06.4471@example.org>",
        2522: "<DB7PR02MB5530A1F2E3D4C5B6A7980F1E2D3C@example.com>",
        2523: "<000f01dce8a2$5c6d7e80$15283940$@example.se>",
        2524: "<3E9F1A2B-7C6D-4E5F-8A9B-0C1D2E3F4A5B@example.com>",
        2525: "<HE1PR05MB3321B4C5D6E7F8091A2B3C4D5E6F@example.com>",
        2526: "<7q2x9z.k4m8n1.1780311111@example.com>",
        2527: "<CAF9pL3xZ2kQ8vM-Rt7wN5yB1dJ4hG6sE0cU9aXoV2iK3mT7rWq@example.net>",
    }
)
REC.update(
    {
        2520: ("<idl.2026-0045.kvitto@example.se>", "2026-0045"),
        2525: ("<idl.2026-0048.kvitto@example.se>", "2026-0048"),
    }
)


@mail
def m2520():
    body = """Hej!

Timmernabbens Hembygdsförening vill söka pengar ur idéslanten till tre berättarkvällar om varvstiden.

Föreningen har 140 medlemmar och sköter hembygdsgården vid gamla varvsplatsen. I Timmernabben byggdes det skutor i över hundra år och det finns fortfarande några gamla varvsarbetare kvar i byn som kan berätta, men de blir färre för varje år.

Vi vill ha tre kvällar i hembygdsgården i september (torsdagarna 10, 17 och 24 september). Varje kväll bjuder vi in en professionell berättare som leder samtalet tillsammans med två eller tre äldre bybor som var med på varvet. Kvällarna spelas in och blir en ljudsamling som byn och skolan kan använda. På så vis träffas gamla och nya Timmernabbsbor och kunskapen om byns historia stannar kvar.

Timmernabbens Byalag är medarrangör, femteklassarna på Timmernabbens skola intervjuar sina mor- och farföräldrar inför kvällarna och vi har 15 frivilliga som hjälper till med fika och teknik.

Budgeten ser ni på bifogade bild. Vi söker 8 000 kr.

MVH
SVEN-OLOF LJUNG
ordförande
0499-174 06 02
"""
    raw = message(
        [
            f"From: {addr('Sven-Olof Ljung', 'svenolof.ljung@example.net')}",
            f"To: {BOT}",
            f"Subject: {ew('ANSÖKAN BERÄTTARKVÄLLAR TIMMERNABBEN', 'iso-8859-1')}",
            f"Date: {date('2026-05-19 09:32:11')}",
            f"Message-ID: {M[2520]}",
            "X-Mailer: Webmail 3.1",
        ],
        multipart(
            "mixed",
            "=_b7f3c2a19e8d4f60",
            [
                text_part(body, charset="iso-8859-1", cte="8bit"),
                att_part(make_png(72, 96, seed=2520), "image/png", "budget.png"),
            ],
        ),
    )
    add(
        "2520-timmernabben-berattarkvallar-bild.eml",
        raw,
        "application",
        "sv",
        "acvf",
        "iso-8859-1 8bit webmail from an older writer (capitals in the signature, encoded-word subject in capitals). Association (named, 140 members, runs the heritage farm), contact (signer with a landline, own address), activity (three dated storytelling evenings with a professional storyteller and former shipyard workers, recorded for the village) and anchoring (co-arranging village association, the school's year-5 class, 15 volunteers) are all present. Budget false: 'se bifogade bild' points to a PNG photo with no readable text, so the only readable figure is 'Vi söker 8 000 kr' – amount_sek 8000, but a bare total. Tests an unreadable image budget.",
        association_name="Timmernabbens Hembygdsförening",
        contact_name="Sven-Olof Ljung",
        contact_email="svenolof.ljung@example.net",
        contact_phone="0499-174 06 02",
        members=140,
        ort="Timmernabben",
        amount_sek=8000,
    )


@mail
def m2521():
    text = """LANDSBYGDSBREVET – JUNI 2026
Nyheter för föreningar och eldsjälar i sydöstra Sverige

I DETTA NUMMER
* Sommarens bygdemöten – var och när
* Så skriver du en budget som håller: fem tips inför höstens ansökningar
* Idéslanten, Leader och andra små bidrag – en översikt
* Porträttet: byalaget som köpte sin egen bensinmack

FEM TIPS OM BUDGETEN
1. Dela upp kostnaderna i poster: lokalhyra, arvoden, resor, material, fika.
2. Räkna med moms där det behövs.
3. Ange vad ni själva bidrar med i ideell tid.
4. Skriv alltid ut en summa.
5. Spara kvitton – de behövs vid redovisningen.

BYGDEMÖTEN I SOMMAR
16 juni Tjust-bygdens träff, 23 juni Öländsk landsbygdsdag, 11 augusti Nätverksträff för bygdegårdar.

Läs hela nyhetsbrevet på webben: https://www.example.org/landsbygdsbrevet/2026-06

Du får det här brevet eftersom du anmält dig till Landsbygdsbrevet.
Avregistrera dig: https://www.example.org/avregistrera?id=4471
Landsbygdsnätverket Sydost, Box 12, 391 00 Kalmar
"""
    html = (
        '<html><body style="margin:0;background:#eef3ea"><table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center"><table width="600" style="background:#ffffff;font-family:Georgia,serif"><tr><td style="padding:24px">'
        + "".join(f"<p>{para.replace(chr(10), '<br>')}</p>" for para in text.split("\n\n"))
        + "</td></tr></table></td></tr></table></body></html>"
    )
    raw = message(
        [
            f"From: {addr('Landsbygdsnätverket Sydost', 'nyhetsbrev@example.org')}",
            f"To: {OFFICER}",
            f"Subject: {ew('Landsbygdsbrevet juni: budgettips, bygdemöten och bidrag')}",
            f"Date: {date('2026-05-20 06:00:00')}",
            f"Message-ID: {M[2521]}",
            "List-Id: Landsbygdsbrevet <landsbygdsbrevet.example.org>",
            "List-Unsubscribe: <https://www.example.org/avregistrera?id=4471>,\n <mailto:avregistrera@example.org?subject=unsubscribe-4471>",
            "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
            "Precedence: bulk",
            "X-Mailer: NewsletterSuite 5",
        ],
        multipart(
            "alternative",
            "nl-4471-b0undary-20260520",
            [
                text_part(text, cte="quoted-printable"),
                text_part(html, subtype="html", cte="base64"),
            ],
        ),
    )
    add(
        "2521-landsbygdsbrevet-juni.eml",
        raw,
        "newsletter",
        "sv",
        "",
        "Bulk newsletter to the officer with List-Id, List-Unsubscribe (https and mailto), List-Unsubscribe-Post and Precedence: bulk; multipart/alternative with quoted-printable text and base64 HTML. It talks about budgets, cost items, grants and idéslanten, so keyword matching could mistake it for an application, but it applies for nothing. All elements false and all facts null; the bot must not reply.",
    )


@mail
def m2522():
    body = f"""Hej!

Rockneby IF (org.nr {ORG["rock"]}, 310 medlemmar) vill söka idéslanten för aktiviteter för bygden i sommar. Vi vill helt enkelt göra mer för att Rockneby ska vara en bra plats att bo på och få fler att engagera sig.

Styrelsen beslutade att söka på mötet den 5 maj och vi gör det tillsammans med Rockneby Byalag som vi redan samarbetar med kring midsommarfirandet på idrottsplatsen.

Budget tar vi fram när vi vet mer.

/Tobias Ahl
ordförande Rockneby IF
070-174 06 57

Hämta Outlook för Android
"""
    html = (
        '<html><head><meta charset="utf-8"></head><body><div dir="auto">'
        + body.replace("\n", "<br>")
        + "</div></body></html>"
    )
    raw = message(
        [
            f"From: {addr('Tobias Ahl', 'tobias.ahl@example.com')}",
            f"To: {addr('Idéslanten – Region Kalmar län', BOT)}",
            f"Subject: {ew('Ansökan Rockneby IF')}",
            f"Date: {date('2026-05-21 16:48:39')}",
            f"Message-ID: {M[2522]}",
            "X-MS-Exchange-Organization-SCL: 1",
        ],
        multipart(
            "alternative",
            "_000_DB7PR02MB5530A1F2E3D4C5B6A7980F1E2D3C_",
            [
                text_part(body, cte="base64"),
                text_part(html, subtype="html", cte="base64"),
            ],
        ),
    )
    add(
        "2522-rockneby-if-vagt.eml",
        raw,
        "application",
        "sv",
        "acf",
        "Outlook for Android, multipart/alternative with both parts base64. Association (sports club with org.nr and 310 members) and contact (chair signing with phone from his own address) are present. Anchoring true: the board decision plus concrete cooperation with the village association, with whom the club already runs midsummer. Activity false: 'aktiviteter för bygden i sommar ... göra mer' is a vague wish with no what/when/how. Budget false: 'tar vi fram när vi vet mer'. No amount at all, so amount_sek null.",
        association_name="Rockneby IF",
        org_number=ORG["rock"],
        contact_name="Tobias Ahl",
        contact_email="tobias.ahl@example.com",
        contact_phone="070-174 06 57",
        members=310,
        ort="Rockneby",
    )


@mail
def m2523():
    body = f"""Goddag!

Jag heter Ingrid Fransson och är sekreterare i Alsterbro Bygdegårdsförening (org.nr {ORG["als"]}), vi är 66 medlemmar och har hand om bygdegården i Alsterbro sedan 1952. Nu vill vi söka pengar till en kurs i släktforskning och bygdens historia, fem tisdagskvällar i oktober och november med en kursledare från studieförbundet, där vi tillsammans letar i kyrkböcker och gamla husförhör efter vilka som bott på gårdarna runt Alsterbro. Det vi hittar sätter vi ihop till en gårdskrönika som blir kvar i bygdegården så att även de som flyttat hit kan lära sig om trakten, och gamla och nya Alsterbrobor får träffas över något gemensamt.

Idén kom upp på vårt medlemsmöte i mars där 31 personer var och alla tyckte det lät roligt, PRO Alsterbro och Alsterbro Skytteförening är med och ordnar, och redan nu har 22 anmält sig. Kursen är för alla, män som kvinnor.

Vad det kostar:
Kursledare 5 kvällar à 1 400 kr  7 000 kr
Studiematerial och kopior  800 kr
Fika 5 kvällar à 300 kr  1 500 kr
Summa  9 300 kr
(lokalen har vi ju själva)

Ring gärna om det är något, jag är hemma de flesta dagar.

Ingrid Fransson
Alsterbro
tel 070-174 06 08
"""
    raw = message(
        [
            f"From: {addr('Ingrid Fransson', 'ingrid.fransson@example.se', 'iso-8859-1')}",
            f"To: {addr('Idéslanten', BOT)}",
            f"Subject: {ew('Släktforskning i Alsterbro', 'iso-8859-1', 'q')}",
            f"Date: {date('2026-05-22 14:21:08')}",
            f"Message-ID: {M[2523]}",
            "X-Mailer: Microsoft Outlook 15.0",
            "Content-Language: sv",
        ],
        text_part(body, charset="iso-8859-1", cte="quoted-printable"),
    )
    add(
        "2523-alsterbro-slaktforskning.eml",
        raw,
        "application",
        "sv",
        "acvfb",
        "Complete application written as two long run-on paragraphs by an older secretary, iso-8859-1 quoted-printable with an iso-8859-1 encoded-word subject. Association named with org.nr, 66 members and since when; contact is the writer introducing herself, with phone, from her own address; activity is a five-evening genealogy course with a course leader producing a farm chronicle for the village; anchoring is a members' meeting of 31 (attendance), two co-arranging local groups and 22 sign-ups; budget has three items summing to 9 300 kr. Course leader fee is not salary. 'män som kvinnor' makes women_and_men true.",
        association_name="Alsterbro Bygdegårdsförening",
        org_number=ORG["als"],
        contact_name="Ingrid Fransson",
        contact_email="ingrid.fransson@example.se",
        contact_phone="070-174 06 08",
        members=66,
        ort="Alsterbro",
        amount_sek=9300,
        women_and_men=True,
    )


@mail
def m2524():
    rid, case = REC[2509]
    quoted = "\n".join(
        "> " + ln if ln else ">" for ln in receipt_lines(case, ["activity", "anchoring"], variant=1)
    )
    body = f"""Hej!

Nu har vi i styrelsen bestämt oss. Vi ordnar en inflyttarkväll lördagen den 3 oktober i Gamleby Folkets hus. Företag, föreningar, skolan och kommunens inflyttarlots har varsin monter, vi har en guidad busstur runt byn för dem som funderar på att flytta hit och sen blir det middag. Vi bjuder in alla som flyttat hit de senaste två åren plus deras vänner, och annonserar i Stockholm och Linköping. Tanken är att folk ska se att det finns jobb, skola och gemenskap här.

Vi hade ett öppet byamöte i går kväll, lördag 23 maj, i Folkets hus med ca 40 personer där vi bestämde detta. Gamleby Företagarförening och Gamleby Hembygdsförening ställer upp med montrar och folk.

Mvh Sofia Lund

Skickat från min iPhone

> 10 maj 2026 kl. 17:44 skrev Idéslanten – Region Kalmar län <{BOT}>:
>
{quoted}
"""
    raw = message(
        [
            "Content-Type: text/plain;\n\tcharset=utf-8",
            "Content-Transfer-Encoding: quoted-printable",
            f"From: {addr('Sofia Lund', 'sofia.lund@example.com')}",
            "Mime-Version: 1.0 (1.0)",
            f"Date: {date('2026-05-24 10:09:44')}",
            f"Subject: {ew('Re: Ansökan från Levande Gamleby [Idéslanten ' + case + ']')}",
            f"Message-Id: {M[2524]}",
            f"References: {M[2509]} {rid}",
            f"In-Reply-To: {rid}",
            f"To: {addr('Idéslanten – Region Kalmar län', BOT)}",
            "X-Mailer: iPhone Mail (22F76)",
        ],
        ([], encode_body(body, "utf-8", "quoted-printable")),
        mime_version=False,
    )
    add(
        "2524-gamleby-aktivitet-forankring.eml",
        raw,
        "followup",
        "sv",
        "cvf",
        "iPhone reply to the receipt for 2509 (which lacked activity and anchoring), quoting it with '> ' under an Apple-style attribution line. The new text now gives a concrete activity (a newcomers' evening on 3 October with stands, a guided bus tour and dinner, advertised in two cities, with a stated local benefit) and concrete anchoring (an open village meeting of about 40 the evening before, two local associations taking part). Signed 'Sofia Lund' from her own address, so contact true. No budget, association details or amount in the new text.",
        contact_name="Sofia Lund",
        contact_email="sofia.lund@example.com",
        ort="Gamleby",
    )


@mail
def m2525():
    text = """Hej,

Järnforsens Byaråd (52 medlemmar) söker bidrag till familjedagen "Järnforsen runt" söndagen den 6 september.

Vi lägger ut en cykelorientering för hela familjer runt byn med kontroller vid gamla bruksmiljöer, skolan och badplatsen, och vid kontrollerna finns skyltar om byns historia. Banan läggs av den lokala orienteringsklubben. Dagen slutar med soppa i bygdegården. Syftet är att nyinflyttade ska hitta runt och lära känna byn och varandra, och att tjejer och killar, mammor och pappor gör något tillsammans ute.

Vi är väl förankrade i bygden och har alltid stort stöd för det vi gör.

Budget:
Kartor och tryck 2 500 kr
Arvode banläggare 3 000 kr
Soppa och bröd 2 250 kr
Priser till barnen 750 kr
Totalt 8 500 kr

Med vänlig hälsning
Henrik Thulin
Järnforsens Byaråd
070-174 06 72
"""
    html = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"><style>p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}</style></head>'
        '<body lang="SV"><div class="WordSection1">'
        + "".join(
            f'<p class="MsoNormal">{ln if ln else "&nbsp;"}</p>'
            for ln in text.replace("&", "&amp;").replace('"', "&quot;").split("\n")
        )
        + "</div></body></html>"
    )
    raw = message(
        [
            f"From: {addr('Henrik Thulin', 'henrik.thulin@example.com')}",
            f"To: {addr('Idéslanten – Region Kalmar län', BOT, 'windows-1252')}",
            f"Subject: {ew('Ansökan – familjedag Järnforsen runt', 'windows-1252')}",
            f"Date: {date('2026-05-25 08:55:21')}",
            f"Message-ID: {M[2525]}",
            "X-Mailer: Microsoft Outlook 16.0",
            "Thread-Index: AdzsK9PqWmR2aTfSQ1yHc8b0eLnXvA==",
            "Content-Language: sv-SE",
        ],
        multipart(
            "alternative",
            "----=_NextPart_000_0041_01DCEC2B.D3EA5A20",
            [
                text_part(text, charset="windows-1252", cte="quoted-printable"),
                text_part(html, subtype="html", charset="windows-1252", cte="quoted-printable"),
            ],
            preamble="This is a multipart message in MIME format.\n\n",
        ),
    )
    add(
        "2525-jarnforsen-familjedag.eml",
        raw,
        "application",
        "sv",
        "acvb",
        "Outlook desktop multipart/alternative in windows-1252 (quoted-printable text and MsoNormal HTML), windows-1252 encoded-word subject with an en dash. Association (named, 52 members), contact (signer with phone, own address), activity (a dated family cycle-orienteering day with history signs and soup, clear local benefit) and a four-item budget of 8 500 kr are present. Anchoring false: 'vi är väl förankrade i bygden och har alltid stort stöd' is an empty claim, and the orienteering club is only a paid course setter. The course setter's fee is not salary; prizes and food are consumables. 'tjejer och killar, mammor och pappor' makes women_and_men true.",
        association_name="Järnforsens Byaråd",
        contact_name="Henrik Thulin",
        contact_email="henrik.thulin@example.com",
        contact_phone="070-174 06 72",
        members=52,
        ort="Järnforsen",
        amount_sek=8500,
        women_and_men=True,
    )


@mail
def m2526():
    body = """hej! vi vill ha pengar till en loppis o marknad i byxelkrok hamn lördag 8 aug. vi vill hyra ett stort tält och ha lite levande musik så att folk i byn träffas och sommargästerna handlar lokalt hos oss istället för att åka in till borgholm. ring om ni undrar nåt

Linnea Pettersson 072-174 06 93



Skickat från min Galaxy"""
    raw = message(
        [
            f"From: {addr('Linnea Pettersson', 'linnea.pettersson@example.com')}",
            f"To: {BOT}",
            "Subject: loppis byxelkrok",
            f"Date: {date('2026-05-27 23:14:02')}",
            f"Message-ID: {M[2526]}",
        ],
        multipart(
            "alternative",
            "--_com.samsung.android.email_1780311242000",
            [
                text_part(body, cte="base64"),
                text_part(
                    '<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head><body dir="auto"><div dir="auto">'
                    + body.replace("\n", "<br>")
                    + "</div></body></html>",
                    subtype="html",
                    cte="base64",
                ),
            ],
        ),
    )
    add(
        "2526-byxelkrok-loppis-mobil.eml",
        raw,
        "application",
        "sv",
        "cv",
        "Very short Samsung mobile mail (both alternatives base64), all lowercase, written late at night. Activity true: a flea market and fair in Byxelkrok harbour on 8 August with a hired tent and live music, with a stated local benefit (villagers meet, summer guests shop locally). Contact true: signer with phone from her own address. Association false ('vi', no group named), anchoring false (nothing about backing), budget false (no amounts at all, amount_sek null). Renting a tent is not an investment.",
        contact_name="Linnea Pettersson",
        contact_email="linnea.pettersson@example.com",
        contact_phone="072-174 06 93",
        ort="Byxelkrok",
    )


@mail
def m2527():
    body = """Hi,

I'm the treasurer of Färjestadens Bollklubb (youth football, about 90 kids). We would like to put up LED floodlights on our small training pitch so the kids can train in autumn evenings. The quote we have is about 40 000 SEK. Is this something idéslanten can pay for, fully or partly? Or is the grant only for events and meetings?

Thanks in advance,
Daniel Okafor
Färjestadens Bollklubb
"""
    raw = message(
        [
            f"From: {addr('Daniel Okafor', 'daniel.okafor@example.net')}",
            f"To: {OFFICER}",
            "Subject: Question about floodlights / idéslanten".replace(
                "idéslanten", "=?UTF-8?B?aWTDqXNsYW50ZW4=?="
            ),
            f"Date: {date('2026-05-28 18:37:55')}",
            f"Message-ID: {M[2527]}",
        ],
        multipart(
            "alternative",
            "000000000000f00d5e0639f7a3b1",
            [
                text_part(body, cte="quoted-printable"),
                text_part(
                    '<div dir="ltr">'
                    + body.replace("\n\n", "<br><br>").replace("\n", "<br>")
                    + "</div>",
                    subtype="html",
                    cte="quoted-printable",
                ),
            ],
        ),
    )
    add(
        "2527-farjestaden-floodlights-question.eml",
        raw,
        "question",
        "en",
        "",
        "English question in Gmail style asking whether idéslanten can pay for LED floodlights on a training pitch. It applies for nothing, so all elements are false, but the question itself proposes a physical investment, so physical_investment is true (salary_costs null). The 40 000 SEK is a quote, not an amount applied for, so amount_sek is null. The club, the signer and Färjestaden are recorded as stated; the 'about 90 kids' are players, not stated members, so members null.",
        association_name="Färjestadens Bollklubb",
        contact_name="Daniel Okafor",
        contact_email="daniel.okafor@example.net",
        ort="Färjestaden",
        physical_investment=True,
    )


M.update(
    {
        2528: "<5a7c9e1f3b2d.alem.20260529@example.org>",
        2529: "<8a3d5f7b9c1e.20260601081544@example.net>",
        2530: "<001c01dcf2a7$9b8c7d60$d2a57820$@example.net>",
        2531: "<20260602101812.7F3A12C0451@example.se>",
        2532: "<1780561234.557201.1780561234889@example.org>",
        2533: "<CAM4nTq8yVx2_Lp0Rk-3eWd7GhJ1sZ9fB6cN5oY2uA8iE4mX0tQw@example.com>",
    }
)
REC.update(
    {
        2530: ("<idl.2026-0051.kvitto@example.se>", "2026-0051"),
    }
)


@mail
def m2528():
    body = """Hej!

Ålems Hembygdsförening (180 medlemmar) söker bidrag till "Hantverksdagar i Ålem" i höst.

Fyra lördagar i september och oktober (5/9, 19/9, 3/10 och 17/10) ska äldre bybor lära ut gamla hantverk till yngre i smedjan vid hembygdsgårn: knyppling, smide, korgflätning och täljning. Till smidet och korgflätningen tar vi in två instruktörer som får arvode, de andra passen håller våra egna medlemmar i. Kunskapen finns bara hos några få gamlingar i bygden nu och om ingen lär sig den försvinner den. Dessutom är det ett sätt att få folk i alla åldrar att träffas.

Ålems skola låter sexorna vara med en lördag som en del av slöjden, studieförbundet hjälper oss med anmälan, 31 har anmält sig hittills och nio medlemmar ställer upp som funktionärer.

Budget:
Instruktörsarvoden 2 x 2 000 kr = 4 000 kr
Material (vide, lingarn, kol) = 2 800 kr
Hyra av smedjan 4 x 400 kr = 1 600 kr
Fika = 1 200 kr
Summa 9 600 kr

Hälsningar
Ålems Hembygdsförening
Föreningens telefon (telefonsvarare): 0499-174 06 15
"""
    raw = message(
        [
            f"From: {addr('Ålems Hembygdsförening', 'alemshembygd@example.org', 'utf-8', 'b')}",
            f"To: {BOT}",
            f"Subject: {ew('Hantverksdagar i Ålem – ansökan om idéslanten')}",
            f"Date: {date('2026-05-29 15:02:37')}",
            f"Message-ID: {M[2528]}",
            "X-Mailer: Webmail 4.2",
        ],
        text_part(body, cte="base64"),
    )
    add(
        "2528-alem-hantverksdagar.eml",
        raw,
        "application",
        "sv",
        "avfb",
        "Base64 utf-8 from a shared association mailbox with a base64 encoded-word display name. Contact false: no person is named anywhere – only the association and its answering-machine phone – so all contact facts are null. Association (named, 180 members), activity (four dated Saturdays of traditional crafts taught by elders, two paid instructors, clear local benefit), anchoring (the school's year-6 class, the study association, 31 sign-ups, nine volunteers) and a four-item budget of 9 600 kr are present. Instructor fees are not salary; craft materials are consumables and renting the smithy is not an investment. Dialect 'hembygdsgårn', 'gamlingar'.",
        association_name="Ålems Hembygdsförening",
        members=180,
        ort="Ålem",
        amount_sek=9600,
    )


@mail
def m2529():
    rid, case = REC[2520]
    rec = "\n".join("> " + ln if ln else ">" for ln in receipt_lines(case, ["budget"], variant=1))
    body = f"""HEJ

HÄR KOMMER BUDGETEN SOM EN FIL ISTÄLLET, BILDEN BLEV VISST INTE BRA. BARNBARNET HJÄLPTE MIG.

MVH
SVEN-OLOF LJUNG
0499-174 06 02

Den 2026-05-19 09:33, skrev Idéslanten – Region Kalmar län:
{rec}
""".encode("iso-8859-1", "replace").decode("iso-8859-1")
    csv_text = "Post;Belopp (kr)\nArvode berättare 3 kvällar;4500\nHyra av inspelningsutrustning;1200\nAnnonsering;800\nFika;1500\nSumma;8000\n"
    raw = message(
        [
            f"From: {addr('Sven-Olof Ljung', 'svenolof.ljung@example.net')}",
            f"To: {BOT}",
            f"Subject: {ew('Re: ANSÖKAN BERÄTTARKVÄLLAR TIMMERNABBEN [Idéslanten ' + case + ']', 'iso-8859-1')}",
            f"Date: {date('2026-06-01 08:15:44')}",
            f"Message-ID: {M[2529]}",
            f"In-Reply-To: {rid}",
            fold("References", [M[2520], rid]),
            "X-Mailer: Webmail 3.1",
        ],
        multipart(
            "mixed",
            "=_c81d4e2fa07b3965",
            [
                text_part(body, charset="iso-8859-1", cte="quoted-printable"),
                (
                    [
                        'Content-Type: text/csv; charset="iso-8859-1"; name="budget_berattarkvallar.csv"',
                        'Content-Disposition: attachment; filename="budget_berattarkvallar.csv"',
                        "Content-Transfer-Encoding: base64",
                    ],
                    base64.encodebytes(csv_text.encode("iso-8859-1")),
                ),
            ],
        ),
    )
    add(
        "2529-timmernabben-budget-csv.eml",
        raw,
        "followup",
        "sv",
        "cb",
        "All-caps reply from the older writer of 2520 to the bot's receipt (iso-8859-1 quoted-printable; the quoted receipt's en dashes become '?' in Latin-1, as some webmails do). The new content is a semicolon-separated .csv budget (iso-8859-1, base64): four items and a sum of 8 000 kr, so budget true and amount 8000. Signed with full name and phone from his own address, so contact true. The quoted receipt lists the missing budget but must not count. Nothing else new.",
        contact_name="Sven-Olof Ljung",
        contact_email="svenolof.ljung@example.net",
        contact_phone="0499-174 06 02",
        amount_sek=8000,
    )


@mail
def m2530():
    body = f"""Hej!

Härmed ansöker Berga Byalag om 10 500 kr ur idéslanten.

Om föreningen
Berga Byalag i Högsby kommun, org.nr {ORG["ber"]}, bildat 1994, 92 medlemmar. Vi ordnar valborgsfirande, bystädning och driver byns hemsida.

Kontaktperson
Lennart Åström, 070-174 06 66, lennart.astrom@example.net

Aktiviteten
Elpriserna och de många solcellsförfrågningarna har gjort att många i Berga undrar om byn kan producera egen el tillsammans. Vi vill därför göra två saker i höst:
- En energikväll i Berga bygdegård den 24 september där en energirådgivare föreläser om hur en ekonomisk förening för solel fungerar.
- En studieresa med hyrd buss lördagen den 10 oktober till en by i länet där byborna äger en solcellspark tillsammans, med visning och samtal med deras styrelse.
Efteråt bjuder vi in till ett möte där byn bestämmer om vi ska gå vidare. Det handlar om lägre kostnader för hushållen och om att byn tar ett gemensamt grepp om sin framtid.

Förankring
Frågan togs upp på byamötet den 20 april där 39 personer var med. Berga IF är medarrangör och 25 personer har redan anmält sig till resan. Allt är öppet för alla, kvinnor som män.

Budget
Hyra av buss med chaufför 5 800 kr
Föreläsararvode energirådgivare 3 500 kr
Fika och kaffe båda tillfällena 1 200 kr
Summa 10 500 kr

Med vänliga hälsningar
Lennart Åström
Berga Byalag
"""
    raw = message(
        [
            f"From: {addr('Lennart Åström', 'lennart.astrom@example.net', 'windows-1252')}",
            f"To: {addr('Idéslanten – Region Kalmar län', BOT, 'windows-1252')}",
            f"Subject: {ew('Ansökan från Berga Byalag – energikväll och studieresa', 'windows-1252')}",
            f"Date: {date('2026-06-02 10:17:49')}",
            f"Message-ID: {M[2530]}",
            "X-Mailer: Microsoft Outlook 16.0",
            "Thread-Index: AdzypZuMfWDSpXggQq1v2Lk9cHfTbA==",
            "Content-Language: sv",
        ],
        text_part(body, charset="windows-1252", cte="8bit"),
    )
    add(
        "2530-berga-energikvall-studieresa.eml",
        raw,
        "application",
        "sv",
        "acvfb",
        "Complete, tidy application from Outlook, windows-1252 8bit body (en dashes and Swedish letters as single bytes) and windows-1252 encoded-word subject. Association with org.nr, founding year, 92 members and activities; explicit contact with phone and e-mail; two dated activities (energy lecture, bus study visit) and a follow-up decision meeting, with local benefit; anchoring through a village meeting of 39, a co-arranging sports club and 25 sign-ups; three-item budget of 10 500 kr matching the amount applied for. Learning about solar is not buying panels, so physical_investment false; the adviser's fee is not salary. 'kvinnor som män' makes women_and_men true.",
        association_name="Berga Byalag",
        org_number=ORG["ber"],
        contact_name="Lennart Åström",
        contact_email="lennart.astrom@example.net",
        contact_phone="070-174 06 66",
        members=92,
        ort="Berga",
        amount_sek=10500,
        women_and_men=True,
    )


M.update(
    {
        2534: "<20260610071502.a91f.autosvar@example.net>",
        2535: "<0d9c4b2a-6e1f-4c7a-b3d8-5f2e9a1c7b40@example.com>",
    }
)
OFFICER_MSG[2516] = "<lbu.20260609.1540.ak@example.se>"


@mail
def m2531():
    rid, case = REC[2530]
    expl = """This is the mail system at host mx.example.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<lennart.astrom@example.net>: host mx.example.net[192.0.2.77] said: 552 5.2.2
    Mailbox full: lennart.astrom (in reply to RCPT TO command)
"""
    status = """Reporting-MTA: dns; mx.example.se
X-Postfix-Queue-ID: 7F3A12C0451
X-Postfix-Sender: rfc822; ideslanten@example.se
Arrival-Date: Tue,  2 Jun 2026 10:18:03 +0200 (CEST)

Final-Recipient: rfc822; lennart.astrom@example.net
Original-Recipient: rfc822;lennart.astrom@example.net
Action: failed
Status: 5.2.2
Remote-MTA: dns; mx.example.net
Diagnostic-Code: smtp; 552 5.2.2 Mailbox full: lennart.astrom
"""
    headers = f"""Return-Path: <ideslanten@example.se>
From: =?utf-8?q?Id=C3=A9slanten_=E2=80=93_Region_Kalmar_l=C3=A4n?= <ideslanten@example.se>
To: lennart.astrom@example.net
Subject: =?utf-8?q?Re=3A_Ans=C3=B6kan_fr=C3=A5n_Berga_Byalag_=E2=80=93_energikv=C3=A4ll_och_studieresa_=5BId=C3=A9slanten_{case}=5D?=
Date: Tue, 02 Jun 2026 10:18:02 +0200
Message-ID: {rid}
In-Reply-To: {M[2530]}
References: {M[2530]}
Auto-Submitted: auto-replied
"""
    raw = message(
        [
            "Return-Path: <>",
            f"Date: {date('2026-06-02 10:18:12')}",
            "From: MAILER-DAEMON@example.se (Mail Delivery System)",
            "Subject: Undelivered Mail Returned to Sender",
            f"To: {BOT}",
            "Auto-Submitted: auto-replied",
            f"Message-Id: {M[2531]}",
        ],
        multipart(
            "report",
            "7F3A12C0451.1780388292/mx.example.se",
            [
                (
                    [
                        "Content-Description: Notification",
                        "Content-Type: text/plain; charset=us-ascii",
                    ],
                    expl.encode(),
                ),
                (
                    [
                        "Content-Description: Delivery report",
                        "Content-Type: message/delivery-status",
                    ],
                    status.encode(),
                ),
                (
                    [
                        "Content-Description: Undelivered Message Headers",
                        "Content-Type: text/rfc822-headers",
                    ],
                    headers.encode(),
                ),
            ],
            params=" report-type=delivery-status;",
        ),
    )
    add(
        "2531-bounce-berga-brevlada-full.eml",
        raw,
        "bounce",
        "en",
        "",
        "Postfix-style multipart/report (delivery-status) from MAILER-DAEMON: the bot's receipt to the Berga applicant (2530) failed with 552 5.2.2 mailbox full. The returned headers (text/rfc822-headers) carry the receipt's subject, In-Reply-To and References naming application 2530, so the bounce sits in that thread, but it is a machine notification: never a followup, never answered. English system text; all elements false and all facts null.",
    )


@mail
def m2532():
    text = f"""Hej,

Frödinge Bygdeförening, org.nr {ORG["frd"]}, ansöker om medel ur idéslanten.

Föreningen har 77 medlemmar och verkar för hela Frödinge socken.

Vi vill under året stärka gemenskapen och utveckla bygden med olika insatser, så att Frödinge blir en ännu bättre plats att leva och bo på.

Vid byastämman den 11 maj röstade de 28 närvarande enhälligt för att föreningen ska söka, och Frödinge Hembygdsförening och Frödinge IK har lovat att vara med.

Budget
Lön till vår kassör för samordning: 5 000 kr
Lokalhyra: 3 000 kr
Material: 2 000 kr
Fika: 1 500 kr
Annonsering: 1 000 kr
Summa: 12 500 kr

Kontakt: Ewa Lindahl, ordförande, 0492-174 06 11, ewa.lindahl@example.org

Hälsningar
Ewa Lindahl
"""
    html = (
        '<html><body><div style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">'
        + "".join(f"<div>{ln if ln else '<br>'}</div>" for ln in text.split("\n"))
        + "</div></body></html>"
    )
    raw = message(
        [
            f"From: {addr('Ewa Lindahl', 'ewa.lindahl@example.org')}",
            f"To: {addr('Idéslanten – Region Kalmar län', BOT)}",
            f"Subject: {ew('Ansökan Frödinge Bygdeförening 2026')}",
            f"Date: {date('2026-06-04 19:40:34')}",
            f"Message-ID: {M[2532]}",
            "X-Mailer: WebService/1.1.25",
        ],
        multipart(
            "alternative",
            "----=_Part_557201_1780561234889",
            [
                text_part(text, cte="quoted-printable"),
                text_part(html, subtype="html", cte="quoted-printable"),
            ],
        ),
    )
    add(
        "2532-frodinge-lon-vag-aktivitet.eml",
        raw,
        "application",
        "sv",
        "acfb",
        "Yahoo-style multipart/alternative, quoted-printable. Association (named, org.nr, 77 members), contact (explicit line with phone and e-mail), anchoring (a village meeting where the 28 present voted, plus two named local partners) and a five-item budget of 12 500 kr are present. Activity false: 'stärka gemenskapen och utveckla bygden med olika insatser' is a vague wish. The budget contains 'Lön till vår kassör för samordning', i.e. pay to a member, so salary_costs is true. Tests that a full-looking mail can still lack the activity and break the no-salary rule.",
        association_name="Frödinge Bygdeförening",
        org_number=ORG["frd"],
        contact_name="Ewa Lindahl",
        contact_email="ewa.lindahl@example.org",
        contact_phone="0492-174 06 11",
        members=77,
        ort="Frödinge",
        amount_sek=12500,
        salary_costs=True,
    )


@mail
def m2533():
    body = """Hej hej!

Vi är ett gäng föräldrar i Kristdala som vill ordna tre naturdagar för barn och föräldrar i sommar 🌲 Onsdagarna 8, 15 och 22 juli kl 10-15. En naturguide visar oss skogen och sjön, vi paddlar kanot (hyrda), grillar och lär barnen allemansrätten. Det finns inget sommarlovsprogram i Kristdala längre och många barn sitter bara inne, och det är ett bra sätt för nyinflyttade familjer att lära känna andra. Tjejer och killar 7–12 år med en vuxen.

Kristdala Hembygdsgille lånar ut sin gård som bas och 19 familjer har redan anmält intresse i byns Facebookgrupp.

Kostnader
Naturguide 3 dagar x 2 000 kr = 6 000 kr
Kanothyra 3 dagar x 1 500 kr = 4 500 kr
Mat till grillningen 1 500 kr
Totalt 12 000 kr

Hälsningar
Hanna Berglund
073-174 06 29
"""
    raw = message(
        [
            f"From: {addr('Hanna Berglund', 'hanna.berglund@example.com')}",
            f"Date: {date('2026-06-08 21:03:17')}",
            f"Message-ID: {M[2533]}",
            f"Subject: {ew('Naturdagar för barn i Kristdala 🌲', 'utf-8', 'b')}",
            f"To: {BOT}",
        ],
        multipart(
            "alternative",
            "000000000000b3c9d70639f8e2a4",
            [
                text_part(body, cte="quoted-printable"),
                text_part(
                    '<div dir="ltr">' + body.replace("\n", "<br>") + "</div>",
                    subtype="html",
                    cte="quoted-printable",
                ),
            ],
        ),
    )
    add(
        "2533-kristdala-naturdagar.eml",
        raw,
        "application",
        "sv",
        "cvfb",
        "Gmail multipart/alternative with an emoji in the body and in the base64 encoded-word subject. Association false: 'ett gäng föräldrar i Kristdala' is an unnamed group; the heritage guild lending its farm is a partner (association_name and members null). Contact, activity (three dated nature days with a guide and hired canoes, stated local need), anchoring (the guild's support and 19 families signed up) and a three-item budget of 12 000 kr are present. Canoe hire is renting, not an investment; the guide's fee is not salary. 'Tjejer och killar' makes women_and_men true.",
        contact_name="Hanna Berglund",
        contact_email="hanna.berglund@example.com",
        contact_phone="073-174 06 29",
        ort="Kristdala",
        amount_sek=12000,
        women_and_men=True,
    )


@mail
def m2534():
    body = """Detta är ett automatiskt svar.

Hej! Jag är föräldraledig och läser min e-post bara sporadiskt fram till den 17 augusti. Gäller det Orrefors Samhällsförening går det bra att vända sig till föreningens ordförande via föreningens hemsida.

Ha en fin sommar!
Ahmed
"""
    raw = message(
        [
            f"From: {addr('Ahmed Karimi', 'ahmed.karimi@example.net')}",
            f"To: {OFFICER}",
            f"Subject: {ew('Re: Glasbruksvandringar i Orrefors – ansökan')}",
            f"Date: {date('2026-06-10 07:15:02')}",
            f"Message-ID: {M[2534]}",
            f"In-Reply-To: {OFFICER_MSG[2516]}",
            fold("References", [M[2516], OFFICER_MSG[2516]]),
        ],
        text_part(body, cte="quoted-printable"),
    )
    add(
        "2534-orrefors-autosvar-utan-huvud.eml",
        raw,
        "autoreply",
        "sv",
        "",
        "Out-of-office reply WITHOUT any automation header (no Auto-Submitted, X-Autoreply or Precedence) and with a plain 'Re:' subject, In-Reply-To the officer's message and References naming application 2516 – it looks like a followup by its headers. The body opens with 'Detta är ett automatiskt svar' and is a parental-leave notice, so it is an autoreply: it adds nothing and must not be answered. All elements false, all facts null.",
    )


@mail
def m2535():
    rid, case = REC[2525]
    quoted = "\n".join(
        "> " + ln if ln else ">" for ln in receipt_lines(case, ["anchoring"], variant=0)
    )
    body = f"""Hej igen,

Vi hade byamöte i bygdegården i onsdags, den 10 juni. 34 personer kom och alla ställde sig bakom familjedagen. Orienteringsklubben, föräldraföreningen på skolan och hembygdsföreningen bemannar kontrollerna, och vi har 12 frivilliga till soppköket.

Mvh
Henrik Thulin
Järnforsens Byaråd

Den 2026-05-25 kl. 08:56, Idéslanten – Region Kalmar län skrev:
{quoted}
"""
    raw = message(
        [
            f"Message-ID: {M[2535]}",
            f"Date: {date('2026-06-12 17:22:09')}",
            "MIME-Version: 1.0",
            "User-Agent: Mozilla Thunderbird",
            f"Subject: {ew('Re: Ansökan – familjedag Järnforsen runt [Idéslanten ' + case + ']')}",
            "Content-Language: sv-SE",
            f"To: {addr('Idéslanten – Region Kalmar län', BOT)}",
            fold("References", [M[2525], rid]),
            f"From: {addr('Henrik Thulin', 'henrik.thulin@example.com')}",
            f"In-Reply-To: {rid}",
        ],
        text_part(body, cte="8bit", params="; format=flowed"),
        mime_version=False,
    )
    add(
        "2535-jarnforsen-forankring.eml",
        raw,
        "followup",
        "sv",
        "cf",
        "Thunderbird reply (headers in Thunderbird order, format=flowed utf-8 8bit) to the receipt for 2525, which lacked anchoring; the receipt is quoted with '> ' under a 'Den 2026-05-25 kl. 08:56, ... skrev:' line. The new text gives concrete anchoring: a village meeting on 10 June with 34 attendees backing the day, three local groups staffing the controls and 12 volunteers. Signed by Henrik Thulin from his own address, so contact true. The association is only named in the signature, so association false; no budget or activity details are new.",
        association_name="Järnforsens Byaråd",
        contact_name="Henrik Thulin",
        contact_email="henrik.thulin@example.com",
        ort="Järnforsen",
    )


M.update(
    {
        2536: "<4b1d8e2c-93a7-4f05-b6e1-0c7d2a9f3e58@example.se>",
        2537: "<20260617033112.0A1B2C3D4E5F@example.net>",
        2538: "<CAB2wLk9mR4xT_7nQ1vZ-Ys3pE8dG0hJ6cU5aF2oX9iW4bN7eKq@example.com>",
        2539: "<bulk.2026-06-25.bygdeposten.88213@example.org>",
        2540: "<GRANTS.2026.06.29.991827364@example.com>",
    }
)


@mail
def m2536():
    body = """Hej!

Finns det något sista datum för att söka idéslanten i år? Vi i Loftahammars Skärgårdsförening funderar på en kväll i oktober men hinner inte ha styrelsemöte förrän i slutet av augusti. Måste föreningen ha ett organisationsnummer för att få söka?

Hälsningar
Åsa Nyberg
Loftahammar
"""
    raw = message(
        [
            f"From: {addr('Åsa Nyberg', 'asa.nyberg@example.se', 'iso-8859-1')}",
            f"To: {OFFICER}",
            f"Subject: {ew('Sista ansökningsdag?', 'iso-8859-1')}",
            f"Date: {date('2026-06-15 12:48:20')}",
            f"Message-ID: {M[2536]}",
            "User-Agent: Mozilla Thunderbird",
        ],
        text_part(body, charset="iso-8859-1", cte="8bit", params="; format=flowed"),
    )
    add(
        "2536-loftahammar-fraga-sista-datum.eml",
        raw,
        "question",
        "sv",
        "",
        "Short iso-8859-1 question to the officer about the deadline for this year and whether an org.nr is required. The planned 'kväll i oktober' is not described and nothing is applied for, so it is a question, all elements false. Stated facts kept: association, signer with her own address, Loftahammar. No cost is proposed, so salary_costs and physical_investment are null, amount null.",
        association_name="Loftahammars Skärgårdsförening",
        contact_name="Åsa Nyberg",
        contact_email="asa.nyberg@example.se",
        ort="Loftahammar",
    )


@mail
def m2537():
    html = """<html><body style="font-family:Segoe UI,Arial,sans-serif">
<table width="560" style="border:1px solid #c00"><tr><td style="padding:16px">
<p><b>Region Kalmar län – IT-servicedesk</b></p>
<p>Hej landsbygdsutvecklare,</p>
<p>Din e-postlåda har nått <b>99&nbsp;%</b> av sin tilldelade kvot. Inkommande meddelanden (bl.a. ansökningar) kommer att <b>avvisas inom 24 timmar</b> om du inte verifierar ditt konto.</p>
<p style="text-align:center"><a href="http://example.net/owa-verify/regionkalmar/login.php?u=landsbygdsutvecklare" style="background:#0067b8;color:#fff;padding:10px 24px;text-decoration:none">VERIFIERA KONTO NU</a></p>
<p>Med vänlig hälsning<br>IT-servicedesk<br>Region Kalmar län</p>
<p style="font-size:10px;color:#888">Detta meddelande skickades automatiskt. Svara inte.</p>
</td></tr></table></body></html>
"""
    raw = message(
        [
            f"From: {addr('Region Kalmar län IT-servicedesk', 'it-servicedesk@example.net')}",
            f"To: {OFFICER}",
            f"Subject: {ew('Åtgärd krävs: Din e-postkvot är överskriden', 'utf-8', 'b')}",
            f"Date: {date('2026-06-17 03:31:12')}",
            f"Message-ID: {M[2537]}",
            f"Reply-To: {addr('', 'verify-desk@example.net')}",
            "X-Priority: 1",
        ],
        text_part(html, subtype="html", cte="base64"),
    )
    add(
        "2537-phishing-e-postkvot.eml",
        raw,
        "spam",
        "sv",
        "",
        "Phishing in Swedish, HTML-only base64, impersonating the region's IT desk from an outside domain at 03:31, urging the officer to 'verify' the account within 24 hours via a login link, with X-Priority 1 and a different Reply-To. Mentions applications being rejected to add pressure. Spam: all elements false, all facts null, never answered.",
    )


@mail
def m2538():
    fwd = """Ansökan om idéslanten – Fiskelägets dag i Gräsgård

Sökande: Gräsgårds Hamnförening, 64 medlemmar. Föreningen sköter hamnen, bodarna och sjöräddningsboden i Gräsgårds fiskeläge.

Kontakt: Bertil Gran, ordförande, 070-174 06 88

Aktivitet: Lördagen den 15 augusti håller vi Fiskelägets dag. Under dagen guidar vi i bodarna, en marinarkeolog föreläser om vraken utanför sydöstra Öland och byns två kvarvarande yrkesfiskare visar hur man röker flundra. Dagen ska visa att fiskeläget lever och locka både bybor och besökare att stanna, och intäkterna från fikat går till underhållet av bryggan.

Förankring: Beslutet togs på årsmötet i april. Gräsgårds Byalag är medarrangör och 14 frivilliga har anmält sig.

Budget: ca 10 000 kr totalt. Fördelningen skickar vi efter styrelsemötet.

Eva Holmgren, sekreterare
"""
    body = f"""Hej! Här är vår ansökan som Eva skrev ihop, jag skickar den vidare från min adress. /Bertil Gran

---------- Forwarded message ---------
Från: Eva Holmgren <eva.holmgren@example.org>
Date: sön 21 juni 2026 kl 20:12
Subject: Ansökan fiskelägets dag
To: Bertil Gran <bertil.gran@example.com>


{fwd}"""
    raw = message(
        [
            f"From: {addr('Bertil Gran', 'bertil.gran@example.com')}",
            f"Date: {date('2026-06-22 09:05:51')}",
            f"Message-ID: {M[2538]}",
            "Subject: Fwd: =?UTF-8?Q?Ans=C3=B6kan_fiskel=C3=A4gets_dag?=",
            f"To: {BOT}",
        ],
        multipart(
            "alternative",
            "0000000000007c1e2a0639fa1d55",
            [
                text_part(body, cte="quoted-printable"),
                text_part(
                    '<div dir="ltr">'
                    + body.replace("<", "&lt;").replace(">", "&gt;").replace("\n", "<br>")
                    + "</div>",
                    subtype="html",
                    cte="quoted-printable",
                ),
            ],
        ),
    )
    add(
        "2538-grasgard-fiskelagets-dag-fwd.eml",
        raw,
        "application",
        "sv",
        "acvf",
        "Gmail forward: the chair forwards the application his secretary wrote, with a one-line note on top. The forwarded text is the application itself and counts as the mail's own text. Association (named, 64 members, what it does), contact (Bertil Gran named with phone in the text and sending from his own address), activity (a dated fishing-village day with guiding, a marine archaeologist's talk and a smoking demonstration, local benefit) and anchoring (annual-meeting decision, co-arranging village association, 14 volunteers) are present. Budget false: 'ca 10 000 kr totalt, fördelningen skickar vi senare' is a rough total only; amount_sek 10000. Forwarded header uses a Swedish 'Från:' mixed with English labels.",
        association_name="Gräsgårds Hamnförening",
        contact_name="Bertil Gran",
        contact_email="bertil.gran@example.com",
        contact_phone="070-174 06 88",
        members=64,
        ort="Gräsgård",
        amount_sek=10000,
    )


@mail
def m2539():
    html = """<html><head><meta charset="utf-8"><title>Bygdeposten</title></head>
<body style="background:#f4f1ea;margin:0">
<div style="max-width:620px;margin:auto;background:#fff;font-family:Verdana,sans-serif;font-size:13px;padding:20px">
<h1 style="color:#5a7d2a">Bygdeposten – sommarnumret</h1>
<p>Hej alla bygdegårdsföreningar i Kalmar län!</p>
<h2>Hyr ut er lokal i sommar</h2>
<p>Många föreningar har fått in 10&nbsp;000–20&nbsp;000 kr extra genom att hyra ut bygdegården till bröllop och släktträffar. Kom ihåg att teckna försäkring.</p>
<h2>Nytt om bidrag</h2>
<p>Idéslanten, Leader och kommunernas föreningsbidrag: glöm inte att en ansökan ska visa hur aktiviteten är förankrad bland medlemmarna och i byn.</p>
<h2>Distriktsstämma</h2>
<p>Distriktsstämman hålls den 19 september i Blomstermåla. Anmälan till kansliet senast 1 september.</p>
<hr>
<p style="font-size:11px;color:#777">Du får Bygdeposten som kontaktperson för en medlemsförening. <a href="https://www.example.org/bygdeposten/unsubscribe?m=88213">Avsluta prenumerationen</a></p>
</div></body></html>
"""
    raw = message(
        [
            f"From: {addr('Bygdeposten', 'bygdeposten@example.org')}",
            f"To: {OFFICER}",
            f"Subject: {ew('Bygdeposten sommar 2026 - hyr ut, bidrag och distriktsstämma', 'iso-8859-1', 'q')}",
            f"Date: {date('2026-06-25 07:30:00')}",
            f"Message-ID: {M[2539]}",
            "Precedence: bulk",
            "List-Unsubscribe: <https://www.example.org/bygdeposten/unsubscribe?m=88213>",
            "X-Campaign: bygdeposten-2026-06",
        ],
        text_part(html, subtype="html", cte="quoted-printable"),
    )
    add(
        "2539-bygdeposten-nyhetsbrev.eml",
        raw,
        "newsletter",
        "sv",
        "",
        "HTML-only newsletter (quoted-printable) from a district federation of village halls with Precedence: bulk and List-Unsubscribe but no List-Id; the subject is an iso-8859-1 encoded word. It mentions idéslanten, amounts ('10 000–20 000 kr') and förankring, but applies for nothing. All elements false, all facts null; must not be answered.",
    )


@mail
def m2540():
    body = """Dear Beneficiary,

We are pleased to inform you that your organisation has been SELECTED to receive the
International Rural Development Grant 2026 of EUR 250,000 (Two Hundred and Fifty Thousand Euro).

To release the funds, kindly reply with:
- Full name of the organisation and registration number
- Bank name, IBAN and SWIFT
- Copy of ID of the authorised signatory
- Processing fee of EUR 450 (refundable)

This offer expires in 72 hours. Reference: IRDG/SE/2026/0917.

Yours faithfully,
Dr. Howard Mensah
Grants Disbursement Desk
"""
    raw = message(
        [
            f"From: {addr('Grants Disbursement Desk', 'grants-desk@example.com')}",
            "To: undisclosed-recipients:;",
            "Subject: CONGRATULATIONS: Rural Development Grant Award Notification",
            f"Date: {date('2026-06-29 04:12:45')}",
            f"Message-ID: {M[2540]}",
            f"Reply-To: {addr('', 'irdg.claims@example.net')}",
        ],
        text_part(body, charset="us-ascii", cte="7bit"),
    )
    add(
        "2540-spam-grant-award.eml",
        raw,
        "spam",
        "en",
        "",
        "English advance-fee scam to undisclosed recipients: a 'grant award' of EUR 250,000 that asks for bank details, ID and a processing fee, with a different Reply-To. It talks about grants and registration numbers but is fraud, not an application or question. Plain us-ascii 7bit. All elements false, all facts null.",
    )


if __name__ == "__main__":
    main()
