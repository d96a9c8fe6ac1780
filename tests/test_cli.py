import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from harness.cli.main import cli

REPO = Path(__file__).parent.parent


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_verify_prints_table_and_writes_reports(proj, tmp_path):
    out = tmp_path / "rep"
    r = invoke("verify", "--project", proj.root, "--report-dir", out)
    assert r.exit_code == 0
    assert r.output.startswith("alpha-beats-beta  partially_supported")
    assert sorted(p.name for p in out.iterdir()) == [
        ".benchclaims-manifest.json",
        ".benchclaims.lock",
        "alpha-beats-beta.html",
        "alpha-beats-beta.md",
        "alpha-beats-beta.png",
        "index.html",
        "index.md",
    ]


def test_a_report_folder_that_is_the_project_root_is_written_not_waited_on(proj):
    # `--report-dir .` named the folder whose lock verify already held: a second lock on the same file
    # waited on itself, and the run hung for ever. A daemon thread, so a hang fails the test, not the suite
    import threading

    done = {}
    worker = threading.Thread(
        target=lambda: done.update(r=invoke("verify", "--project", proj.root, "--report-dir", proj.root)),
        daemon=True,
    )
    worker.start()
    worker.join(60)
    assert "r" in done, "verify --report-dir <project root> did not finish"
    assert done["r"].exit_code == 0, done["r"].output
    assert (proj.root / "index.md").is_file() and (proj.root / "alpha-beats-beta.md").is_file()


def test_verify_json_contract(proj):
    r = invoke("verify", "--project", proj.root, "--json", "--no-report")
    assert r.exit_code == 0
    data = json.loads(r.output)
    claim = data["claims"][0]
    assert {"id", "statement", "subject", "verdict", "assertions", "strength"} <= set(claim)
    a = claim["assertions"][0]
    assert {"kind", "verdict", "rule", "comparisons", "strength"} <= set(a)
    c = a["comparisons"][0]
    assert {
        "benchmark",
        "competitor",
        "subject_value",
        "competitor_value",
        "delta",
        "outcome",
        "subject_rows",
        "competitor_rows",
        "stderr",
        "p_value",
        "significant",
        "test",
    } <= set(c)
    # compact (schema 2, the default): rows are ids into the table of rows used, each listed once
    assert data["schema_version"] == 2 and data["detail"] == "compact"
    table = {row["id"]: row for row in data["evidence_rows"]}
    assert len(table) == len(data["evidence_rows"])
    used = {
        k
        for cl in data["claims"]
        for a in cl["assertions"]
        for x in a["comparisons"]
        for k in x["subject_rows"] + x["competitor_rows"]
    }
    assert used == set(table)
    row = table[c["subject_rows"][0]]
    assert row["url"].startswith("https://")
    # one line each, a field at its default left out (here: no stderr, n, kind or partial), never `row_id` (the id)
    assert {"model", "benchmark", "value", "locator", "reported_by", "as_of", "origin", "setting"} <= set(row)
    assert not {"row_id", "stderr", "n", "kind", "partial"} & set(row)
    assert f'{{"id": "{row["id"]}", "model": "alpha-1", "benchmark": ' in r.output
    full = json.loads(invoke("verify", "--project", proj.root, "--json", "--no-report", "--detail", "full").output)
    assert full["schema_version"] == 1 and "evidence_rows" not in full
    source = full["claims"][0]["assertions"][0]["comparisons"][0]["sources"][0]
    assert source == {
        k: v for k, v in row.items() if k not in {"id", "model", "benchmark", "metric", "stderr", "n"}
    } | {"row_id": row["id"], "kind": "published", "partial": False, "side": "subject"}


def test_bad_input_exits_2_with_one_line_each_and_still_verifies(proj):
    proj.claim("id: [", name="broken.yaml")
    r = CliRunner().invoke(cli, ["verify", "--project", str(proj.root), "--no-report"])
    assert r.exit_code == 2
    assert "alpha-beats-beta  partially_supported" in r.stdout
    assert r.stderr.splitlines() == [
        "Error: claims/broken.yaml:1: invalid YAML: expected the node content, but found '<stream end>'",
        "1 input problem; everything else was still checked.",
    ]


def test_missing_path_is_bad_input(proj):
    r = invoke("verify", "--project", proj.root, "--no-report", proj.root / "nope.yaml")
    assert r.exit_code == 2
    assert f"Error: {proj.root / 'nope.yaml'}: no such file or directory" in r.stderr


def test_import_and_pull_outside_a_project_say_so_and_leave_nothing(tmp_path):
    # they took the project lock first (a .benchclaims.lock left in any folder) and pull blamed sources.yaml
    source = tmp_path / "board.csv"
    source.write_text("model,benchmark,score\nA,B,50\n")
    expected = (
        f"Error: {tmp_path.resolve() / 'catalog'}: no such folder; run benchclaims in a project folder, "
        "start one with `benchclaims init`, or pass --project DIR\n"
    )
    for args in (("import", "csv", source, "--source-url", "https://a.example", "--as-of", "2025-01-01"), ("pull",)):
        r = invoke(*args, "--project", tmp_path)
        assert (r.exit_code, r.stderr) == (2, expected)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["board.csv"]


def test_text_from_data_reaches_the_terminal_escaped(proj, tmp_path):
    # an escape sequence in a cell or a document retitled the window (OSC 0) or reordered a line (U+202E); a
    # reporter cell holding one is refused at its line, which quotes it escaped
    proj.scores("Beta-2,BigBench,pass@1,,70.0,Beta\x1b]0;pwned\x07 Corp,https://b.example,T,2025-01-01,")
    r = invoke("evidence", "Beta-2", "--project", proj.root)
    assert (r.exit_code, r.stdout) == (2, "Beta-2: 0 rows\n")
    assert r.stderr.splitlines()[0] == (
        "Error: results/published/scores.csv:2: reported_by: holds the control character '\\x1b': write printable "
        "text on one line"
    )
    assert "\x1b" not in r.output
    doc = tmp_path / "post.txt"
    doc.write_text("Alpha-1 \u202ebeats Beta-2 on BigBench.\n")
    r = invoke(
        "extract", doc, "--project", proj.root, "--url", "https://a.example", "--publisher", "P", "--date", "2025-01-01"
    )
    assert r.exit_code == 0, r.output
    # the override is dropped as the document is read (a draft holding it would be refused where it is read)
    assert "confidence 1.00  Alpha-1 beats Beta-2 on BigBench." in r.stdout
    assert "\x1b" not in r.stdout + r.stderr and "\u202e" not in r.stdout
    draft = proj.root / "drafts" / "alpha-1-beats-beta-2-on-bigbench.yaml"
    assert "quote: Alpha-1 beats Beta-2 on BigBench." in draft.read_text()


def test_reports_never_go_into_results(proj, tmp_path):
    # the pages' manifest there was read as a publisher's file: every later command of the project exited 2
    doc = tmp_path / "post.txt"
    doc.write_text("Alpha-1 beats Beta-2 on BigBench.\n")
    check = ("check", doc, "--url", "https://a.example", "--publisher", "P", "--date", "2025-01-01")
    for args, where in [
        (("verify",), "results"),
        (("verify",), "results/published/pages"),
        (check, "results/check"),
    ]:
        r = invoke(*args, "--project", proj.root, "--report-dir", proj.root / where)
        assert r.exit_code == 2
        assert r.stderr == (
            f"Error: --report-dir: {proj.root / where} is in results/, where every file is read as evidence: write it "
            "elsewhere\n"
        )
    assert not (proj.root / "drafts").exists()
    r = invoke("validate", "--project", proj.root)
    assert r.exit_code == 0, r.output


def test_reports_never_go_into_claims(proj, tmp_path):
    # `verify --report-dir claims` wrote its pages, lock and manifest among the claims, and every later `verify`
    # named them: 'claims: skipped 5 files of other types (.html, .md, .png): a claim file ends in .yaml or .yml'
    doc = tmp_path / "post.txt"
    doc.write_text("Alpha-1 beats Beta-2 on BigBench.\n")
    check = ("check", doc, "--url", "https://a.example", "--publisher", "P", "--date", "2025-01-01")
    before = sorted(p.name for p in (proj.root / "claims").iterdir())
    for args, where in [(("verify",), "claims"), (("verify",), "claims/pages"), (check, "claims/check")]:
        r = invoke(*args, "--project", proj.root, "--report-dir", proj.root / where)
        assert r.exit_code == 2
        assert r.stderr == (
            f"Error: --report-dir: {proj.root / where} is in claims/, where every file is read as a claim or named "
            "as none: write it elsewhere\n"
        )
    assert sorted(p.name for p in (proj.root / "claims").iterdir()) == before
    assert not (proj.root / "drafts").exists()


def test_a_folder_named_with_no_claim_file_is_bad_input(proj):
    # `verify claims/typo/` (a folder that exists, with no claim in it) verified nothing and exited 0
    empty = proj.root / "claims" / "sub"
    (empty / "deeper").mkdir(parents=True)
    (empty / "notes.md").write_text("not a claim\n")
    line = (
        f"Error: {empty}: a folder with no claim file (*.yaml, *.yml) in it or below; name a claim file or a folder "
        "that holds some\n"
    )
    for args in (("verify", "--no-report"), ("validate",)):
        r = invoke(*args, "--project", proj.root, empty)
        assert (r.exit_code, r.output) == (2, line)
    assert invoke("verify", "--project", proj.root, proj.root / "claims", "--no-report").exit_code == 0


def test_missing_catalog_is_one_line(tmp_path):
    r = invoke("verify", "--project", tmp_path, "--no-report")
    assert r.exit_code == 2
    assert r.stderr == (
        f"Error: {tmp_path.resolve() / 'catalog'}: no such folder; run benchclaims in a project folder, "
        "start one with `benchclaims init`, or pass --project DIR\n"
    )
    (tmp_path / "catalog").write_text("")
    r = invoke("verify", "--project", tmp_path, "--no-report")
    assert f"{tmp_path.resolve() / 'catalog'}: is not a folder; run benchclaims in a project folder" in r.stderr
    (tmp_path / "catalog").unlink()
    (tmp_path / "catalog").mkdir()
    r = invoke("verify", "--project", tmp_path, "--no-report")
    assert "catalog: has no catalog files (*.yaml); run benchclaims in a project folder" in r.stderr
    # a project that lacks only its catalog files is no folder outside a project: it was sent to find one
    (tmp_path / "claims").mkdir()
    r = invoke("verify", "--project", tmp_path, "--no-report")
    assert (r.exit_code, r.stderr) == (
        2,
        f"Error: {tmp_path.resolve() / 'catalog'}: has no catalog files (*.yaml): this project's organisations, "
        "models and benchmarks go in catalog/*.yaml (`benchclaims init NEW-FOLDER` writes a commented one to copy "
        "from)\n",
    )


@pytest.mark.parametrize("command", ["verify", "validate", "schema", "new", "run"])
def test_dash_h_is_help_everywhere(command):
    r = invoke(command, "-h")
    assert r.exit_code == 0 and r.output.startswith(f"Usage: cli {command} [OPTIONS]")
    assert "Example:" in r.output
    assert invoke("-h").output.startswith("Usage: cli [OPTIONS] COMMAND")


def test_validate(proj):
    r = invoke("validate", "--project", proj.root)
    assert (r.exit_code, r.output) == (0, "OK: 10 evidence rows, catalog and claims valid.\n")
    proj.scores("Alpha-1,BigBench,acc,,80,A,https://a.example,T,2025-01-01,\n")  # the only row: said '1 evidence rows'
    r = invoke("validate", "--project", proj.root)
    assert (r.exit_code, r.output) == (0, "OK: 1 evidence row, catalog and claims valid.\n")
    proj.scores("Alpha-1,BigBench,acc,,x,A,https://a.example,T,2025-01-01,\n", name="more.csv")
    r = invoke("validate", "--project", proj.root)
    assert r.exit_code == 2
    assert "Error: results/published/more.csv:2: score: must be a number, got 'x'" in r.stderr


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_with_an_example(name):
    assert "Example:" in cli.commands[name].help


def test_the_top_level_help_has_an_example_and_import_asks_for_a_name_not_an_id():
    assert "Example:" in invoke("--help").output
    # a catalog id never places a source's rows: --model takes what a source would write
    assert (
        "--model TEXT eee, helm, inspect, lm-eval, model-card: the model's name or alias in the catalog (not its id)"
        in " ".join(invoke("import", "--help").output.split())
    )


def test_import_help_names_the_formats_that_read_model_metric_and_columns():
    """--model, --metric and --columns are refused for a format whose importer does not read them (8e40e09), but the
    help offered --model and --metric to every format ('Metric name, when the file does not say.'): a user read
    there that lmarena takes --metric, and was refused."""
    from harness.evidence.importing import IMPORTERS

    text = " ".join(invoke("import", "--help").output.split())
    for option, start in (
        ("model", "--model TEXT "),
        ("metric", "--metric TEXT "),
        ("columns", "--columns TEXT "),
        ("locator", "--locator TEXT "),
    ):
        readers = sorted(name for name, imp in IMPORTERS.items() if option in imp.reads)
        assert text[text.index(start) + len(start) :].startswith(", ".join(readers) + ":"), (option, readers)
    assert "(a task the file lacks is refused)" in text


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_is_in_the_readme(name):
    assert f"benchclaims {name}" in (REPO / "README.md").read_text()


def test_help_imports_neither_pandas_nor_matplotlib():
    code = (
        "import sys; from harness.cli.main import cli\n"
        "try:\n    cli(['--help'])\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('pandas', 'matplotlib', 'torch', 'lm_eval', 'numpy') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip().splitlines()[-1] == "[]"


def test_run_without_local_extra_gives_the_install_line(proj, monkeypatch):
    import importlib.metadata

    cat = proj.root / "catalog" / "catalog.yaml"
    cat.write_text(
        cat.read_text()
        .replace("{id: alpha-1, name: Alpha-1,", "{id: alpha-1, run: {pretrained: x}, name: Alpha-1,")
        .replace("{id: big-bench, name: BigBench,", "{id: big-bench, run: {task: t}, name: BigBench,")
    )

    def missing(name):
        raise importlib.metadata.PackageNotFoundError(name)

    monkeypatch.setattr(importlib.metadata, "version", missing)
    r = invoke("run", "--project", proj.root)
    assert r.exit_code == 2
    assert r.stderr == (
        "Error: benchclaims run needs optional dependencies (lm_eval is not installed); install them with: "
        "pip install 'benchclaims[local]'\n"
    )


def test_run_with_nothing_runnable(proj):
    r = invoke("run", "--project", proj.root)
    assert r.exit_code == 0
    assert "Nothing to run: no claimed model x benchmark has a `run` entry in the catalog." in r.stderr


def test_bad_option_values_are_bad_input(proj):
    r = invoke("verify", "--project", proj.root, "--no-report", "--alpha", "2")
    assert (r.exit_code, r.stderr) == (2, "Error: --alpha: must be a number more than 0 and less than 1, got '2'\n")


def test_verify_json_removes_its_folder_of_spilled_texts_itself(proj, tmp_path, monkeypatch):
    # the folder was left to the garbage collector: a ResourceWarning, and a PytestUnraisableExceptionWarning where
    # it ran inside a test that had replaced os.scandir
    import tempfile
    import warnings

    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        r = invoke("verify", "--project", proj.root, "--no-report", "--json")
    assert r.exit_code == 0
    assert [str(w.message)[:30] for w in caught if issubclass(w.category, ResourceWarning)] == []
    assert list((tmp_path / "tmp").iterdir()) == []


def test_the_library_refuses_a_significance_level_as_the_command_does(proj):
    from harness.errors import UsageError
    from harness.verify import Project, verify

    with pytest.raises(UsageError) as caught:
        verify(Project(proj.root), [], alpha=1.5)
    assert str(caught.value) == "--alpha: must be a number more than 0 and less than 1, got 1.5"


def test_a_number_written_as_zero_is_zero_and_one_too_small_to_hold_is_refused():
    from harness.cli.common import Number

    assert Number().convert("0.0e-999", None, None) == 0.0
    with pytest.raises(click.BadParameter, match="no number that small is held"):
        Number().convert("-2.5E-400", None, None)


@pytest.mark.parametrize(
    "args,line",
    [
        (["new", "--date", "2026-02-30"], "--date: '2026-02-30' is not a date (day is out of range for month): write YYYY-MM-DD"),
        (["new", "--as-of", "2025-13-01"], "--as-of: '2025-13-01' is not a date (month must be in 1..12): write YYYY-MM-DD"),
        (["extract", "a.txt", "--date", "25-12-01"], "--date: '25-12-01' is not a date: write YYYY-MM-DD"),
        (["check", "a.txt", "--date", "2026-02-29"], "--date: '2026-02-29' is not a date (day is out of range for month): write YYYY-MM-DD"),
        (["import", "csv", "a.csv", "--as-of", "2025-04-31"], "--as-of: '2025-04-31' is not a date (day is out of range for month): write YYYY-MM-DD"),
        # every refusal of an option with bounds says them (--alpha 1e-400 said "must be 0 or further from it",
        # nan "must be a finite number")
        (["verify", "--alpha", "abc"], "--alpha: must be a number more than 0 and less than 1, got 'abc'"),
        (["verify", "--alpha", "0,05"], "--alpha: must be a number more than 0 and less than 1, got '0,05': write a point, not a comma, before the decimals (or nothing between thousands)"),
        (["verify", "--alpha", "1e-400"], "--alpha: must be a number more than 0 and less than 1, got '1e-400': no number that small is held"),
        (["verify", "--alpha", "nan"], "--alpha: must be a number more than 0 and less than 1, got 'nan'"),
        (["verify", "--alpha", "-inf"], "--alpha: must be a number more than 0 and less than 1, got '-inf'"),
        (["verify", "--alpha", "1e999"], "--alpha: must be a number more than 0 and less than 1, got '1e999': no number is that large"),
        (["verify", "--alpha", ""], "--alpha: must be a number more than 0 and less than 1, got ''"),
        (["verify", "--alpha", "5%"], "--alpha: must be a number more than 0 and less than 1, got '5%'"),
        (["verify", "--alpha", "0"], "--alpha: must be a number more than 0 and less than 1, got '0'"),
        (["verify", "--alpha", "-0.0"], "--alpha: must be a number more than 0 and less than 1, got '-0.0'"),
        (["verify", "--alpha", "1.0"], "--alpha: must be a number more than 0 and less than 1, got '1.0'"),
        (["verify", "--alpha", "0.99999999999999999"], "--alpha: must be a number more than 0 and less than 1, got '0.99999999999999999': it reads as 1.0"),
        (["verify", "--jobs", "0"], "--jobs: must be a whole number from 1 to 256, got '0'"),
        (["verify", "--jobs", "2.5"], "--jobs: must be a whole number from 1 to 256, got '2.5': no decimals"),
        (["verify", "--detail", "xx"], "--detail: 'xx' is not one of 'compact', 'full'."),
        (["new", "--value", "nan"], "--value: must be a finite number, got 'nan'"),
        (["new", "--margin", "1e999"], "--margin: must be a finite number, got '1e999': no number is that large"),
        (["new", "--tolerance", "1_0"], "--tolerance: must be a number, got '1_0'"),
        (["new", "--top", "9" * 5000], f"--top: must be a finite number, got '{'9' * 40}': no number is that large"),
        (["run", "--limit", "-1"], "--limit: must be a whole number, 1 or more, got '-1'"),
        (["run", "--batch-size", "1e3"], "--batch-size: must be a whole number from 1 to 4,096, got '1e3': no decimals"),
        # each job a forked process, all started at once; a batch held whole in (GPU) memory
        (["verify", "--jobs", "257"], "--jobs: must be a whole number from 1 to 256, got '257'"),
        (["verify", "--jobs", "100000"], "--jobs: must be a whole number from 1 to 256, got '100000'"),
        # a whole number too large for a float (OverflowError: a traceback) but short of 4,300 digits
        (["verify", "--jobs", "9" * 400], f"--jobs: must be a whole number from 1 to 256, got '{'9' * 40}'"),
        (["run", "--batch-size", "4097"], "--batch-size: must be a whole number from 1 to 4,096, got '4097'"),
        (["run", "--batch-size", "1" + "0" * 20], "--batch-size: must be a whole number from 1 to 4,096, got '100000000000000000000'"),
        # a typo reached torch only once a model was loaded (or never: nothing to run)
        (["run", "--device", "cuda:x"], "--device: must be auto, cpu, cuda, cuda:N (N a GPU's number) or mps, got 'cuda:x'"),
    ],
)  # fmt: skip
def test_a_bad_date_or_number_in_an_option_is_one_line(proj, args, line):
    """Not click's three lines of usage: the one line every other user mistake gets, before anything runs."""
    r = invoke(*args, "--project", proj.root)
    assert (r.exit_code, r.stderr) == (2, f"Error: {line}\n")


def test_unwritable_report_dir_is_one_line(proj, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    r = invoke("verify", "--project", proj.root, "--report-dir", blocker / "reports")
    assert r.exit_code == 2
    assert r.stderr == (
        f"Error: {blocker / 'reports'}: a part of this path is a file, not a folder, so nothing can be written there: "
        "name a folder\n"
    )


def test_project_without_results_yet_verifies_as_insufficient(proj):
    import shutil

    shutil.rmtree(proj.root / "results")
    r = invoke("verify", "--project", proj.root, "--no-report")
    assert r.exit_code == 0, r.stderr
    assert r.output.startswith("alpha-beats-beta  insufficient_evidence")


def test_progress_shows_counts_and_rates_on_a_terminal_only(capsys, monkeypatch):
    from harness.cli.main import _Progress, _progress

    p = _Progress()
    p("evidence rows", 1000)
    p.done()
    err = capsys.readouterr().err
    assert err.startswith("\r1,000 evidence rows (") and err.endswith("/s)\n")
    p("documents read", 1, "document read")  # said '1 documents read'
    p.done()
    assert capsys.readouterr().err.startswith("\r1 document read (")
    monkeypatch.setattr(sys.stderr, "isatty", lambda: False)
    assert _progress(as_json=False) is None  # a pipe or a log: quiet
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert isinstance(_progress(as_json=False), _Progress)
    assert _progress(as_json=True) is None  # stdout carries JSON: stderr stays quiet too


def test_json_written_claim_by_claim_is_the_same_as_built_whole(proj):
    from harness.report.jsonout import run_dict
    from harness.report.jsontext import dumps

    run = proj.verify()
    eager = dumps(run_dict(run.results, run.problems, 0.05, run.reruns))
    assert dumps(run_dict(run.results, run.problems, 0.05, run.reruns, lazy=True)) == eager
    assert '"id": "alpha-beats-beta"' in eager


def test_new_ranks_cohort_follows_the_subject_and_ids_end_at_a_word(proj):
    common = ["--publisher", "P", "--url", "https://p.example", "--date", "2025-02-01", "--project", proj.root]
    r = invoke("new", "--statement", "Beta-2 is the best closed model on BigBench", "--subject", "Beta-2",
               "--kind", "ranks", "--benchmark", "BigBench", *common)  # fmt: skip
    assert r.exit_code == 0, r.output
    text = (proj.root / "claims" / "beta-2-is-the-best-closed-model-on-bigbench.yaml").read_text()
    assert "open_weights: false" in text  # Beta-2 is closed: ranked among closed models
    long = "Alpha-1 outperforms every other open model on every reasoning benchmark we could find"
    r = invoke("new", "--statement", long, "--subject", "Alpha-1", "--competitor", "Beta-2", *common)
    assert r.exit_code == 0, r.output
    assert (proj.root / "claims" / "alpha-1-outperforms-every-other-open-model-on-every.yaml").exists()


def test_many_rows_failing_for_one_cause_are_one_line(proj):
    rows = [f"Alpha-1,BigBench,pass@1,,{50 + i},Lab {i},ftp://a.example/{i},T,2025-01-01," for i in range(6)]
    rows.append("Nobody,BigBench,pass@1,,50,Alpha Lab,https://a.example,T,2025-01-01,")
    proj.scores("\n".join(rows), name="bad.csv")
    r = invoke("verify", "--project", proj.root, "--no-report")
    assert r.exit_code == 2
    assert r.stderr.splitlines() == [
        "Error: results/published/bad.csv: source_url: must be http(s) URL(s) separated by ';' — 6 rows, "
        "e.g. rows 2, 3, 4",
        "Error: results/published/bad.csv:8: model: unknown model 'Nobody'",
        "7 input problems; everything else was still checked.",
    ]


def test_a_missing_claim_path_is_reported_once(proj):
    r = invoke("verify", "--project", proj.root, "--no-report", proj.root / "nope.yaml")
    assert r.exit_code == 2
    assert [line for line in r.stderr.splitlines() if line.startswith("Error: ")] == [
        f"Error: {proj.root / 'nope.yaml'}: no such file or directory"
    ]


def test_new_writes_tags_margins_bands_settings_and_dates_where_asked(proj):
    common = ["--publisher", "P", "--url", "https://p.example", "--date", "2025-02-01", "--project", proj.root]
    out = proj.root / "drafts" / "m.yaml"
    r = invoke("new", "--statement", "Alpha-1 is comparable or better than Beta-2", "--subject", "Alpha-1",
               "--kind", "matches", "--competitor", "Beta-2", "--tag", "reasoning", "--tolerance", "2",
               "--direction", "at_least", "--setting", "tools=false", "--setting", "shots=5",
               "--as-of", "2025-03-01", "-o", out, *common)  # fmt: skip
    assert r.exit_code == 0, r.output
    assert r.output.strip() == f"Wrote {out}"  # not the live folder: nothing said about verify
    text = out.read_text()
    for line in ["  setting:\n    tools: false\n    shots: 5\n  as_of: '2025-03-01'", "    tags:\n    - reasoning",
                 "  tolerance: 2.0\n  direction: at_least"]:  # fmt: skip
        assert line in text
    assert invoke("verify", out, "--project", proj.root, "--no-report").exit_code == 0
    r = invoke("new", "--statement", "Alpha-1 beats Beta-2 by 5", "--subject", "Alpha-1", "--competitor", "Beta-2",
               "--margin", "5", *common)  # fmt: skip
    assert r.output.strip().endswith("(the live claims folder: `benchclaims verify` checks it)")
    assert "margin: 5.0" in (proj.root / "claims" / "alpha-1-beats-beta-2-by-5.yaml").read_text()
    r = invoke("new", "--statement", "x", "--subject", "Alpha-1", "--kind", "ranks", "--margin", "2", *common)
    assert r.exit_code == 2 and "--margin is for --kind outperforms" in r.output


@pytest.mark.parametrize(
    "args,line",
    [
        (["--tolerance", "2"], "--tolerance is for --kind matches or score, not outperforms"),
        (["--value", "80"], "--value is for --kind score, not outperforms"),
        (["--top", "3"], "--top is for --kind ranks, not outperforms"),
        (["--kind", "score", "--benchmark", "BigBench", "--value", "80", "--competitor", "Beta-2"],
         "--competitor is for --kind outperforms, matches or ranks (a score claim is the subject's number), not score"),
        (["--kind", "score", "--benchmark", "BigBench", "--value", "80", "--quantifier", "most"],
         "--quantifier is for --kind outperforms, matches or ranks, not score"),
        (["--setting", "tools=false", "--setting", "tools=true"],
         "--setting gives tools twice: tools=false and tools=true; give it once"),
        (["--setting", "tools"], "--setting takes KEY=VALUE pairs, got 'tools'"),
        # the claim's check said "must be true or false (without quotes)": YAML's words to a shell user
        (["--competitor", "Beta-2", "--setting", "thinking=yes"], "--setting thinking is true or false, got 'yes'"),
        # "²" passes str.isdigit and int() refused it: a traceback; "٣" was written as shots: 3
        (["--competitor", "Beta-2", "--setting", "shots=²"], "--setting shots: must be a whole number, got '²'"),
        (["--competitor", "Beta-2", "--setting", "shots=٣"],
         "--setting shots: must be a whole number (without quotes), got '٣'"),
        # a key spelt like none: "unknown field" alone, the keys left to find in the README
        (["--competitor", "Beta-2", "--setting", "bogus=1"],
         "--setting bogus: unknown field; a setting's keys are tools, aggregation, shots, harness, subset, prompt, "
         "thinking, compute, effort"),
        (["--competitor", "Beta-2", "--setting", "tool=true"], "--setting tool: unknown field; did you mean 'tools'?"),
    ],
)  # fmt: skip
def test_new_refuses_a_flag_its_kind_would_drop(proj, args, line):
    """Each of these was left out of the claim written, without a word (the last --setting won)."""
    r = invoke("new", "--statement", "x", "--subject", "Alpha-1", "--publisher", "P", "--url", "https://p.example",
               "--date", "2025-02-01", "--project", proj.root, *args)  # fmt: skip
    assert (r.exit_code, r.stderr) == (2, f"Error: {line}\n")
    assert not (proj.root / "claims" / "x.yaml").exists()


def test_a_closed_pipe_ends_quietly_with_the_sigpipe_status(tmp_path):
    """`benchclaims verify --json | head -c 10`: no "Broken pipe" error, the status a shell gives SIGPIPE."""
    assert len((REPO / "reports" / "baseline.json").read_bytes()) > 65536 + 10  # more than a pipe holds
    cmd = [sys.executable, "-m", "harness", "verify", "--json", "--no-report"]
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.Popen(cmd, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, bufsize=0, env=env)
    assert proc.stdout.read(10) == b'{\n  "alpha'
    proc.stdout.close()  # the reader goes away with the pipe full: the next write fails
    stderr = proc.stderr.read()
    assert (proc.wait(timeout=120), stderr) == (128 + signal.SIGPIPE, b"")


def test_verify_writes_its_json_without_scanning_it_for_ansi_escapes(monkeypatch):
    """The JSON's pieces (some 50,000 for 10,000 claims) are echoed with color=True: click.echo otherwise
    looks for a terminal and takes ANSI escapes out of each piece, and JSON text has none (the encoder
    escapes every control character). The bytes are those of the baseline."""
    import click

    echoed = []
    real = click.echo
    monkeypatch.setattr(
        click, "echo", lambda message=None, *a, **k: echoed.append((message, k)) or real(message, *a, **k)
    )
    monkeypatch.chdir(REPO)
    r = CliRunner().invoke(cli, ["verify", "--json", "--no-report"])
    assert r.exit_code == 0 and r.stdout_bytes == (REPO / "reports" / "baseline.json").read_bytes()
    # (text only: the claims' texts the workers left in files are copied as bytes, which click never scans)
    texts = [(m, k) for m, k in echoed if isinstance(m, str)]
    pieces = [k for m, k in texts if m.startswith("{\n")] + [k for m, k in texts if "\n    {" in m]
    assert pieces and all(k.get("color") is True for k in pieces)
    assert "\x1b" not in r.stdout


def test_every_exit_code_in_the_readme_table(tmp_path, monkeypatch):
    import re

    import harness.verify

    readme = (Path(__file__).parent.parent / "README.md").read_text()
    table = readme[readme.index("| Code | When |") :].split("\n\n")[0]
    documented = [int(code) for code in re.findall(r"^\| `(\d+)` \|", table, flags=re.M)]

    def run(*args):
        return CliRunner().invoke(cli, [str(a) for a in args]).exit_code

    project = tmp_path / "p"
    observed = {0: run("init", project)}
    # a claim with no evidence is insufficient_evidence: --fail-on makes that exit 1
    assert run("new", "--statement", "Model A beats Model B", "--subject", "Model A", "--competitor", "Model B",
               "--benchmark", "Bench One", "--publisher", "Example Lab", "--url", "https://example.org/launch",
               "--date", "2026-01-20", "--project", project) == 0  # fmt: skip
    observed[1] = run("verify", "--no-report", "--fail-on", "insufficient_evidence", "--project", project)
    observed[2] = run("import", "xlsx", "a.xlsx", "--project", project)
    for code, error in ((130, KeyboardInterrupt), (141, BrokenPipeError)):

        def stopped(*a, error=error, **k):
            raise error

        monkeypatch.setattr(harness.verify, "validate", stopped)
        observed[code] = run("validate", "--project", project)
    assert documented == [0, 1, 2, 130, 141]
    assert observed == {code: code for code in documented}
    # the other 1s the table names: a URL that cannot be fetched (nothing listens on port 9), for each command that
    # fetches one; one that cannot be parsed is a user error
    article = ("--url", "https://x.example/a", "--publisher", "P", "--date", "2026-01-01")
    dead = "http://127.0.0.1:9/a.csv"
    assert run("import", "csv", dead, "--project", project) == 1
    assert run("extract", dead, *article, "--project", project) == 1
    assert run("check", dead, *article, "--project", project) == 1
    assert run("import", "csv", "http://[::1/a.csv", "--project", project) == 2
    assert "`import`, `extract`, `check`: a URL could not be fetched" in table
    assert 141 == 128 + signal.SIGPIPE


def test_evidence_given_its_arguments_the_other_way_round_says_which_kind_each_name_is(proj):
    # `evidence BigBench Alpha-1` was "unknown model 'BigBench'", with no word that it is the benchmark
    r = invoke("evidence", "BigBench", "Alpha-1", "--project", proj.root)
    assert (r.exit_code, r.output) == (2, "Error: unknown model 'BigBench': that is a benchmark's name (BigBench)\n")
    r = invoke("evidence", "Alpha-1", "Beta-2", "--project", proj.root)
    assert (r.exit_code, r.output) == (2, "Error: unknown benchmark 'Beta-2': that is a model's name (Beta-2)\n")


def test_evidence_with_a_bad_row_lists_the_rest_and_exits_2(proj):
    """As verify and validate do (README: 2 for bad input); it exited 0 with the problem printed."""
    scores = proj.root / "results" / "published" / "scores.csv"
    scores.write_text(
        scores.read_text() + "Alpha-1,MidBench,pass@1,,-5,Alpha Lab,https://alpha.example/card,T,2025-01-10,\n"
    )
    r = invoke("evidence", "Alpha-1", "--project", proj.root)
    assert r.exit_code == 2
    assert r.stdout.startswith("Alpha-1: ")
    assert r.stderr.splitlines()[0].startswith("Error: results/published/scores.csv:")


def test_link_unmapped_with_accept_is_one_line(proj):
    r = invoke("link", "csv", "--unmapped", "--accept", "x=y", "--project", proj.root)
    assert (r.exit_code, r.output) == (2, "Error: --unmapped lists names; leave it out to accept choices\n")


def test_ctrl_c_while_the_commands_modules_load_is_the_one_line_and_130(monkeypatch, capsys):
    """Ctrl-C in the first half second of a command, while its modules are imported, printed the traceback of the
    import it stopped (Python's KeyboardInterrupt) and ended by the signal; now as Ctrl-C later in the run."""
    import builtins

    import harness.cli

    real = builtins.__import__

    def stopped(name, *args, **kwargs):
        if name == "harness.cli.main":
            raise KeyboardInterrupt
        return real(name, *args, **kwargs)

    monkeypatch.delitem(sys.modules, "harness.cli.main")
    monkeypatch.setattr(builtins, "__import__", stopped)
    with pytest.raises(SystemExit) as ended:
        harness.cli.entry()
    assert (ended.value.code, capsys.readouterr().err) == (
        130,
        "Interrupted; files already there are left as they were.\n",
    )


def test_the_benchclaims_command_is_the_entry_that_catches_an_early_ctrl_c():
    import tomllib

    scripts = tomllib.loads((REPO / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts == {"benchclaims": "harness.cli:entry"}


def test_a_problem_of_the_claim_new_builds_is_named_by_its_flag(proj):
    """'Error: <new claim>: source.url: ...' named a field of a file nobody wrote; the flag is what was typed."""
    said = [
        "--statement",
        "x",
        "--subject",
        "Alpha-1",
        "--publisher",
        "P",
        "--date",
        "2025-02-01",
        "--project",
        proj.root,
    ]
    r = invoke("new", "--competitor", "Beta-2", "--benchmark", "BigBench", "--url", "notaurl", *said)
    assert (r.exit_code, r.stderr) == (
        2,
        "Error: --url: must be an http(s) URL without spaces or invisible characters\n",
    )
    r = invoke("new", "--competitor", "Alpha 1", "--benchmark", "BigBnch", "--url", "https://p.example", *said)
    assert (r.exit_code, r.stderr.splitlines()) == (
        2,
        [
            "Error: --competitor: 'Alpha 1' is the subject itself",
            "Error: --benchmark: unknown benchmark 'BigBnch'; did you mean 'BigBench'?",
        ],
    )
