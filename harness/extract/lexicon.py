"""Find the sentences of a document that make benchmark claims, and draft claim files from them.

The deterministic extractor reads catalog names and aliases (`names`) and a phrase lexicon (`cues`:
`harness/data/lexicon.yaml`, extended by a project's `extract-lexicon.yaml`), and drafts a claim from
each cue of a clause (`clause`); `subjects` reads whom each claim is about and against, `scope` what it
covers. This module walks the document: sentences, paragraphs, what "it" may mean (`sentence_reader` reads each
sentence clause by clause); `candidates` says why a
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
from harness.extract.candidates import CandidateReader
from harness.extract.clause import ClauseReader
from harness.extract.cues import Cues
from harness.extract.documents import LIST_ITEM, Document
from harness.extract.found import Candidate, Found
from harness.extract.mentions import BENCHLIKE, LEADING
from harness.extract.names import Mention, Names
from harness.extract.net import _model_like
from harness.extract.pieces import read_sentences
from harness.extract.scope import Scope
from harness.extract.scored import ITEM
from harness.extract.sentence_reader import SentenceReader
from harness.extract.shaped_names import MODEL_SHAPE
from harness.extract.sides import sides
from harness.extract.subjects import SubjectReader

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


class Extractor(SentenceReader, ClauseReader, SubjectReader, CandidateReader, AsideReader):
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
