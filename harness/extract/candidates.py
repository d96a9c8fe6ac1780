"""The candidate net: why a sentence that looks like a claim (a cue or a quoted number, and a model-like name) gave
no draft, with the closest catalog names; the extractor's walk (`lexicon`) asks it of each such sentence, and
`net.last_word` has the final say where it found nothing."""

from __future__ import annotations

import re

from harness.evidence import identity
from harness.evidence.settings import harness_in
from harness.extract.clause_split import clauses
from harness.extract.cue_parts import NAMED_NOWHERE
from harness.extract.cues import PERCENT, quotes_score
from harness.extract.dates import undated
from harness.extract.found import Candidate
from harness.extract.mentions import LEADING, OPENING_WORD, Spans, name_parts
from harness.extract.names import Mention
from harness.extract.net import CLAIMLIKE

# a family's name alone, with no version after it: "Mixtral beats Claude"
_FAMILY_WORD = re.compile(r"(?<![\w.-])[A-Z][A-Za-z]{2,}(?![\w-]|\.\d|\s+v?\d)")
# a name written next to a comparison, one to three capitalised parts: its subject just before ("Arctic outperforms",
# "Moshi is unmatched"), its object just after ("... eclipses Solar Pro"); a name no family of the catalog or the
# lexicon starts, which the net would otherwise miss
_NAME = r"[A-Z][\w.+]*(?:[ \-‐‑–][A-Z0-9][\w.+]*){0,2}"
_NAME_BEFORE = re.compile(
    rf"(?<![\w.-])({_NAME})(?:['’]s?)?\s+(?:(?:is|are|was|were|has|have|had|also|now|still|even|clearly|easily|"
    rf"consistently|significantly|already|reportedly)\s+){{0,2}}$"
)
# a capitalised word that opens a sentence before a name ("Yet", "But", "Now"): no part of the name
_OPENING = re.compile(r"([A-Z][a-z]+)\s+(?=[A-Z])")
_OPENERS = frozenset("yet but and so now still then meanwhile also even today here however instead".split())
_NAME_AFTER = re.compile(rf"\s*(?:(?:even|the|rival|its|their|both)\s+)?({_NAME})(?![\w.-])")
# capitalised words next to a comparison that name no model: a pronoun, people, a measure
_NOT_NAMES = frozenset("it we they he she i you users people humans raters experts performance results scores "
                       "accuracy overall ai llm llms".split())  # fmt: skip
# "the flagship model", "our model", "the 9B version": one model named nowhere (not "the best models", a group); or
# models named by their sizes ("the 7B and 3B versions")
_ONE_MODEL = re.compile(
    r"\b(?:model|llm|version|variant|checkpoint|release)$|\b\d+(?:\.\d+)?[BM]\b.*\b(?:models|versions|variants)$", re.I
)
# the level word of "GPT-4o-caliber", "o1-level", "GPT-4-class" (a comparison word of the lexicon's)
_LEVEL = re.compile(r"[\-‐‑–](?:caliber|calibre|class|level|grade|tier)$", re.I)
_ITS_FIRST = re.compile(r"\W*its\b", re.I)
# a number with decimals standing alone ("71.3"), not a version inside a name ("Llama 3.1") nor a size
# "LiveCodeBench (64.9 points)": a benchmark's score in brackets right after its name
_BOXED = re.compile(r"\s*\(\s*\d[\d.,]*\s*(?:%|percent|points?|pts)?\s*\)", re.I)
_DECIMAL = re.compile(r"(?<![\w.-])(?<!version )(?<!release )\d{1,4}\.\d+(?![\w%-]|\.\d)", re.I)
# a name beside a cue is model-like by its shape (a digit, capitals inside: "XLNet", "DBRX") or where the sentence is
# about models ("Arctic tops the leaderboard"); "The Lakers beat the Celtics" is not
_MODEL_SHAPE = re.compile(r"\d|[a-z][A-Z]|[A-Z]{2}")
_ABOUT_MODELS = re.compile(
    r"\b(?:models?|llms?|benchmarks?|leaderboards?|scor\w*|accuracy|evals?|evaluations?|elo)\b", re.I
)


class CandidateReader:
    """The extractor's part that explains a claim-like sentence which gave no draft (a mixin of `Extractor`)."""

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
                name, at = m.group(1), m.start(1)
                opening = _OPENING.match(name)
                if opening and opening.group(1).casefold() in _OPENERS:
                    # "Yet Kokoro beat them all", "But Zorb outperforms": a sentence's opening word is no part of the name
                    # (an article stays: "The H100 is ahead of the A100" names a chip, "The" keeps it out)
                    name, at = name[opening.end() :], at + opening.end()
                words = name_parts(name)
                if not words or words[0].casefold() in LEADING | _NOT_NAMES or taken.overlaps(at, at + len(name)):
                    continue
                if OPENING_WORD.fullmatch(name) and not sentence[:at].strip(" \"'“‘("):
                    continue  # "Consistently outperforms existing models": the sentence's adverb, no name
                if all(w.casefold() in (self.names.developers - self.names.listed_families) | {"ai"} for w in words):
                    continue  # "Mistral AI", "OpenAI": a company, not a model
                out.append(name.rstrip("."))
        return list(dict.fromkeys(out))

    def _named_before(self, clause: str, cue_start: int) -> bool:
        """Whether a capitalised name no mention covers stands right before the cue: the clause's own subject."""
        return bool(self._named_beside(clause[:cue_start], [(cue_start, cue_start)], Spans.of(self.mentions(clause))))

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
        boxed = any(_BOXED.match(sentence, m.end) for m in mentions if m.kind == "benchmark")
        has_cue = has_cue or boxed
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
        # a name written twice is one name (a table's header row named 'Qwen 2.5' twice, and so did the reason)
        listed = self.names.unknown(sentence, mentions)
        unknown = [u for i, u in enumerate(listed) if u[0] not in {n for n, _ in listed[:i]}]
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
        # (a word of a name already said is that name: 'Spark' of "trails Spark v3.5" is no second unknown name)
        beside = [n for n in self._named_beside(sentence, at, taken)
                  if n not in said and not any(w.casefold() in said for w in name_parts(n))
                  and not any(re.search(rf"(?<!\S){re.escape(n)}(?!\S)", u) for u in said)
                  and (about or _MODEL_SHAPE.search(n))]  # fmt: skip
        unknown += [(n, identity.closest(self.names.model_names, n)) for n in beside]
        # "a GPT-4o-caliber competitor": the model a level word is made of, which no mention reads inside the word
        levelled = [(w, m.id) for _, _, w in comparing if (cut := _LEVEL.search(w))
                    for m in self.mentions(w[: cut.start()]) if m.kind == "model" and m.end == cut.start()]  # fmt: skip
        has_name = any(m.kind == "model" for m in mentions) or bool(unknown) or bool(levelled)
        # "Our model scores 88.6% on MMLU": a claim on a benchmark whose subject is named nowhere; "Our model is the
        # best open model", "The flagship model achieved an Elo score of 1338": a cue or a quoted score, no benchmark
        scored = cued or PERCENT.search(sentence) or quotes_score(sentence) or boxed
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
        # "GSM8K: 91.2%, on par with frontier models", "Accuracy on AIME24 reaches a score of 57.3%": a cue, or a score
        # quoted as one, on a benchmark, and no model named at all ("GSM8K: 91.2%, up from 88%" is a number, no claim)
        said_score = cued or comparing or boxed or quotes_score(sentence) or CLAIMLIKE.search(sentence)
        unnamed = bool(said_score and benched and not (has_name or families or nowhere))
        if not (has_name or families or nowhere or unnamed):
            return
        # "Claude Code beats ...": an agent's harness the evidence settings know, whose first word is a family's
        tool = harness_in(sentence) if families else None
        named = [w for w in families if not (tool and name_parts(tool)[0].casefold() == w.casefold())]
        # each name with its closest catalog names, a family with its models: the suggestions, name by name
        closest = [(n, close) for n, close in unknown + [p for _, why in self._why for p in why] if close]
        closest += [(w, self.names.family_models([w])) for w in named]
        notes = ["a family named, not a model: " + ", ".join(repr(w) for w in named)] if named else []
        notes += [f"'{tool}' is an agent's harness, not a model"] if len(named) < len(families) else []
        family_note = "; ".join(notes)
        if self._why:
            reason = "; ".join(dict.fromkeys(r for r, _ in self._why))
            # every name the suggestions are for is said ("'It' names no model" does not say 'GPT-4o', after the cue)
            unsaid = [n for n in dict.fromkeys(beside + [n for n, _ in closest if n not in named])
                      if repr(n) not in reason]  # fmt: skip
            reason += "; names the catalog does not know: " + ", ".join(map(repr, unsaid)) if unsaid else ""
            reason += f"; {family_note}" if family_note else ""
        elif comparing:
            # the word the lexicon lacks, so that a project can add its phrase to extract-lexicon.yaml
            words = ", ".join(repr(w) for w in dict.fromkeys(w for _, _, w in comparing))
            reason = f"cue not understood: {words} is no phrase of the lexicon"
            reason += "".join(f"; '{w}' names {self._name(m)} as a measure of level" for w, m in levelled)
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
        self.candidates.append(Candidate(sentence.strip(), location, reason, _first(closest, 5)))


def _first(closest: list[tuple[str, list[str]]], most: int) -> list[tuple[str, list[str]]]:
    """The first `most` suggestions, name by name, each name once and each suggestion once."""
    out, seen = [], set()
    for name, close in closest:
        near = [c for c in close if c not in seen][: most - len(seen)]
        seen.update(near)
        if near and name not in {n for n, _ in out}:
            out.append((name, near))
    return out
