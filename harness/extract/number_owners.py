"""Who owns a quoted number that no name right beside it gives (`cues.Cues.scores` reads each number, its benchmark and
the owner a name beside it gives): two numbers set against each other ("84.8% vs 88.7%"), and numbers listed in the
order of the names before them ("A and B score 75% and 85%", "..., respectively"). A row is (owner, benchmark, value,
position); an owner left None is the clause's subject's, given by the caller.
"""

from __future__ import annotations

import re

from harness.extract.names import Mention


def set_against(
    clause: str, models: list[Mention], out: list[tuple], other: str | None, cue_end: int | None = None
) -> list[tuple]:
    """The rows with the owners of numbers set against each other read. `other`: the model the text is about, the
    owner of the second of two such numbers where the clause names one model; `cue_end`: where the clause's first cue
    ends."""
    # "X trails Y on MMLU (84.8% vs 88.7%)": two loose numbers set against each other, owners in mention order
    loose = [row for row in sorted(out, key=lambda t: t[3]) if row[0] is None]
    if len(loose) == 2 and re.match(
        r"\s*(?:%|percent|per\s?cent)?\s*(?:vs\.?|versus|to)\s", _after_number(clause, loose[0][3]), re.I
    ):
        owners = list(dict.fromkeys(x.id for x in models if x.end <= loose[0][3]))
        if len(owners) == 1 and len(models) == 1 and cue_end is not None and cue_end <= models[0].start:
            # "it matches GPT-4o on MMLU-Pro (82.4% vs 82.1%)": the one model named is the one compared with, after the
            # cue; the first number is the clause's subject's, whom the caller reads ("it"), the second the model's
            out = [(owners[0], *row[1:]) if row is loose[1] else row for row in out]
        elif len(owners) == 1 and len({x.id for x in models}) == 1 and other and other != owners[0]:
            owners.append(other)  # "the only place o1-preview wins is GPQA (73.3% vs 71.5%)": the other is R1
        if len(owners) == 2:
            fixed = {row[3]: (o, row[1], row[2], row[3]) for row, o in zip(loose, owners)}
            out = [fixed.get(row[3], row) for row in out]
    elif (
        len(loose) == 1
        and other
        and re.match(r"\s*(?:%|percent|per\s?cent)?\s*(?:vs\.?|versus)\s", _after_number(clause, loose[0][3]), re.I)
        and not any(x.end <= loose[0][3] for x in models)
    ):
        # "MATH: 80.4% vs GPT-4o at 76.6%": set against a named model's number, the first is the text's model's
        against = {row[0] for row in out if row[0] is not None and row[3] > loose[0][3]}
        if against and other not in against:
            out = [(other, *row[1:]) if row is loose[0] else row for row in out]
    elif len(loose) == 1 and re.search(
        r"\d\s*(?:%|percent|per\s?cent)?\s*(?:vs\.?|versus)\s*$", clause[: loose[0][3]], re.I
    ):
        # "X outperformed Y, scoring ~16% versus 9.9%": set against a number not read as a score (approximate), the
        # number after "versus" is the second model's, as it would be were both read
        owners = list(dict.fromkeys(x.id for x in models if x.end <= loose[0][3]))
        if len(owners) == 2:
            out = [(owners[1], *row[1:]) if row is loose[0] else row for row in out]
    return out


def in_order(clause: str, models: list[Mention], out: list[tuple]) -> list[tuple]:
    """The rows with the owners of numbers listed in the order of the names before them read."""
    # "below o1 and DeepSeek R1, which scored 83.3% and 79.8% respectively": owners in order; so too where the
    # numbers follow the names' verb ("GPT-4o and o1 score 75% and 85%")
    loose = [row for row in sorted(out, key=lambda t: t[3]) if row[0] is None]
    if len(loose) >= 2:
        named_before = [x for x in models if x.end <= loose[0][3]][-len(loose) :]
        if re.search(r"\brespectively\b", clause) or _listed_with_theirs(clause, named_before, loose):
            owners = [x.id for x in named_before]
            if len(owners) == len(loose) and len(set(owners)) == len(owners):
                fixed = {row[3]: (o, row[1], row[2], row[3]) for row, o in zip(loose, owners)}
                out = [fixed.get(row[3], row) for row in out]
    return out


def _listed_with_theirs(clause: str, names: list[Mention], loose: list[tuple]) -> bool:
    """Whether names listed as the clause's subject are followed by their verb and as many numbers listed in the same
    order: "GPT-4o and o1 score 75% and 85%", "A, B and C reach 70%, 75% and 80%"."""
    if (
        len(names) != len(loose)
        or clause[: names[0].start].strip()[-1:] not in ("", ",")
        or any(
            not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+|&\s*)", clause[a.end : b.start])
            for a, b in zip(names, names[1:])
        )
    ):
        return False
    verb = r"\s+(?:(?:each|both|all)\s+)?(?:scor\w*|reach\w*|achiev\w*|post\w*|gets?|got|hits?|record\w*)?\s*"
    numbers = r"(?:[a-z]+\s+)?(?:[\d.,]+\s*(?:%|\s?percent|\s?points)?\s*(?:,\s*(?:and\s+)?|and\s+))+"
    return bool(
        re.fullmatch(verb, clause[names[-1].end : loose[0][3]], re.I)
        and not re.match(r"(?:with|at)\b", clause[loose[0][3] :], re.I)  # "beats A and B with 80%": the subject's
        and re.fullmatch(numbers, clause[loose[0][3] : loose[-1][3]], re.I)
    )


def _after_number(clause: str, at: int) -> str:
    """The text after the number that starts at `at`."""
    m = re.match(r"\d[\d.,]*", clause[at:])
    return clause[at + (m.end() if m else 0) :]
