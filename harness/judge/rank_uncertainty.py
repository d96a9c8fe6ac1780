"""Attach a paired rank set to a rank row when per-item results exist for the whole cohort."""

from __future__ import annotations

from harness.claims.catalog_entries import BenchmarkEntry
from harness.judge.comparisons import Context
from harness.judge.rank_sets import paired_rank_set
from harness.judge.results import Comparison, RankRow


def paired_ranks(row: RankRow, ctx: Context, cmps: list[Comparison], bench: BenchmarkEntry, top: int) -> None:
    """Replace P(top k) by the paired bootstrap's and add the rank set and tie group, when every
    member (and the subject) has one value with per-item results; otherwise leave the row as it is."""
    if not cmps or len({c.subject_value for c in cmps}) > 1:
        return
    s_rec = next(r for r in cmps[0].subject_rows if r.value == cmps[0].subject_value)
    recs = [next(r for r in c.competitor_rows if r.value == c.competitor_value) for c in cmps]
    if not s_rec.items or not all(r.items for r in recs):
        return
    groups: dict[str, str] = {}
    for r in [s_rec, *recs]:  # the subject's clusters first; a member's fill in items the subject's lack
        for item, group in (r.item_clusters() or {}).items():
            groups.setdefault(item, group)
    result = paired_rank_set(
        s_rec.per_item(),
        [(ctx.name(c.competitor), r.per_item()) for c, r in zip(cmps, recs)],
        top,
        bench.higher_is_better,
        ctx.alpha,
        clusters=groups or None,
    )
    if result is None:
        return
    row.top_k_probability = result.top_k_probability
    row.rank_set = (result.low, result.high)
    row.tie_group = result.tie_group
    row.tie_group_rank = 1 + result.clearly_above
    row.rank_method = (
        f"paired bootstrap over the {result.items:,} items every member shares ({result.iters:,} draws)"
        if result.clusters is None
        else f"paired cluster bootstrap over the {result.clusters:,} clusters of the {result.items:,} items "
        f"every member shares ({result.iters:,} draws)"
    )


def rank_rule_note(rows: list[RankRow]) -> str:
    """What the rule says about rows ranked by the paired bootstrap (nothing when none were)."""
    paired = [r for r in rows if r.rank_set is not None]
    if not paired:
        return ""
    clustered = any(r.rank_method and "cluster bootstrap" in r.rank_method for r in paired)
    return (
        f" On {len(paired)} benchmark{'s' if len(paired) > 1 else ''} with per-item results for every member, "
        "P(top k), the rank set at 95% and the tie group come from a paired bootstrap over the shared items instead"
        + (" (whole clusters drawn where the items come in clusters)." if clustered else ".")
    )
