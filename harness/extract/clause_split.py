"""Where a sentence's clauses start: the places a new claim may begin (';', 'while', 'but', a concession with
a subject of its own, 'and' before a name with its own verb, a series of verbs, a numbered list's items).
"""

from __future__ import annotations

import re

# a name as the subject of a clause of its own: a capital first ("Gemma 2 9B", "MiniCPM-V 2.6"), or a version in a
# lower-case word ("o1"), with up to three more parts (a word after a space only with a capital or a digit), and a
# setting in brackets ("GPT-5 (high)", "Claude 3.7 Sonnet (thinking)")
_NEXT_NAME = r"(?:[A-Z][\w.+]*|[a-z]+\d[\w.+]*)(?:[\-‐‑–][\w.+]+| [A-Z0-9][\w.+]*){0,3}(?: \([\w .+-]{1,24}\))?"

# a verb of a series ("matches X on A, beats Y on B"): the clause before the comma has one too
# the verbs that end a claim's subject, for "X ranks #5 and Y ranks #7"
# ("... and GPT-5 (high) sits/finishes in second place": a placing is a ranking verb as much as 'ranks')
_CLAIM_VERBS = (
    r"(?:ranks|ranked|leads|led|tops|topped|beats|beat|outperforms|outperformed|surpasses|surpassed|trails|trailed"
    r"|scores|scored|matches|matched|achieves|achieved|reaches|reached|places|placed|sits|sat|comes|came"
    r"|finishes|finished|lands|landed)"
)
_CLAIM_VERB = re.compile(rf"\b{_CLAIM_VERBS}\b")
_SERIES_VERB = re.compile(
    r"\b(?:beats|matches|surpasses|outperforms|exceeds|leads|tops|trails|rivals|scores|scored|edges|achieves|reaches)\b"
)


def clauses(sentence: str) -> list[tuple[int, str]]:
    """Split a sentence where a new claim may start: ';', 'while', 'whereas', 'but', 'and' before a verb, and the
    items of a numbered list ('1) ..., 2) ...')."""
    pattern = (
        r";|,?\s+(?:while|whereas|but)\s+"
        # "beats Y on MMLU, though it trails Z on GPQA": a concession with a subject of its own is a claim of its own,
        # and one that denies ("though not on MATH") covers no benchmark of the claim ("X, though smaller, beats Y"
        # and "though it is smaller" are one claim)
        r"|,\s+(?:even\s+)?(?:though|although)\s+(?=not\b|(?:it|they|the model|this model|[A-Za-z][\w.-]*\d[\w.-]*"
        r"|[A-Z][\w.-]*)\s+(?!is\b|was\b)[a-z])"
        r"|,?\s+(?P<item>\d{1,2}\))\s+"  # "GLM-4 1) rivals GPT-4 ..., 2) gets close to ...": a numbered list's items
        # "X beats Y, and we will test whether Z beats W": the writer (or a person) as the next subject starts a clause
        # of its own, which a hedge or a plan may set aside without the claim before it
        r"|,?\s+and\s+(?=(?:we|I|you|he|she)\s+[a-z])"
        r"|,?\s+and\s+(?:(?P<adverb>even|also|then|still|further)\s+)?(?=(?:[a-z]+ed|surpass\w*|outperform\w*|beat\w*|rank\w*|match\w*|tops?|leads?|is|are|was|has)\b)"
        # "X beats Y, and Z matches W": a name with its own verb after ", and" starts a claim of its own, so that Z is
        # neither Y's fellow competitor nor X's claim ("A, B, and C across the board" stays one list)
        # "matches X on A, beats Y on B, scores 59.8 on C": a series of verbs, each a claim with its own benchmarks
        r"|,\s+(?=(?P<series>beats|matches|surpasses|outperforms|exceeds|leads|tops|trails|rivals|scores|edges)\s)"
        rf"|,\s+and\s+(?=(?:the\s+)?{_NEXT_NAME}\s+(?!(?:across|as|versus|plus|is)\b)(?:[a-z]+(?:s|ed)|beat|led|won|took|held|hit|got)\b)"
        # ... and without the comma where the verb is one that claims ("X ranks #5 and Y ranks #7"; "beats X and Llama
        # models" is one claim)
        # ("... and GLM-4.5 Air is ranked at the 6th": the verb after an auxiliary)
        rf"|\s+and\s+(?P<verbed>)(?=(?:the\s+)?{_NEXT_NAME}\s+(?:(?:is|was|are|were|has\s+been)\s+)?{_CLAIM_VERBS}\b)"
    )
    out, start = [], 0
    for m in re.finditer(pattern, sentence):
        if m.group("item") and sentence.count("(", 0, m.start()) > sentence.count(")", 0, m.start()):
            continue  # "(see table 2)": closes a bracket, no list item
        if m.group("series") and not _SERIES_VERB.search(sentence, start, m.start()):
            continue  # "Phi-4, GPT-4o, beats o1": no verb before the comma, so no series of them
        if m.group("verbed") is not None and not _CLAIM_VERB.search(sentence, start, m.start()):
            continue  # "Nova Micro and Nova Lite outperformed X": a list of subjects, not two claims
        if m.group("adverb") and re.search(r"\b(?:match|rival|equal)\w*[\s,—–-]*$", sentence[: m.start()], re.I):
            continue  # "rivals and even beats X": one one-sided match (the lexicon's), not two claims
        out.append((start, sentence[start : m.start()]))
        start = m.end()
    out.append((start, sentence[start:]))
    return [(a, text) for a, text in out if text.strip()]
