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
    after it one below the least total found so far. Where a try is reached, the count of a found to
    flip it deepest (its edge furthest past the boundary) gives, with the fewest on b's side there (a
    bisection at that one count), a total reached: the least or near it. A try not reached settles the
    lane. Whether a try is reached is asked of a sample of its counts first (`_try`): a flip anywhere
    is enough, and only where the sample finds none is every count tested, as it takes all of them to
    show that none flips (once per lane, as a rule; before, about two and a half times). Whatever the
    guesses, each total is settled by the same tests: only their number changes.
    """
    import numpy as np

    lanes_ = np.array(long_lanes, np.int64)
    first = i0[lanes_] + 1  # each lane's least count of a; its greatest is its `long_last`
    sizes = np.array(long_last, np.int64) - i0[lanes_]
    starts = np.cumsum(sizes) - sizes
    counts = np.arange(int(sizes.sum()), dtype=np.int64) + np.repeat(first - starts, sizes)
    # each side's moved share and distance to its interval end, read by offset from the tables kept
    # (a's side at its frontier's counts, b's at 0 to j0)
    up = moves.up[lanes_].tolist()
    a_sides = list(
        zip(
            moves.va[lanes_].tolist(),
            moves.na[lanes_].tolist(),
            moves.sa[lanes_].tolist(),
            moves.ua[lanes_].tolist(),
            up,
            [lanes[e][2] for e in long_lanes],
        )
    )
    x_of, d_of, a_base = TABLES.read(a_sides, first, long_last, moves.z)
    a_at = a_base[np.repeat(np.arange(len(long_lanes)), sizes)] + counts  # a's element of each frontier count
    a_x, a_d = x_of[a_at], d_of[a_at]
    b_sides = list(
        zip(
            moves.vb[lanes_].tolist(),
            moves.nb[lanes_].tolist(),
            moves.sb[lanes_].tolist(),
            moves.ub[lanes_].tolist(),
            [not u for u in up],
            [lanes[e][3] for e in long_lanes],
        )
    )
    x_of, d_of, b_starts = TABLES.read(b_sides, np.zeros(len(long_lanes), np.int64), j0[lanes_], moves.z)
    b_x, b_d = x_of, d_of
    sign = np.where(moves.up[lanes_], -1.0, 1.0)  # edge = x - y + sign * hypot(...)
    bound = moves.boundary[lanes_] * -sign  # beyond: -sign * edge > -sign * boundary
    sig = moves.sig[lanes_]

    def tests(e, at, js):
        """Per element (long lane e, a's element at, b's count js): (flips, depth past the frontier)."""
        b_at = b_starts[e] + js
        x, y = a_x[at], b_x[b_at]
        s = sign[e]
        edge = x - y
        # the root of the sum of squares, not np.hypot (several times its cost): they differ by an ulp or
        # two of a distance within the scale, and an edge within 1e-9 of the boundary is tested exactly below
        h = a_d[at]
        h *= h
        q = b_d[b_at]
        q *= q
        h += q
        np.sqrt(h, out=h)
        h *= s
        edge += h
        edge *= -s  # beyond: edge > boundary on the upper side, edge < boundary (negated: >) else
        flips = (edge > bound[e]) != sig[e]
        past = edge - bound[e]  # how far beyond the boundary (< 0: short of it)
        for m in np.flatnonzero(np.abs(past) < 1e-9).tolist():
            flips[m] = moves.exact(int(lanes_[e[m]]), float(x[m]), float(y[m])) != sig[e[m]]
        return flips, np.where(sig[e], -past, past)

    hi = i0[long_lanes] + j0[long_lanes]  # a total reached (at i0, j0)
    lo = first - 1  # a total not reached within the frontier (every count there is at least `first`)
    open_ = np.flatnonzero(hi - lo > 1)
    while len(open_):
        t = hi[open_] - 1
        reached, e_at, a_at = _try(tests, open_, t, first, sizes, starts, counts)
        lo[open_[~reached]] = t[~reached]  # settled: hi is the least total
        if reached.any():
            # at the deepest flip found in each lane reached: the fewest on b's side there, a total reached
            # below the one before (the least, or near it)
            hi[open_[reached]] = _least_at(tests, e_at, a_at, t[reached], counts)
        open_ = open_[hi[open_] - lo[open_] > 1]
    for e, total in zip(long_lanes, hi.tolist()):
        k = lanes[e][0]
        best[k] = total if best[k] is None else min(best[k], total)


def _least_at(tests, lanes_i, at_i, t, counts):
    """A total reached in each lane `lanes_i`, from a count of a (element `at_i`) that flips the test at
    total t: that count plus the fewest on b's side that flip it with it (a bisection at that one count)."""
    j = _fewest(lambda ls, js: tests(lanes_i[ls], at_i[ls], js)[0], t - counts[at_i])
    return counts[at_i] + j


def _try(tests, open_, t, first, sizes, starts, counts):
    """Is total t (per lane) reached in each lane `open_`, i.e. does some count of a, first .. min(last, t),
    flip the test with t minus it on b's side? (reached, lane and a's element of a deep flip in each lane
    reached). A sample of the counts is tested first (`_scout`); only the lanes where it finds no flip
    have every count tested, as it takes all of them to show that none flips."""
    import numpy as np

    m = np.minimum(sizes[open_], t - first[open_] + 1)  # every open lane has a count (t >= first)
    reached, at_of = _scout(tests, open_, t, m, starts, counts)
    rest = np.flatnonzero(~reached)
    if len(rest):
        lanes, mr = open_[rest], m[rest]
        seg = np.cumsum(mr) - mr
        at = np.repeat(starts[lanes] - seg, mr) + np.arange(int(mr.sum()), dtype=np.int64)
        flips, depth = tests(np.repeat(lanes, mr), at, np.repeat(t[rest], mr) - counts[at])
        got = np.logical_or.reduceat(flips, seg)
        if got.any():
            at_of[rest[got]] = at[_deepest(flips, depth, seg, mr, got)]
            reached[rest[got]] = True
    return reached, open_[reached], at_of[reached]


def _scout(tests, open_, t, m, starts, counts):
    """(flips found, a's element of the deepest flip found) in each lane `open_` at total t, from a sample
    of its `m` counts: one in every `stride` (the root of half their number), then every count within a
    stride of the sample's deepest. Along the counts the depth rises and falls once, as a rule, so where
    some count flips the test one of these does; where none of these does, `_try` tests every count."""
    import numpy as np

    stride = np.maximum(np.sqrt(m / 2).astype(np.int64), 1)
    k = (m - 1) // stride + 1
    seg = np.cumsum(k) - k
    pos = (np.arange(int(k.sum()), dtype=np.int64) - np.repeat(seg, k)) * np.repeat(stride, k)
    at = np.repeat(starts[open_], k) + pos
    flips, depth = tests(np.repeat(open_, k), at, np.repeat(t, k) - counts[at])
    reached = np.logical_or.reduceat(flips, seg)
    at_of = np.zeros(len(open_), np.int64)
    if reached.any():
        at_of[reached] = at[_deepest(flips, depth, seg, k, reached)]
    # around each lane's highest sample (flipping or not): every count within a stride of it
    deep = np.fmax(depth, -1e308)
    top = np.flatnonzero(deep == np.repeat(np.maximum.reduceat(deep, seg), k))
    center = pos[top[np.searchsorted(top, seg)]]
    low = np.maximum(center - stride + 1, 0)
    wk = np.minimum(center + stride - 1, m - 1) - low + 1
    wseg = np.cumsum(wk) - wk
    at = np.repeat(starts[open_] + low - wseg, wk) + np.arange(int(wk.sum()), dtype=np.int64)
    flips, depth = tests(np.repeat(open_, wk), at, np.repeat(t, wk) - counts[at])
    near = np.logical_or.reduceat(flips, wseg)
    if near.any():
        at_of[near] = at[_deepest(flips, depth, wseg, wk, near)]  # the window's deepest, where it has one
    return reached | near, at_of


def _deepest(flips, depth, seg, m, reached):
    """In each reached segment of a try (segments start at `seg`, `m` long), the first element that flips
    the test furthest past the boundary: the count of a likeliest to give the least total."""
    import numpy as np

    deep = np.where(flips, np.fmax(depth, -1e308), -np.inf)  # every flip above every other, NaN too
    deepest = np.flatnonzero(deep == np.repeat(np.maximum.reduceat(deep, seg), m))
    return deepest[np.searchsorted(deepest, seg[reached])]


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
