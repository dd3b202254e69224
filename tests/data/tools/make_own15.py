"""Development corpus own15 – "borderline cases an officer must think about".

Forty entirely fictional e-mails (files 2001–2040) to the Idéslanten intake bot of Region
Kalmar län: 30 applications, 6 followups, 2 questions, 1 autoreply without any automation
header and 1 phishing mail. For each of the five required elements (association, contact,
activity, anchoring, budget) several mails give the element *just barely* and several *just
barely fail* to give it, in natural wording. Every judgement is explained in the notes of
labels.json.

Regenerate (byte-identical on every run, stdlib only):

    /work/main/.venv/bin/python tests/data/tools/make_own15.py

The script writes tests/data/own15/*.eml and tests/data/own15/labels.json and then checks
itself (parsing without defects, label schema, Luhn-valid org numbers, example.* addresses only,
file order = Date order, followup threading).
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

OUT = Path(__file__).resolve().parent.parent / "own15"

BOT = ("Idéslanten – Region Kalmar län", "ideslanten@example.se")
OFFICER = ("Landsbygdsutvecklare Region Kalmar län", "landsbygdsutvecklare@example.se")

# --------------------------------------------------------------------------- helpers


def luhn_org(first9: str) -> str:
    """Return a Luhn-valid Swedish organisation number NNNNNN-NNNN from nine digits."""
    digits = [int(c) for c in first9 if c.isdigit()]
    assert len(digits) == 9
    total = 0
    for i, d in enumerate(digits):
        v = d * 2 if i % 2 == 0 else d
        total += v - 9 if v > 9 else v
    check = (10 - total % 10) % 10
    s = "".join(map(str, digits)) + str(check)
    return s[:6] + "-" + s[6:]


def luhn_ok(org: str) -> bool:
    s = org.replace("-", "")
    if not re.fullmatch(r"\d{10}", s):
        return False
    return luhn_org(s[:9]) == org[:6] + "-" + org[7:] if "-" in org else False


def ew(text: str, charset: str = "utf-8", enc: str = "q") -> str:
    """RFC 2047 encoded words (folded with LF + space), each at most 75 characters."""
    words: list[str] = []
    cur = ""
    prefix = f"=?{charset}?{enc}?"

    def enc_chunk(chunk: str) -> str:
        raw = chunk.encode(charset)
        if enc == "b":
            return base64.b64encode(raw).decode("ascii")
        out = []
        for b in raw:
            c = chr(b)
            if c == " ":
                out.append("_")
            elif c.isascii() and (c.isalnum() or c in "!*+-/"):
                out.append(c)
            else:
                out.append(f"={b:02X}")
        return "".join(out)

    for ch in text:
        trial = cur + ch
        if len(prefix) + len(enc_chunk(trial)) + 2 > 75:
            words.append(prefix + enc_chunk(cur) + "?=")
            cur = ch
        else:
            cur = trial
    if cur:
        words.append(prefix + enc_chunk(cur) + "?=")
    return "\n ".join(words)


def addr(name: str | None, mail: str, charset: str = "utf-8") -> str:
    if not name:
        return mail
    if not name.isascii():
        return f"{ew(name, charset)} <{mail}>"
    if re.search(r'[,.;:@()<>\[\]"]', name):
        return f'"{name}" <{mail}>'
    return f"{name} <{mail}>"


def fold(name: str, value: str) -> str:
    """Fold a plain header at spaces so lines stay below 78 characters."""
    line = f"{name}: {value}"
    if len(line) <= 78 or "\n" in value:
        return line
    out, cur = [], f"{name}:"
    for word in value.split(" "):
        if len(cur) + 1 + len(word) > 76 and cur.strip() != f"{name}:":
            out.append(cur)
            cur = " " + word
        else:
            cur += " " + word
    out.append(cur)
    return "\n".join(out)


def subj(text: str, charset: str = "utf-8", enc: str = "q") -> str:
    """Encode a subject; leading pure-ASCII words ("Re:", "SV:") stay plain."""
    if text.isascii():
        return text
    words = text.split(" ")
    i = next(n for n, w in enumerate(words) if not w.isascii())
    plain = " ".join(words[:i])
    encoded = ew(" ".join(words[i:]), charset, enc)
    return f"{plain} {encoded}" if plain else encoded


def maildate(s: str) -> str:
    """'2026-03-04 09:12' -> RFC 5322 date in Swedish local time (CET/CEST)."""
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    off = 2 if dt.datetime(2026, 3, 29, 2) <= d < dt.datetime(2026, 10, 25, 3) else 1
    d = d.replace(tzinfo=dt.timezone(dt.timedelta(hours=off)))
    return email.utils.format_datetime(d)


class Part:
    def __init__(self, headers: list[tuple[str, str]], body: bytes):
        self.headers = headers
        self.body = body

    def render(self) -> bytes:
        h = "".join(fold(k, v) + "\n" for k, v in self.headers)
        return h.encode("ascii") + b"\n" + self.body


def text(
    body: str,
    subtype: str = "plain",
    charset: str = "utf-8",
    cte: str = "8bit",
    flowed: bool = False,
    nocharset: bool = False,
) -> Part:
    raw = body.encode(charset)
    if cte == "quoted-printable":
        payload = quopri.encodestring(raw)
    elif cte == "base64":
        payload = b"\n".join(base64.encodebytes(raw).splitlines()) + b"\n"
    else:
        payload = raw
    if not payload.endswith(b"\n"):
        payload += b"\n"
    ct = f"text/{subtype}"
    if not nocharset:
        ct += (
            f"; charset={charset}"
            if charset != "utf-8" or subtype != "plain"
            else '; charset="utf-8"'
        )
    if flowed:
        ct += "; format=flowed"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], payload)


def attach(filename: str, mimetype: str, data: bytes, inline: bool = False) -> Part:
    if filename.isascii():
        ctn = f'; name="{filename}"'
        cd = f'{"inline" if inline else "attachment"}; filename="{filename}"'
    else:
        q = "".join(
            c
            if c.isascii() and (c.isalnum() or c in ".-_")
            else "".join(f"%{b:02X}" for b in c.encode())
            for c in filename
        )
        ctn = ""
        cd = f"{'inline' if inline else 'attachment'}; filename*=utf-8''{q}"
    payload = b"\n".join(base64.encodebytes(data).splitlines()) + b"\n"
    return Part(
        [
            ("Content-Type", mimetype + ctn),
            ("Content-Disposition", cd),
            ("Content-Transfer-Encoding", "base64"),
        ],
        payload,
    )


def multi(subtype: str, boundary: str, parts: list[Part], preamble: str = "") -> Part:
    body = preamble.encode("ascii") + (b"\n" if preamble else b"")
    for p in parts:
        body += b"--" + boundary.encode() + b"\n" + p.render()
        if not body.endswith(b"\n"):
            body += b"\n"
    body += b"--" + boundary.encode() + b"--\n"
    return Part([("Content-Type", f'multipart/{subtype}; boundary="{boundary}"')], body)


# ------------------------------------------------------------------ document builders

ZIPDATE = (2026, 1, 1, 0, 0, 0)


def _zip(files: list[tuple[str, str]]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, ZIPDATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.create_system = 0
            zi.external_attr = 0
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(paragraphs: list[str | list[list[str]]]) -> bytes:
    """Minimal .docx: strings are paragraphs, lists of rows are tables."""
    body = []
    for p in paragraphs:
        if isinstance(p, list):
            rows = "".join(
                "<w:tr>"
                + "".join(
                    f'<w:tc><w:p><w:r><w:t xml:space="preserve">{_x(c)}</w:t></w:r></w:p></w:tc>'
                    for c in row
                )
                + "</w:tr>"
                for row in p
            )
            body.append(f"<w:tbl>{rows}</w:tbl>")
        else:
            body.append(f'<w:p><w:r><w:t xml:space="preserve">{_x(p)}</w:t></w:r></w:p>')
    doc = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
        + "".join(body)
        + "</w:body></w:document>"
    )
    ct = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def xlsx(rows: list[list[str | int]], sheet: str = "Budget") -> bytes:
    """Minimal .xlsx with inline strings and numbers on one sheet."""

    def col(i: int) -> str:
        return chr(ord("A") + i)

    xr = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{col(c)}{r}"
            if isinstance(v, int):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif v != "":
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_x(v)}</t></is></c>')
        xr.append(f'<row r="{r}">{"".join(cells)}</row>')
    sh = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
        + "".join(xr)
        + "</sheetData></worksheet>"
    )
    wb = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
        f'<sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )
    wbrels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
    ct = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
    rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    return _zip(
        [
            ("[Content_Types].xml", ct),
            ("_rels/.rels", rels),
            ("xl/workbook.xml", wb),
            ("xl/_rels/workbook.xml.rels", wbrels),
            ("xl/worksheets/sheet1.xml", sh),
        ]
    )


def pdf(lines: list[str], compress: bool = False) -> bytes:
    """One-page PDF, Helvetica with WinAnsiEncoding, one text line per entry."""
    ops = ["BT", "/F1 11 Tf", "14 TL", "56 790 Td"]
    for ln in lines:
        s = ln.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        ops.append("(" + s.decode("latin-1") + ") Tj T*")
    ops.append("ET")
    stream = "\n".join(ops).encode("latin-1")
    extra = ""
    if compress:
        stream = zlib.compress(stream, 9)
        extra = " /Filter /FlateDecode"
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        f"<< /Length {len(stream)}{extra} >>\nstream\n".encode() + stream + b"\nendstream",
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


def png(w: int, h: int, rgb_at) -> bytes:
    """Tiny RGB PNG; rgb_at(x, y) -> (r, g, b)."""
    raw = b"".join(b"\x00" + b"".join(bytes(rgb_at(x, y)) for x in range(w)) for y in range(h))

    def chunk(t: bytes, d: bytes) -> bytes:
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)

    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


# ------------------------------------------------------------------------ registry

MAILS: list[tuple[str, bytes]] = []
LABELS: dict[str, dict] = {}
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


def mid(num: int, domain: str) -> str:
    return f"<own15.{num}.{num * 7919 % 100000:05d}@{domain}>"


def receipt_id(case: str) -> str:
    return f"<kvitto.{case}@ideslanten.example.se>"


def add(
    num: int,
    slug: str,
    *,
    frm: str,
    subject: str,
    date: str,
    part: Part,
    label: dict,
    to: str | None = None,
    cc: str | None = None,
    msgid_domain: str = "mail.example.com",
    in_reply_to: str | None = None,
    references: str | None = None,
    extra: list[tuple[str, str]] | None = None,
    mime_version: bool = True,
) -> str:
    """Register one mail; returns its Message-ID."""
    msgid = mid(num, msgid_domain)
    if not subject.isascii():
        subject = subj(subject)
    hdrs: list[tuple[str, str]] = [("From", frm), ("To", to or addr(*BOT))]
    if cc:
        hdrs.append(("Cc", cc))
    hdrs += [("Subject", subject), ("Date", maildate(date)), ("Message-ID", msgid)]
    if in_reply_to:
        hdrs.append(("In-Reply-To", in_reply_to))
    if references:
        hdrs.append(("References", references))
    hdrs += extra or []
    if mime_version:
        hdrs.append(("MIME-Version", "1.0"))
    top = "".join(fold(k, v) + "\n" for k, v in hdrs).encode("ascii")
    MAILS.append((f"{num}-{slug}.eml", top + part.render()))
    LABELS[f"{num}-{slug}.eml"] = label
    return msgid


def lab(kind: str, lang: str, els: str, notes: str, **facts) -> dict:
    """els: five characters for association, contact, activity, anchoring, budget ('1'/'0')."""
    assert len(els) == 5 and set(els) <= {"0", "1"}
    f = dict.fromkeys(FACTS)
    if kind in ("application", "followup"):
        f["salary_costs"] = False
        f["physical_investment"] = False
    for k, v in facts.items():
        assert k in FACTS, k
        f[k] = v
    return {
        "kind": kind,
        "language": lang,
        "elements": {e: c == "1" for e, c in zip(ELEMENTS, els, strict=True)},
        "facts": f,
        "notes": notes,
    }


def quote(txt: str, prefix: str = "> ") -> str:
    return "\n".join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in txt.split("\n"))


def receipt(case: str, missing: list[str], variant: int = 0) -> str:
    """The bot's receipt text as applicants see it when quoting."""
    guide = {
        "association": "Förening eller grupp: namn på er förening/grupp och lite om den (t.ex. antal medlemmar, organisationsnummer)",
        "contact": "Kontaktperson: namn och e-post eller telefon till den som vi kan kontakta",
        "activity": "Aktivitet: vad ni ska göra, när och hur det bidrar till utvecklingen av orten",
        "anchoring": "Lokal förankring: hur idén är förankrad i byn (t.ex. byamöte, enkät, samarbete med andra föreningar)",
        "budget": "Budget: en översiktlig budget med kostnadsposter och belopp",
    }
    intro = [
        f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {case}.",
        f"Hej och tack för ansökan! Den är registrerad med ärendenummer {case}.",
    ][variant % 2]
    lines = [intro, "", "Vi saknar följande i er ansökan:"]
    lines += [f"– {guide[m]}" for m in missing]
    lines += [
        "",
        "Svara gärna på det här mejlet med det som saknas, så kompletterar vi ärendet.",
        "",
        "Vänliga hälsningar",
        "Idéslanten – Region Kalmar län",
        "(automatiskt svar – handläggare: landsbygdsutvecklare@example.se)",
    ]
    return "\n".join(lines)


# -------------------------------------------------------------------------- check

EX_DOMAIN = re.compile(r"@([A-Za-z0-9.-]+)")
ALLOWED = ("example.se", "example.com", "example.org", "example.net")


def check() -> None:
    files = sorted(p.name for p in OUT.glob("*.eml"))
    labels = json.loads((OUT / "labels.json").read_text("utf-8"))
    assert files == sorted(labels), set(files) ^ set(labels)
    ids: dict[str, str] = {}
    dates = []
    for fn in files:
        raw = (OUT / fn).read_bytes()
        assert b"\r" not in raw, fn
        assert re.fullmatch(r"\d{4}-[a-z0-9-]+\.eml", fn), fn
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        for part in msg.walk():
            assert not part.defects, (fn, part.defects)
            for k, v in part.items():
                assert not getattr(v, "defects", ()), (fn, k, v.defects)
            if not part.is_multipart():
                part.get_content()  # must decode
        for ln in raw.split(b"\n"):
            assert len(ln) <= 998, fn
        ids[msg["Message-ID"]] = fn
        dates.append((email.utils.parsedate_to_datetime(msg["Date"]), fn))
        assert dates[-1][0].year == 2026, fn
        heads = "\n".join(f"{k}: {v}" for part in msg.walk() for k, v in part.items())
        alltext = (
            heads
            + "\n"
            + "\n".join(p.get_content() for p in msg.walk() if p.get_content_maintype() == "text")
        )
        for part in msg.walk():
            if (part.get_filename() or "").endswith(".docx"):
                with zipfile.ZipFile(io.BytesIO(part.get_content())) as z:
                    alltext += "\n" + re.sub(
                        r"<[^>]+>", " ", z.read("word/document.xml").decode("utf-8")
                    )
        for dom in EX_DOMAIN.findall(alltext):
            dom = dom.lower().rstrip(".")
            assert any(dom == a or dom.endswith("." + a) for a in ALLOWED), (fn, dom)
        lab_ = labels[fn]
        assert set(lab_) == {"kind", "language", "elements", "facts", "notes"}, fn
        assert set(lab_["elements"]) == set(ELEMENTS) and set(lab_["facts"]) == set(FACTS), fn
        assert lab_["kind"] in (
            "application",
            "followup",
            "question",
            "autoreply",
            "bounce",
            "newsletter",
            "spam",
        ), fn
        assert lab_["language"] in ("sv", "en"), fn
        assert all(isinstance(v, bool) for v in lab_["elements"].values()), fn
        f = lab_["facts"]
        if f["org_number"] is not None:
            assert luhn_ok(f["org_number"]), (fn, f["org_number"])
            assert (
                f["org_number"] in alltext
                or f["org_number"].replace("-", "") in alltext
                or lab_["kind"] != "application"
            ), fn
        if lab_["kind"] in ("application", "followup"):
            assert isinstance(f["salary_costs"], bool) and isinstance(
                f["physical_investment"], bool
            ), fn
        else:
            assert not any(lab_["elements"].values()), fn
        if lab_["kind"] in ("autoreply", "bounce", "newsletter", "spam"):
            assert all(v is None for v in f.values()), fn
        for k in ("members", "amount_sek"):
            assert f[k] is None or isinstance(f[k], int), (fn, k)
        assert len(lab_["notes"]) > 80, fn
        for org in re.findall(r"\b\d{6}-\d{4}\b", alltext):
            assert luhn_ok(org), (fn, org)
    assert [d for d, _ in dates] == sorted(d for d, _ in dates), "file order must follow Date"
    for fn in files:
        if labels[fn]["kind"] != "followup":
            continue
        msg = email.message_from_bytes((OUT / fn).read_bytes(), policy=email.policy.default)
        refs = (msg.get("References", "") + " " + msg.get("In-Reply-To", "")).split()
        apps = [ids[r] for r in refs if r in ids and labels[ids[r]]["kind"] == "application"]
        assert apps and all(a < fn for a in apps), fn
        assert re.match(r"(Re|RE|SV|Sv|VS|Aw):", msg["Subject"]), fn
    print(f"check ok: {len(files)} mails in {OUT}")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    for fn, data in MAILS:
        (OUT / fn).write_bytes(data)
    (OUT / "labels.json").write_text(
        json.dumps(LABELS, ensure_ascii=False, indent=2, sort_keys=True) + "\n", "utf-8"
    )
    check()
    if "--summary" in sys.argv:
        kinds: dict[str, int] = {}
        miss = dict.fromkeys(ELEMENTS, 0)
        complete = 0
        for lab_ in LABELS.values():
            kinds[lab_["kind"]] = kinds.get(lab_["kind"], 0) + 1
            if lab_["kind"] == "application":
                complete += all(lab_["elements"].values())
                for e in ELEMENTS:
                    miss[e] += not lab_["elements"][e]
        print(kinds, "complete:", complete, "missing:", miss)


# ========================================================================== mails

ORG = {
    "ruda": luhn_org("802470113"),
    "mortorp": luhn_org("802511382"),
    "totebo": luhn_org("802438270"),
    "kristdala": luhn_org("802001466"),
    "loettorp": luhn_org("802522951"),
    "alsterbro": luhn_org("802496043"),
    "blomstermala": luhn_org("802435817"),
    "orrefors": luhn_org("802506729"),
    "pataholm": luhn_org("802463115"),
    "edsbruk": luhn_org("802017650"),
    "timmernabben": luhn_org("802440391"),
    "langasjo": luhn_org("802011478"),
    "ralla": luhn_org("802529364"),
    "bergkvara": luhn_org("802454028"),
    "soderakra": luhn_org("802478233"),
    "figeholm": luhn_org("802419905"),
}

# 2001 – association named only in passing ("vi i Fliseryds byalag") -> false
add(
    2001,
    "fliseryd-fiskevard-kvall",
    frm=addr("Birgitta Nyqvist", "birgitta.nyqvist@example.com"),
    subject=subj("Ansökan idéslanten – fiskekväll i Fliseryd"),
    date="2026-01-08 19:42",
    part=text("""Hej!

Vi i Fliseryds byalag vill söka idéslanten för en fiskekväll.

Lördag 21 mars hyr vi bygdegården och bjuder in en fiskevårdare från Emåns
vattenråd som berättar om laxöringen i Emån och hur man startar ett
fiskevårdsområde. Målet är att vi ska kunna bilda ett eget fiskevårdsområde
vid Fliseryd och sälja fiskekort, så att fler besökare stannar i byn.

I januari gick jag och Roland runt och pratade med 23 hushåll längs ån och
19 av dem vill vara med i ett fiskevårdsområde om det blir av.

Kostnader
Arvode fiskevårdaren 3 000 kr
Hyra bygdegården 1 200 kr
Fika 900 kr
Summa 5 100 kr

Hälsningar
Birgitta Nyqvist
070-318 44 27
"""),
    label=lab(
        "application",
        "sv",
        "01111",
        'Tests the association element just missing: the group is named once in passing ("Vi i Fliseryds byalag") and nothing else is said about it – no members, no org.nr, no description of what the byalag is – so association is false (the name is recorded as association_name). Contact true: Birgitta Nyqvist signs from her own address with a phone number. Activity true: a concrete date, venue, speaker and topic plus the local benefit (fishing permits that bring visitors). Anchoring true: 23 households visited, 19 want to join. Budget true: three cost items with amounts and a sum (amount 5 100). Gender not mentioned -> women_and_men null; a speaker\'s fee is not salary; hiring a hall is not an investment.',
        association_name="Fliseryds byalag",
        contact_name="Birgitta Nyqvist",
        contact_email="birgitta.nyqvist@example.com",
        contact_phone="070-318 44 27",
        ort="Fliseryd",
        amount_sek=5100,
    ),
)

# 2002 – association given only by a parenthesis + signature -> true; budget "hyra 3000 och fika 2000" -> true
add(
    2002,
    "gullabo-dialogkvall-buss",
    frm=addr("Kerstin Holm", "kerstin.holm54@example.net"),
    subject=subj("Idéslanten: dialogkväll om bussen, Gullabo"),
    date="2026-01-12 10:05",
    part=text(
        """Hej,

vi i byalaget (ett sextiotal hushåll) skulle vilja ha en dialogkväll
torsdagen den 19 februari i Gullabo bygdegård med Torsås kommuns
landsbygdsstrateg och Kalmar länstrafik om hur vi kan få tillbaka en
bussförbindelse på vardagar och ordna samåkning för dem som jobbar i Torsås
och Karlskrona. Kvällen är öppen för alla i byn, unga som gamla, kvinnor som
män.

Frågan kom upp på byalagets höstmöte i november där 31 personer var med och
alla tyckte att vi skulle köra på det.

Vi behöver pengar till hyra 3000 och fika 2000.

Vänliga hälsningar
Kerstin Holm
kassör, Gullabo byalag
0486-210 57
""",
        cte="quoted-printable",
    ),
    label=lab(
        "application",
        "sv",
        "11111",
        'Complete, with two elements only just present. Association true: the body only says "vi i byalaget (ett sextiotal hushåll)", but the signature names it (Gullabo byalag) and the parenthesis tells something about it, so name + size = enough (members 60, households read as members as in the README). Budget true: two cost items with amounts in one prose line (hyra 3000, fika 2000; amount = sum 5 000) – contrast with a single rough figure. Contact true: Kerstin Holm signs from her own address with role and phone. Activity true: date, venue, participants and the purpose (bus/samåkning). Anchoring true: the autumn meeting with 31 attendees backed it. women_and_men true ("kvinnor som män"). QP body.',
        association_name="Gullabo byalag",
        contact_name="Kerstin Holm",
        contact_email="kerstin.holm54@example.net",
        contact_phone="0486-210 57",
        members=60,
        ort="Gullabo",
        amount_sek=5000,
        women_and_men=True,
    ),
)

# 2003 – "ring mig" + number but only a first name; anchoring "pratat med många"; budget one rough figure
add(
    2003,
    "ruda-reparationskafe",
    frm=addr("Per Lindqvist", "pelle.ruda@example.com"),
    subject=subj("ansökan reparationskafé ruda"),
    date="2026-01-14 21:17",
    part=text(f"""Hej
Vi i Ruda Byaförening (48 medl, org nr {ORG["ruda"]}) vill söka pengar till
ett reparationskafé lördag 14 mars i Folkets hus i Ruda. En cykelmekaniker
och en sömmerska från byn visar hur man lagar cyklar och kläder så folk lär
sig av varandra och slänger mindre, och vi får en ny träffpunkt i byn.
Vi har pratat med många och det finns intresse.
Vi räknar med ca 5000 till hyra och fika.
Ring mig om ni undrar 073-550 12 98
/Pelle

Skickat från min iPhone
"""),
    label=lab(
        "application",
        "sv",
        "10100",
        'Mobile mail testing three near misses. Contact false: "Ring mig" with a number, but the signer is only "Pelle"; the full name Per Lindqvist appears only in the From header, which does not count, so all contact facts are null. Anchoring false: "Vi har pratat med många och det finns intresse" is an empty claim with no numbers, meeting or partners. Budget false: one rough figure for two things ("ca 5000 till hyra och fika") is not an overview budget; it is still the amount (5 000). Association true: name, member count and org.nr. Activity true: date, venue, what happens and the local benefit (learning, a new meeting place). Volunteers from the village are not paid, no salary; no purchases.',
        association_name="Ruda Byaförening",
        org_number=ORG["ruda"],
        members=48,
        ort="Ruda",
        amount_sek=5000,
    ),
)

CASE = {
    2003: "2026-0014",
    2010: "2026-0023",
    2011: "2026-0024",
    2013: "2026-0026",
    2015: "2026-0029",
    2027: "2026-0041",
    2030: "2026-0044",
}
APP_ID: dict[int, str] = {}
APP_SUBJ: dict[int, str] = {}

# 2004 – contact only in a one-line footer with full name -> true (shared mailbox as From)
add(
    2004,
    "mortorp-reko-kurs",
    frm=addr("Mortorps Bygdegårdsförening", "info.mortorp@example.org", "windows-1252"),
    subject=subj("Ansökan – kurs om lokal matförsäljning i Mortorp", "windows-1252", "q"),
    date="2026-01-19 08:31",
    part=text(
        f"""Hej!

Mortorps Bygdegårdsförening (org.nr {ORG["mortorp"]}) har 87 medlemmar och
driver bygdegården mitt i byn sedan 1949. Vi söker bidrag ur idéslanten.

Aktivitet: vi hyr in en kursledare från Hushållningssällskapet tre kvällar i
april (7, 14 och 21 april) i bygdegården. Kursen handlar om hur man startar en
REKO-ring och säljer mat direkt till grannarna, så att odlarna i bygden får en
egen försäljningskanal och fler handlar lokalt.

Förankring: sju odlare i bygden och Mortorps IF står bakom idén, och på
årsmötet den 8 februari beslöt medlemmarna enhälligt att vi skulle söka.

Budget
Kursledare 3 kvällar à 2 200 kr: 6 600 kr
Annonsering i lokaltidningen: 1 400 kr
Fika 3 kvällar: 1 200 kr
Lokal: egen, 0 kr
Totalt: 9 200 kr

Med vänlig hälsning
Styrelsen

Kontakt: Anna-Karin Sjö · sekreterare · 0480-470 12
""",
        charset="windows-1252",
    ),
    label=lab(
        "application",
        "sv",
        "11111",
        "Complete; tests contact given only in a one-line footer. The mail comes from the association's shared mailbox and is signed \"Styrelsen\" (which alone would not count), but the footer line names Anna-Karin Sjö with role and phone, so contact is true; contact_email stays null because the shared mailbox is not her address. Association true (name, org.nr, 87 members, what it does). Activity true (three dated evenings, course content, local benefit: local sales channel). Anchoring true (seven growers and the sports club back it, annual meeting decision). Budget true (itemised, total 9 200). A course leader's fee is not salary. windows-1252 8bit body and a windows-1252 encoded-word subject/display name.",
        association_name="Mortorps Bygdegårdsförening",
        org_number=ORG["mortorp"],
        contact_name="Anna-Karin Sjö",
        contact_phone="0480-470 12",
        members=87,
        ort="Mortorp",
        amount_sek=9200,
    ),
)

# 2005 – question: do households count as members?
add(
    2005,
    "alem-fraga-hushall-medlemmar",
    frm=addr("Göran Åkesson", "goran.akesson@example.com"),
    subject=subj("Fråga om idéslanten – räknas hushåll?", "utf-8", "b"),
    date="2026-01-21 13:48",
    part=multi(
        "alternative",
        "=_alt_2005_7f3c",
        [
            text(
                """Hej!

Jag sitter i styrelsen för Ålems Sjöbodsförening. Vi är åtta hushåll som är
medlemmar, men räknar man alla som bor i hushållen blir vi nitton personer.
Räcker det för kravet på minst tio medlemmar, eller räknas hushållen?

Vi funderar på att söka till en kväll om kustfiske i Ålem till hösten, men
vill veta om det är lönt innan vi skriver något.

Tack på förhand!
Göran Åkesson
""",
                cte="quoted-printable",
            ),
            text(
                """<html><body><p>Hej!</p>
<p>Jag sitter i styrelsen för Ålems Sjöbodsförening. Vi är åtta hushåll som är
medlemmar, men räknar man alla som bor i hushållen blir vi nitton personer.
Räcker det för kravet på minst tio medlemmar, eller räknas hushållen?</p>
<p>Vi funderar på att söka till en kväll om kustfiske i Ålem till hösten, men
vill veta om det är lönt innan vi skriver något.</p>
<p>Tack på förhand!<br>Göran Åkesson</p></body></html>
""",
                subtype="html",
                cte="quoted-printable",
            ),
        ],
    ),
    label=lab(
        "question",
        "sv",
        "00000",
        'Question, not an application: it asks whether eight member households with nineteen residents meet the ten-member rule, and only says they are "considering" applying for an evening about coastal fishing – nothing is applied for, so kind question and all elements false. Facts: the association, signer and locality as stated; members left null on purpose because the mail itself asks whether the number is 8 or 19; salary/investment null (no cost proposed). Base64 encoded-word subject, multipart/alternative QP.',
        association_name="Ålems Sjöbodsförening",
        contact_name="Göran Åkesson",
        contact_email="goran.akesson@example.com",
        ort="Ålem",
        salary_costs=None,
        physical_investment=None,
    ),
)

# 2006 – activity given only as purpose (budget lines hint at a lecture) -> false; HTML-only
add(
    2006,
    "virserum-framtidstro",
    frm=addr("Jonas Berg", "jonas.berg@example.org"),
    subject=subj("Ansökan idéslanten Virserum"),
    date="2026-01-26 16:20",
    part=text(
        """<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="font-family:Calibri,sans-serif">
<p>Hej!</p>
<p><b>Virserums Byaråd</b> är ett samarbetsorgan för elva föreningar i Virserum (idrott,
hembygd, PRO, scouterna m.fl.) med sammanlagt över 600 medlemmar. Vi söker
10&nbsp;000 kr ur idéslanten.</p>
<p><b>Syfte:</b> Vi vill stärka gemenskapen i Virserum, få fler unga att vilja bo kvar
och lyfta fram allt bra som finns här. Vi tror på att skapa mötesplatser och
framtidstro, och att invånarna själva ska vara med och forma orten.</p>
<p><b>Förankring:</b> På byarådets öppna stämma den 3 december var 45 personer på plats,
och stämman gav oss i uppdrag att söka pengarna.</p>
<table border="1" cellpadding="4">
<tr><th>Post</th><th>Kr</th></tr>
<tr><td>Lokalhyra</td><td>2&nbsp;500</td></tr>
<tr><td>Föreläsare</td><td>5&nbsp;000</td></tr>
<tr><td>Annonsering</td><td>1&nbsp;000</td></tr>
<tr><td>Fika</td><td>1&nbsp;500</td></tr>
<tr><td><b>Summa</b></td><td><b>10&nbsp;000</b></td></tr>
</table>
<p>Hälsningar<br>Jonas Berg, ordförande Virserums Byaråd<br>070-224 81 90</p>
</body></html>
""",
        subtype="html",
        cte="quoted-printable",
    ),
    label=lab(
        "application",
        "sv",
        "11011",
        'HTML-only mail testing activity given only as purpose: "stärka gemenskapen … skapa mötesplatser och framtidstro" says why, never what will be done or when. The budget rows (lokalhyra, föreläsare) hint at some lecture, but an officer cannot tell what, when or about what, so activity is false. Association true (named umbrella body of eleven local associations); members null because "över 600" is the combined membership of the member associations, not a member count of the applicant itself. Contact true (Jonas Berg, own address, phone). Anchoring true (open meeting of 45 gave the mandate). Budget true (table with four items, total 10 000).',
        association_name="Virserums Byaråd",
        contact_name="Jonas Berg",
        contact_email="jonas.berg@example.org",
        contact_phone="070-224 81 90",
        ort="Virserum",
        amount_sek=10000,
    ),
)

# 2007 – followup to 2003: supplies full name and budget, anchoring still empty
APP_ID[2003] = mid(2003, "mail.example.com")
add(
    2007,
    "ruda-svar-kontakt-budget",
    frm=addr("Per Lindqvist", "pelle.ruda@example.com"),
    subject=subj("Re: ansökan reparationskafé ruda [Idéslanten 2026-0014]"),
    date="2026-01-27 07:55",
    in_reply_to=receipt_id(CASE[2003]),
    references=APP_ID[2003] + " " + receipt_id(CASE[2003]),
    part=text(
        """Hej igen
Per Lindqvist heter jag, det är jag som är kontakt. 073-550 12 98 eller denna mejl.

Budget för kaféet i Ruda
Hyra Folkets hus 1 800
Fika 1 200
Tråd, lappar och cykelslangar 1 500
Annons 500
=5 000

Och många i byn har frågat när det blir av så intresse finns!
/Pelle

Skickat från min iPhone

> 15 jan. 2026 kl. 06:02 skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:
>
"""
        + quote(receipt(CASE[2003], ["contact", "anchoring", "budget"]), "> ")
        + "\n"
    ),
    label=lab(
        "followup",
        "sv",
        "01001",
        'Followup in the thread of 2003 (In-Reply-To the receipt, References the application), Apple-Mail quoting of the receipt. New text gives the full name with phone from his own address -> contact true; an itemised budget (four items, = 5 000) -> budget true. Anchoring still false: "många i byn har frågat när det blir av" is the same empty claim as before. Association and activity are not repeated in the new text -> false. The quoted receipt lists the missing elements but never makes them true. Thread, spare tubes and patches are consumables, not investments.',
        contact_name="Per Lindqvist",
        contact_email="pelle.ruda@example.com",
        contact_phone="073-550 12 98",
        ort="Ruda",
        amount_sek=5000,
    ),
)

# 2008 – activity in ONE concrete sentence (what + when + why) -> true; budget in .xlsx
add(
    2008,
    "totebo-studieresa-lanthandel",
    frm=addr("Sofia Ek", "sofia.ek@example.com"),
    subject=subj("Idéslanten – studieresa Totebo byalag"),
    date="2026-02-02 12:11",
    part=multi(
        "mixed",
        "----=_Part_2008_11042",
        [
            text(
                f"""Hej!

Totebo byalag (org.nr {ORG["totebo"]}, ca 90 medlemmar) söker 11 500 kr ur
idéslanten.

Lördag 12 september åker vi med hyrd buss till Ydre för att se hur byborna där
driver en byaägd butik, eftersom vi vill öppna affären i Totebo igen som
stängde för två år sedan.

Resan gör vi tillsammans med Totebo IF och hembygdsföreningen, och 28 personer
har redan skrivit upp sig på listan på anslagstavlan vid macken.

Budget, se bifogad fil.

Hälsningar
Sofia Ek, sekreterare
076-118 20 64
""",
                cte="quoted-printable",
            ),
            attach(
                "budget_studieresa.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(
                    [
                        ["Budget studieresa Totebo byalag 12/9 2026", ""],
                        ["Post", "Kronor"],
                        ["Busshyra (Västerviks buss)", 8400],
                        ["Guidning och föredrag i butiken", 1500],
                        ["Lunch, föreningens del", 1600],
                        ["Summa", 11500],
                    ]
                ),
            ),
        ],
    ),
    label=lab(
        "application",
        "sv",
        "11111",
        "Complete; tests an activity given in one single sentence: date, what (hired bus to Ydre to see a village-owned shop) and why (reopening the closed shop in Totebo) – enough for activity true. Association true (name, org.nr, ~90 members). Contact true (Sofia Ek, own address, phone). Anchoring true (cooperation with two local associations and 28 sign-ups). Budget true: readable .xlsx with three items and a sum; amount 11 500 as applied for. Paying part of a lunch is a consumable, not salary or investment.",
        association_name="Totebo byalag",
        org_number=ORG["totebo"],
        contact_name="Sofia Ek",
        contact_email="sofia.ek@example.com",
        contact_phone="076-118 20 64",
        members=90,
        ort="Totebo",
        amount_sek=11500,
    ),
)

# 2009 – anchoring as "förankringen är god" + "alla vi pratat med" -> false; budget in .docx
add(
    2009,
    "kristdala-berattarkvallar",
    frm=addr("Lars-Erik Gustafsson", "le.gustafsson@example.net"),
    subject="Ansokan ideslanten - berattarkvallar Kristdala",
    date="2026-02-04 09:02",
    part=multi(
        "mixed",
        "b2009_kristdala_0a",
        [
            text(f"""Hej,

Kristdala hembygdsförening, org nr {ORG["kristdala"]}, har 210 medlemmar och
sköter hembygdsgården och Kristdala gamla kyrkskola.

Vi vill ordna tre berättarkvällar i hembygdsgården torsdagarna 5, 12 och 19
november. Äldre i socknen berättar om hur livet i Kristdala var förr, och vi
spelar in kvällarna så att skolan och biblioteket kan använda materialet. Det
knyter ihop generationerna och gör nyinflyttade nyfikna på bygden.

Förankringen i bygden är god och alla vi har pratat med tycker att det är en
jättebra idé.

Budgeten finns i bifogat dokument.

Med vänlig hälsning
Lars-Erik Gustafsson
ordförande
0491-402 77
"""),
            attach(
                "Budget berättarkvällar.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Kristdala hembygdsförening – budget berättarkvällar hösten 2026",
                        [
                            ["Kostnad", "Belopp (kr)"],
                            ["Hyra av inspelningsutrustning", "1 500"],
                            ["Arvode för redigering av inspelningarna", "2 500"],
                            ["Fika tre kvällar", "1 800"],
                            ["Annonsering", "900"],
                            ["Totalt", "6 700"],
                        ],
                        "Föreningen står själv för lokalen.",
                    ]
                ),
            ),
        ],
    ),
    label=lab(
        "application",
        "sv",
        "11101",
        'Tests anchoring just missing: "Förankringen i bygden är god och alla vi har pratat med tycker att det är en jättebra idé" uses the word and an unquantified claim, but names no meeting, survey, partner or volunteers -> false. Association true (name, org.nr, 210 members, what it runs). Contact true (named chair from own address with phone). Activity true (three dated evenings, recording for school and library, benefit spelled out). Budget true from the .docx table (four items, total 6 700; the attachment name has non-ASCII characters and uses RFC 2231). Renting recording gear is not an investment; an editing fee to a freelancer is a fee, not a wage. ASCII-only subject without diacritics.',
        association_name="Kristdala hembygdsförening",
        org_number=ORG["kristdala"],
        contact_name="Lars-Erik Gustafsson",
        contact_email="le.gustafsson@example.net",
        contact_phone="0491-402 77",
        members=210,
        ort="Kristdala",
        amount_sek=6700,
    ),
)

# 2010 – budget as a bare total -> false; iso-8859-1
APP_SUBJ[2010] = "Ansökan: Löttorp året runt"
APP_ID[2010] = add(
    2010,
    "lottorp-aret-runt",
    frm=addr("Marianne Öhman", "m.ohman@example.se", "iso-8859-1"),
    subject=subj(APP_SUBJ[2010], "iso-8859-1"),
    date="2026-02-09 18:36",
    part=text(
        f"""Hej!

Löttorps Byaförening, org.nr {ORG["loettorp"]}, 156 medlemmar, söker härmed
pengar ur idéslanten.

Den 18 april håller vi ett öppet dialogmöte, "Löttorp året runt", i Löttorps
bygdegård. Borgholms kommun, Företagarna och några av byns egna företagare är
inbjudna för att prata om hur fler verksamheter kan hålla öppet utanför
sommarsäsongen, så att byn lever även på vintern. Alla är välkomna - kvinnor
och män, bofasta och fritidsboende.

I höstas delade vi ut en enkät i alla brevlådor i Löttorp. 64 hushåll svarade
och de flesta ville ha fler öppna verksamheter vintertid, därför mötet.

Vi söker 12 000 kr för hela arrangemanget.

Vänliga hälsningar
Marianne Öhman
Löttorps Byaförening
0485-230 16
""",
        charset="iso-8859-1",
    ),
    label=lab(
        "application",
        "sv",
        "11110",
        'Tests budget just missing: "Vi söker 12 000 kr för hela arrangemanget" is a bare total with no cost items, so budget is false (amount_sek 12 000). Everything else present: association (name, org.nr, 156 members), contact (Marianne Öhman, own address, phone), activity (dated open dialogue meeting with named participants and the local aim), anchoring (survey in every mailbox, 64 households answered). women_and_men true ("kvinnor och män"). iso-8859-1 body and iso-8859-1 encoded-word subject and display name.',
        association_name="Löttorps Byaförening",
        org_number=ORG["loettorp"],
        contact_name="Marianne Öhman",
        contact_email="m.ohman@example.se",
        contact_phone="0485-230 16",
        members=156,
        ort="Löttorp",
        amount_sek=12000,
        women_and_men=True,
    ),
)

# 2011 – "Styrelsen" from a shared mailbox, only the hall's phone -> contact false; survey 41 answers -> anchoring true
APP_SUBJ[2011] = "Ansökan om idéslanten – vandringar längs Alsterån"
APP_ID[2011] = add(
    2011,
    "alsterbro-vandringsled",
    frm=addr("Alsterbro Intresseförening", "alsterbro.if@example.org"),
    subject=subj(APP_SUBJ[2011]),
    date="2026-02-11 11:24",
    part=multi(
        "alternative",
        "000000000000a1b2c3d4e5f60711",
        [
            text(f"""Hej!

Alsterbro Intresseförening bildades 1987 och har 73 medlemmar (org.nr
{ORG["alsterbro"]}). Vi söker 7 500 kr.

Vi hyr in en naturguide som leder tre öppna vandringar längs Alsterån, 16 maj,
13 juni och 15 augusti. Under vandringarna märker vi ut en ny led som byn sedan
kan visa upp för besökare och som ska ge fler skäl att stanna i Alsterbro.

I februari la vi en enkät i brevlådorna i byn. Vi fick in 41 svar och 36 ville
ha en vandringsled.

Guide 3 x 1 800 kr = 5 400 kr
Annonser 600 kr
Tryck av 500 foldrar med karta 1 500 kr

Hälsningar
Styrelsen, Alsterbro Intresseförening
tel. 0481-300 20 (bygdelokalen)
"""),
            text(
                """<div dir="ltr"><p>Hej!</p><p>Alsterbro Intresseförening bildades 1987 och har 73 medlemmar (org.nr """
                + ORG["alsterbro"]
                + """). Vi söker 7 500 kr.</p>
<p>Vi hyr in en naturguide som leder tre öppna vandringar längs Alsterån, 16 maj, 13 juni och 15 augusti. Under vandringarna märker vi ut en ny led som byn sedan kan visa upp för besökare och som ska ge fler skäl att stanna i Alsterbro.</p>
<p>I februari la vi en enkät i brevlådorna i byn. Vi fick in 41 svar och 36 ville ha en vandringsled.</p>
<p>Guide 3 x 1 800 kr = 5 400 kr<br>Annonser 600 kr<br>Tryck av 500 foldrar med karta 1 500 kr</p>
<p>Hälsningar<br>Styrelsen, Alsterbro Intresseförening<br>tel. 0481-300 20 (bygdelokalen)</p></div>
""",
                subtype="html",
                cte="quoted-printable",
            ),
        ],
    ),
    label=lab(
        "application",
        "sv",
        "10111",
        "Tests contact just missing: sent from the association's shared mailbox and signed \"Styrelsen\"; the only phone number is the village hall's. No named person anywhere -> contact false and all contact facts null. Anchoring true: a mailbox survey with 41 answers, 36 in favour. Association true (name, founded 1987, 73 members, org.nr). Activity true (three dated guided walks, marking a trail for visitors). Budget true (three items; amount 7 500 as applied for). Printing folders is a consumable, not an investment. Gmail-style multipart/alternative.",
        association_name="Alsterbro Intresseförening",
        org_number=ORG["alsterbro"],
        members=73,
        ort="Alsterbro",
        amount_sek=7500,
    ),
)

# 2012 – autoreply of the shared mailbox to the receipt of 2011, NO automation header, offers a named contact
add(
    2012,
    "alsterbro-brevlada-autosvar",
    frm=addr("Alsterbro Intresseförening", "alsterbro.if@example.org"),
    to=addr(*BOT),
    subject=subj("Re: " + APP_SUBJ[2011] + " [Idéslanten " + CASE[2011] + "]"),
    date="2026-02-11 11:26",
    in_reply_to=receipt_id(CASE[2011]),
    references=APP_ID[2011] + " " + receipt_id(CASE[2011]),
    msgid_domain="mx.example.org",
    part=text(
        """Tack för ditt mejl till Alsterbro Intresseförening!

Detta är ett automatiskt svar. Föreningens brevlåda läses av styrelsen ungefär
en gång i veckan, så det kan dröja innan du får svar.

Gäller det uthyrning av bygdelokalen, ring Britt-Marie Svärd på 070-561 33 08.
Gäller det något annat, ring ordföranden Tord Alm på 070-214 90 15.

Hälsningar
Alsterbro Intresseförening
""",
        charset="iso-8859-1",
        cte="quoted-printable",
    ),
    label=lab(
        "autoreply",
        "sv",
        "00000",
        'Autoreply without any automation header (no Auto-Submitted, X-Autoreply or Precedence) and with a plain "Re: … [Idéslanten 2026-0024]" subject, threaded to the receipt of 2011 – the bot must recognise "Detta är ett automatiskt svar" and the mailbox wording and never answer. It even names people with phone numbers, which must not be taken as the missing contact of 2011: nobody wrote it for this case. All elements false, all facts null. iso-8859-1 QP body.',
    ),
)

# 2013 – unnamed parents' group (association false) and a described need as "anchoring" (false)
APP_SUBJ[2013] = "Ansökan idrottslek Degerhamn"
APP_ID[2013] = add(
    2013,
    "degerhamn-idrottslek",
    frm=addr("Emma Karlsson", "emma.k.degerhamn@example.com"),
    subject=APP_SUBJ[2013],
    date="2026-02-16 20:13",
    part=text(
        """Hej!

Vi är ett gäng föräldrar här i Degerhamn, fjorton familjer just nu, som vill
söka pengar ur idéslanten.

Lördagarna 7 mars, 21 mars och 4 april kl 10-12 hyr vi idrottshallen i skolan
och har öppen idrottslek för barn och föräldrar, med en lekledare från Korpen.
Tanken är att barnfamiljerna i södra Öland ska lära känna varandra och att
nyinflyttade familjer ska komma in i byn. Tjejer och killar, små som stora.

Det finns ärligt talat ingenting för barnen att göra här på vintern, så
behovet är stort.

Hallhyra 3 x 450 = 1 350 kr
Lekledare 3 x 1 000 = 3 000 kr
Frukt och saft 600 kr

Emma Karlsson
073-402 19 85
""",
        cte="base64",
    ),
    label=lab(
        "application",
        "sv",
        "01101",
        'Tests association and anchoring just missing. Association false: "ett gäng föräldrar här i Degerhamn, fjorton familjer" has a size but no name – an unnamed group is not enough (members recorded as 14 since that is the group\'s own count). Anchoring false: "ingenting för barnen att göra … behovet är stort" describes a need, not backing. Contact true (Emma Karlsson, own address, phone). Activity true (three dated sessions, venue, leader, aim). Budget true (three items, sum 4 950). women_and_men true ("tjejer och killar"). Renting the hall is not an investment; the Korpen leader\'s fee is not salary. base64 utf-8 body.',
        contact_name="Emma Karlsson",
        contact_email="emma.k.degerhamn@example.com",
        contact_phone="073-402 19 85",
        members=14,
        ort="Degerhamn",
        amount_sek=4950,
        women_and_men=True,
    ),
)

# 2014 – followup to 2010 (Outlook style, receipt quoted without '>'), budget in .xlsx
add(
    2014,
    "lottorp-svar-budget-xlsx",
    frm=addr("Marianne Öhman", "m.ohman@example.se", "windows-1252"),
    subject=subj("SV: Re: " + APP_SUBJ[2010] + " [Idéslanten " + CASE[2010] + "]", "windows-1252"),
    date="2026-02-17 08:44",
    in_reply_to=receipt_id(CASE[2010]),
    references=APP_ID[2010] + " " + receipt_id(CASE[2010]),
    part=multi(
        "mixed",
        "_004_VI1PR07MB2014LOTTORP_",
        [
            text(
                """Hej!

Här kommer budgeten för dialogmötet i Löttorp som saknades, se bifogad Excelfil.

Vänliga hälsningar
Marianne Öhman
0485-230 16

Från: Idéslanten – Region Kalmar län <ideslanten@example.se>
Skickat: den 9 februari 2026 18:37
Till: Marianne Öhman <m.ohman@example.se>
Ämne: Re: """
                + APP_SUBJ[2010]
                + " [Idéslanten "
                + CASE[2010]
                + """]

"""
                + receipt(CASE[2010], ["budget"], 1)
                + "\n",
                charset="windows-1252",
                cte="quoted-printable",
            ),
            attach(
                "Budget Löttorp året runt.xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx(
                    [
                        ["Löttorp året runt 18/4", ""],
                        ["Lokalhyra bygdegården", 2000],
                        ["Moderator, arvode", 4500],
                        ["Annonsering Ölandsbladet", 2500],
                        ["Fika ca 80 personer", 3000],
                        ["Summa", 12000],
                    ],
                    "Blad1",
                ),
            ),
        ],
    ),
    label=lab(
        "followup",
        "sv",
        "01001",
        "Followup to 2010 in Outlook style (SV: Re: …, receipt quoted below a Från/Skickat/Till/Ämne block without '>' markers). The new text only points to the attached .xlsx, which is readable: four items summing to 12 000 -> budget true. Contact true: Marianne Öhman signs from her own address with phone. Association, activity and anchoring are not in the new text -> false; the quoted receipt does not count. ort from \"dialogmötet i Löttorp\". A moderator's fee is not salary. windows-1252 QP body.",
        contact_name="Marianne Öhman",
        contact_email="m.ohman@example.se",
        contact_phone="0485-230 16",
        ort="Löttorp",
        amount_sek=12000,
    ),
)

# 2015 – activity undecided ("bestäms på årsmötet") and "budget tar vi fram sen" -> both false
APP_SUBJ[2015] = "bruksmiljön i Fågelfors"
APP_ID[2015] = add(
    2015,
    "fagelfors-bruksmiljon",
    frm=addr("Hans Törnqvist", "hans.tornqvist@example.net"),
    subject=subj(APP_SUBJ[2015], "windows-1252"),
    date="2026-02-23 15:02",
    part=text(
        """Hej

jag skriver för Fågelfors Bruksförening som är en ideell förening med 52
medlemmar som vårdar det gamla bruksområdet och smedjan.

vi vill göra något kring den gamla bruksmiljön så att fler får upp ögonen
för Fågelfors, kanske med guidningar eller en bruksdag eller nåt annat, det
exakta upplägget bestämmer vi på årsmötet i mars.

idén kommer från byamötet den 18 januari, där var 34 personer och 20 av dem
skrev upp sig som frivilliga för att hjälpa till.

budgeten tar vi fram när vi vet mer men vi tror att ca 15000 behövs

hälsningar
Hans Törnqvist
0491-610 42
""",
        charset="windows-1252",
    ),
    label=lab(
        "application",
        "sv",
        "11010",
        'Tests activity and budget just missing. Activity false: "göra något kring den gamla bruksmiljön … kanske guidningar eller en bruksdag eller nåt annat, det exakta upplägget bestämmer vi på årsmötet" lists options, no decided what/when. Budget false: "budgeten tar vi fram när vi vet mer" plus a single rough figure (recorded as amount 15 000). Association true (name, non-profit, 52 members, what it does). Contact true (Hans Törnqvist, own address, phone). Anchoring true: the idea came from a village meeting of 34 where 20 signed up as volunteers. Lowercase elderly style, windows-1252 8bit body, windows-1252 encoded-word subject.',
        association_name="Fågelfors Bruksförening",
        contact_name="Hans Törnqvist",
        contact_email="hans.tornqvist@example.net",
        contact_phone="0491-610 42",
        members=52,
        ort="Fågelfors",
        amount_sek=15000,
    ),
)

# 2016 – shared mailbox but contact named in the body with phone and e-mail -> true; PDF budget
add(
    2016,
    "blomstermala-skolvag-dialog",
    frm=addr("Blomstermåla Samhällsförening", "samhallsforeningen.blomstermala@example.org"),
    subject=subj("Ansökan idéslanten – öppet möte om skolvägen"),
    date="2026-02-25 10:40",
    part=multi(
        "mixed",
        "------------0A9F2016BLOMSTER",
        [
            text(f"""Hej!

Blomstermåla Samhällsförening (org.nr {ORG["blomstermala"]}) har 118 medlemmar och
arbetar för service och trivsel i samhället.

Onsdag 15 april kl 18.30 bjuder vi in Trafikverket och Mönsterås kommun till
ett öppet möte i Folkets hus om en säkrare skolväg genom samhället. Målet är
att fler barn ska kunna gå och cykla till skolan och att byborna själva ska få
vara med och peka ut de farliga ställena.

Förslaget kom upp på årsmötet den 22 februari och alla 26 närvarande röstade
ja.

Budget bifogas som pdf.

Kontaktperson: vår ordförande Lena Björk, 070-455 27 61,
lena.bjork@example.com

Hälsningar
Blomstermåla Samhällsförening
"""),
            attach(
                "budget_skolvagsmote.pdf",
                "application/pdf",
                pdf(
                    [
                        "Blomstermåla Samhällsförening",
                        "Budget – öppet möte om skolvägen 15 april 2026",
                        "",
                        "Lokalhyra Folkets hus            1 500 kr",
                        "Arvode moderator                 2 000 kr",
                        "Fika ca 60 personer              1 800 kr",
                        "Tryck av inbjudningar              700 kr",
                        "",
                        "Summa                            6 000 kr",
                    ],
                    compress=True,
                ),
            ),
        ],
    ),
    label=lab(
        "application",
        "sv",
        "11111",
        'Complete; tests a shared association mailbox as sender with the contact person named in the body: "Kontaktperson: vår ordförande Lena Björk" with phone and her own e-mail -> contact true (contact_email is her address, not the mailbox). Association true (name, org.nr, 118 members, purpose). Activity true (date, time, place, participants, aim). Anchoring true (annual meeting, 26 present all voted yes). Budget true from a zlib-compressed PDF with Helvetica/WinAnsi text (four items, sum 6 000). Moderator fee is not salary.',
        association_name="Blomstermåla Samhällsförening",
        org_number=ORG["blomstermala"],
        contact_name="Lena Björk",
        contact_email="lena.bjork@example.com",
        contact_phone="070-455 27 61",
        members=118,
        ort="Blomstermåla",
        amount_sek=6000,
    ),
)

# 2017 – followup to 2013 that supplies nothing usable
add(
    2017,
    "degerhamn-svar-inget-namn",
    frm=addr("Emma Karlsson", "emma.k.degerhamn@example.com"),
    subject="Re: " + APP_SUBJ[2013] + " [Idéslanten " + CASE[2013] + "]",
    date="2026-03-02 21:30",
    in_reply_to=receipt_id(CASE[2013]),
    references=APP_ID[2013] + " " + receipt_id(CASE[2013]),
    part=text(
        """Hej!
Vi har inget föreningsnamn, vi är bara föräldrar som tycker det här behövs.
Men alla föräldrar vi pratat med på förskolan tycker det är toppen, så det
kommer bli fullt!
Mvh Emma Karlsson

Den mån 16 feb. 2026 kl 20:14 skrev Idéslanten – Region Kalmar län <
ideslanten@example.se>:

"""
        + quote(receipt(CASE[2013], ["association", "anchoring"]), "> ")
        + "\n",
        cte="quoted-printable",
    ),
    label=lab(
        "followup",
        "sv",
        "01000",
        'Followup to 2013 (Gmail quoting, \'>\' markers, attribution line wrapped) that answers the receipt without supplying anything: "Vi har inget föreningsnamn, vi är bara föräldrar" confirms there is no named group -> association false; "alla föräldrar vi pratat med … tycker det är toppen" is an empty claim -> anchoring false. Only contact is true (Emma Karlsson signs from her own address; no phone in the new text). No costs -> salary/investment false.',
        contact_name="Emma Karlsson",
        contact_email="emma.k.degerhamn@example.com",
    ),
)

# 2018 – anchoring only as a future meeting -> false; budget in prose with three amounts -> true
add(
    2018,
    "soderakra-skutforelasning",
    frm=addr("Ingvar Persson", "ingvar.p@example.net"),
    subject="Idéslanten – föreläsning om skutsjöfarten",
    date="2026-03-04 14:25",
    part=text(
        f"""Hej!

Söderåkra hembygdsförening (org nr {ORG["soderakra"]}) har drygt 100 medlemmar och
har hand om hembygdsgården och arkivet.

Fredag 24 april klockan 19 kommer en antikvarie från Kalmar läns museum till
bygdegården och föreläser om skutsjöfarten från Söderåkrabygden. Det är ett
första steg mot en kulturvandring i byn som kan locka besökare och få
nyinflyttade att känna sig hemma här.

Vi ska ha ett möte om det i början av april och då får vi se hur många som
hänger på.

Föreläsaren tar 3 500 kr plus milersättning på ca 600 kr, lokalen kostar 800
kr och fikat står medlemmarna för.

Med vänlig hälsning
Ingvar Persson
kassör
0486-520 88
""",
        cte="base64",
    ),
    label=lab(
        "application",
        "sv",
        "11101",
        'Tests anchoring just missing: the only local backing mentioned is a meeting that has not happened yet ("då får vi se hur många som hänger på") -> false. Budget just present: prose with three cost items and amounts (fee 3 500, mileage ~600, hall 800; members bring the coffee) -> true, amount = sum 4 900. Association true (name, org.nr, "drygt 100" members read as 100, what it does). Contact true (Ingvar Persson, own address, phone). Activity true (date, time, speaker, topic, local benefit). A lecturer\'s fee and mileage are not salary. base64 utf-8 body.',
        association_name="Söderåkra hembygdsförening",
        org_number=ORG["soderakra"],
        contact_name="Ingvar Persson",
        contact_email="ingvar.p@example.net",
        contact_phone="0486-520 88",
        members=100,
        ort="Söderåkra",
        amount_sek=4900,
    ),
)

# 2019 – English; budget items without amounts + rough total -> false
add(
    2019,
    "lackeby-welcome-day-en",
    frm=addr("Tom Whitfield", "tom.whitfield@example.org"),
    subject="Application - welcome day for newcomers in Läckeby".replace("ä", "a"),
    date="2026-03-09 09:57",
    part=text(
        """Hello,

I'm writing on behalf of Läckeby Byalag, the village association here north of
Kalmar (about 70 member households). Sorry for writing in English - my Swedish
is still at SFI level!

On Saturday 23 May we will hold a welcome day in Läckeby bygdegård for people
who have moved to the village in the last few years (many of us come from the
Netherlands, Germany and the UK). The municipality, the school and the sports
club will give short talks about how things work here, so that new families
get involved, join the associations and stay.

We are organising it together with Läckeby IF and the parish, and the
byalag's board voted for it at its meeting on 2 March.

Costs will be hall rental, coffee and cake and some help with translation -
in total around 9 000 SEK.

Best regards,
Tom Whitfield
Läckeby Byalag
+46 70-611 48 20
""",
        charset="utf-8",
        cte="quoted-printable",
    ),
    label=lab(
        "application",
        "en",
        "11110",
        'English application. Budget just missing: cost items are named (hall rental, coffee and cake, translation) but only one rough total is given ("in total around 9 000 SEK") -> budget false, amount_sek 9 000. Association true (Läckeby Byalag, the village association, about 70 member households -> members 70). Contact true (Tom Whitfield, own address, phone). Activity true (date, venue, programme, local benefit: integrating newcomers). Anchoring true (cooperation with Läckeby IF and the parish, board decision). Gender not mentioned -> null.',
        association_name="Läckeby Byalag",
        contact_name="Tom Whitfield",
        contact_email="tom.whitfield@example.org",
        contact_phone="+46 70-611 48 20",
        members=70,
        ort="Läckeby",
        amount_sek=9000,
    ),
)

# 2020 – full name only in From header, body signed by the association -> contact false
add(
    2020,
    "orrefors-allsang",
    frm=addr("Ulrika Fransson", "ulrika.fransson@example.com"),
    subject=subj("Allsång i Orrefors 6 juni – ansökan"),
    date="2026-03-11 17:03",
    part=multi(
        "alternative",
        "Apple-Mail=_5B0E2020-ORRE-4F1A",
        [
            text(
                f"""Hej!

Orrefors Musikförening (org.nr {ORG["orrefors"]}) är en liten förening med 22
medlemmar som spelar och sjunger ihop i Orrefors.

På nationaldagen lördag 6 juni ordnar vi en allsångskväll i Folkets park med
hyrd ljudanläggning och en inhyrd körledare. Den är öppen för alla och ska
samla byn och visa upp Orrefors för sommargästerna.

Vi gör det tillsammans med Orrefors IK som sköter fikat och
hembygdsföreningen som lånar ut scenen, och 15 av våra medlemmar ställer upp
som funktionärer.

Hyra ljudanläggning 4 000 kr
Körledare, arvode 3 000 kr
Annonsering 1 000 kr
STIM-avgift 600 kr
Summa 8 600 kr

Hälsningar från oss i Orrefors Musikförening
""",
                cte="quoted-printable",
            ),
            text(
                """<html><body><div>Hej!</div><div><br></div><div>Orrefors Musikförening (org.nr """
                + ORG["orrefors"]
                + """) är en liten förening med 22 medlemmar som spelar och sjunger ihop i Orrefors.</div><div><br></div>
<div>På nationaldagen lördag 6 juni ordnar vi en allsångskväll i Folkets park med hyrd ljudanläggning och en inhyrd körledare. Den är öppen för alla och ska samla byn och visa upp Orrefors för sommargästerna.</div><div><br></div>
<div>Vi gör det tillsammans med Orrefors IK som sköter fikat och hembygdsföreningen som lånar ut scenen, och 15 av våra medlemmar ställer upp som funktionärer.</div><div><br></div>
<div>Hyra ljudanläggning 4 000 kr<br>Körledare, arvode 3 000 kr<br>Annonsering 1 000 kr<br>STIM-avgift 600 kr<br>Summa 8 600 kr</div><div><br></div>
<div>Hälsningar från oss i Orrefors Musikförening</div></body></html>
""",
                subtype="html",
                cte="quoted-printable",
            ),
        ],
    ),
    label=lab(
        "application",
        "sv",
        "10111",
        "Tests contact just missing: the body is signed only \"Hälsningar från oss i Orrefors Musikförening\"; Ulrika Fransson's name appears only in the From header, which the rules do not accept as a contact person -> contact false, contact facts null. Everything else present: association (name, org.nr, 22 members), activity (date, place, what, aim), anchoring (two local partners plus 15 volunteer stewards), budget (four items, sum 8 600). Renting sound equipment is not an investment; the choir leader's fee is not salary. Apple-Mail multipart/alternative.",
        association_name="Orrefors Musikförening",
        org_number=ORG["orrefors"],
        members=22,
        ort="Orrefors",
        amount_sek=8600,
    ),
)

# 2021 – followup to 2015: "budget after the annual meeting" -> nothing supplied
add(
    2021,
    "fagelfors-svar-budget-senare",
    frm=addr("Hans Törnqvist", "hans.tornqvist@example.net"),
    subject="Re: " + APP_SUBJ[2015] + " [Idéslanten " + CASE[2015] + "]",
    date="2026-03-13 10:18",
    in_reply_to=receipt_id(CASE[2015]),
    references=APP_ID[2015] + " " + receipt_id(CASE[2015]),
    part=text(
        """hej igen

årsmötet är inte förrän 28 mars så budgeten och vad vi ska göra kommer efter
det. vi har i alla fall bestämt att det blir något i augusti.

hälsningar Hans Törnqvist

Den 2026-02-23 kl. 15:03, skrev Idéslanten – Region Kalmar län:
"""
        + quote(receipt(CASE[2015], ["activity", "budget"], 1), "> ")
        + "\n",
        charset="windows-1252",
        cte="quoted-printable",
        flowed=True,
    ),
    label=lab(
        "followup",
        "sv",
        "01000",
        'Followup to 2015 (Thunderbird attribution, format=flowed, windows-1252 QP) that supplies neither missing part: the budget "kommer efter det" (promised later = false) and "det blir något i augusti" is still no activity (only a month, no what) -> activity false, budget false. Contact true: Hans Törnqvist signs from his own address. Nothing else in the new text; the quoted receipt never counts.',
        contact_name="Hans Törnqvist",
        contact_email="hans.tornqvist@example.net",
    ),
)

# 2022 – complete but minimal: every element just present; buys a projector (investment)
add(
    2022,
    "pataholm-filmkvallar-sjoboden",
    frm=addr("Nils Rydberg", "nils.rydberg@example.com"),
    subject="Ansökan filmkvällar Pataholm",
    date="2026-03-16 07:12",
    part=text(f"""Pataholms Hamnförening, org.nr {ORG["pataholm"]}, 40 medlemmar.
Kontakt: Nils Rydberg 070-990 14 32.

Fyra filmkvällar i sjöboden första fredagen i september–december, filmer om
kust och skärgård, så att fritidsboende och bofasta träffas även efter
säsongen.

Beslut på medlemsmötet 7 mars, 17 närvarande.

Projektor 3 500, filmlicenser 4 x 400 = 1 600, fika 800. Summa 5 900 kr.
"""),
    label=lab(
        "application",
        "sv",
        "11111",
        "Complete in the fewest possible words – each element only just present: association (name, org.nr, 40 members), contact (Nils Rydberg with phone, own address), activity (four evenings, place, months, what, local benefit in one clause), anchoring (member meeting decision with 17 present), budget (three items with amounts, sum 5 900). No greeting or signature. Buying a projector is a physical investment -> physical_investment true (eligibility is a fact, not an element). Film licences and coffee are not investments.",
        association_name="Pataholms Hamnförening",
        org_number=ORG["pataholm"],
        contact_name="Nils Rydberg",
        contact_email="nils.rydberg@example.com",
        contact_phone="070-990 14 32",
        members=40,
        ort="Pataholm",
        amount_sek=5900,
        physical_investment=True,
    ),
)

ORG["gamleby"] = luhn_org("802497215")

# 2023 – applicant unnamed ("vi några grannar"), partners named -> association false
add(
    2023,
    "storebro-studiecirkel-byaforening",
    frm=addr("Malin Hedberg", "malin.hedberg@example.net"),
    subject=subj("Idéslanten – studiecirkel i Storebro", "utf-8", "b"),
    date="2026-03-18 19:50",
    part=text("""Hej!

Vi är några grannar i Storebro som tillsammans med Vimmerby kommun och
Studiefrämjandet vill dra igång en studiecirkel om hur man startar och driver
en byaförening. Fem träffar tisdagar 14 april – 12 maj i skolans matsal, med
en cirkelledare från Studiefrämjandet. Målet är att Storebro ska få en egen
förening som kan driva på frågor som busshållplatsen och badplatsen.

Tolv hushåll har redan anmält sig till cirkeln, och bruket lånar ut lokalen
gratis.

Budget:
Cirkelledare 5 x 900 = 4 500 kr
Studiematerial 12 x 150 = 1 800 kr
Fika 5 x 300 = 1 500 kr
Totalt 7 800 kr

Hör av er om ni undrar något!
Malin Hedberg
070-377 52 14
"""),
    label=lab(
        "application",
        "sv",
        "01111",
        'Tests association just missing: the applicant is "några grannar i Storebro" – unnamed; Vimmerby kommun and Studiefrämjandet are named but they are partners, not the applicant (the group is about to found an association). Association false, association_name null, members null (twelve households signed up for the circle are participants, not members). Contact true (Malin Hedberg, own address, phone). Activity true (five dated meetings, venue, leader, aim). Anchoring true (twelve households signed up, the works lends the room). Budget true (three items, total 7 800). Study material is a consumable. Base64 encoded-word subject.',
        contact_name="Malin Hedberg",
        contact_email="malin.hedberg@example.net",
        contact_phone="070-377 52 14",
        ort="Storebro",
        amount_sek=7800,
    ),
)

# 2024 – phishing
add(
    2024,
    "phishing-utbetalning-bankid",
    frm=addr("Region Kalmar län – Bidrag", "utbetalning@regionkalmar-bidrag.example.net"),
    to="undisclosed-recipients:;",
    subject=subj("Idéslanten 2026: utbetalning 15 000 kr väntar – bekräfta inom 24 h"),
    date="2026-03-20 03:41",
    msgid_domain="bulk-sender.example.net",
    part=text(
        """<html><body style="font-family:Arial">
<p><img alt="Region Kalmar län" src="https://regionkalmar-bidrag.example.net/logo.png"></p>
<p>Bästa mottagare,</p>
<p>Er förening har beviljats <b>15 000 kr</b> ur idéslanten 2026. För att pengarna ska kunna
betalas ut måste ni bekräfta föreningens bankuppgifter med BankID inom 24 timmar, annars
går beloppet tillbaka.</p>
<p><a href="https://regionkalmar-bidrag.example.net/bankid/verify?id=88213">BEKRÄFTA UTBETALNING</a></p>
<p>Med vänliga hälsningar<br>Bidragsenheten<br>Region Kalmar län</p>
<p style="font-size:9px;color:#999">Detta meddelande skickades automatiskt. Svara inte på detta mejl.</p>
</body></html>
""",
        subtype="html",
        charset="utf-8",
        cte="base64",
    ),
    label=lab(
        "spam",
        "sv",
        "00000",
        'Phishing that imitates the region: a fake payout of 15 000 kr from idéslanten that must be "confirmed with BankID within 24 hours" via a look-alike domain, sent to undisclosed recipients at night. It uses the grant\'s name and the per-locality cap, so keyword matching could take it for a grant mail; kind spam, all elements false, all facts null (the 15 000 is not an applied amount). Base64 HTML-only body.',
        salary_costs=None,
        physical_investment=None,
    ),
)

# 2025 – activity only as purpose; anchoring as "stort behov" -> both false
add(
    2025,
    "sodra-vi-motesplatser",
    frm=addr("Maria Lönn", "maria.lonn@example.com"),
    subject="Söker idéslanten! Södra Vi",
    date="2026-03-24 22:07",
    part=text("""Hej hej!

Jag skriver från Södra Vi Intresseförening, vi är 64 medlemmar och jobbar för
att Södra Vi ska vara en levande ort 🌻

Pengarna ska gå till att skapa mötesplatser för alla åldrar och göra Södra Vi
mer attraktivt att bo i och flytta till. Det finns ett jättestort behov, det
har varit väldigt tyst i byn sen affären stängde.

Vår budget:
lokalhyra 4 000
fika 1 500
annonser 500
= 6 000 kr

Kram!
Maria Lönn
0492-301 66
"""),
    label=lab(
        "application",
        "sv",
        "11001",
        'Tests activity and anchoring just missing in a warm, informal mail. Activity false: "skapa mötesplatser för alla åldrar och göra Södra Vi mer attraktivt" is a goal, not what/when – the budget lines (hall, coffee, ads) do not say what the event is. Anchoring false: "ett jättestort behov … tyst i byn sen affären stängde" describes need, not local backing. Association true (name, 64 members, purpose). Contact true (Maria Lönn, own address, phone). Budget true (three items, = 6 000). Emoji in an 8bit utf-8 body.',
        association_name="Södra Vi Intresseförening",
        contact_name="Maria Lönn",
        contact_email="maria.lonn@example.com",
        contact_phone="0492-301 66",
        members=64,
        ort="Södra Vi",
        amount_sek=6000,
    ),
)

# 2026 – complete, elderly writer without punctuation; full name only in the opening sentence
add(
    2026,
    "edsbruk-fiberkvall",
    frm=addr("Gunnar Lindh", "gunnar.lindh43@example.se", "windows-1252"),
    subject=subj("ansökan fiberkväll", "windows-1252"),
    date="2026-03-30 11:34",
    part=text(
        f"""hej
jag heter Gunnar Lindh och är ordförande i Edsbruks Byalag vi är 58 medlemmar org nr {ORG["edsbruk"]}
vi vill ha en kväll om fiber och mobiltäckning den 7 maj i bygdegårn med en från kommunen och en från fiberföreningen så folk vet hur dom ska göra för att få fiber det är viktigt för att unga familjer ska flytta hit
vi hade möte i bygdegårn 12 mars och 30 pers kom och alla va för
kostnader
hyra 800
fika 1200
reseersättning föreläsare 500
annons i tidningen 1500
tot 4000
mvh Gunnar
tel 0493-403 51
""",
        charset="windows-1252",
        cte="quoted-printable",
    ),
    label=lab(
        "application",
        "sv",
        "11111",
        'Complete despite missing punctuation and dialect ("bygdegårn", "va för", "dom"). Contact true: the sign-off is only "Gunnar", but the opening sentence gives the full name "Gunnar Lindh", and he writes from his own address with a phone number. Association true (Edsbruks Byalag, 58 members, org.nr). Activity true (date, place, who comes, aim – fibre so young families move in). Anchoring true (meeting of 30 where all were in favour). Budget true (four items, tot 4 000). Travel reimbursement for a speaker is not salary. windows-1252 QP with very long unwrapped lines.',
        association_name="Edsbruks Byalag",
        org_number=ORG["edsbruk"],
        contact_name="Gunnar Lindh",
        contact_email="gunnar.lindh43@example.se",
        contact_phone="0493-403 51",
        members=58,
        ort="Edsbruk",
        amount_sek=4000,
    ),
)

# 2027 – "budgeten finns i bifogad fil" but nothing attached -> budget false
APP_SUBJ[2027] = "Ansökan idéslanten – pop-up på torget i Gamleby"
APP_BODY_2027 = f"""Hej!

Föreningen Levande Gamleby (org.nr {ORG["gamleby"]}) har 35 medlemmar – handlare,
hantverkare och boende som vill ha liv på torget.

Lördag 16 maj håller vi en workshop i Folkets hus om de tomma butikslokalerna
runt torget. Vi bjuder in fastighetsägarna, kommunens näringslivsenhet och en
föreläsare från Hela Sverige ska leva, och målet är att lokalerna ska fyllas
med pop-up-butiker och hantverkare från bygden under sommaren.

Gamleby Köpmannaförening och hembygdsföreningen står bakom, och 14 hantverkare
har redan anmält intresse för en pop-up-plats.

Vi söker 14 000 kr. Budgeten finns i bifogad fil.

Vänliga hälsningar
Karin Wester
sekreterare, Levande Gamleby
073-845 02 19
"""
APP_ID[2027] = add(
    2027,
    "gamleby-popup-torget",
    frm=addr("Karin Wester", "karin.wester@example.se"),
    subject=APP_SUBJ[2027],
    date="2026-04-01 09:15",
    part=text(APP_BODY_2027, cte="quoted-printable"),
    label=lab(
        "application",
        "sv",
        "11110",
        'Tests budget just missing: "Budgeten finns i bifogad fil" but nothing is attached (single-part text/plain) – the officer cannot see a budget, so false; the applied amount 14 000 is recorded. All else present: association (name, org.nr, 35 members, who they are), contact (Karin Wester, own address, phone), activity (dated workshop, invited parties, aim), anchoring (two local associations back it, 14 craftspeople registered interest).',
        association_name="Föreningen Levande Gamleby",
        org_number=ORG["gamleby"],
        contact_name="Karin Wester",
        contact_email="karin.wester@example.se",
        contact_phone="073-845 02 19",
        members=35,
        ort="Gamleby",
        amount_sek=14000,
    ),
)

# 2028 – followup to 2027 (reply to her own sent mail, Outlook "Ursprungligt meddelande"), PDF budget
add(
    2028,
    "gamleby-svar-glomd-bilaga",
    frm=addr("Karin Wester", "karin.wester@example.se"),
    subject="SV: " + APP_SUBJ[2027],
    date="2026-04-01 09:31",
    in_reply_to=APP_ID[2027],
    references=APP_ID[2027],
    part=multi(
        "mixed",
        "_002_Gamleby2028PDF_",
        [
            text(
                """Oj, glömde bilagan! Här kommer budgeten.

/Karin Wester

-----Ursprungligt meddelande-----
Från: Karin Wester <karin.wester@example.se>
Skickat: den 1 april 2026 09:15
Till: Idéslanten – Region Kalmar län <ideslanten@example.se>
Ämne: """
                + APP_SUBJ[2027]
                + "\n\n"
                + APP_BODY_2027,
                cte="quoted-printable",
            ),
            attach(
                "Budget popup Gamleby.pdf",
                "application/pdf",
                pdf(
                    [
                        "Föreningen Levande Gamleby – budget workshop 16 maj 2026",
                        "",
                        "Föreläsare Hela Sverige ska leva, arvode   6 000 kr",
                        "Resa föreläsare                         1 200 kr",
                        "Lokalhyra Folkets hus                   2 500 kr",
                        "Annonsering och affischer               2 000 kr",
                        "Fika och lunch                          2 300 kr",
                        "",
                        "Summa                                  14 000 kr",
                    ]
                ),
            ),
        ],
    ),
    label=lab(
        "followup",
        "sv",
        "01001",
        'Followup to 2027 sent 16 minutes later as a reply to her own sent application (In-Reply-To/References = the application\'s Message-ID, Outlook "-----Ursprungligt meddelande-----" quoting without markers). New text: one line plus a readable, uncompressed PDF budget (five items, 14 000) -> budget true; signed "/Karin Wester" from her own address -> contact true. The whole application is quoted below, so association/activity/anchoring appear only as quoted text and are false here. ort from the PDF heading (Gamleby).',
        contact_name="Karin Wester",
        contact_email="karin.wester@example.se",
        ort="Gamleby",
        amount_sek=14000,
    ),
)

# 2029 – complete with .csv budget and a .png poster
add(
    2029,
    "timmernabben-hamndag",
    frm=addr("Anders Bergqvist", "anders.bergqvist@example.org"),
    subject="Ansökan hamndag Timmernabben",
    date="2026-04-07 13:29",
    part=multi(
        "mixed",
        "=-=-=2029TIMMER=-=-=",
        [
            text(f"""Hej!

Timmernabbens Byalag (org.nr {ORG["timmernabben"]}) har 130 medlemmar och
samlar bofasta och fritidsboende i Timmernabben.

Lördag 29 augusti ordnar vi en hamndag i Timmernabbens hamn: en föreläsning om
fiskevård i Kalmarsund och prova-på-paddling med hyrda kajaker och guide. Vi
vill få fler att upptäcka kusten och använda hamnen, för alla åldrar, kvinnor
och män.

Vi gör det ihop med Timmernabbens IF och PRO Timmernabben, och på
byalagsmötet den 9 mars sa de 40 som var där ja till idén.

Budgeten ligger i bifogad csv-fil, och affischen är bifogad som bild.

Hälsningar
Anders Bergqvist
ordförande
070-662 09 71
"""),
            attach(
                "budget_hamndag.csv",
                "text/csv",
                "Post;Belopp (kr)\nHyra kajaker inkl. guide;4500\nFöreläsare fiskevård, arvode;2500\nTält, hyra;1800\nAnnonsering och affischer;900\nSumma;9700\n".encode(),
            ),
            attach(
                "affisch_hamndag.png",
                "image/png",
                png(
                    48, 32, lambda x, y: (20, 60 + y * 4, 140 + x * 2) if y < 20 else (240, 200, 40)
                ),
            ),
        ],
    ),
    label=lab(
        "application",
        "sv",
        "11111",
        "Complete, with the budget only in a readable .csv attachment (four items and a sum, 9 700) and a poster image that carries no text the bot can read. Association true (name, org.nr, 130 members, who it gathers). Contact true (Anders Bergqvist, own address, phone). Activity true (date, place, lecture and paddling, local aim). Anchoring true (two local partner associations, meeting of 40 said yes). women_and_men true (\"kvinnor och män\"). Hiring kayaks and a tent is rental, not investment; a guide's and lecturer's fee is not salary.",
        association_name="Timmernabbens Byalag",
        org_number=ORG["timmernabben"],
        contact_name="Anders Bergqvist",
        contact_email="anders.bergqvist@example.org",
        contact_phone="070-662 09 71",
        members=130,
        ort="Timmernabben",
        amount_sek=9700,
        women_and_men=True,
    ),
)

# 2030 – "Kontaktperson: Jonas (ordförande)" from shared mailbox; vague activity; "vi tror många kommer uppskatta det"
APP_SUBJ[2030] = "Ansökan från Överums Byförening"
APP_ID[2030] = add(
    2030,
    "overum-engagemang",
    frm=addr("Överums Byförening", "overums.byforening@example.org"),
    subject=APP_SUBJ[2030],
    date="2026-04-09 16:45",
    part=text(
        """Hej,

Vi i Överums Byförening (95 medlemmar) söker pengar ur idéslanten till
aktiviteter under hösten som ska få fler att engagera sig i byns framtid och
känna stolthet över bruksorten.

Vi tror att många kommer att uppskatta det.

Budget
Lokalhyra 3 x 1 000 kr = 3 000 kr
Föreläsare 4 000 kr
Fika 1 500 kr
Totalt 8 500 kr

Kontaktperson: Jonas (ordförande)

Med vänlig hälsning
Överums Byförening
""",
        charset="iso-8859-1",
        cte="quoted-printable",
    ),
    label=lab(
        "application",
        "sv",
        "10001",
        'Three near misses at once. Contact false: "Kontaktperson: Jonas (ordförande)" gives only a first name, sent from the association\'s shared mailbox with no phone. Activity false: "aktiviteter under hösten som ska få fler att engagera sig i byns framtid" is a purpose with a season, no what. Anchoring false: "Vi tror att många kommer att uppskatta det" is a hope. Association true (name + 95 members). Budget true (three items, total 8 500; the "3 x 1 000" rent hints at three events but still no content). iso-8859-1 QP.',
        association_name="Överums Byförening",
        members=95,
        ort="Överum",
        amount_sek=8500,
    ),
)

# 2031 – association only via signature + "vi är 34 medlemmar" (true); budget in .txt attachment; iso-8859-1
add(
    2031,
    "resmo-alvarvandringar",
    frm=addr("Ulla Bengtsson", "ulla.bengtsson@example.com"),
    subject=subj("Alvarvandringar i Resmo - idéslanten", "iso-8859-1"),
    date="2026-04-14 08:05",
    part=multi(
        "mixed",
        "==resmo_2031_b0undary",
        [
            text(
                """Hej!

Vi är 34 medlemmar och skulle vilja ordna tre kvällsvandringar på Stora alvaret
väster om Resmo, tisdagarna 2, 9 och 16 juni, med en botaniker som guide.
Vandringarna är öppna för bybor och sommargäster och ska bli början på en egen
byguide över Resmo, så att fler hittar hit och stannar.

Idén kommer från medlemsenkäten i höstas där 22 av 34 ville ha fler
naturvandringar, och Resmo byalag hjälper oss med annonseringen.

Budgeten ligger som textfil.

Hälsningar
Ulla Bengtsson
Resmo Hembygdsförening
""",
                charset="iso-8859-1",
            ),
            attach(
                "budget.txt",
                "text/plain; charset=iso-8859-1",
                "Budget alvarvandringar juni 2026\n\nBotaniker 3 x 1 500 kr   4 500 kr\nAnnonsering                600 kr\nTryck av utkast byguide    900 kr\n\nSumma                    6 000 kr\n".encode(
                    "iso-8859-1"
                ),
            ),
        ],
    ),
    label=lab(
        "application",
        "sv",
        "11111",
        'Complete, with association only just present: the body never names the applicant, but the signature gives "Resmo Hembygdsförening" and the body says "Vi är 34 medlemmar" – name plus something about it. Contact true: Ulla Bengtsson signs from her own address (no phone, which is fine). Activity true (three dated walks, guide, aim of a village guide). Anchoring true (member survey, 22 of 34 in favour; cooperation with Resmo byalag). Budget true from the iso-8859-1 .txt attachment (three items, 6 000). Printing a draft guide is a consumable. iso-8859-1 body and subject.',
        association_name="Resmo Hembygdsförening",
        contact_name="Ulla Bengtsson",
        contact_email="ulla.bengtsson@example.com",
        members=34,
        ort="Resmo",
        amount_sek=6000,
    ),
)

# 2032 – question in English, proposes a stipend (salary)
add(
    2032,
    "kopingsvik-question-en",
    frm=addr("Sarah Lindqvist-Moore", "sarah.lm@example.com"),
    subject="Question about the idéslanten grant".replace("é", "e"),
    date="2026-04-16 12:40",
    part=text(
        """Hi there,

A few of us in Köpingsvik are thinking of applying for the idéslanten for a
series of language cafés this autumn. Before we write anything I have two
questions:

1. Our group is part of Borgholms Sportfiskeklubb, which is registered in
   Borgholm. Can the club apply for an activity in Köpingsvik, or does it
   count against Borgholm's 15 000 kr?
2. Could we pay a small stipend (maybe 3 000 kr) to the person who organises
   the cafés, or is that seen as a salary?

Thanks a lot!
Sarah Lindqvist-Moore
""",
        cte="quoted-printable",
    ),
    label=lab(
        "question",
        "en",
        "00000",
        'English question about the per-locality cap (club registered in Borgholm, activity in Köpingsvik) and whether a stipend to the organiser is a salary. Only "thinking of applying" – nothing is applied for, so kind question, all elements false. Facts: ort Köpingsvik (the locality the question concerns), the signer, the club as association_name; amount_sek null (15 000 is the rule, 3 000 is a hypothetical stipend, not an applied amount); salary_costs true because the question itself proposes paying the organiser; physical_investment null.',
        association_name="Borgholms Sportfiskeklubb",
        contact_name="Sarah Lindqvist-Moore",
        contact_email="sarah.lm@example.com",
        ort="Köpingsvik",
        salary_costs=True,
        physical_investment=None,
    ),
)

# 2033 – activity just present in one sentence; anchoring and budget just missing
add(
    2033,
    "vissefjarda-solcellskvall",
    frm=addr("Peter Sandberg", "peter.sandberg@example.net"),
    subject=subj("idéslanten Vissefjärda"),
    date="2026-04-20 20:58",
    part=text("""Hej

Vissefjärda Byaförening har 112 medlemmar och har drivit byagården sedan 1978.
Vi vill hyra in en föreläsare om solceller till byagården en kväll i oktober,
så att fler hushåll i byn kan gå ihop och handla upp solceller tillsammans.
Många i byn har frågat efter det här.
Det blir ungefär 6 000 kr för föreläsare och lokal.

Peter Sandberg, sekreterare
0471-501 23
"""),
    label=lab(
        "application",
        "sv",
        "11100",
        'Activity just present in one sentence: what (hire a lecturer on solar panels), where (byagården), when (an evening in October) and local benefit (households buying together) -> true. Anchoring just missing: "Många i byn har frågat efter det här" is an unquantified claim -> false. Budget just missing: one rough figure for two items ("ungefär 6 000 kr för föreläsare och lokal") -> false, amount 6 000. Association true (name, 112 members, runs the village hall). Contact true (named signer from own address with phone). The lecture is about joint purchase, but the application itself buys nothing -> no investment.',
        association_name="Vissefjärda Byaförening",
        contact_name="Peter Sandberg",
        contact_email="peter.sandberg@example.net",
        contact_phone="0471-501 23",
        members=112,
        ort="Vissefjärda",
        amount_sek=6000,
    ),
)

# 2034 – followup to 2030 from the same shared mailbox: full contact + concrete activity, anchoring still a claim
_r2030 = receipt(CASE[2030], ["contact", "activity", "anchoring"])
add(
    2034,
    "overum-svar-kontakt-aktivitet",
    frm=addr("Överums Byförening", "overums.byforening@example.org"),
    subject="Re: " + APP_SUBJ[2030] + " [Idéslanten " + CASE[2030] + "]",
    date="2026-04-22 18:12",
    in_reply_to=receipt_id(CASE[2030]),
    references=APP_ID[2030] + " " + receipt_id(CASE[2030]),
    part=multi(
        "alternative",
        "--==_mimepart_2034_overum",
        [
            text(
                """Hej!

Kontakt: Jonas Wiik, ordförande, 070-183 66 40.

Vi kommer att ha tre framtidskvällar i Överums Folkets hus den 3, 10 och 17
september, där en föreläsare från Hela Sverige ska leva leder samtal om
bruksområdet, skolan och bostäderna, så att byborna själva tar fram förslag
som vi sedan lämnar till kommunen.

Och alla vi pratat med tycker det är kanon!

Hälsningar Jonas

On 2026-04-09 16:46, Idéslanten – Region Kalmar län wrote:
"""
                + quote(_r2030, "> ")
                + "\n",
                cte="quoted-printable",
            ),
            text(
                """<html><body><p>Hej!</p>
<p>Kontakt: Jonas Wiik, ordförande, 070-183 66 40.</p>
<p>Vi kommer att ha tre framtidskvällar i Överums Folkets hus den 3, 10 och 17 september, där en föreläsare från Hela Sverige ska leva leder samtal om bruksområdet, skolan och bostäderna, så att byborna själva tar fram förslag som vi sedan lämnar till kommunen.</p>
<p>Och alla vi pratat med tycker det är kanon!</p>
<p>Hälsningar Jonas</p>
<div>On 2026-04-09 16:46, Idéslanten – Region Kalmar län wrote:</div>
<blockquote type="cite" style="border-left:2px solid #ccc;padding-left:8px">"""
                + "<br>\n".join(_r2030.split("\n"))
                + """</blockquote>
</body></html>
""",
                subtype="html",
                cte="quoted-printable",
            ),
        ],
    ),
    label=lab(
        "followup",
        "sv",
        "01100",
        'Followup to 2030 from the same shared mailbox (multipart/alternative, HTML blockquote plus \'>\' quoting in the plain part). Contact true: "Kontakt: Jonas Wiik, ordförande, 070-183 66 40" now gives a full name and phone; contact_email null because the mailbox is shared. Activity true: three dated evenings, venue, leader, topics and outcome. Anchoring still false: "alla vi pratat med tycker det är kanon" is an empty claim. ort Överum from the venue. No costs in the new text.',
        contact_name="Jonas Wiik",
        contact_phone="070-183 66 40",
        ort="Överum",
    ),
)

# 2035 – whole application in a .docx, body only "se bifogat"
add(
    2035,
    "langasjo-framtidsverkstad-docx",
    frm=addr("Sven Axelsson", "sven.axelsson@example.com"),
    subject="Ansökan idéslanten",
    date="2026-04-27 10:22",
    part=multi(
        "mixed",
        "------=_NextPart_000_2035_01DC",
        [
            text(
                "Hej, här kommer vår ansökan, se bifogat dokument.\n/Sven\n",
                charset="windows-1252",
                cte="quoted-printable",
            ),
            attach(
                "Ansökan Långasjö framtidsverkstad.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                docx(
                    [
                        "Ansökan om regional bygdepeng – idéslanten 2026",
                        f"Sökande: Långasjö Bygdegårdsförening, org.nr {ORG['langasjo']}, 76 medlemmar. Föreningen äger och driver Långasjö bygdegård.",
                        "Kontaktperson: Sven Axelsson, kassör, 0471-502 18, sven.axelsson@example.com",
                        "Aktivitet: Lördag 19 september håller vi en framtidsverkstad i bygdegården. En processledare från Hela Sverige ska leva leder en heldag där byborna – både kvinnor och män, unga och gamla – tar fram en lokal utvecklingsplan för Långasjö med förslag om boende, service och fritid.",
                        "Förankring: Byamötet den 14 april beslutade att Långasjö ska ta fram en utvecklingsplan. Långasjö IF, församlingen och skolans föräldraförening är med och bjuder in.",
                        "Budget:",
                        [
                            ["Post", "Kr"],
                            ["Processledare, arvode", "6 000"],
                            ["Lokal (egen, städning)", "1 000"],
                            ["Lunch och fika", "3 500"],
                            ["Dokumentation och tryck av planen", "1 500"],
                            ["Summa", "12 000"],
                        ],
                    ]
                ),
            ),
        ],
    ),
    label=lab(
        "application",
        "sv",
        "11111",
        'Complete, but the body is one line ("se bifogat dokument", signed only "/Sven"): everything is in the .docx, which counts as the mail\'s text. Association true (name, org.nr, 76 members, owns the hall). Contact true (Sven Axelsson with role, phone and e-mail in the document). Activity true (date, leader, what the day produces). Anchoring true (village meeting decision, three local partners). Budget true (table, 12 000). women_and_men true ("både kvinnor och män"). Cleaning the own hall and printing are consumables. Outlook-style windows-1252 QP body.',
        association_name="Långasjö Bygdegårdsförening",
        org_number=ORG["langasjo"],
        contact_name="Sven Axelsson",
        contact_email="sven.axelsson@example.com",
        contact_phone="0471-502 18",
        members=76,
        ort="Långasjö",
        amount_sek=12000,
        women_and_men=True,
    ),
)

# 2036 – mobile, "vi" unnamed, first name only, one rough figure
add(
    2036,
    "kastlosa-skolmote-mobil",
    frm=addr("Mats E", "mats.e.oland@example.net"),
    subject=subj("Pengar till möte om skolan"),
    date="2026-05-04 06:48",
    part=text(
        """Hej! Vi vill ha pengar till ett dialogmöte om skolans framtid lördag 25 juli i Kastlösa bygdegård. Vi bjuder in politikerna från Mörbylånga kommun så att byborna får säga sitt innan beslutet i höst, det gäller om barnen ska kunna gå i skolan här även i framtiden. På byamötet i april var vi 40 personer och alla ville att vi ordnar det. Ca 8000 räcker.
Mvh Mats

Skickat från Outlook för Android
""",
        flowed=True,
    ),
    label=lab(
        "application",
        "sv",
        "00110",
        'Short Android mail with three near misses. Association false: only "vi" – no name at all. Contact false: signed only "Mats" (first name), the From display name "Mats E" adds just an initial, no phone – not a named reachable person; contact facts null. Budget false: one rough figure "Ca 8000 räcker" (amount 8 000). Activity true (date, place, invited politicians, why it matters for the village). Anchoring true (village meeting of 40 where all wanted it). One long unwrapped paragraph, format=flowed.',
        ort="Kastlösa",
        amount_sek=8000,
    ),
)

# 2037 – anchoring via eleven volunteer stewards (true); iso-8859-1 QP
add(
    2037,
    "ralla-skordemarknad",
    frm=addr("Eva Lundh", "eva.lundh@example.se", "iso-8859-1"),
    subject=subj("Ansökan: skördemarknad i Rälla", "iso-8859-1"),
    date="2026-05-06 14:36",
    part=text(
        f"""Hej,

Rälla Byalag (org.nr {ORG["ralla"]}) har 67 medlemmar och jobbar för att byn
ska vara levande året runt.

Lördag 26 september ordnar vi en skördemarknad på gården vid Rälla bygdegård
med lokala odlare och hantverkare. Marknaden ger bygdens småföretagare en
försäljningsplats och lockar besökare när turistsäsongen är över.

Elva av oss har lovat att ställa upp som funktionärer under dagen.

Budget
Tälthyra                3 500 kr
Annonsering             2 000 kr
Hyra av toaletter       1 800 kr
El och avgifter           700 kr
Summa                   8 000 kr

Vänliga hälsningar
Eva Lundh, ordförande Rälla Byalag
0485-560 34
""",
        charset="iso-8859-1",
        cte="quoted-printable",
    ),
    label=lab(
        "application",
        "sv",
        "11111",
        'Complete; tests anchoring just present through volunteers only: "Elva av oss har lovat att ställa upp som funktionärer" – eleven named-number volunteers is concrete local backing (no meeting or survey mentioned). Association true (name, org.nr, 67 members, aim). Contact true (Eva Lundh, own address, role, phone). Activity true (date, place, who sells, local benefit). Budget true (aligned table in plain text, 8 000). Renting a tent and toilets is not an investment. iso-8859-1 QP body and subject.',
        association_name="Rälla Byalag",
        org_number=ORG["ralla"],
        contact_name="Eva Lundh",
        contact_email="eva.lundh@example.se",
        contact_phone="0485-560 34",
        members=67,
        ort="Rälla",
        amount_sek=8000,
    ),
)

# 2038 – "vi i byalaget" + "Berga byalag" in signature, nothing else -> association false (contrast 2002)
add(
    2038,
    "berga-seniorgympa",
    frm=addr("Anneli Roos", "anneli.roos@example.com"),
    subject="Seniorgympa i Berga",
    date="2026-05-11 09:50",
    part=text(
        """Hej!

Vi i byalaget vill hyra gympasalen i Berga skola tisdagar kl 18-19 i oktober
och november (åtta gånger) för seniorgympa med en instruktör från
Friskvårdscentrum. Det är för både damer och herrar, och tanken är att äldre
ska hålla sig friska, träffas och kunna bo kvar i byn längre.

På byalagets möte 20 april anmälde sig 18 personer direkt.

Hyra 8 x 250 = 2 000 kr
Instruktör 8 x 600 = 4 800 kr

Anneli Roos
Berga byalag
070-245 81 13
""",
        cte="quoted-printable",
    ),
    label=lab(
        "application",
        "sv",
        "01111",
        'Direct contrast to 2002: "Vi i byalaget" in the body and "Berga byalag" under the signer\'s name, but nothing at all about the byalag (no members, org.nr or description) -> association false, name recorded. Contact true (Anneli Roos, own address, phone). Activity true (weekday, time, months, eight sessions, instructor, aim). Anchoring true (18 sign-ups at the byalag meeting – participants, not members, so members null). Budget true (two items with amounts, sum 6 800). women_and_men true ("både damer och herrar"). The instructor\'s fee is a fee, not salary.',
        association_name="Berga byalag",
        contact_name="Anneli Roos",
        contact_email="anneli.roos@example.com",
        contact_phone="070-245 81 13",
        ort="Berga",
        amount_sek=6800,
        women_and_men=True,
    ),
)

# 2039 – activity as a list of maybes -> false; budget items hint but don't rescue it
add(
    2039,
    "figeholm-aktiviteter-aret",
    frm=addr("Charlotte Nordin", "charlotte.nordin@example.org"),
    subject="Idéslanten 2026 Figeholm",
    date="2026-05-13 12:03",
    part=multi(
        "alternative",
        "b1_2039_figeholm",
        [
            text(
                f"""Hej!

Figeholms Samhällsförening (org nr {ORG["figeholm"]}) har ca 140 medlemmar.

Vi vill ordna aktiviteter under året som får fler att stanna kvar i Figeholm,
t.ex. träffar och kanske en resa.

Vi har bildat en arbetsgrupp med Figeholms IF, båtklubben och
hembygdsföreningen, och 25 personer kom till uppstartsmötet i april.

Föreläsare 3 000
Lokalhyra 2 x 1 000 = 2 000
Bussresa 6 000
Fika 1 000
Summa 12 000 kr

Mvh
Charlotte Nordin
073-920 41 57
""",
                cte="quoted-printable",
            ),
            text(
                f"""<html><body><p>Hej!</p><p>Figeholms Samhällsförening (org nr {ORG["figeholm"]}) har ca 140 medlemmar.</p>
<p>Vi vill ordna aktiviteter under året som får fler att stanna kvar i Figeholm, t.ex. träffar och kanske en resa.</p>
<p>Vi har bildat en arbetsgrupp med Figeholms IF, båtklubben och hembygdsföreningen, och 25 personer kom till uppstartsmötet i april.</p>
<ul><li>Föreläsare 3 000</li><li>Lokalhyra 2 x 1 000 = 2 000</li><li>Bussresa 6 000</li><li>Fika 1 000</li></ul><p><b>Summa 12 000 kr</b></p>
<p>Mvh<br>Charlotte Nordin<br>073-920 41 57</p></body></html>
""",
                subtype="html",
                cte="quoted-printable",
            ),
        ],
    ),
    label=lab(
        "application",
        "sv",
        "11011",
        'Tests activity just missing when everything around it is strong: "aktiviteter under året … t.ex. träffar och kanske en resa" gives no what, where or when; the budget lines (lecturer, two hall rentals, a bus trip) hint at events but do not describe them -> activity false. Association true (name, org.nr, ~140 members). Contact true (Charlotte Nordin, own address, phone). Anchoring true (working group with three local associations, 25 at the start-up meeting). Budget true (four items, 12 000). multipart/alternative with an HTML list.',
        association_name="Figeholms Samhällsförening",
        org_number=ORG["figeholm"],
        contact_name="Charlotte Nordin",
        contact_email="charlotte.nordin@example.org",
        contact_phone="073-920 41 57",
        members=140,
        ort="Figeholm",
        amount_sek=12000,
    ),
)

# 2040 – complete but includes a wage for a project leader (salary_costs true); HTML table
add(
    2040,
    "bergkvara-hamnens-framtid",
    frm=addr("Mikael Strand", "mikael.strand@example.net"),
    subject=subj("Ansökan – dialogträffar om hamnens framtid, Bergkvara"),
    date="2026-05-18 15:27",
    part=multi(
        "alternative",
        "_=_bergkvara_2040_=_",
        [
            text(f"""Hej!

Bergkvara Byalag (org.nr {ORG["bergkvara"]}) har omkring 200 medlemmar.

Vi ordnar tre dialogträffar om hamnens framtid onsdagarna 2, 9 och 16
september i Sjöboden i Bergkvara. Torsås kommun, yrkesfiskarna och
båtklubben är inbjudna, och resultatet blir ett gemensamt förslag om hur
hamnen kan användas för både näring och fritid.

Hamnföreningen och Bergkvara IF är med och 52 personer svarade på vår
webbenkät, nästan alla ville ha träffarna.

Budget
Lön till projektledare (20 timmar): 5 000 kr
Lokalhyra 3 x 800: 2 400 kr
Fika: 1 800 kr
Annonsering: 800 kr
Summa: 10 000 kr

Mikael Strand, Bergkvara Byalag, 070-531 77 02
"""),
            text(
                f"""<html><body>
<p>Hej!</p>
<p>Bergkvara Byalag (org.nr {ORG["bergkvara"]}) har omkring 200 medlemmar.</p>
<p>Vi ordnar tre dialogträffar om hamnens framtid onsdagarna 2, 9 och 16 september i Sjöboden i Bergkvara. Torsås kommun, yrkesfiskarna och båtklubben är inbjudna, och resultatet blir ett gemensamt förslag om hur hamnen kan användas för både näring och fritid.</p>
<p>Hamnföreningen och Bergkvara IF är med och 52 personer svarade på vår webbenkät, nästan alla ville ha träffarna.</p>
<table border="1" cellspacing="0" cellpadding="3">
<tr><th align="left">Budget</th><th align="right">kr</th></tr>
<tr><td>Lön till projektledare (20 timmar)</td><td align="right">5 000</td></tr>
<tr><td>Lokalhyra 3 x 800</td><td align="right">2 400</td></tr>
<tr><td>Fika</td><td align="right">1 800</td></tr>
<tr><td>Annonsering</td><td align="right">800</td></tr>
<tr><td><b>Summa</b></td><td align="right"><b>10 000</b></td></tr>
</table>
<p>Mikael Strand, Bergkvara Byalag, 070-531 77 02</p>
</body></html>
""",
                subtype="html",
                cte="quoted-printable",
            ),
        ],
    ),
    label=lab(
        "application",
        "sv",
        "11111",
        'Complete as to elements but ineligible: the budget includes "Lön till projektledare (20 timmar)" -> salary_costs true (a wage, not a lecturer\'s fee). Association true (name, org.nr, "omkring 200" members). Contact true (one-line footer with full name and phone, own address). Activity true (three dated meetings, venue, invitees, outcome). Anchoring true (two local partners, web survey with 52 answers). Budget true (four items, 10 000). Gender not mentioned -> null. multipart/alternative with an HTML table.',
        association_name="Bergkvara Byalag",
        org_number=ORG["bergkvara"],
        contact_name="Mikael Strand",
        contact_email="mikael.strand@example.net",
        contact_phone="070-531 77 02",
        members=200,
        ort="Bergkvara",
        amount_sek=10000,
        salary_costs=True,
    ),
)

if __name__ == "__main__":
    main()
