"""What a sentence leaves to its context: which model "it", "the model" or an unnamed subject may stand for.

A pronoun is read as a model named before it (`subjects.SubjectReader._pronoun`). Only a model named where a subject
stands may be one: in "With only 8B parameters, it surpasses GPT-4o and Gemini 1.5 Pro." the two names after the cue
are the models beaten, so "It also outperforms GPT-4V" in the next sentence is about whatever "it" was, never about
GPT-4o. Where no model stands where a subject does, nothing is read, and the sentence gives a candidate that says so.

A page about one benchmark quotes its scores without naming it again ("GPT-4o scored 2%." on
".../glossary/frontiermath.html"): where the text around names none, the one benchmark the page's address names.
"""

from __future__ import annotations

import re

# "running against either GPT-5.4 or Claude Opus 4.6": a model named as what another is pitted against, whose number
# "achieving 81.8%" after it is never (`scored`)
PITTED = re.compile(r"\b(?:against|than|versus|vs\.?)\s+(?:either\s+|both\s+|the\s+)?$", re.I)

# "the leaderboard", "this benchmark": the benchmark the text before named
# ... or a place said of the sentence before's result ("MiniCPM-V 4.5 scores 77.0 on OpenCompass. This places it ahead
# of GPT-4o-latest"): on its benchmark
DEFINITE = re.compile(
    r"\b(?:the|this|that)\s+(?:[\w-]+\s+)?(?:leaderboard|benchmark|test|evaluation|metric)\b"
    r"|^\s*(?:this|that)\s+(?:places?|placed|puts?|ranks?|ranked)\s+(?:it|them)\b",
    re.I,
)


def address_benchmarks(reader, slug: str) -> list:
    """The one catalog benchmark a page's address names (".../glossary/frontiermath.html", ".../benchmark/terminal-bench"):
    what a score the page quotes with no benchmark named in its text is on. None where the address names two or more,
    which leaves the page's scores to say their own."""
    named = {m.id: m for m in reader.mentions(slug) if m.kind == "benchmark" and m.catalogued}
    return list(named.values()) if len(named) == 1 else []


def fronted(reader, sentence: str) -> str | None:
    """The first model a sentence names before its first cue or comparison word (the catalog's or one it lacks, as
    written), or the name of a model's shape it introduces there; None where every model it names comes after one."""
    words = reader.re.get("comparison_words")
    cut = min(
        [c[1] for c in reader.cues.cues(sentence)] + [m.start() for m in [words and words.search(sentence)] if m],
        default=len(sentence),
    )
    named = [m for m in reader.mentions(sentence) if m.kind == "model"] + reader.names.uncatalogued_in(sentence)
    named = [m for m in named if m.start < cut]
    if named:
        return min(named, key=lambda m: m.start).id
    said = reader.names.introduced(sentence, reader.mentions(sentence))  # "Mercury 2 breaks that tradeoff."
    return said if said and sentence.find(said) < cut else None


# "Despite being a fraction of the size of Llama-3-8B or Gemma-7B, it outperforms them": a phrase that names models,
# then a comma and the pronoun that is the subject of the cue after it
_PRONOUN_AFTER_PHRASE = re.compile(r"[^,;]*,\s*(?:it|they)\s+(?:(?:\w+ly|also|still|even|now)\s+)*", re.I)
# "This model, which outperforms o3-mini, ranks first": an aside after the pronoun, its models the aside's own
_ASIDE = re.compile(r"\s*,\s*(?:which|that|who|like|unlike)\b[^,;]*,\s*(?:(?:\w+ly|also|still|even|now)\s+)*", re.I)


def phrase_before_pronoun(reader, clause: str, before: list, cue_start: int) -> list:
    """The models a phrase names next to a pronoun that is the cue's subject ("Unlike A and B, it beats C"; "Despite
    being smaller than A or B, it outperforms them"; "This model, which beats A, ranks first"): never the subject;
    empty where there is none."""
    if not before:
        return []
    if _PRONOUN_AFTER_PHRASE.fullmatch(clause, before[-1].end, cue_start):
        return before
    said = reader.re["pronouns"].match(clause.lstrip())
    at = len(clause) - len(clause.lstrip()) + said.end() if said else -1
    if said and at <= before[0].start and _ASIDE.fullmatch(clause, at, cue_start):
        return before
    return []


def objects_before(reader, clause: str, mentions: list, cue_start: int) -> set[str]:
    """The models a clause names before its cue that are never what a pronoun there means: those a phrase next to the
    pronoun names ("Unlike GPT-4o, it beats ...", "... of A or B, it beats them") and those an earlier cue of the
    clause beats ("surpassing X and Y, and exceeding Z": neither X nor Y exceeds Z)."""
    named = sorted((m for m in mentions + reader.names.uncatalogued_in(clause) if m.end <= cue_start),
                   key=lambda m: m.start)  # fmt: skip
    held = {m.id for m in phrase_before_pronoun(reader, clause, named, cue_start)}
    if named:
        first = min((c[1] for c in reader.cues.cues(clause)), default=cue_start)
        held |= {m.id for m in named if m.start >= first}
    return held


def them_after(reader, clause: str, cue_end: int, stop: int, held: list, after: list, review: list[str]) -> list[str]:
    """'..., it outperforms them': the two or more models the fronted phrase names, with a review note."""
    if after or len({m.id for m in held}) < 2 or not re.match(r"\s+them\b", clause[cue_end:stop], re.I):
        return []
    rivals = list(dict.fromkeys(m.id for m in held))
    review.append(f"'them' read as {', '.join(reader._name(r) for r in rivals)}, named before the subject 'it'")
    return rivals


def goes_on(clause: str, cue_end: int, stop: int) -> bool:
    """Whether the next cue goes on from this one with nothing but adverbs between ("lags significantly behind X"):
    one phrase whose object comes after the next cue, never a cue with no object (whose rival would be the claim
    before's)."""
    return stop < len(clause) and re.fullmatch(r"(?:\s+\w+ly)*\s+", clause[cue_end:stop]) is not None
