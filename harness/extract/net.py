"""The candidate net's last word: a sentence with a cue the extractor knows and a model-like name never ends silent.

The candidate net (`candidates.CandidateReader._candidate`) explains a sentence that gave no draft by what it could read: a name the
catalog lacks, a hedge, no benchmark. Each of its tests has had holes that a new text fell through (a subject named
by sizes, a name no family starts); this check runs after it, on its own terms, so that a hole is a candidate that says
what was seen ("cue 'trails' beside 'RWKV-7' not understood"), never silence. A cue in a clause set aside as hedged,
planned or denied, or as about cost, speed or size, is read, not misunderstood: such a clause stays without a word
unless the net gave one ("Phi-4 is three times faster than GPT-4o" is no claim of a result).
"""

from __future__ import annotations

import re

from harness.evidence import identity
from harness.extract.clause_split import clauses
from harness.extract.found import Candidate
from harness.extract.layouts import SCORE_AFTER
from harness.extract.mentions import LEADING, OPENING_WORD, Mention
from harness.extract.shaped_names import MODEL_SHAPE

# the net's own words: what makes a sentence look like a claim where no cue phrase was understood ("performs worst
# among open models", "ranks last among": a ranking from the bottom, which the lexicon has no phrase for)
CLAIMLIKE = re.compile(r"\b(?:vs\.?|versus|wins?|won|scor\w*|elo|leaderboard|benchmarks?|worst|last among)\b", re.I)
# the net's words that say a sentence is about results, but no comparison or score of a model ("lists 12 benchmarks")
_WEAK = re.compile(r"vs\.?|versus|wins?|won|elo|leaderboard|benchmarks?", re.I)
# a result quoted in brackets after what it measures: "performance (84.3)", "accuracy (71.2%)"
_BRACKETED_RESULT = re.compile(r"\b(?:performance|accuracy|scores?|results?)\s*\(\s*\d+(?:\.\d+)?\s*%?\s*\)", re.I)
# a name by its shape: a capital first, a digit in it ("RWKV-7", "Sky-T1", "Falcon3-10B"); a word alone is a name only
# where it is a family's (catalog or lexicon: "Mixtral")
_SHAPED = re.compile(r"(?<![\w.+-])[A-Z][\w.+]*(?:[-‐‑–][\w.+]+)*")
_WORD = re.compile(r"(?<![\w.+-])[A-Z][\w-]*")
# one or two capitals and digits alone is a quarter, a chip or a precision ("Q3", "H100", "FP8"), not a model
_NOT_SHAPED = re.compile(r"[A-Z]{1,2}\d+")
# "DeepSeek's 57.6": a developer's score, where the developer stands for its model
_DEVELOPERS = re.compile(r"(?<![\w.+-])([A-Z][\w-]*)['’]s\s+(?:[\w-]+\s+)?\d")
# the nouns a text calls its model by, where it names none: "the model", "this new iteration", "the update"
_ROLE = (
    r"(?:models?|llms?|variants?|versions?|iterations?|editions?|generations?|updates?|checkpoints?|releases?|systems?)"
)
# a subject that stands for a model named elsewhere, right before a cue ("it has surpassed", "It also significantly
# outperforms", "The faster non-reasoning variant ranks second"): a sentence about a model that names none
# ... or its results ("Its performance is state-of-the-art")
# ("...: a 12B model outperformed ...": after a colon or a dash, which starts a sentence of its own, "a" as "the")
_STAND_IN = re.compile(
    rf"(?<![\w-])(it|they|(?:the|this|that|our|its|their|(?<=[:;—–]\s)an?)\s+(?:[\w.+\-‐‑–]+\s+){{0,3}}?{_ROLE}"
    r"|(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:performance|results?|scores?|accuracy))"
    r"\s+(?:(?:has|have|had|is|are|was|were|also|now|still|even|already|further|\w+ly)\s+){0,3}$",
    re.I,
)
# ... or at the sentence's head, before its verb, where the cue comes later ("It scored 87.7% on MedQA", "The models are
# designed for ... and outperform other comparably sized models", "A new open model has claimed the top spot"), after an
# opening phrase and its comma
# ("It's smarter than ...": "it is", its verb contracted)
# ("My merged model just ranked 3rd": a writer's own model; "These results advance the state of the art": the results of
# a model named before)
_HEAD_STAND_IN = re.compile(
    r"^\s*(?:[^,]{1,60},\s+)?(it|they|(?:the|this|that|these|those|our|my|its|their|an?)\s+(?:[\w.+\-‐‑–]+\s+){0,4}?"
    rf"{_ROLE}|(?:these|those|the|our|its|their)\s+(?:[\w-]+\s+)?results)(?:['’]s)?\s+(?!(?:that|which|who)\b)[a-z]+",
    re.I,
)
# a word the sentence is about, at its head before its verb ("Voxtral is trained to ..., achieving state-of-the-art
# ..."): a name no catalog, family or shape makes one, said as much
_HEAD_WORD = re.compile(r"^\s*([A-Z][a-z]*[A-Z]?[\w.+-]*)\s+(?:is|was|has|had|\w+s)\b")
# words that say a sentence is about models or their results ("It is the best way to learn Python" is not)
_ABOUT_RESULTS = re.compile(
    r"\b(?:models?|llms?|benchmarks?|leaderboards?|scor\w*|accuracy|performance|evals?|evaluations?|elo|tests?|tasks?"
    # ... or set against the model it follows ("It's smarter than their previous flagship")
    r"|flagships?|predecessors?)\b",
    re.I,
)


def last_word(reader, sentence: str, offset: int, benches: list[Mention]) -> Candidate | None:
    """A candidate naming the cue and the model-like name nearest it, for a sentence with a cue outside the clauses set
    aside and a model-like name; None where either is missing. `reader` is the Extractor (cues, names, asides)."""
    seen = getattr(reader, "seen_cues", None)  # the candidate net's reading of the same sentence, where it has one
    spans = [(c[1], c[2]) for c in (seen[1] if seen and seen[0] == sentence else reader.cues.cues(sentence))]
    if "comparison_words" in reader.re:
        spans += [m.span() for m in reader.re["comparison_words"].finditer(sentence)]
    spans += [m.span() for m in CLAIMLIKE.finditer(sentence)]
    # a number quoted as a score ("achieves 51.0", "hits 90%"): a claim-like word of its own, as "scored" is
    spans += [m.span() for m in SCORE_AFTER.finditer(sentence)]
    spans += [m.span() for m in _BRACKETED_RESULT.finditer(sentence)]  # "shows Pareto-optimal performance (84.3)"
    if not spans:
        return None  # most sentences: no cue at all
    kept = [(start, start + len(clause)) for start, clause in clauses(sentence) if not reader._aside(clause)]
    cues = [(a, b) for a, b in spans if any(s <= a and b <= e for s, e in kept)]
    if not cues:
        return None
    # (a cue's own words are no name beside it: "State-of-the-Art (SOTA) Performance" gave "cue 'State-of-the-Art'
    # beside 'State-of-the-Art'")
    names = [n for n in _model_like(reader, sentence, benches) if not any(a <= n[0] and n[1] <= b for a, b in cues)]
    if not names:
        # (a role at the head needs a cue of its own: a phrase, a net word or a score, not "benchmarks" alone)
        strong = [c for c in cues if not _WEAK.fullmatch(sentence[c[0] : c[1]])]
        return _stood_in(reader, sentence, offset, benches, seen) or _head_stood_in(sentence, offset, benches, strong)
    cue = min(cues)
    _, _, name, catalogued = min(names, key=lambda n: min(abs(n[0] - cue[1]), abs(cue[0] - n[1])))
    closest = [] if catalogued else identity.closest(reader.names.model_names, name)[:5]
    reason = f"cue '{sentence[cue[0] : cue[1]]}' beside '{name}' not understood"
    return Candidate(sentence.strip(), f"characters {offset}-{offset + len(sentence)}", reason, [(name, closest)])


def _model_like(reader, sentence: str, benches: list[Mention]) -> list[tuple[int, int, str, bool]]:
    """Every model-like name of the sentence: (start, end, text, in the catalog)."""
    names = reader.names
    found = [(m.start, m.end, m.text, m.catalogued) for m in reader.mentions(sentence) if m.kind == "model"]
    found += [(m.start, m.end, m.text, False) for m in names.uncatalogued_in(sentence) if m.kind == "model"]
    taken = [(s, e) for s, e, *_ in found] + [(b.start, b.end) for b in benches]

    def free(a: int, b: int) -> bool:
        return not any(s < b and a < e for s, e in taken)

    for m in _SHAPED.finditer(sentence):
        text = m.group(0).rstrip(".")
        # a digit in it, or a capital inside a word or after a dash ("Janus-Pro", "DiffusionGemma")
        if MODEL_SHAPE.search(text) and not _NOT_SHAPED.fullmatch(text) and free(m.start(), m.start() + len(text)):
            # a developer's name ("OpenAI", "DeepSeek") is no model's, whatever its shape, unless a digit makes it one
            developer = not re.search(r"\d", text) and text.casefold() in names.developers | names.not_model_words
            if text.casefold() not in names.not_model_words and not developer:
                found.append((m.start(), m.start() + len(text), text, False))
    for m in _WORD.finditer(sentence):
        word = m.group(0).casefold()
        if word in names.families - names.developers and word not in names.not_model_words and free(*m.span()):
            found.append((m.start(), m.end(), m.group(0), False))
    for m in _DEVELOPERS.finditer(sentence):
        if m.group(1).casefold() in names.developers and free(*m.span(1)):
            found.append((m.start(1), m.end(1), m.group(1), False))
    return found


def _stood_in(reader, sentence: str, offset: int, benches: list[Mention], seen) -> Candidate | None:
    """A candidate for a cue phrase of the lexicon whose subject is a pronoun or a role ("It also outperforms models in
    each size class"), in a sentence about models or results that names none: what reading the cue met (the
    extractor's reasons), and how the subject is written. None where there is no such cue."""
    cues = seen[1] if seen and seen[0] == sentence else reader.cues.cues(sentence)
    if not cues or not (benches or _ABOUT_RESULTS.search(sentence)):
        return None
    for _, clause in clauses(sentence):
        if reader._aside(clause):
            continue
        for _, at, _, _ in reader.cues.cues(clause):
            written = _STAND_IN.search(clause[:at])
            if written is None:
                continue
            said = written.group(1)
            reasons = list(dict.fromkeys(r for r, _ in getattr(reader, "_why", [])))
            reason = "; ".join(reasons) or f"the subject could not be read: '{said}' names no model"
            if said not in reason:
                reason += f"; the subject is written '{said}', a pronoun or a role for a model named elsewhere"
            return Candidate(sentence.strip(), f"characters {offset}-{offset + len(sentence)}", reason, [])
    head = _HEAD_WORD.match(sentence)
    names = reader.names
    if head and OPENING_WORD.fullmatch(head.group(1)):
        # "Consistently outperforms existing models ...": a line that starts with its verb, its subject named elsewhere
        reason = "the subject could not be read: the sentence names no model"
        return Candidate(sentence.strip(), f"characters {offset}-{offset + len(sentence)}", reason, [])
    if head and head.group(1).casefold() not in LEADING | names.developers | names.not_model_words:
        reason = f"the subject could not be read: '{head.group(1)}' is no model the catalog knows, nor shaped like one"
        return Candidate(sentence.strip(), f"characters {offset}-{offset + len(sentence)}", reason, [])
    return None


def _head_stood_in(sentence: str, offset: int, benches: list[Mention], cues: list[tuple[int, int]]) -> Candidate | None:
    """A candidate for a sentence about models or results whose subject, at its head, is a pronoun or a role and whose
    cue (any of the net's words: "scored", "superior", "outperform") comes after it; None where there is none."""
    head = _HEAD_STAND_IN.match(sentence)
    if head is None or not (benches or _ABOUT_RESULTS.search(sentence)):
        return None
    cue = min((c for c in cues if c[0] >= head.end(1)), default=None)
    if cue is None:
        return None
    said, word = head.group(1), sentence[cue[0] : cue[1]]
    reason = (
        f"the subject could not be read: '{said}' names no model (a pronoun or a role for a model named elsewhere), "
        f"before the cue '{word}'"
    )
    return Candidate(sentence.strip(), f"characters {offset}-{offset + len(sentence)}", reason, [])
