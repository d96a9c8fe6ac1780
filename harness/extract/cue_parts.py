"""The parts of reading one cue of a clause that decide it is no claim, and whom it is against where the clause names
no model after it. A part of `clause.ClauseReader`: each says why in `self._why` where no claim is drafted."""

from __future__ import annotations

import re
from dataclasses import replace

from harness.extract.found import Found
from harness.extract.names import Mention

# a board named in a ranking cue ("topping the GSM8K leaderboard", "topped the US App Store charts"): its words
_BOARD = re.compile(r"\bthe\s+((?:[\w.'’-]+\s+){1,3}?)(?:charts?|leaderboards?|rankings?|tables?|field|pack)\b", re.I)
# what "close to that of X" may be said of and be a result: "accuracy near that of X", "scores close to those of X"
_OF_RESULTS = re.compile(r"\b(?:scor\w*|accuracy|performance|results?|quality|elo|(?:pass|win) rates?)\b", re.I)

# a subject named nowhere: "our model", "their 72B model", "the new system"
NAMED_NOWHERE = re.compile(
    r"\b(?:our|their|its|his|her|my|your|this|that|the|a|an)\s+"
    r"(?:(?!(?:our|their|its|his|her|my|your|this|that|the|a|an)\b)[\w.]+\s+){0,3}?"
    r"(?:models?|llms?|systems?|versions?|releases?|checkpoints?)\b",
    re.I,
)
# "It beats GPT-5 on AIME 2025." where nothing before names a model: a subject named nowhere too
_IT = re.compile(r"\bit\b", re.I)


class CueParts:
    """Checks and readings of one cue (a part of the lexicon extractor)."""

    def _no_result(self, clause: str, kind: str, cue_start: int, cue_end: int, own: list[Mention]) -> bool:
        """Whether a cue is set aside as no claim of a result (a ranking on a board that names no benchmark, a likeness
        of something that is no result), with why."""
        board = _BOARD.search(clause, cue_start, cue_end) if kind == "ranks" else None
        if (
            board
            and re.search(r"[A-Z\d]", board.group(1))
            and not any(b.start < board.end(1) and b.end > board.start(1) for b in own)
        ):
            # "topped the US App Store charts": a board named, and no benchmark ("the open-source charts" names none)
            self._why.append((f"a ranking on '{board.group(0)}', which names no benchmark the catalog knows", []))
            return True
        if kind == "matches" and re.search(r"\b(?:that|those) of$", clause[cue_start:cue_end], re.I):
            if not (own or _OF_RESULTS.search(clause, 0, cue_start)):
                # "its training recipe is close to that of Phi-3": a likeness of something that is no result
                self._why.append((f"'{clause[cue_start:cue_end]}' said of no score, result or benchmark", []))
                return True
        return False

    def _listed_too(
        self, after: list[Mention], results: list[Found], turned: str | None, labelled: dict[str, str], said: str
    ) -> None:
        """The models after "as well as" added to the last claim: as its competitors, or where "behind" turned it
        around, as more models ahead of its subject."""
        last = results[-1]
        if last.subject != turned:
            last.competitors += [m.id for m in after if m.id not in last.competitors]
            return
        # "trails o1, as well as o3": o3 outperforms the subject too, never o1 it
        for m in after:
            if m.id not in {f.subject for f in results} | set(last.competitors):
                statement = labelled.setdefault(m.id, f"[{self._name(m.id)}] {said}")
                results.append(self._mark(replace(last, subject=m.id, statement=statement,
                                                  competitors=list(last.competitors), review=list(last.review))))  # fmt: skip

    def _pronoun_rivals(
        self,
        sentence: str,
        clause: str,
        clause_start: int,
        cue_end: int,
        stop: int,
        before: list[Mention],
        after: list[Mention],
        review: list[str],
    ) -> list[str]:
        """The competitors a pronoun after the cue stands for ("trails it"), with a review note; none where the cue
        names models after it or the pronoun cannot be read."""
        rivals: list[str] = []
        if not after and self._rivals and re.match(r"\s+(?:it|them)\b", clause[cue_end:stop], re.I):
            # "beats GPT-4o on MATH but trails it on HumanEval": "it" is the earlier clause's competitor
            rivals = list(self._rivals)
            review.append(f"'{clause[cue_end:stop].split()[0]}' read as "
                          f"{', '.join(self._name(r) for r in rivals)}, the competitor of the clause before")  # fmt: skip
        elif not after and clause_start and (pronoun := re.match(r"\s+(it|them)\b", clause[cue_end:stop], re.I)):
            # "GPT-4o scored 75%; Phi-4 beat it with 80%": "it" is the one model the clause before names, "them"
            # the models it names (never the subject of this clause)
            earlier = [m for m in self.mentions(sentence[:clause_start]) if m.kind == "model"]
            earlier += self.names.uncatalogued_in(sentence[:clause_start])
            named = list(dict.fromkeys(m.id for m in sorted(earlier, key=lambda m: m.start)
                                       if m.id not in {b.id for b in before}))  # fmt: skip
            # (not where the clause before said "it" too: "but X beats it on OCR, and Y beats it on speed" are
            # both about a model named elsewhere)
            again = re.search(rf"\b{pronoun.group(1)}\b", sentence[:clause_start], re.I)
            if not again and (len(named) == 1 if pronoun.group(1).casefold() == "it" else len(named) >= 2):
                rivals = named
                review.append(f"'{pronoun.group(1)}' read as {', '.join(self._name(r) for r in rivals)}, "
                              "named in the clause before")  # fmt: skip
        elif not after and not clause_start and re.match(r"\s+them\b", clause[cue_end:stop], re.I):
            # "X has fewer parameters than both Y and Z. Despite this, it outperforms them": "it" is X, "them" the
            # other models the sentence before names (two or more; never the subject, named or "it")
            said, mine = self._sentence_before, {m.id for m in before} or {self._before, self._last}
            named = [m for m in self.mentions(said) if m.kind == "model"] + self.names.uncatalogued_in(said)
            named = [m.id for m in sorted(named, key=lambda m: m.start) if m.id not in mine]
            named = list(dict.fromkeys(named))
            if len(named) >= 2:
                rivals = named
                review.append(
                    f"'them' read as {', '.join(self._name(r) for r in rivals)}, named in the sentence before"
                )
        return rivals

    def _no_subject(self, clause: str, cue_start: int, mentions: list[Mention], unknown) -> None:
        """Why a cue with no subject read gives no claim: a subject named nowhere, or a name the catalog lacks."""
        names = ", ".join(repr(n) for n, _ in unknown())
        unnamed = [*NAMED_NOWHERE.finditer(clause[:cue_start]), *_IT.finditer(clause[:cue_start])]
        nowhere = max(unnamed, key=lambda m: m.start(), default=None)  # the nearest the cue
        if nowhere and not self.names.unknown(clause[:cue_start], mentions):
            # "Our model beats GPT-4o", "their 72B model surpasses Llama 3 70B": no name before the cue
            self._why.append((f"the subject could not be read: '{nowhere.group(0)}' names no model", []))
            return
        self._why.append((f"no subject the catalog knows{': ' + names if names else ''}", unknown()))

    def _no_competitor(self, clause: str, cue_end: int, stop: int, after: list[Mention], unknown) -> None:
        """Why a comparison with no competitor read gives no claim: a pronoun no claim before explains, or a name the
        catalog lacks."""
        pronoun = re.match(r"\s+(it|them)\b", clause[cue_end:stop], re.I)
        if pronoun and not after:
            # "Z beats it on OCR" where no claim before names whom "it" stands for
            self._why.append((f"the competitor could not be read: '{pronoun.group(1)}' names no model", []))
            return
        # only names after the cue can be its competitor: the clause's subject, a name the catalog lacks, was given
        # as the missing competitor ("Kimi K2 ... often surpasses flagship proprietary models")
        theirs = [(n, close) for n, close in unknown() if n in clause[cue_end:stop]]
        others = [(n, close) for n, close in unknown() if n not in clause[cue_end:stop]]
        names = ", ".join(repr(n) for n, _ in theirs)
        why = f"no competitor the catalog knows{': ' + names if names else ''}"
        why += "; names the catalog does not know: " + ", ".join(repr(n) for n, _ in others) if others else ""
        self._why.append((why, theirs + others))
