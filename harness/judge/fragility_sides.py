"""The sides of the share fragility's long frontiers, each worked out once per process and read again.

A long frontier (`fragility_batch._long_frontiers`) tests one side of a pair moved by every count from
its frontier's first to its last: the moved share x, and the distance from x to the one end of its
interval the test reads (x - lower end, or upper end - x). Those depend on the side alone (its share,
items, scale, which way it moves, which end, the critical z), not on the pair, and a board's scores
recur: on the cohort workload a chunk's long frontiers asked for 7.7 million such elements, from 5,085
distinct sides. So each side is worked out once at every count it can move by, kept in one buffer,
and a frontier reads its elements by offset. Each element is what the frontier worked out before,
by the same operations on the same numbers (elementwise, so where it is computed does not matter).
"""

from __future__ import annotations

import math

import numpy as np

from harness.judge import intervals

# a side that can move by more counts than this is worked out over the frontier asked for alone, each time
TABLE_UP_TO = 1 << 14
# elements kept (two float64 arrays: 64 MB); past this the tables start afresh, as `intervals.remember` does
KEPT = 1 << 22


class SideTables:
    """Each side's moved shares and distances to its interval end, at every count, in two buffers."""

    def __init__(self):
        self.at: dict[tuple, int] = {}  # a side's key -> the offset of its count 0
        self.kept = 0  # elements of kept tables; a call's own (too long to keep) ranges follow them
        self.x = np.empty(0, np.float64)
        self.d = np.empty(0, np.float64)

    def clear(self) -> None:
        self.at.clear()
        self.kept = 0

    def read(self, sides: list[tuple], first, last, z: float):
        """(x, d, base): for side k, x[base[k] + c] and d[base[k] + c] are its moved share and distance at
        count c, for first[k] <= c <= last[k]. A side is (value, items, scale, one item's move, lower end,
        most counts), the move signed; the buffers hold until the next call."""
        if self.kept > KEPT:
            self.clear()
        base = np.empty(len(sides), np.int64)
        old = self.kept  # elements already in the buffers
        todo = []  # (side, first count, last count, offset) to work out
        end = self.kept
        for k, side in enumerate(sides):
            key = (*side[:5], math.copysign(1.0, side[0]), z)  # -0.0 and 0.0 move to different zeros
            at = self.at.get(key)
            if at is None and side[5] < TABLE_UP_TO:
                at = self.at[key] = end
                todo.append((side, 0, side[5], end))
                end += side[5] + 1
            if at is not None:
                base[k] = at
        self.kept = end
        for k, side in enumerate(sides):
            if side[5] >= TABLE_UP_TO:  # too long to keep: its frontier alone, after the kept tables
                lo, hi = int(first[k]), int(last[k])
                base[k] = end - lo
                todo.append((side, lo, hi, end))
                end += hi - lo + 1
        if todo:
            self._work_out(todo, old, end, z)
        return self.x, self.d, base

    def _work_out(self, todo: list[tuple], old: int, end: int, z: float) -> None:
        if end > len(self.x):
            size = max(end, 2 * len(self.x))
            for name in ("x", "d"):
                grown = np.empty(size, np.float64)
                grown[:old] = getattr(self, name)[:old]
                setattr(self, name, grown)
        sizes = np.array([hi - lo + 1 for _, lo, hi, _ in todo], np.int64)
        starts = np.cumsum(sizes) - sizes
        counts = np.arange(int(sizes.sum()), dtype=np.int64) + np.repeat(
            np.array([lo for _, lo, _, _ in todo], np.int64) - starts, sizes
        )

        def each(i: int, dtype):
            return np.repeat(np.array([side[i] for side, _, _, _ in todo], dtype), sizes)

        value, n, scale, move, lower = (
            each(0, np.float64),
            each(1, np.float64),
            each(2, np.float64),
            each(3, np.float64),
            each(4, np.bool_),
        )
        # as `fragility_batch._LaneMoves.sides` and `_Signed` work them out, element by element
        x = value + counts * move
        edge = intervals.wilson_cc_end_array(x / scale, n, z, lower) * scale
        d = np.where(lower, x - edge, edge - x)
        where = np.repeat(np.array([at for _, _, _, at in todo], np.int64) - starts, sizes) + np.arange(len(x))
        self.x[where] = x
        self.d[where] = d


TABLES = SideTables()
