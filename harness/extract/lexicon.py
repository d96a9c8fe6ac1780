"""Find the sentences of a document that make benchmark claims, and draft claim files from them.

The deterministic extractor reads catalog names and aliases and a phrase lexicon
(`harness/data/lexicon.yaml`, extended by a project's `extract-lexicon.yaml`). It never guesses a
name: what the catalog does not know is listed in the draft's review notes with the closest
names. Every choice it is unsure of (a default quantifier, a pronoun, a missing benchmark) is a
review note too; drafts go to a drafts folder, never into the live claims.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path

from harness.claims.catalog import Catalog
from harness.evidence import identity
from harness.extract.documents import Document

LEXICON = Path(__file__).parent.parent / "data" / "lexicon.yaml"
_NUM = r"(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,4}(?:\.\d+)?)"  # "1,501" too
_SCORE_AFTER = re.compile(
    rf"(?:score of|scor(?:e|es|ed|ing)|reach(?:es|ed|ing)?|at|achiev(?:es|ed|ing)|with)\s+{_NUM}\s*(%|points|elo)?",
    re.I,
)
# "around 87% and 83%": an approximate figure (the hedge covers the numbers listed after it)
_APPROX = re.compile(
    r"(\b(around|about|roughly|nearly|approximately|almost|over|more than)\b|~)[\s\d.%,]*(and\s+)?$", re.I
)
_PAREN_SCORE = re.compile(rf"\(\s*{_NUM}\s*(%)?\s*\)")
_PERCENT = re.compile(rf"{_NUM}\s*%")
_CANDIDATE = re.compile(r"\b(?:[A-Z][\w.]*|[a-z]+-\d[\w.-]*)(?:[ -](?:[A-Z0-9][\w.-]*|\d[\w.]*|[a-z]+-\d[\w.-]*))*")
_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
          "ten": 10, "eleven": 11, "twelve": 12}  # fmt: skip
_OUT_OF = re.compile(
    r"\b(\d+|" + "|".join(_WORDS) + r")\s+(?:out\s+)?of\s+(?:the\s+)?(\d+|" + "|".join(_WORDS) + r")\b", re.I
)


@dataclass
class Mention:
    kind: str  # model | benchmark
    id: str
    start: int
    end: int
    text: str


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


@functools.lru_cache(maxsize=8)
def _lexicon(extra: str = "") -> dict:
    import yaml

    data = yaml.safe_load(LEXICON.read_text(encoding="utf-8"))
    if extra:
        more = yaml.safe_load(Path(extra).read_text(encoding="utf-8")) or {}
        for key, value in more.items():
            if isinstance(value, list):
                data[key] = list(data.get(key, [])) + value
            elif isinstance(value, dict):
                data[key] = {**data.get(key, {}), **value}
    return data


def _any(words: list[str]) -> re.Pattern:
    return re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{w})" for w in words) + r")(?![\w-])", re.I)


class Extractor:
    """The deterministic extractor: catalog names plus the phrase lexicon."""

    name = "lexicon"

    def __init__(self, catalog: Catalog, lexicon_file: Path | None = None):
        self.catalog = catalog
        lex = _lexicon(str(lexicon_file) if lexicon_file and lexicon_file.is_file() else "")
        self.lex = lex
        self.re = {k: _any(v) for k, v in lex.items() if isinstance(v, list)}
        self.ordinals = lex.get("ordinals", {})
        self.names = self._name_patterns()

    def _name_patterns(self) -> list[tuple[re.Pattern, str, str]]:
        out = []
        for kind, entries in (("model", self.catalog.all_models()), ("benchmark", self.catalog.all_benchmarks())):
            for e in entries:
                for name in dict.fromkeys([e.name, *e.aliases]):
                    parts = [re.escape(p) for p in re.split(r"[\s\-‐–_]+", name.strip()) if p]
                    if not parts:
                        continue
                    body = r"[\s\-‐–_]*".join(parts)
                    out.append((re.compile(rf"(?<![\w.-]){body}(?![\w-]|\.\d)", re.I), kind, e.id, len(name)))
        out.sort(key=lambda t: -t[3])  # longest names first: "DeepSeek-V3.2-Speciale" before "V3.2"
        return [(p, k, i) for p, k, i, _ in out]

    def mentions(self, text: str) -> list[Mention]:
        taken: list[tuple[int, int]] = []
        found = []
        for pattern, kind, ident in self.names:
            for m in pattern.finditer(text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                found.append(Mention(kind, ident, m.start(), m.end(), m.group(0)))
        found += self._families(text, taken)
        return sorted(found, key=lambda x: x.start)

    def _families(self, text: str, taken: list[tuple[int, int]]) -> list[Mention]:
        """'Gemini 3' when the catalog has exactly one model whose name starts with it (Gemini 3 Pro)."""
        out = []
        for m in _CANDIDATE.finditer(text):
            if not re.search(r"\d", m.group(0)) or any(m.start() < e and s < m.end() for s, e in taken):
                continue
            key = m.group(0).casefold()
            owners = {e.id for e in self.catalog.all_models() for n in [e.name, *e.aliases]
                      if n.casefold().startswith(key + " ") or n.casefold().startswith(key + "-")}  # fmt: skip
            if len(owners) == 1:
                out.append(Mention("model", owners.pop(), m.start(), m.end(), m.group(0)))
        return out

    def extract(self, doc: Document) -> list[Found]:
        main = self._main_model(doc.text)
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

    def _main_model(self, text: str) -> str | None:
        """The model the text is about: the one mentioned most (first mentioned on a tie)."""
        counts: dict[str, int] = {}
        for m in self.mentions(text):
            if m.kind == "model":
                counts[m.id] = counts.get(m.id, 0) + 1
        return max(counts, key=lambda k: counts[k]) if counts else None

    def _sentence(
        self, sentence: str, main: str | None, doc: Document, offset: int, previous: list[Mention]
    ) -> list[Found]:
        if self.re["not_results"].search(sentence):
            return []
        out, subject = [], None
        sentence_benches = [m for m in self.mentions(sentence) if m.kind == "benchmark"]
        for clause_start, clause in _clauses(sentence):
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
        elif not benches and previous and _PERCENT.search(clause):
            # "Scout follows closely at 84% and 79%.": the benchmarks the sentence before named
            benches = [Mention(b.kind, b.id, -1, -1, b.text) for b in previous]
            carried = True
        cue = self._cue(clause)
        scores = self._scores(clause, models, benches)
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
            if subject is not None and (kind == "ranks" or competitors) and self._about_results(clause, benches, kind):
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
                f.unresolved = self._unresolved(clause, mentions)
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

    def _cue(self, clause: str):
        best = None
        for kind in ("matches_at_least", "outperformed_by", "outperforms", "matches", "ranks"):
            m = self.re[kind].search(clause)
            if m and (best is None or m.start() < best[1] or (kind == "matches_at_least" and m.start() <= best[1])):
                extra = None
                if kind == "ranks":
                    word = re.search(r"ranks? (second|third|fourth|fifth)", m.group(0), re.I)
                    extra = self.ordinals.get(word.group(1).lower()) if word else 1
                best = (kind, m.start(), m.end(), extra)
        return best

    def _about_results(self, clause: str, benches: list[Mention], kind: str) -> bool:
        """A claim about results: a ranking that names a benchmark, a cohort or results; any comparison
        of two catalog models (sentences about cost and speed were set aside before)."""
        if benches or kind != "ranks":
            return True
        words = r"\b(benchmarks?|leaderboards?|evaluations?|tasks?|scores?|accuracy|across the board|points?)\b"
        if re.search(words, clause, re.I):
            return True
        return bool(self.re["open_weights"].search(clause) or self.re["closed"].search(clause))

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
        out_of = _OUT_OF.search(clause)
        if out_of:
            k = _number(out_of.group(1))
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

    def _scores(self, clause: str, models: list[Mention], benches: list[Mention]) -> list[tuple]:
        """(model, benchmark, value) for each number quoted as a score."""
        if not benches:
            return []
        out = []
        for m in (
            list(_SCORE_AFTER.finditer(clause)) + list(_PAREN_SCORE.finditer(clause)) + list(_PERCENT.finditer(clause))
        ):
            value = float(m.group(1).replace(",", ""))
            at = m.start(1)
            if any(abs(value - v) < 1e-9 for _, _, v, _ in out):
                continue  # one number, found by two patterns
            if _APPROX.search(clause[:at]) or _in_aside(clause, at):
                continue  # "around 87%", "(and 93.8% with Deep Think)": not the quoted score of this setting
            if m.re is _SCORE_AFTER and m.group(0).lower().startswith(("at ", "with ")) and not m.group(2):
                continue  # "at 30 tokens", "with 5": a number, not a score
            near_model = [x for x in models if x.end <= m.start()]
            owner = (
                near_model[-1].id
                if near_model and m.re is _PAREN_SCORE and near_model[-1].end >= m.start() - 3
                else None
            )
            if owner is None and near_model and m.re is not _PAREN_SCORE:
                owner = None  # the clause's subject, decided by the caller
            bench = _nearest(benches, m.start())
            out.append((owner, bench, value, m.start()))
        # "87% and 83% respectively", or as many numbers as benchmarks named before them: pair in order
        named = list(dict.fromkeys(b.id for b in benches))
        if len(out) == len(named) > 1 and all(o is None for o, _, _, _ in out):
            out = [(o, b, v, s) for (o, _, v, s), b in zip(sorted(out, key=lambda t: t[3]), named)]
        return [(o, b, v) for o, b, v, _ in out]

    def _unresolved(self, clause: str, mentions: list[Mention]) -> list[str]:
        """Capitalised names with a digit that the catalog does not know, with the closest catalog names."""
        names = [m.name for m in self.catalog.all_models()]
        out = []
        for m in _CANDIDATE.finditer(clause):
            if not re.search(r"\d", m.group(0)) or any(x.start < m.end() and m.start() < x.end for x in mentions):
                continue
            close = identity.closest(names, m.group(0))
            out.append(f"{m.group(0)!r} is not in the catalog" + (f" (closest: {', '.join(close)})" if close else ""))
        return out

    def _name(self, model_id: str) -> str:
        return self.catalog.model(model_id).name


def _in_aside(clause: str, at: int) -> bool:
    """A number inside brackets that state another setting: '(and 93.8% with Deep Think)'."""
    open_at, close_at = clause.rfind("(", 0, at), clause.find(")", at)
    if open_at < 0 or close_at < 0 or clause.rfind(")", 0, at) > open_at:
        return False
    return bool(re.search(r"\b(with|using|without)\b", clause[open_at:close_at]))


def _nearest(benches: list[Mention], at: int) -> str | None:
    return min(benches, key=lambda b: abs(b.start - at)).id if benches else None


def _number(text: str) -> int:
    return int(text) if text.isdigit() else _WORDS[text.lower()]


def _clauses(sentence: str) -> list[tuple[int, str]]:
    """Split a sentence where a new claim may start: ';', 'while', 'whereas', 'but', and 'and' before a verb."""
    pattern = (
        r";|,?\s+(?:while|whereas|but)\s+"
        r"|\s+and\s+(?=(?:[a-z]+ed|surpass\w*|outperform\w*|beat\w*|rank\w*|match\w*|tops?|leads?)\b)"
    )
    out, start = [], 0
    for m in re.finditer(pattern, sentence):
        out.append((start, sentence[start : m.start()]))
        start = m.end()
    out.append((start, sentence[start:]))
    return [(a, text) for a, text in out if text.strip()]
