"""HTML mail → plain text that keeps the structure the extractor needs.

HTML-only mails are common from webmail and Outlook; their budgets are often
tables. Table cells are joined with " | " and every row becomes one line so
that "Hyra av lokal | 2 000 kr" reads like a budget line in a plain mail.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

BLOCK_TAGS = {
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "table",
    "tr",
    "blockquote",
    "pre",
    "hr",
    "section",
    "article",
    "header",
    "footer",
}
SKIP_TAGS = {"script", "style", "head", "title", "noscript"}


IMAGE_NAME = re.compile(r"\.(png|jpe?g|gif|bmp|svg)\b|^(logo|bild|image|picture)\b", re.I)


class _TextCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.skip_depth = 0
        self.cells_in_row = 0
        self.cell_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in SKIP_TAGS:
            self.skip_depth += 1
        elif tag == "blockquote":
            self.chunks.append("\n\x01\n")
        elif tag == "tr":
            self.cells_in_row = 0
            self.chunks.append("\n")
        elif tag in ("td", "th"):
            if self.cells_in_row:
                self.chunks.append(" | ")
            self.cells_in_row += 1
            self.cell_depth += 1
        elif self.cell_depth and tag in BLOCK_TAGS:
            # Paragraphs inside a table cell stay on the row's line.
            self.chunks.append(" ")
        elif tag == "li":
            self.chunks.append("\n- ")
        elif tag == "img" and not self.skip_depth:
            # A signature as a picture: its alt text is what a reader sees in its place.
            alt = (dict(attrs).get("alt") or "").strip()
            if len(alt) > 12 and " " in alt and not IMAGE_NAME.search(alt):
                self.chunks.append(f"\n{alt}\n")
        elif tag in BLOCK_TAGS:
            self.chunks.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th"):
            self.cell_depth = max(0, self.cell_depth - 1)
        elif self.cell_depth and tag in BLOCK_TAGS and tag not in ("tr", "table"):
            self.chunks.append(" ")
        elif tag in SKIP_TAGS:
            self.skip_depth = max(0, self.skip_depth - 1)
        elif tag == "blockquote":
            self.chunks.append("\n\x02\n")
        elif tag in BLOCK_TAGS and tag not in ("tr", "li"):
            self.chunks.append("\n")

    def handle_data(self, data: str) -> None:
        if self.skip_depth:
            return
        self.chunks.append(re.sub(r"\s+", " ", data))


def html_to_text(markup: str) -> str:
    """Convert HTML to text with one line per block and per table row."""
    collector = _TextCollector()
    try:
        collector.feed(markup)
        collector.close()
    except Exception:  # noqa: BLE001 - broken HTML: fall back to stripping tags
        return html.unescape(re.sub(r"<[^>]+>", " ", markup))
    text = "".join(collector.chunks).replace("\xa0", " ")
    out: list[str] = []
    depth = 0
    for line in text.split("\n"):
        # Blockquotes (quoted earlier mail in HTML replies) become "> " lines,
        # so quote removal treats HTML and plain replies alike.
        if line.strip() in ("\x01", "\x02"):
            depth += 1 if line.strip() == "\x01" else -1
            depth = max(depth, 0)
            continue
        line = line.strip()
        if line and depth:
            line = "> " * depth + line
        if line or (out and out[-1]):
            out.append(line)
    return "\n".join(out).strip()
