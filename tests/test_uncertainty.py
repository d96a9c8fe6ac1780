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


def test_a_published_stderr_of_zero_is_read_as_none(proj):
    # 80.5 and 80.0 on BigBench's 2,000 items, each stated with stderr 0: a significant win at p 0; the items
    # give each an SE of about 0.89, and the half point is within noise
    bench = BenchmarkEntry(id="b", name="B", items=2000, items_status="exact")
    assert (
        uncertainty.record_score(_row(80.5, None, 0.0), bench).se
        == uncertainty.record_score(_row(80.5, None, None), bench).se
    )
    assert uncertainty.record_score(_row(80.5, None, 0.0), BenchmarkEntry(id="c", name="C")) is None
    from harness.judge.significance import record_se

    assert record_se(_row(80.5, None, 0.0), BenchmarkEntry(id="c", name="C")) is None
    p = proj.root / "results" / "published" / "scores.csv"
    p.write_text(
        "model,benchmark,metric,setting,score,stderr,reported_by,source_url,source_locator,as_of_date,notes\n"
        "Alpha-1,BigBench,pass@1,,80.5,0,A,https://a.example,T,2025-01-01,\n"
        "Beta-2,BigBench,pass@1,,80.0,0,B,https://b.example,T,2025-01-01,\n"
    )
    r = proj.one_claim("  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [BigBench]\n")
    c = r.assertions[0].comparisons[0]
    assert (r.verdict, r.strength, round(c.stderr, 3), round(c.p_value, 3)) == (
        "supported",
        "within_noise",
        1.259,
        0.712,
    )
    assert c.test == "Newcombe score interval, continuity-corrected (unpaired)"
    # a rank among the cohort reads the same SEs through its arrays: as if no stderr were stated
    rank = "  - kind: ranks\n    cohort: {models: [Beta-2]}\n    top: 1\n    benchmarks: [BigBench]\n"
    stated = proj.one_claim(rank, "c2").assertions[0].ranks[0].top_k_probability
    p.write_text(p.read_text().replace(",0,", ",,"))
    assert proj.one_claim(rank, "c3").assertions[0].ranks[0].top_k_probability == stated
    assert stated == 0.65645
