"""What the cues of one clause share: its names, benchmarks and cues, read once a clause (a long clause has many
cues), and what one cue's claim leaves to the next (the clause's subject as read, the claims drafted so far).

`clause.ClauseReader` makes one `ClauseFacts` per clause; `cue_sides`, `cue_reading` and `pair_drafts` read each cue
against it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from harness.extract.found import Found
from harness.extract.names import Mention


@dataclass
class ClauseFacts:
    """One clause and what its cues share."""

    sentence: str
    text: str  # the clause
    start: int  # where the clause starts in its sentence
    location: str  # "characters 120-184" of the document
    inherited: str | None  # the subject of the sentence's clause before, where this clause goes on with it
    main: str | None  # the model the document is about
    mentions: list[Mention]  # the catalog's names in the clause
    lacking: list[Mention]  # names the catalog lacks, as written
    models: list[Mention]  # the models, in order, less an evaluation's judge ("as judged by X")
    own: list[Mention]  # the benchmarks the clause itself names
    benches: list[Mention]  # those, or where it names none, those carried over from its context
    carried: str  # where `benches` were carried over from ("the sentence", "the text before", ...), or ""
    cues: list[tuple]  # (kind, start, end, extra) of each cue, in order
    scores: list[tuple]  # the scores it quotes (`cues.scores`), less a share of a model's result
    front: re.Match | None  # a fronted comparison ("Compared with GPT-4o, ..."): its models are competitors
    preferred: re.Match | None  # "raters preferred X over Y": the cue and who was preferred
    apposed: dict  # {cue index: the name set beside it}: "trails the best model, X, ..."
    unknown: Callable[[], list[tuple[str, list[str]]]]  # names the catalog does not know, with the closest (lazily)
    # the models' starts and ends, for bisecting; names never overlap, so where the ends are in order so are the starts
    starts: list[int] = field(init=False)
    ends: list[int] = field(init=False)
    in_order: bool = field(init=False)
    hows: list[tuple[str, str]] = field(init=False)  # (model, how its name was read) for the review notes
    where: dict[str, list[int]] = field(init=False)  # the places of each model in `models`
    quote: str = field(init=False)
    said: str = field(init=False)  # the clause as a claim's statement
    # what one cue leaves to the next
    subject: str | None = None  # the clause's subject as read by its last claim
    turned: str | None = None  # the subject of the last claim turned around ("X trails Y": Y), for "as well as Z"
    labelled: dict[str, str] = field(default_factory=dict)  # "[Subject] clause": a subject the clause does not name
    results: list[Found] = field(default_factory=list)
    about: dict[str, bool] = field(default_factory=dict)  # {kind: whether the clause is about results}
    unresolved: list[str] | None = None  # names no catalog entry settles, read once

    def __post_init__(self) -> None:
        self.starts, self.ends = [m.start for m in self.models], [m.end for m in self.models]
        self.in_order = all(a <= b for a, b in zip(self.ends, self.ends[1:]))
        self.hows = list(dict.fromkeys((m.id, m.how) for m in self.models if m.how))
        self.where = {}
        for n, m in enumerate(self.models):
            self.where.setdefault(m.id, []).append(n)
        self.quote, self.said = self.sentence.strip(), self.text.strip()
