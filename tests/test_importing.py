"""`benchclaims import`: each publisher format on its real fixture, values checked against the file."""

import csv
import dataclasses
import io
import json
import math
import os
import shlex
import shutil
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from harness.claims.catalog import load_catalog
from harness.cli.main import cli
from harness.errors import InputError, UsageError
from harness.evidence.adapters.base import ImportOptions
from harness.evidence.importing import import_source
from harness.evidence.loading import load_evidence

HERE = Path(__file__).parent / "fixtures" / "importers"
REPO = Path(__file__).parent.parent


@pytest.fixture
def project(tmp_path) -> Path:
    """A project with the seed catalog and no evidence yet."""
    root = tmp_path / "proj"
    root.mkdir()
    # the seed's hand-written catalog: its imported entries and reviewed aliases belong to its own evidence
    shutil.copytree(REPO / "catalog", root / "catalog", ignore=shutil.ignore_patterns("imported.yaml", "aliases"))
    return root


def run(project: Path, *args: str):
    return CliRunner().invoke(cli, ["import", *args, "--project", str(project)])


def imported(project: Path, *args: str, code: int = 0) -> dict:
    """The --json report; `code` 2: an import whose every value was skipped, refused with one line."""
    r = run(project, *args, "--json")
    assert r.exit_code == code, r.output
    assert ("nothing imported: " in r.stderr) == (code == 2)
    return json.loads(r.stdout)


def rows_by(data: dict, key: str) -> dict:
    return {row[key]: row for row in data["rows"]}


def files(project: Path) -> dict[str, bytes]:
    return {str(p.relative_to(project)): p.read_bytes() for p in sorted(project.rglob("*")) if p.is_file()}


def store(project: Path):
    catalog = load_catalog(project / "catalog", project)
    evidence, problems = load_evidence(project / "results", catalog, project)
    assert problems == []
    return evidence


# --- epoch ---------------------------------------------------------------------------------------


def epoch_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "epoch"
    folder.mkdir()
    for name in ("benchmarks_runs.csv", "model_versions.csv"):
        shutil.copy(HERE / "epoch" / name, folder / name)
    return folder / "benchmarks_runs.csv"


@pytest.mark.parametrize(
    "content,why",
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "file is binary, not text"),
        (b"", "not Epoch's model versions table: expected an id column (and Model, Display name)"),
        (b"model,release\ngpt-5,2025-08-07\n", "not Epoch's model versions table: expected an id column (and Model, Display name)"),
        (b"id,Model\ngpt-5-2025-08-07_high,GPT-5 \xe9\n", "2: file is not UTF-8 (byte 37): save it as UTF-8"),
    ],
)  # fmt: skip
def test_a_model_versions_table_beside_the_runs_that_cannot_be_read_is_refused(project, tmp_path, content, why):
    # it was read as no table, unsaid: every run kept its bare version id, its display names and effort never applied
    runs = epoch_copy(tmp_path)
    runs.with_name("model_versions.csv").write_bytes(content)
    r = run(project, "epoch", str(runs))
    where = "" if why[0].isdigit() else " "  # a line number follows the name after a colon
    assert (r.exit_code, r.stderr) == (2, f"Error: {runs.with_name('model_versions.csv')}:{where}{why}\n")


def test_epoch_runs_import_with_exact_values_and_names_resolved_through_epochs_own_names(project, tmp_path):
    data = imported(project, "epoch", str(epoch_copy(tmp_path)))
    got = {(r["model"], r["model_as_written"], r["benchmark"]): (r["value"], r["stderr"]) for r in data["rows"]}
    # benchmarks_runs.csv: "gpt-5-2025-08-07_high,0.862,choice:0.86±0.02" and so on
    assert got == {
        ("gemini-2.5-pro", "gemini-2.5-pro", "gpqa-diamond"): (85.3, 2.0),
        ("kimi-k2-thinking", "kimi-k2-thinking-turbo", "gpqa-diamond"): (84.2, 2.0),
        ("gpt-5-high", "gpt-5-2025-08-07_high", "gpqa-diamond"): (86.2, 2.0),
    }
    unmapped = {(u["kind"], u["name"]): u for u in data["unmapped"]}
    # another effort of GPT-5 is never folded into GPT-5 (high)
    assert ("model", "gpt-5-2025-08-07_medium") in unmapped
    assert unmapped[("benchmark", "OTIS Mock AIME 2024-2025")]["closest"][0] == "AIME 2025"
    assert data["snapshot"]["new"] is True
    snap = project / data["snapshot"]["path"]
    assert sorted(p.name for p in snap.iterdir()) == ["benchmarks_runs.csv", "model_versions.csv", "snapshot.json"]
    assert (snap / "benchmarks_runs.csv").read_bytes() == (HERE / "epoch" / "benchmarks_runs.csv").read_bytes()
    rec = {r.model: r for r in store(project).records}["gpt-5-high"]
    assert (rec.value, rec.stderr, rec.reported_by, rec.first_party) == (86.2, 2.0, "Epoch AI", False)
    assert rec.model_name == "gpt-5-2025-08-07_high" and rec.snapshot == data["snapshot"]["sha256"]
    assert rec.source_url.startswith("https://logs.epoch.ai/inspect-viewer/")
    assert rec.as_of.isoformat() == "2025-10-29"


def test_a_local_source_is_recorded_by_file_name_and_sha_never_by_its_absolute_path(project, tmp_path):
    (tmp_path / "somewhere" / "private").mkdir(parents=True)
    outside = epoch_copy(tmp_path / "somewhere" / "private")
    data = imported(project, "epoch", str(outside))
    index = json.loads((project / data["snapshot"]["path"] / "snapshot.json").read_text())
    assert (index["source"], index["sha256"]) == ("file:benchmarks_runs.csv", data["snapshot"]["sha256"])
    assert data["snapshot"]["source"] == "file:benchmarks_runs.csv"
    written = [p.read_bytes() for p in (project / "results").rglob("*") if p.is_file()]
    assert not [b for b in written if str(tmp_path).encode() in b]  # no folder of the importer's machine
    inside = project / "downloads" / "benchmarks_runs.csv"
    inside.parent.mkdir()
    inside.write_bytes(outside.read_bytes().replace(b"0.862", b"0.863"))
    shutil.copy(outside.with_name("model_versions.csv"), inside.with_name("model_versions.csv"))
    assert imported(project, "epoch", str(inside))["snapshot"]["source"] == "downloads/benchmarks_runs.csv"


def test_identical_reimport_adds_nothing(project, tmp_path):
    source = epoch_copy(tmp_path)
    first = imported(project, "epoch", str(source))
    before = files(project)
    again = imported(project, "epoch", str(source))
    assert again["snapshot"] == {**first["snapshot"], "new": False}
    assert again["rows"] == first["rows"]
    assert files(project) == before


def test_malformed_epoch_file_writes_nothing(project, tmp_path):
    source = epoch_copy(tmp_path)
    text = source.read_text(encoding="utf-8-sig").replace("choice:0.86±0.02", "choice:zero", 1)
    source.write_text(text, encoding="utf-8")
    r = run(project, "epoch", str(source))
    assert r.exit_code == 2
    assert "Scores must read scorer:value±stderr, got 'choice:zero'" in r.output
    assert not (project / "results").exists()


def test_epoch_external_table_keeps_each_rows_own_source(project):
    data = imported(project, "epoch", str(HERE / "epoch" / "external_benchmark_mmlu.csv"), "--add-unmapped")
    first = next(r for r in data["rows"] if r["model_as_written"] == "Amazon Nova Lite")
    # external_benchmark_mmlu.csv line 2: Amazon Nova Lite,77.0%,...,Stanford CRFM Leaderboard,https://crfm...
    assert (first["value"], first["reported_by"]) == (77.0, "Stanford CRFM Leaderboard")
    assert first["source"] == "https://crfm.stanford.edu/helm/lite/latest/#/leaderboard/mmlu"


def test_two_scores_one_file_gives_one_model_each_note_the_other(project):
    # Epoch's LiveBench table files two records under Phi-3-mini-4k-instruct (record phi-3-mini-128k-instruct:
    # 22.36; phi-3-mini-4k-instruct: 22.08): both rows stay, a conflict, and only the second said so
    data = imported(project, "epoch", str(HERE / "epoch" / "external_benchmark_livebench.csv"), "--add-unmapped")
    phi = [
        r for r in data["rows"] if r["model_as_written"] == "Phi-3-mini-4k-instruct" and r["metric"] == "Global average"
    ]
    assert [(r["value"], r["notes"].split("; ")[-1]) for r in phi] == [
        (
            22.36,
            "the file states another score for this, as collected by Epoch AI (external_benchmark_livebench.csv, "
            "record phi-3-mini-4k-instruct, Global average)",
        ),
        (
            22.08,
            "the file states another score for this, as collected by Epoch AI (external_benchmark_livebench.csv, "
            "record phi-3-mini-128k-instruct, Global average)",
        ),
    ]
    table = next((project / "results" / "imported" / "epoch").glob("*.csv")).read_text()
    assert table.count("the file states another score for this, as collected by") == 2 * 7 * 2  # 2 models, 7 columns
    assert "at as collected" not in table


def test_a_score_epoch_states_twice_is_skipped_naming_its_other_record(project, tmp_path):
    # a record given twice (Epoch merges such records: its winogrande and gso tables): the second is a skip whose
    # reason read "stated again at as collected by Epoch AI (...)"
    lines = (HERE / "epoch" / "external_benchmark_mmlu.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    twice = tmp_path / "external_benchmark_mmlu.csv"
    twice.write_text("".join(lines).rstrip("\n") + "\n" + lines[1], encoding="utf-8")
    data = imported(project, "epoch", str(twice), "--add-unmapped")
    (skip,) = [s for s in data["skipped"] if "stated again" in s["reason"]]
    assert skip["reason"].startswith(
        "the same score is stated again, as collected by Epoch AI (external_benchmark_mmlu.csv, "
    )


# --- lm-eval -------------------------------------------------------------------------------------


def lm_eval_copy(tmp_path: Path, effective: int | None = None) -> Path:
    folder = tmp_path / "run"
    folder.mkdir()
    for p in (HERE / "lm_eval").iterdir():
        shutil.copy(p, folder / p.name)
    results = folder / "results_2026-01-21T03-44-18.458309.json"
    if effective is not None:
        # the fixture keeps 10 of the run's 5,000 samples: say so, to test attaching them
        data = json.loads(results.read_text())
        data["n-samples"]["math_perturbed_full"] = {"original": effective, "effective": effective}
        results.write_text(json.dumps(data))
    return results


def test_lm_eval_results_unmapped_task_is_listed_and_kept_out(project, tmp_path):
    data = imported(project, "lm-eval", str(lm_eval_copy(tmp_path)), "--model", "Bean")
    assert data["rows"] == []
    names = {(u["kind"], u["name"]) for u in data["unmapped"]}
    assert names == {("model", "Bean"), ("benchmark", "math_perturbed_full"), ("benchmark", "math_rephrased_full")}


def test_lm_eval_results_with_map_and_added_model(project, tmp_path):
    results = lm_eval_copy(tmp_path)
    data = imported(project, "lm-eval", str(results), "--map", "math_rephrased_full=AIME 2025", "--add-unmapped")
    row = rows_by(data, "benchmark_as_written")["math_rephrased_full"]
    # results["math_rephrased_full"]: "exact_match,none": 0.0004, "exact_match_stderr,none": 0.000282...
    assert row["benchmark"] == "aime-2025" and row["metric"] == "exact_match"
    assert row["value"] == pytest.approx(0.04) and row["stderr"] == pytest.approx(0.02828144211304471)
    assert row["n"] == 5000 and row["per_item"] == 0 and row["partial"] is False
    assert row["model_as_written"] == "RylanSchaeffer/mem_Qwen3-93M_minerva_math_rep_0_sbst_1.0000_epch_1_ot_1"
    perturbed = rows_by(data, "benchmark_as_written")["math_perturbed_full"]
    assert (
        "samples file holds 10 of 5000 items"
        in (project / "results/imported/lm-eval")
        .joinpath(next(p.name for p in (project / "results/imported/lm-eval").glob("*.csv")))
        .read_text()
    )
    assert perturbed["per_item"] == 0
    catalog = (project / "catalog" / "imported.yaml").read_text()
    assert "reviewed: false" in catalog and "developer: rylanschaeffer" in catalog


def test_a_catalog_id_given_as_the_model_says_ids_are_not_names_and_what_places_the_rows(project, tmp_path):
    results = lm_eval_copy(tmp_path)
    maps = ["--map", "math_perturbed_full=AIME 2025", "--map", "math_rephrased_full=HMMT Feb 2025"]
    r = run(project, "lm-eval", str(results), "--model", "minimax-m2", *maps)
    assert r.exit_code == 0
    # ids never count as a source's names (an id is ours, not how sources write the model): said so, with the fix
    assert r.stderr.splitlines()[1] == (
        "    model 'minimax-m2': 2 rows (closest: MiniMax M2): 'minimax-m2' is the id of 'MiniMax M2', not "
        "one of its names (an id never places a source's rows); give its name, --model 'MiniMax M2', or add "
        "'minimax-m2' to its aliases"
    )
    # --add-unmapped adds no second entry for it, and writes no catalog file with nothing in it
    data = imported(project, "lm-eval", str(results), "--model", "minimax-m2", *maps, "--add-unmapped")
    assert data["rows"] == [] and not (project / "catalog" / "imported.yaml").exists()
    assert data["notes"] == [
        "model 'minimax-m2' not added: it is spelled like model 'minimax-m2' (MiniMax M2); add it to that entry's "
        "aliases if the source means it"
    ]
    data = imported(project, "lm-eval", str(results), "--model", "MiniMax M2", *maps)
    assert {row["model"] for row in data["rows"]} == {"minimax-m2"} and data["unmapped"] == []


def test_a_catalog_id_in_a_sources_rows_names_link_and_map(project, tmp_path):
    path = tmp_path / "board.csv"
    path.write_text("Model,Benchmark,Score\nminimax-m2,gpqa-diamond,78.0\n")
    data = imported(project, "csv", str(path), "--source-url", "https://example.org/b", "--reported-by", "Example Lab")
    assert [(u["kind"], u["name"], u["reason"]) for u in data["unmapped"]] == [
        ("model", "minimax-m2",
         "'minimax-m2' is the id of 'MiniMax M2', not one of its names (an id never places a source's rows); "
         "record it with `benchclaims link csv --accept minimax-m2=minimax-m2`, or add 'minimax-m2' to its aliases"),
        ("benchmark", "gpqa-diamond",
         "'gpqa-diamond' is the id of 'GPQA Diamond', not one of its names (an id never places a source's rows); "
         "map it with --map gpqa-diamond=gpqa-diamond, or add 'gpqa-diamond' to its aliases"),
    ]  # fmt: skip
    # a name that is no catalog id keeps the plain list of the closest names
    path.write_text("Model,Benchmark,Score\nMiniMax-M3,GPQA Diamond,78.0\n")
    data = imported(project, "csv", str(path), "--source-url", "https://example.org/b", "--reported-by", "Example Lab")
    assert [(u["name"], u.get("reason")) for u in data["unmapped"]] == [("MiniMax-M3", None)]


def test_lm_eval_samples_become_per_item_results(project, tmp_path):
    results = lm_eval_copy(tmp_path, effective=10)
    data = imported(project, "lm-eval", str(results), "--model", "Bean", "--add-unmapped")
    row = rows_by(data, "benchmark_as_written")["math_perturbed_full"]
    assert row["per_item"] == 10
    rec = next(r for r in store(project).records if r.benchmark_name == "math_perturbed_full")
    items = rec.per_item()
    assert len(items) == 10 and set(items.values()) == {0.0}


def test_lm_eval_group_never_takes_a_subtasks_samples(project):
    # Qwen3-8B on negotiationtom (limit 20): the group's acc 0.525 pools belief's and desire's 40 samples;
    # samples_negotiationtom_belief_<stamp>.jsonl is belief's alone (0.45), never the group's
    path = HERE / "lm_eval_04" / "negotiationtom_qwen3-8b" / "results_2026-07-08T16-04-34.219874.json"
    data = imported(project, "lm-eval", str(path), "--add-unmapped")
    rows = {(r["benchmark_as_written"], r["metric"]): r for r in data["rows"]}
    group, belief = rows[("negotiationtom", "acc")], rows[("negotiationtom_belief", "acc")]
    assert (group["value"], group["n"], group["per_item"]) == (52.5, None, 0)
    assert (belief["value"], belief["n"], belief["per_item"]) == (45.0, 20, 20)
    # its notes name the subtasks each metric pools (all three were "the aggregate of 3 subtasks"): acc is belief's
    # and desire's (sample_count 40), micro_f1 intention's alone (sample_count 20)
    assert group["notes"].startswith(
        "an lm-eval group: the aggregate of the 2 of its 3 subtasks that report acc (negotiationtom_belief, "
        "negotiationtom_desire); "
    )
    assert rows[("negotiationtom", "micro_f1")]["notes"].startswith(
        "an lm-eval group: the aggregate of negotiationtom_intention alone, the one of its 3 subtasks that reports "
        "micro_f1; "
    )


def test_inspect_samples_whose_mean_is_not_the_metric_are_not_attached(project, tmp_path):
    # Claude Sonnet 4 on ARC-Easy, five samples all right, its accuracy set to 0.5: the five were kept as its items
    data = json.loads((HERE / "inspect" / "evaleval_data_arc_sonnet.json").read_text())
    for score in data["results"]["scores"]:
        score["metrics"]["accuracy"]["value"] = 0.5
    path = tmp_path / "log.json"
    path.write_text(json.dumps(data))
    [row] = imported(project, "inspect", str(path), "--add-unmapped")["rows"]
    assert (row["value"], row["stderr"], row["n"], row["per_item"]) == (50.0, 0.0, 5, 0)
    assert "; its samples' mean 1 is not its accuracy 0.5: per-item results not attached;" in row["notes"]


def test_lm_eval_samples_whose_mean_is_not_the_score_are_not_attached(project, tmp_path):
    # belief's acc set to 0.9 while its 20 samples average 0.45: they were attached as the per-item results of 90 %
    run = tmp_path / "run"
    shutil.copytree(HERE / "lm_eval_04" / "negotiationtom_qwen3-8b", run)
    [path] = run.glob("results_*.json")
    data = json.loads(path.read_text())
    data["results"]["negotiationtom_belief"]["acc,none"] = 0.9
    path.write_text(json.dumps(data))
    rows = {r["benchmark_as_written"]: r for r in imported(project, "lm-eval", str(path), "--add-unmapped")["rows"]}
    belief = rows["negotiationtom_belief"]
    assert (belief["value"], belief["per_item"]) == (90.0, 0)
    assert belief["notes"].startswith("samples file's mean 0.45 is not the score 0.9: per-item results not attached;")
    assert rows["negotiationtom_desire"]["per_item"] == 0  # no samples file of its own beside it, as before


def test_a_model_flag_that_replaces_the_files_own_model_says_so_on_every_row(project, tmp_path):
    # the run names its model (config.model_args pretrained=Qwen/Qwen3-8B): --model still files it under the
    # catalog name given, but each row says the file named another model (it was silent: a mistyped --model
    # put Qwen3-8B's 45 % on Bean with nothing to tell)
    path = HERE / "lm_eval_04" / "negotiationtom_qwen3-8b" / "results_2026-07-08T16-04-34.219874.json"
    said = "the file names its model 'Qwen/Qwen3-8B', filed under --model 'Bean' as asked"
    data = imported(project, "lm-eval", str(path), "--model", "Bean", "--add-unmapped")
    assert len(data["rows"]) == 9 and all(said in r["notes"].split("; ") for r in data["rows"])
    belief = rows_by(data, "benchmark_as_written")["negotiationtom_belief"]
    assert (belief["model"], belief["value"], belief["notes"]) == (
        "bean",
        45.0,
        f"limit=20.0; {said}; converted from the fraction 0.45",
    )
    # HELM's run_spec (openai/gpt-4o-2024-05-13) and a model card's model-index name, likewise
    helm = imported(
        project, "helm", str(HERE / "helm" / "bbq_gpt-4o_safety_v4" / "stats.json"), "--model", "Bean", "--add-unmapped"
    )
    assert (
        "the file names its model 'openai/gpt-4o-2024-05-13', filed under --model 'Bean' as asked"
        in helm["rows"][0]["notes"]
    )
    card = HERE / "model_card" / "acrastt_Bean-3B_README.md"
    own = imported(project, "model-card", str(card), "--model", "Bean", "--add-unmapped")
    # the text differs from the card's 'Bean-3B', so it is said, though the catalog reads both as one model
    assert own["rows"] and all(
        "the file names its model 'Bean-3B', filed under --model 'Bean' as asked" in r["notes"] for r in own["rows"]
    )
    # Every Eval Ever's model_info.id and an Inspect log's eval.model, likewise
    eee = imported(project, "eee", str(HERE / "eee" / "reward-bench_Anthropic_claude-3-opus-20240229_db29538d.json"),
                   "--model", "Bean", "--add-unmapped")  # fmt: skip
    inspect = imported(project, "inspect", str(HERE / "inspect" / "evaleval_data_arc_qwen.json"), "--model", "Bean",
                       "--add-unmapped")  # fmt: skip
    for rows, named in ((eee["rows"], "anthropic/claude-3-opus-20240229"), (inspect["rows"], "ollama/qwen2.5:0.5b")):
        assert rows and all(
            f"the file names its model {named!r}, filed under --model 'Bean'" in r["notes"] for r in rows
        )
    # the very name the file gives, or a local path, is no replacement: nothing added
    same = imported(project, "model-card", str(card), "--model", "Bean-3B", "--add-unmapped")
    assert same["rows"] and all("filed under" not in r["notes"] for r in same["rows"])
    results = lm_eval_copy(tmp_path)
    data = json.loads(results.read_text())
    data["config"]["model_args"] = "pretrained=/home/me/ckpt,dtype=bfloat16"
    results.write_text(json.dumps(data))
    local = imported(project, "lm-eval", str(results), "--model", "Bean", "--add-unmapped")["rows"]
    assert local and all("filed under" not in r["notes"] for r in local)


def test_lm_eval_local_path_needs_a_model_name(project, tmp_path):
    results = lm_eval_copy(tmp_path)
    data = json.loads(results.read_text())
    data["config"]["model_args"] = "pretrained=/home/me/ckpt,dtype=bfloat16"
    results.write_text(json.dumps(data))
    r = run(project, "lm-eval", str(results))
    assert r.exit_code == 2
    assert "the run names a local path (/home/me/ckpt); pass --model NAME" in r.output


def test_lm_eval_file_dropped_into_results_says_how_to_import_it(project, tmp_path):
    (project / "results" / "local").mkdir(parents=True)
    (project / "results" / "other").mkdir()
    shutil.copy(lm_eval_copy(tmp_path), project / "results" / "local" / "results.json")
    shutil.copy(HERE / "eee" / "mmlu-pro_01-ai_yi-1.5-34b-chat_676f4465.json", project / "results" / "other" / "x.json")
    catalog = load_catalog(project / "catalog", project)
    _, problems = load_evidence(project / "results", catalog, project)
    assert [str(p) for p in problems] == [
        "results/local/results.json: an lm-eval results file, not a benchclaims run: "
        "bring it in with `benchclaims import lm-eval results/local/results.json`",
        "results/other/x.json: not read as evidence; bring it in with `benchclaims import FORMAT results/other/x.json`",
    ]


# --- csv -----------------------------------------------------------------------------------------

BOARD = "Model,Benchmark,Score\nGPT-5 (high),GPQA Diamond,0.862\nGemini 3 Pro,GPQA Diamond,0.919\n"


def test_csv_with_column_mapping_and_fractions_converted_with_a_note(project, tmp_path):
    path = tmp_path / "board.csv"
    path.write_text(BOARD.replace("Model,Benchmark,Score", "Who,Test,Pct"))
    args = [
        "csv",
        str(path),
        "--columns",
        "Who=model,Test=benchmark,Pct=score",
        "--source-url",
        "https://example.org/b",
    ]
    data = imported(project, *args, "--reported-by", "Example Lab", "--as-of", "2025-12-01")
    assert {(r["model"], r["value"]) for r in data["rows"]} == {("gpt-5-high", 86.2), ("gemini-3-pro", 91.9)}
    assert data["notes"] == [
        "every score score in the file is at most 1, so they were read as fractions and multiplied by 100 "
        "(2 rows); pass --scale percent if they are percents"
    ]
    assert {r["as_of"] for r in data["rows"]} == {"2025-12-01"}


def test_csv_single_fraction_is_refused_not_read_as_a_percent(project, tmp_path):
    path = tmp_path / "one.csv"
    path.write_text("Model,Benchmark,Score\nGPT-5 (high),GPQA Diamond,0.9\n")
    r = run(project, "csv", str(path), "--source-url", "https://example.org", "--reported-by", "X")
    # the refusal names the row and its value ('the score score 0.9 on GPQA Diamond' named neither the model nor why)
    assert (r.exit_code, r.output) == (
        2,
        f"Error: {path}: GPT-5 (high) on GPQA Diamond: 'score' 0.9 could be a fraction or a percent, and no other "
        "'score' value in the file says which; pass --scale fraction (multiplied by 100) or --scale percent (kept as it "
        "is)\n",
    )
    ok = imported(
        project, "csv", str(path), "--source-url", "https://example.org", "--reported-by", "X", "--scale", "percent"
    )
    assert ok["rows"][0]["value"] == 0.9


def test_csv_needs_a_source_and_groups_bad_rows(project, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("Model,Benchmark,Score\nGPT-5 (high),GPQA Diamond,high\nGemini 3 Pro,GPQA Diamond,\n")
    r = run(project, "csv", str(path))
    assert r.exit_code == 2 and "--source-url URL" in r.output
    r = run(project, "csv", str(path), "--source-url", "https://example.org", "--reported-by", "X")
    assert r.exit_code == 2
    # no row has a number: the file is refused whole, naming the first row and why
    assert r.output == (
        f"Error: {path}: no scores found: 2 values, none a score (bad.csv line 2: score must be a number, got 'high')\n"
    )
    assert not (project / "results").exists()


def test_csv_with_a_quote_never_closed_is_refused_not_read_as_one_row(project, tmp_path):
    # the second row's name opened a quote the file never closes: the third row became part of its cell, and one
    # row of the two was imported without a word
    path = tmp_path / "board.csv"
    path.write_text('Model,Benchmark,Score\n"GPT-5 (high),GPQA Diamond,86.2\nGemini 3 Pro,GPQA Diamond,91.9\n')
    r = run(project, "csv", str(path), "--source-url", "https://example.org", "--reported-by", "X")
    assert r.exit_code == 2
    assert r.output == (
        f"Error: {path}:2: a quoted cell that starts in this row is never closed, so lines 2-3, to the end of the "
        'file, would be read as that one cell: close the quote (a quote inside a quoted cell is written twice, "")\n'
    )
    assert not (project / "results").exists()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a stray quote in the first row's notes, closed two rows on: the merged row had the header's four fields,
        # so one row was imported and the two in its notes were lost, unsaid
        (
            'Model,Benchmark,Score,Notes\nGPT-5 (high),GPQA Diamond,85.7,"see note\n'
            'Gemini 3 Pro,GPQA Diamond,91.9,x\nClaude Opus 4.1,GPQA Diamond,80.9,closing"\n',
            "2: a quoted cell that starts in this row closes on line 4, so lines 3-4, each a row of 4 fields, would",
        ),
        # the quote opens the row's first cell and closes in a later row's: the rows between are taken in
        (
            'Model,Benchmark,Score\n"GPT-5 (high),GPQA Diamond,85.7\nGemini 3 Pro,GPQA Diamond,91.9\n\n'
            'Claude Opus 4.1,GPQA Diamond,80.9\nGrok 4",GPQA Diamond,87.5\n',
            "2: a quoted cell that starts in this row closes on line 6, so lines 3, 5, each a row of 3 fields, would",
        ),
        # a stray quote in a middle column of a row written whole: the row's cells after it are taken in too
        (
            'Model,Notes,Benchmark,Score\nGPT-5 (high),"see note,GPQA Diamond,85.7\n'
            'Gemini 3 Pro,x,GPQA Diamond,91.9\nClaude Opus 4.1,closing",GPQA Diamond,80.9\n',
            "2: a quoted cell that starts in this row closes on line 4, so lines 3-4, each a row of 4 fields, would",
        ),
    ],
)
def test_csv_with_a_quote_closed_rows_later_is_refused_not_read_as_one_row(project, tmp_path, text, expected):
    path = tmp_path / "board.csv"
    path.write_text(text)
    r = run(project, "csv", str(path), "--source-url", "https://example.org", "--reported-by", "X")
    assert r.exit_code == 2
    assert r.output == (
        f"Error: {path}:{expected} be read as part of that one cell: close the quote where it belongs (a quote "
        'inside a quoted cell is written twice, "")\n'
    )
    assert not (project / "results").exists()
    # a cell over three lines (one with commas), and one that opens its row, closing on a line with no comma: the
    # cells' lines are no rows of the header's width, so the rows import as before
    path.write_text(
        'Model,Benchmark,Score,Notes\nGPT-5 (high),GPQA Diamond,85.7,"high effort\nsee, the card\n\nfor more"\n'
        '"Gemini\n3 Pro",GPQA Diamond,91.9,x\n'
    )
    out = imported(project, "csv", str(path), "--source-url", "https://example.org", "--reported-by", "X")
    assert out["counts"]["imported"] == 2 and out["skipped"] == []
    # notes in a middle column whose last line holds a comma: that line, with the row's cells after the notes,
    # reads as a row of four fields, but the row's first line ends inside the notes, so it is no row written whole
    path.write_text(
        'Model,Notes,Benchmark,Score\nGPT-5 (high),"strong model\nsee the card, p. 3",GPQA Diamond,85.7\n'
        "Gemini 3 Pro,x,GPQA Diamond,91.9\n"
    )
    out = imported(project, "csv", str(path), "--source-url", "https://example.org", "--reported-by", "X")
    assert out["counts"]["imported"] == 2 and out["skipped"] == []


def test_csv_last_column_notes_with_a_line_of_the_headers_commas_import(project, tmp_path):
    # the notes' second line reads alone as a row of four fields: the table was refused as rows taken in by a quote,
    # though no row of it holds a score there ('temp 0' where every row written on one line has a number)
    path = tmp_path / "board.csv"
    path.write_text(
        'Model,Benchmark,Score,Notes\nGPT-5 (high),GPQA Diamond,85.7,"high effort\nsettings: temp 0, top_p 1, seed 3, one pass"\n'
        "Gemini 3 Pro,GPQA Diamond,91.9,x\n"
    )
    out = imported(
        project, "csv", str(path), "--source-url", "https://example.org", "--reported-by", "X", "--as-of", "2025-11-18"
    )
    assert [(r["model"], r["value"], r["notes"]) for r in out["rows"]] == [
        ("gpt-5-high", 85.7, "high effort\nsettings: temp 0, top_p 1, seed 3, one pass"),
        ("gemini-3-pro", 91.9, "x"),
    ]


def test_an_import_whose_every_value_is_skipped_is_refused_not_reported_done(project, tmp_path):
    # both scores are off GPQA Diamond's 0-100: it printed '0 imported, 2 skipped', kept the snapshot and exited 0
    path = tmp_path / "board.csv"
    path.write_text("Model,Benchmark,Score\nGPT-5 (high),GPQA Diamond,185.7\nGemini 3 Pro,GPQA Diamond,186\n")
    r = run(project, "csv", str(path), "--source-url", "https://example.org", "--reported-by", "X")
    assert (r.exit_code, r.stdout, r.stderr) == (
        2,
        "  skipped GPT-5 (high) / GPQA Diamond / score (board.csv line 2): score 185.7 is outside 0-100 for GPQA Diamond\n"
        "  skipped Gemini 3 Pro / GPQA Diamond / score (board.csv line 3): score 186 is outside 0-100 for GPQA Diamond\n",
        f"Error: {path}: nothing imported: 2 values read, each skipped (GPT-5 (high) on GPQA Diamond: score 185.7 is "
        "outside 0-100 for GPQA Diamond)\n",
    )
    assert not (project / "results").exists()
    # --json: the report (each skip with its reason, no snapshot kept), then the same line
    data = imported(project, "csv", str(path), "--source-url", "https://example.org", "--reported-by", "X", code=2)
    assert (data["counts"], data["snapshot"], len(data["skipped"])) == (
        {"imported": 0, "notes": 0, "read": 2, "skipped": 2, "unmapped_names": 0, "unmapped_rows": 0},
        {},
        2,
    )
    assert not (project / "results").exists()


@pytest.mark.parametrize(
    ("flag", "value", "shown"),
    [
        ("--reported-by", "Example\x1b[31m Lab", "'\\x1b'"),
        ("--locator", "Table\x072", "'\\x07'"),
        ("--metric", "acc\nf1", "'\\n'"),
        ("--columns", "Model=model,Bench\u202emark=benchmark", "'\\u202e'"),
    ],
)
def test_free_text_with_a_control_character_is_refused_in_one_line(project, tmp_path, flag, value, shown):
    # --reported-by $'Example\e[31m Lab' was stored in the table and written raw into every report that cites it
    path = tmp_path / "board.csv"
    path.write_text("Model,Benchmark,Score\nGPT-5 (high),GPQA Diamond,85.7\n")
    given = {"--source-url": "https://example.org", "--reported-by": "X", flag: value}
    r = run(project, "csv", str(path), *(x for pair in given.items() for x in pair))
    assert (r.exit_code, r.output) == (
        2,
        f"Error: {flag}: holds the control character {shown}: write printable text on one line\n",
    )
    assert not (project / "results").exists()


def test_a_snapshot_pin_that_leaves_out_a_side_is_said_to_exclude_it(project, tmp_path, monkeypatch):
    from harness.evidence import fetching

    # Gemini 3 Pro's row is only in the board's newer copy: a claim pinned to the older one read 'evidence none'
    # and 'no GPQA Diamond score ... in the evidence used', as if the board never gave it
    path = tmp_path / "board.csv"
    args = (
        "csv",
        str(path),
        "--source-url",
        "https://example.org/board",
        "--reported-by",
        "X",
        "--as-of",
        "2025-11-01",
    )
    path.write_text("Model,Benchmark,Score\nGPT-5 (high),GPQA Diamond,85.7\n")
    monkeypatch.setattr(fetching, "now", lambda: "2025-11-02T09:00:00Z")
    old = imported(project, *args)["snapshot"]["sha256"]
    monkeypatch.setattr(fetching, "now", lambda: "2025-11-09T09:00:00Z")  # the newer copy: retrieved a week on
    path.write_text("Model,Benchmark,Score\nGPT-5 (high),GPQA Diamond,85.7\nGemini 3 Pro,GPQA Diamond,91.9\n")
    new = imported(project, *args)["snapshot"]["sha256"]
    (project / "claims").mkdir()
    (project / "claims" / "c.yaml").write_text(
        "id: c\nstatement: s\nsource: {publisher: P, url: 'https://p.example', date: 2025-12-01}\n"
        f"subject: Gemini 3 Pro\nevidence: {{snapshots: [{old[:8]}]}}\n"
        "assertions:\n  - {kind: score, benchmark: GPQA Diamond, value: 91.9}\n"
    )
    r = CliRunner().invoke(cli, ["verify", "--project", str(project), "--no-report", "--json"])
    claim = json.loads(r.stdout)["claims"][0]
    assert claim["reason"] == "GPQA Diamond: quoted 91.9, evidence none, excluded by the snapshots filter"
    assert claim["assertions"][0]["caveats"] == [
        f"Excluded by the snapshots filter [{old[:8]}]: Gemini 3 Pro's GPQA Diamond row is from snapshot {new[:12]}."
    ]


def test_csv_rows_without_a_score_are_skipped_with_their_line_and_the_others_import(project, tmp_path):
    path = tmp_path / "board.csv"
    path.write_text(
        "Model,Benchmark,Score\nGPT-5 (high),GPQA Diamond,85.7\nGemini 3 Pro,GPQA Diamond,-\n"
        "Gemini 3 Pro,GPQA Diamond,=91.9\nGemini 3 Pro,GPQA Diamond,n/a\n"
    )
    r = run(project, "csv", str(path), "--source-url", "https://example.org", "--reported-by", "X", "--json")
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert out["counts"]["read"] == 4 and out["counts"]["imported"] == 1 and out["counts"]["skipped"] == 3
    assert [s["reason"] for s in out["skipped"]] == [
        "board.csv line 3: no score stated, got '-'",
        "board.csv line 4: score must be a number, got '=91.9'",
        "board.csv line 5: no score stated, got 'n/a'",
    ]
    assert [(row["model"], row["value"]) for row in out["rows"]] == [("gpt-5-high", 85.7)]
    # printed, each skipped row names its place once ('(board.csv line 3): board.csv line 3: ...' before)
    r = run(project, "csv", str(path), "--source-url", "https://example.org", "--reported-by", "X")
    assert r.exit_code == 0, r.output
    assert [line for line in r.stdout.splitlines() if line.startswith("  skipped ")] == [
        "  skipped Gemini 3 Pro / GPQA Diamond / score: board.csv line 3: no score stated, got '-'",
        "  skipped Gemini 3 Pro / GPQA Diamond / score: board.csv line 4: score must be a number, got '=91.9'",
        "  skipped Gemini 3 Pro / GPQA Diamond / score: board.csv line 5: no score stated, got 'n/a'",
    ]


def test_a_csv_number_too_small_to_hold_is_refused_never_imported_as_zero(project, tmp_path):
    # '1e-400' was imported as the score 0, a number the board never wrote, and an SE of '1e-999' as 0
    path = tmp_path / "board.csv"
    path.write_text("Model,Benchmark,Score\nGPT-5 (high),GPQA Diamond,85.7\nGemini 3 Pro,GPQA Diamond,1e-400\n")
    r = run(project, "csv", str(path), "--source-url", "https://example.org", "--reported-by", "X", "--json")
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert [s["reason"] for s in out["skipped"]] == [
        "board.csv line 3: score must be a number, got '1e-400': no number that small is held (it reads as 0)"
    ]
    assert [(row["model"], row["value"]) for row in out["rows"]] == [("gpt-5-high", 85.7)]
    path.write_text("Model,Benchmark,Score,stderr\nGPT-5 (high),GPQA Diamond,85.7,1e-999\n")
    r = run(project, "csv", str(path), "--source-url", "https://example.org", "--reported-by", "X")
    assert r.exit_code == 2
    assert r.stderr == (
        f"Error: {path}:2: stderr: must be a non-negative number, got '1e-999': no number that small is held (it "
        "reads as 0)\n"
    )


# --- model card ----------------------------------------------------------------------------------


def test_model_card_index_with_its_own_source_urls(project):
    card = HERE / "model_card" / "acrastt_Bean-3B_README.md"
    data = imported(
        project, "model-card", str(card), "--add-unmapped", "--source-url", "https://huggingface.co/acrastt/Bean-3B"
    )
    got = {r["benchmark_as_written"]: (r["value"], r["metric"]) for r in data["rows"]}
    # the Open LLM Leaderboard v1's results, under the names its own table's rows have
    assert got == {
        "ARC (Open LLM Leaderboard v1)": (40.36, "normalized accuracy"),
        "HellaSwag (Open LLM Leaderboard v1)": (72.0, "normalized accuracy"),
        "MMLU (Open LLM Leaderboard v1)": (26.43, "accuracy"),
        "TruthfulQA (Open LLM Leaderboard v1)": (36.11, "mc2"),
        "Winogrande (Open LLM Leaderboard v1)": (65.67, "accuracy"),
        # 0.53 is a percent beside percents: never multiplied by 100
        "GSM8K (Open LLM Leaderboard v1)": (0.53, "accuracy"),
    }
    assert {r["source"] for r in data["rows"]} == {
        "https://huggingface.co/spaces/HuggingFaceH4/open_llm_leaderboard?query=acrastt/Bean-3B"
    }
    assert {r["reported_by"] for r in data["rows"]} == {"Open LLM Leaderboard"}
    # written "0.53%" for the loader, so the warning a hand-typed 0.53 among percents gets was never given
    gsm = next(r for r in data["rows"] if r["benchmark_as_written"] == "GSM8K (Open LLM Leaderboard v1)")
    assert gsm["notes"].startswith(
        "the card calls it 'GSM8k (5-shot)'; 0.53 read as a percent, as the file's other scores;"
    )
    assert (
        "Bean-3B on GSM8K (Open LLM Leaderboard v1): 0.53 read as 0.53 %, since the file's other 'accuracy' scores are above 1; if the "
        "source means a fraction of 1 (53 %), it is 100 times larger: check it"
    ) in data["notes"]


V1_NAMES = [f"{b} (Open LLM Leaderboard v1)" for b in ("ARC", "HellaSwag", "MMLU", "TruthfulQA", "Winogrande", "GSM8K")]


def test_a_model_card_s_open_llm_leaderboard_v1_results_are_the_leaderboard_table_s_benchmarks(project):
    # the leaderboard's table files ARC as "ARC (Open LLM Leaderboard v1)"; the results it wrote into Bean-3B's
    # card say "AI2 Reasoning Challenge (25-Shot)": they were two benchmarks, so a claim saw one source or the other
    table = HERE / "open_llm_leaderboard" / "fboulnois_huggingface_v1_first20rows.csv"
    board = imported(project, "open-llm-leaderboard", str(table), "--add-unmapped")
    card = imported(project, "model-card", str(HERE / "model_card" / "acrastt_Bean-3B_README.md"), "--add-unmapped")
    line2 = {
        r["benchmark"]: r["metric"] for r in board["rows"] if r["model_as_written"] == "paloalma/Le_Triomphant-ECE-TW3"
    }
    assert (
        {r["benchmark"]: r["metric"] for r in card["rows"]}
        == {b: m for b, m in line2.items() if b != "open-llm-leaderboard-v1-average"}
        == {
            "arc-open-llm-leaderboard-v1": "normalized accuracy",
            "hellaswag-open-llm-leaderboard-v1": "normalized accuracy",
            "mmlu-open-llm-leaderboard-v1": "accuracy",
            "truthfulqa-open-llm-leaderboard-v1": "mc2",
            "winogrande-open-llm-leaderboard-v1": "accuracy",
            "gsm8k-open-llm-leaderboard-v1": "accuracy",
        }
    )
    names = [b.name for b in load_catalog(project / "catalog", project).all_benchmarks()]
    assert [n for n in names if "Open LLM Leaderboard v1" in n or "Shot" in n or "shot" in n] == [
        *V1_NAMES,
        "Open LLM Leaderboard v1 average",
    ]
    arc = next(r for r in card["rows"] if r["benchmark"] == "arc-open-llm-leaderboard-v1")
    assert (arc["value"], arc["notes"].split("; ")[0]) == (
        40.36,
        "the card calls it 'AI2 Reasoning Challenge (25-Shot)'",
    )
    (written,) = (project / "results" / "imported" / "model-card").glob("*.csv")
    shots = {r["benchmark"]: r["shots"] for r in csv.DictReader(written.open(encoding="utf-8"))}
    assert shots == dict(zip(V1_NAMES, ["25", "10", "5", "0", "5", "5"]))


def test_a_model_card_result_in_the_v1_leaderboard_s_setting_is_its_benchmark_whoever_ran_it(project):
    # Neural Magic ran the leaderboard's six tasks in its settings on its own model (no `source`): the same
    # benchmarks, reported by the developer (the owner in --source-url), first-party
    path = HERE / "model_card" / "neuralmagic_Mistral-7B-Instruct-v0.3-GPTQ-4bit_README_excerpt.md"
    url = "https://huggingface.co/neuralmagic/Mistral-7B-Instruct-v0.3-GPTQ-4bit"
    data = imported(project, "model-card", str(path), "--source-url", url, "--add-unmapped")
    got = {r["benchmark_as_written"]: (r["value"], r["reported_by"]) for r in data["rows"]}
    assert got == {
        "ARC (Open LLM Leaderboard v1)": (63.4, "neuralmagic"),
        "HellaSwag (Open LLM Leaderboard v1)": (84.04, "neuralmagic"),
        "TruthfulQA (Open LLM Leaderboard v1)": (57.48, "neuralmagic"),
        "GSM8K (Open LLM Leaderboard v1)": (45.41, "neuralmagic"),
        "MMLU (Open LLM Leaderboard v1)": (61.07, "neuralmagic"),
        "Winogrande (Open LLM Leaderboard v1)": (79.08, "neuralmagic"),
    }
    # the owner in --source-url: the reporter was "model card", and the new model's developer unstated
    model = load_catalog(project / "catalog", project).model("Mistral-7B-Instruct-v0.3-GPTQ-4bit")
    assert (model.developer, model.open_weights) == ("neuralmagic", True)


@pytest.mark.parametrize(
    ("old", "new", "note"),
    [
        ("num_few_shot: 25", "num_few_shot: 0", "this result is 0-shot"),
        ("      args:\n        num_few_shot: 25\n", "", "this result states no shots"),
        ("- type: acc_norm\n      value: 40.36\n      name: normalized accuracy",
         "- type: acc\n      value: 40.36\n      name: accuracy", "this result reports 'acc'"),
        ("config: ARC-Challenge", "config: ARC-Easy", "this result is on configuration 'ARC-Easy'"),
        ("ARC-Challenge\n      split: test", "ARC-Challenge\n      split: validation",
         "this result is on the 'validation' split"),
    ],
)  # fmt: skip
def test_a_model_card_result_in_another_setting_than_the_v1_leaderboard_s_is_kept_apart(
    project, tmp_path, old, new, note
):
    text = (HERE / "model_card" / "acrastt_Bean-3B_README.md").read_text()
    card = tmp_path / "README.md"
    card.write_text(text.replace(old, new, 1))
    data = imported(project, "model-card", str(card), "--add-unmapped")
    arc = next(r for r in data["rows"] if r["value"] == 40.36)
    assert (arc["benchmark_as_written"], arc["notes"].split("; ")[0]) == (
        "AI2 Reasoning Challenge (25-Shot)",
        "not filed under ARC (Open LLM Leaderboard v1), whose setting is 25-shot, acc_norm, test split, configuration ARC-Challenge: "
        + note,
    )


def test_a_model_card_s_open_llm_leaderboard_v2_results_are_its_normalized_scores(project):
    # dnhkng/RYS-XLarge's card: the leaderboard (v2 space) wrote "GPQA (0-shot)", acc_norm 17.9: the normalized
    # score (the v2 table gives it as gpqa 17.9, gpqa_raw 0.38), not a GPQA accuracy of 17.9 %
    data = imported(project, "model-card", str(HERE / "model_card" / "dnhkng_RYS-XLarge_README.md"), "--add-unmapped")
    got = {r["benchmark_as_written"]: (r["metric"], r["value"]) for r in data["rows"]}
    assert got == {
        "IFEval (normalized, Open LLM Leaderboard v2)": ("normalized score", 79.96),
        "BBH (normalized, Open LLM Leaderboard v2)": ("normalized score", 58.77),
        "MATH Lvl 5 (normalized, Open LLM Leaderboard v2)": ("normalized score", 38.97),
        "GPQA (normalized, Open LLM Leaderboard v2)": ("normalized score", 17.9),
        "MUSR (normalized, Open LLM Leaderboard v2)": ("normalized score", 23.72),
        "MMLU-PRO (normalized, Open LLM Leaderboard v2)": ("normalized score", 49.2),
    }
    gpqa = next(r for r in data["rows"] if r["value"] == 17.9)
    assert gpqa["notes"].startswith(
        "rescaled so random guessing scores 0 (the leaderboard's normalization); the card calls it 'acc_norm'"
    )
    assert (
        gpqa["source"]
        == "https://huggingface.co/spaces/open-llm-leaderboard/open_llm_leaderboard?query=dnhkng/RYS-XLarge"
    )


def test_a_model_card_metric_that_is_no_number_is_skipped_not_the_whole_card(project):
    # pszemraj's Hugging Face-verified booksum result: four ROUGE scores, gen_len, and `loss: .nan`
    path = HERE / "model_card" / "pszemraj_long-t5-tglobal-base-16384-book-summary_README_excerpt.md"
    url = "https://huggingface.co/pszemraj/long-t5-tglobal-base-16384-book-summary"
    data = imported(project, "model-card", str(path), "--source-url", url, "--add-unmapped")
    got = {r["metric"]: r["value"] for r in data["rows"]}
    assert got["ROUGE-1"] == 36.4085 and got["ROUGE-LSUM"] == 33.3405
    assert [(s["metric"], s["reason"]) for s in data["skipped"] if s["metric"] == "loss"] == [
        ("loss", "value 'nan' is not a number: no score")
    ]


def test_model_card_without_model_index_is_a_clear_error(project, tmp_path):
    card = tmp_path / "README.md"
    card.write_text("---\nlicense: mit\n---\n# A model\n")
    r = run(project, "model-card", str(card), "--source-url", "https://huggingface.co/x/y")
    assert r.exit_code == 2 and "the front matter has no model-index results" in r.output


# --- lmarena -------------------------------------------------------------------------------------


def test_lmarena_csv_ratings_with_interval_votes_and_licence(project):
    data = imported(project, "lmarena", str(HERE / "lmarena" / "fboulnois_lmarena_text.csv"), "--add-unmapped")
    row = rows_by(data, "model_as_written")["Gemini-2.5-Pro-Preview-05-06"]
    # line 3: 2,2,Gemini-2.5-Pro-Preview-05-06,1446,+6/-6,13715,Google,Proprietary
    assert (row["value"], row["n"], row["metric"]) == (1446.0, 13715, "arena score")
    assert row["stderr"] == pytest.approx(12 / (2 * 1.959963984540054), abs=1e-6)
    # "Gemini-2.5-Pro" is the registry's LMArena name of the catalog's Gemini 2.5 Pro: listed for
    # `link`, not added as a second entry, not merged without review
    assert data["notes"][0] == (
        "model 'Gemini-2.5-Pro' not added: the model registry lists it as 'Gemini 2.5 Pro', which is catalog model "
        "'gemini-2.5-pro'; accept it with `benchclaims link lmarena --accept Gemini-2.5-Pro=gemini-2.5-pro`"
    )
    assert {
        "kind": "model",
        "name": "Gemini-2.5-Pro",
        "closest": ["Gemini 2.5 Pro", "Gemini-1.5-Pro-002", "Gemini-1.5-Pro-001"],
        "rows": 1,
        "reason": "'Gemini-2.5-Pro' is spelled like the id of 'Gemini 2.5 Pro', not one of its names (an id never "
        "places a source's rows); record it with `benchclaims link lmarena --accept Gemini-2.5-Pro=gemini-2.5-pro`, "
        "or add 'Gemini-2.5-Pro' to its aliases",
    } in data["unmapped"]
    catalog = (project / "catalog" / "imported.yaml").read_text()
    assert {r["benchmark"] for r in data["rows"]} == {"lmarena-text"}  # the seed catalog's "LMArena text"
    # developer, open weights and licence from the model registry (compiled from this same MPL-2.0 CSV)
    assert "notes: 'licence: Proprietary; developer, weights and licence per the benchclaims model registry" in catalog


def test_lmarena_json_categories(project):
    data = imported(project, "lmarena", str(HERE / "lmarena" / "leaderboard-text-excerpt.json"), "--add-unmapped")
    got = {(r["model_as_written"], r["benchmark_as_written"]): r["value"] for r in data["rows"]}
    assert got[("grok-4.1-thinking", "LMArena text")] == 1451.2104783024167
    # gemini-3-pro and gemini-2.5-pro are catalog ids, so they stay unmapped (4 of the 6 rows come in)
    assert len(got) == 4 and sum(b == "LMArena text: coding" for _, b in got) == 3


# --- open llm leaderboard, every eval ever, inspect, helm ----------------------------------------


def test_open_llm_leaderboard_raw_and_normalized_kept_apart(project):
    path = HERE / "open_llm_leaderboard" / "fboulnois_huggingface_v2_first40rows.csv"
    data = imported(project, "open-llm-leaderboard", str(path), "--add-unmapped")
    mine = [r for r in data["rows"] if r["model_as_written"] == "0-hero/Matter-0.2-7B-DPO"]
    got = {(r["benchmark_as_written"], r["metric"]): r["value"] for r in mine}
    assert got[("IFEval (Open LLM Leaderboard v2)", "accuracy (raw)")] == pytest.approx(33.0279214705869)
    assert got[("IFEval (normalized, Open LLM Leaderboard v2)", "normalized score")] == 33.0279214705869
    assert got[("GPQA (Open LLM Leaderboard v2)", "accuracy (raw)")] == pytest.approx(25.9228187919463)
    assert got[("GPQA (normalized, Open LLM Leaderboard v2)", "normalized score")] == 1.23042505592841
    assert got[("Open LLM Leaderboard v2 average", "mean normalized score")] == 8.90636130175029


@pytest.mark.parametrize(
    "column,cell,said",
    [
        ("ifeval_raw", "1e400", "must be a finite number, got '1e400': no number is that large"),
        ("mmlupro", "9" * 5000, f"must be a finite number, got '{'9' * 40}': no number is that large"),
        ("ifeval_raw", "82%", "must be a number, got '82%'"),
        ("average", "N/A", "must be a number, got 'N/A'"),
    ],
)
def test_an_open_llm_leaderboard_cell_that_is_no_number_is_named_with_what_it_holds(
    project, tmp_path, column, cell, said
):
    # the refusal said "needs numbers in ifeval and ifeval_raw", naming neither the cell nor what was in it (an
    # average that was no number was left out, unsaid)
    lines = (HERE / "open_llm_leaderboard" / "fboulnois_huggingface_v2_flat_first20rows.csv").read_text().split("\n")
    row = next(csv.reader([lines[1]]))
    row[lines[0].split(",").index(column)] = cell
    out = io.StringIO()
    csv.writer(out, lineterminator="").writerow(row)
    path = tmp_path / "huggingface_v2.csv"
    path.write_text("\n".join([lines[0], out.getvalue(), *lines[2:]]))
    r = run(project, "open-llm-leaderboard", str(path))
    assert (r.exit_code, r.stderr) == (2, f"Error: {path}:2: {column}: {said}\n")


def test_a_utf16_file_is_refused_as_what_it_is(project, tmp_path):
    path = tmp_path / "huggingface_v2.csv"
    path.write_bytes(
        (HERE / "open_llm_leaderboard" / "fboulnois_huggingface_v2_flat_first20rows.csv").read_text().encode("utf-16")
    )
    r = run(project, "open-llm-leaderboard", str(path))
    assert (r.exit_code, r.stderr) == (
        2,
        f"Error: {path}: file is UTF-16 (it starts with a UTF-16 byte-order mark), not UTF-8: save it as UTF-8\n",
    )


@pytest.mark.parametrize(
    "codec,name", [("utf-16-le", "UTF-16 LE"), ("utf-16-be", "UTF-16 BE"), ("utf-32-le", "UTF-32 LE")]
)
def test_a_utf16_file_without_a_byte_order_mark_is_refused_as_what_it_is(project, tmp_path, codec, name):
    # PowerShell's and some exporters' "Unicode" saves no byte-order mark: it was "file is binary, not text"
    path = tmp_path / "huggingface_v2.csv"
    text = (HERE / "open_llm_leaderboard" / "fboulnois_huggingface_v2_flat_first20rows.csv").read_text()
    path.write_bytes(text.encode(codec))
    r = run(project, "open-llm-leaderboard", str(path))
    assert (r.exit_code, r.stderr) == (
        2,
        f"Error: {path}: file is {name} without a byte-order mark, not UTF-8: save it as UTF-8\n",
    )
    # a file whose NULs read as no text in any of them is still binary: a zipped Inspect log named as a table
    path.write_bytes((HERE / "inspect_eval" / "log_formats.eval").read_bytes())
    r = run(project, "csv", str(path), "--reported-by", "X", "--source-url", "https://x.example")
    assert (r.exit_code, r.stderr) == (2, f"Error: {path}: file is binary, not text\n")


def test_validate_names_a_table_an_older_importer_wrote_and_the_command_that_re_imports_it(project, monkeypatch):
    # version 1 of the open-llm-leaderboard importer filed every v1 column as "accuracy" (ARC's acc_norm and
    # TruthfulQA's mc2 too); a project that imported the table then keeps those rows until it imports it again
    from harness.evidence.adapters import open_llm

    path = HERE / "open_llm_leaderboard" / "fboulnois_huggingface_v1_first20rows.csv"
    url = "https://github.com/fboulnois/llm-leaderboard-csv/blob/3792cf00e845ff3a0a04e84ee6fcbbf8e287c439/csv/huggingface.csv"
    with monkeypatch.context() as old:
        old.setattr(open_llm.OpenLlmLeaderboard, "version", "1")
        old.setattr(open_llm, "V1", tuple(dataclasses.replace(t, metric_name="accuracy") for t in open_llm.V1))
        imported(project, "open-llm-leaderboard", str(path), "--source-url", url, "--add-unmapped")
    (project / "claims").mkdir()
    sha = "aef6c1660f6b523bfe3d29da187bc1fe31f0a8e78c39cfe15e85d069c74ddafa"
    command = (
        f"benchclaims import open-llm-leaderboard results/snapshots/{sha}/fboulnois_huggingface_v1_first20rows.csv "
        f"--source-url {url}"
    )
    r = CliRunner().invoke(cli, ["validate", "--project", str(project)])
    assert r.exit_code == 0, r.output
    assert r.stderr.splitlines() == [
        f"Warning: results/imported/open-llm-leaderboard/{sha[:16]}.csv: imported by version 1 of the "
        "open-llm-leaderboard importer, and version 4 files it differently (60 of 140 rows filed differently; "
        f"line 2's metric 'accuracy' is now 'normalized accuracy'): re-import it with `{command}`"
    ]
    monkeypatch.chdir(project)  # the command names the kept copy as the project holds it
    assert run(project, *shlex.split(command)[2:]).exit_code == 0
    r = CliRunner().invoke(cli, ["validate", "--project", str(project)])
    assert (r.exit_code, r.stderr) == (0, "")
    # the kept copy's index now names the version that wrote the table, so a later edit by hand is an error again
    index = json.loads((project / "results" / "snapshots" / sha / "snapshot.json").read_text())
    assert index["importer_version"] == "4"


def test_validate_calls_a_score_edited_by_hand_an_error_though_an_older_importer_wrote_the_table(project, monkeypatch):
    # a newer importer files a score under another name, metric or setting, never another score: a table of
    # version 1 with a score edited by hand was a warning ("61 of 140 rows filed differently; line 2's metric
    # 'accuracy' is now 'normalized accuracy'") and validate passed it
    from harness.evidence.adapters import open_llm

    path = HERE / "open_llm_leaderboard" / "fboulnois_huggingface_v1_first20rows.csv"
    with monkeypatch.context() as old:
        old.setattr(open_llm.OpenLlmLeaderboard, "version", "1")
        old.setattr(open_llm, "V1", tuple(dataclasses.replace(t, metric_name="accuracy") for t in open_llm.V1))
        imported(
            project, "open-llm-leaderboard", str(path), "--source-url", "https://example.org/v1.csv", "--add-unmapped"
        )
    (project / "claims").mkdir()
    table = next((project / "results" / "imported" / "open-llm-leaderboard").glob("*.csv"))
    lines = table.read_text().split("\n")
    # a GSM8K row: version 2 files it as version 1 did, so only its score differs from a fresh import
    at = next(i for i, line in enumerate(lines) if ",GSM8K (Open LLM Leaderboard v1),accuracy," in line)
    cells = lines[at].split(",")
    cells[3] = "99.5"
    lines[at] = ",".join(cells)
    table.write_text("\n".join(lines))
    r = CliRunner().invoke(cli, ["validate", "--project", str(project)])
    assert r.exit_code == 2, r.output
    assert r.stderr.splitlines()[0] == (
        f"Error: results/imported/open-llm-leaderboard/{table.name}: differs from a fresh import of its snapshot "
        f"{table.stem[:12]}… (edited by hand, or the catalog changed since: `benchclaims import open-llm-leaderboard` "
        "of the kept copy refreshes it)"
    )


@pytest.mark.parametrize("edit", ["deleted", "added"])
def test_validate_calls_a_row_added_or_deleted_by_hand_an_error_though_an_older_importer_wrote_the_table(
    project, monkeypatch, edit
):
    # a newer importer files a number under another name, metric or setting; it neither adds nor drops one. A
    # table of version 1 with a row deleted (or a row added) by hand was the warning "60 of 139 rows filed
    # differently", exit 0, and re-importing it was said to be a matter of filing
    from harness.evidence.adapters import open_llm

    path = HERE / "open_llm_leaderboard" / "fboulnois_huggingface_v1_first20rows.csv"
    with monkeypatch.context() as old:
        old.setattr(open_llm.OpenLlmLeaderboard, "version", "1")
        old.setattr(open_llm, "V1", tuple(dataclasses.replace(t, metric_name="accuracy") for t in open_llm.V1))
        imported(
            project, "open-llm-leaderboard", str(path), "--source-url", "https://example.org/v1.csv", "--add-unmapped"
        )
    (project / "claims").mkdir()
    table = next((project / "results" / "imported" / "open-llm-leaderboard").glob("*.csv"))
    lines = table.read_text().split("\n")
    at = next(i for i, line in enumerate(lines) if ",GSM8K (Open LLM Leaderboard v1),accuracy," in line)
    row = next(csv.DictReader([lines[0], lines[at]]))
    if edit == "deleted":
        del lines[at]
        said = (
            f"lacks 1 row a fresh import gives (such as {row['model']!r} on 'GSM8K (Open LLM Leaderboard v1)', "
            f"{row['score']}, at {row['source_locator']!r})"
        )
    else:  # a second GSM8K score for the model, at a line of the source that holds none
        lines.insert(at + 1, lines[at].replace(f",{row['score']},", ",99.5,", 1).replace(" line 2, ", " line 40, "))
        said = (
            f"holds 1 row no fresh import gives (such as line {at + 2}: {row['model']!r} on 'GSM8K (Open LLM "
            "Leaderboard v1)', 99.5, at 'fboulnois_huggingface_v1_first20rows.csv line 40, gsm8k')"
        )
    table.write_text("\n".join(lines))
    r = CliRunner().invoke(cli, ["validate", "--project", str(project)])
    [sha] = os.listdir(project / "results" / "snapshots")
    assert (r.exit_code, r.stderr.splitlines()[0]) == (
        2,
        f"Error: results/imported/open-llm-leaderboard/{table.name}: {said}: added or deleted by hand, or "
        "version 1 of the open-llm-leaderboard importer read its snapshot otherwise than version 4: re-import "
        f"it with `benchclaims import open-llm-leaderboard results/snapshots/{sha}/{path.name} --source-url "
        "https://example.org/v1.csv`",
    )


def test_the_open_llm_leaderboard_v2_s_raw_mmlu_pro_is_its_own_run_not_the_catalog_s_mmlu_pro(project):
    # the seed catalog's MMLU-Pro holds developers' numbers (DeepSeek's 85.0, chain of thought); the leaderboard's
    # MMLU-PRO raw score is 5-shot, the likeliest option, no chain of thought (its About page): 0.1164 for
    # Matter-0.2-7B-DPO (1,400 of 12,032) was filed under the catalog's MMLU-Pro, beside the developers' numbers
    path = HERE / "open_llm_leaderboard" / "fboulnois_huggingface_v2_first40rows.csv"
    data = imported(project, "open-llm-leaderboard", str(path), "--add-unmapped")
    raw = next(r for r in data["rows"] if r["model_as_written"] == "0-hero/Matter-0.2-7B-DPO"
               and r["metric"] == "accuracy (raw)" and r["benchmark_as_written"].startswith("MMLU-PRO"))  # fmt: skip
    assert (raw["benchmark_as_written"], raw["value"], raw["notes"]) == (
        "MMLU-PRO (Open LLM Leaderboard v2)",
        11.6356382979,
        "the leaderboard's own run: 5-shot, acc: the likeliest of each question's options, no chain of thought, "
        "over the 12,032 test questions; converted from the fraction 0.116356",
    )
    assert "mmlu-pro" not in {r["benchmark"] for r in data["rows"]}


def test_open_llm_leaderboard_v2_math_is_one_benchmark_in_its_table_its_contents_its_cards_and_every_eval_ever(
    project,
):
    # "MATH Lvl 5" in the leaderboard's table and the results it writes into cards, "MATH Level 5" in its contents
    # dataset and in Every Eval Ever's records of it: one benchmark, not two
    folder = HERE / "open_llm_leaderboard"
    contents = imported(
        project, "open-llm-leaderboard", str(folder / "fboulnois_huggingface_v2_first40rows.csv"), "--add-unmapped"
    )
    imported(
        project, "open-llm-leaderboard", str(folder / "fboulnois_huggingface_v2_flat_first20rows.csv"), "--add-unmapped"
    )
    imported(project, "model-card", str(HERE / "model_card" / "dnhkng_RYS-XLarge_README.md"), "--add-unmapped")
    eee = imported(project, "eee", str(HERE / "eee" / "hfopenllm_v2_TencentARC_LLaMA-Pro-8B-Instruct_98ea850e.json"),
                   "--add-unmapped")  # fmt: skip
    names = [b.name for b in load_catalog(project / "catalog", project).all_benchmarks()]
    assert sorted(n for n in names if n.startswith("MATH")) == [
        "MATH Lvl 5 (Open LLM Leaderboard v2)",
        "MATH Lvl 5 (normalized, Open LLM Leaderboard v2)",
    ]
    line2 = {r["metric"]: r for r in contents["rows"] if r["model_as_written"] == "0-hero/Matter-0.2-7B-DPO"
             and r["benchmark_as_written"].startswith("MATH")}  # fmt: skip
    assert {m: (r["benchmark_as_written"], r["value"], r["notes"]) for m, r in line2.items()} == {
        "accuracy (raw)": (
            "MATH Lvl 5 (Open LLM Leaderboard v2)",
            1.4350453172,
            "the leaderboard's own run: 4-shot, exact match on MATH's level-5 problems only; the table calls it "
            "'MATH Level 5'; converted from the fraction 0.0143505",
        ),
        "normalized score": (
            "MATH Lvl 5 (normalized, Open LLM Leaderboard v2)",
            1.43504531722054,
            "rescaled so random guessing scores 0 (the leaderboard's normalization); the table calls it 'MATH Level 5'",
        ),
    }
    math_row = next(r for r in eee["rows"] if r["benchmark_as_written"] == "MATH Lvl 5 (Open LLM Leaderboard v2)")
    assert (math_row["value"], math_row["metric"], math_row["notes"].split("; ")[3]) == (
        2.49,
        "accuracy (raw)",
        "the record calls it 'MATH Level 5'",
    )


def test_every_eval_ever_records(project):
    data = imported(
        project,
        "eee",
        str(HERE / "eee" / "hfopenllm_v2_TencentARC_LLaMA-Pro-8B-Instruct_98ea850e.json"),
        "--add-unmapped",
    )
    got = {r["benchmark_as_written"]: r["value"] for r in data["rows"]}
    assert got["IFEval (Open LLM Leaderboard v2)"] == pytest.approx(44.86)
    assert got["BBH (Open LLM Leaderboard v2)"] == pytest.approx(42.24)
    assert {r["reported_by"] for r in data["rows"]} == {"Hugging Face"}
    yi = imported(project, "eee", str(HERE / "eee" / "mmlu-pro_01-ai_yi-1.5-34b-chat_676f4465.json"), "--add-unmapped")
    assert rows_by(yi, "benchmark_as_written")["MMLU-Pro (overall)"]["value"] == pytest.approx(52.29)


def test_every_eval_ever_result_named_only_within_its_board_gets_its_dataset(project):
    # RewardBench and RewardBench 2 both call their overall result "Score" and a subset "Safety":
    # claude-3-opus 0.8008 and 0.5744 were two scores of one benchmark
    got = {}
    for name in (
        "reward-bench_Anthropic_claude-3-opus-20240229_aeeca919",
        "reward-bench_Anthropic_claude-3-opus-20240229_db29538d",
    ):
        data = imported(project, "eee", str(HERE / "eee" / f"{name}.json"), "--add-unmapped")
        got.update({r["benchmark_as_written"]: r["value"] for r in data["rows"]})
    assert got["Score (RewardBench)"] == pytest.approx(80.08) and got["Score (RewardBench 2)"] == pytest.approx(57.44)
    assert got["Safety (RewardBench)"] == pytest.approx(86.62) and got["Safety (RewardBench 2)"] == pytest.approx(83.78)
    assert "Score" not in got and "Safety" not in got
    # a name that holds its dataset's stays as it is
    tencent = imported(
        project,
        "eee",
        str(HERE / "eee" / "hfopenllm_v2_TencentARC_LLaMA-Pro-8B-Instruct_98ea850e.json"),
        "--add-unmapped",
    )
    assert {r["benchmark_as_written"] for r in tencent["rows"]} >= {
        "IFEval (Open LLM Leaderboard v2)",
        "BBH (Open LLM Leaderboard v2)",
    }


def test_inspect_log_with_samples_as_items_and_limit_marked_partial(project):
    data = imported(project, "inspect", str(HERE / "inspect" / "evaleval_data_arc_sonnet.json"), "--add-unmapped")
    row = data["rows"][0]
    assert (row["model_as_written"], row["benchmark_as_written"], row["metric"]) == (
        "anthropic/claude-sonnet-4-0",
        "arc_easy",
        "choice accuracy",
    )
    assert (row["value"], row["stderr"], row["n"], row["per_item"], row["partial"]) == (100.0, 0.0, 5, 5, True)


def test_helm_run_with_per_instance_items(project):
    data = imported(project, "helm", str(HERE / "helm" / "mmlu_philosophy_gpt2" / "stats.json"), "--add-unmapped")
    [row] = data["rows"]
    # stats.json: exact_match on test, mean 0.111 over num_instances 9; one of nine right
    assert (row["model_as_written"], row["benchmark_as_written"]) == ("openai/gpt2", "mmlu:subject=philosophy")
    assert row["value"] == pytest.approx(100 / 9) and row["n"] == 9 and row["per_item"] == 9
    assert row["stderr"] == pytest.approx(100 * math.sqrt((1 / 9) * (8 / 9) * 9 / 8 / 9))


def test_helm_per_instance_results_whose_mean_is_not_the_runs_are_not_used(project, tmp_path):
    # the run's exact_match on test set to 0.5 while its nine instances average 1/9: their spread was given as the
    # stderr of 50 % and they were attached as its per-item results, unsaid
    run = tmp_path / "run"
    shutil.copytree(HERE / "helm" / "mmlu_philosophy_gpt2", run)
    stats = json.loads((run / "stats.json").read_text())
    [target] = [s for s in stats if s["name"] == {"name": "exact_match", "split": "test"}]
    target["mean"] = 0.5
    (run / "stats.json").write_text(json.dumps(stats))
    [row] = imported(project, "helm", str(run / "stats.json"), "--add-unmapped")["rows"]
    assert (row["value"], row["stderr"], row["per_item"]) == (50.0, None, 0)
    assert row["notes"].startswith(
        "per_instance_stats.json's mean 0.111111 is not stats.json's 0.5: its per-item results and stderr are not used;"
    )


def test_helm_metric_that_is_no_share_is_its_own_benchmark(project):
    # HELM safety v4, BBQ on gpt-4o: exact_match 0.95 and the ambiguous-context bias score 0.05 (-1 to 1)
    path = str(HERE / "helm" / "bbq_gpt-4o_safety_v4" / "stats.json")
    [acc] = imported(project, "helm", path, "--add-unmapped")["rows"]
    assert (acc["benchmark_as_written"], acc["value"], acc["n"]) == ("bbq:subject=all", 95.0, 100)
    data = imported(project, "helm", path, "--metric", "bbq_metric_ambiguous_bias", "--add-unmapped")
    [bias] = data["rows"]
    # kept as written on a benchmark of its own: never 5 % beside the 95 % accuracy of bbq:subject=all
    assert (bias["benchmark_as_written"], bias["value"]) == (
        "bbq:subject=all (bbq_metric_ambiguous_bias)",
        pytest.approx(0.05),
    )
    assert "converted from the fraction" not in bias["notes"]


def test_unknown_format_and_missing_file(project):
    r = run(project, "xlsx", "a.xlsx")
    assert r.exit_code == 2 and "unknown format 'xlsx'; choose one of: lm-eval, csv, model-card" in r.output
    r = run(project, "epoch", "nowhere.csv")
    assert r.exit_code == 2 and "nowhere.csv: no such file" in r.output


def test_the_same_content_imported_again_placing_no_row_removes_the_table_the_earlier_options_wrote(project, tmp_path):
    # the kept copy recorded the new options while the table the old ones wrote stayed: `validate` then said it
    # "differs from a fresh import of its snapshot", and importing the kept copy again, as it advised, mended nothing
    board = tmp_path / "board.csv"
    board.write_text("Model,Test,Pct\nGPT-5 (high),GPQA Diamond,85.7\n")
    given = ("--source-url", "https://x.example/b", "--reported-by", "Lab", "--as-of", "2025-12-01")
    assert run(project, "csv", str(board), "--columns", "Model=model,Test=benchmark,Pct=score", *given).exit_code == 0
    [table] = (project / "results" / "imported" / "csv").glob("*.csv")
    r = run(project, "csv", str(board), "--columns", "Test=model,Model=benchmark,Pct=score", *given)
    assert r.exit_code == 0, r.output
    assert f"  note: removed results/imported/csv/{table.name}: with these options none of its rows is imported\n" in (
        r.output
    )
    assert not table.exists()
    (project / "claims").mkdir()
    r = CliRunner().invoke(cli, ["validate", "--project", str(project)])
    assert (r.exit_code, r.output) == (0, "OK: 0 evidence rows, catalog and claims valid.\n")
    # look-alike: placed again as first imported, the table is back as it was
    assert run(project, "csv", str(board), "--columns", "Model=model,Test=benchmark,Pct=score", *given).exit_code == 0
    assert table.exists()


@pytest.mark.parametrize(
    "columns,said",
    [
        # "has no column 'Tset'" alone: which columns the table has, and which one was meant, were the user's to find
        ("Model=model,Tset=benchmark,Pct=score",
         "--columns Tset=benchmark: board.csv has no column 'Tset'; did you mean 'Test'? (its columns: Model, Test, Pct)"),
        ("Nope=model", "--columns Nope=model: board.csv has no column 'Nope' (its columns: Model, Test, Pct)"),
        ("Model=model,Test=benchmrk",
         "--columns Test=benchmrk: unknown field 'benchmrk'; did you mean 'benchmark'? use one of as_of_date, benchmark, "
         "metric, model, n, notes, reported_by, score, setting, shots, source_locator, source_url, stderr"),
        ("Model=model,Test=xyz",
         "--columns Test=xyz: unknown field 'xyz'; use one of as_of_date, benchmark, "
         "metric, model, n, notes, reported_by, score, setting, shots, source_locator, source_url, stderr"),
    ],
)  # fmt: skip
def test_a_misspelt_columns_name_is_told_the_one_it_is_spelt_like(project, tmp_path, columns, said):
    (tmp_path / "board.csv").write_text("Model,Test,Pct\nGPT-5 (high),GPQA Diamond,85.7\n")
    r = run(project, "csv", str(tmp_path / "board.csv"), "--columns", columns, "--source-url", "https://x.example/b",
            "--reported-by", "Lab")  # fmt: skip
    assert (r.exit_code, r.output) == (2, f"Error: {said.replace('board.csv', str(tmp_path / 'board.csv'))}\n")


@pytest.mark.parametrize("fmt", ["lm-eval", "eee", "inspect", "helm", "model-card", "csv", "epoch", "lmarena"])
def test_an_empty_source_is_said_to_be_empty_in_every_format(project, tmp_path, fmt):
    # a JSON format said "not valid JSON (Expecting value); expected ...", a model card "no YAML front matter", where
    # a CSV said the file was empty
    for content in ("", "\n  \n"):
        (tmp_path / "empty.json").write_text(content)
        r = run(project, fmt, str(tmp_path / "empty.json"))
        assert (r.exit_code, r.output) == (2, f"Error: {tmp_path / 'empty.json'}: the file is empty\n")


def test_an_as_of_in_the_future_is_refused_before_anything_is_read(project):
    # it was refused at each row, "no row passes the evidence checks (...)", after the file was read or downloaded
    from harness.claims.catalog_entries import latest_today

    r = run(project, "csv", "http://127.0.0.1:9/never-fetched.csv", "--as-of", "2999-01-01")
    assert (r.exit_code, r.output) == (
        2,
        f"Error: --as-of 2999-01-01 is in the future (the latest date anywhere now is {latest_today()}): the day the "
        "scores were published\n",
    )


def test_a_folder_given_as_the_source_is_named_a_folder_with_the_files_it_holds(project, tmp_path):
    # a HELM run is a folder, and naming it was "not a regular file", as if it were a device
    run_folder = tmp_path / "mmlu_philosophy_gpt2"
    shutil.copytree(REPO / "tests" / "fixtures" / "importers" / "helm" / "mmlu_philosophy_gpt2", run_folder)
    r = run(project, "helm", str(run_folder))
    assert (r.exit_code, r.output) == (
        2,
        f"Error: {run_folder}: is a folder, not a file: name a file in it (it holds per_instance_stats.json, "
        "run_spec.json, scenario.json, stats.json)\n",
    )
    (tmp_path / "empty").mkdir()
    r = run(project, "csv", str(tmp_path / "empty"))
    assert (r.exit_code, r.output) == (2, f"Error: {tmp_path / 'empty'}: is a folder, not a file: name a file in it\n")
    assert not (project / "results").exists()


def test_imported_rows_read_back_as_the_same_values(project, tmp_path):
    imported(project, "epoch", str(epoch_copy(tmp_path)))
    [table] = (project / "results" / "imported" / "epoch").glob("*.csv")
    with table.open() as f:
        rows = list(csv.DictReader(f))
    assert [(r["model"], r["score"], r["stderr"]) for r in rows] == [
        ("Gemini 2.5 Pro", "85.3", "2.0"),
        ("Kimi K2 Thinking", "84.2", "2.0"),
        ("GPT-5 (high)", "86.2", "2.0"),
    ]
    with pytest.raises(UsageError):
        import_source(project, "nope", "x", ImportOptions())
    with pytest.raises(InputError):
        import_source(project, "eee", str(table), ImportOptions())


EVERY_FORMAT = [
    ("lm-eval", "lm_eval/results_2026-01-21T03-44-18.458309.json", ["--model", "Bean"]),
    ("epoch", "epoch/external_benchmark_gsm8k.csv", []),
    ("lmarena", "lmarena/fboulnois_lmarena_text.csv", []),
    ("lmarena", "lmarena/leaderboard-text-excerpt.json", []),
    ("open-llm-leaderboard", "open_llm_leaderboard/fboulnois_huggingface_v2_first40rows.csv", []),
    ("eee", "eee/mmlu-pro_01-ai_yi-1.5-34b-chat_676f4465.json", []),
    ("inspect", "inspect/evaleval_data_pubmedqa_gpt4o_mini.json", []),
    ("helm", "helm/narrative_qa_gpt2/stats.json", []),
    ("model-card", "model_card/acrastt_Bean-3B_README.md", ["--source-url", "https://huggingface.co/acrastt/Bean-3B"]),
]


@pytest.mark.parametrize("fmt,name,extra", EVERY_FORMAT, ids=[f"{f}:{Path(n).name}" for f, n, _ in EVERY_FORMAT])
def test_every_format_lists_unmapped_names_then_imports_once(project, tmp_path, fmt, name, extra):
    folder = tmp_path / "src"
    shutil.copytree((HERE / name).parent, folder)
    source = folder / Path(name).name
    plain = imported(project, fmt, str(source), *extra)
    assert plain["unmapped"] and all(u["rows"] > 0 for u in plain["unmapped"])  # none of these is in the seed catalog
    data = imported(project, fmt, str(source), *extra, "--add-unmapped")
    assert data["rows"] and data["snapshot"]["new"] is False
    # what stays unmapped is spelled like a catalog id, or is a catalog model per the model registry
    # (e.g. LMArena's "gemini-3-pro"): left for `benchclaims link`, and the notes say so
    for u in data["unmapped"]:
        said = (f"{u['kind']} {u['name']!r} not added: {why}" for why in ("it is spelled like", "the model registry"))
        assert any(s in n for s in said for n in data["notes"])
    # every row says where it came from: the publisher's link, or the kept raw copy
    assert all(r["source"].startswith(("https://", "http://", "snapshot:")) for r in data["rows"])
    before = files(project)
    again = imported(project, fmt, str(source), *extra)
    assert again["rows"] == data["rows"] and again["snapshot"]["new"] is False
    assert files(project) == before
    assert store(project).records  # what was written reads back as evidence


@pytest.mark.parametrize("fmt,name,extra", EVERY_FORMAT, ids=[f"{f}:{Path(n).name}" for f, n, _ in EVERY_FORMAT])
def test_every_format_refuses_a_truncated_file_and_writes_nothing(project, tmp_path, fmt, name, extra):
    source = tmp_path / Path(name).name
    raw = (HERE / name).read_bytes()
    # cut inside the data: JSON no longer parses; tables lose their score columns or get a broken row
    source.write_bytes(raw[: len(raw) // 3] if raw.lstrip()[:1] in (b"{", b"[") else raw[:60])
    r = run(project, fmt, str(source), *extra, "--add-unmapped")
    assert r.exit_code == 2, r.output
    assert r.output.startswith(f"Error: {source}") and len(r.output.strip().splitlines()) <= 3
    assert not (project / "results").exists() and not (project / "catalog" / "imported.yaml").exists()


def test_the_bundled_import_re_derives_from_its_snapshot():
    from harness.verify import Project, validate

    run = validate(Project(REPO), [REPO / "claims"])
    assert [str(p) for p in run.problems] == []
    # Epoch's rows for catalog models (three GPQA Diamond rows of the seed's own models, three of the
    # open-weight models LMArena's import added) and the 22 rows of LMArena's 2025-12-11 excerpt
    imported = [r for r in run.evidence.records if r.snapshot]
    assert (len(imported), sum(r.benchmark == "lmarena-text" for r in imported)) == (28, 22)


def test_a_map_to_an_unknown_benchmark_and_a_second_format_are_one_line_errors(project, tmp_path):
    results = lm_eval_copy(tmp_path)
    r = run(project, "lm-eval", str(results), "--model", "Bean", "--map", "math_rephrased_full=AIME 2031")
    assert r.exit_code == 2
    assert r.output.startswith("Error: --map math_rephrased_full=AIME 2031: unknown benchmark 'AIME 2031'")
    # a table both importers can read: Epoch's external layout, and a CSV once its columns are mapped
    source = tmp_path / "external_benchmark_gpqa.csv"
    source.write_text("Name,Model version,Score,Source link\nGPT-5 (high),GPQA Diamond,85.7%,https://x.example\n")
    imported(project, "epoch", str(source))
    before = files(project)
    r = run(project, "csv", str(source), "--columns", "Name=model,Model version=benchmark,Score=score",
            "--source-url", "https://x.example", "--reported-by", "X")  # fmt: skip
    assert r.exit_code == 2
    assert r.output.strip() == f"Error: {source}: this content was imported as 'epoch'; import it as that format"
    assert files(project) == before


def test_a_refused_import_adds_nothing_to_the_catalog_either(project, tmp_path):
    path = tmp_path / "one.csv"
    path.write_text("Model,Benchmark,Score\nBrand-New-Model 7B,GPQA Diamond,0.9\n")
    r = run(project, "csv", str(path), "--source-url", "https://x.example", "--reported-by", "X", "--add-unmapped")
    assert r.exit_code == 2 and "could be a fraction or a percent" in r.output
    assert not (project / "catalog" / "imported.yaml").exists() and not (project / "results").exists()
    ok = imported(project, "csv", str(path), "--source-url", "https://x.example", "--reported-by", "X",
                  "--add-unmapped", "--scale", "fraction")  # fmt: skip
    assert (
        ok["rows"][0]["value"] == 90.0 and "Brand-New-Model 7B" in (project / "catalog" / "imported.yaml").read_text()
    )


def test_add_unmapped_adds_no_entry_for_a_name_whose_every_row_was_skipped(project, tmp_path):
    """Zeta-9's one score and Other Bench's one score are off the percent scale (140), skipped: each still became a
    catalog entry, which no evidence stood behind. Now neither is added, a note says so and the rows stay skipped
    with their reasons; Omega-2 on New Bench is imported and added as before."""
    path = tmp_path / "board.csv"
    path.write_text(
        "model,benchmark,score\nGPT-5.1,AIME 2025,94.6\nZeta-9,AIME 2025,140\nGPT-5.1,Other Bench,140\n"
        "Omega-2,New Bench,71.5\n"
    )
    flags = ["--source-url", "https://x.example/b", "--reported-by", "X", "--as-of", "2025-01-01", "--add-unmapped"]
    data = imported(project, "csv", str(path), *flags)
    assert [(row["model"], row["benchmark"], row["value"]) for row in data["rows"]] == [
        ("gpt-5.1", "aime-2025", 94.6),
        ("omega-2", "new-bench", 71.5),
    ]
    assert data["notes"] == [
        "benchmark 'Other Bench' not added to the catalog: none of its rows was imported",
        "model 'Zeta-9' not added to the catalog: none of its rows was imported",
    ]
    assert [(s["model"], s["benchmark"], s["reason"]) for s in data["skipped"]] == [
        ("Zeta-9", "AIME 2025", "score 140 is outside 0-100 for AIME 2025"),
        ("GPT-5.1", "Other Bench", "score 140 is outside 0-100 for Other Bench"),
    ]
    assert data["unmapped"] == []
    assert data["counts"] == {
        "read": 4, "imported": 2, "skipped": 2, "unmapped_rows": 0, "unmapped_names": 0, "notes": 2
    }  # fmt: skip
    added = yaml.safe_load((project / "catalog" / "imported.yaml").read_text())
    assert [m["id"] for m in added["models"]] == ["omega-2"] and [b["id"] for b in added["benchmarks"]] == ["new-bench"]


def test_a_skipped_csv_row_without_a_locator_is_placed_by_its_line_never_empty_brackets(project, tmp_path):
    # a csv row has no locator unless the file has a column for one: its skip line read 'score (): ...', then
    # nothing, so which row it was had to be searched; its line is its place
    path = tmp_path / "board.csv"
    path.write_text("model,benchmark,score\nGPT-5.1,AIME 2025,94.6\nGemini 3 Pro,AIME 2025,140\n")
    r = run(project, "csv", str(path), "--source-url", "https://x.example/b", "--reported-by", "X")
    assert r.exit_code == 0, r.output
    assert [line for line in r.stdout.splitlines() if line.startswith("  skipped ")] == [
        "  skipped Gemini 3 Pro / AIME 2025 / score (board.csv line 3): score 140 is outside 0-100 for AIME 2025"
    ]


def test_a_skipped_score_with_no_benchmark_prints_no_empty_field(project, tmp_path):
    # a model card's result with no dataset has no benchmark: its skip line read 'nl_pipeline /  / precision'
    card = tmp_path / "README.md"
    card.write_text(
        "---\nmodel-index:\n- name: nl_pipeline\n  results:\n"
        "  - task: {type: token-classification}\n    metrics:\n    - {type: precision, value: 0.93}\n"
        "  - task: {type: text-classification}\n    dataset: {name: GLUE SST2, type: glue}\n"
        "    metrics:\n    - {type: accuracy, value: 91.2}\n---\n"
    )
    r = run(project, "model-card", str(card), "--source-url", "https://huggingface.co/o/nl_pipeline")
    assert r.exit_code == 0, r.output
    assert [line for line in r.stdout.splitlines() if line.startswith("  skipped ")] == [
        "  skipped nl_pipeline / precision (model card front matter, model-index[0].results[0].metrics[0]): "
        "model-index[0].results[0] has no dataset: no benchmark to file the score under"
    ]


def test_an_import_of_one_value_under_one_unplaced_name_counts_them_singular(project, tmp_path):
    # the summary said '1 value(s) read, ... 1 unmapped name(s)', '1 name(s) not in the catalog', '1 row(s)'
    path = tmp_path / "board.csv"
    path.write_text("model,benchmark,score\nNobody-7B,AIME 2025,61.5\n")
    r = run(project, "csv", str(path), "--source-url", "https://x.example/b", "--reported-by", "X")
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith(f"{path}: 1 value read, 0 imported, 0 skipped, 1 under 1 unmapped name; new snapshot")
    assert r.stderr.splitlines()[:2] == [
        "  1 name not in the catalog (1 name use in rows left out):",
        "    model 'Nobody-7B': 1 row",
    ]
    # every name placed: no "0 under 0 unmapped names"
    path.write_text("model,benchmark,score\nGPT-5.1,AIME 2025,94.6\n")
    r = run(project, "csv", str(path), "--source-url", "https://x.example/b", "--reported-by", "X")
    assert r.exit_code == 0, r.output
    assert r.stdout.startswith(f"{path}: 1 value read, 1 imported, 0 skipped; new snapshot")


def test_rows_of_the_wrong_width_are_reported_on_the_line_they_start(project, tmp_path):
    # Epoch's external layout: a row with a missing cell, after a quoted note that spans two lines
    source = tmp_path / "external_benchmark_gpqa.csv"
    source.write_text(
        "Name,Model version,Score,Notes,Source link\n"
        'GPT-5 (high),v1,85.7%,"a note\non two lines",https://x.example\n'
        "Gemini 3 Pro,v1,91.9%,https://y.example\n"
    )
    r = run(project, "epoch", str(source))
    assert r.exit_code == 2
    assert r.output.strip() == f"Error: {source}:4: has 4 fields; the header has 5"
    assert not (project / "results").exists()


def test_a_column_given_twice_or_mapped_twice_is_refused(project, tmp_path):
    path = tmp_path / "t.csv"
    path.write_text("Model,Benchmark,Score,Score\nGPT-5 (high),GPQA Diamond,85.7,86.2\n")
    r = run(project, "csv", str(path), "--source-url", "https://x.example", "--reported-by", "X")
    assert r.output.strip() == f"Error: {path}:1: 1 column given twice: Score"
    path.write_text("Model,Benchmark,A,B\nGPT-5 (high),GPQA Diamond,85.7,86.2\n")
    r = run(project, "csv", str(path), "--columns", "A=score,B=score", "--source-url", "https://x.example",
            "--reported-by", "X")  # fmt: skip
    assert r.exit_code == 2 and r.output.strip() == "Error: --columns maps more than one column to score"


@pytest.mark.parametrize(
    "fmt,closest",
    [
        ("lmarna", "lmarena"),
        ("LMArena", "lmarena"),
        ("lm_eval", "lm-eval"),
        ("lm-evaluation-harness", "lm-eval"),
        ("open_llm", "open-llm-leaderboard"),
        ("inspect_ai", "inspect"),
        ("csvv", "csv"),
    ],
)
def test_a_misspelt_format_names_the_closest_real_ones(project, fmt, closest):
    r = run(project, fmt, "a.json")
    assert r.exit_code == 2
    assert r.output == (
        f"Error: unknown format {fmt!r}; did you mean {closest}? choose one of: "
        "lm-eval, csv, model-card, epoch, lmarena, open-llm-leaderboard, eee, inspect, helm\n"
    )


def test_format_given_as_an_option_says_it_is_the_first_argument(project):
    r = run(project, "--format", "lmarena", "a.json")
    assert r.exit_code == 2
    assert r.output == (  # one line: no usage lines before it
        "Error: the format is the first argument, not an option: benchclaims import lmarena SOURCE...\n"
    )
    r = run(project, "--format", "lmarna", "a.json")
    assert r.exit_code == 2
    assert r.output.splitlines() == [
        "Error: the format is the first argument, not an option: benchclaims import FORMAT SOURCE... "
        "(unknown format 'lmarna'; did you mean lmarena? choose one of: "
        "lm-eval, csv, model-card, epoch, lmarena, open-llm-leaderboard, eee, inspect, helm)"
    ]


def test_added_entries_cite_a_local_file_by_name_never_by_the_importers_folders(project, tmp_path):
    # a file outside the project is `file:<name>` (as its snapshot records it); one inside, its path there
    outside = tmp_path / "elsewhere" / "cola-v0-res.json"
    outside.parent.mkdir()
    shutil.copy(HERE / "lm_eval_03" / "cola-v0-res.json", outside)
    imported(project, "lm-eval", str(outside), "--model", "tiny-outside", "--add-unmapped")
    inside = project / "sources" / "arc_easy-v0-res.json"
    inside.parent.mkdir()
    shutil.copy(HERE / "lm_eval_03" / "arc_easy-v0-res.json", inside)
    imported(project, "lm-eval", str(inside), "--model", "tiny-inside", "--add-unmapped")
    text = (project / "catalog" / "imported.yaml").read_text()
    assert str(tmp_path) not in text
    cited = [line.strip() for line in text.splitlines() if "imported_from:" in line]
    assert set(cited) == {"imported_from: file:cola-v0-res.json", "imported_from: sources/arc_easy-v0-res.json"}


@pytest.mark.parametrize(
    "cells,line",
    [
        # "²" passes str.isdigit and int() refused it: "not a well-formed file (not enough values to unpack ...)"
        ("²,5", "board.csv:2: n: must be a positive whole number, got '²'"),
        ("100,²", "board.csv:2: shots: must be a whole number (or '5-shot'), got '²'"),
        # dropped: the row was read as shots not stated
        ("100,five", "board.csv:2: shots: must be a whole number (or '5-shot'), got 'five'"),
        # int() of more than 4,300 digits refused in Python's words, which read as "not a well-formed file (not
        # enough values to unpack (expected 2, got 1))"
        (
            "1" + "0" * 5000 + ",5",
            "board.csv:2: n: '" + "1" + "0" * 79 + "'… (5,001 characters) is too large for a "
            "count (at most 1,000,000,000,000,000)",
        ),
        (
            "100,1" + "0" * 5000,
            "board.csv:2: shots: '" + "1" + "0" * 79 + "'… (5,001 characters) is too large for "
            "a count (at most 1,000,000,000,000,000)",
        ),
    ],
)
def test_a_count_a_table_gives_in_other_digits_or_words_is_named(project, tmp_path, cells, line):
    board = tmp_path / "board.csv"
    board.write_text(f"model,benchmark,score,n,shots\nGPT-5 (high),GPQA Diamond,85.7,{cells}\n")
    r = run(project, "csv", str(board), "--source-url", "https://x.example", "--reported-by", "X", "--as-of",
            "2025-12-01")  # fmt: skip
    assert (r.exit_code, r.output) == (2, f"Error: {tmp_path}/{line}\n")


def test_a_shots_cell_written_as_5_shot_is_read(project, tmp_path):
    board = tmp_path / "board.csv"
    board.write_text("model,benchmark,score,shots\nGPT-5 (high),GPQA Diamond,85.7,5-shot\n")
    data = imported(project, "csv", str(board), "--source-url", "https://x.example", "--reported-by", "X",
                    "--as-of", "2025-12-01")  # fmt: skip
    assert len(data["rows"]) == 1
    [table] = (project / "results" / "imported" / "csv").glob("*.csv")
    assert [row["shots"] for row in csv.DictReader(table.open())] == ["5"]


def test_a_votes_or_shots_cell_in_other_digits_is_no_count_and_no_traceback(project, tmp_path):
    # str.isdigit passes '²', which int() refuses: both cells ended the import in a ValueError
    board = tmp_path / "fboulnois_lmarena_text.csv"
    board.write_text(
        (HERE / "lmarena" / "fboulnois_lmarena_text.csv").read_text().replace("1446,+6/-6,13715,", "1446,+6/-6,²,", 1)
    )
    data = imported(project, "lmarena", str(board), "--add-unmapped")
    row = rows_by(data, "model_as_written")["Gemini-2.5-Pro-Preview-05-06"]
    assert (row["value"], row["n"]) == (1446.0, None)
    assert "votes '²' is no count: votes not stated" in row["notes"].split("; ")
    table = tmp_path / "external_benchmark_gsm8k.csv"
    table.write_text(
        (HERE / "epoch" / "external_benchmark_gsm8k.csv")
        .read_text(encoding="utf-8-sig")
        .replace("Palmyra X (43B),63.3%,,5,", "Palmyra X (43B),63.3%,,²,", 1)
    )
    data = imported(project, "epoch", str(table), "--add-unmapped")
    row = rows_by(data, "model_as_written")["Palmyra X (43B)"]
    assert (row["value"], row["setting"]) == (63.3, "")
    assert "Shots '²' is no count: shots not stated" in row["notes"].split("; ")


def test_a_votes_or_shots_cell_of_5000_digits_is_no_count_and_no_traceback(project, tmp_path):
    # int() of more than 4,300 digits refuses in Python's words: the whole board or table was refused as
    # 'not a well-formed file (Exceeds the limit (4300 digits) for integer string conversion ...)'
    big = "9" * 5000
    board = tmp_path / "fboulnois_lmarena_text.csv"
    board.write_text(
        (HERE / "lmarena" / "fboulnois_lmarena_text.csv")
        .read_text()
        .replace("1446,+6/-6,13715,", f"1446,+6/-6,{big},", 1)
    )
    data = imported(project, "lmarena", str(board), "--add-unmapped")
    row = rows_by(data, "model_as_written")["Gemini-2.5-Pro-Preview-05-06"]
    assert (row["value"], row["n"]) == (1446.0, None)
    assert f"votes {'9' * 40!r} is no count: votes not stated" in row["notes"].split("; ")
    table = tmp_path / "external_benchmark_gsm8k.csv"
    table.write_text(
        (HERE / "epoch" / "external_benchmark_gsm8k.csv")
        .read_text(encoding="utf-8-sig")
        .replace("Palmyra X (43B),63.3%,,5,", f"Palmyra X (43B),63.3%,,{big},", 1)
    )
    data = imported(project, "epoch", str(table), "--add-unmapped")
    row = rows_by(data, "model_as_written")["Palmyra X (43B)"]
    assert (row["value"], row["setting"]) == (63.3, "")
    assert any(
        n.startswith("Shots '") and n.endswith("' is no count: shots not stated") for n in row["notes"].split("; ")
    )


def test_a_release_date_after_today_in_a_source_is_left_out_of_a_new_entry(project, tmp_path):
    # the catalog refuses a release after today, so an entry written with one would stop every command:
    # Epoch's model_versions.csv with claude-3-5-haiku-20241022's release date moved to tomorrow
    from datetime import timedelta

    from harness.claims.catalog_entries import latest_today

    # the day after the latest date anywhere: the machine's own tomorrow has begun in UTC+14 for part of each day
    tomorrow = (latest_today() + timedelta(days=1)).isoformat()
    folder = tmp_path / "epoch"
    folder.mkdir()
    shutil.copy(HERE / "epoch" / "benchmarks_runs.csv", folder / "benchmarks_runs.csv")
    versions = (HERE / "epoch" / "model_versions.csv").read_text(encoding="utf-8-sig")
    edited = versions.replace(
        "\nclaude-3-5-haiku-20241022,Claude 3.5 Haiku,2024-10-22,",
        f"\nclaude-3-5-haiku-20241022,Claude 3.5 Haiku,{tomorrow},",
    )
    assert edited != versions
    (folder / "model_versions.csv").write_text(edited)
    imported(project, "epoch", str(folder / "benchmarks_runs.csv"), "--add-unmapped")
    catalog = load_catalog(project / "catalog", project)  # loads: the entry holds no future date
    entry = catalog.model("claude-3-5-haiku-20241022")
    assert entry.release_date is None
    assert f"release date per the source {tomorrow} is after today: left out" in entry.notes


def test_add_unmapped_never_gives_an_entry_the_id_another_names_alias_spells(tmp_path):
    # LMArena's "deepseek-v3.2" is the non-thinking mode; the model registry's id for the thinking mode is
    # deepseek-v3.2. Into a catalog without DeepSeek, --add-unmapped wrote an entry with that id beside one
    # aliased "deepseek-v3.2", and the catalog refused itself: nothing was imported
    root = tmp_path / "proj"
    (root / "catalog").mkdir(parents=True)
    (root / "catalog" / "catalog.yaml").write_text(
        "organisations: [{id: lab, name: Lab}]\nmodels: [{id: m, name: M, developer: lab, open_weights: true}]\n"
    )
    path = HERE / "lmarena" / "leaderboard-text-2025-12-11-excerpt.json"
    data = imported(
        root, "lmarena", str(path), "--source-url", "https://github.com/lmarena/arena-catalog", "--add-unmapped"
    )
    placed = {r["model_as_written"]: r["model"] for r in data["rows"]}
    assert placed["deepseek-v3.2"] == "deepseek-v3.2-non-thinking"
    assert placed["deepseek-v3.2-thinking"] == "deepseek-v3.2-2"
    catalog = load_catalog(root / "catalog", root)
    assert catalog.model("deepseek-v3.2").name == "DeepSeek-V3.2 (non-thinking)"


def test_a_model_cards_word_error_rate_is_a_lower_is_better_percent(project):
    # KBLab/wav2vec2-large-voxrex-swedish: "Test WER" 8.49 on Common Voice. WER was not in the vocabulary: the
    # new benchmark was a higher-is-better percent, so a model with more errors would have ranked first. A value
    # above 1 settles the scale: a percent (the card's prose: "8.49%"), on a percent benchmark, lower is better
    card = HERE / "model_card" / "KBLab_wav2vec2-large-voxrex-swedish_README.md"
    url = "https://huggingface.co/KBLab/wav2vec2-large-voxrex-swedish"
    data = imported(project, "model-card", str(card), "--source-url", url, "--add-unmapped")
    assert [(r["benchmark_as_written"], r["metric"], r["value"]) for r in data["rows"]] == [
        ("Common Voice", "Test WER", 8.49)
    ]
    added = yaml.safe_load((project / "catalog" / "imported.yaml").read_text())["benchmarks"]
    assert [(b["name"], b.get("metric_kind", "percent"), b["higher_is_better"]) for b in added] == [
        ("Common Voice", "percent", False)
    ]


def test_a_word_error_rate_above_100_imports_on_a_benchmark_without_a_top(project, tmp_path):
    # insertions are errors too, so a WER passes 100 % (a model that babbles on silence): KBLab's card with its
    # 8.49 written 105.2 was skipped, "score 105.2 is outside 0-100 for Common Voice", as if the rate were wrong
    card = tmp_path / "README.md"
    real = (HERE / "model_card" / "KBLab_wav2vec2-large-voxrex-swedish_README.md").read_text()
    card.write_text(real.replace("value: 8.49", "value: 105.2"))
    url = "https://huggingface.co/KBLab/wav2vec2-large-voxrex-swedish"
    data = imported(project, "model-card", str(card), "--source-url", url, "--add-unmapped")
    assert [(r["benchmark_as_written"], r["metric"], r["value"]) for r in data["rows"]] == [
        ("Common Voice", "Test WER", 105.2)
    ]
    # the new entry is a lower-is-better percent with no top: no cap at 100, and no share of items
    added = yaml.safe_load((project / "catalog" / "imported.yaml").read_text())["benchmarks"]
    assert [(b["name"], b["higher_is_better"], b["max_score"]) for b in added] == [
        ("Common Voice", False, float("inf"))
    ]
    assert [(r.value, r.benchmark) for r in store(project).records] == [(105.2, "common-voice")]
    # a catalog entry already there, a percent with no max_score, is read as a share of items: still skipped,
    # and the reason says which rule and what lets the rate in
    (project / "catalog" / "imported.yaml").unlink()
    shutil.rmtree(project / "results")
    (project / "catalog" / "asr.yaml").write_text(
        "benchmarks:\n  - {id: common-voice, name: Common Voice, higher_is_better: false}\n"
    )
    data = imported(project, "model-card", str(card), "--source-url", url, "--add-unmapped", code=2)
    assert [s["reason"] for s in data["skipped"]] == [
        "score 105.2 is over 100, and Common Voice is a percent benchmark with no max_score, read as a share of "
        "items (at most 100); 'Test WER' is an error rate that can pass 100 (insertions are errors too): give "
        "Common Voice's catalog entry max_score: .inf"
    ]


def test_an_error_rate_is_not_kept_as_written_on_a_benchmark_scored_in_points(project):
    # the Common Voice entry an import made before WER was a share (0044423: metric_kind points): KBLab's 8.49
    # was kept as written there, and a card's 0.0633 would have sat beside it; only a percent benchmark decides
    (project / "catalog" / "asr.yaml").write_text(
        "benchmarks:\n  - {id: common-voice, name: Common Voice, metric_kind: points, higher_is_better: false}\n"
    )
    card = HERE / "model_card" / "KBLab_wav2vec2-large-voxrex-swedish_README.md"
    data = imported(
        project, "model-card", str(card), "--source-url", "https://huggingface.co/KBLab/x", "--add-unmapped", code=2
    )
    assert data["rows"] == []
    assert [s["reason"] for s in data["skipped"]] == [
        "'Test WER' is written 0-1 or 0-100, but Common Voice is scored in points, where nothing says which: give "
        "the benchmark metric_kind: percent"
    ]


def test_an_error_rate_at_most_1_is_skipped_until_the_scale_is_given(project):
    # NbAiLab/nb-wav2vec2-1b-bokmaal writes WER 0.0633 and CER 0.0248, fractions (its table: "Final WER 6.33").
    # Kept as written, 0.0633 sat on the card's own scale beside another card's 8.49 %; a lower-is-better
    # rate at most 1 fits both scales (0.09 % is a WER a strong model can have), so it is never guessed
    card = HERE / "model_card" / "NbAiLab_nb-wav2vec2-1b-bokmaal_README.md"
    url = "https://huggingface.co/NbAiLab/nb-wav2vec2-1b-bokmaal"
    data = imported(project, "model-card", str(card), "--source-url", url, "--add-unmapped", code=2)
    assert data["rows"] == []
    assert [(s["metric"], s["reason"]) for s in data["skipped"]] == [
        (
            f"Test (Bokmål) {m}",
            f"'Test (Bokmål) {m}' {v} may be on 0-1 or on 0-100, and the file does not say which (lower is better, "
            f"so a small value fits both; every 'Test (Bokmål) {m}' score in the file is at most 1): pass --scale "
            "fraction (multiplied by 100) or --scale percent (kept as written)",
        )
        for m, v in (("WER", "0.0633"), ("CER", "0.0248"))
    ]
    data = imported(project, "model-card", str(card), "--source-url", url, "--add-unmapped", "--scale", "fraction")
    assert [(r["benchmark_as_written"], r["metric"], r["value"]) for r in data["rows"]] == [
        ("NPSC", "Test (Bokmål) WER", 6.33),
        ("NPSC", "Test (Bokmål) CER", 2.48),
    ]
    added = yaml.safe_load((project / "catalog" / "imported.yaml").read_text())["benchmarks"]
    assert [(b["name"], b.get("metric_kind", "percent"), b["higher_is_better"]) for b in added] == [
        ("NPSC", "percent", False)
    ]


def test_a_model_cards_score_written_with_its_spread_is_read_and_its_spread_noted(project):
    # jat-project/jat writes its IQM scores with a bracket ("0.14 [0.14, 0.15]") and each game's return with a spread
    # ("1518.70 +/- 568.14"): every one was skipped, "value '0.14 [0.14, 0.15]' is not a number". The score is read;
    # the card never says what the bracket or the +/- is, so neither becomes an SE: each is kept in the row's notes
    (project / "metrics.yaml").write_text(
        "metrics:\n"
        + "".join(f"  {m}: {{range: signed}}\n" for m in ("total reward", "expert normalized total reward",
                                                          "human normalized total reward",
                                                          "iqm expert normalized total reward",
                                                          "iqm human normalized total reward"))
    )  # fmt: skip
    card = HERE / "model_card" / "jat-project_jat_README_excerpt.md"
    data = imported(project, "model-card", str(card), "--source-url", "https://huggingface.co/jat-project/jat",
                    "--add-unmapped")  # fmt: skip
    assert data["skipped"] == []
    got = [(r["benchmark_as_written"], r["value"], r["stderr"], r["notes"].split("; ")[0]) for r in data["rows"]]
    unstated = "the bracket's kind is not stated (a confidence interval? a range?), not read as an SE"
    assert got == [
        ("Atari 57 (IQM expert normalized total reward)", 0.14, None, f"written '0.14 [0.14, 0.15]': {unstated}"),
        ("Atari 57 (IQM human normalized total reward)", 0.38, None, f"written '0.38 [0.37, 0.39]': {unstated}"),
        ("BabyAI (IQM expert normalized total reward)", 0.99, None, f"written '0.99 [0.99, 0.99]': {unstated}"),
        ("MetaWorld (IQM expert normalized total reward)", 0.65, None, f"written '0.65 [0.64, 0.67]': {unstated}"),
        ("MuJoCo (IQM expert normalized total reward)", 0.85, None, f"written '0.85 [0.83, 0.86]': {unstated}"),
        ("Alien", 1518.7, None, "written '1518.70 +/- 568.14': ± 568.14 of unstated kind (an SE, an SD?), not read "
                                "as an SE"),
        ("Alien (Expert normalized total reward)", 0.08, None, "written '0.08 +/- 0.03': ± 0.03 of unstated kind (an SE, an SD?), not read as an SE"),
        ("Alien (Human normalized total reward)", 0.19, None, "written '0.19 +/- 0.08': ± 0.08 of unstated kind (an SE, an SD?), not read as an SE"),
    ]  # fmt: skip
    # a card that says what its spread is gives the SE; one whose bracket does not hold the number is skipped, saying so
    text = card.read_text()
    stated = text.replace("value: 1518.70 +/- 568.14", "value: 1518.70 +/- 568.14 (SE)").replace(
        "value: 0.38 [0.37, 0.39]", "value: 0.38 [0.39, 0.41]"
    )
    (project / "stated.md").write_text(stated)
    data = imported(project, "model-card", str(project / "stated.md"), "--source-url",
                    "https://huggingface.co/jat-project/jat", "--add-unmapped")  # fmt: skip
    assert [(r["value"], r["stderr"]) for r in data["rows"] if r["benchmark_as_written"] == "Alien"][0] == (
        1518.7,
        568.14,
    )
    assert [(s["metric"], s["reason"]) for s in data["skipped"]] == [
        (
            "IQM human normalized total reward",
            "value '0.38 [0.39, 0.41]' is a number and a bracket that does not hold it (0.39 to 0.41): which is the "
            "score cannot be told",
        )
    ]


def test_a_reinforcement_learning_return_is_the_environments_own_points(project):
    # jat-project/jat's "Total reward" 1518.70 on Alien was skipped, "outside 0-100", as if a return were a percent
    card = HERE / "model_card" / "jat-project_jat_README_excerpt.md"
    data = imported(project, "model-card", str(card), "--source-url", "https://huggingface.co/jat-project/jat",
                    "--add-unmapped", "--scale", "fraction")  # fmt: skip
    assert data["skipped"] == []
    got = {r["benchmark_as_written"]: (r["metric"], r["value"]) for r in data["rows"]}
    # the raw return is the game's own score; a return normalized by an expert's stays a benchmark of its own
    assert got["Alien"] == ("Total reward", 1518.7)
    assert got["Alien (Expert normalized total reward)"] == ("Expert normalized total reward", 8.0)
    added = {b["name"]: b for b in yaml.safe_load((project / "catalog" / "imported.yaml").read_text())["benchmarks"]}
    assert (added["Alien"]["metric_kind"], added["Alien"]["min_score"]) == ("points", -math.inf)
    # a return named in other words is one too ("Episode return", skrl's "Total reward (mean)"); a metric the
    # vocabulary lacks with a value outside 0-100 is still skipped, never read as points: a table's training compute
    # (3.8e+25 FLOP) is no score
    (project / "renamed.md").write_text(
        card.read_text()
        .replace("name: Total reward", "name: Episode return")
        .replace("type: total_reward", "type: episode_return")
        .replace("value: 1518.70 +/- 568.14", "value: -21.30 +/- 568.14")
    )
    data = imported(project, "model-card", str(project / "renamed.md"), "--source-url",
                    "https://huggingface.co/jat-project/jat", "--add-unmapped", "--scale", "fraction")  # fmt: skip
    [row] = [r for r in data["rows"] if r["metric"] == "Episode return"]
    assert (row["benchmark_as_written"], row["value"], data["skipped"]) == ("Alien", -21.3, [])
    (project / "compute.md").write_text(
        card.read_text()
        .replace("name: Total reward", "name: Training FLOPs")
        .replace("type: total_reward", "type: training_flops")
    )
    data = imported(project, "model-card", str(project / "compute.md"), "--source-url",
                    "https://huggingface.co/jat-project/jat", "--add-unmapped", "--scale", "fraction")  # fmt: skip
    assert [s["metric"] for s in data["skipped"]] == ["Training FLOPs"]
    assert "Training FLOPs" not in {r["metric"] for r in data["rows"]}


def test_a_model_cards_metric_the_vocabulary_lacks_is_its_own_benchmark(project):
    # Intel/neural-chat-7b-v3-1 names its training set as the dataset and the benchmarks as metrics: seven
    # scores ("ARC (25-shot)" 66.21, "HellaSwag (10-shot)" 83.64, ...) of one benchmark "Open-Orca/SlimOrca"
    card = HERE / "model_card" / "Intel_neural-chat-7b-v3-1_README.md"
    data = imported(project, "model-card", str(card), "--source-url", "https://huggingface.co/Intel/neural-chat-7b-v3-1",
                    "--add-unmapped")  # fmt: skip
    got = {r["benchmark_as_written"]: r["value"] for r in data["rows"]}
    assert len(got) == 7
    assert got["Open-Orca/SlimOrca (ARC (25-shot))"] == 66.21
    assert got["Open-Orca/SlimOrca (HellaSwag (10-shot))"] == 83.64
    # the Open LLM Leaderboard v1's names, with no metric: kept apart from its benchmarks, and said
    arc = next(r for r in data["rows"] if r["benchmark_as_written"] == "Open-Orca/SlimOrca (ARC (25-shot))")
    assert arc["notes"].split("; ")[1] == (
        "not filed under ARC (Open LLM Leaderboard v1), whose setting is 25-shot, acc_norm, test split, configuration ARC-Challenge: the card names "
        "'ARC (25-shot)' as a metric of Open-Orca/SlimOrca, with no metric of its own"
    )
    assert sum("not filed under" in r["notes"] for r in data["rows"]) == 7  # DROP (3-shot) too


def test_a_model_card_s_drop_in_the_v1_leaderboard_s_setting_is_the_leaderboard_s_withdrawn_run(project):
    # zephyr-7b-beta's card (late 2023) gives the v1 leaderboard's DROP as its team wrote it: "Drop (3-Shot)", type
    # drop, 3-shot f1 on validation, 9.66. Not a developer's DROP 3-shot F1 (the run the leaderboard found missed
    # numeric answers, then withdrew), and one benchmark with the other cards that give it ("Drop (3-Shot)", notus)
    card = HERE / "model_card" / "HuggingFaceH4_zephyr-7b-beta_README_excerpt.md"
    data = imported(project, "model-card", str(card), "--source-url", "https://huggingface.co/HuggingFaceH4/zephyr-7b-beta",
                    "--add-unmapped")  # fmt: skip
    drop = next(r for r in data["rows"] if r["benchmark_as_written"].startswith("DROP"))
    assert (drop["benchmark_as_written"], drop["metric"], drop["value"], drop["notes"].split("; ")[:2]) == (
        "DROP (Open LLM Leaderboard v1)",
        "f1 score",
        9.66243708053691,
        [
            "the card calls it 'Drop (3-Shot)'",
            "a run the leaderboard withdrew: its final six tasks leave DROP out, and its DROP deep dive (Hugging "
            "Face, 2023-12-01) found its f1 missed correct numeric answers",
        ],
    )


def test_a_model_card_result_whose_dataset_has_no_name_uses_its_type_else_is_skipped(project, tmp_path):
    # Intel's card, its dataset's name removed, then its type too (a split left): the benchmarks were " (ARC (25-shot))" and six
    # more, named by nothing but the metric (and a known metric's row, "", refused the whole card)
    real = (HERE / "model_card" / "Intel_neural-chat-7b-v3-1_README.md").read_text()
    url = "https://huggingface.co/Intel/neural-chat-7b-v3-1"
    card = tmp_path / "README.md"
    card.write_text(real.replace("      name: Open-Orca/SlimOrca\n", "", 1))
    data = imported(project, "model-card", str(card), "--source-url", url)
    assert "Open-Orca/SlimOrca (ARC (25-shot))" in {u["name"] for u in data["unmapped"] if u["kind"] == "benchmark"}
    card.write_text(
        real.replace("      type: Open-Orca/SlimOrca\n      name: Open-Orca/SlimOrca\n", "      split: test\n", 1)
    )
    r = run(project, "model-card", str(card), "--source-url", url, "--json")
    assert r.exit_code == 2
    assert r.stderr.strip() == (
        f"Error: {card}: no scores found: 7 values, none a score "
        "(model-index[0].results[0].dataset has no name or type: no benchmark to file the score under)"
    )


def test_a_model_card_result_with_no_dataset_is_skipped_and_the_others_still_read(project, tmp_path):
    # spaCy's cards give their NER scores with a task and metrics but no dataset (22 of 400 cards drawn at random from
    # a mirror of Hub cards): such a result refused the whole card, the card's other results with it
    card = tmp_path / "README.md"
    card.write_text(
        "---\nmodel-index:\n- name: nl_pipeline\n  results:\n"
        "  - task: {name: NER, type: token-classification}\n"
        "    metrics:\n    - {name: NER Precision, type: precision, value: 0.9371146732}\n"
        "  - task: {type: text-classification}\n    dataset: {name: GLUE SST2, type: glue, config: sst2}\n"
        "    metrics:\n    - {name: Accuracy, type: accuracy, value: 91.2}\n---\n"
    )
    data = imported(project, "model-card", str(card), "--source-url", "https://huggingface.co/o/nl_pipeline",
                    "--add-unmapped")  # fmt: skip
    assert [(r["benchmark_as_written"], r["metric"], r["value"]) for r in data["rows"]] == [
        ("GLUE SST2", "Accuracy", 91.2)
    ]
    assert [s["reason"] for s in data["skipped"]] == [
        "model-index[0].results[0] has no dataset: no benchmark to file the score under"
    ]


def test_mtebs_best_over_similarity_functions_is_a_score_not_bookkeeping(project):
    # BAAI/bge-small-en-v1.5's SprintDuplicateQuestions: max_accuracy, max_ap (MTEB's main pair-classification
    # score) and max_f1 were skipped as "run bookkeeping" (the pattern meant for max_tokens)
    card = HERE / "model_card" / "BAAI_bge-small-en-v1.5_README_excerpt.md"
    data = imported(project, "model-card", str(card), "--source-url", "https://huggingface.co/BAAI/bge-small-en-v1.5",
                    "--add-unmapped")  # fmt: skip
    best = {
        r["metric"]: (r["benchmark_as_written"], r["value"]) for r in data["rows"] if r["metric"].startswith("max_")
    }
    assert best == {
        "max_accuracy": ("MTEB SprintDuplicateQuestions", 99.86237623762376),
        "max_ap": ("MTEB SprintDuplicateQuestions", 96.6775307676576),
        "max_f1": ("MTEB SprintDuplicateQuestions", 92.92214357937311),
    }
    assert data["skipped"] == []


def test_a_helm_run_without_the_metric_asked_for_lists_its_metrics(project):
    # a safety run's spec names no headline metric HELM's way, and 'pass --metric NAME' left the user to open
    # stats.json for the names: the refusal lists the run's metrics (HELM's counts, tokens and timings left out)
    path = HERE / "helm" / "bbq_gpt-4o_safety_v4" / "stats.json"
    r = run(project, "helm", str(path), "--metric", "harm_score")
    assert (r.exit_code, r.output) == (
        2,
        f"Error: {path}: no 'harm_score' on a test or valid split; pass --metric NAME (its metrics: bbq_accuracy, "
        "bbq_metric_ambiguous_bias, bbq_metric_unambiguous_bias, bits_per_byte, exact_match, exact_match@5, logprob, "
        "logprob_per_byte, perplexity, prefix_exact_match, prefix_exact_match@5, quasi_exact_match and 3 more)\n",
    )


def test_a_model_cards_precision_recall_and_auc_are_fractions(project):
    # AdamCodd/distilbert-base-uncased-finetuned-sentiment-amazon: Hugging Face's verified precision 0.932157,
    # recall 0.95149, AUC 0.984902 on amazon_polarity; none was in the vocabulary, so the import was refused
    # whole ("could be a fraction or a percent")
    card = HERE / "model_card" / "AdamCodd_distilbert-base-uncased-finetuned-sentiment-amazon_README.md"
    url = "https://huggingface.co/AdamCodd/distilbert-base-uncased-finetuned-sentiment-amazon"
    data = imported(project, "model-card", str(card), "--source-url", url, "--add-unmapped")
    got = {r["metric"]: (r["benchmark_as_written"], r["value"]) for r in data["rows"]}
    assert got["Precision"] == ("amazon_polarity", 93.2157062523)
    assert got["Recall"] == ("amazon_polarity", 95.149)
    assert got["AUC"] == ("amazon_polarity", 98.4901904462)
    assert [s["reason"] for s in data["skipped"]] == [
        "'Loss' is not a score (a training or evaluation loss)",
        "'loss' is not a score (a training or evaluation loss)",
    ]


def test_a_count_cell_is_ascii_digits_at_most_max_count():
    from harness.evidence.adapters.foreign import whole

    # '²' passes str.isdigit; int() counts leading zeros against its 4,300 digits
    cells = ["5", "0" * 5000 + "5", "9" * 5000, "²", "0", "1000000000000000", "1000000000000001", " 7 ", "-3", ""]
    assert [whole(c) for c in cells] == [5, 5, None, None, None, 10**15, None, 7, None, None]
    assert whole("0", zero_ok=True) == 0


# --- options a format does not read --------------------------------------------------------------

_MODEL = "--model is read by the eee, helm, inspect, lm-eval and model-card formats only"


@pytest.mark.parametrize(
    "fmt, path, flags, said",
    [
        (
            "lmarena",
            "lmarena/fboulnois_lmarena_text.csv",
            ["--model", "Bean"],
            f"{_MODEL}; lmarena files name their own models",
        ),
        (
            "epoch",
            "epoch/external_benchmark_gsm8k.csv",
            ["--model", "Bean"],
            f"{_MODEL}; epoch files name their own models",
        ),
        (
            "csv",
            "lmarena/fboulnois_lmarena_text.csv",
            ["--model", "Bean"],
            f"{_MODEL}; csv files name their own models",
        ),
        (
            "lm-eval",
            "lm_eval/results_2026-01-21T03-44-18.458309.json",
            ["--model", "Bean", "--metric", "acc"],
            "--metric is read by the csv and helm formats only; lm-eval files name their own metrics",
        ),
        (
            # every lm-eval row's locator is its place in the file (results['task']['metric']): a --locator
            # given was read by no code, and 'Table 3' cited nowhere
            "lm-eval",
            "lm_eval/results_2026-01-21T03-44-18.458309.json",
            ["--model", "Bean", "--locator", "Table 3"],
            "--locator is read by the csv format only; lm-eval files name their own locators",
        ),
        (
            "lmarena",
            "lmarena/fboulnois_lmarena_text.csv",
            ["--locator", "Text board"],
            "--locator is read by the csv format only; lmarena files name their own locators",
        ),
    ],
)
def test_an_option_the_format_does_not_read_is_refused(project, fmt, path, flags, said):
    """`import lmarena FILE --model X` was read by no code: the model given did nothing, unseen (as --columns was)."""
    r = run(project, fmt, str(HERE / path), "--source-url", "https://x.example", "--reported-by", "Lab", *flags)
    assert (r.exit_code, r.stderr) == (2, f"Error: {said}\n")
    assert not (project / "results").exists()


def test_a_map_naming_no_task_of_the_file_is_refused(project, tmp_path):
    """A --map TASK the file has no score for did nothing, unseen, as an unknown --columns column would have."""
    results = lm_eval_copy(tmp_path)
    maps = ["--map", "math_rephrased_full=AIME 2025", "--map", "gsm9k=GSM8K", "--map", "arc=ARC"]
    r = run(project, "lm-eval", str(results), "--model", "Bean", *maps)
    assert (r.exit_code, r.stderr) == (
        2,
        f"Error: --map gsm9k=GSM8K, arc=ARC: {results} has no task 'gsm9k', 'arc' "
        "(its tasks: math_perturbed_full, math_rephrased_full)\n",
    )
    assert not (project / "results").exists()


def test_two_tasks_mapped_to_one_benchmark_are_refused_naming_both(project, tmp_path):
    """Both tasks were filed under AIME 2025 (0.0 and 0.04%): two numbers for one model from one file, which a
    claim read as two sources that disagree."""
    results = lm_eval_copy(tmp_path)
    maps = ["--map", "math_perturbed_full=AIME 2025", "--map", "math_rephrased_full=aime-2025"]
    r = run(project, "lm-eval", str(results), "--model", "DeepSeek-V3.2-Speciale", *maps)
    assert (r.exit_code, r.stderr) == (
        2,
        f"Error: --map math_perturbed_full=AIME 2025, math_rephrased_full=aime-2025: {results} tasks "
        "'math_perturbed_full' and 'math_rephrased_full' would both be filed under AIME 2025, two numbers for "
        "DeepSeek-V3.2-Speciale from one file; only one task may be filed under a benchmark\n",
    )
    assert not (project / "results").exists()


def test_a_task_mapped_to_a_benchmark_another_task_is_by_name_is_refused(project, tmp_path):
    path = tmp_path / "board.csv"
    path.write_text(
        "model,benchmark,score\nGPT-5.1,AIME 2025,94.6\nGPT-5.1,aime25 (no tools),91.0\nGemini 3 Pro,aime25 (no tools),90\n"
    )
    flags = ["--source-url", "https://example.org/b", "--reported-by", "Example Lab", "--as-of", "2025-12-01"]
    r = run(project, "csv", str(path), *flags, "--map", "aime25 (no tools)=AIME 2025")
    assert (r.exit_code, r.stderr) == (
        2,
        f"Error: --map aime25 (no tools)=AIME 2025: {path} tasks 'AIME 2025' (by its name) and 'aime25 (no tools)' "
        "would both be filed under AIME 2025, two numbers for GPT-5.1 from one file; only one task may be filed "
        "under a benchmark\n",
    )
    # tasks that score no model in common are one benchmark spelt two ways in one table: each model has one number
    path.write_text("model,benchmark,score\nGPT-5.1,AIME 2025,94.6\nGemini 3 Pro,aime25 (no tools),90\n")
    data = imported(project, "csv", str(path), *flags, "--map", "aime25 (no tools)=AIME 2025")
    assert [(row["model"], row["benchmark"], row["value"]) for row in data["rows"]] == [
        ("gpt-5.1", "aime-2025", 94.6),
        ("gemini-3-pro", "aime-2025", 90.0),
    ]
