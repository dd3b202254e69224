"""Generator for the development corpus tests/data/own12 (mails 1501-1540).

Theme: "facts in every form, and the rules". Mostly applications for the
micro-grant *regional bygdepeng - idéslanten* of Region Kalmar län, each
carrying its facts in a different shape (member counts in words and tables,
amounts as "15.000:-", "12 tkr", "SEK 9 500", "niotusen kronor", budgets with
income lines and VAT remarks, org numbers with and without dash, contact
persons in "Kontaktperson:" lines and Reply-To headers, places with
distractors) and probing the grant rules (salary vs. a lecturer's fee,
investment vs. renting and consumables, the 15 000 SEK cap, fewer than 10
members, one gender only). Plus followups, questions, autoreplies, a bounce, a
newsletter and a spam mail. All people, associations, numbers and addresses
are invented.

Regenerate (deterministic, byte-identical on every run):

    /work/main/.venv/bin/python tests/data/tools/make_own12.py

The script writes NNNN-slug.eml files and labels.json into tests/data/own12/
and then checks its own output (MIME parses without defects, label schema,
Luhn-valid org numbers, example.* addresses only, numbering by Date, threads).
"""

# ruff: noqa: E501
from __future__ import annotations

import base64
import datetime as dt
import email
import email.policy
import email.utils
import json
import quopri
import re
import sys
import zipfile
import zlib
from io import BytesIO
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "own12"
BOT = ("Idéslanten – Region Kalmar län", "ideslanten@example.se")
OFFICER = ("Landsbygdsutvecklare Region Kalmar län", "landsbygdsutvecklare@example.se")
ALLOWED_DOMAINS = {"example.se", "example.com", "example.org", "example.net"}

# --------------------------------------------------------------------------
# small helpers: org numbers, dates, message ids
# --------------------------------------------------------------------------


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def orgnr(base9: str) -> str:
    """Complete a nine-digit base to a Luhn-valid NNNNNN-NNNN org number."""
    base9 = base9.replace("-", "")
    for c in "0123456789":
        if luhn_ok(base9 + c):
            d = base9 + c
            return d[:6] + "-" + d[6:]
    raise ValueError(base9)


TZ = dt.timezone(dt.timedelta(hours=1))
START = dt.datetime(2026, 2, 2, 8, 3, tzinfo=TZ)


def when(n: int) -> dt.datetime:
    i = n - 1501
    return START + dt.timedelta(hours=31 * i + (i * 37) % 11, minutes=(i * 53) % 60)


def datehdr(n: int) -> str:
    return email.utils.format_datetime(when(n))


def mid(n: int) -> str:
    return f"<{when(n):%Y%m%d%H%M}.own12-{n}@example.se>"


def receipt_mid(n: int) -> str:
    return f"<kvitto-{n}.{when(n):%Y%m%d}@example.se>"


def case(n: int) -> str:
    return f"2026-{n - 1440:04d}"


# --------------------------------------------------------------------------
# MIME building (by hand, so that every byte is under control)
# --------------------------------------------------------------------------


def _q_word(b: bytes) -> str:
    out = []
    for x in b:
        c = chr(x)
        if c.isascii() and (c.isalnum() or c in "!*+-/"):
            out.append(c)
        elif c == " ":
            out.append("_")
        else:
            out.append(f"={x:02X}")
    return "".join(out)


def ew(s: str, charset: str = "utf-8", mode: str = "q") -> str:
    """RFC 2047 encoded words (split so that each stays under 76 chars)."""
    if s.isascii():
        return s
    words, cur = [], ""
    for ch in s:
        trial = cur + ch
        b = trial.encode(charset)
        enc = base64.b64encode(b).decode() if mode == "b" else _q_word(b)
        if len(enc) + len(charset) + 7 > 74 and cur:
            words.append(cur)
            cur = ch
        else:
            cur = trial
    words.append(cur)
    res = []
    for w in words:
        b = w.encode(charset)
        enc = base64.b64encode(b).decode() if mode == "b" else _q_word(b)
        res.append(f"=?{charset}?{mode}?{enc}?=")
    return "\n ".join(res)


def addr(name: str | None, email_addr: str, charset: str = "utf-8", mode: str = "q") -> str:
    if not name:
        return email_addr
    if name.isascii():
        if re.search(r"[^\w .-]", name):
            return f'"{name}" <{email_addr}>'
        return f"{name} <{email_addr}>"
    return f"{ew(name, charset, mode)} <{email_addr}>"


class Part:
    def __init__(self, headers: list[tuple[str, str]], body: bytes):
        self.headers = headers
        self.body = body

    def render(self) -> bytes:
        h = "".join(f"{k}: {v}\n" for k, v in self.headers).encode("ascii")
        return h + b"\n" + self.body


def _encode(payload: bytes, cte: str) -> bytes:
    if cte == "base64":
        s = base64.b64encode(payload).decode()
        return ("\n".join(s[i : i + 76] for i in range(0, len(s), 76)) + "\n").encode()
    if cte == "quoted-printable":
        return quopri.encodestring(payload)
    return payload


def text(
    s: str,
    sub: str = "plain",
    charset: str | None = "utf-8",
    cte: str = "8bit",
    flowed: bool = False,
) -> Part:
    cs = charset or "us-ascii"
    payload = s.encode(cs if cs != "us-ascii" else "latin-1")
    ct = f"text/{sub}"
    if charset:
        ct += f'; charset="{charset}"'
    if flowed:
        ct += "; format=flowed"
    return Part([("Content-Type", ct), ("Content-Transfer-Encoding", cte)], _encode(payload, cte))


def attach(
    data: bytes, ctype: str, filename: str, cte: str = "base64", inline: bool = False
) -> Part:
    if filename.isascii():
        fn = f'filename="{filename}"'
        nm = f'; name="{filename}"'
    else:
        q = "".join(
            ch
            if ch.isascii() and (ch.isalnum() or ch in ".-_")
            else "".join(f"%{b:02X}" for b in ch.encode())
            for ch in filename
        )
        fn = f"filename*=utf-8''{q}"
        nm = ""
    disp = "inline" if inline else "attachment"
    return Part(
        [
            ("Content-Type", f"{ctype}{nm}"),
            ("Content-Disposition", f"{disp}; {fn}"),
            ("Content-Transfer-Encoding", cte),
        ],
        _encode(data, cte),
    )


def multi(sub: str, parts: list[Part], boundary: str, preamble: str = "", extra: str = "") -> Part:
    body = b""
    if preamble:
        body += preamble.encode() + b"\n"
    for p in parts:
        body += f"--{boundary}\n".encode() + p.render()
        if not body.endswith(b"\n"):
            body += b"\n"
    body += f"--{boundary}--\n".encode()
    return Part([("Content-Type", f'multipart/{sub}; boundary="{boundary}"{extra}')], body)


def message(
    n: int,
    frm: str,
    subject: str,
    root: Part,
    to: str | None = None,
    extra: list[tuple[str, str]] | None = None,
    date: str | None = None,
    msgid: str | None = None,
    mime: bool = True,
    subj_cs: str = "utf-8",
    subj_mode: str = "q",
) -> bytes:
    hs: list[tuple[str, str]] = []
    hs.append(("From", frm))
    hs.append(("To", to or addr(*BOT)))
    hs.append(("Subject", ew(subject, subj_cs, subj_mode)))
    hs.append(("Date", date or datehdr(n)))
    hs.append(("Message-ID", msgid or mid(n)))
    for k, v in extra or []:
        hs.append((k, v if v.isascii() else ew(v)))
    if mime:
        hs.append(("MIME-Version", "1.0"))
    h = "".join(f"{k}: {v}\n" for k, v in hs).encode("ascii")
    return h + root.render()


# --------------------------------------------------------------------------
# office documents by hand
# --------------------------------------------------------------------------

ZIPTIME = (2026, 1, 1, 12, 0, 0)


def _zip(files: list[tuple[str, str]]) -> bytes:
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=ZIPTIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()


def _x(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx(
    paragraphs: list,
) -> bytes:
    """paragraphs: str, or ("table", [[cells], ...])."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = []
    for p in paragraphs:
        if isinstance(p, tuple) and p[0] == "table":
            rows = "".join(
                "<w:tr>"
                + "".join(
                    f'<w:tc><w:p><w:r><w:t xml:space="preserve">{_x(c)}</w:t></w:r></w:p></w:tc>'
                    for c in row
                )
                + "</w:tr>"
                for row in p[1]
            )
            body.append(f"<w:tbl>{rows}</w:tbl>")
        else:
            body.append(f'<w:p><w:r><w:t xml:space="preserve">{_x(p)}</w:t></w:r></w:p>')
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{W}"><w:body>{"".join(body)}</w:body></w:document>'
    ct = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/document.xml", doc)])


def _col(i: int) -> str:
    return "ABCDEFGH"[i]


def xlsx(rows: list[list], sheet: str = "Budget") -> bytes:
    xr = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f"{_col(c)}{r}"
            if v is None or v == "":
                continue
            if isinstance(v, (int, float)):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_x(v)}</t></is></c>')
        xr.append(f'<row r="{r}">{"".join(cells)}</row>')
    ws = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>{"".join(xr)}</sheetData></worksheet>'
    wb = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="{_x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>'
    ct = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
    rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'
    wbrels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
    return _zip(
        [
            ("[Content_Types].xml", ct),
            ("_rels/.rels", rels),
            ("xl/workbook.xml", wb),
            ("xl/_rels/workbook.xml.rels", wbrels),
            ("xl/worksheets/sheet1.xml", ws),
        ]
    )


def pdf(lines: list[str], compress: bool = False, title: str = "Budget") -> bytes:
    def esc(s: str) -> bytes:
        b = s.encode("cp1252")
        return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

    ops = [b"BT", b"/F1 11 Tf", b"14 TL", b"56 790 Td"]
    for ln in lines:
        ops.append(b"(" + esc(ln) + b") '")
    ops.append(b"ET")
    stream = b"\n".join(ops) + b"\n"
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
        b"<< /Title (" + esc(title) + b") /Producer (own12) >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += f"{i} 0 obj\n".encode() + o + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for o in offs:
        out += f"{o:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def png(w: int = 48, h: int = 32, seed: int = 7) -> bytes:
    raw = b""
    for y in range(h):
        raw += b"\x00" + bytes(((x * seed + y * 13) % 200 + 40) for x in range(w))

    def chunk(t: bytes, d: bytes) -> bytes:
        return (
            len(d).to_bytes(4, "big") + t + d + (zlib.crc32(t + d) & 0xFFFFFFFF).to_bytes(4, "big")
        )

    ihdr = w.to_bytes(4, "big") + h.to_bytes(4, "big") + bytes([8, 0, 0, 0, 0])
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", ihdr)
        + chunk(b"IDAT", zlib.compress(raw, 9))
        + chunk(b"IEND", b"")
    )


DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

# --------------------------------------------------------------------------
# labels
# --------------------------------------------------------------------------

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


def label(kind: str, el: str, notes: str, lang: str = "sv", **facts) -> dict:
    assert len(el) == 5 and set(el) <= {"0", "1"}, el
    for k in facts:
        assert k in FACTS, k
    f = {k: facts.get(k) for k in FACTS}
    if kind in ("application", "followup"):
        for k in ("salary_costs", "physical_investment"):
            if f[k] is None:
                f[k] = False
    return {
        "kind": kind,
        "language": lang,
        "elements": {e: c == "1" for e, c in zip(ELEMENTS, el, strict=True)},
        "facts": f,
        "notes": notes,
    }


MAILS: dict[int, tuple[str, object]] = {}


def mail(n: int, slug: str):
    def deco(fn):
        MAILS[n] = (slug, fn)
        return fn

    return deco


def receipt_text(n: int, subject: str, missing: list[str], variant: int = 0) -> tuple[str, str]:
    """The bot's receipt (subject, body) as it would be quoted in a followup."""
    guide = {
        "association": "Föreningen/gruppen: namn och kort om er (t.ex. organisationsnummer, antal medlemmar)",
        "contact": "Kontaktperson: namn och e-post eller telefon till den som vi kan kontakta",
        "activity": "Aktiviteten: vad ni ska göra, när och hur det främjar utvecklingen i bygden",
        "anchoring": "Lokal förankring: hur aktiviteten är förankrad i byn (t.ex. byamöte, enkät, samarbete)",
        "budget": "Budget: en översiktlig budget med kostnadsposter och belopp",
    }
    subj = f"Re: {subject} [Idéslanten {case(n)}]"
    intro = [
        f"Tack för er ansökan om idéslanten! Vi har tagit emot den och gett den ärendenummer {case(n)}.",
        f"Hej och tack för ansökan! Ert ärende har fått nummer {case(n)}.",
    ][variant % 2]
    lines = [intro, "", "Vi saknar följande i er ansökan:"]
    lines += [f"– {guide[m]}" for m in missing]
    lines += [
        "",
        "Svara gärna på det här mejlet med det som saknas, så kompletterar vi ärendet.",
        "",
        "Vänliga hälsningar",
        "Idéslanten – Region Kalmar län",
        "(automatiskt svar)",
    ]
    return subj, "\n".join(lines)


# --------------------------------------------------------------------------
# self-check and main
# --------------------------------------------------------------------------

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
MALFORMED: set[str] = set()


def _texts(msg) -> list[str]:
    out = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        payload = part.get_payload(decode=True) or b""
        if ct.startswith("text/") or ct in ("message/delivery-status",):
            out.append(payload.decode(part.get_content_charset() or "latin-1", "replace"))
        elif ct in (DOCX_CT, XLSX_CT):
            with zipfile.ZipFile(BytesIO(payload)) as z:
                for nm in z.namelist():
                    out.append(z.read(nm).decode("utf-8"))
        elif ct == "application/pdf":
            m = re.search(rb"stream\n(.*?)\nendstream", payload, re.S)
            data = m.group(1)
            if b"FlateDecode" in payload:
                data = zlib.decompress(data)
            out.append(data.decode("cp1252"))
        elif ct == "message/rfc822" or ct == "text/rfc822-headers":
            out.append(payload.decode("utf-8", "replace"))
    return out


def check(labels: dict) -> None:
    files = sorted(p.name for p in OUT.glob("*.eml"))
    assert files == sorted(labels), set(files) ^ set(labels)
    mids: dict[str, str] = {}
    dates = []
    for name in files:
        raw = (OUT / name).read_bytes()
        assert b"\r" not in raw, name
        assert re.fullmatch(r"\d{4}-[a-z0-9-]+\.eml", name), name
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if name not in MALFORMED:
            for part in msg.walk():
                assert not part.defects, (name, part.defects)
                if not part.is_multipart():
                    part.get_content()
        for k in ("From", "Date", "Message-ID", "Subject"):
            assert msg[k] is not None, (name, k)
        mids[msg["Message-ID"].strip()] = name
        dates.append((email.utils.parsedate_to_datetime(msg["Date"]), name))
        blob = raw.decode("latin-1") + "\n".join(_texts(msg))
        for m in EMAIL_RE.finditer(blob):
            assert m.group(1).lower() in ALLOWED_DOMAINS, (name, m.group(0))
        lab = labels[name]
        assert set(lab) == {"kind", "language", "elements", "facts", "notes"}, name
        assert lab["kind"] in (
            "application",
            "followup",
            "question",
            "autoreply",
            "bounce",
            "newsletter",
            "spam",
        )
        assert lab["language"] in ("sv", "en")
        assert tuple(lab["elements"]) == ELEMENTS and tuple(lab["facts"]) == FACTS, name
        f = lab["facts"]
        if f["org_number"] is not None:
            assert re.fullmatch(r"\d{6}-\d{4}", f["org_number"]) and luhn_ok(
                f["org_number"].replace("-", "")
            ), (name, f["org_number"])
        if lab["kind"] not in ("application", "followup"):
            assert not any(lab["elements"].values()), name
        if lab["kind"] in ("autoreply", "bounce", "newsletter", "spam"):
            assert all(v is None for v in f.values()), name
        if lab["kind"] in ("application", "followup"):
            assert isinstance(f["salary_costs"], bool) and isinstance(
                f["physical_investment"], bool
            ), name
        if f["contact_email"]:
            assert f["contact_email"].lower() in blob.lower(), (name, f["contact_email"])
        for m in re.finditer(r"\b(\d{6})-?(\d{4})\b", "\n".join(_texts(msg))):
            d = m.group(1) + m.group(2)
            if d.startswith(("80", "71", "82", "76", "55")):
                assert luhn_ok(d), (name, m.group(0))
    ordered = [n for _, n in sorted(dates)]
    assert ordered == files, "numbering does not follow Date order"
    for name in files:
        if labels[name]["kind"] != "followup":
            continue
        msg = email.message_from_bytes((OUT / name).read_bytes(), policy=email.policy.default)
        irt = msg["In-Reply-To"].strip()
        refs = msg["References"].split()
        assert re.match(r"(Re|RE|SV|Sv|Aw|AW):", msg["Subject"]), name
        app = [mids[r] for r in refs if r in mids and labels[mids[r]]["kind"] == "application"]
        assert app, name
        assert irt in refs and (irt in mids or irt.startswith("<kvitto-")), name
    print(f"check ok: {len(files)} mails")


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    labels = {}
    for n in sorted(MAILS):
        slug, fn = MAILS[n]
        raw, lab = fn(n)
        name = f"{n}-{slug}.eml"
        (OUT / name).write_bytes(raw)
        labels[name] = lab
    (OUT / "labels.json").write_text(
        json.dumps(labels, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )
    check(labels)
    kinds: dict[str, int] = {}
    for lab in labels.values():
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    print(kinds)


# --------------------------------------------------------------------------
# the mails
# --------------------------------------------------------------------------

ORG_FLISERYD = orgnr("802421-633")


@mail(1501, "fliseryd-hembygd-foredrag")
def m1501(n):
    body = f"""Hej!

Fliseryds Hembygdsförening (org.nr. {ORG_FLISERYD}) vill söka idéslanten för en
föredragsserie i hembygdsgården under hösten 2026.

Om oss: föreningen bildades 1938 och har idag ett sjuttiotal medlemmar, de flesta
boende i Fliseryd med omnejd. Vi sköter hembygdsgården vid Emån och ordnar
slåtter, julmarknad och vävstuga.

Vad vi vill göra: fyra kvällsföredrag (september-december) om Fliseryds
historia – flottningen på Emån, bruket, skolorna och utvandringen. Föreläsare är
bl.a. arkivarien Gunnel Sandberg från Växjö som forskat om bruksorterna. Efter
varje föredrag blir det fika och samtal, och vi spelar in berättelser från äldre
bybor som sedan läggs ut i byns Facebookgrupp. Kvällarna är öppna för alla, kvinnor
som män, gamla och nya fliserydsbor, och är ett sätt att få nyinflyttade att
känna sig hemma i byn.

Förankring: idén kom upp på byamötet i Folkets hus den 14 januari där ett
40-tal bybor var med och ställde sig bakom den. Fliseryds IF och kyrkans
syförening hjälper till med fika och marknadsföring.

Budget
Föreläsararvoden 4 x 1 500 kr        6 000 kr
Hyra av Folkets hus 4 kvällar        4 000 kr
Annonsering och affischer            1 500 kr
Fika och kaffe                       2 000 kr
Inspelningsutrustning, hyra          1 500 kr
Summa                               15.000:-

Vi söker alltså 15.000:- från idéslanten.

Med vänlig hälsning
Birgitta Nyqvist
ordförande, Fliseryds Hembygdsförening
+46 70 418 22 93
"""
    raw = message(
        n,
        addr("Birgitta Nyqvist", "birgitta.nyqvist@example.se"),
        "Ansökan idéslanten – föredragsserie i Fliseryd",
        text(body),
    )
    return raw, label(
        "application",
        "11111",
        "Complete application in plain utf-8 8bit. Members 'ett sjuttiotal' = 70; amount written '15.000:-' and exactly at the 15 000 cap (the budget sums to it). Org number given as 'org.nr.' with dash. The lecturer's home town Växjö is a distractor, and the lecturers' fees are not salary; renting recording gear is not an investment. 'kvinnor som män' makes women_and_men true. Anchoring: village meeting of about 40 plus help from the sports club and the sewing circle. Contact: named signer from her own address, phone +46.",
        association_name="Fliseryds Hembygdsförening",
        org_number=ORG_FLISERYD,
        contact_name="Birgitta Nyqvist",
        contact_email="birgitta.nyqvist@example.se",
        contact_phone="+46 70 418 22 93",
        members=70,
        ort="Fliseryd",
        amount_sek=15000,
        women_and_men=True,
    )


ORG_RUDA = orgnr("802440-118")


@mail(1502, "ruda-bygdegard-filmkvallar")
def m1502(n):
    o = ORG_RUDA.replace("-", "")
    body = f"""Hej,

Vi i Ruda Bygdegårdsförening, organisationsnummer {o}, skulle vilja söka pengar
ur idéslanten till filmkvällar i bygdegården.

Föreningen äger och driver bygdegården i Ruda sedan 1952 och har 87 betalande
medlemmar (2025). Bion i Högsby stängde för länge sen och det är långt till
närmaste biograf, så tanken är att visa film en fredag i månaden från september
till april, med en familjefilm kl 18 och en vuxenfilm kl 20. Vi säljer popcorn
och kaffe i pausen och hoppas att bygdegården blir en naturlig mötesplats igen.

För att kunna göra det behöver vi köpa in en ordentlig projektor och en duk, och
betala visningslicens.

Kostnader:
- projektor (Epson, ljusstark) 7 500 kr
- filmduk 3 m 1 500 kr
- visningslicens för ett år 3 000 kr

Totalt 12 tkr.

Hälsningar
Sven-Åke Lindqvist
kassör
0491-220 35
"""
    raw = message(
        n,
        addr("Sven-Åke Lindqvist", "svenake.lindqvist@example.com", "windows-1252"),
        "Filmkvällar i Ruda bygdegård",
        text(body, charset="windows-1252", cte="quoted-printable"),
        extra=[("X-Mailer", "Microsoft Outlook 16.0")],
    )
    return raw, label(
        "application",
        "11101",
        "windows-1252 quoted-printable. Members '87 betalande medlemmar'; amount '12 tkr' = 12 000, matching the three items. Org number as 'organisationsnummer' without dash. Buying a projector and a screen is a physical investment (true); the screening licence is not. Anchoring is missing: the mail only describes a need (the cinema closed) and a hope, no meeting, survey or partners. women_and_men unstated. Contact: named signer from his own address with a landline. The neighbouring town Högsby is a distractor; the ort is Ruda.",
        association_name="Ruda Bygdegårdsförening",
        org_number=ORG_RUDA,
        contact_name="Sven-Åke Lindqvist",
        contact_email="svenake.lindqvist@example.com",
        contact_phone="0491-220 35",
        members=87,
        ort="Ruda",
        amount_sek=12000,
        physical_investment=True,
    )


ORG_KRISTDALA = orgnr("802503-712")


@mail(1503, "kristdala-byalag-studieresa")
def m1503(n):
    html = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Hej landsbygdsutvecklaren!</p>
<p>Här kommer <b>Kristdala Byalags</b> ansökan om idéslanten 2026.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td><b>Förening</b></td><td>Kristdala Byalag, ideell förening, org.nr {ORG_KRISTDALA}</td></tr>
<tr><td><b>Medlemsantal 2025:</b></td><td>143</td></tr>
<tr><td><b>Kontaktperson:</b></td><td>Jonas Ek, jonas.ek@example.net, 0046 73 551 04 86</td></tr>
</table>
<p><b>Aktivitet</b><br>
En studieresa lördagen den 16 maj till Västervik och Loftahammar för att titta på hur
de har ordnat bygdens servicepunkt och den gemensamma laddstolpen. Vi är 25 personer,
både kvinnor och män, från byalaget, skolans föräldraförening och företagarna i
Kristdala. Efter resan håller vi ett öppet möte i Kristdala församlingshem där vi
berättar vad vi sett och bestämmer om vi ska starta en servicepunkt i Kristdala.</p>
<p><b>Förankring</b><br>
Byalagets årsmöte den 22 februari beslutade enhälligt om resan. I vår enkät i
höstas svarade 96 hushåll och 71 av dem ville ha en servicepunkt i byn.</p>
<p><b>Budget</b></p>
<ul>
<li>Buss Kristdala–Västervik–Loftahammar t/r: 6 200 kr</li>
<li>Guidning och studiebesök: 1 500 kr</li>
<li>Lunch för chauffören och värdarna: 800 kr</li>
<li>Lokal och fika vid återträffen: 1 000 kr</li>
</ul>
<p>Summa att söka: SEK 9 500</p>
<p>Vänliga hälsningar<br>Maria Stråhle<br>sekreterare, Kristdala Byalag</p>
</body></html>
"""
    raw = message(
        n,
        addr("Maria Stråhle", "maria.strahle@example.org"),
        "Ansökan idéslanten 2026 – Kristdala Byalag",
        text(html, sub="html", cte="quoted-printable"),
    )
    return raw, label(
        "application",
        "11111",
        "HTML-only application (quoted-printable) laid out as a table. 'Medlemsantal 2025: 143' is the member count; the 96 survey households and the 25 travellers are not members. Amount 'SEK 9 500', equal to the items. The study-trip destinations Västervik and Loftahammar are distractors; the ort is Kristdala. The contact is the person on the 'Kontaktperson:' line (Jonas Ek, his own address, phone written with 0046), not the secretary who sends the mail. Renting a bus is not an investment. Anchoring: annual meeting decision and a survey.",
        association_name="Kristdala Byalag",
        org_number=ORG_KRISTDALA,
        contact_name="Jonas Ek",
        contact_email="jonas.ek@example.net",
        contact_phone="0046 73 551 04 86",
        members=143,
        ort="Kristdala",
        amount_sek=9500,
        women_and_men=True,
    )


@mail(1504, "gullabo-stickcafe-mobil")
def m1504(n):
    body = """Hej!
Vi är ett gäng som kallar oss Stickcafét i Gullabo och vi träffas varje tisdag kväll i bygdegården och stickar virkar och pratar, vi är 9 st just nu men vill bli fler
Nu vill vi ha öppet stickcafé varannan tisdag från mars till juni för alla tjejer och kvinnor i byn, med en kunnig person som lär ut mönsterstickning och så bjuder vi på fika så fler nya kommer.
Vi tänkte söka niotusen kronor till garn, lokalhyra och fika
Hälsningar Lena Holm
072-604 18 30

Skickat från min iPhone"""
    raw = message(
        n,
        addr("Lena Holm", "lenaholm64@example.com"),
        "Stickcafé Gullabo",
        text(body, cte="quoted-printable"),
        extra=[("X-Mailer", "iPhone Mail (21D61)")],
    )
    return raw, label(
        "application",
        "11100",
        "Mobile mail without much punctuation, utf-8 quoted-printable. 'vi är 9 st' = 9 members, fewer than the required 10. Amount written as words 'niotusen kronor' = 9 000 (a single rough figure counts as amount), but the budget element is false: only cost words without amounts. Anchoring is missing (only a wish that more will come). The open café targets 'tjejer och kvinnor' only, so women_and_men is false. Yarn and coffee are consumables, not investments. Association: a named group that meets weekly in the bygdegård. Contact: named signer from her own address with a mobile number.",
        association_name="Stickcafét i Gullabo",
        contact_name="Lena Holm",
        contact_email="lenaholm64@example.com",
        contact_phone="072-604 18 30",
        members=9,
        ort="Gullabo",
        amount_sek=9000,
        women_and_men=False,
    )


ORG_ALSTERBRO = orgnr("802477-305")


@mail(1505, "alsterbro-bygdeled-docx")
def m1505(n):
    body = """Hej,

Bifogar vår ansökan om idéslanten för röjning av Alsterbro bygdeled.
Allt står i dokumentet, hör av er om något är oklart.

mvh
Tomas Ahlgren
Alsterbro Bygdeledsförening
"""
    doc = docx(
        [
            "Ansökan – regional bygdepeng idéslanten 2026",
            f"Sökande: Alsterbro Bygdeledsförening, organisationsnummer {ORG_ALSTERBRO}",
            "Föreningen bildades 2019 för att hålla vandringsleden runt Alsterbro och Badebodaån öppen. Ca 40 familjer är medlemmar.",
            "Kontaktperson: Tomas Ahlgren, tomas.ahlgren@example.se, 070-233 91 47",
            "Aktivitet: Tre röjningsdagar (18 april, 9 maj och 12 september) då medlemmar och bybor röjer sly, lagar spänger och sätter upp nya skyltar längs den 9 km långa leden. Leden används av skolan, turister på campingen och alla som bor i byn, kvinnor och män, unga och gamla. En öppen leden gör Alsterbro mer attraktivt att bo i och besöka.",
            "Lokal förankring: Röjningsdagarna beslutades på årsmötet i februari. Alsterbro skola och Badeboda fiskevårdsområde är med, och förra året kom 35 frivilliga.",
            "Budget",
            (
                "table",
                [
                    ["Post", "Belopp"],
                    ["Röjsåg (köp)", "4 900 kr"],
                    ["Handverktyg: sekatörer, sågar, krattor", "1 300 kr"],
                    ["Skyltar och färg", "600 kr"],
                    ["Fika röjningsdagarna", "400 kr"],
                    ["Summa", "kr 7 200"],
                ],
            ),
            "Vi söker kr 7 200.",
        ]
    )
    root = multi(
        "mixed",
        [text(body, cte="base64"), attach(doc, DOCX_CT, "Ansökan idéslanten Alsterbro.docx")],
        "----=_own12_1505_mixed",
    )
    raw = message(
        n,
        addr("Tomas Ahlgren", "tomas.ahlgren@example.se"),
        "Ansökan idéslanten – Alsterbro bygdeled",
        root,
    )
    return raw, label(
        "application",
        "11111",
        "Short base64 body, the whole application in a .docx with a budget table. 'Ca 40 familjer är medlemmar' = 40 members (the 35 volunteers are not members). Amount 'kr 7 200' with the currency before the number. Buying a brush cutter and hand tools is a physical investment (true); signs, paint and coffee alone would not be. 'kvinnor och män' gives women_and_men true. Anchoring: annual meeting, school and fishing-water association, 35 volunteers last year.",
        association_name="Alsterbro Bygdeledsförening",
        org_number=ORG_ALSTERBRO,
        contact_name="Tomas Ahlgren",
        contact_email="tomas.ahlgren@example.se",
        contact_phone="070-233 91 47",
        members=40,
        ort="Alsterbro",
        amount_sek=7200,
        women_and_men=True,
        physical_investment=True,
    )


ORG_PARYD = orgnr("802468-820")


@mail(1506, "paryd-paddling-styrelsen")
def m1506(n):
    body = f"""Hej!

Påryds Byaförening ({ORG_PARYD.replace("-", "")}) söker härmed bidrag ur idéslanten.

Föreningen samlar boende i Påryd med omnejd och ordnar bl.a. valborgsbrasa och
midsommarfirande.
Medlemmar: 31 (varav 12 barn)

Vad: Prova-på-paddling på Påryds mölledamm för tjejer och killar 10-16 år, tre
lördagar i juni. En instruktör från Kalmar kanotcentral leder kursen. Idag finns
inget för ungdomarna att göra i byn på sommaren och vi vill att de ska lära känna
vattnet och varandra.

Förankring: på medlemsmötet den 25 januari röstade alla för förslaget och 18
föräldrar har redan anmält intresse. Pensionärsföreningen bakar till fikat.

Kostnader
Kursavgift à 250 kr x 12 deltagare
Hyra av kanoter och flytvästar 3 helger  2 400 kr
Fika och frukt  1 150 kr

Med vänliga hälsningar
Styrelsen i Påryds Byaförening
"""
    raw = message(
        n,
        addr("Påryds Byaförening", "paryds.byaforening@example.org", "iso-8859-1"),
        "Ansökan om idéslanten",
        text(body, charset="iso-8859-1", cte="8bit"),
    )
    return raw, label(
        "application",
        "10111",
        "iso-8859-1 8bit body. 'Medlemmar: 31 (varav 12 barn)' = 31 members. No total is stated, so the amount is the sum of the items: 'à 250 kr x 12' = 3 000 + 2 400 + 1 150 = 6 550. Org number without dash in parentheses. Contact missing: signed 'Styrelsen' from the shared association mailbox, no person. The course fee paid to an outside instructor is not salary, renting canoes and life vests is not an investment, fruit and coffee are consumables. 'tjejer och killar' gives women_and_men true. Kalmar (the canoe centre's town) is a distractor; the ort is Påryd.",
        association_name="Påryds Byaförening",
        org_number=ORG_PARYD,
        members=31,
        ort="Påryd",
        amount_sek=6550,
        women_and_men=True,
    )


@mail(1507, "lottorp-konsert-reply-to")
def m1507(n):
    body = """Hej!

Löttorps Byalag vill söka idéslanten för en sommarkonsert i Löttorp.

Byalaget har drygt 200 medlemmar och arbetar för att norra Öland ska vara levande
året runt, inte bara under turistsäsongen.

Lördagen den 15 augusti ordnar vi en konsert i det fria vid Löttorps bygdegård med
folkmusikgruppen Alvarljus och lokala körer. Det blir gratis inträde, korvförsäljning
och en scen för ungdomar som vill spela. Konserten är ett sätt att få helårsboende och
sommargäster att mötas, och överskottet från korvförsäljningen går till julbelysningen
i byn.

Konserten beslutades på byastämman den 8 februari och görs tillsammans med Löttorps
IF, som ställer upp med funktionärer, och Böda församling som lånar ut stolar.

Budget
Arvode till Alvarljus (4 musiker)   8 000 kr
Hyra av scen och ljudanläggning    4 200 kr
Affischer och annonser i Ölandsbladet  1 400 kr
Korv, bröd och dryck (säljs)       2 800 kr
Summa                             16 400 kr

Byalaget står själv för 6 400 kr och vi söker 10 000 kr från idéslanten.

Hälsningar
Karin Öhman
kulturansvarig, Löttorps Byalag
mobil 073-812 40 56
"""
    raw = message(
        n,
        addr("Löttorps Byalag", "info.lottorp@example.org"),
        "Idéslanten: sommarkonsert i Löttorp",
        text(body, cte="quoted-printable"),
        extra=[("Reply-To", addr("Karin Öhman", "karin.ohman@example.net"))],
    )
    return raw, label(
        "application",
        "11111",
        "Sent from the association's shared mailbox with a Reply-To to the signer's own address: the contact is the named signer Karin Öhman and her e-mail is the Reply-To address, not the From address. The applied amount 10 000 differs from the budget total 16 400 (the association pays 6 400 itself) – the applied amount wins. 'drygt 200 medlemmar' = 200. The musicians' fee is a performer's fee, not salary; renting a stage is not an investment. Anchoring: village meeting decision plus the sports club and the parish. women_and_men unstated (helårsboende och sommargäster is not a gender statement).",
        association_name="Löttorps Byalag",
        contact_name="Karin Öhman",
        contact_email="karin.ohman@example.net",
        contact_phone="073-812 40 56",
        members=200,
        ort="Löttorp",
        amount_sek=10000,
    )


ORG_GRASGARD = orgnr("802452-674")


@mail(1508, "grasgard-brygga-pdf")
def m1508(n):
    body = f"""Hej

Gräsgårds Hamnförening söker bidrag till en ny gästbrygga i Gräsgårds fiskeläge.
Orgnr: {ORG_GRASGARD}

Föreningen har 54 medlemmar och förvaltar hamnen sedan 1987. Den gamla
träbryggan rasade i stormen i januari och nu kan varken fiskebåtar eller
besökande kajaker lägga till. Vi vill bygga en ny brygga i maj–juni, med
ideella arbetsdagar. Hamnen är hjärtat i byn – här har vi sillfesten, loppisen
och torsdagsfikat, och en fungerande brygga behövs för att kafét i
magasinet ska klara sommarsäsongen.

Hamnstämman i februari beslöt att bygga om bryggan och 22 medlemmar har skrivit
upp sig för arbetsdagarna. Fiskeläget har också stöd från Gräsgårds Ekonomiska
förening som äger magasinet.

Budgeten bifogas som pdf. Vi söker 22 000 kr.

Med vänlig hälsning
Nils-Erik Gustavsson
ordförande
0485-330 12 och 070-551 72 18
"""
    p = pdf(
        [
            "Gräsgårds Hamnförening – budget gästbrygga 2026",
            "",
            "Virke, tryckimpregnerat               11 500 kr",
            "Skruv, beslag och pålar                  6 000 kr",
            "Hyra av pålkran 2 dagar                  3 500 kr",
            "Mat till arbetsdagarna                    1 000 kr",
            "",
            "Summa                                   22 000 kr",
        ],
        compress=True,
        title="Budget brygga",
    )
    root = multi(
        "mixed", [text(body), attach(p, "application/pdf", "budget_brygga.pdf")], "own12-1508-b1"
    )
    raw = message(
        n,
        addr("Nils-Erik Gustavsson", "ne.gustavsson@example.net"),
        "Bidrag ny brygga Gräsgård",
        root,
    )
    return raw, label(
        "application",
        "11111",
        "Complete but ineligible twice: building a jetty is a physical investment, and the applied 22 000 kr is over the 15 000 cap. Budget in a zlib-compressed PDF attachment (Helvetica, WinAnsi). 'Gräsgårds fiskeläge' / 'Gräsgårds Hamnförening' use the genitive; the ort is Gräsgård. 'Orgnr:' with dash. 54 members; the 22 volunteers are not members. Two phone numbers: the first (landline) is recorded. Renting a pile crane alone would not be an investment but the timber and the jetty are.",
        association_name="Gräsgårds Hamnförening",
        org_number=ORG_GRASGARD,
        contact_name="Nils-Erik Gustavsson",
        contact_email="ne.gustavsson@example.net",
        contact_phone="0485-330 12",
        members=54,
        ort="Gräsgård",
        amount_sek=22000,
        physical_investment=True,
    )


@mail(1509, "fraga-fagerhult-per-ort")
def m1509(n):
    body = """Hej!

Jag sitter i styrelsen för Fagerhults Bygdeförening. Vi funderar på att söka
idéslanten till en hälsovecka i höst, men även Fagerhults Skytteförening vill söka
till en egen sak.

Gäller taket på 15 000 kr per ort eller per förening? Alltså kan vi få 15 000 kr
var, eller får Fagerhult bara 15 000 kr totalt och då delas?

Och måste man ha organisationsnummer?

Tack på förhand!
Ingrid Sjöberg
Fagerhult
"""
    raw = message(
        n,
        addr("Ingrid Sjöberg", "ingrid.sjoberg@example.com", "windows-1252"),
        "Fråga om idéslanten – per ort eller per förening?",
        text(body, charset="windows-1252", cte="8bit"),
        subj_cs="windows-1252",
    )
    return raw, label(
        "question",
        "00000",
        "Question, windows-1252 8bit with a windows-1252 encoded-word subject. Asks whether the 15 000 kr cap is per locality or per association; 15 000 is a rule amount, not an amount applied for, so amount_sek is null. States the asker, her association and the place, which are recorded; nothing about salary or investments (null).",
        association_name="Fagerhults Bygdeförening",
        contact_name="Ingrid Sjöberg",
        contact_email="ingrid.sjoberg@example.com",
        ort="Fagerhult",
    )


@mail(1510, "langasjo-sommartraff-xlsx")
def m1510(n):
    body = """Hej!

Långasjö Byalag vill söka pengar ur idéslanten. Vi är ett femtiotal medlemmar
och har funnits sedan 1994.

Vi vill göra något trevligt för byn i sommar så att folk träffas mer, kanske en
fest eller en marknad, men vi har inte bestämt exakt vad än. Det viktiga är att
Långasjö blir en levande by.

Budget bifogas i Excel.

Hälsningar
Ann-Britt Ek, kassör
0471-503 27
"""
    x = xlsx(
        [
            ["Långasjö Byalag – budget sommaraktivitet 2026", None],
            [None, None],
            ["KOSTNADER", "kr"],
            ["Musik/underhållning", 5000],
            ["Hyra av tält och bord", 3000],
            ["Annonsering", 800],
            ["Mat och dryck", 2500],
            ["Summa kostnader", 11300],
            [None, None],
            ["INTÄKTER", "kr"],
            ["Entréavgifter (50 kr x 50 pers)", 2500],
            [None, None],
            ["Sökt från idéslanten", 8800],
        ]
    )
    root = multi(
        "mixed",
        [
            text(body, charset="iso-8859-1", cte="quoted-printable"),
            attach(x, XLSX_CT, "budget_langasjo.xlsx"),
        ],
        "_002_own12_1510_",
    )
    raw = message(
        n, addr("Ann-Britt Ek", "annbritt.ek@example.se"), "Ansökan Långasjö Byalag", root
    )
    return raw, label(
        "application",
        "11001",
        "Budget in an .xlsx with a cost section (sum 11 300) and an income line 'Entréavgifter' (2 500) that must not be added to the costs; the applied amount is the explicit 'Sökt från idéslanten 8 800'. Activity missing: 'något trevligt ... kanske en fest eller en marknad, men vi har inte bestämt' is a vague wish. Anchoring missing: nothing beyond wanting a living village. 'ett femtiotal medlemmar' = 50. Renting a tent is not an investment; food is a consumable. Contact: named signer from her own address with a landline. iso-8859-1 quoted-printable body.",
        association_name="Långasjö Byalag",
        contact_name="Ann-Britt Ek",
        contact_email="annbritt.ek@example.se",
        contact_phone="0471-503 27",
        members=50,
        ort="Långasjö",
        amount_sek=8800,
    )


@mail(1511, "byxelkrok-language-cafe-en")
def m1511(n):
    body = """Dear Sir or Madam,

I am writing on behalf of the Byxelkrok Newcomers' Circle, an informal association
of people who have moved to Byxelkrok and northern Öland in the last few years.
We have about twenty-five members from the Netherlands, Germany, Syria and Sweden.

We would like to run a language café every Thursday evening from April to
November in the library in Byxelkrok, where newcomers practise Swedish with
people who have lived here all their lives, and where the locals can ask us about
our home countries. The aim is that more newcomers stay in the village all year
and find work and friends here.

We do this together with Böda Hembygdsförening and the Böda parish, and 14
local volunteers have already promised to come as conversation partners.

For this we would need about SEK 6,000 in total.

Kind regards,
Emma Lindgren-Hart
Byxelkrok
+46 76 330 91 02
"""
    raw = message(
        n,
        addr("Emma Lindgren-Hart", "emma.lindgrenhart@example.com"),
        "Application – language café in Byxelkrok",
        text(body, cte="8bit"),
    )
    return raw, label(
        "application",
        "11110",
        "English application. 'about twenty-five members' = 25; the 14 volunteers are not members. 'about SEK 6,000 in total' with a comma thousands separator is a single rough figure: amount 6 000, but the budget element is false (a bare total). Anchoring: cooperation with the local heritage society and the parish and 14 volunteers. The members' home countries are not places. women_and_men unstated.",
        lang="en",
        association_name="Byxelkrok Newcomers' Circle",
        contact_name="Emma Lindgren-Hart",
        contact_email="emma.lindgrenhart@example.com",
        contact_phone="+46 76 330 91 02",
        members=25,
        ort="Byxelkrok",
        amount_sek=6000,
    )


ORG_VIRSERUM = orgnr("802419-247")


@mail(1512, "virserum-ungdom-timlon")
def m1512(n):
    plain = f"""Hej!

Virserums Ungdomsförening (org.nr {ORG_VIRSERUM}) söker 13 900 kr ur idéslanten
för "Fredagsfritids" – en öppen fritidsgård i Virserums Folkets hus varje
fredag kl 18-22 under perioden 1 sep–18 dec 2026.

Föreningen har 112 medlemmar, de flesta mellan 12 och 25 år. Fredagsfritids ska
vara en trygg plats för både tjejer och killar i Virserum, med spel, film, fika och
en kvällsaktivitet som ungdomarna själva väljer. Idag åker många ungdomar in till
Hultsfred på fredagarna eller blir sittande i busskuren.

Idén kommer från en enkät som skolans elevråd gjorde i december (143 svar), och
Virserums Folkets hus-förening ställer lokalen till förfogande. Tolv föräldrar har
lovat att vara nattvandrare.

Budget
Timlön till vår ungdomsledare, 160 kr/tim x 40 tim   6 400 kr
Sociala avgifter (31,42 %)                          2 000 kr
Spel och filmlicens                                 2 500 kr
Fika och mellanmål                                  3 000 kr
Summa                                              13 900 kr

Hälsningar
Amir Haddad
ordförande, Virserums Ungdomsförening
076-224 80 13
"""
    html = (
        '<html><body><div dir="ltr">'
        + "".join(
            f"<div>{ln if ln else '<br>'}</div>" for ln in plain.replace("&", "&amp;").split("\n")
        )
        + "</div></body></html>\n"
    )
    root = multi(
        "alternative",
        [text(plain, cte="quoted-printable"), text(html, sub="html", cte="quoted-printable")],
        "000000000000a1b2c3own121512",
    )
    raw = message(
        n,
        addr("Amir Haddad", "amir.haddad@example.com"),
        "Ansökan: Fredagsfritids i Virserum",
        root,
    )
    return raw, label(
        "application",
        "11111",
        "Complete multipart/alternative application (Gmail-like div HTML). The budget pays an hourly wage ('Timlön till vår ungdomsledare', plus social fees) – salary_costs true, so it breaks a rule although complete. 112 members; the 143 survey answers are not members. Hultsfred (where youngsters go now) is a distractor; the ort is Virserum. Amount 13 900 stated both as applied and as total. 'både tjejer och killar' gives women_and_men true. Games and snacks are consumables, no investment.",
        association_name="Virserums Ungdomsförening",
        org_number=ORG_VIRSERUM,
        contact_name="Amir Haddad",
        contact_email="amir.haddad@example.com",
        contact_phone="076-224 80 13",
        members=112,
        ort="Virserum",
        amount_sek=13900,
        women_and_men=True,
        salary_costs=True,
    )


ORG_MORTORP = orgnr("802488-013")


@mail(1513, "mortorp-utstallning-budget-senare")
def m1513(n):
    body = f"""Hej Landsbygdsutvecklaren

Mortorps Hembygdsförening, orgnr:{ORG_MORTORP.replace("-", "")}, antal medl. 38

Vi vill göra en utställning i sommar i Mortorps gamla skola om byns
torp och backstugor, med foton och föremål som bybor lånar ut. Kalmar läns museum
hjälper oss med att montera och skriva skyltar, och en berättarkväll den 4 juli
inleder utställningen. Skolan står annars tom och vi vill visa att den kan bli
ett samlingsställe för byn igen.

Vi bor i Mortorp, Kalmar kommun, och hembygdsföreningen har ordnat möten om
skolans framtid sedan den lades ner. På senaste mötet var 45 personer och alla
ville ha utställningen. Byns hantverkscirkel gör utställningsmontrarna.

Vi räknar med att det kostar ungefär 8 000 kr. Budgeten kommer senare när vi
fått offert på tryck.

Hälsningar
Gösta Lindahl
tel. 0480-450 73
"""
    raw = message(
        n,
        addr("Gösta Lindahl", "gosta.lindahl@example.se"),
        "ansökan utställning Mortorp",
        text(body, charset="iso-8859-1", cte="quoted-printable"),
    )
    return raw, label(
        "application",
        "11110",
        "Budget missing: only a rough figure 'ungefär 8 000 kr' (which is the amount) and 'Budgeten kommer senare'. 'orgnr:' glued to the number, without dash. 'antal medl. 38' = 38 members; 45 meeting attendees are not members. 'Kalmar läns museum' and 'Kalmar kommun' are distractors; the ort is the village Mortorp. Anchoring: meeting of 45 and the handicraft circle building the display cases. Borrowing objects and museum help are no investment.",
        association_name="Mortorps Hembygdsförening",
        org_number=ORG_MORTORP,
        contact_name="Gösta Lindahl",
        contact_email="gosta.lindahl@example.se",
        contact_phone="0480-450 73",
        members=38,
        ort="Mortorp",
        amount_sek=8000,
    )


@mail(1514, "franvaro-ruda-utan-header")
def m1514(n):
    body = """Hej!

Jag är bortrest till och med den 23 februari och läser inte min e-post.
Brådskande frågor om bygdegården: ring Birgit på 0491-221 14.

Sven-Åke
"""
    raw = message(
        n,
        addr("Sven-Åke Lindqvist", "svenake.lindqvist@example.com", "windows-1252"),
        f"Frånvaro: Re: Filmkvällar i Ruda bygdegård [Idéslanten {case(1502)}]",
        text(body, charset="windows-1252", cte="8bit"),
        to=addr(*OFFICER),
        extra=[
            ("In-Reply-To", f"<handl-{case(1502)}@example.se>"),
            ("References", f"{mid(1502)} <handl-{case(1502)}@example.se>"),
        ],
        subj_cs="windows-1252",
    )
    return raw, label(
        "autoreply",
        "00000",
        "Out-of-office reply to the officer's handling mail about 1502, WITHOUT any automation header (no Auto-Submitted, X-Autoreply or Precedence); only the 'Frånvaro:' subject and the text tell. References include the application's Message-ID, but it is not a followup. The phone number of a stand-in is no fact; all facts null.",
    )


@mail(1515, "sv-gullabo-budget")
def m1515(n):
    subj0 = "Stickcafé Gullabo"
    rsubj, rbody = receipt_text(1504, subj0, ["anchoring", "budget"])
    quoted = "\n".join("> " + ln if ln else ">" for ln in rbody.split("\n"))
    d = when(1504) + dt.timedelta(minutes=2)
    body = f"""Hej igen här kommer budgeten

Garn och stickor till nybörjare 3 000 kr
Lokalhyra bygdegården i Gullabo 6 ggr x 500 = 3 000 kr
Fika 1 500 kr
Arvode till Marianne som lär ut mönsterstickning 1 500 kr
Tot 9 000 kr

/Lena Holm

Skickat från min iPhone

> {d.day} feb. 2026 kl. {d:%H.%M} skrev Idéslanten – Region Kalmar län <ideslanten@example.se>:
>
{quoted}
"""
    raw = message(
        n,
        addr("Lena Holm", "lenaholm64@example.com"),
        rsubj,
        text(body, cte="quoted-printable"),
        extra=[
            ("In-Reply-To", receipt_mid(1504)),
            ("References", f"{mid(1504)} {receipt_mid(1504)}"),
            ("X-Mailer", "iPhone Mail (21D61)"),
        ],
    )
    return raw, label(
        "followup",
        "01001",
        "Followup to 1504 in iPhone quoting style; the quoted receipt (which mentions förankring and budget) gives nothing. New text supplies a budget with items summing to 'Tot 9 000 kr' (amount 9 000). The course leader's fee (arvode to an outside teacher) is not salary; yarn and needles are consumables, not an investment. Anchoring is still missing. Contact: signed 'Lena Holm' from her own address. Ort Gullabo from the venue line.",
        contact_name="Lena Holm",
        contact_email="lenaholm64@example.com",
        ort="Gullabo",
        amount_sek=9000,
    )


@mail(1516, "timmernabben-grannar-grill")
def m1516(n):
    body = """hej!

vi är några grannar på norra vägen i timmernabben som vill söka pengar till
grannfester i sommar. en gång i månaden maj-september: grillkväll, boule och
bytesloppis på vändplanen. många har flyttat hit de senaste åren och vi känner
knappt varandra, det vill vi ändra på.

alla 14 hushåll på gatan var med på ett möte hemma hos oss den 1 mars och
bestämde det här ihop, och fem familjer har lovat att ordna var sin kväll.

det vi behöver:
en stor gasolgrill 4 990 kr
gasol, kol och tändvätska 600 kr
totalt 5 590 kr

mvh Mikael Berg
070-388 14 62
"""
    raw = message(
        n,
        addr("Mikael Berg", "micke.berg@example.net"),
        "grannfester timmernabben",
        text(body, cte="base64"),
    )
    return raw, label(
        "application",
        "01111",
        "Lower-case writer, utf-8 base64. Association missing: 'några grannar på norra vägen' is an unnamed group with no association. Members therefore null (14 households at the meeting are not members). Buying a gas grill is a physical investment (true); gas and charcoal are consumables. Anchoring: meeting of all 14 households and five families hosting. Amount 'totalt 5 590 kr'. Ort Timmernabben written in lower case as 'timmernabben' (label in normal spelling).",
        contact_name="Mikael Berg",
        contact_email="micke.berg@example.net",
        contact_phone="070-388 14 62",
        ort="Timmernabben",
        amount_sek=5590,
        physical_investment=True,
    )


ORG_BERGKVARA = orgnr("802437-561")


@mail(1517, "bergkvara-scout-eka")
def m1517(n):
    body = f"""Hej!

Bergkvara Sjöscoutkår
Organisationsnummer: {ORG_BERGKVARA}
Medlemmar ca 60 (scouter och ledare)

Vi söker 14 500 kr ur idéslanten för att köpa en begagnad segeleka så att
scouterna kan segla i Bergkvara hamn. Idag har kåren bara två kanoter och många
barn slutar när de blir 12-13 år eftersom det inte händer något nytt. Med egen eka
kan vi ha seglarskola på onsdagskvällarna maj-september för både tjejer och killar,
och på bygdens hamndag i augusti får alla barn i Bergkvara prova att segla.

Kårstämman beslutade om köpet i januari. Bergkvara Båtklubb ger oss en gratis
förtöjningsplats och två av klubbens seglare hjälper till som instruktörer.
Föräldrarna har redan sålt kakor för 3 000 kr till båtkassan.

Budget
Begagnad segeleka (Optimist/Trissjolle)   9 500 kr
Åror, förtöjning och presenning           1 500 kr
Flytvästar barnstorlek 8 st               2 000 kr
Fika och mat seglarskolans avslutning     1 500 kr
Summa                                    14 500 kr

Med scouthälsningar
Hanna Svensson, kårordförande
hanna.svensson@example.org
0486-212 90
"""
    raw = message(
        n,
        addr("Hanna Svensson", "hanna.svensson@example.org", "windows-1252"),
        "Ansökan idéslanten Bergkvara Sjöscoutkår",
        text(body, charset="windows-1252", cte="8bit"),
    )
    return raw, label(
        "application",
        "11111",
        "Complete, windows-1252 8bit. Buying a used sailing dinghy, oars and life jackets is a physical investment (true) – the counterpart to 1518 where boats are hired. 'Medlemmar ca 60' = 60. Amount 14 500 just under the cap. 'både tjejer och killar' gives women_and_men true. Anchoring: scout council decision, the boat club's mooring and instructors, parents' bake sale. Contact: named signer with address in the signature equal to From, landline.",
        association_name="Bergkvara Sjöscoutkår",
        org_number=ORG_BERGKVARA,
        contact_name="Hanna Svensson",
        contact_email="hanna.svensson@example.org",
        contact_phone="0486-212 90",
        members=60,
        ort="Bergkvara",
        amount_sek=14500,
        women_and_men=True,
        physical_investment=True,
    )


@mail(1518, "pataholm-skargardsdag-styrelsen")
def m1518(n):
    plain = """Hej!

Pataholms Byalag söker bidrag till en skärgårdsdag lördagen den 20 juni.

Byalaget har 76 hushåll som medlemmar och jobbar för att Pataholm ska vara en
levande by hela året.

Många äldre i byn och i Mönsterås kommun i övrigt har aldrig varit ute på öarna
utanför Pataholm. Vi hyr två båtar med förare av Pataholms båtklubb och gör
turer ut till Strupö och Ekö under dagen, med guidning om skärgårdens historia och
fika på bryggan. Det blir ett sätt för gamla och nya pataholmare att träffas.

Skärgårdsdagen beslutades på byamötet i mars och hembygdsföreningen står för
guidningen.

Vi tror att det kommer kosta ca 5 000 kr.

Med vänliga hälsningar
Styrelsen, Pataholms Byalag
"""
    html = (
        "<html><body><p>"
        + plain.replace("\n\n", "</p><p>").replace("\n", "<br>")
        + "</p></body></html>\n"
    )
    root = multi(
        "alternative",
        [text(plain, cte="quoted-printable"), text(html, sub="html", cte="quoted-printable")],
        "=-own12-1518-alt",
    )
    raw = message(
        n, addr("Pataholms Byalag", "pataholms.byalag@example.se"), "Skärgårdsdag i Pataholm", root
    )
    return raw, label(
        "application",
        "10110",
        "multipart/alternative. Contact missing: signed 'Styrelsen' from the shared byalag mailbox, no person. Budget missing: 'ca 5 000 kr' is a single rough figure (amount 5 000) without items. Hiring two boats with drivers is renting, not an investment (contrast 1517). '76 hushåll som medlemmar' = 76. Mönsterås kommun and the islands Strupö and Ekö are distractors; the ort is Pataholm. Anchoring: village meeting and the heritage society guiding.",
        association_name="Pataholms Byalag",
        members=76,
        ort="Pataholm",
        amount_sek=5000,
    )


ORG_DEGERHAMN = orgnr("802450-906")


@mail(1519, "degerhamn-magasin-tak-pdf")
def m1519(n):
    body = """Hej,

Härmed ansöker Degerhamns Intresseförening om medel ur idéslanten. Ansökan och
budget finns i bifogad pdf.

Vänliga hälsningar
Lars-Göran Öberg
Degerhamns Intresseförening
"""
    p = pdf(
        [
            "Ansökan om regional bygdepeng – idéslanten 2026",
            "",
            f"Förening: Degerhamns Intresseförening, org.nr {ORG_DEGERHAMN}",
            "Medlemmar 2025: 96 st",
            "Kontaktperson: Lars-Göran Öberg, lg.oberg@example.com, 070-915 36 28",
            "",
            "Aktivitet: Det gamla kalkmagasinet vid hamnen i Degerhamn ska bli byns",
            "samlingslokal med kafé, cirklar och möten. I maj lägger vi om taket och",
            "i juni öppnar vi med en invigningsfest för alla i södra Öland.",
            "Vår egen anställda vaktmästare samordnar arbetet.",
            "",
            "Förankring: 180 personer skrev på vår namninsamling för magasinet och",
            "Grönhögens byalag och Södra Ölands hembygdsförening står bakom oss.",
            "",
            "Budget",
            "Takpapp, läkt och plåt                      12 500 kr",
            "Hyra av ställning                             2 800 kr",
            "Arvode till vår egen anställde, 40 tim         6 000 kr",
            "Invigningsfest                                2 500 kr",
            "Summa                                        23 800 kr",
        ]
    )
    root = multi(
        "mixed",
        [text(body), attach(p, "application/pdf", "Ansökan idéslanten Degerhamn.pdf")],
        "Apple-Mail=_own12-1519",
    )
    raw = message(
        n,
        addr("Lars-Göran Öberg", "lg.oberg@example.com"),
        "Ansökan idéslanten",
        root,
        extra=[("X-Mailer", "Apple Mail (2.3774.500.171)")],
    )
    return raw, label(
        "application",
        "11111",
        "Complete application inside an uncompressed PDF (WinAnsi text with å, ä, ö), attachment name with non-ASCII characters (RFC 2231). Breaks three rules: renovating the roof is a physical investment, 'Arvode till vår egen anställde' is a salary cost (pay to the association's own employee, not a lecturer's fee), and 23 800 kr is over the cap. 'Medlemmar 2025: 96 st' = 96. Grönhögen and 'södra Öland' are distractors; the ort is Degerhamn. Renting scaffolding alone would not be an investment.",
        association_name="Degerhamns Intresseförening",
        org_number=ORG_DEGERHAMN,
        contact_name="Lars-Göran Öberg",
        contact_email="lg.oberg@example.com",
        contact_phone="070-915 36 28",
        members=96,
        ort="Degerhamn",
        amount_sek=23800,
        salary_costs=True,
        physical_investment=True,
    )


@mail(1520, "fraga-ankarsrum-projektor-timlon")
def m1520(n):
    body = """Hej,
vi är ett 20-tal i Ankarsrums Bruksbygdeförening som funderar på att söka
idéslanten till bildvisningar om brukets historia. Två frågor innan vi skriver
ansökan:

1. Får vi använda pengarna till att köpa en projektor som föreningen sedan
behåller?
2. Får vi betala vår ordförande timlön för att hon håller i kvällarna, typ
200 kr/timme?

Hälsningar
Pelle Jansson
Ankarsrum
"""
    raw = message(
        n,
        addr("Pelle Jansson", "pelle.jansson@example.net"),
        "Frågor om vad man får söka för",
        text(body, cte="quoted-printable", flowed=True),
    )
    return raw, label(
        "question",
        "00000",
        "Question (format=flowed, quoted-printable) asking whether a projector purchase and an hourly wage for the chair may be funded. Because the question itself proposes these costs, physical_investment and salary_costs are true. '200 kr/timme' is a wage rate, not an applied amount (amount null). 'ett 20-tal' members = 20 is stated and recorded. Ort Ankarsrum.",
        association_name="Ankarsrums Bruksbygdeförening",
        contact_name="Pelle Jansson",
        contact_email="pelle.jansson@example.net",
        members=20,
        ort="Ankarsrum",
        salary_costs=True,
        physical_investment=True,
    )


@mail(1521, "sv-langasjo-marknad-outlook")
def m1521(n):
    rsubj, rbody = receipt_text(
        1510, "Ansökan Långasjö Byalag", ["activity", "anchoring"], variant=1
    )
    r = when(1510) + dt.timedelta(minutes=1)
    body = f"""Hej!

Nu har vi bestämt oss. Det blir en sommarmarknad i Långasjö lördagen den 8 augusti
kl 10-16 vid bygdegården, med lokala hantverkare och odlare, lotterier, musik av
Långasjö spelmanslag och dans i tältet på kvällen. Marknaden är för alla i byn,
kvinnor som män, och ska visa upp allt som görs i Långasjö och locka besökare hit.

Beslutet togs på årsmötet den 3 mars där 34 medlemmar var med. Långasjö IF sköter
parkeringen och hembygdsföreningen har kaffeserveringen, och ett 20-tal frivilliga
har anmält sig.

Budgeten är densamma som i Excel-filen, vi söker 8 800 kr.

Hälsningar
Ann-Britt Ek
Långasjö Byalag

Från: Idéslanten – Region Kalmar län <ideslanten@example.se>
Skickat: den {r.day} februari 2026 {r:%H:%M}
Till: Ann-Britt Ek <annbritt.ek@example.se>
Ämne: {rsubj}

{rbody}
"""
    raw = message(
        n,
        addr("Ann-Britt Ek", "annbritt.ek@example.se"),
        "SV: " + rsubj.removeprefix("Re: "),
        text(body, charset="windows-1252", cte="quoted-printable"),
        extra=[
            ("In-Reply-To", receipt_mid(1510)),
            ("References", f"{mid(1510)} {receipt_mid(1510)}"),
            ("Thread-Topic", "Ansökan Långasjö Byalag"),
            ("X-Mailer", "Microsoft Outlook 16.0"),
        ],
    )
    return raw, label(
        "followup",
        "01110",
        "Outlook-style followup to 1510 ('SV:', unindented 'Från/Skickat/Till/Ämne' header block with the receipt below – the quoted receipt adds nothing). New text supplies the concrete activity (market on 8 August with programme and purpose) and anchoring (annual meeting with 34 members present, sports club, heritage society, ~20 volunteers). Budget not repeated: a reference to the earlier Excel file is not a budget here. Amount 8 800 restated. 'kvinnor som män' gives women_and_men true. The 34 attending members are attendance, so members stays null.",
        association_name="Långasjö Byalag",
        contact_name="Ann-Britt Ek",
        contact_email="annbritt.ek@example.se",
        ort="Långasjö",
        amount_sek=8800,
        women_and_men=True,
    )


ORG_LACKEBY = orgnr("802462-390")


@mail(1522, "lackeby-trygg-digital-moms")
def m1522(n):
    body = f"""Hej!

Läckeby Samhällsförening (organisationsnummer {ORG_LACKEBY}) ansöker om
bygdepeng – idéslanten för projektet "Trygg digital i Läckeby".

Föreningen har idag 212 medlemmar och driver bl.a. Läckeby bygdegård och
byns hemsida.

Under oktober håller vi fyra kvällar i bygdegården där ungdomar från Läckeby
lär äldre bybor att använda BankID, Swish och 1177, och en föreläsare från
Polisen i Kalmar berättar om bedrägerier på telefon. Många äldre i byn har
slutat gå till banken sedan kontoret stängde och behöver hjälp för att kunna bo
kvar. Kvällarna är öppna för alla, både kvinnor och män.

PRO Läckeby och Läckeby skolas elevråd är med och ordnar. Förslaget kom från
PRO:s medlemsmöte i januari.

Budget (alla belopp exkl. moms)
Föreläsare från Polisen, arvode     3 000 kr
Hyra av bygdegården 4 x 600 kr      2 400 kr
Hyra av projektor och duk           1 000 kr
Fika                                1 600 kr
Totalt                              8 000 kr

Med moms blir det 10 000 kr. Vi är inte momsregistrerade och söker därför
10 000 kr.

Kontaktperson: Agneta Forsberg, agneta.forsberg@example.se, 070-661 20 39

Hälsningar
Kjell Martinsson, sekreterare
"""
    raw = message(
        n,
        addr("Kjell Martinsson", "kjell.martinsson@example.com"),
        "Ansökan – Trygg digital i Läckeby",
        text(body, cte="8bit", flowed=True),
    )
    return raw, label(
        "application",
        "11111",
        "Complete. VAT remark: the budget totals 8 000 kr excluding VAT; since the association is not VAT-registered it applies for 10 000 kr including VAT, which is the amount. The contact is the person on the 'Kontaktperson:' line (Agneta Forsberg with her own address), not the secretary in From. 212 members. Renting a projector is not an investment; the police lecturer's fee is not salary. Kalmar (the lecturer's police office) is a distractor; the ort is Läckeby. 'både kvinnor och män' gives true.",
        association_name="Läckeby Samhällsförening",
        org_number=ORG_LACKEBY,
        contact_name="Agneta Forsberg",
        contact_email="agneta.forsberg@example.se",
        contact_phone="070-661 20 39",
        members=212,
        ort="Läckeby",
        amount_sek=10000,
        women_and_men=True,
    )


@mail(1523, "orrefors-ungdomar-vagt")
def m1523(n):
    body = """tjena!

Jag heter Alva och sitter i styrelsen för Orrefors Bygdeförening (medlemsantal: 134).
Vi vill söka pengar till nåt för ungdomarna i Orrefors, kanske en kurs eller en resa
eller typ ett event, det är inte riktigt spikat. Det händer ju typ ingenting här
efter att fritidsgården stängde.

Vi gjorde en enkät på skolan i höstas och 48 ungdomar svarade, nästan alla ville
ha mer att göra i Orrefors. Orrefors hembygdsförening och Orrefors IF har sagt
att de vill vara med och hjälpa till.

Vi behöver några tusen kanske, vi får se.

/Alva Nilsson
073-508 66 21
"""
    raw = message(
        n,
        addr("Alva Nilsson", "alva.nilsson07@example.com"),
        "pengar till ungdomar i orrefors",
        text(body, cte="8bit"),
    )
    return raw, label(
        "application",
        "11010",
        "Young writer, colloquial ('tjena', 'nåt', 'typ'). Activity missing: 'kanske en kurs eller en resa eller typ ett event, det är inte riktigt spikat' is vague. Budget missing and no amount: 'några tusen kanske' is not a figure (amount null). Anchoring present: school survey with 48 answers and two local organisations that will help. 'medlemsantal: 134' = 134; the 48 respondents are not members. Contact: named signer from her own address.",
        association_name="Orrefors Bygdeförening",
        contact_name="Alva Nilsson",
        contact_email="alva.nilsson07@example.com",
        contact_phone="073-508 66 21",
        members=134,
        ort="Orrefors",
    )


@mail(1524, "bounce-byxelkrok")
def m1524(n):
    orig_to = "emma.lindgren-hart@example.com"
    human = f"""This is the mail system at host mx.example.se.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

<{orig_to}>: host mx1.example.com said: 550 5.1.1 <{orig_to}>:
    Recipient address rejected: User unknown in virtual mailbox table
"""
    dsn = f"""Reporting-MTA: dns; mx.example.se
X-Postfix-Queue-ID: 4F2A81C0A3
Arrival-Date: {datehdr(n)}

Final-Recipient: rfc822; {orig_to}
Original-Recipient: rfc822;{orig_to}
Action: failed
Status: 5.1.1
Remote-MTA: dns; mx1.example.com
Diagnostic-Code: smtp; 550 5.1.1 <{orig_to}>: Recipient address rejected: User unknown
"""
    hdrs = f"""From: {addr(*OFFICER)}
To: {orig_to}
Subject: {ew("Re: Application – language café in Byxelkrok [Idéslanten " + case(1511) + "]")}
Date: {datehdr(n)}
Message-ID: <handl-{case(1511)}@example.se>
In-Reply-To: {mid(1511)}
References: {mid(1511)}
"""
    parts = [
        text(human, charset="us-ascii", cte="7bit"),
        Part([("Content-Type", "message/delivery-status")], dsn.encode()),
        Part([("Content-Type", "text/rfc822-headers")], hdrs.encode()),
    ]
    root = multi(
        "report",
        parts,
        "4F2A81C0A3.1772001000/mx.example.se",
        preamble="This is a MIME-encapsulated message.\n",
        extra="; report-type=delivery-status",
    )
    raw = message(
        n,
        "MAILER-DAEMON@example.se (Mail Delivery System)",
        "Undelivered Mail Returned to Sender",
        root,
        to=addr(*OFFICER),
        extra=[("Auto-Submitted", "auto-replied")],
    )
    return raw, label(
        "bounce",
        "00000",
        "Postfix-style multipart/report (delivery-status) bouncing the officer's reply to 1511 because the address was mistyped with a hyphen. The returned headers name the application's Message-ID and case number; still a bounce, all facts null.",
        lang="en",
    )


@mail(1525, "soderakra-gubbklubb-matlagning")
def m1525(n):
    body = """Goddag.

Söderåkra Gubbklubb söker pengar för en matlagningskurs. Vi är 14 medlemmar,
alla karlar över 60 från Söderåkra och trakten runt, och de flesta av oss har
blivit ensamma de senaste åren och har aldrig lärt oss laga mat ordentligt.

Kursen blir sex torsdagar i skolköket i Söderåkra skola i oktober-november, för
traktens män, med en kock från Torsås som kursledare. Vi lagar husmanskost ihop
och äter tillsammans efteråt, och recepten samlar vi i en pärm som alla får ta
med hem. Det är lika mycket gemenskap som matlagning, många av oss sitter annars
ensamma hemma hela veckorna.

Kostnader:
Kursledare, arvode 6 kvällar          4 800 kr
Råvaror                               5 000 kr
Hyra skolköket 6 x 333 kr             2 000 kr
Papper, pärmar och plastfickor          700 kr
Summa                                12 500:-

Vi söker 12 500:-.

Med vänlig hälsning
Erik Johansson
Söderåkra Gubbklubb
0486-401 17
"""
    raw = message(
        n,
        addr("Erik Johansson", "erik.johansson.soderakra@example.se"),
        "Ansökan matlagningskurs",
        text(body, charset="iso-8859-1", cte="8bit"),
    )
    return raw, label(
        "application",
        "11101",
        "Elderly writer, iso-8859-1 8bit. The course is explicitly 'för traktens män' – women_and_men false. Anchoring missing: the mail describes a need (loneliness) but no meeting, survey or partner backing. 14 members. Amount '12 500:-'. The course leader's fee is not salary; food, paper and binders are consumables, not investments. Torsås (the chef's home town) is a distractor; the ort is Söderåkra.",
        association_name="Söderåkra Gubbklubb",
        contact_name="Erik Johansson",
        contact_email="erik.johansson.soderakra@example.se",
        contact_phone="0486-401 17",
        members=14,
        ort="Söderåkra",
        amount_sek=12500,
        women_and_men=False,
    )


ORG_STOREBRO = orgnr("802491-226")


@mail(1526, "storebro-byarad-csv")
def m1526(n):
    body = f"""Hej,

Storebro Byaråd, {ORG_STOREBRO}, medlemmar 2026: 58

Vi vill söka pengar ur idéslanten till vårt projekt för byn. Byarådet frågade
alla hushåll i Storebro i en enkät i januari och 112 av 170 svarade; 63 % ville ha
fler gemensamma träffar. Storebro IF och Storebro kyrkliga syförening står bakom.

Budgeten ligger i bifogad fil.

mvh
Jenny Karlsson
sekreterare
0492-302 84
"""
    csv = "Post;Belopp (kr)\r\nFöreläsare;3500\r\nLokalhyra;1800\r\nAnnonsering;900\r\nKaffe och bullar;800\r\n".encode()
    root = multi(
        "mixed",
        [
            text(body, cte="quoted-printable"),
            attach(csv, 'text/csv; charset="utf-8"', "budget.csv", cte="base64"),
        ],
        "own12_1526_mixed_boundary",
    )
    raw = message(
        n,
        addr("Jenny Karlsson", "jenny.karlsson@example.org"),
        "Idéslanten - Storebro Byaråd",
        root,
    )
    return raw, label(
        "application",
        "11011",
        "Budget as a semicolon .csv attachment (CRLF lines, base64) without a total: amount is the sum 3 500 + 1 800 + 900 + 800 = 7 000. Activity missing: 'vårt projekt för byn' is never described (a cost line 'Föreläsare' does not make it concrete). Anchoring: household survey (112 of 170) and two local groups. Org number with dash directly after the name. 'medlemmar 2026: 58'. The lecturer is not salary.",
        association_name="Storebro Byaråd",
        org_number=ORG_STOREBRO,
        contact_name="Jenny Karlsson",
        contact_email="jenny.karlsson@example.org",
        contact_phone="0492-302 84",
        members=58,
        ort="Storebro",
        amount_sek=7000,
    )


@mail(1527, "edsbruk-slatter-bild")
def m1527(n):
    body = """Hej!

Edsbrukstraktens Hembygdsförening vill söka idéslanten till en slåtterdag med
lie-kurs på hembygdsgården i Edsbruk lördagen den 11 juli. En erfaren slåtterkarl
lär ut hur man slår med lie och sedan räfsar vi och bjuder på slåttergröt. Ängen
hålls öppen för blommor och insekter och bybor lär sig ett gammalt hantverk
tillsammans.

Vi är 26 st medlemmar och har ordnat slåtter sedan 2011. Edsbruks IK och
Edsbruks byalag hjälper till, och förra året kom 40 personer.

Vi söker 7 000 kr. Budgeten ser ni på bilden, jag fotade av den från vårt
protokoll.

Hälsningar
Rune Ahlström
070-127 45 90
"""
    img = png(64, 40, 11)
    root = multi(
        "mixed",
        [text(body, cte="8bit"), attach(img, "image/png", "IMG_0412.png")],
        "Apple-Mail=_own12-1527",
    )
    raw = message(
        n,
        addr("Rune Ahlström", "rune.ahlstrom@example.net"),
        "Slåtterdag Edsbruk",
        root,
        subj_mode="b",
    )
    return raw, label(
        "application",
        "11110",
        "Budget only as a photo (PNG) of the minutes: an unreadable attachment, so budget is false; the stated 'Vi söker 7 000 kr' is the amount. Base64 encoded-word subject. '26 st medlemmar'; the 40 visitors are attendance. Anchoring: sports club and village association help, long tradition. Scythe course by an outside expert is not salary; nothing is bought.",
        association_name="Edsbrukstraktens Hembygdsförening",
        contact_name="Rune Ahlström",
        contact_email="rune.ahlstrom@example.net",
        contact_phone="070-127 45 90",
        members=26,
        ort="Edsbruk",
        amount_sek=7000,
    )


@mail(1528, "sv-mortorp-budget-kommer")
def m1528(n):
    rsubj, rbody = receipt_text(1513, "ansökan utställning Mortorp", ["budget"])
    r = when(1513) + dt.timedelta(minutes=3)
    days = ["mån", "tis", "ons", "tors", "fre", "lör", "sön"]
    quoted = "\n".join("> " + ln if ln else ">" for ln in rbody.split("\n"))
    body = f"""Hej!
Kassören är bortrest till mitten av mars så budgeten får komma när hon är hemma,
hoppas det går bra.

Hälsningar
Gösta Lindahl

Den {days[r.weekday()]} {r.day} feb. 2026 kl {r:%H:%M} skrev Idéslanten – Region Kalmar län <
ideslanten@example.se>:

{quoted}
"""
    raw = message(
        n,
        addr("Gösta Lindahl", "gosta.lindahl@example.se"),
        rsubj,
        text(body, cte="quoted-printable"),
        extra=[
            ("In-Reply-To", receipt_mid(1513)),
            ("References", f"{mid(1513)} {receipt_mid(1513)}"),
        ],
    )
    return raw, label(
        "followup",
        "01000",
        "Gmail-style followup to 1513 (attribution line wrapped before the address, '>' quoting of the receipt). It supplies nothing useful: 'budgeten får komma' is a promise, so budget stays false. Only the contact is given (named signer from his own address, as in the application). No amount, no facts beyond the contact.",
        contact_name="Gösta Lindahl",
        contact_email="gosta.lindahl@example.se",
    )


@mail(1529, "loftahammar-foraldrar-forelasning")
def m1529(n):
    body = """Hej!

Vi är några föräldrar i Loftahammar som vill ordna en föreläsningskväll om
barns och ungdomars psykiska hälsa och skärmtid. Den blir tisdagen den 21 april
kl 18.30 i Loftahammars bygdegård och är öppen för alla föräldrar, mammor som
pappor, och andra vuxna i byn. Vi vill att vuxna i byn ska hjälpas åt och känna
igen varningstecken.

Föräldrarådet på Loftahammars skola röstade igenom idén i februari och
Loftahammars församling bjuder på lokalen för barnpassningen.

Föreläsare: psykolog Sofia Berg från Linköping, timarvode 800 kr/tim x 3 tim = 2 400 kr
Lokal: 1 500 kr
Fika: 1 200 kr
Summa 5 100 kr

Hälsningar
Malin Eriksson
070-884 02 17
"""
    raw = message(
        n,
        addr("Malin Eriksson", "malin.eriksson@example.se"),
        "Föreläsning Loftahammar",
        text(body, charset="utf-8", cte="base64"),
    )
    return raw, label(
        "application",
        "01111",
        "Association missing: 'några föräldrar i Loftahammar' is an unnamed group (the parents' council and the parish are partners, not the applicant). The lecturer's 'timarvode 800 kr/tim' is an hourly FEE to an outside psychologist, not salary (contrast 'timlön' in 1512). Amount 'Summa 5 100 kr'. 'mammor som pappor' gives women_and_men true. Linköping (the lecturer's home town) is a distractor; the ort is Loftahammar. Members null.",
        contact_name="Malin Eriksson",
        contact_email="malin.eriksson@example.se",
        contact_phone="070-884 02 17",
        ort="Loftahammar",
        amount_sek=5100,
        women_and_men=True,
    )


@mail(1530, "nyhetsbrev-landsbygdsnatverket")
def m1530(n):
    plain = """LANDSBYGDSNYTT – mars 2026
Nyhetsbrev från Länsbygderådet i Kalmar län

* Idéslanten 2026 är öppen! Byalag och föreningar kan söka upp till 15 000 kr
  per ort för studieresor, föreläsningar och byamöten. Läs mer på
  https://www.example.org/ideslanten
* Årets byaträff hålls i Gamleby den 18 april. Anmälan senast 1 april.
* Tips: så skriver ni en bra budget – 5 vanliga misstag.

Du får det här nyhetsbrevet eftersom du är prenumerant hos Länsbygderådet.
Avsluta prenumerationen: https://www.example.org/avsluta?id=8841
"""
    html = (
        "<html><body><h1>LANDSBYGDSNYTT – mars 2026</h1>"
        + "".join(f"<p>{ln}</p>" for ln in plain.split("\n") if ln)
        + "</body></html>\n"
    )
    root = multi(
        "alternative",
        [text(plain, cte="quoted-printable"), text(html, sub="html", cte="base64")],
        "NL_own12_1530",
    )
    raw = message(
        n,
        addr("Länsbygderådet Kalmar län", "nyhetsbrev@example.org"),
        "Landsbygdsnytt mars 2026: Idéslanten är öppen",
        root,
        to="ideslanten@example.se",
        extra=[
            ("List-Id", "Landsbygdsnytt <landsbygdsnytt.example.org>"),
            (
                "List-Unsubscribe",
                "<https://www.example.org/avsluta?id=8841>, <mailto:avsluta@example.org>",
            ),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("Precedence", "bulk"),
        ],
    )
    return raw, label(
        "newsletter",
        "00000",
        "Newsletter with List-Id, List-Unsubscribe (+ one-click) and Precedence: bulk. It talks about idéslanten and the 15 000 kr cap, and names Gamleby, but it is bulk mail: no application, all facts null.",
    )


@mail(1531, "gamleby-bygderad-dialogmote")
def m1531(n):
    body = """Hej!

Gamleby Bygderåd söker idéslanten för ett dialogmöte om kollektivtrafiken.

Bygderådet har 64 medlemmar och samlar föreningar och enskilda i Gamleby med
omnejd.

Tisdagen den 12 maj kl 18-21 bjuder vi in bybor, Västerviks kommun och KLT till
Gamleby Folkets hus för att prata om busslinjerna till Västervik och Överum. Många
pendlare har svårt att ta sig till jobbet sedan turerna drogs ned, och vi vill få
fram konkreta förslag som kommunen kan ta med i nästa trafikplan.

Vi tror att många kommer att uppskatta mötet.

Budget
Hyra Folkets hus            2 500 kr
Annonsering                 1 200 kr
Arvode samtalsledare        3 000 kr
Fika                        1 300 kr
Vi söker 8 000 kr

Hälsningar
Gamleby Bygderåd
"""
    raw = message(
        n,
        addr("Gamleby Bygderåd", "gamleby.bygderad@example.net"),
        "Ansökan idéslanten - dialogmöte kollektivtrafik",
        text(body, cte="base64"),
    )
    return raw, label(
        "application",
        "10101",
        "utf-8 base64 body. Contact missing: signed only with the association's name from its shared mailbox. Anchoring missing: 'Vi tror att många kommer att uppskatta mötet' is a hope. Activity concrete (date, place, invited parties, purpose). The moderator's fee is not salary. Västervik and Överum (bus destinations) and 'Västerviks kommun' are distractors; the ort is Gamleby. 64 members, amount 8 000.",
        association_name="Gamleby Bygderåd",
        members=64,
        ort="Gamleby",
        amount_sek=8000,
    )


@mail(1532, "figeholm-figeholmsdagen-overtak")
def m1532(n):
    body = """Hej hej!

Vi är ett gäng i Figeholm som vill ordna Figeholmsdagen lördagen den 1 augusti:
marknad på torget, uppvisning av sjöräddningen i hamnen, barnaktiviteter och
musik på kvällen. Dagen ska få fritidshusägare och åretruntboende att mötas och
visa att Figeholm är en by där det händer saker.

Alla i Figeholm vill ha en sån här dag, det är väl förankrat.

Budget:
Hyra av tält och bord        6 000 kr
Scen och ljud (hyra)         5 500 kr
Musik, arvode till bandet    3 500 kr
Annonsering                  2 000 kr
Papper, skyltar och pennor     500 kr
Totalt                      17 500 kr

Med vänlig hälsning
Johan Petersson
Figeholm
tel +46 491 311 58
"""
    raw = message(
        n,
        addr("Johan Petersson", "johan.petersson@example.com"),
        "Figeholmsdagen 2026",
        text(body, charset="windows-1252", cte="quoted-printable"),
    )
    return raw, label(
        "application",
        "01101",
        "Association missing: 'ett gäng i Figeholm' is an unnamed group. Anchoring missing: 'Alla i Figeholm vill ha en sån här dag, det är väl förankrat' is an empty claim. Amount 17 500 is over the 15 000 cap. Renting tents and a stage is not an investment; paper, signs and pens are consumables; the band's fee is a performer's fee, not salary. Landline with +46. Members null.",
        contact_name="Johan Petersson",
        contact_email="johan.petersson@example.com",
        contact_phone="+46 491 311 58",
        ort="Figeholm",
        amount_sek=17500,
    )


@mail(1533, "autosvar-lottorp-header")
def m1533(n):
    body = """Tack för ditt mejl. Jag är på semester till och med 16 mars och har begränsad
tillgång till e-post. Mejlet läses när jag är tillbaka.

Thank you for your e-mail. I am on holiday until 16 March with limited access to
e-mail.

Karin Öhman
"""
    raw = message(
        n,
        addr("Karin Öhman", "karin.ohman@example.net"),
        f"Automatiskt svar: Re: Idéslanten: sommarkonsert i Löttorp [Idéslanten {case(1507)}]",
        text(body, cte="quoted-printable"),
        to=addr(*OFFICER),
        extra=[
            ("Auto-Submitted", "auto-replied"),
            ("X-Autoreply", "yes"),
            ("Precedence", "auto_reply"),
            ("In-Reply-To", f"<handl-{case(1507)}@example.se>"),
            ("References", f"{mid(1507)} <handl-{case(1507)}@example.se>"),
        ],
    )
    return raw, label(
        "autoreply",
        "00000",
        "Bilingual vacation reply to the officer's mail about 1507 with Auto-Submitted, X-Autoreply and Precedence: auto_reply headers. References name the application, but it is an autoreply; all facts null.",
    )


ORG_ROCKNEBY = orgnr("802473-118")


@mail(1534, "rockneby-foraldraforening-familjeadress")
def m1534(n):
    body = f"""Hej!

Rockneby Föräldraförening, Org. nr {ORG_ROCKNEBY[:6]} {ORG_ROCKNEBY[7:]}, söker pengar ur idéslanten.
Vi är 9 st i styrelsen och föreningen har 130 medlemmar, mest barnfamiljer i
Rockneby och Kalmar Ljungby.

Vi vill göra fler aktiviteter för barnfamiljerna i byn under året.

Föräldrarådet på Rockneby skola röstade för ansökan den 10 mars och Rockneby IK
ställer upp med ledare.

Material 3 000 kr
Lokalhyra 2 000 kr
Marknadsföring 1 000 kr
Totalt 6 000 kr

Med vänliga hälsningar
Sara Wikström
kassör
"""
    raw = message(
        n,
        addr("Familjen Wikström", "familjen.wikstrom@example.se"),
        "Ansökan Rockneby Föräldraförening",
        text(body, cte="8bit"),
        extra=[("Reply-To", addr("Sara Wikström", "sara.wikstrom@example.com"))],
    )
    return raw, label(
        "application",
        "11011",
        "Sent from a family mailbox with Reply-To to the signer's own address: contact Sara Wikström, e-mail = Reply-To address. 'Vi är 9 st i styrelsen' is the board, not the members: members = 130. Org number written with a space instead of the dash ('Org. nr NNNNNN NNNN'). Activity missing: 'fler aktiviteter för barnfamiljerna' is vague even though budget lines exist. Kalmar Ljungby is a neighbouring place; the ort is Rockneby.",
        association_name="Rockneby Föräldraförening",
        org_number=ORG_ROCKNEBY,
        contact_name="Sara Wikström",
        contact_email="sara.wikstrom@example.com",
        members=130,
        ort="Rockneby",
        amount_sek=6000,
    )


@mail(1535, "fraga-vissefjarda-atta-medlemmar-html")
def m1535(n):
    html = """<html><body>
<p>Hej!</p>
<p>Stämmer det att man max får 15&nbsp;000 kr från idéslanten? Och att man måste vara
minst 10 medlemmar? Vi är en läsecirkel i Vissefjärda som heter Bokslukarna, vi är 8
medlemmar men fler brukar komma på våra träffar. Kan vi söka ändå om vi räknar med
dem som kommer?</p>
<p>Vänliga hälsningar<br>
Gunilla Persson<br>
Vissefjärda</p>
</body></html>
"""
    raw = message(
        n,
        addr("Gunilla Persson", "gunilla.persson@example.se"),
        "Fråga om antal medlemmar",
        text(html, sub="html", cte="quoted-printable"),
    )
    return raw, label(
        "question",
        "00000",
        "HTML-only question about the cap and the member rule. '15 000 kr' (with &nbsp;) is a rule amount, not an amount applied for: amount null. The stated member count 8 is recorded (fewer than 10; visitors at meetings are not members). Association 'Bokslukarna', ort Vissefjärda, asker's own address.",
        association_name="Bokslukarna",
        contact_name="Gunilla Persson",
        contact_email="gunilla.persson@example.se",
        members=8,
        ort="Vissefjärda",
    )


@mail(1536, "berga-dialogkvall-skolan")
def m1536(n):
    body = """Hej

Vi är en grupp föräldrar och bybor i Berga som vill ordna en dialogkväll om
Berga skolas framtid torsdagen den 23 april kl 19 i Berga bygdegård. Vi bjuder
in politiker från Högsby kommun, rektorn och alla som bor i Berga för att prata om
hur skolan kan bli kvar och vad byn kan göra för att fler barnfamiljer ska
flytta hit.

Vår namninsamling för skolan fick 230 namn på två veckor och Berga IF och
hembygdsföreningen har lovat att hjälpa till med kvällen.

Vi behöver ca 4000 till det

Hälsningar från oss i Berga
"""
    raw = message(
        n,
        addr(None, "bergabygden@example.se"),
        "dialogkväll berga skola",
        text(body, charset="iso-8859-1", cte="quoted-printable"),
    )
    return raw, label(
        "application",
        "00110",
        "Three elements missing. Association: 'en grupp föräldrar och bybor' is unnamed. Contact: no name at all, only a shared address in From. Budget: 'ca 4000' is a single rough figure (amount 4 000) without items. Activity concrete (date, place, invited parties, purpose) and anchoring concrete (230-name petition, sports club and heritage society). 'Högsby kommun' is a distractor; the ort is Berga. From header without display name.",
        ort="Berga",
        amount_sek=4000,
    )


@mail(1537, "sv-storebro-aktivitet-applemail")
def m1537(n):
    orig = MAILS[1526][1](1526)[0]
    om = email.message_from_bytes(orig, policy=email.policy.default)
    otext = om.get_body(preferencelist=("plain",)).get_content()
    quoted = "\n".join("> " + ln if ln else ">" for ln in otext.rstrip("\n").split("\n"))
    d = when(1526)
    body = f"""Hej igen!

Jag glömde visst beskriva själva aktiviteten, förlåt! Det gäller tre
föreläsningskvällar i Storebro bygdegård i september–oktober om att starta och
driva företag på landsbygden: en om att starta eget, en om turism och
uthyrning av stugor och en om distansarbete. Efter varje föreläsning blir det
kaffe och ett samtal om vad som skulle behövas i Storebro för att fler ska kunna
bo och arbeta här. Kvällarna är öppna för alla i byn.

Budgeten är samma som i csv-filen.

mvh
Jenny Karlsson
Storebro Byaråd
0492-302 84

> {d.day} feb. 2026 kl. {d:%H:%M} skrev Jenny Karlsson <jenny.karlsson@example.org>:
>
{quoted}
"""
    raw = message(
        n,
        addr("Jenny Karlsson", "jenny.karlsson@example.org"),
        "Re: Idéslanten - Storebro Byaråd",
        text(body, cte="quoted-printable"),
        extra=[
            ("In-Reply-To", mid(1526)),
            ("References", mid(1526)),
            ("X-Mailer", "Apple Mail (2.3774.500.171)"),
        ],
    )
    return raw, label(
        "followup",
        "01100",
        "Followup to the applicant's own earlier mail 1526 (replying to her sent mail, not to the receipt), Apple Mail '>' quoting of the whole application. Only the new text counts: it gives the concrete activity (three business evenings with topics and purpose), and a named contact with phone. The association is only named in the signature, nothing about it in the new text, so association is false. The quoted application's survey, org number and members do not count again; 'samma som i csv-filen' is no budget. No amount in the new text.",
        association_name="Storebro Byaråd",
        contact_name="Jenny Karlsson",
        contact_email="jenny.karlsson@example.org",
        contact_phone="0492-302 84",
        ort="Storebro",
    )


@mail(1538, "spam-bidrag-bankid")
def m1538(n):
    html = """<html><body style="font-family:Arial">
<p><b>Region Kalmar län – Bidragsutbetalning</b></p>
<p>Hej,</p>
<p>Ert beviljade bidrag på <b>14 850 kr</b> kan inte betalas ut eftersom era bankuppgifter
har gått ut. Verifiera er identitet med BankID inom 24 timmar, annars återkallas bidraget.</p>
<p><a href="http://example.net/verifiera-bankid?ref=RKL2026">VERIFIERA MED BANKID</a></p>
<p>Med vänliga hälsningar<br>Utbetalningsenheten</p>
</body></html>
"""
    raw = message(
        n,
        addr("Region Kalmar Utbetalning", "noreply-utbetalning@example.net"),
        "ÅTGÄRD KRÄVS: Ert bidrag kan inte betalas ut",
        text(html, sub="html", cte="base64"),
        extra=[("X-Priority", "1 (Highest)")],
    )
    return raw, label(
        "spam",
        "00000",
        "Phishing that impersonates the region's payment unit: an urgent BankID 'verification' link on a foreign domain and a plausible grant amount (14 850 kr). Not an application; all facts null.",
    )


ORG_SODRAVI = orgnr("802446-052")


@mail(1539, "sodra-vi-framtidsdialog-txt")
def m1539(n):
    body = f"""Hej Landsbygdsutvecklare!

Södra Vi Bygdeförening ansöker härmed om regional bygdepeng – idéslanten för
"Framtidsdialog Södra Vi 2030".

1. Om föreningen
Södra Vi Bygdeförening, organisationsnummer {ORG_SODRAVI}, bildades 2008 och
arbetar för service, boende och gemenskap i Södra Vi socken i Vimmerby kommun.
Antal medlemmar: 64 (31 kvinnor, 33 män).

2. Kontaktperson
Elin Håkansson, ordförande, elin.hakansson@example.se, 070-302 55 81
(reservkontakt: Bo Lund, 0492-410 62)

3. Aktiviteten
Tre kvällsdialoger i Södra Vi bygdegård (15 september, 13 oktober, 10 november)
om byns framtid: boende för unga och gamla, skolan och lanthandeln. En extern
samtalsledare från Hela Sverige ska leva leder kvällarna och vi sammanställer
förslagen i en handlingsplan som lämnas till Vimmerby kommun och som byns
föreningar kan arbeta vidare med. Aktiviteten riktar sig till alla i bygden –
kvinnor och män, unga och gamla, nya och gamla sörvibor.

4. Lokal förankring
Idén kom från bygdestämman i november där 58 personer deltog. Södra Vi IF,
Södra Vi hembygdsförening, Föräldraföreningen och lanthandeln är med i
planeringsgruppen, och 12 frivilliga har anmält sig som värdar.

5. Budget
Se bifogad fil budget_sodravi.txt. Vi söker totalt 14 000 kronor.

Med vänlig hälsning
Elin Håkansson
"""
    budget = """BUDGET Framtidsdialog Södra Vi 2030
===================================
Samtalsledare, arvode 3 kvällar     7 500 kr
Lokalhyra bygdegården 3 x 700        2 100 kr
Trycksaker och annonsering          1 900 kr
Fika 3 kvällar                      2 500 kr
-----------------------------------
Totalt                             14 000 kr
(inga löner, inga inköp av utrustning)
"""
    root = multi(
        "mixed",
        [
            text(body, cte="quoted-printable"),
            attach(
                budget.encode("windows-1252"),
                'text/plain; charset="windows-1252"',
                "budget_sodravi.txt",
                cte="quoted-printable",
            ),
        ],
        "own12-1539-mixed",
    )
    raw = message(
        n,
        addr("Elin Håkansson", "elin.hakansson@example.se"),
        "Ansökan idéslanten – Framtidsdialog Södra Vi 2030",
        root,
        subj_mode="b",
    )
    return raw, label(
        "application",
        "11111",
        "Complete, formal application numbered after the five elements, budget in a windows-1252 .txt attachment. 'Antal medlemmar: 64 (31 kvinnor, 33 män)' = 64. 'kvinnor och män' gives women_and_men true. Two phone numbers: the contact's own first. The moderator's fee is not salary, and the budget says explicitly no wages and no equipment. Village (Södra Vi) vs parish ('Södra Vi socken') vs municipality ('Vimmerby kommun'): the ort is Södra Vi. 58 meeting attendees are not members. Amount 14 000.",
        association_name="Södra Vi Bygdeförening",
        org_number=ORG_SODRAVI,
        contact_name="Elin Håkansson",
        contact_email="elin.hakansson@example.se",
        contact_phone="070-302 55 81",
        members=64,
        ort="Södra Vi",
        amount_sek=14000,
        women_and_men=True,
    )


ORG_RESMO = orgnr("802429-873")


@mail(1540, "resmo-solceller-kort")
def m1540(n):
    body = f"""hej! vi i Resmo Byalag (orgnr {ORG_RESMO}, 41 medlemmar) söker 3000 till en föreläsning om solceller för alla i byn i oktober i Resmo bygdegård, så att fler kan ställa om
hälsn Per Gustavsson
0485-360 44"""
    raw = message(
        n,
        addr("Per Gustavsson", "per.g@example.net"),
        "solceller resmo",
        text(body, charset="utf-8", cte="8bit"),
    )
    return raw, label(
        "application",
        "11100",
        "Very short one-paragraph mail. Association: named with org number and '41 medlemmar'. Activity: a lecture on solar panels for all villagers in October in the bygdegård, so more can switch – concrete enough. Anchoring missing (nothing about backing). Budget missing: '3000' is a bare figure (amount 3 000). A lecture about solar panels buys none: physical_investment false. women_and_men unstated ('alla i byn' is not a gender statement).",
        association_name="Resmo Byalag",
        org_number=ORG_RESMO,
        contact_name="Per Gustavsson",
        contact_email="per.g@example.net",
        contact_phone="0485-360 44",
        members=41,
        ort="Resmo",
        amount_sek=3000,
    )


# === END OF MAILS ===

if __name__ == "__main__":
    sys.exit(main())
