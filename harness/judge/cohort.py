"""A rank unit over a cohort, in arrays: the subject against every member at once.

`ranking.py` asks this module for each benchmark's rank row. Members whose cell is plain (one
accepted row in the subject's setting, no per-item results, not a partial run) are judged as
arrays: their values and SEs are read once per benchmark, filter and cohort, and shared by every
claim that ranks in the same cohort; only members whose cells are not plain go through the
pairwise `compare`. The rank simulation draws once for the whole cohort, and skips the members
that beat the subject in every draw or in none (their counts are known without drawing). The unit
keeps the comparisons that decide it: the members at and above the cut (the `top` best-scoring
members, ties included) and any whose sources disagree; `full` keeps one per member, as before.
A claim's units whose members are all plain in the subject's setting are counted together, over their
settings' arrays laid end to end (`cohort_batch`); `_rank_unit` works out the others, one by one.
"""

from __future__ import annotations

import numpy as np

from harness.claims.catalog_entries import BenchmarkEntry
from harness.judge.cohort_batch import NORMAL_DRAWS, SHOWN, draw_figures, finish, numbers, plan, ranked, set_aside
from harness.judge.cohort_cells import (
    cells_by_benchmark,
    draw_bounds,
    is_plain,
    missing_names,
    other_tables,
    setting_cells,
    setting_code,
    tie_bounds,
)
from harness.judge.cohort_order import at_and_above_cut, cut_among, losses
from harness.judge.comparisons import BATCH_FROM, Context, compare, plain_comparison
from harness.judge.exclusions import loosened
from harness.judge.rank_draws import ahead_in_every_draw, tie_group_rank, tie_group_rank_among, top_k_probability
from harness.judge.rank_kept import KeptComparison, known_key, numbers_key
from harness.judge.rank_uncertainty import paired_ranks
from harness.judge.results import Comparison, RankRow
from harness.judge.significance import EPS, know_tests, outperform_judge, record_se
from harness.judge.verdicts import UNKNOWN

UNDECIDED = ("conflict", "depends_on_setting")
TOGETHER = True  # a claim's plain units counted together (`cohort_batch`); False: each by `_rank_unit`, as before
_JUDGE = outperform_judge(0.0)  # its only boundary is 0


def rank_unit(
    ctx: Context, top: int, bench: BenchmarkEntry, cohort: tuple[str, ...], full: bool
) -> tuple[RankRow, list[Comparison]]:
    """The subject's rank row on one benchmark, and the comparisons to keep (all with `full`)."""
    return rank_units(ctx, top, [bench], cohort, full)[0]


def rank_units(
    ctx: Context, top: int, benches: list[BenchmarkEntry], cohort: tuple[str, ...], full: bool
) -> list[tuple[RankRow, list[Comparison]]]:
    """`rank_unit` on each benchmark; the tests of the plain comparisons kept are searched in one batch
    (with the chunk's, where `prepare_rank_units` worked the units out before the chunk's claims)."""
    units = _PREPARED.pop(_prepared_key(ctx, top, benches, cohort, full), None)
    if units is None:
        units = _units(ctx, top, benches, cohort, full, False)
        plain = _unknown(ctx, [c for _, kept in units for c in kept if isinstance(c, tuple)], full)
        if len(plain) >= BATCH_FROM:
            know_tests(_searched(plain), ctx.alpha)
    if full:  # every comparison is read (reports, the full JSON): made here
        return [
            (row, [c if isinstance(c, Comparison) else plain_comparison(ctx, *c, _JUDGE) for c in kept])
            for row, kept in units
        ]
    # only the kept comparisons' lines are read (the compact JSON): each is made if something else reads it
    return [
        (row, [c if isinstance(c, Comparison) else KeptComparison(ctx, *c, _JUDGE, _key(c, ctx.alpha)) for c in kept])
        for row, kept in units
    ]


# rank units worked out before a chunk's claims are verified, each read (and dropped) by the claim's
# `rank_units`; keyed by all they depend on, and emptied after the chunk
_PREPARED: dict[tuple, list] = {}


def prepare_rank_units(
    ctx: Context, top: int, benches: list[BenchmarkEntry], cohort: tuple[str, ...], full: bool
) -> list[tuple]:
    """Work out the rank units `rank_units` will, before the claim is verified, and return the plain
    comparisons they keep as `know_tests` entries, so that their searches join the chunk's batch (a
    rank claim's own batch meets a few new pairs among some 140, and its arrays' cost per call
    dominates). Nothing where a unit needs the pairwise path: its comparisons are tested as they are
    met, in claim order, as before. The units are the ones `rank_units` would work out: the same
    reads of the same store, and no comparison tested."""
    units = _units(ctx, top, benches, cohort, full, True)
    if units is None:
        return []
    _PREPARED[_prepared_key(ctx, top, benches, cohort, full)] = units
    return _searched(_unknown(ctx, [c for _, kept in units for c in kept if isinstance(c, tuple)], full, _ASKED))


def forget_prepared() -> None:
    """Drop the rank units prepared and not read (a claim that failed before its ranks, say)."""
    _PREPARED.clear()
    _KEYS.clear()
    _ASKED.clear()


# each kept comparison's `numbers_key` (by the tuple's id, the tuple kept), worked out by `_unknown` and read
# once by `rank_units` when it makes the comparison's `KeptComparison`: worked out once, not twice
_KEYS: dict[int, tuple] = {}
# the numbers of the kept comparisons `prepare_rank_units` handed to the chunk's batch: a later one of the
# same numbers asks for the same searches (its line repeats the first's fields, `rank_kept`), so it is not
# handed again (some 140 a rank claim, of a few thousand distinct numbers a chunk)
_ASKED: set = set()


def _prepared_key(ctx: Context, top: int, benches: list[BenchmarkEntry], cohort: tuple[str, ...], full: bool):
    bench_ids = tuple(bench.id for bench in benches)
    return (
        id(ctx.catalog),
        id(ctx.evidence),
        ctx.subject,
        ctx.flt,
        ctx.flt_other,
        ctx.alpha,
        top,
        bench_ids,
        cohort,
        full,
    )


def _unknown(ctx: Context, plain: list[tuple], full: bool, asked: set | None = None) -> list[tuple]:
    """The plain comparisons kept whose tests are to be searched: without `full`, not those whose numbers
    a comparison made already had (their lines repeat its fields, `rank_kept`), nor a second of the same
    numbers (among these, or in `asked`: those handed to the search before; equal numbers, equal searches)."""
    if full:
        return plain
    asked = set() if asked is None else asked
    out = []
    for c in plain:
        key = numbers_key(c[0], c[1], c[2], ctx.alpha)
        _KEYS[id(c)] = (c, key)
        if key is None:
            out.append(c)
        elif key not in asked and not known_key(key):
            asked.add(key)
            out.append(c)
    return out


def _key(c: tuple, alpha: float):
    """The kept comparison's `numbers_key`, as `_unknown` worked it out (else now)."""
    found = _KEYS.pop(id(c), None)
    if found is not None and found[0] is c:
        return found[1]
    return numbers_key(c[0], c[1], c[2], alpha)


def _searched(plain: list[tuple]) -> list[tuple]:
    """`know_tests` entries of plain comparisons kept as (bench, subject row, row, member)."""
    return [(s, c, bench, _JUDGE.boundaries(c.value)) for bench, s, c, _ in plain]


def _units(ctx: Context, top: int, benches: list[BenchmarkEntry], cohort: tuple[str, ...], full: bool, prepare: bool):
    """Each benchmark's rank row and kept comparisons (None, with `prepare`, where one needs the pairwise path)."""
    own = ctx.filter_for(ctx.subject)
    s_rows = ctx.evidence.cell_rows([(ctx.subject, bench.id, own) for bench in benches])
    # the same for every benchmark of the claim: every member's filter (the subject is not a member), the
    # cohort's cells by benchmark, and the subject's place in the cohort
    flt = ctx.flt_other or ctx.flt
    cells_of = cells_by_benchmark(ctx.evidence, flt, cohort)
    # the members' cells without the claim's own limits: a member with rows there and none here was set aside
    loose = loosened(flt)
    loose_of = None if loose is None else cells_by_benchmark(ctx.evidence, loose, cohort)
    subject_at = cohort.index(ctx.subject) if ctx.subject in cohort else -1
    # the units whose members are all plain in the subject's setting, counted together (`cohort_batch`)
    planned = [
        plan(ctx, bench, cells_of, subject_at, rows) if TOGETHER else None for bench, rows in zip(benches, s_rows)
    ]
    batch = [u for u in planned if u is not None]
    counts = iter(zip(*numbers(ctx, batch, subject_at))) if batch else iter(())
    units = []
    for bench, u in zip(benches, planned):
        if u is None:
            unit = _rank_unit(ctx, top, bench, cohort, full, cells_of, subject_at, prepare, loose_of)
            if unit is None:
                return None
        else:
            unit = finish(ctx, top, u, cohort, full, subject_at, next(counts), loose_of and loose_of(bench))
        units.append(unit)
    return units


def _rank_unit(
    ctx: Context,
    top: int,
    bench: BenchmarkEntry,
    cohort: tuple[str, ...],
    full: bool,
    cells_of,
    subject_at: int,
    prepare: bool = False,
    loose_of=None,
):
    """The rank row, and the comparisons to keep: a plain member's as (bench, subject row, row, member).
    With `prepare`, None where a comparison would be tested here (the pairwise path, a member's hard cell)."""
    s_rows = ctx.rows(ctx.subject, bench.id)
    if len(s_rows) != 1 or not is_plain(s_rows[0]) or bench.average_of:
        if prepare:
            return None
        return _pairwise_unit(ctx, top, bench, [m for m in cohort if m != ctx.subject], full)
    s_rec = s_rows[0]
    cells = cells_of(bench)
    mine = setting_code(ctx.evidence, s_rec.setting)
    plain = setting_cells(cells, mine)
    # members with a cell that is not plain, or another setting: the pairwise path decides each one
    # (the subject, when among them, is never compared with itself)
    hard = plain.hard
    if prepare and any(i != subject_at for i in hard):
        return None
    hard_cmps = {i: compare(ctx, bench.id, cohort[i], _JUDGE) for i in hard if i != subject_at}
    sv, sign = s_rec.value, 1.0 if bench.higher_is_better else -1.0
    # the plain members in the subject's setting, the subject taken out (its place `cut_at`, else -1)
    where = plain.where
    cut_at = int(where.searchsorted(subject_at)) if subject_at >= 0 else -1
    if cut_at >= 0 and (cut_at == len(where) or where[cut_at] != subject_at):
        cut_at = -1
    present_hard = {i: c for i, c in hard_cmps.items() if c.outcome not in {"missing", "setting_mismatch"}}
    # the plain members alone, no value NaN: counted from what the setting keeps for every subject ranked
    # there, without the arrays less the subject (made below only where a simulation needs them)
    shared = not present_hard and plain.ordered
    if shared:
        values = ses = None
    else:
        values, ses = plain.value, plain.se
        if cut_at >= 0:
            values, ses, where = (np.concatenate((a[:cut_at], a[cut_at + 1 :])) for a in (values, ses, where))
    gone = [i for i in hard_cmps if i not in present_hard]
    if not gone and (subject_at < 0 or not cells.missing[subject_at]):
        missing = missing_names(cells, ctx, cohort)
    else:
        absent = cells.missing.copy()
        absent[gone] = True
        if subject_at >= 0:
            absent[subject_at] = False
        missing = [ctx.name(cohort[i]) for i in np.flatnonzero(absent).tolist()]
    excluded = set_aside(ctx, bench, cohort, cells, loose_of and loose_of(bench), subject_at, missing)
    n_present = len(plain.where) - (cut_at >= 0) + len(present_hard)
    if n_present == 0:  # nobody to rank against is no evidence of a rank: unknown, never a pass
        return RankRow(bench.id, None, None, 1, UNKNOWN, missing_members=missing, excluded=excluded), []
    if shared:
        beaten_by = losses(plain, sv, sign, cut_at)
    else:
        d = (sv - values) * sign
        loss = ~(np.abs(d) < EPS) & (d < 0)
        beaten_by = int(np.count_nonzero(loss)) + sum(c.outcome == "loss" for c in present_hard.values())
    row = ranked(bench, top, beaten_by, list(present_hard.values()), n_present, missing)
    row.excluded = excluded
    every = other_tables(ctx.evidence, cells, mine, subject_at)
    own = (s_rec.reported_by, s_rec.source_locator)
    if present_hard or own not in every:
        tables = set(every)
        tables.add(own)
        for c in present_hard.values():
            tables |= {(r.reported_by, r.source_locator) for r in c.subject_rows + c.competitor_rows}
        every = frozenset(tables)
    row.tables = every
    s_se = record_se(s_rec, bench)
    if shared:
        hib = bench.higher_is_better
        draw_figures(
            row, plain, cut_at, sv, s_se, top, hib, ctx.alpha,
            lambda: ahead_in_every_draw(sv, s_se, draw_bounds(plain, hib), cut_at, hib),
            lambda: tie_group_rank_among(sv, s_se, tie_bounds(plain, ctx.alpha, hib), cut_at, ctx.alpha, hib),
        )  # fmt: skip
        deciding = cut_among(plain, sign, cut_at, max(top, SHOWN))
        row.deciding = [cohort[i] for i in sorted(deciding)]
        if full:
            keep = plain.where.tolist()
            if cut_at >= 0:
                del keep[cut_at]
        else:
            keep = sorted(deciding)
        return row, [(bench, s_rec, cells.record(cells.rows[cells.slot[i]]), cohort[i]) for i in keep]
    # the present members in cohort order: position in the simulation, value and SE
    if present_hard:
        order_index = np.concatenate([where, np.array(sorted(present_hard), np.int64)])
        order_value = np.concatenate([values, [present_hard[i].competitor_value for i in sorted(present_hard)]])
        order_se = np.concatenate([ses, [_competitor_se(present_hard[i], bench) for i in sorted(present_hard)]])
        order = np.argsort(order_index, kind="stable")
        order_index, order_value, order_se = order_index[order], order_value[order], order_se[order]
    else:  # the plain members alone: already in cohort order
        order_index, order_value, order_se = where, values, ses
    same_subject = all(c.subject_value == sv for c in present_hard.values())
    if same_subject and s_se is not None and not np.isnan(order_se).any():
        row.top_k_probability = top_k_probability(sv, s_se, order_value, order_se, top, bench.higher_is_better)
        row.tie_group_rank = tie_group_rank(sv, s_se, order_value, order_se, ctx.alpha, bench.higher_is_better)
        row.rank_method = NORMAL_DRAWS
    undecided = {i for i, c in present_hard.items() if c.outcome in UNDECIDED}
    deciding = at_and_above_cut(order_index, order_value * sign, max(top, SHOWN)) | undecided
    row.deciding = [cohort[i] for i in sorted(deciding)]
    keep = order_index.tolist() if full else sorted(deciding)
    kept = []
    for i in keep:
        if i in present_hard:
            kept.append(present_hard[i])
        else:
            kept.append((bench, s_rec, cells.record(cells.rows[cells.slot[i]]), cohort[i]))
    return row, kept


def _competitor_se(c: Comparison, bench: BenchmarkEntry) -> float:
    rec = next(r for r in c.competitor_rows if r.value == c.competitor_value)
    se = record_se(rec, bench)
    return np.nan if se is None else se


def _pairwise_unit(ctx: Context, top: int, bench: BenchmarkEntry, members: list[str], full: bool):
    """A benchmark whose subject cell is not plain: every member through `compare`."""
    cmps = [compare(ctx, bench.id, m, _JUDGE) for m in members]
    present = [c for c in cmps if c.outcome not in {"missing", "setting_mismatch"}]
    # members without a (comparable) score; when the subject has none, the others are not the missing ones
    gone = [
        c
        for c, p in zip(cmps, _flags(cmps, present))
        if not p and (c.outcome == "setting_mismatch" or not c.competitor_rows)
    ]
    # a member whose rows the claim's own filters left out is not missing: what they left out is said instead
    out = {id(c): None if c.competitor_rows else ctx.excluded(c.competitor, bench.id) for c in gone}
    row = _rank_row(ctx, top, bench, present, [ctx.name(c.competitor) for c in gone if not out[id(c)]])
    row.excluded = [out[id(c)].why for c in gone if out[id(c)]]
    row.tables = frozenset(
        (r.reported_by, r.source_locator) for c in present for r in c.subject_rows + c.competitor_rows
    )
    index = np.arange(len(present), dtype=np.int64)
    signed = np.array([(c.competitor_value or 0.0) * (1.0 if bench.higher_is_better else -1.0) for c in present])
    deciding = at_and_above_cut(index, signed, max(top, SHOWN))
    deciding |= {i for i, c in enumerate(present) if c.outcome in UNDECIDED}
    row.deciding = [c.competitor for i, c in enumerate(present) if i in deciding]
    return row, present if full else [c for i, c in enumerate(present) if i in deciding]


def _flags(cmps: list[Comparison], present: list[Comparison]) -> list[bool]:
    ids = {id(c) for c in present}
    return [id(c) in ids for c in cmps]


def _rank_row(ctx: Context, top: int, bench: BenchmarkEntry, cmps: list[Comparison], missing: list[str]) -> RankRow:
    if not cmps:
        # nobody to rank against is no evidence of a rank: unknown, never a pass
        if not ctx.rows(ctx.subject, bench.id):
            return RankRow(bench.id, None, None, 0, UNKNOWN, missing_members=missing, subject_missing=True)
        return RankRow(bench.id, None, None, 1, UNKNOWN, missing_members=missing)
    # rank from the pairwise outcomes, so each pair used its own best-matching setting
    row = ranked(bench, top, sum(c.outcome == "loss" for c in cmps), cmps, len(cmps), missing)
    if len({c.subject_value for c in cmps}) > 1:
        return row
    s_rec = next(r for r in cmps[0].subject_rows if r.value == cmps[0].subject_value)
    s_se = record_se(s_rec, bench)
    values = np.array([c.competitor_value for c in cmps], np.float64)
    ses = np.array([_competitor_se(c, bench) for c in cmps], np.float64)
    if s_se is not None and not np.isnan(ses).any():
        sv = cmps[0].subject_value
        row.top_k_probability = top_k_probability(sv, s_se, values, ses, top, bench.higher_is_better)
        row.tie_group_rank = tie_group_rank(sv, s_se, values, ses, ctx.alpha, bench.higher_is_better)
        row.rank_method = NORMAL_DRAWS
    paired_ranks(row, ctx, cmps, bench, top)
    return row
