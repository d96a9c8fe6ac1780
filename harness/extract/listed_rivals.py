"""Rivals listed as models after a win, whatever their shape: "outperforming larger models including TabPFN-TS (Prior
Labs), Chronos Bolt (Amazon), TimesFM (Google), and Moirai (Salesforce)", "improvements over leading baseline agents
such as Claude Computer Use and UI-TARS". A name with no digit and no capital inside ("Moirai", "Chronos Bolt") is no
model's by its shape; here the text says what it is: it is listed after "models such as", "systems like", "agents
including", after a cue of a win. Each is a rival kept as written (uncatalogued, with the closest catalog names and a
review note); the readers of names with a shape read the others as before.

Only where a model is named before the win, as its subject: where none is ("The 14B version outperformed models such
as ..."), a listed name would be taken for the subject of the clause's other cues and scores.

The list goes on while its items are capitalised names of one to three words, each perhaps with its maker in brackets
("TimesFM (Google)"), joined by commas and "and"; a word that opens a clause or names a maker, a family of the catalog or
the lexicon's (a family alone stays a family: "GPT-4, Gemini and X"), or a benchmark ends it.
"""

from __future__ import annotations

import re

from harness.evidence import identity
from harness.extract.mentions import LEADING, Mention, Spans

# the word that says the list is of models, and the word that opens it
_LISTED = re.compile(
    r"\b(?:models?|llms?|systems?|agents?|rivals|competitors|baselines?|solutions|alternatives)[\s,—–-]+"
    r"(?:such\s+as|like|including|e\.g\.,?)\s+",
    re.I,
)
_ITEM = re.compile(r"[A-Z][\w.+·\-‐‑–]*(?:\s+[A-Z0-9][\w.+·\-‐‑–]*){0,2}")
_BRACKET = re.compile(r"\s*\([^()]{1,40}\)")
_JOIN = re.compile(r"\s*,\s*(?:and\s+|or\s+|&\s+)?|\s+(?:and|or|&)\s+")


def listed_rivals(names, clause: str, named: list[Mention]) -> list[Mention]:
    """The names listed as models after a win's cue that no other reader took: uncatalogued rivals, as written.
    `names` is the extractor's `Names` (its `win_ends` finds the cues of a win); `named` the clause's names (models and
    benchmarks) found so far."""
    leads = list(_LISTED.finditer(clause))
    win_ends = names.win_ends(clause) if leads and names.win_ends is not None else []
    if not win_ends:
        return []
    taken = Spans.of(named)
    stop = LEADING | names.developers | names.families | names.not_model_words
    out = []
    for lead in leads:
        wins = [end for end in win_ends if end <= lead.start()]
        if not wins:
            continue  # ("... models such as X" before any win: no rivals)
        if not any(m.kind == "model" and m.end < min(wins) for m in named):
            # no winner named before the win ("The 14B version outperformed models such as A, B and C ..."): a rival
            # read here would be taken for the subject of what follows
            continue
        at = lead.end()
        while True:
            item = _ITEM.match(clause, at)
            if item is None:
                break
            text = item.group(0).rstrip(".,")
            start, end = item.start(), item.start() + len(text)
            covered = taken.overlaps(start, end)
            if not covered:
                words = text.split()
                # (a family's word with words of its own is a name: "Claude Computer Use"; alone it stays a family)
                first = words[0].casefold()
                if first in stop - names.families or (first in names.families and len(words) < 2):
                    break
                close = identity.closest(names.model_names, text)
                how = f"{text!r} is not in the catalog" + (f" (closest: {', '.join(close)})" if close else "")
                how += f" (read as a model's name by its place in a list after '{lead.group(0).strip()}')"
                out.append(Mention("model", text, start, end, text, how, catalogued=False))
            else:
                # a name another reader took ("TabPFN-TS"): the list goes on after it
                end = max(m.end for m in named if m.start < end and start < m.end)
            bracket = _BRACKET.match(clause, end)
            end = bracket.end() if bracket else end
            join = _JOIN.match(clause, end)
            if join is None:
                break
            at = join.end()
    return out
