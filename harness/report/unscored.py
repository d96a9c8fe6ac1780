"""The cohort members a rank table's rows have no score for, said once: a long list that repeats row after row
(the seed's 13 open-weight models on 18 of its 19 benchmarks) is written under the table, once per distinct list,
with the benchmarks it holds for; a row's cell gives its count."""

from __future__ import annotations

# a list this short reads as well in its cell as under the table
_INLINE = 3


def unscored(ranks, benchmark_name) -> tuple[list[str], list[str]]:
    """(the "Members without a score" cell of each rank row, the lines under the table); `benchmark_name` maps a
    benchmark id to its name."""
    groups: dict[tuple[str, ...], list[str]] = {}
    for r in ranks:
        members = tuple(r.missing_members)
        if len(members) > _INLINE:
            groups.setdefault(members, []).append(benchmark_name(r.benchmark))
    cells = []
    for r in ranks:
        members = r.missing_members
        if len(members) > _INLINE:
            cells.append(f"{len(members)}, listed below")
        else:
            cells.append(", ".join(members) or "–")
    lines = [
        f"Members without a score on {_names(benchmarks)} ({len(members)}): {', '.join(members)}."
        for members, benchmarks in groups.items()
    ]
    return cells, lines


def _names(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"
