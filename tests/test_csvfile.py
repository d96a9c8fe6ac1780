"""Reading CSV files of any size (`harness/evidence/adapters/csvfile.py`): a row too long for the reader is told so."""

from harness.evidence.adapters import csvfile
from harness.verify import Project, load_inputs


def test_a_row_too_long_for_the_reader_says_so_in_the_projects_words(proj, monkeypatch):
    # it was "not a valid CSV file (straddling object straddles two block boundaries (try to increase block size?))"
    monkeypatch.setattr(csvfile, "BLOCK", 1 << 20)  # 1 MB blocks: the README's 16 MB, scaled down
    path = proj.root / "results" / "published" / "long.csv"
    header = (proj.root / "results" / "published" / "scores.csv").read_text().splitlines()[0]
    row = f'Alpha-1,BigBench,pass@1,,80,Alpha Lab,https://a.example,T,2025-01-01,"{"x" * 2_200_000}"'
    path.write_text(f"{header}\n{row}\n")
    problems = [str(p) for p in load_inputs(Project(proj.root)).problems]
    assert problems == [
        "results/published/long.csv: holds a row too long to read (over 2 MB, or over 1 MB where it falls across two "
        "of the reader's 1 MB blocks): a row is one score and its source, so a row this long is a quote left open or "
        "a file cut wrong"
    ]
    # look-alike: a row under one block is read
    path.write_text(f"{header}\n{row.replace('x' * 2_200_000, 'x' * 500_000)}\n")
    assert load_inputs(Project(proj.root)).problems == []
