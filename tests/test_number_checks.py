"""Checks a careful reader makes on numbers: a fraction among percents, averages of rounded parts."""

from click.testing import CliRunner

from harness.cli.main import cli

AMONG = (
    "results/published/scores.csv:2: score: 0.784 on BigBench (a percent benchmark) is read as 0.784 %, though "
    "this file's other BigBench scores go above 1: if it is a fraction of 1, write 78.4; if it is under 1 %, "
    "write '0.784%'"
)


def test_a_fraction_among_percents_warns_naming_file_and_row(proj):
    proj.scores(
        """
        Alpha-1,BigBench,accuracy,,0.784,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,BigBench,accuracy,,85,Beta Corp,https://b.example,T,2025-01-01,
        Beta-2,MidBench,accuracy,,0.5%,Beta Corp,https://b.example,T,2025-01-01,
        """
    )
    run = proj.verify()
    assert [str(p) for p in run.problems] == []
    assert [str(w) for w in run.warnings] == [AMONG]  # '0.5%' says what it is: no warning
    r = CliRunner().invoke(cli, ["verify", "--project", str(proj.root), "--no-report"])
    assert r.exit_code == 0
    assert "Warning: " + AMONG in r.output


def test_half_unit_of_the_last_digit():
    from harness.judge.comparisons import half_unit

    assert [half_unit(x) for x in (72.35, 72.5, 72.0, 7)] == [0.005, 0.05, 0.5, 0.5]


def _suite(proj, average: str, big: str, mid: str) -> list[str]:
    cat = proj.root / "catalog" / "catalog.yaml"
    cat.write_text(cat.read_text() + "  - {id: suite, name: Suite, average_of: [BigBench, MidBench]}\n")
    proj.scores(
        f"""
        Alpha-1,BigBench,pass@1,,{big},Board,https://board.example,T,2025-01-01,
        Alpha-1,MidBench,pass@1,,{mid},Board,https://board.example,T,2025-01-01,
        Alpha-1,Suite,average,,{average},Board,https://board.example,T,2025-01-01,
        Beta-2,Suite,average,,60,Board,https://board.example,T,2025-01-01,
        """
    )
    r = proj.one_claim("  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [Suite]\n")
    return r.assertions[0].comparisons[0].notes


def test_an_average_allows_for_its_parts_rounding(proj):
    # parts printed as whole numbers (80, 61: each ±0.5) can average 70.9 (80.4 and 61.4): within 0.05 + 0.5
    assert _suite(proj, "70.9", "80", "61") == []


def test_an_average_beyond_the_rounding_is_noted(proj):
    # parts printed to one decimal (±0.05 each): 70.6 is 0.2 from their mean 70.4, more than 0.05 + 0.05
    assert _suite(proj, "70.6", "80.4", "60.4") == [
        "Board's average 70.6 for Alpha-1 is not the mean of its 2 parts from the same source (70.40; rounding "
        "allows ±0.1)"
    ]


def test_every_checkpoint_is_listed_in_json_and_on_the_page(proj, tmp_path):
    import json

    # as Alpha-1: a BigBench loss (refuted); as Gamma-3: a BigBench win (supported, shown)
    proj.scores(
        """
        Alpha-1,BigBench,pass@1,,60,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,BigBench,pass@1,,70,Beta Corp,https://b.example,T,2025-01-01,
        Gamma-3,BigBench,pass@1,,80,Alpha Lab,https://g.example,T,2025-01-01,
        """
    )
    (proj.root / "claims" / "alpha-beats-beta.yaml").unlink()
    proj.claim(
        "id: v\nstatement: s\nsource: {publisher: P, url: 'https://p.example', date: 2025-02-01}\nsubject: Alpha-1\n"
        "subject_variants: [Gamma-3]\nassertions:\n  - kind: outperforms\n    competitors: [Beta-2]\n",
        "v.yaml",
    )
    out = tmp_path / "r"
    r = CliRunner().invoke(cli, ["verify", "--project", str(proj.root), "--report-dir", str(out), "--json"])
    [claim] = json.loads(r.stdout)["claims"]
    assert (claim["verdict"], claim["subject_id"]) == ("supported", "gamma-3")
    variants = [(v["subject_id"], v["verdict"]) for v in claim["variants"]]
    assert variants == [("alpha-1", "refuted"), ("gamma-3", "supported")]
    [cmp] = claim["variants"][0]["assertions"][0]["comparisons"]
    assert (cmp["subject_value"], cmp["competitor_value"], cmp["outcome"]) == (60.0, 70.0, "loss")
    page = (out / "v.md").read_text()
    assert "## The other checkpoints\n\n### As Alpha-1: ❌ refuted\n" in page
    assert "| BigBench | Beta-2 | 60.0 | 70.0 | -10.0 |" in page
    html = (out / "v.html").read_text()
    assert '<h2 id="variants">The other checkpoints</h2>' in html and "<h3>As Alpha-1: Refuted</h3>" in html


def test_many_fractions_among_percents_are_one_warning_per_benchmark(proj):
    rows = [f"Alpha-1,BigBench,accuracy,,0.{i + 1},Alpha Lab,https://a.example/{i},T{i},2025-01-01," for i in range(8)]
    rows.append("Beta-2,BigBench,accuracy,,85,Beta Corp,https://b.example,T,2025-01-01,")
    proj.scores("\n".join(rows))
    run = proj.verify()
    assert [str(w) for w in run.warnings] == [
        "results/published/scores.csv:2: score: 0.1 on BigBench (a percent benchmark) is read as 0.1 %, though "
        "this file's other BigBench scores go above 1: if it is a fraction of 1, write 10; if it is under 1 %, "
        "write '0.1%' (7 more such rows: lines 3, 4, 5, 6, 7 …)"
    ]
