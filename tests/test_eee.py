"""Every Eval Ever records: a result run on a subset of its benchmark is partial (a real record, SOURCES.md)."""

import json
from pathlib import Path

import pytest

from harness.evidence.adapters.eee_helm import helm_column
from tests.conftest import imported

HERE = Path(__file__).parent / "fixtures" / "importers" / "eee"


@pytest.fixture
def project(seeded_project) -> Path:
    return seeded_project


def test_a_result_on_a_subset_of_the_benchmark_s_tasks_is_partial(project):
    # HAL's AssistantBench record of claude-3-7-sonnet (Browser-Use): 0.1669 on "HAL's 33-task AssistantBench split",
    # its source_data saying tasks_evaluated "33" of full_benchmark_size "214"; it was imported as the model's
    # AssistantBench score, not partial, with no count
    record = HERE / "hal-assistantbench_anthropic_claude-3-7-sonnet-20250219_1972de5d-e505-4f0e-8a71-14337ad70988.json"
    [row] = imported(project, "eee", record)["rows"]
    assert (row["benchmark_as_written"], row["value"], row["n"], row["partial"], row["harness"]) == (
        "AssistantBench",
        16.69,
        33,
        True,
        "Browser-Use",
    )
    assert row["notes"] == (
        "evaluator: third_party; dated by the record's retrieved_timestamp, when Every Eval Ever collected it: the "
        "record states no evaluation date; scored 33 of the 214 tasks of its benchmark "
        "(source_data.additional_details); converted from the fraction 0.1669"
    )


def test_a_confidence_interval_that_states_no_level_gives_no_stderr_and_says_so(project):
    # Global MMLU Lite's records (Kaggle's confidenceInterval, 'method': 'unknown') give Arabic 0.7425 with the
    # interval -0.0429 to 0.0429 and no confidence_level: it became an SE of 2.19 points, as if it were a 95 % CI
    data = imported(project, "eee", HERE / "global-mmlu-lite_unknown_aya-expanse-32b_938a35f1.json")
    rows = {r["benchmark_as_written"]: r for r in data["rows"]}
    arabic = rows["Arabic (global-mmlu-lite)"]
    assert (arabic["value"], arabic["stderr"]) == (74.25, None)
    assert arabic["notes"].endswith(
        "; the record's confidence interval -0.0429 to 0.0429 states no confidence level: not read as an SE; "
        "converted from the fraction 0.7425"
    )
    assert all(r["stderr"] is None for r in data["rows"])
    said = [r for r in data["rows"] if "states no confidence level" in r["notes"]]
    assert (len(said), len(data["rows"])) == (16, 19)  # the overall and the two cultural splits give no interval


def test_a_score_under_the_record_s_range_is_not_called_a_missing_result_mark(project):
    # RewardBench 2's Ties of -0.01 under the record's min_score 0 was skipped as "the leaderboard's mark for a
    # result it does not have", which is HELM's -1, not this; the record's range and its score disagree, and it
    # does not say which is wrong
    data = imported(project, "eee", HERE / "reward-bench-2_allenai_open_instruct_dev-rm_100pctflipped_2ad22375.json")
    assert [(s["benchmark"], s["reason"]) for s in data["skipped"]] == [
        (
            "Ties (RewardBench 2)",
            "score -0.01 is below the record's own min_score 0: the record's range does not hold its score, and "
            "which of the two is wrong it does not say",
        )
    ]
    assert [(r["benchmark_as_written"], r["value"]) for r in data["rows"]][:2] == [
        ("Score (RewardBench 2)", 6.07),
        ("Factuality (RewardBench 2)", 2.74),
    ]
    assert (data["counts"]["read"], data["counts"]["imported"]) == (7, 6)


def test_a_helm_result_named_as_its_column_is_its_scenario_and_metric(project, tmp_path):
    # gpt-3.5-turbo-0613 on HELM Classic, one run in two records: the first 0.2 record names its results as the
    # leaderboard's columns ("BoolQ - EM"), the next as scenarios ("BoolQ", "EM on BoolQ"). The first gave the
    # benchmark "BoolQ - EM" with the metric "score", the next "BoolQ" with "EM": one result, two identities
    first = imported(project, "eee", HERE / "helm_classic_openai_gpt-3.5-turbo-0613_039af363_excerpt.json")["rows"]
    other = tmp_path / "other"
    (other / "catalog").mkdir(parents=True)
    for name in ("models.yaml", "benchmarks.yaml"):
        (other / "catalog" / name).write_text((project / "catalog" / name).read_text())
    later = imported(other, "eee", HERE / "helm_classic_openai_gpt-3.5-turbo-0613_8828e9e8_excerpt.json")["rows"]
    expected = [("MMLU (helm_classic v0.4.0)", "EM", 39.1), ("BoolQ (helm_classic v0.4.0)", "EM", 87.0)]
    assert [(r["benchmark_as_written"], r["metric"], r["value"]) for r in first] == expected
    assert [(r["benchmark_as_written"], r["metric"], r["value"]) for r in later] == expected
    # HELM calls BoolQ's quasi-exact match "EM" too: the record's description says which, where it is not EM spelled out
    assert [r["notes"].split("; ")[2:-1] for r in first] == [
        [],
        ["HELM's EM column is \"Quasi-exact match\" in the record's description"],
    ]


def test_a_helm_column_spelled_out_in_the_description_adds_no_note(project):
    # helm_capabilities gpt-oss-120b in the column layout: "IFEval - IFEval Strict Acc" described as "IFEval strict
    # accuracy: ...", "WildBench - WB Score" as "WildBench Score: ...", "Omni-MATH - Acc" as "Omni-MATH Accuracy: ...":
    # each the column's own name spelled out, which the notes repeated as if it were another metric
    rows = imported(project, "eee", HERE / "helm_capabilities_openai_gpt-oss-120b_06719cd4.json")["rows"]
    assert [(r["metric"], r["value"]) for r in rows[3:]] == [
        ("IFEval Strict Acc", 83.6),
        ("WB Score", 84.5),
        ("Acc", 68.8),
    ]
    assert [n for r in rows for n in r["notes"].split("; ") if n.startswith("HELM's")] == []


@pytest.mark.parametrize(
    "edit,benchmark,metric",
    [
        # a part before " - " that is not the result's dataset_name is no scenario: the name is kept whole
        (lambda r: r["source_data"].update(dataset_name="BoolQ v2"), "BoolQ - EM (helm_classic v0.4.0)", "score"),
        # a record stating its metric names it: the column's name is not read for one
        (lambda r: r["metric_config"].update(metric_name="accuracy"), "BoolQ - EM (helm_classic v0.4.0)", "accuracy"),
        # a description naming the metric as the column spells it ("Exact match" is EM): nothing said of it
        (
            lambda r: r["metric_config"].update(evaluation_description="BoolQ.\n\nExact match: Fraction of ..."),
            "BoolQ (helm_classic v0.4.0)",
            "EM",
        ),
    ],
)
def test_a_helm_column_is_read_only_as_its_own_datasets_with_no_metric_stated(
    project, edit, benchmark, metric, tmp_path
):
    record = json.loads((HERE / "helm_classic_openai_gpt-3.5-turbo-0613_039af363_excerpt.json").read_text())
    [boolq] = [r for r in record["evaluation_results"] if r["evaluation_name"] == "BoolQ - EM"]
    edit(boolq)
    path = tmp_path / "helm.json"
    path.write_text(json.dumps(record))
    [row] = [r for r in imported(project, "eee", path)["rows"] if r["benchmark_as_written"].startswith("BoolQ")]
    assert (row["benchmark_as_written"], row["metric"]) == (benchmark, metric)
    assert "HELM's EM column" not in row["notes"]


@pytest.mark.parametrize(
    "column,label,told",
    [
        # HELM Lite's own descriptions (every_eval_ever's helm_lite records): each the column's name, said nowhere
        ("F1", "F1", []),
        ("Equivalent (CoT)", "Equivalent (CoT)", []),
        ("BLEU-4", "BLEU-4", []),
        (
            "EM",
            "Exact match (final number)",
            ["HELM's EM column is \"Exact match (final number)\" in the record's description"],
        ),
        # a name that spells only the column's first words is another metric: the rest of the column is unsaid
        (
            "Equivalent (CoT)",
            "Equivalent",
            ["HELM's Equivalent (CoT) column is \"Equivalent\" in the record's description"],
        ),
        (
            "IFEval Strict Acc",
            "IFEval strict",
            ["HELM's IFEval Strict Acc column is \"IFEval strict\" in the record's description"],
        ),
    ],
)
def test_a_description_spells_a_column_only_with_every_word_of_it(column, label, told):
    description = f"The scenario.\n\n{label}: Fraction of instances ..."
    assert helm_column(f"MATH - {column}", "score", {"evaluation_description": description}, "MATH") == (
        "MATH",
        column,
        told,
    )
