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
# counts per block of a side's steps of d (`SideTables.steps`): a bound over a frontier's counts reads a few
STEP_BLOCK = 32
# elements kept (two float64 arrays: 64 MB); past this the tables start afresh, as `intervals.remember` does
KEPT = 1 << 22


class SideTables:
    """Each side's moved shares and distances to its interval end, at every count, in two buffers."""

    def __init__(self):
        self.at: dict[tuple, int] = {}  # a side's key -> the offset of its count 0
        self.keys: list[tuple] = []  # the keys of the sides `read` was last given
        self.block_at: dict[tuple, int] = {}  # a kept side's key -> the offset of its first block in `blocks`
        self.block_kept = 0
        self.blocks = np.empty(0, np.float64)  # each block's largest step of d (`steps`)
        self.kept = 0  # elements of kept tables; a call's own (too long to keep) ranges follow them
        self.x = np.empty(0, np.float64)
        self.d = np.empty(0, np.float64)

    def clear(self) -> None:
        self.at.clear()
        self.block_at.clear()
        self.block_kept = 0
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
        self.keys = []  # each side's key, for `steps`
        for k, side in enumerate(sides):
            key = _key(side, z)
            self.keys.append(key)
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

    def steps(self, sides: list[tuple], first, last, base):
        """For each side `read` was just given (its `base`), a bound on the change of its distance d from one count to
        the next between counts first and last: the largest such change over the blocks of STEP_BLOCK counts
        that hold them (a kept side's blocks worked out once), or over first..last where it is too long to
        keep. r counts apart, d differs by at most r times it (for `fragility_batch._settle`)."""
        out = np.empty(len(sides), np.float64)
        new, alone, lanes = [], [], []  # kept sides without blocks yet; sides too long to keep; lanes with blocks
        for k, side in enumerate(sides):
            if side[5] >= TABLE_UP_TO:
                alone.append(k)
                continue
            key = self.keys[k]
            if key not in self.block_at:
                self.block_at[key] = -1 - len(new)  # placed below, once its blocks are worked out
                new.append((key, int(base[k]), side[5]))
            lanes.append((k, key))
        if new:
            self._blocks(new)
        if alone:
            lo = np.array([base[k] + first[k] for k in alone], np.int64)
            out[alone] = _largest_steps(self.d, lo, np.array([base[k] + last[k] for k in alone], np.int64))
        if lanes:
            ks = np.array([k for k, _ in lanes], np.int64)
            at = np.array([self.block_at[key] for _, key in lanes], np.int64)
            b_lo = at + np.asarray(first)[ks] // STEP_BLOCK
            b_hi = at + np.asarray(last)[ks] // STEP_BLOCK
            sizes = b_hi - b_lo + 1
            seg = np.cumsum(sizes) - sizes
            where = np.repeat(b_lo - seg, sizes) + np.arange(int(sizes.sum()), dtype=np.int64)
            out[ks] = np.maximum.reduceat(self.blocks[where], seg)
        return out

    def _blocks(self, new: list[tuple]) -> None:
        """Each new side's largest step of d in every block of STEP_BLOCK counts, after the blocks kept."""
        lo = np.array([at for _, at, _ in new], np.int64)
        hi = lo + np.array([most for _, _, most in new], np.int64)
        count = (hi - lo) // STEP_BLOCK + 1  # blocks per side (each holds at least its first count)
        offsets = np.cumsum(count) - count
        # every block's first element: a side's elements start at lo, its blocks STEP_BLOCK apart
        block_lo = (
            np.repeat(lo - offsets * STEP_BLOCK, count) + np.arange(int(count.sum()), dtype=np.int64) * STEP_BLOCK
        )
        block_hi = np.minimum(block_lo + STEP_BLOCK, np.repeat(hi, count))  # a block's steps reach its next count
        found = _largest_steps(self.d, block_lo, block_hi)
        end = self.block_kept + len(found)
        if end > len(self.blocks):
            grown = np.empty(max(end, 2 * len(self.blocks)), np.float64)
            grown[: self.block_kept] = self.blocks[: self.block_kept]
            self.blocks = grown
        self.blocks[self.block_kept : end] = found
        for (key, _, _), offset in zip(new, offsets.tolist()):
            self.block_at[key] = self.block_kept + offset
        self.block_kept = end

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


def _largest_steps(d, lo, hi):
    """The largest |d[c + 1] - d[c]| for lo <= c < hi, per range (0 where lo == hi)."""
    sizes = hi - lo + 1
    seg = np.cumsum(sizes) - sizes
    at = np.repeat(lo - seg, sizes) + np.arange(int(sizes.sum()), dtype=np.int64)
    step = np.abs(d[np.minimum(at + 1, np.repeat(hi, sizes))] - d[at])  # a range's last count: 0
    return np.maximum.reduceat(step, seg)


def _key(side: tuple, z: float) -> tuple:
    return (*side[:5], math.copysign(1.0, side[0]), z)  # -0.0 and 0.0 move to different zeros


TABLES = SideTables()
