"""Documents to extract claims from: text, markdown or HTML files, or URLs; their text, sentences and byline."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from harness.claims.names import INVISIBLE
from harness.errors import InputError
from harness.evidence.adapters.foreign import day
from harness.evidence.fetching import FetchError, fetch
from harness.inputs import printable

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# where a date sits in a byline; `day` (the importers' date reader) reads what is found
_DATES = [
    re.compile(rf"\b\d{{4}}-(?:{_MONTHS})-\d{{1,2}}\b"),  # 2025-December-13
    re.compile(rf"\b(?:{_MONTHS}) \d{{1,2}}, \d{{4}}\b"),
    re.compile(rf"\b\d{{1,2}} (?:{_MONTHS}) \d{{4}}\b"),
    re.compile(r"\b\d{4}-\d{2}-\d{2}(?!\d)"),  # also "2025-12-05T10:00:00Z"
]
_BYLINE = re.compile(r"^\s*(?:[^\n]*?\s)?By:?\s+([A-Z][\w.&' -]{1,60}?)\s*$", re.M)
# the longest document extract reads: an article, a model card or a report is far shorter, and reading takes some
# 10 s a megabyte (a 5 MB text already about a minute), so a longer file is refused at once rather than read for minutes
DOCUMENT_MAX_BYTES = 5_000_000
# zero-width joiners shape what is shown within a word of another script or an emoji ("می\u200cخواهم" is not
# "میخواهم", "👩\u200d💻" is one sign): kept there; beside an ASCII character ("GPT\u200d-4o") they show nothing
_SHOWING_JOINERS = "\u200c\u200d"
_ALWAYS_INVISIBLE = {k: v for k, v in INVISIBLE.items() if chr(k) not in _SHOWING_JOINERS}
_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_CONTROLS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029]|\r(?!\n)")
_LOOSE_JOINERS = re.compile(r"[\u200c\u200d]+(?=[\x00-\x7f])|(?<=[\x00-\x7f])[\u200c\u200d]+")
# a sentence starts with a capital, a digit or a lower-case name with a digit in it ("o3 outranks ...", "gpt-4o ..."),
# after an opening quote of any script's (German and French quotes too: "... licence. »Teuken 7B« is ...")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)«»]?\s+(?=[\"“(‘«»„‚]?(?:[A-Z0-9]|[a-z]+\d))|\n\s*\n|\n(?=\S)")
# a line broken inside a sentence (a README's paragraph wrapped at 120 characters: "..., **GLM-4-9B**\nand its
# human preference-aligned version ... have shown superior performance"): the next line goes on in lower case, or
# this one ends with a comma or a word no sentence ends with; never after a heading, a list item, a table row or a
# line ending a sentence or opening a list, nor before a list item, heading or table row
_LINE_START = re.compile(r"\s*(?:#|\||[-*+•]\s|\d{1,3}[.)]\s|>)")
# a line that starts an item of a list ("- ", "* ", "• ", "1. "): a changelog's items are each about their own model
LIST_ITEM = re.compile(r"\s*(?:[-*+•·]|\d{1,3}[.)])\s+")
_ENDED = re.compile(r"[.!?:;][\"”’)\]*]*\s*$")
_GOES_ON = re.compile(
    r"(?:,|\b(?:and|or|but|of|the|a|an|to|in|on|with|than|for|by|as|at|from|beyond|over|like|including|versus|vs"
    r"|its|their|our|is|are|was|were|has|have|that|which|while|both|between|against|compared)|\*\*)\s*$",
    re.I,
)
_GOES_ON_LOWER = re.compile(r"[a-z](?![a-z]*-?\d)")  # "and its ...", not a name such as "o3" or "gpt-4o" opening a line


@dataclass
class Document:
    name: str
    text: str
    url: str | None = None
    publisher: str | None = None
    published: date | None = None
    meta: dict = field(default_factory=dict)

    def __post_init__(self):
        # the text edge: a zero-width space or soft hyphen inside a name ("GPT\u200b-4o", "Gem\u00adini") would split
        # it in two ("GPT" read as a family); they show nothing, so the quotes read the same without them
        self.text = _LOOSE_JOINERS.sub("", self.text.translate(_ALWAYS_INVISIBLE))
        # a page break (text taken from a PDF has a form feed at each), a vertical tab, a lone carriage return or a
        # Unicode line separator is a break between lines, and no other control character is text: a draft's quote
        # or statement holding one would be refused when the draft is read, so each is a line break or dropped here
        self.text = _CONTROLS.sub(lambda m: "\n" if m.group() in _BREAKS else "", self.text)

    def sentences(self) -> list[tuple[int, str]]:
        """(offset, sentence) in order; abbreviations like 'e.g.' and 'U.S.' do not end one."""
        out, start = [], 0
        for m in _SENTENCE_END.finditer(self.text):
            before = self.text[max(0, m.start() - 5) : m.start()]
            if re.search(r"\b(e\.g|i\.e|U\.S|vs|Dr|Mr|Ms|No)\.$", before):
                continue
            if m.group() == "\n" and self._wrapped(m.start()):
                continue
            out.append((start, self.text[start : m.start()]))
            start = m.end()
        out.append((start, self.text[start:]))
        # a list item's bullet is no part of what it says: it stayed at the head of a draft's quote and statement
        out = [(o + len(b[0]), s[len(b[0]) :]) if (b := _BULLET.match(s)) else (o, s) for o, s in out]
        return [(o, s) for o, s in out if s.strip()]

    def _wrapped(self, at: int) -> bool:
        """Whether the line break at `at` only wraps a sentence that goes on in the next line."""
        line = self.text[self.text.rfind("\n", 0, at) + 1 : at]
        after = self.text[at + 1 : at + 200]
        if not line.strip() or _LINE_START.match(line) or _LINE_START.match(after) or _ENDED.search(line):
            return False
        return bool(_GOES_ON_LOWER.match(after) or _GOES_ON.search(line))


# ... and a quote's marks before it ("> - GPT-4o beats ...", "> GPT-4o beats ..."; not "> 90%", a bound), or a dash
# written against the item's first word ("-GPT-4o beats ...": a bullet with its space left out; "-5 points" is none)
_BULLET = re.compile(r"[ \t]*(?:>[ \t]+(?=[^\d\s.,]))*(?:[-*+•][ \t]+(?=\S)|-(?=[A-Z][A-Za-z]))?")


def _too_long(source: str) -> InputError:
    return InputError(
        printable(source),
        f"over the {DOCUMENT_MAX_BYTES:,}-byte limit for one document (reading takes some 10 s a megabyte): "
        "give the article or model card itself, or split the text",
    )


def refuse_too_long(sources: list[str]) -> None:
    """Refuse a document file over the limit before any document is read: the last of a folder's hundred was
    refused only once the others had been read."""
    for source in sources:
        path = Path(source)
        if path.is_file() and path.stat().st_size > DOCUMENT_MAX_BYTES:
            raise _too_long(source)


def load_document(source: str) -> Document:
    """Read a text, markdown or HTML file, or an http(s) URL, into plain text with its byline."""
    try:
        src = fetch(source, DOCUMENT_MAX_BYTES)
    except (InputError, FetchError) as exc:
        if f"{DOCUMENT_MAX_BYTES:,}-byte limit" not in str(exc):
            raise
        raise _too_long(source) from None
    raw = src.text()
    is_html = src.name.lower().endswith((".html", ".htm")) or bool(re.match(r"\s*(<!doctype html|<html)", raw, re.I))
    if is_html:
        text, meta = html_text(raw)
    else:
        text, meta = mask_markup(raw), {}
    if not text.strip():
        raise InputError(src.label, "no text to read claims from")
    head = "\n".join(text.splitlines()[:12])
    published = _date(meta.get("date", "")) or _date(head)
    byline = _BYLINE.search(head)
    publisher = meta.get("publisher") or (byline.group(1).strip() if byline else None)
    return Document(src.label, text, src.url or meta.get("url"), publisher, published, meta)


# markup in a markdown file that is no prose: an HTML tag or comment (a model card's badge row, `<img alt=... src=
# "https://img.shields.io/badge/%F0%9F%A4%97%20Hugging%20Face-...">`), an image (`![alt](url)`, a badge's alt text
# included), a link's target (`[text](url)`: the text stays) and a reference's definition line (`[ref]: url`, with
# the badge that names it, `[![alt][badge]][link]`); its URL escapes read as names ('F0', 'A4')
_TARGET = r"\((?:<[^<>\n]*>|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+\"[^\"\n]{0,300}\")?\)"
# a link's text written `[...][ref]` stays as written: it is a link only where `ref` is defined, and a web page's
# citation marks are written so ('... than DeepSeek-V3 [3][12].'); an image so written, or an empty link, is none
_REF = r"\[[^\[\]\n]{0,500}\]"
# a link's or image's text: no bracket inside and at most 500 characters, so a line of '[' is read in linear time
_IMAGE = re.compile(rf"!\[[^\[\]\n]{{0,500}}\](?:{_TARGET}|{_REF})")
# a tag as CommonMark reads one: a name, then attributes (`name`, `name=value`, `name="..."`), no '<' or '>' inside
# them. A bare '<' in prose ("run it with `--model <a model name`") is no tag: read as '<' up to the next '>' (a
# quote's '> ' lines below), it took the claims between with it
_ATTRS = r"""(?:\s+[A-Za-z_:][\w.:-]*(?:\s*=\s*(?:[^\s"'=<>`]+|'[^'<>]*'|"[^"<>]*"))?)*\s*/?>"""
_BLOCKS = "br|p|div|li|ul|ol|tr|td|th|table|thead|tbody|h[1-6]|center|details|summary|hr"
_MARKUP = re.compile(
    rf"\[(?P<text>[^\[\]\n]{{0,500}})\]{_TARGET}"
    rf"|(?P<block><(?:{_BLOCKS})\b{_ATTRS}|</(?:{_BLOCKS})\s*>)"
    rf"|(?P<tag><[A-Za-z][A-Za-z0-9-]*{_ATTRS}|</[A-Za-z][A-Za-z0-9-]*\s*>)"
    # a reference's definition: its label, its URL or path, at most a title, and nothing else on the line (not
    # "[Update]: GPT-5", a line of prose)
    r"""|(?P<gone>^ {0,3}\[[^\[\]\n]{1,500}\]:[ \t]*(?:<[^<>\n]*>|(?:[a-z][a-z0-9+.-]*:|[/#.])\S*)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$"""
    rf"|\[\]{_REF})",  # an empty link: what an image written by reference leaves
    re.I | re.M,
)


def mask_markup(text: str) -> str:
    """Markdown as it reads: a link's text without its target, no image, HTML tag or comment (a block tag is a line
    break, as the HTML reader makes it). A draft's characters are then those of the text read, as for a page."""

    def read(m: re.Match) -> str:
        if m["text"] is not None:
            return m["text"]
        if m["block"]:
            return "\n"
        if m["gone"]:
            return ""
        return "\n" * m.group().count("\n")  # a tag's line breaks: the lines around it stay apart

    # images first: a badge that links somewhere, `[![alt](badge)](url)`, is a link around an image
    return _MARKUP.sub(read, _IMAGE.sub("", _without_comments(text)))


def _without_comments(text: str) -> str:
    """The text less its HTML comments, each its line breaks; an unclosed one is left as written (found by `find`,
    not a pattern, which would search the rest of the text again from each '<!--')."""
    parts, at = [], 0
    while (start := text.find("<!--", at)) >= 0 and (end := text.find("-->", start + 4)) >= 0:
        parts += [text[at:start], "\n" * text.count("\n", start, end)]
        at = end + 3
    return "".join(parts) + text[at:]


def _date(text: str) -> date | None:
    for pattern in _DATES:
        m = pattern.search(text)
        if m and (found := day(m.group(0))) is not None:
            return found
    return None


class _Text(HTMLParser):
    """The readable text of a page (paragraphs, headings, list items), and its metadata."""

    SKIP = {"script", "style", "nav", "header", "footer", "aside", "noscript", "svg", "form"}
    BLOCK = {"p", "h1", "h2", "h3", "h4", "li", "blockquote", "div", "br", "tr", "section", "article"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.meta: dict = {}

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in self.SKIP:
            self.skip += 1
        elif tag in self.BLOCK:
            self.parts.append("\n\n")
        if tag == "meta":
            key = (a.get("property") or a.get("name") or "").lower()
            value = a.get("content") or ""
            if key in {"og:site_name", "author"} and value:
                self.meta.setdefault("publisher", value)
            if key in {"article:published_time", "date", "pubdate", "dc.date"} and value:
                self.meta.setdefault("date", value)
            if key == "og:url" and value.startswith(("http://", "https://")):
                self.meta.setdefault("url", value)
        if tag == "link" and (a.get("rel") or "").lower() == "canonical" and (a.get("href") or "").startswith("http"):
            self.meta["url"] = a["href"]

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        elif tag in self.BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.skip:
            self.parts.append(data)


def html_text(html: str) -> tuple[str, dict]:
    parser = _Text()
    parser.feed(html)
    text = re.sub(r"[ \t\r\f\v]+", " ", "".join(parser.parts))
    text = re.sub(r"\s*\n\s*\n\s*", "\n\n", text).strip()
    return text, parser.meta
