"""Paired rank sets: when every cohort member has per-item results, resample items once for all models.

Drawing each model's score on its own ignores that the models answered the same items: a hard item
pulls them all down together, so independent draws overstate how often the order flips. A paired
bootstrap draws one set of items per replicate and scores every model on it. When the items come in
clusters (SWE-bench repositories, MMLU subjects) the draw is of whole clusters (a cluster bootstrap):
items of one repository rise and fall together, and drawing them one by one would make the rank set
too narrow. From the draws come the subject's set of ranks at 95 % (the 2.5 % and 97.5 % quantiles
of its rank), P(top k), and its tie group: the members the draws cannot separate from it (none beats
it in more than 1 - α/2 of the draws, nor it them).
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
    clusters: int | None = None  # clusters drawn (a cluster bootstrap); None when items were drawn


def cluster_sums(m, keys: list[str], clusters: dict[str, str] | None):
    """Per-cluster sums of every model's scores (models × clusters) and each cluster's size, clusters
    in order of first appearance among `keys`; an item without a cluster is a cluster of its own."""
    import numpy as np

    if not clusters:
        return m, np.ones(len(keys))
    index: dict[str, int] = {}
    ids = np.array([index.setdefault(clusters.get(k, "\0" + k), len(index)) for k in keys], dtype=np.int64)
    sums = np.zeros((m.shape[0], len(index)))
    np.add.at(sums.T, ids, m.T)
    return sums, np.bincount(ids, minlength=len(index)).astype(np.float64)


def paired_rank_set(
    subject: dict[str, float],
    others: list[tuple[str, dict[str, float]]],
    k: int,
    higher_is_better: bool = True,
    alpha: float = 0.05,
    iters: int = ITERS,
    seed: int = 0,
    clusters: dict[str, str] | None = None,
) -> RankSet | None:
    """The subject's rank set from a paired bootstrap over the items all models share (over their
    clusters when `clusters`, item id -> group, is given); None when they share none."""
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
    sums, sizes = cluster_sums(m, keys, clusters)
    g = len(sizes)
    rng = np.random.default_rng(seed)
    ranks = np.empty(iters, dtype=np.int64)
    beats = np.zeros(len(others), dtype=np.int64)  # draws in which each member scores strictly higher
    beaten = np.zeros(len(others), dtype=np.int64)  # and strictly lower
    for start in range(0, iters, CHUNK):
        stop = min(iters, start + CHUNK)
        rows = stop - start
        idx = rng.integers(0, g, size=(rows, g))
        # counts of each cluster (item) per draw, then every model's mean in one product
        flat = (idx + (np.arange(rows) * g)[:, None]).ravel()
        counts = np.bincount(flat, minlength=rows * g).reshape(rows, g).astype(np.float64)
        means = counts @ sums.T / (counts @ sizes)[:, None]  # (draws, models)
        better = means[:, 1:] > means[:, :1] + 1e-12
        ranks[start:stop] = 1 + better.sum(axis=1)
        beats += better.sum(axis=0)
        beaten += (means[:, 1:] < means[:, :1] - 1e-12).sum(axis=0)
    low, high = (int(x) for x in np.quantile(ranks, [alpha / 2, 1 - alpha / 2], method="inverted_cdf"))
    share, below = beats / iters, beaten / iters
    # not separated: neither side is ahead in more than 1 - α/2 of the draws
    ties = [name for (name, _), s, b in zip(others, share, below) if s <= 1 - alpha / 2 and b <= 1 - alpha / 2]
    above = int(np.sum(share > 1 - alpha / 2))
    drawn = g if clusters and g < len(keys) else None
    return RankSet(low, high, float(np.mean(ranks <= k)), ties, above, len(keys), iters, drawn)
