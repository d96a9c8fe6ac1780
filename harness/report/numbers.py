"""Numbers as the pages print them: scores with the decimals their source printed, differences, p-values and
intervals (markdown and HTML alike)."""

from __future__ import annotations

from harness.judge.results import Comparison
from harness.printed import decimals, fixed, score, whole

__all__ = ["decimals", "delta_text", "fixed", "interval_text", "num", "pval", "score", "share", "times", "whole"]


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
        and decimals(c.subject_value, True) == decimals(c.competitor_value, True) == 0
    ):
        return fixed(c.delta, 0)
    digits = max(decimals(c.subject_value), decimals(c.competitor_value))
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
