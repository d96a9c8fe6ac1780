from dataclasses import replace
from fractions import Fraction
from pathlib import Path

import pytest

from harness.judge.granularity import half_unit, off_grid

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
                    said = any("granularity" in x and f"{r.value:g} for" in x for x in c.notes)
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
