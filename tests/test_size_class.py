"""A rank cohort by size (`min_parameters_b`, `max_parameters_b`): the members it holds, those it leaves out by
their recorded size or for lacking one, and a verdict that never rests on a size the catalog does not record."""

import pytest
from click.testing import CliRunner

from harness.cli.main import cli

# on BigBench: Alpha-1 80, Gamma-3 75, Delta-4 79 (open weights); Beta-2 70 (closed)
ABOVE_30B = "  - kind: ranks\n    cohort: {open_weights: true, min_parameters_b: 30B}\n    benchmarks: [BigBench]\n"


def _gamma_scores(proj, score: float) -> None:
    """The fixture's rows, with Gamma-3's BigBench score at `score`."""
    path = proj.root / "results" / "published" / "scores.csv"
    text = path.read_text()
    assert "Gamma-3,BigBench,pass@1,no tools,75.0," in text
    path.write_text(
        text.replace("Gamma-3,BigBench,pass@1,no tools,75.0,", f"Gamma-3,BigBench,pass@1,no tools,{score},")
    )


def test_a_class_of_at_least_30b_holds_the_sized_and_names_one_of_unknown_size_that_changes_nothing(proj):
    # Delta-4 (70B) is in the class; Gamma-3 has no recorded size, and its 75 is below Alpha-1's 80 either way
    proj.sized({"Alpha-1": 100, "Delta-4": 70})
    result = proj.one_claim(ABOVE_30B)
    assert result.verdict == "supported"
    assert result.reason == (
        "in the top 1 on 1 of 1 benchmark (needs all 1); ranked from 2 sources against 1 other open-weight model "
        "of at least 30B parameters (the evidence scores 1 of the catalog's 1 by 2025-02-01)"
    )
    assert result.assertions[0].caveats[-1] == (
        "Size class of at least 30B parameters: 1 other model in it by the catalog's sizes (Delta-4); 1 left out as "
        "the catalog records no size for it (Gamma-3). Counted in the class, Gamma-3 would leave the "
        "verdict as it is."
    )


def test_a_member_of_unknown_size_that_could_outrank_the_subject_leaves_the_verdict_open(proj):
    # Gamma-3 scores 85, above Alpha-1: among the sized members Alpha-1 is first, with Gamma-3 counted in it is not
    proj.sized({"Alpha-1": 100, "Delta-4": 70})
    _gamma_scores(proj, 85.0)
    result = proj.one_claim(ABOVE_30B)
    assert result.verdict == "insufficient_evidence"
    assert result.reason == (
        "in the top 1 on 1 of 1 benchmark (needs all 1); ranked from 2 sources against 1 other open-weight model "
        "of at least 30B parameters (the evidence scores 1 of the catalog's 1 by 2025-02-01); rests on sizes "
        "the catalog does not record: with Gamma-3 in the class, refuted"
    )
    assert result.assertions[0].caveats[-1] == (
        "Size class of at least 30B parameters: 1 other model in it by the catalog's sizes (Delta-4); 1 left out as "
        "the catalog records no size for it (Gamma-3). Counted in the class, Gamma-3 would make it "
        "refuted: the verdict rests on sizes the catalog does not record, so it is insufficient evidence until they "
        "are recorded."
    )
    # a rank by the mean likewise
    by_mean = proj.one_claim(ABOVE_30B + "    aggregate: mean\n")
    assert (by_mean.verdict, by_mean.reason.split("; ")[-1]) == (
        "insufficient_evidence",
        "rests on sizes the catalog does not record: with Gamma-3 in the class, refuted",
    )
    # its size recorded, the verdict is the class's: below 30B it is out, at 30B and more it outranks Alpha-1
    proj.sized({"Gamma-3": 7})
    assert proj.one_claim(ABOVE_30B).verdict == "supported"
    text = (proj.root / "catalog" / "catalog.yaml").read_text().replace("parameters_b: 7,", "parameters_b: 30,")
    (proj.root / "catalog" / "catalog.yaml").write_text(text)
    assert proj.one_claim(ABOVE_30B).verdict == "refuted"


def test_a_range_leaves_out_the_models_outside_it_by_their_size_and_is_not_placed_when_one_outranks(proj):
    # 5B to 60B: Gamma-3 (7B, 75) in, Delta-4 (70B, 79) outside; Alpha-1 (8B, 80) first until Gamma-3 scores 90
    proj.sized({"Alpha-1": 8, "Gamma-3": 7, "Delta-4": 70})
    claim = ABOVE_30B.replace("min_parameters_b: 30B", "min_parameters_b: 5000M, max_parameters_b: 60")
    result = proj.one_claim(claim)
    assert result.verdict == "supported"
    assert result.assertions[0].caveats[-1] == (
        "Size class of 5B to 60B parameters: 1 other model in it by the catalog's sizes (Gamma-3); 1 outside it "
        "(Delta-4 at 70B)."
    )
    _gamma_scores(proj, 90.0)
    result = proj.one_claim(claim)
    assert result.verdict == "refuted"
    assert result.reason.startswith("in the top 1 on 0 of 1 benchmark (needs all 1); not on BigBench; ")


def test_a_range_of_one_size_holds_the_models_of_that_size(proj):
    # "among 70B models": a least size equal to the greatest is a class, not a reversed range
    proj.sized({"Alpha-1": 70, "Gamma-3": 7, "Delta-4": 70})
    claim = ABOVE_30B.replace("min_parameters_b: 30B", "min_parameters_b: 70, max_parameters_b: 70B")
    assert proj.one_claim(claim).assertions[0].caveats[-1] == (
        "Size class of 70B parameters: 1 other model in it by the catalog's sizes (Delta-4); 1 outside it "
        "(Gamma-3 at 7B)."
    )


def test_a_member_of_unknown_size_cannot_rescue_a_refuted_rank_and_one_with_no_score_is_named(proj):
    # Delta-4 (70B, 79) in the class; Alpha-1 at 60 is below it whatever Gamma-3's size
    proj.sized({"Alpha-1": 100, "Delta-4": 70})
    path = proj.root / "results" / "published" / "scores.csv"
    path.write_text(
        path.read_text().replace("Alpha-1,BigBench,pass@1,no tools,80.0,", "Alpha-1,BigBench,pass@1,no tools,60.0,")
    )
    result = proj.one_claim(ABOVE_30B)
    assert result.verdict == "refuted"
    assert result.assertions[0].caveats[-1].endswith("Counted in the class, Gamma-3 would leave the verdict as it is.")
    # a model of unknown size with no score is named, and no second judgement is made for it
    path.write_text("\n".join(line for line in path.read_text().splitlines() if not line.startswith("Gamma-3")) + "\n")
    assert proj.one_claim(ABOVE_30B).assertions[0].caveats[-1] == (
        "Size class of at least 30B parameters: 1 other model in it by the catalog's sizes (Delta-4); 1 left out as "
        "the catalog records no size for it (Gamma-3), none of them with a score."
    )


def test_the_subject_outside_a_lower_bound_is_said_to_be(proj):
    proj.sized({"Alpha-1": 8, "Gamma-3": 40, "Delta-4": 70})
    caveats = proj.one_claim(ABOVE_30B).assertions[0].caveats
    assert "Size class: Alpha-1 has 8B parameters, fewer than the 30B of the class it is ranked in." in caveats


@pytest.mark.parametrize(
    "cohort,line",
    [
        ("min_parameters_b: -5", "assertions[0].cohort.min_parameters_b: must be a number of billions of parameters "
         "more than 0, got -5"),
        ("max_parameters_b: 0B", "assertions[0].cohort.max_parameters_b: must be a size more than 0, got '0B'"),
        ("min_parameters_b: 30G", "assertions[0].cohort.min_parameters_b: unit 'G' in '30G' is not understood: write "
         "billions as a number (30) or a size with B, M or T (30B, 500M, 1.5T)"),
        ("min_parameters_b: large", "assertions[0].cohort.min_parameters_b: must be a number of billions of "
         "parameters (30) or a size with its unit (30B, 500M, 1.5T), got 'large'"),
        ("min_parameters_b: '30'", "assertions[0].cohort.min_parameters_b: must be a number (without quotes), "
         "got '30'"),
        ("min_parameters_b: 70B, max_parameters_b: 30", "assertions[0].cohort: min_parameters_b 70 is more than "
         "max_parameters_b 30: no model is in that class; give the smaller size as min_parameters_b"),
    ],
)  # fmt: skip
def test_a_size_class_that_no_model_could_be_in_is_refused_in_one_line(proj, cohort, line):
    (proj.root / "claims" / "alpha-beats-beta.yaml").unlink()
    proj.claim(
        'id: c1\nstatement: "x"\nsource: {publisher: P, url: "https://p.example", date: 2025-02-01}\n'
        f"subject: Alpha-1\nassertions:\n  - kind: ranks\n    cohort: {{open_weights: true, {cohort}}}\n"
    )
    assert [str(p) for p in proj.verify().problems] == [f"claims/c.yaml:7: {line}"]


def test_new_writes_a_size_class_and_names_the_flag_of_a_bad_one(proj):
    common = ["--subject", "Alpha-1", "--kind", "ranks", "--benchmark", "BigBench", "--publisher", "P", "--url",
              "https://p.example", "--date", "2025-02-01", "--project", str(proj.root)]  # fmt: skip
    run = CliRunner().invoke(cli, ["new", "--statement", "the best open model above 30B", "--min-parameters", "30B",
                                   "--max-parameters", "200", *common])  # fmt: skip
    assert run.exit_code == 0, run.output
    text = (proj.root / "claims" / "the-best-open-model-above-30b.yaml").read_text()
    assert "  cohort:\n    open_weights: true\n    min_parameters_b: 30B\n    max_parameters_b: 200\n" in text
    for flags, line in [
        (["--min-parameters", "30G"], "--min-parameters: unit 'G' in '30G' is not understood: write billions as a "
         "number (30) or a size with B, M or T (30B, 500M, 1.5T)"),
        (["--min-parameters", "70", "--max-parameters", "7"], "--min-parameters, --max-parameters: min_parameters_b "
         "70 is more than max_parameters_b 7: no model is in that class; give the smaller size as min_parameters_b"),
    ]:  # fmt: skip
        run = CliRunner().invoke(cli, ["new", "--statement", "x", *flags, *common])
        assert (run.exit_code, run.stderr) == (2, f"Error: {line}\n")
    # a flag is no YAML: 1e3 is a thousand billions, not the text YAML 1.1 reads (told "write 1.0e+3")
    run = CliRunner().invoke(cli, ["new", "--statement", "y", "--min-parameters", "1e3", *common])
    assert run.exit_code == 0, run.output
    assert "    min_parameters_b: 1000.0\n" in (proj.root / "claims" / "y.yaml").read_text()
    run = CliRunner().invoke(cli, ["new", "--statement", "x", "--competitor", "Beta-2", "--max-parameters", "10",
                                   *common[:2], *common[6:]])  # fmt: skip
    assert (run.exit_code, run.stderr) == (
        2, "Error: --max-parameters is for --kind ranks (a cohort of a size class), not outperforms\n"
    )  # fmt: skip


def test_a_class_whose_scored_members_all_lack_a_size_says_what_they_would_make_of_it(proj):
    # no other open model has a recorded size: no one to rank against, though counted in Alpha-1 leads them
    proj.sized({"Alpha-1": 100})
    result = proj.one_claim(ABOVE_30B)
    assert result.verdict == "insufficient_evidence"
    assert result.reason.split("; ")[1::2] == [
        "no other cohort member scored on BigBench",
        "rests on sizes the catalog does not record: with Gamma-3 and Delta-4 in the class, supported",
    ]
    assert result.assertions[0].caveats[-1] == (
        "Size class of at least 30B parameters: 0 other models in it by the catalog's sizes; 2 left out as the "
        "catalog records no size for them (Gamma-3 and Delta-4). Counted in the class, Gamma-3 and Delta-4 would make it "
        "supported: the verdict rests on sizes the catalog does not record, so it is insufficient evidence until "
        "they are recorded. Each of them alone would change it."
    )


def test_of_several_models_of_unknown_size_the_caveat_says_which_alone_would_change_the_verdict(proj):
    # Beta-2 (40B) is in the class and below Alpha-1; of the two without a size, Gamma-3 (85) would outrank Alpha-1
    # (80) and Delta-4 (79) would not: the caveat named both as if each one's size mattered
    proj.sized({"Alpha-1": 100, "Beta-2": 40})
    _gamma_scores(proj, 85.0)
    cohort = "  - kind: ranks\n    cohort: {all_models: true, min_parameters_b: 30B}\n    benchmarks: [BigBench]\n"
    result = proj.one_claim(cohort)
    assert result.verdict == "insufficient_evidence"
    assert result.assertions[0].caveats[-1] == (
        "Size class of at least 30B parameters: 1 other model in it by the catalog's sizes (Beta-2); 2 left out as "
        "the catalog records no size for them (Gamma-3 and Delta-4). Counted in the class, Gamma-3 and Delta-4 would "
        "make it refuted: the verdict rests on sizes the catalog does not record, so it is insufficient evidence "
        "until they are recorded. Alone, Gamma-3 would change it; Delta-4 would not."
    )
    # both above Alpha-1: either alone would
    text = (proj.root / "results" / "published" / "scores.csv").read_text()
    assert "Delta-4,BigBench,pass@1,no tools,79.0," in text
    (proj.root / "results" / "published" / "scores.csv").write_text(
        text.replace("Delta-4,BigBench,pass@1,no tools,79.0,", "Delta-4,BigBench,pass@1,no tools,90.0,")
    )
    caveat = proj.one_claim(cohort, "c2").assertions[0].caveats[-1]
    assert caveat.endswith("until they are recorded. Each of them alone would change it.")
    # first on most of three: Gamma-3 above it on BigBench alone, Delta-4 on MidBench alone; one of them leaves it
    # first on two, both on one
    table = {"Alpha-1": (80, 80, 80), "Beta-2": (70, 70, 70), "Gamma-3": (85, 70, 70), "Delta-4": (70, 85, 70)}
    proj.scores(
        "\n".join(
            f"{m},{b},pass@1,,{v},Board,https://board.example,T,2025-01-01,"
            for m, values in table.items()
            for b, v in zip(("BigBench", "MidBench", "SmallBench"), values)
        )
    )
    most = cohort.replace("[BigBench]", "[BigBench, MidBench, SmallBench]\n    quantifier: most")
    caveat = proj.one_claim(most, "c3").assertions[0].caveats[-1]
    assert caveat.endswith("until they are recorded. No one of them alone would change it: only together.")


def test_past_the_bound_the_caveat_judges_no_model_alone(proj, monkeypatch):
    # each model judged alone is a judgement of the whole rank: past DECIDING of them (a cohort with hundreds of
    # unsized models) the caveat names them together, and stops there
    from harness.judge import size_class

    monkeypatch.setattr(size_class, "DECIDING", 1)
    proj.sized({"Alpha-1": 100, "Beta-2": 40})
    _gamma_scores(proj, 85.0)
    cohort = "  - kind: ranks\n    cohort: {all_models: true, min_parameters_b: 30B}\n    benchmarks: [BigBench]\n"
    assert (
        proj.one_claim(cohort)
        .assertions[0]
        .caveats[-1]
        .endswith(
            "the verdict rests on sizes the catalog does not record, so it is insufficient evidence until they are recorded."
        )
    )
