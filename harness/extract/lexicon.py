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
        main = self.names.main_model(doc.text)
        out: list[Found] = []
        previous: list[Mention] = []  # benchmarks of the sentence before, in the same paragraph
        last_end = 0
        for start, sentence in doc.sentences():
            if not sentence.strip():
                continue
            if "\n\n" in doc.text[last_end:start]:
                previous = []
            out.extend(self._sentence(sentence, main, doc, start, previous))
            previous = [m for m in self.mentions(sentence) if m.kind == "benchmark"] or previous
            last_end = start + len(sentence)
        return out

    def _sentence(
        self, sentence: str, main: str | None, doc: Document, offset: int, previous: list[Mention]
    ) -> list[Found]:
        if self.re["not_results"].search(sentence):
            return []
        out, subject = [], None
        sentence_benches = [m for m in self.mentions(sentence) if m.kind == "benchmark"]
        for clause_start, clause in clauses(sentence):
            found = self._clause(sentence, clause, clause_start, subject, main, doc, offset, sentence_benches, previous)
            for f in found:
                if f.subject and f.kind != "score":
                    subject = f.subject
            out.extend(found)
            mentions = [m for m in self.mentions(clause) if m.kind == "model"]
            if mentions and not found:
                subject = mentions[0].id
        return out

    def _clause(
        self, sentence, clause, clause_start, inherited, main, doc, offset, sentence_benches, previous
    ) -> list[Found]:
        mentions = self.mentions(clause)
        models = [m for m in mentions if m.kind == "model"]
        benches = [m for m in mentions if m.kind == "benchmark"]
        carried = not benches and bool(sentence_benches)
        if carried:  # "Maverick scored 49 points while Scout reached 36": the sentence's benchmark
            benches = [Mention(b.kind, b.id, -1, -1, b.text) for b in sentence_benches]
        elif not benches and previous and PERCENT.search(clause):
            # "Scout follows closely at 84% and 79%.": the benchmarks the sentence before named
            benches = [Mention(b.kind, b.id, -1, -1, b.text) for b in previous]
            carried = True
        cue = self.cues.cue(clause)
        scores = self.cues.scores(clause, models, benches)
        if cue is None and not scores:
            return []
        location = f"characters {offset + clause_start}-{offset + clause_start + len(clause)}"
        review: list[str] = []
        results: list[Found] = []
        if cue is not None:
            kind, cue_start, cue_end, extra = cue
            before = [m for m in models if m.end <= cue_start]
            after = [m for m in models if m.start >= cue_end]
            subject = before[-1].id if before else None
            if subject is None:
                lead = clause[:cue_start]
                if re.search(r"\bplaces?\s*$", lead) and after:
                    subject, after = after[0].id, after[1:]  # "this places X ahead of Y"
                elif inherited:
                    subject = inherited
                    review.append(f"subject carried over from the sentence's earlier clause: {self._name(inherited)}")
                elif main and self.re["pronouns"].search(lead):
                    subject = main
                    review.append(f"'{lead.strip()}' read as {self._name(main)}, the model the document is about")
                elif main and after and main not in {m.id for m in after}:
                    subject = main
                    review.append(f"no subject named: read as {self._name(main)}, the model the document is about")
            competitors = [m.id for m in after if m.id != subject]
            if kind == "outperformed_by" and subject and competitors:
                # "X trails Y": Y outperforms X
                subject, competitors = competitors[0], [subject] + competitors[1:]
                kind = "outperforms"
                review.append("read 'behind / trailing' as the other model outperforming this one")
            if (
                subject is not None
                and (kind == "ranks" or competitors)
                and self.cues.about_results(clause, benches, kind)
            ):
                f = Found(
                    quote=sentence.strip(),
                    location=location,
                    statement=clause.strip()
                    if subject in {m.id for m in before}
                    else f"[{self._name(subject)}] {clause.strip()}",
                    subject=subject,
                    kind="outperforms" if kind in {"outperforms"} else kind,
                    competitors=list(dict.fromkeys(competitors)),
                    review=list(review),
                )
                if kind == "matches_at_least":
                    f.kind, f.direction = "matches", "at_least"
                if kind == "ranks":
                    f.top = extra or 1
                    f.cohort = self._cohort(clause, subject, f)
                self._benchmarks(clause, benches, f)
                self._quantifier(clause, f, len(benches))
                f.unresolved = self.names.unresolved(clause, mentions)
                results.append(f)
        first_model = models[0].id if models else None
        for model_id, bench_id, value in scores:
            if model_id is None:
                model_id = (results[0].subject if results else None) or first_model or inherited
                if model_id is None and main and self.re["pronouns"].search(clause[:20]):
                    model_id = main
            if model_id is None or bench_id is None:
                continue
            subject = results[0].subject if results else (inherited or model_id)
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
                    [f"benchmark carried over from the text before: {self.catalog.benchmark(bench_id).name}"]
                    if carried
                    else []
                ),
            )
            results.append(f)
        return results

    def _benchmarks(self, clause: str, benches: list[Mention], f: Found) -> None:
        ids = list(dict.fromkeys(m.id for m in benches))
        if ids:
            f.benchmarks = ids
            return
        tags = {t for b in self.catalog.all_benchmarks() for t in b.tags}
        named = [t for t in tags if re.search(rf"\b{re.escape(t)}\b[\w\s-]*\bbenchmarks?\b", clause, re.I)]
        if named:
            f.benchmarks = {"tags": sorted(named)}
            f.review.append(f"'{named[0]} benchmarks' read as the catalog tag {sorted(named)}")
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
        elif f.kind == "ranks" and n_benches == 0:
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

    def _name(self, model_id: str) -> str:
        return self.names.name(model_id)
