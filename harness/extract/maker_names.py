"""A maker's product named with the maker's word before it: "OpenAI Deep Research peaks at 74%", "When benchmarked
against OpenAI's Whisper tiny.en, ...". The product's own words have no model's shape (no digit, no capital inside a
word) and start no family the catalog or the lexicon knows, so no other reader takes them for a name; the maker's word
in front is what says they are one. The backstop reads these as model-like names, so that such a sentence is never
silent; as a win's object ("has surpassed OpenAI's Sora") one is a rival the draft keeps as written (`maker_objects`,
read with the names the catalog lacks). A family's word after the maker's ("Google's Gemini") is the name readers'.

With a possessive ("OpenAI's Whisper") the product is named after it, as people cite it ("Whisper"); without one, the
maker's word is part of what is written ("OpenAI Deep Research"). A lower-case variant with a dot or a digit after the
product's words is part of it ("Whisper tiny.en"). Never a name where the words after the maker's are a company's, a
lab's or a team's ("Microsoft Research", "Meta AI", "Hugging Face"), nor words that open a clause ("Google In ...").
"""

from __future__ import annotations

import re

from harness.evidence import identity
from harness.extract.mentions import LEADING, Mention, Spans
from harness.extract.shaped_names import _after_cue, _object_of_cue

# words that, after a maker's, name the maker's own parts, not a product
MAKERS_WORDS = frozenset(
    "ai research labs lab inc corp team teams group cloud foundation university face web services store app apps "
    "blog paper papers researchers engineers ceo cto".split()
)
# hardware a maker sells ("NVIDIA RTX 5090", "Google TPU v5", "Apple M4"): no model
_HARDWARE = frozenset(
    "rtx gtx geforce quadro tesla dgx hgx jetson blackwell hopper ampere rubin grace tpu tpus gpu gpus cpu cpus npu "
    "xeon epyc ryzen instinct gaudi trainium inferentia snapdragon pixel iphone ipad mac macbook galaxy surface".split()
)
# the maker's word (and its possessive) right before a product's words
_MAKER_START = re.compile(r"[A-Z][\w-]*(?:['’]s)?\s+$")
_CHIP = re.compile(r"[A-Z]{1,2}\d+\w*")  # "H100", "M4", "A17": a chip's shape
_MAKER_THEN = re.compile(
    r"(?<![\w.+-])([A-Z][\w-]*)(['’]s)?\s+"
    r"([A-Z][\w+-]*(?:\s+[A-Z][\w+-]*){0,2}(?:\s+[a-z]+\.[a-z]+|\s+[a-z]*\d[\w.-]*)?)(?![\w+-])"
)


def maker_products(names, sentence: str) -> list[tuple[int, int, str]]:
    """The products named by a maker's word and their own in the sentence: (start, end, name as cited). `names` is the
    extractor's `Names` (its developers, families and words that are no model's)."""
    stop = LEADING | names.developers | names.not_model_words | MAKERS_WORDS
    out = []
    for m in _MAKER_THEN.finditer(sentence):
        first = m.group(3).split()[0]
        if m.group(1).casefold() not in names.developers or first.casefold() in _HARDWARE or _CHIP.fullmatch(first):
            continue
        if first.casefold() in names.families:
            continue  # "Google's Gemini", "Google Gemini's 1.5 Pro": a family's word, which the name readers read
        # (the product's words stop at the first that is no product's: "OpenAI Whisper And ..." is "Whisper"; a word of
        # a lab's stops it only first: "Microsoft Research" is the lab, "OpenAI Deep Research" a product)
        end = m.start(3)
        for n, word in enumerate(re.finditer(r"\S+", m.group(3))):
            if word.group(0).casefold() in (stop if n == 0 else stop - MAKERS_WORDS):
                break
            end = m.start(3) + word.end()
        if end == m.start(3):
            continue
        start = m.start(3) if m.group(2) else m.start(1)
        out.append((start, end, sentence[start:end]))
    return out


def maker_objects(names, clause: str, named: list[Mention], ends: set[int]) -> list[Mention]:
    """The makers' products that are a cue's objects, alone or listed with models ("Wan 2.1 has surpassed OpenAI's
    Sora", "outperforms GPT-4o and Google's Veo"): rivals the text names, kept as written (uncatalogued, with the
    closest catalog names), never a subject. `names` is the extractor's `Names`; `named` the clause's model names."""
    taken = Spans.of(named)
    out = []
    for start, end, text in maker_products(names, clause):
        maker = _MAKER_START.search(clause, 0, start)  # the object starts at the maker's word: "surpassed OpenAI's"
        first = maker.start() if maker and maker.end() == start else start
        if taken.overlaps(first, end):
            continue
        if not (_after_cue(clause, first, ends) or _object_of_cue(clause, first, end, ends, named + out)):
            continue
        close = identity.closest(names.model_names, text)
        how = f"{text!r} is not in the catalog" + (f" (closest: {', '.join(close)})" if close else "")
        how += f" (read as a model's name by its maker's word before it, '{clause[first:start].strip()}', after a cue)"
        out.append(Mention("model", text, first, end, text, how, catalogued=False))
    return out
