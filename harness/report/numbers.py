"""Numbers as the pages print them: scores with the decimals their source printed, differences, p-values and
intervals (markdown and HTML alike)."""

from __future__ import annotations

from harness.judge.results import Comparison


def num(x: float | None, digits: int = 1) -> str:
    """A score as the pages print it: one decimal, none from 1000 up, a dash when missing."""
    if x is None:
        return "–"
    return f"{x:.{digits}f}" if abs(x) < 1000 else f"{x:.0f}"


def _digits(x: float | None) -> int:
    """The decimals a published score is printed with: as many as the source gave, one to three; none
    from 1000 up (as `num`)."""
    if x is None or abs(x) >= 1000:
        return 0
    for digits in (1, 2):
        if abs(round(x, digits) - x) < 1e-9:
            return digits
    return 3


def score(x: float | None) -> str:
    """A published score as the pages print it: one decimal as `num` does, more where the source printed
    more (bits per byte 0.548 against 0.542 is not "0.5 against 0.5"), at most three; none from 1000 up."""
    if x is None or abs(x) >= 1000:
        return num(x)
    return f"{x:.{_digits(x)}f}"


def delta_text(c) -> str:
    """A comparison's difference with the decimals of its more precise score, at least one: 0.548 against
    0.542 differ by 0.006, not "0.0"; ratings printed whole (1417 against 1441) differ by -23.9, as before,
    not by the -23.891 their unprinted decimals give."""
    if c.delta is None or abs(c.delta) >= 1000:
        return num(c.delta)
    digits = max(1, _digits(c.subject_value), _digits(c.competitor_value))
    return f"{c.delta:.{digits}f}"


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
