"""HELM runs: what an import of one metric says of the run's other metrics (real runs, SOURCES.md)."""

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from harness.cli.main import cli
from tests.conftest import imported

HERE = Path(__file__).parent / "fixtures" / "importers" / "helm"


@pytest.fixture
def project(seeded_project) -> Path:
    return seeded_project


def test_the_runs_other_metrics_are_named_not_left_unsaid(project):
    # HELM safety v4, BBQ on gpt-4o: the import reads exact_match 0.95; the run also states its two bias scores
    # (and bbq_accuracy), which were dropped without a word, as if the row were all the run gave
    [row] = imported(project, "helm", HERE / "bbq_gpt-4o_safety_v4" / "stats.json")["rows"]
    assert (row["metric"], row["value"]) == ("exact_match", 95.0)
    assert row["notes"].startswith(
        "not imported: the run's other metrics on test, bbq_accuracy, bbq_metric_ambiguous_bias, "
        "bbq_metric_unambiguous_bias, bits_per_byte, exact_match@5, logprob, logprob_per_byte, perplexity and 6 more "
        "(an import reads one metric; --metric NAME reads another);"
    )


def test_the_metric_asked_for_is_not_among_the_others_and_counts_and_tokens_never_are(project):
    # MMLU philosophy on gpt2, --metric quasi_exact_match: exact_match is named as another; num_instances,
    # inference_runtime and the finish reasons are HELM's bookkeeping, never named
    [row] = imported(project, "helm", HERE / "mmlu_philosophy_gpt2" / "stats.json", "--metric", "quasi_exact_match")[
        "rows"
    ]
    assert (
        "not imported: the run's other metrics on test, bits_per_byte, exact_match, exact_match@5, logprob, "
        "logprob_per_byte, perplexity, prefix_exact_match, prefix_exact_match@5 and 3 more "
        "(an import reads one metric; --metric NAME reads another)"
    ) in row["notes"]


@pytest.mark.parametrize(
    ("metric", "value", "how"),
    [
        ("rouge_l", 5.3655107779, "rouge_l on 0-1 (rouge_score's F-measure)"),
        ("bleu_1", 3.5688405797, "bleu_1 on 0-1 (nltk's sentence BLEU)"),
    ],
)
def test_rouge_and_bleu_are_read_on_the_0_1_scale_helm_computes_them_on(project, metric, value, how):
    # narrative_qa on gpt2, --metric rouge_l: HELM's rouge_l 0.0536551 is rouge_score's F-measure, on 0-1; the
    # vocabulary's ROUGE may be written either way, and the import refused it asking for --scale
    [row] = imported(project, "helm", HERE / "narrative_qa_gpt2" / "stats.json", "--metric", metric)["rows"]
    assert (row["metric"], row["value"], row["n"]) == (metric, value, 4)
    assert row["notes"].startswith(f"HELM computes {how}; stderr computed from per_instance_stats.json;")
    assert "converted from the fraction" in row["notes"]


def test_a_file_of_the_run_that_is_a_git_lfs_pointer_is_refused_saying_so(project, tmp_path):
    # a run folder checked out without its Git LFS files (a run's per_instance_stats.json runs to megabytes): the
    # import was refused as "per_instance_stats.json:1: not valid JSON (Expecting value)", which hid why
    run = tmp_path / "run"
    shutil.copytree(HERE / "narrative_qa_gpt2", run)
    (run / "per_instance_stats.json").write_text(
        "version https://git-lfs.github.com/spec/v1\n"
        "oid sha256:239ee97a5cb9109370cccccf4274f3cee3f1c5e49af0dd644a91e770b14f41b8\n"
        "size 751000\n"
    )
    r = CliRunner().invoke(cli, ["import", "helm", str(run / "stats.json"), "--project", str(project)])
    assert (r.exit_code, r.stderr) == (
        2,
        f"Error: {run / 'per_instance_stats.json'}: a Git LFS pointer to a file of 751000 bytes, not the file "
        "itself: fetch it (`git lfs pull`)\n",
    )
