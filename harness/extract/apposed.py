"""A ranking said of a noun phrase with a model's name set beside it: "X trails the best open model, Y, on MMLU",
"coming close to the leading API model, Google's Y, which scored 8.15%". The superlative is Y's (first place), and Y
is the object of the verb or the preposition before the phrase ("trails" Y: Y beats X); it was read as X's first place,
with Y its competitor, and "trails" had no rival. Y's ranking says no more whose the clause's quoted scores are than
its object does ("X scores 80%, close to the leading model, Y, at 82%": 80% stays X's).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from harness.extract.mentions import Mention

# the name set beside the phrase, between commas, up to three words of the phrase after the cue ("the best" open
# model), a maker's possessive before the name
_APPOSED = re.compile(r"(?:\s+[\w-]+){0,3}?\s*,\s*(?:[A-Z][\w.-]*['’]s\s+)?")
# "A, B and C top the list", "A and B lead the leaderboard": the verb of a group, whose places are its top three
THEY_LEAD = re.compile(r"(?:lead|top)\s+the\b", re.I)
# what takes the phrase as its object: a verb of comparison or a preposition ("is the best model, Y" is no object)
_OBJECT_THE = re.compile(
    r"\b(?:to|than|of|over|behind|against|trail(?:s|ed|ing)?|beat(?:s|ing)?|outperform(?:s|ed|ing)?"
    r"|surpass(?:es|ed|ing)?|rival(?:s|ed|ing)?)\s+$",
    re.I,
)


def apposed_cues(clause: str, cues: list[tuple], models: list[Mention]) -> dict[int, str]:
    """The clause's ranking cues that are a noun phrase ("the best open model") taken as an object, with a model's name
    set beside it between commas, each (by its index) with that name: the ranking is that model's. A cue before such a
    phrase reads the name as its object ("trails the best model, X": X beats the subject)."""
    out = {}
    starts = sorted(m.start for m in models)  # (only the names a few words after each cue are tried, not every name)
    by_start = {m.start: m for m in models}
    for i, (kind, start, end, place) in enumerate(cues):
        # (first place only: "higher than the second-place model, o3" is the subject's first place, read as before)
        if kind != "ranks" or place not in (None, 1) or not re.match(r"the\s", clause[start:end], re.I):
            continue
        if not _OBJECT_THE.search(clause, max(0, start - 24), start):
            continue
        near = starts[bisect_left(starts, end) : bisect_right(starts, end + 60)]
        beside = next((at for at in near if _APPOSED.fullmatch(clause, end, at)), None)
        if beside is not None:
            out[i] = by_start[beside].id
    return out
