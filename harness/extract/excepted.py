"""Benchmarks a sentence names as exceptions to its claim: "beats Y on every benchmark except A", "beats Y, but not
on A", "everywhere but A". Such a benchmark is never one the claim is judged on: the claim is on every benchmark
both sides have but it (a selector's `exclude`), or on the others the sentence names."""

from __future__ import annotations

import re
from collections.abc import Callable

from harness.extract.found import Found
from harness.extract.mentions import Mention

# the words right before an excepted benchmark ("except for the", "but not on", "with the exception of")
_EXCEPT = re.compile(
    r"\b(?:except(?:\s+(?:for|on|in))?|but\s+not(?:\s+(?:on|in))?|everywhere\s+but|other\s+than|excluding|"
    r"apart\s+from|aside\s+from|save\s+for|with\s+the\s+exception\s+of)\s+(?:the\s+)?$",
    re.I,
)
# what joins the benchmarks of one list of exceptions ("except A, B and C")
_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+|nor\s+)", re.I)


def excepted(sentence: str, benches: list[Mention]) -> dict[str, int]:
    """The benchmarks named as exceptions, each with where its exception's words start in the sentence."""
    out: dict[str, int] = {}
    at, end = -1, -1  # where the current list of exceptions starts, and where its last benchmark ends
    for b in sorted((b for b in benches if b.start >= 0), key=lambda m: m.start):
        said = _EXCEPT.search(sentence, max(0, b.start - 60), b.start)
        if said:
            at = said.start()
        elif not (end >= 0 and _JOIN.fullmatch(sentence, end, b.start)):
            at, end = -1, -1
            continue
        out.setdefault(b.id, at)
        end = b.end
    return out


def drop_excepted(sentence: str, found: list[Found], exceptions: dict[str, int], name: Callable[[str], str]) -> None:
    """Take the excepted benchmarks out of each claim made before its exception's words (not out of a claim the
    exception's own clause makes: "but not on A, where Y beats it" is a claim on A)."""
    for f in found:
        if f.kind == "score" or not isinstance(f.benchmarks, list):
            continue
        statement = f.statement.split("] ", 1)[1] if f.statement.startswith("[") else f.statement
        start = sentence.find(statement)
        gone = [b for b in f.benchmarks if b in exceptions and 0 <= start < exceptions[b]]
        if not gone:
            continue
        kept = [b for b in f.benchmarks if b not in gone]
        f.benchmarks = kept or {"exclude": gone}
        if not kept:  # what was carried over was the exception
            f.review = [note for note in f.review if not note.startswith("benchmark carried over")]
        names = ", ".join(name(b) for b in gone)
        f.review.append(
            f"{names} named as an exception: "
            + (
                "judged on the other benchmarks named"
                if kept
                else "every benchmark with evidence for both sides but it"
            )
        )
