"""A cohort's cells on one benchmark, in arrays: the plain members' values, SEs and settings read once
per benchmark, filter and cohort (and shared by every claim ranking in that cohort); the members
that need the pairwise path listed; the cohort's members, benchmarks and scored members."""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field

import numpy as np

from harness.claims.catalog_entries import BenchmarkEntry
from harness.evidence.records import EvidenceFilter, ScoreRecord
from harness.evidence.store import EvidenceStore
from harness.judge import rank_draws
from harness.judge.comparisons import Context


@dataclass
class CohortCells:
    """One benchmark's cells for a cohort under one filter: the plain members as arrays, the rest listed."""

    index: np.ndarray  # cohort position of each plain member (one accepted row, not partial, no items)
    value: np.ndarray
    se: np.ndarray  # record_se; NaN when unknown
    setting: np.ndarray  # an integer per distinct Setting
    rows: list[int]  # the plain members' rows, as store positions for `record`
    other: list[int]  # cohort positions of members with several rows, or a partial run, or per-item results
    missing: np.ndarray  # True for members with no accepted row
    record: object  # position -> ScoreRecord
    slot: np.ndarray | None = None  # cohort position -> index in the arrays above (-1: not a plain member)
    tables: dict | None = None  # setting code -> the plain members' (reporter, locator) pairs, and their counts
    table_of: np.ndarray | None = None  # a code per plain member's (reporter, locator)
    by_setting: dict | None = None  # setting code -> its SettingCells
    names: tuple | None = None  # (catalog, the names of the members with no accepted row)


@dataclass
class SettingCells:
    """The plain members of one benchmark's cells in one setting, as arrays in cohort order: the members a
    rank unit in that setting judges as arrays (the subject, when among them, is taken out per claim)."""

    value: np.ndarray
    se: np.ndarray
    where: np.ndarray  # cohort positions, ascending
    hard: list[int]  # cohort positions of the members the pairwise path decides (another setting, or not plain)
    finite: bool  # no value and no SE is NaN
    desc: dict  # sign -> (positions into the arrays by signed value, greatest first; those values negated)
    # (which is better, alpha) -> the members' bounds that P(top k) and the tie-group rank compare with
    # the subject's, the same for every subject ranked here (`rank_draws.nearest_draws`, `lower_bounds`)
    bounds: dict = field(default_factory=dict)
    ordered: bool = True  # no value is NaN (an SE may be: a benchmark with no item count)
    infinite: bool = False  # some value or SE is infinite
    # sign -> each member's place in `desc_order`; (sign, place of the cut) -> the members at and above it
    # (`cohort_batch.cut_members`), the same for every subject ranked here
    cuts: dict = field(default_factory=dict)


_CELLS: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()


def _cache(store: EvidenceStore) -> dict:
    found = _CELLS.get(store)
    if found is None:
        found = _CELLS[store] = {"settings": {}}
    return found


def cohort_cache(store: EvidenceStore) -> dict:
    """What rank claims work out once per evidence store (and catalog), kept as long as the store."""
    return _cache(store)


def cohort_members(ctx: Context, cohort) -> tuple[str, ...]:
    """The cohort's member ids, in order (worked out once per catalog and cohort spec)."""
    cache = _cache(ctx.evidence)
    key = ("members", id(ctx.catalog), cohort.model_dump_json())
    found = cache.get(key)
    if found is None:
        found = cache[key] = tuple(cohort.members(ctx.catalog, ctx.evidence.models_in_source))
    return found


def setting_code(store: EvidenceStore, setting) -> int:
    """The store's code of a Setting (its position among the distinct settings)."""
    cache = _cache(store)
    codes = cache.get("setting codes")
    if codes is None:
        codes = cache["setting codes"] = {x: i for i, x in enumerate(store.values["setting"])}
        # a record's Setting is the store's own object: found by its id without hashing its fields
        cache["setting ids"] = {id(x): (x, codes[x]) for x in store.values["setting"]}
    known = cache["setting ids"].get(id(setting))
    if known is not None and known[0] is setting:
        return known[1]
    return codes.get(setting, -1)


def cohort_cells(store: EvidenceStore, flt: EvidenceFilter, bench: BenchmarkEntry, cohort: tuple[str, ...]):
    """The cells of every cohort member on one benchmark (computed once per filter, benchmark and cohort)."""
    return cells_by_benchmark(store, flt, cohort)(bench)


def cells_by_benchmark(store: EvidenceStore, flt: EvidenceFilter, cohort: tuple[str, ...]):
    """`cohort_cells` of one filter and cohort, by benchmark (the cohort's long tuple hashed once, not per
    benchmark)."""
    cache = _cache(store)
    key = ("cells", flt, cohort)
    by_bench = cache.get(key)
    if by_bench is None:
        by_bench = cache[key] = {}

    def cells(bench: BenchmarkEntry) -> CohortCells:
        found = by_bench.get(bench.id)
        if found is None:
            found = by_bench[bench.id] = _build_cells(store, flt, bench, cohort)
        return found

    return cells


def _build_cells(store: EvidenceStore, flt: EvidenceFilter, bench: BenchmarkEntry, cohort: tuple[str, ...]):
    """Read the cohort's cells from the store's columns: no record is built for a plain cell."""
    rows, owner = _accepted_rows(store, flt, bench.id, cohort)
    count = np.bincount(owner, minlength=len(cohort))
    first = np.searchsorted(owner, np.arange(len(cohort)))  # each member's first accepted row
    single = np.flatnonzero(count == 1)
    pos = rows[first[single]] if len(rows) else np.zeros(0, np.int64)
    num = store.numeric
    plain = ~num["partial"][pos]
    items = store._cols.items
    if items:
        plain &= np.array([int(p) not in items for p in pos], np.bool_)
    index, pos = single[plain], pos[plain]
    other = sorted(set(np.flatnonzero(count > 1).tolist()) | set(single[~plain].tolist()))
    value = num["value"][pos]
    stderr, n = num["stderr"][pos], num["n"][pos]
    # record_se over arrays: the published SE; else binomial over the row's n (or the benchmark's items)
    n = np.where(n > 0, n, bench.items or 0).astype(np.float64)
    se = np.where(stderr == 0, np.nan, stderr)  # a stated stderr of 0 is none (`uncertainty.record_score`)
    if bench.share_of_items:  # a word error rate over n items is no share of them: no binomial SE
        derive = np.isnan(se) & (n > 0)
        p = np.minimum(np.maximum(value[derive] / 100.0, 0.0), 1.0)
        se[derive] = 100.0 * np.sqrt(p * (1.0 - p) / n[derive])
    setting = store.codes["setting"][pos]
    cells = CohortCells(index, value, se, setting, pos.tolist(), other, count == 0, store.record)
    cells.slot = np.full(len(cohort), -1, np.int64)
    cells.slot[index] = np.arange(len(index))
    reporter, locator = store.codes["reported_by"][pos], store.codes["source_locator"][pos]
    cells.table_of = reporter.astype(np.int64) * (len(store.values["source_locator"]) + 1) + locator
    cells.tables = {}
    return cells


def setting_cells(cells: CohortCells, mine: int) -> SettingCells:
    """The cells' plain members in setting `mine` (worked out once per cells and setting)."""
    if cells.by_setting is None:
        cells.by_setting = {}
    found = cells.by_setting.get(mine)
    if found is None:
        same = cells.setting == mine
        value, se = cells.value[same], cells.se[same]
        hard = sorted(set(cells.other) | set(cells.index[~same].tolist()))
        ordered = not np.isnan(value).any()
        finite = ordered and not np.isnan(se).any()
        infinite = bool(np.isinf(value).any() or np.isinf(se).any())
        found = SettingCells(value, se, cells.index[same], hard, finite, {}, ordered=ordered, infinite=infinite)
        cells.by_setting[mine] = found
    return found


def desc_order(plain: SettingCells, sign: float) -> tuple[np.ndarray, np.ndarray]:
    """`plain`'s positions by signed value, greatest first, and those signed values negated (ascending)."""
    found = plain.desc.get(sign)
    if found is None:
        neg = plain.value * -sign
        order = np.argsort(neg, kind="stable")
        found = plain.desc[sign] = (order, neg[order])
    return found


def draw_bounds(plain: SettingCells, higher_is_better: bool) -> tuple[np.ndarray, np.ndarray]:
    """`rank_draws.nearest_draws` of `plain`'s members (worked out once per setting and direction)."""
    found = plain.bounds.get(higher_is_better)
    if found is None:
        found = plain.bounds[higher_is_better] = rank_draws.nearest_draws(plain.value, plain.se, higher_is_better)
    return found


def tie_bounds(plain: SettingCells, alpha: float, higher_is_better: bool) -> tuple[np.ndarray, np.ndarray]:
    """`rank_draws.lower_bounds` of `plain`'s members, and those sorted (once per setting, direction, alpha)."""
    found = plain.bounds.get((higher_is_better, alpha))
    if found is None:
        bound = rank_draws.lower_bounds(plain.value, plain.se, alpha, higher_is_better)
        found = plain.bounds[(higher_is_better, alpha)] = (bound, np.sort(bound))
    return found


def missing_names(cells: CohortCells, ctx: Context, cohort: tuple[str, ...]) -> list[str]:
    """The names of the members with no accepted row, in cohort order (a new list; the names read once)."""
    if cells.names is None or cells.names[0] is not ctx.catalog:
        cells.names = (ctx.catalog, tuple(ctx.name(cohort[i]) for i in np.flatnonzero(cells.missing).tolist()))
    return list(cells.names[1])


def other_tables(store: EvidenceStore, cells: CohortCells, mine: int, subject_at: int) -> frozenset:
    """The (reporter, locator) pairs of the plain members in the subject's setting, the subject left out
    (each member's table counted once per cells and setting)."""
    found = cells.tables.get(mine)
    if found is None:
        codes, counts = np.unique(cells.table_of[cells.setting == mine], return_counts=True)
        width = len(store.values["source_locator"]) + 1
        reporters, locators = store.values["reported_by"], store.values["source_locator"]
        pairs = [(reporters[c // width], locators[c % width]) for c in codes.tolist()]
        found = cells.tables[mine] = (frozenset(pairs), dict(zip(codes.tolist(), zip(counts.tolist(), pairs))))
    every, count = found
    at = int(cells.slot[subject_at]) if subject_at >= 0 else -1
    if at < 0 or cells.setting[at] != mine:
        return every
    times, pair = count[int(cells.table_of[at])]
    return every if times > 1 else every - {pair}  # the subject's own row was its table's only one


def is_plain(r: ScoreRecord) -> bool:
    return not r.partial and not r.items


def _accepted_rows(store: EvidenceStore, flt: EvidenceFilter, bench_id: str, cohort: tuple[str, ...]):
    """Store positions of the members' accepted rows on the benchmark (member by member, each in load
    order), and the cohort position of the member each belongs to."""
    bench = store._bench_code.get(bench_id)
    if bench is None:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    bounds, rows, owner = _member_rows(store, flt, cohort)
    return rows[bounds[bench] : bounds[bench + 1]], owner[bounds[bench] : bounds[bench + 1]]


def _member_rows(store: EvidenceStore, flt: EvidenceFilter, cohort: tuple[str, ...]):
    """The members' accepted rows on every benchmark, by benchmark code (`bounds[b]:bounds[b + 1]`), member by
    member in cohort order, each member's in load order; and the cohort position of the member each belongs
    to. Worked out once per filter and cohort: a member's rows on all benchmarks are one run of the store's
    index, so the cohort's are read and filtered in one pass (a rank claim's 50 benchmarks each searched the
    index for all 667 members and filtered their rows, about 0.6 ms a benchmark)."""
    cache = _cache(store)
    key = ("member rows", flt, cohort)
    found = cache.get(key)
    if found is not None:
        return found
    codes, nb = store._model_code, store._nb
    member = np.array([codes.get(m, -1) for m in cohort], np.int64)
    lo = store._keys.searchsorted(member * nb)
    hi = np.where(member >= 0, store._keys.searchsorted((member + 1) * nb), lo)
    count = hi - lo
    total = int(count.sum())
    owner = np.repeat(np.arange(len(cohort)), count)
    at = np.repeat(lo - (np.cumsum(count) - count), count) + np.arange(total)
    rows, bench = store._order[at], store._keys[at] - member[owner] * nb
    keep = np.isin(rows, store._accepted(flt, rows)) if total else np.zeros(0, np.bool_)
    rows, owner, bench = rows[keep], owner[keep], bench[keep]
    # by benchmark, the members in cohort order, a member's rows kept in their order (load order)
    order = np.argsort(bench * len(cohort) + owner, kind="stable")
    rows, owner = rows[order], owner[order]
    bounds = np.searchsorted(bench[order], np.arange(nb + 1)).tolist()
    found = cache[key] = (bounds, rows, owner)
    return found


def cohort_benchmarks(ctx: Context, cohort: tuple[str, ...]) -> frozenset[str]:
    """Benchmarks with an accepted row for some cohort member other than the subject (counted once per cohort)."""
    flt = ctx.flt_other or ctx.flt
    cache = _cache(ctx.evidence)
    key = ("benchmarks", flt, cohort)
    found = cache.get(key)
    if found is None:
        counts = {}
        for m in cohort:
            for b in ctx.evidence.benchmarks_of(m, flt):
                counts[b] = counts.get(b, 0) + 1
        # scored for two members or more (another than the subject whoever it is), and for one
        found = cache[key] = (
            frozenset(counts),
            frozenset(b for b, n in counts.items() if n > 1),
            frozenset(b for b, n in counts.items() if n == 1),
        )
    every, several, one = found
    if ctx.subject not in cohort:
        return every
    return several | (one - ctx.evidence.benchmarks_of(ctx.subject, flt))


def scored_members(ctx: Context, members: tuple[str, ...]) -> int:
    """How many of the members have an accepted row on any benchmark (each model looked up once per
    filter: the members differ from claim to claim by the subject left out)."""
    flt = ctx.flt_other or ctx.flt
    cache = _cache(ctx.evidence)
    scored = cache.get(("scored", flt))
    if scored is None:
        scored = cache[("scored", flt)] = {}
    total = 0
    for m in members:
        found = scored.get(m)
        if found is None:
            found = scored[m] = bool(ctx.evidence.benchmarks_of(m, flt))
        total += found
    return total
