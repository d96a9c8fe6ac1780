import random

import pytest

from harness.judge import fragility, fragility_batch, fragility_sides, intervals
from harness.judge.intervals import WILSON, Score


def _keys(seed: int, count: int, sizes=(198, 500, 1_000, 2_150)):
    """Pairs of shares on a board whose scores recur (a few values a side), so long frontiers share sides."""
    rng = random.Random(seed)
    values = {n: [round(100 * rng.randrange(n + 1) / n, 1) for _ in range(12)] for n in sizes}
    keys = []
    for _ in range(count):
        n1, n2 = rng.choice(sizes), rng.choice(sizes)
        a, b = Score(rng.choice(values[n1]), WILSON, n=n1), Score(rng.choice(values[n2]), WILSON, n=n2)
        keys.append((a, b, rng.choice([0.0, -0.0, 2.0, -2.0]), rng.choice([0.05, 0.01])))
    return keys


@pytest.fixture(autouse=True)
def fresh_tables():
    fragility_sides.TABLES.clear()
    yield
    fragility_sides.TABLES.clear()


def test_sides_read_from_the_tables_give_the_one_by_one_search():
    """Long frontiers read from tables kept across batches (a side worked out once, in an earlier batch
    or for another pair) give each pair what `_share_fragility` gives it, batch after batch."""
    keys = _keys(41, 240)
    want = [fragility._share_fragility(*key) for key in keys]
    for part in (keys[:80], keys[80:160], keys[160:]):
        assert fragility_batch.share_fragility_many(part) == [want[keys.index(k)] for k in part]
    assert fragility_sides.TABLES.at  # kept


def test_a_side_read_again_is_not_worked_out_again(monkeypatch):
    """The second batch of the same pairs reads every side of its long frontiers from the tables: no
    interval end is worked out for them (the bisections' few ends aside), and the counts are the same."""
    keys = _keys(43, 120)
    first = fragility_batch.share_fragility_many(keys)
    worked = []
    real = intervals.wilson_cc_end_array

    def counting(p, n, z, lower):
        worked.append(len(p))
        return real(p, n, z, lower)

    monkeypatch.setattr(intervals, "wilson_cc_end_array", counting)
    assert fragility_batch.share_fragility_many(keys) == first
    frontier_ends = sum(worked)
    monkeypatch.setattr(fragility_sides, "TABLE_UP_TO", 0)  # every side too long to keep: worked out each time
    worked.clear()
    assert fragility_batch.share_fragility_many(keys) == first
    assert frontier_ends < sum(worked) / 10


def test_sides_too_long_to_keep_and_tables_started_afresh_give_the_same_counts(monkeypatch):
    """A side that can move by more counts than a table keeps is worked out over its frontier alone;
    tables past their budget start afresh between batches; either way the counts are the search's."""
    keys = _keys(47, 200)
    want = [fragility._share_fragility(*key) for key in keys]
    monkeypatch.setattr(fragility_sides, "TABLE_UP_TO", 600)  # the 1,000 and 2,150-item sides: too long
    monkeypatch.setattr(fragility_sides, "KEPT", 2_000)  # a few tables, then afresh
    cleared = []
    monkeypatch.setattr(
        fragility_sides.TABLES, "clear", lambda real=fragility_sides.TABLES.clear: [cleared.append(1), real()]
    )
    for part in (keys[:50], keys[50:120], keys[120:]):
        assert fragility_batch.share_fragility_many(part) == [want[keys.index(k)] for k in part]
    assert cleared


def test_a_share_of_zero_moves_from_its_own_zero():
    """0.0 and -0.0 are equal keys in a dict but move to differently signed zeros: each its own table."""
    tables = fragility_sides.SideTables()
    z = 1.96
    x1, _, base1 = tables.read([(0.0, 30.0, 100.0, -100.0 / 30, True, 0)], [0], [0], z)
    x2, _, base2 = tables.read([(-0.0, 30.0, 100.0, -100.0 / 30, True, 0)], [0], [0], z)
    assert base1[0] != base2[0]
    assert str(x1[base1[0]]) == "0.0" and str(x2[base2[0]]) == "-0.0"


def test_a_sides_step_bound_holds_over_the_counts_asked(monkeypatch):
    """`steps` bounds how far d moves from one count to the next between the counts asked (a long
    frontier's `_try` leans on it): never below the largest such step there, and no more than the largest
    over the blocks of STEP_BLOCK counts that hold them; for sides kept (blocks worked out once, read again)
    and sides too long to keep alike."""
    import numpy as np

    monkeypatch.setattr(fragility_sides, "TABLE_UP_TO", 700)
    rng = random.Random(47)
    sides, first, last = [], [], []
    for _ in range(300):
        n = rng.choice([30, 198, 500, 1_000])
        value = round(100 * rng.randrange(n + 1) / n, 1)
        up = rng.random() < 0.5
        move = (1.0 if up else -1.0) * 100.0 / n
        most = int(n * (1 - value / 100) if up else n * value / 100 + 1e-9)
        lo = rng.randrange(most + 1)
        sides.append((value, float(n), 100.0, move, rng.random() < 0.5, most))
        first.append(lo)
        last.append(rng.randrange(lo, most + 1))
    first, last = np.array(first, np.int64), np.array(last, np.int64)
    block = fragility_sides.STEP_BLOCK
    for _ in range(2):  # the second time the kept sides' blocks are read again
        x, d, base = fragility_sides.TABLES.read(sides, first, last, 1.96)
        got = fragility_sides.TABLES.steps(sides, first, last, base)
        for k, (side, lo, hi) in enumerate(zip(sides, first.tolist(), last.tolist())):
            counts = np.arange(lo, hi + 1)
            at = base[k] + counts
            assert np.allclose(x[at], side[0] + counts * side[3], rtol=0, atol=1e-9)
            true = np.abs(np.diff(d[at])).max(initial=0.0)
            if side[5] >= 700:  # too long to keep: over the counts asked alone
                assert got[k] == true
                continue
            wide = np.arange(lo // block * block, min((hi // block + 1) * block, side[5]) + 1)
            assert true <= got[k] == np.abs(np.diff(d[base[k] + wide])).max(initial=0.0)
    assert fragility_sides.TABLES.block_at
