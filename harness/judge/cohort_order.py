"""Where the subject stands among a cohort's plain cells, by their order of signed value: the members that beat
it, the members at and above the cut of the top k, and the values the rank simulation draws over (`cohort.py`
builds a rank unit from these)."""

from __future__ import annotations

import numpy as np

from harness.judge.cohort_cells import SettingCells, desc_order
from harness.judge.significance import EPS


def less_subject(plain: SettingCells, cut_at: int) -> tuple[np.ndarray, np.ndarray]:
    """`plain`'s values and SEs less the member at `cut_at` (-1: none), in order: the arrays P(top k) draws over."""
    if cut_at < 0:
        return plain.value, plain.se
    return tuple(np.concatenate((a[:cut_at], a[cut_at + 1 :])) for a in (plain.value, plain.se))


def losses(plain: SettingCells, sv: float, sign: float, cut_at: int) -> int:
    """The members scoring above the subject by EPS or more, over `plain`'s members less the one at
    `cut_at` (-1: none; no value NaN), from their order by signed value: a member's (sv - v) * sign is
    s - w exactly (s, w: the subject's and its value times the sign; negation is exact), which falls as w
    rises, so the losses (at most -EPS) are a leading run of the order, found by a search and checked."""
    order, neg = desc_order(plain, sign)
    s = sv * sign

    def loss(at: int) -> bool:
        return s - -float(neg[at]) <= -EPS

    end = int(neg.searchsorted(-(s + EPS), side="right"))
    while end > 0 and not loss(end - 1):
        end -= 1
    while end < len(neg) and loss(end):
        end += 1
    return end - int(cut_at >= 0 and s - float(plain.value[cut_at]) * sign <= -EPS)


def at_and_above_cut(index: np.ndarray, signed: np.ndarray, top: int) -> set[int]:
    """Cohort positions of the `top` best-scoring members, and of any tied with the last of them."""
    if not len(signed) or top < 1:
        return set()
    # the top-th greatest (np.partition puts the same element there as a full sort, NaN last alike)
    cut = np.partition(signed, len(signed) - min(top, len(signed)))[len(signed) - min(top, len(signed))]
    return set(index[signed >= cut - EPS].tolist())


def cut_among(plain: SettingCells, sign: float, cut_at: int, top: int) -> set[int]:
    """`at_and_above_cut` over `plain`'s members less the one at `cut_at` (-1: none), from their order
    kept by signed value: the `top`-th greatest is found among the first entries, and those at or above
    it less EPS are a leading run of the order (no value is NaN)."""
    order, neg = desc_order(plain, sign)
    n = len(order) - (cut_at >= 0)
    if n == 0 or top < 1:
        return set()
    top = min(top, n)
    pos = top if cut_at in order[:top].tolist() else top - 1  # the top-th entry that is not the subject's
    cut = -neg[pos]
    end = int(neg.searchsorted(-(cut - EPS), side="right"))
    chosen = order[:end]
    if cut_at >= 0:
        chosen = chosen[chosen != cut_at]
    return set(plain.where[chosen].tolist())
