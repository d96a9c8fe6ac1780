"""Each import format keeps the date its file states (never the import day) and the settings it states.

Every test imports a real file (tests/fixtures/importers/SOURCES.md) into a project with the seed's
catalog, loads the evidence as `verify` does, and checks the rows' dates, settings and identity.
"""

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from harness.claims.catalog import load_catalog
from harness.evidence.loading import load_evidence
from tests.conftest import imported, seed_catalog

HERE = Path(__file__).parent / "fixtures" / "importers"
UNDATED = "undated by the source (this copy was retrieved "


@pytest.fixture
def project(tmp_path) -> Path:
    return seed_catalog(tmp_path / "proj")


def records(project: Path):
    """The rows as `verify` loads them, and the loader's problems (warnings included)."""
    store, problems = load_evidence(project / "results", load_catalog(project / "catalog", project), project)
    return store.records, problems


def test_lm_eval_keeps_the_run_date_and_shots(project):
    imported(project, "lm-eval", HERE / "lm_eval" / "results_2026-01-21T03-44-18.458309.json")
    rows, problems = records(project)
    # "n-shot": {"math_perturbed_full": 0, ...}; the run's own date (2026-01-21), not today
    assert {(r.benchmark_name, r.as_of, r.setting.shots, r.setting.harness) for r in rows} == {
        ("math_perturbed_full", date(2026, 1, 21), 0, "lm-eval"),
        ("math_rephrased_full", date(2026, 1, 21), 0, "lm-eval"),
    }
    assert problems == []


def test_lm_eval_0_3_states_no_date_and_no_shots_and_says_so(project):
    imported(project, "lm-eval", HERE / "lm_eval_03" / "arc_easy-v0-res.json", "--model", "m")
    rows, problems = records(project)
    assert [(r.as_of, r.setting.shots, r.setting_text) for r in rows] == [
        (None, None, "lm-eval 0.3, shots not stated, filter none")
    ] * 2
    assert all(UNDATED in r.notes for r in rows)
    assert problems == []  # the label says the shots are not stated: no "not understood" warning


def test_a_model_card_keeps_each_results_shots_and_config(project):
    imported(project, "model-card", HERE / "model_card" / "acrastt_Bean-3B_README.md")
    rows, _ = records(project)
    got = {r.benchmark_name: (r.as_of, r.setting.shots, r.setting.subset) for r in rows}
    # dataset.args.num_few_shot: 25; config: ARC-Challenge is the benchmark, the leaderboard's ARC; a card gives no date
    assert got["ARC (Open LLM Leaderboard v1)"] == (None, 25, None)
    assert got["HellaSwag (Open LLM Leaderboard v1)"] == (None, 10, None)
    assert all(UNDATED in r.notes for r in rows)


def test_a_model_card_s_v1_leaderboard_result_is_compared_with_the_leaderboard_table_s(project):
    # the card's config (ARC-Challenge) was its subset, the table's precision (float16) is the table's: the two
    # settings differed, so a claim never compared Bean-3B with a model of the table
    imported(project, "model-card", HERE / "model_card" / "acrastt_Bean-3B_README.md")
    imported(
        project, "open-llm-leaderboard", HERE / "open_llm_leaderboard" / "fboulnois_huggingface_v1_first20rows.csv"
    )
    rows, _ = records(project)
    arc = {r.model_name: r.setting for r in rows if r.benchmark_name == "ARC (Open LLM Leaderboard v1)"}
    assert arc["Bean-3B"].differences(arc["SF-Foundation/Ein-70B-v2"]) == []


def test_epoch_runs_keep_each_runs_day_and_the_effort_in_the_model(project):
    imported(project, "epoch", HERE / "epoch" / "benchmarks_runs.csv")
    rows, _ = records(project)
    frontier = {
        r.model_name: (r.value, r.as_of)
        for r in rows
        if r.benchmark_name == "FrontierMath-2025-02-28-Private" and r.model_name.startswith("o3-2025-04-16")
    }
    # started_at "16 November 2025 8:17pm" and "... 3:35pm": each run's own day; low and high effort two models
    assert frontier == {
        "o3-2025-04-16_low": (pytest.approx(9.7), date(2025, 11, 16)),
        "o3-2025-04-16_medium": (pytest.approx(16.9), date(2025, 11, 16)),
        "o3-2025-04-16_high": (pytest.approx(18.7), date(2025, 11, 16)),
    }


def test_an_lmarena_board_is_undated_unless_told_and_keeps_its_category(project, tmp_path):
    source = HERE / "lmarena" / "leaderboard-text-2025-12-11-excerpt.json"
    imported(project, "lmarena", source)
    rows, _ = records(project)
    assert {r.as_of for r in rows} == {None} and all(UNDATED in r.notes for r in rows)
    assert {r.benchmark_name for r in rows} == {"LMArena text"}
    # the same real board, dated by the user and named as LMArena names its style-control export
    other = seed_catalog(tmp_path / "other")
    styled = tmp_path / "leaderboard-text-style-control.json"
    shutil.copy(source, styled)
    imported(other, "lmarena", styled, "--as-of", "2025-12-11")
    rows, _ = records(other)
    # style control is its own board (never one row with the plain board, nor a conflict with it)
    assert {(r.benchmark_name, r.as_of) for r in rows} == {("LMArena text (style control)", date(2025, 12, 11))}
    # the vision board of LMArena's CSV export is its own board too
    imported(other, "lmarena", HERE / "lmarena" / "fboulnois_lmarena_vision_first20rows.csv")
    rows, _ = records(other)
    assert "LMArena vision" in {r.benchmark_name for r in rows}


def test_the_open_llm_leaderboard_keeps_submission_date_revision_and_precision(project):
    imported(
        project, "open-llm-leaderboard", HERE / "open_llm_leaderboard" / "fboulnois_huggingface_v2_flat_first20rows.csv"
    )
    rows, _ = records(project)
    [ifeval] = [
        r
        for r in rows
        if r.model_name == "dfurman/CalmeRys-78B-Orpo-v0.1" and r.benchmark_name == "IFEval (Open LLM Leaderboard v2)"
    ]
    # submission_date 2024-09-24, precision bfloat16, model_sha 7988deb48419c3f5...
    assert ifeval.as_of == date(2024, 9, 24)
    assert ifeval.setting_text == "Open LLM Leaderboard v2 (lm-eval), bfloat16, revision 7988deb48419"
    # the shots its About page states for each benchmark (0-shot IFEval, 5-shot MMLU-PRO), raw and normalized
    shots = {r.benchmark_name: r.setting.shots for r in rows if r.model_name == "dfurman/CalmeRys-78B-Orpo-v0.1"}
    assert shots["IFEval (Open LLM Leaderboard v2)"] == 0
    assert shots["MMLU-PRO (normalized, Open LLM Leaderboard v2)"] == 5


def test_every_eval_ever_keeps_the_records_date_and_prompt_style(project):
    imported(project, "eee", HERE / "eee" / "mmlu-pro_01-ai_yi-1.5-34b-chat_676f4465.json")
    rows, _ = records(project)
    overall = next(r for r in rows if r.benchmark_name == "MMLU-Pro (overall)")
    # retrieved_timestamp 1777613486.918081 (2026-05-01); prompt_style "5-shot CoT"
    assert (overall.as_of, overall.setting.shots, overall.setting.prompt) == (date(2026, 5, 1), 5, "CoT")


@pytest.mark.parametrize(
    "path, day, note",
    [
        # eval.created 2025-10-21T00:40:45+02:00 is 22:40:45 on the 20th in UTC, the day its Unix time 1761000045
        # (Every Eval Ever's record of the run) gives: it was dated the 21st, a day apart from the same run
        (
            "inspect/evaleval_data_arc_sonnet.json",
            date(2025, 10, 20),
            "logged 2025-10-21T00:40:45+02:00: dated 2025-10-20, its date in UTC",
        ),
        ("inspect_eval/log_formats.eval", date(2024, 10, 15), ""),  # 2024-10-15T12:53:13-04:00: the 15th in UTC too
    ],
)
def test_an_inspect_log_is_dated_by_the_utc_day_its_eval_was_created(project, path, day, note):
    imported(project, "inspect", HERE / path)
    [row], _ = records(project)
    assert (row.as_of, row.setting.harness) == (day, "Inspect AI")
    assert "epochs 1" in row.setting_text
    assert [part for part in row.notes.split("; ") if part.startswith("logged")] == ([note] if note else [])


def test_a_time_stamp_gives_one_day_whatever_the_format():
    from harness.evidence.adapters.foreign import day

    # one instant as Inspect, Every Eval Ever (a Unix time) and a UTC ISO time write it
    assert {day("2025-10-21T00:40:45+02:00"), day(1761000045), day("1761000045.0"), day("2025-10-20T22:40:45Z")} == {
        date(2025, 10, 20)
    }
    assert day("2025-10-20T23:00:00-05:00") == date(2025, 10, 21)  # west of UTC: the next day there
    assert day("2025-10-21T00:40:45") == date(2025, 10, 21)  # no zone: the date written
    assert day("2025-10-21") == date(2025, 10, 21)


def test_a_helm_run_is_undated_and_keeps_shots_and_method(project):
    imported(project, "helm", HERE / "helm" / "mmlu_philosophy_gpt2" / "stats.json")
    [row], _ = records(project)
    # run_spec.json: max_train_instances 5, method multiple_choice_joint; HELM run files state no date
    assert (row.as_of, row.setting.shots, row.setting.prompt, row.setting.harness) == (
        None,
        5,
        "multiple_choice_joint",
        "HELM",
    )
    assert UNDATED in row.notes


def test_dated_snapshots_stay_apart_across_sources(project):
    # LMArena rates GPT-4o-2024-05-13 at 1302 and GPT-4o-2024-08-06 at 1285 (two snapshots, two models)
    arena = imported(project, "lmarena", HERE / "lmarena" / "fboulnois_lmarena_text.csv")
    four_o = {r["model_as_written"]: r["model"] for r in arena["rows"] if r["model_as_written"].startswith("GPT-4o-2")}
    assert four_o == {"GPT-4o-2024-05-13": "gpt-4o-2024-05-13", "GPT-4o-2024-08-06": "gpt-4o-2024-08-06"}
    # Epoch's MMLU table names them "GPT-4o (2024-05-13)" and "GPT-4o" (model version gpt-4o-2024-11-20):
    # the dated version decides the model, never the undated display name
    epoch = imported(project, "epoch", HERE / "epoch" / "external_benchmark_mmlu.csv")
    got = {(r["model"], r["value"]) for r in epoch["rows"] if r["model"].startswith("gpt-4o-20")}
    assert got == {("gpt-4o-2024-05-13", 84.2), ("gpt-4o-2024-08-06", 84.3), ("gpt-4o-2024-11-20", 88.1)}
    assert epoch["unmapped"] == []


def test_a_0_shot_and_a_5_shot_score_are_two_settings_not_a_conflict(project):
    # Epoch's MMLU table: AquilaChat2 34B at 65.2 % 0-shot and 66.7 % 5-shot, both from the Yi report
    epoch = imported(project, "epoch", HERE / "epoch" / "external_benchmark_mmlu.csv")
    aquila = [r for r in epoch["rows"] if r["model_as_written"] == "AquilaChat2 34B"]
    assert sorted(r["value"] for r in aquila) == [65.2, 66.7]
    assert not any("another score" in r["notes"] for r in aquila)
    rows, problems = records(project)
    assert sorted((r.setting.shots, r.value) for r in rows if r.model_name == "AquilaChat2 34B") == [
        (0, 65.2),
        (5, 66.7),
    ]
    assert not [p for p in problems if "duplicates" in p.message]


def test_lm_eval_0_3_with_its_config_keeps_the_shots_it_states(project):
    # lm-eval 0.3's main.py wrote "config": {"num_fewshot": 8, ...} beside "results" and "versions": the one
    # shot count of every task, and no "n-shot" (read as 0.4.x with 'shots not stated' before)
    imported(project, "lm-eval", HERE / "lm_eval_03" / "bloom-560m_gsm8k_8-shot.json")
    imported(project, "lm-eval", HERE / "lm_eval_03" / "mpt-7b_superglue_0-shot.json")
    rows, problems = records(project)
    got = {
        (r.model_name, r.benchmark_name, r.metric): (r.value, r.stderr, r.setting.shots, r.setting_text) for r in rows
    }
    assert got[("bigscience/bloom-560m", "gsm8k", "acc")] == (
        0.5307050796,
        0.2001305721,
        8,
        "lm-eval 0.3, 8-shot, filter none",
    )
    # "boolq": {"acc": 0.7382262996941896, "acc_stderr": 0.007688653730439849}; "cb" states f1 without a stderr
    assert got[("mosaicml/mpt-7b", "boolq", "acc")] == (
        73.8226299694,
        0.768865373,
        0,
        "lm-eval 0.3, 0-shot, filter none",
    )
    assert got[("mosaicml/mpt-7b", "cb", "f1")] == (21.2698412698, None, 0, "lm-eval 0.3, 0-shot, filter none")
    assert len([k for k in got if k[0] == "mosaicml/mpt-7b"]) == 9
    assert problems == []


def test_an_lm_eval_group_says_it_aggregates_its_subtasks(project):
    # results-0.4.3 mamba2-130m: "groups": {"glue": {"acc,none": 0.37075690805145306, ...}} and
    # "group_subtasks": {"glue": ["wnli", "sst2", "rte", "qqp", "qnli", "mrpc", "mnli_mismatch", "mnli", "cola"]}:
    # glue's acc pools eight tasks' accuracies and its mcc is CoLA's alone; no GLUE score
    data = imported(project, "lm-eval", HERE / "lm_eval_04" / "results_2025-03-02T06-44-13.841373.json")
    rows = {(r["benchmark_as_written"], r["metric"]): r for r in data["rows"]}
    glue = rows[("glue", "acc")]
    assert (glue["value"], glue["stderr"], glue["n"]) == (37.0756908051, 0.1852649938, None)
    # each note names only the subtasks that report its metric (both said "the aggregate of 9 subtasks (cola, ...)")
    assert glue["notes"].startswith(
        "an lm-eval group: the aggregate of the 8 of its 9 subtasks that report acc (mnli, mnli_mismatch, mrpc, ...); "
    )
    assert rows[("glue", "f1")]["notes"].startswith(
        "an lm-eval group: the aggregate of the 2 of its 9 subtasks that report f1 (mrpc, qqp); "
    )
    assert rows[("glue (mcc)", "mcc")]["notes"].startswith(
        "an lm-eval group: the aggregate of cola alone, the one of its 9 subtasks that reports mcc; "
    )
    # a task is no group: sciq acc 0.81 over its 1000 items
    sciq = rows[("sciq", "acc")]
    assert (sciq["value"], sciq["n"], "group" in sciq["notes"]) == (81.0, 1000, False)
    assert len(data["rows"]) == 27


def test_every_eval_ever_dates_a_result_by_when_it_was_run_where_the_record_says(project, tmp_path):
    # the schema's optional evaluation_timestamp (record-level, and per result where results ran at
    # different times) is when the evaluation ran; retrieved_timestamp is when Every Eval Ever
    # collected it (2026-02-11 for HELM Lite v1.13.0 results of 2024). The real record carries neither
    # evaluation date, so the test adds them, once per level
    record = json.loads((HERE / "eee" / "helm_lite_01-ai_yi-34b_7b4a4c6d.json").read_text())
    record["evaluation_timestamp"] = "2024-04-30T12:00:00Z"
    record["evaluation_results"][1]["evaluation_timestamp"] = "1717200000"  # 2024-06-01 (Unix time)
    path = tmp_path / "record.json"
    path.write_text(json.dumps(record))
    data = imported(project, "eee", path)
    got = [(r["benchmark_as_written"], r["as_of"], r["notes"].split("; ")[1]) for r in data["rows"][:3]]
    assert got == [
        (
            "Mean win rate (helm_lite v1.13.0)",
            "2024-04-30",
            "dated by the record's evaluation_timestamp, when it was run (Every Eval Ever retrieved it 2026-02-11)",
        ),
        (
            "NarrativeQA (helm_lite v1.13.0)",
            "2024-06-01",
            "dated by the result's evaluation_timestamp, when it was run (Every Eval Ever retrieved it 2026-02-11)",
        ),
        (
            "NaturalQuestions (closed-book) (helm_lite v1.13.0)",
            "2024-04-30",
            "dated by the record's evaluation_timestamp, when it was run (Every Eval Ever retrieved it 2026-02-11)",
        ),
    ]


def test_every_eval_ever_says_a_row_is_dated_by_its_retrieval(project):
    data = imported(project, "eee", HERE / "eee" / "helm_lite_01-ai_yi-34b_7b4a4c6d.json")
    row = data["rows"][0]
    assert row["as_of"] == "2026-02-11"  # retrieved_timestamp 1770834614.1822479
    assert (
        "dated by the record's retrieved_timestamp, when Every Eval Ever collected it: the record states no "
        "evaluation date" in row["notes"]
    )


def test_every_eval_ever_keeps_the_agent_and_effort_a_leaderboard_ran(project):
    # HAL's GAIA records of claude-3-7-sonnet-20250219, inference_effort "high" in both: 0.6424 with the
    # "HAL Generalist Agent", 0.3576 with "HF Open Deep Research". Neither the agent nor "effort high" was
    # read as a setting, so the two were one setting's conflicting scores
    # The agent is the row's harness, set by the importer from its own field (not "Agent X" in the setting
    # text for the shared parser to read back, which read a user's "Agent mode" as the harness "mode")
    imports = [
        imported(project, "eee", HERE / "eee" / f"hal-gaia_anthropic_claude-3-7-sonnet-20250219_{name}.json")
        for name in ("101c697f-6b90-41dc-8d00-30481e0ab429", "2905b072-b13a-4585-bdc9-ad2b8ed213bf")
    ]
    assert sorted((r["harness"], r["setting"]) for d in imports for r in d["rows"] if r["value"] in (64.24, 35.76)) == [
        ("HAL Generalist Agent", "effort high"),
        ("HF Open Deep Research", "effort high"),
    ]
    rows, _ = records(project)
    got = sorted((r.value, r.setting.harness, r.setting.effort) for r in rows if r.benchmark_name == "GAIA")
    assert got == [(35.76, "HF Open Deep Research", "high"), (64.24, "HAL Generalist Agent", "high")]
    assert len({r.setting.label() for r in rows if r.benchmark_name == "GAIA"}) == 2


@pytest.mark.parametrize(
    "name, expected",
    [
        # limit 20000, 585 samples x 4 epochs all completed (the log's dataset count, trimmed to 1, is under that):
        # it was marked partial, 'limit=20000 of 1 samples', where the limit cut nothing
        (
            "evaleval_data_cyse2_vuln_exploit_challenges.json",
            [("vul_exploit_scorer accuracy", 585, False, ""), ("vul_exploit_scorer mean", 585, False, "")],
        ),
        ("evaleval_data_intercode_ctf_local_path.json", [("includes accuracy", 79, False, "")]),
        # 78 of 80 samples completed: it was not marked partial
        (
            "evaleval_data_cvebench_empty_choices.json",
            [("check_exploit mean", 78, True, "78 of the 80 samples it set out to score were scored")],
        ),
        # limit 3 of a dataset of 2,376: partial, as before
        ("evaleval_data_arc_qwen.json", [("choice accuracy", 3, True, "limit=3 of 2376 samples")]),
    ],
)
def test_an_inspect_run_is_partial_where_its_limit_or_failed_samples_cut_it(project, name, expected):
    out = imported(project, "inspect", HERE / "inspect" / name)
    got = [(r["metric"], r["n"], r["partial"], r["notes"].split("; ")[0]) for r in out["rows"]]
    assert [(m, n, p, note if note.startswith(("limit", "78 of")) else "") for m, n, p, note in got] == expected
    rows, _ = records(project)
    assert sorted(r.partial for r in rows) == sorted(p for _, _, p, _ in expected)
