"""Find the sentences of a document that make benchmark claims, and draft claim files from them.

The deterministic extractor reads catalog names and aliases (`names`) and a phrase lexicon (`cues`:
`harness/data/lexicon.yaml`, extended by a project's `extract-lexicon.yaml`), and drafts a claim from
each cue of a clause (`clause`); `subjects` reads whom each claim is about and against, `scope` what it
covers. This module walks the document: sentences, paragraphs, what "it" may mean; `candidates` says why a
claim-like sentence gave no draft. It never guesses a name: what the catalog
does not know is listed with the closest names, in the draft's review notes or, where no draft can be
written, in a candidate that says why. Every choice it is unsure of (a default quantifier, a pronoun,
a missing benchmark) is a review note too; drafts go to a drafts folder, never into the live claims.
"""

from __future__ import annotations

import re
from pathlib import Path

from harness.claims.catalog import Catalog
from harness.extract.address_names import address_name
from harness.extract.antecedents import address_benchmarks, fronted
from harness.extract.asides import AsideReader
from harness.extract.backstop import backstop
from harness.extract.candidates import CandidateReader
from harness.extract.clause import ClauseReader
from harness.extract.clause_split import clauses
from harness.extract.contrasts import after_the_one_before, contrasted
from harness.extract.cues import Cues
from harness.extract.documents import LIST_ITEM, Document
from harness.extract.excepted import drop_excepted, excepted
from harness.extract.found import Candidate, Found
from harness.extract.mentions import BENCHLIKE, LEADING
from harness.extract.names import Mention, Names
from harness.extract.net import _model_like, last_word
from harness.extract.overall import overall
from harness.extract.pieces import read_sentences
from harness.extract.scope import Scope
from harness.extract.scored import ITEM
from harness.extract.shaped_names import MODEL_SHAPE
from harness.extract.sides import over_the_other, sides
from harness.extract.subjects import SubjectReader

# "is", "was": a clause that says what its subject is ("but the best on GPQA is o3")
_COPULA = re.compile(r"\b(?:is|are|was|were)\b", re.I)
# a document's name that says it is about models or their results
_ABOUT_MODELS = re.compile(r"\b(?:models?|llms?|benchmarks?|leaderboards?)\b", re.I)
# a title that is a model's name, or starts with one before a colon or a dash ("Mercury 2", "Zamba2 7B: a new hybrid",
# "Introducing Qwen3-Coder | ..."): the name has a model's shape (a digit, a capital inside a word, a capital after a dash)
_TITLE_NAME = re.compile(
    r"(?:(?:introducing|meet|announcing)\s+)?((?:[A-Z][\w.+]*|[a-z]+[A-Z\d][\w.+]*)(?:[ \-‐‑–][A-Z0-9][\w.+]*){0,3})"
    r"\s*(?:$|[:|–—]|\s-\s)",
    re.I,
)


# a markdown table's header row, a line of cells right above the row of dashes under it ("| Model | Beats GPT-4o on
# MMLU | Top-1 |"): the columns' names, no sentence (its words were drafted as a claim of the line before's model)
_TABLE_ROW = re.compile(r"[ \t]*\|[^\n]*\|[ \t]*$")
_TABLE_RULE = re.compile(r"[ \t]*\n[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)*\|?[ \t]*(?:\n|$)")


def _title(text: str) -> str:
    """The document's title: its first short line without a full stop, past a byline and a date."""
    for line in [x.strip() for x in text.splitlines() if x.strip()][:6]:
        if re.match(r"(?:by:?\s|\d{4}-\d\d-\d\d$|(?:[A-Z][a-z]+ \d{1,2}, \d{4})$)", line, re.I):
            continue
        return line if len(line) <= 120 and line[-1:] not in ".!?" else ""
    return ""


class Extractor(ClauseReader, SubjectReader, CandidateReader, AsideReader):
    """The deterministic extractor: drafts claims from the names and cues found in each clause."""

    name = "lexicon"

    def __init__(self, catalog: Catalog, lexicon_file: Path | None = None):
        self.catalog = catalog
        self.cues = Cues(lexicon_file)
        self.names = Names(catalog, self.cues.families, self.cues.developers, self.cues.not_model_words)
        self.names.cue_starts = lambda text: [c[1] for c in self.cues.cues(text)]
        self.names.cue_ends = lambda text: [c[2] for c in self.cues.cues(text)]
        self.names.win_ends = lambda text: [c[2] for c in self.cues.cues(text) if c[0] == "outperforms"]
        self.re = self.cues.re
        self.scope = Scope(catalog, self.re)
        self.candidates: list[Candidate] = []  # of the last document extracted
        self._why: list[tuple[str, list]] = []  # why the sentence being read gave no draft, and its (name, closest)
        self._main: str | None = None
        self._titled: str | None = None  # the model the document's title names
        self._rivals: list[str] = []
        self._slug: str | None = None
        self._addressed: str | None = None
        self._slug_words: set[str] = set()
        self._named: list[str] = []
        self._benches: list[Mention] = []  # the benchmarks of the sentence being read
        self._said: str | None = None  # the subject the last clause read, before "behind" turned its claim around
        self._first: str | None = None
        self._last: str | None = None
        self._last_rivals: list[str] = []  # the competitors of the paragraph's last claim
        self._before: str | None = None  # the subject of the sentence before, or the first model it names
        self._sentence_before = ""  # the sentence before, in the same paragraph: whom "them" may mean
        self._before_at = 0  # where it starts
        self._lead_in: str | None = None  # the model a line ending with a colon names: the subject of the list after it
        self._title_benches: list[Mention] = []
        self._address_benches: list[Mention] = []  # the one benchmark the page's address names
        self._sides: tuple[str, str] | None = None  # the two models of a title "A vs B"

    def mentions(self, text: str) -> list[Mention]:
        return self.names.mentions(text)

    def extract(self, doc: Document) -> list[Found]:
        """The claims of a document; `self.candidates` then holds the claim-like sentences that gave none."""
        self.candidates = []
        # (a sentence of very many cues is read in pieces, so that reading stays linear in its length: `pieces`)
        written, sentences, in_pieces = read_sentences(doc.sentences(), self.cues.cues)
        self._texts, self._leading = [text for _, text in sentences], None  # (SubjectReader._in_front)
        # the model the text is about is one it names where a subject stands: a model only ever named after a cue
        # is a competitor, however often ("outperforms GPT-3.5-Turbo ... surpassing GPT-3.5-Turbo-0125")
        main = self._main = self.names.main_model(self._texts, self._in_front())
        self._last = None  # the subject of the last claim in this paragraph
        # the one model the document's name (its address or file name) names: what "the model" means where the text's
        # own models are all named beside the pronoun ("The model achieved 80.4%, surpassing GPT-4o")
        slug = re.sub(r"[-_/]+", " ", re.sub(r"^[a-z]+://[^/]+|\.(?:html?|md|txt)$", "", doc.name or ""))
        in_name = {m.id: m.start for m in self.mentions(slug) if m.kind == "model" and m.catalogued}
        # (never one it names after a win: ".../openbiollm-70b-outperforming-gpt-4-..." is no page about GPT-4)
        win = min((c[1] for c in self.cues.cues(slug) if c[0] == "outperforms"), default=len(slug))
        self._address_benches = address_benchmarks(self, slug)
        self._slug = next(iter(in_name)) if len(in_name) == 1 and min(in_name.values()) < win else None
        # ... or, where it names none the catalog knows, the name its address's last part is shaped as (".../kokoro-82m/"):
        # what "It" means where the text names no model at all
        self._addressed = None if self._slug else address_name(doc.name, self.names.developers)
        if self._addressed and any(self._names_one(text) for text in self._texts):
            self._addressed = None  # ("Orca-7 is new. It achieved first place": "It" may be the name the text gives)
        # the words of the document's name, where it says it is about models ("kokoro-tts-model-shows-..."): a word the
        # text names beside a cue is the model it is about, whatever its shape (`backstop`)
        self._slug_words = set(slug.casefold().split()) if _ABOUT_MODELS.search(slug) else set()
        # every model the text names, in order: what "the 27B model" may stand for
        self._named = list(dict.fromkeys(
            m.id for _, text in sentences
            for m in sorted(self.mentions(text) + self.names.uncatalogued_in(text), key=lambda m: m.start)
            if m.kind == "model"
        ))  # fmt: skip
        self._first = next(
            (m.id for _, text in sentences for m in self.mentions(text)
             if m.kind == "model" and m.catalogued and m.id in self._in_front()), None
        )  # fmt: skip
        # "Google released Gemma 3 27B ... The new model beats GPT-4o": the model the text introduces first (where a
        # subject stands: "it surpasses GPT-4o and Gemini 1.5 Pro" introduces no model "It also ..." may mean)
        title = _title(doc.text)
        self._titled = self._title_model(title)
        self._sides = (sides(self, title) or (None, 0))[0] if title else None
        self._title_benches = [m for m in self.mentions(title) if m.kind == "benchmark"] if title else []
        if title and not self._title_benches:  # ("KMMLU: Measuring ... in Korean": a benchmark the catalog lacks)
            self._title_benches = self.names.unknown_benchmarks(title, self.mentions(title))
        out: list[Found] = []
        previous: list[Mention] = []  # benchmarks of the sentence before, in the same paragraph
        last_end = 0
        self._last_rivals, self._before, self._lead_in, self._claimed = [], None, None, False
        self._sentence_before = ""  # (never the last document's)
        for start, sentence in sentences:
            cut = in_pieces.get(start)  # (where its sentence starts, the sentence as written, the candidate) of a piece
            if cut and cut[0] == start:
                self.candidates.append(cut[2])
                earlier: list[Found] = []  # the claims of the sentence's pieces read so far
            if (
                not sentence.strip()
                or _TABLE_ROW.match(sentence)
                and _TABLE_RULE.match(doc.text, start + len(sentence))
            ):
                continue
            if "\n\n" in doc.text[last_end:start]:
                previous, self._last, self._last_rivals, self._before, self._claimed = [], None, [], None, False
                self._sentence_before = ""
            elif "\n" in doc.text[last_end:start] and LIST_ITEM.match(doc.text, doc.text.rfind("\n", 0, start) + 1):
                # a new item of a list (a changelog's "- Released X! This model ..."; its bullet, before the sentence,
                # opens the line): "it" is no longer the last item's claim's subject; the sentence before still
                # counts ("This model" after "Released X!")
                self._last, self._last_rivals = None, []
            asked = len(self.candidates)
            found = self._sentence(sentence, main, doc, start, previous)
            self.scope.ranked_together(found)
            self._claimed = bool(found or self.candidates[asked:])  # (for an ellipsis after it: `echoes`)
            if written[start] != sentence:  # quotes are of the text as written, footnote marks and all
                for item in found + self.candidates[asked:]:
                    item.quote = written[start].strip()
                for f in found:
                    at = sentence.find(f.statement)
                    f.statement = written[start][at : at + len(f.statement)] if at >= 0 else f.statement
            if cut:  # a piece quotes its sentence; a claim an earlier piece made is that claim (with both notes)
                for item in found + self.candidates[asked:]:
                    item.quote = cut[1].strip()
                kept = self._distinct(earlier + found)
                found = [f for f in kept if not any(f is e for e in earlier)]
                earlier += found
            out.extend(found)
            claim = next((f for f in found if f.kind != "score"), None)
            if claim is not None:
                self._last, self._last_rivals = claim.subject, list(claim.competitors)
                if self._said and self._said != claim.subject and self._said in claim.competitors:
                    # "X trails Y on A. It also ...": "it" is X, whom the sentence was about, not Y, whom "trails" made
                    # the subject of its claim
                    self._last, self._last_rivals = self._said, [claim.subject]
            # "Today we release OLMo 2 32B. ... where it surpasses GPT-4o": the model the sentence before starts with
            # (a model named only after the sentence's cue is one it beats, never what "it" in the next stands for)
            self._before = claim.subject if claim is not None else fronted(self, sentence)
            # (a benchmark the catalog lacks, as written, where it names none the catalog knows: "65.12% on the same
            # metric" after "51.2% on IFEval")
            previous = [m for m in self.mentions(sentence) if m.kind == "benchmark"] or list(self._benches) or previous
            self._sentence_before, self._before_at = sentence, start
            if sentence.rstrip().endswith(":"):  # "Compared with GPT-4o, X scores:" names two: whose list? no one's
                self._lead_in = self._named_first(sentence, only=True)
            elif self._lead_in and (self._named_first(sentence) or not ITEM.match(sentence)):
                self._lead_in = None  # a model named, or a line that is no item: the list is over
            last_end = start + len(sentence)
        return out

    def _names_one(self, text: str) -> bool:
        """Whether the text names a model, or a name of a model's shape that is no benchmark's."""
        known = self.mentions(text)
        benches = [m for m in known if m.kind == "benchmark"] + self.names.unknown_benchmarks(text, known)
        return bool(_model_like(self, text, benches))

    def _title_model(self, title: str) -> str | None:
        """The one model a title names, the catalog's or one it lacks; else the name of a model's shape the title is, or
        starts with before a colon or a dash ("Mercury 2", "Zamba2 7B: a new hybrid"): what "the model" means."""
        if not title:
            return None
        named = {m.id for m in self.mentions(title) + self.names.uncatalogued_in(title) if m.kind == "model"}
        if named:
            return named.pop() if len(named) == 1 else None
        m = _TITLE_NAME.match(title)
        if m is None or not MODEL_SHAPE.search(m.group(1)) or BENCHLIKE.fullmatch(m.group(1)):
            return None
        first = re.split(r"[ \-‐‑–]", m.group(1))[0].casefold()
        words = LEADING | self.names.developers | self.names.not_model_words
        return None if first in words or any(b.kind == "benchmark" for b in self.mentions(m.group(1))) else m.group(1)

    def _named_first(self, sentence: str, only: bool = False) -> str | None:
        """The first model a sentence names, the catalog's or one it lacks (as written); with `only`, its one model."""
        named = [m for m in self.mentions(sentence) if m.kind == "model"] + self.names.uncatalogued_in(sentence)
        if not named and not only:
            return self.names.introduced(sentence, self.mentions(sentence))  # "Mercury 2 breaks that tradeoff."
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
