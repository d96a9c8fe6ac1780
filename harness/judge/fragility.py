"""Fragility: the fewest answers that would have to change to flip a comparison's test.

- For paired per-item results with 0/1 scores: from the discordant counts (items only one model got
  right), the fewest items whose answer would have to change, for one model, to flip the exact
  McNemar test from significant to not (or back).
- For two unpaired shares of n items: the fewest items (on either side, each one answer changed)
  that would flip the Newcombe test from significant to not (or back); searched once per pair of
  scores, one by one here or for a batch of pairs in arrays (`fragility_batch`; a board's scores recur).
"""

from __future__ import annotations

import math

from harness.judge import intervals, stats
from harness.judge.intervals import Score


def fragility(b: int, c: int, concordant: int, alpha: float = stats.DEFAULT_ALPHA) -> tuple[int | None, str]:
    """Fewest single-model answer changes that flip the exact McNemar test at alpha (None: none can).

    One change moves one discordant count by one. b is the larger count (the leader's items). A
    significant result is pushed towards no difference: a concordant item becomes one only the
    other model got right (c + 1; it also adds to the discordant total, the stronger move), then
    an item only the leader got right becomes concordant (b - 1). A non-significant one is pushed
    away from it: first c - 1, then b + 1 from the concordant items. Each order takes the most
    effective change first, and the p moves monotonically along it, so a bisection finds k.
    """
    if b < c:
        b, c = c, b
    significant = stats.mcnemar_exact(b, c) < alpha

    def after(k: int) -> tuple[int, int]:
        if significant:
            up = min(k, concordant)
            return b - (k - up), c + up
        down = min(k, c)
        return b + (k - down), c - down

    def flipped(k: int) -> bool:
        bb, cc = after(k)
        return (stats.mcnemar_exact(bb, cc) < alpha) != significant

    # a significant result flips at the latest where the counts meet (each change closes the gap by one)
    most = (b - c) if significant else (c + concordant)
    if most < 1 or not flipped(most):
        return None, "not significant" if significant else "significant"
    lo, hi = 0, most
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if flipped(mid):
            hi = mid
        else:
            lo = mid
    return hi, "not significant" if significant else "significant"


# past this many items on a side, the fragility of two shares is not worked out: its search holds arrays
# of every count a side can move by (a catalog item count of 10^9 asked for gigabytes and was killed)
FRAGILITY_MAX_ITEMS = 1_000_000


def share_fragility(a: Score, b: Score, boundary: float, alpha: float) -> tuple[int | None, str | None]:
    """`_share_fragility`, searched once per (a, b, boundary, alpha), one by one or in a batch
    (`fragility_batch.know_fragility`): a board's scores recur, the same values over the same items."""
    key = (a, b, boundary, alpha)
    found = _KNOWN.get(key)
    if found is None:
        found = intervals.remember(_KNOWN, key, _share_fragility(a, b, boundary, alpha))
    return found


def _share_fragility(a: Score, b: Score, boundary: float, alpha: float) -> tuple[int | None, str | None]:
    """Fewest items changing answer (on either side) that flip the unpaired test of a - b at `boundary`.

    a and b are shares of n items (the difference signed like the boundary). A significant result is
    pushed towards the boundary (a loses items right, b gains them), a non-significant one either
    way until it is significant on that side; each side can move only by the items it has. Along
    either side's moves the test's verdict changes once, so from the fewest on a's side that can flip
    it (i0, with all of b's room; bisection) and the fewest on b's side with those (j0), the fewest
    on b's side only falls as a's count grows: the answer is the least i + j over the counts i from
    i0 to i0 + j0. A short run of counts is walked one test at a time; a long one (a wide gap on a
    large benchmark: hundreds of counts) is searched in arrays, one bisection for every count at once.
    None when no change within the items flips it.
    """
    if max(a.n, b.n) > FRAGILITY_MAX_ITEMS:
        return None, None  # not worked out: its arrays hold every count a side can move by
    z = stats.z_critical(alpha)
    d = a.value - b.value
    side = 1 if d > boundary else -1
    significant = abs(d - boundary) > 1e-12 and _beyond(a, b, a.value, b.value, side, boundary, z)
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
        moves = _Moves(a, b, max_i, max_j, ua, ub, on, boundary, z)

        def flipped(i: int, j: int, ua=ua, ub=ub, on=on) -> bool:
            return _beyond(a, b, a.value + i * ua, b.value + j * ub, on, boundary, z) != significant

        if not flipped(max_i, max_j):
            continue  # all the room there is does not flip it this way
        # the fewest on a's side that can flip it, with all of b's room; then the fewest on b's side
        # with that: each a bisection over every count's test, worked out at once
        i = _bisect(moves.beyond(moves.every_i, max_j) != significant)
        j = _bisect(moves.beyond(i, moves.every_j) != significant)
        last = min(max_i, i + j - 1, (best if best is not None else i + j) - 1)  # counts that could do better
        if last - i > WALK_UP_TO:
            found = moves.frontier(i, j, last, significant)
            best = found if best is None else min(best, found)
            continue
        while True:
            best = i + j if best is None else min(best, i + j)
            i += 1
            if j == 0 or i > max_i or i >= best:
                break
            while j > 0 and flipped(i, j - 1):
                j -= 1
    return best, "not significant" if significant else "significant"


def _bisect(flips) -> int:
    """The count the scalar bisection over `flips` (one test per count, true at the last) settles on."""
    lo, hi = -1, len(flips) - 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        lo, hi = (lo, mid) if flips[mid] else (mid, hi)
    return hi


class _Moves:
    """One direction of `share_fragility`'s moves: each side's interval end the test reads, at every count
    it can move by."""

    def __init__(self, a: Score, b: Score, max_i: int, max_j: int, ua: float, ub: float, on: int, boundary, z):
        import numpy as np

        self.a, self.b, self.on, self.boundary, self.z = a, b, on, boundary, z
        self.every_i, self.every_j = np.arange(max_i + 1, dtype=np.int64), np.arange(max_j + 1, dtype=np.int64)
        self.va, self.vb = a.value + self.every_i * ua, b.value + self.every_j * ub
        # the one end of each side's interval the test reads: a's lower and b's upper when it is on the
        # upper side, else a's upper and b's lower
        ea = intervals.wilson_cc_end_array(self.va / a.scale, a.n, z, np.full(len(self.va), on > 0)) * a.scale
        eb = intervals.wilson_cc_end_array(self.vb / b.scale, b.n, z, np.full(len(self.vb), on <= 0)) * b.scale
        self.ea, self.eb = ea, eb

    def beyond(self, i, j):
        """`_beyond` at counts i on a's side and j on b's (arrays, or one of them a whole number); an edge
        within 1e-9 of the boundary (where numpy's hypot may round otherwise than math's) is `_beyond`'s."""
        import numpy as np

        x, y = self.va[i], self.vb[j]
        if self.on > 0:
            edge = x - y - np.hypot(x - self.ea[i], self.eb[j] - y)
            out = edge > self.boundary
        else:
            edge = x - y + np.hypot(self.ea[i] - x, y - self.eb[j])
            out = edge < self.boundary
        near = np.flatnonzero(np.abs(edge - self.boundary) < 1e-9)
        if len(near):
            x, y = np.broadcast_to(x, out.shape), np.broadcast_to(y, out.shape)
            for k in near.tolist():
                out[k] = _beyond(self.a, self.b, float(x[k]), float(y[k]), self.on, self.boundary, self.z)
        return out

    def frontier(self, i0: int, j0: int, last: int, significant: bool) -> int:
        """The least i + j over i0 <= i <= last, j the fewest on b's side that flip the test with i on a's
        (one bisection for every i at once)."""
        import numpy as np

        counts = self.every_i[i0 + 1 : last + 1]

        def flips(lanes, j):
            return self.beyond(counts[lanes], j) != significant

        return int(min(i0 + j0, (counts + _fewest(flips, np.full(len(counts), j0, np.int64))).min()))


WALK_UP_TO = 24  # counts on a's side walked one test at a time; past this many, one bisection in arrays


def _fewest(flips, hi):
    """For each lane, the least count in [0, hi] where `flips(lanes, counts)` holds (it holds at hi
    and, once it holds, at every greater count): the scalar bisection, run in every lane at once."""
    import numpy as np

    lo = np.full(len(hi), -1, np.int64)
    hi = hi.astype(np.int64)
    open_ = np.flatnonzero(hi - lo > 1)
    while len(open_):
        mid = (lo[open_] + hi[open_]) // 2
        yes = flips(open_, mid)
        hi[open_[yes]] = mid[yes]
        lo[open_[~yes]] = mid[~yes]
        open_ = open_[hi[open_] - lo[open_] > 1]
    return hi


def _beyond(a: Score, b: Score, va: float, vb: float, side: int, boundary: float, z: float) -> bool:
    """Is va - vb (a's and b's shares, moved) significant on this side of the boundary?"""
    ia = intervals.wilson_cc(va / a.scale, a.n, z)
    ib = intervals.wilson_cc(vb / b.scale, b.n, z)
    lo, hi = intervals.mover(va, (ia[0] * a.scale, ia[1] * a.scale), vb, (ib[0] * b.scale, ib[1] * b.scale))
    return lo > boundary if side > 0 else hi < boundary


# every fragility searched, one by one or in a batch
_KNOWN: dict[tuple[Score, Score, float, float], tuple[int | None, str]] = {}


def forget_fragility() -> None:
    """Forget every fragility worked out so far."""
    intervals.forget(_KNOWN)
