"""A name with no model's shape, read by its place alone: a proper noun heading a claim's clause.

"Kokoro", "Manus", "Gecko", "Toto": one capitalised word, no digit, no capital inside it, no family of the lexicon's,
so no other reader takes it for a model's name, and the sentence got a candidate ("cue not understood: 'topped' beside
'Kokoro'"). English says it is a name where it is capitalised away from a sentence's start: after an opening phrase and
its comma ("With only 82M parameters, Kokoro topped ...", "On MTEB, Gecko with 256 dimensions outperforms ..."). It
is a claim's subject where the lexicon's cue or a quoted score comes right after it (an aside between, as for the
shaped names), and the claim is one of results where the clause names a benchmark, quotes a score or names a model after
the cue. Read so, it is kept as written (uncatalogued, never resolved to a catalog name), with a review note that says
how it was read. A word at the sentence's start ("Humans score 92% on GAIA"), a maker's, a word of the lexicon's lists
and a word of a cue's own ("Leading ...") are never read so.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from harness.evidence import identity
from harness.extract.mentions import LEADING, Mention, Spans
from harness.extract.shaped_names import _BETWEEN, _NOT_NAMES, _NOT_SHAPED, _SCORED, _VERB_AFTER, _aside_end

# one capitalised word with no model's shape ("Kokoro", "AIFS"), not inside a longer name
_WORD = re.compile(r"(?<![\w.+'’·&@/-])(?:[A-Z][a-z]{2,}|[A-Z]{3,6})(?![\w+'’·&@/-]|\.\w)")
# an opening phrase and its comma before the word: it is capitalised away from the sentence's start
# (read in a few characters before the word: a search back through the clause for each word would be quadratic)
_AFTER_OPENING = re.compile(r"[^,;:\"“”]{3}[a-z0-9)],\s{1,3}$")
# "Gecko with 768 embedding dimensions achieves": a "with" phrase between the name and its verb
_WITH = re.compile(r"\s+with\s+[^,;:()]{1,60}?\s+$")
# a model's name with a version after the cue ("comparably to models 4 times larger, like Lava 1.5"): a rival named
_VERSIONED = re.compile(r"(?<![\w.-])[A-Z][\w.+-]*(?:[\s-]v?\d|\d)")
# a benchmark's name the catalog lacks, by its words ("the TTS Spaces Arena leaderboard", "the GAIA benchmark")
_BENCHMARK_WORD = re.compile(r"bench|arena\b|leaderboard|\b(?:evals?|tests?|exams?)\b", re.I)
# a score quoted in the clause: a share or points ("86.5%", "6 points")
_SCORE = re.compile(r"\d(?:[\d.,]*\d)?\s*(?:%|percent\b|points?\b|pts\b)", re.I)


def proper_subjects(names, clause: str, named: list[Mention]) -> list[Mention]:
    """The clause's unshaped proper nouns that stand as a claim's subject, each a model's name the catalog lacks.
    `names` is the `Names` reader (its cue starts, its word lists)."""
    if names.cue_starts is None or ", " not in clause:
        return []
    spans = Spans.of(named)
    starts: list[int] | None = None
    # (what the clause names is read once, not once for each word: a long clause has many)
    versioned: list[int] | None = None
    benched = scored = None
    out = []
    for m in _WORD.finditer(clause):
        word = m.group(0)
        low = word.casefold()
        if low in LEADING or low in _NOT_NAMES or low in names.developers or low in names.not_model_words:
            continue
        if low in names.families or _NOT_SHAPED.fullmatch(word) or spans.overlaps(m.start(), m.end()):
            continue
        if not _AFTER_OPENING.search(clause, max(0, m.start() - 8), m.start()):
            continue
        if starts is None:
            starts = sorted(set(names.cue_starts(clause)))
        if _within(starts, m.start(), m.start()):
            continue  # ("Overall, Leading models ...": a cue's own word)
        end = _aside_end(clause, m.end())
        # ("Gecko with 256 dimensions outperforms": the verb after a "with" phrase, a cue within a few words)
        lo = bisect_right(starts, end)
        with_phrase = next((c for c in starts[lo : lo + 3] if _WITH.fullmatch(clause, end, c)), None)
        end = with_phrase if with_phrase is not None else end
        between = _BETWEEN.match(clause, end)
        at = between.end() if between else end
        # (the cue may start on a word `_BETWEEN` passes over: "Moonbeam performs comparably to"); or a verb right
        # after the name, and a cue later ("Manus has achieved a state-of-the-art score")
        cued = _within(starts, end, at) or _SCORED.match(clause, at)
        if not (cued or _VERB_AFTER.match(clause, end) and starts and starts[-1] > end):
            continue
        if benched is None:
            benched = any(n.kind == "benchmark" for n in named) or bool(_BENCHMARK_WORD.search(clause))
            scored = bool(_SCORE.search(clause))
            versioned = [v.start() for v in _VERSIONED.finditer(clause)]
        models_after = any(n.kind == "model" and n.start > at for n in named) or bisect_right(versioned, at) < len(
            versioned
        )
        if not (benched or scored or models_after):
            continue
        close = identity.closest(names.model_names, word)
        how = f"{word!r} is not in the catalog" + (f" (closest: {', '.join(close)})" if close else "")
        how += " (read as a model's name by its place: capitalised after an opening phrase, heading the claim)"
        out.append(Mention("model", word, m.start(), m.end(), word, how, catalogued=False))
    return out


def _within(places: list[int], lo: int, hi: int) -> bool:
    """Whether one of the sorted `places` is in lo..hi."""
    n = bisect_left(places, lo)
    return n < len(places) and places[n] <= hi
