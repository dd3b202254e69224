"""What kind of mail this is, and whether a machine sent it (RFC 3834).

Machine checks come first and are layered — headers, then sender, then
subject and body — because answering a machine is the one mistake that can
start a mail loop. Each check that fires records a reason in Swedish, shown
to the officer next to the mail.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parsers.mime import ParsedMail
from parsers.text import CASE_REFERENCE, FORWARD_SUBJECT

MACHINE_KINDS = ("autoreply", "bounce", "newsletter", "spam")
HUMAN_KINDS = ("application", "followup", "question")

BOUNCE_SENDER = re.compile(r"^(mailer-daemon|postmaster|mail-daemon|mailerdaemon)@", re.I)
NOREPLY_SENDER = re.compile(
    r"^(no-?reply|do-?not-?reply|noreply|bounce|notifications?)[\w.+-]*@", re.I
)
BOUNCE_SUBJECT = re.compile(
    r"(undeliver|delivery status notification|delivery failure|mail delivery failed|"
    r"returned mail|returnerat meddelande|kunde inte levereras|det gick inte att leverera|"
    r"olevererbar|leveransfel|ej levererat|failure notice|non remis|unzustellbar)",
    re.I,
)
AUTO_SUBJECT = re.compile(
    r"(frånvaromeddelande|frånvaro:|automatiskt svar|autosvar|auto:|automatic reply|"
    r"autoreply|auto-reply|out of (the )?office|semester\b|på semester|ledig till|"
    r"tjänstledig|föräldraledig|abwesenheit|fraværsmelding|away from)",
    re.I,
)
AUTO_BODY = re.compile(
    r"((jag )?har semester|(mejl|e-?post|mail)\w* (till \w+ )?läses (igen|inte|först)|besvaras (efter|när|först)|"
    r"åter i tjänst|tillbaka på kontoret|i'?m on (vacation|holiday|leave)|on annual leave|out of office|"
    r"jag är (på semester|ledig|bortrest|tjänstledig|föräldraledig|borta|inte på kontoret|"
    r"sjukskriven)|är tillbaka (den|på|igen)|åter (den|på) \d|begränsad tillgång till (e-?post|mejl)|"
    r"läser (inte )?(min )?(e-?post|mejl)|out of (the )?office|i am (away|on (annual )?leave|"
    r"travelling|out)|limited access to (e-?mail|email)|will (be back|return)|back on|"
    r"tack för ditt (mejl|meddelande|mail|e-?brev)\.? jag|thank you for your (e-?mail|message)\.? i|"
    r"(detta|det här) är ett automatiskt (svar|meddelande)|automatiskt genererat|"
    r"this is an automatic (reply|response|message)|auto-?generated)",
    re.I,
)
SPAM_PHRASES = re.compile(
    r"\b(bekräfta (inom|din|er|utbetalning)|verifiera|inom \d+ timmar|klicka (här|på länken)|"
    r"bankuppgifter|kontouppgifter|kortuppgifter|bankid|lösenord|administrativ avgift|"
    r"vinnare|grattis|du har vunnit|har beviljats \d|utbetalning|arv(et)? efter|"
    r"verify your|click here|winner|lottery|claim your|inheritance|bitcoin|crypto|casino|"
    r"viagra|urgent|bank details|wire transfer|processing fee|100% free|act now|"
    r"verifiera ditt konto|lagringskvot|(?:brev|e-post)låda(?:n)? är full|åtgärd krävs|"
    r"konto(?:t)? (?:kommer att )?(?:stängas|spärras|raderas)|kontot att (?:stängas|spärras)|"
    r"konto(?:t)? stängs|ovanlig inloggning\w*|verifiera nu|verifierar dina uppgifter|"
    r"raderas permanent|verify your account|mailbox (?:is )?full|unusual sign-in|"
    r"within \d+ hours|claim now|pre-?approved|release (?:the|your) funds|förhandsgodkän\w*|"
    r"avgift på \d+ ?(?:eur|euro|usd|kr)|beneficiary|iban|swift|passport|non-refundable|"
    r"clearance fee|(?:processing|handling|transfer) (?:and \w+ )?fee|fee of (?:eur|usd|gbp)|"
    r"förmånstagare|kopia på (?:pass|id-handling|legitimation)|avgift i förskott|"
    # fake invoices: "Faktura 2026-11873 förfaller", "överlämnas till inkasso", OCR numbers
    r"inkasso\w*|förfallodag\w*|förfaller|ocr(?:-nummer|-nr)?:?\s*\d{6,}|betalningspåminnelse|"
    r"registreringsavgift|årsavgift för registrering|betala i tid|debt collection|"
    r"overdue invoice|payment reminder|invoice (?:no\.?|number) ?\d+|"
    r"storage limit|verify now|mailbox has reached|will be rejected|upgrade your storage|"
    r"lagringsutrymme\w*|brevlådan har nått|din brevlåda har nått|uppgradera (?:ditt|din) lagring|"
    r"förhandsbevilja\w*|bekräfta snabbt|för att bidraget ska betalas ut|"
    r"kräver ingen (?:förankring|budget|ansökan))",
    re.I,
)
# Sales pitches of grant consultants: "vi skriver er ansökan mot 10 % av beviljat bidrag".
SALES_PHRASES = re.compile(
    r"\b(boka (?:ett |en )?(?:kostnadsfritt |gratis )?(?:möte|samtal|demo|rådgivning)|"
    r"provision|\d+ ?% av (?:det )?beviljade?\w*|rabatt\w*|kampanj\w*|bidragsexpert\w*|"
    r"bidragskonsult\w*|ansökningshjälp|vi skriver (?:er|din|era) ansökan|no cure,? no pay|"
    r"ingen vinst,? ingen betalning|free consultation|limited offer|special offer|"
    r"vi hjälper (?:er|föreningar|dig) att (?:söka|få)|maximera (?:ert|era) bidrag|"
    r"begränsat erbjudande|erbjudandet gäller|we write your (?:grant )?application|"
    r"our consultants|introductory price|(?:paid|pay|payment) in advance|success rate|"
    r"guaranteed (?:funding|grant|approval|success)|garanterat? (?:bidrag|beviljat|beviljad)|"
    r"i förskott|förskottsbetalning|introduktionspris|våra konsulter|"
    r"writes? your (?:grant )?application|guarantee (?:approval|funding|the grant|success)|"
    r"money back|pengarna tillbaka|(?:one-time |start(?:up)? |set-?up )fee|startavgift|"
    r"engångsavgift|pay today|betala (?:redan )?idag|vi garanterar)",
    re.I,
)
QUESTION_CUE = re.compile(
    r"(\?|\b(undrar|fråga|frågor|fraga|fragor|funderar|vill veta|kan ni|kan man|får man|far man|"
    r"går det|gar det|gäller det|galler det|"
    r"wonder|question|could you tell|is it possible)\b)",
    re.I,
)
APPLY_INTENT = re.compile(
    r"(?<!när )(?<!innan )(?<!before )(?<!when )(?<!if )(?<!om )(?<!hur )(?<!how )\b(härmed|vi söker|jag söker|ansöker|vill söka|söker vi|söka (om )?bidrag|ansökan om|"
    r"här kommer (vår|min|en) ansökan|vår ansökan|min ansökan|we apply|we are applying|"
    r"apply for|would like to apply|application for|sökt belopp|söker (idéslanten|bygdepeng))",
    re.I,
)
# Closing courtesies are not questions: "ring mig om det är nåt ni undrar".
COURTESY = re.compile(
    r"\b(om (det är )?(något|nåt|nånting|ni har frågor|ni undrar)|if you have any questions|"
    r"hör av (er|dig)|ring (gärna|mig)|don't hesitate|do not hesitate|feel free)\b",
    re.IGNORECASE,
)
SENTENCE_SPLIT = re.compile(r"(?<=[.!?\n])\s*")
APPLY_SUBJECT = re.compile(r"\b(ansökan|ansöker|application|söker)\b", re.IGNORECASE)
BULK_TEXT = re.compile(
    r"\b(avregistrera (?:dig|er)|avsluta (?:din |er )?prenumeration|avprenumerera|unsubscribe|"
    r"to stop receiving|reply stop|svara stopp|vill du inte ha fler|"
    r"vill du inte (?:längre )?få (?:våra |fler )?(?:utskick|nyhetsbrev|mejl))",
    re.IGNORECASE,
)
MANY_QUESTIONS = re.compile(r"\b(?:två|tre|några|ett par) frågor\b|\b(?:jag|vi) undrar\b", re.I)
# "Vi funderar på att söka …, vi skickar en riktig ansökan senare": not applying yet.
NOT_YET = re.compile(
    r"\b(funderar på att söka|tänker söka|överväger att söka|innan vi söker|"
    r"skickar (?:en |vår |den )?(?:riktig |riktiga |formell |ordentlig )?ansökan "
    r"(?:senare|sen|längre fram|när)|"
    r"innan vi skickar in|inte skickat in någon ansökan|vill veta först|"
    r"before we apply|considering applying|thinking (?:of|about) applying|"
    r"will send (?:a |the |our )?(?:proper |real |formal )?application later)\b",
    re.I,
)
RECEIPT_TALK = re.compile(
    r"\b(ni skriver att|ni saknar|det saknas|saknade|vad menar ni|vad menas med|"
    r"ert (?:mejl|mail|svar)|er kvittens|you write that|you say (?:that )?\w+ is missing|"
    r"what do you mean|missing)\b",
    re.IGNORECASE,
)
REPLY_SUBJECT = re.compile(r"^\s*((re|sv|aw|vs|antw|odp)\s*(\[\d+\])?\s*:\s*)+", re.I)


@dataclass
class KindResult:
    kind: str
    reasons: list[str]


def machine_reasons(
    mail: ParsedMail, own_addresses: frozenset[str] = frozenset()
) -> tuple[str | None, list[str]]:
    """Which machine kind (if any) the headers and sender show, with reasons."""
    reasons: list[str] = []
    kind = None
    sender = mail.from_addr
    types = set(mail.part_types)
    if mail.content_type == "multipart/report" or "message/delivery-status" in types:
        kind, _ = "bounce", reasons.append("leveransrapport (multipart/report)")
    if BOUNCE_SENDER.match(sender):
        kind = kind or "bounce"
        reasons.append(f"avsändaren är {sender}")
    return_path = mail.header("return-path").strip()
    if "return-path" in mail.headers and return_path in ("<>", ""):
        kind = kind or "bounce"
        reasons.append("tom Return-Path")
    if BOUNCE_SUBJECT.search(mail.subject) and (
        kind or not mail.from_name or BOUNCE_SENDER.match(sender)
    ):
        kind = kind or "bounce"
        reasons.append("ämnesraden säger att ett mejl inte kunde levereras")
    auto = mail.header("auto-submitted").strip().lower()
    if auto and auto != "no":
        kind = kind or "autoreply"
        reasons.append(f"Auto-Submitted: {auto}")
    for name in ("x-autoreply", "x-autorespond", "x-autoresponder", "x-auto-response-suppress"):
        if name in mail.headers:
            kind = kind or "autoreply"
            reasons.append(f"huvudet {name} finns")
    precedence = mail.header("precedence").strip().lower()
    if precedence in ("bulk", "list"):
        kind = kind or "newsletter"
        reasons.append(f"Precedence: {precedence}")
    elif precedence == "junk":
        # Some servers mark out-of-office replies "junk"; the subject tells them apart.
        kind = kind or ("autoreply" if AUTO_SUBJECT.search(mail.subject) else "spam")
        reasons.append("Precedence: junk")
    elif precedence in ("auto_reply", "auto-reply"):
        kind = kind or "autoreply"
        reasons.append(f"Precedence: {precedence}")
    for name in ("list-id", "list-unsubscribe", "list-post", "x-mailing-list"):
        if name in mail.headers:
            kind = kind or "newsletter"
            reasons.append(f"huvudet {name} finns")
    if NOREPLY_SENDER.match(sender):
        # Bulk senders use no-reply addresses, and so does phishing; classify()
        # weighs the spam signs before settling on "newsletter".
        kind = kind or "noreply"
        reasons.append(f"avsändaren {sender} tar inte emot svar")
    if sender and sender in own_addresses:
        kind = kind or "autoreply"
        reasons.append("mejlet kommer från vår egen adress")
    spam_flag = (mail.header("x-spam-flag") + " " + mail.header("x-spam-status")).lower()
    if spam_flag.strip().startswith("yes"):
        kind = kind or "spam"
        reasons.append("märkt som skräppost av e-postservern")
    return kind, reasons


def spam_score(mail: ParsedMail, text: str) -> tuple[int, list[str]]:
    """Phishing signs: urgency, payment requests, mismatched reply address."""
    score, reasons = 0, []
    hits = {m.group(0).lower() for m in SPAM_PHRASES.finditer(mail.subject + "\n" + text[:5000])}
    if hits:
        score += len(hits)
        reasons.append("typiska bedrägerifraser: " + ", ".join(sorted(hits)[:4]))
    sales = {m.group(0).lower() for m in SALES_PHRASES.finditer(mail.subject + "\n" + text[:5000])}
    if sales:
        score += len(sales) + (1 if len(sales) >= 2 else 0)
        reasons.append("säljer tjänster: " + ", ".join(sorted(sales)[:4]))
    reply_to = mail.header("reply-to")
    if reply_to and "@" in reply_to and mail.from_addr:
        domain = mail.from_addr.split("@")[-1]
        if domain not in reply_to.lower():
            score += 1
            reasons.append("svarsadressen går till en annan domän än avsändaren")
    if "undisclosed" in mail.header("to").lower() or not mail.to:
        score += 1
        reasons.append("dold mottagarlista")
    if mail.header("x-priority").startswith("1"):
        score += 1
    if re.search(r"https?://\d+\.\d+\.\d+\.\d+", text):
        score += 2
        reasons.append("länk till en IP-adress")
    return score, reasons


def is_autoreply_text(subject: str, text: str) -> bool:
    """Out-of-office replies without any header: subject or a short body says so."""
    if AUTO_SUBJECT.search(subject):
        return True
    short = len(text) < 900
    return short and bool(AUTO_BODY.search(text)) and not APPLY_INTENT.search(text)


def classify(
    mail: ParsedMail,
    new_text: str,
    present_elements: int,
    has_budget: bool,
    own_addresses: frozenset[str] = frozenset(),
    has_activity: bool = False,
) -> KindResult:
    """Decide the kind from headers first, then from the text."""
    kind, reasons = machine_reasons(mail, own_addresses)
    if kind == "noreply":
        score, spam_why = spam_score(mail, new_text)
        return (
            KindResult("spam", reasons + spam_why)
            if score >= 3
            else KindResult("newsletter", reasons)
        )
    if kind:
        return KindResult(kind, reasons)
    # Phishing dressed as a system notice ("Åtgärd krävs: Din brevlåda är full") is spam.
    score, spam_why = spam_score(mail, new_text)
    if score >= 3 and present_elements <= 2:
        return KindResult("spam", spam_why)
    if is_autoreply_text(mail.subject, new_text):
        return KindResult("autoreply", ["ämnet eller texten är ett frånvaromeddelande"])
    if BULK_TEXT.search(new_text) and present_elements <= 2:
        # A mass mailing sent without list headers still tells readers how to unsubscribe.
        return KindResult("newsletter", ["texten har en avregistreringslänk som ett nyhetsbrev"])
    # A forward ("Fwd: Ansökan …") of a draft is a new application even though its
    # headers still thread to the draft; one that carries a case reference is not.
    forwarded = bool(FORWARD_SUBJECT.match(mail.subject)) and not CASE_REFERENCE.search(
        mail.subject
    )
    body = " ".join(s for s in SENTENCE_SPLIT.split(new_text) if not COURTESY.search(s))
    # "SV: idéslanten?? [Idéslanten 2026-0027]": a reply inherits its subject's question
    # and its "ansökan"; only what the writer says now asks or applies.
    referenced = bool(CASE_REFERENCE.search(mail.subject))
    in_thread = bool(REPLY_SUBJECT.match(mail.subject)) or referenced
    asks_in_subject = bool(QUESTION_CUE.search(mail.subject)) and not in_thread
    asks = asks_in_subject or bool(QUESTION_CUE.search(body))
    subject_applies = bool(APPLY_SUBJECT.search(mail.subject))
    # "Kan en föräldragrupp … söka idéslanten?" asks about applying; it does not apply.
    statements = " ".join(p for p in SENTENCE_SPLIT.split(body) if not p.rstrip().endswith("?"))
    # A described, dated plan ("vill ha en kväll … tisdag 7 april") is an application even
    # when its only question is "vad det kostar, kanske 5000?".
    applies = (
        bool(APPLY_INTENT.search(statements))
        or has_budget
        or has_activity
        or (subject_applies and not in_thread)
    )
    if asks_in_subject and not has_budget and not subject_applies:
        return KindResult("question", ["ämnesraden är en fråga"])
    many_asked = len(re.findall(r"\?+", new_text)) >= 2 or bool(MANY_QUESTIONS.search(body))
    if asks and (not has_budget or many_asked) and not in_thread and NOT_YET.search(body):
        return KindResult("question", ["frågar inför en ansökan som kommer senare"])
    if asks and not applies and not has_budget and not referenced and MANY_QUESTIONS.search(body):
        # "Två frågor: …" from someone who only thinks of applying, however much they tell.
        return KindResult("question", ["ställer frågor om bidraget men ansöker inte"])
    if asks and present_elements <= 2 and not has_budget:
        # In a case's thread "Räcker inte det?" answers our receipt; "Två frågor: …" asks,
        # whatever it says about "vår ansökan".
        questions = len(re.findall(r"\?+", new_text)) >= 2 or MANY_QUESTIONS.search(body)
        # In a case's thread, questions back about our receipt ("Måste vi vara en
        # förening?") belong to the case; questions about the decision stand alone.
        if referenced:
            questions = questions and not RECEIPT_TALK.search(body)
        if questions if referenced else not applies:
            return KindResult("question", ["frågar om bidraget men ansöker inte"])
    # A reply keeps "Re:"; a mail that only threads to something else (a municipality's
    # mail answered with a new subject "Ansökan …") is a new application.
    is_reply = in_thread or (bool(mail.thread_ids()) and not forwarded and not subject_applies)
    if is_reply and not referenced and present_elements >= 4 and APPLY_INTENT.search(body):
        # "SV: Frågor om idéslanten – Här kommer vår ansökan": a whole new application.
        return KindResult("application", ["en hel ansökan som svar i en annan tråd"])
    if is_reply:
        return KindResult("followup", ["svar i en tidigare tråd"])
    return KindResult("application", ["ansökan"])


EN_WORDS = set("the and we to of for is are our will with this that in on be have you".split())
SV_WORDS = set("och att det är vi för som en på med till av har i ska den inte om".split())


def language(text: str) -> str:
    """'en' when English function words outnumber Swedish ones, else 'sv'."""
    words = re.findall(r"[a-zåäö]+", text.lower())[:600]
    en = sum(w in EN_WORDS for w in words)
    sv = sum(w in SV_WORDS for w in words)
    return "en" if en > sv * 1.5 and en >= 5 else "sv"
