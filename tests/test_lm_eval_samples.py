"""lm-eval's samples files: a run's per-item results are those of its own run (real files, SOURCES.md)."""

import shutil
from pathlib import Path

import pytest

from tests.conftest import imported

RUN = Path(__file__).parent / "fixtures" / "importers" / "lm_eval_04" / "truthfulqa_gen_neo125"
RESULTS = "truthfulqa_gen_neo125_2025-05-31T14-30-51.983293.json"


@pytest.fixture
def project(seeded_project) -> Path:
    return seeded_project


def test_a_run_takes_the_samples_of_its_own_timestamp(project):
    # gpt-neo-125m on truthfulqa_gen, limit 20, saved beside the samples of the run before it (13-51-32, 817
    # samples; 5 kept here) and its own (14-30-51, 20): a results file named otherwise than results_<stamp> took
    # the first samples file of the task beside it, the other run's, and so attached none of its own ("samples file
    # holds 5 of 20 items")
    data = imported(project, "lm-eval", RUN / RESULTS, "--add-unmapped")
    rows = {r["metric"]: r for r in data["rows"]}
    assert [(m, r["n"], r["per_item"]) for m, r in rows.items() if m.endswith("_acc")] == [
        ("bleu_acc", 20, 20),
        ("rouge1_acc", 20, 20),
        ("rouge2_acc", 20, 20),
        ("rougeL_acc", 20, 20),
    ]
    assert not any("samples file" in r["notes"] for r in data["rows"])


def test_a_results_file_named_with_no_timestamp_takes_no_one_of_several_runs_samples(project, tmp_path):
    # the same results renamed results.json: which of the two samples files is its run, its name no longer says
    run = tmp_path / "run"
    shutil.copytree(RUN, run)
    (run / RESULTS).rename(run / "results.json")
    data = imported(project, "lm-eval", run / "results.json", "--add-unmapped")
    row = next(r for r in data["rows"] if r["metric"] == "bleu_acc")
    assert (row["per_item"], row["notes"].split("; ")[0]) == (
        0,
        "2 samples files of truthfulqa_gen beside it (samples_truthfulqa_gen_2025-05-31T13-51-32.759677.jsonl, "
        "samples_truthfulqa_gen_2025-05-31T14-30-51.983293.jsonl), and its name gives no run's timestamp: per-item "
        "results not attached",
    )
    # with its own samples file alone beside it, that one is its run's
    (run / "samples_truthfulqa_gen_2025-05-31T13-51-32.759677.jsonl").unlink()
    other = tmp_path / "other"
    (other / "catalog").mkdir(parents=True)
    for name in ("models.yaml", "benchmarks.yaml"):
        (other / "catalog" / name).write_text((project / "catalog" / name).read_text())
    row = next(
        r
        for r in imported(other, "lm-eval", run / "results.json", "--add-unmapped")["rows"]
        if r["metric"] == "bleu_acc"
    )
    assert (row["per_item"], row["value"]) == (20, 50.0)


def test_a_run_whose_own_samples_file_is_missing_takes_no_other_runs(project, tmp_path):
    # its own samples (14-30-51) gone, the run before's (13-51-32) beside it are still not its per-item results
    run = tmp_path / "run"
    shutil.copytree(RUN, run)
    (run / "samples_truthfulqa_gen_2025-05-31T14-30-51.983293.jsonl").unlink()
    data = imported(project, "lm-eval", run / RESULTS, "--add-unmapped")
    assert [(r["metric"], r["n"], r["per_item"]) for r in data["rows"] if r["metric"].endswith("_acc")] == [
        ("bleu_acc", 20, 0),
        ("rouge1_acc", 20, 0),
        ("rouge2_acc", 20, 0),
        ("rougeL_acc", 20, 0),
    ]
    assert not any("samples file" in r["notes"] for r in data["rows"])  # none read: "holds 5 of 20 items" unsaid


def test_a_samples_file_that_is_a_git_lfs_pointer_is_said_so_and_the_scores_import(project, tmp_path):
    # a repository keeping its samples in Git LFS (as csabakecskemeti/lm_eval_results@d1f48eb7 does: each
    # samples_leaderboard_*.jsonl a 3-line pointer in a checkout without LFS): the whole results file was refused
    # as "samples_...jsonl:1: not valid JSON Lines (Expecting value)", its scores with it
    run = tmp_path / "run"
    shutil.copytree(RUN, run)
    (run / "samples_truthfulqa_gen_2025-05-31T14-30-51.983293.jsonl").write_text(
        "version https://git-lfs.github.com/spec/v1\n"
        "oid sha256:239ee97a5cb9109370cccccf4274f3cee3f1c5e49af0dd644a91e770b14f41b8\n"
        "size 327325470\n"
    )
    data = imported(project, "lm-eval", run / RESULTS, "--add-unmapped")
    row = next(r for r in data["rows"] if r["metric"] == "bleu_acc")
    assert (row["value"], row["n"], row["per_item"], row["notes"].split("; ")[0]) == (
        50.0,
        20,
        0,
        "samples_truthfulqa_gen_2025-05-31T14-30-51.983293.jsonl is a Git LFS pointer to a file of 327325470 bytes, "
        "not the file itself: per-item results not attached (fetch it with `git lfs pull` to attach them)",
    )
