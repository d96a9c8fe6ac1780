"""Repeats and clusters in per-item results: item means over repeats, cluster-robust standard errors.

Items are not always independent: SWE-bench tasks come in repositories, MMLU questions in subjects,
and a hard repository drags all its tasks down together. Treating them as independent makes the SE
too small. The cluster-robust SE of a mean sums the residuals within each cluster before squaring
(the CR1 sandwich, as statsmodels' OLS with cov_type="cluster" on an intercept: factor G/(G-1)).
Repeats of one item (Inspect epochs, several samples) are first averaged into the item's mean, so an
item counts once however often it was run.
"""

from __future__ import annotations

from harness.evidence.itemstats import cluster_robust_se, item_means
from harness.judge.stats import TestResult, normal_two_sided_p

__all__ = ["cluster_robust_se", "item_means", "paired_clustered_test"]


def paired_clustered_test(a: dict[str, float], b: dict[str, float], clusters: dict[str, str]) -> TestResult | None:
    """Paired z-test on item means with a cluster-robust SE; an item without a cluster is its own."""
    keys = sorted(set(a) & set(b))
    if not keys:
        return None
    d = [a[k] - b[k] for k in keys]
    groups = [clusters.get(k, f"\0{k}") for k in keys]
    se = cluster_robust_se(d, groups)
    mean = sum(d) / len(d)
    p = (0.0 if mean != 0 else 1.0) if se == 0 else normal_two_sided_p(mean / se)
    g = len(set(groups))
    return TestResult(
        100.0 * se, p, f"paired z-test, cluster-robust SE ({g} clusters, {len(keys)} items)", None, len(keys)
    )
