"""'Overall' as a claim about the mean: "Overall, GLM-4.5 is ranked at the 3rd place", "ranks third overall". A place
or a win said overall is of the mean over the benchmarks, as one said "on average" (`scope.Scope._mean`); read
benchmark by benchmark, "ranks third overall across 12 benchmarks" asked for third place or better on each of the 12.
A score said overall ("an overall score of 84.7%") is one number already, and a claim on one named benchmark has no
mean to take."""

from __future__ import annotations

import re

from harness.extract.found import Found

# "Overall, X ..." at the head of the sentence (not "Overall scores rose", "Overall accuracy was 91%")
_LEAD = re.compile(r"\s*overall\s*,", re.I)
# "ranks third overall", "is 3rd overall", "#2 overall", "first place overall" (not "the overall top 10", a board's
# category)
_PLACE = re.compile(
    r"\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
    r"(?:\s+place)?\s+overall\b|#\d{1,2}\s+overall\b",
    re.I,
)


def overall(sentence: str, found: list[Found]) -> None:
    """Mark the sentence's rankings and wins said overall as judged on the mean over their benchmarks."""
    said = _LEAD.match(sentence) or _PLACE.search(sentence)
    if said is None:
        return
    for f in found:
        one = isinstance(f.benchmarks, list) and len(f.benchmarks) == 1
        if f.kind == "score" or f.aggregate == "mean" or one:
            continue
        f.aggregate, f.quantifier = "mean", "all"
        f.review = [r for r in f.review if r != "no quantifier stated: read as all"]
        f.review.append(f"'{said.group(0).strip(' ,')}': judged on the mean over the benchmarks (aggregate: mean)")
