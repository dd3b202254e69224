# ruff: noqa: E501  (mail text is kept as it would be written, long lines included)
"""Generate the labelled development corpus tests/data/own4/ (files 601-650), then check it.

Run with the project's venv (python-docx, openpyxl and pypdf are needed):

    .venv/bin/python tests/data/tools/make_own4.py

own4/ is a fourth development corpus, dated September-November 2026 and written to be HARD:
26 applications, 12 followups, 5 questions and 7 machine mails. Followups come as long threads
(a third round 'SV: SV: Re: SV:'), two-line top-posts over whole Outlook/English Outlook/Gmail
(attribution wrapped over two lines)/Apple threads, inline answers under the quoted '- ' lines of
the receipt, replies that supply nothing ('Tack!', 'Ok, vi återkommer'), replies that supply an
element only inside an attachment (.xlsx with formulas, .pdf, an unreadable .doc), a reply that
quotes the applicant's own application in '>' fragments, and a reply that restates everything.
Applications that look complete but are not (a budget given only as percentages, 'Förankring:
Styrelsen har beslutat', activities given only as goals, 'ring Kerstin', 'vi i styrelsen för
byalaget') and applications that look incomplete but are complete (elements in odd order, a
budget in one sentence, anchoring told as a story, the association introduced last).

The bot's receipts in this folder are sent as Outlook replies that carry the application below
a 'Från:/Skickat:/Till:/Ämne:' block, so every followup quotes the original application too.

The output is deterministic (fixed seed, MIME boundaries and zip timestamps): running the script
again rewrites byte-identical files. Mails are numbered by their Date header after they are built.
The script deletes and rewrites only *.eml and labels.json in own4/. Labels follow
shared/corpus/README.md; every label's "notes" says why.
"""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import html
import io
import json
import random
import re
import struct
import sys
import zipfile
from email.charset import BASE64, Charset
from email.header import Header
from email.message import EmailMessage, MIMEPart
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpuslib  # noqa: E402
from corpuslib import (  # noqa: E402
    OFFICER,
    OUTLOOK_HEAD,
    OUTLOOK_TAIL,
    TO_PLAIN,
    Ids,
    attach_bytes,
    finish,
    label,
    make_docx,
    make_pdf,
    make_png,
    mso_p,
    mso_table,
    normalize_zip,
    orgnr,
    quote,
    receipt_id,
    receipt_text,
    report_message,
    set_alternative,
    set_body,
    sv_apple_header,
    sv_gmail_header,
    sv_outlook_block,
    sv_thunderbird_header,
)

DATA = HERE.parent
OUT = DATA / "own4"
FIRST = 601
COUNT = 50

ids = Ids(20260901)
# (time, slug, data, label, app key or None); numbered by time at the end.
MAILS: list[tuple] = []
APPS: dict[str, dict] = {}
_receipts = [60]
SEP = "________________________________"


# ================================================================================================
# Helpers
# ================================================================================================


def when(month: int, day: int, hh: int, mm: int, ss: int = 0) -> dt.datetime:
    """Local Swedish time in 2026: CEST from 29 March 02:00 to 25 October 03:00, CET otherwise."""
    naive = dt.datetime(2026, month, day, hh, mm, ss)
    summer = dt.datetime(2026, 3, 29, 2, 0) <= naive < dt.datetime(2026, 10, 25, 3, 0)
    return naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=2 if summer else 1)))


def _replace_raw(m: EmailMessage, name: str, raw: str) -> None:
    """Replace a header by a pre-encoded value, keeping its position and its exact encoding."""
    for i, (k, _) in enumerate(m._headers):  # noqa: SLF001 - keep header order
        if k.lower() == name.lower():
            m._headers[i] = (k, raw)  # noqa: SLF001
            return
    m.set_raw(name, raw)


def new_message(
    frm: str,
    subject: str,
    date,
    msgid: str,
    *,
    subject_charset: str | None = None,
    from_raw: str | None = None,
    **kw,
) -> EmailMessage:
    """corpuslib.new_message, with a legacy-charset (or forced base64) encoded-word subject."""
    m = corpuslib.new_message(frm, subject, date, msgid, **kw)
    if subject_charset:
        cs = Charset(subject_charset.removesuffix("-b"))
        if subject_charset.endswith("-b"):
            cs.header_encoding = BASE64
        raw = Header(subject, cs, header_name="Subject").encode(linesep="\n")
        _replace_raw(m, "Subject", raw)
    if from_raw:
        _replace_raw(m, "From", from_raw)
    return m


def enc_name(name: str, charset: str) -> str:
    """An encoded-word display name in a legacy charset ('-b' suffix: base64)."""
    cs = Charset(charset.removesuffix("-b"))
    if charset.endswith("-b"):
        cs.header_encoding = BASE64
    return Header(name, cs).encode(linesep="\n")


def add(t, slug: str, data: bytes, lab: dict, key: str | None = None) -> None:
    MAILS.append((t, slug, data, lab, key))


def remember(key: str, **kw) -> None:
    APPS[key] = kw


def receipt(key: str, month: int, day: int, missing: list[str]) -> tuple:
    """The bot's receipt for an application: (time, Message-ID, full text, subject).

    In this folder the receipt is an Outlook reply: the request list, then the application below
    a '____' line and a 'Från:/Skickat:/Till:/Ämne:' block (the application's body only)."""
    a = APPS[key]
    rt = when(month, day, 7, 30, 0)
    _receipts[0] += 1
    rid = receipt_id(rt, _receipts[0])
    text = (
        receipt_text(missing)
        + "\n"
        + SEP
        + "\n"
        + sv_outlook_block(a["frm"], a["t"], OFFICER, a["subject"])
        + "\n"
        + a["text"]
    )
    a["receipt"] = (rt, rid, text, "SV: " + a["subject"])
    return a["receipt"]


def threaded(key: str, rid: str, extra: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    refs = " ".join((APPS[key]["mid"], *extra, rid))
    return [("In-Reply-To", rid), ("References", refs)]


def txt2divs(text: str) -> str:
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append(
            "<div><br></div>" if not line else f"<div>{html.escape(line, quote=False)}</div>"
        )
    return "\n".join(out)


def gmail_html(text: str, quoted_html: str = "") -> str:
    return '<div dir="ltr">' + txt2divs(text) + "</div>\n" + quoted_html


def gmail_quote_html(attr: str, quoted_text: str) -> str:
    return (
        '<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">'
        + html.escape(attr.replace("\n", " ").removesuffix(":"), quote=False)
        + ':<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
        'border-left:1px solid rgb(204,204,204);padding-left:1ex">'
        + txt2divs(quoted_text)
        + "</blockquote></div>\n"
    )


def qp_with_breaks(text: str, charset: str = "utf-8", mark: str = "\u00a6") -> str:
    """Quoted-printable encoding with soft line breaks forced wherever `mark` stands (inside a
    word or an amount), otherwise wrapped at 76 characters."""
    out: list[str] = []
    for line in text.rstrip("\n").split("\n"):
        cur = ""
        segments = line.split(mark)
        for si, seg in enumerate(segments):
            for byte in seg.encode(charset):
                tok = (
                    f"={byte:02X}"
                    if byte == 0x3D or byte > 126 or (byte < 32 and byte != 9)
                    else chr(byte)
                )
                if len(cur) + len(tok) > 75:
                    out.append(cur + "=")
                    cur = ""
                cur += tok
            if si < len(segments) - 1:
                out.append(cur + "=")
                cur = ""
        if cur.endswith((" ", "\t")):
            cur = cur[:-1] + f"={ord(cur[-1]):02X}"
        out.append(cur)
    return "\n".join(out) + "\n"


def set_raw_qp(m, text: str, charset: str = "utf-8", subtype: str = "plain") -> None:
    m["Content-Type"] = f'text/{subtype}; charset="{charset}"'
    m["Content-Transfer-Encoding"] = "quoted-printable"
    m.set_payload(qp_with_breaks(text, charset))


def outlook_headers(topic: str, attach: bool = False, lang: str = "sv-SE") -> list[tuple[str, str]]:
    return [
        ("Thread-Topic", topic),
        ("Thread-Index", "AQH" + ids.b64std(29) + "=="),
        ("Accept-Language", f"{lang}, en-US"),
        ("Content-Language", lang),
        ("X-MS-Has-Attach", "yes" if attach else ""),
        ("X-MS-TNEF-Correlator", ""),
    ]


def outlook_html_from_text(text: str, charset: str, extra: str = "") -> str:
    body = "".join(mso_p(line) for line in text.rstrip("\n").split("\n"))
    return OUTLOOK_HEAD.format(charset=charset) + body + extra + OUTLOOK_TAIL


def outlook_quote_html(block: str, quoted: str) -> str:
    head = "".join(mso_p(line) for line in block.rstrip("\n").split("\n"))
    return (
        '<div><div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
        + head
        + "</div></div>\n"
        + mso_p("")
        + "".join(mso_p(line) for line in quoted.rstrip("\n").split("\n"))
    )


EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MON = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
SV_DAYS_LONG = ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"]


def en_outlook_block(frm: str, t, to: str, subject: str) -> str:
    h12 = t.hour % 12 or 12
    ampm = "AM" if t.hour < 12 else "PM"
    return (
        f"From: {frm}\nSent: {EN_DAYS[t.weekday()]}, {EN_MON[t.month - 1]} {t.day}, {t.year} "
        f"{h12}:{t:%M} {ampm}\nTo: {to}\nSubject: {subject}\n"
    )


def text_part(
    text: str, subtype: str = "plain", charset: str = "utf-8", cte: str = "quoted-printable"
) -> MIMEPart:
    p = MIMEPart(policy=corpuslib.POL)
    p.set_content(text, subtype=subtype, charset=charset, cte=cte)
    return p


def mixed(m: EmailMessage, body_parts: list[MIMEPart], attachments: list[MIMEPart]) -> None:
    """Make m multipart/mixed: [body (one part or multipart/alternative)] + attachments."""
    m["MIME-Version"] = "1.0"
    m["Content-Type"] = "multipart/mixed"
    if len(body_parts) == 1:
        m.attach(body_parts[0])
    else:
        alt = MIMEPart(policy=corpuslib.POL)
        alt["Content-Type"] = "multipart/alternative"
        for p in body_parts:
            alt.attach(p)
        m.attach(alt)
    for a in attachments:
        m.attach(a)


def file_part(data: bytes, mime: str, filename: str) -> MIMEPart:
    p = MIMEPart(policy=corpuslib.POL)
    maintype, subtype = mime.split("/", 1)
    p.set_content(data, maintype=maintype, subtype=subtype, filename=filename)
    return p


def text_file_part(data: bytes, charset: str, filename: str) -> MIMEPart:
    """A .txt attachment in a legacy charset, base64-encoded as mail clients do."""
    p = MIMEPart(policy=corpuslib.POL)
    p.set_content(data, maintype="text", subtype="plain", filename=filename, cte="base64")
    p.set_param("charset", charset)
    return p


# --- attachments ----------------------------------------------------------------------------------


def make_xlsx_formulas(sheet: str, rows: list[list], cached: dict[str, object]) -> bytes:
    """An .xlsx whose formula cells also carry cached values (as Excel saves them)."""
    import openpyxl
    from openpyxl.styles import Font

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for r in rows:
        ws.append(r)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for cell in ws[ws.max_row]:
        cell.font = Font(bold=True)
    ws.column_dimensions["A"].width = 44
    for col in "BCD":
        ws.column_dimensions[col].width = 12
    fixed = dt.datetime(2026, 1, 1, 12, 0, 0)
    wb.properties.creator = "Britt-Marie"
    wb.properties.created = fixed
    wb.properties.modified = fixed
    buf = io.BytesIO()
    wb.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                xml = content.decode("utf-8")
                for ref, value in cached.items():
                    pat = re.compile(rf'(<c r="{ref}"[^>]*>)(<f>[^<]*</f>)(<v\s*/>|<v></v>)?')
                    xml, n = pat.subn(
                        lambda mm, value=value: mm.group(1) + mm.group(2) + f"<v>{value}</v>", xml
                    )
                    assert n == 1, (ref, xml[:400])
                content = xml.encode("utf-8")
            dst.writestr(info, content)
    return normalize_zip(out.getvalue())


def make_encrypted_odt(seed: int) -> bytes:
    """A password-protected OpenDocument text file (as LibreOffice saves it with 'Spara med
    lösenord'): the manifest lists AES-256 encryption data and content.xml, styles.xml, meta.xml
    and settings.xml are ciphertext. Nobody can read it without the password."""
    rng = random.Random(seed)

    def rnd(n: int) -> bytes:
        return bytes(rng.randrange(256) for _ in range(n))

    import base64

    entries = [
        ("content.xml", 3712),
        ("styles.xml", 5184),
        ("meta.xml", 608),
        ("settings.xml", 1344),
    ]
    ns = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<manifest:manifest xmlns:manifest="{ns}" manifest:version="1.3">',
        ' <manifest:file-entry manifest:full-path="/" manifest:version="1.3" '
        'manifest:media-type="application/vnd.oasis.opendocument.text"/>',
    ]
    blobs = {}
    for name, size in entries:
        blobs[name] = rnd(size)
        lines += [
            f' <manifest:file-entry manifest:full-path="{name}" manifest:media-type="text/xml" '
            f'manifest:size="{size * 3 + 17}">',
            '  <manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" '
            f'manifest:checksum="{base64.b64encode(rnd(32)).decode()}">',
            '   <manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" '
            f'manifest:initialisation-vector="{base64.b64encode(rnd(16)).decode()}"/>',
            '   <manifest:start-key-generation manifest:start-key-generation-name="http://www.w3.org/2000/09/xmldsig#sha256" manifest:key-size="32"/>',
            '   <manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:key-size="32" '
            f'manifest:iteration-count="100000" manifest:salt="{base64.b64encode(rnd(16)).decode()}"/>',
            "  </manifest:encryption-data>",
            " </manifest:file-entry>",
        ]
    lines.append("</manifest:manifest>")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        zi = zipfile.ZipInfo("mimetype", date_time=corpuslib.FIXED_ZIP_TIME)
        zi.compress_type = zipfile.ZIP_STORED
        z.writestr(zi, b"application/vnd.oasis.opendocument.text")
        for name, _ in entries:
            zi = zipfile.ZipInfo(name, date_time=corpuslib.FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED
            z.writestr(zi, blobs[name])
        zi = zipfile.ZipInfo("META-INF/manifest.xml", date_time=corpuslib.FIXED_ZIP_TIME)
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, ("\n".join(lines) + "\n").encode("utf-8"))
    return out.getvalue()


def make_broken_doc() -> bytes:
    """A damaged Word 97-2003 (.doc) file: a valid OLE2 compound-file header, one FAT sector and
    a directory with only the Root Entry - the WordDocument stream (the text) is missing, so
    neither Word nor any converter can show any text."""
    free, endchain, fatsect = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD
    hdr = bytearray()
    hdr += bytes.fromhex("D0CF11E0A1B11AE1")
    hdr += bytes(16)
    hdr += struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6)
    hdr += bytes(6)
    hdr += struct.pack("<IIIIIIIII", 0, 1, 1, 0, 0x1000, endchain, 0, endchain, 0)
    difat = [0] + [free] * 108
    hdr += struct.pack("<109I", *difat)
    assert len(hdr) == 512
    fat = struct.pack("<128I", fatsect, endchain, *([free] * 126))
    name = "Root Entry".encode("utf-16-le") + b"\x00\x00"
    d = bytearray(128)
    d[: len(name)] = name
    struct.pack_into("<H", d, 64, len(name))
    d[66] = 5  # root storage
    d[67] = 1  # black
    struct.pack_into("<III", d, 68, free, free, free)
    struct.pack_into("<I", d, 116, endchain)
    directory = bytes(d) + bytes(128 * 3)
    return bytes(hdr) + fat + directory


# ================================================================================================
# The mails (called in Date order; numbered after building)
# ================================================================================================


def hogby_percent() -> None:
    """Looks complete, but the 'budget' is a total split in percentages; windows-1252 Outlook."""
    org = orgnr("802437915")
    t = when(9, 1, 19, 42, 11)
    mid = ids.msgid("outlook")
    text = f"""\
Hej!

Högby Byalag söker härmed bygdepeng (idéslanten) för "Vinteröppet i Högby".

Om oss: Högby Byalag är en ideell förening för alla som bor i Högby socken på norra Öland, bildad 1977. Vi har 87 medlemmar. Org.nr {org}.

Vad vi vill göra: När sommargästerna åkt hem blir det tyst i Högby. Från november till och med mars finns varken kafé eller krog öppet, och många som bor här året runt träffar knappt någon på veckorna. Vi vill därför hålla bygdegården öppen varje torsdagskväll, 5 november–17 december och sedan igen januari–mars, sammanlagt 20 kvällar, med soppa, frågesport och ibland en föreläsare (fågelstationen, fyrvaktarnas historia, odling i sandjord). Kvällarna är för alla – kvinnor och män, gamla och unga, bofasta och de fritidsboende som stannar över vintern. Vi tror att det gör att fler orkar bo kvar året runt, och att de som flyttat hit kommer in i bygden.

Förankring: På byastämman den 16 augusti var 34 personer, och alla ställde sig bakom förslaget. Högby församling annonserar kvällarna i sitt församlingsblad, och elva medlemmar har skrivit upp sig som soppkokare.

Ekonomi: Vi söker 12 000 kr. Ungefär hälften (50 %) går till hyra av bygdegården, 30 % till soppa och fika och resterande 20 % till föreläsare och annonser.

Kontaktperson: Britt-Marie Öhman, sekreterare, 0485-220 14, britt-marie.ohman@example.se

Med vänlig hälsning
Britt-Marie Öhman
Högby Byalag
"""
    subject = "Ansökan idéslanten – Vinteröppet i Högby"
    frm = "Britt-Marie Öhman <britt-marie.ohman@example.se>"
    m = new_message(frm, subject, t, mid, headers=outlook_headers(subject))
    set_alternative(m, text, outlook_html_from_text(text, "windows-1252"), charset="windows-1252")
    remember("hogby", mid=mid, t=t, subject=subject, text=text, frm=frm)
    add(
        t,
        "vinteroppet-hogby",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "11110",
            "Looks complete (five labelled paragraphs 'Om oss / Vad vi vill göra / Förankring / Ekonomi / "
            "Kontaktperson') but BUDGET MISSING: 'Ekonomi' is only a total ('Vi söker 12 000 kr') split in "
            "percentages (50 % hyra, 30 % soppa och fika, 20 % föreläsare och annonser) - no cost item has an "
            "amount, so it is a bare total, not an overview budget -> amount 12000. Association: named, what and "
            "where, 87 members, org.nr. Contact line + signer from own address. Activity concrete (20 Thursday "
            "evenings, soup, quiz, talks, why). Anchoring: byastämma with 34 people behind it, the parish "
            "advertises, eleven volunteers. 'kvinnor och män' -> women_and_men true. Lecturers are fees. "
            "Outlook multipart/alternative in windows-1252 quoted-printable.",
            association_name="Högby Byalag",
            org_number=org,
            contact_name="Britt-Marie Öhman",
            contact_email="britt-marie.ohman@example.se",
            contact_phone="0485-220 14",
            members=87,
            ort="Högby",
            amount_sek=12000,
            women_and_men=True,
        ),
        "hogby",
    )


def bredsattra_question() -> None:
    """Question: do two associations in the same village share the 15 000 cap?"""
    t = when(9, 3, 21, 5, 37)
    mid = ids.msgid("thunderbird", "example.net")
    text = """\
Hej,

En fråga innan vi skickar in något. I Bredsättra finns både Bredsättra Byalag och Bredsättra Hembygdsförening, och båda vill söka idéslanten i höst – byalaget till en skördefest och hembygdsföreningen till berättarkvällar.

Kan vi söka var för sig med 15 000 kr var, eller ska vi dela på 15 000 kr för hela Bredsättra? Och spelar det någon roll vem som skickar in först?

Vänliga hälsningar
Gunnel Axelsson
ordförande, Bredsättra Byalag
0485-740 12
"""
    m = new_message(
        "Gunnel Axelsson <gunnel.axelsson@example.net>",
        "Två föreningar i samma by?",
        t,
        mid,
        to=TO_PLAIN,
        headers=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "sv-SE")],
    )
    set_body(m, text, params={"format": "flowed"})
    add(
        t,
        "fraga-tva-foreningar-bredsattra",
        finish(m, ids, "thunderbird"),
        label(
            "question",
            "sv",
            "00000",
            "Question, not an application: two associations in Bredsättra want to apply for different things "
            "and ask whether the 15 000 kr cap is per association or per locality. Both activities are only "
            "named ('en skördefest', 'berättarkvällar'); nothing is applied for. '15 000 kr' is the rule amount "
            "asked about -> amount null. The asking association, its chair and her phone are facts.",
            association_name="Bredsättra Byalag",
            contact_name="Gunnel Axelsson",
            contact_email="gunnel.axelsson@example.net",
            contact_phone="0485-740 12",
            ort="Bredsättra",
        ),
    )


def alboke_english() -> None:
    """English application; signed 'Tom' only; need and hope instead of anchoring."""
    t = when(9, 4, 16, 20, 3)
    mid = ids.msgid("gmail")
    text = """\
Hi,

I am writing on behalf of Alböke Newcomers' Circle, a non-profit association (ideell förening) started in 2024 by people who have moved to Alböke and the villages around it in the last few years. We are 23 members from Sweden, the UK, Germany, the Netherlands and Syria.

What we want to do: "Walk & Talk" – eight Saturday-morning walks from 10 October to 28 November along the coast and through the village, where newcomers walk together with people who have lived in Alböke all their lives and practise their Swedish on the way. Two of the walks are guided by a local historian (the old limestone quarries and the church road). After each walk we have soup and coffee, and on 28 November we end with a potluck dinner in Alböke bygdegård. Everyone is welcome – men and women, young and old. The aim is that people who move here stay, get to know their neighbours and find their way into the village associations.

Why it is needed: many newcomers tell us they feel isolated in the winter, and there is nothing like this today. We are sure the village will welcome it – people here are very friendly!

Budget
- Hire of Alböke bygdegård for the potluck: 1,200 SEK
- Guide fee, local historian, 2 walks x 1,000 SEK: 2,000 SEK
- Soup and coffee, 8 walks x 250 SEK: 2,000 SEK
- Flyers and a notice in the local paper: 500 SEK
Total: 5,700 SEK

We apply for 5,700 SEK.

Cheers,
Tom
"""
    subject = 'Application: "Walk & Talk" in Alböke'
    frm = "Tom Harrington <tom.harrington@example.com>"
    m = new_message(frm, subject, t, mid)
    set_alternative(m, text, gmail_html(text))
    remember("alboke", mid=mid, t=t, subject=subject, text=text, frm=frm)
    add(
        t,
        "walk-and-talk-alboke",
        finish(m, ids, "gmail"),
        label(
            "application",
            "en",
            "10101",
            "English Gmail application. Association: named, non-profit, started 2024, 23 members, who they are "
            "-> true. CONTACT MISSING: signed 'Cheers, Tom' - the surname appears only in the From header, no "
            "phone, no contact line. Activity concrete (eight Saturday walks with dates, two guided, potluck) and "
            "why. ANCHORING MISSING: 'many newcomers tell us they feel isolated' is a described need and 'We are "
            "sure the village will welcome it' a hope; no meeting, partner or volunteers. Budget '-' list with "
            "English thousands separators: 1,200 + 2,000 + 2,000 + 500 = 5,700. 'men and women' -> true. The "
            "historian's guide fee is not salary; the hall is hired.",
            association_name="Alböke Newcomers' Circle",
            members=23,
            ort="Alböke",
            amount_sek=5700,
            women_and_men=True,
        ),
        "alboke",
    )


def alboke_ooo() -> None:
    """English out-of-office answering the receipt; only X-Auto-Response-Suppress."""
    rt, rid, _, rsubj = receipt("alboke", 9, 5, ["contact", "anchoring"])
    t = when(9, 5, 7, 31, 2)
    mid = ids.msgid("gmail")
    text = """\
Hi,

Thank you for your email. I'm currently out of the office, travelling in the UK with limited access to email, and will be back on Monday 21 September.

For anything about Alböke Newcomers' Circle, please contact our secretary at circle.alboke@example.com.

Best regards,
Tom Harrington
"""
    m = new_message(
        "Tom Harrington <tom.harrington@example.com>",
        "Out of the office – back 21 September",
        t,
        mid,
        to=OFFICER,
        headers=threaded("alboke", rid) + [("X-Auto-Response-Suppress", "All")],
    )
    set_body(m, text)
    add(
        t,
        "out-of-the-office-alboke",
        finish(m, ids, "gmail"),
        label(
            "autoreply",
            "en",
            "00000",
            "English vacation reply ('I'm currently out of the office ... will be back on Monday 21 September') "
            "sent one minute after the bot's receipt to {app:alboke}, threaded to it (In-Reply-To the receipt, "
            "References the application). No Auto-Submitted, no 'Automatic reply' subject - only "
            "X-Auto-Response-Suppress and the wording. Never reply. All facts null.",
        ),
    )


def eriksmala_html() -> None:
    """Complete HTML-only mail with nested layout tables, <br> lines, association last."""
    t = when(9, 8, 10, 14, 26)
    mid = ids.msgid("roundcube", "example.se")
    td = 'style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#222222"'
    html_text = f"""\
<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#f4f4f4">
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f4f4f4"><tr><td align="center">
<table width="640" cellpadding="12" cellspacing="0" border="0" bgcolor="#ffffff">
<tr><td colspan="2" {td} bgcolor="#dde8f0"><b>Ansökan om regional bygdepeng – idéslanten</b><br>Glasbruksvandringar i Eriksmåla, oktober 2026</td></tr>
<tr>
<td width="58%" valign="top" {td}><b>Vad vi vill göra</b><br>
Fyra söndagar i oktober (4, 11, 18 och 25) ordnar vi guidade vandringar genom det gamla glasbruksområdet i Eriksmåla.<br>
Före detta glasblåsare och slipare berättar vid hyttan, sliperiet och arbetarbostäderna om hur det var att leva och arbeta här.<br>
Varje vandring slutar med kaffe i Folkets hus, och den sista söndagen håller en glashistoriker en föreläsning om bruket.<br>
<br>
<b>Varför</b><br>
Sedan bruket lades ner har många flyttat, men nu kommer nya familjer till de gamla bruksvillorna.<br>
Vi vill att de ska få höra bygdens historia från dem som levde den, och att de gamla glasarbetarna får träffa de nya grannarna.<br>
Vandringarna är för alla i byn, kvinnor och män, unga som gamla, och lockar också besökare till Eriksmåla under hösten.</td>
<td width="42%" valign="top" {td}>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;border-color:#999999">
<tr><th colspan="2" align="left" {td}>Budget</th></tr>
<tr><td {td}>Hyra Folkets hus<br>4 söndagar à 400 kr</td><td align="right" {td}>1&nbsp;600 kr</td></tr>
<tr><td {td}>Kaffe och bullar<br>4 x 450 kr</td><td align="right" {td}>1&nbsp;800 kr</td></tr>
<tr><td {td}>Tryck av vandringskarta och affischer</td><td align="right" {td}>1&nbsp;200 kr</td></tr>
<tr><td {td}>Föreläsning glashistoriker, arvode</td><td align="right" {td}>2&nbsp;500 kr</td></tr>
<tr><td {td}><b>Summa = sökt belopp</b></td><td align="right" {td}><b>7&nbsp;100 kr</b></td></tr>
</table>
</td>
</tr>
<tr><td colspan="2" {td}><b>Så är det förankrat</b><br>
Idén kom fram på bymötet i Folkets hus den 12 maj, där 41 personer var med.<br>
Tolv före detta glasbruksarbetare har lovat att guida, och Eriksmåla IF sköter parkeringen alla fyra söndagarna.</td></tr>
<tr><td colspan="2" {td}>
<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td {td}>
Vi som söker är Eriksmåla Byaförening – en ideell förening för alla som bor i Eriksmåla med omnejd, bildad 1994, med 58 medlemmar.<br>
<br>
Kontaktperson: Sonja Lindkvist, 0471-503 27, sonja.lindkvist@example.se<br>
<br>
Vänliga hälsningar<br>
Sonja Lindkvist<br>
Eriksmåla Byaförening
</td></tr></table>
</td></tr>
</table>
</td></tr></table>
</body></html>
"""
    m = new_message(
        "Sonja Lindkvist <sonja.lindkvist@example.se>",
        "Ansökan bygdepeng: Glasbruksvandringar i Eriksmåla",
        t,
        mid,
        to=TO_PLAIN,
        headers=[("User-Agent", "Roundcube Webmail/1.6.9")],
    )
    set_body(m, html_text, subtype="html")
    add(
        t,
        "glasbruksvandringar-eriksmala",
        finish(m, ids, "roundcube"),
        label(
            "application",
            "sv",
            "11111",
            "Complete, HTML-ONLY with NESTED layout tables (outer 100 % table, inner 640 px table, a budget table "
            "nested in a cell, and another table for the closing) and <br> line breaks; '&nbsp;' inside the "
            "amounts. Order is unusual: activity and reason first, the budget in the right-hand column, anchoring "
            "after it, and the ASSOCIATION INTRODUCED LAST ('Vi som söker är Eriksmåla Byaförening ... bildad "
            "1994, med 58 medlemmar'). Budget 1 600 + 1 800 + 1 200 + 2 500 = 7 100 = sökt belopp. Anchoring: "
            "village meeting 12 May with 41 people, twelve former glassworkers guide, the IF handles parking. "
            "Contact line = From address. 'kvinnor och män' -> true. The historian's fee is a lecturer's fee.",
            association_name="Eriksmåla Byaförening",
            contact_name="Sonja Lindkvist",
            contact_email="sonja.lindkvist@example.se",
            contact_phone="0471-503 27",
            members=58,
            ort="Eriksmåla",
            amount_sek=7100,
            women_and_men=True,
        ),
    )


def ravemala_kerstin() -> None:
    """Shared mailbox, 'ring Kerstin', signed 'Styrelsen'; iso-8859-1 base64."""
    t = when(9, 9, 20, 33, 48)
    mid = ids.msgid("generic", "example.se")
    text = """\
Hej Landsbygdsutvecklaren!

Rävemåla Bygdegårdsförening äger och driver bygdegården i Rävemåla sedan 1948. Vi har 112 medlemmar, de flesta hushåll i byarna runt Rävemåla.

Vi söker pengar till "Bygdens kokbok" - fem matlagningskvällar i bygdegårdens kök mellan oktober och februari, där äldre i bygden lär ut maten de själva växte upp med (kroppkakor, ostkaka, blodpudding, vilt och svamp) till yngre och nyinflyttade. Recepten och berättelserna skrivs ner och blir ett häfte som delas ut till alla hushåll i mars. Kvällarna är för både kvinnor och män. Vi vill att kunskapen stannar i bygden och att nya och gamla Rävemålabor lär känna varandra runt spisen.

Förslaget kom från en enkät i vårt medlemsblad i våras: 46 svarade och 30 ville vara med. PRO Rävemåla och 4H-klubben är med och planerar.

Budget
Råvaror, 5 kvällar à 800 kr      4 000 kr
Tryck av häftet, 150 ex          1 500 kr
Annonser                           500 kr
Summa                            6 000 kr
(Köket och lokalen står föreningen för själv.)

Har ni frågor så ring Kerstin, hon vet allt om det här.

Hälsningar
Styrelsen
"""
    subject = "Ansökan bygdepeng - Bygdens kokbok"
    frm = "Rävemåla Bygdegårdsförening <bygdegarden.ravemala@example.se>"
    m = new_message(
        frm,
        subject,
        t,
        mid,
        to=TO_PLAIN,
        subject_charset="iso-8859-1-b",
        from_raw=enc_name("Rävemåla Bygdegårdsförening", "iso-8859-1-b")
        + " <bygdegarden.ravemala@example.se>",
        headers=[("X-Mailer", "One.com webmail")],
    )
    set_body(m, text, charset="iso-8859-1", cte="base64")
    remember("ravemala", mid=mid, t=t, subject=subject, text=text, frm=frm)
    add(
        t,
        "bygdens-kokbok-ravemala",
        finish(m, ids, "generic"),
        label(
            "application",
            "sv",
            "10111",
            "iso-8859-1 BASE64 body, base64 encoded-word Subject and From name, from the association's SHARED "
            "mailbox. CONTACT MISSING: 'Har ni frågor så ring Kerstin' gives a first name without surname or "
            "number, and the mail is signed 'Styrelsen' -> no reachable named person; contact facts null. "
            "Association: owns and runs the bygdegård since 1948, 112 members. Activity concrete (five cooking "
            "evenings, booklet, why). Anchoring: survey in the members' newsletter (46 answers, 30 want to join) "
            "+ PRO and 4H planning with them. Budget 4 000 + 1 500 + 500 = 6 000. Printing a booklet is not an "
            "investment; food is consumables. 'för både kvinnor och män' -> true.",
            association_name="Rävemåla Bygdegårdsförening",
            members=112,
            ort="Rävemåla",
            amount_sek=6000,
            women_and_men=True,
        ),
        "ravemala",
    )


def ravemala_semester() -> None:
    """Vacation reply from the shared mailbox: no automation header, reply-like subject."""
    rt, rid, _, rsubj = receipt("ravemala", 9, 10, ["contact"])
    t = when(9, 10, 7, 30, 41)
    mid = ids.msgid("generic", "example.se")
    text = """\
Hälsningar från semestern!

Jag läser mejl sporadiskt fram till den 27 september och svarar när jag kommer hem. Gäller det bokning av bygdegården, ring bokningstelefonen 0471-402 18.

Kerstin
Rävemåla Bygdegårdsförening
"""
    m = new_message(
        "Rävemåla Bygdegårdsförening <bygdegarden.ravemala@example.se>",
        "Re: " + rsubj,
        t,
        mid,
        to=OFFICER,
        headers=threaded("ravemala", rid) + [("X-Mailer", "One.com webmail")],
    )
    set_body(m, text, charset="iso-8859-1", cte="quoted-printable")
    add(
        t,
        "semesterhalsning-ravemala",
        finish(m, ids, "generic"),
        label(
            "autoreply",
            "sv",
            "00000",
            "Vacation reply from the shared mailbox of {app:ravemala}, 41 seconds after the bot's receipt, "
            "threaded to it, with a reply-like subject 'Re: SV: ...' and NO automation header. Only the wording "
            "('Hälsningar från semestern! Jag läser mejl sporadiskt fram till ...') and the timing show it is "
            "automatic. It even names 'Kerstin' and a phone, but it supplies nothing - autoreply, all facts null. "
            "Never reply.",
        ),
    )


def lonneberga_goals() -> None:
    """Activity given only as goals; QP with soft breaks inside words and amounts."""
    t = when(9, 11, 13, 2, 19)
    mid = ids.msgid("thunderbird", "example.net")
    text = """\
Hej!

Lönneberga Hembygdsförening vill söka regional bygdepeng för 2026.

Föreningen bildades 1932 och har i dag 140 medlemmar. Vi sköter hembygdsgården vid kyrkan och ordnar midsommarfirandet och julmarknaden.

Syftet med vår satsning är att öka gemenskapen i Lönneberga, minska ensam¦heten bland äldre och få fler unga att vilja stanna kvar i bygden. Vi vill skapa nya mötes¦platser, stärka framtidstron och bidra till en levande landsbygd där alla känner sig välkomna.

I juni delade vi ut en enkät i alla 210 brevlådor i socknen. 96 hushåll svarade, och de allra flesta önskade fler tillfällen att träffas. Lönneberga IF och föräldraföreningen på skolan har sagt att de vill vara med.

Kostnader
Lokalhyra 3 0¦00 kr
Fika 2 5¦00 kr
Annonsering 1 2¦00 kr
Föreläsare 4 000 kr
Totalt 10 7¦00 kr

Med vänliga hälsningar
Anders Lundh
ordförande, Lönneberga Hembygdsförening
0495-400 72
"""
    m = new_message(
        "Anders Lundh <anders.lundh@example.net>",
        "Bygdepeng 2026 – Lönneberga Hembygdsförening",
        t,
        mid,
        to=TO_PLAIN,
        headers=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "sv-SE")],
    )
    set_raw_qp(m, text)
    m["MIME-Version"] = "1.0"
    add(
        t,
        "hembygdsforening-lonneberga",
        finish(m, ids, "thunderbird"),
        label(
            "application",
            "sv",
            "11011",
            "Hand-made QUOTED-PRINTABLE with soft line breaks INSIDE WORDS ('ensam=' / 'heten', 'mötes=' / "
            "'platser') and INSIDE AMOUNTS ('3 0=' / '00 kr', '10 7=' / '00 kr'). ACTIVITY MISSING: the activity "
            "is given only as goals ('öka gemenskapen', 'minska ensamheten bland äldre', 'skapa nya "
            "mötesplatser, stärka framtidstron') - nothing says what will actually be done; the budget lines "
            "(hall rent, lecturer) do not describe an activity either. Anchoring true: a survey in all 210 "
            "letterboxes (96 answers) + the IF and the parents' association want to join. Budget 3 000 + 2 500 "
            "+ 1 200 + 4 000 = 10 700. Association 1932, 140 members. Contact: signer with phone, own address. "
            "'där alla känner sig välkomna' is not a gender statement -> null.",
            association_name="Lönneberga Hembygdsförening",
            contact_name="Anders Lundh",
            contact_email="anders.lundh@example.net",
            contact_phone="0495-400 72",
            members=140,
            ort="Lönneberga",
            amount_sek=10700,
        ),
    )


def ruda_board() -> None:
    """Looks complete with headings, but 'Förankring: Styrelsen har beslutat ...'."""
    t = when(9, 14, 18, 47, 5)
    mid = ids.msgid("roundcube", "example.net")
    text = """\
ANSÖKAN REGIONAL BYGDEPENG – IDÉSLANTEN 2026

Förening: Ruda Byaförening, ideell förening, 73 medlemmar, Ruda i Högsby kommun.

Kontaktperson: Bo Sundin, kassör, tel 0491-300 46, bo.sundin@example.net

Aktivitet: "Ruda då och nu" – tre lördagar i november (7, 14 och 21) bjuder vi in alla i Ruda att ta med gamla fotografier till bygdegården. Vi scannar in bilderna på plats, och äldre och yngre hjälps åt att sätta namn på personer och gårdar. Lördag 12 december visas bilderna i en utställning i bygdegårdens stora sal. Bilderna blir ett digitalt byarkiv som alla kan använda. Det ger bygden en gemensam historia att samlas kring och är ett sätt för de nyinflyttade att lära känna Ruda.

Förankring: Styrelsen har beslutat att genomföra aktiviteten.

Budget:
Hyra av bygdegården, 3 lördagar x 350 kr = 1 050 kr
Hyra av scanner och dator under tre dagar = 1 800 kr
Fika = 1 200 kr
Utskrifter till utställningen = 2 400 kr
Annonser och affischer = 650 kr
Summa: 7 100 kr

Med vänlig hälsning
Bo Sundin
"""
    subject = "Ansökan bygdepeng – Ruda då och nu"
    frm = "Bo Sundin <bo.sundin@example.net>"
    m = new_message(
        frm, subject, t, mid, to=TO_PLAIN, headers=[("User-Agent", "Roundcube Webmail/1.6.9")]
    )
    set_body(m, text)
    remember("ruda", mid=mid, t=t, subject=subject, text=text, frm=frm)
    add(
        t,
        "ruda-da-och-nu",
        finish(m, ids, "roundcube"),
        label(
            "application",
            "sv",
            "11101",
            "Looks complete: five capitalised headings, one per element. ANCHORING MISSING: 'Förankring: "
            "Styrelsen har beslutat att genomföra aktiviteten' - a decision by the applicant's own board is not "
            "local anchoring (no village meeting, survey, partner or volunteers); the README counts the heading "
            "without such content as missing. 'äldre och yngre hjälps åt' describes the activity, not backing. "
            "Association (73 members), contact line with phone = From address, concrete activity with dates and "
            "purpose, budget 1 050 + 1 800 + 1 200 + 2 400 + 650 = 7 100. RENTING the scanner and computer is "
            "not an investment. 'Högsby kommun' is the municipality; ort Ruda.",
            association_name="Ruda Byaförening",
            contact_name="Bo Sundin",
            contact_email="bo.sundin@example.net",
            contact_phone="0491-300 46",
            members=73,
            ort="Ruda",
            amount_sek=7100,
        ),
        "ruda",
    )


def hogby_followup_xlsx() -> None:
    """Two lines over the whole Outlook thread; the budget is only in an .xlsx with formulas."""
    app = APPS["hogby"]
    rt, rid, rtext, rsubj = receipt("hogby", 9, 2, ["budget"])
    t = when(9, 15, 8, 12, 44)
    mid = ids.msgid("outlook")
    new = """\
Hej! Här kommer budgeten uppställd som ni ville, se bifogad Excel-fil.
Mvh Britt-Marie Öhman
"""
    block = sv_outlook_block(OFFICER, rt, app["frm"], rsubj)
    text = new + "\n" + SEP + "\n" + block + "\n" + rtext
    html_body = (
        OUTLOOK_HEAD.format(charset="windows-1252")
        + "".join(mso_p(x) for x in new.rstrip("\n").split("\n"))
        + mso_p("")
        + outlook_quote_html(block, rtext)
        + OUTLOOK_TAIL
    )
    rows = [
        ["Kostnadspost", "Antal", "À-pris", "Summa"],
        ["Hyra bygdegården, torsdagskvällar", 20, 300, "=B2*C2"],
        ["Soppa och fika (råvaror)", 20, 180, "=B3*C3"],
        ["Föreläsare, arvode", 3, 600, "=B4*C4"],
        ["Annonser i lokaltidningen", 2, 300, "=B5*C5"],
        ["Summa Vinteröppet i Högby", None, None, "=SUM(D2:D5)"],
    ]
    xlsx = make_xlsx_formulas(
        "Budget", rows, {"D2": 6000, "D3": 3600, "D4": 1800, "D5": 600, "D6": 12000}
    )
    subject = "SV: " + rsubj
    m = new_message(
        app["frm"],
        subject,
        t,
        mid,
        headers=threaded("hogby", rid) + outlook_headers(subject, attach=True),
    )
    mixed(
        m,
        [
            text_part(text, charset="windows-1252"),
            text_part(html_body, subtype="html", charset="windows-1252"),
        ],
        [
            file_part(
                xlsx,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "Budget Vinteröppet.xlsx",
            )
        ],
    )
    add(
        t,
        "sv-sv-hogby-budget-excel",
        finish(m, ids, "outlook"),
        label(
            "followup",
            "sv",
            "01001",
            "Followup to {app:hogby} (budget missing). Subject 'SV: SV: ...'. The NEW TEXT IS TWO LINES; below "
            "it the WHOLE THREAD sits unquoted under '____' and Outlook 'Från:/Skickat:/Till:/Ämne:' blocks: the "
            "receipt and, inside it, the complete original application (which does not count). The budget is "
            "ONLY IN THE ATTACHED .xlsx: cost rows with quantity x unit price as FORMULAS (=B2*C2 ... "
            "=SUM(D2:D5)) whose cached values are 6 000 + 3 600 + 1 800 + 600 = 12 000 -> budget true, amount "
            "12000. Signed 'Mvh Britt-Marie Öhman' from her own address -> contact true (no phone in the new "
            "text). The sheet's total row names Högby -> ort. windows-1252 multipart/alternative inside "
            "multipart/mixed; RFC 2231 attachment name.",
            contact_name="Britt-Marie Öhman",
            contact_email="britt-marie.ohman@example.se",
            ort="Högby",
            amount_sek=12000,
        ),
    )


def fagerhult_unnamed() -> None:
    """'Vi i styrelsen för byalaget' - the association is never named."""
    t = when(9, 16, 19, 58, 30)
    mid = ids.msgid("gmail")
    text = """\
Hej!

Vi i styrelsen för byalaget har pratat länge om att göra något i november, när det är som mörkast. Nu har vi bestämt oss: lördag 28 november blir det "Vinterljus i Fagerhult".

Vi tänder marschaller längs hela byvägen från skolan till kyrkan, barnen i Fagerhults skola gör lyktor på slöjden som hängs upp längs vägen, och klockan 17 går vi en lyktvandring tillsammans. Efteråt blir det korv, glögg och musik på skolgården. Det är ett sätt att samla hela byn – barnfamiljer, pensionärer och de som flyttat hit – innan vintern, och att visa att Fagerhult lever.

Föräldraföreningen på skolan och Fagerhults IK hjälper till med korvförsäljning och parkering, och när vi testade en enklare lyktvandring förra året kom det runt 150 personer.

Budget:
marschaller 150 st à 25 kr = 3 750 kr
korv, bröd och glögg 1 500 kr
affischer 300 kr
hyra av ljudanläggning 800 kr
totalt 6 350 kr

Ett sextiotal hushåll är med i byalaget, så vi når de flesta.

Maria Sjöberg
sekreterare
073-418 90 26
"""
    subject = "Vinterljus i Fagerhult 28/11"
    frm = "Maria Sjöberg <maria.sjoberg@example.com>"
    m = new_message(frm, subject, t, mid)
    set_alternative(m, text, gmail_html(text))
    remember("fagerhult", mid=mid, t=t, subject=subject, text=text, frm=frm)
    add(
        t,
        "vinterljus-fagerhult",
        finish(m, ids, "gmail"),
        label(
            "application",
            "sv",
            "01111",
            "ASSOCIATION MISSING: 'Vi i styrelsen för byalaget' and 'Ett sextiotal hushåll är med i byalaget' "
            "never give the association's NAME (subject and signature do not either) -> an unnamed 'byalaget' is "
            "not enough. The member count is still stated: 'ett sextiotal hushåll är med' -> members 60. "
            "Föräldraföreningen and Fagerhults IK are partners, not the applicant. Contact: secretary signs with "
            "full name and phone from her own address. Activity concrete (torch walk 28 November, lanterns, "
            "why). Anchoring: two partners help + ~150 came to last year's trial. Budget 3 750 + 1 500 + 300 + "
            "800 = 6 350. Torches and food are consumables; the sound system is rented.",
            contact_name="Maria Sjöberg",
            contact_email="maria.sjoberg@example.com",
            contact_phone="073-418 90 26",
            members=60,
            ort="Fagerhult",
            amount_sek=6350,
        ),
        "fagerhult",
    )


def newsletter_lansstyrelsen() -> None:
    """County administrative board newsletter with List-Id (and List-Unsubscribe)."""
    t = when(9, 17, 11, 20, 0)
    mid = "<landsbygdsnytt-2026-09.4471.0@lansstyrelsen.example.se>"
    text = """\
Landsbygdsnytt från Länsstyrelsen i Kalmar län – september 2026

Hej!

Här kommer höstens första nummer av Landsbygdsnytt med nyheter om stöd och utveckling på landsbygden i Kalmar län.

I DETTA NUMMER
- Nytt stöd till lokala mötesplatser – ansök senast 30 oktober
- Region Kalmar läns bygdepeng – idéslanten: pengar kvar för hösten
- Bredband: sista etappen i norra Öland och Tjust
- Inbjudan: Landsbygdsriksdag i Kalmar 14 november

NYTT STÖD TILL LOKALA MÖTESPLATSER
Föreningar som driver bygdegårdar, Folkets hus eller andra samlingslokaler kan nu söka stöd för tillgänglighetsanpassning och energieffektivisering. Stödet täcker upp till 50 procent av kostnaden. Läs mer och ansök på vår webbplats.

BYGDEPENGEN – IDÉSLANTEN
Region Kalmar län har fortfarande pengar kvar i regional bygdepeng – idéslanten för 2026. Föreningar med minst tio medlemmar kan söka upp till 15 000 kronor per ort och år för aktiviteter som främjar den lokala utvecklingen. Skicka ansökan till landsbygdsutvecklaren i Region Kalmar län.

LANDSBYGDSRIKSDAG
Välkommen till en dag om framtidens landsbygd i Kalmar län. Anmäl dig senast 1 november.

Med vänliga hälsningar
Enheten för landsbygdsutveckling
Länsstyrelsen i Kalmar län

Du får det här nyhetsbrevet eftersom du prenumererar på Landsbygdsnytt.
Avsluta prenumerationen: https://lansstyrelsen.example.se/nyhetsbrev/avsluta?id=4471
"""
    html_text = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>'
        + "".join(
            f"<p>{html.escape(p, quote=False).replace(chr(10), '<br>')}</p>"
            for p in text.strip().split("\n\n")
        )
        + '<img src="https://lansstyrelsen.example.se/nyhetsbrev/open.gif?id=4471" width="1" height="1" alt="">'
        "</td></tr></table></body></html>\n"
    )
    m = new_message(
        "Länsstyrelsen i Kalmar län <nyhetsbrev@lansstyrelsen.example.se>",
        "Landsbygdsnytt september 2026: Nytt stöd till lokala mötesplatser",
        t,
        mid,
        to="landsbygdsutvecklare@example.se",
        headers=[
            ("List-Id", "Landsbygdsnytt <landsbygdsnytt.lansstyrelsen.example.se>"),
            ("List-Unsubscribe", "<https://lansstyrelsen.example.se/nyhetsbrev/avsluta?id=4471>"),
            ("X-Mailer", "Apsis Pro"),
        ],
    )
    set_alternative(m, text, html_text)
    add(
        t,
        "landsbygdsnytt-lansstyrelsen",
        finish(m, ids, "generic"),
        label(
            "newsletter",
            "sv",
            "00000",
            "Newsletter from the county administrative board with List-Id and List-Unsubscribe (no Precedence "
            "header). It even describes the grant rules ('minst tio medlemmar', 'upp till 15 000 kronor per ort "
            "och år') and a 50 % support - none of it is an application or a question. Tracking pixel in the "
            "HTML part. Never reply; all facts null.",
        ),
    )


def dorby_sentence() -> None:
    """Looks incomplete: budget in one sentence, anchoring as a story, association last."""
    t = when(9, 18, 22, 10, 17)
    mid = ids.msgid("generic", "example.se")
    text = """\
Hej!

Jag heter Petra Nyqvist och har fått i uppdrag att skriva till er. Det är så här att vi vill starta ett bykafé i Dörby. Det finns ingenstans att ta en kopp kaffe här längre sedan macken slutade med servering, och det märks att folk inte träffas som förr.

Kaféet ska hålla öppet i skolans matsal sex lördagar i höst, varannan lördag från 10 oktober till 19 december, kl 10–14. Det blir hembakat, en bokhylla för byten och ett hörn där barnen kan rita, och elevrådet får sälja egna kakor till sin klassresa. Tanken är att nyinflyttade och gamla Dörbybor ska träffas, och att vi ser om det går att fortsätta i egen regi nästa år.

När vi frågade på julmarknaden i fjol om folk ville ha ett kafé i byn skrev 40 personer upp sig på en lista, och tolv av dem har sagt att de kan baka eller stå i kassan.

Hyran för matsalen blir 1 500, fikat runt 900 och annonsen i tidningen 400, så vi söker 2 800 kronor.

Jo, föreningen är Dörby Samhällsförening, vi är 95 medlemmar och har funnits sedan 1968.

Petra, 070-662 13 08
"""
    m = new_message(
        "Petra Nyqvist <petra.nyqvist@example.se>",
        "bykafé",
        t,
        mid,
        to=TO_PLAIN,
    )
    set_body(m, text, cte="8bit")
    add(
        t,
        "bykafe-dorby",
        finish(m, ids, "generic"),
        label(
            "application",
            "sv",
            "11111",
            "Looks incomplete but is COMPLETE: no headings, subject just 'bykafé', utf-8 8bit. BUDGET AS ONE "
            "SENTENCE: 'Hyran för matsalen blir 1 500, fikat runt 900 och annonsen i tidningen 400, så vi söker "
            "2 800 kronor' - three cost items with amounts -> budget true, amount 2800. ANCHORING TOLD AS A "
            "STORY: 'När vi frågade på julmarknaden i fjol ... skrev 40 personer upp sig på en lista, och tolv "
            "av dem har sagt att de kan baka' = a local poll + volunteers. ASSOCIATION INTRODUCED LAST ('Jo, "
            "föreningen är Dörby Samhällsförening, vi är 95 medlemmar'). Contact: 'Jag heter Petra Nyqvist' in "
            "the first line + 'Petra, 070-...' at the end, own address -> true. Activity concrete (six Saturdays "
            "with dates and hours). No gender statement.",
            association_name="Dörby Samhällsförening",
            contact_name="Petra Nyqvist",
            contact_email="petra.nyqvist@example.se",
            contact_phone="070-662 13 08",
            members=95,
            ort="Dörby",
            amount_sek=2800,
        ),
    )


def voxtorp_docx() -> None:
    """Complete; budget only in a .docx table, which contains a purchase of loudspeakers."""
    t = when(9, 21, 9, 41, 52)
    mid = ids.msgid("apple", "example.org")
    text = """\
Hej!

Voxtorps Bygdegårdsförening (87 medlemmar) söker bygdepeng för "Voxtorp Unplugged" – akustiska konserter med musiker från trakten i bygdegården fyra fredagar i höst: 9 och 23 oktober, 6 och 20 november. Unga och gamla musiker spelar tillsammans, entrén är fri och det finns fika. I den här delen av kommunen finns ingen scen för livemusik, och ungdomarna som spelar i replokalen har aldrig haft publik. Konserterna är för alla, tjejer som killar och unga som gamla.

Idén kom från ungdomsrådet i Voxtorp, och nio band och musiker från bygden har redan lovat att spela utan gage. Voxtorps IF sköter kiosken.

Budgeten finns i bifogad Word-fil.

Hälsningar
Jonas Ek
ordförande Voxtorps Bygdegårdsförening
072-301 55 80
"""
    docx = make_docx(
        "Budget – Voxtorp Unplugged hösten 2026",
        [
            "Voxtorps Bygdegårdsförening",
            "Fyra konsertkvällar i bygdegården, oktober–november 2026.",
        ],
        [
            ("Inköp av mixerbord och två högtalare", "6 400"),
            ("Affischer och annonser", "600"),
            ("Fika till musikerna", "800"),
            ("Musikrättigheter (STIM)", "700"),
        ],
        ("Kostnad", "Belopp (kr)"),
        ("Summa", "8 500"),
        ["Mixerbordet och högtalarna blir kvar i bygdegården efter konserterna."],
        author="Jonas Ek",
    )
    m = new_message(
        "Jonas Ek <jonas.ek@example.org>",
        "Bygdepeng – Voxtorp Unplugged",
        t,
        mid,
        to=TO_PLAIN,
        headers=[("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")],
    )
    set_body(m, text)
    attach_bytes(
        m,
        docx,
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Budget Voxtorp Unplugged.docx",
    )
    add(
        t,
        "unplugged-voxtorp",
        finish(m, ids, "apple"),
        label(
            "application",
            "sv",
            "11111",
            "Complete, the BUDGET ONLY IN THE ATTACHED .docx (a Word table: 6 400 + 600 + 800 + 700 = 8 500, "
            "'Summa 8 500') -> budget true, amount 8500. The docx's first line is 'Inköp av mixerbord och två "
            "högtalare' and a note that they stay in the bygdegård -> PHYSICAL INVESTMENT true (the application is "
            "complete but breaks a rule). Association with 87 members in the first line; contact = chair with "
            "phone from own address; activity with four dates and why; anchoring: the idea came from the youth "
            "council, nine local bands play without fee, the IF runs the kiosk. 'tjejer som killar' -> true. "
            "STIM fees are not salary.",
            association_name="Voxtorps Bygdegårdsförening",
            contact_name="Jonas Ek",
            contact_email="jonas.ek@example.org",
            contact_phone="072-301 55 80",
            members=87,
            ort="Voxtorp",
            amount_sek=8500,
            women_and_men=True,
            physical_investment=True,
        ),
    )


def gardveda_question() -> None:
    """Question: may a used bouncy castle be bought? (proposes an investment)"""
    t = when(9, 22, 14, 3, 9)
    mid = ids.msgid("outlook")
    text = """\
Hej!

Vi i Gårdveda Byalag hyr en hoppborg till byfesten varje år för 2 500 kr. Nu har vi hittat en begagnad för 9 000 kr. Får vi köpa den för bygdepengen, så att den finns i byn och kan lånas ut till barnkalas och till skolan? Eller räknas det som en investering och då inte går?

Mvh
Jenny Åström
Gårdveda Byalag
070-844 31 60

Hämta Outlook för Android
"""
    m = new_message(
        "Jenny Åström <jenny.astrom@example.com>",
        "Fråga om hoppborg",
        t,
        mid,
        to=TO_PLAIN,
        headers=[("X-Mailer", "Outlook-Android/2.0")],
    )
    set_body(m, text)
    add(
        t,
        "fraga-hoppborg-gardveda",
        finish(m, ids, "outlook"),
        label(
            "question",
            "sv",
            "00000",
            "Question, not an application: may the grant BUY a used bouncy castle for 9 000 kr instead of "
            "renting one for 2 500 kr each year, or is that an investment? The question itself proposes buying "
            "equipment -> physical_investment true (salary null). 9 000 and 2 500 are prices asked about, not an "
            "amount applied for -> amount null.",
            association_name="Gårdveda Byalag",
            contact_name="Jenny Åström",
            contact_email="jenny.astrom@example.com",
            contact_phone="070-844 31 60",
            ort="Gårdveda",
            physical_investment=True,
        ),
    )


def alboke_followup_english() -> None:
    """English Outlook top-post over From:/Sent: blocks; adds anchoring, still signed 'Tom'."""
    app = APPS["alboke"]
    rt, rid, rtext, rsubj = app["receipt"]
    t = when(9, 23, 20, 15, 36)
    mid = ids.msgid("outlook")
    new = """\
Hi,

Sorry for the slow reply – I have been away. About the local anchoring: we presented Walk & Talk at the autumn meeting of Alböke Byalag on 19 September. 28 people were there, the meeting decided that the byalag co-hosts the walks, and six long-time residents signed up as walking partners. Alböke bygdegårdsförening also lets us have the hall at half price.

Best,
Tom
"""
    block = en_outlook_block(OFFICER, rt, app["frm"], rsubj)
    text = new + "\n" + SEP + "\n" + block + "\n" + rtext
    html_body = (
        OUTLOOK_HEAD.format(charset="utf-8").replace('lang="SV"', 'lang="EN-GB"')
        + "".join(mso_p(x) for x in new.rstrip("\n").split("\n"))
        + mso_p("")
        + outlook_quote_html(block, rtext)
        + OUTLOOK_TAIL
    )
    subject = "RE: " + rsubj
    m = new_message(
        app["frm"],
        subject,
        t,
        mid,
        headers=threaded("alboke", rid) + outlook_headers(subject, lang="en-GB"),
    )
    set_alternative(m, text, html_body)
    add(
        t,
        "re-alboke-anchoring",
        finish(m, ids, "outlook"),
        label(
            "followup",
            "en",
            "00010",
            "Followup to {app:alboke} (contact and anchoring missing), English Outlook 'RE: SV:' top-post over "
            "English 'From:/Sent:/To:/Subject:' blocks: the Swedish receipt and, in it, the whole original "
            "application (with its budget) - quoted, not counted. New text gives ANCHORING: the village "
            "association's autumn meeting (28 present) decided to co-host, six residents signed up, the "
            "bygdegård association gives half price. It is again signed only 'Tom' (surname only in From) -> "
            "contact still false. Alböke Byalag is a partner -> association false. '28 people' are attendance.",
            ort="Alböke",
        ),
    )


def kronoback_pdf() -> None:
    """Shared mailbox signed 'Styrelsen'; vague 'temadag'; budget in a PDF."""
    t = when(9, 24, 10, 30, 4)
    mid = ids.msgid("outlook")
    text = """\
Hej!

Kronobäcks Intresseförening söker bygdepeng för en temadag vid Kronobäcks klosterruin under hösten.

Föreningen har ett femtiotal medlemmar i byarna runt ruinen norr om Mönsterås, och vi sköter bland annat röjning och skyltning vid ruinen.

Vi planerar en temadag med medeltida inslag vid ruinen. Exakt innehåll och datum bestämmer vi senare i samråd med de andra föreningarna.

Mönsterås hembygdsförening och församlingen är med och planerar, och 25 personer har redan anmält sig som funktionärer.

Budgeten bifogas som pdf.

Hälsningar
Styrelsen
Kronobäcks Intresseförening
"""
    pdf = make_pdf(
        "Budget temadag vid Kronobäcks klosterruin 2026",
        ["Kronobäcks Intresseförening", "Preliminär kostnadsberäkning"],
        [
            ("Hyra av tält", "2 500 kr"),
            ("Arvode berättare och musiker", "3 000 kr"),
            ("Material till barnaktiviteter", "800 kr"),
            ("Annonser och affischer", "900 kr"),
            ("Fika till funktionärer", "1 000 kr"),
            ("Summa", "8 200 kr"),
        ],
        ["Sökt belopp: 8 200 kr"],
    )
    subject = "Ansökan bygdepeng – temadag vid Kronobäcks klosterruin"
    frm = "Kronobäcks Intresseförening <info.kronoback@example.se>"
    m = new_message(
        frm, subject, t, mid, to=TO_PLAIN, headers=outlook_headers(subject, attach=True)
    )
    set_body(m, text)
    attach_bytes(m, pdf, "application/pdf", "Budget temadag.pdf")
    remember("kronoback", mid=mid, t=t, subject=subject, text=text, frm=frm)
    add(
        t,
        "temadag-kronoback",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "10011",
            "Sent from the association's shared info@ mailbox and signed 'Styrelsen' -> CONTACT MISSING (no "
            "person). ACTIVITY MISSING: 'en temadag med medeltida inslag ... Exakt innehåll och datum bestämmer "
            "vi senare' is a vague plan; the PDF budget lines (tent, storyteller and musicians, children's "
            "material) do not describe what will be done or how it helps the village. Association: named, "
            "'ett femtiotal medlemmar' -> 50, what it does. Anchoring: the hembygdsförening and the parish plan "
            "with them, 25 volunteers signed up. Budget in an extractable PDF: 2 500 + 3 000 + 800 + 900 + "
            "1 000 = 8 200 = 'Sökt belopp'. Tent is rented. 'Mönsterås' is the municipality; ort Kronobäck.",
            association_name="Kronobäcks Intresseförening",
            members=50,
            ort="Kronobäck",
            amount_sek=8200,
        ),
        "kronoback",
    )


def kronoback_bounce() -> None:
    """Swedish Exchange NDR (multipart/report): the receipt to the shared mailbox, mailbox full."""
    app = APPS["kronoback"]
    rt, rid, rtext, rsubj = receipt("kronoback", 9, 25, ["contact", "activity"])
    t = when(9, 25, 7, 30, 12)
    mid = ids.msgid("outlook")
    gen = "DB9P191MB1786.EURP191.PROD.example.com"
    human = f"""\
Det gick inte att leverera meddelandet till följande mottagare:

info.kronoback@example.se
Mottagarens postlåda är full och kan inte ta emot fler meddelanden just nu. Försök skicka meddelandet igen senare eller kontakta mottagaren på något annat sätt.

Diagnostisk information för administratörer:

Genererande server: {gen}

info.kronoback@example.se
Fjärrservern returnerade '552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException.MapiExceptionShutoffQuotaExceeded'

Ursprungliga meddelandehuvuden:

From: {OFFICER}
To: {app["frm"]}
Subject: {rsubj}
Date: {corpuslib.rfcdate(rt)}
Message-ID: {rid}
In-Reply-To: {app["mid"]}
"""
    dsn = f"""\
Reporting-MTA: dns;{gen}
Received-From-MTA: dns;{gen}
Arrival-Date: {corpuslib.rfcdate(rt)}

Final-Recipient: rfc822;info.kronoback@example.se
Action: failed
Status: 5.2.2
Diagnostic-Code: smtp;552 5.2.2 mailbox full; STOREDRV.Deliver.Exception:QuotaExceededException
Remote-MTA: dns;mx.example.se
"""
    returned_headers = (
        f"From: landsbygdsutvecklare@example.se\nTo: info.kronoback@example.se\n"
        f"Subject: =?utf-8?q?SV=3A_Ans=C3=B6kan_bygdepeng_=E2=80=93_temadag_vid_Kronob=C3=A4cks_klosterruin?=\n"
        f"Date: {corpuslib.rfcdate(rt)}\nMessage-ID: {rid}\nIn-Reply-To: {app['mid']}\n"
        f"References: {app['mid']}\nContent-Type: multipart/alternative\nMIME-Version: 1.0\n"
    )
    m = report_message(
        "Microsoft Outlook <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.se>",
        "Det gick inte att leverera: " + rsubj,
        t,
        mid,
        to="Landsbygdsutvecklare Region Kalmar län <landsbygdsutvecklare@example.se>",
        headers=[
            ("In-Reply-To", rid),
            ("References", f"{app['mid']} {rid}"),
            ("Auto-Submitted", "auto-replied"),
            ("X-MS-Exchange-Message-Is-Ndr", ""),
            ("Content-Language", "sv-SE"),
        ],
        human=human,
        human_charset="utf-8",
        dsn=dsn,
        returned_headers=returned_headers,
    )
    add(
        t,
        "det-gick-inte-att-leverera-kronoback",
        finish(m, ids, "outlook"),
        label(
            "bounce",
            "sv",
            "00000",
            "SWEDISH Exchange non-delivery report ('Det gick inte att leverera: SV: ...', from 'Microsoft "
            "Outlook <MicrosoftExchange...@>') for the bot's receipt to the full shared mailbox of "
            "{app:kronoback}: multipart/report with a Swedish text part ('Mottagarens postlåda är full'), "
            "message/delivery-status (5.2.2) and text/rfc822-headers. Threaded to the receipt and the "
            "application. Not a followup; never reply. All facts null.",
        ),
    )


def alem_odt() -> None:
    """Budget only in a password-protected .odt - nothing readable is attached."""
    t = when(9, 25, 15, 44, 21)
    mid = ids.msgid("thunderbird", "example.net")
    text = """\
Hej,

Ålems Hembygdsförening söker härmed bygdepeng för tre berättarkvällar om Ålems sjöfartshistoria i höst.

Om föreningen: vi bildades 1925, har 180 medlemmar och äger hembygdsgården i Ålem, där vi har öppet hus på sommaren.

Kvällarna: torsdagarna 5, 12 och 19 november samlas vi i hembygdsgården. Gamla sjömän och skepparfamiljer från Ålem och Pataholm berättar om skutor, frakter och livet ombord, och vi spelar in samtalen så att de bevaras i föreningens arkiv och kan visas på skolan. Det är kunskap som snart försvinner, och kvällarna ger yngre Ålembor en bild av hur bygden vuxit fram.

Förankring: Ålems församling och SPF Seniorerna i Ålem står bakom kvällarna och sprider inbjudan, och på vår första berättarkväll i mars kom 62 personer. Fyra av de äldre skepparna har redan lovat att berätta.

Budgeten finns i bifogad fil.

Vänliga hälsningar
Gun Lindahl
sekreterare, Ålems Hembygdsförening
0499-200 63
"""
    subject = "Ansökan bygdepeng – berättarkvällar om sjöfarten i Ålem"
    frm = "Gun Lindahl <gun.lindahl@example.net>"
    m = new_message(
        frm,
        subject,
        t,
        mid,
        to=TO_PLAIN,
        headers=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "sv-SE")],
    )
    set_body(m, text, params={"format": "flowed"})
    attach_bytes(
        m,
        make_encrypted_odt(925),
        "application/vnd.oasis.opendocument.text",
        "budget_berattarkvallar.odt",
    )
    remember("alem", mid=mid, t=t, subject=subject, text=text, frm=frm)
    add(
        t,
        "berattarkvallar-alem",
        finish(m, ids, "thunderbird"),
        label(
            "application",
            "sv",
            "11110",
            "BUDGET MISSING: 'Budgeten finns i bifogad fil' and the attachment is an .odt saved WITH A PASSWORD "
            "(the manifest lists AES-256 encryption data and content.xml is ciphertext) - nothing readable is "
            "attached, and the body gives no amount at all -> amount null. Everything else is there: association "
            "(1925, 180 members, owns the hembygdsgård), contact (secretary with phone, own address), a concrete "
            "activity (three Thursdays in November with dates, recorded stories, why), anchoring (parish and SPF "
            "back it and spread the invitation, 62 came in March, four skippers promised). 'Pataholm' is a "
            "distractor; ort Ålem.",
            association_name="Ålems Hembygdsförening",
            contact_name="Gun Lindahl",
            contact_email="gun.lindahl@example.net",
            contact_phone="0499-200 63",
            members=180,
            ort="Ålem",
        ),
        "alem",
    )


def fagerhult_followup_quotes_own() -> None:
    """Gmail reply that quotes fragments of the applicant's own application inline ('> ')."""
    app = APPS["fagerhult"]
    rt, rid, rtext, rsubj = receipt("fagerhult", 9, 17, ["association"])
    org = orgnr("802519664")
    t = when(9, 28, 19, 5, 50)
    mid = ids.msgid("gmail")
    new = f"""\
Hej igen!

Ni skriver att uppgifter om föreningen saknas. Jag trodde det framgick, vi skrev ju

> Vi i styrelsen för byalaget har pratat länge om att göra något i november

men det är klart, namnet stod inte med. Föreningen heter Fagerhults Byalag. Den bildades 1979, är ideell och har 64 medlemmar (räknat i hushåll), org.nr {org}. Vi ordnar valborgsbrasan och sköter badplatsen vid sjön.

Budgeten står kvar som förut:

> marschaller 150 st à 25 kr = 3 750 kr
> korv, bröd och glögg 1 500 kr

osv.

/Maria
"""
    attr = sv_gmail_header(rt, OFFICER)
    text = new + "\n" + attr + "\n\n" + quote(rtext)
    m = new_message(
        app["frm"],
        "Re: " + rsubj,
        t,
        mid,
        headers=threaded("fagerhult", rid),
    )
    set_alternative(m, text, gmail_html(new, gmail_quote_html(attr, rtext)))
    add(
        t,
        "re-fagerhult-foreningen",
        finish(m, ids, "gmail"),
        label(
            "followup",
            "sv",
            "10000",
            "Followup to {app:fagerhult} (association missing), Gmail. The new text QUOTES FRAGMENTS OF THE "
            "APPLICANT'S OWN APPLICATION with '> ' in the middle of the reply ('> Vi i styrelsen för byalaget "
            "...', two '> ' budget lines) - quoted text never counts, so budget stays false although budget "
            "lines appear. New: the association's name, founding year, 64 member households, org.nr and what "
            "it does -> association true, members 64. Signed only '/Maria' (surname only in From) -> contact "
            "false. The receipt with the original application is quoted below the Gmail attribution.",
            association_name="Fagerhults Byalag",
            org_number=org,
            members=64,
            ort="Fagerhult",
        ),
    )


def hulterstad_mixed() -> None:
    """Mixed Swedish/English; anchoring only a hope; Apple Mail 8bit."""
    t = when(9, 29, 11, 37, 40)
    mid = ids.msgid("apple", "example.com")
    text = """\
Hej!

Jag heter Anke Vogel och skriver för Hulterstad Konstrunda – sorry, min svenska är inte perfekt, so I mix in some English.

Vi är ett nätverk av konstnärer och hantverkare i Hulterstad socken, registrerat som ideell förening sedan 2023, med 14 medlemmar: keramiker, vävare, en smed och två målare.

Vad vi vill göra: "Adventsrundan" lördag och söndag 28–29 november. Nio ateljéer har öppet kl 11–16 båda dagarna, med en tryckt karta så att besökarna kan köra eller cykla från ateljé till ateljé, och i gamla skolan blir det kaffe och en liten julmarknad. In November the south of Öland is very quiet – rundan ger besökare under lågsäsongen, ger hantverkarna en inkomst och låter nya och gamla Hulterstadbor träffas.

We hope the whole village will come, I think people will love it! Det behövs verkligen något här på hösten.

Budget:
Tryck av karta och affischer 2 200 kr
Annonser i lokaltidningarna 1 800 kr
Hyra av vägskyltar 600 kr
Kaffe och kakor 700 kr
Summa 5 300 kr

Kontakt: Anke Vogel, 076-842 19 03, anke.vogel@example.com

Vielen Dank / tack så mycket!
Anke
"""
    m = new_message(
        "Anke Vogel <anke.vogel@example.com>",
        "Ansökan – Adventsrundan i Hulterstad",
        t,
        mid,
        to=TO_PLAIN,
        headers=[("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")],
    )
    set_body(m, text, cte="8bit")
    add(
        t,
        "adventsrundan-hulterstad",
        finish(m, ids, "apple"),
        label(
            "application",
            "sv",
            "11101",
            "MIXED Swedish/English (mostly Swedish, English sentences and a German thank-you) -> language sv. "
            "ANCHORING MISSING: 'We hope the whole village will come, I think people will love it!' is a hope and "
            "'Det behövs verkligen något här på hösten' a need; the nine studios are the applicant's own "
            "members, not local backing. Association: registered non-profit since 2023, 14 members, what they "
            "are. Contact line = From address with phone. Activity concrete (open studios 28-29 Nov, map, coffee "
            "and market in the old school, why). Budget 2 200 + 1 800 + 600 + 700 = 5 300. Road signs are "
            "rented. No gender statement.",
            association_name="Hulterstad Konstrunda",
            contact_name="Anke Vogel",
            contact_email="anke.vogel@example.com",
            contact_phone="076-842 19 03",
            members=14,
            ort="Hulterstad",
            amount_sek=5300,
        ),
    )


def stenasa_html() -> None:
    """HTML-only, nested tables; shared mailbox, 'Styrelsen'; bare total."""
    t = when(10, 1, 9, 2, 33)
    mid = ids.msgid("generic", "example.se")
    st = 'style="font-family:Arial,Helvetica,sans-serif;font-size:14px"'
    html_text = f"""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title></title></head>
<body>
<table border="0" cellpadding="0" cellspacing="0" width="100%"><tbody><tr><td>
<table border="0" cellpadding="6" cellspacing="0" width="600"><tbody>
<tr><td colspan="2" {st}><font size="4"><b>Ansökan om bygdepeng – "Sjung i Stenåsa"</b></font></td></tr>
<tr><td valign="top" width="120" {st}><b>Sökande:</b></td><td {st}>Stenåsa Bygdegårdsförening<br>ideell förening, 76 medlemmar<br>driver bygdegården i Stenåsa sedan 1952</td></tr>
<tr><td valign="top" {st}><b>Aktivitet:</b></td><td {st}>
<table border="0" cellpadding="0" cellspacing="0"><tbody>
<tr><td {st}>Öppen sång varje onsdag kl 19 från 7 oktober till 9 december i bygdegården,<br>ledd av en körledare från Mörbylånga.</td></tr>
<tr><td {st}>Alla får vara med, oavsett om man sjungit förut eller inte.<br>Vi avslutar med en luciakonsert i Stenåsa kyrka söndag 13 december.</td></tr>
<tr><td {st}>Det blir en mötesplats mitt i veckan för dem som bor här året runt,<br>och en chans för de nyinflyttade att lära känna folk.</td></tr>
</tbody></table>
</td></tr>
<tr><td valign="top" {st}><b>Samarbete:</b></td><td {st}>Stenåsa församling upplåter kyrkan till luciakonserten,<br>Stenåsa hembygdsförening bjuder på glögg efteråt,<br>och 31 personer har redan skrivit upp sig på listan på anslagstavlan vid bygdegården.</td></tr>
<tr><td valign="top" {st}><b>Kostnad:</b></td><td {st}>Vi söker 14 000 kronor för hela projektet.</td></tr>
<tr><td valign="top" {st}><b>Kontakt:</b></td><td {st}>bygdegårdens mejl ovan</td></tr>
</tbody></table>
<br>
<div {st}>Med vänliga hälsningar<br>Styrelsen<br>Stenåsa Bygdegårdsförening</div>
</td></tr></tbody></table>
</body></html>
"""
    subject = "Ansökan om bygdepeng – Sjung i Stenåsa"
    frm = "Stenåsa Bygdegårdsförening <stenasa.bygdegard@example.se>"
    m = new_message(frm, subject, t, mid, to=TO_PLAIN, headers=[("X-Mailer", "Telia Webmail")])
    set_body(m, html_text, subtype="html")
    remember("stenasa", mid=mid, t=t, subject=subject, text="", frm=frm)
    add(
        t,
        "sjung-i-stenasa",
        finish(m, ids, "generic"),
        label(
            "application",
            "sv",
            "10110",
            "HTML-ONLY webmail with a NESTED table (the activity is a table inside a cell) and <br> line breaks. "
            "CONTACT MISSING: 'Kontakt: bygdegårdens mejl ovan' is the shared mailbox and the mail is signed "
            "'Styrelsen' -> no person. BUDGET MISSING: 'Vi söker 14 000 kronor för hela projektet' is a bare "
            "total -> amount 14000. Association: named, 76 members, runs the bygdegård since 1952. Activity "
            "concrete (weekly open singing 7 Oct-9 Dec, Lucia concert 13 Dec, why). Anchoring under "
            "'Samarbete': parish, hembygdsförening, 31 sign-ups. 'Alla får vara med' is not a gender statement. "
            "The choir leader from Mörbylånga is a distractor; ort Stenåsa.",
            association_name="Stenåsa Bygdegårdsförening",
            members=76,
            ort="Stenåsa",
            amount_sek=14000,
        ),
        "stenasa",
    )


def stenasa_autoack() -> None:
    """Auto-Submitted: auto-replied, but a normal reply subject and a friendly acknowledgement."""
    rt, rid, _, rsubj = receipt("stenasa", 10, 2, ["contact", "budget"])
    t = when(10, 2, 7, 30, 30)
    mid = ids.msgid("generic", "example.se")
    text = """\
Tack för ditt mejl till Stenåsa Bygdegårdsförening!

Vi läser föreningens mejl ungefär en gång i veckan och återkommer så snart vi kan. Vill du boka bygdegården, ring bokningstelefonen 0485-421 60 (vardagar 17–19).

Vänliga hälsningar
Stenåsa Bygdegårdsförening
"""
    m = new_message(
        "Stenåsa Bygdegårdsförening <stenasa.bygdegard@example.se>",
        "Re: " + rsubj,
        t,
        mid,
        to=OFFICER,
        headers=threaded("stenasa", rid)
        + [("Auto-Submitted", "auto-replied"), ("X-Mailer", "Telia Webmail")],
    )
    set_body(m, text)
    add(
        t,
        "re-stenasa-tack-for-ditt-mejl",
        finish(m, ids, "generic"),
        label(
            "autoreply",
            "sv",
            "00000",
            "Automatic acknowledgement from the shared mailbox of {app:stenasa}, 30 seconds after the receipt. "
            "The SUBJECT LOOKS LIKE A NORMAL REPLY ('Re: SV: Ansökan om bygdepeng - ...') and the text is a "
            "friendly 'Tack för ditt mejl ... återkommer så snart vi kan' without any absence wording; the "
            "header Auto-Submitted: auto-replied and the timing show it is automatic. Supplies nothing; never "
            "reply. All facts null.",
        ),
    )


def sodra_mockleby_base64() -> None:
    """Unnamed group, need instead of anchoring, rough figure; utf-8 base64 from Android."""
    t = when(10, 2, 21, 48, 14)
    mid = ids.msgid("gmail")
    text = """\
Hej

Vi är några i byn som vill ordna en Möckleby-dag lördag 14 november. Vi går en vandring ut på alvaret med en guide som kan alvarets växter och fåglar, sedan blir det soppa och loppis i församlingshemmet i Södra Möckleby. Barnen får måla stenar och leta fossil. Det ska vara ett sätt för nyinflyttade och gamla Möcklebybor att lära känna varandra och bygden.

Det behövs verkligen, det händer nästan ingenting här på vintern.

Vi tänkte söka runt 6 000 kr.

Lennart Grip
070-531 77 92

Skickat från min Android-telefon
"""
    subject = "Möckleby-dagen"
    frm = "Lennart Grip <lennart.grip@example.se>"
    m = new_message(frm, subject, t, mid)
    set_body(m, text, cte="base64")
    remember("mockleby", mid=mid, t=t, subject=subject, text=text, frm=frm)
    add(
        t,
        "mockleby-dagen",
        finish(m, ids, "gmail"),
        label(
            "application",
            "sv",
            "01100",
            "utf-8 BASE64 plain text from an Android phone, one-word subject. ASSOCIATION MISSING: 'Vi är några "
            "i byn' is an unnamed group. Contact: full name + phone, own address. Activity concrete (alvar walk "
            "with a guide, soup and flea market in the parish hall, children's activities, 14 November, why). "
            "ANCHORING MISSING: 'Det behövs verkligen, det händer nästan ingenting här på vintern' is a described "
            "need; the guide is hired help, not a partner group. BUDGET MISSING: 'Vi tänkte söka runt 6 000 kr' "
            "-> amount 6000 (a single rough figure).",
            contact_name="Lennart Grip",
            contact_email="lennart.grip@example.se",
            contact_phone="070-531 77 92",
            ort="Södra Möckleby",
            amount_sek=6000,
        ),
        "mockleby",
    )


def alsterbro_alternative() -> None:
    """Complete; text and HTML parts differ slightly; the org.nr is only in the HTML signature."""
    org = orgnr("802466120")
    t = when(10, 5, 8, 55, 27)
    mid = ids.msgid("outlook")
    text = """\
Hej!

Alsterbro Samhällsförening söker bygdepeng för "Höstlovsäventyr vid Alsterån" 27–29 oktober.

Under tre dagar på höstlovet får barn och unga 9–15 år i Alsterbro paddla kanot på Alsterån (vi hyr kanoter och flytvästar), lära sig fiska tillsammans med Alsterbro Fiskevårdsförening och laga mat över öppen eld. Det finns ingen fritidsgård i Alsterbro och bussen till Nybro går sällan, så på loven finns det nästan inget att göra för ungdomarna här. Dagarna är för tjejer och killar.

Fiskevårdsföreningen ställer upp med fem ledare, skolan har skickat ut inbjudan och 32 barn har redan anmält sig.

Budget:
Hyra av kanoter och flytvästar 3 000 kr
Guide/instruktör, arvode 2 500 kr
Mat och mellanmål 1 800 kr
Busstransport till isättningsplatsen 1 200 kr
Summa 8 500 kr

Föreningen har 130 medlemmar och finns för alla som bor i Alsterbro med omnejd.

Med vänlig hälsning
Henrik Sandberg
Ordförande, Alsterbro Samhällsförening
070-219 84 33
"""
    intro, _, rest = text.partition("Budget:\n")
    after = rest.split("Summa 8 500 kr\n", 1)[1]
    before_sig = after.split("Med vänlig hälsning", 1)[0]
    html_body = (
        OUTLOOK_HEAD.format(charset="utf-8")
        + "".join(
            mso_p(x)
            for x in intro.replace("Mat och mellanmål", "Mat, mellanmål och fika")
            .rstrip("\n")
            .split("\n")
        )
        + mso_p("")
        + mso_p("Budget", bold=True)
        + mso_table(
            [
                ("Hyra av kanoter och flytvästar", "3 000 kr"),
                ("Guide/instruktör, arvode", "2 500 kr"),
                ("Mat, mellanmål och fika", "1 800 kr"),
                ("Busstransport till isättningsplatsen", "1 200 kr"),
            ],
            total=("Summa", "8 500 kr"),
        )
        + "".join(mso_p(x) for x in before_sig.rstrip("\n").split("\n"))
        + mso_p("Program för dagarna skickar vi gärna om ni vill.")
        + mso_p("")
        + mso_p("Med vänlig hälsning")
        + '<table border="0" cellpadding="0" cellspacing="0"><tr>'
        '<td valign="top" style="padding-right:12px"><img width="64" height="64" src="cid:logo001" alt="Alsterbro Samhällsförening"></td>'
        '<td valign="top"><p class="MsoNormal"><b>Henrik Sandberg</b><br>Ordförande, Alsterbro Samhällsförening<br>'
        f"070-219 84 33<br>Org.nr {org}</p></td></tr></table>\n" + OUTLOOK_TAIL
    )
    subject = "Ansökan bygdepeng: Höstlovsäventyr vid Alsterån"
    m = new_message(
        "Henrik Sandberg <henrik.sandberg@example.com>",
        subject,
        t,
        mid,
        headers=outlook_headers(subject),
    )
    set_alternative(m, text, html_body)
    add(
        t,
        "hostlovsaventyr-alsterbro",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "11111",
            "Complete. multipart/alternative whose TEXT AND HTML PARTS DIFFER SLIGHTLY: the HTML has the budget "
            "as a Word table, 'Mat, mellanmål och fika' instead of 'Mat och mellanmål', an extra line offering a "
            "programme, and a signature table (logo + phone + ORG.NR) - the org number appears ONLY in the HTML "
            "part, and it is still the mail's own text -> org_number recorded. Amounts are the same in both: "
            "3 000 + 2 500 + 1 800 + 1 200 = 8 500. Association introduced near the end (130 members). "
            "Anchoring: the fishing-water association provides five leaders, the school invited, 32 children "
            "signed up (not members). Canoes and life vests are RENTED; the guide's fee is not salary. 'tjejer "
            "och killar' -> true. 'Nybro' is a distractor.",
            association_name="Alsterbro Samhällsförening",
            org_number=org,
            contact_name="Henrik Sandberg",
            contact_email="henrik.sandberg@example.com",
            contact_phone="070-219 84 33",
            members=130,
            ort="Alsterbro",
            amount_sek=8500,
            women_and_men=True,
        ),
    )


def ruda_followup_pdf() -> None:
    """Apple Mail reply; anchoring only in an attached PDF protocol of a village meeting."""
    app = APPS["ruda"]
    rt, rid, rtext, rsubj = receipt("ruda", 9, 15, ["anchoring"])
    t = when(10, 5, 17, 10, 8)
    mid = ids.msgid("apple", "example.net")
    new = """\
Hej,

Vi hade ett extra byamöte i bygdegården i lördags för att förankra "Ruda då och nu". Protokollet bifogas.

Bo Sundin
Ruda Byaförening
"""
    attr = sv_apple_header(rt, OFFICER)
    text = new + "\n" + attr + "\n\n" + quote(rtext)
    pdf = make_pdf(
        "Protokoll extra byamöte",
        [
            "Ruda Byaförening – extra byamöte i Ruda bygdegård lördag 3 oktober 2026",
            "Närvarande: 31 personer boende i Ruda med omnejd.",
            "",
            "§ 1 Mötets öppnande. Ordföranden hälsade välkommen.",
            "§ 2 Val av justerare: Ingrid Holm och Per-Olof Dahl.",
            "§ 3 Ruda då och nu. Styrelsen presenterade idén om att samla in, scanna och",
            "ställa ut gamla fotografier från bygden. Mötet ställde sig enhälligt bakom förslaget.",
            "§ 4 Ruda Hembygdsförening erbjöd sig att ta hand om det digitala byarkivet efteråt.",
            "§ 5 Åtta personer anmälde sig som värdar vid scanningslördagarna.",
            "§ 6 Mötets avslutande.",
        ],
        [],
        ["Vid protokollet: Bo Sundin     Justeras: Ingrid Holm, Per-Olof Dahl"],
    )
    m = new_message(
        app["frm"],
        "Re: " + rsubj,
        t,
        mid,
        to=OFFICER,
        headers=threaded("ruda", rid) + [("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")],
    )
    set_body(m, text)
    attach_bytes(m, pdf, "application/pdf", "Protokoll extra byamöte 2026-10-03.pdf")
    add(
        t,
        "re-ruda-protokoll",
        finish(m, ids, "apple"),
        label(
            "followup",
            "sv",
            "01010",
            "Followup to {app:ruda} (anchoring missing), Apple Mail with the receipt (and the original "
            "application inside it) quoted under '15 sep. 2026 kl. 07:30 skrev ...:'. The new text only says a "
            "meeting was held and the minutes are attached; the ANCHORING IS IN THE ATTACHED PDF: an extra "
            "village meeting on 3 October with 31 residents backed the idea unanimously, the hembygdsförening "
            "takes the archive, eight volunteers -> anchoring true. Signed 'Bo Sundin' from his own address -> "
            "contact true (no phone in the new text). 'Ruda Byaförening' only as a signature line -> association "
            "false. '31 personer' is attendance.",
            contact_name="Bo Sundin",
            contact_email="bo.sundin@example.net",
            ort="Ruda",
        ),
    )


def maleras_vague() -> None:
    """Start of a three-round thread: vague activity, empty anchoring, budget later; iso-8859-1 8bit."""
    t = when(10, 6, 20, 20, 45)
    mid = ids.msgid("thunderbird", "example.net")
    text = """\
Hej!

Målerås Byalag vill söka bygdepengen för 2026. Byalaget bildades 1986 och har 210 medlemmar, nästan alla hushåll i Målerås med omnejd. Vi sköter badplatsen, ordnar midsommar och har hand om byns anslagstavlor.

Vi vill göra något för att fler ska trivas i Målerås och för att byn ska leva vidare nu när glasbruket inte längre är den stora arbetsgivaren.

Förankringen i byn är god.

Budget kommer när vi bestämt oss för vad det blir.

Med vänlig hälsning
Ingvar Petersson
kassör Målerås Byalag
0481-310 57
"""
    subject = "Bygdepeng Målerås"
    frm = "Ingvar Petersson <ingvar.petersson@example.net>"
    m = new_message(
        frm,
        subject,
        t,
        mid,
        to=TO_PLAIN,
        subject_charset="iso-8859-1",
        headers=[
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; rv:102.0) Gecko/20100101 Thunderbird/102.15.1",
            )
        ],
    )
    set_body(m, text, charset="iso-8859-1", cte="8bit")
    remember("maleras", mid=mid, t=t, subject=subject, text=text, frm=frm)
    add(
        t,
        "bygdepeng-maleras",
        finish(m, ids, "thunderbird"),
        label(
            "application",
            "sv",
            "11000",
            "iso-8859-1 8BIT body. Start of a three-round thread (followups {fu:maleras2} and {fu:maleras3}). "
            "Association: 1986, 210 members, what it does -> true. Contact: treasurer with phone from own "
            "address. ACTIVITY MISSING: 'Vi vill göra något för att fler ska trivas i Målerås' is a vague wish. "
            "ANCHORING MISSING: 'Förankringen i byn är god' - the word without content. BUDGET MISSING: 'Budget "
            "kommer när vi bestämt oss' and no amount -> amount null. The glassworks is background.",
            association_name="Målerås Byalag",
            contact_name="Ingvar Petersson",
            contact_email="ingvar.petersson@example.net",
            contact_phone="0481-310 57",
            members=210,
            ort="Målerås",
        ),
        "maleras",
    )


def doderhult_english() -> None:
    """English, complete, over the cap (16,500 SEK)."""
    org = orgnr("802528473")
    t = when(10, 8, 12, 12, 55)
    mid = ids.msgid("roundcube", "example.org")
    text = f"""\
Dear Sir or Madam,

Döderhult Multicultural Association (Döderhults mångkulturella förening) would like to apply for the regional village grant, idéslanten.

About us: we are a non-profit association founded in 2021 by families who have moved to Döderhult from 14 countries, together with Swedes who were born here. We have 46 members. Organisation number {org}.

The activity: "Food & Friendship Nights" – three Saturday dinners (17 October, 14 November and 12 December) in Döderhult parish hall, where new and long-time residents cook a meal together from one country each time and then eat together. A cooking instructor leads each evening. Everyone is welcome, women and men, and children are looked after by volunteers. The nights help newcomers get to know the village and its associations, and help long-time residents meet their new neighbours.

Local support: Döderhult parish lets us use the hall, Döderhults hembygdsförening and the local Red Cross group co-host the evenings, and 35 people signed up for the series at our trial dinner in August.

Budget:
Ingredients, 3 dinners x 3,000 SEK = 9,000 SEK
Cleaning fee for the hall, 3 x 500 SEK = 1,500 SEK
Cooking instructor fee, 3 x 1,500 SEK = 4,500 SEK
Flyers in five languages = 1,500 SEK
Total = 16,500 SEK

We apply for 16,500 SEK.

Kind regards,
Priya Raman
Chairperson, Döderhult Multicultural Association
+46 73 520 18 44
priya.raman@example.org
"""
    m = new_message(
        "Priya Raman <priya.raman@example.org>",
        "Grant application – Food & Friendship Nights, Döderhult",
        t,
        mid,
        to=TO_PLAIN,
        headers=[("User-Agent", "Roundcube Webmail/1.6.9")],
    )
    set_body(m, text)
    add(
        t,
        "food-and-friendship-doderhult",
        finish(m, ids, "roundcube"),
        label(
            "application",
            "en",
            "11111",
            "Complete English application (headed paragraphs 'About us / The activity / Local support / "
            "Budget'). Association with Swedish name in brackets, founded 2021, 46 members, org no. Contact: "
            "chairperson with +46 phone and the same e-mail as From. Anchoring: parish lends the hall, two local "
            "groups co-host, 35 sign-ups at a trial dinner (not members). Budget with English separators: 9,000 "
            "+ 1,500 + 4,500 + 1,500 = 16,500 -> amount 16500, OVER THE 15 000 CAP (the rule check shows it, "
            "the elements are still all present). Cooking instructor's fee is not salary. 'women and men' -> "
            "true.",
            association_name="Döderhult Multicultural Association",
            org_number=org,
            contact_name="Priya Raman",
            contact_email="priya.raman@example.org",
            contact_phone="+46 73 520 18 44",
            members=46,
            ort="Döderhult",
            amount_sek=16500,
            women_and_men=True,
        ),
    )


def gullabo_txt() -> None:
    """Complete; budget in a windows-1252 .txt attachment; for women only."""
    t = when(10, 9, 15, 30, 2)
    mid = ids.msgid("outlook")
    text = """\
Hej,

Gullabo Kvinnoförening söker bygdepeng för "Trygg och stark" – en kurs i självförsvar och samtal om hälsa för traktens kvinnor.

Vi är en ideell förening med 38 medlemmar som funnits i Gullabo sedan 1958. Vi ordnar sykvällar, studiecirklar och julbasaren i bygdegården.

Kursen går fyra tisdagar i november (3, 10, 17 och 24) i skolans gymnastiksal. En instruktör från en kampsportsklubb i Kalmar lär ut grunderna i självförsvar, och varje kväll avslutas med ett samtal om hälsa och trygghet med distriktssköterskan. Många kvinnor här bor ensamma på gårdarna och kör långt i mörker, och vi vill att de ska känna sig tryggare och få träffa varandra.

Gullabo Sockenråd står bakom kursen, Gullabo IF lånar ut mattor, och 22 kvinnor har redan skrivit upp sig på listan i affären.

Budgeten bifogas som textfil.

Margareta Holm
ordförande
0486-500 38, margareta.holm@example.se
"""
    budget = """\
BUDGET "Trygg och stark" – Gullabo Kvinnoförening, hösten 2026

Instruktör självförsvar, 4 kvällar à 1 200 kr      4 800 kr
Hyra gymnastiksal, 4 kvällar à 250 kr              1 000 kr
Fika                                                  800 kr
Annons i lokaltidningen                               400 kr
-----------------------------------------------------------
SUMMA                                               7 000 kr
""".replace("\n", "\r\n").encode("cp1252")
    subject = "Bygdepeng – Trygg och stark, Gullabo"
    m = new_message(
        "Margareta Holm <margareta.holm@example.se>",
        subject,
        t,
        mid,
        headers=outlook_headers(subject, attach=True),
    )
    mixed(
        m,
        [text_part(text), text_part(outlook_html_from_text(text, "utf-8"), subtype="html")],
        [text_file_part(budget, "windows-1252", "budget.txt")],
    )
    add(
        t,
        "trygg-och-stark-gullabo",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "11111",
            "Complete; the BUDGET IS ONLY IN A .txt ATTACHMENT in windows-1252 (CRLF lines, base64): 4 800 + "
            "1 000 + 800 + 400 = 7 000 'SUMMA' -> budget true, amount 7000. 'för traktens kvinnor' and 'Många "
            "kvinnor här ...' -> ONE GENDER, women_and_men false (complete but breaks a rule). Association 1958, "
            "38 members. Contact: chair with phone and the From e-mail. Anchoring: the sockenråd backs it, the "
            "IF lends mats, 22 sign-ups. The self-defence instructor's fee is a course leader's fee, not salary. "
            "'Kalmar' is a distractor; ort Gullabo.",
            association_name="Gullabo Kvinnoförening",
            contact_name="Margareta Holm",
            contact_email="margareta.holm@example.se",
            contact_phone="0486-500 38",
            members=38,
            ort="Gullabo",
            amount_sek=7000,
            women_and_men=False,
        ),
    )


def vanevik_question() -> None:
    """Question from a reading circle with eight members."""
    t = when(10, 10, 10, 0, 31)
    mid = ids.msgid("apple", "example.se")
    text = """\
Hej!

Vi är en liten läsecirkel i Vånevik, Våneviks Läsecirkel, och vi är åtta medlemmar. Vi skulle vilja bjuda in en författare till byastugan i vår.

Får vi söka bygdepeng fast vi är färre än tio? Eller kan vi söka tillsammans med samfällighetsföreningen, som har många fler medlemmar?

Vänliga hälsningar
Siv Nordström
0491-620 44

Skickat från min iPad
"""
    m = new_message(
        "Siv Nordström <siv.nordstrom@example.se>",
        "Fråga – vi är bara åtta",
        t,
        mid,
        to=TO_PLAIN,
        headers=[("X-Mailer", "iPad Mail (22A3354)")],
    )
    set_body(m, text)
    add(
        t,
        "fraga-atta-medlemmar-vanevik",
        finish(m, ids, "apple"),
        label(
            "question",
            "sv",
            "00000",
            "Question: a reading circle with EIGHT members asks whether it may apply although it is below ten, "
            "or together with the road association. The author visit is only an idea, no amount -> amount null; "
            "members 8 ('vi är åtta medlemmar'). Contact: signer with phone from own address.",
            association_name="Våneviks Läsecirkel",
            contact_name="Siv Nordström",
            contact_email="siv.nordstrom@example.se",
            contact_phone="0491-620 44",
            members=8,
            ort="Vånevik",
        ),
    )


def nashult_need() -> None:
    """Need instead of anchoring, bare rough total; QP soft breaks in words and amounts."""
    t = when(10, 12, 19, 19, 19)
    mid = ids.msgid("generic", "example.com")
    text = """\
Hej!

Näshults Byalag har 57 medlemmar och har funnits sedan 1991. Vi håller i Näshults gamla skola, som i dag är bygdens samlings¦lokal.

I höst vill vi ordna "Höstkvällar i skolan": fem tisdagar (3 november–1 december) med föredrag och soppa. Ämnena är bygdens historia, svampkunskap, vedeldning och brandskydd, att spara energi i gamla hus, och en kväll om Näshults utvand¦rare till Amerika. Kvällarna ger oss som bor här en anledning att träffas mitt i veckan, och de nyinflyttade får lära sig om bygden och hitta vänner.

Det finns ett stort behov. Sedan affären stängde har vi ingen naturlig mötesplats, och många äldre sitter ensamma. Vi tror att många kommer att uppskatta kvällarna.

Totalt räknar vi med att det kostar omkring 9 0¦00 kronor.

Med vänliga hälsningar
Ronny Fran¦sson
ordförande Näshults Byalag
tel 0492-410 85
"""
    subject = "Höstkvällar i Näshults skola"
    frm = "Ronny Fransson <ronny.fransson@example.com>"
    m = new_message(frm, subject, t, mid, to=TO_PLAIN)
    set_raw_qp(m, text)
    m["MIME-Version"] = "1.0"
    remember("nashult", mid=mid, t=t, subject=subject, text=text.replace("\u00a6", ""), frm=frm)
    add(
        t,
        "hostkvallar-nashult",
        finish(m, ids, "generic"),
        label(
            "application",
            "sv",
            "11100",
            "Hand-made QUOTED-PRINTABLE with soft breaks inside words ('samlings=' / 'lokal', 'utvand=' / "
            "'rare', 'Fran=' / 'sson' in the signature) and inside the amount ('9 0=' / '00 kronor'). "
            "Association (1991, 57 members), contact (chair, phone, own address), concrete activity (five "
            "Tuesdays with topics, why). ANCHORING MISSING: 'Det finns ett stort behov ... Vi tror att många "
            "kommer att uppskatta kvällarna' = need + hope. BUDGET MISSING: 'Totalt räknar vi med att det kostar "
            "omkring 9 000 kronor' is a bare total -> amount 9000.",
            association_name="Näshults Byalag",
            contact_name="Ronny Fransson",
            contact_email="ronny.fransson@example.com",
            contact_phone="0492-410 85",
            members=57,
            ort="Näshult",
            amount_sek=9000,
        ),
        "nashult",
    )


def alem_followup_doc() -> None:
    """Thunderbird reply: the budget again, now as an old .doc that is damaged - nothing readable."""
    app = APPS["alem"]
    rt, rid, rtext, rsubj = receipt("alem", 9, 26, ["budget"])
    t = when(10, 12, 21, 40, 3)
    mid = ids.msgid("thunderbird", "example.net")
    new = """\
Hej!

Ni kunde visst inte öppna budgetfilen. Jag sparade den i Word-format i stället, den bifogas här.

Hälsningar
Gun Lindahl
"""
    text = new + "\n" + sv_thunderbird_header(rt, OFFICER) + "\n" + quote(rtext)
    m = new_message(
        app["frm"],
        "Re: " + rsubj,
        t,
        mid,
        to=OFFICER,
        headers=threaded("alem", rid)
        + [("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "sv-SE")],
    )
    set_body(m, text, params={"format": "flowed"})
    attach_bytes(m, make_broken_doc(), "application/msword", "budget berättarkvällar.doc")
    add(
        t,
        "re-alem-budget-doc",
        finish(m, ids, "thunderbird"),
        label(
            "followup",
            "sv",
            "01000",
            "Followup to {app:alem} (budget missing: the .odt was password-protected). The new text says the "
            "budget is attached 'i Word-format' - the attachment is an OLD .doc (application/msword, RFC 2231 "
            "name) that is DAMAGED: only the OLE2 header, one FAT sector and a directory with the Root Entry, no "
            "WordDocument stream, so no text can be read by anyone -> budget still false, amount null. Signed "
            "'Gun Lindahl' from her own address -> contact true. Thunderbird 'Den 2026-09-26 kl. 07:30, skrev "
            "...:' quote with the receipt and the original application.",
            contact_name="Gun Lindahl",
            contact_email="gun.lindahl@example.net",
        ),
    )


def maleras_followup_budget() -> None:
    """Round 2 ('Re: SV:'): only a budget; the rest is promised by a board member on Cc."""
    app = APPS["maleras"]
    rt, rid, rtext, rsubj = receipt("maleras", 10, 7, ["activity", "anchoring", "budget"])
    t = when(10, 13, 8, 5, 14)
    mid = ids.msgid("thunderbird", "example.net")
    new = """\
Hej,

Här kommer en budget så länge:

Hyra av Folkets hus, 4 kvällar à 500 kr    2 000 kr
Arvoden till föreläsare och musiker         4 000 kr
Fika                                        1 600 kr
Annonser                                      900 kr
Summa                                       8 500 kr

Aktiviteten och förankringen återkommer Anna-Karin Wallin om, hon håller i programmet. Jag sätter henne på kopia.

Ingvar Petersson
"""
    attr = f"Landsbygdsutvecklare Region Kalmar län skrev {rt:%Y-%m-%d %H:%M}:"
    text = new + "\n" + attr + "\n" + quote(rtext)
    subject = "Re: " + rsubj
    m = new_message(
        app["frm"],
        subject,
        t,
        mid,
        to=OFFICER,
        subject_charset="windows-1252",
        headers=threaded("maleras", rid)
        + [
            ("Cc", "Anna-Karin Wallin <annakarin.wallin@example.se>"),
            (
                "User-Agent",
                "Mozilla/5.0 (Windows NT 10.0; rv:102.0) Gecko/20100101 Thunderbird/102.15.1",
            ),
        ],
    )
    set_body(m, text, charset="windows-1252", cte="8bit")
    APPS["maleras"]["fu2"] = dict(mid=mid, t=t, subject=subject, text=text, rid=rid)
    add(
        t,
        "re-sv-maleras-budget",
        finish(m, ids, "thunderbird"),
        label(
            "followup",
            "sv",
            "01001",
            "Followup (round 2 of the thread) to {app:maleras}, 'Re: SV:', windows-1252 8bit (the quoted receipt has en dashes). New text: ONLY A "
            "BUDGET (2 000 + 4 000 + 1 600 + 900 = 8 500) -> budget true, amount 8500. Activity and anchoring are "
            "explicitly left to a board member put on Cc -> false. Signed with full name from his own address "
            "-> contact true (no phone in the new text). The quoted receipt (and the original application in "
            "it) does not count; the association is only named in the quote. Lecturers' and musicians' fees are "
            "not salary.",
            contact_name="Ingvar Petersson",
            contact_email="ingvar.petersson@example.net",
            amount_sek=8500,
        ),
        "fu:maleras2",
    )


def locknevi_salary() -> None:
    """Complete, windows-1252 8bit, but wages to the club's employed leisure leader."""
    t = when(10, 14, 18, 33, 6)
    mid = ids.msgid("generic", "example.se")
    text = """\
Hej!

Locknevi Sportklubb söker bygdepeng för "Fredagsöppet" – fritidsgård i Locknevi bygdegård varje fredagskväll från 16 oktober till 18 december, tio fredagar.

Klubben har 120 medlemmar, mest familjer i Locknevi socken, och håller på med fotboll, innebandy och skidor.

Fredagsöppet är för ungdomar 12–16 år, tjejer och killar. Det blir pingis, spel, film och mellanmål. Locknevi har ingen fritidsgård och bussen in till Vimmerby går inte på kvällarna, så ungdomarna har ingenstans att ta vägen. Vår anställda fritidsledare Emma Gustafsson, som jobbar 25 % hos klubben, håller i kvällarna tillsammans med föräldrar.

På föräldramötet i september var 30 föräldrar, och alla var för. Locknevi Hembygdsförening hyr ut bygdegården billigt och skolan sprider informationen.

Budget
Lön till fritidsledaren, 10 fredagar à 600 kr    6 000 kr
Hyra av bygdegården, 10 x 200 kr                 2 000 kr
Mellanmål                                        1 500 kr
Pingisbollar och annat förbrukningsmaterial        500 kr
Summa                                           10 000 kr

Hälsningar
Kjell-Åke Berg
ordförande Locknevi SK
0492-300 66
"""
    m = new_message(
        "Kjell-Åke Berg <kjellake.berg@example.se>",
        "Ansökan bygdepeng Fredagsöppet Locknevi",
        t,
        mid,
        to=TO_PLAIN,
        subject_charset="windows-1252",
        headers=[("X-Mailer", "Microsoft Windows Live Mail 16.4.3528.331")],
    )
    set_body(m, text, charset="windows-1252", cte="8bit")
    add(
        t,
        "fredagsoppet-locknevi",
        finish(m, ids, "generic"),
        label(
            "application",
            "sv",
            "11111",
            "Complete, windows-1252 8BIT body (Windows Live Mail), windows-1252 encoded-word subject. SALARY: "
            "'Lön till fritidsledaren' - the club's employed leisure leader ('Vår anställda fritidsledare ... "
            "jobbar 25 % hos klubben') -> salary_costs true (complete but breaks a rule). Budget 6 000 + 2 000 + "
            "1 500 + 500 = 10 000. Ping-pong balls are consumables. Association 120 members; contact chair with "
            "phone, own address; anchoring: parents' meeting (30, all for), the hembygdsförening rents cheaply, "
            "the school spreads the word. 'tjejer och killar' -> true. 'Vimmerby' is a distractor.",
            association_name="Locknevi Sportklubb",
            contact_name="Kjell-Åke Berg",
            contact_email="kjellake.berg@example.se",
            contact_phone="0492-300 66",
            members=120,
            ort="Locknevi",
            amount_sek=10000,
            women_and_men=True,
            salary_costs=True,
        ),
    )


def hallingeberg_html_b64() -> None:
    """HTML-only in base64 with nested tables; unnamed families; name only in From."""
    t = when(10, 16, 16, 16, 40)
    mid = ids.msgid("outlook")
    cell = 'style="font-family:Calibri,sans-serif;font-size:11pt;padding:2px 8px"'
    html_text = f"""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body><div style="font-family:Calibri,sans-serif;font-size:11pt">Hej!<br><br>
Vi är ett gäng familjer runt Hallingeberg som vill ordna en ljusvandring på allhelgonahelgen, lördag 31 oktober.<br><br>
<table cellspacing="0" cellpadding="0" border="0"><tr><td>
<table cellspacing="0" cellpadding="0" border="1" style="border-collapse:collapse">
<tr><td colspan="2" {cell}><b>Program</b></td></tr>
<tr><td {cell}>16.00</td><td {cell}>Samling vid Hallingebergs kyrka</td></tr>
<tr><td {cell}>16.30</td><td {cell}>Vandring med marschaller längs gamla kyrkvägen till bygdegården,<br>med stopp vid tre gårdar där någon berättar om gården och folket som bodde där</td></tr>
<tr><td {cell}>18.00</td><td {cell}>Soppa och musik i bygdegården</td></tr>
</table>
</td></tr></table>
<br>
Vi vill att alla som bor här, gamla som nya, ska känna att de hör hemma i Hallingeberg. Många har flyttat hit de senaste åren utan att riktigt lära känna grannarna.<br><br>
Hallingebergs hembygdsförening berättar vid gårdarna, församlingen håller kyrkan öppen och 19 frivilliga har anmält sig för att hålla i marschallerna och soppan.<br><br>
<table cellspacing="0" cellpadding="0" border="0"><tr><td>
<table cellspacing="0" cellpadding="0" border="1" style="border-collapse:collapse">
<tr><td {cell}><b>Kostnad</b></td><td {cell}><b>kr</b></td></tr>
<tr><td {cell}>Marschaller 120 st</td><td align="right" {cell}>2 400</td></tr>
<tr><td {cell}>Soppa och bröd</td><td align="right" {cell}>1 800</td></tr>
<tr><td {cell}>Hyra bygdegården</td><td align="right" {cell}>700</td></tr>
<tr><td {cell}>Musiker</td><td align="right" {cell}>2 000</td></tr>
<tr><td {cell}><b>Summa</b></td><td align="right" {cell}><b>6 900</b></td></tr>
</table>
</td></tr></table>
<br>
Hälsningar från grannarna i Hallingeberg<br>
</div></body></html>
"""
    subject = "Ljusvandring i Hallingeberg 31/10"
    m = new_message(
        "Ulf Adolfsson <ulf.adolfsson@example.net>",
        subject,
        t,
        mid,
        to=TO_PLAIN,
        headers=outlook_headers(subject),
    )
    set_body(m, html_text, subtype="html", cte="base64")
    add(
        t,
        "ljusvandring-hallingeberg",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "00111",
            "HTML-ONLY in BASE64, with NESTED tables (a programme table and a budget table, each inside a layout "
            "table) and <br> breaks. ASSOCIATION MISSING: 'Vi är ett gäng familjer runt Hallingeberg' - unnamed; "
            "the hembygdsförening and the parish are partners. CONTACT MISSING: signed 'Hälsningar från grannarna "
            "i Hallingeberg'; the name Ulf Adolfsson appears only in the From header, no phone. Activity "
            "concrete (programme with times, 31 October, why). Anchoring: hembygdsförening, parish, 19 "
            "volunteers. Budget 2 400 + 1 800 + 700 + 2 000 = 6 900. Torches and soup are consumables; the "
            "musicians are a performer fee.",
            ort="Hallingeberg",
            amount_sek=6900,
        ),
    )


def mockleby_followup_restate() -> None:
    """Gmail reply that restates the whole application - now with everything (all true)."""
    app = APPS["mockleby"]
    rt, rid, rtext, rsubj = receipt("mockleby", 10, 3, ["association", "anchoring", "budget"])
    t = when(10, 19, 7, 55, 12)
    mid = ids.msgid("gmail")
    new = """\
Hej igen

Här kommer hela ansökan en gång till, nu med allt ni frågade efter, så slipper ni leta i det förra mejlet.

Förening: Södra Möckleby Byförening, bildad på ett byamöte den 4 oktober. Ideell förening med stadgar och styrelse, 18 medlemmar hittills.

Kontaktperson: Lennart Grip, ordförande, 070-531 77 92, lennart.grip@example.se

Aktivitet: Möckleby-dagen lördag 14 november. Vandring på alvaret med en guide som berättar om växter, fåglar och gamla stengärdsgårdar, sedan soppa och loppis i församlingshemmet i Södra Möckleby, och stenmålning och fossiljakt för barnen. Syftet är att nyinflyttade och gamla Möcklebybor lär känna varandra och bygden, och att den nya byföreningen får fler medlemmar.

Förankring: På byamötet den 4 oktober var 26 personer, och alla ställde sig bakom Möckleby-dagen. Södra Möckleby församling lånar ut församlingshemmet gratis, och tio personer har lovat att koka soppa och sköta loppisen.

Budget:
Guide, arvode 1 500 kr
Soppa, bröd och kaffe för ca 80 personer 2 400 kr
Annonser och affischer 800 kr
Hyrd minibuss för dem som inte orkar gå hela vägen 1 500 kr
Summa 6 200 kr

Hälsningar
Lennart Grip
"""
    attr = sv_gmail_header(rt, OFFICER)
    text = new + "\n" + attr + "\n\n" + quote(rtext)
    m = new_message(
        app["frm"], "Re: " + rsubj, t, mid, to=OFFICER, headers=threaded("mockleby", rid)
    )
    set_alternative(m, text, gmail_html(new, gmail_quote_html(attr, rtext)))
    add(
        t,
        "re-mockleby-hela-ansokan",
        finish(m, ids, "gmail"),
        label(
            "followup",
            "sv",
            "11111",
            "Followup to {app:mockleby} (association, anchoring and budget missing) whose NEW TEXT RESTATES "
            "EVERYTHING: a newly formed association with statutes, board and 18 members; contact line = From "
            "address; the activity again; anchoring (village meeting 4 October with 26 present, parish lends "
            "the hall, ten volunteers); a budget 1 500 + 2 400 + 800 + 1 500 = 6 200 -> all five true, amount "
            "6200 (the 6 000 of the application is only in the quote). The minibus is hired; the guide is a "
            "fee. Gmail quote of the receipt and the original below.",
            association_name="Södra Möckleby Byförening",
            contact_name="Lennart Grip",
            contact_email="lennart.grip@example.se",
            contact_phone="070-531 77 92",
            members=18,
            ort="Södra Möckleby",
            amount_sek=6200,
        ),
    )


def tornsfall_qp() -> None:
    """Complete; QP soft breaks inside words and amounts; renting a sauna trailer."""
    t = when(10, 19, 20, 2, 58)
    mid = ids.msgid("apple", "example.se")
    text = """\
Hej!

Törnsfalls Bygde¦förening söker bygdepeng för "Bastukvällar vid badplatsen" i vinter.

Vi hyr en bastu¦vagn som ställs vid badplatsen fyra helger i november och december (14–15 och 28–29 november, 5–6 och 12–13 december). Lördagar är det familjebastu, söndagar separata tider för kvinnor och män, och den som vill kan ta ett dopp. Vi köper ingen bastu, utan hyr vagnen av en firma i Västervik. Vinter¦mörkret är tungt här ute, och bastun blir en plats där grannar som annars bara vinkar åt varandra faktiskt pratar.

Förankring: På bystämman i augusti var 29 personer och alla röstade för. Törnsfalls IF och badsällskapet hjälper till med ved och vakthållning vid bryggan, och 14 medlemmar har lovat att vara bastuvärdar.

Budget
Hyra av bastuvagn, 4 helger à 1 8¦00 kr   7 2¦00 kr
Ved                                        800 kr
Försäkring                                 600 kr
Annonser                                   400 kr
Summa                                    9 0¦00 kr

Föreningen har 66 medlemmar och har funnits sedan 1947.

Camilla Strand
kassör, Törnsfalls Bygdeförening
070-352 08 91
"""
    m = new_message(
        "Camilla Strand <camilla.strand@example.se>",
        "Bastukvällar i Törnsfall",
        t,
        mid,
        to=TO_PLAIN,
        headers=[("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")],
    )
    set_raw_qp(m, text)
    m["MIME-Version"] = "1.0"
    add(
        t,
        "bastukvallar-tornsfall",
        finish(m, ids, "apple"),
        label(
            "application",
            "sv",
            "11111",
            "Complete. Hand-made QUOTED-PRINTABLE with soft breaks inside the association name ('Bygde=' / "
            "'förening'), inside words ('bastu=' / 'vagn', 'Vinter=' / 'mörkret') and inside amounts ('1 8=' / "
            "'00', '7 2=' / '00', '9 0=' / '00'). RENTING a sauna trailer ('Vi köper ingen bastu, utan hyr "
            "vagnen') is not an investment; firewood is a consumable; insurance is a cost. Budget 7 200 + 800 + "
            "600 + 400 = 9 000. Association introduced near the end (66 members, 1947). Anchoring: bystämma 29 "
            "present, IF and bathing society help, 14 hosts. 'separata tider för kvinnor och män' + family "
            "sauna -> women_and_men true. 'Västervik' is a distractor.",
            association_name="Törnsfalls Bygdeförening",
            contact_name="Camilla Strand",
            contact_email="camilla.strand@example.se",
            contact_phone="070-352 08 91",
            members=66,
            ort="Törnsfall",
            amount_sek=9000,
            women_and_men=True,
        ),
    )


def maleras_followup_round3() -> None:
    """Round 3 ('SV: SV: Re: SV:') from another board member in Outlook, whole thread below."""
    app = APPS["maleras"]
    fu2 = app["fu2"]
    rt2 = when(10, 14, 7, 30, 0)
    _receipts[0] += 1
    rid2 = receipt_id(rt2, _receipts[0])
    rsubj2 = "SV: " + fu2["subject"]
    cc_ak = "Anna-Karin Wallin <annakarin.wallin@example.se>"
    rtext2 = (
        receipt_text(["activity", "anchoring"])
        + "\n"
        + SEP
        + "\n"
        + f"Från: {app['frm']}\nSkickat: den {fu2['t'].day} oktober 2026 {fu2['t']:%H:%M}\n"
        f"Till: {OFFICER}\nKopia: {cc_ak}\nÄmne: {fu2['subject']}\n" + "\n" + fu2["text"]
    )
    t = when(10, 20, 12, 45, 9)
    mid = ids.msgid("outlook")
    new = """\
Hej!

Här kommer det sista som saknades.

Aktiviteten: "Måleråskvällar" – fyra torsdagskvällar i Folkets hus i Målerås. 12 november blir det berättarkväll med före detta glasarbetare, 26 november visar en glasgravör från bruket hur man graverar och alla får prova, 10 december musikquiz med byns egna musiker och 17 december luciakväll med barnen från skolan. Kvällarna är öppna för alla, och tanken är att de som flyttat till Målerås de senaste åren ska träffa dem som bott här länge, och att vi ska hitta fler som vill engagera sig i byalaget.

Förankringen: Vi tog upp Måleråskvällarna på byalagets höstmöte den 15 oktober. 38 personer var där och alla ställde sig bakom. Målerås IF och PRO Målerås turas om att ordna fikat.

Med vänliga hälsningar
Anna-Karin Wallin
sekreterare, Målerås Byalag
070-445 62 18
"""
    block = (
        f"Från: {OFFICER}\nSkickat: den 14 oktober 2026 07:30\nTill: {app['frm']}\n"
        f"Kopia: {cc_ak}\nÄmne: {rsubj2}\n"
    )
    text = new + "\n" + SEP + "\n" + block + "\n" + rtext2
    html_body = (
        OUTLOOK_HEAD.format(charset="utf-8")
        + "".join(mso_p(x) for x in new.rstrip("\n").split("\n"))
        + mso_p("")
        + outlook_quote_html(block, rtext2)
        + OUTLOOK_TAIL
    )
    subject = "SV: " + rsubj2
    m = new_message(
        cc_ak,
        subject,
        t,
        mid,
        headers=[
            ("Cc", app["frm"]),
            ("In-Reply-To", rid2),
            ("References", f"{app['mid']} {fu2['rid']} {fu2['mid']} {rid2}"),
        ]
        + outlook_headers(subject),
    )
    set_alternative(m, text, html_body)
    add(
        t,
        "sv-sv-re-sv-maleras-aktivitet-forankring",
        finish(m, ids, "outlook"),
        label(
            "followup",
            "sv",
            "01110",
            "Followup, THIRD ROUND of the {app:maleras} thread: subject 'SV: SV: Re: SV: Bygdepeng Målerås', "
            "written by ANOTHER board member (she was on Cc) in Outlook. The whole thread sits below in "
            "'Från:/Skickat:/Till:/Kopia:/Ämne:' blocks: the bot's second receipt (activity, anchoring), "
            "Ingvar's round-2 budget mail {fu:maleras2} with its '>' quote of the first receipt and the original "
            "application - none of it counts (so budget false here). New text: a concrete activity (four dated "
            "Thursday evenings, why) and anchoring (autumn meeting 15 Oct, 38 present, IF and PRO make the "
            "coffee) -> true. Signed with full name, role and phone from her own address -> contact true. "
            "'sekreterare, Målerås Byalag' only names the association -> false. '38 personer' is attendance.",
            contact_name="Anna-Karin Wallin",
            contact_email="annakarin.wallin@example.se",
            contact_phone="070-445 62 18",
            ort="Målerås",
        ),
        "fu:maleras3",
    )
    APPS["maleras"]["fu3_mid"] = mid


def byxelkrok_iphone() -> None:
    """Three-line iPhone mail: unnamed boat owners, vague wish, budget list."""
    t = when(10, 21, 6, 58, 44)
    mid = ids.msgid("apple", "example.com")
    text = """\
Hej! Vi är några båtägare i hamnen i Byxelkrok som vill göra hamnen mer levande året runt, inte bara på sommaren. Det vore fint med pengar till det.

Hyra av tält 2 000
Musik 3 000
Grillkol och korv 1 000
Affischer 500
= 6 500 kr

Hanna Borg 070-214 66 30

Skickat från min iPhone
"""
    subject = "Hamnen i Byxelkrok"
    frm = "Hanna Borg <hanna.borg@example.com>"
    m = new_message(
        frm, subject, t, mid, to=TO_PLAIN, headers=[("X-Mailer", "iPhone Mail (22A3354)")]
    )
    set_body(m, text)
    remember("byxelkrok", mid=mid, t=t, subject=subject, text=text, frm=frm)
    add(
        t,
        "hamnen-byxelkrok",
        finish(m, ids, "apple"),
        label(
            "application",
            "sv",
            "01001",
            "Short iPhone mail. ASSOCIATION MISSING: 'Vi är några båtägare i hamnen' - unnamed. ACTIVITY "
            "MISSING: 'göra hamnen mer levande året runt' is a wish; the budget lines (tent, music, charcoal and "
            "sausages) hint at a party but nothing says what, when or why. ANCHORING MISSING: nothing. Budget: "
            "four items with amounts and '= 6 500 kr' (no 'kr' on the lines) -> true, amount 6500. Contact: "
            "full name + phone on one line, own address. Tent rented.",
            contact_name="Hanna Borg",
            contact_email="hanna.borg@example.com",
            contact_phone="070-214 66 30",
            ort="Byxelkrok",
            amount_sek=6500,
        ),
        "byxelkrok",
    )


def afors_poster() -> None:
    """Activity only in an image poster; the writer's name only in From."""
    t = when(10, 22, 13, 13, 13)
    mid = ids.msgid("apple", "example.org")
    text = """\
Hej!

Åfors Hembygdsförening söker bygdepeng för hösten. Föreningen har 64 medlemmar och har funnits sedan 1979; vi har hand om det lilla bruksmuseet och håller öppet på sommaren.

Vi vill ta vara på glasbrukshistorien och stärka sammanhållningen i Åfors. Vad som händer ser ni på affischen som jag bifogar.

Åfors IK och Folkets hus-föreningen är med och arrangerar, och på vårt öppna möte i augusti anmälde sig 17 personer som funktionärer.

Kostnader:
Lokalhyra Folkets hus 1 200 kr
Arvode för filmvisning och föredrag 3 000 kr
Kaffe och smörgåsar 1 400 kr
Tryck av affischer 400 kr
Summa 6 000 kr

Hälsningar från Åfors Hembygdsförening
"""
    subject = "Bygdepeng Åfors Hembygdsförening"
    frm = "Lars Åberg <lars.aberg@example.org>"
    m = new_message(
        frm, subject, t, mid, to=TO_PLAIN, headers=[("X-Mailer", "Apple Mail (2.3826.500.181.1.5)")]
    )
    set_body(m, text)
    attach_bytes(m, make_png(320, 440), "image/png", "affisch glasbrukskvall.png")
    remember("afors", mid=mid, t=t, subject=subject, text=text, frm=frm)
    add(
        t,
        "hembygdsforening-afors",
        finish(m, ids, "apple"),
        label(
            "application",
            "sv",
            "10011",
            "ACTIVITY MISSING: the text gives only goals ('ta vara på glasbrukshistorien och stärka "
            "sammanhållningen') and 'Vad som händer ser ni på affischen' - the poster is an IMAGE (PNG) with no "
            "readable text, and the budget line 'filmvisning och föredrag' does not say what, when or why. "
            "CONTACT MISSING: signed 'Hälsningar från Åfors Hembygdsförening'; Lars Åberg appears only in the "
            "From header. Association 1979, 64 members, runs the museum. Anchoring: IK and Folkets hus "
            "association co-arrange, 17 volunteers at an open meeting. Budget 1 200 + 3 000 + 1 400 + 400 = "
            "6 000.",
            association_name="Åfors Hembygdsförening",
            members=64,
            ort="Åfors",
            amount_sek=6000,
        ),
        "afors",
    )


def karlslunda_alternative() -> None:
    """Unnamed photo group; hope as anchoring; text and HTML parts differ slightly."""
    t = when(10, 23, 19, 26, 7)
    mid = ids.msgid("outlook")
    text = """\
Hej!

Vi är ett gäng fotointresserade i Karlslunda som träffats och fotograferat ihop sedan i våras, och vi vill ordna "Karlslunda i bild".

Det blir en fotokurs för alla åldrar fyra lördagar i november med en kursledare från Kalmar, där vi fotograferar gårdar, folk och natur i Karlslunda socken. Kursen avslutas med en utställning i församlingshemmet vid Karlslunda kyrka 12–13 december, så att alla i bygden kan se sin egen by med nya ögon. Bilderna blir kvar i bygden som ett arkiv.

Förankring: Vi tror att många vill vara med, intresset för foto är stort här.

Budget:
Kursledare, arvode 4 x 1 200 kr = 4 800 kr
Utskrifter av bilderna = 1 600 kr
Hyra av församlingshemmet = 600 kr
Fika = 400 kr
Summa: 7 400 kr

Mvh
Sofie Axelsson
073-912 55 04
"""
    intro, _, rest = text.partition("Budget:\n")
    html_body = (
        OUTLOOK_HEAD.format(charset="utf-8")
        + mso_p("Karlslunda i bild – ansökan om bygdepeng", bold=True)
        + mso_p("")
        + "".join(mso_p(x) for x in intro.rstrip("\n").split("\n"))
        + mso_p("Budget:", bold=True)
        + mso_table(
            [
                ("Kursledare, arvode 4 x 1 200 kr", "4 800 kr"),
                ("Utskrifter av bilderna", "1 600 kr"),
                ("Hyra av församlingshemmet", "600 kr"),
                ("Fika", "400 kr"),
            ],
            total=("Summa", "7 400 kr"),
        )
        + mso_p("")
        + mso_p("Exempel på bilder skickar vi gärna om ni vill se.")
        + mso_p("")
        + mso_p("Med vänliga hälsningar")
        + mso_p("Sofie Axelsson")
        + mso_p("073-912 55 04")
        + OUTLOOK_TAIL
    )
    subject = "Karlslunda i bild"
    frm = "Sofie Axelsson <sofie.axelsson@example.com>"
    m = new_message(frm, subject, t, mid, headers=outlook_headers(subject))
    set_alternative(m, text, html_body)
    remember("karlslunda", mid=mid, t=t, subject=subject, text=text, frm=frm)
    add(
        t,
        "karlslunda-i-bild",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "01101",
            "multipart/alternative whose TEXT AND HTML PARTS DIFFER SLIGHTLY: the HTML adds a bold title line, "
            "shows the budget as a Word table, adds an offer to send example pictures and closes 'Med vänliga "
            "hälsningar' instead of 'Mvh' - the labels are the same for both parts. ASSOCIATION MISSING: 'ett "
            "gäng fotointresserade i Karlslunda' - unnamed, no member count. ANCHORING MISSING: 'Förankring: Vi "
            "tror att många vill vara med, intresset för foto är stort här' = heading + hope. Contact: full "
            "name + phone from own address. Activity concrete (four Saturdays, exhibition 12-13 Dec, why). "
            "Budget 4 800 + 1 600 + 600 + 400 = 7 400. Course leader's fee is not salary. 'för alla åldrar' is "
            "not a gender statement. 'Kalmar' is a distractor.",
            contact_name="Sofie Axelsson",
            contact_email="sofie.axelsson@example.com",
            contact_phone="073-912 55 04",
            ort="Karlslunda",
            amount_sek=7400,
        ),
        "karlslunda",
    )


def nashult_followup_gmail_wrapped() -> None:
    """Gmail reply; the attribution line is wrapped over two lines; anchoring story + prose budget."""
    app = APPS["nashult"]
    rt, rid, rtext, rsubj = receipt("nashult", 10, 13, ["anchoring", "budget"])
    t = when(10, 26, 9, 0, 41)
    mid = ids.msgid("gmail")
    new = """\
Hej!

Förlåt att det dröjt. Om förankringen: när vi hade öppet hus i skolan på kulturarvsdagen i september frågade vi alla som kom vad de ville ha i höst. 33 personer skrev upp sig för föredragskvällarna, och Näshults hembygdsförening lovade att stå för kaffet. Två av föredragshållarna är dessutom härifrån.

Och budgeten: föredragshållarna tar 1 500 kr var för fem kvällar, det blir 7 500, soppan blir runt 1 200 och annonserna 300. Alltså 9 000 kr.

Ronny
"""
    attr = sv_gmail_header(rt, OFFICER)
    wrapped = attr.replace(" <landsbygdsutvecklare@", " <\nlandsbygdsutvecklare@")
    text = new + "\n" + wrapped + "\n\n" + quote(rtext)
    m = new_message(
        app["frm"], "Re: " + rsubj, t, mid, to=OFFICER, headers=threaded("nashult", rid)
    )
    set_alternative(m, text, gmail_html(new, gmail_quote_html(attr, rtext)))
    add(
        t,
        "re-nashult-forankring-budget",
        finish(m, ids, "gmail"),
        label(
            "followup",
            "sv",
            "00011",
            "Followup to {app:nashult} (anchoring and budget missing), Gmail, with the Swedish attribution line "
            "WRAPPED OVER TWO LINES ('Den tis 13 okt. 2026 kl 07:30 skrev Landsbygdsutvecklare Region Kalmar "
            "län <' / 'landsbygdsutvecklare@example.se>:') above the '>' quoted receipt and original. New text: "
            "ANCHORING TOLD AS A STORY (asked visitors at the open house, 33 signed up, the hembygdsförening "
            "provides coffee) and a BUDGET IN PROSE (5 x 1 500 = 7 500, soup ~1 200, ads 300, 'Alltså 9 000 kr') "
            "-> both true, amount 9000. Signed only 'Ronny' (surname only in From) -> contact false. '33 "
            "personer' are sign-ups, not members.",
            ort="Näshult",
            amount_sek=9000,
        ),
    )


def lofta_html() -> None:
    """HTML-only nested tables; cost items without amounts + a total -> no budget."""
    t = when(10, 27, 10, 48, 15)
    mid = ids.msgid("outlook")
    c = 'style="font-family:Calibri,sans-serif;font-size:11pt;padding:4px 10px;vertical-align:top"'
    html_text = f"""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<p style="font-family:Calibri,sans-serif;font-size:11pt">Hej!<br>Här kommer vår ansökan om bygdepeng.</p>
<table border="0" cellspacing="0" cellpadding="0" style="border:1px solid #8eaadb"><tr><td>
<table border="0" cellspacing="0" cellpadding="0">
<tr><td colspan="2" {c} bgcolor="#d9e2f3"><b>Lofta Vinterkväll – söndag 6 december 2026</b></td></tr>
<tr><td {c}><b>Föreningen</b></td><td {c}>Lofta Byalag<br>Ideell förening för boende i Lofta socken<br>48 medlemmar</td></tr>
<tr><td {c}><b>Aktiviteten</b></td><td {c}>Julmarknad i Lofta bygdegård med 14 lokala hantverkare och odlare,<br>luciatåg med barnen från Lofta skola och risgrynsgröt för alla.<br>En kväll som samlar hela socknen i mörkaste december<br>och ger hantverkarna i bygden en chans att sälja.</td></tr>
<tr><td {c}><b>Förankring</b></td><td {c}>Idén kom från byalagets årsmöte i mars.<br>Lofta skola och Lofta IF är med och arrangerar,<br>och 14 hantverkare har redan anmält sig.</td></tr>
<tr><td {c}><b>Kostnader</b></td><td {c}>
<table border="0" cellspacing="0" cellpadding="0"><tr><td {c}>Lokalhyra<br>Annonsering<br>Gröt och fika<br>Hyra av ljudanläggning</td></tr>
<tr><td {c}><b>Totalt ca 7 000 kr</b></td></tr></table>
</td></tr>
<tr><td {c}><b>Kontakt</b></td><td {c}>Eva Ljung<br>070-813 40 27<br>eva.ljung@example.se</td></tr>
</table>
</td></tr></table>
<p style="font-family:Calibri,sans-serif;font-size:11pt">Vänliga hälsningar<br>Eva Ljung<br>Lofta Byalag</p>
</body></html>
"""
    subject = "Ansökan om bygdepeng – Lofta Vinterkväll"
    frm = "Eva Ljung <eva.ljung@example.se>"
    m = new_message(frm, subject, t, mid, to=TO_PLAIN, headers=outlook_headers(subject))
    set_body(m, html_text, subtype="html")
    remember("lofta", mid=mid, t=t, subject=subject, text="", frm=frm)
    add(
        t,
        "vinterkvall-lofta",
        finish(m, ids, "outlook"),
        label(
            "application",
            "sv",
            "11110",
            "HTML-ONLY, nested tables (a framed layout table, a two-column form, and the cost list as another "
            "table inside a cell) with <br> line breaks. BUDGET MISSING: 'Kostnader' lists four cost items "
            "WITHOUT amounts and then 'Totalt ca 7 000 kr' - items without amounts plus a total is not an "
            "overview budget -> amount 7000. Association (48 members), contact in a table row (name, phone, the "
            "From e-mail), concrete activity (Christmas market 6 Dec, Lucia, porridge, why), anchoring (annual "
            "meeting idea, school and IF co-arrange, 14 craftspeople). The sound system is rented.",
            association_name="Lofta Byalag",
            contact_name="Eva Ljung",
            contact_email="eva.ljung@example.se",
            contact_phone="070-813 40 27",
            members=48,
            ort="Lofta",
            amount_sek=7000,
        ),
        "lofta",
    )


def lofta_not_in_office() -> None:
    """Exchange 'Automatiskt svar' with 'Jag är inte på kontoret'."""
    rt, rid, _, rsubj = receipt("lofta", 10, 28, ["budget"])
    t = when(10, 28, 7, 30, 20)
    mid = ids.msgid("outlook")
    text = """\
Hej,

Jag är inte på kontoret och har begränsad tillgång till e-post. Jag är tillbaka måndag 2 november.

Med vänlig hälsning
Eva Ljung
"""
    m = new_message(
        "Eva Ljung <eva.ljung@example.se>",
        "Automatiskt svar: " + rsubj,
        t,
        mid,
        to=OFFICER,
        headers=threaded("lofta", rid)
        + [
            ("Auto-Submitted", "auto-generated"),
            ("X-MS-Exchange-Inbox-Rules-Loop", "eva.ljung@example.se"),
            ("X-Auto-Response-Suppress", "All"),
            ("Content-Language", "sv-SE"),
        ],
    )
    set_alternative(m, text, outlook_html_from_text(text, "utf-8"))
    add(
        t,
        "automatiskt-svar-lofta",
        finish(m, ids, "outlook"),
        label(
            "autoreply",
            "sv",
            "00000",
            "Exchange out-of-office for {app:lofta}: 'Automatiskt svar: SV: ...', Auto-Submitted: "
            "auto-generated, X-MS-Exchange-Inbox-Rules-Loop, text 'Jag är inte på kontoret ... tillbaka måndag "
            "2 november', 20 seconds after the receipt. Never reply; all facts null.",
        ),
    )


def byxelkrok_followup_inline() -> None:
    """iPhone reply with answers under each quoted '- ' line of the receipt."""
    app = APPS["byxelkrok"]
    rt, rid, rtext, rsubj = receipt("byxelkrok", 10, 22, ["association", "activity", "anchoring"])
    t = when(10, 28, 21, 15, 30)
    mid = ids.msgid("apple", "example.com")
    answers = {
        "association": "Vi är ingen förening ännu, men vi ska bilda en hamnförening till våren.",
        "activity": (
            "Hamnens vinterdag lördag 12 december i Byxelkrok: julmarknad på kajen där fiskarna i byn säljer "
            "rökt fisk, glögg och musik i ett hyrt tält, och luciatåg med barnen från skolan i Böda ut på "
            "piren när det blir mörkt. Det är första gången något händer i hamnen på vintern, och både "
            "fiskarna och kaféet får sälja något. Alla på norra Öland är välkomna."
        ),
        "anchoring": "Det tar jag upp på mötet i hamnstugan nästa vecka, återkommer.",
    }
    lines = rtext.rstrip("\n").split("\n")
    out = [f"> {sv_apple_header(rt, OFFICER)}", ">"]
    for line in lines:
        out.append(f"> {line}" if line else ">")
        for key, ans in answers.items():
            if line == corpuslib.MISSING_LINES[key]:
                out += ["", ans, ""]
    text = "Hej, svarar i texten!\n\nHanna\n\nSkickat från min iPhone\n\n" + "\n".join(out) + "\n"
    m = new_message(
        app["frm"],
        "Sv: " + rsubj,
        t,
        mid,
        to=OFFICER,
        headers=threaded("byxelkrok", rid) + [("X-Mailer", "iPhone Mail (22A3354)")],
    )
    set_body(m, text)
    add(
        t,
        "sv-byxelkrok-svar-i-texten",
        finish(m, ids, "apple"),
        label(
            "followup",
            "sv",
            "00100",
            "Followup to {app:byxelkrok} from an iPhone ('Sv: SV:'): 'Hej, svarar i texten!' on top, then the "
            "whole receipt quoted with '>' (attribution inside the quote, as iOS does) and the answers written "
            "UNDER EACH QUOTED '- ' LINE. Association line: 'Vi är ingen förening ännu' -> still false. Activity "
            "line: a concrete harbour winter day on 12 December with market, smoked fish, music, Lucia, why -> "
            "true. Anchoring line: 'Det tar jag upp på mötet ... återkommer' -> false. Signed only 'Hanna' at "
            "the top (surname only in From and in the quoted original) -> contact false. The quoted original "
            "(with its budget) does not count.",
            ort="Byxelkrok",
        ),
    )


def torsas_question() -> None:
    """Question about the per-locality cap after another association got money."""
    t = when(10, 29, 11, 11, 52)
    mid = ids.msgid("roundcube", "example.net")
    text = """\
Hej!

Jag sitter i styrelsen för Torsås PRO. I våras fick Torsås Musiksällskap 9 000 kronor ur idéslanten till sina sommarkonserter i Torsås. Nu funderar vi på att söka till en föreläsningsserie i vinter.

Gäller taket på 15 000 kr per ort och år så att det bara finns 6 000 kr kvar för Torsås 2026, eller räknas det per förening? Och om vi väntar till januari, räknas det då på 2027 års pengar?

Tacksam för svar!

Göran Svensson
Torsås PRO
070-390 27 51
"""
    m = new_message(
        "Göran Svensson <goran.svensson@example.net>",
        "Hur mycket finns kvar för Torsås?",
        t,
        mid,
        to=TO_PLAIN,
        headers=[("User-Agent", "Roundcube Webmail/1.6.9")],
    )
    set_body(m, text)
    add(
        t,
        "fraga-kvar-for-torsas",
        finish(m, ids, "roundcube"),
        label(
            "question",
            "sv",
            "00000",
            "Question about the per-locality cap: another association got 9 000 kr for Torsås this year; is "
            "only 6 000 kr left, or is the cap per association, and does January count as next year? 9 000, "
            "15 000 and 6 000 are rule amounts asked about -> amount null. The lecture series is only an idea.",
            association_name="Torsås PRO",
            contact_name="Göran Svensson",
            contact_email="goran.svensson@example.net",
            contact_phone="070-390 27 51",
            ort="Torsås",
        ),
    )


def afors_followup_tack() -> None:
    """iPad reply that only says 'Tack!' over the whole quoted thread."""
    app = APPS["afors"]
    rt, rid, rtext, rsubj = receipt("afors", 10, 23, ["contact", "activity"])
    t = when(10, 30, 16, 40, 2)
    mid = ids.msgid("apple", "example.org")
    text = "Tack!\n\nSkickat från min iPad\n\n" + quote(
        sv_apple_header(rt, OFFICER) + "\n\n" + rtext
    )
    m = new_message(
        app["frm"],
        "Sv: " + rsubj,
        t,
        mid,
        to=OFFICER,
        headers=threaded("afors", rid) + [("X-Mailer", "iPad Mail (22A3354)")],
    )
    set_body(m, text)
    add(
        t,
        "sv-afors-tack",
        finish(m, ids, "apple"),
        label(
            "followup",
            "sv",
            "00000",
            "Followup to {app:afors} (contact and activity missing) that ONLY SAYS 'Tack!' - iPad, the receipt "
            "and the whole original application quoted below with '>' (Apple attribution inside the quote). "
            "Nothing is supplied: all five false, no facts (no signature at all; the name is only in From). It "
            "is still a human reply in the thread -> followup.",
        ),
    )


def spam_beviljat() -> None:
    """Phishing pretending to be Region Kalmar län about 'ert beviljade bidrag'."""
    t = when(11, 2, 14, 22, 37)
    mid = "<20261102132237.5f1e0c9a44b2@regionkalmar-utbetalning.example.net>"
    text = """\
Hej,

Vi har glädjen att meddela att ert beviljade bidrag ur regional bygdepeng – idéslanten på 14 500 kr nu är klart för utbetalning (ärende RK-2026-4471).

På grund av ett nytt betalningssystem måste alla bidragsmottagare bekräfta sina bankuppgifter innan pengarna kan betalas ut. Svara på detta mejl inom 48 timmar med:

- föreningens namn och organisationsnummer
- clearingnummer och kontonummer
- kontaktpersonens personnummer
- en bild på kontaktpersonens ID-handling (båda sidor)

Om vi inte har fått uppgifterna inom 48 timmar återgår bidraget till Region Kalmar län och kan inte sökas igen.

Med vänliga hälsningar
Utbetalningsenheten
Region Kalmar län
"""
    html_text = (
        '<html><body><table width="560"><tr><td style="font-family:Arial;font-size:14px">'
        '<img src="https://regionkalmar-utbetalning.example.net/logo.png" alt="Region Kalmar län"><br><br>'
        + html.escape(text, quote=False).replace("\n", "<br>\n")
        + "</td></tr></table></body></html>\n"
    )
    m = new_message(
        "Region Kalmar län <utbetalning@regionkalmar-utbetalning.example.net>",
        "Ert beviljade bidrag – bekräfta bankuppgifter inom 48 timmar",
        t,
        mid,
        to="landsbygdsutvecklare@example.se",
        headers=[("Reply-To", "handlaggning.bidrag@example.com"), ("X-Mailer", "PHPMailer 6.8.1")],
    )
    set_alternative(m, text, html_text)
    add(
        t,
        "spam-beviljat-bidrag",
        finish(m, ids, "generic"),
        label(
            "spam",
            "sv",
            "00000",
            "Phishing that pretends to come from Region Kalmar län ('Utbetalningsenheten') about 'ert beviljade "
            "bidrag ur regional bygdepeng – idéslanten', asking within 48 hours for bank account, personnummer "
            "and a photo of an ID card; look-alike sender domain, Reply-To elsewhere, PHPMailer. It names the "
            "grant and an amount but is neither an application nor a followup. Never reply; all facts null.",
        ),
    )


def karlslunda_followup_ok() -> None:
    """Outlook for iOS: 'Ok, vi återkommer.' over the quoted receipt."""
    app = APPS["karlslunda"]
    rt, rid, rtext, rsubj = receipt("karlslunda", 10, 24, ["association", "anchoring"])
    t = when(11, 3, 7, 50, 19)
    mid = ids.msgid("outlook")
    sent = f"{SV_DAYS_LONG[rt.weekday()]}, {corpuslib.SV_MON[rt.month - 1]} {rt.day}, {rt.year} {rt:%-I:%M:%S} fm"
    block = f"Från: {OFFICER}\nSkickat: {sent}\nTill: {app['frm']}\nÄmne: {rsubj}\n"
    new = "Ok, vi återkommer.\n\nHämta Outlook för iOS<https://aka.example.com/o0ukef>\n"
    text = new + SEP + "\n" + block + "\n" + rtext
    html_body = (
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
        '<div dir="ltr">Ok, vi återkommer.</div><div dir="ltr"><br></div>'
        '<div dir="ltr">Hämta <a href="https://aka.example.com/o0ukef">Outlook för iOS</a></div>'
        '<hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg" dir="ltr">'
        + "<br>".join(
            f"<b>{html.escape(k)}:</b>{html.escape(v)}"
            for k, v in (x.split(":", 1) for x in block.strip().split("\n"))
        )
        + "</div><br>"
        + txt2divs(rtext)
        + "</body></html>\n"
    )
    m = new_message(
        app["frm"],
        "SV: " + rsubj,
        t,
        mid,
        to=OFFICER,
        headers=threaded("karlslunda", rid) + [("X-Mailer", "Outlook-iOS/2.0")],
    )
    set_alternative(m, text, html_body)
    add(
        t,
        "sv-karlslunda-ok-vi-aterkommer",
        finish(m, ids, "outlook"),
        label(
            "followup",
            "sv",
            "00000",
            "Followup to {app:karlslunda} (association and anchoring missing) from Outlook for iOS: the new text "
            "is only 'Ok, vi återkommer.' and the app footer, above the receipt and the original application "
            "(Outlook-iOS 'Från:/Skickat: lördag, oktober 24, 2026 7:30:00 fm' block). Nothing supplied: all "
            "five false, no facts. A human reply in the thread -> followup.",
        ),
    )


def vastrum_question() -> None:
    """Question that reads like a short application, proposing a wage for a summer host."""
    t = when(11, 4, 20, 30, 55)
    mid = ids.msgid("thunderbird", "example.se")
    text = """\
Hej!

Jag är med i Västrums Hembygdsförening (vi är runt 90 medlemmar). Vi har en idé inför sommaren 2027 och undrar om den kan få bygdepeng innan vi lägger tid på en riktig ansökan.

Vi vill hålla hembygdsgården öppen för besökare i juli, med kaffeservering och visning av gården, och tänkte anställa en ungdom från bygden som sommarvärd i fyra veckor. Lönen skulle bli ungefär 12 000 kr. Går det att söka för en sådan lön, eller måste allt vara ideellt? Och kan man söka redan nu för nästa år?

Hälsningar
Birgitta Hallberg
0490-302 17
"""
    m = new_message(
        "Birgitta Hallberg <birgitta.hallberg@example.se>",
        "Sommarvärd på hembygdsgården – går det?",
        t,
        mid,
        to=TO_PLAIN,
        headers=[("User-Agent", "Mozilla Thunderbird"), ("Content-Language", "sv-SE")],
    )
    set_body(m, text, params={"format": "flowed"})
    add(
        t,
        "fraga-sommarvard-vastrum",
        finish(m, ids, "thunderbird"),
        label(
            "question",
            "sv",
            "00000",
            "Question that READS LIKE A SHORT APPLICATION (association, idea, a cost) but explicitly asks "
            "whether the idea could get money 'innan vi lägger tid på en riktig ansökan'. The question itself "
            "proposes a WAGE ('anställa en ungdom ... som sommarvärd', 'Lönen skulle bli ungefär 12 000 kr') -> "
            "salary_costs true; physical null. The wage is a cost asked about, not an amount applied for -> "
            "amount null. 'runt 90 medlemmar' -> 90.",
            association_name="Västrums Hembygdsförening",
            contact_name="Birgitta Hallberg",
            contact_email="birgitta.hallberg@example.se",
            contact_phone="0490-302 17",
            members=90,
            ort="Västrum",
            salary_costs=True,
        ),
    )


# ================================================================================================
# Build, write, check
# ================================================================================================

ORDER = [
    hogby_percent,
    bredsattra_question,
    alboke_english,
    alboke_ooo,
    eriksmala_html,
    ravemala_kerstin,
    ravemala_semester,
    lonneberga_goals,
    ruda_board,
    hogby_followup_xlsx,
    fagerhult_unnamed,
    newsletter_lansstyrelsen,
    dorby_sentence,
    voxtorp_docx,
    gardveda_question,
    alboke_followup_english,
    kronoback_pdf,
    kronoback_bounce,
    alem_odt,
    fagerhult_followup_quotes_own,
    hulterstad_mixed,
    stenasa_html,
    stenasa_autoack,
    sodra_mockleby_base64,
    alsterbro_alternative,
    ruda_followup_pdf,
    maleras_vague,
    doderhult_english,
    gullabo_txt,
    vanevik_question,
    nashult_need,
    alem_followup_doc,
    maleras_followup_budget,
    locknevi_salary,
    hallingeberg_html_b64,
    mockleby_followup_restate,
    tornsfall_qp,
    maleras_followup_round3,
    byxelkrok_iphone,
    afors_poster,
    karlslunda_alternative,
    nashult_followup_gmail_wrapped,
    lofta_html,
    lofta_not_in_office,
    byxelkrok_followup_inline,
    torsas_question,
    afors_followup_tack,
    spam_beviljat,
    karlslunda_followup_ok,
    vastrum_question,
]

KINDS = {"application", "followup", "question", "autoreply", "bounce", "newsletter", "spam"}
MACHINE = {"autoreply", "bounce", "newsletter", "spam"}
MUNICIPALITY = {
    "Alböke": "Borgholm",
    "Bredsättra": "Borgholm",
    "Byxelkrok": "Borgholm",
    "Högby": "Borgholm",
    "Eriksmåla": "Emmaboda",
    "Rävemåla": "Emmaboda",
    "Åfors": "Emmaboda",
    "Gårdveda": "Hultsfred",
    "Lönneberga": "Hultsfred",
    "Fagerhult": "Högsby",
    "Ruda": "Högsby",
    "Dörby": "Kalmar",
    "Karlslunda": "Kalmar",
    "Voxtorp": "Kalmar",
    "Kronobäck": "Mönsterås",
    "Ålem": "Mönsterås",
    "Hulterstad": "Mörbylånga",
    "Stenåsa": "Mörbylånga",
    "Södra Möckleby": "Mörbylånga",
    "Alsterbro": "Nybro",
    "Målerås": "Nybro",
    "Döderhult": "Oskarshamn",
    "Vånevik": "Oskarshamn",
    "Gullabo": "Torsås",
    "Torsås": "Torsås",
    "Locknevi": "Vimmerby",
    "Näshult": "Vimmerby",
    "Hallingeberg": "Västervik",
    "Lofta": "Västervik",
    "Törnsfall": "Västervik",
    "Västrum": "Västervik",
}
# Attachments that are deliberately unreadable (a damaged .doc, a password-protected .odt, images).
UNREADABLE = (".doc", ".odt", ".png")


def build() -> list[tuple[str, bytes, dict]]:
    for fn in ORDER:
        fn()
    assert len(MAILS) == COUNT, len(MAILS)
    ordered = sorted(MAILS, key=lambda x: x[0])
    assert [x[0] for x in ordered] == [x[0] for x in MAILS], "ORDER is not in Date order"
    number = {}
    for i, (_, _, _, _, key) in enumerate(ordered):
        if key:
            number[key] = FIRST + i

    def sub(match: re.Match) -> str:
        kind, name = match.groups()
        return str(number[name if kind == "app" else "fu:" + name])

    out = []
    for i, (_, slug, data, lab, _) in enumerate(ordered):
        lab = dict(lab)
        lab["notes"] = re.sub(r"\{(app|fu):([a-z0-9]+)\}", sub, lab["notes"])
        assert "{" not in lab["notes"], lab["notes"]
        out.append((f"{FIRST + i}-{slug}.eml", data, lab))
    return out


def write_folder(mails: list[tuple[str, bytes, dict]]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("*.eml"):
        old.unlink()
    labels = {}
    for fname, data, lab in mails:
        (OUT / fname).write_bytes(data)
        labels[fname] = lab
    text = json.dumps(dict(sorted(labels.items())), ensure_ascii=False, indent=2) + "\n"
    (OUT / "labels.json").write_text(text, encoding="utf-8")


def attachment_text(part) -> str | None:
    """Extract text the way an extractor could, to prove attachments are (un)readable."""
    ctype = part.get_content_type()
    data = part.get_payload(decode=True)
    try:
        if ctype.endswith("wordprocessingml.document"):
            import docx

            d = docx.Document(io.BytesIO(data))
            cells = [c.text for t in d.tables for r in t.rows for c in r.cells]
            return "\n".join([p.text for p in d.paragraphs] + cells)
        if ctype.endswith("spreadsheetml.sheet"):
            import openpyxl

            wb = openpyxl.load_workbook(io.BytesIO(data), data_only=True)
            return "\n".join(
                " ".join(str(v) for v in row if v is not None)
                for ws in wb.worksheets
                for row in ws.iter_rows(values_only=True)
            )
        if ctype == "application/pdf":
            import pypdf

            return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)
        if ctype == "application/vnd.oasis.opendocument.text":
            z = zipfile.ZipFile(io.BytesIO(data))
            xml = z.read("content.xml")
            return (
                re.sub(r"<[^>]+>", " ", xml.decode("utf-8")) if xml.startswith(b"<?xml") else None
            )
        if part.get_content_maintype() == "text" and part.get_filename():
            return part.get_content()
    except Exception:  # noqa: BLE001
        return None
    return None


def all_text(msg) -> str:
    out = []
    for part in msg.walk():
        if part.get_filename():
            out.append(attachment_text(part) or "")
        elif part.get_content_maintype() == "text" and not part.is_multipart():
            out.append(part.get_content())
    return "\n".join(out)


def org_ok(org: str) -> bool:
    if not re.fullmatch(r"\d{6}-\d{4}", org):
        return False
    digits = org.replace("-", "")
    return int(digits[2]) >= 2 and corpuslib.luhn_digit(digits[:9]) == int(digits[9])


def check() -> list[str]:
    problems: list[str] = []
    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    files = sorted(p.name for p in OUT.glob("*.eml"))
    if sorted(labels) != files:
        problems.append("labels.json keys differ from the files")
    if [int(f[:3]) for f in files] != list(range(FIRST, FIRST + COUNT)):
        problems.append(f"file numbers are not exactly {FIRST}-{FIRST + COUNT - 1}")
    app_ids, dates, parsed = {}, [], {}
    for f in files:
        raw = (OUT / f).read_bytes()
        if b"\r" in raw:
            problems.append(f"{f}: contains CR")
        if not re.fullmatch(r"\d{3}-[a-z0-9-]+\.eml", f):
            problems.append(f"{f}: bad file name")
        if any(len(line) > 998 for line in raw.split(b"\n")):
            problems.append(f"{f}: line longer than 998 octets")
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        parsed[f] = msg
        if msg.defects:
            problems.append(f"{f}: defects {msg.defects}")
        for part in msg.walk():
            if part.defects:
                problems.append(f"{f}: part defects {part.defects}")
            if part.get_content_maintype() == "text" and not part.is_multipart():
                try:
                    part.get_content()
                except Exception as exc:  # noqa: BLE001
                    problems.append(f"{f}: text part does not decode: {exc}")
            fn = part.get_filename()
            if fn:
                readable = bool(attachment_text(part))
                if fn.lower().endswith(UNREADABLE) == readable:
                    problems.append(f"{f}: attachment {fn} readable={readable}, not as intended")
        for h in ("From", "To", "Cc", "Reply-To"):
            for a in msg.get_all(h, []):
                for dom in re.findall(r"@([A-Za-z0-9.-]+)", str(a)):
                    if not re.search(r"(^|\.)example\.(se|com|org|net)$", dom.lower()):
                        problems.append(f"{f}: non-example domain {dom}")
        body_all = all_text(msg)
        for dom in re.findall(r"[@/.]([a-z0-9-]+\.(?:se|com|org|net|nu))\b", body_all.lower()):
            if dom in ("microsoft.com", "w3.org"):  # XML namespaces in Outlook HTML
                continue
            if not dom.startswith("example."):
                problems.append(f"{f}: non-example domain in text: {dom}")
        dates.append(msg["Date"].datetime)
        lab = labels.get(f)
        if lab is None:
            continue
        if list(lab) != ["kind", "language", "elements", "facts", "notes"]:
            problems.append(f"{f}: top-level label fields {list(lab)}")
        if lab["kind"] not in KINDS or lab["language"] not in ("sv", "en"):
            problems.append(f"{f}: bad kind/language")
        if list(lab["elements"]) != list(corpuslib.ELEMENTS) or not all(
            isinstance(v, bool) for v in lab["elements"].values()
        ):
            problems.append(f"{f}: bad elements")
        if list(lab["facts"]) != list(corpuslib.FACTS):
            problems.append(f"{f}: bad fact fields")
        if not isinstance(lab["notes"], str) or len(lab["notes"]) < 40:
            problems.append(f"{f}: notes too short")
        facts = lab["facts"]
        if lab["kind"] in MACHINE | {"question"} and any(lab["elements"].values()):
            problems.append(f"{f}: non-application with elements")
        if lab["kind"] in MACHINE and any(v is not None for v in facts.values()):
            problems.append(f"{f}: machine mail with facts")
        if lab["kind"] in ("application", "followup") and not all(
            isinstance(facts[k], bool) for k in ("salary_costs", "physical_investment")
        ):
            problems.append(f"{f}: salary/investment must be bool")
        if lab["kind"] in ("application", "followup"):
            if not lab["elements"]["contact"] and (
                facts["contact_email"] or facts["contact_name"] or facts["contact_phone"]
            ):
                problems.append(f"{f}: contact facts without contact element")
            if lab["elements"]["contact"] and not facts["contact_name"]:
                problems.append(f"{f}: contact element without contact name")
            if lab["elements"]["association"] and not facts["association_name"]:
                problems.append(f"{f}: association element without a name")
        body = body_all + "\n" + str(msg["Subject"])
        org = facts["org_number"]
        if org is not None:
            if not org_ok(org):
                problems.append(f"{f}: org number {org} invalid")
            if org not in body:
                problems.append(f"{f}: org number {org} not in the mail text")
        for k in ("contact_name", "contact_phone", "contact_email", "association_name"):
            if facts[k] and facts[k] not in body + str(msg["From"]):
                problems.append(f"{f}: {k} {facts[k]!r} not in the mail text")
        if facts["ort"] and facts["ort"] not in body:
            problems.append(f"{f}: ort {facts['ort']} not in the mail")
        if facts["ort"] and facts["ort"] not in MUNICIPALITY:
            problems.append(f"{f}: ort {facts['ort']} has no municipality")
        for k in ("members", "amount_sek"):
            if facts[k] is not None and not isinstance(facts[k], int):
                problems.append(f"{f}: {k} not int")
        if lab["kind"] == "followup" and "Vi saknar följande i er ansökan" not in body:
            problems.append(f"{f}: followup does not quote the receipt")
        if lab["kind"] == "application":
            app_ids[msg["Message-ID"].strip()] = f
            if msg.get("In-Reply-To") or re.match(r"(?i)(re|sv|aw):", str(msg["Subject"])):
                problems.append(f"{f}: application looks like a reply")
    if dates != sorted(dates):
        problems.append("numbers do not follow the Date order")
    for f, msg in parsed.items():
        kind = labels.get(f, {}).get("kind")
        refs = " ".join(str(msg.get(h, "")) for h in ("In-Reply-To", "References"))
        if kind == "followup":
            if not any(mid in refs for mid in app_ids):
                problems.append(f"{f}: followup not threaded to an application in own4")
            if not re.match(r"(?i)(re|sv):", str(msg["Subject"])):
                problems.append(f"{f}: followup subject lacks Re:/SV:")
        if kind in ("autoreply", "bounce") and not any(mid in refs for mid in app_ids):
            problems.append(f"{f}: {kind} does not answer a receipt to an own4 application")
    apps = [lab for lab in labels.values() if lab["kind"] == "application"]
    for el in corpuslib.ELEMENTS:
        n = sum(1 for lab in apps if not lab["elements"][el])
        if n < 5:
            problems.append(f"element {el} missing in only {n} applications")
    for lab in apps:
        if sum(1 for v in lab["elements"].values() if not v) > 3:
            problems.append(
                f"an application misses more than three elements: {lab['facts']['ort']}"
            )
    covered = {MUNICIPALITY[lab["facts"]["ort"]] for lab in labels.values() if lab["facts"]["ort"]}
    if len(covered) != 12:
        problems.append(f"municipalities covered: {sorted(covered)}")
    want = {
        "application": 26,
        "followup": 12,
        "question": 5,
        "autoreply": 4,
        "bounce": 1,
        "newsletter": 1,
        "spam": 1,
    }
    got = {k: sum(1 for lab in labels.values() if lab["kind"] == k) for k in want}
    if got != want:
        problems.append(f"kind counts {got}")
    return problems


def summary() -> None:
    labels = json.loads((OUT / "labels.json").read_text(encoding="utf-8"))
    kinds: dict[str, int] = {}
    for lab in labels.values():
        kinds[lab["kind"]] = kinds.get(lab["kind"], 0) + 1
    apps = [lab for lab in labels.values() if lab["kind"] == "application"]
    complete = sum(1 for lab in apps if all(lab["elements"].values()))
    missing = {el: sum(1 for lab in apps if not lab["elements"][el]) for el in corpuslib.ELEMENTS}
    fus = [lab for lab in labels.values() if lab["kind"] == "followup"]
    supplied = {el: sum(1 for lab in fus if lab["elements"][el]) for el in corpuslib.ELEMENTS}
    print(f"own4: {len(labels)} mails, {kinds}")
    print(f"applications: {len(apps)}, complete: {complete}, missing per element: {missing}")
    print(f"followups: {len(fus)}, supplying per element: {supplied}")


def main() -> int:
    write_folder(build())
    problems = check()
    for p in problems:
        print("PROBLEM:", p)
    summary()
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
