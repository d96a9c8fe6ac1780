"""The backstop: a claim-like sentence that every other net left without a word gets a candidate saying so.

The candidate net (`candidates`) and its last word (`net`) read the cues the lexicon knows, so a sentence whose cue is
worded in a way the lexicon lacks ("quality close to X", "the most advanced ... in its class", "takes X down") fell
through both and ended silent: fixing each such sentence as it was found did not carry to new text. This check asks
only two things, from its own broad lists written from plain English rather than from any sentence met: is there a
model-like name (the names the other nets take: the catalog's, the shaped and uncatalogued readers', a capitalised
token with a digit or a version's shape; a capitalised name beside the cue or heading the sentence as its subject, in a
sentence about models; a maker's product, "Acme Vega Studio", and a name a system's noun ends, "the Vega Code Agent";
"Its"/"It" heading it, for a model named before), and is there a word of comparison, of ranking or a quoted score beside
a benchmark-like name. Where both are, the sentence gets a candidate ("cue not understood: ..."), never a draft: a
candidate is a question for the reader, not a claim. A ranking on a benchmark the sentence names, with no model named at
all (a list item under a model's heading: "Long context: leading results on LongBench"), is a candidate too.

What stays without a word: a clause the extractor set aside (hedged, planned or denied; about cost, speed or size), and
a clause plainly about price, release or popularity that names no result ("Zorb-7 is cheaper than Quill-3", "first
released in March", "the most downloaded model"): a cue there is about money, a date or users, not performance.
"""

from __future__ import annotations

import re

from harness.evidence import identity
from harness.extract.clause_split import clauses
from harness.extract.echoes import echoed
from harness.extract.found import Candidate
from harness.extract.maker_names import maker_products
from harness.extract.mentions import LEADING, Mention, Spans
from harness.extract.net import _head_stood_in, _model_like
from harness.extract.scope import _AREAS as AREA_TAGS

_B = r"(?<![\w-])"  # a word's start: not inside a word nor after a dash ("non-leading" is no "leading")
# verbs and phrases of winning, losing and matching, and comparatives ("-er than", "more ... than"; not of age, size,
# length, price or speed: "larger than", "cheaper than" compare no results)
_COMPARE = (
    r"out(?:perform|pac|scor|class|shin|shone|rank|do|did|match|smart|strip|gun|reason|play|run)\w*|surpass\w*"
    r"|beat(?:s|en|ing)?|best(?:s|ed)|exceed\w*|overt(?:ak|ook)\w*|eclips\w*|trounc\w*|defeat\w*|dominat\w*"
    r"|(?:take|takes|taking|took|taken)\s+(?:[\w‐‑–.-]+\s+){0,4}?down|edg(?:e|es|ed|ing)\s+(?:out|past|ahead)"
    r"|rival\w*|trail\w*|lag(?:s|ged|ging)?|match(?:es|ed|ing)?|equal(?:s|led|ed|ling|ing)?|ti(?:e|es|ed)\s+with"
    r"|crush\w*|smash\w*|(?:blow|blows|blew|blown)\s+away|catch(?:es|ing)?\s+up|caught\s+up|neck\s+and\s+neck"
    r"|head[\s-]to[\s-]head|(?:same|similar)\s+league|parity|on[\s-](?:a\s+)?par|at\s+par|par\s+with|close\s+to|closes?\s+the\s+gap|comparabl[ey]|competitive|compet(?:e|es|ed|ing)"
    r"|similar\s+to|(?:same|similar)\s+level|as\s+(?:good|strong|capable|accurate|well|smart)\s+as|equivalent"
    r"|ahead|behind|(?:falls?|fell|falling)\s+(?:short|behind)|short\s+of|within\s+(?:[\w.]+\s+){1,2}(?:points?|%|percent)"
    r"|improv\w*\s+(?:on|over|upon)"
    # set against a rival to be measured: "When benchmarked against X, Y shows ...", "pitted against X"
    r"|(?:benchmark|measur|pitt|test|evaluat)ed\s+against"
    # "improved performance", and the verb with the model's own results after it: "improves its capabilities", "boosts
    # their accuracy" (better than what came before it)
    r"|(?:improv(?:es|ed|ing)|boost(?:s|ed|ing)?|enhanc(?:es|ed|ing)|strengthen(?:s|ed|ing)?)\s+(?:(?:its|their)\s+)?"
    r"(?:[\w-]+\s+){0,2}?(?:performance|results?|scores?|accuracy|capabilit\w+|abilit\w+)"
    # gaining on a rival: "closing in on X", "reaches the performance level of X", "approaches the quality of X"
    # (a level of results, not "the level of maturity")
    r"|clos(?:e|es|ed|ing)\s+in\s+on(?=\s+(?-i:[A-Z]|[a-z]+[-\d]|its|their))|(?:reach|approach)(?:es|ed|ing)?\s+the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:(?:performance|accuracy|quality)\s+level|performance|quality|accuracy|scores?|results?)\s+of"
    r"|superior|inferior|(?!(?:rather|other|later|sooner|never|ever|under|over|after|order|either|neither|whether"
    r"|further|number|older|newer|larger|smaller|bigger|longer|shorter|cheaper|faster|slower|fewer)\s)[a-z]+er\s+(?:[\w-]+\s+)?than|(?:more|less)\s+[\w-]+\s+than|wins?|won|victor\w*|versus|vs\b\.?"
    r"|lead(?:s|ing)?|led(?!\s+(?:to|by|up)\b)"
    # "has a slight advantage" (over a model named before, or none): the lexicon's reads only "advantage ... over X"
    r"|ha(?:s|ve|d|ving)\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:advantage|edge)"
)
# words of ranking and superlatives: first place, the best, state of the art, a record, a leaderboard
_RANK = (
    r"best(?:-in-class)?|top(?:s|ped|ping)?|leader\w*|(?:class|industry)-leading|highest|strongest|smartest"
    r"|most\s+(?:advanced|capable|powerful|intelligent|accurate|performant|competitive|proficient|sophisticated)"
    r"|lowest\s+(?:error|loss|perplexity)|second\s+only\s+to|runner-up|(?:first|second|third)[\s-]place|state[- ]of[- ]the[- ]art|sota"
    r"|records?(?:-\w+)?|(?:new|all-time|record)\s+highs?|rank(?:s|ed|ing|ings)?|no\.\s?1\b|\#\s?1\b|number\s+one|podium|champion\w*"
    r"|unmatched|unrivall?ed|unbeaten|unsurpassed|in\s+(?:its|their)\s+class"
    r"|first\s+(?:position|spot)|(?:rank\w*|plac\w*|came|comes|finish\w*)\s+(?:first|second|third|\d{1,3}(?:st|nd|rd|th))"
    r"|the\s+first\s+(?:[\w-]+\s+){0,3}?(?:model|llm|system)s?\s+(?:to|that|which)"
    # "pushes the performance boundaries of open models", "pushing the frontier": beyond the best before it
    r"|push(?:es|ed|ing)?\s+(?:the\s+)?(?:[\w-]+\s+)?(?:boundar(?:y|ies)|frontiers?|limits?|envelope)"
    # setting or raising the bar others are measured by: 'set "new standards for coding"', "raises the bar" (not "meets
    # new standards for privacy": a rule to follow, no rank)
    r"|(?:set(?:s|ting)?|establish(?:es|ed|ing)?|redefin(?:es|ed|ing)?)\s+[\"“']?(?:a\s+)?new\s+standards?"
    r"|rais(?:es|ed|ing)\s+the\s+bar"
    # a place by its number after "at" or "in": "X at #2", "in No. 3" (not "#2" alone: an issue's or a list's number)
    r"|(?:at|in)\s+(?:\#|no\.)\s?\d{1,2}(?![\d.,]?\d)"
)
# (a hyphenated word goes on: "best-performing", "top-tier" are the cue "best", "top")
_CUE = re.compile(rf"{_B}(?:{_COMPARE}|{_RANK})(?!\w)", re.I)
# the same, without re.I, for a first look at a lowered sentence: some four times faster where most sentences have none
_LOWER_CUE = re.compile(rf"{_B}(?:{_COMPARE}|{_RANK})(?!\w)")
# a score: a number with a unit of scores, or after a verb that quotes one; a cue only in a sentence that names a
# benchmark or something like one (a bare number is no score: "version 2.1", "Llama 3.1")
_NUMBER = r"\d+(?:\.\d+)?"
_SCORE = re.compile(
    rf"{_B}{_NUMBER}\s*(?:%|percent\b|points?\b|pts\b)"
    rf"|{_B}(?:scor\w*|achiev\w*|reach\w*|attain\w*|hits?|posts?|posted|obtain\w*|gets?|got)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{_NUMBER}(?![\w.])"
    # "98.6 on Math500": a number with decimals on a name
    rf"|{_B}\d+\.\d+(?=\s+on\s+(?-i:[A-Z]))",
    re.I,
)
# ... or a measure of results named beside the number ("92.2% pass rate", "68.85% on pass@32")
_BENCHMARK_LIKE = re.compile(
    r"bench|eval|arena|leaderboard|qa\b|\b(?:tests?|exams?)\b|\bpass(?:@\d+|\s+rates?)|\b(?:success|solve)\s+rates?",
    re.I,
)
# a clause about money, a release or popularity; with no result word, a cue in it is no claim of performance
_NOT_PERFORMANCE = re.compile(
    r"[$€£¥]|\b(?:pric\w*|costs?|cheap\w*|expensive|per\s+(?:million\s+)?tokens?|releas\w*|launch\w*|announc\w*"
    r"|unveil\w*|ships?|shipped|open-sourc\w*|debut\w*|downloads?|downloaded|users?"
    r"|customers?|revenue|funding|valuation|market\s+share|stars)\b",
    re.I,
)
# the sentence's subject at its head, before its verb ("Fanar is ...", "Hymba, a small model, achieves ..."), after
# an opening phrase and its comma: a name no reader takes (no digit, no family), model-like where the sentence is about
# models; also after a maker's possessive, with "model" after it ("Acme's Zorb model, trained on ..., achieved")
_HEAD_NAME = re.compile(
    r"\s*(?:[^,]{1,60},\s+)?(?:[A-Z][\w.-]*['’]s\s+)?([A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,2}?)(?:['’]s)?"
    r"(?:\s+(?i:models?|llms?))?(?:,[^,]{1,60},|\s+with\s+[^,]{1,60}?)?"  # ("Gecko with 768 dimensions achieves")
    r"\s+(?:is|are|was|were|has|have|had|also|now|still|even|[a-z]+s|[a-z]+ed)\b"
)
_NAME = r"[A-Z][\w.+-]*(?:\s+[A-Z0-9][\w.+-]*){0,2}"
# names the sentence itself calls models, anywhere in it: "Zorb and Quill, two small Arabic LLMs that ...", "Zorb, a
# 7B model, ..."
# ... the name in quotes too, its comma inside or outside them ("presents 'Wan,' an open-source video model")
_DESCRIBED = re.compile(
    rf"(?<![\w-])['‘\"“]?({_NAME})(?:\s+and\s+({_NAME}))?(?:,['’\"”]|['’\"”]?,)\s+(?:a|an|the|two|three|four|both)\s+"
    r"(?:[\w()-]+\s+){0,6}?(?i:models?|llms?)\b"
)
# a maker's product named by the maker's word and its own ("Acme Vega Studio uses ..."): a name where the words after
# the maker's are no word of a company, a lab or a team ("Acme Research reports ...", "Acme AI said ...")
_MAKERS_WORDS = frozenset("ai research labs lab inc corp team teams group cloud foundation university".split())
# a name a system's noun ends ("the Vega Code Agent (41% on ...)", "our Tessera Assistant"), set off by "the", "our" or
# "such as": a product the sentence names (not "the Large Language Model": a kind of model, no name)
_SYSTEM_NAMED = re.compile(
    r"(?<![\w-])(?:[Tt]he|[Oo]ur|[Ii]ts|[Tt]heir|such\s+as)\s+((?:[A-Z][\w.+-]*\s+){1,3}?(?:Agent|Assistant|Copilot|Coder|Bot))\b"
)
_GENERIC = frozenset("large small open foundation base new frontier general coding code language ai".split())
# "Its ...", "Their ...": a possessive heading the sentence stands for a model named before it
_POSSESSIVE = re.compile(r"\s*(Its|Their)\b")
# how near a cue a word of money, release or popularity must be to say what the cue is about: some four words before
# it ("is priced well below", "was released ahead of"), one or two after ("first released", "most downloaded"), so that
# "has taken GPT-4 down shortly after being released" is still a win
_BEFORE, _AFTER = 30, 12
_RESULT = re.compile(
    r"\b(?:scor\w*|accura\w*|performance|quality|evals?|evaluations?|leaderboards?|elo|benchmarks?)\b", re.I
)
# words that say a sentence is about models or their results, for a name that has no model's shape of its own
_ABOUT = re.compile(r"\b(?:models?|llms?|benchmarks?|leaderboards?|scor\w*|accuracy|performance|evals?|elo)\b", re.I)


def backstop(reader, sentence: str, offset: int, benches: list[Mention]) -> Candidate | None:
    """A candidate for a sentence that gave no draft and no candidate but holds a cue of comparison, ranking or a quoted
    score (not in a clause that is hedged, or about cost, speed, size, price, release or popularity) and a model-like
    name; None where either is missing. `reader` is the Extractor (names, mentions, what a clause sets aside)."""
    said = echoed(reader, sentence, offset)  # "As does X.": a claim said again, with no cue of its own
    if said is not None:
        return said
    cues = _cues(reader, sentence, benches)
    if not cues:
        return None  # most sentences: no cue at all (the names are read only where a cue makes it worth it)
    location = f"characters {offset}-{offset + len(sentence)}"
    names = [n for n in _model_like(reader, sentence, benches) if not _inside(n[0], cues)]
    # "OpenAI Deep Research", "OpenAI's Whisper": a maker's word before a product's own words
    names += [(a, b, text, False) for a, b, text in maker_products(reader.names, sentence)
              if not _inside(a, cues) and not any(s < b and a < e for s, e, *_ in names)]  # fmt: skip
    taken = Spans([(s, e) for s, e, *_ in names] + [(b.start, b.end) for b in benches])
    about = bool(benches or _ABOUT.search(sentence))
    for name in reader._named_beside(sentence, cues, taken):  # "Kimi Linear achieves 51.0": a name beside the cue
        at = sentence.find(name)
        # (a name the document's own name says it is about: "Yet Kokoro beat them all" in ".../kokoro-tts-model-...")
        titled = name.casefold() in getattr(reader, "_slug_words", ())
        if (about or titled or re.search(r"\d|[a-z][A-Z]", name)) and not _inside(at, cues):
            names.append((at, at + len(name), name, False))
    if not names:  # (a name a system's noun ends says more than a capitalised word heading the sentence)
        for m in _SYSTEM_NAMED.finditer(sentence):
            if m.group(1).split()[0].casefold() not in _GENERIC and not _inside(m.start(1), cues):
                names.append((m.start(1), m.end(1), m.group(1), False))
    head = _HEAD_NAME.match(sentence)
    if not names and head and about and not _inside(head.start(1), cues):
        words = [w.casefold() for w in head.group(1).split()]
        stop = LEADING | reader.names.developers | reader.names.not_model_words
        # (a maker's word first, with a product's words after it: "Acme Vega Studio")
        product = words[0] in reader.names.developers and len(words) > 1 and not set(words[1:]) & (stop | _MAKERS_WORDS)
        if product or words[0] not in stop and not (len(words) == 1 and _POSSESSIVE.fullmatch(head.group(1))):
            names.append((head.start(1), head.end(1), head.group(1), False))
    if not names:
        stop = LEADING | reader.names.developers | reader.names.not_model_words
        for m in _DESCRIBED.finditer(sentence):
            for g in (1, 2):
                if m.group(g) and m.group(g).split()[0].casefold() not in stop and not _inside(m.start(g), cues):
                    names.append((m.start(g), m.end(g), m.group(g), False))
    cues = [(a, b) for a, b in cues if not any(s < b and a < e for s, e, *_ in names)]  # "Zorb 2.5": a name's number
    if not cues:
        return None
    if not names:
        # "It posts the best results", "Its reasoning is best-in-class": a pronoun or a role for a model named
        # elsewhere, at the sentence's head, with the cue later
        head = _POSSESSIVE.match(sentence)
        if head and about and any(a >= head.end() for a in (c[0] for c in cues)):
            reason = f"the subject could not be read: '{head.group(1)}' names no model (a model named elsewhere)"
            return Candidate(sentence.strip(), location, reason, [])
        return _head_stood_in(sentence, offset, benches, cues) or _unnamed(reader, sentence, location, benches, cues)
    opinion = next((said for _, clause in clauses(sentence) if (said := reader._opinion(clause))), None)
    if opinion:  # "Users say X writes cleaner code than Y": why no draft is that, not a cue
        return Candidate(sentence.strip(), location, opinion, [])
    start, end = min(cues)
    _, _, name, catalogued = min(names, key=lambda n: min(abs(n[0] - end), abs(start - n[1])))
    word = " ".join(sentence[start:end].split())
    reason = f"cue not understood: '{word}' beside '{name}'"
    if catalogued:
        return Candidate(sentence.strip(), location, reason, [])
    reason += f"; '{name}' is no name the catalog knows"
    return Candidate(sentence.strip(), location, reason, [(name, identity.closest(reader.names.model_names, name)[:5])])


def _unnamed(
    reader, sentence: str, location: str, benches: list[Mention], cues: list[tuple[int, int]]
) -> Candidate | None:
    """A candidate for a ranking or a comparison on a named benchmark with no model named at all ("Tops LongBench
    among open models.", a list item under a model's heading, "with leading performance on X"): whose result it is
    the sentence leaves to its context. None where no benchmark is named, or where the cue is a word of the
    benchmark's own ("the leading benchmark for X", "the X leaderboard")."""
    results = _RESULTS_SAID.search(sentence) or _areas_said(sentence, cues)
    if not benches and not results:
        return None
    if not benches and (_PEOPLE.search(sentence) or _HEAD_WORD.match(sentence) and
                        _HEAD_WORD.match(sentence).group(1).casefold() in reader.names.developers):  # fmt: skip
        return None  # "Our team took first place on every coding benchmark", "Meta is the best lab": no model's result
    for start, end in cues:
        word = " ".join(sentence[start:end].split())
        # (a word for a list of results is no cue, but for a record set: "sets new records")
        listed = _LIST_NOUN.fullmatch(word) and not _SET_RECORD.search(sentence, 0, start)
        if listed or _OF_BENCHMARK.match(sentence, end) or any(b.start <= start < b.end for b in benches):
            continue
        if _SCORE.fullmatch(word) and benches and not _SCORE_LIST.search(sentence):
            continue  # ("GSM8K: 91.2%, up from 88%": one number, no claim; a list of them is a model's results)
        on = f" on {', '.join(dict.fromkeys(b.text for b in benches))}" if benches else f" ('{results.group(0)}')"
        reason = (
            f"the subject could not be read: no model is named beside the cue '{word}'{on} (a model the "
            "context names: a heading, a list's title or the sentence before)"
        )
        return Candidate(sentence.strip(), location, reason, [])
    return None


# where no benchmark is named, words that say the cue is about results all the same: "across seven benchmarks", "on
# all three MTEB sub-benchmarks", "placed 58th out of 609 contestants", "a 92.2% pass rate"
_RESULTS_SAID = re.compile(
    r"\b(?:sub-)?benchmarks?\b|\bleaderboards?\b|\bcontestants\b|\bcompetitors\b|\bpass(?:@\d+|\s+rates?)"
    r"|(?:#|\bno\.\s?)\d{1,2}\b|\b\d{1,3}(?:st|nd|rd|th)\s+(?:out\s+)?of\b",
    re.I,
)
# the words of areas the catalog tags results with ("reasoning", "math", "code"): two of them or more listed right
# after a cue, with no benchmark named, are results all the same ("Strengths: best small-model reasoning in 2026, math,
# code", under a model's heading; not "top models are reasoning models, ... for math": a group, the areas far off)
_AREA_WORDS = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, AREA_TAGS), key=len, reverse=True)) + r")\b", re.I)
_AREAS_AFTER = 60  # characters from the cue's start


def _areas_said(sentence: str, cues: list[tuple[int, int]]) -> re.Match | None:
    """The first of two area words or more (of different catalog tags) named right after a cue, else None."""
    for start, _ in cues:
        found = list(_AREA_WORDS.finditer(sentence, start, start + _AREAS_AFTER))
        if len({AREA_TAGS[m.group(0).lower()] for m in found}) >= 2:
            return found[0]
    return None


# a subject that is people or a maker, not a model: where no benchmark is named, its place is no model's
_PEOPLE = re.compile(
    r"\b(?:team|teams|labs?|company|companies|researchers|students|players|athletes|schools?|university)\b",
    re.I,
)
_HEAD_WORD = re.compile(r"\s*([A-Z][\w-]*)\s+(?:is|was|are|were|has|had|[a-z]+s|[a-z]+ed)\b")
# "sets new records", "broke the record": a record set, a ranking, not a word for a list of results
_SET_RECORD = re.compile(r"\b(?:set|sets|setting|broke|breaks|breaking|new)\s+(?:\w+\s+)?$", re.I)
# two numbers or more quoted as scores: a model's results listed ("98.6 on Math500, 88.3 on AIME 25"), whoever's
_SCORE_LIST = re.compile(r"\d(?:\.\d+)?\s*%?(?:\s+(?:on\s+)?[^,;]{1,40})?\s*[,;]\s*(?:and\s+)?[^,;]{0,40}?\d+\.\d")


# a cue that is a word for a list of results, not a claim about one ("the leaderboard", "rankings")
_LIST_NOUN = re.compile(r"leaderboards?|leaders?|rank(?:ing)?s?|records?", re.I)
# a cue said of a benchmark, right after it: "the leading benchmark", "the best-known test suite" (not "leading
# performance on benchmarks": a result on them)
_OF_BENCHMARK = re.compile(
    r"[\w-]*\s+(?:(?!(?:on|in|at|across|among|of|for)\s)[\w-]+\s+){0,2}?(?:benchmarks?|datasets?|tests?|test\s+suites?|suites?|leaderboards?|evals?|evaluations?)\b",
    re.I,
)


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= at < b for a, b in spans)


def _near(clause: str, spans: list[tuple[int, int]]) -> bool:
    """A word of money, release or popularity right by a cue ("costs less than", "first released")."""
    return any(_NOT_PERFORMANCE.search(clause, max(0, a - _BEFORE), b + _AFTER) for a, b in spans)


def _cues(reader, sentence: str, benches: list[Mention]) -> list[tuple[int, int]]:
    """The spans of the sentence's cues, in clauses about performance that are not hedged."""
    benched = bool(benches or _BENCHMARK_LIKE.search(sentence))
    if not _LOWER_CUE.search(sentence.lower()) and not (benched and _SCORE.search(sentence)):
        return []  # most sentences: no cue, and no need to split them into clauses
    found = []
    for start, clause in clauses(sentence):
        spans = [m.span() for m in _CUE.finditer(clause)]
        spans += [m.span() for m in _SCORE.finditer(clause)] if benched else []
        # a clause set aside as about cost, speed or size is read here too where it names a result ("faster and more
        # accurate than"); a hedged one never is
        result = _RESULT.search(clause)
        # ("users say": the opinion's word, no word of popularity)
        near = not reader._opinion(clause) and _near(clause, spans)
        if not spans or reader._hedged(clause) or not result and (reader._off_results(clause) or near):
            continue  # "cheaper than Quill-3", "first released in March": money or a date, not a result
        found += [(start + a, start + b) for a, b in spans]
    return sorted(found)
