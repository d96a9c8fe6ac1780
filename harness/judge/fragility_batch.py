"""The fragility of many pairs of shares at once: `fragility.share_fragility`'s search run in array lanes.

One lane per pair (or per pair and count of a long frontier); each lane evaluates exactly the test the
one-by-one search evaluates, so every pair gets the same count. `know_fragility` fills the one-by-one
search's cache with a batch's answers.
"""

from __future__ import annotations

import math

from harness.judge import intervals, stats
from harness.judge.fragility import _KNOWN, FRAGILITY_MAX_ITEMS, _beyond, _fewest
from harness.judge.fragility_sides import TABLES
from harness.judge.intervals import Score

# `fragility.WALK_UP_TO` in a batch: any frontier of a count or more is searched in arrays, with the others
BATCH_WALK_UP_TO = 0


def know_fragility(keys: list[tuple[Score, Score, float, float]]) -> None:
    """Work out `share_fragility` of every (a, b, boundary, alpha) not yet known at once, for the calls
    that follow."""
    missing = intervals.room_for(_KNOWN, dict.fromkeys(keys))
    for key, found in zip(missing, share_fragility_many(missing)):
        _KNOWN[key] = found


def share_fragility_many(keys: list[tuple[Score, Score, float, float]]) -> list[tuple[int | None, str]]:
    """`share_fragility` of many (a, b, boundary, alpha) at once: the same steps, and the same answers.

    Each pair's setup, its test with all the room there is and the short walks are the scalar ones;
    the bisections (the fewest on a's side, then on b's, then b's for every count of a long frontier)
    run in array lanes, one lane per pair (or per pair and count), each evaluating exactly the test
    `fragility._Moves.beyond` evaluates at that count.
    """
    out: list[tuple[int | None, str | None]] = [None] * len(keys)  # type: ignore[list-item]
    by_alpha: dict[float, list[int]] = {}
    for k, key in enumerate(keys):
        if max(key[0].n, key[1].n) > FRAGILITY_MAX_ITEMS:
            out[k] = (None, None)  # not worked out, as one by one
            continue
        by_alpha.setdefault(key[3], []).append(k)
    for alpha, ks in by_alpha.items():
        for k, found in zip(ks, _fragility_batch([keys[k][:3] for k in ks], stats.z_critical(alpha))):
            out[k] = found
    return out


def _fragility_batch(pairs: list[tuple[Score, Score, float]], z: float) -> list[tuple[int | None, str]]:
    """`share_fragility` at one critical z for every (a, b, boundary). The test as observed and with all
    the room there is (the scalar search's first tests) run in array lanes too (`_tests_at`)."""
    sides = [1 if a.value - b.value > boundary else -1 for a, b, boundary in pairs]
    # a pair on its boundary is not significant; the others are tested as observed (counts 0 on each side)
    off = [
        (k, side, 0, 0, 0.0, 0.0)
        for k, ((a, b, boundary), side) in enumerate(zip(pairs, sides))
        if abs(a.value - b.value - boundary) > 1e-12
    ]
    sig = [False] * len(pairs)
    for lane, beyond in zip(off, _tests_at(pairs, z, sig, off)):
        sig[lane[0]] = bool(beyond)
    steps = [[(-side, side)] if s else [(side, side), (-side, -side)] for side, s in zip(sides, sig)]  # (step, on)
    best: list[int | None] = [None] * len(pairs)
    for round_ in range(2):
        lanes = []  # one per pair that takes this step: (pair, on, max_i, max_j, ua, ub)
        for k, (a, b, _) in enumerate(pairs):
            if round_ >= len(steps[k]):
                continue
            step, on = steps[k][round_]
            room_a = a.n * (a.value / a.scale if step < 0 else 1 - a.value / a.scale)
            room_b = b.n * (b.value / b.scale if step > 0 else 1 - b.value / b.scale)
            max_i, max_j = math.floor(room_a + 1e-9), math.floor(room_b + 1e-9)
            lanes.append((k, on, max_i, max_j, step * a.scale / a.n, -step * b.scale / b.n))
        # a lane where all the room there is does not flip the test is not searched this way
        lanes = [lane for lane, f in zip(lanes, _tests_at(pairs, z, sig, lanes, moved=True)) if f != sig[lane[0]]]
        if lanes:
            _fragility_round(pairs, z, sig, best, lanes)
    return [(found, "not significant" if s else "significant") for found, s in zip(best, sig)]


def _tests_at(pairs, z, sig, lanes, moved: bool = False) -> list[bool]:
    """`_beyond` in each lane (pair, on, max_i, max_j, ua, ub): with a's and b's sides moved by max_i and
    max_j where `moved`, else as observed; one array pass (`_LaneMoves`) instead of a scalar test each."""
    import numpy as np

    if not lanes:
        return []
    moves = _LaneMoves(pairs, z, [False] * len(pairs), lanes)  # flips_at against "not significant": beyond
    every = np.arange(len(lanes))
    counts = [np.array([lane[2 + side] for lane in lanes], np.int64) if moved else np.zeros(len(lanes), np.int64)
              for side in (0, 1)]  # fmt: skip
    return moves.flips_at(every, moves.sides(every, counts[0], True), moves.sides(every, counts[1], False)).tolist()


def _fragility_round(pairs, z, sig, best, lanes) -> None:
    """One direction of `share_fragility`'s moves for every lane: the two bisections in arrays, then each
    lane's frontier (walked, or bisected in arrays when long); updates `best` per pair."""
    import numpy as np

    moves = _LaneMoves(pairs, z, sig, lanes)
    max_i = np.array([lane[2] for lane in lanes], np.int64)
    max_j = np.array([lane[3] for lane in lanes], np.int64)
    every = np.arange(len(lanes))
    fixed = moves.sides(every, max_j, False)  # b's side with all its room, while a's count is bisected
    # with all of b's room a's side seldom needs to move at all: where it flips at 0 that is the fewest
    at_zero = moves.flips_at(every, moves.sides(every, np.zeros(len(lanes), np.int64), True), fixed)
    i0 = _fewest(
        lambda ls, i: moves.flips_at(ls, moves.sides(ls, i, True), [y[ls] for y in fixed]), np.where(at_zero, 0, max_i)
    )
    fixed = moves.sides(every, i0, True)  # then a's side at that count, while b's is bisected
    j0 = _fewest(lambda ls, j: moves.flips_at(ls, [x[ls] for x in fixed], moves.sides(ls, j, False)), max_j)
    long_lanes, long_last = [], []
    for e, (k, on, mi, _mj, ua, ub) in enumerate(lanes):
        i, j = int(i0[e]), int(j0[e])
        b_ = best[k]
        last = min(mi, i + j - 1, (b_ if b_ is not None else i + j) - 1)
        if last - i > BATCH_WALK_UP_TO:
            long_lanes.append(e)
            long_last.append(last)
            continue
        a, b, boundary = pairs[k]
        significant = sig[k]
        while True:
            b_ = i + j if b_ is None else min(b_, i + j)
            i += 1
            if j == 0 or i > mi or i >= b_:
                break
            while j > 0 and _beyond(a, b, a.value + i * ua, b.value + (j - 1) * ub, on, boundary, z) != significant:
                j -= 1
        best[k] = b_
    if not long_lanes:
        return
    # each long lane's frontier: a's side at counts i0 + 1 to last, b's at 0 to j0, intervals worked out
    # once per count (as `fragility._Moves` does); then the least total i + j that flips, searched over totals
    _long_frontiers(moves, lanes, best, i0, j0, long_lanes, long_last)


def _long_frontiers(moves, lanes, best, i0, j0, long_lanes, long_last) -> None:
    """The least i + j over each long lane's frontier, by totals rather than count by count.

    A total t is reached when some count i of a's side (i0 < i <= last) flips the test with t - i on
    b's. Flipping holds at every greater count on either side once it holds (the monotonicity the
    bisections assume), so a total reached implies every greater one, and the least total reached is
    the least i + J(i) the count-by-count bisection finds. The first try is i0 + j0 - 1, and each try
    after it one below the least total found so far. Where a try is reached, a count of a found to flip
    it gives, with the fewest on b's side there (a bisection at that one count), a total reached: the
    least or near it. A try not reached settles the lane. Whether a try is reached is `_try`'s answer,
    which is what testing every count gives; whatever count it finds, each total is settled by the same
    answers: only their number changes.
    """
    import numpy as np

    lanes_ = np.array(long_lanes, np.int64)
    first = i0[lanes_] + 1  # each lane's least count of a; its greatest is its `long_last`
    last = np.array(long_last, np.int64)
    # each side's moved share and distance to its interval end, read by offset from the tables kept
    # (a's side at its frontier's counts, b's at 0 to j0), both sides in one read: one buffer holds them
    up = moves.up[lanes_].tolist()
    a_sides = zip(
        moves.va[lanes_].tolist(),
        moves.na[lanes_].tolist(),
        moves.sa[lanes_].tolist(),
        moves.ua[lanes_].tolist(),
        up,
        [lanes[e][2] for e in long_lanes],
    )
    b_sides = zip(
        moves.vb[lanes_].tolist(),
        moves.nb[lanes_].tolist(),
        moves.sb[lanes_].tolist(),
        moves.ub[lanes_].tolist(),
        [not u for u in up],
        [lanes[e][3] for e in long_lanes],
    )
    sides, m = [*a_sides, *b_sides], len(long_lanes)
    lows, highs = np.concatenate((first, np.zeros(m, np.int64))), np.concatenate((last, j0[lanes_]))
    x_of, d_of, base = TABLES.read(sides, lows, highs, moves.z)
    step = TABLES.steps(sides, lows, highs, base)
    a_base, b_base = base[:m], base[m:]  # the element of count 0 (a's or b's) of each lane
    # how far a lane's depth can move from one count of a to the next along a total (a's side one more,
    # b's one fewer): its moved shares' difference by ua + ub, the root of the sum of squares by at most
    # each side's largest step of d (the triangle inequality); a little more for the rounding of either
    slope = (np.abs(moves.ua[lanes_] + moves.ub[lanes_]) + step[:m] + step[m:]) * (1.0 + 1e-9)
    slack = 4e-9 + 1e-11 * (moves.sa[lanes_] + moves.sb[lanes_] + np.abs(moves.boundary[lanes_]))
    sign = np.where(moves.up[lanes_], -1.0, 1.0)  # edge = x - y + sign * hypot(...)
    bound = moves.boundary[lanes_] * -sign  # beyond: -sign * edge > -sign * boundary
    sig = moves.sig[lanes_]

    def tests(e, i, js):
        """Per element (long lane e, a's count i, b's count js): (flips, depth past the frontier)."""
        a_at, b_at = a_base[e] + i, b_base[e] + js
        x, y = x_of[a_at], x_of[b_at]
        s = sign[e]
        edge = x - y
        # the root of the sum of squares, not np.hypot (several times its cost): they differ by an ulp or
        # two of a distance within the scale, and an edge within 1e-9 of the boundary is tested exactly below
        h = d_of[a_at]
        h *= h
        q = d_of[b_at]
        q *= q
        h += q
        np.sqrt(h, out=h)
        h *= s
        edge += h
        edge *= -s  # beyond: edge > boundary on the upper side, edge < boundary (negated: >) else
        flips = (edge > bound[e]) != sig[e]
        past = edge - bound[e]  # how far beyond the boundary (< 0: short of it)
        for k in np.flatnonzero(np.abs(past) < 1e-9).tolist():
            flips[k] = moves.exact(int(lanes_[e[k]]), float(x[k]), float(y[k])) != sig[e[k]]
        return flips, np.where(sig[e], -past, past)

    hi = i0[long_lanes] + j0[long_lanes]  # a total reached (at i0, j0)
    lo = first - 1  # a total not reached within the frontier (every count there is at least `first`)
    open_ = np.flatnonzero(hi - lo > 1)
    while len(open_):
        t = hi[open_] - 1
        reached, i_at = _try(tests, open_, t, first[open_], np.minimum(last[open_], t), slope, slack)
        lo[open_[~reached]] = t[~reached]  # settled: hi is the least total
        if reached.any():
            # at the flip found in each lane reached: the fewest on b's side there, a total reached below
            # the one before (the least, or near it)
            hi[open_[reached]] = _least_at(tests, open_[reached], i_at[reached], t[reached])
        open_ = open_[hi[open_] - lo[open_] > 1]
    for e, total in zip(long_lanes, hi.tolist()):
        k = lanes[e][0]
        best[k] = total if best[k] is None else min(best[k], total)


def _least_at(tests, lanes_i, i, t):
    """A total reached in each lane `lanes_i`, from a count i of a that flips the test at total t: that
    count plus the fewest on b's side that flip it with it (a bisection at that one count)."""
    return i + _fewest(lambda ls, js: tests(lanes_i[ls], i[ls], js)[0], t - i)


def _try(tests, lanes, t, first, last, slope, slack):
    """Is total t reached in each of `lanes`: does some count i of a, first <= i <= last, flip the test
    with t - i on b's side? (reached, and a count i that flips where one does.) The answer testing every
    count gives, with few of them tested.

    Along a total, a lane's depth (how far past the boundary the test is, `tests`) moves by at most
    `slope` from one count to the next (`_long_frontiers`). So a count tested short of the boundary by
    more than `slack` (past the 1e-9 within which the test is worked out exactly) shows, without testing
    them, that no count within (its shortfall - slack) / slope of it flips: each of them is short of the
    boundary by more than 1e-9, and its test, worked out in floats, says so. Each lane's counts not yet
    shown are runs; the middle of every run is tested at once, and the counts it shows cut out of its run,
    until a count flips or no run is left. (Before, every count of the try that settled a lane was
    tested: 23.5 million tests for the 10,000-claim cohort project's 120,000 long frontiers, now 1.6.)
    """
    import numpy as np

    found = np.zeros(len(lanes), np.bool_)
    found_at = np.zeros(len(lanes), np.int64)
    own = np.arange(len(lanes))  # each run's lane (its place in `lanes`)
    lo, hi = first.copy(), last.copy()  # each run's first and last count
    while len(own):
        mid = (lo + hi) // 2
        e = lanes[own]
        flips, depth = tests(e, mid, t[own] - mid)
        found[own[flips]] = True
        found_at[own[flips]] = mid[flips]
        with np.errstate(divide="ignore", invalid="ignore"):
            reach = (-depth - slack[e]) / slope[e]  # NaN or below 0: the count itself alone
        reach = np.where(reach >= 0.0, np.minimum(reach, float(1 << 40)), 0.0).astype(np.int64)
        left, right = mid - reach - 1, mid + reach + 1
        keep = ~found[own]
        below, above = keep & (left >= lo), keep & (right <= hi)
        own = np.concatenate((own[below], own[above]))
        lo, hi = np.concatenate((lo[below], right[above])), np.concatenate((left[below], hi[above]))
    return found, found_at


class _LaneMoves:
    """`fragility._Moves.beyond` for many lanes at once, each lane its own pair and direction of moves."""

    def __init__(self, pairs, z, sig, lanes):
        import numpy as np

        self.pairs, self.z = pairs, z
        ks = [lane[0] for lane in lanes]
        self.k = np.array(ks, np.int64)
        self.sig = np.array([sig[k] for k in ks], np.bool_)
        self.on = np.array([lane[1] for lane in lanes], np.int64)
        self.up = self.on > 0
        self.ua = np.array([lane[4] for lane in lanes], np.float64)
        self.ub = np.array([lane[5] for lane in lanes], np.float64)
        self.va = np.array([pairs[k][0].value for k in ks], np.float64)
        self.vb = np.array([pairs[k][1].value for k in ks], np.float64)
        self.na = np.array([pairs[k][0].n for k in ks], np.float64)
        self.nb = np.array([pairs[k][1].n for k in ks], np.float64)
        self.sa = np.array([pairs[k][0].scale for k in ks], np.float64)
        self.sb = np.array([pairs[k][1].scale for k in ks], np.float64)
        self.boundary = np.array([pairs[k][2] for k in ks], np.float64)

    def sides(self, ls, counts, a_side: bool):
        """(value, edge) of a's side (or b's) moved by `counts` in lanes `ls`: the one end of its interval
        the test reads (a's lower and b's upper end where the test is on the upper side, else a's upper
        and b's lower), each end what `wilson_cc_array` gives it."""
        if a_side:
            v = self.va[ls] + counts * self.ua[ls]
            scale, n = self.sa[ls], self.na[ls]
        else:
            v = self.vb[ls] + counts * self.ub[ls]
            scale, n = self.sb[ls], self.nb[ls]
        lower = self.up[ls] if a_side else ~self.up[ls]
        return v, intervals.wilson_cc_end_array(v / scale, n, self.z, lower) * scale

    def flips_at(self, ls, a_side, b_side):
        """Does the test in lanes `ls`, from each side's moved (value, edge), differ from the observed
        one? (`fragility._Moves.beyond` != significant)"""
        import numpy as np

        (x, ea), (y, eb) = a_side, b_side
        on, boundary = self.on[ls], self.boundary[ls]
        up = on > 0
        # x - y - hypot(x - la, hb - y) when up, x - y + hypot(ha - x, y - lb) when not: one hypot
        h = np.hypot(np.where(up, x - ea, ea - x), np.where(up, eb - y, y - eb))
        edge = x - y + np.where(up, -h, h)
        beyond = np.where(up, edge > boundary, edge < boundary)
        for m in np.flatnonzero(np.abs(edge - boundary) < 1e-9).tolist():
            a, b, bnd = self.pairs[int(self.k[ls[m]])]
            beyond[m] = _beyond(a, b, float(x[m]), float(y[m]), int(on[m]), bnd, self.z)
        return beyond != self.sig[ls]

    def exact(self, lane: int, x: float, y: float) -> bool:
        """`_beyond` in one lane at moved values x and y."""
        a, b, bnd = self.pairs[int(self.k[lane])]
        return _beyond(a, b, x, y, int(self.on[lane]), bnd, self.z)
