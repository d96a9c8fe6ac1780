"""The share fragility's batch: its first tests in array lanes, and a long frontier's tries answered with few
of their counts tested, give the one-by-one search's counts."""

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


def _every_count(tests, lanes, t, first, last):
    """Is each try reached, testing every count of a?"""
    import numpy as np

    out = []
    for k, lane in enumerate(lanes.tolist()):
        counts = np.arange(first[k], last[k] + 1)
        out.append(bool(tests(np.full(len(counts), lane), counts, t[k] - counts)[0].any()))
    return out


def test_a_long_frontiers_try_is_answered_as_testing_every_count_answers_it(monkeypatch):
    """Each try of a long frontier is reached where testing every count finds a flip, and only there,
    though `_try` tests few of them (the others are shown short of the boundary by a bound on how far
    the test moves from one count to the next); the count it finds flips; and each lane's least total is
    the one-by-one search's."""
    keys = _keys(53, 300)
    fragility.forget_fragility()
    want = [fragility._share_fragility(*key) for key in keys]
    tried_at = fragility_batch._try
    answers = {True: 0, False: 0}

    def checked(tests, lanes, t, first, last, slope, slack):
        found, at = tried_at(tests, lanes, t, first, last, slope, slack)
        assert found.tolist() == _every_count(tests, lanes, t, first, last)
        assert tests(lanes[found], at[found], t[found] - at[found])[0].all()
        for value in found.tolist():
            answers[value] += 1
        return found, at

    monkeypatch.setattr(fragility_batch, "_try", checked)
    assert fragility_batch.share_fragility_many(keys) == want
    assert answers[True] > 50 and answers[False] > 50
    assert max(k for k, _ in want if k is not None) > 100  # long frontiers among them


def test_a_long_frontiers_try_tests_few_of_its_counts(monkeypatch):
    """A try of a long frontier tests a small part of its counts (testing every count of the try that
    settles a lane cost 23.5 million tests on the 10,000-claim cohort project, now 1.6 million)."""
    keys = _keys(59, 400)
    tested, counts = [0], [0]
    tried_at = fragility_batch._try

    def counting(tests, lanes, t, first, last, slope, slack):
        def each(e, i, js):
            tested[0] += len(e)
            return tests(e, i, js)

        counts[0] += int((last - first + 1).sum())
        return tried_at(each, lanes, t, first, last, slope, slack)

    monkeypatch.setattr(fragility_batch, "_try", counting)
    fragility.forget_fragility()
    fragility_batch.share_fragility_many(keys)
    assert counts[0] > 20_000
    assert tested[0] < counts[0] / 5
