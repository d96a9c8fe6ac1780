"""Item means over repeats and the cluster-robust SE of a mean: the arithmetic importers and tests share."""

from __future__ import annotations

import math
from collections.abc import Iterable


def item_means(scores: Iterable[tuple[str, float]]) -> dict[str, float]:
    """Average repeated scores of one item (item id -> mean), in order of first appearance."""
    sums: dict[str, list[float]] = {}
    for item, value in scores:
        acc = sums.setdefault(item, [0.0, 0])
        acc[0] += value
        acc[1] += 1
    return {k: s / n for k, (s, n) in sums.items()}


def cluster_label(value) -> str | None:
    """A cluster cell as a label; None where it names no cluster (empty, blank, NaN), so the item is its own.

    Blank and NaN cells are what a table with gaps writes (pandas writes a missing integer as NaN): read as
    labels, every such item would fall into one cluster "nan" or "", and the SE would group unrelated items.
    A whole number written as a float (3.0, again pandas) is the same cluster as 3.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float):
        if not math.isfinite(value):
            return None
        return str(int(value)) if value.is_integer() else repr(value)
    text = str(value).strip()
    return text or None


def cluster_robust_se(values: list[float], clusters: list[str]) -> float:
    """SE of the mean of values, robust to correlation within clusters (CR1; 0 for fewer than 2 clusters)."""
    n = len(values)
    if n == 0:
        return 0.0
    mean = sum(values) / n
    totals: dict[str, float] = {}
    for v, g in zip(values, clusters):
        totals[g] = totals.get(g, 0.0) + (v - mean)
    groups = len(totals)
    if groups < 2:
        return 0.0
    meat = sum(t * t for t in totals.values())
    return math.sqrt(groups / (groups - 1) * meat) / n
