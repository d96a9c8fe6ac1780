"""The metric vocabulary on real lm-eval files: non-scores skipped with reasons, direction and scale kept."""

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from harness.cli.main import cli
from harness.errors import InputError
from harness.evidence.metrics import load_vocabulary
from tests.conftest import seed_catalog

HERE = Path(__file__).parent / "fixtures" / "importers"
REPO = Path(__file__).parent.parent


@pytest.fixture
def project(seeded_project) -> Path:
    return seeded_project


def imported(project: Path, fmt: str, path: Path, *extra: str, code: int = 0) -> dict:
    """The --json report; `code` 2: an import whose every value was skipped, refused with one line."""
    r = CliRunner().invoke(cli, ["import", fmt, str(path), *extra, "--project", str(project), "--json"])
    assert r.exit_code == code, r.output
    assert ("nothing imported: " in r.stderr) == (code == 2)
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
    assert rows["acc"]["setting"] == "lm-eval 0.3, shots not stated, filter none"
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
    assert vocab.lookup("Mean win rate").within_suite is True and vocab.lookup("acc").within_suite is False


@pytest.mark.parametrize(
    "text,expected",
    [
        ("metrics: [mcc]\n", "metrics.yaml:1: metrics: must be a mapping of NAME: {score, lower_is_better, range}"),
        ("patterns: {a: 1}\n", "metrics.yaml:1: patterns: must be a list of {pattern, score, lower_is_better, range}"),
        ("metrics: {}\nmetric: {}\n",
         "metrics.yaml:2: metric: unknown key; expected {metrics: {NAME: {score, lower_is_better, range}}, patterns: [...]}"),
        # bool("false") is True: text is never read as a flag
        ("metrics:\n  acc: {range: fraction}\n  mcc: {range: '-1 to 1', score: 'false'}\n",
         "metrics.yaml:3: mcc: score must be true or false, got 'false'"),
        ("metrics:\n  mcc: {lower_is_better: [1]}\n", "metrics.yaml:2: mcc: lower_is_better must be true or false, got [1]"),
        ("metrics:\n  mcc: {notes: [a]}\n", "metrics.yaml:2: mcc: notes must be text, got ['a']"),
        ("metrics:\n  mcc: {score: true, lower: false}\n", "metrics.yaml:2: mcc: 1 unknown key: lower"),
        ("metrics:\n  mcc: {score: true, lower: false, rnge: x}\n", "metrics.yaml:2: mcc: 2 unknown keys: lower, rnge"),
        ("metrics:\n  mcc: {range: 0-0}\n",
         "metrics.yaml:2: mcc: range must be one of fraction, percent, either, unbounded, signed, 0-N (N above 0) "
         "or LOW to HIGH (-1 to 1), got '0-0'"),
        ("metrics:\n  mcc: {range: 1 to -1}\n",
         "metrics.yaml:2: mcc: range must be one of fraction, percent, either, unbounded, signed, 0-N (N above 0) "
         "or LOW to HIGH (-1 to 1), got '1 to -1'"),
        # only an error rate counts past its reference: a higher-is-better share above 100 is no score
        ("metrics:\n  acc: {range: fraction, above_100: true}\n",
         "metrics.yaml:2: acc: above_100 is for a lower-is-better share (lower_is_better: true, range fraction, "
         "percent or either), as a word error rate"),
        ("metrics:\n  mcc: {above_100: 'yes'}\n", "metrics.yaml:2: mcc: above_100 must be true or false, got 'yes'"),
        ("patterns:\n  - {pattern: '^x', range: fraction}\n  - {pattern: '(', range: fraction}\n",
         "metrics.yaml:3: patterns[1]: not a regular expression (missing ), unterminated subpattern at position 0)"),
    ],
)  # fmt: skip
def test_a_malformed_project_vocabulary_is_one_line_with_its_line(tmp_path, text, expected):
    (tmp_path / "metrics.yaml").write_text(text)
    with pytest.raises(InputError) as exc:
        load_vocabulary(tmp_path)
    assert str(exc.value) == expected


def test_a_malformed_project_vocabulary_stops_an_import_in_one_line(project):
    (project / "metrics.yaml").write_text("metrics: [mcc]\n")
    r = CliRunner().invoke(
        cli,
        ["import", "lm-eval", str(HERE / "lm_eval_03" / "cola-v0-res.json"), "--model", "m", "--project", str(project)],
    )
    assert r.exit_code == 2 and "Traceback" not in r.output
    assert (
        r.stderr.strip() == "Error: metrics.yaml:1: metrics: must be a mapping of NAME: {score, lower_is_better, range}"
    )


def test_truthfulqa_generation_metrics_each_on_their_scale(project):
    data = imported(project, "lm-eval", HERE / "lm_eval_03" / "truthfulqa_gen-v1-res.json", "--model", "m",
                    "--add-unmapped")  # fmt: skip
    got = {r["metric"]: (r["benchmark_as_written"], r["value"]) for r in data["rows"]}
    # "bleurt_acc": 0.835985312117503 (a share), "bleurt_max": -1.4399358725752065 (BLEURT's own scale)
    assert got["bleurt_acc"] == ("truthfulqa_gen", 83.5985312118)
    assert got["bleurt_diff"] == ("truthfulqa_gen (bleurt_diff)", 0.14077322143090107)
    assert got["bleu_max"] == ("truthfulqa_gen", 0.0)  # lm-eval writes BLEU as 0-100
    # BLEURT's own scale goes below 0: its own benchmark, whose new entry allows any sign
    assert got["bleurt_max"] == ("truthfulqa_gen (bleurt_max)", -1.4399358725752065)
    row = next(r for r in data["rows"] if r["metric"] == "bleurt_max")
    assert row["stderr"] == 0.0022126992369197133
    assert "on the source's own scale (any value)" in row["notes"]
    assert data["skipped"] == []
    entries = yaml.safe_load((project / "catalog" / "imported.yaml").read_text())["benchmarks"]
    bleurt = next(b for b in entries if b["name"] == "truthfulqa_gen (bleurt_max)")
    assert bleurt["min_score"] == float("-inf") and bleurt["metric_kind"] == "points"
    assert (data["counts"]["read"], data["counts"]["imported"]) == (15, 15)


def test_a_correlation_is_never_scaled_to_a_percent(project):
    data = imported(project, "lm-eval", HERE / "lm_eval_03" / "cola-v0-res.json", "--model", "m", "--add-unmapped")
    # {"mcc": -0.04538802810223175}: not -4.5 %; Matthews correlation runs from -1 to 1, so it is kept as written
    [row] = data["rows"]
    assert (row["benchmark_as_written"], row["value"], row["stderr"]) == (
        "cola (mcc)",
        -0.04538802810223175,
        0.023100371589225246,
    )
    assert "on the source's -1 to 1 scale" in row["notes"] and data["skipped"] == []
    entries = yaml.safe_load((project / "catalog" / "imported.yaml").read_text())["benchmarks"]
    [cola] = [b for b in entries if b["name"] == "cola (mcc)"]
    assert (cola["metric_kind"], cola["min_score"], cola["max_score"]) == ("points", -1.0, 1.0)
    # and `verify` loads the negative row it wrote: the new entry's min_score allows it
    r = CliRunner().invoke(cli, ["validate", "--project", str(project)])
    assert "must not be negative" not in r.output and "under the minimum" not in r.output, r.output


def test_a_negative_score_on_a_benchmark_without_min_score_is_refused_with_where(project):
    # the same real file, its benchmark mapped onto a catalog entry that holds scores from 0 up
    cat = project / "catalog" / "cola.yaml"
    cat.write_text("benchmarks:\n  - {id: cola, name: CoLA, metric_kind: points, max_score: 1}\n")
    data = imported(project, "lm-eval", HERE / "lm_eval_03" / "cola-v0-res.json", "--model", "m",
                    "--map", "cola (mcc)=CoLA", "--add-unmapped", code=2)  # fmt: skip
    assert data["rows"] == [] and data["skipped"] == [
        {
            "model": "m",
            "benchmark": "cola (mcc)",
            "metric": "mcc",
            "locator": "cola-v0-res.json results['cola']['mcc']",
            "reason": "score -0.045388 is under 0, the lowest CoLA allows ('mcc' ranges over -1 to 1: a min_score "
            "in CoLA's catalog entry lets such scores in)",
        }
    ]
    # (model m, none of whose rows was imported, was not added: the import that imports its row adds it)
    assert data["notes"] == ["model 'm' not added to the catalog: none of its rows was imported"]
    cat.write_text("benchmarks:\n  - {id: cola, name: CoLA, metric_kind: points, min_score: -1, max_score: 1}\n")
    data = imported(project, "lm-eval", HERE / "lm_eval_03" / "cola-v0-res.json", "--model", "m",
                    "--map", "cola (mcc)=CoLA", "--add-unmapped")  # fmt: skip
    assert [(r["benchmark"], r["value"]) for r in data["rows"]] == [("cola", -0.04538802810223175)]


def test_a_value_outside_its_metrics_range_is_skipped_with_the_reason(project, tmp_path):
    # lm-eval's own cola result with its MCC edited past 1: no correlation is 1.2
    raw = json.loads((HERE / "lm_eval_03" / "cola-v0-res.json").read_text())
    raw["results"]["cola"]["mcc"] = 1.2
    path = tmp_path / "cola-v0-res.json"
    path.write_text(json.dumps(raw))
    r = CliRunner().invoke(cli, ["import", "lm-eval", str(path), "--model", "m", "--add-unmapped", "--project",
                                 str(project), "--json"])  # fmt: skip
    assert r.exit_code != 0
    assert "no scores found: 1 value, none a score (score 1.2 is outside the range of 'mcc' (-1 to 1))" in r.output


def test_a_hand_typed_negative_score_loads_only_where_min_score_allows(tmp_path):
    from harness.claims.catalog import load_catalog
    from harness.evidence.adapters.published_csv import PublishedCsvAdapter

    (tmp_path / "catalog").mkdir()
    (tmp_path / "catalog" / "c.yaml").write_text(
        "organisations: [{id: lab, name: Lab}]\n"
        "models: [{id: m, name: M, developer: lab, open_weights: true}]\n"
        "benchmarks:\n  - {id: cola, name: CoLA, metric_kind: points, min_score: -1, max_score: 1}\n"
        "  - {id: bleurt, name: BLEURT bench, metric_kind: points, min_score: -.inf}\n"
        "  - {id: elo, name: Arena, metric_kind: elo}\n"
    )
    table = tmp_path / "t.csv"
    table.write_text(
        "model,benchmark,metric,score,reported_by,source_url,source_locator,as_of_date\n"
        "M,CoLA,mcc,-0.045,Lab,https://x.example,Table 1,2025-01-01\n"
        "M,CoLA,mcc,-1.5,Lab,https://x.example,Table 1,2025-01-01\n"
        "M,BLEURT bench,bleurt,-1.44,Lab,https://x.example,Table 1,2025-01-01\n"
        "M,Arena,elo,-3,Lab,https://x.example,Table 1,2025-01-01\n"
    )
    batches, problems = PublishedCsvAdapter().load(table, "t.csv", load_catalog(tmp_path / "catalog", tmp_path))
    got = sorted(
        (b.coded["benchmark"][1][b.coded["benchmark"][0][i]], float(b.numeric["value"][i]))
        for b in batches
        for i in range(len(b))
    )
    assert got == [("bleurt", -1.44), ("cola", -0.045)]
    assert [(p.line, p.message) for p in problems] == [
        (3, "is under the minimum -1 for CoLA, got -1.5"),
        (5, "must not be negative, got -3"),
    ]


def test_a_range_an_every_eval_ever_record_states_below_0_is_kept(project, tmp_path):
    # a real Every Eval Ever record, its first result restated as a correlation from -1 to 1
    raw = json.loads((HERE / "eee" / "mmlu-pro_01-ai_yi-1.5-34b-chat_676f4465.json").read_text())
    result = raw["evaluation_results"][0]
    result["metric_config"].update(min_score=-1, max_score=1)
    result["score_details"]["score"] = -0.25
    raw["evaluation_results"] = [result]
    path = tmp_path / "record.json"
    path.write_text(json.dumps(raw))
    data = imported(project, "eee", path, "--add-unmapped")
    [row] = data["rows"]
    assert row["value"] == -0.25 and "on the source's -1 to 1 scale" in row["notes"]
    entries = yaml.safe_load((project / "catalog" / "imported.yaml").read_text())["benchmarks"]
    [bench] = [b for b in entries if b["name"] == row["benchmark_as_written"]]
    assert (bench["min_score"], bench["max_score"]) == (-1.0, 1.0)


def test_a_bleu_a_tasks_own_code_computes_is_refused_until_its_scale_is_given(project):
    # NL2FOAM's lm-eval task averages its own BLEU and ROUGE ("aggregation": "nanmean"), written 0-1:
    # "bleu,none": 0.610421772660646 beside "bert_score,none": 0.8631284548006964. Read as lm-eval's
    # sacrebleu (0-100), BLEU 61 became 0.61 % on the benchmark whose BERTScore became 86.3 %
    path = HERE / "lm_eval_04" / "results_2025-12-17T20-51-30.688049.json"
    data = imported(project, "lm-eval", path, "--model", "m", "--add-unmapped")
    assert {r["metric"]: r["value"] for r in data["rows"]} == {"bert_score": 86.3128454801, "llm_judge": 84.842}
    assert [(s["metric"], s["reason"]) for s in data["skipped"]][0] == (
        "bleu",
        "'bleu' 0.610422 may be on 0-1 or on 0-100, and the file does not say which (the task computes it with its "
        "own code; every 'bleu' score of nl2foam_gen_original is at most 1): pass --scale fraction (multiplied by "
        "100) or --scale percent (kept as written)",
    )
    assert [s["metric"] for s in data["skipped"]] == ["bleu", "rouge1", "rouge2", "rougeL"]
    assert (data["counts"]["read"], data["counts"]["imported"], data["counts"]["skipped"]) == (6, 2, 4)


def test_a_tasks_own_bleu_imports_on_the_scale_the_user_gives(tmp_path):
    path = HERE / "lm_eval_04" / "results_2025-12-17T20-51-30.688049.json"
    got = {}
    for scale in ("fraction", "percent"):
        root = tmp_path / scale
        seed_catalog(root)
        data = imported(root, "lm-eval", path, "--model", "m", "--add-unmapped", "--scale", scale)
        got[scale] = {r["metric"]: (r["value"], r["stderr"]) for r in data["rows"] if r["metric"] in ("bleu", "rougeL")}
        assert data["skipped"] == []
    assert got == {
        "fraction": {"bleu": (61.0421772661, 0.4075449965), "rougeL": (62.001721879, 0.2845473515)},
        "percent": {
            "bleu": (0.610421772660646, 0.004075449964591438),
            "rougeL": (0.6200172187898364, 0.002845473515301707),
        },
    }


def test_an_lm_eval_metric_that_is_no_number_is_counted_and_said(project, tmp_path):
    # a materials-science run of gpt-4o-mini: "polymer_tg_prediction": {"mae,none": Infinity,
    # "mae_stderr,none": NaN} beside eleven other scores; the Infinity was dropped without a word
    path = HERE / "lm_eval_04" / "materials_gpt-4o-mini_results_2025-06-30T19-37-57.457759.json"
    data = imported(project, "lm-eval", path, "--add-unmapped")
    # named as the score would be: mae is no 0-100 score, so its own benchmark (the skip said the task's)
    assert [(s["benchmark"], s["reason"]) for s in data["skipped"]] == [
        ("polymer_tg_prediction (mae)", "'mae,none' is Infinity, not a number: no score")
    ]
    assert (data["counts"]["read"], data["counts"]["imported"], data["counts"]["skipped"]) == (12, 11, 1)
    assert {r["benchmark_as_written"]: r["value"] for r in data["rows"]}["mof_water_stability"] == 80.0
    # a run whose only metric is no number is refused with the reason, not "no scores"
    raw = json.loads(path.read_text())
    raw["results"] = {"polymer_tg_prediction": raw["results"]["polymer_tg_prediction"]}
    alone = tmp_path / "results_2025-06-30T19-40-09.461247.json"
    alone.write_text(json.dumps(raw))
    r = CliRunner().invoke(cli, ["import", "lm-eval", str(alone), "--project", str(project)])
    assert r.exit_code == 2
    assert r.stderr == (f"Error: {alone}: no score in 'results': 'mae,none' is Infinity, not a number: no score\n")


def test_an_error_rate_an_importer_gives_its_own_benchmark_is_still_a_percent():
    # lm-eval and Epoch give a metric that is not the task's higher-is-better accuracy its own benchmark,
    # `task (wer)`, marked points: a word error rate is still a share of 0-1 or 0-100, decided with the
    # file's other values (or refused), never kept as written beside another source's percent
    from datetime import date

    from harness.evidence.adapters.base import ImportedRow
    from harness.evidence.metrics import classify

    row = ImportedRow(model="m", benchmark="asr_task (wer)", metric="wer", value=0.09, reported_by="",
                      source_url="", locator="", as_of=date(2025, 1, 1), benchmark_kind="points",
                      scale="either?")  # fmt: skip
    [kept], skipped = classify([row], load_vocabulary())
    assert skipped == [] and (kept.benchmark_kind, kept.scale, kept.higher_is_better) == ("", "either?", False)


def test_mteb_nauc_metrics_are_diagnostics_and_their_std_is_no_uncertainty(project):
    # snowflake-arctic-embed-m-v1.5 on MTEB ArguAna: 105 nAUC values (nauc_ndcg_at_10_std -17.60, _max -8.18,
    # _diff1 9.44) beside its 36 retrieval scores. The _std ones were skipped as "an uncertainty, not a score" (it
    # names the confidence the nAUC ranks by), the _max and _diff1 ones imported as benchmarks of their own, except
    # the negative ones, skipped as under those benchmarks' 0
    card = HERE / "model_card" / "Snowflake_snowflake-arctic-embed-m-v1.5_README_excerpt.md"
    url = "https://huggingface.co/Snowflake/snowflake-arctic-embed-m-v1.5/raw/main/README.md"
    data = imported(project, "model-card", card, "--source-url", url, "--scale", "percent", "--add-unmapped")
    assert (data["counts"]["read"], data["counts"]["imported"], data["counts"]["skipped"]) == (141, 36, 105)
    assert {s["reason"].split(" ", 1)[1] for s in data["skipped"]} == {
        "is not a score (MTEB's nAUC of a confidence estimate: a diagnostic beside the task's score, not a score of it)"
    }
    assert not [r for r in data["rows"] if r["metric"].startswith("nauc_")]
    [ndcg] = [r for r in data["rows"] if r["metric"] == "ndcg_at_10"]
    assert (ndcg["benchmark_as_written"], ndcg["value"]) == ("MTEB ArguAna (ndcg_at_10)", 59.53000000000001)


def test_an_unknown_metric_whose_direction_the_file_states_says_it_was_taken(project):
    # lm-eval 0.4.8 run of gpt-4o-mini: pxrd_lattice_prediction's mae 3.97, the file's higher_is_better saying
    # False; the new benchmark is filed lower-is-better from it, while the row said "direction and range unchecked"
    path = HERE / "lm_eval_04" / "materials_gpt-4o-mini_results_2025-06-30T19-37-57.457759.json"
    data = imported(project, "lm-eval", path, "--add-unmapped")
    [mae] = [r for r in data["rows"] if r["metric"] == "mae"]
    assert (mae["benchmark_as_written"], mae["value"]) == ("pxrd_lattice_prediction (mae)", 3.9685864222222222)
    assert (
        "metric 'mae' is not in the metric vocabulary: imported as the source states it (lower is better, as the "
        "source says; range unchecked)"
    ) in mae["notes"]
    added = yaml.safe_load((project / "catalog" / "imported.yaml").read_text())["benchmarks"]
    assert [b["higher_is_better"] for b in added if b["name"] == "pxrd_lattice_prediction (mae)"] == [False]


def test_lm_eval_s_squad_v2_f1_is_read_on_0_100_as_its_metric_writes_it(project, tmp_path):
    # bloom-560m's 0.3 results: squad2 "f1": 1.8591225589833205 beside "best_exact": 50.07159100480081, both written
    # by the squad_v2 metric on 0-100. The vocabulary's f1 is 0-1, so 1.86 was skipped as out of range, and a
    # weaker model's f1 under 1 would have been imported x100
    path = HERE / "lm_eval_03" / "bloom-560m_question_answering_0-shot.json"
    data = imported(project, "lm-eval", path, "--add-unmapped")
    [f1] = [r for r in data["rows"] if r["benchmark_as_written"] == "squad2" and r["metric"] == "f1"]
    assert (f1["value"], f1["notes"].split("; ")[0]) == (
        1.8591225589833205,
        "lm-eval's SQuAD 2.0 task computes f1 with the squad_v2 metric, on 0-100",
    )
    assert data["skipped"] == [] and (data["counts"]["read"], data["counts"]["imported"]) == (18, 18)
    weaker = tmp_path / "weaker.json"
    weaker.write_text(path.read_text().replace('"f1": 1.8591225589833205', '"f1": 0.8591225589833205'))
    other = seed_catalog(tmp_path / "other")
    data = imported(other, "lm-eval", weaker, "--add-unmapped")
    assert [r["value"] for r in data["rows"] if r["metric"] == "f1"] == [0.8591225589833205]
    # an accuracy of the same file stays the fraction lm-eval writes
    assert [r["value"] for r in data["rows"] if r["benchmark_as_written"] == "logiqa" and r["metric"] == "acc"] == [
        22.5806451613
    ]
