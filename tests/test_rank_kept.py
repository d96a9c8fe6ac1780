"""A rank unit's kept comparison, written from the comparison first made of the same numbers, is the line
the comparison made of its own rows gives, byte for byte; read or pickled, it is that comparison."""

import pickle
import random
from types import SimpleNamespace

import pytest

from harness.claims.catalog_entries import BenchmarkEntry
from harness.evidence.records import ScoreRecord
from harness.evidence.settings import Setting
from harness.judge import rank_kept
from harness.judge.comparisons import plain_comparison
from harness.judge.rank_kept import KeptComparison, knows, numbers_key
from harness.judge.results import Comparison
from harness.judge.significance import outperform_judge, set_significance
from harness.report.jsonrecord_text import comparison_text
from harness.report.jsonrecords import Rows
from harness.report.kept_text import kept_text

JUDGE = outperform_judge(0.0)

BENCHES = [
    BenchmarkEntry(id="pct-a", name="Pct A", items=1000, items_status="exact"),
    BenchmarkEntry(id="pct-b", name="Pct B", items=1000, items_status="exact"),  # the same profile as pct-a
    BenchmarkEntry(id="pct-derived", name="Pct D", items=1000, items_status="derived"),
    BenchmarkEntry(id="pct-few", name="Pct F", items=7, items_status="exact"),
    BenchmarkEntry(id="pct-none", name="Pct N"),  # no item count: an SE only where a row gives one
    BenchmarkEntry(id="pct-low", name="Pct L", items=1000, items_status="exact", higher_is_better=False),
    BenchmarkEntry(id="rating", name="Rating", metric_kind="rating"),
    BenchmarkEntry(id="elo", name="Elo", metric_kind="elo", min_score=-0.0),
    BenchmarkEntry(id="elo-zero", name="Elo Z", metric_kind="elo", min_score=0.0),  # apart from -0.0 only
    BenchmarkEntry(id="points", name="Points", metric_kind="points", higher_is_better=False, max_score=1e300),
]

# (value, SE, n) of the rows, few so that keys recur across rows of other models, reporters, kinds and
# settings: ties, zeros of both signs (values and SEs), no item count and n=0, the extremes, and values off
# a 1000 or 7 items' grid; a percent is one of 0-100 (the store refuses others), a rating or points any float
PERCENTS = [
    (94.9, None, None),
    (95.0, None, 1000),
    (94.9, 0.4, None),
    (94.9, 0.4, 1000),  # the same value and SE, an item count: n is part of the key
    (0.0, None, None),
    (-0.0, None, None),
    (33.33, None, None),
    (50.0, 0.0, None),
    (50.0, -0.0, 7),
    (100.0, 1e-300, 0),
    (5e-324, None, 1),
    (71.42857142857143, None, 7),
]
VALUES = PERCENTS + [(1e300, 1e300, None), (-1e300, 0.4, 2**40), (1234.5, None, None)]


def _row(rng: random.Random, i: int, numbers: list[tuple] = PERCENTS) -> ScoreRecord:
    value, se, n = rng.choice(numbers)
    return ScoreRecord(
        origin=f"t.csv:{i}",
        model=rng.choice(["m-a", "m-b", "m-c"]),
        benchmark="b",
        metric="acc",
        setting=rng.choice([Setting(), Setting(aggregation="avg@3")]),
        value=value,
        reported_by=rng.choice(["Lab", "Board"]),
        source_url="https://example.org",
        source_locator="Table 1",
        as_of=None,
        stderr=se,
        n=n,
        kind=rng.choice(["published", "published", "measured"]),
    )


def _ctx(alpha: float):
    names = {"m-a": "Model A", "m-b": "Model B", "m-c": "Model C"}
    return SimpleNamespace(name=names.__getitem__, evidence=SimpleNamespace(memo={}), alpha=alpha)


def _made(ctx, bench, s, c, competitor) -> Comparison:
    cmp = plain_comparison(ctx, bench, s, c, competitor, JUDGE)
    set_significance([cmp], "all", ctx.alpha)
    return cmp


def test_a_kept_comparisons_line_is_the_line_of_the_comparison_made_of_its_rows():
    """4,000 comparisons of rows drawn from a few numbers (keys recur across rows, models, reporters and
    benchmarks of one profile), each written from its prototype where one was made, against the line
    of the comparison made of its own rows: zero values and SEs of both signs, no item count and n=0,
    ties, the extremes, rows off the items' grid (whose note names the model), another alpha."""
    rank_kept.forget_prototypes()
    rng = random.Random(7)
    ctxs = [_ctx(0.05), _ctx(0.01)]
    percents = [_row(rng, i) for i in range(300)]
    others = [_row(rng, i, VALUES) for i in range(300)]
    served = 0
    for _ in range(4000):
        ctx, bench = rng.choice(ctxs), rng.choice(BENCHES)
        rows = percents if bench.metric_kind == "percent" else others
        s, c = rng.choice(rows), rng.choice(rows)
        competitor = c.model
        k = KeptComparison(ctx, bench, s, c, competitor, JUDGE)
        k.test_alone()
        served += rank_kept.prototype(k) is not None
        kept, want = Rows(), Rows()
        text = kept_text(k, kept)
        assert text == comparison_text(_made(ctx, bench, s, c, competitor), want)
        assert list(kept.found) == list(want.found)
    assert served > 500  # many lines were written from a prototype (746 of 4,000 with this seed)


def test_numbers_written_apart_have_no_key():
    """0.0 and -0.0 are equal and written apart, as are rows whose granularity note names them, and a paired test: no key."""
    bench = BENCHES[0]
    row = _row(random.Random(1), 0)
    on_grid = dict(value=94.9, stderr=None, n=None, kind="published", setting=Setting())
    plain = _replace(row, **on_grid)
    assert numbers_key(bench, plain, plain, 0.05) is not None
    for changed in (dict(value=0.0), dict(value=-0.0), dict(stderr=0.0), dict(value=33.33), dict(n=1000.0)):
        assert numbers_key(bench, _replace(plain, **changed), plain, 0.05) is None, changed
    # per-item results on both sides make a paired test, whose line summary numbers cannot give: no key;
    # on one side only the test is the unpaired one the numbers give
    items = {f"q{i}": float(i % 2) for i in range(10)}
    assert numbers_key(bench, _replace(plain, items=items), _replace(plain, items=dict(items)), 0.05) is None
    assert numbers_key(bench, _replace(plain, items=items), plain, 0.05) is not None
    # the profile of a benchmark: -0.0 and 0.0 bounds apart, two benchmarks of one board alike
    assert numbers_key(BENCHES[7], plain, plain, 0.05) != numbers_key(BENCHES[8], plain, plain, 0.05)
    assert numbers_key(BENCHES[0], plain, plain, 0.05) == numbers_key(BENCHES[1], plain, plain, 0.05)


def test_a_rows_part_of_the_key_is_its_own_benchmarks():
    """A row's part of the key is kept by its identity, and read on its own benchmark's entry: the same row read
    on an entry of another item count (94.9 is 949 of 1,000 items, no whole count of 7) is worked out afresh."""
    row = _replace(_row(random.Random(1), 0), value=94.9, stderr=None, n=None, kind="published", setting=Setting())
    thousand, seven = BENCHES[0], BENCHES[3]
    for bench, keyed in ((thousand, True), (seven, False), (thousand, True), (seven, False)):
        assert (numbers_key(bench, row, row, 0.05) is not None) == keyed, bench.items


def _replace(r: ScoreRecord, **changed) -> ScoreRecord:
    fields = {k: v for k, v in r.__dict__.items() if k != "_hash"}
    fields.update(changed)
    return ScoreRecord(**fields)


def test_a_kept_comparison_read_or_pickled_is_the_comparison_made():
    rank_kept.forget_prototypes()
    ctx, bench = _ctx(0.05), BENCHES[0]
    rng = random.Random(3)
    plain = dict(stderr=None, n=None, kind="published", setting=Setting())
    s, c = _replace(_row(rng, 1), value=94.9, **plain), _replace(_row(rng, 2), value=95.0, **plain)
    want = _made(ctx, bench, s, c, "m-b")
    kept = KeptComparison(ctx, bench, s, c, "m-b", JUDGE)
    assert not knows(bench, s, c, 0.05)
    assert (kept.benchmark, kept.competitor, kept.outcome, kept.delta) == ("pct-a", "m-b", "loss", -0.1)
    assert kept.p_adjusted is None and kept.conflict is False  # made, not tested alone yet
    assert not knows(bench, s, c, 0.05)  # no prototype: its significance is not set
    kept.test_alone()
    assert kept == want and kept.made() == want and (kept.p_adjusted, kept.significant) == (want.p_value, False)
    again = KeptComparison(ctx, bench, s, c, "m-b", JUDGE)
    again.test_alone()
    assert again == want
    assert knows(bench, s, c, 0.05)  # made: the next comparison of these numbers needs nothing searched
    back = pickle.loads(pickle.dumps(kept))
    assert type(back) is Comparison and back == want
    with pytest.raises(AttributeError):
        kept.no_such_field  # noqa: B018 - an attribute a comparison does not have either
