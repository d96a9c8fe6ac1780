"""Draft claims from the cues of one clause: the models before and after each cue, the benchmarks it covers,
and the scores it quotes.

Each cue of a clause (`cues`) gives a claim: its subject and competitors (`subjects`), its benchmarks, quantifier
and cohort (`scope`). The benchmark of a clause that names none is carried over from the sentence, the text
before or the page title. Quoted numbers are score claims, and two set against each other ("79.8% vs 74.4%") are
also a comparison (`scored`). Names the catalog lacks are kept as written and marked uncatalogued.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from harness.extract.antecedents import DEFINITE, phrase_before_pronoun, them_after
from harness.extract.apposed import THEY_LEAD, apposed_cues
from harness.extract.classes import AGAINST, PLACED
from harness.extract.cue_parts import CueParts
from harness.extract.cues import PERCENT
from harness.extract.followers import Followers
from harness.extract.found import Found
from harness.extract.from_below import FromBelow
from harness.extract.judges import rival_models
from harness.extract.names import Mention
from harness.extract.scored import ScoreReader, lower_wins
from harness.extract.subjects import PREFERENCE, preferred_cue

# a cue that names first place itself ("rank first", "#1", "top spot"): said of two models, a tie for it
_FIRST = re.compile(r"\b(?:first|top|number one|no\.\s?1|winner|lead\w*|led)\b|#\s?1\b", re.I)
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

# a ranking said in a relative clause right after a model ("X beats Y, which is the best model", "..., which lands at #11")
_RELATIVE = re.compile(
    r"\s*,?\s*(?:which|who|that)\s+(?:(?:is|was|are|were|remains?)\s+(?:(?:the|a|an|now|currently|still|also)\s+)*)?"
)

# a concession that starts a clause: "X beats Y, although Z leads on GPQA" (the word itself ends the clause before);
# after "while" or "but" only "still leads" concedes ("X trails Y, while Z leads on GSM8K" is Z's first place)
_CONTRAST = re.compile(r"\b(?:although|though)\s*$", re.I)
# a lead with no object: "leads on GPQA", "still leads there", "leads comfortably."
_THERE = re.compile(r"(?:\s+\w+ly)*\s*(?:$|[,.;:!)]|(?:on|in|at|across|there|here)\b)", re.I)
# a share of a rival's result right after a cue: "rivals 90% of X's", "matching 90%+ of X's", "over two thirds of X's"
_SHARE = re.compile(
    r"\s*(?:(?:over|about|around|nearly|almost|up to|more than|roughly)\s+)?"
    r"(?:\d+(?:\.\d+)?\s*(?:%|percent\b|per\s?cent\b)\+?|(?:half|a third|two[\s-]thirds|three[\s-]quarters))\s+of\s+(?:the\s+)?",
    re.I,
)


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


class ClauseReader(ScoreReader, CueParts, FromBelow, Followers):
    """The claims of one clause (a part of the lexicon extractor)."""

    def _clause(
        self, sentence, clause, clause_start, inherited, main, doc, offset, sentence_benches, previous
    ) -> list[Found]:
        mentions = self.mentions(clause)
        # names the catalog lacks, as written: drafted, marked uncatalogued, never guessed
        lacking = self.names.uncatalogued_in(clause)
        lacking += self.names.unknown_benchmarks(clause, mentions + lacking)
        models = rival_models(clause, mentions + lacking)  # in order, less an evaluation's judge ("as judged by X")
        benches = own = sorted([m for m in mentions + lacking if m.kind == "benchmark"], key=lambda m: m.start)
        benches, carried = self._benchmarks(clause, benches, sentence_benches, previous)
        cues = self.cues.cues(clause)
        front = _FRONTED.match(clause)
        if front and not cues:
            bare = _BARE_BETTER.search(clause, front.end())
            if bare:
                cues = [("outperforms", bare.start(), bare.end(), None)]
        cues, preferred = preferred_cue(clause, cues, models)  # "raters preferred X over Y"
        scores = self.cues.scores(clause, models, benches, self._last or main)
        self._why += [(f"{n} is a win rate against a named model, a pairwise comparison, not a score", [])
                      for n in self.cues.win_rates]  # fmt: skip
        # "90% of GPT-4o's capabilities": a share of a model's result, no score of any model
        shares = [m.end() for m in _SHARE.finditer(clause) if any(x.start == m.end() for x in models)]
        scores = [s for s in scores if not any(s[3] < end <= s[3] + 24 for end in shares)]
        if not cues and not scores:
            return []
        location = f"characters {offset + clause_start}-{offset + clause_start + len(clause)}"
        results: list[Found] = []
        subject = None
        # what does not change from cue to cue is worked out once a clause: a long clause has many cues
        starts, ends = [m.start for m in models], [m.end for m in models]
        in_order = all(a <= b for a, b in zip(ends, ends[1:]))  # names never overlap: ends in order, as starts
        hows = list(dict.fromkeys((m.id, m.how) for m in models if m.how))
        where: dict[str, list[int]] = {}  # the places of each model in `models`
        for n, m in enumerate(models):
            where.setdefault(m.id, []).append(n)
        once: dict[str, object] = {}
        quote, said = sentence.strip(), clause.strip()
        labelled: dict[str, str] = {}  # "[Subject] clause", a statement whose subject the clause does not name
        turned = None  # the subject of the last claim turned around ("X trails Y": Y's), for "as well as Z" after it

        def unknown() -> list[tuple[str, list[str]]]:
            if "unknown" not in once:
                once["unknown"] = self.names.unknown(clause, mentions)
            return once["unknown"]  # type: ignore[return-value]

        apposed = apposed_cues(clause, cues, models)  # {cue: the name beside it}: "trails the best model, X, ..."
        for i, (kind, cue_start, cue_end, extra) in enumerate(cues):
            review: list[str] = []
            stop = next((c[1] for n, c in enumerate(cues) if n > i and n not in apposed), len(clause))
            if self._no_result(clause, kind, cue_start, cue_end, own):
                continue
            lo, hi = 0, 0  # `before` is models[lo:hi] where the names are in order
            if in_order:
                hi = bisect_right(ends, cue_start)
                before = models[:hi]
                first = bisect_left(starts, cue_end)
                after = models[first : max(first, bisect_right(ends, stop))]
            else:
                before = [m for m in models if m.end <= cue_start]
                after = [m for m in models if m.start >= cue_end and m.end <= stop]
            # "X beats Y, which is the best model": Y's first place (the subject read afresh, not the clause's X)
            relative = kind == "ranks" and before and _RELATIVE.fullmatch(clause, before[-1].end, cue_start)
            if i in apposed:  # "trails the best open model, X, on MMLU": X's first place, whoever trails it
                relative, before, after = True, after[:1], after[1:]
            if (
                kind == "matches"
                and clause[cue_start:cue_end].casefold() == "as well as"
                and results
                and results[-1].competitors
                and before
                and re.fullmatch(r"[\s,]*", clause[before[-1].end : cue_start])
            ):
                # "beats GPT-4o as well as o1-mini": a list of competitors, not a match
                self._listed_too(after, results, turned, labelled, said)
                continue
            if (
                i
                and re.match(r"[a-z]+ing\b", clause[cue_start:cue_end])
                and re.search(r"(?:,|\band)\s*$", clause[:cue_start])
            ):
                # "edging past X and outscoring Y": the participles share their subject, and X, the object of the
                # first, is never the subject of the second
                hi = bisect_right(ends, cues[i - 1][1]) if in_order else hi
                before = [m for m in before if m.end <= cues[i - 1][1]]
            fronted = ""
            if preferred and cue_start == preferred.start("cue"):
                # "raters preferred X over Y": the models named after the verb, never those before it
                if in_order:
                    lo = min(bisect_left(starts, preferred.start("who")), hi)
                    before = models[lo:hi]
                else:
                    before = [m for m in before if m.start >= preferred.start("who")]
            if before and re.search(r"\b(?:mak(?:e|es|ing)|made)\s+(?:it|them)\s+$", clause[:cue_start], re.I):
                # "surpasses R1 and o1, making it the most powerful open model": "it" is the clause's subject
                before, hi = [], lo
            if front and cue_start >= front.end():
                # the fronted models are not the subject
                if in_order:
                    lo = min(bisect_left(starts, front.end()), hi)
                    before = models[lo:hi]
                else:
                    before = [m for m in before if m.start >= front.end()]
            if held := phrase_before_pronoun(self, clause, before, cue_start):
                before, hi = [], lo  # "Despite being smaller than A or B, it beats them": "it" is the subject
            rivals = self._pronoun_rivals(sentence, clause, clause_start, cue_end, stop, before, after, review)
            rivals = rivals or them_after(self, clause, cue_end, stop, held, after, review)
            if front and cue_start >= front.end() and not after:
                # "Compared with GPT-4o, X scores higher", "Compared to its predecessor, X ...": the fronted models
                after = [m for m in models if m.end <= front.end()]
                fronted = clause[: front.end()]
            share = _SHARE.match(clause, cue_end) if after else None
            if share and share.end() == after[0].start:
                # "surpasses 90% of Claude 3.7 Sonnet's capabilities": a share of the rival's result, no comparison
                self._why.append((f"a share of {self._name(after[0].id)}'s results ('{share.group(0).strip()}'), "
                                  "not a comparison with it", []))  # fmt: skip
                continue
            subjects, after = self._subjects(
                clause, cue_start, cue_end, kind, None if relative else subject, before, after, inherited, main,
                mentions, review,
            )  # fmt: skip
            competitors = [m.id for m in after if m.id not in subjects] + [r for r in rivals if r not in subjects]
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
                and (AGAINST.search(clause[cue_end:stop]) or re.fullmatch(r"\s*", clause[cue_end : after[0].start]))
            ):
                kind = "outperforms"  # "leads key benchmarks against X and Y", "tops GPT-4o on MMLU"
            if (
                kind == "ranks"
                and not competitors
                and inherited
                and subjects
                and inherited not in subjects
                and re.fullmatch(r"(?:still\s+)?(?:leads?|led)", clause[cue_start:cue_end], re.I)
                and _THERE.match(clause, cue_end, stop)
                and (_CONTRAST.search(sentence, 0, clause_start) or re.search(r"\bstill\s+$", clause[:cue_start], re.I))
            ):
                # "X beats GPT-4o on MMLU, although o1 still leads on GPQA": o1 ahead of X there, not first place
                kind, competitors = "outperforms", [inherited]
                review.append(f"'{clause[cue_start:cue_end]}' after a claim by {self._name(inherited)}: read as "
                              f"{self._name(subjects[0])} ahead of {self._name(inherited)} there, not first place")  # fmt: skip
            compared = kind  # "outperforms all of OpenAI's models": a comparison read as a ranking is about results
            kind, extra, competitors = self._unnamed_competitors(
                clause,
                sentence,
                clause_start,
                cue_start,
                cue_end,
                stop,
                kind,
                extra,
                subjects,
                competitors,
                before,
                after,
                models,
                results,
                inherited,
                fronted,
                review,
            )
            measure = (
                lower_wins(clause[cue_start:cue_end], clause) if kind in ("outperforms", "outperformed_by") else None
            )
            if measure:  # "a lower WER than X": on a measure where lower is better, the lower number wins
                kind = "outperformed_by" if kind == "outperforms" else "outperforms"
                review.append(f"'{clause[cue_start:cue_end]}' on {measure}, where lower is better: read the other way")
            pairs = [(x, competitors) for x in subjects]
            if kind == "outperformed_by" and subjects and competitors:
                # "X trails Y and Z": Y outperforms X, and Z outperforms X
                pairs = [(c, subjects) for c in competitors]
                kind, turned = "outperforms", competitors[-1]
                review.append("read 'behind / below' as the other model outperforming this one")
            if not subjects:
                self._no_subject(clause, cue_start, mentions, unknown)
                continue
            if kind != "ranks" and not competitors:
                self._no_competitor(clause, cue_end, stop, after, unknown)
                continue
            if ("about", kind) not in once:
                once[("about", kind)] = self.cues.about_results(clause, benches, kind)  # type: ignore[index]
            if not once[("about", kind)] and compared == kind:  # type: ignore[index]
                self._why.append(("a ranking word with no benchmark, cohort or result named", []))
                continue
            if i not in apposed:  # (the name set beside a ranked phrase is the object's, not the clause's subject)
                subject = self._said = subjects[0]  # the clause's subject as read, also where "behind" turns it around
            own_benches = _per_rival(clause, after, own, stop) if kind != "ranks" else None
            if own_benches:
                # "beats GPT-4o on MMLU and o1 on GPQA": one claim per rival, on the benchmarks named after it (never o1
                # beaten on MMLU); "trails GPT-4o on MMLU and o1 on GPQA": each rival ahead on its own
                if pairs and pairs[0][0] in subjects:  # (where "behind" turned it, each rival is a claim's subject)
                    pairs = [(who, [rival]) for who, against in pairs for rival in against]
                review.append("one claim per competitor, each on the benchmarks named after it")
            for who, against in pairs:
                notes = [how for ident, how in hows if ident == who or ident in against]
                f = Found(
                    quote=quote,
                    location=location,
                    statement=said
                    if (_placed(where.get(who, []), lo, hi) if in_order else who in {m.id for m in before})
                    else labelled.setdefault(who, f"[{self._name(who)}] {said}"),
                    subject=who,
                    kind="outperforms" if kind == "outperforms" else kind,
                    competitors=list(dict.fromkeys(a for a in against if a != who)),
                    review=review + list(dict.fromkeys(notes)),
                )
                if kind == "matches_at_least":
                    f.kind, f.direction = "matches", "at_least"
                if kind == "ranks":
                    f.top = extra or 1
                    shared = compared == "ranks" and len(subjects) > 1 and f.top == 1
                    if shared and (not _FIRST.search(clause[cue_start:cue_end]) or THEY_LEAD.match(clause, cue_start)):
                        # "X, Y and Z show the lowest word error rates": a superlative shared, the three the top three
                        # (not a win over a class, "X and Y beat models of their size": each first among it)
                        f.top = len(subjects)
                        f.review.append(f"'{clause[cue_start:cue_end]}' said of {len(subjects)} models: read as the "
                                        f"top {len(subjects)}")  # fmt: skip
                    f.cohort = self.scope.cohort(clause, who, f)
                rival = who if who not in subjects else (against[0] if len(against) == 1 else None)
                on = own_benches.get(rival, benches) if own_benches else benches
                self.scope.benchmarks(clause, on, f)
                if f.benchmarks == "shared" and PREFERENCE.search(clause) and "human-preference" in self.scope.tags:
                    f.benchmarks = {"tags": ["human-preference"]}  # "raters preferred X over Y": judged by people
                    f.review.append("'preferred' read as the catalog's human-preference benchmarks")
                if carried and isinstance(f.benchmarks, list):
                    f.review.append(f"benchmark carried over from {carried}")
                self.scope.quantifier(clause, f, len(on))
                if "unresolved" not in once:
                    once["unresolved"] = self.names.unresolved(clause, mentions + lacking)
                f.unresolved = list(once["unresolved"])  # type: ignore[call-overload]
                results.append(self._mark(f))
            if runner_up and subjects:
                first = Found(quote=quote, location=location, statement=said, subject=subjects[0],
                              kind="ranks", review=review + [f"ahead of the second-placed {self._name(competitors[0])}: "
                                                              "read as first place"])  # fmt: skip
                first.cohort = self.scope.cohort(clause, subjects[0], first)
                self.scope.benchmarks(clause, benches, first)
                self.scope.quantifier(clause, first, len(benches))
                results.append(self._mark(first))
        said_of = [r for r in results if not (r.kind == "ranks" and r.subject in apposed.values())]  # (no owner's)
        results += self._scores(clause, sentence, location, models, scores, said_of, inherited, carried, cues)
        results += [self._mark(f) for f in self._versus(clause, results, sentence, location)]
        results += self._from_below(clause, results)  # "second only to X", "trails only X": the place and the win
        results += self._followers(clause, models, results)  # "X leads at 2.3%, followed by Y at 2.9%": Y second
        return self._distinct(results)

    def _benchmarks(
        self, clause: str, benches: list[Mention], sentence_benches: list[Mention], previous: list[Mention]
    ) -> tuple[list[Mention], str]:
        """The benchmarks of a clause; where it names none, those of its sentence, of the sentence before or of the
        page title, with where they were carried over from."""
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
        return benches, carried

    @staticmethod
    def _distinct(results: list[Found]) -> list[Found]:
        """One claim for two cues that say the same ("the world's best coding model, leading on SWE-bench")."""
        out: list[Found] = []
        for f in results:
            key = (f.subject, f.kind, f.competitors, f.benchmarks, f.quantifier, f.value, f.model, f.top, f.cohort)
            same = next((o for o in out if (o.subject, o.kind, o.competitors, o.benchmarks, o.quantifier, o.value,
                                            o.model, o.top, o.cohort) == key), None)  # fmt: skip
            if same is None:
                out.append(f)
            else:
                same.review += [n for n in f.review if n not in same.review]
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
