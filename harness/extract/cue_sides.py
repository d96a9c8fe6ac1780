"""Who stands before and after one cue of a clause: the models that may be its subject, those that may be its
competitors, and whom a pronoun after it stands for. A part of `clause.ClauseReader`.

Where the cue turns out to make no claim of its own (a ranking on a board no benchmark names, a share of a rival's
result, "as well as" adding rivals to the claim before), no sides are read, and `self._why` says why where a user
would want to know.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from harness.extract.antecedents import phrase_before_pronoun, them_after
from harness.extract.clause_facts import ClauseFacts
from harness.extract.names import Mention

# a ranking said in a relative clause right after a model ("X beats Y, which is the best model", "..., which lands at #11")
_RELATIVE = re.compile(
    r"\s*,?\s*(?:which|who|that)\s+(?:(?:is|was|are|were|remains?)\s+(?:(?:the|a|an|now|currently|still|also)\s+)*)?"
)
# a share of a rival's result right after a cue: "rivals 90% of X's", "matching 90%+ of X's", "over two thirds of X's"
SHARE = re.compile(
    r"\s*(?:(?:over|about|around|nearly|almost|up to|more than|roughly)\s+)?"
    r"(?:\d+(?:\.\d+)?\s*(?:%|percent\b|per\s?cent\b)\+?|(?:half|a third|two[\s-]thirds|three[\s-]quarters))\s+of\s+(?:the\s+)?",
    re.I,
)


@dataclass
class Sides:
    """The models on each side of one cue."""

    stop: int  # where the cue's reach ends: the next cue's start (a name set beside a ranked phrase is no stop)
    before: list[Mention]
    after: list[Mention]
    # where the names are in order, `before` is `models[lo:hi]` (bisected, so a long clause stays linear)
    lo: int = 0
    hi: int = 0
    relative: bool = False  # the subject is read afresh, never the clause's subject ("X beats Y, which is the best")
    fronted: str = ""  # the fronted phrase the competitors came from ("Compared to its predecessor, ")
    rivals: list[str] = field(default_factory=list)  # whom a pronoun after the cue stands for ("trails it")
    review: list[str] = field(default_factory=list)  # the notes of the cue's claims


class SidesReader:
    """Read the sides of each cue (a part of the lexicon extractor)."""

    def _cue_sides(self, c: ClauseFacts, i: int) -> Sides | None:
        """The sides of the clause's i-th cue, or None where the cue makes no claim of its own."""
        clause, models = c.text, c.models
        kind, cue_start, cue_end, _ = c.cues[i]
        stop = next((cue[1] for n, cue in enumerate(c.cues) if n > i and n not in c.apposed), len(clause))
        if self._no_result(clause, kind, cue_start, cue_end, c.own):
            return None
        if c.in_order:
            hi = bisect_right(c.ends, cue_start)
            first = bisect_left(c.starts, cue_end)
            s = Sides(stop, models[:hi], models[first : max(first, bisect_right(c.ends, stop))], hi=hi)
        else:
            s = Sides(stop, [m for m in models if m.end <= cue_start],
                      [m for m in models if m.start >= cue_end and m.end <= stop])  # fmt: skip
        # "X beats Y, which is the best model": Y's first place (the subject read afresh, not the clause's X)
        s.relative = bool(kind == "ranks" and s.before and _RELATIVE.fullmatch(clause, s.before[-1].end, cue_start))
        if i in c.apposed:  # "trails the best open model, X, on MMLU": X's first place, whoever trails it
            s.relative, s.before, s.after = True, s.after[:1], s.after[1:]
        if (
            kind == "matches"
            and clause[cue_start:cue_end].casefold() == "as well as"
            and c.results
            and c.results[-1].competitors
            and s.before
            and re.fullmatch(r"[\s,]*", clause[s.before[-1].end : cue_start])
        ):
            # "beats GPT-4o as well as o1-mini": a list of competitors, not a match
            self._listed_too(s.after, c.results, c.turned, c.labelled, c.said)
            return None
        if (
            i
            and re.match(r"[a-z]+ing\b", clause[cue_start:cue_end])
            and re.search(r"(?:,|\band)\s*$", clause[:cue_start])
        ):
            # "edging past X and outscoring Y": the participles share their subject, and X, the object of the
            # first, is never the subject of the second
            s.hi = bisect_right(c.ends, c.cues[i - 1][1]) if c.in_order else s.hi
            s.before = [m for m in s.before if m.end <= c.cues[i - 1][1]]
        if c.preferred and cue_start == c.preferred.start("cue"):
            # "raters preferred X over Y": the models named after the verb, never those before it
            if c.in_order:
                s.lo = min(bisect_left(c.starts, c.preferred.start("who")), s.hi)
                s.before = models[s.lo : s.hi]
            else:
                s.before = [m for m in s.before if m.start >= c.preferred.start("who")]
        if s.before and re.search(r"\b(?:mak(?:e|es|ing)|made)\s+(?:it|them)\s+$", clause[:cue_start], re.I):
            # "surpasses R1 and o1, making it the most powerful open model": "it" is the clause's subject
            s.before, s.hi = [], s.lo
        front = c.front
        if front and cue_start >= front.end():
            # the fronted models are not the subject
            if c.in_order:
                s.lo = min(bisect_left(c.starts, front.end()), s.hi)
                s.before = models[s.lo : s.hi]
            else:
                s.before = [m for m in s.before if m.start >= front.end()]
        if held := phrase_before_pronoun(self, clause, s.before, cue_start):
            s.before, s.hi = [], s.lo  # "Despite being smaller than A or B, it beats them": "it" is the subject
        s.rivals = self._pronoun_rivals(c.sentence, clause, c.start, cue_end, stop, s.before, s.after, s.review)
        s.rivals = s.rivals or them_after(self, clause, cue_end, stop, held, s.after, s.review)
        if front and cue_start >= front.end() and not s.after:
            # "Compared with GPT-4o, X scores higher", "Compared to its predecessor, X ...": the fronted models
            s.after = [m for m in models if m.end <= front.end()]
            s.fronted = clause[: front.end()]
        share = SHARE.match(clause, cue_end) if s.after else None
        if share and share.end() == s.after[0].start:
            # "surpasses 90% of Claude 3.7 Sonnet's capabilities": a share of the rival's result, no comparison
            self._why.append((f"a share of {self._name(s.after[0].id)}'s results ('{share.group(0).strip()}'), "
                              "not a comparison with it", []))  # fmt: skip
            return None
        return s
