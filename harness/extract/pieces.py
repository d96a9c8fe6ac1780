"""A sentence of very many comparisons read in pieces, so that reading a document stays linear in its length.

Each cue of a clause looks back over the text before it for its subject (names, pronouns, a subject named nowhere), so
a clause's reading costs its cues times its length: one line of 1,000 comparisons and no full stop ("A beats B, C beats
D, ...", pasted or hostile) took seconds, 4,000 minutes. A sentence with more than `MOST_CUES` cues is read as pieces
of at most that many, cut at the last comma, semicolon or space before the next piece's first cue; the reading of a
piece costs at most `MOST_CUES` times its length, and the pieces together their sentence's length times that. No real
sentence comes near: the labelled sets' 2,500 sentences have four cues at most. A piece's claims quote the whole
sentence, and a claim an earlier piece of it made is not made again; a claim whose subject and cue fall in two pieces
may be misread, so the sentence is listed as a candidate that says it was read in pieces.
"""

from __future__ import annotations

import re

from harness.extract.found import Candidate
from harness.extract.mentions import unmarked

# a sentence with more cues than this is read in pieces (four times the most a labelled sentence has)
MOST_CUES = 16
# where a piece may end: after a comma, semicolon or colon and the spaces after it, else before the word the next
# piece's first cue follows ("... G beats H | I beats J": I is the subject of its cue)
_CLAUSE_END = re.compile(r"[,;:]\s+")
_SPACE = re.compile(r"\s+")


def pieces(sentence: str, cues: list[tuple]) -> list[tuple[int, int]]:
    """The (start, end) of each piece of a sentence with the cues `cues` (each (kind, start, end, ...), in order): the
    whole sentence where it has `MOST_CUES` or fewer."""
    out, start = [], 0
    for n in range(MOST_CUES, len(cues), MOST_CUES):
        last_end, next_start = cues[n - 1][2], cues[n][1]
        # the end of the last clause (else word) between the piece's last cue and the next piece's first
        ends = [m.end() for m in _CLAUSE_END.finditer(sentence, last_end, next_start)]
        spaces = [m.end() for m in _SPACE.finditer(sentence, last_end, next_start)]
        cut = ends[-1] if ends else spaces[-2] if len(spaces) >= 2 else spaces[-1] if spaces else next_start
        if cut > start:
            out.append((start, cut))
            start = cut
    out.append((start, len(sentence)))
    return out


def read_in_pieces(sentence: str, offset: int, cues: int, count: int) -> Candidate:
    """The candidate that says a sentence of `cues` cues was read in `count` pieces."""
    return Candidate(
        sentence.strip(),
        f"characters {offset}-{offset + len(sentence)}",
        f"a sentence of {cues} comparison or ranking cues (more than {MOST_CUES}) read in {count} pieces of at most "
        f"{MOST_CUES}: a claim whose subject and cue fall in two pieces may be misread or missed",
    )


def read_sentences(
    sentences: list[tuple[int, str]], cues
) -> tuple[dict[int, str], list[tuple[int, str]], dict[int, tuple[int, str, Candidate]]]:
    """The document's sentences as written and as read (`mentions.unmarked`), each (offset, text), a sentence of very
    many cues (`cues(text)` lists them) as its pieces; and for each piece, by its offset, its sentence's offset, its
    sentence as written and the candidate that says the sentence was read in pieces."""
    written, read, cut = {}, [], {}
    for start, text in sentences:
        plain = unmarked(text)
        found = cues(plain)
        parts = pieces(plain, found)
        said = read_in_pieces(text, start, len(found), len(parts)) if len(parts) > 1 else None
        for a, b in parts:
            written[start + a] = text[a:b]
            read.append((start + a, plain[a:b]))
            if said is not None:
                cut[start + a] = (start, text, said)
    return written, read, cut
