"""Places said as an order: "X leads at 2.3%, followed by Y at 2.9% and Z at 3.0%", "X is the highest-ranked model,
followed closely by Y". The models after "followed by" take the places after the leader's, one by one, on the leader's
benchmarks; a leader given only a score ("X scores 84.6%, closely followed by Y at 84%") is first. A part of
`clause.ClauseReader`.

A release order says the same words ("OpenAI shipped GPT-5 (August 2025, scoring 74.9%), followed by GPT-5.2"): there
the leader has no place and the model after "followed by" no score of its own, and no place is read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from harness.extract.found import Found
from harness.extract.names import Mention

_FOLLOWED = re.compile(
    r",?\s*(?:(?:closely|narrowly|distantly)\s+)?followed\s+(?:(?:closely|narrowly|distantly)\s+)?by\s+", re.I
)
# a follower's own number right after its name: "Y at 2.9%", "Y (84%)", "Y with 63.8%"
_ITS_SCORE = re.compile(r"\s*(?:at\s+|with\s+|\(\s*)[~≈]?\d")
# what may stand between two followers: their numbers, a maker's possessive, a comma or "and"
_BETWEEN = re.compile(
    r"(?:\s*(?:at|with)\s+[~≈]?[\d.,]+\s*(?:%|percent|points)?|\s*\([^()]{0,30}\))?"
    r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)(?:[A-Z][\w.-]*['’]s\s+)?",
    re.I,
)


class Followers:
    """The places of the models named after "followed by" (a mixin of `clause.ClauseReader`)."""

    def _followers(self, clause: str, models: list[Mention], results: list[Found]) -> list[Found]:
        m = _FOLLOWED.search(clause)
        if m is None:
            return []
        ahead = [x for x in models if x.end <= m.start()]
        if len({x.id for x in ahead}) != 1:
            return []  # the leader is the one model named before "followed by"
        leader = ahead[0].id
        after = sorted((x for x in models if x.start >= m.end()), key=lambda x: x.start)
        listed: list[Mention] = []
        for x in after:
            gap = clause[(listed[-1].end if listed else m.end()) : x.start]
            if (listed and not _BETWEEN.fullmatch(gap)) or (not listed and gap.strip()):
                break
            listed.append(x)
        if not listed or leader in {x.id for x in listed}:
            return []
        placed = next((f for f in results if f.kind == "ranks" and f.subject == leader), None)
        scored = next((f for f in results if f.kind == "score" and (f.model or f.subject) == leader), None)
        if placed is None and (scored is None or not _ITS_SCORE.match(clause, listed[0].end)):
            return []  # a release order, or a list with no place nor number: no ranking said
        out: list[Found] = []
        if placed is None:
            placed = replace(scored, kind="ranks", subject=leader, model=None, value=None, tolerance=None, top=1,
                             review=[f"followed by {self._name(listed[0].id)}: read as first place"])  # fmt: skip
            placed.cohort = self.scope.cohort(clause, leader, placed)
            out.append(self._mark(placed))
        for n, x in enumerate(dict.fromkeys(x.id for x in listed), start=1):
            top = placed.top + n
            rank = replace(placed, subject=x, competitors=[], top=top, review=[
                f"named after 'followed by' {self._name(leader)}: read as place {top}"
            ])  # fmt: skip
            rank.cohort = self.scope.cohort(clause, x, rank)
            if not any(f.kind == "ranks" and f.subject == x for f in results):
                out.append(self._mark(rank))
        return out
