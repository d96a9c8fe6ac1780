"""Real files other projects publish, imported and checked value by value against the file.

Each fixture is a publisher's own file (or a trimmed copy in its layout; tests/fixtures/importers/SOURCES.md
names the repository, path, commit and licence). What each test asserts was read off the file by hand.
"""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from harness.cli.main import cli
from tests.conftest import imported

HERE = Path(__file__).parent / "fixtures" / "importers"


@pytest.fixture
def project(seeded_project) -> Path:
    return seeded_project


def _rows(data: dict) -> list[tuple]:
    return [(r["benchmark_as_written"], r["metric"], r["value"], r["stderr"], r["setting"]) for r in data["rows"]]


def test_a_pythia_checkpoints_revision_is_part_of_its_setting(project):
    # EleutherAI/pythia evals/pythia-v1/pythia-160m/zero-shot/160m_step3000.json: model_args
    # "pretrained=EleutherAI/pythia-v1.1-160m,revision=step3000", an early checkpoint of the 143,000 steps;
    # lambada_openai acc 0.22763438773529981 (final checkpoint: 0.3283524160683097). Both were filed as
    # "EleutherAI/pythia-v1.1-160m" in one setting: a checkpoint's score read as the model's, or a conflict
    early = imported(project, "lm-eval", HERE / "lm_eval_03" / "pythia" / "160m_step3000.json")
    final = imported(project, "lm-eval", HERE / "lm_eval_03" / "pythia" / "160m_step143000.json")
    assert {r["model_as_written"] for r in early["rows"] + final["rows"]} == {"EleutherAI/pythia-v1.1-160m"}
    assert _rows(early) == [
        ("lambada_openai (ppl)", "ppl", 135.0165867082042, 5.690483923063215, "lm-eval 0.3, 0-shot, filter none, revision step3000"),
        ("lambada_openai", "acc", 22.7634387735, 0.5841743345, "lm-eval 0.3, 0-shot, filter none, revision step3000"),
        ("arc_easy", "acc", 39.2676767677, 1.0020646556, "lm-eval 0.3, 0-shot, filter none, revision step3000"),
        ("arc_easy", "acc_norm", 35.1430976431, 0.9796395583, "lm-eval 0.3, 0-shot, filter none, revision step3000"),
    ]  # fmt: skip
    assert _rows(final) == [
        ("lambada_openai (ppl)", "ppl", 38.064877017771195, 1.4363799633211518, "lm-eval 0.3, 0-shot, filter none, revision step143000"),
        ("lambada_openai", "acc", 32.8352416068, 0.6542638266, "lm-eval 0.3, 0-shot, filter none, revision step143000"),
        ("arc_easy", "acc", 43.5185185185, 1.017321643, "lm-eval 0.3, 0-shot, filter none, revision step143000"),
        ("arc_easy", "acc_norm", 39.6464646465, 1.0037412763, "lm-eval 0.3, 0-shot, filter none, revision step143000"),
    ]  # fmt: skip


def test_the_default_branch_main_is_no_revision_of_its_own(project, tmp_path):
    # 0.4 files write "model_revision": "main" for a run of the default branch: the model's name alone
    data = imported(project, "lm-eval", HERE / "lm_eval_04" / "results_2025-03-02T06-44-13.841373.json")
    assert not any("revision" in r["setting"] for r in data["rows"])
    # a revision given as model_args' "revision=" wins over model_revision, and a dict of model_args has one too
    raw = json.loads((HERE / "lm_eval_04" / "results_2025-03-02T06-44-13.841373.json").read_text())
    raw["config"]["model_args"] = {"pretrained": "state-spaces/mamba2-130m", "revision": "v0.1"}
    path = tmp_path / "results_2025-03-02T06-44-13.841373.json"
    path.write_text(json.dumps(raw))
    data = imported(project, "lm-eval", path)
    assert {r["setting"].rsplit(", ", 1)[-1] for r in data["rows"]} == {"revision v0.1"}


def test_a_2023_lm_eval_04_file_without_n_shot_takes_each_tasks_shots_from_its_configs(project):
    # EleutherAI/lm-evaluation-harness results/t5/flan_t5_xxl/flan_t5_xxl_massive-de-100.json (August 2023):
    # no "n-shot"; configs["massive-de"]["num_fewshot"] is 0 and "limit" 100.0. Its rows said "shots not stated"
    data = imported(project, "lm-eval", HERE / "lm_eval_04" / "flan_t5_xxl_massive-de-100.json", "--model", "m")
    assert [(r["metric"], r["value"], r["stderr"], r["setting"], r["partial"]) for r in data["rows"]] == [
        ("acc", 7.0, 2.5643239998, "lm-eval 0.4.x, 0-shot, filter none", True),
        ("f1", 49.0985221675, None, "lm-eval 0.4.x, 0-shot, filter none", True),
    ]
    assert {r["notes"].split(";")[0] for r in data["rows"]} == {"limit=100.0"}


def test_an_every_eval_ever_result_scored_on_part_of_its_dataset_is_partial_with_its_count(project):
    # evaleval/every_eval_ever data/GAIA/openai/gpt-4.1-mini-2025-04-14/5917cc37-....json: an Inspect run
    # whose source_data says samples_number 165 ("Number of samples in the dataset") and lists 2 sample_ids
    # ("sample ids used for evaluation"); score 0.0. It was imported as gpt-4.1-mini's GAIA score, n unstated
    eee = HERE / "eee"
    gaia = imported(project, "eee", eee / "GAIA_openai_gpt-4.1-mini-2025-04-14_5917cc37.json")
    pubmed = imported(project, "eee", eee / "pubmed_qa_openai_gpt-4o-mini-2024-07-18_497ca8f5.json")
    # data/SimpleQA-Verified/anthropic/claude-opus-4-6/0d03a117-....json: 1000 sample_ids of 1000, 0.431
    simpleqa = imported(project, "eee", eee / "SimpleQA-Verified_anthropic_claude-opus-4-6_0d03a117.json")
    got = [
        (r["benchmark_as_written"], r["value"], r["n"], r["partial"], r["notes"].split("; ")[2:])
        for data in (gaia, pubmed, simpleqa)
        for r in data["rows"]
    ]
    assert got == [
        ("gaia_scorer", 0.0, 2, True, [
            "scored 2 of the 165 samples of its dataset (source_data.sample_ids): a partial run",
            "converted from the fraction 0",
        ]),
        ("choice (pubmed_qa)", 100.0, 2, True, [
            "scored 2 of the 500 samples of its dataset (source_data.sample_ids): a partial run",
            "converted from the fraction 1",
        ]),
        ("simpleqa_scorer (SimpleQA-Verified)", 43.1, 1000, False, ["converted from the fraction 0.431"]),
    ]  # fmt: skip


def test_an_inspect_log_of_format_1_is_read_and_its_nan_accuracy_skipped_with_the_reason(project, tmp_path):
    # UKGovernmentBEIS/inspect_ai tests/log/test_eval_log/log_with_nan.txt: a log of format 1 (May 2024),
    # `results.scorer` with `results.metrics` beside it (Inspect migrates it to one `scores` entry): accuracy
    # NaN, bootstrap_std 0.0. It was refused as "no 'scores' list"
    path = HERE / "inspect" / "inspect_ai_log_with_nan.json"
    r = CliRunner().invoke(cli, ["import", "inspect", str(path), "--project", str(project)])
    assert (r.exit_code, r.stderr) == (
        2,
        f"Error: {path}: no scores found: 2 values, none a score (nan is no number)\n",
    )
    # a NaN metric beside a scored one was dropped without a word: now a skip with its reason
    log = json.loads((HERE / "inspect" / "evaleval_data_arc_sonnet.json").read_text())
    log["results"]["scores"][0]["metrics"]["mean_latency"] = {"name": "mean_latency", "value": float("nan")}
    edited = tmp_path / "arc_sonnet_with_nan.json"
    edited.write_text(json.dumps(log))
    data = imported(project, "inspect", edited)
    assert [(s["metric"], s["reason"]) for s in data["skipped"]] == [("choice mean_latency", "nan is no number")]
    assert [(r["metric"], r["value"]) for r in data["rows"]] == [("choice accuracy", 100.0)]


def test_an_inspect_log_naming_no_version_of_inspect_says_so_in_its_setting(project):
    # inspect_ai tests/test_eval_set/2024-08-29T15-11-17+00-00_popularity_....json: no eval.packages;
    # match accuracy 0.0 over 1 sample (limit 1 of 100). Its setting read "Inspect AI , epochs 1"
    path = HERE / "inspect_eval" / "2024-08-29T15-11-17+00-00_popularity_5EAmX6wjMFqea6WY7XHzZp.json"
    data = imported(project, "inspect", path)
    assert [(r["value"], r["n"], r["partial"], r["setting"]) for r in data["rows"]] == [
        (0.0, 1, True, "Inspect AI (version not stated), epochs 1")
    ]


def test_a_gpt_neox_checkpoints_iteration_is_part_of_its_setting(project):
    # EleutherAI/pythia evals/pythia-v0/pythia-160m/zero-shot/pythia-160m-0shot-global_step11500_....json:
    # GPT-NeoX's evaluate.py names no Hugging Face model; its model_args is a dict whose "iteration" is the
    # training step loaded (11500 of 71500). With --model, its rows were the model's, the checkpoint unsaid
    path = HERE / "lm_eval_03" / "pythia" / "pythia-160m-0shot-global_step11500_eval_results_12-30-2022-23-05-56.json"
    data = imported(project, "lm-eval", path, "--model", "pythia-160m")
    assert _rows(data) == [
        ("lambada_openai (ppl)", "ppl", 36.0136156839544, 1.35213364946348, "lm-eval 0.3, 0-shot, filter none, iteration 11500"),
        ("lambada_openai", "acc", 35.1639821463, 0.6652260763, "lm-eval 0.3, 0-shot, filter none, iteration 11500"),
        ("arc_easy", "acc", 43.0134680135, 1.0159130445, "lm-eval 0.3, 0-shot, filter none, iteration 11500"),
        ("arc_easy", "acc_norm", 39.1835016835, 1.0016835017, "lm-eval 0.3, 0-shot, filter none, iteration 11500"),
    ]  # fmt: skip


def test_a_gpt_neox_run_is_dated_by_its_file_name_where_a_number_of_it_can_only_be_the_day(project, tmp_path):
    # the same run: GPT-NeoX names its results eval_results_<month>-<day>-<year>-<time>.json (of Pythia's 874 such
    # names, the second number runs past 12 in 848, the first never); they were imported undated
    path = HERE / "lm_eval_03" / "pythia" / "pythia-160m-0shot-global_step11500_eval_results_12-30-2022-23-05-56.json"
    rows = imported(project, "lm-eval", path, "--model", "pythia-160m")["rows"]
    assert {(r["as_of"], r["notes"].split("; ")[0]) for r in rows} == {
        ("2022-12-30", "dated by its file name's 12-30-2022, 30 being the day")
    }
    # where neither number can only be the day (01-02-2023: January 2 or February 1), the run stays undated
    other = tmp_path / "pythia-160m-0shot-global_step11500_eval_results_01-02-2023-23-05-56.json"
    other.write_bytes(path.read_bytes())
    later = tmp_path / "later"
    (later / "catalog").mkdir(parents=True)
    for name in ("models.yaml", "benchmarks.yaml"):
        (later / "catalog" / name).write_text((project / "catalog" / name).read_text())
    rows = imported(later, "lm-eval", other, "--model", "pythia-160m")["rows"]
    assert {r["as_of"] for r in rows} == {None} and not any("file name" in r["notes"] for r in rows)


def test_bigscience_s_per_prompt_layout_is_refused_saying_what_it_is(project):
    # EleutherAI/pythia evals/bias-evals/winobias/410M/eval_results_02-16-2023-00-59-19.json: "results" is a
    # list of {task_name, prompt_name, em, em_stderr, ...} records; it was refused as "no 'results' dict"
    path = HERE / "lm_eval_03" / "pythia" / "winobias_410M_eval_results_02-16-2023-00-59-19.json"
    r = CliRunner().invoke(cli, ["import", "lm-eval", str(path), "--model", "m", "--project", str(project)])
    assert (r.exit_code, r.stderr) == (
        2,
        f"Error: {path}: results: 'results' is a list of per-prompt records (BigScience's fork of lm-eval, with "
        "promptsource prompts), not lm-eval's {task: {metric: value}}; this layout is not read\n",
    )


def test_bigscience_s_merged_runs_are_refused_saying_what_they_are(project):
    # bigscience-workshop/bigscience evaluation/results/tr11/bloom/bslmeval.json holds each task's runs by the time
    # they ran, and tr3/tr3d-1B3-oscar-checkpoints_agg.json each metric's values through training: both were refused
    # as "no score in 'results': '2022-07-07-20-56-59' is {...}, not a number", a run's date read as a metric
    def refusal(name: str) -> tuple[int, str]:
        path = HERE / "lm_eval_03" / name
        r = CliRunner().invoke(cli, ["import", "lm-eval", str(path), "--model", "m", "--project", str(project)])
        return r.exit_code, r.stderr.removeprefix(f"Error: {path}: ")

    assert refusal("bigscience_bloom_bslmeval_excerpt.json") == (
        2,
        "results: 'results' holds each task's runs by the time they ran ('arc_challenge': '2022-07-07-20-56-59'), "
        "several runs merged into one file (as BigScience's bslmeval.json), not one run's {task: {metric: value}}: "
        "import each run's own results file\n",
    )
    assert refusal("bigscience_tr3d-1B3-oscar-checkpoints_agg_excerpt.json") == (
        2,
        "results: 'results' holds a list of values for each metric ('arc_challenge' 'acc': 3 values, one per "
        "checkpoint of its 'checkpoints'), results through training, not one run's scores: import a checkpoint's own "
        "results file\n",
    )
    # tr3/tr3_results_through_training.json nests such lists one level deeper, under each training run's name: its
    # first layout (commit f34d5a4c) under 'results', its next (6d382a4a) as the file's own keys; both got the
    # generic refusal ("no score in 'results': 'arc_challenge' is {...}", and "no 'results' dict")
    assert refusal("bigscience_tr3_results_through_training_results_excerpt.json") == (
        2,
        "results: 'results' holds 2 training runs, each under its name, with a list of values for each metric "
        "('tr3d-1B3-oscar-checkpoints': 'arc_challenge' 'acc': 3 values, one per checkpoint of its 'checkpoint_steps'), "
        "results through training, not one run's scores: import a checkpoint's own results file\n",
    )
    assert refusal("bigscience_tr3_results_through_training_runs_excerpt.json") == (
        2,
        "the file holds 2 training runs, each under its name with its own 'results', a list of values for each "
        "metric ('tr3d-1B3-oscar-checkpoints': 'arc_challenge' 'acc': 3 values, one per checkpoint of its "
        "'checkpoints'), results through training, not one run's scores: import a checkpoint's own results file\n",
    )


def test_one_open_llm_leaderboard_run_has_one_setting_in_both_layouts(project):
    # fboulnois/llm-leaderboard-csv csv/huggingface_v2.csv: the flat table of 2024-12-02 (commit 580b191) and the
    # contents table of 2025-03-21 (commit 0f4e5c6) both give dfurman/CalmeRys-78B-Orpo-v0.1 at bfloat16, revision
    # 7988deb48419c3f56bb24c139c23e5c476ec03f8; the contents rows left the revision out of their setting
    ollm = HERE / "open_llm_leaderboard"
    flat = imported(project, "open-llm-leaderboard", ollm / "fboulnois_huggingface_v2_flat_first20rows.csv")
    contents = imported(
        project, "open-llm-leaderboard", ollm / "fboulnois_huggingface_v2_2025-03-21_CalmeRys-78B-Orpo-v0.1.csv"
    )
    mine = [r for r in flat["rows"] if r["model_as_written"] == "dfurman/CalmeRys-78B-Orpo-v0.1"]
    assert (
        {r["setting"] for r in mine}
        == {r["setting"] for r in contents["rows"]}
        == {"Open LLM Leaderboard v2 (lm-eval), bfloat16, revision 7988deb48419"}
    )
    got = {(r["benchmark_as_written"], r["value"]) for r in contents["rows"]}
    assert {("IFEval (Open LLM Leaderboard v2)", 81.6327344779), ("Open LLM Leaderboard v2 average", 51.231323076027),
            ("MATH Lvl 5 (normalized, Open LLM Leaderboard v2)", 40.6344410876133)} <= got  # fmt: skip
    assert len(contents["rows"]) == 13


def test_lm_eval_s_predict_only_placeholder_999_is_no_score(project):
    # EleutherAI/lm-evaluation-harness lm_eval/tasks/scheming_evals/output/scheming_evals_mc_task_output/results.json
    # (commit 8e647662): a run of gpt-4 with --predict_only, whose metric lm-eval replaces by "bypass", aggregated
    # as 999 (bypass_agg returns 999; the outputs are not scored). It was imported as a score of 999
    path = HERE / "lm_eval_04" / "scheming_evals_mc_task_output_results.json"
    r = CliRunner().invoke(cli, ["import", "lm-eval", str(path), "--project", str(project)])
    assert (r.exit_code, r.stderr) == (
        2,
        f"Error: {path}: no scores found: 1 value, none a score ('bypass' is not a score (lm-eval's placeholder "
        "for a run with --predict_only: 999 whatever the outputs, which were not scored))\n",
    )


def test_an_lm_eval_accuracy_above_1_is_out_of_range_not_a_percent(project, tmp_path):
    # lm-eval writes acc as a fraction of 1; one `acc` of 1.5 in a file made the importer read every acc of the file as
    # a percent: arc_easy's 0.5 was imported as 0.5 % (with a note to check it) and 1.5 as 1.5 %
    results = tmp_path / "results.json"
    results.write_text(
        json.dumps(
            {
                "results": {
                    "arc_easy": {"acc,none": 0.5, "acc_stderr,none": 0.01, "alias": "arc_easy"},
                    "arc_challenge": {"acc,none": 1.5, "acc_stderr,none": 0.01, "alias": "arc_challenge"},
                },
                "n-shot": {"arc_easy": 0, "arc_challenge": 0},
                "config": {"model": "hf", "model_args": "pretrained=EleutherAI/pythia-160m"},
                "model_name": "EleutherAI/pythia-160m",
                "lm_eval_version": "0.4.8",
            }
        )
    )
    data = imported(project, "lm-eval", results, "--source-url", "https://x.example/results.json")
    assert [(r["benchmark_as_written"], r["value"]) for r in data["rows"]] == [("arc_easy", 50.0)]
    assert [(s["benchmark"], s["reason"]) for s in data["skipped"]] == [
        ("arc_challenge", "score 1.5 is outside the range of 'acc' (0-1)")
    ]
