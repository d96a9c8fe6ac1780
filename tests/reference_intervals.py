"""Reference intervals computed independently of the engine, for the tests to check it against.

- `wilson_cc_formula`: the closed form of the continuity-corrected Wilson interval as printed in
  Newcombe (1998), "Two-sided confidence intervals for the single proportion", Statistics in
  Medicine 17:857-872, method 4 (L = 0 when r = 0, U = 1 when r = n); r need not be whole.
- `wilson_cc_scipy`: scipy's `binomtest(...).proportion_ci(method="wilsoncc")`.
- `newcombe_method_11`: Newcombe (1998), "Interval estimation for the difference between
  independent proportions", Statistics in Medicine 17:873-890, method 11: the hybrid interval
  (as statsmodels' `confint_proportions_2indep(method="newcomb")` builds method 10) from scipy's
  continuity-corrected Wilson intervals.
"""

from __future__ import annotations

import math

from scipy.stats import binomtest, norm


def wilson_cc_formula(r: float, n: float, alpha: float = 0.05) -> tuple[float, float]:
    z = norm.isf(alpha / 2)
    p, q = r / n, 1 - r / n
    if r == 0:  # the formula's root is undefined there at small z; Newcombe sets the limit
        low = 0.0
    else:
        low = (2 * n * p + z**2 - 1 - z * math.sqrt(z**2 - 2 - 1 / n + 4 * p * (n * q + 1))) / (2 * (n + z**2))
    if r == n:
        high = 1.0
    else:
        high = (2 * n * p + z**2 + 1 + z * math.sqrt(z**2 + 2 - 1 / n + 4 * p * (n * q - 1))) / (2 * (n + z**2))
    return max(0.0, low), min(1.0, high)


def wilson_cc_scipy(r: int, n: int, alpha: float = 0.05) -> tuple[float, float]:
    ci = binomtest(r, n).proportion_ci(confidence_level=1 - alpha, method="wilsoncc")
    return ci.low, ci.high


def newcombe_method_11(r1, n1, r2, n2, alpha: float = 0.05, single=wilson_cc_scipy) -> tuple[float, float]:
    """Method 11 for r1/n1 - r2/n2; `single=wilson_cc_formula` takes counts that are not whole."""
    p1, p2 = r1 / n1, r2 / n2
    l1, u1 = single(r1, n1, alpha)
    l2, u2 = single(r2, n2, alpha)
    return p1 - p2 - math.sqrt((p1 - l1) ** 2 + (u2 - p2) ** 2), p1 - p2 + math.sqrt((u1 - p1) ** 2 + (p2 - l2) ** 2)
