"""Which catalog entries an import's names mean (`harness/evidence/placing.py`): a name left unplaced says why."""

from click.testing import CliRunner

from harness.cli.main import cli


def test_an_unplaced_name_in_letters_of_another_script_says_whose_it_looks_like(proj, tmp_path):
    # 'Аlpha-1' with a Cyrillic 'А' was listed "(closest: Alpha-1)" with no word of why it was not Alpha-1, where a
    # results row or a claim naming it says it looks like Alpha-1 but uses letters from another script
    table = tmp_path / "board.csv"
    table.write_text("model,benchmark,score\n\u0410lpha-1,BigBench,71.2\nGamma-9,BigBench,60.1\n")
    r = CliRunner().invoke(
        cli, ["import", "csv", str(table), "--source-url", "https://board.example", "--reported-by", "Board",
              "--as-of", "2025-01-01", "--project", str(proj.root)],
    )  # fmt: skip
    assert r.exit_code == 0  # nothing imported, nothing skipped: two names left for review
    assert r.stderr.splitlines()[1:3] == [
        "    model '\u0410lpha-1': 1 row (closest: Alpha-1): it looks like 'Alpha-1' but uses letters from another "
        "script",
        "    model 'Gamma-9': 1 row (closest: Gamma-3)",
    ]
