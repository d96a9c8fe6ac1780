"""The gap a claim states is drafted: a win "by more than 5 points" as a margin, a match "within 2 points" as its
tolerance. Sentences written for the rules, not taken from a labelled set. Catalog: the seed catalog plus the
extraction fixtures' catalog (tests/fixtures/extract/catalog.yaml)."""

from datetime import date

from harness.extract.documents import Document
from harness.extract.drafts import SourceInfo, draft_data, validate


def read(ex, text: str) -> list[tuple]:
    return [(f.kind, f.margin, f.tolerance) for f in ex.extract(Document("t.txt", text))]


def notes(ex, text: str) -> list[str]:
    [f] = ex.extract(Document("t.txt", text))
    return f.review


def test_a_win_by_a_stated_gap_has_that_margin(ex):
    # each was a bare win: a 0.1-point lead supported it
    assert read(ex, "Kimi K2 leads GPT-4o by more than 5 points on MMLU.") == [("outperforms", 5.0, None)]
    assert read(ex, "Kimi K2 beats GPT-4o by at least 2.5 pp on MMLU.") == [("outperforms", 2.5, None)]
    # a gap printed as 3 is any gap that rounds to 3; printed as 2.5, any from 2.45
    assert read(ex, "Kimi K2 beats GPT-4o by 3 points on MMLU.") == [("outperforms", 2.5, None)]
    assert notes(ex, "Kimi K2 beats GPT-4o by 3 points on MMLU.") == [
        "'by 3 points': margin 2.5 (a gap printed as 3 rounds from 2.5)"
    ]
    assert read(ex, "Kimi K2 beats GPT-4o by 2.5 percentage points on MMLU.") == [("outperforms", 2.45, None)]


def test_a_gap_that_is_approximate_or_differs_by_benchmark_is_no_margin(ex):
    assert read(ex, "Kimi K2 beats GPT-4o by nearly 4 points on MMLU.") == [("outperforms", None, None)]
    assert notes(ex, "Kimi K2 beats GPT-4o by nearly 4 points on MMLU.") == [
        "'by nearly 4 points': an approximate gap; no margin drafted (a win by any gap is checked)"
    ]
    text = "Kimi K2 beats GPT-4o by 2 points on GPQA and 4 points on MMLU."
    assert read(ex, text) == [("outperforms", None, None)]
    assert notes(ex, text)[0] == (
        "'by 2 points': the margins differ by benchmark (2, 4); no margin drafted: split the claim per benchmark to "
        "check each"
    )
    # look-alikes: a win rate or a percent is no gap in points; "by" a date is no gap
    assert read(ex, "Kimi K2 beats GPT-4o by 5% on MMLU.") == [("outperforms", None, None)]
    assert read(ex, "Kimi K2 beat GPT-4o on MMLU by 2025.") == [("outperforms", None, None)]


def test_a_match_within_a_stated_gap_has_that_tolerance(ex):
    # "comes within 2 points of" was a candidate ("cue not understood"); "to within 1.5 points" had tolerance 1
    assert read(ex, "Kimi K2 comes within 2 points of GPT-4o on MMLU.") == [("matches", None, 2.0)]
    assert read(ex, "Kimi K2 matches GPT-4o to within 1.5 points on MMLU.") == [("matches", None, 1.5)]
    assert read(ex, "Kimi K2 matches GPT-4o on MMLU.") == [("matches", None, None)]


def test_the_drafts_carry_the_gap_and_validate(ex):
    said = SourceInfo("https://x.example", "X", date(2025, 1, 1))
    for text, field, value in (
        ("Kimi K2 leads GPT-4o by more than 5 points on MMLU.", "margin", 5.0),
        ("Kimi K2 comes within 2 points of GPT-4o on MMLU.", "tolerance", 2.0),
    ):
        doc = Document("t.txt", text)
        [f] = ex.extract(doc)
        data = draft_data(f, doc, said, ex.catalog, {}, "lexicon")
        assert data["assertions"][0][field] == value
        assert getattr(validate(data, ex.catalog).assertions[0], field) == value
    # no gap stated: the default tolerance and its note, as before
    doc = Document("t.txt", "Kimi K2 matches GPT-4o on MMLU.")
    [f] = ex.extract(doc)
    data = draft_data(f, doc, said, ex.catalog, {}, "lexicon")
    assert data["assertions"][0]["tolerance"] == 1.0
    assert "matches: tolerance 1 point (the text gives none)" in data["extraction"]["review"]
