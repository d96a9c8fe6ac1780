"""Phrases that name a class of models rather than a model ("anything that's been released", "other open-source
models", "other models of its size", "its peers", "its rivals"): a win over every model or a class is a ranking among
them, as the labelled sets read it; the subject's own class by size narrows a ranking's cohort."""

from __future__ import annotations

import re

# the subject's own class: "models of similar size", "comparably sized alternatives", "its peers", "its weight class"
OWN_CLASS = (
    r"\b(?:similar|comparable|the same|equivalent) (?:size|scale)\b|\b(?:similarly|comparably|equivalently)[- ]sized\b"
    r"|\b(?:its|their) (?:[\w-]+ ){0,2}?peers\b|\b(?:size|weight) class\b"
    r"|\bmodels with (?:similar|comparable)\b[^,;.]{0,30}?\bparameter(?:s|\s+counts?)\b"  # "... active parameter counts"
)

# a place written as a number or an ordinal ("ranked #1", "at No. 3", "first place", "ranks 2nd", "sits at number 6",
# "ranked in the 6th"):
# the place says a ranking of results, where no benchmark, cohort or result word is named ("TranslateGemma ranked #1
# across all languages"); not "#1 in downloads" (cost, speed and popularity are set aside before)
PLACED = re.compile(
    r"(?:#|\bno\.\s?)\d{1,2}(?![\d.,]\d)\b|\b(?:first|second|third|\d{1,2}(?:st|nd|rd|th))[\s-]+place\b"
    r"|\bran(?:k|ks|ked|king)\s+(?:first|second|third|\d{1,2}(?:st|nd|rd|th))\b"
    # "is ranked at the 6th", "in the 6th": the place with its noun left unsaid (never a percentile)
    r"|\bran(?:k|ks|ked|king)\s+(?:at|in)\s+the\s+\d{1,2}(?:st|nd|rd|th)\b(?!\s+percentile)"
    r"|\b(?:at|is|was|ranks?|ranked)\s+number\s+(?:\d{1,2}|one|two|three)\b",
    re.I,
)

# words that say a ranking is of results where it names no benchmark: "the best scores", "leads the leaderboard",
# "the lowest word error rates (WER)" (a measure of results, where lower is better)
RESULTS_NAMED = re.compile(
    r"\b(?:benchmarks?|leaderboards?|evaluations?|tasks?|tests?|scores?|accuracy|across the board|points?|performance"
    r"|(?:word |character )?error rates?|WERs?|CERs?|perplexity|elo)\b",
    re.I,
)

# a line that starts with its verb, capitalised ("Outperforms all Arabic LLMs ...", "Beats X ...", a bullet under a
# release note): its subject is the model named before it; not a noun phrase ("State-of-the-art performance ...")
VERB_FIRST = re.compile(r"[A-Z][a-z]+(?:s|es|ed)\b")

# "beats every other model", "outperforming anything that's been released": a ranking
# "all of OpenAI's models", "all the previously released open-source models": up to three words before the noun
EVERYONE = re.compile(
    r"\s+(?:anything|everything|(?:every|all)(?: of)?(?: the)?"
    # (a word may be two joined by a hyphen left hanging: "mono- and multi-lingual")
    r"(?: (?!(?:models?|rivals?|competitors?|llms?|and|or|but|on|in|at|across)\b)"
    r"(?:[\w'’.]+- (?:and|or) [\w'’.-]+|[\w'’.-]+)){0,3}?"
    r" (?:models?|rivals?|competitors?|llms?|agents|entries|methods|approaches))\b",  # "all other agents"
    re.I,
)

# "outperforms existing open-data reasoning models", "ahead of other open-source models", "surpass current SOTA
# models", "outperforms existing methods", "beats other agents": a whole class of models, which a ranking among them
# says (not one by size: "larger models", "models 4x its size", "comparable 7B models"; nor "most existing models")
A_CLASS = re.compile(
    r"\s+(?:(?:other|existing|current|competing|rival|prior|previous)\s+)"
    r"(?:(?!larger|smaller|bigger|similar\w*|comparable|same|\d)[\w-]+\s+){0,3}(?:models?|llms?|systems?|agents|methods)\b"
    r"(?!\s+(?:of|with|at|in)\s+(?:its|their|similar|the same|comparable)\b)",
    re.I,
)

# "outperforms other models of its size", "surpasses its peers", "outperforming recent open-source models of similar
# size", "beat comparably sized alternatives": a win over the subject's own class, first place among it (the labelled
# sets' convention); never "several similarly sized models" (some of the class) nor "models twice its size"
SIZE_PEERS = re.compile(
    r"\s+(?:(?:all|all of|each of)\s+)?(?:(?:its|their)\s+(?:(?:[\w-]+\s+){0,2}?)peers\b"
    r"|(?:(?:other|existing|current|competing|recent|the)\s+)?(?:(?!larger|smaller|bigger|much|many|several|some|few)"
    r"[\w-]+\s+){0,4}?(?:models?|llms?|systems?|alternatives|peers|transformers?)\s+(?:of|with|at|in)\s+"
    r"(?:its|their|a|the)?\s*(?:own\s+)?(?:(?:similar|the same|comparable|equivalent)\s+)?"
    r"(?:size|sizes|scale|class|category|size class|weight class|parameter class)\b"
    r"|(?:(?:other|existing|current|competing|recent|the)\s+)?(?:similarly|comparably|equivalently)[- ]sized\s+"
    r"(?:(?!larger|smaller|bigger)[\w-]+\s+){0,3}?(?:models?|llms?|systems?|alternatives|peers|transformers?|rivals)\b)",
    re.I,
)

# "beats its rivals", "outperforms them": the models the clause named before its subject
THEIR_RIVALS = re.compile(
    r"\s+(?:(?:its|their)\s+(?:\w+\s+)?(?:rivals|competitors|peers|counterparts)|them|these models|those models)\b",
    re.I,
)

# what makes a ranking's named models its rivals: "leads key benchmarks against X", "tops GPT-4o", "leads mainstream
# open models, such as X and Y" (the class's named examples are beaten, as after "beats other models such as")
AGAINST = re.compile(
    r"\b(?:than|over|against|ahead of)\b|\b(?:models?|llms?|systems?|rivals|competitors)[\s,—–-]+(?:such as|like|including)\b",
    re.I,
)


# what may stand between a match's cue and a ranking word that describes its rivals: "competitive against the best
# proprietary models", "on par with state-of-the-art open models such as X"
_TO_RIVALS = re.compile(r"\s*(?:(?:the|other|today['’]s|current|even)\s+)?", re.I)


def rivals_ranked(clause: str, cues: list[tuple]) -> list[tuple]:
    """The cues of a clause less a ranking word right after a match's cue, which names the class of its rivals
    ("competitive against the best proprietary models"): no claim of first place (a win over them, "outperforms
    state-of-the-art models", keeps its ranking)."""
    out: list[tuple] = []
    for c in cues:
        before = out[-1] if out else None
        if c[0] == "ranks" and before and before[0] in ("matches", "matches_at_least"):
            if _TO_RIVALS.fullmatch(clause, before[2], c[1]):
                continue
        out.append(c)
    return out
