"""Epoch AI's external tables: a record that cannot be imported is counted value by value (real excerpt, SOURCES.md)."""

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from harness.cli.main import cli
from harness.evidence.adapters.foreign import day
from tests.conftest import imported

HERE = Path(__file__).parent / "fixtures" / "importers" / "epoch"


@pytest.fixture
def project(seeded_project) -> Path:
    return seeded_project


def test_a_record_naming_no_model_is_each_of_its_scores_skipped(project):
    # FictionLiveBench: o3 and o4-mini give 11 scores each (by context length); the record of line 4 (line 11 of
    # Epoch's table) names no model version and gives 10, blank at 192k. It was one skipped value: the counts said
    # 23 values read of a file that gives 32
    data = imported(project, "epoch", HERE / "external_benchmark_fictionlivebench.csv")
    assert data["counts"] | {"notes": 0} == {
        "read": 32,
        "imported": 22,
        "skipped": 10,
        "unmapped_rows": 0,
        "unmapped_names": data["counts"]["unmapped_names"],
        "notes": 0,
    }
    why = "external_benchmark_fictionlivebench.csv line 4: names no model (Model version is empty)"
    assert [(s["metric"], s["reason"]) for s in data["skipped"]] == [
        (col, why)
        for col in ("0 token score", "400 token score", "1k token score", "2k token score", "4k token score")
        + ("8k token score", "16k token score", "32k token score", "60k token score", "120k token score")
    ]
    o3 = {r["metric"]: r["value"] for r in data["rows"] if r["model_as_written"] == "o3-2025-04-16_medium"}
    assert (len(o3), o3["0 token score"], o3["16k token score"], o3["192k token score"]) == (11, 100.0, 88.9, 58.1)


def test_a_models_training_compute_beside_its_scores_is_no_score(project):
    # METR's table as Epoch kept it in October 2025: Time horizon (minutes) beside the model's "Training compute
    # (FLOP)", 3.8e+25 for gpt-4o-2024-11-20; the compute was written as a score of "metr" (and before that skipped
    # as 'score 3.8e+25 is outside 0-100 for metr', as if it were a wrong percent)
    data = imported(project, "epoch", HERE / "2025-10" / "external_benchmark_metr.csv")
    assert [(r["model_as_written"], r["benchmark_as_written"], r["value"]) for r in data["rows"]] == [
        ("gpt-5-2025-08-07_medium", "metr (Time horizon)", 137.318539),
        ("gpt-4o-2024-11-20", "metr (Time horizon)", 9.17045),
        ("gpt-4-1106-preview", "metr (Time horizon)", 8.557433),
    ]
    assert (data["counts"]["read"], data["skipped"]) == (3, [])


def test_a_run_started_on_a_day_written_month_first_is_dated_by_it(project):
    # Epoch's runs table from late October 2025 writes started_at "October 30, 2025 5:07pm" (before, "30 October
    # 2025 5:07pm"): every run of the newer layout was imported "undated by the source"
    data = imported(project, "epoch", HERE / "2025-12" / "benchmarks_runs.csv")
    assert [
        (r["model_as_written"], r["benchmark_as_written"], r["value"], r["stderr"], r["as_of"]) for r in data["rows"]
    ] == [
        ("gpt-5-mini-2025-08-07_high", "FrontierMath-Tier-4-2025-07-01-Public", 0.0, None, "2025-10-30"),
        ("gpt-5-nano-2025-08-07_high", "FrontierMath-2025-02-28-Public", 20.0, 13.0, "2025-10-30"),
        ("gpt-5-nano-2025-08-07_high", "FrontierMath-Tier-4-2025-07-01-Public", 0.0, None, "2025-10-30"),
    ]
    assert not [r for r in data["rows"] if "undated" in r["notes"]]


def test_a_start_that_is_no_date_is_said_not_called_undated(project, tmp_path):
    # a started_at the reader cannot read was "undated by the source", which the source is not
    text = (HERE / "2025-12" / "benchmarks_runs.csv").read_text(encoding="utf-8-sig")
    path = tmp_path / "benchmarks_runs.csv"
    path.write_text(text.replace("October 30, 2025", "30/10/2025", 1), encoding="utf-8")
    notes = [r["notes"] for r in imported(project, "epoch", path)["rows"]]
    assert "started_at '30/10/2025 9:22am' is no date this reads; " in notes[0]
    assert "; left undated (this copy was retrieved " in notes[0] and "undated by the source" not in notes[0]
    assert all("no date this reads" not in n for n in notes[1:])


def test_an_arena_table_s_95_ci_is_its_score_s_stderr_and_its_update_its_date(project):
    # WebDev Arena as Epoch kept it on 2025-10-23: "Score 95% CI" '+7.54 / -11.68' beside each Arena Score, and the
    # board's "Last updated" 2025-10-02; both were dropped without a word (no stderr, "undated by the source")
    data = imported(project, "epoch", HERE / "2025-10-23" / "external_benchmark_webdevarena.csv")
    assert [
        (r["model_as_written"], r["value"], round(r["stderr"], 6), r["as_of"], r["notes"].split("; ")[:2])
        for r in data["rows"]
    ] == [
        (
            "gpt-5-2025-08-07_high",
            1479.83,
            4.903151,
            "2025-10-02",
            [
                "dated by the table's 'Last updated' column",
                "stderr from the table's Score 95% CI '+7.54 / -11.68': the mean of its halves over 1.96",
            ],
        ),
        (
            "claude-opus-4-1-20250805_16K",
            1468.17,
            5.06642,
            "2025-10-02",
            [
                "dated by the table's 'Last updated' column",
                "stderr from the table's Score 95% CI '+10.74 / -9.12': the mean of its halves over 1.96",
            ],
        ),
    ]


def test_an_interval_beside_two_scores_is_named_as_not_read(project):
    # METR's table: CI_low and CI_high beside Time horizon and average_score; which score they bound and at what
    # level is not said, so they are no stderr, and were dropped without a word
    data = imported(project, "epoch", HERE / "2025-10" / "external_benchmark_metr.csv")
    assert "not read: the record's CI_high '" in data["rows"][0]["notes"]
    assert all("an interval the table does not tie to one score" in r["notes"] for r in data["rows"])
    assert [r["stderr"] for r in data["rows"]] == [None, None, None]


def test_validate_names_a_runs_table_version_1_left_undated_and_the_re_import(project, monkeypatch):
    # version 1 read no month-first started_at, so a project that imported Epoch's runs table of late 2025 holds
    # its runs undated; with the version unchanged after the fix, `validate` called that table edited by hand
    from harness.evidence.adapters import epoch

    def day_of_version_1(value):
        return None if str(value).startswith("October") else day(value)

    with monkeypatch.context() as old:
        old.setattr(epoch.EpochRuns, "version", "1")
        old.setattr(epoch, "day", day_of_version_1)
        imported(project, "epoch", HERE / "2025-12" / "benchmarks_runs.csv")
    (project / "claims").mkdir()
    [sha] = os.listdir(project / "results" / "snapshots")
    r = CliRunner().invoke(cli, ["validate", "--project", str(project)])
    assert r.exit_code == 0, r.output
    assert r.stderr.splitlines() == [
        f"Warning: results/imported/epoch/{sha[:16]}.csv: imported by version 1 of the epoch importer, and version 2 "
        "files it differently (3 of 3 rows filed differently; line 2's as_of_date '' is now '2025-10-30'): re-import "
        f"it with `benchclaims import epoch results/snapshots/{sha}/benchmarks_runs.csv`"
    ]
