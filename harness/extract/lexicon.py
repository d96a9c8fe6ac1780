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
from harness.evidence import identity
from harness.extract.clause import NAMED_NOWHERE, ClauseReader
from harness.extract.cues import PERCENT, Cues, clauses, quotes_score
from harness.extract.dates import undated
from harness.extract.documents import Document
from harness.extract.found import Candidate, Found
from harness.extract.mentions import LEADING, name_parts
from harness.extract.names import Mention, Names, Spans
from harness.extract.net import CLAIMLIKE, last_word
from harness.extract.scope import Scope
from harness.extract.scored import ITEM
from harness.extract.subjects import SubjectReader

# words that say a clause reports results, so that cost, speed or size words in it do not set it aside
_RESULT_WORDS = re.compile(
    r"\b(benchmarks?|leaderboards?|evaluations?|scores?|scored|accuracy|performance|elo|tests?|tasks?)\b", re.I
)
# a family's name alone, with no version after it: "Mixtral beats Claude"
_FAMILY_WORD = re.compile(r"(?<![\w.-])[A-Z][A-Za-z]{2,}(?![\w-]|\.\d|\s+v?\d)")
# a footnote mark in superscript after a name or a bracket ("GPT-4o¹", "Opus²,"), but not a part of one ("τ²-bench")
_SUPERSCRIPT_MARK = re.compile(r"(?<=[A-Za-z0-9)\]])[⁰¹²³⁴⁵⁶⁷⁸⁹]+(?![\w\-‐‑–])")
# a name written next to a comparison, one to three capitalised parts: its subject just before ("Arctic outperforms",
# "Moshi is unmatched"), its object just after ("... eclipses Solar Pro"); a name no family of the catalog or the
# lexicon starts, which the net would otherwise miss
_NAME = r"[A-Z][\w.+]*(?:[ \-‐‑–][A-Z0-9][\w.+]*){0,2}"
_NAME_BEFORE = re.compile(
    rf"(?<![\w.-])({_NAME})(?:['’]s?)?\s+(?:(?:is|are|was|were|has|have|had|also|now|still|even|clearly|easily|"
    rf"consistently|significantly|already|reportedly)\s+){{0,2}}$"
)
_NAME_AFTER = re.compile(rf"\s*(?:(?:even|the|rival|its|their|both)\s+)?({_NAME})(?![\w.-])")
# capitalised words next to a comparison that name no model: a pronoun, people, a measure
_NOT_NAMES = frozenset("it we they he she i you users people humans raters experts performance results scores "
                       "accuracy overall ai llm llms".split())  # fmt: skip
# "the flagship model", "our model", "the 9B version": one model named nowhere (not "the best models", a group); or
# models named by their sizes ("the 7B and 3B versions")
_ONE_MODEL = re.compile(
    r"\b(?:model|llm|version|variant|checkpoint|release)$|\b\d+(?:\.\d+)?[BM]\b.*\b(?:models|versions|variants)$", re.I
)
# a concession beside a result ("X, despite having fewer active parameters, matches Y"; "beats Y at a fraction of the
# cost"): size or cost granted in passing, which does not make the clause one about size or cost
_CONCESSION = re.compile(
    r"\b(?:despite|in spite of|(?:even )?though|although|at (?:a fraction|a tenth|a third|a quarter|half|one[- ]\w+) of)"
    r"\b[^,;:]*",
    re.I,
)
_ITS_FIRST = re.compile(r"\W*its\b", re.I)
# a number with decimals standing alone ("71.3"), not a version inside a name ("Llama 3.1") nor a size
_DECIMAL = re.compile(r"(?<![\w.-])(?<!version )(?<!release )\d{1,4}\.\d+(?![\w%-]|\.\d)", re.I)
# a name beside a cue is model-like by its shape (a digit, capitals inside: "XLNet", "DBRX") or where the sentence is
# about models ("Arctic tops the leaderboard"); "The Lakers beat the Celtics" is not
_MODEL_SHAPE = re.compile(r"\d|[a-z][A-Z]|[A-Z]{2}")
_ABOUT_MODELS = re.compile(
    r"\b(?:models?|llms?|benchmarks?|leaderboards?|scor\w*|accuracy|evals?|evaluations?|elo)\b", re.I
)


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
        self.names = Names(catalog, self.cues.families, self.cues.developers, self.cues.not_model_words)
        self.re = self.cues.re
        self.scope = Scope(catalog, self.re)
        self.candidates: list[Candidate] = []  # of the last document extracted
        self._why: list[tuple[str, list[str]]] = []  # why the sentence being read gave no draft
        self._main: str | None = None
        self._rivals: list[str] = []
        self._slug: str | None = None
        self._named: list[str] = []
        self._benches: list[Mention] = []  # the benchmarks of the sentence being read
        self._said: str | None = None  # the subject the last clause read, before "behind" turned its claim around
        self._first: str | None = None
        self._last: str | None = None
        self._last_rivals: list[str] = []  # the competitors of the paragraph's last claim
        self._before: str | None = None  # the subject of the sentence before, or the first model it names
        self._lead_in: str | None = None  # the model a line ending with a colon names: the subject of the list after it
        self._title_benches: list[Mention] = []

    def mentions(self, text: str) -> list[Mention]:
        return self.names.mentions(text)

    def extract(self, doc: Document) -> list[Found]:
        """The claims of a document; `self.candidates` then holds the claim-like sentences that gave none."""
        self.candidates = []
        written = dict(doc.sentences())
        sentences = [(start, _unmarked(text)) for start, text in written.items()]
        main = self._main = self.names.main_model([text for _, text in sentences])
        self._last = None  # the subject of the last claim in this paragraph
        # the one model the document's name (its address or file name) names: what "the model" means where the text's
        # own models are all named beside the pronoun ("The model achieved 80.4%, surpassing GPT-4o")
        slug = re.sub(r"[-_/]+", " ", re.sub(r"^[a-z]+://[^/]+|\.(?:html?|md|txt)$", "", doc.name or ""))
        in_name = {m.id for m in self.mentions(slug) if m.kind == "model" and m.catalogued}
        self._slug = in_name.pop() if len(in_name) == 1 else None
        self._texts, self._leading = [text for _, text in sentences], None  # (SubjectReader._in_front)
        # every model the text names, in order: what "the 27B model" may stand for
        self._named = list(dict.fromkeys(
            m.id for _, text in sentences
            for m in sorted(self.mentions(text) + self.names.uncatalogued_in(text), key=lambda m: m.start)
            if m.kind == "model"
        ))  # fmt: skip
        self._first = next(
            (m.id for _, text in sentences for m in self.mentions(text) if m.kind == "model" and m.catalogued), None
        )  # "Google released Gemma 3 27B ... The new model beats GPT-4o": the model the text introduces first
        title = _title(doc.text)
        self._title_benches = [m for m in self.mentions(title) if m.kind == "benchmark"] if title else []
        out: list[Found] = []
        previous: list[Mention] = []  # benchmarks of the sentence before, in the same paragraph
        last_end = 0
        self._last_rivals, self._before, self._lead_in = [], None, None
        for start, sentence in sentences:
            if not sentence.strip():
                continue
            if "\n\n" in doc.text[last_end:start]:
                previous, self._last, self._last_rivals, self._before = [], None, [], None
            asked = len(self.candidates)
            found = self._sentence(sentence, main, doc, start, previous)
            if written[start] != sentence:  # quotes are of the text as written, footnote marks and all
                for item in found + self.candidates[asked:]:
                    item.quote = written[start].strip()
                for f in found:
                    at = sentence.find(f.statement)
                    f.statement = written[start][at : at + len(f.statement)] if at >= 0 else f.statement
            out.extend(found)
            claim = next((f for f in found if f.kind != "score"), None)
            if claim is not None:
                self._last, self._last_rivals = claim.subject, list(claim.competitors)
            # "Today we release OLMo 2 32B. ... where it surpasses GPT-4o": the model the sentence before starts with
            self._before = claim.subject if claim is not None else self._named_first(sentence)
            previous = [m for m in self.mentions(sentence) if m.kind == "benchmark"] or previous
            if sentence.rstrip().endswith(":"):  # "Compared with GPT-4o, X scores:" names two: whose list? no one's
                self._lead_in = self._named_first(sentence, only=True)
            elif self._lead_in and (self._named_first(sentence) or not ITEM.match(sentence)):
                self._lead_in = None  # a model named, or a line that is no item: the list is over
            last_end = start + len(sentence)
        return out

    def _named_first(self, sentence: str, only: bool = False) -> str | None:
        """The first model a sentence names, the catalog's or one it lacks (as written); with `only`, its one model."""
        named = [m for m in self.mentions(sentence) if m.kind == "model"] + self.names.uncatalogued_in(sentence)
        return min(named, key=lambda m: m.start).id if named and not (only and len({m.id for m in named}) > 1) else None

    def _sentence(
        self, sentence: str, main: str | None, doc: Document, offset: int, previous: list[Mention]
    ) -> list[Found]:
        out, subject = [], None
        self._why = []
        known = self.mentions(sentence)
        sentence_benches = [m for m in known if m.kind == "benchmark"]
        sentence_benches += self.names.unknown_benchmarks(sentence, known)
        self._benches = sentence_benches
        parts = clauses(sentence)
        self._rivals = []  # the competitors of the sentence's last claim: what "it" after a cue means
        for n, (clause_start, clause) in enumerate(parts):
            if self._set_aside(clause):
                # the clause's first model, the catalog's or one it lacks ("X costs a third of Y while ...")
                mentioned = sorted([m for m in self.mentions(clause) if m.kind == "model"]
                                   + self.names.uncatalogued_in(clause), key=lambda m: m.start)  # fmt: skip
                subject = subject or (mentioned[0].id if mentioned else None)
                continue
            self._said = None
            found = self._clause(sentence, clause, clause_start, subject, main, doc, offset, sentence_benches, previous)
            for f in found:
                if f.subject and f.kind != "score":
                    subject = f.subject
                    self._rivals = f.competitors or self._rivals
            # "Its capability is lower than X's, but it is on a par with Y": the next clause's subject is the one this
            # clause was about, not X, which "lower than" made the subject of its claim
            subject = self._said if found and self._said else subject
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
            asked = len(self.candidates)
            self._candidate(sentence, offset)
            if len(self.candidates) == asked and (said := last_word(self, sentence, offset, self._benches)):
                self.candidates.append(said)  # the net's last word: a cue and a model-like name, never silent
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
        why = self._aside(clause)
        if why:
            self._why.append((why, []))
        return bool(why)

    def _aside(self, clause: str) -> str | None:
        """Why a clause is no claim of a result (a hedge, a plan, a denial; cost, speed or size), or None."""
        return self._hedged(clause) or self._off_results(clause)

    def _hedged(self, clause: str) -> str | None:
        hedge = self.re["hedged"].search(clause) if "hedged" in self.re else None
        hedge = hedge or re.match(r"\s*(?:if|whether|can|could|will|would|should|does|do|is|are)\b(?=.*\?\s*$)|\s*if\b",
                                  clause, re.I | re.S)  # fmt: skip
        if hedge:
            return f"hedged, planned or denied ('{hedge.group(0)}'): not a claim of a result"
        return None

    def _off_results(self, clause: str) -> str | None:
        other = self.re["not_results"].search(_CONCESSION.sub(lambda m: " " * len(m.group()), clause))
        if other and not _RESULT_WORDS.search(clause) and not any(m.kind == "benchmark" for m in self.mentions(clause)):
            return f"about cost, speed or size ('{other.group(0)}'), not benchmark results"
        return None

    def _comparing(self, sentence: str) -> list[tuple[int, int, str]]:
        """Words that compare or rank where no cue phrase was understood, in clauses not about cost, speed or size
        (a hedge says why it is no claim): (start, end, word)."""
        found = []
        for start, clause in clauses(sentence):
            if "comparison_words" in self.re and not self._off_results(clause):
                found += [(start + m.start(), start + m.end(), m.group(0))
                          for m in self.re["comparison_words"].finditer(clause)]  # fmt: skip
        return found

    def _named_beside(self, sentence: str, at: list[tuple[int, int]], taken: Spans) -> list[str]:
        """Capitalised names just before or just after a cue ("Arctic outperforms", "eclipses Moshi") that no
        mention covers and that name no developer, benchmark, pronoun or measure: names the catalog may lack."""
        out, sentence = [], undated(sentence)  # "Since September 2024 Arctic outperforms": the name is "Arctic"
        for start, end in at:
            for m in (_NAME_BEFORE.search(sentence[:start]), _NAME_AFTER.match(sentence, end)):
                if m is None:
                    continue
                words = name_parts(m.group(1))
                if not words or words[0].casefold() in LEADING | _NOT_NAMES or taken.overlaps(m.start(1), m.end(1)):
                    continue
                if all(w.casefold() in (self.names.developers - self.names.listed_families) | {"ai"} for w in words):
                    continue  # "Mistral AI", "OpenAI": a company, not a model
                out.append(m.group(1).rstrip("."))
        return list(dict.fromkeys(out))

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
        cues = self.cues.cues(sentence)
        self.seen_cues = (sentence, cues)  # for the net's last word, which reads them again (net.last_word)
        cued = bool(cues)
        # no cue phrase understood: a word that compares or ranks ("outpaces", "preferred", "unmatched") still makes
        # the sentence worth a word (in a clause about results: "cost ten times less than GPT-5" stays silent)
        comparing = [] if cued else self._comparing(sentence)
        has_cue = bool(cued or comparing or PERCENT.search(sentence) or CLAIMLIKE.search(sentence))
        # two models (the catalog's or not) and a benchmark named together: worth a word where no cue was understood
        has_cue = has_cue or (
            any(m.kind == "benchmark" for m in mentions)
            and len({m.id for m in mentions + self.names.uncatalogued_in(sentence) if m.kind == "model"}) >= 2
        )
        # "On GPQA, Phi-4 lands at 71.3", "Phi-4: 71.3 on GPQA": a model, a benchmark and a number with decimals that is
        # no part of a name, which no score pattern read
        loose = None
        if not has_cue and any(m.kind == "benchmark" for m in mentions):
            named = mentions + self.names.uncatalogued_in(sentence)
            if any(m.kind == "model" for m in named):
                spans = Spans.of(named)
                loose = next((d for d in _DECIMAL.finditer(sentence) if not spans.overlaps(d.start(), d.end())), None)
        has_cue = has_cue or loose is not None
        if not has_cue:
            return  # (the names are read only where a cue makes it worth it)
        unknown = self.names.unknown(sentence, mentions)
        lacking = [m for m in self.names.uncatalogued_in(sentence) if m.kind == "model"]  # "Nova Pro": no digit
        unknown += [(m.text, []) for m in lacking if m.text not in {n for n, _ in unknown}]
        families = self._family_words(sentence, mentions + lacking)  # "Mixtral beats Claude": families, not models
        # "Arctic outperforms all open models", "... eclipses Moshi": a capitalised name beside the cue that starts like
        # no family the catalog or the lexicon knows
        benches = self._benches  # the sentence's benchmarks, the catalog's and those it lacks
        taken = Spans.of(mentions + lacking + benches)
        at = [(c[1], c[2]) for c in cues] + [(a, b) for a, b, _ in comparing]
        said = {u for u, _ in unknown} | {w.casefold() for w in families}
        about = bool(_ABOUT_MODELS.search(sentence) or benches)
        beside = [n for n in self._named_beside(sentence, at, taken)
                  if n not in said and not any(w.casefold() in said for w in name_parts(n))
                  and (about or _MODEL_SHAPE.search(n))]  # fmt: skip
        unknown += [(n, identity.closest(self.names.model_names, n)) for n in beside]
        has_name = any(m.kind == "model" for m in mentions) or bool(unknown)
        # "Our model scores 88.6% on MMLU": a claim on a benchmark whose subject is named nowhere; "Our model is the
        # best open model", "The flagship model achieved an Elo score of 1338": a cue or a quoted score, no benchmark
        scored = cued or PERCENT.search(sentence) or quotes_score(sentence)
        benched = (scored or comparing) and any(m.kind == "benchmark" for m in mentions)
        nowhere = ([None] + list(NAMED_NOWHERE.finditer(sentence)))[-1] if benched else None
        if scored and not benched:
            # with no benchmark, only one model named before the first cue or score: the subject ("the same model size"
            # after the cue, "the best models" are no subject named nowhere)
            first = min([a for a, _ in at] + [m.start() for m in PERCENT.finditer(sentence)]
                        + [quotes_score(sentence, at=True)])  # fmt: skip
            said = [m for m in NAMED_NOWHERE.finditer(sentence[:first]) if _ONE_MODEL.search(m.group(0))]
            nowhere = said[0] if said else None
        nowhere = nowhere or (self.re["pronouns"].search(sentence) if benched else None)
        nowhere = nowhere or (_ITS_FIRST.match(sentence) if benched else None)  # "Its coding is unmatched on APPS"
        # "GSM8K: 91.2%, on par with frontier models": a cue on a benchmark, and no model named at all
        unnamed = bool((cued or comparing) and benched and not (has_name or families or nowhere))
        if not (has_name or families or nowhere or unnamed):
            return
        closest = list(dict.fromkeys(c for _, close in unknown for c in close))
        closest += [c for c in self.names.family_models(families) if c not in closest]
        family_note = "a family named, not a model: " + ", ".join(repr(w) for w in families) if families else ""
        if self._why:
            reason = "; ".join(dict.fromkeys(r for r, _ in self._why))
            closest = list(dict.fromkeys(closest + [c for _, close in self._why for c in close]))
            unsaid = [n for n in beside if repr(n) not in reason]  # "no subject the catalog knows" says not which
            reason += "; names the catalog does not know: " + ", ".join(map(repr, unsaid)) if unsaid else ""
            reason += f"; {family_note}" if family_note else ""
        elif comparing:
            # the word the lexicon lacks, so that a project can add its phrase to extract-lexicon.yaml
            words = ", ".join(repr(w) for w in dict.fromkeys(w for _, _, w in comparing))
            reason = f"cue not understood: {words} is no phrase of the lexicon"
            reason += "; names the catalog does not know: " + ", ".join(repr(n) for n, _ in unknown) if unknown else ""
            reason += f"; {family_note}" if family_note else ""
        elif unknown:
            reason = "names the catalog does not know: " + ", ".join(repr(n) for n, _ in unknown)
            reason += f"; {family_note}" if family_note else ""
        elif not any(m.kind == "model" for m in mentions):
            if families:
                reason = f"no model the catalog knows: {family_note}"
            elif nowhere:
                reason = f"the subject could not be read: '{nowhere.group(0)}' names no model"
            elif unnamed:
                reason = "the subject could not be read: the sentence names no model"
            else:
                reason = "no model the catalog knows"
        elif loose is not None:
            reason = f"a number beside a model and a benchmark not read as a score: '{loose.group(0)}'"
        else:
            reason = "cue not understood: no subject and competitor, ranking or quoted score could be read"
        location = f"characters {offset}-{offset + len(sentence)}"
        self.candidates.append(Candidate(sentence.strip(), location, reason, closest[:5]))


def _unmarked(text: str) -> str:
    """The text with superscript footnote marks blanked (same length, so offsets hold): "GPT-4o¹" is GPT-4o, and the
    mark is no score."""
    return _SUPERSCRIPT_MARK.sub(lambda m: " " * len(m.group()), text)
