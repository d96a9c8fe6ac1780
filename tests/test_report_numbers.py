"""Numbers on the pages: a number that is not zero never prints as zero, and zero never as "-0.0"."""

from types import SimpleNamespace

from harness.report.numbers import delta_text, interval_text, num, score, share, times


def _c(a, b):
    return SimpleNamespace(subject_value=a, competitor_value=b, delta=a - b)


def test_a_number_that_is_not_zero_is_never_printed_as_zero():
    # the seed page printed DeepSeek-V3.2's Elo 1417.267 against V3.1-Terminus's 1417.282 as a difference of "-0.0"
    # beside "loss", and "the observed 0.0 would be significant with about 739987.9 times the items"
    assert delta_text(_c(1417.2666702236502, 1417.2818316580751)) == "-0.02"
    assert delta_text(_c(1000.04, 1000.0)) == "0.04"  # both printed 1000.0, a win of "0.0"
    assert delta_text(_c(0.12341, 0.12339)) == "0.00002"  # both printed 0.123
    assert [score(1e-7), score(-1e-7), score(0.0004), score(1e-15)] == ["0.0000001", "-0.0000001", "0.0004", "1.0e-15"]
    assert [num(0.004, 2), num(-0.04), interval_text(SimpleNamespace(interval=(-0.04, 0.3)))] == [
        "0.004",  # an SE of 0.004 was "0.00"
        "-0.04",
        "-0.04 to 0.3",  # was "-0.0 to 0.3"
    ]
    assert [share(0.0019), share(0.0), share(None)] == ["0.002", "0.00", "–"]  # a P(top 1) of 0.0019 was "0.00"


def test_zero_has_no_sign_and_999_point_9996_is_not_printed_with_three_zeros():
    assert [score(-0.0), score(-0.0, True), num(-0.0), num(-0.0, 2)] == ["0.0", "0", "0.0", "0.00"]
    assert [delta_text(_c(-0.0, 0.0)), delta_text(_c(-0.0, 0.0), True)] == ["0.0", "0"]
    # rounded to three decimals it is 1000: printed as a score from 1000 up is, not "1000.000"
    assert [score(999.9996), score(999.95), score(1000.04), num(999.96), num(1000.04)] == [
        "1000", "999.95", "1000.0", "1000", "1000"
    ]  # fmt: skip


def test_a_difference_from_1000_up_keeps_the_decimal_its_scores_have():
    # printed as a score from 1000 up is: MME's 2163.8 against 1086.3 differed by "1078", beside scores with a decimal
    assert [delta_text(_c(2163.8, 1086.3)), delta_text(_c(1500.0, 499.5)), delta_text(_c(2500.0, 1000.0))] == [
        "1077.5", "1000.5", "1500"
    ]  # fmt: skip
    assert [delta_text(_c(2029.0, 717.0), True), delta_text(_c(-999.96, 0.0)), delta_text(_c(1417.109, 1441.0))] == [
        "1312", "-999.96", "-23.9"
    ]  # fmt: skip


def test_the_page_gives_the_difference_of_two_close_ratings(proj, tmp_path):
    # the seed's LMArena pair (RatingBench is metric_kind: rating in the fixture catalog)
    from harness.report.writer import write_reports

    path = proj.root / "results" / "published" / "scores.csv"
    path.write_text(
        "model,benchmark,metric,setting,score,reported_by,source_url,source_locator,as_of_date,notes,stderr\n"
        "Alpha-1,RatingBench,rating,,1417.2666702236502,Board,https://board.example,T,2025-01-01,,4.317367\n"
        "Beta-2,RatingBench,rating,,1417.2818316580751,Board,https://board.example,T,2025-01-01,,5.063393\n"
    )
    run = proj.verify()
    write_reports(run.results, [], run.catalog, tmp_path / "r", charts=False)
    page = (tmp_path / "r" / "alpha-beats-beta.md").read_text()
    [row] = [line for line in page.splitlines() if line.startswith("| RatingBench | Beta-2")]
    assert row.startswith(
        "| RatingBench | Beta-2 | 1417.3 | 1417.3 | -0.02 | 6.65 | -13.1 to 13.0 | 0.998 | 0.998 | unpaired z-test | "
        "loss \\(within noise\\) | 13.0 / 18.6 | ≈739,988× the items |"
    )
    assert "- RatingBench vs Beta-2: the observed 0.02 would be significant with about 739,988 times the items." in page


def test_a_factor_of_the_items_is_printed_with_the_precision_a_reader_can_use():
    # "≈739987.9× the items" printed a tenth of a percent of a figure that only says "far more than exist"
    assert [times(x) for x in (1.54, 9.94, 9.96, 84.04, 131.4, 739987.9)] == [
        "1.5",
        "9.9",
        "10",
        "84",
        "131",
        "739,988",
    ]
