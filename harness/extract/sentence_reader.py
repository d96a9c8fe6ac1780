"""Read one sentence into claims, clause by clause: which subject a clause goes on with (the clause before's, the
model it scored, or none where the clause before could not be read), "not only ... but also" folded into one claim, the
areas a clause after a claim names, and the sentence-wide readings where no clause gave a claim (two wins set against
each other, "A vs B" headings, the net's last word). A mixin of the extractor (`lexicon.Extractor`), which walks the
document and hands each sentence here with what came before it.
"""

from __future__ import annotations

import re

from harness.extract.backstop import backstop
from harness.extract.clause_split import clauses
from harness.extract.contrasts import after_the_one_before, contrasted
from harness.extract.documents import Document
from harness.extract.excepted import drop_excepted, excepted
from harness.extract.found import Found
from harness.extract.names import Mention
from harness.extract.net import last_word
from harness.extract.overall import overall
from harness.extract.sides import over_the_other, sides

# "is", "was": a clause that says what its subject is ("but the best on GPQA is o3")
_COPULA = re.compile(r"\b(?:is|are|was|were)\b", re.I)


class SentenceReader:
    """One sentence's clauses read in turn, each with the subject the clause before leaves it."""

    def _sentence(
        self, sentence: str, main: str | None, doc: Document, offset: int, previous: list[Mention]
    ) -> list[Found]:
        out, subject = [], None
        self._why = []
        known = self.mentions(sentence)
        sentence_benches = [m for m in known if m.kind == "benchmark"]
        sentence_benches += self.names.unknown_benchmarks(sentence, known)
        self._benches = sentence_benches
        parts, unread, scored = clauses(sentence), False, None  # unread: the clause before had a cue and gave no claim
        self._rivals = []  # the competitors of the sentence's last claim: what "it" after a cue means
        ahead: list[str] = []  # the models the last clause's subject was behind ("X trails Y"): Y
        for n, (clause_start, clause) in enumerate(parts):
            if self._set_aside(clause):
                # the clause's first model, the catalog's or one it lacks ("X costs a third of Y while ..."), before its
                # cue ("it couldn't score higher than Y, but it beats Z": Y is no subject of what follows)
                cue_at = min((c[1] for c in self.cues.cues(clause)), default=len(clause))
                mentioned = sorted([m for m in self.mentions(clause) if m.kind == "model" and m.start < cue_at]
                                   + [m for m in self.names.uncatalogued_in(clause) if m.start < cue_at],
                                   key=lambda m: m.start)  # fmt: skip
                subject = subject or (mentioned[0].id if mentioned else None)
                # ("it couldn't score higher than Y, but it beats Z": whom the denial was about is not read, so neither
                # is the "it" of the clause after it)
                unread = unread or (not mentioned and cue_at < len(clause))
                continue
            self._said = None
            cue_at = min((c[1] for c in self.cues.cues(clause)), default=len(clause))
            if n and subject is None and unread and cue_at < len(clause) and not self._named_first(clause[:cue_at]):
                # "it competes with X, while surpassing Y", "Apple's model rivals X and even beats Y": the clause goes on
                # with the subject the clause before could not read, never with a model the text names elsewhere
                self._why.append(("the subject could not be read: the clause before names none", []))
                continue
            # (a clause that names a model goes on with the scored one only where it starts at its cue and says
            # no "is": "..., and ranked first among open models, closely following X", never "but the best ... is o3")
            goes_on = not self._named_first(clause) or (
                re.fullmatch(r"[\s,]*(?:and|then|also)?\s*", clause[:cue_at]) and not _COPULA.search(clause)
            )
            carried = subject or (scored if scored and goes_on else None)
            if ahead and not self._named_first(clause[:cue_at]):
                self._rivals = ahead  # "X trails Y on A but beats it on B": "it" is Y, the model X was behind
            found = self._clause(sentence, clause, clause_start, carried, main, doc, offset, sentence_benches, previous)
            unread = not found and cue_at < len(clause)
            if n and unread and out and not self._named_first(clause):
                self._areas_after(clause, out)
            for f in found:
                if f.subject and f.kind != "score":
                    subject = f.subject
                    self._rivals = f.competitors or self._rivals
            # "it records 92.2% on MMBench, while excelling in reasoning with 94.4% on AIME": a clause of scores only
            # goes on, where the next names no model, with the model they are the scores of
            own = {f.subject for f in found if f.kind == "score" and f.model in (None, f.subject)}
            scored = own.pop() if len(own) == 1 and all(f.kind == "score" for f in found) else None
            # "Its capability is lower than X's, but it is on a par with Y": the next clause's subject is the one this
            # clause was about, not X, which "lower than" made the subject of its claim
            subject = self._said if found and self._said else subject
            if found:
                ahead = [f.subject for f in found if f.kind != "score" and self._said not in (None, f.subject)
                         and self._said in f.competitors]  # fmt: skip
            if n and re.match(r"\s*also\b", clause) and re.search(r"\bnot only\b", parts[n - 1][1]):
                found = self._merge(out, found)  # "not only beats X but also beats Y": one claim
                if not found and out:
                    # "not only beats GPT-4o but also o1-mini": the models after "also" join the claim before
                    more = [m.id for m in self.mentions(clause) if m.kind == "model"]
                    for f in out:
                        if f.kind in ("outperforms", "matches") and f.competitors:
                            f.competitors = list(dict.fromkeys(f.competitors + [x for x in more if x != f.subject]))
            out.extend(found)
            # "DeepSeek-Coder-V2 expands its languages and matches GPT-4": the clause's first model, named in the
            # catalog or not, is the subject of the cue-led clause after it
            mentions = sorted([m for m in self.mentions(clause) if m.kind == "model"]
                              + self.names.uncatalogued_in(clause), key=lambda m: m.start)  # fmt: skip
            # ... but not a model after the clause's cue ("it competes with X, Y, while surpassing Z": X is no subject)
            mentions = [m for m in mentions if m.start < cue_at]
            if mentions and not found:
                subject = mentions[0].id
        if not any(f.kind != "score" for f in out):
            # "X wins on A, while Y is better at B": two wins set against each other, each over the other model
            out += contrasted(self, sentence, parts, offset)
        pair, start = sides(self, sentence) or (self._sides, 0)  # "A vs B: A wins on MMLU" heads its own sentence
        if pair and not any(f.kind != "score" for f in out):
            out += over_the_other(self, sentence, offset, pair, start)  # "B shows better performance": over A
        if not out and (out := after_the_one_before(self, sentence, offset, self._sentence_before, self._before_at)):
            # "A wins on X. B wins on Y.": the sentence before's win is over B, no longer a candidate
            self.candidates = [
                c for c in self.candidates if not c.location.startswith(f"characters {self._before_at}-")
            ]
        if not out:
            asked = len(self.candidates)
            self._candidate(sentence, offset)
            if len(self.candidates) == asked and (
                said := last_word(self, sentence, offset, self._benches)
                or backstop(self, sentence, offset, self._benches)
            ):
                self.candidates.append(said)  # the net's last word: a cue and a model-like name, never silent
        # "beats Y on every benchmark except A", "beats Y, but not on A": A is no benchmark of that claim
        drop_excepted(sentence, out, excepted(sentence, sentence_benches), self._bench)
        overall(sentence, out)  # "Overall, X is ranked 3rd", "ranks third overall": on the mean over the benchmarks
        return self._distinct(out)  # one claim for two clauses that say the same ("... but within STEM it beats them")

    def _areas_after(self, clause: str, out: list[Found]) -> None:
        """'X outperforms models of its size and matches larger ones on math and coding tasks': the areas of a clause
        with a cue that gave no claim (its rivals unnamed) and no model are those of the sentence's claims before it
        that name none."""
        areas, _ = self.scope.areas(clause)
        if isinstance(areas, dict):
            for f in out:
                if f.kind != "score" and f.benchmarks == "shared":
                    f.benchmarks = {"tags": list(areas["tags"])}
                    f.review = [r for r in f.review if not r.startswith("no benchmark named")]
                    f.review.append(
                        f"areas read from the clause after: '{clause.strip()}' (catalog tags {areas['tags']})"
                    )

    @staticmethod
    def _merge(earlier: list[Found], found: list[Found]) -> list[Found]:
        """Fold a 'but also' clause's claims into the claim before of the same subject and kind."""
        rest = []
        for f in found:
            same = next((e for e in earlier if (e.subject, e.kind) == (f.subject, f.kind) and f.kind != "score"), None)
            if same is None:
                rest.append(f)
                continue
            same.competitors = list(dict.fromkeys(same.competitors + f.competitors))
            if f.benchmarks != "shared" and same.benchmarks == "shared":
                same.benchmarks = f.benchmarks
            if f.quantifier != "all":
                same.quantifier = f.quantifier
        return rest
