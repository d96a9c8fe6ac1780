"""Models named as the judge of an evaluation ("when evaluated by humans or using GPT-4", "as judged by GPT-4o",
"with Claude 3.5 Sonnet as the judge"): the tool that scored the answers, never a rival of the claim nor its subject."""

from __future__ import annotations

import re

from harness.extract.mentions import Mention

# the verb of judging and what may stand between it and the judge ("by humans or using", "by")
_JUDGED_BY = re.compile(
    r"\b(?:evaluated|judged|rated|graded|assessed|scored)\s+(?:by|using|with)\s+"
    r"(?:(?:\w+\s+){0,2}?(?:or|and)\s+(?:by\s+|using\s+|with\s+)?)?$",
    re.I,
)
# the judge named first: "using GPT-4 as a judge", "with GPT-4o as the evaluator"
_AS_JUDGE = re.compile(r"\s+as\s+(?:an?|the)\s+(?:\w+\s+)?(?:judge|evaluator|grader|rater)\b", re.I)
_USING = re.compile(r"\b(?:using|with|by)\s+$", re.I)


def rival_models(clause: str, mentions: list[Mention]) -> list[Mention]:
    """The models of `mentions` in the order the clause names them, less those it names as an evaluation's judge."""
    return [
        m
        for m in sorted((m for m in mentions if m.kind == "model"), key=lambda m: m.start)
        if not _JUDGED_BY.search(clause, 0, m.start)
        and not (_USING.search(clause, 0, m.start) and _AS_JUDGE.match(clause, m.end))
    ]
