"""Find the sentences of a document that make benchmark claims, and draft claim files from them.

The deterministic extractor reads catalog names and aliases and a phrase lexicon
(`harness/data/lexicon.yaml`, extended by a project's `extract-lexicon.yaml`). It never guesses a
name: what the catalog does not know is listed in the draft's review notes with the closest
names. Every choice it is unsure of (a default quantifier, a pronoun, a missing benchmark) is a
review note too; drafts go to a drafts folder, never into the live claims.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from harness.claims.catalog import Catalog
from harness.extract.cues import OUT_OF, PERCENT, Cues, clauses, number
from harness.extract.documents import Document
from harness.extract.names import Mention, Names


@dataclass
class Found:
    """One claim found in a document, before it is written as a draft."""

    quote: str
    location: str
    statement: str
    subject: str | None
    kind: str
    competitors: list[str] = field(default_factory=list)
    benchmarks: object = "shared"
    quantifier: object = "all"
    value: float | None = None
    model: str | None = None  # score: the model the number is quoted for
    top: int = 1
    cohort: dict = field(default_factory=dict)
    direction: str = "both"
    strict: bool = False
    review: list[str] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)

    @property
    def confidence(self) -> float:
        return round(max(0.1, 1.0 - 0.15 * len(self.review) - 0.3 * len(self.unresolved)), 2)


@dataclass
class Candidate:
    """A sentence with a comparison or ranking cue and a model-like name that gave no draft, and why."""

    quote: str
    location: str
    reason: str
    closest: list[str] = field(default_factory=list)

    def as_json(self, document: str) -> dict:
        return {"file": document, "quote": self.quote, "location": self.location, "reason": self.reason,
                "closest": self.closest}  # fmt: skip


# words that say a clause reports results, so that cost, speed or size words in it do not set it aside
_RESULT_WORDS = re.compile(
    r"\b(benchmarks?|leaderboards?|evaluations?|scores?|scored|accuracy|performance|elo|tests?|tasks?)\b", re.I
)
# "across math, science, and coding tasks": areas of benchmarks, read as catalog tags
_AREAS = {
    "math": "math", "maths": "math", "mathematics": "math", "mathematical": "math",
    "code": "code", "coding": "code", "programming": "code", "software engineering": "code",
    "reasoning": "reasoning", "science": "science", "scientific": "science",
    "knowledge": "knowledge", "general knowledge": "knowledge", "agentic": "agentic", "tool use": "agentic",
    "search": "search", "browsing": "search",
}  # fmt: skip
_AREA_WORD = r"(?:[A-Za-z][\w-]*(?: [a-z][\w-]*)?)"
_AREA_ITEMS = rf"({_AREA_WORD}(?:\s*,\s*(?:and\s+)?{_AREA_WORD})*(?:,?\s+and\s+{_AREA_WORD})?)"
_AREA_LIST = re.compile(
    rf"\b(?:in|on|across|at|for)\s+(?:the\s+)?{_AREA_ITEMS}"
    r"(?:\s+(?:tasks|benchmarks?|evaluations|domains|fields|capabilities|categories|problems|tests))",
    re.I,
)
# "in knowledge, commonsense, reasoning and efficiency", "including programming and mathematics": no noun after
_AREA_BARE = re.compile(rf"\b(?:in|across|including|such as)\s+(?:the\s+)?{_AREA_ITEMS}", re.I)
# words that make a sentence look like a claim even where no cue was understood
_CLAIMLIKE = re.compile(r"\b(?:vs\.?|versus|wins?|won|scor\w*|elo|leaderboard|benchmarks?)\b", re.I)
# "beats every other model", "outperforming anything that's been released": a ranking
_EVERYONE = re.compile(
    r"\s+(?:anything|everything|every (?:other )?(?:model|rival|competitor)|all (?:other )?(?:models|rivals|competitors))\b",
    re.I,
)
# "the leaderboard", "this benchmark": the benchmark the text before named
_DEFINITE = re.compile(r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:leaderboard|benchmark|test|evaluation)\b", re.I)
_SCORED = re.compile(r"\b(?:scor\w*|elo|rating|accuracy|stands at)\b[^.]*?\d", re.I)
_PREDECESSOR = re.compile(
    r"\b(?:its|their|the)\s+(?:own\s+)?(?:predecessors?|previous (?:version|model|generation)|prior version)\b", re.I
)
_CLASS = re.compile(
    r"\b(?:(\d+(?:\.\d+)?[BM])[- ](?:parameter )?models?|(?:under|below|sub-?)\s*(\d+(?:\.\d+)?[BM])\b"
    r"|(?:in|of) its (?:class|category|size))",
    re.I,
)


class Extractor:
    """The deterministic extractor: drafts claims from the names and cues found in each clause."""

    name = "lexicon"

    def __init__(self, catalog: Catalog, lexicon_file: Path | None = None):
        self.catalog = catalog
        self.names = Names(catalog)
        self.cues = Cues(lexicon_file)
        self.re = self.cues.re

    def mentions(self, text: str) -> list[Mention]:
        return self.names.mentions(text)

    def extract(self, doc: Document) -> list[Found]:
        """The claims of a document; `self.candidates` then holds the claim-like sentences that gave none."""
        self.candidates: list[Candidate] = []
        sentences = doc.sentences()
        main = self._main = self.names.main_model([text for _, text in sentences])
        self._last: str | None = None  # the subject of the last claim in this paragraph
        first = doc.text.lstrip().split("\n", 1)[0]
        title = first if first and first.rstrip()[-1:] not in ".!?" else ""
        self._title_benches = [m for m in self.mentions(title) if m.kind == "benchmark"] if title else []
        out: list[Found] = []
        previous: list[Mention] = []  # benchmarks of the sentence before, in the same paragraph
        last_end = 0
        for start, sentence in sentences:
            if not sentence.strip():
                continue
            if "\n\n" in doc.text[last_end:start]:
                previous, self._last = [], None
            found = self._sentence(sentence, main, doc, start, previous)
            out.extend(found)
            self._last = next((f.subject for f in found if f.kind != "score"), None) or self._last
            previous = [m for m in self.mentions(sentence) if m.kind == "benchmark"] or previous
            last_end = start + len(sentence)
        return out

    def _sentence(
        self, sentence: str, main: str | None, doc: Document, offset: int, previous: list[Mention]
    ) -> list[Found]:
        out, subject = [], None
        self._why: list[tuple[str, list[str]]] = []
        sentence_benches = [m for m in self.mentions(sentence) if m.kind == "benchmark"]
        parts = clauses(sentence)
        for n, (clause_start, clause) in enumerate(parts):
            mentioned = [m for m in self.mentions(clause) if m.kind == "model"]
            if self._set_aside(clause):
                subject = subject or (mentioned[0].id if mentioned else None)
                continue
            found = self._clause(sentence, clause, clause_start, subject, main, doc, offset, sentence_benches, previous)
            for f in found:
                if f.subject and f.kind != "score":
                    subject = f.subject
            if n and re.match(r"\s*also\b", clause) and re.search(r"\bnot only\b", parts[n - 1][1]):
                found = self._merge(out, found)  # "not only beats X but also beats Y": one claim
            out.extend(found)
            mentions = [m for m in self.mentions(clause) if m.kind == "model"]
            if mentions and not found:
                subject = mentions[0].id
        if not out:
            self._candidate(sentence, offset)
        return out

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
        has_name = any(m.kind == "model" for m in mentions) or bool(unknown)
        has_cue = bool(self.cues.cues(sentence) or PERCENT.search(sentence) or _CLAIMLIKE.search(sentence))
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
        models = [m for m in mentions if m.kind == "model"]
        benches = [m for m in mentions if m.kind == "benchmark"]
        carried = ""
        if not benches and sentence_benches:  # "Maverick scored 49 points while Scout reached 36"
            benches, carried = [Mention(b.kind, b.id, -1, -1, b.text) for b in sentence_benches], "the sentence"
        elif (
            not benches and previous and (PERCENT.search(clause) or _DEFINITE.search(clause) or _SCORED.search(clause))
        ):
            # "Scout follows closely at 84% and 79%.", "holds the top spot on the leaderboard": the sentence before
            benches, carried = [Mention(b.kind, b.id, -1, -1, b.text) for b in previous], "the text before"
        elif not benches and self._title_benches and (PERCENT.search(clause) or _SCORED.search(clause)):
            benches, carried = [Mention(b.kind, b.id, -1, -1, b.text) for b in self._title_benches], "the title"
        cues = self.cues.cues(clause)
        scores = self.cues.scores(clause, models, benches)
        if not cues and not scores:
            return []
        location = f"characters {offset + clause_start}-{offset + clause_start + len(clause)}"
        results: list[Found] = []
        subject = None
        for i, (kind, cue_start, cue_end, extra) in enumerate(cues):
            review: list[str] = []
            stop = cues[i + 1][1] if i + 1 < len(cues) else len(clause)
            before = [m for m in models if m.end <= cue_start]
            after = [m for m in models if m.start >= cue_end and m.end <= stop]
            subjects = [subject] if subject else []
            if not subjects and before:
                subjects = [before[-1].id]
                # "Ministral 3B and Ministral 8B set a new frontier": one claim for each
                if len(before) >= 2 and re.fullmatch(r"\s*(?:and|&)\s*", clause[before[-2].end : before[-1].start]):
                    subjects = [before[-2].id, before[-1].id]
            if not subjects:
                lead = clause[:cue_start]
                pronoun = self._pronoun(lead)
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
                    subjects = [pronoun]
                    review.append(f"'{lead.strip()}' read as {self._name(pronoun)}, the model the text is about")
                elif main and after and main not in {m.id for m in after}:
                    subjects = [main]
                    review.append(f"no subject named: read as {self._name(main)}, the model the document is about")
            competitors = [m.id for m in after if m.id not in subjects]
            if (
                kind == "ranks"
                and competitors
                and re.search(r"\b(?:than|over|against|ahead of)\b", clause[cue_end:stop])
            ):
                kind = "outperforms"  # "leads key benchmarks against X and Y"
            everyone = _EVERYONE.match(clause[cue_end:stop])
            if kind == "outperforms" and not competitors and everyone:
                kind, extra = "ranks", 1  # "outperforming anything that's been released"
                review.append(f"'{clause[cue_start:cue_end]}{everyone.group(0)}' read as first place")
            if subjects and _PREDECESSOR.search(clause[cue_end:stop]):
                earlier = self._predecessor(subjects[0])
                if earlier:
                    competitors.append(earlier)
                    review.append(
                        f"'{_PREDECESSOR.search(clause[cue_end:stop]).group(0)}' read as {self._name(earlier)}, "
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
            unknown = self.names.unknown(clause, mentions)
            if not subjects:
                names = ", ".join(repr(n) for n, _ in unknown)
                self._why.append((f"no subject the catalog knows{': ' + names if names else ''}",
                                  [c for _, close in unknown for c in close]))  # fmt: skip
                continue
            if kind != "ranks" and not competitors:
                names = ", ".join(repr(n) for n, _ in unknown)
                self._why.append((f"no competitor the catalog knows{': ' + names if names else ''}",
                                  [c for _, close in unknown for c in close]))  # fmt: skip
                continue
            if not self.cues.about_results(clause, benches, kind):
                self._why.append(("a ranking word with no benchmark, cohort or result named", []))
                continue
            subject = subjects[0]
            for who, against in pairs:
                notes = [m.how for m in models if m.how and (m.id == who or m.id in against)]
                f = Found(
                    quote=sentence.strip(),
                    location=location,
                    statement=clause.strip()
                    if who in {m.id for m in before}
                    else f"[{self._name(who)}] {clause.strip()}",
                    subject=who,
                    kind="outperforms" if kind == "outperforms" else kind,
                    competitors=list(dict.fromkeys(a for a in against if a != who)),
                    review=review + list(dict.fromkeys(notes)),
                )
                if kind == "matches_at_least":
                    f.kind, f.direction = "matches", "at_least"
                if kind == "ranks":
                    f.top = extra or 1
                    f.cohort = self._cohort(clause, who, f)
                self._benchmarks(clause, benches, f)
                if carried and isinstance(f.benchmarks, list):
                    f.review.append(f"benchmark carried over from {carried}")
                self._quantifier(clause, f, len(benches))
                f.unresolved = self.names.unresolved(clause, mentions)
                results.append(f)
        first_model = models[0].id if models else None
        claim_subject = next((f.subject for f in results if f.kind != "score"), None)
        for model_id, bench_id, value, at in scores:
            if model_id is None:
                model_id = claim_subject or first_model or inherited
                if model_id is None:
                    model_id = self._pronoun(clause[:at])
            if model_id is None or bench_id is None:
                continue
            subject = claim_subject or inherited or model_id
            f = Found(
                quote=sentence.strip(),
                location=location,
                statement=clause.strip(),
                subject=subject,
                kind="score",
                benchmarks=[bench_id],
                value=value,
                model=model_id if model_id != subject else None,
                review=["quoted number read as a score claim; tolerance 0.05 (as printed)"]
                + (
                    [f"benchmark carried over from {carried}: {self.catalog.benchmark(bench_id).name}"]
                    if carried
                    else []
                ),
            )
            results.append(f)
        results += self._versus(clause, results, sentence, location)
        return results

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

    def _pronoun(self, lead: str) -> str | None:
        """'It', 'the model': the subject of the last claim in the paragraph, else the model the document is about."""
        if not self.re["pronouns"].search(lead):
            return None
        return self._last or self._main

    def _benchmarks(self, clause: str, benches: list[Mention], f: Found) -> None:
        ids = list(dict.fromkeys(m.id for m in benches))
        if ids:
            f.benchmarks = ids
            return
        tags = {t for b in self.catalog.all_benchmarks() for t in b.tags}
        named = [t for t in tags if re.search(rf"\b{re.escape(t)}\b[\w\s-]*\bbenchmarks?\b", clause, re.I)]
        areas = _AREA_LIST.search(clause)
        if areas is None:
            bare = [m for m in _AREA_BARE.finditer(clause) if len(self._areas(m.group(1), tags)) >= 2]
            areas = bare[0] if bare else None
        if areas:
            words = [w.strip().lower() for w in re.split(r",|\band\b", areas.group(1)) if w.strip()]
            known = [_AREAS[w] for w in words if _AREAS.get(w) in tags]
            known += [_AREAS[w.split()[-1]] for w in words if w not in _AREAS and _AREAS.get(w.split()[-1]) in tags]
            if known:
                named = sorted(set(named) | set(known))
                others = [w for w in words if _AREAS.get(w) not in tags and _AREAS.get(w.split()[-1]) not in tags]
                if others:
                    f.review.append(f"areas the catalog has no tag for: {', '.join(others)} (left out)")
        if named:
            f.benchmarks = {"tags": sorted(named)}
            f.review.append(f"areas read as the catalog tags {sorted(named)}")
            return
        f.benchmarks = "shared"
        f.review.append("no benchmark named: every benchmark with evidence for both sides")

    def _quantifier(self, clause: str, f: Found, n_benches: int) -> None:
        out_of = OUT_OF.search(clause)
        if out_of:
            k = number(out_of.group(1))
            f.quantifier = {"at_least": k}
            if isinstance(f.benchmarks, list) and len(f.benchmarks) < k:
                f.benchmarks = "shared"
                f.review.append(f"'{out_of.group(0)}': at least {k} of the shared benchmarks (the text names fewer)")
            return
        if self.re["all"].search(clause):
            f.quantifier = "all"
        elif self.re["most"].search(clause):
            f.quantifier = "most"
        elif self.re["at_least_2"].search(clause):
            f.quantifier = {"at_least": 2}
        elif f.kind == "ranks" and f.benchmarks == "shared":
            f.quantifier = "most"
            f.review.append("a ranking that names no benchmark read as first place on most benchmarks")
        else:
            f.quantifier = "all"
            if n_benches != 1:
                f.review.append("no quantifier stated: read as all")
        if self.re["strict"].search(clause) and f.kind != "ranks":
            f.strict = True
            f.review.append("emphatic wording ('every', 'not approaches'): strict, any failed benchmark refutes")

    def _cohort(self, clause: str, subject: str, f: Found) -> dict:
        if self.re["open_weights"].search(clause):
            cohort: dict = {"open_weights": True}
        elif self.re["closed"].search(clause):
            cohort = {"open_weights": False}
        else:
            cohort = {"all_models": True}
            size = _CLASS.search(clause)
            if size:
                f.review.append(
                    f"a class ('{size.group(0)}'): the catalog records no model sizes, so ranked among every model; "
                    "narrow the cohort by hand"
                )
            else:
                f.review.append("no cohort named: ranked among every model in the catalog")
        me = self.catalog.model(subject)
        siblings = [
            m.id
            for m in self.catalog.all_models()
            if m.id != subject and m.developer == me.developer and m.release_date and m.release_date == me.release_date
        ]
        if siblings:
            cohort["exclude"] = siblings
            names = ", ".join(self._name(s) for s in siblings)
            f.review.append(f"the subject's same-day siblings from its developer left out of the cohort: {names}")
        return cohort

    @staticmethod
    def _areas(text: str, tags: set[str]) -> list[str]:
        words = [w.strip().lower() for w in re.split(r",|\band\b", text) if w.strip()]
        found = [_AREAS.get(w) or _AREAS.get(w.split()[-1]) for w in words]
        return [t for t in found if t in tags]

    def _predecessor(self, model_id: str) -> str | None:
        """The latest dated model released before this one by its developer, in the same family (first name part)."""
        me = self.catalog.model(model_id)
        if me.release_date is None:
            return None
        family = re.split(r"[\s\-‐‑–_]+", me.name)[0].casefold()
        earlier = [
            m
            for m in self.catalog.all_models()
            if m.developer == me.developer
            and m.release_date is not None
            and m.release_date < me.release_date
            and re.split(r"[\s\-‐‑–_]+", m.name)[0].casefold() == family
            and "distill" not in m.name.casefold()
        ]
        return max(earlier, key=lambda m: m.release_date).id if earlier else None

    def _name(self, model_id: str) -> str:
        return self.names.name(model_id)
