"""Scores as every message prints them: with the decimals their source printed, never a number that is not zero as
zero, whole numbers on whole-number scales. The judge's reasons and the report's pages share these, so a reason and
the table beside it print one score alike."""

from __future__ import annotations


def fixed(x: float, digits: int) -> str:
    """`x` with `digits` decimals, or more where those would print a number that is not zero as zero: a difference
    of -0.015 between two Elo ratings is "-0.02", not "-0.0" beside a loss, and a P(top 1) of 0.0019 is "0.002",
    not "0.00"; zero is printed without a sign, never "-0.0"."""
    if x == 0:  # -0.0 too
        return f"{0.0:.{digits}f}"
    text = f"{x:.{digits}f}"
    while float(text) == 0 and digits < 12:
        digits += 1
        text = f"{x:.{digits}f}"
    return text if float(text) != 0 else f"{x:.1e}"


# scales whose scores are whole numbers as published (a Codeforces rating of 954, a count of 12): a page
# printing "954.0" shows a decimal no source printed
WHOLE_KINDS = frozenset({"rating", "elo", "count"})


def whole(benchmark) -> bool:
    """Whether a catalog benchmark's scores are printed as whole numbers where they are whole."""
    return getattr(benchmark, "metric_kind", None) in WHOLE_KINDS


def decimals(x: float | None, whole: bool = False) -> int:
    """The decimals a published score is printed with: as many as the source gave, one to three (none
    for a whole number on a whole-number scale); from 1000 up, none for a whole number and one otherwise
    (MME's 2163.8 is not "2164", an Elo of 1417.109 is 1417.1)."""
    if x is None:
        return 0
    if abs(x) >= 1000:
        return 0 if float(x).is_integer() else 1
    if whole and float(x).is_integer():
        return 0
    for digits in (1, 2):
        if abs(round(x, digits) - x) < 1e-9:
            return digits
    # 999.9996 rounds to 1000.000: printed as a score from 1000 up is ("1000"), not with three zeros after it
    return 3 if abs(round(x, 3)) < 1000 else decimals(round(x, 3), whole)


def score(x: float | None, whole: bool = False) -> str:
    """A published score as the pages print it: one decimal as `num` does, more where the source printed
    more (bits per byte 0.548 against 0.542 is not "0.5 against 0.5"), at most three; from 1000 up, one
    decimal where the value has any (a sum of subscores 2163.8 against 2148.9 is not "2164 against 2149"),
    none for a whole number, nor for a whole number where `whole` says the scale is of whole numbers (a
    rating of 954)."""
    if x is None:
        return "–"
    return fixed(x, decimals(x, whole))
