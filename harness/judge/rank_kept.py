"""A rank unit's kept plain comparison, made a `Comparison` only when something reads it.

A rank claim keeps some 140 comparisons of its subject's row against the best members' rows (one row
a side, one setting), and in the compact JSON they are all that is read of them: their lines. Most
lines repeat the fields of another comparison of the same scores (a board's values recur, and the
best members of a cohort are the same for every claim ranking in it), so a kept comparison holds its
rows and the numbers its test depends on (`key`), and the first comparison made of those numbers is
kept as the `prototype` whose fields every later one's line repeats (`report.kept_text`). Anything
else read of a kept comparison (corroboration, reports, a pickle to the parent) makes it with
`plain_comparison`, as before, and reads that.
"""

from __future__ import annotations

from harness.claims.catalog_entries import BenchmarkEntry
from harness.evidence.records import ScoreRecord
from harness.judge.comparisons import Context, plain_comparison
from harness.judge.granularity import off_grid
from harness.judge.results import Comparison
from harness.judge.significance import set_significance

_UNSET = object()


class KeptComparison:
    """The plain comparison of `subject_row` and `row` (the member `competitor`'s) on `bench`, judged by
    `judge` (whose only boundary is 0). Reads of any attribute a `Comparison` has and this does not are
    answered by the comparison made (`made`)."""

    __slots__ = ("benchmark", "competitor", "bench", "subject_row", "row", "ctx", "judge", "key", "alone", "_made")

    def __init__(
        self, ctx: Context, bench: BenchmarkEntry, s: ScoreRecord, c: ScoreRecord, competitor: str, judge, key=_UNSET
    ):
        # `key`: `numbers_key(bench, s, c, ctx.alpha)`, where the caller has worked it out
        self.benchmark, self.competitor, self.bench = bench.id, competitor, bench
        self.subject_row, self.row, self.ctx, self.judge = s, c, ctx, judge
        self.key = numbers_key(bench, s, c, ctx.alpha) if key is _UNSET else key
        self.alone = False
        self._made = None

    def test_alone(self) -> None:
        """`set_significance([self], "all", alpha)`: tested on its own, as a rank's comparisons are, once
        made (its line then has the p adjusted and the significance of every comparison of its numbers)."""
        self.alone = True
        if self._made is not None:
            set_significance([self._made], "all", self.ctx.alpha)

    def made(self) -> Comparison:
        """The comparison `plain_comparison` makes (once), its significance set once tested alone."""
        if self._made is None:
            cmp = plain_comparison(self.ctx, self.bench, self.subject_row, self.row, self.competitor, self.judge)
            self._made = cmp
            if self.alone:
                set_significance([cmp], "all", self.ctx.alpha)
                if self.key is not None and not cmp.notes and prototype(self) is None:
                    _remember(self.key, cmp)
        return self._made

    def __getattr__(self, name: str):
        # only names that are not slots come here: a field, or a property, of the comparison made
        return getattr(self.made(), name)

    def __eq__(self, other) -> bool:
        # equal to what the comparison made is equal to (a Comparison's own == defers to this one)
        return self.made() == (other.made() if isinstance(other, KeptComparison) else other)

    __hash__ = None  # as a Comparison's: mutable, unhashable

    def __reduce__(self):
        # pickled (to the parent, or a Ray driver) as the comparison made: the context stays here
        return _as_is, (self.made(),)


def _as_is(cmp: Comparison) -> Comparison:
    return cmp


def numbers_key(bench: BenchmarkEntry, s: ScoreRecord, c: ScoreRecord, alpha: float) -> tuple | None:
    """What a kept comparison's fields (outcome to power) depend on besides the benchmark: both rows'
    value, SE and item count, and alpha (the boundary is 0 for every one). None where two comparisons
    of equal numbers could still be written apart: a zero value or SE (0.0 and -0.0 are equal and
    written apart), NaN, a value or SE of another type than float, an item count other than an int
    (1000 and 1000.0 are equal), per-item results on both sides (a paired test), or a row off the
    items' grid (its granularity note names the row's model and reporter)."""
    mine, theirs = _side(s, bench), _side(c, bench)
    if mine is None or theirs is None or (mine[1] and theirs[1]):
        return None
    return (_profile(bench), alpha) + mine[0] + theirs[0]


def _side(r: ScoreRecord, bench: BenchmarkEntry) -> tuple | None:
    """One row's part of `numbers_key`: ((value, SE, item count), whether it has per-item results), or None where
    its numbers could be written apart from equal ones. Kept by the row's identity (each row is read on its
    own benchmark's entry; another entry is worked out afresh and kept instead): a board's best rows are kept
    by every rank claim ranking there, some 140 comparisons a claim, each of which worked both rows' out."""
    seen = _SIDES.get(id(r))
    if seen is not None and seen[0] is r and seen[1] is bench:
        return seen[2]
    v, se, n = r.value, r.stderr, r.n
    found = None
    if (
        type(v) is float
        and v
        and v == v
        and (se is None or (type(se) is float and se and se == se))
        and (n is None or type(n) is int)
        and (bench.metric_kind != "percent" or off_grid(r, bench) is None)
    ):
        found = ((v, se, n), bool(r.items))
    if len(_SIDES) >= 1 << 17:
        _SIDES.clear()
    _SIDES[id(r)] = (r, bench, found)  # the row and entry kept: their ids not reused
    return found


_SIDES: dict[int, tuple] = {}


def _profile(bench: BenchmarkEntry) -> tuple:
    """What a comparison's test reads of its benchmark (the id is written apart): whether higher is better,
    the metric's kind, the item count and its status, the score's bounds (as hex: 0.0 and -0.0 apart).
    Benchmarks of one board share it, so one comparison made serves every benchmark of a tag. Kept by
    the benchmark's identity (catalog entries are frozen)."""
    found = _PROFILES.get(id(bench))
    if found is None or found[0] is not bench:
        bounds = tuple(None if x is None else (type(x), float(x).hex()) for x in (bench.min_score, bench.max_score))
        items = (type(bench.items), bench.items)
        profile = (bench.higher_is_better, bench.metric_kind, items, bench.items_status, bounds)
        if len(_PROFILES) >= 1 << 12:
            _PROFILES.clear()
        # numbered, so that a key hashes an int (a tuple's hash is not kept)
        number = _NUMBERS.setdefault(profile, len(_NUMBERS))
        found = _PROFILES[id(bench)] = (bench, number)  # the benchmark kept: its id not reused
    return found[1]


_PROFILES: dict[int, tuple[BenchmarkEntry, int]] = {}
_NUMBERS: dict[tuple, int] = {}  # never emptied: a catalog's few profiles, each numbered for good


def prototype(kept: KeptComparison) -> Comparison | None:
    """The first comparison made and tested alone of the kept one's numbers (None: none yet, no key, or
    the kept one is not tested alone)."""
    if kept.key is None or not kept.alone:
        return None
    return _PROTOTYPES.get(kept.key)


def knows(bench: BenchmarkEntry, s: ScoreRecord, c: ScoreRecord, alpha: float) -> bool:
    """Whether a comparison of these rows' numbers was made: its line needs no test searched."""
    return known_key(numbers_key(bench, s, c, alpha))


def known_key(key: tuple | None) -> bool:
    """`knows`, from the rows' `numbers_key`."""
    return key is not None and key in _PROTOTYPES


def _remember(key: tuple, cmp: Comparison) -> None:
    if len(_PROTOTYPES) >= 1 << 16:
        _PROTOTYPES.clear()
    _PROTOTYPES[key] = cmp


# the first comparison made of each kept comparison's numbers (`numbers_key`)
_PROTOTYPES: dict[tuple, Comparison] = {}


def forget_prototypes() -> None:
    _PROTOTYPES.clear()
    _PROFILES.clear()
    _SIDES.clear()
