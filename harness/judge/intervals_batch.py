"""The p of many differences at once, in array lanes: `difference_p`'s search for a batch of pairs, and the
batch that fills its cache (`know_ps`) so the calls that follow find each p known.

Kept apart from `intervals`, whose one-by-one search and cache (`difference_p`, `forget_ps`) it fills and
whose array intervals (`_ScoreArrays`) it runs.
"""

from __future__ import annotations

from harness.judge.intervals import _KNOWN, _Z_MAX, Score, _hypot, _mover_many, _ScoreArrays, room_for
from harness.judge.stats import P_FLOOR, normal_two_sided_p


def know_ps(pairs: list[tuple[Score, Score]], boundary: float = 0.0) -> None:
    """Work out `difference_p` of every pair not yet known at once, for the calls that follow."""
    know_ps_at([(a, b, boundary) for a, b in pairs])


def know_ps_at(keys: list[tuple[Score, Score, float]]) -> None:
    """`know_ps` of (a, b, boundary) triples: one batch per boundary."""
    by_boundary: dict[float, list[tuple[Score, Score]]] = {}
    for a, b, boundary in room_for(_KNOWN, dict.fromkeys(keys)):
        by_boundary.setdefault(boundary, []).append((a, b))
    for boundary, pairs in by_boundary.items():
        for (a, b), p in zip(pairs, difference_p_many(pairs, boundary)):
            _KNOWN[a, b, boundary] = p


def difference_p_many(pairs: list[tuple[Score, Score]], boundary: float = 0.0) -> list[float]:
    """`difference_p` of many pairs at once: the same steps on arrays, and the same p to the last bit.

    Each pair runs the scalar search's regula falsi in its own lane (a lane stops where the scalar
    loop would); the arithmetic is elementwise IEEE, and hypot and the final erfc are the math
    module's, so every lane meets the same z as `difference_p` does.
    """
    import numpy as np

    if not pairs:
        return []
    a = _ScoreArrays([x for x, _ in pairs])
    b = _ScoreArrays([y for _, y in pairs])
    d = a.value - b.value
    dist = np.abs(d - boundary)
    out = np.full(len(pairs), np.nan)
    out[dist < 1e-12] = 1.0
    below = boundary < d

    def gap(idx: np.ndarray, z: np.ndarray) -> np.ndarray:
        lo, hi = _mover_many(a, b, idx, z)
        return np.where(below[idx], lo - boundary, boundary - hi)

    live = np.flatnonzero(np.isnan(out))
    f_zero = gap(live, np.zeros(len(live)))  # a share's interval keeps its continuity correction at z = 0
    out[live[f_zero <= 0]] = 1.0
    z_lo, f_lo = np.zeros(len(pairs)), np.zeros(len(pairs))
    f_lo[live] = f_zero
    live = live[f_zero > 0]
    wald = dist / np.maximum(_hypot(np.nan_to_num(a.se), np.nan_to_num(b.se)), 1e-12)
    near = live[wald[live] < _Z_MAX]
    f_mid = gap(near, 0.8 * wald[near])
    moved = near[f_mid > 0]
    z_lo[moved], f_lo[moved] = 0.8 * wald[moved], f_mid[f_mid > 0]
    z_hi = np.fmin(_Z_MAX, np.where(z_lo > 0, 1.25 * wald, 2.0 * wald))
    f_hi = np.zeros(len(pairs))
    f_hi[live] = gap(live, z_hi[live])
    widen = live[f_hi[live] > 0]
    while len(widen):  # not reached yet: widen
        top = widen[z_hi[widen] >= _Z_MAX]
        out[top] = P_FLOOR  # beyond z 40: below any float, never zero
        widen = widen[z_hi[widen] < _Z_MAX]
        z_lo[widen], f_lo[widen] = z_hi[widen], f_hi[widen]
        z_hi[widen] = np.fmin(_Z_MAX, 2.0 * z_hi[widen])
        f_hi[widen] = gap(widen, z_hi[widen])
        widen = widen[f_hi[widen] > 0]
    live = np.flatnonzero(np.isnan(out))
    side = np.zeros(len(pairs), np.int64)
    z, f = np.zeros(len(pairs)), np.zeros(len(pairs))
    with np.errstate(divide="ignore", invalid="ignore"):
        for _ in range(100):
            if not len(live):
                break
            zl, zh, fl, fh = z_lo[live], z_hi[live], f_lo[live], f_hi[live]
            z[live] = np.where(fh != fl, (zl * fh - zh * fl) / (fh - fl), (zl + zh) / 2.0)
            f[live] = gap(live, z[live])
            up = live[f[live] > 0]
            down = live[f[live] <= 0]
            z_lo[up], f_lo[up] = z[up], f[up]
            f_hi[up[side[up] == -1]] /= 2.0
            side[up] = -1
            z_hi[down], f_hi[down] = z[down], f[down]
            f_lo[down[side[down] == 1]] /= 2.0
            side[down] = 1
            live = live[~((z_hi[live] - z_lo[live] < 1e-9) | (np.abs(f[live]) < 1e-12))]
    done = np.isnan(out)
    final = np.where(np.abs(f) < 1e-12, z, (z_lo + z_hi) / 2.0)
    result = out.tolist()
    for i in np.flatnonzero(done).tolist():
        result[i] = normal_two_sided_p(float(final[i]))
    return result
