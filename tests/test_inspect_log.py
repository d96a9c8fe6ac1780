"""Inspect AI logs: the models that graded a score are part of its setting (a real log, SOURCES.md)."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from harness.cli.main import cli
from tests.conftest import imported

HERE = Path(__file__).parent / "fixtures" / "importers"
LOG = HERE / "inspect" / "evaleval_data_with_llm_scoring.json"


@pytest.fixture
def project(seeded_project) -> Path:
    return seeded_project


def test_a_score_graded_by_a_model_names_the_grader_in_its_setting(project):
    # SimpleQA Verified on claude-opus-4-6, graded by google/gemini-2.0-flash-001 (the scorer's grader_model): the
    # setting said "Inspect AI 0.3.162, epochs 1", so a score another judge graded read as the same setting
    [row] = imported(project, "inspect", LOG)["rows"]
    assert (row["model_as_written"], row["benchmark_as_written"], row["metric"]) == (
        "anthropic/claude-opus-4-6",
        "simpleqa_verified",
        "simpleqa_scorer accuracy",
    )
    assert (row["value"], row["stderr"], row["n"], row["as_of"]) == (
        43.1,
        pytest.approx(1.566794448817344),
        1000,
        "2026-02-06",
    )
    assert row["setting"] == "Inspect AI 0.3.162, epochs 1, graded by google/gemini-2.0-flash-001"


def test_a_model_in_a_role_and_a_panel_of_graders_are_named(project, tmp_path):
    # the same log as a run with a grader role (`inspect eval --model-role grader=...`) and a scorer given a list of
    # models: each model the log names is in the setting, in the log's words
    data = json.loads(LOG.read_text())
    data["eval"]["model_roles"] = {"grader": {"model": "openai/gpt-4o", "config": {}}}
    data["results"]["scores"][0]["params"] = {"model": ["openai/gpt-4o", "anthropic/claude-3-5-haiku"], "template": "x"}
    path = tmp_path / "log.json"
    path.write_text(json.dumps(data))
    [row] = imported(project, "inspect", path)["rows"]
    assert row["setting"] == (
        "Inspect AI 0.3.162, epochs 1, grader model openai/gpt-4o, graded by openai/gpt-4o and anthropic/claude-3-5-haiku"
    )


def test_a_score_reduced_over_epochs_otherwise_than_by_the_mean_says_so(project, tmp_path):
    # inspect_evals/mbpp, 5 epochs reduced by mean, pass_at_1, pass_at_2 and pass_at_5: one scorer's accuracy four
    # times, which read as one result stated four times (and where pass@5 differs from the mean, two scores of one
    # setting, neither imported)
    log = LOG.parent / "evaleval_inspect_shortened_mbpp_excerpt.json"
    data = imported(project, "inspect", log)
    base = "Inspect AI 0.3.180.dev77+gb34c521b, epochs 5"
    assert [(r["setting"], r["value"], r["n"]) for r in data["rows"]] == [
        (base, 100.0, 5),
        (f"{base}, epochs reduced by pass_at_1", 100.0, 5),
        (f"{base}, epochs reduced by pass_at_2", 100.0, 5),
        (f"{base}, epochs reduced by pass_at_5", 100.0, 5),
    ]
    assert data["skipped"] == []
    record = json.loads(log.read_text())
    record["results"]["scores"][0]["metrics"]["accuracy"]["value"] = 0.6  # a mean under the pass@k
    path = tmp_path / "mbpp.json"
    path.write_text(json.dumps(record))
    other = tmp_path / "other"
    (other / "catalog").mkdir(parents=True)
    for name in ("models.yaml", "benchmarks.yaml"):
        (other / "catalog" / name).write_text((project / "catalog" / name).read_text())
    assert [r["value"] for r in imported(other, "inspect", path)["rows"]] == [60.0, 100.0, 100.0, 100.0]


def test_a_run_that_stopped_on_an_error_says_so_and_why(project, tmp_path):
    # a log of a run that stopped on an error holds no results: it was refused as "not an Inspect AI log (a
    # finished run): no 'results' dict", where the log says the run stopped and why
    from click.testing import CliRunner

    from harness.cli.main import cli

    record = json.loads(LOG.read_text())
    del record["results"]
    record["status"] = "error"
    record["error"] = {"message": "OutOfMemoryError('CUDA out of memory.')\nTraceback ...", "traceback": "..."}
    path = tmp_path / "stopped.json"
    path.write_text(json.dumps(record))
    r = CliRunner().invoke(cli, ["import", "inspect", str(path), "--project", str(project)])
    assert (r.exit_code, r.stderr) == (
        2,
        f"Error: {path}: status: the run did not finish (status 'error': OutOfMemoryError('CUDA out of memory.'))\n",
    )


def test_a_metric_with_a_stderr_of_its_own_takes_it_as_its_se(project, tmp_path):
    # inspect_evals/ifeval gives each accuracy its own stderr (prompt_strict_acc, prompt_strict_stderr, ...): the
    # five stderrs were skipped as "not a score" and the five accuracies imported with no SE
    log = LOG.parent / "evaleval_inspect_shortened_ifeval_excerpt.json"
    data = imported(project, "inspect", log, "--add-unmapped")
    assert [(r["metric"], round(r["value"], 4), round(r["stderr"], 4), r["notes"].split(";")[0]) for r in data["rows"]] == [
        ("instruction_following prompt_strict_acc", 72.0887, 1.9303, "stderr from prompt_strict_stderr"),
        ("instruction_following prompt_loose_acc", 74.8614, 1.8668, "stderr from prompt_loose_stderr"),
        ("instruction_following inst_strict_acc", 79.8561, 1.3898, "stderr from inst_strict_stderr"),
        ("instruction_following inst_loose_acc", 82.1343, 1.3068, "stderr from inst_loose_stderr"),
        ("instruction_following final_acc", 77.2351, 1.8624, "stderr from final_stderr"),
    ]  # fmt: skip
    assert data["skipped"] == []
    # a stderr two metrics could own (`prompt_acc` beside `prompt_f1`) is neither's: still skipped, and no SE taken
    record = json.loads(log.read_text())
    metrics = record["results"]["scores"][0]["metrics"]
    metrics["final_f1"] = {"name": "final_f1", "value": 0.5, "params": {}}
    path = tmp_path / "ifeval.json"
    path.write_text(json.dumps(record))
    other = tmp_path / "other"
    (other / "catalog").mkdir(parents=True)
    for name in ("models.yaml", "benchmarks.yaml"):
        (other / "catalog" / name).write_text((project / "catalog" / name).read_text())
    data = imported(other, "inspect", path, "--add-unmapped")
    final = {r["metric"]: r["stderr"] for r in data["rows"] if r["metric"].endswith(("final_acc", "final_f1"))}
    assert final == {"instruction_following final_acc": None, "instruction_following final_f1": None}
    assert [s["metric"] for s in data["skipped"]] == ["instruction_following final_stderr"]
    # a stderr named for a metric is that metric's, though another name starts with it: `final_stderr` beside
    # `final` and `final_f1` is final's (it was taken for neither)
    metrics["final"] = metrics.pop("final_acc")
    path.write_text(json.dumps(record))
    third = tmp_path / "third"
    (third / "catalog").mkdir(parents=True)
    for name in ("models.yaml", "benchmarks.yaml"):
        (third / "catalog" / name).write_text((project / "catalog" / name).read_text())
    data = imported(third, "inspect", path, "--add-unmapped")
    final = {r["metric"]: r["stderr"] for r in data["rows"] if " final" in r["metric"]}
    assert final == {"instruction_following final": pytest.approx(1.8624484902), "instruction_following final_f1": None}
    assert data["skipped"] == []
    # two stderrs one metric could own (`final_stderr` and `final_acc_stderr` beside `final_acc`): neither is taken
    metrics.clear()
    for name, value in [("final_acc", 0.7), ("final_stderr", 0.02), ("final_acc_stderr", 0.03)]:
        metrics[name] = {"name": name, "value": value, "params": {}}
    path.write_text(json.dumps(record))
    data = imported(third, "inspect", path, "--add-unmapped")
    assert [(r["metric"], r["stderr"]) for r in data["rows"]] == [("instruction_following final_acc", None)]
    assert [s["metric"] for s in data["skipped"]] == [
        "instruction_following final_stderr",
        "instruction_following final_acc_stderr",
    ]


def test_a_scorer_whose_samples_are_scored_beyond_0_1_is_no_share_whatever_its_mean(project, tmp_path):
    # a monitor scoring each sample's suspicion 0-10 under Inspect's accuracy metric (ControlArena's full_traj_monitor
    # in UKGovernmentBEIS/inspect-evals-log-viewer@3511168 (2025-03-13; the branch's later commits no longer hold it),
    # logs-www/logs/2025-03-13T11-10-39+00-00_bash-task_*.eval, suspicions 0, 1, 2, 0, 1: accuracy 0.8), as this
    # log's choice scorer would be with suspicions 0, 2, 0: its
    # mean 0.667 was imported as an accuracy of 66.7 %
    data = json.loads((HERE / "inspect" / "evaleval_data_arc_qwen.json").read_text())
    for sample, suspicion in zip(data["samples"], (0, 2, 0)):
        sample["scores"]["choice"]["value"] = suspicion
    data["results"]["scores"][0]["metrics"]["accuracy"]["value"] = 2 / 3
    log = tmp_path / "monitor.json"
    log.write_text(json.dumps(data))
    r = CliRunner().invoke(cli, ["import", "inspect", str(log), "--add-unmapped", "--project", str(project)])
    assert (r.exit_code, r.stderr) == (
        2,
        f"Error: {log}: nothing imported: 1 value read, it was skipped (ollama/qwen2.5:0.5b on arc_easy: 'choice "
        "accuracy' is on its own scale, not a percent, but arc_easy is scored in percent)\n",
    )
