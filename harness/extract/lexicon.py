"""Find the sentences of a document that make benchmark claims, and draft claim files from them.

The deterministic extractor reads catalog names and aliases (`names`) and a phrase lexicon (`cues`:
`harness/data/lexicon.yaml`, extended by a project's `extract-lexicon.yaml`), and drafts a claim from
each cue of a clause; `scope` reads what the claim covers. It never guesses a name: what the catalog
does not know is listed with the closest names, in the draft's review notes or, where no draft can be
written, in a candidate that says why. Every choice it is unsure of (a default quantifier, a pronoun,
a missing benchmark) is a review note too; drafts go to a drafts folder, never into the live claims.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from pathlib import Path

from harness.claims.catalog import Catalog
from harness.extract.cues import PERCENT, Cues, clauses
from harness.extract.documents import Document
from harness.extract.found import Candidate, Found
from harness.extract.names import Mention, Names
from harness.extract.scope import PREDECESSOR, Scope

# words that say a clause reports results, so that cost, speed or size words in it do not set it aside
_RESULT_WORDS = re.compile(
    r"\b(benchmarks?|leaderboards?|evaluations?|scores?|scored|accuracy|performance|elo|tests?|tasks?)\b", re.I
)
# words that make a sentence look like a claim even where no cue was understood
_CLAIMLIKE = re.compile(r"\b(?:vs\.?|versus|wins?|won|scor\w*|elo|leaderboard|benchmarks?)\b", re.I)
# "beats every other model", "outperforming anything that's been released": a ranking
_EVERYONE = re.compile(
    r"\s+(?:anything|everything|(?:every|all)(?: other)?(?: (?:open[- ](?:source|weights?)|closed[- ]source|proprietary"
    r"|open|closed))? (?:models?|rivals?|competitors?))\b",
    re.I,
)
# "the leaderboard", "this benchmark": the benchmark the text before named
_DEFINITE = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:leaderboard|benchmark|test|evaluation)\b", re.I)
_SCORED = re.compile(r"\b(?:scor\w*|elo|rating|accuracy|stands at)\b[^.]*?\d", re.I)
# "Compared with GPT-4o, X scores higher": the models of a fronted phrase are the competitors of the clause
_FRONTED = re.compile(
    r"^\s*(?:(?:when |as )?compared (?:to|with)|in comparison (?:to|with)|relative to|against|versus|vs\.?)\s+[^,]+,\s*",
    re.I,
)
# the comparison such a clause makes with no "than": "scores higher", "wins", "performs better"
_BARE_BETTER = re.compile(
    r"\b(?:scor(?:es|ed|ing) higher|performs? better|(?:is|was|are|were) (?:better|stronger|ahead)|wins?|won"
    r"|leads?|higher|better|stronger)\b",
    re.I,
)

# "beats its rivals", "outperforms them": the models the clause named before its subject
_THEIR_RIVALS = re.compile(
    r"\s+(?:(?:its|their)\s+(?:\w+\s+)?(?:rivals|competitors|peers|counterparts)|them|these models|those models)\b",
    re.I,
)

# a comparison with no object of its own: "underperforms in HumanEval", "trails slightly", "scores higher on GPQA"
# (not "beats expectations")
_NO_OBJECT = re.compile(
    r"(?:\s+(?:\w+ly|also|too|again)\b)*\s*(?:$|[,.;:!)—–-]|(?:in|on|at|across|for|when|with|by|there|here|overall)\b)",
    re.I,
)


def _placed(places: list[int], lo: int, hi: int) -> bool:
    """Whether one of the sorted `places` is in lo..hi-1."""
    n = bisect_left(places, lo)
    return n < len(places) and places[n] < hi


def _title(text: str) -> str:
    """The document's title: its first short line without a full stop, past a byline and a date."""
    for line in [x.strip() for x in text.splitlines() if x.strip()][:6]:
        if re.match(r"(?:by:?\s|\d{4}-\d\d-\d\d$|(?:[A-Z][a-z]+ \d{1,2}, \d{4})$)", line, re.I):
            continue
        return line if len(line) <= 120 and line[-1:] not in ".!?" else ""
    return ""


class Extractor:
    """The deterministic extractor: drafts claims from the names and cues found in each clause."""

    name = "lexicon"

    def __init__(self, catalog: Catalog, lexicon_file: Path | None = None):
        self.catalog = catalog
        self.cues = Cues(lexicon_file)
        self.names = Names(catalog, self.cues.families, self.cues.developers)
        self.re = self.cues.re
        self.scope = Scope(catalog, self.re)
        self.candidates: list[Candidate] = []  # of the last document extracted
        self._why: list[tuple[str, list[str]]] = []  # why the sentence being read gave no draft
        self._main: str | None = None
        self._rivals: list[str] = []
        self._slug: str | None = None
        self._first: str | None = None
        self._last: str | None = None
        self._last_rivals: list[str] = []  # the competitors of the paragraph's last claim
        self._before: str | None = None  # the subject of the sentence before, or the first model it names
        self._title_benches: list[Mention] = []

    def mentions(self, text: str) -> list[Mention]:
        return self.names.mentions(text)

    def extract(self, doc: Document) -> list[Found]:
        """The claims of a document; `self.candidates` then holds the claim-like sentences that gave none."""
        self.candidates = []
        sentences = doc.sentences()
        main = self._main = self.names.main_model([text for _, text in sentences])
        self._last = None  # the subject of the last claim in this paragraph
        # the one model the document's name (its address or file name) names: what "the model" means where the text's
        # own models are all named beside the pronoun ("The model achieved 80.4%, surpassing GPT-4o")
        slug = re.sub(r"[-_/]+", " ", re.sub(r"^[a-z]+://[^/]+|\.(?:html?|md|txt)$", "", doc.name or ""))
        in_name = {m.id for m in self.mentions(slug) if m.kind == "model" and m.catalogued}
        self._slug = in_name.pop() if len(in_name) == 1 else None
        self._first = next(
            (m.id for _, text in sentences for m in self.mentions(text) if m.kind == "model" and m.catalogued), None
        )  # "Google released Gemma 3 27B ... The new model beats GPT-4o": the model the text introduces first
        title = _title(doc.text)
        self._title_benches = [m for m in self.mentions(title) if m.kind == "benchmark"] if title else []
        out: list[Found] = []
        previous: list[Mention] = []  # benchmarks of the sentence before, in the same paragraph
        last_end = 0
        self._last_rivals, self._before = [], None
        for start, sentence in sentences:
            if not sentence.strip():
                continue
            if "\n\n" in doc.text[last_end:start]:
                previous, self._last, self._last_rivals, self._before = [], None, [], None
            found = self._sentence(sentence, main, doc, start, previous)
            out.extend(found)
            claim = next((f for f in found if f.kind != "score"), None)
            if claim is not None:
                self._last, self._last_rivals = claim.subject, list(claim.competitors)
            # "Today we release OLMo 2 32B. ... where it surpasses GPT-4o": the model the sentence before starts with
            self._before = claim.subject if claim is not None else self._named_first(sentence)
            previous = [m for m in self.mentions(sentence) if m.kind == "benchmark"] or previous
            last_end = start + len(sentence)
        return out

    def _named_first(self, sentence: str) -> str | None:
        """The first model a sentence names, the catalog's or one it lacks (as written)."""
        named = [m for m in self.mentions(sentence) if m.kind == "model"] + self.names.uncatalogued_in(sentence)
        return min(named, key=lambda m: m.start).id if named else None

    def _sentence(
        self, sentence: str, main: str | None, doc: Document, offset: int, previous: list[Mention]
    ) -> list[Found]:
        out, subject = [], None
        self._why = []
        known = self.mentions(sentence)
        sentence_benches = [m for m in known if m.kind == "benchmark"]
        sentence_benches += self.names.unknown_benchmarks(sentence, known)
        parts = clauses(sentence)
        self._rivals = []  # the competitors of the sentence's last claim: what "it" after a cue means
        for n, (clause_start, clause) in enumerate(parts):
            if self._set_aside(clause):
                # the clause's first model, the catalog's or one it lacks ("X costs a third of Y while ...")
                mentioned = sorted([m for m in self.mentions(clause) if m.kind == "model"]
                                   + self.names.uncatalogued_in(clause), key=lambda m: m.start)  # fmt: skip
                subject = subject or (mentioned[0].id if mentioned else None)
                continue
            found = self._clause(sentence, clause, clause_start, subject, main, doc, offset, sentence_benches, previous)
            for f in found:
                if f.subject and f.kind != "score":
                    subject = f.subject
                    self._rivals = f.competitors or self._rivals
            if n and re.match(r"\s*also\b", clause) and re.search(r"\bnot only\b", parts[n - 1][1]):
                found = self._merge(out, found)  # "not only beats X but also beats Y": one claim
                if not found and out:
                    # "not only beats GPT-4o but also o1-mini": the models after "also" join the claim before
                    more = [m.id for m in self.mentions(clause) if m.kind == "model"]
                    for f in out:
                        if f.kind in ("outperforms", "matches") and f.competitors:
                            f.competitors = list(dict.fromkeys(f.competitors + [x for x in more if x != f.subject]))
            out.extend(found)
            mentions = [m for m in self.mentions(clause) if m.kind == "model"]
            if mentions and not found:
                subject = mentions[0].id
        if not out:
            self._candidate(sentence, offset)
        return self._distinct(out)  # one claim for two clauses that say the same ("... but within STEM it beats them")

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

    def _set_aside(self, clause: str) -> bool:
        """A hedge, a plan or a denial; or cost, speed or size with no result named: no claim to draft."""
        hedge = self.re["hedged"].search(clause) if "hedged" in self.re else None
        hedge = hedge or re.match(r"\s*(?:if|whether|can|could|will|would|should|does|do|is|are)\b(?=.*\?\s*$)|\s*if\b",
                                  clause, re.I | re.S)  # fmt: skip
        if hedge:
            self._why.append((f"hedged, planned or denied ('{hedge.group(0)}'): not a claim of a result", []))
            return True
        other = self.re["not_results"].search(clause)
        if other and not _RESULT_WORDS.search(clause) and not any(m.kind == "benchmark" for m in self.mentions(clause)):
            self._why.append((f"about cost, speed or size ('{other.group(0)}'), not benchmark results", []))
            return True
        return False

    def _candidate(self, sentence: str, offset: int) -> None:
        """Explain a sentence that looks like a claim (a cue or a quoted number, and a model-like name) but gave none."""
        mentions = self.mentions(sentence)
        unknown = self.names.unknown(sentence, mentions)
        lacking = [m for m in self.names.uncatalogued_in(sentence) if m.kind == "model"]  # "Nova Pro": no digit
        unknown += [(m.text, []) for m in lacking if m.text not in {n for n, _ in unknown}]
        has_name = any(m.kind == "model" for m in mentions) or bool(unknown)
        has_cue = bool(self.cues.cues(sentence) or PERCENT.search(sentence) or _CLAIMLIKE.search(sentence))
        # two models and a benchmark named together: worth a word even where no cue was understood
        has_cue = has_cue or (
            len({m.id for m in mentions if m.kind == "model"}) >= 2 and any(m.kind == "benchmark" for m in mentions)
        )
        if not (has_name and has_cue):
            return
        closest = list(dict.fromkeys(c for _, close in unknown for c in close))
        if self._why:
            reason = "; ".join(dict.fromkeys(r for r, _ in self._why))
            closest = list(dict.fromkeys(closest + [c for _, close in self._why for c in close]))
        elif unknown:
            reason = "names the catalog does not know: " + ", ".join(repr(n) for n, _ in unknown)
        elif not any(m.kind == "model" for m in mentions):
            reason = "no model the catalog knows"
        else:
            reason = "cue not understood: no subject and competitor, ranking or quoted score could be read"
        location = f"characters {offset}-{offset + len(sentence)}"
        self.candidates.append(Candidate(sentence.strip(), location, reason, closest[:5]))

    def _clause(
        self, sentence, clause, clause_start, inherited, main, doc, offset, sentence_benches, previous
    ) -> list[Found]:
        mentions = self.mentions(clause)
        # names the catalog lacks, as written: drafted, marked uncatalogued, never guessed
        lacking = self.names.uncatalogued_in(clause)
        lacking += self.names.unknown_benchmarks(clause, mentions + lacking)
        models = sorted([m for m in mentions + lacking if m.kind == "model"], key=lambda m: m.start)
        benches = sorted([m for m in mentions + lacking if m.kind == "benchmark"], key=lambda m: m.start)
        carried = ""
        if not benches and sentence_benches:  # "Maverick scored 49 points while Scout reached 36"
            benches = [Mention(b.kind, b.id, -1, -1, b.text, b.how, b.catalogued) for b in sentence_benches]
            carried = "the sentence"
        elif (
            not benches and previous and (PERCENT.search(clause) or _DEFINITE.search(clause) or _SCORED.search(clause))
        ):
            # "Scout follows closely at 84% and 79%.", "holds the top spot on the leaderboard": the sentence before
            benches, carried = [Mention(b.kind, b.id, -1, -1, b.text) for b in previous], "the text before"
        elif not benches and self._title_benches and (PERCENT.search(clause) or _SCORED.search(clause)):
            benches, carried = [Mention(b.kind, b.id, -1, -1, b.text) for b in self._title_benches], "the title"
        cues = self.cues.cues(clause)
        front = _FRONTED.match(clause)
        if front and not cues:
            bare = _BARE_BETTER.search(clause, front.end())
            if bare:
                cues = [("outperforms", bare.start(), bare.end(), None)]
        scores = self.cues.scores(clause, models, benches, self._last or main)
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

        def unknown() -> list[tuple[str, list[str]]]:
            if "unknown" not in once:
                once["unknown"] = self.names.unknown(clause, mentions)
            return once["unknown"]  # type: ignore[return-value]

        for i, (kind, cue_start, cue_end, extra) in enumerate(cues):
            review: list[str] = []
            stop = cues[i + 1][1] if i + 1 < len(cues) else len(clause)
            lo, hi = 0, 0  # `before` is models[lo:hi] where the names are in order
            if in_order:
                hi = bisect_right(ends, cue_start)
                before = models[:hi]
                first = bisect_left(starts, cue_end)
                after = models[first : max(first, bisect_right(ends, stop))]
            else:
                before = [m for m in models if m.end <= cue_start]
                after = [m for m in models if m.start >= cue_end and m.end <= stop]
            if (
                kind == "matches"
                and clause[cue_start:cue_end].casefold() == "as well as"
                and results
                and results[-1].competitors
                and before
                and re.fullmatch(r"[\s,]*", clause[before[-1].end : cue_start])
            ):
                # "beats GPT-4o as well as o1-mini": a list of competitors, not a match
                results[-1].competitors += [m.id for m in after if m.id not in results[-1].competitors]
                continue
            fronted, rivals = "", []
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
            if not after and self._rivals and re.match(r"\s+(?:it|them)\b", clause[cue_end:stop], re.I):
                # "beats GPT-4o on MATH but trails it on HumanEval": "it" is the earlier clause's competitor
                rivals = list(self._rivals)
                review.append(f"'{clause[cue_end:stop].split()[0]}' read as "
                              f"{', '.join(self._name(r) for r in rivals)}, the competitor of the clause before")  # fmt: skip
            if front and cue_start >= front.end() and not after:
                # "Compared with GPT-4o, X scores higher", "Compared to its predecessor, X ...": the fronted models
                after = [m for m in models if m.end <= front.end()]
                fronted = clause[: front.end()]
            subjects = [subject] if subject else []
            if not subjects and before:
                subjects = [before[-1].id]
                # "Ministral 3B and Ministral 8B set a new frontier": one claim for each
                if len(before) >= 2 and re.fullmatch(r"\s*(?:and|&)\s*", clause[before[-2].end : before[-1].start]):
                    subjects = [before[-2].id, before[-1].id]
            if not subjects:
                lead = clause[:cue_start]
                pronoun = self._pronoun(lead, {m.id for m in after})
                if re.search(r"\bplaces?\s*$", lead) and after:
                    subjects, after = [after[0].id], after[1:]  # "this places X ahead of Y"
                elif (
                    kind == "ranks"
                    and after
                    and len(lead.split()) <= 3
                    and not re.search(r"\b(?:than|over|against)\b", clause[cue_end : after[0].start])
                ):
                    subjects, after = [after[0].id], after[1:]  # "the top overall performer, X, ..."
                elif inherited:
                    subjects = [inherited]
                    review.append(f"subject carried over from the sentence's earlier clause: {self._name(inherited)}")
                elif pronoun:
                    # ("It beats GPT-4o": never GPT-4o itself, the model the text is about or not)
                    subjects = [pronoun]
                    review.append(f"'{lead.strip()}' read as {self._name(pronoun)}, {self._about(pronoun)}")
                elif main and after and main not in {m.id for m in after} and not self.names.unknown(lead, mentions):
                    # (a name the catalog does not know before the cue is the subject, not the main model)
                    subjects = [main]
                    review.append(f"no subject named: read as {self._name(main)}, the model the document is about")
                elif (
                    self._before
                    and after
                    and self._before not in {m.id for m in after}
                    and not self.names.unknown(lead, mentions)
                ):
                    # "X has 22B active parameters. This design ... surpasses R1 and o1", where the model the text
                    # mentions most is a competitor: the model the sentence before is about
                    subjects = [self._before]
                    review.append(f"no subject named: read as {self._name(self._before)}, "
                                  "the model the sentence before names first")  # fmt: skip
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
                and (
                    re.search(r"\b(?:than|over|against|ahead of)\b", clause[cue_end:stop])
                    or re.fullmatch(r"\s*", clause[cue_end : after[0].start])
                )
            ):
                kind = "outperforms"  # "leads key benchmarks against X and Y", "tops GPT-4o on MMLU"
            everyone = _EVERYONE.match(clause[cue_end:stop])
            if kind == "outperforms" and not competitors and everyone:
                kind, extra = "ranks", 1  # "outperforming anything that's been released"
                review.append(f"'{clause[cue_start:cue_end]}{everyone.group(0)}' read as first place")
            elif (
                kind != "ranks"
                and not competitors
                and subjects
                and len(before) >= 2
                and before[-1].id == subjects[0]
                and _THEIR_RIVALS.match(clause, cue_end)
            ):
                # "Compared to models of its size, like A, B and C, X beats its rivals": the models named before X
                competitors = list(dict.fromkeys(m.id for m in before[:-1] if m.id not in subjects))
                review.append(f"'{_THEIR_RIVALS.match(clause, cue_end).group(0).strip()}' read as the models named "
                              f"before {self._name(subjects[0])}: {', '.join(self._name(c) for c in competitors)}")  # fmt: skip
            elif (
                kind in ("matches", "matches_at_least")
                and not competitors
                and subjects
                and not models
                and clause_start
                and re.search(r"similar|comparable|equivalent|same", clause[cue_start:cue_end], re.I)
            ):
                # "X costs a third of Y to train while reaching similar performance": the sentence's other models
                earlier = [m for m in self.mentions(sentence[:clause_start]) if m.kind == "model"]
                earlier += self.names.uncatalogued_in(sentence[:clause_start])
                competitors = list(dict.fromkeys(m.id for m in sorted(earlier, key=lambda m: m.start)
                                                 if m.id not in subjects))  # fmt: skip
                if competitors:
                    review.append(f"no competitor named beside the match: read as "
                                  f"{', '.join(self._name(c) for c in competitors)}, named earlier in the sentence")  # fmt: skip
            elif (
                kind != "ranks"
                and not competitors
                and subjects
                and not after
                and not PREDECESSOR.search(clause[cue_end:stop])
                and (
                    re.search(r"\b(?:on|in|at|across)$", clause[cue_start:cue_end], re.I)
                    or _NO_OBJECT.match(clause, cue_end, stop)
                )
                and self._claim_before(results, inherited, subjects[0])
            ):
                # "X beats GPT-4o on MATH. However, it underperforms in HumanEval": the claim before's competitor
                competitors = [r for r in self._claim_before(results, inherited, subjects[0]) if r not in subjects]
                review.append(f"no competitor named: read as {', '.join(self._name(r) for r in competitors)}, "
                              "the competitor of the claim before")  # fmt: skip
            role = PREDECESSOR.search(clause[cue_end:stop]) or PREDECESSOR.search(fronted)
            if subjects and role:
                earlier = self.scope.predecessor(subjects[0])
                if earlier:
                    competitors.append(earlier)
                    review.append(
                        f"'{role.group(0)}' read as {self._name(earlier)}, "
                        f"the latest earlier release of {self._name(subjects[0])}'s family in the catalog"
                    )
                else:
                    self._why.append((f"'its predecessor': the catalog has no dated earlier release of "
                                      f"{self._name(subjects[0])}'s family", []))  # fmt: skip
            pairs = [(x, competitors) for x in subjects]
            if kind == "outperformed_by" and subjects and competitors:
                # "X trails Y and Z": Y outperforms X, and Z outperforms X
                pairs = [(c, subjects) for c in competitors]
                kind = "outperforms"
                review.append("read 'behind / below' as the other model outperforming this one")
            if not subjects:
                names = ", ".join(repr(n) for n, _ in unknown())
                self._why.append((f"no subject the catalog knows{': ' + names if names else ''}",
                                  [c for _, close in unknown() for c in close]))  # fmt: skip
                continue
            if kind != "ranks" and not competitors:
                names = ", ".join(repr(n) for n, _ in unknown())
                self._why.append((f"no competitor the catalog knows{': ' + names if names else ''}",
                                  [c for _, close in unknown() for c in close]))  # fmt: skip
                continue
            if ("about", kind) not in once:
                once[("about", kind)] = self.cues.about_results(clause, benches, kind)  # type: ignore[index]
            if not once[("about", kind)]:  # type: ignore[index]
                self._why.append(("a ranking word with no benchmark, cohort or result named", []))
                continue
            subject = subjects[0]
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
                    f.cohort = self.scope.cohort(clause, who, f)
                self.scope.benchmarks(clause, benches, f)
                if carried and isinstance(f.benchmarks, list):
                    f.review.append(f"benchmark carried over from {carried}")
                self.scope.quantifier(clause, f, len(benches))
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
        first_model = models[0].id if models else None
        claim_subject = next((f.subject for f in results if f.kind != "score"), None)
        for model_id, bench_id, value, at in scores:
            elsewhere = model_id is not None and model_id not in {m.id for m in models}  # the text's other model
            if model_id is None:
                if not claim_subject and models and models[0].start > at and self.re["pronouns"].search(clause[:at]):
                    # "The model achieved 80.4%, surpassing GPT-4o": the pronoun's model, never one named after it
                    model_id = self._pronoun(clause[:at], {m.id for m in models})
                    if model_id is None:
                        continue
                model_id = model_id or claim_subject or first_model or inherited
                if model_id is None:
                    model_id = self._pronoun(clause[:at])
            if model_id is None or bench_id is None:
                continue
            subject = claim_subject or inherited or model_id
            f = Found(
                quote=quote,
                location=location,
                statement=said,
                subject=subject,
                kind="score",
                benchmarks=[bench_id],
                value=value,
                model=model_id if model_id != subject else None,
                review=["quoted number read as a score claim; tolerance 0.05 (as printed)"]
                + (
                    [
                        f"number set against {self._name(models[0].id)}'s read as {self._name(model_id)}'s, the model "
                        "the text is about (not named in this clause)"
                    ]
                    if models and elsewhere
                    else []
                )  # fmt: skip
                + ([f"benchmark carried over from {carried}: {self._bench(bench_id)}"] if carried else []),
            )
            results.append(self._mark(f))
        results += [self._mark(f) for f in self._versus(clause, results, sentence, location)]
        return self._distinct(results)

    def _claim_before(self, results: list[Found], inherited: str | None, subject: str) -> list[str]:
        """The competitors of the last comparison by `subject` in the sentence before this clause, else in the
        paragraph; none where the subject changed in between, or where this clause compared already."""
        if any(f.kind != "score" for f in results):
            return []
        if inherited is not None:
            return list(self._rivals) if inherited == subject else []
        return list(self._last_rivals) if self._last == subject else []

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

    def _versus(self, clause: str, results: list[Found], sentence: str, location: str) -> list[Found]:
        """'R1 gets 79.8% vs o1-preview's 74.4%': two quoted scores set against each other compare the models."""
        scores = [f for f in results if f.kind == "score"]
        if len(scores) != 2 or not re.search(r"\b(?:vs\.?|versus|compared (?:to|with))\s", clause, re.I):
            return []
        (a, b), owner = scores, lambda f: f.model or f.subject
        if owner(a) == owner(b) or a.benchmarks != b.benchmarks or a.value == b.value:
            return []
        high, low = (a, b) if a.value > b.value else (b, a)
        if any(f.kind == "outperforms" and f.subject == owner(high) and owner(low) in f.competitors for f in results):
            return []
        note = f"read from the two quoted numbers ({high.value:g} vs {low.value:g}): a comparison on this benchmark"
        return [
            Found(quote=sentence.strip(), location=location, statement=clause.strip(), subject=owner(high),
                  kind="outperforms", competitors=[owner(low)], benchmarks=list(high.benchmarks), review=[note])
        ]  # fmt: skip

    def _pronoun(self, lead: str, named: set[str] = frozenset()) -> str | None:
        """'It', 'the model': the subject of the last claim in the paragraph, else the model the document is about,
        else the one model the document's name names, else the first model the text names; never a model `named`
        beside the pronoun."""
        if not self.re["pronouns"].search(lead):
            return None
        return next(
            (m for m in (self._last, self._before, self._main, self._slug, self._first) if m and m not in named), None
        )

    def _about(self, model_id: str) -> str:
        if model_id in (self._last, self._main):
            return "the model the text is about"
        if model_id == self._slug:
            return "the model the document's name (its address or file name) names"
        if model_id == self._first:
            return "the first model the text names"
        return "the model the sentence before names first"

    def _name(self, model_id: str) -> str:
        return self.names.name(model_id)

    def _bench(self, bench_id: str) -> str:
        entry = self.catalog.benchmarks.entries.get(bench_id)
        return entry.name if entry is not None else bench_id
