"""A claim's rank units over plain cohort cells, worked out together: the counts of every benchmark at once.

A rank claim over a tag's 50 benchmarks had each benchmark's unit count its losses, the members ahead in
every draw, the tie-group rank and the cut one benchmark at a time: a dozen small array calls and some
40 µs of Python each. Here the units whose every member is plain in the subject's setting (`plan`) are
counted over their settings' arrays laid end to end (`numbers`: one pass over some 33,000 members for the
claim), and each unit's row is then filled from those counts (`finish`). Every count is the one
`cohort._rank_unit` makes, by the same float operations on the same elements (a comparison negated is
exact); any unit this cannot take (several subject rows, a member with another setting or several rows,
a value NaN, nobody to rank against) is left to `_rank_unit`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from harness.claims.catalog_entries import BenchmarkEntry
from harness.judge import stats
from harness.judge.cohort_cells import (
    CohortCells,
    SettingCells,
    cohort_cache,
    desc_order,
    draw_bounds,
    is_plain,
    missing_names,
    other_tables,
    setting_cells,
    setting_code,
    tie_bounds,
)
from harness.judge.cohort_order import less_subject
from harness.judge.comparisons import Context
from harness.judge.rank_draws import _block_bounds, tie_group_rank, top_k_probability
from harness.judge.results import Comparison, RankRow
from harness.judge.significance import EPS, record_se
from harness.judge.verdicts import FAIL, PASS, UNKNOWN

# at least this many of the best members are kept: the independent-corroboration check names the
# two best members above a subject that fails, and must read the same in both layouts
SHOWN = 2
NORMAL_DRAWS = "independent normal draws (no per-item results for every member)"


@dataclass
class Planned:
    """A unit `numbers` can count: the subject's one plain row, and the plain members in its setting."""

    bench: BenchmarkEntry
    s_rec: object
    cells: CohortCells
    mine: int
    plain: SettingCells
    s_se: float | None


def plan(ctx: Context, bench: BenchmarkEntry, cells_of, subject_at: int, s_rows=None) -> Planned | None:
    """The unit on `bench` as `numbers` takes it, or None where `_rank_unit` must work it out: the subject's
    cell not one plain row, a member the pairwise path decides, a value NaN or a value or SE infinite (no
    search of `numbers` meets a NaN), the subject without a row among the members' cells, or nobody else to
    rank against. `s_rows`: the subject's rows there, where the caller has them (`ctx.rows`; read only)."""
    if s_rows is None:
        s_rows = ctx.rows(ctx.subject, bench.id)
    if len(s_rows) != 1 or bench.average_of or not is_plain(s_rows[0]):
        return None
    s_rec = s_rows[0]
    cells = cells_of(bench)
    mine = setting_code(ctx.evidence, s_rec.setting)
    plain = setting_cells(cells, mine)
    if not plain.ordered or plain.infinite or any(i != subject_at for i in plain.hard):
        return None
    where = plain.where
    if not len(where) or (len(where) == 1 and where[0] == subject_at):
        return None
    if subject_at >= 0 and cells.missing[subject_at]:
        return None
    s_se = record_se(s_rec, bench)
    if not math.isfinite(s_rec.value) or (s_se is not None and not math.isfinite(s_se)):
        return None
    return Planned(bench, s_rec, cells, mine, plain, s_se)


@dataclass
class _Block:
    """The planned units' settings laid end to end, each one segment; its values sorted within the segment, each
    keyed by its segment's number (`_keyed`), so that one search finds each unit's own count."""

    plains: tuple  # kept, so that the ids in the key are not reused
    starts: np.ndarray
    lens: np.ndarray
    where: np.ndarray  # keyed cohort positions (ascending in a segment)
    value: np.ndarray  # the values in cohort order
    neg: np.ndarray  # keyed `desc_order` values (value times minus the sign, ascending)
    own: np.ndarray  # keyed nearest draws (`draw_bounds`) times the sign (ahead: greater), ascending
    least: np.ndarray  # keyed: each member's lesser draw of the two (`ahead` counted without the subject's place)
    least_at: np.ndarray  # the lesser draws in cohort order
    bound: np.ndarray  # keyed `tie_bounds` lower bounds, ascending
    bound_at: np.ndarray  # the lower bounds in cohort order


def _keyed(segment: np.ndarray, values: np.ndarray) -> np.ndarray:
    """Each value with its segment's number as one complex number: numpy orders complex numbers by their real
    part, then their imaginary one, so values sorted within each segment, segments in order, are sorted keys,
    and one search of them is each segment's own search (`searchsorted`; no value or query is NaN: `plan`)."""
    out = np.empty(len(values), np.complex128)
    out.real, out.imag = segment, values
    return out


def _block(ctx: Context, units: list[Planned]) -> _Block:
    """The units' segments (worked out once per store, sequence of settings and alpha: every claim on a tag)."""
    cache = cohort_cache(ctx.evidence).setdefault("segments", {})
    key = (ctx.alpha, tuple((id(u.plain), u.bench.higher_is_better) for u in units))
    found = cache.get(key)
    if found is not None and all(a is u.plain for a, u in zip(found.plains, units)):
        return found
    parts = {k: [] for k in ("neg", "own", "least", "least_at", "bound", "bound_at")}
    for u in units:
        plain, hib = u.plain, u.bench.higher_is_better
        sign = 1.0 if hib else -1.0
        parts["neg"].append(desc_order(plain, sign)[1])
        if plain.finite:
            own, moved = (d * sign for d in draw_bounds(plain, hib))
            bound = tie_bounds(plain, ctx.alpha, hib)
        else:  # no draw and no tie-group rank is read from these counts
            own = moved = np.zeros(len(plain.value))
            bound = (own, own)
        least = np.minimum(own, moved)
        parts["own"].append(np.sort(own))
        parts["least"].append(np.sort(least))
        parts["least_at"].append(least)
        parts["bound"].append(bound[1])
        parts["bound_at"].append(bound[0])
    lens = np.array([len(u.plain.value) for u in units], np.int64)
    starts = np.concatenate(([0], np.cumsum(lens)[:-1]))
    segment = np.repeat(np.arange(len(units), dtype=np.float64), lens)
    flat = {k: np.concatenate(v) for k, v in parts.items()}
    found = _Block(
        tuple(u.plain for u in units),
        starts,
        lens,
        _keyed(segment, np.concatenate([u.plain.where for u in units]).astype(np.float64)),
        np.concatenate([u.plain.value for u in units]),
        _keyed(segment, flat["neg"]),
        _keyed(segment, flat["own"]),
        _keyed(segment, flat["least"]),
        flat["least_at"],
        _keyed(segment, flat["bound"]),
        flat["bound_at"],
    )
    if len(cache) >= 64:  # a few per tag, filter and subject setting: bounded all the same
        cache.clear()
    cache[key] = found
    return found


def numbers(ctx: Context, units: list[Planned], subject_at: int) -> tuple[list[int], list[int], list[int], list[int]]:
    """Each unit's subject place among its plain members (-1: not one), members scoring above it by EPS or
    more (`cohort_order.losses`), members ahead in every draw (`rank_draws.ahead_in_every_draw`; where the
    subject has a place, a count of those ahead whichever block they sit at, at most the true count: it only
    spares `top_k_probability` the same count) and tie-group rank (`rank_draws.tie_group_rank_among`); the
    last two only where the setting's values and SEs and the subject's SE are all known."""
    block = _block(ctx, units)
    lens, starts, n = block.lens, block.starts, len(block.value)
    segment = np.arange(len(units), dtype=np.float64)

    def count_up_to(keys: np.ndarray, x: np.ndarray) -> np.ndarray:  # each segment's values <= its x
        return np.searchsorted(keys, _keyed(segment, x), side="right") - starts

    hib = np.array([u.bench.higher_is_better for u in units], np.bool_)
    sign = np.where(hib, 1.0, -1.0)
    sv = np.array([u.s_rec.value for u in units], np.float64)
    s_se = np.array([0.0 if u.s_se is None else u.s_se for u in units], np.float64)
    cut = np.full(len(units), -1, np.int64)
    if subject_at >= 0:  # the subject's place in each segment (a member once at most)
        at = np.minimum(np.searchsorted(block.where, _keyed(segment, np.full(len(units), float(subject_at)))), n - 1)
        hit = (block.where.imag[at] == subject_at) & (at < starts + lens)
        cut[hit] = at[hit] - starts[hit]
    has_cut = cut >= 0
    at_cut = starts + np.maximum(cut, 0)
    # losses: s - w <= -EPS (s, w: the subject's and a member's value times the sign; w is -neg), a leading run
    # of the members by signed value; found by a search, then checked at its end as `losses` does
    s = sv * sign
    neg = block.neg.imag
    end = count_up_to(block.neg, -(s + EPS))
    for step, edge in ((-1, -1), (1, 0)):
        while True:
            inside = (end > 0) if step < 0 else (end < lens)
            lost_there = s - -neg[np.minimum(np.maximum(starts + end + edge, 0), n - 1)] <= -EPS
            move = inside & (~lost_there if step < 0 else lost_there)
            if not move.any():
                break
            end += step * move
    lost = end - (has_cut & (s - block.value[at_cut] * sign <= -EPS))
    # ahead in every draw: members whose nearest draw beats the subject's farthest (times the sign: greater)
    low, high = _block_bounds(1)
    far = np.where(hib, sv + s_se * high[0], sv + s_se * low[0]) * sign
    # each count searched only where some unit reads it: a subject inside the cohort has a place in most units
    if has_cut.all():
        ahead = lens - count_up_to(block.least, far) - (block.least_at[at_cut] > far)
    elif not has_cut.any():
        ahead = lens - count_up_to(block.own, far)
    else:
        ahead = np.where(
            has_cut,
            lens - count_up_to(block.least, far) - (has_cut & (block.least_at[at_cut] > far)),
            lens - count_up_to(block.own, far),
        )
    # tie-group rank: 1 + members whose lower bound is above the subject's upper bound
    upper = sign * sv + stats.z_critical(ctx.alpha) * s_se
    above = lens - count_up_to(block.bound, upper) - (has_cut & (block.bound_at[at_cut] > upper))
    return cut.tolist(), lost.tolist(), ahead.tolist(), (1 + above).tolist()


def draw_figures(row: RankRow, plain, cut_at: int, sv: float, s_se, top: int, hib: bool, alpha: float, ahead, tie_rank):
    """Set a plain unit's P(top k), tie-group rank and rank method from normal draws. `ahead` and `tie_rank` give the
    members ahead in every draw and the tie-group rank over the setting's arrays (counted together, or one by one):
    asked only where every SE is known."""
    if s_se is not None and plain.finite:
        if ahead() >= top:
            row.top_k_probability = 0.0  # as top_k_probability finds first
        else:
            row.top_k_probability = top_k_probability(sv, s_se, *less_subject(plain, cut_at), top, hib)
        row.tie_group_rank = tie_rank()
        row.rank_method = NORMAL_DRAWS  # a plain subject cell has no per-item results: no paired bootstrap
    elif s_se is not None:
        # some SE unknown (NaN): P(top k) only where that is the subject's own, taken out with it
        values, ses = less_subject(plain, cut_at)
        if not np.isnan(ses).any():
            row.top_k_probability = top_k_probability(sv, s_se, values, ses, top, hib)
            row.tie_group_rank = tie_group_rank(sv, s_se, values, ses, alpha, hib)
            row.rank_method = NORMAL_DRAWS


def finish(
    ctx: Context, top: int, u: Planned, cohort: tuple[str, ...], full: bool, subject_at: int, counts, loose
) -> tuple[RankRow, list]:
    """The unit's rank row and kept comparisons (a plain member's as (bench, subject row, row, member)), from
    its counts, as `_rank_unit` makes them."""
    cut_at, beaten_by, ahead, tie_rank = counts
    bench, s_rec, cells, plain = u.bench, u.s_rec, u.cells, u.plain
    missing = missing_names(cells, ctx, cohort)
    excluded = set_aside(ctx, bench, cohort, cells, loose, subject_at, missing)
    row = ranked(bench, top, beaten_by, [], len(plain.where) - (cut_at >= 0), missing)
    row.excluded = excluded
    every = other_tables(ctx.evidence, cells, u.mine, subject_at)
    own = (s_rec.reported_by, s_rec.source_locator)
    if own not in every:
        tables = set(every)
        tables.add(own)
        every = frozenset(tables)
    row.tables = every
    sv, hib = s_rec.value, bench.higher_is_better
    draw_figures(row, plain, cut_at, sv, u.s_se, top, hib, ctx.alpha, lambda: ahead, lambda: tie_rank)
    deciding = cut_members(plain, cells, 1.0 if hib else -1.0, cut_at, max(top, SHOWN))
    row.deciding = [cohort[i] for i, _ in deciding]
    record = cells.record
    if full:
        keep = plain.where.tolist()
        if cut_at >= 0:
            del keep[cut_at]
        return row, [(bench, s_rec, record(cells.rows[cells.slot[i]]), cohort[i]) for i in keep]
    return row, [(bench, s_rec, record(at), cohort[i]) for i, at in deciding]


def cut_members(plain: SettingCells, cells: CohortCells, sign: float, cut_at: int, top: int) -> list[tuple]:
    """`cohort_order.cut_among`'s members, in cohort order, as (cohort position, store position of its row):
    the members at and above the cut less the subject. The cut is the one a subject outside the top leaves,
    or the one a subject among them moves down by one; each is worked out once per setting (every claim
    ranking there shares them)."""
    order, neg = desc_order(plain, sign)
    top = min(top, len(order) - (cut_at >= 0))  # at least one other member (`plan`)
    inside = cut_at >= 0 and _place_in_order(plain, sign)[cut_at] < top
    pos = top if inside else top - 1  # the top-th entry that is not the subject's
    found = plain.cuts.get((sign, pos))
    if found is None:
        cut = -neg[pos]
        chosen = order[: int(neg.searchsorted(-(cut - EPS), side="right"))]
        members = plain.where[chosen].tolist()
        rows = [cells.rows[at] for at in cells.slot[members].tolist()]
        found = plain.cuts[(sign, pos)] = sorted(zip(members, rows, chosen.tolist()))
    if cut_at < 0:
        return [(i, at) for i, at, _ in found]
    return [(i, at) for i, at, p in found if p != cut_at]


def _place_in_order(plain: SettingCells, sign: float) -> np.ndarray:
    """Each member's place in `desc_order` (worked out once per setting and sign)."""
    found = plain.cuts.get(sign)
    if found is None:
        order = desc_order(plain, sign)[0]
        found = plain.cuts[sign] = np.empty(len(order), np.int64)
        found[order] = np.arange(len(order))
    return found


def set_aside(ctx: Context, bench: BenchmarkEntry, cohort: tuple[str, ...], cells, loose, subject_at, missing):
    """What the claim's own filters left out of the members with no row (`loose`: their cells without those
    filters, None when it sets none); each such member is taken out of `missing`, as a pairwise claim does."""
    if loose is None:
        return []
    whys = []
    for i in np.flatnonzero(cells.missing & ~loose.missing).tolist():
        out = None if i == subject_at else ctx.excluded(cohort[i], bench.id)
        if out is not None:
            missing.remove(ctx.name(cohort[i]))
            whys.append(out.why)
    return whys


def ranked(
    bench: BenchmarkEntry, top: int, beaten_by: int, undecided: list[Comparison], n_present: int, missing: list[str]
) -> RankRow:
    """The rank row from the members ahead and those whose sources or settings leave it open."""
    maybe = by_setting = 0
    if undecided:
        maybe = sum(c.outcome == "conflict" and "loss" in c.alternatives for c in undecided)
        by_setting = sum(c.outcome == "depends_on_setting" and "loss" in c.alternatives for c in undecided)
    best, worst = 1 + beaten_by, 1 + beaten_by + maybe + by_setting
    status = PASS if worst <= top else FAIL if best > top else UNKNOWN
    if status == UNKNOWN and 1 + beaten_by + maybe <= top:
        status = FAIL  # out of the top k under some setting that has evidence: mixed, which does not pass
    if status == PASS and n_present < top:
        # fewer others scored than top: no score could have failed it, so the pass is no evidence of a rank
        status = UNKNOWN
    return RankRow(bench.id, best, worst, n_present + 1, status, missing_members=missing)
