"""What one cue claims, read from its sides: its subjects and competitors, and its kind where the words around it
change the lexicon's (a ranking that names its rival is a win over it, "trails Y" is Y's win, a lower error rate is
the better one). A part of `clause.ClauseReader`.

Where a cue has no subject, no competitor or names no result, it gives no claim, and `self._why` says why.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from harness.extract.classes import AGAINST
from harness.extract.clause_facts import ClauseFacts
from harness.extract.cue_sides import Sides
from harness.extract.scored import lower_wins

# a concession that starts a clause: "X beats Y, although Z leads on GPQA" (the word itself ends the clause before);
# after "while" or "but" only "still leads" concedes ("X trails Y, while Z leads on GSM8K" is Z's first place)
_CONTRAST = re.compile(r"\b(?:although|though)\s*$", re.I)
# a lead with no object: "leads on GPQA", "still leads there", "leads comfortably."
_THERE = re.compile(r"(?:\s+\w+ly)*\s*(?:$|[,.;:!)]|(?:on|in|at|across|there|here)\b)", re.I)


@dataclass
class Reading:
    """What one cue claims."""

    kind: str  # the claim's kind as read: "outperforms", "matches", "matches_at_least" or "ranks"
    extra: object  # a ranking's place
    compared: str  # the kind before a comparison with a class was read as a ranking ("outperforms all ...")
    subjects: list[str]
    competitors: list[str]
    pairs: list[tuple[str, list[str]]]  # (subject, its competitors) of each claim to draft
    runner_up: bool  # "higher scores than the second-place model, o3": also first place


class CueReader:
    """Read what each cue claims (a part of the lexicon extractor)."""

    def _read_cue(self, c: ClauseFacts, i: int, s: Sides) -> Reading | None:
        """What the clause's i-th cue claims, or None (with why) where it gives no claim."""
        clause, review = c.text, s.review
        kind, cue_start, cue_end, extra = c.cues[i]
        subjects, s.after = self._subjects(
            clause, cue_start, cue_end, kind, None if s.relative else c.subject, s.before, s.after, c.inherited,
            c.main, c.mentions, review,
        )  # fmt: skip
        after = s.after
        cue = clause[cue_start:cue_end]
        if not subjects and kind == "ranks" and (them := re.search(r"\b(?:it|them)\b", cue, re.I)):
            # "That placed it second behind o1": the place of the model the cue's own "it" stands for
            who = self._pronoun(clause[: cue_start + them.end()], {m.id for m in after})
            if who is not None:
                subjects = [who]
                review.append(f"'{them.group(0)}' in '{cue}' read as {self._name(who)}, {self._about(who)}")
        competitors = [m.id for m in after if m.id not in subjects] + [r for r in s.rivals if r not in subjects]
        if kind in ("matches", "matches_at_least") and not competitors and len(subjects) == 2:
            subjects, competitors = subjects[:1], subjects[1:]  # "X and Y are tied on MMLU": X matches Y
        runner_up = bool(
            kind == "ranks"
            and extra == 2
            and competitors
            and re.search(r"\b(?:than|over|ahead of|beats?|beating|outperform\w*|surpass\w*)\s+(?:the\s+)?$",
                          clause[:cue_start], re.I)
        )  # fmt: skip
        if runner_up:
            kind = "outperforms"  # "higher scores than the second-place model, o3": a win over o3, and first place
        if (
            kind == "ranks"
            and competitors
            and (AGAINST.search(clause[cue_end : s.stop]) or re.fullmatch(r"\s*", clause[cue_end : after[0].start]))
        ):
            kind = "outperforms"  # "leads key benchmarks against X and Y", "tops GPT-4o on MMLU"
        if (
            kind == "ranks"
            and not competitors
            and c.inherited
            and subjects
            and c.inherited not in subjects
            and re.fullmatch(r"(?:still\s+)?(?:leads?|led)", clause[cue_start:cue_end], re.I)
            and _THERE.match(clause, cue_end, s.stop)
            and (_CONTRAST.search(c.sentence, 0, c.start) or re.search(r"\bstill\s+$", clause[:cue_start], re.I))
        ):
            # "X beats GPT-4o on MMLU, although o1 still leads on GPQA": o1 ahead of X there, not first place
            kind, competitors = "outperforms", [c.inherited]
            review.append(f"'{clause[cue_start:cue_end]}' after a claim by {self._name(c.inherited)}: read as "
                          f"{self._name(subjects[0])} ahead of {self._name(c.inherited)} there, not first place")  # fmt: skip
        compared = kind  # "outperforms all of OpenAI's models": a comparison read as a ranking is about results
        kind, extra, competitors = self._unnamed_competitors(
            clause,
            c.sentence,
            c.start,
            cue_start,
            cue_end,
            s.stop,
            kind,
            extra,
            subjects,
            competitors,
            s.before,
            after,
            c.models,
            c.results,
            c.inherited,
            s.fronted,
            review,
        )
        measure = lower_wins(clause[cue_start:cue_end], clause) if kind in ("outperforms", "outperformed_by") else None
        if measure:  # "a lower WER than X": on a measure where lower is better, the lower number wins
            kind = "outperformed_by" if kind == "outperforms" else "outperforms"
            review.append(f"'{clause[cue_start:cue_end]}' on {measure}, where lower is better: read the other way")
        pairs = [(x, competitors) for x in subjects]
        if kind == "outperformed_by" and subjects and competitors:
            # "X trails Y and Z": Y outperforms X, and Z outperforms X
            pairs = [(rival, subjects) for rival in competitors]
            kind, c.turned = "outperforms", competitors[-1]
            review.append("read 'behind / below' as the other model outperforming this one")
        if not subjects:
            self._no_subject(clause, cue_start, c.mentions, c.unknown)
            return None
        if kind != "ranks" and not competitors:
            self._no_competitor(clause, cue_end, s.stop, after, c.unknown)
            return None
        if kind not in c.about:
            c.about[kind] = bool(self.cues.about_results(clause, c.benches, kind))
        if not c.about[kind] and compared == kind:
            self._why.append(("a ranking word with no benchmark, cohort or result named", []))
            return None
        return Reading(kind, extra, compared, subjects, competitors, pairs, runner_up)
