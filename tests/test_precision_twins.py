"""One score printed to two precisions (a summary table's 76.0, a detailed table's 76.03) is one score: never
"sources disagree", never two settings compared in turn; the finer value is judged and shown (the MiniCPM3
launch README prints BFCL's overall accuracy both ways)."""

from harness.judge.precision import finest, rounds_to

OUTPERFORMS = "  - kind: outperforms\n    competitors: [Beta-2]\n"


def test_a_finer_value_rounds_to_a_coarser_one_only_within_its_last_decimal():
    assert rounds_to(76.03, 76.0) and rounds_to(75.97, 76.0) and rounds_to(19.18, 19.2)
    # 76.4 is no print of 76.0 (nor of "76", which reads as 76.0): a real difference stays one
    assert not rounds_to(76.4, 76.0) and not rounds_to(76.0, 76.03) and not rounds_to(76.1, 76.1)
    assert finest({76.0, 76.03}) == {76.03} and finest({76.0, 76.4}) == {76.0, 76.4}


def test_one_publishers_two_prints_of_a_score_are_one_score(proj):
    proj.scores(
        """
        Alpha-1,BigBench,score,,76.0,Alpha Lab,https://a.example,Summary,2025-01-01,
        Alpha-1,BigBench,accuracy,,76.03,Alpha Lab,https://a.example,Details,2025-01-01,
        Beta-2,BigBench,score,,75.4,Alpha Lab,https://a.example,Summary,2025-01-01,
        """
    )
    c = proj.one_claim(OUTPERFORMS).assertions[0].comparisons[0]
    assert (c.outcome, c.conflict, c.subject_value, len(c.subject_rows)) == ("win", False, 76.03, 2)
    assert c.notes[0] == ("one score printed to two precisions (Alpha-1: 76.0 and 76.03 per Alpha Lab); 76.03 used")


def test_a_value_that_is_no_rounding_of_the_other_still_disagrees(proj):
    proj.scores(
        """
        Alpha-1,BigBench,score,,76.0,Alpha Lab,https://a.example,Summary,2025-01-01,
        Alpha-1,BigBench,accuracy,,76.4,Alpha Lab,https://a.example,Details,2025-01-01,
        Beta-2,BigBench,score,,75.4,Alpha Lab,https://a.example,Summary,2025-01-01,
        """
    )
    c = proj.one_claim(OUTPERFORMS).assertions[0].comparisons[0]
    assert (c.outcome, c.conflict) == ("win", True)
    assert (
        "sources disagree (Alpha-1: 76.0 per Alpha Lab, 76.4 per Alpha Lab); the choice does not change the outcome"
    ) in c.notes
