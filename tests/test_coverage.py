"""Cohort coverage of `ranks`: how many members a rank rests on, and ranks with nobody to rank against."""

from tests.conftest import REPO


def test_a_cohort_of_one_is_insufficient_evidence(proj):
    # every other open-weight model excluded: Alpha-1 has a BigBench score, nobody else in the cohort
    text = (
        "  - kind: ranks\n    cohort: {open_weights: true, exclude: [Gamma-3, Delta-4]}\n    benchmarks: [BigBench]\n"
    )
    result = proj.one_claim(text)
    [row] = result.assertions[0].ranks
    assert (row.rank_best, row.cohort_size, row.status, row.subject_missing) == (None, 1, "unknown", False)
    assert result.verdict == "insufficient_evidence"
    assert result.reason == (
        "in the top 1 on 0 of 1 benchmark (needs all 1); no other cohort member scored on BigBench; "
        "ranked on no table against 0 other open-weight models (the evidence scores 0 of the catalog's 0 by 2025-02-01)"
    )


def test_a_cohort_of_one_on_shared_benchmarks_has_nothing_to_rank_on(proj):
    text = "  - kind: ranks\n    cohort: {open_weights: true, exclude: [Gamma-3, Delta-4]}\n"
    result = proj.one_claim(text)
    assert (result.verdict, result.assertions[0].ranks) == ("insufficient_evidence", [])
    assert result.reason.startswith("no benchmark with a score for it and another cohort member")


def test_the_subject_without_a_score_is_named_as_the_one_missing(proj):
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,,80,Alpha Lab,https://a.example,T,2025-01-01,
        Gamma-3,OpenBench,pass@1,,50,Alpha Lab,https://a.example,T,2025-01-01,
        """
    )
    result = proj.one_claim("  - kind: ranks\n    cohort: {models: [Gamma-3]}\n    benchmarks: [OpenBench]\n")
    [row] = result.assertions[0].ranks
    assert (row.status, row.subject_missing, row.missing_members) == ("unknown", True, [])
    assert result.verdict == "insufficient_evidence"
    assert "; no score for Alpha-1 itself on OpenBench;" in result.reason


def test_coverage_is_counted_and_stated_when_low(proj):
    # BigBench: Alpha 80 and Gamma 75 per Alpha Lab, Delta 79 per Eval Watchdog; Beta is closed
    result = proj.one_claim("  - kind: ranks\n    cohort: {open_weights: true}\n    benchmarks: [BigBench]\n")
    cov = result.assertions[0].coverage
    assert (cov["compared"], cov["with_score"], cov["in_catalog"], cov["low"]) == (2, 2, 2, True)
    assert cov["reporters"] == ["Alpha Lab", "Eval Watchdog"]
    assert result.verdict == "supported"
    assert result.reason == (
        "in the top 1 on 1 of 1 benchmark (needs all 1); ranked from 2 sources against 2 other open-weight "
        "models (the evidence scores 2 of the catalog's 2 by 2025-02-01)"
    )


def test_models_released_after_the_claim_are_not_counted(proj):
    catalog = proj.root / "catalog" / "catalog.yaml"
    text = catalog.read_text().replace(
        "developer: beta-corp, open_weights: true}",
        "developer: beta-corp, open_weights: true, release_date: 2025-06-01}",
    )
    catalog.write_text(text)
    result = proj.one_claim("  - kind: ranks\n    cohort: {open_weights: true}\n    benchmarks: [BigBench]\n")
    cov = result.assertions[0].coverage
    assert (cov["compared"], cov["with_score"], cov["in_catalog"]) == (2, 1, 1)


def test_a_deciding_checkpoint_outranks_an_undecided_one(proj):
    # as Alpha-1: a MidBench loss (refuted); as Gamma-3: no MidBench score (insufficient)
    proj.claim(
        "id: v\nstatement: s\nsource: {publisher: P, url: 'https://p.example', date: 2025-02-01}\nsubject: Alpha-1\n"
        "subject_variants: [Gamma-3]\nassertions:\n"
        "  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [MidBench]\n",
        "v.yaml",
    )
    [r] = proj.verify(proj.root / "claims" / "v.yaml").results
    assert (r.verdict, r.subject_id) == ("refuted", "alpha-1")
    assert r.reason.startswith("as Alpha-1: refuted; as Gamma-3: insufficient evidence (")


def test_the_seed_rank_claim_states_its_coverage(tmp_path):
    import shutil

    from harness.verify import Project, verify

    # the seed without its LMArena board: DeepSeek's tables and Epoch AI's runs, and the reason says so
    root = tmp_path / "seed"
    lmarena = shutil.ignore_patterns("lmarena", "b7246e454beab000020eb28a90c1a60532649f7fca5dff50d68a89b2753cb2ef")
    for part in ("catalog", "results", "claims"):
        shutil.copytree(REPO / part, root / part, ignore=lmarena)
    run = verify(Project(root), [root / "claims" / "v32-top-open-source.yaml"])
    [r] = run.results
    assert r.verdict == "supported"
    assert r.reason.endswith(
        "; ranked from 2 sources against 3 other open-weight models "
        "(the evidence scores 4 of the catalog's 15 by 2025-12-13); "
        "on the benchmarks it passes, against at most 2 other open-weight models"
    )
    # the seed as shipped: LMArena's board rates 13 open-weight models above V3.2; the two best are
    # named and the other 11 counted, never left out of the reason
    run = verify(Project(REPO), [REPO / "claims" / "v32-top-open-source.yaml"])
    [r] = run.results
    assert r.verdict == "partially_supported"
    assert r.reason.startswith(
        "contradicted by LMArena text, 2025-12-11: GLM-4.6 1441.2 ± 4.7 > DeepSeek-V3.2 (thinking) 1417.3 ± 8.5; "
        "Mistral Large 3 1431.7 ± 8.3 > DeepSeek-V3.2 (thinking) 1417.3 ± 8.5 (and 11 more above DeepSeek-V3.2 "
        "(thinking)); in the top 1 on 14 of 19 benchmarks"
    )


def test_cohort_membership_on_unchecked_open_weights_is_a_caveat(proj):
    imported = "imported_from: https://board.example/board.json"
    (proj.root / "catalog" / "imported.yaml").write_text(
        "models:\n"
        f"  - {{id: epsilon-5, name: Epsilon-5, developer: beta-corp, open_weights: true, review: {{{imported}}}}}\n"
        f"  - {{id: zeta-6, name: Zeta-6, developer: beta-corp, open_weights: false, review: {{{imported}}}}}\n"
        "  - {id: eta-7, name: Eta-7, developer: beta-corp, open_weights: true, review: "
        f"{{{imported}, reviewed_by: R, reviewed_on: 2026-12-05, source: https://lab.example/card, "
        "checked: [developer, open_weights]}}\n"
        f"  - {{id: theta-8, name: Theta-8, developer: beta-corp, open_weights: true, review: {{{imported}}}}}\n"
    )
    proj.scores(
        """
        Epsilon-5,BigBench,pass@1,no tools,60,Eval Watchdog,https://watchdog.example/board,Leaderboard,2025-01-20,
        Zeta-6,BigBench,pass@1,no tools,90,Eval Watchdog,https://watchdog.example/board,Leaderboard,2025-01-20,
        Eta-7,BigBench,pass@1,no tools,61,Eval Watchdog,https://watchdog.example/board,Leaderboard,2025-01-20,
        """,
        name="board.csv",
    )
    result = proj.one_claim("  - kind: ranks\n    cohort: {open_weights: true}\n    benchmarks: [BigBench]\n")
    # Zeta-6 would rank first if its weights were open; Eta-7's were checked; Theta-8 has no score
    assert result.assertions[0].caveats[-1] == (
        "Open weights not checked against a source for 2 scored entries imported into the catalog "
        "(Epsilon-5, Zeta-6 (left out)): in or out of the cohort on the model registry's word until reviewed."
    )
    listed = proj.one_claim("  - kind: ranks\n    cohort: {models: [Epsilon-5, Gamma-3]}\n    benchmarks: [BigBench]\n")
    assert not any(c.startswith("Open weights not checked") for c in listed.assertions[0].caveats)


def test_the_seed_rank_claim_names_its_unchecked_cohort_entries():
    from harness.verify import Project, verify

    # GLM-4.6, Qwen3-VL and V3.2-Exp had their open weights confirmed in review; these five did not
    [r] = verify(Project(REPO), [REPO / "claims" / "v32-top-open-source.yaml"]).results
    assert r.assertions[0].caveats[-1] == (
        "Open weights not checked against a source for 5 scored entries imported into the catalog (DeepSeek-R1-0528, "
        "DeepSeek-V3.1 (non-thinking), DeepSeek-V3.1-Terminus (non-thinking), Qwen3-Next-80B-A3B-Instruct, "
        "DeepSeek-V3.1-Terminus (thinking)): in or out of the cohort on the model registry's word until reviewed."
    )


def test_a_size_class_reads_in_the_singular_and_checks_the_subjects_size(proj):
    # Gamma-3 (7B) is the one other open-weight model of at most 10B; Delta-4 (70B) is left out
    proj.sized({"Gamma-3": 7, "Delta-4": 70})
    claim = "  - kind: ranks\n    cohort: {open_weights: true, max_parameters_b: 10}\n    benchmarks: [BigBench]\n"
    result = proj.one_claim(claim)
    assert result.verdict == "supported"
    assert result.reason == (
        "in the top 1 on 1 of 1 benchmark (needs all 1); ranked on Alpha Lab's tables against 1 other open-weight "
        "model of at most 10B parameters (the evidence scores 1 of the catalog's 1 by 2025-02-01)"
    )
    assert result.assertions[0].caveats[-2:] == [
        "Size class: Alpha-1's own size is not in the catalog (parameters_b), so that it is a model of at most "
        "10B parameters is not checked.",
        # which models the class held and left out (`judge.size_class`)
        "Size class of at most 10B parameters: 1 other model in it by the catalog's sizes (Gamma-3); 1 outside it "
        "(Delta-4 at 70B).",
    ]
    proj.sized({"Alpha-1": 12})
    caveats = proj.one_claim(claim).assertions[0].caveats
    assert caveats[-2] == "Size class: Alpha-1 has 12B parameters, more than the 10B of the class it is ranked in."
    # the subject within its class: nothing to say
    text = (proj.root / "catalog" / "catalog.yaml").read_text().replace("parameters_b: 12,", "parameters_b: 8,")
    (proj.root / "catalog" / "catalog.yaml").write_text(text)
    assert not any(c.startswith("Size class:") for c in proj.one_claim(claim).assertions[0].caveats)


def test_a_subject_of_the_other_kind_than_its_cohort_is_said_so(proj):
    """'The best closed model' of an open-weight subject was supported, significant, without a word."""
    claim = "  - kind: ranks\n    cohort: {open_weights: false}\n    benchmarks: [BigBench]\n"
    result = proj.one_claim(claim)
    assert result.verdict == "supported"
    assert result.assertions[0].caveats[-1] == (
        "Cohort: Alpha-1 has open weights (catalog), and is ranked among closed ones."
    )
    claim = "  - kind: ranks\n    cohort: {open_weights: true}\n    benchmarks: [BigBench]\n"
    assert not any(c.startswith("Cohort: ") for c in proj.one_claim(claim).assertions[0].caveats)


def test_a_top_no_score_could_fail_is_no_pass(proj):
    # BigBench: Alpha 80 and Gamma 75 (Delta excluded): with one other member scored, a top 2 holds
    # whatever the scores, so it is no evidence of a rank; a top 1 can fail, and passes
    cohort = "    cohort: {open_weights: true, exclude: [Delta-4]}\n    benchmarks: [BigBench]\n"
    result = proj.one_claim("  - kind: ranks\n    top: 2\n" + cohort)
    [row] = result.assertions[0].ranks
    assert (row.rank_best, row.cohort_size, row.status) == (1, 2, "unknown")
    assert result.verdict == "insufficient_evidence"
    assert result.reason.startswith(
        "in the top 2 on 0 of 1 benchmark (needs all 1); too few scored for a top 2 (no score could fail it) "
        "on BigBench (2 scored);"
    )
    result = proj.one_claim("  - kind: ranks\n" + cohort)
    assert (result.verdict, result.assertions[0].ranks[0].status) == ("supported", "pass")
