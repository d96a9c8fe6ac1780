"""Coverage of the 95 % intervals for a share of n items and for a difference of two shares.

For each n and true share p the coverage is computed exactly: the sum of the binomial probabilities
of every count whose interval holds p (no simulation error). "used" is the method the engine uses
(the continuity-corrected Wilson interval for one share, Newcombe's method 11 for a difference:
the hybrid interval from the two continuity-corrected Wilson intervals); "normal" is the normal
approximation p̂ ± 1.96·sqrt(p̂(1-p̂)/n); "plain" is Wilson without the correction (Newcombe's method
10 for a difference), for reference. The summary tables take the minimum and the mean over a fine
grid of p (961 values from 0.02 to 0.98; for differences 25 × 25 pairs), and the mean width of the
interval over that grid.

    python bench/coverage.py
"""

from __future__ import annotations

import numpy as np
from scipy.stats import binom

from harness.judge.intervals import wilson, wilson_cc_array
from harness.judge.stats import z_critical

NS = (30, 100, 198, 500)
TABLE_PS = (0.02, 0.05, 0.10, 0.20, 0.30, 0.50, 0.70, 0.80, 0.90, 0.95, 0.98)
PAIRS = ((0.5, 0.5), (0.7, 0.5), (0.9, 0.8), (0.95, 0.85), (0.98, 0.9), (0.2, 0.05), (0.98, 0.98))
Z = z_critical(0.05)
METHODS = ("used", "plain", "normal")


def one_share_bounds(n: int) -> dict[str, np.ndarray]:
    """Each method's interval for every count 0..n, as (n+1, 2) arrays of shares."""
    p = np.arange(n + 1) / n
    half = Z * np.sqrt(p * (1 - p) / n)
    return {
        "used": np.stack(wilson_cc_array(p, n, Z), axis=1),
        "plain": np.array([wilson(x, n, Z) for x in p]),
        "normal": np.stack([p - half, p + half], axis=1),
    }


def share_coverage(bounds: np.ndarray, n: int, ps: np.ndarray) -> np.ndarray:
    """Exact coverage at each true share in ps."""
    pmf = binom.pmf(np.arange(n + 1)[None, :], n, ps[:, None])
    inside = (bounds[None, :, 0] <= ps[:, None] + 1e-12) & (ps[:, None] - 1e-12 <= bounds[None, :, 1])
    return (pmf * inside).sum(axis=1)


def _mover(p, lo, hi) -> np.ndarray:
    """MOVER interval of p_i - p_j for every pair of counts, from each count's own interval."""
    d = p[:, None] - p[None, :]
    low = d - np.hypot((p - lo)[:, None], (hi - p)[None, :])
    high = d + np.hypot((hi - p)[:, None], (p - lo)[None, :])
    return np.stack([low, high], axis=2)


def difference_bounds(n: int) -> dict[str, np.ndarray]:
    """Each method's interval of p1 - p2 for every pair of counts, as (n+1, n+1, 2) arrays."""
    p = np.arange(n + 1) / n
    shares = one_share_bounds(n)
    d = p[:, None] - p[None, :]
    se = np.sqrt(p * (1 - p) / n)
    half = Z * np.hypot(se[:, None], se[None, :])
    return {
        "used": _mover(p, shares["used"][:, 0], shares["used"][:, 1]),
        "plain": _mover(p, shares["plain"][:, 0], shares["plain"][:, 1]),
        "normal": np.stack([d - half, d + half], axis=2),
    }


def difference_coverage(bounds: np.ndarray, n: int, p1: float, p2: float) -> float:
    k = np.arange(n + 1)
    joint = np.outer(binom.pmf(k, n, p1), binom.pmf(k, n, p2))
    d = p1 - p2
    return float(joint[(bounds[..., 0] <= d + 1e-12) & (d - 1e-12 <= bounds[..., 1])].sum())


def share_summary(n: int, fine: np.ndarray) -> dict[str, tuple[float, float, float, float]]:
    """Per method: (min coverage, the p where it is, mean coverage, mean width) over the fine grid."""
    out = {}
    pmf = binom.pmf(np.arange(n + 1)[None, :], n, fine[:, None])
    for name, b in one_share_bounds(n).items():
        cov = share_coverage(b, n, fine)
        width = (pmf * (np.clip(b[:, 1], 0, 1) - np.clip(b[:, 0], 0, 1))[None, :]).sum(axis=1)
        out[name] = (float(cov.min()), float(fine[cov.argmin()]), float(cov.mean()), float(width.mean()))
    return out


def difference_summary(n: int, grid: np.ndarray) -> dict[str, tuple[float, tuple[float, float], float, float]]:
    """Per method: (min coverage, the pair where it is, mean coverage, mean width) over grid × grid."""
    k = np.arange(n + 1)
    pmfs = binom.pmf(k[None, :], n, grid[:, None])
    out = {}
    for name, b in difference_bounds(n).items():
        width = np.clip(b[..., 1], -1, 1) - np.clip(b[..., 0], -1, 1)
        covs, widths, where = [], [], []
        for i, a in enumerate(grid):
            for j, c in enumerate(grid):
                joint = np.outer(pmfs[i], pmfs[j])
                d = a - c
                covs.append(float(joint[(b[..., 0] <= d + 1e-12) & (d - 1e-12 <= b[..., 1])].sum()))
                widths.append(float((joint * width).sum()))
                where.append((float(a), float(c)))
        at = int(np.argmin(covs))
        out[name] = (covs[at], where[at], float(np.mean(covs)), float(np.mean(widths)))
    return out


def main() -> None:
    fine = np.linspace(0.02, 0.98, 961)
    grid = np.linspace(0.02, 0.98, 25)
    ps = np.array(TABLE_PS)
    print(
        "One share of n items: exact coverage of the nominal 95 % interval "
        "(continuity-corrected Wilson, used | normal approximation)\n"
    )
    print("| n | " + " | ".join(f"p={p:.2f}" for p in TABLE_PS) + " |")
    print("|---" * (len(TABLE_PS) + 1) + "|")
    for n in NS:
        b = one_share_bounds(n)
        used, normal = share_coverage(b["used"], n, ps), share_coverage(b["normal"], n, ps)
        print(f"| {n} | " + " | ".join(f"{u:.3f} \\| {v:.3f}" for u, v in zip(used, normal)) + " |")
    print("\nOver 961 values of p in 0.02–0.98: minimum coverage (at p), mean coverage, mean width in points\n")
    print("| n | method | min | at p | mean | mean width |")
    print("|---|---|---|---|---|---|")
    names = {"used": "Wilson, continuity-corrected (used)", "plain": "Wilson (plain)", "normal": "normal approximation"}
    for n in NS:
        for name, (lo, at, mean, width) in share_summary(n, fine).items():
            print(f"| {n} | {names[name]} | {lo:.3f} | {at:.3f} | {mean:.3f} | {100 * width:.1f} |")
    print("\nDifference of two independent shares, n items each (Newcombe's method 11, used | normal approximation)\n")
    print("| n | " + " | ".join(f"{a:.2f} vs {c:.2f}" for a, c in PAIRS) + " |")
    print("|---" * (len(PAIRS) + 1) + "|")
    for n in NS:
        b = difference_bounds(n)
        cells = [
            f"{difference_coverage(b['used'], n, a, c):.3f} \\| {difference_coverage(b['normal'], n, a, c):.3f}"
            for a, c in PAIRS
        ]
        print(f"| {n} | " + " | ".join(cells) + " |")
    print("\nOver 625 pairs of p in 0.02–0.98: minimum coverage (at the pair), mean coverage, mean width in points\n")
    print("| n | method | min | at p1, p2 | mean | mean width |")
    print("|---|---|---|---|---|---|")
    names = {
        "used": "Newcombe method 11, continuity-corrected (used)",
        "plain": "Newcombe method 10 (plain)",
        "normal": "normal approximation",
    }
    for n in NS:
        for name, (lo, at, mean, width) in difference_summary(n, grid).items():
            print(f"| {n} | {names[name]} | {lo:.3f} | {at[0]:.2f}, {at[1]:.2f} | {mean:.3f} | {100 * width:.1f} |")


if __name__ == "__main__":
    main()
