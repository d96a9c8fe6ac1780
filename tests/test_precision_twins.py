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


def _finest_by_every_pair(values):
    kept = set(values)
    return {v for v in kept if not any(rounds_to(w, v) for w in kept)}


def test_finest_looks_only_near_each_value_and_keeps_what_every_pair_would():
    import random

    import harness.judge.precision as precision

    rng = random.Random(7)
    values = {round(rng.uniform(0, 100), rng.choice([0, 1, 2, 3])) for _ in range(3000)}
    values |= {76.0, 76.03, 75.97, 19.2, 19.18, 0.5, 0.45, 1e-05, float("inf"), 100.0, 99.96}
    calls = 0

    def counted(fine, coarse):
        nonlocal calls
        calls += 1
        return rounds_to(fine, coarse)

    precision.rounds_to = counted
    try:
        kept = finest(values)
    finally:
        precision.rounds_to = rounds_to
    assert kept == _finest_by_every_pair(values)
    assert {76.0, 19.2, 0.5} & kept == set() and {76.03, 75.97, 19.18, 0.45, 1e-05, float("inf")} <= kept
    # every pair would be len(values)**2 (about 5 million) calls; a window of neighbours is a few per value
    assert calls < 40 * len(values), calls


def test_a_model_with_hundreds_of_sources_on_one_benchmark_is_compared_once_per_setting(proj, monkeypatch):
    import harness.judge.comparisons as comparisons

    calls = 0
    real = comparisons.finest

    def counted(values):
        nonlocal calls
        calls += 1
        return real(values)

    monkeypatch.setattr(comparisons, "finest", counted)
    proj.scores(
        "\n".join(
            f"{'Alpha-1' if i % 2 == 0 else 'Beta-2'},BigBench,score,,{50 + (i * 0.37) % 40:.2f},"
            f"Lab {i},https://s{i}.example,Table {i},2025-01-01,"
            for i in range(400)
        )
    )
    c = proj.one_claim(OUTPERFORMS).assertions[0].comparisons[0]
    assert (c.outcome, len(c.subject_rows), len(c.competitor_rows)) == ("conflict", 200, 200)
    # two sides, one setting each, plus pick() on each side: not once per one side's 200 values
    assert calls == 4, calls
