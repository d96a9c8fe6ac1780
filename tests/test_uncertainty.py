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
    for order in (benches, benches[::-1]):  # each row read on each entry (another than the one kept), twice
        for r in rows:
            for bench in order:
                for _ in range(2):  # the second read by the row's id
                    want = uncertainty._score(
                        r.value, r.stderr, r.n or bench.items, bench.metric_kind, bench.min_score, bench.max_score
                    )
                    assert uncertainty.record_score(r, bench) == want, (r, bench)
    assert len(uncertainty._BY_ID) == len(rows)


def test_a_word_error_rate_over_its_items_is_no_share_of_them():
    # a percent benchmark whose max_score passes 100 (a WER: insertions are errors too) is no share of its items:
    # read as one, a WER of 105 over 400 utterances gets a Wilson interval of SE 0 (the share clamped to 1), and a
    # WER of 12.37 a granularity note that no whole number of the 400 items gives it
    from harness.judge import granularity

    wer = BenchmarkEntry(id="w", name="W", items=400, items_status="exact", higher_is_better=False,
                         max_score=float("inf"))  # fmt: skip
    share = BenchmarkEntry(id="s", name="S", items=400, items_status="exact")
    assert (wer.share_of_items, share.share_of_items) == (False, True)
    assert [uncertainty.record_score(_row(v, None, None), wer) for v in (105.0, 12.37)] == [None, None]
    assert uncertainty.record_score(_row(105.0, None, 2.0), wer).high_bound == float("inf")
    assert uncertainty.record_score(_row(12.37, None, None), share).se > 0
    assert [granularity.off_grid(_row(12.37, None, None), b) for b in (wer, share)] == [None, (49, 400)]
    # and a comparison's test says why it has none
    from harness.judge.significance import _missing

    assert [_missing(b) for b in (wer, share)] == [
        "stderr missing; its 400 items give no SE for a rate that can pass 100 %",
        "item count or stderr missing",
    ]
