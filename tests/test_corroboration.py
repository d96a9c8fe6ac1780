"""Independent corroboration: the verdict on first-party rows alone, on independent rows alone, and how they relate."""

import shutil

from tests.conftest import FIXTURES

# the vendor's own table: Alpha Lab reports its Alpha-1 and Gamma-3 (both open-weight)
VENDOR = """
Alpha-1,BigBench,pass@1,,80,Alpha Lab,https://alpha.example/card,Table 1,2025-12-01,
Gamma-3,BigBench,pass@1,,75,Alpha Lab,https://alpha.example/card,Table 1,2025-12-01,
Alpha-1,MidBench,pass@1,,60,Alpha Lab,https://alpha.example/card,Table 1,2025-12-01,
Gamma-3,MidBench,pass@1,,50,Alpha Lab,https://alpha.example/card,Table 1,2025-12-01,
"""
RANKS = "  - kind: ranks\n    cohort: {open_weights: true}\n    quantifier: most\n"


def _with_board(proj):
    proj.scores(VENDOR)
    shutil.copy(FIXTURES / "board" / "watchdog_arena.csv", proj.root / "results" / "published" / "board.csv")


def test_vendor_rows_alone_are_vendor_only(proj):
    proj.scores(VENDOR)
    result = proj.one_claim(RANKS)
    ind = result.independent
    assert (result.verdict, ind.status, ind.first_party, ind.independent) == (
        "supported",
        "vendor_only",
        "supported",
        "insufficient_evidence",
    )
    assert ind.independent_reason == "no independent row for the subject"


def test_rows_from_a_reporter_the_catalog_does_not_know_are_no_vendors(proj):
    # Gemma 3's claim checked on LMArena's board alone, with no LMArena in the catalog, was "vendor only", though no
    # row was the vendor's: rows of an unknown reporter are on neither side, and the status says so
    proj.scores(VENDOR.replace("Alpha Lab", "Unlisted Board"))
    result = proj.one_claim(RANKS)
    ind = result.independent
    assert (result.verdict, ind.status, ind.first_party, ind.independent) == (
        "supported",
        "party_unknown",
        "insufficient_evidence",
        "insufficient_evidence",
    )
    assert (
        ind.first_party_reason
        == ind.independent_reason
        == (
            "no row for the subject on either side: its rows are reported by Unlisted Board, which the catalog knows as "
            "no organisation (add it to the catalog's organisations to tell whose side it is on)"
        )
    )


def test_an_independent_board_that_contradicts_the_vendor_caps_the_verdict(proj):
    # pooled: first on BigBench and MidBench (vendor), second on the board's RatingBench: 2 of 3 pass
    _with_board(proj)
    result = proj.one_claim(RANKS)
    ind = result.independent
    assert (ind.status, ind.first_party, ind.independent) == ("contradicted", "supported", "refuted")
    assert ind.contradictions == [
        "Eval Watchdog RatingBench, 2025-12-11: Delta-4 1441 ± 4.9 > Alpha-1 1417 ± 4.9",
    ]
    assert result.verdict == "partially_supported"
    assert result.reason.startswith(
        "contradicted by Eval Watchdog RatingBench, 2025-12-11: Delta-4 1441 ± 4.9 > Alpha-1 1417 ± 4.9; "
        "in the top 1 on 2 of 3 benchmarks"
    )


def test_an_independent_board_that_agrees_corroborates(proj):
    _with_board(proj)
    board = proj.root / "results" / "published" / "board.csv"
    board.write_text(board.read_text().replace(",1441,", ",1390,"))  # Delta-4 now below Alpha-1
    result = proj.one_claim(RANKS)
    assert (result.verdict, result.independent.status) == ("supported", "corroborated")
    assert result.independent.contradictions == []


def test_a_difference_within_noise_is_mixed_not_contradicted(proj):
    _with_board(proj)
    board = proj.root / "results" / "published" / "board.csv"
    board.write_text(board.read_text().replace(",1441,", ",1420,"))  # 3 points above, intervals ±4.9
    result = proj.one_claim(RANKS)
    assert (result.verdict, result.independent.status) == ("supported", "mixed")


def test_pairwise_significant_loss_on_a_unit_the_vendor_wins(proj):
    # the vendor says Alpha-1 beats Beta-2 on BigBench; a watchdog measures both and Beta-2 is far ahead
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,,80,Alpha Lab,https://alpha.example/card,Table 1,2025-12-01,
        Beta-2,BigBench,pass@1,,70,Alpha Lab,https://alpha.example/card,Table 1,2025-12-01,
        Alpha-1,BigBench,pass@1,,60,Eval Watchdog,https://watchdog.example/runs,Run 7,2025-12-05,
        Beta-2,BigBench,pass@1,,75,Eval Watchdog,https://watchdog.example/runs,Run 7,2025-12-05,
        """
    )
    result = proj.one_claim("  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [BigBench]\n")
    ind = result.independent
    assert (ind.status, ind.first_party, ind.independent) == ("contradicted", "supported", "refuted")
    assert ind.contradictions == ["Eval Watchdog BigBench, 2025-12-05: Beta-2 75.0 ± 1.9 > Alpha-1 60.0 ± 2.1"]


def test_independent_rows_alone(proj):
    proj.scores(
        "Alpha-1,BigBench,pass@1,,80,Eval Watchdog,https://w.example,T,2025-12-01,\n"
        "Beta-2,BigBench,pass@1,,70,Eval Watchdog,https://w.example,T,2025-12-01,"
    )
    result = proj.one_claim("  - kind: outperforms\n    competitors: [Beta-2]\n")
    assert (result.verdict, result.independent.status) == ("supported", "independent_only")


def test_json_and_pages_carry_it(proj, tmp_path):
    from click.testing import CliRunner

    from harness.cli.main import cli

    _with_board(proj)
    (proj.root / "claims" / "alpha-beats-beta.yaml").unlink()
    proj.claim(
        "id: c1\nstatement: s\nsource: {publisher: P, url: 'https://p.example', date: 2025-12-13}\n"
        "subject: Alpha-1\nassertions:\n" + RANKS,
        "c1.yaml",
    )
    out = tmp_path / "r"
    run = CliRunner().invoke(cli, ["verify", "--project", str(proj.root), "--report-dir", str(out), "--json"])
    import json

    [claim] = json.loads(run.stdout)["claims"]
    assert claim["independent"]["status"] == "contradicted"
    assert claim["independent"]["first_party"]["verdict"] == "supported"
    assert claim["independent"]["independent"]["verdict"] == "refuted"
    index = (out / "index.md").read_text()
    assert "| Independent |" in index and "| contradicted |" in index
    page = (out / "c1.md").read_text()
    assert "- Independent evidence: contradicted\n" in page
    assert "contradicted" in (out / "index.html").read_text()


def test_the_chart_says_which_side_each_row_is_on(proj):
    from harness.report.charts import chart_spec

    _with_board(proj)
    result = proj.one_claim(RANKS)
    run_catalog = proj.verify().catalog
    [panel] = chart_spec(result, run_catalog)["panels"]
    assert [r["label"] for r in panel["rows"]] == [
        "BigBench (first-party)",
        "MidBench (first-party)",
        "RatingBench (independent)",
    ]


def test_the_seed_rank_claim_contradicted_by_an_independent_board(tmp_path):
    from harness.verify import Project, verify
    from tests.conftest import REPO

    root = tmp_path / "seed"
    # the seed without its own LMArena board (imported under results/imported/lmarena/): this test's board stands alone
    lmarena = shutil.ignore_patterns("lmarena", "b7246e454beab000020eb28a90c1a60532649f7fca5dff50d68a89b2753cb2ef")
    for part in ("catalog", "results"):
        shutil.copytree(REPO / part, root / part, ignore=lmarena)
    (root / "claims").mkdir()
    shutil.copy(REPO / "claims" / "v32-top-open-source.yaml", root / "claims")
    shutil.copy(FIXTURES / "board" / "seed_board_catalog.yaml", root / "catalog" / "zz-test-board.yaml")
    shutil.copy(FIXTURES / "board" / "seed_board.csv", root / "results" / "published" / "zz_board.csv")
    run = verify(Project(root), [root / "claims"])
    assert [str(p) for p in run.problems] == []
    [r] = run.results
    assert (r.verdict, r.independent.status) == ("partially_supported", "contradicted")
    assert (r.independent.first_party, r.independent.independent) == ("supported", "refuted")
    assert r.reason.startswith(
        "contradicted by Eval Watchdog Text Board, 2025-12-11: Kimi K2 Thinking 1441 ± 4.9 > "
        "DeepSeek-V3.2 (thinking) 1417 ± 4.9; in the top 1 on 14 of 19 benchmarks"
    )


def test_models_with_rows_off_each_side(proj):
    proj.scores(VENDOR + "Delta-4,BigBench,pass@1,,79,Eval Watchdog,https://w.example,Board,2025-12-01,\n")
    store = proj.verify().evidence
    # Alpha Lab reports its own Alpha-1 and Gamma-3: first-party; the watchdog's Delta-4 row is independent
    assert store.models_off_side("first_party", ("Alpha Lab",)) == {"delta-4"}
    assert store.models_off_side("independent", ("Alpha Lab",)) == {"alpha-1", "gamma-3"}


def test_a_contradiction_prints_each_score_as_the_report_tables_do():
    # the seed's reason printed LMArena's 1431.7 as "1432" beside a table reading 1431.7; a board on another scale
    # printed bits per byte 0.548 against 0.542 as "0.5 > 0.5"
    from types import SimpleNamespace

    from harness.judge.corroboration import _value

    elo = SimpleNamespace(metric_kind="elo", higher_is_better=True)
    share = SimpleNamespace(metric_kind="points", higher_is_better=False)
    row = SimpleNamespace
    assert [
        _value(row(value=1431.7, stderr=4.24), elo),
        _value(row(value=1441.0, stderr=2.4), elo),
        _value(row(value=0.548, stderr=0.003), share),
    ] == ["1431.7 ± 8.3", "1441 ± 4.7", "0.548 ± 0.006"]
