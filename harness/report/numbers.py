"""Numbers as the pages print them: scores with the decimals their source printed, differences, p-values and
intervals (markdown and HTML alike)."""

from __future__ import annotations

from harness.judge.results import Comparison


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


def num(x: float | None, digits: int = 1) -> str:
    """A number as the pages print it: one decimal (`digits`), none from 1000 up, a dash when missing; a number
    that is not zero is never printed as zero (see `fixed`)."""
    if x is None:
        return "–"
    return fixed(x, digits) if abs(round(x, digits)) < 1000 else f"{x:.0f}"


def times(factor: float) -> str:
    """How many times the items a comparison would need, as a reader takes it in: one decimal below 10 ("1.5"),
    whole from 10 ("84"), with thousands separated ("739,988"); a tenth of a percent of 739987.9 is noise,
    not a figure to publish."""
    return f"{factor:.1f}" if factor < 9.95 else f"{factor:,.0f}"


# scales whose scores are whole numbers as published (a Codeforces rating of 954, a count of 12): a page
# printing "954.0" shows a decimal no source printed
WHOLE_KINDS = frozenset({"rating", "elo", "count"})


def whole(benchmark) -> bool:
    """Whether a catalog benchmark's scores are printed as whole numbers where they are whole."""
    return getattr(benchmark, "metric_kind", None) in WHOLE_KINDS


def _digits(x: float | None, whole: bool = False) -> int:
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
    return 3 if abs(round(x, 3)) < 1000 else _digits(round(x, 3), whole)


def score(x: float | None, whole: bool = False) -> str:
    """A published score as the pages print it: one decimal as `num` does, more where the source printed
    more (bits per byte 0.548 against 0.542 is not "0.5 against 0.5"), at most three; from 1000 up, one
    decimal where the value has any (a sum of subscores 2163.8 against 2148.9 is not "2164 against 2149"),
    none for a whole number, nor for a whole number where `whole` says the scale is of whole numbers (a
    rating of 954)."""
    if x is None:
        return num(x)
    return fixed(x, _digits(x, whole))


def delta_text(c, whole: bool = False) -> str:
    """A comparison's difference with the decimals of its more precise score, at least one: 0.548 against
    0.542 differ by 0.006, not "0.0"; an Elo of 1417.109 (printed 1417.1) against 1441 differs by -23.9, not
    by -23.891. Two whole numbers on a whole-number scale (`whole`)
    differ by a whole number: 1691 against 954 by 737, not 737.0. From 1000 up a difference has the one decimal
    a score from 1000 up has, none where neither score has one: MME's 2163.8 against 1086.3 differ by 1077.5, not
    "1078"."""
    if c.delta is None:
        return num(c.delta)
    if (
        whole
        and float(c.delta).is_integer()
        and _digits(c.subject_value, True) == _digits(c.competitor_value, True) == 0
    ):
        return fixed(c.delta, 0)
    digits = max(_digits(c.subject_value), _digits(c.competitor_value))
    if abs(round(c.delta, max(1, digits))) >= 1000:
        return fixed(c.delta, min(digits, 1))
    return fixed(c.delta, max(1, digits))


def share(p: float | None) -> str:
    """A probability (P(top k)) as the pages print it: two decimals, more for one that is not zero but would
    print as 0.00."""
    return "–" if p is None else fixed(p, 2)


def pval(p: float | None) -> str:
    """A p-value as the pages print it."""
    if p is None:
        return "–"
    return "<0.001" if p < 0.001 else f"{p:.3f}"


def interval_text(c: Comparison) -> str:
    """The difference's interval as the pages print it."""
    if c.interval is None:
        return "–"
    return f"{num(c.interval[0])} to {num(c.interval[1])}"
