"""Other layouts of claimed formats, each on a real file: LMArena boards and its older CSV, the flat
Open LLM Leaderboard tables (v1 and v2, with the revision kept)."""

import json
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from harness.cli.main import cli
from tests.conftest import imported, seed_catalog

HERE = Path(__file__).parent / "fixtures" / "importers"
REPO = Path(__file__).parent.parent


@pytest.fixture
def project(seeded_project) -> Path:
    return seeded_project


def test_lmarenas_older_csv_with_arena_elo(project):
    data = imported(project, "lmarena", HERE / "lmarena" / "fboulnois_lmsys_arena_elo_first20rows.csv")
    row = next(r for r in data["rows"] if r["model_as_written"] == "GPT-4o-2024-05-13")
    # line 2: 1,GPT-4o-2024-05-13,1287,+3/-3,42046,OpenAI,Proprietary,2023/10,...
    assert (row["value"], row["n"], row["benchmark_as_written"]) == (1287.0, 42046, "LMArena text")
    assert row["stderr"] == pytest.approx(6 / (2 * 1.959963984540054), abs=1e-6)
    assert data["counts"]["read"] == 20


def test_a_vision_board_is_never_read_as_the_text_board(project):
    data = imported(project, "lmarena", HERE / "lmarena" / "fboulnois_lmarena_vision_first20rows.csv")
    assert {r["benchmark_as_written"] for r in data["rows"]} == {"LMArena vision"}


def test_a_board_file_whose_name_names_no_board_is_refused_not_read_as_text(project, tmp_path):
    # fboulnois' lmarena_image.csv has the text board's columns; only its name says "image"
    data = imported(project, "lmarena", HERE / "lmarena" / "fboulnois_lmarena_image.csv")
    row = data["rows"][0]
    # line 2: 1,1,Imagen-4.0-ultra-generate-preview-06-06,1137,+3/-3,23376,Google,Proprietary,,...
    assert (row["model_as_written"], row["benchmark_as_written"], row["value"], row["n"]) == (
        "Imagen-4.0-ultra-generate-preview-06-06",
        "LMArena image",
        1137.0,
        23376,
    )
    assert {r["benchmark_as_written"] for r in data["rows"]} == {"LMArena image"} and data["counts"]["read"] == 19
    # the same bytes under a name that says no board: refused in one line (it was imported as "LMArena text")
    renamed = tmp_path / "arena_2025-08-06.csv"
    shutil.copy(HERE / "lmarena" / "fboulnois_lmarena_image.csv", renamed)
    other = seed_catalog(tmp_path / "other")
    r = CliRunner().invoke(cli, ["import", "lmarena", str(renamed), "--project", str(other)])
    assert r.exit_code != 0 and r.output.strip().splitlines() == [
        f"Error: {renamed}: the file name does not say which LMArena board it holds (text, vision, image, webdev, "
        "search, copilot); name it as LMArena does, e.g. leaderboard-text.json or lmarena_vision.csv"
    ]
    assert not (other / "results").exists()


def test_the_flat_open_llm_v2_table_keeps_raw_normalized_and_the_revision(project):
    data = imported(
        project, "open-llm-leaderboard", HERE / "open_llm_leaderboard" / "fboulnois_huggingface_v2_flat_first20rows.csv"
    )
    mine = [r for r in data["rows"] if r["model_as_written"] == "dfurman/CalmeRys-78B-Orpo-v0.1"]
    got = {(r["benchmark_as_written"], r["metric"]): r["value"] for r in mine}
    # line 2: ...,51.24,81.63,0.82,61.92,0.73,40.71,0.41,20.02,0.4,36.37,0.59,66.8,0.7,...
    assert got[("IFEval (Open LLM Leaderboard v2)", "accuracy (raw)")] == 82.0
    assert got[("IFEval (normalized, Open LLM Leaderboard v2)", "normalized score")] == 81.63
    assert got[("MMLU-PRO (Open LLM Leaderboard v2)", "accuracy (raw)")] == 70.0
    assert got[("Open LLM Leaderboard v2 average", "mean normalized score")] == 51.24
    assert all(r["setting"] == "Open LLM Leaderboard v2 (lm-eval), bfloat16, revision 7988deb48419" for r in mine)
    assert all(r["as_of"] == "2024-09-24" for r in mine)
    assert data["counts"] == {"read": 260, "imported": 260, "skipped": 0, "unmapped_rows": 0, "unmapped_names": 0,
                              "notes": data["counts"]["notes"]}  # fmt: skip


def test_the_flat_open_llm_v1_table_is_labelled_v1(project):
    data = imported(
        project, "open-llm-leaderboard", HERE / "open_llm_leaderboard" / "fboulnois_huggingface_v1_first20rows.csv"
    )
    mine = {
        r["benchmark_as_written"]: r for r in data["rows"] if r["model_as_written"] == "paloalma/Le_Triomphant-ECE-TW3"
    }
    # line 2: 🤝,paloalma/Le_Triomphant-ECE-TW3,81.31,78.5,90.3,77.81,75.84,85.56,79.83,...
    assert {b: r["value"] for b, r in mine.items()} == {
        "ARC (Open LLM Leaderboard v1)": 78.5,
        "HellaSwag (Open LLM Leaderboard v1)": 90.3,
        "MMLU (Open LLM Leaderboard v1)": 77.81,
        "TruthfulQA (Open LLM Leaderboard v1)": 75.84,
        "Winogrande (Open LLM Leaderboard v1)": 85.56,
        "GSM8K (Open LLM Leaderboard v1)": 79.83,
        "Open LLM Leaderboard v1 average": 81.31,
    }
    assert mine["ARC (Open LLM Leaderboard v1)"]["as_of"] == "2024-05-05"


def test_an_inspect_eval_zip_reads_as_its_json_form(project, tmp_path):
    # the same run as a .eval zip and as JSON (inspect_ai's own test logs)
    folder = HERE / "inspect_eval"
    zipped = imported(project, "inspect", folder / "log_formats.eval")
    other = tmp_path / "other"
    seed_catalog(other)
    plain = imported(other, "inspect", folder / "log_formats.json")
    keep = ("model_as_written", "benchmark_as_written", "metric", "value", "stderr", "n", "per_item", "partial")
    assert (
        [{k: r[k] for k in keep} for r in zipped["rows"]]
        == [{k: r[k] for k in keep} for r in plain["rows"]]
        == [
            {
                "model_as_written": "ollama/llama3.1",
                "benchmark_as_written": "popularity",
                "metric": "match accuracy",
                "value": 0.0,
                "stderr": 0.0,
                "n": 1,
                "per_item": 1,
                "partial": True,
            }
        ]
    )


def test_an_inspect_run_of_several_epochs_counts_samples_not_sample_epochs(project):
    # inspect_ai's log_streaming.eval: 2 samples x 2 epochs, "completed_samples": 4, no "scored_samples";
    # samples/1_epoch_1 I, 1_epoch_2 C, 2_epoch_1 C, 2_epoch_2 C: accuracy 0.75, stderr 0.25
    data = imported(project, "inspect", HERE / "inspect_eval" / "log_streaming.eval")
    keep = ("model_as_written", "benchmark_as_written", "metric", "value", "stderr", "n", "per_item", "partial")
    assert [{k: r[k] for k in keep} for r in data["rows"]] == [
        {
            "model_as_written": "azureai/Meta-Llama-3-1-405B-Instruct-jqf",
            "benchmark_as_written": "popularity",
            "metric": "match accuracy",
            "value": 75.0,
            "stderr": 25.0,
            "n": 2,  # was 4: each sample counted once per epoch
            "per_item": 2,  # the two samples' epoch means (0.5, 1.0): attached now that n counts samples
            "partial": True,  # limit=2 of the dataset's 100
        }
    ]
    assert data["rows"][0]["setting"] == "Inspect AI 0.3.42.dev228+g349eca8e.d20241022, epochs 2"


def test_an_inspect_run_logged_without_scores_is_refused_saying_so(project):
    # inspect_ai's tests/scorer/logs/..._popularity_....eval: status success, 10 samples with "scores": {},
    # and "results": {"scores": []} (it was refused as having "no 0-1 scores (accuracy or mean)")
    path = HERE / "inspect_eval" / "2025-02-11T15-17-00-05-00_popularity_dPiJifoWeEQBrfWsAopzWr.eval"
    r = CliRunner().invoke(cli, ["import", "inspect", str(path), "--project", str(project)])
    assert r.exit_code != 0 and r.output.strip().splitlines() == [
        f"Error: {path}: results.scores: empty: the run was not scored"
    ]


def test_an_inspect_log_compressed_with_zstandard_is_refused_in_one_line(project):
    # inspect_ai's tests/_helpers/fixtures/legacy/retry-2-then-success.eval: every member compressed with
    # Zstandard (zip method 93), which zipfile before Python 3.14 cannot inflate (it was a NotImplementedError
    # traceback)
    path = HERE / "inspect_eval" / "retry-2-then-success.eval"
    r = CliRunner().invoke(cli, ["import", "inspect", str(path), "--project", str(project)])
    assert r.exit_code == 2 and r.output.strip().splitlines() == [
        f"Error: {path}: compressed with Zstandard (zip method 93), which this Python cannot read; "
        "convert it with `inspect log convert --to json` and import the JSON log"
    ]


@pytest.mark.parametrize("fmt", ["inspect", "epoch", "lm-eval"])
def test_a_git_lfs_pointer_is_refused_as_what_it_is(project, fmt):
    # inspect_ai's tests/log/test_eval_log/long_log.eval, as a checkout without Git LFS has it: a three-line
    # pointer, refused as "not valid JSON (Expecting value)" for Inspect and with other parse errors elsewhere
    path = HERE / "inspect_eval" / "long_log.eval"
    r = CliRunner().invoke(cli, ["import", fmt, str(path), "--project", str(project)])
    assert r.exit_code == 2 and r.output.strip().splitlines() == [
        f"Error: {path}: a Git LFS pointer to a file of 514557 bytes, not the file itself: fetch the file "
        "(`git lfs pull`, or the repository's media link) and import that"
    ]


def test_a_zip_that_is_not_an_eval_log_is_refused(project, tmp_path):
    import zipfile

    path = tmp_path / "x.eval"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("other.json", "{}")
    r = CliRunner().invoke(cli, ["import", "inspect", str(path), "--project", str(project)])
    assert r.exit_code == 2 and "a zip without header.json: not an Inspect AI .eval log" in r.output


def test_a_lighteval_results_file_is_refused_by_name(project, tmp_path):
    # lighteval's layout as its documentation gives it (saving-and-reading-results): never an "all" benchmark
    path = tmp_path / "results_2024-04-16T04-20-00.json"
    path.write_text(json.dumps({
        "config_general": {"model_name": "lab/Model", "lighteval_sha": "203045a8"},
        "results": {"leaderboard|arc:challenge|25": {"acc": 0.5, "acc_stderr": 0.01}, "all": {"acc": 0.5}},
    }))  # fmt: skip
    r = CliRunner().invoke(cli, ["import", "lm-eval", str(path), "--model", "m", "--project", str(project)])
    assert r.exit_code == 2
    assert "a lighteval results file (config_general, suite|task|shots keys), not lm-eval's layout" in r.output
    assert not (project / "results").exists()


def test_a_helm_run_is_partial_only_when_its_cap_cut_it_short(project, tmp_path):
    run = tmp_path / "mmlu_philosophy_gpt2"
    shutil.copytree(HERE / "helm" / "mmlu_philosophy_gpt2", run)
    # as run: max_eval_instances 10, and 10 instances evaluated (9 test + 1 valid) of philosophy's 311+
    capped = imported(project, "helm", run / "stats.json")
    assert [r["partial"] for r in capped["rows"]] == [True]
    # the same run with a cap above what it evaluated: the scenario was run whole
    spec = json.loads((run / "run_spec.json").read_text())
    spec["adapter_spec"]["max_eval_instances"] = 1000
    (run / "run_spec.json").write_text(json.dumps(spec))
    other = tmp_path / "other"
    seed_catalog(other)
    whole = imported(other, "helm", run / "stats.json")
    assert [r["partial"] for r in whole["rows"]] == [False]


def test_every_eval_ever_keeps_a_short_metric_name_and_the_effort(project, tmp_path):
    source = HERE / "eee" / "mmlu-pro_01-ai_yi-1.5-34b-chat_676f4465.json"
    plain = imported(project, "eee", source)
    row = plain["rows"][0]
    # metric_config: metric_kind "accuracy", metric_name "MMLU-Pro (overall)", and a description paragraph
    assert (row["metric"], row["setting"]) == ("accuracy", "5-shot CoT")
    # the same record run at two efforts: two settings, never one row or a false conflict
    record = json.loads(source.read_text())
    record["evaluation_results"][0]["generation_config"] = {"additional_details": {"inference_effort": "high"}}
    path = tmp_path / "high.json"
    path.write_text(json.dumps(record))
    other = tmp_path / "other"
    seed_catalog(other)
    high = imported(other, "eee", path)
    assert high["rows"][0]["setting"] == "5-shot CoT, effort high"


def test_a_score_stated_twice_is_one_row_and_two_scores_with_one_locator_neither(project, tmp_path):
    # the MPL-2.0 LMArena CSV lists Yi-34B-Chat twice, same values (lines 201 and 202)
    data = imported(project, "lmarena", HERE / "lmarena" / "fboulnois_lmarena_text.csv")
    assert [r["value"] for r in data["rows"] if r["model_as_written"] == "Yi-34B-Chat"] == [1134.0]
    assert [s for s in data["skipped"] if s["model"] == "Yi-34B-Chat"] == [
        {
            "model": "Yi-34B-Chat",
            "benchmark": "LMArena text",
            "metric": "arena score",
            "locator": "fboulnois_lmarena_text.csv line 202 (rank 201)",
            "reason": "the same score is stated again at fboulnois_lmarena_text.csv line 201 (rank 200)",
        }
    ]
    # two different scores for one model, benchmark, metric and setting, with nothing to tell them apart (one
    # locator): both rows were written, and every `verify` after refused the second as a duplicate of the first
    path = tmp_path / "two.csv"
    path.write_text(
        "model,benchmark,score\nGPT-5 (high),GPQA Diamond,85.7%\nGPT-5 (high),GPQA Diamond,87.3%\n"
        "GPT-5 (high),AIME 2025,94.6%\n"
    )
    other = tmp_path / "other"
    seed_catalog(other)
    two = imported(
        other, "csv", path, "--source-url", "https://x.example", "--reported-by", "X", "--as-of", "2025-12-01"
    )
    assert [r["value"] for r in two["rows"]] == [94.6]
    why = (
        "score: the file gives another score for the same model, benchmark, metric and setting ({}), with nothing to "
        "tell them apart; neither is imported, since which one it means cannot be told"
    )
    assert [(s["locator"], s["reason"]) for s in two["skipped"]] == [
        ("two.csv line 2", why.format("87.3 at two.csv line 3")),
        ("two.csv line 3", why.format("85.7 at two.csv line 2")),
    ]
    assert two["counts"]["read"] == 3 and two["counts"]["imported"] == 1
    (other / "claims").mkdir()
    r = CliRunner().invoke(cli, ["validate", "--project", str(other)])
    assert (r.exit_code, r.stderr) == (0, "")


def test_a_csv_tables_duplicates_are_named_by_line_and_a_repeat_of_a_conflict_is_not_imported(tmp_path):
    # a plain table's locator is one for the whole table: its duplicates named the file alone ('stated again at
    # Table 2'), and a score stated twice beside a third, different one was imported once the two it conflicts
    # with were refused, as if the file gave only it (GPQA 85.7 from line 4 while line 3 says 87.3)
    path = tmp_path / "board.csv"
    path.write_text(
        "model,benchmark,score\nGPT-5 (high),GPQA Diamond,85.7%\nGPT-5 (high),GPQA Diamond,87.3%\n"
        "GPT-5 (high),GPQA Diamond,85.7%\nGPT-5 (high),AIME 2025,94.6%\nGPT-5 (high),AIME 2025,94.6%\n"
    )
    seed_catalog(tmp_path / "p")
    data = imported(
        tmp_path / "p", "csv", path, "--source-url", "https://x.example", "--reported-by", "X",
        "--as-of", "2025-12-01", "--locator", "Table 2",
    )  # fmt: skip
    assert [(r["benchmark_as_written"], r["value"]) for r in data["rows"]] == [("AIME 2025", 94.6)]
    why = (
        "score: the file gives other scores for the same model, benchmark, metric and setting ({}), with nothing to "
        "tell them apart; none is imported, since which one it means cannot be told"
    )
    assert [(s["locator"], s["reason"]) for s in data["skipped"]] == [
        ("Table 2, board.csv line 6", "the same score is stated again at Table 2, board.csv line 5"),
        (
            "Table 2, board.csv line 2",
            why.format("87.3 at Table 2, board.csv line 3; 85.7 at Table 2, board.csv line 4"),
        ),
        (
            "Table 2, board.csv line 3",
            why.format("85.7 at Table 2, board.csv line 2; 85.7 at Table 2, board.csv line 4"),
        ),
        (
            "Table 2, board.csv line 4",
            why.format("85.7 at Table 2, board.csv line 2; 87.3 at Table 2, board.csv line 3"),
        ),
    ]
    assert data["counts"]["read"] == 5


def test_an_epoch_external_table_with_mean_and_se_and_a_record_without_a_model(project):
    data = imported(project, "epoch", HERE / "epoch" / "external_benchmark_terminal_bench.csv")
    first = next(r for r in data["rows"] if r["value"] == 57.8)
    # rec3rmheSkuYbuHJk,Codex CLI,gpt-5.1-codex,57.8%,2.9%,,Terminal-Bench Leaderboard,...
    got = ("model_as_written", "metric", "value", "stderr", "setting", "harness")
    assert tuple(first[k] for k in got) == ("gpt-5.1-codex", "Accuracy mean", 57.8, 2.9, "", "Codex CLI")
    # line 58, "Mini SWE-Agent": mini-SWE-agent, not SWE-agent (the vocabulary read only "mini-swe-agent")
    [mini] = [r for r in data["rows"] if (r["model_as_written"], r["value"]) == ("claude-sonnet-4-20250514", 12.8)]
    assert mini["harness"] == "mini-SWE-agent"
    # GPT-5 ran in Terminus (line 47, 30.0) and in Terminus 2 (line 28, 41.3): two harnesses, never two scores of one
    gpt5 = {(r["harness"], r["value"]) for r in data["rows"] if r["model_as_written"] == "gpt-5-2025-08-07_medium"}
    assert gpt5 == {("Droid", 52.5), ("Terminus 2", 41.3), ("Terminus", 30.0)}
    # lines 8 and 12 name no model version ("multiple models"): skipped with their lines, the others import
    assert [s["reason"] for s in data["skipped"]] == [
        "external_benchmark_terminal_bench.csv line 8: names no model (Model version is empty)",
        "external_benchmark_terminal_bench.csv line 12: names no model (Model version is empty)",
    ]
    c = data["counts"]
    assert c["read"] == 61 and c["read"] == c["imported"] + c["skipped"] + c["unmapped_rows"]


def test_helm_mean_win_rates_are_named_with_their_suite_and_cite_their_own_url(project):
    # two real Every Eval Ever records of one model: HELM Lite and HELM MMLU, each with a "Mean win rate"
    lite = imported(project, "eee", HERE / "eee" / "helm_lite_01-ai_yi-34b_7b4a4c6d.json")
    mmlu = imported(project, "eee", HERE / "eee" / "helm_mmlu_01-ai_yi-34b_ce5acf2d.json")
    wins = {
        r["benchmark_as_written"]: (r["metric"], r["value"], r["source"], r["as_of"])
        for r in lite["rows"] + mmlu["rows"]
        if r["metric"] == "Mean win rate"
    }
    release = "https://storage.googleapis.com/crfm-helm-public/{}/benchmark_output/releases/v1.13.0/groups/{}.json"
    # "score": 0.57 in one, 0.315 in the other: two benchmarks, never one row or a false conflict
    assert wins == {
        "Mean win rate (helm_lite v1.13.0)": (
            "Mean win rate",
            57.0,
            release.format("lite", "core_scenarios"),
            "2026-02-11",
        ),
        "Mean win rate (helm_mmlu v1.13.0)": (
            "Mean win rate",
            31.5,
            release.format("mmlu", "mmlu_subjects"),
            "2026-02-11",
        ),
    }
    # HELM Lite's MMLU is five subjects, not MMLU: every scenario carries its suite, with the short metric
    # name of its description ("EM on MMLU"), never landing on the catalog's MMLU by its bare name
    got = {r["benchmark_as_written"]: (r["benchmark"], r["metric"], r["value"]) for r in lite["rows"]}
    assert got["MMLU (helm_lite v1.13.0)"] == ("mmlu-helm_lite-v1.13.0", "EM", 65.0)
    assert got["MATH (helm_lite v1.13.0)"][1:] == ("Equivalent (CoT)", 37.5)
    assert got["WMT 2014 (helm_lite v1.13.0)"][1:] == ("BLEU-4", 17.2)  # max_score 1: a fraction, not 0.172 %
    assert got["MMLU (helm_lite v1.13.0)"][0] != "mmlu"
    assert len(lite["rows"]) == 10 and len(mmlu["rows"]) == 36
    assert lite["counts"]["skipped"] == 0 and mmlu["counts"]["skipped"] == 0


def test_a_helm_minus_one_is_no_result_and_the_other_rows_import(project):
    # HELM Lite v1.13.0 on Phi-3 7B: GSM8K's "score": -1.0 under "min_score": 0.0 (HELM's mark for no result)
    data = imported(project, "eee", HERE / "eee" / "helm_lite_microsoft_phi-3-small-8k-instruct_181003ea.json")
    assert data["skipped"] == [
        {
            "model": "microsoft/phi-3-small-8k-instruct",
            "benchmark": "GSM8K (helm_lite v1.13.0)",
            "metric": "EM",
            "locator": "Every Eval Ever helm_lite/microsoft_phi-3-small-8k-instruct/1770834614.1822479 "
            "evaluation_results[6]",
            "reason": "score -1 is below the record's own min_score 0: the leaderboard's mark for a result it "
            "does not have, not a score",
        }
    ]
    got = {r["benchmark_as_written"]: r["value"] for r in data["rows"]}
    assert (
        len(got) == 9 and got["MATH (helm_lite v1.13.0)"] == 70.3 and got["Mean win rate (helm_lite v1.13.0)"] == 47.3
    )
    assert data["counts"] == {
        "read": 10,
        "imported": 9,
        "skipped": 1,
        "unmapped_rows": 0,
        "unmapped_names": 0,
        "notes": 9,
    }


def test_a_record_whose_developer_is_unknown_imports_with_add_unmapped(project):
    # Global MMLU Lite on Kaggle: model_info.developer "unknown"; once refused whole (no such organisation)
    data = imported(project, "eee", HERE / "eee" / "global-mmlu-lite_unknown_aya-expanse-32b_938a35f1.json")
    overall = next(r for r in data["rows"] if r["benchmark_as_written"] == "Global MMLU Lite")
    assert (overall["model_as_written"], overall["value"], overall["as_of"]) == (
        "unknown/aya-expanse-32b",
        73.53,
        "2026-02-11",
    )
    # the row's own source_data URL (the record's organisation URL has no scheme)
    assert overall["source"] == "https://www.kaggle.com/datasets/cohere-labs/global-mmlu-lite"
    added = yaml.safe_load((project / "catalog" / "imported.yaml").read_text())
    assert added["organisations"][0]["id"] == "unknown"
    assert added["organisations"][0]["name"] == "Unknown (not stated by the source)"
    assert [m["developer"] for m in added["models"]] == ["unknown"]


def test_epoch_columns_that_are_not_shares_are_never_read_as_percents(project):
    # METR: claude-3-5-sonnet-20240620,CI_high 34.472569,CI_low 9.492954,Time horizon 18.21683,average_score 0.476797
    metr = imported(project, "epoch", HERE / "epoch" / "external_benchmark_metr.csv")
    sonnet = {
        (r["benchmark_as_written"], r["metric"]): r["value"]
        for r in metr["rows"]
        if r["model_as_written"] == "claude-3-5-sonnet-20240620"
    }
    # minutes are their own benchmark, never 18.2 %; the interval's bounds are no scores
    assert sonnet == {("metr (Time horizon)", "Time horizon"): 18.21683, ("metr", "average_score"): 47.6797}
    assert metr["counts"]["read"] == 60 and metr["counts"]["imported"] == 60
    # Factorio: 293206 production units and 30 milestones are not percents; "Lab Success %" 21.9% is one
    factorio = imported(project, "epoch", HERE / "epoch" / "external_benchmark_factorio_learning_environment.csv")
    sonnet = {
        (r["benchmark_as_written"], r["setting"]): (r["value"], r["as_of"])
        for r in factorio["rows"]
        if r["model_as_written"] == "claude-3-5-sonnet-20240620"
    }
    # two records: "Tools None" added 6/3/2025 and "Tools Reflection" added 8/5/2025 (day/month/year)
    assert sonnet == {
        ("factorio_learning_environment (Production score)", "Tools None"): (293206.0, "2025-03-06"),
        ("factorio_learning_environment", "Tools None"): (21.9, "2025-03-06"),
        ("factorio_learning_environment (Milestones)", "Tools None"): (30.0, "2025-03-06"),
        ("factorio_learning_environment (Automation)", "Tools None"): (13.0, "2025-03-06"),
        ("factorio_learning_environment", "Tools Reflection"): (28.1, "2025-05-08"),
    }
    assert "dated by the table's 'Date added' column" in factorio["rows"][0]["notes"]
    # a column named as a percent is a share on 0-100 (the vocabulary knows it: no "not in the vocabulary" note)
    lab = next(r for r in factorio["rows"] if r["metric"] == "Lab Success %")
    assert "metric vocabulary" not in lab["notes"]
    added = yaml.safe_load((project / "catalog" / "imported.yaml").read_text())["benchmarks"]
    kinds = {b["name"]: b.get("metric_kind", "percent") for b in added}
    assert kinds["metr (Time horizon)"] == "points" and kinds["metr"] == "percent"
    assert factorio["skipped"] == []


def test_a_mean_win_rate_whose_file_names_no_suite_says_so(project, tmp_path):
    # the real HELM Lite record without its source_metadata.source_name: no suite to name the aggregate by
    raw = json.loads((HERE / "eee" / "helm_lite_01-ai_yi-34b_7b4a4c6d.json").read_text())
    del raw["source_metadata"]["source_name"]
    path = tmp_path / "no-suite.json"
    path.write_text(json.dumps(raw))
    data = imported(project, "eee", path)
    win = next(r for r in data["rows"] if r["metric"] == "Mean win rate")
    assert win["benchmark_as_written"] == "Mean win rate" and win["value"] == 57.0
    assert (
        "'Mean win rate' is a suite's aggregate, and the file names no suite: map it (--map) to the suite's own "
        "benchmark" in win["notes"]
    )


def test_an_inspect_metric_outside_0_1_is_skipped_with_its_reason_not_dropped(project, tmp_path):
    # a real Inspect log whose scorer also reports a std and a 0-10 judge mean (metrics Inspect scorers can add)
    raw = json.loads((HERE / "inspect" / "evaleval_data_arc_qwen.json").read_text())
    metrics = raw["results"]["scores"][0]["metrics"]
    metrics["std"] = {"name": "std", "value": 0.5773502691896258, "params": {}}
    metrics["judge_mean"] = {"name": "judge_mean", "value": 7.5, "params": {}}
    path = tmp_path / "arc.json"
    path.write_text(json.dumps(raw))
    data = imported(project, "inspect", path)
    assert [(r["metric"], r["value"]) for r in data["rows"]] == [("choice accuracy", pytest.approx(100 / 3))]
    reasons = {s["metric"]: s["reason"] for s in data["skipped"]}
    assert reasons["choice std"] == "'choice std' is not a score (a spread, not a score)"
    assert reasons["choice judge_mean"] == (
        "'choice judge_mean' is on its own scale, not a percent, but arc_easy is scored in percent"
    )
    assert data["counts"]["read"] == 3 and data["counts"]["skipped"] == 2


def test_an_epoch_table_of_several_shares_makes_each_its_own_benchmark(project):
    # external_benchmark_aider_polyglot.csv line 2:
    # recusk6NHwVicJ6kW,gpt-5-2025-08-07_high,88.000,91.600,diff,$0.1300,Aider LLM Leaderboards,...
    data = imported(project, "epoch", HERE / "epoch" / "external_benchmark_aider_polyglot.csv")
    gpt5 = {
        (r["benchmark_as_written"], r["metric"]): r["value"]
        for r in data["rows"]
        if r["model_as_written"] == "gpt-5-2025-08-07_high"
    }
    # the share of edits in the right format is no Aider Polyglot score: both were rows of "aider_polyglot",
    # so GPT-5 (high) had 88.0 and 91.6 on the one benchmark; the cost ($0.13) is no score at all
    assert gpt5 == {
        ("aider_polyglot (Percent correct)", "Percent correct"): 88.0,
        ("aider_polyglot (Percent using correct edit format)", "Percent using correct edit format"): 91.6,
    }
    assert not any(r["benchmark_as_written"] == "aider_polyglot" for r in data["rows"])
    added = yaml.safe_load((project / "catalog" / "imported.yaml").read_text())["benchmarks"]
    assert {b["name"]: b.get("metric_kind", "percent") for b in added} == {
        "aider_polyglot (Percent correct)": "percent",
        "aider_polyglot (Percent using correct edit format)": "percent",
    }
    # five records name no model version, each with both shares: ten values skipped, not five (and two others)
    assert (data["counts"]["read"], data["counts"]["imported"], len(data["skipped"])) == (136, 124, 12)


def test_a_column_of_an_epoch_table_the_catalog_has_says_how_to_map_it(project):
    # the seed catalog has Aider Polyglot; Epoch's table names it aider_polyglot, with two share columns
    path = HERE / "epoch" / "external_benchmark_aider_polyglot.csv"
    r = CliRunner().invoke(
        cli,
        ["import", "epoch", str(path), "--map", "aider_polyglot=Aider Polyglot", "--project", str(project), "--json"],
    )
    data = json.loads(r.stdout)
    why = {u["name"]: u.get("reason") for u in data["unmapped"] if u["kind"] == "benchmark"}
    assert why["aider_polyglot (Percent correct)"] == (
        "the 'Percent correct' column of a table with several score columns, each its own benchmark; "
        "'aider_polyglot' reads as 'Aider Polyglot' (--map aider_polyglot=Aider Polyglot), but which column that "
        "entry means the table does not say: if this one, --map 'aider_polyglot (Percent correct)=Aider Polyglot' "
        "(or add 'aider_polyglot (Percent correct)' to its aliases)"
    )
    # the map the reason gives places the column's rows on the catalog's entry
    mapped = imported(project, "epoch", path, "--map", "aider_polyglot (Percent correct)=Aider Polyglot")
    gpt5 = [r for r in mapped["rows"] if r["model_as_written"] == "gpt-5-2025-08-07_high"]
    assert {(r["benchmark"], r["value"]) for r in gpt5} == {
        ("aider-polyglot", 88.0),
        ("aider_polyglot-percent-using-correct-edit-format", 91.6),
    }
    added = yaml.safe_load((project / "catalog" / "imported.yaml").read_text())["benchmarks"]
    [other] = [b for b in added if b["name"] == "aider_polyglot (Percent using correct edit format)"]
    assert other["notes"] == (
        "the 'Percent using correct edit format' column of a table with several score columns, each its own "
        "benchmark; the table reads as catalog benchmark 'Aider Polyglot': if that entry means this column, add "
        "'aider_polyglot (Percent using correct edit format)' to its aliases and remove this entry"
    )


def test_two_records_of_one_model_in_an_epoch_table_without_ids_both_import(project):
    # The Agent Company's table has no id column, only a UUID: every record's locator was "record ?", so
    # OpenHands-Versa's and OpenHands' runs of claude-3-7-sonnet-20250219 (30.9 and 26.3 % resolved) were one
    # row stated twice with two scores, and neither was imported
    data = imported(project, "epoch", HERE / "epoch" / "external_benchmark_the_agent_company.csv")
    got = sorted(
        (r["value"], r["notes"].split("; ")[1])
        for r in data["rows"]
        if r["model_as_written"] == "claude-3-7-sonnet-20250219" and r["metric"] == "% Resolved"
    )
    assert got == [
        (26.3, "named 'OpenHands + Claude 3.7 Sonnet' in the table"),
        (30.9, "named 'OpenHands-Versa + Claude 3.7 Sonnet' in the table"),
    ]
    assert data["skipped"] == []
    assert (data["counts"]["read"], data["counts"]["imported"]) == (32, 32)


def test_an_epoch_tables_distances_and_counts_are_never_shares(project):
    # CadEval: "Avg Chamfer (mm)" is a distance from the reference shape (0.88 mm for claude-3-7-sonnet-20250219),
    # lower better; "SCAD Gen Success" a count of its 50 tasks. Read as shares, 0.88 mm became "0.88 %" on a
    # higher-is-better benchmark, and 50 tasks a score of 50
    data = imported(project, "epoch", HERE / "epoch" / "external_benchmark_cadeval.csv")
    metrics = {r["metric"] for r in data["rows"]}
    assert "SCAD Gen Success" not in metrics and "Render Successes" not in metrics
    added = {b["name"]: b for b in yaml.safe_load((project / "catalog" / "imported.yaml").read_text())["benchmarks"]}
    chamfer = added["cadeval (Avg Chamfer (mm))"]
    assert (chamfer["metric_kind"], chamfer["higher_is_better"]) == ("points", False)
    row = next(r for r in data["rows"] if r["metric"] == "Avg Chamfer (mm)" and r["value"] == 0.88)
    assert "read as a percent" not in row["notes"]
    assert (data["counts"]["read"], data["counts"]["imported"]) == (119, 119)


def test_an_every_eval_ever_record_of_the_first_schema_is_refused_as_one(project):
    # a schema 0.1.0 record (model_info, evaluation_results, detailed_evaluation_results_per_samples) was
    # refused as "not an Every Eval Ever record"
    path = HERE / "eee" / "ai2_arc_anthropic_claude-sonnet-4-0_40094cf6-b187-475d-8f14-abb71d998c2b.json"
    r = CliRunner().invoke(cli, ["import", "eee", str(path), "--project", str(project)])
    assert r.exit_code == 2 and r.output.strip().splitlines() == [
        f"Error: {path}: schema_version: an Every Eval Ever record of schema 0.1.0, which is not read (0.2 and 0.3 "
        "are: the first schemas tie no dataset or source to each result); import its schema 0.2 copy where Every Eval "
        "Ever has one (it keeps its records in 0.2 or later since February 2026: "
        "huggingface.co/datasets/evaleval/EEE_datastore)"
    ]


def test_a_git_lfs_pointer_with_no_size_is_refused_in_one_line(project, tmp_path):
    # a hand-cut pointer whose size line holds spaces alone: reading its size was an IndexError traceback
    path = tmp_path / "log.eval"
    path.write_bytes(b"version https://git-lfs.github.com/spec/v1\noid sha256:00\nsize   \n")
    r = CliRunner().invoke(cli, ["import", "inspect", str(path), "--project", str(project)])
    assert r.exit_code == 2 and r.output.strip().splitlines() == [
        f"Error: {path}: a Git LFS pointer to a file of ? bytes, not the file itself: fetch the file "
        "(`git lfs pull`, or the repository's media link) and import that"
    ]
