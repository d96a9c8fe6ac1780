"""Draft the claims of one cue once it is read: one per subject and its competitors, each with what it covers (the
benchmarks, the quantifier, a ranking's place and cohort) and the review notes of how it was read. A part of
`clause.ClauseReader`.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from harness.extract.apposed import THEY_LEAD
from harness.extract.clause_facts import ClauseFacts
from harness.extract.cue_reading import Reading
from harness.extract.cue_sides import Sides
from harness.extract.found import Found
from harness.extract.names import Mention
from harness.extract.subjects import PREFERENCE

# a cue that names first place itself ("rank first", "#1", "top spot"): said of two models, a tie for it
_FIRST = re.compile(r"\b(?:first|top|number one|no\.\s?1|winner|lead\w*|led)\b|#\s?1\b", re.I)


def _per_rival(clause: str, after: list[Mention], benches: list[Mention], stop: int) -> dict[str, list[Mention]] | None:
    """'beats GPT-4o on MMLU and o1 on GPQA': where each of two or more rivals after a cue is followed by benchmarks of
    its own ("on", "in", "at" or "across" them), each rival's; else None."""
    if len(after) < 2 or len({m.id for m in after}) != len(after):
        return None
    out = {}
    for m, nxt in zip(after, [*after[1:], None]):
        end = nxt.start if nxt is not None else stop
        named = [b for b in benches if m.end <= b.start and b.end <= end]
        if not named or not re.match(r"\s+(?:on|in|at|across)\s", clause[m.end : named[0].start]):
            return None
        out[m.id] = named
    return out


def _placed(places: list[int], lo: int, hi: int) -> bool:
    """Whether one of the sorted `places` is in lo..hi-1."""
    n = bisect_left(places, lo)
    return n < len(places) and places[n] < hi


class PairDrafter:
    """Draft each read cue's claims (a part of the lexicon extractor)."""

    def _draft_pairs(self, c: ClauseFacts, i: int, s: Sides, r: Reading) -> list[Found]:
        """The claims of the clause's i-th cue: one per pair of `r`, and the first place a runner-up's rival holds."""
        clause, kind, cue_start, cue_end = c.text, r.kind, c.cues[i][1], c.cues[i][2]
        pairs, review, out = r.pairs, s.review, []
        own_benches = _per_rival(clause, s.after, c.own, s.stop) if kind != "ranks" else None
        if own_benches:
            # "beats GPT-4o on MMLU and o1 on GPQA": one claim per rival, on the benchmarks named after it (never o1
            # beaten on MMLU); "trails GPT-4o on MMLU and o1 on GPQA": each rival ahead on its own
            if pairs and pairs[0][0] in r.subjects:  # (where "behind" turned it, each rival is a claim's subject)
                pairs = [(who, [rival]) for who, against in pairs for rival in against]
            review.append("one claim per competitor, each on the benchmarks named after it")
        for who, against in pairs:
            notes = [how for ident, how in c.hows if ident == who or ident in against]
            # a subject the clause names where a subject stands states the clause as it is; any other is labelled
            named = _placed(c.where.get(who, []), s.lo, s.hi) if c.in_order else who in {m.id for m in s.before}
            f = Found(
                quote=c.quote,
                location=c.location,
                statement=c.said if named else c.labelled.setdefault(who, f"[{self._name(who)}] {c.said}"),
                subject=who,
                kind="outperforms" if kind == "outperforms" else kind,
                competitors=list(dict.fromkeys(a for a in against if a != who)),
                review=review + list(dict.fromkeys(notes)),
            )
            if kind == "matches_at_least":
                f.kind, f.direction = "matches", "at_least"
            if kind == "ranks":
                f.top = r.extra or 1
                shared = r.compared == "ranks" and len(r.subjects) > 1 and f.top == 1
                if shared and (not _FIRST.search(clause[cue_start:cue_end]) or THEY_LEAD.match(clause, cue_start)):
                    # "X, Y and Z show the lowest word error rates": a superlative shared, the three the top three
                    # (not a win over a class, "X and Y beat models of their size": each first among it)
                    f.top = len(r.subjects)
                    f.review.append(f"'{clause[cue_start:cue_end]}' said of {len(r.subjects)} models: read as the "
                                    f"top {len(r.subjects)}")  # fmt: skip
                f.cohort = self.scope.cohort(clause, who, f)
            rival = who if who not in r.subjects else (against[0] if len(against) == 1 else None)
            on = own_benches.get(rival, c.benches) if own_benches else c.benches
            self.scope.benchmarks(clause, on, f)
            if f.benchmarks == "shared" and PREFERENCE.search(clause) and "human-preference" in self.scope.tags:
                f.benchmarks = {"tags": ["human-preference"]}  # "raters preferred X over Y": judged by people
                f.review.append("'preferred' read as the catalog's human-preference benchmarks")
            if c.carried and isinstance(f.benchmarks, list):
                f.review.append(f"benchmark carried over from {c.carried}")
            self.scope.quantifier(clause, f, len(on))
            if c.unresolved is None:
                c.unresolved = self.names.unresolved(clause, c.mentions + c.lacking)
            f.unresolved = list(c.unresolved)
            out.append(self._mark(f))
        if r.runner_up and r.subjects:
            first = Found(quote=c.quote, location=c.location, statement=c.said, subject=r.subjects[0],
                          kind="ranks", review=review + [f"ahead of the second-placed {self._name(r.competitors[0])}: "
                                                          "read as first place"])  # fmt: skip
            first.cohort = self.scope.cohort(clause, r.subjects[0], first)
            self.scope.benchmarks(clause, c.benches, first)
            self.scope.quantifier(clause, first, len(c.benches))
            out.append(self._mark(first))
        return out
