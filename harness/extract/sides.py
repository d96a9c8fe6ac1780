"""The two sides of a comparison page: a title or a heading "A vs B" ("Gemma 2 9B vs Llama 3.1 8B Instruct", "A vs. B:
which is better?"). A win said of one side with no rival named ("B shows notably better performance in the majority
of benchmarks", "A outperforms in 3 benchmarks (...)") is over the other side, and says so in its review note.

Read only where the clause reader drafted no comparison in the sentence, only for a sentence that names one model, a
side, before its win word, with nothing after the word that says whom the win is over; each side of the heading must
name exactly one model (the catalog's or one it lacks, as written), never guessed.
"""

from __future__ import annotations

import re

from harness.extract.contrasts import OVER, WIN
from harness.extract.found import Found

# "A vs B", "A vs. B: ...", "A versus B — ...": a heading of two sides
_VS = re.compile(r"^\s*(?P<a>[^:\n]{2,60}?)\s+(?:vs\.?|versus)\s+(?P<b>[^:\n—–]{2,60}?)\s*(?:[:—–]\s*|$)", re.I)


def sides(ex, heading: str) -> tuple[tuple[str, str], int] | None:
    """The models of the two sides a heading names, and where the heading ends; None where it names no two."""
    m = _VS.match(heading)
    if m is None:
        return None
    named = []
    for part in (m.group("a"), m.group("b")):
        ids = {x.id for x in ex.mentions(part) + ex.names.uncatalogued_in(part) if x.kind == "model"}
        if len(ids) != 1:
            return None
        named.append(ids.pop())
    return ((named[0], named[1]), m.end()) if named[0] != named[1] else None


def over_the_other(ex, sentence: str, offset: int, pair: tuple[str, str], start: int = 0) -> list[Found]:
    """A win of one side with no rival named, over the other side; none where the sentence is not of that shape."""
    said = sentence[start:]
    models = [m for m in ex.mentions(said) + ex.names.uncatalogued_in(said) if m.kind == "model"]
    win = WIN.search(said)
    if win is None or len({m.id for m in models}) != 1 or models[0].id not in pair or OVER.match(said, win.end()):
        return []
    if not all(m.end <= win.start() for m in models) or ex._aside(said):
        return []
    who = models[0].id
    other = pair[1] if who == pair[0] else pair[0]
    f = Found(
        quote=sentence.strip(),
        location=f"characters {offset + start}-{offset + len(sentence)}",
        statement=said.strip(),
        subject=who,
        kind="outperforms",
        competitors=[other],
        review=[f"over {ex._name(other)}, the other side of the comparison the heading names"],
    )
    known = ex.mentions(said)
    benches = sorted([m for m in known if m.kind == "benchmark"] + ex.names.unknown_benchmarks(said, known),
                     key=lambda m: m.start)  # fmt: skip
    ex.scope.benchmarks(said, benches, f)
    ex.scope.quantifier(said, f, len(benches))
    return [ex._mark(f)]
