"""Coverage of the 95 % intervals for a share of n items and for a difference of two shares.

For each n and true share p the coverage is computed exactly: the sum of the binomial probabilities
of every count whose interval holds p (no simulation error). "used" is the method the engine uses
(Wilson for one share, Newcombe's hybrid score interval for a difference); "normal" is the normal
approximation p̂ ± 1.96·sqrt(p̂(1-p̂)/n) it replaced. The summary lines take the minimum and the mean
over a fine grid of p (961 values from 0.02 to 0.98; for differences 25 × 25 pairs).

    python bench/coverage.py
"""

from __future__ import annotations

import numpy as np
from scipy.stats import binom

from harness.judge.intervals import mover, wilson
from harness.judge.stats import z_critical

NS = (30, 100, 198, 500)
TABLE_PS = (0.02, 0.05, 0.10, 0.20, 0.30, 0.50, 0.70, 0.80, 0.90, 0.95, 0.98)
Z = z_critical(0.05)


def one_share_bounds(n: int) -> tuple[np.ndarray, np.ndarray]:
    """(Wilson, normal) intervals for every count 0..n, as (n+1, 2) arrays of shares."""
    k = np.arange(n + 1)
    used = np.array([wilson(x / n, n, Z) for x in k])
    p = k / n
    half = Z * np.sqrt(p * (1 - p) / n)
    return used, np.stack([p - half, p + half], axis=1)


def share_coverage(bounds: np.ndarray, n: int, p: float) -> float:
    pmf = binom.pmf(np.arange(n + 1), n, p)
    return float(pmf[(bounds[:, 0] <= p + 1e-12) & (p - 1e-12 <= bounds[:, 1])].sum())


def difference_bounds(n: int) -> tuple[np.ndarray, np.ndarray]:
    """(Newcombe, normal) intervals of p1 - p2 for every pair of counts, as (n+1, n+1, 2) arrays."""
    k = np.arange(n + 1)
    p = k / n
    w = np.array([wilson(x, n, Z) for x in p])
    used = np.empty((n + 1, n + 1, 2))
    for i in range(n + 1):
        for j in range(n + 1):
            used[i, j] = mover(p[i], w[i], p[j], w[j])
    d = p[:, None] - p[None, :]
    se = np.sqrt(p * (1 - p) / n)
    half = Z * np.hypot(se[:, None], se[None, :])
    return used, np.stack([d - half, d + half], axis=2)


def difference_coverage(bounds: np.ndarray, n: int, p1: float, p2: float) -> float:
    k = np.arange(n + 1)
    joint = np.outer(binom.pmf(k, n, p1), binom.pmf(k, n, p2))
    d = p1 - p2
    return float(joint[(bounds[..., 0] <= d + 1e-12) & (d - 1e-12 <= bounds[..., 1])].sum())


def main() -> None:
    fine = np.linspace(0.02, 0.98, 961)
    print("One share of n items: coverage of the nominal 95 % interval (Wilson used | normal approximation)\n")
    print("| n | " + " | ".join(f"p={p:.2f}" for p in TABLE_PS) + " | min over p | mean over p |")
    print("|---" * (len(TABLE_PS) + 3) + "|")
    for n in NS:
        used, normal = one_share_bounds(n)
        cells = [f"{share_coverage(used, n, p):.3f} \\| {share_coverage(normal, n, p):.3f}" for p in TABLE_PS]
        cu = np.array([share_coverage(used, n, p) for p in fine])
        cn = np.array([share_coverage(normal, n, p) for p in fine])
        print(
            f"| {n} | "
            + " | ".join(cells)
            + f" | {cu.min():.3f} \\| {cn.min():.3f} | {cu.mean():.3f} \\| {cn.mean():.3f} |"
        )
    print("\nDifference of two independent shares, n items each (Newcombe used | normal approximation)\n")
    pairs = ((0.5, 0.5), (0.7, 0.5), (0.9, 0.8), (0.95, 0.85), (0.98, 0.9), (0.2, 0.05), (0.98, 0.98))
    grid = np.linspace(0.02, 0.98, 25)
    print("| n | " + " | ".join(f"{a:.2f} vs {b:.2f}" for a, b in pairs) + " | min over pairs | mean over pairs |")
    print("|---" * (len(pairs) + 3) + "|")
    for n in NS:
        used, normal = difference_bounds(n)
        cells = [
            f"{difference_coverage(used, n, a, b):.3f} \\| {difference_coverage(normal, n, a, b):.3f}" for a, b in pairs
        ]
        cu = np.array([difference_coverage(used, n, a, b) for a in grid for b in grid])
        cn = np.array([difference_coverage(normal, n, a, b) for a in grid for b in grid])
        print(
            f"| {n} | "
            + " | ".join(cells)
            + f" | {cu.min():.3f} \\| {cn.min():.3f} | {cu.mean():.3f} \\| {cn.mean():.3f} |"
        )


if __name__ == "__main__":
    main()
