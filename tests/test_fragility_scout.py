"""The share fragility's batch: its first tests in array lanes, and a long frontier's tries asked of a
sample of their counts first, give the one-by-one search's counts."""

import random

import pytest

from harness.judge import fragility, fragility_batch, stats
from harness.judge.fragility import _beyond
from harness.judge.intervals import WILSON, Score


def _score(rng: random.Random, sizes) -> Score:
    n = rng.choice(sizes)
    return Score(round(100 * rng.randrange(n + 1) / n, rng.choice([0, 1, 2])), WILSON, n=n)


def _edge_pairs() -> list[tuple[Score, Score, float]]:
    """Shares at 0 and at every item right, a pair on its boundary (exactly, and -0.0), equal shares,
    and a side of 6 items."""
    s = [Score(v, WILSON, n=n) for v, n in ((0.0, 30), (100.0, 30), (50.0, 6), (52.0, 500), (50.0, 500), (0.0, 6))]
    return [(a, b, bound) for a in s for b in s for bound in (0.0, -0.0, 2.0, -2.0, 150.0)]


def _lanes(pairs, z, moved: bool):
    """(lanes, what `_beyond` gives in each) for every pair, direction and side: as observed or with all
    the room there is, as `_fragility_batch` asks."""
    lanes, want = [], []
    for k, (a, b, _) in enumerate(pairs):
        for step, on in ((1, 1), (-1, 1), (1, -1), (-1, -1)):
            room_a = a.n * (a.value / a.scale if step < 0 else 1 - a.value / a.scale)
            room_b = b.n * (b.value / b.scale if step > 0 else 1 - b.value / b.scale)
            mi, mj = (int(room_a + 1e-9), int(room_b + 1e-9)) if moved else (0, 0)
            ua, ub = (step * a.scale / a.n, -step * b.scale / b.n) if moved else (0.0, 0.0)
            lanes.append((k, on, mi, mj, ua, ub))
            want.append(_beyond(a, b, a.value + mi * ua, b.value + mj * ub, on, pairs[k][2], z))
    return lanes, want


@pytest.mark.parametrize("alpha", [0.05, 0.01])
def test_a_pairs_first_tests_in_array_lanes_are_the_scalar_tests(alpha):
    """`_tests_at` (the test as observed, and with all the room there is, one array pass for a batch)
    gives what `_beyond` gives one pair at a time, edge cases included."""
    rng = random.Random(41)
    pairs = _edge_pairs() + [
        (_score(rng, [6, 30, 198, 500, 2_150, 12_000]), _score(rng, [30, 500, 2_150]), rng.choice([0.0, 2.0, -2.0]))
        for _ in range(400)
    ]
    z = stats.z_critical(alpha)
    for moved in (False, True):
        lanes, want = _lanes(pairs, z, moved)
        got = fragility_batch._tests_at(pairs, z, [False] * len(pairs), lanes, moved=moved)
        assert got == want
        assert {True, False} <= set(want)


def _keys(seed: int, count: int):
    rng = random.Random(seed)
    sizes = [198, 500, 1_000, 2_150, 12_000]
    keys = [
        (
            _score(rng, sizes),
            _score(rng, sizes[1:4]),
            rng.choice([0.0, -0.0, 2.0, -2.0, 10.0]),
            rng.choice([0.05, 0.01]),
        )
        for _ in range(count)
    ]
    return keys + [(a, b, bound, 0.05) for a, b, bound in _edge_pairs()]


@pytest.mark.parametrize("scout", ["finds nothing", "the sample's first count", "as it is"])
def test_a_long_frontiers_tries_give_the_least_totals_whatever_their_sample_finds(monkeypatch, scout):
    """A try reached by a flip its sample finds, or by testing every count, or guessed from a poor count
    (the sample's first instead of its deepest flip), settles each lane at the count the one-by-one
    search gives: the sample changes only how many counts are tested."""
    import numpy as np

    keys = _keys(53, 300)
    fragility.forget_fragility()
    want = [fragility._share_fragility(*key) for key in keys]
    searched = fragility_batch._scout

    def poor(tests, open_, t, m, starts, counts):
        reached, at_of = searched(tests, open_, t, m, starts, counts)
        if scout == "finds nothing":
            return np.zeros(len(open_), np.bool_), at_of
        first = starts[open_]
        flips = tests(open_, first, t - counts[first])[0]  # the first count of each lane, where it flips
        return reached & flips, np.where(flips, first, at_of)

    monkeypatch.setattr(fragility_batch, "_scout", poor)
    assert fragility_batch.share_fragility_many(keys) == want
    assert max(k for k, _ in want if k is not None) > 100  # long frontiers among them


def test_most_long_frontiers_test_every_count_once(monkeypatch):
    """Each long lane has every count of a try tested about once (the try that settles it); the tries
    reached are found by their samples."""
    keys = _keys(59, 400)
    lanes, every = [], []
    frontiers, scout = fragility_batch._long_frontiers, fragility_batch._scout

    def counting_lanes(moves, lanes_, best, i0, j0, long_lanes, long_last):
        lanes.append(len(long_lanes))
        frontiers(moves, lanes_, best, i0, j0, long_lanes, long_last)

    def counting_every(tests, open_, t, m, starts, counts):
        reached, at_of = scout(tests, open_, t, m, starts, counts)
        every.append(int((~reached).sum()))  # these lanes have every count tested
        return reached, at_of

    monkeypatch.setattr(fragility_batch, "_long_frontiers", counting_lanes)
    monkeypatch.setattr(fragility_batch, "_scout", counting_every)
    fragility.forget_fragility()
    fragility_batch.share_fragility_many(keys)
    assert sum(lanes) > 150
    assert sum(every) <= 1.1 * sum(lanes)  # (some lanes are settled by a bisection reaching their first count)
