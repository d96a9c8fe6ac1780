"""A name found in text (`Mention`), the spans a text's names take, a name's parts, and the shapes a name or a
benchmark's name has in text: what the name readers (`names`, `benchmark_names`) share."""

from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass

# a capitalised name, or a lower-case one with a version ("gpt-4o", "gpt-oss-120b": words joined by dashes up to it),
# with its following parts (a size glued to the next word, "Qwen 32Bwhile" where a page lost its space, ends at the size)
CANDIDATE = re.compile(
    r"\b(?:[A-Z][\w.]*|[a-z]+\d[\w.]*|[a-z]+(?:-[a-z]+){0,2}-\d[\w.-]*)"
    r"(?:[ \-‐‑–](?:\d+(?:\.\d+)?[BM](?=[a-z]{3,}\b)|[A-Z0-9][\w.-]*|\d[\w.]*|[a-z]+-?\d[\w.-]*))*"
)
SEP = r"[\s\-‐‑‒–—_]"  # the dashes people type, non-breaking ones included
SPLIT = re.compile(rf"{SEP}+")
# what may follow a name and still be that model: a checkpoint date or build, instruct/chat tuning
CHECKPOINT = rf"(?:{SEP}+(?:instruct|chat|it|exp|experimental|\d{{4}}|20\d\d-?\d\d-?\d\d))?"
SIZE = re.compile(r"^\d+(?:\.\d+)?[bm]$", re.I)
# capitalised words that start a sentence or a phrase, not a name: "With Llama 3 8B", "Today Granite 3.0 8B",
# "Overall Qwen 3 places first", "However Qwen 3 beats ..." (a sentence's adverb or linking word)
LEADING = frozenset(
    "a an the our their its his her my your this that these those with without at in on of for from by to and or but "
    "while both only even also today now then new meanwhile unlike like compared against versus vs meet introducing "
    "as when where which what how why so yet after before since although though here there overall however moreover "
    "furthermore additionally notably finally indeed instead thus hence likewise similarly besides".split()
)
# a sentence's or a phrase's first word that is an adverb or a participle ("Consistently outperforms ...", "Achieving
# 76.1% on ..."): capitalised by its place, no name nor part of one ("Kling", "Ling" are too short to be read so)
OPENING_WORD = re.compile(r"[A-Z][a-z]{3,}(?:ly|ing)")
# benchmark-like names: "SWE-bench", "Terminal-Bench", "WMT24", its "++" edition ("WMT24++")
BENCHLIKE = re.compile(r"(?<![\w.-])(?:[A-Z][A-Za-z0-9]*[-‐‑– ]?[Bb]ench|[A-Z]{2,}\d{2,})\+{0,2}(?![\w-])")


@dataclass
class Mention:
    kind: str  # model | benchmark
    id: str  # the catalog id; for a name the catalog lacks, the name as written
    start: int
    end: int
    text: str
    how: str = ""  # empty when the text is a catalog name or alias as written
    catalogued: bool = True


class Spans:
    """Which spans of a text are taken: a test of overlap in log time, so that a long text's names are not each
    held against all the others (the same answer as `any(s < end and start < e for s, e in spans)`)."""

    def __init__(self, spans=()):
        pairs = sorted(spans)
        self.starts = [s for s, _ in pairs]
        self.reach: list[int] = []  # the furthest end of the spans up to each one
        for _, e in pairs:
            self.reach.append(max(e, self.reach[-1]) if self.reach else e)

    @classmethod
    def of(cls, mentions: list[Mention]) -> Spans:
        return cls((m.start, m.end) for m in mentions)

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end) - 1  # the last span that starts before `end`
        return i >= 0 and self.reach[i] > start

    def first_start(self, lo: int, hi: int) -> int | None:
        """Where the first span that starts in lo..hi-1 starts, or None."""
        i = bisect_left(self.starts, lo)
        return self.starts[i] if i < len(self.starts) and self.starts[i] < hi else None


class Taken:
    """Spans that never overlap one another, added one at a time (the names found so far in a text)."""

    def __init__(self):
        self.starts: list[int] = []
        self.ends: list[int] = []

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_left(self.starts, end) - 1  # disjoint spans: the last one that starts before `end` reaches furthest
        return i >= 0 and self.ends[i] > start

    def add(self, start: int, end: int) -> None:
        insort(self.starts, start)
        self.ends.insert(bisect_left(self.starts, start), end)


def name_parts(name: str) -> list[str]:
    """A name's parts, split at separators and where a word meets its version ("Qwen2.5" -> Qwen, 2.5)."""
    out = []
    for p in SPLIT.split(name.strip()):
        out += [x for x in re.split(r"(?<=[A-Za-z]{2})(?=\d)", p) if x]
    return out


# apostrophes as typed or as a page sets them: "Humanity's Last Exam" is also written "Humanity’s Last Exam"
_APOSTROPHES = str.maketrans("’ʼ‘", "'" * 3)


def folded(text: str) -> str:
    """The text folded as `anchor` folds a name: case and apostrophes."""
    return text.casefold().translate(_APOSTROPHES)


def anchor(parts: list[str]) -> str:
    """The name's longest part, folded: any spelling of the name contains it."""
    return folded(max(parts, key=len))


def body(parts: list[str]) -> str:
    # a size may be written with a space before its unit: "Qwen 2.5 32 B"; a version's letter split from its number
    # by a dash: "GPT4-o mini" for GPT-4o mini
    return rf"{SEP}*".join(
        re.escape(p[:-1]) + r" ?" + p[-1]
        if re.fullmatch(r"\d+(?:\.\d+)?[BbMm]", p)
        else rf"{SEP}?".join(re.escape(x).replace("'", "['’ʼ‘]") for x in re.split(r"(?<=\d)(?=[a-z])", p))
        for p in parts
    )


# a footnote mark in superscript after a name or a bracket ("GPT-4o¹", "Opus²,"), but not a part of one ("τ²-bench")
_SUPERSCRIPT_MARK = re.compile(r"(?<=[A-Za-z0-9)\]])[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?![\w\-‐‑–])")
# markdown's bold and code marks around a name ("**GLM-4-9B** and its ... version **GLM-4-9B-Chat** have shown"):
# no part of the text a reader reads, so they stand between two names as nothing does
_MARKDOWN_MARK = re.compile(r"\*\*|`")


# a web address in prose ("(source: https://huggingface.co/Zorb/Zorb-7B-v2)", "at www.acme.ai/blog/orca-9-tops-mmlu"):
# its path's words are no names a sentence gives (a repository's "Zorb-7B-v2" was read as a rival); its closing
# punctuation is the sentence's
_ADDRESS = re.compile(r"(?<![\w@/.-])(?:https?://|www\.)[^\s<>\"'`()\[\]{}]*[^\s<>\"'`()\[\]{}.,;:!?]")


# a hyphen that only says where a line may (not) break ("state‑of‑the‑art", "billion‑parameter" with U+2011, as some
# pages print every hyphen): read as the hyphen it is, so that the lexicon's phrases and the catalog's names are found
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


def unmarked(text: str) -> str:
    """The text with superscript footnote marks, markdown's bold and code marks and web addresses blanked (same length,
    so offsets hold): "GPT-4o¹" is GPT-4o, and the mark is no score; "**GLM-4-9B**" is GLM-4-9B; an address's path
    names no model; a non-breaking hyphen is a hyphen. (A quote keeps them: it is of the text as written.)"""
    text = _SUPERSCRIPT_MARK.sub(lambda m: " " * len(m.group()), text)
    if "://" in text or "www." in text:
        text = _ADDRESS.sub(lambda m: " " * len(m.group()), text)
    return _MARKDOWN_MARK.sub(lambda m: " " * len(m.group()), text).translate(_HYPHENS)


# a maker's possessive before a name in a list ("NVIDIA's X, IBM's Y, and Microsoft's Z"): no word between the names
MAKERS = r"(?:(?-i:[A-Z])[\w.-]*['’]s\s+)?"
# what joins two subjects of one claim: "A and B", "A & B", and "A and its human preference-aligned version B" (the
# README of GLM-4: both models "have shown superior performance"), a maker's possessive before the second
JOINED = re.compile(
    r"\s*,?\s*(?:and|&)\s*(?:(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:version|variant|counterpart|sibling|edition"
    r"|checkpoint)s?\s*,?\s*)?" + MAKERS,
    re.I,
)
