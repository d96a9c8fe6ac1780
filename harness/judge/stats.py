"""Standard errors, tests and rank uncertainty; pure functions over numbers."""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from statistics import NormalDist

DEFAULT_ALPHA = 0.05


@dataclass(frozen=True)
class TestResult:
    """The uncertainty of one difference between two scores (in score points)."""

    stderr: float | None
    p_value: float | None
    test: str
    discordant: tuple[int, int] | None = None  # paired 0/1 items: (only a right, only b right)
    items: int | None = None  # items a paired test ran on


def binomial_se(percent: float, n: int) -> float:
    """SE in percentage points of a proportion reported as a percent over n items."""
    p = min(max(percent / 100.0, 0.0), 1.0)
    return 100.0 * math.sqrt(p * (1.0 - p) / n)


# The least p a test gives: a p too small for a float (a z-test's erfc from |z| of about 38.5, an exact McNemar
# over some 1,075 discordant items all one way) is this bound, the smallest positive float, never zero: zero
# would say the difference could not have arisen by chance at all.
P_FLOOR = math.ulp(0.0)


def normal_two_sided_p(z: float) -> float:
    return max(math.erfc(abs(z) / math.sqrt(2.0)), P_FLOOR)


def round_p(p: float) -> float:
    """A p-value as the JSON writes it: six decimals, as its differences and standard errors, and three
    significant digits below 0.0001, where six decimals keep fewer: a z-test's 1.85e-37 was written 0.0, a p
    of zero, and 1.36e-06 was 1e-06."""
    p = float(p)
    return round(p, 6) if p == 0 or abs(p) >= 1e-4 else float(f"{p:.3g}")


@functools.lru_cache(maxsize=64)
def z_critical(alpha: float) -> float:
    """Two-sided critical value of the standard normal.

    For an alpha so small that 1 - alpha/2 rounds to 1 (1e-320), the lower tail gives it instead.
    """
    if not 0 < alpha < 1:
        raise ValueError(f"alpha must be between 0 and 1, got {alpha}")
    upper = 1.0 - alpha / 2.0
    if upper < 1.0:
        return NormalDist().inv_cdf(upper)
    return -NormalDist().inv_cdf(max(alpha / 2.0, 5e-324))


def root_sum_squares(values) -> float:
    """sqrt(a² + b² + ...) without overflowing for huge standard errors (1e200 gives 1e200, not an error)."""
    values = list(values)
    try:
        return sum(v**2 for v in values) ** 0.5
    except OverflowError:  # float ** 2 raises where the square is too large; hypot scales first
        return math.hypot(*values)


def unpaired_test(
    delta: float, se_a: float | None, se_b: float | None, missing: str = "item count or stderr missing"
) -> TestResult:
    """z-test on a difference of two independent scores; `missing` says why an SE is unknown."""
    if se_a is None or se_b is None:
        return TestResult(None, None, f"unknown ({missing})")
    try:
        se = math.sqrt(se_a**2 + se_b**2)
    except OverflowError:  # a stated stderr of 1e200: the difference is unknowable, not an error
        se = math.hypot(se_a, se_b)
    if se == 0:
        return TestResult(0.0, 0.0 if delta != 0 else 1.0, "unpaired z-test")
    return TestResult(se, normal_two_sided_p(delta / se), "unpaired z-test")


def mcnemar_exact(b: int, c: int) -> float:
    """Exact two-sided McNemar p-value from the discordant counts b and c."""
    n = b + c
    if n == 0:
        return 1.0
    k = min(b, c)
    # P(X <= k) for X ~ Binomial(n, 1/2), summed in log space to survive large n
    logs = [math.lgamma(n + 1) - math.lgamma(i + 1) - math.lgamma(n - i + 1) - n * math.log(2) for i in range(k + 1)]
    top = max(logs)
    tail = math.exp(top) * sum(math.exp(x - top) for x in logs)
    return min(1.0, max(2.0 * tail, P_FLOOR))


def paired_bootstrap(a, b, iters: int = 10_000, seed: int = 0, chunk: int = 500) -> tuple[float, float, float]:
    """Paired bootstrap of mean(a - b): returns (mean diff, SE, two-sided p)."""
    import numpy as np

    d = np.asarray(a, dtype=np.float64) - np.asarray(b, dtype=np.float64)
    n = d.size
    if n == 0:
        return 0.0, 0.0, 1.0
    rng = np.random.default_rng(seed)
    means = np.empty(iters, dtype=np.float64)
    d32 = d.astype(np.float32)
    for start in range(0, iters, chunk):
        stop = min(iters, start + chunk)
        idx = rng.integers(0, n, size=(stop - start, n), dtype=np.int32)
        means[start:stop] = d32[idx].mean(axis=1, dtype=np.float64)
    observed = float(d.mean())
    se = float(means.std(ddof=1)) if iters > 1 else 0.0
    # share of resamples on the far side of zero, doubled; where none fell there, the least share the
    # resamples resolve, one of them (2/iters): a p of zero would say no resampling could cross zero
    below = float(np.mean(means <= 0))
    above = float(np.mean(means >= 0))
    p = min(1.0, 2.0 * max(min(below, above), 1.0 / iters))
    return observed, se, p


def paired_test(a_items: dict[str, float], b_items: dict[str, float], seed: int = 0) -> TestResult | None:
    """Paired test over the items both runs share; None when they share none."""
    keys = sorted(set(a_items) & set(b_items))
    if not keys:
        return None
    a = [a_items[k] for k in keys]
    b = [b_items[k] for k in keys]
    n = len(keys)
    if all(x in (0.0, 1.0) for x in a + b):
        b_only = sum(1 for x, y in zip(a, b) if x == 1 and y == 0)
        c_only = sum(1 for x, y in zip(a, b) if x == 0 and y == 1)
        p = mcnemar_exact(b_only, c_only)
        d = [x - y for x, y in zip(a, b)]
        mean = sum(d) / n
        var = sum((x - mean) ** 2 for x in d) / (n - 1) if n > 1 else 0.0
        se = 100.0 * math.sqrt(var / n)
        return TestResult(se, p, f"exact McNemar (paired, {n} items)", (b_only, c_only), n)
    _, se, p = paired_bootstrap(a, b, seed=seed)
    return TestResult(100.0 * se, p, f"paired bootstrap (10,000 resamples, {n} items)", None, n)


def holm(p_values: list[float | None]) -> list[float | None]:
    """Holm-Bonferroni adjusted p-values; None entries stay None and are not counted."""
    known = sorted((p, i) for i, p in enumerate(p_values) if p is not None)
    m = len(known)
    out: list[float | None] = [None] * len(p_values)
    running = 0.0
    for rank, (p, i) in enumerate(known):
        running = max(running, min(1.0, (m - rank) * p))
        out[i] = running
    return out


def benjamini_hochberg(p_values: list[float | None]) -> list[float | None]:
    """Benjamini-Hochberg adjusted p-values (false discovery rate); None entries stay None and are not counted."""
    known = sorted((p, i) for i, p in enumerate(p_values) if p is not None)
    m = len(known)
    out: list[float | None] = [None] * len(p_values)
    running = 1.0
    for rank in range(m - 1, -1, -1):  # step up: from the largest p down
        p, i = known[rank]
        running = min(running, m * p / (rank + 1))
        out[i] = min(1.0, running)
    return out


MULTIPLICITY = {"holm": "Holm", "bh": "Benjamini-Hochberg"}


def minimum_detectable_difference(se_diff: float | None, alpha: float = DEFAULT_ALPHA) -> float | None:
    """The smallest gap that would be significant at `alpha` with this SE."""
    if se_diff is None:
        return None
    return z_critical(alpha) * se_diff


def top_k_probability(
    subject: tuple[float, float],
    others: list[tuple[float, float]],
    k: int,
    higher_is_better: bool = True,
    sims: int = 20_000,
    seed: int = 0,
) -> float:
    """P(subject ranks within the top k), drawing each score from Normal(value, se).

    The draws are those of `default_rng(seed).normal(value, se, sims)` taken in turn for the
    subject and each other model, so the result does not depend on how it is computed; the
    standard normals are drawn once per process and scaled, and all models are done in one array.
    """
    import numpy as np

    z = _standard_normals(seed, sims * (len(others) + 1)).reshape(len(others) + 1, sims)
    s = subject[0] + subject[1] * z[0]
    if not others:
        return 1.0 if k >= 1 else 0.0
    draws = np.array([se for _, se in others], dtype=np.float64)[:, None] * z[1:]
    draws += np.array([v for v, _ in others], dtype=np.float64)[:, None]
    # x * sign > s * sign, without the multiplications (sign is +1 or -1)
    better = np.count_nonzero(draws > s if higher_is_better else draws < s, axis=0)
    return float(np.count_nonzero(better < k) / sims)


_NORMALS: dict[int, object] = {}


def _standard_normals(seed: int, count: int):
    """The first `count` standard normals of default_rng(seed), drawn once and kept."""
    import numpy as np

    have = _NORMALS.get(seed)
    if have is None or len(have) < count:
        have = np.random.default_rng(seed).standard_normal(max(count, 2 * len(have) if have is not None else 0))
        _NORMALS[seed] = have
    return have[:count]


def tie_group_rank(
    subject: tuple[float, float],
    others: list[tuple[float, float]],
    alpha: float = DEFAULT_ALPHA,
    higher_is_better: bool = True,
) -> int:
    """LMArena-style rank: 1 + models whose lower bound is above the subject's upper bound."""
    z = z_critical(alpha)
    sign = 1.0 if higher_is_better else -1.0
    s_hi = sign * subject[0] + z * subject[1]
    return 1 + sum(1 for v, se in others if sign * v - z * se > s_hi)
