from hypothesis import given
from hypothesis import strategies as st

from harness.claims.spec import AtLeast
from harness.judge.verdicts import (
    FAIL,
    INSUFFICIENT,
    PARTIAL,
    PASS,
    REFUTED,
    SUPPORTED,
    UNKNOWN,
    Unit,
    combine,
    decide,
    required,
)

statuses = st.lists(st.sampled_from([PASS, FAIL, UNKNOWN]), min_size=1, max_size=12)
quantifiers = st.one_of(st.sampled_from(["all", "most", "any"]), st.integers(1, 12).map(lambda k: AtLeast(at_least=k)))
RANK = {REFUTED: 0, PARTIAL: 1, INSUFFICIENT: 1, SUPPORTED: 2}


def units(xs):
    return [Unit(f"b{i}", s) for i, s in enumerate(xs)]


@given(statuses, quantifiers)
def test_turning_a_unit_into_a_pass_never_hurts(xs, q):
    before = decide(units(xs), q)
    for i, s in enumerate(xs):
        if s != PASS:
            after = decide(units(xs[:i] + [PASS] + xs[i + 1 :]), q)
            assert RANK[after] >= RANK[before]


@given(statuses, quantifiers)
def test_supported_exactly_when_enough_passes(xs, q):
    k = required(q, len(xs))
    assert (decide(units(xs), q) == SUPPORTED) == (k <= len(xs) and xs.count(PASS) >= k)


@given(statuses, quantifiers)
def test_refuted_only_without_any_pass(xs, q):
    if decide(units(xs), q) == REFUTED:
        assert PASS not in xs


def test_quantifier_thresholds():
    assert [required(q, 5) for q in ("all", "most", "any", AtLeast(at_least=2))] == [5, 3, 1, 2]
    assert required("most", 4) == 3  # more than half of 4


def test_combine():
    assert combine([SUPPORTED, SUPPORTED]) == SUPPORTED
    assert combine([SUPPORTED, REFUTED]) == PARTIAL
    assert combine([REFUTED, INSUFFICIENT]) == REFUTED
    assert combine([SUPPORTED, INSUFFICIENT]) == INSUFFICIENT  # nothing failed: undecided, not partly false
    assert combine([SUPPORTED, INSUFFICIENT, REFUTED]) == PARTIAL
    assert combine([]) == INSUFFICIENT


def test_over_units_is_grammatical_for_every_quantifier_and_count():
    from harness.judge.verdicts import over_units

    listed = "benchmarks listed"
    assert over_units("all", 1, listed) == "the one benchmark listed"
    assert over_units("any", 1, listed) == "the one benchmark listed"
    assert over_units("all", 3, listed) == "all 3 benchmarks listed"
    assert over_units("most", 3, listed) == "more than half (2 or more) of the 3 benchmarks listed"
    assert over_units("any", 3, listed) == "at least one of the 3 benchmarks listed"
    assert over_units(AtLeast(at_least=2), 3, listed) == "at least 2 of the 3 benchmarks listed"
    assert over_units(AtLeast(at_least=2), 1, listed) == "at least 2 of the 1 benchmark listed"
    assert over_units("all", 0, listed) == "the benchmarks listed"
