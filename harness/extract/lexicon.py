"""Find the sentences of a document that make benchmark claims, and draft claim files from them.

The deterministic extractor reads catalog names and aliases (`names`) and a phrase lexicon (`cues`:
`harness/data/lexicon.yaml`, extended by a project's `extract-lexicon.yaml`), and drafts a claim from
each cue of a clause (`clause`); `subjects` reads whom each claim is about and against, `scope` what it
covers. This module walks the document: sentences, paragraphs, what "it" may mean, and the candidates that say
why a claim-like sentence gave no draft. It never guesses a name: what the catalog
does not know is listed with the closest names, in the draft's review notes or, where no draft can be
written, in a candidate that says why. Every choice it is unsure of (a default quantifier, a pronoun,
a missing benchmark) is a review note too; drafts go to a drafts folder, never into the live claims.
"""

from __future__ import annotations

import re
from pathlib import Path

from harness.claims.catalog import Catalog
from harness.extract.clause import NAMED_NOWHERE, ClauseReader
from harness.extract.cues import PERCENT, Cues, clauses
from harness.extract.documents import Document
from harness.extract.found import Candidate, Found
from harness.extract.names import Mention, Names, Spans
from harness.extract.scope import Scope
from harness.extract.subjects import SubjectReader

# words that say a clause reports results, so that cost, speed or size words in it do not set it aside
_RESULT_WORDS = re.compile(
    r"\b(benchmarks?|leaderboards?|evaluations?|scores?|scored|accuracy|performance|elo|tests?|tasks?)\b", re.I
)
# words that make a sentence look like a claim even where no cue was understood
_CLAIMLIKE = re.compile(r"\b(?:vs\.?|versus|wins?|won|scor\w*|elo|leaderboard|benchmarks?)\b", re.I)
# a family's name alone, with no version after it: "Mixtral beats Claude"
_FAMILY_WORD = re.compile(r"(?<![\w.-])[A-Z][A-Za-z]{2,}(?![\w-]|\.\d|\s+v?\d)")


def _title(text: str) -> str:
    """The document's title: its first short line without a full stop, past a byline and a date."""
    for line in [x.strip() for x in text.splitlines() if x.strip()][:6]:
        if re.match(r"(?:by:?\s|\d{4}-\d\d-\d\d$|(?:[A-Z][a-z]+ \d{1,2}, \d{4})$)", line, re.I):
            continue
        return line if len(line) <= 120 and line[-1:] not in ".!?" else ""
    return ""


class Extractor(ClauseReader, SubjectReader):
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
            # "DeepSeek-Coder-V2 expands its languages and matches GPT-4": the clause's first model, named in the
            # catalog or not, is the subject of the cue-led clause after it
            mentions = sorted([m for m in self.mentions(clause) if m.kind == "model"]
                              + self.names.uncatalogued_in(clause), key=lambda m: m.start)  # fmt: skip
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

    def _family_words(self, sentence: str, named: list[Mention]) -> list[str]:
        """Capitalised words that are a family's name alone ("Claude", "Mixtral"), outside the names found."""
        taken = Spans.of(named)
        return list(
            dict.fromkeys(
                m.group(0)
                for m in _FAMILY_WORD.finditer(sentence)
                if m.group(0).casefold() in self.names.families - self.names.developers
                and not taken.overlaps(m.start(), m.end())
            )
        )

    def _candidate(self, sentence: str, offset: int) -> None:
        """Explain a sentence that looks like a claim (a cue or a quoted number, and a model-like name) but gave none."""
        mentions = self.mentions(sentence)
        unknown = self.names.unknown(sentence, mentions)
        lacking = [m for m in self.names.uncatalogued_in(sentence) if m.kind == "model"]  # "Nova Pro": no digit
        unknown += [(m.text, []) for m in lacking if m.text not in {n for n, _ in unknown}]
        has_name = any(m.kind == "model" for m in mentions) or bool(unknown)
        cued = bool(self.cues.cues(sentence))
        has_cue = bool(cued or PERCENT.search(sentence) or _CLAIMLIKE.search(sentence))
        # two models and a benchmark named together: worth a word even where no cue was understood
        has_cue = has_cue or (
            len({m.id for m in mentions if m.kind == "model"}) >= 2 and any(m.kind == "benchmark" for m in mentions)
        )
        families = self._family_words(sentence, mentions + lacking)  # "Mixtral beats Claude": families, not models
        # "Our model scores 88.6% on MMLU": a claim on a benchmark whose subject is named nowhere
        benched = (cued or PERCENT.search(sentence)) and any(m.kind == "benchmark" for m in mentions)
        nowhere = ([None] + list(NAMED_NOWHERE.finditer(sentence)))[-1] if benched else None
        nowhere = nowhere or (self.re["pronouns"].search(sentence) if benched else None)
        if not (has_cue and (has_name or families or nowhere)):
            return
        closest = list(dict.fromkeys(c for _, close in unknown for c in close))
        closest += [c for c in self.names.family_models(families) if c not in closest]
        family_note = "a family named, not a model: " + ", ".join(repr(w) for w in families) if families else ""
        if self._why:
            reason = "; ".join(dict.fromkeys(r for r, _ in self._why))
            closest = list(dict.fromkeys(closest + [c for _, close in self._why for c in close]))
            reason += f"; {family_note}" if family_note else ""
        elif unknown:
            reason = "names the catalog does not know: " + ", ".join(repr(n) for n, _ in unknown)
            reason += f"; {family_note}" if family_note else ""
        elif not any(m.kind == "model" for m in mentions):
            if families:
                reason = f"no model the catalog knows: {family_note}"
            elif nowhere:
                reason = f"the subject could not be read: '{nowhere.group(0)}' names no model"
            else:
                reason = "no model the catalog knows"
        else:
            reason = "cue not understood: no subject and competitor, ranking or quoted score could be read"
        location = f"characters {offset}-{offset + len(sentence)}"
        self.candidates.append(Candidate(sentence.strip(), location, reason, closest[:5]))
