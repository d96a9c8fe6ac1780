from pathlib import Path

import pytest

from harness.claims.catalog import load_catalog
from harness.evidence.loading import load_evidence
from harness.evidence.records import EvidenceFilter

REPO = Path(__file__).parent.parent


def test_seed_loads_every_row_with_provenance():
    catalog = load_catalog(REPO / "catalog", REPO)
    evidence, problems = load_evidence(REPO / "results" / "published", catalog, REPO)
    assert [str(p) for p in problems] == []
    seed = [r for r in evidence.records if r.origin.startswith("results/published/deepseek_v32_seed.csv")]
    assert len(seed) == 174
    for r in seed:
        assert r.source_url.startswith("https://") and r.source_locator and r.reported_by and r.as_of


def test_first_party_is_reporter_equals_developer():
    catalog = load_catalog(REPO / "catalog", REPO)
    evidence, _ = load_evidence(REPO / "results" / "published", catalog, REPO)
    by = {(r.model, r.reported_by, r.benchmark): r.first_party for r in evidence.records}
    assert by[("gpt-5-high", "OpenAI", "aime-2025")] is True
    assert by[("gpt-5-high", "DeepSeek-AI", "aime-2025")] is False
    assert by[("gpt-5-high", "xAI (comparator column)", "aime-2025")] is False


def test_bad_rows_are_reported_with_row_and_reason_and_counted(proj):
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,,80,Alpha Lab,https://a.example,T1,2025-01-01,
        Alpha-2,BigBench,pass@1,,80,Alpha Lab,https://a.example,T1,2025-01-01,
        Alpha-1,BigBench,pass@1,,abc,Alpha Lab,https://a.example,T1,2025-01-01,
        Alpha-1,BigBench,pass@1,,180,Alpha Lab,https://a.example,T1,2025-01-01,
        Alpha-1,BigBench,pass@1,,nan,Alpha Lab,https://a.example,T1,2025-01-01,
        Alpha-1,BigBench,pass@1,,-1,Alpha Lab,https://a.example,T1,2025-01-01,
        Alpha-1,BigBench,pass@1,,50,Alpha Lab,ftp://a.example,T1,2025-01-01,
        Alpha-1,BigBench,pass@1,,50,Alpha Lab,https://a.example,T1,01/02/2025,
        Alpha-1,BigBench,pass@1,,50,,https://a.example,T1,2025-01-01,
        """
    )
    run = proj.verify()
    assert [str(p) for p in run.problems] == [
        "results/published/scores.csv:3: model: unknown model 'Alpha-2'; did you mean 'Alpha-1'?",
        "results/published/scores.csv:4: score: must be a number, got 'abc'",
        "results/published/scores.csv:5: score: is a percentage for BigBench, got 180 (over 100)",
        "results/published/scores.csv:6: score: must be a finite number, got 'nan'",
        "results/published/scores.csv:7: score: must not be negative, got -1",
        "results/published/scores.csv:8: source_url: must be http(s) URL(s) separated by ';', got 'ftp://a.example'",
        "results/published/scores.csv:9: as_of_date: must be a date YYYY-MM-DD, got '01/02/2025'",
        "results/published/scores.csv:10: reported_by: is empty",
    ]
    assert len(run.evidence.records) == 1


def test_missing_and_unknown_columns(proj):
    path = proj.root / "results" / "published" / "scores.csv"
    path.write_text("model,benchmark,score\nAlpha-1,BigBench,3\n")
    assert [str(p) for p in proj.verify().problems] == [
        "results/published/scores.csv:1: 5 columns missing: metric, reported_by, source_url, source_locator, as_of_date"
    ]
    path.write_text("model,benchmark,metric,score,reported_by,source_url,source_locator,as_of_date,colour\n")
    assert [str(p) for p in proj.verify().problems] == ["results/published/scores.csv:1: 1 unknown column: colour"]


@pytest.mark.parametrize(
    "header,expected",
    [
        # a European spreadsheet's export: "missing" every column, with no word of why
        ("model;benchmark;metric;score;reported_by;source_url;source_locator;as_of_date",
         "8 columns missing: model, benchmark, metric, score, reported_by, source_url, source_locator, as_of_date "
         "(the header is one column, 'model;benchmark;metric;score;reported_by': separated by ';'; a published "
         "table uses commas)"),
        ("Model,Benchmark,metric,score,reported_by,source_url,source_locator,as_of_date",
         "2 columns missing: model, benchmark (found 'Model', 'Benchmark': column names are lower case)"),
        # a trailing comma in the header: "unknown column(s): " named nothing
        ("model,benchmark,metric,score,reported_by,source_url,source_locator,as_of_date,",
         "1 unknown column: a column with no name (column 9)"),
        # a name misspelt: "column missing: score" beside the 'scor' it meant, and a stderr column that would
        # have given each row its stated SE "unknown column: std_err", the spelling left to find
        ("model,benchmark,metric,scor,reported_by,source_url,source_locator,as_of_date",
         "1 column missing: score (found 'scor': did you mean 'score'?)"),
        ("model,benchmark,metric,score,reported_by,source_url,source_locator,as_of_date,std_err,N,colour",
         "3 unknown columns: std_err (did you mean 'stderr'?), N (did you mean 'n'?), colour"),
    ],
)  # fmt: skip
def test_a_header_that_is_plainly_off_says_how(proj, header, expected):
    (proj.root / "results" / "published" / "scores.csv").write_text(header + "\n")
    assert [str(p) for p in proj.verify().problems] == [f"results/published/scores.csv:1: {expected}"]


def test_a_quote_never_closed_is_refused_not_read_to_the_end_of_the_file(proj):
    """A stray quote opening the last row's notes made every row after it one cell: two rows read as one, unsaid."""
    path = proj.root / "results" / "published" / "scores.csv"
    row = "Alpha-1,BigBench,pass@1,no tools,80.0,Alpha Lab,https://alpha.example/card,Table {},2025-01-10,{}\n"
    text = path.read_text()
    path.write_text(text + row.format(8, '"12 inch model') + row.format(9, "x"))
    run = proj.verify()
    assert [str(p) for p in run.problems] == [
        "results/published/scores.csv:12: a quoted cell that starts in this row is never closed, so lines 12-13, to "
        "the end of the file, would be read as that one cell: close the quote (a quote inside a quoted cell is "
        'written twice, "")'
    ]
    # a quoted cell that spans lines and is closed is read as before
    path.write_text(text + row.format(8, '"two\nlines"') + row.format(9, "x"))
    assert proj.verify().problems == []


def test_a_quote_closed_rows_later_is_refused_not_read_as_one_row(proj):
    """A stray quote opening a row's notes, closed two rows on: the merged row had the header's ten fields, so it was
    read and the two rows in its notes were lost, unsaid."""
    path = proj.root / "results" / "published" / "scores.csv"
    row = "Alpha-1,BigBench,pass@1,no tools,80.0,Alpha Lab,https://alpha.example/card,Table {},2025-01-10,{}\n"
    text = path.read_text()
    path.write_text(text + row.format(8, '"12 inch model') + row.format(9, "x") + row.format(10, 'closing"'))
    assert [str(p) for p in proj.verify().problems] == [
        "results/published/scores.csv:12: a quoted cell that starts in this row closes on line 14, so lines 13-14, "
        "each a row of 10 fields, would be read as part of that one cell: close the quote where it belongs (a quote "
        'inside a quoted cell is written twice, "")'
    ]
    # notes over three lines, one with commas, are no rows of ten fields: read as before
    path.write_text(text + row.format(8, '"two, three\nfour, five\nlines"') + row.format(9, "x"))
    assert proj.verify().problems == []


def test_last_column_notes_whose_later_line_has_the_headers_commas_are_read_not_refused(proj):
    """Notes in the last column are written whole on their first line, and a later line of prose with nine commas
    read alone as a row of the header's ten fields: the table was refused as a stray quote that took in rows. A row
    holds a number where every row written on one line does (the score), and that line of prose does not."""
    path = proj.root / "results" / "published" / "scores.csv"
    row = "Alpha-1,BigBench,pass@1,no tools,80.0,Alpha Lab,https://alpha.example/card,Table {},2025-01-10,{}\n"
    text = path.read_text()
    notes = (
        '"Run by the lab.\nSettings: temp 0, top_p 1, seed 3, max 4k, 8 GPUs, bf16, vLLM, greedy, one pass, no retries"'
    )
    assert len(notes.splitlines()[1].split(",")) == 10
    path.write_text(text + row.format(8, notes) + row.format(9, "x"))
    assert proj.verify().problems == []
    # a row taken in holds its score where the other rows do: still refused, one line said as one
    path.write_text(text + row.format(8, '"12 inch model') + row.format(9, 'closing"'))
    assert [str(p) for p in proj.verify().problems] == [
        "results/published/scores.csv:12: a quoted cell that starts in this row closes on line 13, so line 13, a row "
        "of 10 fields, would be read as part of that one cell: close the quote where it belongs (a quote inside a "
        'quoted cell is written twice, "")'
    ]


def test_rows_arrows_reader_sets_aside_that_the_line_reader_does_not_find_are_said(proj, monkeypatch):
    """No file seen makes the two readers disagree on which rows have the wrong number of fields; where they would,
    the rows Arrow's reader set aside are counted in one line, never left out unsaid."""
    from harness.evidence.adapters import published_csv

    def blind(*args):
        starts, _ = record_lines(*args)
        return starts, []

    record_lines = published_csv.record_lines
    monkeypatch.setattr(published_csv, "record_lines", blind)
    path = proj.root / "results" / "published" / "scores.csv"
    path.write_text(path.read_text() + "Alpha-1,BigBench,pass@1\n")
    assert [str(p) for p in proj.verify().problems] == [
        "results/published/scores.csv: 1 row with another number of fields than the header's 10 left out; their "
        "lines could not be told"
    ]


def test_a_cell_shown_in_reports_with_a_control_character_is_refused_at_its_line(proj):
    """An escape sequence in a reporter, locator or metric cell was written raw into every page citing the row."""
    path = proj.root / "results" / "published" / "scores.csv"
    row = "Alpha-1,BigBench,{},no tools,80.0,{},https://alpha.example/card,{},2025-01-10,\n"
    path.write_text(
        path.read_text()
        + row.format("pass@1", "Alpha\x1b[2J Lab", "Table 8")
        + row.format("pass@1", "Alpha Lab", "Table\t9")
        + row.format("pass\u202e@1", "Alpha Lab", "Table 10")
    )
    assert [str(p) for p in proj.verify().problems] == [
        "results/published/scores.csv:12: reported_by: holds the control character '\\x1b': write printable text on "
        "one line",
        "results/published/scores.csv:13: source_locator: holds the control character '\\t': write printable text "
        "on one line",
        "results/published/scores.csv:14: metric: holds the control character '\\u202e': write printable text on "
        "one line",
    ]


def test_a_very_long_cell_is_quoted_short_in_its_one_line(proj):
    """A 100,000-character name was quoted whole in its error line, and a long setting in its warning."""
    path = proj.root / "results" / "published" / "scores.csv"
    row = "Alpha-1,BigBench,pass@1,no tools,80.0,Alpha Lab,https://alpha.example/card,Table 1,2025-01-10,"
    path.write_text(
        path.read_text()
        + row.replace("Alpha-1", "M" * 100_000, 1) + "\n"
        + row.replace("no tools", "tools " * 2000).replace("Table 1", "Table 9") + "\n"
    )  # fmt: skip
    run = proj.verify()
    assert [str(p) for p in run.problems] == [
        f"results/published/scores.csv:12: model: unknown model {'M' * 80!r}… (100,000 characters)"
    ]
    assert [str(w) for w in run.warnings] == [
        f"results/published/scores.csv:13: setting: {'tools ' * 13 + 'to'!r} not understood; read as unstated (see "
        "README 'Settings vocabulary')"
    ]


def test_filter_by_reporter_and_date(proj):
    run = proj.verify()
    flt = EvidenceFilter(reported_by=("beta corp",), as_of=None)
    assert {r.model for r in run.evidence.select(flt)} == {"beta-2"}
    flt = EvidenceFilter(as_of=__import__("datetime").date(2025, 1, 9))
    assert {r.reported_by for r in run.evidence.select(flt)} == {"Beta Corp"}


def test_frame_has_one_row_per_record(proj):
    frame = proj.verify().evidence.frame()
    assert len(frame) == 10
    assert list(frame.columns[:3]) == ["row_id", "model", "benchmark"]


def test_duplicate_rows_are_problems_not_silent(proj):
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,,80,Alpha Lab,https://a.example,T1,2025-01-01,
        Alpha-1,BigBench,pass@1,,80,Alpha Lab,https://a.example,T1,2025-01-01,
        Alpha-1,BigBench,pass@1,,80,Alpha Lab,https://a.example,T2,2025-01-01,
        """
    )
    run = proj.verify()
    # the same row twice is a problem; the same number in another table of the source is another row
    assert [str(p) for p in run.problems] == [
        "results/published/scores.csv:3: duplicates results/published/scores.csv:2 (same model, benchmark, "
        "metric, setting, reporter, URL and locator)"
    ]
    assert len(run.evidence.records) == 2


def test_two_scores_for_one_row_are_neither_read(proj):
    # the second score was refused as a "duplicate" and the first decided the verdict: which one the table means
    # cannot be told (an import refuses both the same way); the same score again is still a duplicate
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,,80,Alpha Lab,https://a.example,T1,2025-01-01,
        Alpha-1,BigBench,pass@1,,60,Alpha Lab,https://a.example,T1,2025-01-01,
        Alpha-1,BigBench,pass@1,,80.0,Alpha Lab,https://a.example,T1,2025-01-01,
        Alpha-1,BigBench,pass@1,,70,Alpha Lab,https://a.example,T2,2025-01-01,
        """
    )
    run = proj.verify()
    assert [str(p) for p in run.problems] == [
        "results/published/scores.csv:3: gives the score 60 where results/published/scores.csv:2 gives 80, for the "
        "same model, benchmark, metric, setting, reporter, URL and locator: neither is read, since which one the "
        "source means cannot be told",
        "results/published/scores.csv:4: duplicates results/published/scores.csv:2 (same model, benchmark, "
        "metric, setting, reporter, URL and locator)",
    ]
    assert [(r.source_locator, r.value) for r in run.evidence.records] == [("T2", 70.0)]


def test_thousands_separator_only_in_place(proj):
    proj.scores(
        """
        Alpha-1,RatingBench,elo,,"2,701",Alpha Lab,https://a.example,T1,2025-01-01,
        Beta-2,RatingBench,elo,,"2,70,1",Beta Corp,https://a.example,T1,2025-01-01,
        """
    )
    run = proj.verify()
    assert [r.value for r in run.evidence.records] == [2701.0]
    assert [str(p) for p in run.problems] == ["results/published/scores.csv:3: score: must be a number, got '2,70,1'"]


def test_a_row_dated_after_today_is_refused_not_dropped_by_as_of(proj):
    from datetime import timedelta

    from harness.claims.catalog_entries import latest_today

    today = latest_today()  # the day is in the future only once it is nowhere yet
    tomorrow = today + timedelta(days=1)
    proj.scores(
        f"""
        Alpha-1,BigBench,pass@1,,80,Alpha Lab,https://a.example,T1,{today},
        Alpha-1,SmallBench,pass@1,,80,Alpha Lab,https://a.example,T1,{tomorrow},
        """
    )
    run = proj.verify()
    # read silently, the row fell out of every claim whose evidence has an as_of (a typo, 2052 for 2025)
    assert [str(p) for p in run.problems] == [
        f"results/published/scores.csv:3: as_of_date: {tomorrow} is in the future (the latest date anywhere now is {today}): "
        "the day the score was published"
    ]
    assert len(run.evidence.records) == 1


def test_a_results_file_or_broken_link_is_not_taken_for_no_evidence(proj):
    """`validate` said "OK: 0 evidence rows" and every claim was insufficient_evidence without a word."""
    import shutil

    results = proj.root / "results"
    shutil.rmtree(results)
    results.symlink_to(proj.root / "nowhere")
    assert [str(p) for p in proj.verify().problems] == [
        "results: is not a folder: evidence goes in results/published/*.csv"
    ]


def test_a_stderr_and_an_interval_that_disagree_are_refused(proj):
    """With a stderr given, the interval beside it was ignored unseen, whatever it said."""
    path = proj.root / "results" / "published" / "scores.csv"
    lines = path.read_text().splitlines()
    path.write_text(
        "\n".join([lines[0] + ",stderr,ci_low,ci_high", lines[1] + ",1,70,90", lines[2] + ",2.55,65,75"]) + "\n"
    )
    run = proj.verify()
    assert [str(p) for p in run.problems] == [
        "results/published/scores.csv:2: ci_low: interval 70-90 implies a stderr of 5.1, not the 1 given: give the "
        "one the source states"
    ]
    assert [r.stderr for r in run.evidence.records] == [2.55]  # the two agree: the stderr stated is kept


def test_a_stderr_no_score_in_the_benchmark_s_range_can_have_is_refused(proj):
    """A score between 0 and 100 has an SD of at most 50, so an SE of 500 (a slip, or another unit) is none of its;
    it was read, and made every difference it touched 'within noise'. 50 itself is the most there is, and kept."""
    path = proj.root / "results" / "published" / "scores.csv"
    lines = path.read_text().splitlines()
    path.write_text("\n".join([lines[0] + ",stderr", lines[1] + ",500", lines[2] + ",50"]) + "\n")
    run = proj.verify()
    assert [str(p) for p in run.problems] == [
        "results/published/scores.csv:2: stderr: 500 is more than half of BigBench's whole range 0-100, which no "
        "score on it has as its SE (at most 50): give the SE in the score's units"
    ]
    assert [r.stderr for r in run.evidence.records] == [50.0]
    # an interval gives its SE the same way: one 500 points wide is as impossible
    path.write_text("\n".join([lines[0] + ",ci_low,ci_high", lines[1] + ",-200,300", lines[2] + ",60,70"]) + "\n")
    assert [str(p) for p in proj.verify().problems] == [
        "results/published/scores.csv:2: ci_low: 128 is more than half of BigBench's whole range 0-100, which no "
        "score on it has as its SE (at most 50): give the SE in the score's units"
    ]


def test_a_number_too_small_to_hold_is_refused_never_read_as_zero(proj):
    """'1e-400' was read as 0 unsaid: a score no source wrote, printed '0'; a zero written as one is still read."""
    path = proj.root / "results" / "published" / "scores.csv"
    lines = path.read_text().splitlines()
    first, second = lines[1].split(","), lines[2].split(",")
    first[4], second[4] = "1e-400", "0e5"
    path.write_text("\n".join([lines[0] + ",stderr", ",".join(first) + ",", ",".join(second) + ",2.5E-999"]) + "\n")
    assert [str(p) for p in proj.verify().problems] == [
        "results/published/scores.csv:2: score: must be a number, got '1e-400': no number that small is held (it "
        "reads as 0)",
        "results/published/scores.csv:3: stderr: must be a number, got '2.5E-999': no number that small is held (it "
        "reads as 0)",
    ]


def test_an_interval_written_high_bound_first_is_told_so(proj):
    """'interval 73-69 must contain the score 71.2' was the message, though 71.2 lies between 69 and 73."""
    path = proj.root / "results" / "published" / "scores.csv"
    lines = path.read_text().splitlines()
    path.write_text("\n".join([lines[0] + ",ci_low,ci_high", lines[1] + ",90,70", lines[2] + ",65,65"]) + "\n")
    assert [str(p) for p in proj.verify().problems] == [
        "results/published/scores.csv:2: ci_low: 90 must be below ci_high 70: the interval's lower bound goes first",
        "results/published/scores.csv:3: ci_low: 65 must be below ci_high 65: the interval's lower bound goes first",
    ]


def test_a_score_cell_copied_from_a_paper_says_what_to_change(proj):
    """A decimal comma after a zero ('0,712') was read as the thousands of 712; the rest said only 'must be a number'."""
    path = proj.root / "results" / "published" / "scores.csv"
    row = "Alpha-1,{bench},pass@1,,{score},Alpha Lab,https://alpha.example/card,T{n},2025-01-10,"
    cells = [("RatingBench", '"0,712"'), ("BigBench", '"71,2"'), ("BigBench", "71.2±1.3"), ("BigBench", "71.2*")]
    lines = [row.format(bench=b, score=s, n=i) for i, (b, s) in enumerate(cells)]
    path.write_text(path.read_text().splitlines()[0] + "\n" + "\n".join(lines) + "\n")
    assert [str(p) for p in proj.verify().problems] == [
        "results/published/scores.csv:2: score: must be a number, got '0,712': write a point, not a comma, before "
        "the decimals",
        "results/published/scores.csv:3: score: must be a number, got '71,2': write a point, not a comma, before "
        "the decimals",
        "results/published/scores.csv:4: score: must be a number, got '71.2±1.3': the ± part goes in the stderr "
        "column (or ci_low and ci_high)",
        "results/published/scores.csv:5: score: must be a number, got '71.2*': a footnote mark after the number; say "
        "what it marks in notes",
    ]


def test_a_percent_sign_on_a_benchmark_scored_otherwise_is_refused_at_its_row(proj):
    # a rating written '2537%' was read as the rating 2537, its '%' dropped unsaid; a '%' on a percent benchmark
    # is read as before, and the other rows of the file still load
    proj.scores(
        """
        Alpha-1,RatingBench,rating,,2537%,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,RatingBench,rating,,2500,Beta Corp,https://b.example,T,2025-01-01,
        Beta-2,BigBench,pass@1,,71.2%,Beta Corp,https://b.example,T,2025-01-01,
        """
    )
    run = proj.verify()
    assert [str(p) for p in run.problems] == [
        "results/published/scores.csv:2: score: '2537%' is a percent, but RatingBench is scored as a rating, not in "
        "percent: write the score as the source gives it on that scale, without '%'"
    ]
    assert sorted((r.model, r.benchmark, r.value) for r in run.evidence.records) == [
        ("beta-2", "big-bench", 71.2),
        ("beta-2", "rating-bench", 2500.0),
    ]
