"""P(top k) and the tie-group rank of a subject over a cohort's arrays: the same draws and results as
`stats.top_k_probability` and `stats.tie_group_rank`, without drawing for members whose place
against the subject no draw changes."""

from __future__ import annotations

import numpy as np

from harness.judge import stats

SIMS = 20_000  # normal draws per score for P(top k), as stats.top_k_probability
_FIRST = 4  # members drawn over every draw before the decided draws are dropped
_BLOCK = 1 << 16  # open draws times members up to which a part's draws are one block

_BOUNDS: dict[str, np.ndarray] = {"low": np.zeros(0), "high": np.zeros(0)}


def _block_bounds(blocks: int) -> tuple[np.ndarray, np.ndarray]:
    """The least and greatest of each block of SIMS standard normals (block i: the draws of score i)."""
    have = len(_BOUNDS["low"])
    if have < blocks:
        z = stats._standard_normals(0, SIMS * blocks).reshape(blocks, SIMS)
        _BOUNDS["low"], _BOUNDS["high"] = z.min(axis=1), z.max(axis=1)
    return _BOUNDS["low"][:blocks], _BOUNDS["high"][:blocks]


def top_k_probability(
    sv: float, s_se: float, values: np.ndarray, ses: np.ndarray, k: int, higher_is_better: bool
) -> float:
    """`stats.top_k_probability` with the same draws and the same result, without drawing for the
    members that beat the subject in every draw (counted) or in none (left out).

    A draw is value + se * z and rounding keeps order, so a member's least and greatest draws are
    those of its block's least and greatest z: comparing them with the subject's bounds is exact.
    """
    m = len(values)
    if m == 0:
        return 1.0 if k >= 1 else 0.0
    low, high = _block_bounds(m + 1)
    s_low, s_high = sv + s_se * low[0], sv + s_se * high[0]
    # each member's draw nearest the subject's in the way it beats it (its least where higher is better),
    # and its farthest; the members ahead in every draw first: most units end there (k of them)
    near = values + ses * (low[1:] if higher_is_better else high[1:])
    always = near > s_high if higher_is_better else near < s_low
    ahead = int(np.count_nonzero(always))
    if ahead >= k:
        return 0.0
    far = values + ses * (high[1:] if higher_is_better else low[1:])
    never = far <= s_low if higher_is_better else far >= s_high
    unsure = np.flatnonzero(~always & ~never)
    if not len(unsure):
        return 1.0
    flat = stats._standard_normals(0, SIMS * (m + 1))
    z = flat.reshape(m + 1, SIMS)
    s = z[0] * s_se
    s += sv
    # the members likeliest to be ahead first; a draw with `k` members ahead is decided and dropped
    unsure = unsure[np.argsort(-values[unsure] if higher_is_better else values[unsure], kind="stable")]
    ahead_of = np.greater if higher_is_better else np.less
    # the first members over every draw, into buffers made once: the same products and sums as
    # `ses[i] * z[1 + i] + values[i]`, and those of them ahead counted in bytes (at most _FIRST)
    first = unsure[:_FIRST].tolist()
    draws, beats = np.empty(SIMS), np.empty(SIMS, np.bool_)
    better = np.zeros(SIMS, np.int8)
    for i in first:
        np.multiply(z[1 + i], ses[i], out=draws)
        draws += values[i]
        better += ahead_of(draws, s, out=beats)
    alive = np.flatnonzero(better < k - ahead)
    better = better.astype(np.int64)
    better += ahead
    rest, step = unsure[len(first) :], 2 * _FIRST
    while len(rest) and len(alive):
        s_open = s[alive]
        # the members ahead in none of the open draws are left out, as `never` left out those ahead in
        # none at all: the open draws are those the subject does best in, so each part leaves out more
        if higher_is_better:
            rest = rest[far[rest] > s_open.min()]
        else:
            rest = rest[far[rest] < s_open.max()]
        part, rest = rest[:step], rest[step:]
        ahead_now = better[alive]
        step *= 2  # few members first: most draws are decided by the best ones
        if len(alive) * len(part) <= _BLOCK:
            # few open draws: the part's rows as one block (each element the same product and sum)
            block = flat.take(((part + 1) * SIMS)[:, None] + alive)
            block *= ses[part][:, None]
            block += values[part][:, None]
            ahead_now += np.add.reduce(ahead_of(block, s_open), axis=0, dtype=np.int16)  # (a part < 2**15)
        else:
            # member by member, its open draws taken (no block of the part's rows gathered)
            for i in part.tolist():
                draws = ses[i] * z[1 + i].take(alive)
                draws += values[i]
                ahead_now += ahead_of(draws, s_open)
        better[alive] = ahead_now
        alive = alive[ahead_now < k]
    return float(len(alive) / SIMS)


def tie_group_rank(
    sv: float, s_se: float, values: np.ndarray, ses: np.ndarray, alpha: float, higher_is_better: bool
) -> int:
    """`stats.tie_group_rank` over arrays: 1 + members whose lower bound is above the subject's upper bound."""
    return 1 + int(
        np.count_nonzero(lower_bounds(values, ses, alpha, higher_is_better) > _upper(sv, s_se, alpha, higher_is_better))
    )


def lower_bounds(values: np.ndarray, ses: np.ndarray, alpha: float, higher_is_better: bool) -> np.ndarray:
    """Each member's lower bound, signed so that higher is better, as `tie_group_rank` compares them."""
    sign = 1.0 if higher_is_better else -1.0
    return sign * values - stats.z_critical(alpha) * ses


def _upper(sv: float, s_se: float, alpha: float, higher_is_better: bool) -> float:
    sign = 1.0 if higher_is_better else -1.0
    return sign * sv + stats.z_critical(alpha) * s_se


def tie_group_rank_among(
    sv: float, s_se: float, bounds: tuple[np.ndarray, np.ndarray], cut: int, alpha: float, higher_is_better: bool
) -> int:
    """`tie_group_rank` over a setting's members with the one at `cut` taken out (-1: none), from their
    `lower_bounds` and those sorted (no bound is NaN): the members above counted by a search."""
    bound, ascending = bounds
    upper = _upper(sv, s_se, alpha, higher_is_better)
    above = len(ascending) - int(ascending.searchsorted(upper, side="right"))
    return 1 + above - int(cut >= 0 and bound[cut] > upper)


def nearest_draws(values: np.ndarray, ses: np.ndarray, higher_is_better: bool) -> tuple[np.ndarray, np.ndarray]:
    """`top_k_probability`'s `near` of a setting's members: each at its own block (position + 1), as when
    no member before it is taken out, and at the block before, as when one is."""
    low, high = _block_bounds(len(values) + 1)
    bound = low if higher_is_better else high
    return values + ses * bound[1:], values + ses * bound[:-1]


def ahead_in_every_draw(
    sv: float, s_se: float, near: tuple[np.ndarray, np.ndarray], cut: int, higher_is_better: bool
) -> int:
    """`top_k_probability`'s count of the members ahead in every draw, over a setting's members with the
    one at `cut` taken out (-1: none), from their `nearest_draws`: the same elements, each compared with
    the same bound of the subject's draws (those after `cut` sit one block lower once it is taken out)."""
    low, high = _block_bounds(1)
    own, moved = near
    if higher_is_better:
        s_high = sv + s_se * high[0]
        if cut < 0:
            return int(np.count_nonzero(own > s_high))
        return int(np.count_nonzero(own[:cut] > s_high)) + int(np.count_nonzero(moved[cut + 1 :] > s_high))
    s_low = sv + s_se * low[0]
    if cut < 0:
        return int(np.count_nonzero(own < s_low))
    return int(np.count_nonzero(own[:cut] < s_low)) + int(np.count_nonzero(moved[cut + 1 :] < s_low))
