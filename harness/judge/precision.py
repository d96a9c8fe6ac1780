"""One score printed to two precisions is one score: 76.0 in a summary table and 76.03 in a detailed one.

A launch README that prints a model's overall accuracy once to one decimal and once to two gives two rows
whose values differ by the rounding alone; read as two sources disagreeing, they made a note say the
publisher contradicts itself ("sources disagree (MiniCPM3-4B: 76 per OpenBMB, 76.03 per OpenBMB)"). A value
agrees with a finer one when the finer, rounded to the coarser's printed decimals, gives it (within half a
unit of its last decimal); the finer value is kept, since it says more. A value carries the decimals Python
writes for it (76.0: one), so a score printed "76" meets 76.03 as 76.0 would, and 76.4 stays a disagreement
with it: nothing that could be a real difference is hidden.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable

_EPS = 1e-9


def _decimals(value: float) -> int | None:
    text = repr(float(value))
    if "e" in text or "n" in text:  # an exponent, nan or inf: no printed decimals to read
        return None
    return len(text.partition(".")[2])


def rounds_to(fine: float, coarse: float) -> bool:
    """`fine`, printed to more decimals than `coarse`, rounds to it: one score at two precisions."""
    df, dc = _decimals(fine), _decimals(coarse)
    if df is None or dc is None or df <= dc:
        return False
    return abs(fine - coarse) <= 0.5 * 10.0**-dc + _EPS


def finest(values: Iterable[float]) -> set[float]:
    """The values with each one that a finer value rounds to left out ({76.0, 76.03} -> {76.03})."""
    kept = set(values)
    # Only values within half a unit of v's last decimal can round to it: look in that window of the sorted
    # values (twice as wide, so float error at its edges cannot leave one out), not at every value. With one
    # model's hundreds of sources on a benchmark, comparing every pair made a verify take minutes.
    # nan, inf and exponents print no decimals: they round to nothing and nothing rounds to them.
    plain = sorted(v for v in kept if _decimals(v) is not None)
    out = kept - set(plain)
    for v in plain:
        reach = 10.0 ** -_decimals(v) + _EPS
        near = plain[bisect_left(plain, v - reach) : bisect_right(plain, v + reach)]
        if not any(rounds_to(w, v) for w in near):
            out.add(v)
    return out


def same_values(a: set[float], b: set[float]) -> bool:
    """Two sets of values equal once each value is read as the finest value that rounds to it."""
    union = finest(a | b)

    def up(v: float) -> float:
        return next((w for w in union if w == v or rounds_to(w, v)), v)

    return {up(v) for v in a} == {up(v) for v in b}


def shown(value: float) -> str:
    """A value with the decimals it carries (76.0, not 76): where precision is the point."""
    text = repr(float(value))
    return f"{value:g}" if "e" in text else text


def twins_note(name: str, rows) -> str | None:
    """'one score printed to two precisions (MiniCPM3-4B: 76.0 and 76.03 per OpenBMB); 76.03 used', or None."""
    values = {r.value for r in rows}
    kept = finest(values)
    if kept == values:
        return None
    dropped = sorted(values - kept)
    used = sorted(v for v in kept if any(rounds_to(v, d) for d in dropped))
    reporters = ", ".join(dict.fromkeys(r.reported_by for r in rows if r.value in dropped or r.value in used))
    listed = " and ".join(shown(v) for v in sorted(dropped + used, key=lambda v: (_decimals(v) or 0, v)))
    return (
        f"one score printed to two precisions ({name}: {listed} per {reporters}); "
        f"{' and '.join(shown(v) for v in used)} used"
    )


def fold_twins(groups: dict) -> dict:
    """Groups of settings that cannot differ, one holding only coarser prints of the other's values (76.0 of
    76.03; one says "Overall Accuracy", the other no metric), made one: they are one score, not two settings
    to compare in turn, each labelled "setting unstated"."""
    for key in list(groups):
        finer = next(
            (
                other
                for other in groups
                if other != key
                and not key.differences(other)
                and all(any(rounds_to(w.value, r.value) for w in groups[other]) for r in groups[key])
            ),
            None,
        )
        if finer is not None:
            groups[finer] = groups[finer] + groups.pop(key)
    return groups
