"""A score's interval kind read by the row's and benchmark's ids is the one worked out from their numbers."""

from harness.claims.catalog_entries import BenchmarkEntry
from harness.evidence.records import ScoreRecord
from harness.evidence.settings import Setting
from harness.judge import uncertainty


def _row(value: float, n: int | None, stderr: float | None) -> ScoreRecord:
    return ScoreRecord(
        "published", "m", "b", "acc", Setting(), value, "lab", "https://x.example", "table 1", None,
        stderr=stderr, n=n,
    )  # fmt: skip


def test_the_same_rows_and_benchmarks_read_by_ids_give_the_scores_of_their_numbers():
    benches = [
        BenchmarkEntry(id="b", name="B", items=200),
        BenchmarkEntry(id="b", name="B", items=30),
        BenchmarkEntry(id="r", name="R", metric_kind="rating"),
        BenchmarkEntry(id="p", name="P", metric_kind="points", min_score=-10.0, max_score=10.0),
    ]
    rows = [_row(61.3, None, None), _row(61.3, 500, None), _row(7.5, None, 1.5), _row(88.0, None, None)]
    uncertainty._BY_ID.clear()
    for _ in range(2):  # the second round reads every pair by the ids
        for r in rows:
            for bench in benches:
                want = uncertainty._score(
                    r.value, r.stderr, r.n or bench.items, bench.metric_kind, bench.min_score, bench.max_score
                )
                assert uncertainty.record_score(r, bench) == want, (r, bench)
    assert len(uncertainty._BY_ID) >= len(rows) * len(benches)
