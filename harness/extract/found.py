"""What the extractors find: claims before they are drafted, and claim-like sentences that gave none."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Found:
    """One claim found in a document, before it is written as a draft."""

    quote: str
    location: str
    statement: str
    subject: str | None
    kind: str
    competitors: list[str] = field(default_factory=list)
    benchmarks: object = "shared"
    quantifier: object = "all"
    value: float | None = None
    model: str | None = None  # score: the model the number is quoted for
    # score: the number was written as approximate ("~85%"); matches: the gap stated ("within 2 points"); None: as
    # printed, or no gap stated
    tolerance: float | None = None
    margin: float | None = None  # outperforms: the gap the win is claimed by ("by more than 5 points")
    top: int = 1
    cohort: dict = field(default_factory=dict)
    direction: str = "both"
    strict: bool = False
    aggregate: str = "each"  # "mean": judged on the mean over the benchmarks ("on average")
    review: list[str] = field(default_factory=list)
    unresolved: list[str] = field(default_factory=list)
    uncatalogued: list[str] = field(default_factory=list)  # names kept as written: the draft is not verified

    @property
    def confidence(self) -> float:
        return round(max(0.1, 1.0 - 0.15 * len(self.review) - 0.3 * len(self.unresolved)), 2)


@dataclass
class Candidate:
    """A sentence with a comparison or ranking cue and a model-like name that gave no draft, and why."""

    quote: str
    location: str
    reason: str
    # each name the reason gives with its closest catalog names, so that no suggestion reads as one for another name
    closest_to: list[tuple[str, list[str]]] = field(default_factory=list)

    @property
    def closest(self) -> list[str]:
        """The closest catalog names of every name, in the order the reason gives the names (`--json`'s list)."""
        return [c for _, close in self.closest_to for c in close]

    def as_json(self, document: str) -> dict:
        return {"file": document, "quote": self.quote, "location": self.location, "reason": self.reason,
                "closest": self.closest}  # fmt: skip
