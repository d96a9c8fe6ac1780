from dataclasses import replace
from fractions import Fraction
from pathlib import Path

import pytest

from harness import printed
from harness.judge.granularity import fewest_runs, granularity_note, half_unit, off_grid

REPO = Path(__file__).parent.parent


@pytest.mark.parametrize("value,half", [(96.0, 0.5), (94.6, 0.05), (85.72, 0.005), (100.0, 0.5), (33.333, 0.0005)])
def test_half_unit_of_the_printed_value(value, half):
    assert half_unit(value) == pytest.approx(half)


@pytest.fixture(scope="module")
def seed():
    from harness.verify import Project, verify

    return verify(Project(REPO), [REPO / "claims"])


def _rows(seed, model, bench, reporter):
    rows = [r for r in seed.evidence.every_row(model, bench) if r.reported_by == reporter]
    assert rows
    return rows[0]


@pytest.mark.parametrize(
    "model,bench,reporter,expected",
    [
        ("deepseek-v3.2-speciale", "aime-2025", "DeepSeek-AI", (29, 30)),  # 96.0 on 30 items: an average
        ("deepseek-v3.2-speciale", "gpqa-diamond", "DeepSeek-AI", (170, 198)),  # 85.7: 170/198 prints 85.9
        ("gpt-5-high", "hmmt-feb-2025", "xAI (comparator column)", None),  # 93.3 = 28/30 rounded
        ("deepseek-v3.2-speciale", "imo-answerbench", "DeepSeek-AI", None),  # 84.5 = 338/400
        ("gpt-5-high", "imo-answerbench", "DeepSeek-AI", None),  # 76.0 = 304/400
        ("deepseek-v3.2-speciale", "hle-text", "DeepSeek-AI", None),  # 2,150 items is a derived count
    ],
)
def test_seed_numbers_are_noted_only_when_n_and_rounding_do_not_explain_them(seed, model, bench, reporter, expected):
    r = _rows(seed, model, bench, reporter)
    assert off_grid(r, seed.catalog.benchmark(bench)) == expected


def test_every_granularity_note_on_the_seed_is_right(seed):
    checked = 0
    for result in seed.results:
        for a in result.assertions:
            for c in a.comparisons:
                bench = seed.catalog.benchmark(c.benchmark)
                for r in dict.fromkeys(c.subject_rows + c.competitor_rows):
                    off = off_grid(r, bench)
                    n = bench.items
                    # exact arithmetic: some whole k out of n lies within half a printed unit of the value
                    value = Fraction(repr(r.value))
                    half = (
                        Fraction(1, 2)
                        if repr(r.value).endswith(".0")
                        else Fraction(1, 2 * 10 ** len(repr(r.value).split(".")[1]))
                    )
                    explained = any(abs(Fraction(100 * k, n) - value) <= half for k in range(n + 1)) if n else True
                    if r.kind == "published" and bench.metric_kind == "percent" and bench.items_status == "exact":
                        assert (off is None) == explained, (r.model, bench.id, r.value)
                        checked += 1
                    said = any("granularity" in x and f"{printed.score(r.value)} for" in x for x in c.notes)
                    assert said == (off is not None)
    assert checked > 50


def test_a_setting_that_averages_runs_is_not_noted(seed):
    r = _rows(seed, "deepseek-v3.2-speciale", "aime-2025", "DeepSeek-AI")
    assert (
        off_grid(replace(r, setting=replace(r.setting, aggregation="avg@16")), seed.catalog.benchmark("aime-2025"))
        is None
    )
    assert off_grid(
        replace(r, setting=replace(r.setting, aggregation="cons@64")), seed.catalog.benchmark("aime-2025")
    ) == (29, 30)


def _fewest_runs_exact(value: float, n: int) -> int:
    """The smallest k >= 2 with a whole m out of k·n within half a printed unit, in exact fractions."""
    v = Fraction(repr(value))
    decimals = repr(value).split(".")[1]
    half = Fraction(1, 2) if decimals == "0" else Fraction(1, 2 * 10 ** len(decimals))
    k = 2
    while not any(abs(Fraction(100 * m, k * n) - v) <= half for m in range(k * n + 1)):
        k += 1
    return k


@pytest.mark.parametrize("value,n,runs", [(96.0, 30, 3), (94.6, 30, 8), (85.7, 198, 3), (20.4, 127, 7)])
def test_fewest_runs_that_can_give_a_printed_value(value, n, runs):
    # 96.0 on 30: 2 runs give 57/60 = 95.0 or 58/60 = 96.67, both more than half a point off; 3 give 86/90 = 95.56
    assert fewest_runs(value, n) == runs == _fewest_runs_exact(value, n)


def test_the_note_says_how_many_runs_at_the_fewest(seed):
    bench = seed.catalog.benchmark("aime-2025")
    r = _rows(seed, "deepseek-v3.2-speciale", "aime-2025", "DeepSeek-AI")
    note = granularity_note([r], bench, lambda m: seed.catalog.model(m).name)
    # the score as the comparison's table prints it: "96.0", which read "96" in the note beside it
    assert note == (
        "granularity: 96.0 for DeepSeek-V3.2-Speciale per DeepSeek-AI (nearest 29/30 = 96.67; an average needs ≥ 3 "
        "runs) "
        "is no whole number of the 30 items within the printed rounding: an average over several runs (at least as "
        "many as given, the fewest whose average can print so) or a subset of the items, so the binomial SE over "
        "the items is approximate"
    )
    # every note on the seed: the runs it gives are the fewest, in exact arithmetic
    noted = 0
    for result in seed.results:
        for a in result.assertions:
            for c in a.comparisons:
                b = seed.catalog.benchmark(c.benchmark)
                for row in dict.fromkeys(c.subject_rows + c.competitor_rows):
                    if off_grid(row, b):
                        said = f"{printed.score(row.value)} for {seed.catalog.model(row.model).name} per {row.reported_by} ("
                        note = next(x for x in c.notes if said in x)
                        runs = _fewest_runs_exact(row.value, b.items)
                        assert f"{said}nearest" in note and f"an average needs ≥ {runs} runs)" in note.split(said)[1]
                        noted += 1
    assert noted > 10


def test_the_same_rows_and_benchmarks_read_by_ids_give_what_their_numbers_give():
    """`off_grid` keeps each row's answer by its id, with its benchmark's entry: read again, the same rows on
    benchmarks of other item counts give what is worked out afresh."""
    from harness.claims.catalog_entries import BenchmarkEntry
    from harness.evidence.records import ScoreRecord
    from harness.evidence.settings import Setting
    from harness.judge import granularity

    benches = [BenchmarkEntry(id="b", name="B", items=n, items_status="exact") for n in (30, 198, 400)] + [
        BenchmarkEntry(id="r", name="R", metric_kind="rating")
    ]
    rows = [
        ScoreRecord("published", "m", "b", "acc", Setting(), v, "lab", "https://x.example", "t", None, n=n)
        for v, n in ((96.0, None), (85.7, None), (93.3, None), (84.5, 400), (61.3, None))
    ]
    granularity._OFF_GRID.clear()
    for order in (benches, benches[::-1]):  # each row read on each entry (another than the one kept), twice
        for r in rows:
            for bench in order:
                for _ in range(2):  # the second read by the row's id
                    assert off_grid(r, bench) == granularity._off_grid_of(r, bench), (r.value, bench.items)
    assert {off_grid(r, b) for r in rows for b in benches} - {None}  # some rows are off the grid
