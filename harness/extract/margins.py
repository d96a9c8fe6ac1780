"""The gap a claim states: a win "by more than 5 points" (a margin) and a match "within 2 points" (a tolerance).

Drafted as a bare win, "beats X by more than 5 points" was supported by a 0.1-point lead the text never claimed;
drafted with the default tolerance of 1 point, "within 2 points of X" was refuted by a 1.5-point gap it allows.
"""

from __future__ import annotations

import re

from harness.extract.found import Found

_UNIT = r"(?:percentage[- ]points?|points?|pts\b\.?|pp\b)"
_NUMBER = r"(\d+(?:\.\d+)?)"
# "by 3 points", "by more than 5 points", "by nearly 4 pp"
_BY = re.compile(
    r"(?<![\w-])by\s+(?:(more than|over|at least|upwards of|nearly|almost|about|around|roughly|approximately|some|~)\s*)?"
    + _NUMBER + r"\s*" + _UNIT,
    re.I,
)  # fmt: skip
# the numbers listed after the first ("by 2 points on GPQA and 4 points on MMLU"): each benchmark's own margin
_LISTED = re.compile(r"(?<![\w.-])" + _NUMBER + r"\s*" + _UNIT, re.I)
_WITHIN = re.compile(
    r"(?<![\w-])within\s+(?:(about|around|roughly|approximately|~)\s*)?" + _NUMBER + r"\s*" + _UNIT, re.I
)
_AT_LEAST = ("more than", "over", "at least", "upwards of")


def read_gap(clause: str, f: Found) -> None:
    """Set a win's margin or a match's tolerance from the gap the clause states, with a review note saying how."""
    if f.kind == "outperforms":
        _margin(clause, f)
    elif f.kind == "matches":
        _tolerance(clause, f)


def _margin(clause: str, f: Found) -> None:
    found = _BY.search(clause)
    if not found:
        return
    said = found.group(0)
    values = [found.group(2)] + [m.group(1) for m in _LISTED.finditer(clause, found.end())]
    if len({float(v) for v in values}) > 1:
        f.review.append(
            f"'{said}': the margins differ by benchmark ({', '.join(values)}); no margin drafted: split the claim per "
            "benchmark to check each"
        )
        return
    word = (found.group(1) or "").lower()
    if word and word not in _AT_LEAST:
        f.review.append(f"'{said}': an approximate gap; no margin drafted (a win by any gap is checked)")
        return
    n = float(found.group(2))
    if word:
        f.margin = n
        f.review.append(f"'{said}': margin {n:g}")
        return
    # a gap printed as a whole number (or to d decimals) is any gap that rounds to it: from half a unit below
    f.margin = round(n - _half_unit(found.group(2)), 6)
    f.review.append(f"'{said}': margin {f.margin:g} (a gap printed as {found.group(2)} rounds from {f.margin:g})")


def _tolerance(clause: str, f: Found) -> None:
    found = _WITHIN.search(clause)
    if not found:
        return
    n = float(found.group(2))
    if found.group(1):
        f.review.append(f"'{found.group(0)}': an approximate gap; tolerance {n:g} as written")
    f.tolerance = n


def _half_unit(printed: str) -> float:
    decimals = len(printed.split(".")[1]) if "." in printed else 0
    return 0.5 * 10**-decimals
