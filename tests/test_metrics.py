"""The metric vocabulary on real lm-eval files: non-scores skipped with reasons, direction and scale kept."""

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from harness.cli.main import cli
from harness.evidence.metrics import load_vocabulary
from tests.conftest import seed_catalog

HERE = Path(__file__).parent / "fixtures" / "importers"
REPO = Path(__file__).parent.parent


@pytest.fixture
def project(tmp_path) -> Path:
    root = tmp_path / "proj"
    seed_catalog(root)
    return root


def imported(project: Path, fmt: str, path: Path, *extra: str) -> dict:
    r = CliRunner().invoke(cli, ["import", fmt, str(path), *extra, "--project", str(project), "--json"])
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)


def test_perplexity_and_bits_per_byte_keep_their_direction_and_scale(project):
    # lm-eval's own CPU regression results: acc (fractions), perplexity, bits_per_byte, sample_len
    data = imported(project, "lm-eval", HERE / "lm_eval" / "cpu_regression_expected.json", "--model", "pythia-14m",
                    "--add-unmapped")  # fmt: skip
    got = {(r["benchmark_as_written"], r["metric"]): r["value"] for r in data["rows"]}
    assert got == {
        ("arc_easy", "acc"): 30.0,
        ("arc_easy", "acc_norm"): 10.0,
        ("lambada_openai", "acc"): 10.0,
        ("lambada_openai (perplexity)", "perplexity"): 605.5452047779999,  # never 605 % nor refused
        ("wikitext (bits_per_byte)", "bits_per_byte"): 1.3393660745008342,
        ("wikitext (byte_perplexity)", "byte_perplexity"): 2.530401076099876,
        ("wikitext (word_perplexity)", "word_perplexity"): 130.4813590639406,
    }
    # sample_len is a count: read, never a score row, and the skip says why
    assert data["counts"] == {
        "read": 10, "imported": 7, "skipped": 3, "unmapped_rows": 0, "unmapped_names": 0, "notes": 7,
    }  # fmt: skip
    assert {s["reason"] for s in data["skipped"]} == {
        "'sample_len' is not a score (lm-eval's count of evaluated samples)"
    }
    added = {b["name"]: b for b in yaml.safe_load((project / "catalog" / "imported.yaml").read_text())["benchmarks"]}
    assert (
        added["wikitext (word_perplexity)"]["higher_is_better"],
        added["wikitext (word_perplexity)"]["metric_kind"],
    ) == (
        False,
        "points",
    )
    assert "higher_is_better" not in added["arc_easy"] and added["arc_easy"].get("metric_kind", "percent") == "percent"
    # the file gives no date: the rows have none and say so, rather than pass the retrieval day off as the source's
    assert all(
        r["as_of"] is None and "undated by the source (this copy was retrieved " in r["notes"] for r in data["rows"]
    )


def test_lm_eval_0_3_results_keep_their_stderr_and_say_their_version(project):
    data = imported(project, "lm-eval", HERE / "lm_eval_03" / "arc_easy-v0-res.json", "--model", "m", "--add-unmapped")
    rows = {r["metric"]: r for r in data["rows"]}
    # {"acc": 0.2474747474747475, "acc_stderr": 0.008855114414834707, ...}
    assert (rows["acc"]["value"], rows["acc"]["stderr"]) == (24.7474747475, 0.8855114415)
    assert (rows["acc_norm"]["value"], rows["acc_norm"]["stderr"]) == (24.0740740741, 0.8772796145)
    assert rows["acc"]["setting"] == "lm-eval 0.3, ?-shot, filter none"
    lambada = imported(project, "lm-eval", HERE / "lm_eval_03" / "lambada_openai-v2.0-res.json", "--model", "m",
                       "--add-unmapped")  # fmt: skip
    ppl = next(r for r in lambada["rows"] if r["metric"] == "ppl")
    assert (ppl["benchmark_as_written"], ppl["value"], ppl["stderr"]) == (
        "lambada_openai (ppl)",
        1.6479047769869253,
        0.006497321146240192,
    )


def test_an_unknown_metric_is_imported_as_written_with_a_note(project):
    data = imported(project, "lm-eval", HERE / "lm_eval_03" / "crows_pairs_english-v0-res.json", "--model", "m",
                    "--add-unmapped")  # fmt: skip
    row = next(r for r in data["rows"] if r["metric"] == "likelihood_difference")
    assert (row["benchmark_as_written"], row["value"], row["stderr"]) == (
        "crows_pairs_english (likelihood_difference)",
        0.3367363060632734,
        0.005827747024053628,
    )
    assert row["notes"].startswith(
        "metric 'likelihood_difference' is not in the metric vocabulary: imported as the source states it "
        "(direction and range unchecked)"
    )


def test_a_source_stated_range_is_kept_never_read_as_a_percent(project, tmp_path):
    # the Every Eval Ever record of 01-ai/Yi-1.5-34B-Chat, its max_score restated as 5 (a judge scale)
    record = json.loads((HERE / "eee" / "mmlu-pro_01-ai_yi-1.5-34b-chat_676f4465.json").read_text())
    result = record["evaluation_results"][0]
    result["metric_config"]["max_score"] = 5
    result["score_details"]["score"] = 3.5
    path = tmp_path / "judge.json"
    path.write_text(json.dumps(record))
    data = imported(project, "eee", path, "--add-unmapped")
    row = next(r for r in data["rows"] if r["value"] == 3.5)
    assert "on the source's 0-5 scale" in row["notes"]
    bench = next(
        b for b in yaml.safe_load((project / "catalog" / "imported.yaml").read_text())["benchmarks"]
        if b["name"] == row["benchmark_as_written"]
    )  # fmt: skip
    assert (bench["metric_kind"], bench["max_score"]) == ("points", 5.0)


def test_fraction_or_percent_is_decided_per_metric_not_per_file(project, tmp_path):
    # a card-like table: one BLEU of 18.13 must not make pass@1 0.18 a percent
    path = tmp_path / "card.csv"
    path.write_text("model,benchmark,metric,score\nGPT-5 (high),HumanEval,pass@1,0.18\nGPT-5 (high),WMT,bleu,18.13\n")
    data = imported(project, "csv", path, "--source-url", "https://x.example", "--reported-by", "X", "--as-of",
                    "2025-12-01", "--add-unmapped")  # fmt: skip
    got = {r["metric"]: r["value"] for r in data["rows"]}
    assert got == {"pass@1": 18.0, "bleu": 18.13}


def test_a_project_extends_the_vocabulary(tmp_path):
    (tmp_path / "metrics.yaml").write_text(
        "metrics:\n  likelihood_difference: {range: unbounded, lower_is_better: true}\n"
    )
    vocab = load_vocabulary(tmp_path)
    assert vocab.lookup("likelihood_difference").lower_is_better is True
    assert vocab.lookup("acc,none").range == "fraction"  # the shipped entries stay
    assert vocab.lookup("acc_stderr").score is False and vocab.lookup("pass@10").range == "fraction"
    assert load_vocabulary(None).lookup("likelihood_difference") is None


def test_truthfulqa_generation_metrics_each_on_their_scale(project):
    data = imported(project, "lm-eval", HERE / "lm_eval_03" / "truthfulqa_gen-v1-res.json", "--model", "m",
                    "--add-unmapped")  # fmt: skip
    got = {r["metric"]: (r["benchmark_as_written"], r["value"]) for r in data["rows"]}
    # "bleurt_acc": 0.835985312117503 (a share), "bleurt_max": -1.4399358725752065 (BLEURT's own scale)
    assert got["bleurt_acc"] == ("truthfulqa_gen", 83.5985312118)
    assert got["bleurt_diff"] == ("truthfulqa_gen (bleurt_diff)", 0.14077322143090107)
    assert got["bleu_max"] == ("truthfulqa_gen", 0.0)  # lm-eval writes BLEU as 0-100
    # BLEURT's own scale goes below 0, which no evidence table holds: skipped, and the skip says why
    assert "bleurt_max" not in got and data["skipped"] == [
        {
            "model": "m",
            "benchmark": "truthfulqa_gen (bleurt_max)",
            "metric": "bleurt_max",
            "locator": "truthfulqa_gen-v1-res.json results['truthfulqa_gen']['bleurt_max']",
            "reason": "score -1.43994 is negative: evidence tables hold no negative scores",
        }
    ]
    assert (data["counts"]["read"], data["counts"]["imported"]) == (15, 14)


def test_a_correlation_is_never_scaled_to_a_percent(project):
    data = imported(project, "lm-eval", HERE / "lm_eval_03" / "cola-v0-res.json", "--model", "m", "--add-unmapped")
    # {"mcc": -0.04538802810223175}: not -4.5 %; below 0, so reported as skipped rather than imported
    assert data["rows"] == [] and [s["reason"] for s in data["skipped"]] == [
        "score -0.045388 is negative: evidence tables hold no negative scores"
    ]
    assert data["skipped"][0]["benchmark"] == "cola (mcc)"
