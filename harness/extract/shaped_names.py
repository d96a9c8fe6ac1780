"""Names the catalog lacks that start like no family it or the lexicon knows ("Mercury 2", "Zamba2", "s1-32B",
"DiffusionGemma", "Janus-Pro"), read as a model's name only where the text uses them as one: right before a cue of
the lexicon ("s1-32B exceeds o1-preview") or a quoted score ("Mercury 2 hit 90%"), with at most a bracket and an
adverb between; where the text says it is one ("xLAM is a family of agent models"); as the subject at the head of a
clause, a verb after it ("K2-Think is a reasoning system that achieves ...", "In math, K2-Think stands out as ...");
or, with a model's parts ("Spark v3.5", "BitNet b1.58 2B4T"), as a cue's object ("DeepSeek-V3.2 trails Spark v3.5").
A word shaped so elsewhere ("the Windows 11 update", "Figure 3 shows") stays a word; one read as a name drafts nothing
without a cue. A word of no model's shape ("Aria") is a name only where its clause calls it a model ("Zorb is the
strongest open model"). A part of `names.Names`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from harness.evidence import identity
from harness.extract.benchmark_names import _NOT_BENCH, MODELS_LISTED
from harness.extract.mentions import BENCHLIKE, LEADING, Mention, Spans

# a name written in lower case, its version after a dash ("voyage-4-large", "zeta-7b"): not a year ("mid-2024"), a place
# ("top-5", "pass-1") or a size class ("sub-10B")
_LOWER_DASHED = (
    r"(?!(?:top|pass|best|rank|round|step|phase|day|week|year|covid|mid|late|early|sub|under|over|pre|post|non|multi)"
    r"[\-‐‑–])[a-z]{3,}(?:[\-‐‑–][a-z]+){0,2}[\-‐‑–](?!(?:19|20)\d\d\b)\d[\w.+]*"
)
# words that open a sentence and are no part of a name: an adverb in -ly ("Additionally"), and `LEADING`'s
_OPENERS = r"(?:[A-Z][a-z]*ly|" + "|".join(sorted(w.capitalize() for w in LEADING)) + r")\b"
# a name by its shape: a version in it ("Mercury 2", "Zamba2", "s1-32B"), a capital inside a word ("DiffusionGemma",
# "rStar-Math", "xLAM"), a capitalised part after a dash ("Janus-Pro") or a dot before a word with a version
# ("dots.llm1"), or a lower-case name with a version after a dash; up to three parts joined by dashes, and a version
# after a space ("Mercury 2", "GR00T N1"; not a quarter, "Q3")
_SHAPE = re.compile(
    # (two capitalised words before a version are one name: "Stable Audio 3", read as "Audio 3"; not where the first
    # is a sentence's adverb or linking word, "Overall Qwen 3 places first", "Additionally Qwen 3 beats ...")
    r"(?<![\w.+'’·-])(?:(?!" + _OPENERS + r"\s[A-Z][a-z]+\s\d)[A-Z][\w.+]*(?:·[A-Z][\w.+]*)?(?:\s[A-Z][a-z]+(?=\s\d))?"
    r"|[a-z]+[A-Z\d][\w.+]*|"
    r"[a-z]+\.[a-z]+\d[\w.+]*|" + _LOWER_DASHED + ")"
    r"(?:[\-‐‑–][\w.+]+){0,3}"
    # (a version may end the sentence: "followed by Stable Diffusion 3.")
    r"(?:\s[vV]?\d+(?:\.\d+)*(?![\w%]|\.\w)|\s[a-z]\d+(?:\.\d+)*(?=\s)|\s\d+[A-Z]\w*(?![\w%]|\.\w)|\s(?!Q[1-4]\b)[A-Z]\d{1,2}(?![\w%]|\.\w)){0,2}"
    r"(?:(?<=\d)\s[A-Z]{2,3}(?![\w.%'’-]))?"  # a tier in capitals after a version: "DALL·E 3 HD"
    r"(?:\s?\[[a-z][\w.-]{0,15}\])?"  # a variant's tag in square brackets: "Flux.1 [dev]"
)
MODEL_SHAPE = re.compile(r"\d|[a-z][A-Z]|[\-‐‑–][A-Z]")
# what may stand between the name and its verb: an aside in brackets, adverbs, "to" ("enable X to surpass"), "is", a
# verb of place before a cue of place ("Medium 3 sitting just below X", "Sky-T1 performs better than X")
# (a possessive first, before a ranking's word: "OpenThaiGPT 1.5’s state-of-the-art performance" is its claim; "X's
# rival beats Y" is no claim of X's)
_BETWEEN = re.compile(
    r"(?:['’]s(?=\s+(?:state-of-the-art|top|best|leading|record|first|highest|#1)\b))?"
    r"(?:\s*\([^()]{0,80}\))?(?:\s+(?:also|further|still|even|now|then|to|is|are|was|were|\w+ly"
    r"|sits|sitting|sat|lands|landing|landed|comes in|coming in|came in|performs|performing|performed))*\s+"
)
# a score quoted by the name's own verb: "hit 90%", "scored 61.7", "reaches 53.3% on AIME"
_SCORED = re.compile(
    r"(?:scor(?:es|ed)|hits?|reach(?:es|ed)|achiev(?:es|ed)|gets|got|posts?|posted|solves|solved|records?|recorded)"
    r"\s+(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,3}?\d",
    re.I,
)
# a name the text defines as a model's: "xLAM is a family of open-source agent models", "Mercury 2 is a diffusion LLM"
# ... also in an apposition ("INTELLECT-3, a 100B+ parameter Mixture-of-Experts model", "Spark v3.5, an AI model that";
# not "..., the model is": the subject of what follows); a word of the kind may hold a version, any dash or an acronym
# in brackets ("a 560 billion‑parameter Mixture‑of‑Experts (MoE) model", "a sub-2B Apache 2.0 vision-language model")
_DEFINED = re.compile(
    r"(?:\s+(?:is|was)\s+(?:a|an|the)|\s*,\s+(?:a|an))\s+(?:[\w.+()‐‑–-]+,?\s+){0,5}?"
    r"(?:models?|llms?|famil(?:y|ies)|series|suite)\b",
    re.I,
)
# ... said of a word with no model's shape: "Zorb is the leading open model", "Zorb was a 7B model" (no preposition
# between: "Yesterday was the best day for open models" calls the day no model)
_CALLED = re.compile(
    r"\s+(?:is|was)\s+(?:a|an|the)\s+(?:(?!(?:for|of|in|on|with|to|from|by|at|among)\b)[\w.+()‐‑–-]+\s+){0,5}?"
    r"(?:models?|llms?)\b",
    re.I,
)
# words that head such a clause and are no name: pronouns, days
_NOT_NAMES = frozenset(
    "it he she we they ours mine yours theirs nothing everything something anything one each another everyone none "
    "all both either neither which what who there here today yesterday tomorrow".split()
)
# a verb right after a name at the head of its clause: "K2-Think is a reasoning system", "Hermes 4 showed a result",
# "K2-THINK stands out as", its size in brackets between ("HiDream-O1 (8B) achieves"); the name is the clause's subject,
# whatever comes after
_VERB_AFTER = re.compile(
    r"(?:\s*\(\s*\d+(?:\.\d+)?[BMKT]\+?\s*\))?\s+(?:(?:also|still|now|then|even|\w+ly)\s+)*"
    r"(?:is|was|are|were|has|had|[a-z]{3,}(?:s|ed))\b"
)
# an aside set between commas right after a name: "XTTS v2, with its 467M parameters and ..., places second"
_ASIDE = re.compile(r",\s+(?:with|a|an|the|which|who|trained|built|released|developed)\b(?:[^,;:()]|,(?=\d)){0,120},")


def _aside_end(clause: str, end: int) -> int:
    """Where the verb after a name may start: past an aside between commas right after it."""
    m = _ASIDE.match(clause, end)
    return m.end() if m else end


# the head of a clause: its start, just after a comma ("In complex mathematical reasoning, K2-THINK stands out") or
# after a verb of saying or showing and "that" ("Evaluations demonstrate that Agent S2 establishes ...", never "a model
# that Ai2 described as ...": the one who says so)
_SAID_THAT = (
    r"\b(?:shows?|showed|shown|demonstrat(?:e|es|ed)|reveal(?:s|ed)?|claim(?:s|ed)?|reports?|reported|says?|said|"
    r"announc(?:e|es|ed)|finds?|found|suggest(?:s|ed)?|confirm(?:s|ed)?|indicat(?:e|es|ed)|notes?|noted|proves?|proved|"
    r"states?|stated|boast(?:s|ed)?|highlight(?:s|ed)?|argues?|argued|believes?|believed|concludes?|concluded)\s+that\s"
)
_HEAD = re.compile(r"(?:^|,|" + _SAID_THAT + r")\s*(?:the\s+)?$", re.I)
# one or two capitals and digits alone is a quarter, a chip or a precision ("Q3", "H100", "FP8"); a month and a day
_NOT_SHAPED = re.compile(
    r"[A-Z]{1,2}\d+|(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Table|Figure|Fig|Section|Chapter|Step|Part|Version|Phase|Stage)"
    r"\b(?![\-‐‑–]).*"  # ("Step 2", "Table 3"; a name with a dash after the word is a name: "Step-Audio 2")
)


# where a benchmark's name goes: "on SciCode", "across MathVista", "such as InfoVQA"
_PLACE_OF_BENCHMARK = re.compile(r"\b(?:on|in|at|across|including|like|such as)\s+(?:the\s+)?$", re.I)


# what may stand between a cue and its objects: "ahead of both X", "beats even X", "surpasses rivals like X"
_TO_OBJECT = re.compile(
    r"\s+(?:(?:both|even|also|rivals?|competitors?|models?)\s+)?(?:(?:like|such as|including)\s+)?$", re.I
)
# what joins the objects of a cue: "X and Y", "X, Y, and Z"
_JOINED = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|or|&)\s+)$")
_JOIN = re.compile(r"\s*,\s*(?:and\s+)?|\s+(?:and|or|&)\s+")
# after a cue, a name whose parts after a space are a model's: a version with "v" ("Spark v3.5"), a letter and digits
# ("b1.58"), a size ("2B4T", "8x22B"); a plain number after a word may name anything ("Windows 11", "Python 3.12",
# "iPhone 15 Pro", "Table 2")
_MODEL_PARTS = re.compile(r"\S+(?:\s(?:[vV]\d|[a-z]\d|(?:\d+x)?\d+(?:\.\d+)?[BMKT])\S*)+")


def _object_of_cue(clause: str, start: int, end: int, ends: set[int], named: list[Mention]) -> bool:
    """Whether a name at start..end is one of a cue's objects listed with a model's name: "ahead of both Opus 4.7 and
    GPT-5.5", "beats GPT-5.5 and Opus 4.7" (a lone object, "to surpass Large 2", may be any capitalised word and
    number)."""
    by_end = {m.end: m for m in named if m.kind == "model"}
    ahead = _JOIN.match(clause, end)
    at = start
    if not (ahead and any(m.kind == "model" and m.start == ahead.end() for m in named)):
        joined = _JOINED.search(clause, 0, at)
        if not (joined and joined.start() in by_end):
            return False
    while True:
        joined = _JOINED.search(clause, 0, at)
        before = by_end.get(joined.start()) if joined else None
        if before is None:
            break
        at = before.start
    return _after_cue(clause, at, ends)


def _after_cue(clause: str, start: int, ends: set[int]) -> bool:
    """Whether a name at `start` is a cue's first object: "trails Spark v3.5", "beats even Spark v3.5"."""
    lead = _TO_OBJECT.search(clause, 0, start)
    return lead is not None and lead.start() in ends


# where a sentence introduces a model it names by shape alone, as its antecedent for "it" or "the model" in the next:
# heading the sentence with a verb or an apposition after it ("Mercury 2 breaks that tradeoff", "QwQ, a reasoning
# model, boasts ..."), or right after the word "model" ("the multimodal large language model NVLM 1.0")
# (a copula only where it says what the name is, or before a verb: "UI-TARS was trained ..."; "Windows 11 is popular"
# introduces no model)
_INTRODUCED_AFTER = re.compile(
    r"(?:\s*,|\s+(?:is|was))\s+(?:a|an|the|our|its)\s+(?:[\w'‘’-]+\s+){0,5}?"
    r"(?:models?|llms?|mllms?|vlms?|famil(?:y|ies)|series)\b"
    r"|\s+(?:(?:also|still|now|then|even|\w+ly)\s+)*(?:(?:is|was|are|were|has|had|have)\s+)?[a-z]{3,}(?:s|ed|en)\b",
    re.I,
)
_MODEL_NOUN_BEFORE = re.compile(r"\b(?:models?|LLMs?|MLLMs?|VLMs?|versions?|variants?|checkpoints?)\s*,?\s+$")
# ... or, capitalised with a version, before it with a few words of what kind between ("its Xinghuo X1 reasoning
# model had matched o1", "Alibaba's Wan 2.1 video generation model achieved"; not "The fine-tuned-7b model", nor
# "Acme's Zorbo 3 model", which may be a product's model as well as a language model's); never
# across a word that joins or compares ("Windows 11 and other models") nor a size's ("Tülu 3 405 billion-parameter
# large language model" is no "Tülu 3 405")
_MODEL_NOUN_AFTER = re.compile(
    r"(?:\s+(?!(?:and|or|of|with|than|to|in|on|at|for|by|vs|versus|from|like|other|the|a|an|its|their|is|was|are"
    r"|billion|million|trillion|thousand|parameters?)\b)[a-z][a-z-]*){1,3}\s+(?:model|llm)\b(?!-)"
)
# ... not where "a" opens the phrase: the name then says what kind ("a sub-2B-parameter Apache 2.0 vision-language model"
# names a licence)
_A_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[\w.+‐‑–-]+\s+){0,3}$", re.I)
# a follower in an order of places: "X is the highest-ranked model, followed closely by Stable Diffusion 3"
_FOLLOWER = re.compile(r"\bfollowed\s+(?:(?:closely|narrowly|distantly)\s+)?by\s+(?:[A-Z][\w.-]*['’]s\s+)?$", re.I)


class ShapedNames:
    """Model names the catalog lacks, read by their shape and their place before a cue (a part of `Names`)."""

    # the starts of the lexicon's cues in a text; set by the extractor that owns the cues (none: nothing is read here)
    cue_starts: Callable[[str], list[int]] | None = None
    cue_ends: Callable[[str], list[int]] | None = None  # ... and where they end
    win_ends: Callable[[str], list[int]] | None = None  # ... where the cues of a win end ("surpasses", "beats")

    brandless: set[str] = set()  # (`Names` reads them from the catalog)

    def _shaped(self, clause: str, named: list[Mention]) -> list[Mention]:
        if self.cue_starts is None:
            return []
        spans = Spans.of(named)
        starts: set[int] | None = None  # the cues are found only for a text with a name of that shape (most have none)
        ends: set[int] | None = None
        out = []
        for m in _SHAPE.finditer(clause):
            text = m.group(0).rstrip(".")
            end = m.start() + len(text)
            # (a word of no model's shape, where the clause says what it is: "Zorb is a 7B open model")
            called = not MODEL_SHAPE.search(text) and _CALLED.match(clause, end) is not None
            if not (MODEL_SHAPE.search(text) or called) or _NOT_SHAPED.fullmatch(text) or BENCHLIKE.fullmatch(text):
                continue
            word = re.split(r"[\s\-‐‑–]", text)[0].casefold()
            if (
                word in LEADING
                or word in self.developers
                or word in self.not_model_words
                or (called and word in _NOT_NAMES)
            ):
                continue
            if spans.overlaps(m.start(), end) or re.fullmatch(r"\d+(?:\.\d+)?[BMKT]?", text):
                continue
            if _PLACE_OF_BENCHMARK.search(clause, 0, m.start()) and not MODELS_LISTED.search(clause, 0, m.start()):
                continue  # "scores 59.8 on SciCode ahead of X": a benchmark's place, not a model's
            if starts is None:
                starts = set(self.cue_starts(clause))
            placed, head, at, defined = self._place(clause, m.start(), end, starts)
            # ("models such as WhisperV3 and SeamlessM4T-v2-Large": listed as models, whatever comes after)
            placed = placed or MODELS_LISTED.search(clause, 0, m.start()) is not None
            if not placed and not head:
                if ends is None:
                    ends = set(self.cue_ends(clause)) if self.cue_ends is not None else set()
                # ... where its first word is one a catalog name has after its brand ("Opus 4.7" beside Claude Opus 4;
                # "Atlas 9" may be anything)
                listed = word in self.brandless and _object_of_cue(clause, m.start(), end, ends, named + out)
                # ... or where its parts are a model's, a cue's object alone or listed ("DeepSeek-V3.2 trails Spark
                # v3.5", "beats GPT-4o and Spark v3.5"), as it is read before a cue
                parts = _MODEL_PARTS.fullmatch(text) is not None and (
                    _after_cue(clause, m.start(), ends) or _object_of_cue(clause, m.start(), end, ends, named + out)
                )
                # ... or where it is another version of a model the clause names, its first word the same ("Seedream 3.0
                # improves over Seedream 2.0", "Boltz-2 ... over Boltz-1"): a cue's object alone or listed (never a
                # platform's: "Windows 11 outperforms Windows 10")
                kin = {re.split(r"[\s\-‐‑–]", n.text)[0].casefold() for n in named + out if n.kind == "model"}
                sibling = (
                    word in kin
                    and word not in _NOT_BENCH
                    and (
                        _after_cue(clause, m.start(), ends) or _object_of_cue(clause, m.start(), end, ends, named + out)
                    )
                )
                if not (listed or parts or sibling):
                    continue
                at = m.start()
            close = identity.closest(self.model_names, text)
            how = f"{text!r} is not in the catalog" + (f" (closest: {', '.join(close)})" if close else "")
            if at == m.start():  # "ahead of both Opus 4.7 and GPT-5.5": among the objects of a cue
                how += " (read as a model's name by its shape and its place after a cue)"
            elif head:
                how += " (read as a model's name by its shape and its place as its clause's subject)"
            else:
                place = clause[end : defined.end()].strip() if defined else clause[at : at + 20].split()[0]
                how += f" (read as a model's name by its shape and its place before '{place}')"
            out.append(Mention("model", text, m.start(), end, text, how, catalogued=False))
        return out

    def _place(self, clause: str, start: int, end: int, starts: set[int]) -> tuple[bool, bool, int, re.Match | None]:
        """Whether a name at start..end stands where a model's does: right before a cue, a quoted score or "is a ...
        model" (placed), or heading its clause with a verb after it and a cue later (head); with where the word after it
        starts and the definition, for the review note."""
        between = _BETWEEN.match(clause, end)
        at = between.end() if between else end
        defined = _DEFINED.match(clause, end)
        placed = at in starts or _SCORED.match(clause, at) is not None or defined is not None
        # ("the AI model Xinghuo 3.5", "this massive-scale version HiDream-O1-Pro", "ElevenLabs’ newest model, Scribe v2,
        # ..."): a name right after the word "model" or "version", or set beside it, is a model's)
        placed = placed or _MODEL_NOUN_BEFORE.search(clause, 0, start) is not None
        noun = None
        if (
            not placed
            and clause[start].isupper()
            and re.search(r"\d", clause[start:end])
            and not _A_BEFORE.search(clause, max(0, start - 80), start)
        ):
            noun = _MODEL_NOUN_AFTER.match(clause, end)
        placed = placed or noun is not None
        placed = placed or _FOLLOWER.search(clause, max(0, start - 40), start) is not None
        # (with a cue after it: "Windows 11 is a popular operating system" calls nothing a model)
        head = (
            not placed
            and _HEAD.search(clause, 0, start) is not None
            and _VERB_AFTER.match(clause, _aside_end(clause, end)) is not None
            and any(c > end for c in starts)
        )
        return placed, head, at, defined or noun

    def introduced(self, sentence: str, named: list[Mention]) -> str | None:
        """A name of a model's shape that a sentence introduces, where it names no other model (`_INTRODUCED_AFTER`):
        what a pronoun in the next sentence may stand for, never a claim's name by itself."""
        spans = Spans.of(named)
        for m in _SHAPE.finditer(sentence):
            text = m.group(0).rstrip(".")
            end = m.start() + len(text)
            if not MODEL_SHAPE.search(text) or _NOT_SHAPED.fullmatch(text) or BENCHLIKE.fullmatch(text):
                continue
            word = re.split(r"[\s\-‐‑–]", text)[0].casefold()
            if (
                word in LEADING
                or word in self.developers
                or word in self.not_model_words
                or spans.overlaps(m.start(), end)
            ):
                continue
            at_head = _HEAD.search(sentence, 0, m.start()) is not None and _INTRODUCED_AFTER.match(sentence, end)
            if at_head or _MODEL_NOUN_BEFORE.search(sentence, 0, m.start()):
                return text
        return None

    def in_place(self, clause: str, start: int, end: int) -> bool:
        """A name at start..end stands where a model's does (`_place`); never without the lexicon's cues."""
        if self.cue_starts is None:
            return False
        placed, head, _, _ = self._place(clause, start, end, set(self.cue_starts(clause)))
        return placed or head
