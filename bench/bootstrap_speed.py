"""Paired bootstrap speed: 10,000 resamples over 10,000 items (goal < 0.5 s). Prints the median of runs."""

import statistics
import sys
import time

import numpy as np

from harness.judge.stats import paired_bootstrap


def main(runs: int = 7) -> None:
    rng = np.random.default_rng(0)
    a = rng.random(10_000)
    b = rng.random(10_000)
    times = []
    for i in range(runs):
        t = time.perf_counter()
        paired_bootstrap(a, b, iters=10_000, seed=i)
        times.append(time.perf_counter() - t)
    print(
        f"paired bootstrap 10k x 10k: median {statistics.median(times):.3f} s over {runs} runs "
        f"(min {min(times):.3f}, max {max(times):.3f})"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 7)
