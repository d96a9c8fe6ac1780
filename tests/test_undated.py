"""A row its source does not date: imported with no date (and a note), never the day of the import."""

import csv
import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from click.testing import CliRunner

from harness.cli.main import cli
from harness.evidence.records import EvidenceFilter
from harness.verify import Project, load_project
from tests.conftest import seed_catalog

FIXTURE = Path(__file__).parent / "fixtures" / "importers" / "lm_eval" / "cpu_regression_expected.json"
REPO = Path(__file__).parent.parent


@pytest.fixture
def project(tmp_path) -> Path:
    root = tmp_path / "proj"
    seed_catalog(root)
    # lm-eval's results file gives no date: its rows are undated
    r = CliRunner().invoke(
        cli,
        [
            "import",
            "lm-eval",
            str(FIXTURE),
            "--model",
            "pythia-14m",
            "--add-unmapped",
            "--project",
            str(root),
            "--json",
        ],
    )
    assert r.exit_code == 0, r.output
    (root / "import.json").write_text(r.stdout)
    return root


def table_rows(root: Path) -> list[dict]:
    (table,) = (root / "results" / "imported").glob("*/*.csv")
    with table.open(newline="") as f:
        return list(csv.DictReader(f))


def test_an_undated_row_has_an_empty_date_and_says_so(project):
    data = json.loads((project / "import.json").read_text())
    rows = table_rows(project)
    assert len(rows) == len(data["rows"]) == 7
    assert {r["as_of_date"] for r in rows} == {""}
    assert {r["as_of"] for r in data["rows"]} == {None}
    day = data["snapshot"]["retrieved_at"][:10]
    assert all(r["notes"].endswith(f"undated by the source (this copy was retrieved {day})") for r in rows)
    assert not any("as_of_date is the day" in r["notes"] for r in rows)


def test_the_store_holds_no_date_and_a_claims_date_takes_it_only_once_retrieved(project):
    published = project / "results" / "published"
    published.mkdir(parents=True)
    (published / "scores.csv").write_text(
        "model,benchmark,metric,score,reported_by,source_url,source_locator,as_of_date\n"
        "pythia-14m,arc_easy,acc,31,X,https://example.org,T1,2020-01-01\n"
    )
    run, _ = load_project(Project(project), [])
    assert run.problems == []
    store = run.evidence
    undated = [r for r in store.records if r.snapshot]
    assert len(store.records) == 8 and len(undated) == 7 and {r.as_of for r in undated} == {None}
    (sha,) = {r.snapshot for r in undated}
    retrieved = store.windows[sha][3]
    assert retrieved == date.fromisoformat(
        json.loads((project / "import.json").read_text())["snapshot"]["retrieved_at"][:10]
    )
    assert undated[0].source_dict()["as_of"] is None
    # no date on the claim: nothing to check; a date before the copy was retrieved: the row is not
    # known to have existed then (never counted as "before" it); on or after that day: it stood in the copy
    assert len(store.select(EvidenceFilter())) == 8
    assert [r.value for r in store.select(EvidenceFilter(as_of=retrieved - timedelta(days=1)))] == [31.0]
    assert [r.value for r in store.select(EvidenceFilter(as_of=date(2019, 12, 31)))] == []
    assert len(store.select(EvidenceFilter(as_of=retrieved))) == 8
    assert len(store.select(EvidenceFilter(as_of=retrieved + timedelta(days=400)))) == 8
    # a snapshot whose retrieval day is unknown cannot vouch for a dated claim
    assert not EvidenceFilter(as_of=retrieved).accepts_undated(sha, {})
    assert EvidenceFilter().accepts_undated(sha, {})


def test_evidence_and_validate_show_undated(project):
    r = CliRunner().invoke(cli, ["evidence", "pythia-14m", "--project", str(project)])
    assert r.exit_code == 0, r.output
    assert r.output.count("| undated |") == 7
    r = CliRunner().invoke(cli, ["evidence", "pythia-14m", "--project", str(project), "--json"])
    assert {row["as_of"] for row in json.loads(r.stdout)["rows"]} == {None}
    (project / "claims").mkdir()
    r = CliRunner().invoke(cli, ["validate", "--project", str(project)])
    assert r.exit_code == 0, r.output  # a fresh import of the snapshot gives the same (undated) table
    # a table an older import wrote, with the day of the import as the date: re-derived, it is flagged
    (table,) = (project / "results" / "imported").glob("*/*.csv")
    day = json.loads((project / "import.json").read_text())["snapshot"]["retrieved_at"][:10]
    rows = table_rows(project)
    with table.open("w", newline="") as f:
        writer = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows({**r, "as_of_date": day} for r in rows)
    r = CliRunner().invoke(cli, ["validate", "--project", str(project)])
    assert r.exit_code == 2 and "differs from a fresh import of its snapshot" in r.output


def test_a_hand_typed_row_still_needs_its_date(project):
    published = project / "results" / "published"
    published.mkdir(parents=True)
    (published / "scores.csv").write_text(
        "model,benchmark,metric,score,reported_by,source_url,source_locator,as_of_date\n"
        "pythia-14m,arc_easy,acc,30,X,https://example.org,T1,\n"
    )
    run, _ = load_project(Project(project), [])
    assert [str(p) for p in run.problems] == ["results/published/scores.csv:2: as_of_date: is empty"]


def test_an_lmarena_board_without_a_date_is_undated_and_one_with_it_keeps_it(tmp_path):
    root = tmp_path / "board"
    seed_catalog(root)
    board = FIXTURE.parent.parent / "lmarena" / "leaderboard-text-excerpt.json"
    args = ["import", "lmarena", str(board), "--add-unmapped", "--project", str(root), "--json"]
    r = CliRunner().invoke(cli, args)
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)["rows"]
    assert rows and {x["as_of"] for x in rows} == {None}
    assert all("undated by the source (this copy was retrieved " in x["notes"] for x in rows)
    # the date a user knows (`--as-of`) is the row's date, and no note says undated
    r = CliRunner().invoke(cli, [*args, "--as-of", "2025-12-11"])
    assert r.exit_code == 0, r.output
    rows = json.loads(r.stdout)["rows"]
    assert {x["as_of"] for x in rows} == {"2025-12-11"}
    assert not any("undated" in x["notes"] for x in rows)
