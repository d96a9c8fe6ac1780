import math
from itertools import product

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from harness.judge import fragility, fragility_batch, intervals, stats
from harness.judge.intervals import WILSON, Score

Z = stats.z_critical(0.05)


def _brute_fragility(b, c, concordant, alpha=0.05):
    """Every way of k single changes (b±, c±, bounded by the items there are), smallest k that flips."""
    sig = stats.mcnemar_exact(b, c) < alpha
    for k in range(1, b + c + concordant + 1):
        for db, dc in product(range(-k, k + 1), repeat=2):
            if abs(db) + abs(dc) != k or b + db < 0 or c + dc < 0:
                continue
            if max(db, 0) + max(dc, 0) > concordant + max(-db, 0) + max(-dc, 0):
                continue  # moves into b or c come from concordant items (or from the other count)
            if (stats.mcnemar_exact(b + db, c + dc) < alpha) != sig:
                return k
    return None


@pytest.mark.parametrize(
    "b,c,concordant", [(20, 5, 75), (12, 6, 80), (10, 0, 5), (3, 3, 50), (30, 12, 10), (8, 1, 0), (0, 0, 40)]
)
def test_fragility_matches_a_brute_force_search(b, c, concordant):
    k, to = fragility.fragility(b, c, concordant)
    assert k == _brute_fragility(b, c, concordant)
    assert to == ("not significant" if stats.mcnemar_exact(b, c) < 0.05 else "significant")


def test_paired_comparison_reports_discordant_counts_and_fragility(proj):
    from test_store import _local_run

    _local_run(proj, "a", "Alpha-1", {f"q{i}": float(i % 4 != 0) for i in range(200)})
    _local_run(proj, "b", "Beta-2", {f"q{i}": float(i % 2 == 0) for i in range(200)})
    result = proj.one_claim(
        "  - {kind: outperforms, competitors: [Beta-2], benchmarks: [BigBench], evidence: {kinds: [local]}}"
    )
    cmp = result.assertions[0].comparisons[0]
    # Alpha only right on i % 4 in (1, 3): 100 items; Beta only right on i % 4 == 0: 50 items
    assert cmp.power.discordant == (100, 50)
    assert cmp.power.items_now == 200
    assert (cmp.power.fragility, cmp.power.fragility_to) == (_brute_fragility(100, 50, 50), "not significant")
    assert cmp.power.fragility == 24


def _brute_share_fragility(r1, n1, r2, n2, boundary, alpha=0.05):
    """Every pair of counts (r1', r2'), cost |r1' - r1| + |r2' - r2|: the cheapest whose Newcombe test
    at the boundary differs in significance from the observed one (significant: its interval leaves
    the boundary out, on either side)."""
    z = stats.z_critical(alpha)

    def sig(k1, k2):
        lo, hi = intervals.newcombe_cc(k1 / n1, n1, k2 / n2, n2, z)
        return not lo <= boundary / 100 <= hi

    now = sig(r1, r2)
    costs = [abs(k1 - r1) + abs(k2 - r2) for k1 in range(n1 + 1) for k2 in range(n2 + 1) if sig(k1, k2) != now]
    return min(costs) if costs else None


@pytest.mark.parametrize("n1,n2", [(6, 6), (10, 7), (12, 12)])
@pytest.mark.parametrize("boundary", [0.0, 10.0, -20.0])
def test_share_fragility_matches_brute_force(n1, n2, boundary):
    for r1 in range(n1 + 1):
        for r2 in range(n2 + 1):
            a, b = Score(100 * r1 / n1, WILSON, n=n1), Score(100 * r2 / n2, WILSON, n=n2)
            got, to = fragility.share_fragility(a, b, boundary, 0.05)
            assert got == _brute_share_fragility(r1, n1, r2, n2, boundary), (r1, r2)
            significant = intervals.difference_p(a, b, boundary) < 0.05
            assert to == ("not significant" if significant else "significant")


def test_share_fragility_on_a_seed_sized_comparison():
    # HLE (text-only), 2,150 items: 30.6 vs 26.3 is significant; 34 items changing answer undo it
    a, b = Score(30.6, WILSON, n=2150), Score(26.3, WILSON, n=2150)
    assert fragility.share_fragility(a, b, 0.0, 0.05) == (34, "not significant")
    z = stats.z_critical(0.05)
    # 34 changes split the best way lose significance; no split of 33 does
    for k, expect in ((34, True), (33, False)):
        undone = any(
            not intervals.excludes(
                Score(30.6 - 100 * i / 2150, WILSON, n=2150), Score(26.3 + 100 * (k - i) / 2150, WILSON, n=2150), 0.0, z
            )
            for i in range(k + 1)
        )
        assert undone == expect


@pytest.mark.parametrize("boundary", [0.0, 2.0, -2.0])
def test_share_fragility_in_arrays_is_the_walk_one_test_at_a_time(boundary):
    """The frontier searched in arrays gives what the scalar walk gives, on shares of 10 to 12,000 items."""
    import random

    rng = random.Random(5)
    seen = set()
    for _ in range(300):
        n1, n2 = rng.choice([10, 30, 198, 500, 2_150, 12_000]), rng.choice([30, 500, 2_150])
        a = Score(round(100 * rng.randrange(n1 + 1) / n1, rng.choice([1, 2])), WILSON, n=n1)
        b = Score(round(100 * rng.randrange(n2 + 1) / n2, rng.choice([1, 2])), WILSON, n=n2)
        want = _walk(a, b, boundary, 0.05)
        assert fragility.share_fragility(a, b, boundary, 0.05) == want, (a, b)
        seen.add(want[1] if want[0] is not None else None)
    assert {"significant", "not significant"} <= seen


def _walk(a: Score, b: Score, boundary: float, alpha: float) -> tuple[int | None, str]:
    """`share_fragility` one test at a time (as it was before its long runs were searched in arrays).

    Fewest items changing answer (on either side) that flip the unpaired test of a - b at `boundary`.

    a and b are shares of n items (the difference signed like the boundary). A significant result is
    pushed towards the boundary (a loses items right, b gains them), a non-significant one either
    way until it is significant on that side; each side can move only by the items it has. Along either side's moves the test's verdict
    changes once, so from the first count on a's side that can flip it (bisection) the fewest on
    b's side only falls as a's grows: two pointers, stopping once a's count alone costs as much as
    the best found. None when no change within the items flips it.
    """
    z = stats.z_critical(alpha)
    d = a.value - b.value

    def beyond(va: float, vb: float, side: int) -> bool:
        """Is va - vb (a's and b's shares, moved) significant on this side of the boundary?"""
        ia = intervals.wilson_cc(va / a.scale, a.n, z)
        ib = intervals.wilson_cc(vb / b.scale, b.n, z)
        lo, hi = intervals.mover(va, (ia[0] * a.scale, ia[1] * a.scale), vb, (ib[0] * b.scale, ib[1] * b.scale))
        return lo > boundary if side > 0 else hi < boundary

    side = 1 if d > boundary else -1
    significant = abs(d - boundary) > 1e-12 and beyond(a.value, b.value, side)
    # the direction a's count moves in (+1: more right; b's moves the other way): towards the
    # boundary when significant; either way when not (near the boundary, crossing it and being
    # significant on its other side can take fewer changes)
    steps = [-side] if significant else [side, -side]
    best = None
    for step in steps:
        room_a = a.n * (a.value / a.scale if step < 0 else 1 - a.value / a.scale)
        room_b = b.n * (b.value / b.scale if step > 0 else 1 - b.value / b.scale)
        max_i, max_j = math.floor(room_a + 1e-9), math.floor(room_b + 1e-9)
        on = side if significant else step  # significance is judged on this side
        ua, ub = step * a.scale / a.n, -step * b.scale / b.n  # one item's move of each share

        def flipped(i: int, j: int, ua=ua, ub=ub, on=on) -> bool:
            return beyond(a.value + i * ua, b.value + j * ub, on) != significant

        if not flipped(max_i, max_j):
            continue  # all the room there is does not flip it this way
        lo, i = -1, max_i  # the fewest on a's side that can flip it, with all of b's room
        while i - lo > 1:
            mid = (lo + i) // 2
            lo, i = (lo, mid) if flipped(mid, max_j) else (mid, i)
        lo, j = -1, max_j  # the fewest on b's side with that
        while j - lo > 1:
            mid = (lo + j) // 2
            lo, j = (lo, mid) if flipped(i, mid) else (mid, j)
        while True:
            best = i + j if best is None else min(best, i + j)
            i += 1
            if j == 0 or i > max_i or i >= best:
                break
            while j > 0 and flipped(i, j - 1):
                j -= 1
    return best, "not significant" if significant else "significant"


def test_fragility_in_one_batch_is_the_one_by_one_search():
    """`share_fragility_many` (bisections and long frontiers in array lanes, one per pair) gives each
    (a, b, boundary, alpha) exactly what `share_fragility` gives it, walks and frontiers alike."""
    import random

    rng = random.Random(17)
    keys = []
    for _ in range(700):
        n1, n2 = rng.choice([6, 10, 30, 198, 500, 2_150, 12_000]), rng.choice([10, 30, 500, 2_150])
        a = Score(round(100 * rng.randrange(n1 + 1) / n1, rng.choice([1, 2])), WILSON, n=n1)
        b = Score(round(100 * rng.randrange(n2 + 1) / n2, rng.choice([1, 2])), WILSON, n=n2)
        keys.append((a, b, rng.choice([0.0, 2.0, -2.0, 0.5, 30.0]), rng.choice([0.05, 0.05, 0.01])))
    keys += [(a, a, 0.0, 0.05) for a, _, _, _ in keys[:10]]  # no difference at all
    keys += [(Score(100.0, WILSON, n=6), Score(0.0, WILSON, n=6), 150.0, 0.05)]  # nothing within the items flips it
    fragility.forget_fragility()
    want = [fragility._share_fragility(*key) for key in keys]
    assert fragility_batch.share_fragility_many(keys) == want  # ==: the same counts
    assert {"significant", "not significant"} <= {to for _, to in want} and None in {k for k, _ in want}
    assert max(k for k, _ in want if k is not None) > 5 * fragility.WALK_UP_TO  # long frontiers searched too


def test_fragilities_known_from_a_batch_are_not_searched_again(monkeypatch):
    a, b = Score(30.6, WILSON, n=2150), Score(26.3, WILSON, n=2150)
    c = Score(50.0, WILSON, n=30)
    fragility.forget_fragility()
    fragility_batch.know_fragility([(a, b, 0.0, 0.05), (a, c, 2.0, 0.05)])

    def searched(*args):
        raise AssertionError("searched again")

    monkeypatch.setattr(fragility, "_share_fragility", searched)
    assert fragility.share_fragility(a, b, 0.0, 0.05) == (34, "not significant")  # as the seed-sized test above
    fragility.forget_fragility()
    with pytest.raises(AssertionError, match="searched again"):
        fragility.share_fragility(a, b, 0.0, 0.05)


def test_share_fragility_is_not_worked_out_past_a_million_items_a_side(proj):
    # a catalog count of 10^9 items: the search's arrays of every count asked for gigabytes and the run was
    # killed; the rest of the comparison (test, interval, detectable gap) is still worked out
    limit = fragility.FRAGILITY_MAX_ITEMS
    a, b, big = Score(50.1, WILSON, n=limit), Score(50.0, WILSON, n=limit), Score(50.1, WILSON, n=limit + 1)
    fragility.forget_fragility()
    assert fragility.share_fragility(a, b, 0.0, 0.05) == (387, "significant")
    assert fragility.share_fragility(big, b, 0.0, 0.05) == (None, None)
    assert fragility_batch.share_fragility_many([(a, b, 0.0, 0.05), (big, b, 0.0, 0.05)]) == [
        (387, "significant"),
        (None, None),
    ]
    catalog = proj.root / "catalog" / "catalog.yaml"
    catalog.write_text(
        catalog.read_text().replace("items: 2000, items_status: exact", "items: 1000000000, items_status: exact")
    )
    for claim in (
        "  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [BigBench]\n",
        "  - kind: ranks\n    cohort: {models: [Beta-2, Gamma-3]}\n    benchmarks: [BigBench]\n",
    ):
        [c, *_] = proj.one_claim(claim).assertions[0].comparisons
        assert (c.outcome, c.significant, c.power.fragility, c.power.fragility_to) == ("win", True, None, None)
        assert c.power.mdd_50 == pytest.approx(0.0038, abs=1e-4)


def test_long_frontiers_searched_by_totals_are_the_count_by_count_search(monkeypatch):
    """A long frontier searched over totals i + j (galloping down from i0 + j0, then bisecting) gives the
    least total the per-count bisections of `_share_fragility` give, also where it lies well below
    i0 + j0; and what the scalar walk gives. So does i0 found at 0 by one test, before any bisection."""
    import random

    seen, at_zero = [], set()
    searched = fragility_batch._long_frontiers

    def recording(moves, lanes, best, i0, j0, long_lanes, long_counts):
        before = [best[lanes[e][0]] for e in long_lanes]
        at_zero.update(bool(i0[e] == 0) for e in long_lanes)  # a's side flips it at 0 (checked first), or not
        searched(moves, lanes, best, i0, j0, long_lanes, long_counts)
        for e, was in zip(long_lanes, before):
            found = best[lanes[e][0]]
            seen.append(int(i0[e] + j0[e]) - found if was is None or found < was else 0)

    monkeypatch.setattr(fragility_batch, "_long_frontiers", recording)
    rng = random.Random(29)
    keys = []
    for _ in range(400):
        n1, n2 = rng.choice([198, 500, 1_000, 2_150, 12_000]), rng.choice([500, 1_000, 2_150])
        a = Score(round(100 * rng.randrange(n1 + 1) / n1, rng.choice([1, 2])), WILSON, n=n1)
        b = Score(round(100 * rng.randrange(n2 + 1) / n2, rng.choice([1, 2])), WILSON, n=n2)
        keys.append((a, b, rng.choice([0.0, 2.0, -2.0, 10.0]), rng.choice([0.05, 0.01])))
    fragility.forget_fragility()
    want = [fragility._share_fragility(*key) for key in keys]
    assert fragility_batch.share_fragility_many(keys) == want
    assert [_walk(*key) for key in keys[:60]] == want[:60]
    assert len(seen) > 100 and max(seen) >= 2  # long frontiers, some of them well below i0 + j0
    assert at_zero == {True, False}


_N = st.sampled_from([6, 30, 198, 500, 2_150])


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(_N, st.integers(0, 10**6), _N, st.integers(0, 10**6), st.sampled_from([0.0, -0.0, 2.0, -2.0, 0.5])),
        min_size=1,
        max_size=12,
    )
)
def test_fragility_batch_of_one_interval_end_is_the_scalar_walk(drawn):
    """The batch (which works out only the interval end each test reads) gives what the walk one
    scalar test at a time gives, shares at 0 and at every item right included."""
    keys = []
    for n1, k1, n2, k2, boundary in drawn:
        a, b = Score(100 * (k1 % (n1 + 1)) / n1, WILSON, n=n1), Score(100 * (k2 % (n2 + 1)) / n2, WILSON, n=n2)
        keys.append((a, b, boundary, 0.05))
    keys += [(Score(0.0, WILSON, n=30), Score(100.0, WILSON, n=30), 0.0, 0.05)]
    assert fragility_batch.share_fragility_many(keys) == [_walk(*key) for key in keys]


_LONG_N = st.sampled_from([500, 1_000, 2_150, 12_000])


@settings(max_examples=40, deadline=None)
@given(
    st.lists(
        st.tuples(
            _LONG_N,
            st.integers(0, 10**6),
            _LONG_N,
            st.integers(0, 10**6),
            st.sampled_from([0.0, -0.0, 2.0, -2.0, 10.0]),
        ),
        min_size=1,
        max_size=8,
    ),
    st.sampled_from([0.05, 0.01]),
)
def test_long_frontiers_in_a_batch_are_the_scalar_walk(drawn, alpha):
    """Frontiers of hundreds of counts (every one searched in arrays in a batch, the guess of the least
    total included) give what the walk one scalar test at a time gives; boundaries of 0.0 and -0.0 alike."""
    keys = []
    for n1, k1, n2, k2, boundary in drawn:
        a, b = Score(100 * (k1 % (n1 + 1)) / n1, WILSON, n=n1), Score(100 * (k2 % (n2 + 1)) / n2, WILSON, n=n2)
        keys.append((a, b, boundary, alpha))
    assert fragility_batch.share_fragility_many(keys) == [_walk(*key) for key in keys]


def _long_keys(seed: int, count: int):
    import random

    rng = random.Random(seed)
    keys = []
    for _ in range(count):
        n1, n2 = rng.choice([198, 500, 1_000, 2_150, 12_000]), rng.choice([500, 1_000, 2_150])
        a = Score(round(100 * rng.randrange(n1 + 1) / n1, rng.choice([1, 2])), WILSON, n=n1)
        b = Score(round(100 * rng.randrange(n2 + 1) / n2, rng.choice([1, 2])), WILSON, n=n2)
        keys.append((a, b, rng.choice([0.0, -0.0, 2.0, -2.0, 10.0]), rng.choice([0.05, 0.01])))
    return keys


@pytest.mark.parametrize("guess", ["first flip", "last flip"])
def test_the_guess_of_a_long_frontiers_least_total_changes_only_how_many_totals_are_tried(monkeypatch, guess):
    """Whichever count of a that flips a try the guess starts from (the one `_try` finds by default; here
    the first or the last count that flips), each lane's least total is the one the per-count bisections
    give: the guess only starts the search lower."""
    import numpy as np

    keys = _long_keys(31, 300)
    fragility.forget_fragility()
    want = [fragility._share_fragility(*key) for key in keys]
    tried = []
    searched, tried_at = fragility_batch._long_frontiers, fragility_batch._try

    def counting(moves, lanes, best, i0, j0, long_lanes, long_last):
        tried.append(len(long_lanes))
        searched(moves, lanes, best, i0, j0, long_lanes, long_last)

    def other_flip(tests, lanes, t, first, last, slope, slack):
        found, at = tried_at(tests, lanes, t, first, last, slope, slack)
        for k in np.flatnonzero(found).tolist():
            counts = np.arange(first[k], last[k] + 1)
            flips = np.flatnonzero(tests(np.full(len(counts), lanes[k]), counts, t[k] - counts)[0])
            at[k] = counts[flips[0] if guess == "first flip" else flips[-1]]
        return found, at

    monkeypatch.setattr(fragility_batch, "_long_frontiers", counting)
    assert fragility_batch.share_fragility_many(keys) == want
    assert sum(tried) > 100  # long frontiers, so the guess was made
    monkeypatch.setattr(fragility_batch, "_try", other_flip)
    assert fragility_batch.share_fragility_many(keys) == want
