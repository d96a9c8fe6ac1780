"""Paired rank sets: when every cohort member has per-item results, resample items once for all models.

Drawing each model's score on its own ignores that the models answered the same items: a hard item
pulls them all down together, so independent draws overstate how often the order flips. A paired
bootstrap draws one set of items per replicate and scores every model on it. From the draws come
the subject's set of ranks at 95 % (the 2.5 % and 97.5 % quantiles of its rank), P(top k), and its
tie group: the members the draws cannot separate from it (none beats it in more than 1 - α/2 of the
draws, nor it them).
"""

from __future__ import annotations

from dataclasses import dataclass

ITERS = 4_000
CHUNK = 250


@dataclass(frozen=True)
class RankSet:
    low: int  # best rank the subject holds at 95 %
    high: int  # worst
    top_k_probability: float
    tie_group: list[str]  # members not separated from the subject
    clearly_above: int  # members that beat the subject in more than 1 - α/2 of the draws
    items: int  # items every model shares
    iters: int


def paired_rank_set(
    subject: dict[str, float],
    others: list[tuple[str, dict[str, float]]],
    k: int,
    higher_is_better: bool = True,
    alpha: float = 0.05,
    iters: int = ITERS,
    seed: int = 0,
) -> RankSet | None:
    """The subject's rank set from a paired bootstrap over the items all models share; None when none."""
    import numpy as np

    keys = set(subject)
    for _, items in others:
        keys &= set(items)
    keys = sorted(keys)
    if not keys or not others:
        return None
    sign = 1.0 if higher_is_better else -1.0
    m = np.array([[subject[x] for x in keys]] + [[items[x] for x in keys] for _, items in others], dtype=np.float64)
    m *= sign
    n = len(keys)
    rng = np.random.default_rng(seed)
    ranks = np.empty(iters, dtype=np.int64)
    beats = np.zeros(len(others), dtype=np.int64)  # draws in which each member scores strictly higher
    beaten = np.zeros(len(others), dtype=np.int64)  # and strictly lower
    for start in range(0, iters, CHUNK):
        stop = min(iters, start + CHUNK)
        idx = rng.integers(0, n, size=(stop - start, n))
        # counts of each item per draw, then every model's mean in one product
        rows = stop - start
        flat = (idx + (np.arange(rows) * n)[:, None]).ravel()
        counts = np.bincount(flat, minlength=rows * n).reshape(rows, n).astype(np.float64)
        means = counts @ m.T / n  # (draws, models)
        better = means[:, 1:] > means[:, :1] + 1e-12
        ranks[start:stop] = 1 + better.sum(axis=1)
        beats += better.sum(axis=0)
        beaten += (means[:, 1:] < means[:, :1] - 1e-12).sum(axis=0)
    low, high = (int(x) for x in np.quantile(ranks, [alpha / 2, 1 - alpha / 2], method="inverted_cdf"))
    share, below = beats / iters, beaten / iters
    # not separated: neither side is ahead in more than 1 - α/2 of the draws
    ties = [name for (name, _), s, b in zip(others, share, below) if s <= 1 - alpha / 2 and b <= 1 - alpha / 2]
    above = int(np.sum(share > 1 - alpha / 2))
    return RankSet(low, high, float(np.mean(ranks <= k)), ties, above, n, iters)
