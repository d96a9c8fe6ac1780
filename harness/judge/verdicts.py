"""What a verdict is: quantifier rules, combining verdicts, and verdict strength."""

from __future__ import annotations

from dataclasses import dataclass, field

SUPPORTED = "supported"
PARTIAL = "partially_supported"
REFUTED = "refuted"
INSUFFICIENT = "insufficient_evidence"
VERDICTS = (SUPPORTED, PARTIAL, REFUTED, INSUFFICIENT)

PASS, FAIL, UNKNOWN = "pass", "fail", "unknown"


@dataclass
class Unit:
    """One thing a quantifier counts: a benchmark, for one competitor (or the cohort)."""

    benchmark: str
    status: str
    significant: bool | None = None
    alternatives: frozenset[str] = field(default_factory=frozenset)


def required(quantifier, n: int) -> int:
    """How many of n units must pass."""
    if quantifier == "all":
        return n
    if quantifier == "most":
        return n // 2 + 1
    if quantifier == "any":
        return 1
    return quantifier.at_least


def quantifier_words(quantifier, n: int) -> str:
    if quantifier == "all":
        return f"all {n}"
    if quantifier == "most":
        return f"more than half ({required(quantifier, n)} or more) of the {n}"
    if quantifier == "any":
        return f"at least one of the {n}"
    return f"at least {required(quantifier, n)} of the {n}"


def over_units(quantifier, n: int, plural: str) -> str:
    """How many of n units the quantifier needs, with the units' noun: "all 3 benchmarks listed",
    "the one benchmark listed", "more than half (10 or more) of the 18 benchmarks ..."."""
    if n == 0:
        return f"the {plural}"
    if n == 1:
        singular = plural.replace("benchmarks", "benchmark", 1)
        return (
            f"the one {singular}" if required(quantifier, 1) == 1 else f"{quantifier_words(quantifier, 1)} {singular}"
        )
    if quantifier == "all":
        return f"all {n} {plural}"
    return f"{quantifier_words(quantifier, n)} {plural}"


# what a verdict's strength means; the report's index prints it as its legend
STRENGTH_MEANINGS = {
    "significant": "the verdict stands on significant differences alone (at 95% unless --alpha says otherwise; adjusted for "
    "several benchmarks where the rule needs it): noise does not explain it",
    "within noise": "the verdict rests on at least one difference that is not significant: it is within the noise "
    "of the measurements, and another run or source could turn it",
    "unknown": "a deciding difference has no known uncertainty (no standard error or item count), or there is not "
    "enough evidence for a verdict",
}


def decide(units: list[Unit], quantifier) -> str:
    """Apply the quantifier; unknown units can still go either way."""
    n = len(units)
    k = required(quantifier, n)
    if n == 0 or k > n:
        return INSUFFICIENT
    passes = sum(u.status == PASS for u in units)
    unknown = sum(u.status == UNKNOWN for u in units)
    if passes >= k:
        return SUPPORTED
    if passes + unknown >= k:
        return INSUFFICIENT
    return PARTIAL if passes > 0 else REFUTED


def decide_resolved(units: list[Unit], quantifier, favourable: bool) -> str:
    """Decide with every source conflict resolved for (or against) the claim."""
    order = [PASS, UNKNOWN, FAIL] if favourable else [FAIL, UNKNOWN, PASS]
    resolved = [
        Unit(u.benchmark, next(s for s in order if s in u.alternatives)) if u.alternatives else u for u in units
    ]
    return decide(resolved, quantifier)


def combine(verdicts: list[str]) -> str:
    """Combine per-competitor or per-assertion verdicts into one."""
    if not verdicts:
        return INSUFFICIENT
    if len(set(verdicts)) == 1:
        return verdicts[0]
    if set(verdicts) <= {SUPPORTED, INSUFFICIENT}:
        return INSUFFICIENT  # nothing failed and something is undecided: not "partly false"
    if not ({SUPPORTED, PARTIAL} & set(verdicts)):
        return REFUTED
    return PARTIAL


def strength(units: list[Unit], quantifier, verdict: str) -> str | None:
    """`significant`, `within_noise`, or None (unknown): does the verdict survive the noise?"""
    if verdict == INSUFFICIENT or not units:
        return None
    k = required(quantifier, len(units))
    passes = [u for u in units if u.status == PASS]
    fails = [u for u in units if u.status == FAIL]
    unknown = sum(u.status == UNKNOWN for u in units)

    def robust(sig_of) -> bool:
        if verdict == SUPPORTED:
            return sum(1 for u in passes if sig_of(u)) >= k
        # a failure stands if it stays failed with every non-significant loss flipped to a win
        return len(passes) + sum(1 for u in fails if not sig_of(u)) + unknown < k

    if robust(lambda u: u.significant is True):
        return "significant"
    if robust(lambda u: u.significant is not False):
        return None
    return "within_noise"


def combine_strength(values: list[str | None]) -> str | None:
    if "within_noise" in values:
        return "within_noise"
    if not values or any(v is None for v in values):
        return None
    return "significant"
