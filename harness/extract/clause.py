"""Draft claims from the cues of one clause: the models before and after each cue, the benchmarks it covers,
and the scores it quotes.

A clause is read once (`clause_facts`); then each of its cues (`cues`) in two steps: who stands before and after it
(`cue_sides`), then what it claims, its subject, competitors and kind (`cue_reading`, with `subjects`), and one claim
is drafted per subject and its competitors, with the benchmarks, quantifier and cohort it covers (`pair_drafts`,
with `scope`). The benchmark of a clause that names none is carried over from the sentence, the text before or the
page title. Quoted numbers are score claims, and two set against each other ("79.8% vs 74.4%") are also a
comparison (`scored`). Names the catalog lacks are kept as written and marked uncatalogued.
"""

from __future__ import annotations

import re

from harness.extract.antecedents import DEFINITE
from harness.extract.apposed import apposed_cues
from harness.extract.classes import PLACED
from harness.extract.clause_facts import ClauseFacts
from harness.extract.cue_parts import CueParts
from harness.extract.cue_reading import CueReader
from harness.extract.cue_sides import SHARE, SidesReader
from harness.extract.cues import PERCENT
from harness.extract.followers import Followers
from harness.extract.found import Found
from harness.extract.from_below import FromBelow
from harness.extract.judges import rival_models
from harness.extract.names import Mention
from harness.extract.pair_drafts import PairDrafter
from harness.extract.scored import ScoreReader
from harness.extract.subjects import preferred_cue

# a score quoted in words ("a score of", "accuracy") or by its unit ("with 1204 points")
_SCORED = re.compile(r"\b(?:scor\w*|elo|rating|accuracy|stands at)\b[^.]*?\d|\b\d[\d,.]*\s*(?:points|pts)\b", re.I)
# "Compared with GPT-4o, X scores higher": the models of a fronted phrase are the competitors of the clause
_FRONTED = re.compile(
    r"^\s*(?:(?:when |as )?compared (?:to|with)|in comparison (?:to|with)|relative to|against|versus|vs\.?)\s+[^,]+,\s*",
    re.I,
)
# the comparison such a clause makes with no "than": "scores higher", "wins", "performs better"
_BARE_BETTER = re.compile(
    r"\b(?:scor(?:es|ed|ing) higher|performs? better|(?:is|was|are|were) (?:better|stronger|ahead)|wins?|won"
    r"|leads?|higher|better|stronger"
    # "Compared to DeepSeek-Coder, X demonstrates significant advancements in ...": gains the clause names as X's
    r"|(?:shows?|showed|demonstrat(?:es|ed)|achiev(?:es|ed)|deliver(?:s|ed)|brings|brought|exhibit(?:s|ed)|posts|posted)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:improvements?|advancements?|gains?|enhancements?|progress))\b",
    re.I,
)


class ClauseReader(ScoreReader, CueParts, FromBelow, Followers, SidesReader, CueReader, PairDrafter):
    """The claims of one clause (a part of the lexicon extractor)."""

    def _clause(
        self, sentence, clause, clause_start, inherited, main, doc, offset, sentence_benches, previous
    ) -> list[Found]:
        c = self._facts(sentence, clause, clause_start, inherited, main, offset, sentence_benches, previous)
        if c is None:
            return []
        # each cue in two steps: who stands before and after it (`cue_sides`), then what it claims (`cue_reading`)
        for i in range(len(c.cues)):
            sides = self._cue_sides(c, i)
            if sides is None:
                continue
            reading = self._read_cue(c, i, sides)
            if reading is None:
                continue
            if i not in c.apposed:  # (the name set beside a ranked phrase is the object's, not the clause's subject)
                c.subject = self._said = reading.subjects[0]  # as read, also where "behind" turns it around
            c.results += self._draft_pairs(c, i, sides, reading)
        results = c.results
        said_of = [r for r in results if not (r.kind == "ranks" and r.subject in c.apposed.values())]  # (no owner's)
        results += self._scores(clause, sentence, c.location, c.models, c.scores, said_of, inherited, c.carried, c.cues)
        # (a clause whose cue says a match, read or not, is no win of the higher number: "GPT-4o matches it
        # (82.1% vs 82.4%)" drafted the other model's win)
        if not any(cue[0].startswith("matches") for cue in c.cues):
            results += [self._mark(f) for f in self._versus(clause, results, sentence, c.location)]
        results += self._from_below(clause, results)  # "second only to X", "trails only X": the place and the win
        results += self._followers(clause, c.models, results)  # "X leads at 2.3%, followed by Y at 2.9%": Y second
        return self._distinct(results)

    def _facts(
        self, sentence, clause, clause_start, inherited, main, offset, sentence_benches, previous
    ) -> ClauseFacts | None:
        """The names, benchmarks, cues and quoted scores of a clause; None where it has neither a cue nor a score."""
        mentions = self.mentions(clause)
        # names the catalog lacks, as written: drafted, marked uncatalogued, never guessed
        lacking = self.names.uncatalogued_in(clause)
        lacking += self.names.unknown_benchmarks(clause, mentions + lacking)
        models = rival_models(clause, mentions + lacking)  # in order, less an evaluation's judge ("as judged by X")
        benches = own = sorted([m for m in mentions + lacking if m.kind == "benchmark"], key=lambda m: m.start)
        cues = self.cues.cues(clause)
        front = _FRONTED.match(clause)
        if front and not cues:
            bare = _BARE_BETTER.search(clause, front.end())
            if bare:
                cues = [("outperforms", bare.start(), bare.end(), None)]
        cues, preferred = preferred_cue(clause, cues, models)  # "raters preferred X over Y"
        benches, carried = self._benchmarks(clause, benches, sentence_benches, previous, not cues)
        scores = self.cues.scores(clause, models, benches, self._last or main)
        self._why += [(f"{n} is a win rate against a named model, a pairwise comparison, not a score", [])
                      for n in self.cues.win_rates]  # fmt: skip
        # "90% of GPT-4o's capabilities": a share of a model's result, no score of any model
        shares = [m.end() for m in SHARE.finditer(clause) if any(x.start == m.end() for x in models)]
        scores = [s for s in scores if not any(s[3] < end <= s[3] + 24 for end in shares)]
        if not cues and not scores:
            return None
        unknown: list = []

        def read_unknown() -> list[tuple[str, list[str]]]:
            if not unknown:
                unknown.append(self.names.unknown(clause, mentions))
            return unknown[0]

        return ClauseFacts(
            sentence=sentence,
            text=clause,
            start=clause_start,
            location=f"characters {offset + clause_start}-{offset + clause_start + len(clause)}",
            inherited=inherited,
            main=main,
            mentions=mentions,
            lacking=lacking,
            models=models,
            own=own,
            benches=benches,
            carried=carried,
            cues=cues,
            scores=scores,
            front=front,
            preferred=preferred,
            apposed=apposed_cues(clause, cues, models),  # {cue: the name beside it}: "trails the best model, X, ..."
            unknown=read_unknown,
        )

    def _benchmarks(
        self,
        clause: str,
        benches: list[Mention],
        sentence_benches: list[Mention],
        previous: list[Mention],
        scores_only: bool = False,
    ) -> tuple[list[Mention], str]:
        """The benchmarks of a clause; where it names none, those of its sentence, of the sentence before or of the
        page title, with where they were carried over from; a clause of quoted scores alone (`scores_only`: it has no
        cue) may also take the one benchmark its page's address names."""
        carried, placed = "", PLACED.search(clause)
        if not benches and sentence_benches:  # "Maverick scored 49 points while Scout reached 36"
            benches = [Mention(b.kind, b.id, -1, -1, b.text, b.how, b.catalogued) for b in sentence_benches]
            carried = "the sentence"
        elif (
            not benches
            and previous
            and (PERCENT.search(clause) or DEFINITE.search(clause) or _SCORED.search(clause) or placed)
        ):
            # "Scout follows closely at 84% and 79%.", "holds the top spot on the leaderboard": the sentence before
            benches, carried = [Mention(b.kind, b.id, -1, -1, b.text) for b in previous], "the text before"
        elif not benches and self._title_benches and (PERCENT.search(clause) or _SCORED.search(clause) or placed):
            # (a place with no board named is on the title's: "Humanity's Last Exam (#1)" then "X ranks #1.")
            benches, carried = [Mention(b.kind, b.id, -1, -1, b.text) for b in self._title_benches], "the title"
        elif (
            not benches and scores_only and self._address_benches and (PERCENT.search(clause) or _SCORED.search(clause))
        ):
            # "GPT-4o scored 2%" on ".../glossary/frontiermath.html": a page about one benchmark quotes scores on it
            # (only scores: a ranking or a win needs its board said in the text, "best around 15%" names no one's place)
            benches = [Mention(b.kind, b.id, -1, -1, b.text) for b in self._address_benches]
            carried = "the page's address"
        return benches, carried

    @staticmethod
    def _distinct(results: list[Found]) -> list[Found]:
        """One claim for two cues that say the same ("the world's best coding model, leading on SWE-bench")."""

        def key(f: Found) -> tuple:
            # a place is drafted without the models it was said beside (a draft of "ranks" has no competitors): "Top
            # Performer: X is the highest-ranked model, followed by Y" says X's first place twice, once beside Y
            rivals = () if f.kind == "ranks" else f.competitors
            return (f.subject, f.kind, rivals, f.benchmarks, f.quantifier, f.value, f.model, f.top, f.cohort)

        out: list[Found] = []
        for f in results:
            same = next((o for o in out if key(o) == key(f)), None)
            if same is None:
                out.append(f)
            else:
                same.review += [n for n in f.review if n not in same.review]
                # (the models a place was said beside are kept: what "them" in the next sentence may mean)
                same.competitors = list(dict.fromkeys(same.competitors + f.competitors))
        return out

    def _mark(self, f: Found) -> Found:
        """List the names of a claim that the catalog lacks (kept as written), each with a review note."""
        models, benches = self.catalog.models.entries, self.catalog.benchmarks.entries
        names = [n for n in [f.subject, *f.competitors, f.model] if n and n not in models]
        names += [b for b in (f.benchmarks if isinstance(f.benchmarks, list) else []) if b not in benches]
        f.uncatalogued = list(dict.fromkeys(names))
        if f.uncatalogued:
            listed = ", ".join(repr(n) for n in f.uncatalogued)
            note = (f"uncatalogued: {listed} (not in the catalog; kept as written, never guessed): add each to the "
                    "catalog, or take it out of the claim, before it can be verified")  # fmt: skip
            if note not in f.review:
                f.review.append(note)
        return f

    def _bench(self, bench_id: str) -> str:
        entry = self.catalog.benchmarks.entries.get(bench_id)
        return entry.name if entry is not None else bench_id
