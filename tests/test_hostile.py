"""Hostile and faulty input beyond the mutation corpus, grouped by the fault each case once caused.

Every case ends in a one-line error (or an inert result), never a traceback, a hang, a write
outside the project, or a verdict resting on a tampered or superseded number.
"""

import hashlib
import importlib.util
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from harness.cli.main import cli
from harness.errors import InputError
from harness.evidence.records import EvidenceFilter
from tests.conftest import HEADER

BETA_ROW = "Beta-2,BigBench,pass@1,no tools,70.0,Beta Corp,https://beta.example/blog,Table 2,2025-01-05,"


def verify(proj, *args):
    return CliRunner().invoke(cli, ["verify", "--project", str(proj.root), "--no-report", *map(str, args)])


def errors(result) -> list[str]:
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return [line for line in result.stderr.splitlines() if line.startswith("Error: ")]


# --- no tracebacks ---------------------------------------------------------------------------


def test_impossible_date_in_the_catalog_is_one_line(proj):
    cat = proj.root / "catalog" / "catalog.yaml"
    cat.write_text(cat.read_text().replace("open_weights: true}", "open_weights: true, release_date: 2025-02-30}", 1))
    r = verify(proj)
    assert r.exit_code == 2
    assert errors(r) == ["Error: catalog/catalog.yaml:6: invalid value '2025-02-30' (day is out of range for month)"]


def test_impossible_date_and_non_text_keys_in_claims_are_one_line_each(proj):
    proj.claim("id: c\nsource: {date: 2025-02-30}\n", "date.yaml")
    proj.claim("? [a, b]\n: 1\n", "key.yaml")
    r = verify(proj, "--json")
    assert r.exit_code == 2
    assert errors(r) == [
        "Error: claims/date.yaml:2: invalid value '2025-02-30' (day is out of range for month)",
        "Error: claims/key.yaml:1: mapping keys must be plain text, not lists or mappings",
    ]
    assert '"id": "alpha-beats-beta"' in r.stdout  # the valid claim is still verified


def test_yaml_tags_and_numbers_yaml_reads_otherwise_are_refused(proj):
    # YAML 1.1 reads 010 as 8 and 1:30 as 90: `items: 0500` made a 320-item benchmark, unseen
    cat = proj.root / "catalog" / "catalog.yaml"
    cat.write_text(cat.read_text().replace("items: 500,", "items: 0500,"))
    claim = (
        "id: c{n}\nstatement: s\nsource: {{publisher: P, url: 'https://p.example', date: 2025-02-01}}\n"
        "subject: {subject}\nassertions:\n  - {{kind: outperforms, competitors: [Beta-2], benchmarks: shared, {rest}}}\n"
    )
    proj.claim(claim.format(n=1, subject="Alpha-1", rest="quantifier: all, margin: 1:30"), "sexagesimal.yaml")
    proj.claim(claim.format(n=2, subject="Alpha-1", rest="quantifier: all, margin: 0x10"), "hex.yaml")
    proj.claim(claim.format(n=3, subject="Alpha-1", rest="quantifier: all, margin: 1_0.5"), "underscore.yaml")
    proj.claim(claim.format(n=4, subject="!!binary QWxwaGEtMQ==", rest="quantifier: all"), "binary.yaml")
    proj.claim(claim.format(n=5, subject="Alpha-1", rest="quantifier: !!int '2'"), "tagged.yaml")
    r = verify(proj)
    assert r.exit_code == 2
    assert errors(r) == [
        "Error: catalog/catalog.yaml:13: benchmarks[2].items: '0500' is a number in octal (a leading 0), which YAML "
        "reads as 320: write it in plain decimal digits"
    ]
    cat.write_text(cat.read_text().replace("items: 0500,", "items: 500,"))
    r = verify(proj)
    assert r.exit_code == 2
    assert errors(r) == [
        "Error: claims/binary.yaml:4: subject: YAML tags (!!binary) are not supported: write the value itself",
        "Error: claims/hex.yaml:6: assertions[0].margin: '0x10' is a number in hexadecimal, which YAML reads as 16: "
        "write it in plain decimal digits",
        "Error: claims/sexagesimal.yaml:6: assertions[0].margin: '1:30' is a number in base 60, which YAML reads as "
        "90: write it in plain decimal digits",
        "Error: claims/tagged.yaml:6: assertions[0].quantifier: YAML tags (!!int) are not supported: write the value "
        "itself",
        "Error: claims/underscore.yaml:6: assertions[0].margin: '1_0.5' is a number with '_' between digits, which "
        "YAML reads as 10.5: write it in plain decimal digits",
    ]


def test_a_yaml_1_1_flag_word_in_a_lexicon_extension_is_refused_not_read_as_false(tmp_path):
    # extract-lexicon.yaml lists phrases: `off` (as in "30% off", a price) was read as False and compiled as the
    # phrase "False", so the word never matched, unseen; only true/false are flags, the others text when quoted
    from harness.extract.cues import Cues

    extension = tmp_path / "extract-lexicon.yaml"
    extension.write_text("not_results:\n  - discount(s|ed)?\n  - off\n")
    with pytest.raises(InputError) as caught:
        Cues(extension)
    assert str(caught.value) == (
        "extract-lexicon.yaml:3: not_results[1]: 'off' is YAML 1.1's word for false: write false where a flag is "
        "meant, or quote it ('off') for text"
    )
    extension.write_text("not_results:\n  - discount(s|ed)?\n  - 'off'\n")
    assert Cues(extension).re["not_results"].search("now 30% off")


def test_a_subject_variant_that_is_also_a_competitor_is_refused(proj):
    # verified as that checkpoint, the claim compared Beta-2 with Beta-2 (a tie: refuted under variants_rule all)
    proj.claim(
        "id: v\nstatement: s\nsource: {publisher: P, url: 'https://p.example', date: 2025-02-01}\nsubject: Alpha-1\n"
        "subject_variants: [Beta-2]\nvariants_rule: all\n"
        "assertions:\n  - {kind: outperforms, competitors: [Beta-2], benchmarks: shared}\n",
        "variant.yaml",
    )
    r = verify(proj)
    assert r.exit_code == 2
    assert errors(r) == [
        "Error: claims/variant.yaml:8: assertions[0].competitors[0]: 'Beta-2' is also subject_variants[0]: that "
        "checkpoint would be compared with itself"
    ]


def test_a_folder_that_cannot_be_listed_is_a_problem_not_skipped(proj, monkeypatch):
    # Path.rglob skipped it without a word: its claims unverified, its rows unread (root reads anything, so the
    # folders are made unlistable by refusing os.scandir on them, as a chmod 000 folder of another user is)
    (proj.root / "claims" / "team").mkdir()
    (proj.root / "results" / "published" / "old").mkdir()
    refused = {str(proj.root / "claims" / "team"), str(proj.root / "results" / "published" / "old")}
    scandir = os.scandir

    def guarded(path="."):
        # a folder's file descriptor (shutil.rmtree's, in a temporary folder's cleanup) is no path to refuse
        if not isinstance(path, int) and os.path.abspath(os.fspath(path)) in refused:
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", guarded)
    for command in ("verify", "validate"):
        r = CliRunner().invoke(
            cli, [command, "--project", str(proj.root), *(["--no-report"] if command == "verify" else [])]
        )
        assert r.exit_code == 2
        assert errors(r) == [
            "Error: results/published/old: cannot read folder (Permission denied)",
            "Error: claims/team: cannot read folder (Permission denied)",
        ]


@pytest.mark.parametrize(
    "dataset,said",
    [
        # read /etc (or any folder of the machine) through fsspec's local filesystem
        ("file:///etc", "Error: results/published/scores.csv:2: items_dataset: 'file:///etc' would read this "
         "machine's files, outside the project: give a folder inside the table's folder, or a remote store's URL "
         "(s3://, gs://, ...)"),
        ("zip::file:///tmp/x.zip", "Error: results/published/scores.csv:2: items_dataset: 'zip::file:///tmp/x.zip' "
         "would read this machine's files, outside the project: give a folder inside the table's folder, or a "
         "remote store's URL (s3://, gs://, ...)"),
        ("out", "Error: results/published/scores.csv:2: items_dataset: 'out' is a symlink out of the table's "
         "folder; not read"),
        # tracebacks from fsspec: a store it does not know, or one whose package is missing
        ("nosuch://bucket/items", "Error: nosuch://bucket/items: not a store fsspec can read (Protocol not known: "
         "nosuch)"),
    ],
)  # fmt: skip
def test_a_per_item_dataset_is_read_only_inside_the_project_or_from_a_store(proj, tmp_path, dataset, said):
    (tmp_path / "elsewhere").mkdir()
    published = proj.root / "results" / "published"
    (published / "out").symlink_to(tmp_path / "elsewhere")
    rows = [
        f"Alpha-1,BigBench,pass@1,,80,Alpha Lab,https://a.example,T,2025-01-01,,{dataset}",
        "Beta-2,BigBench,pass@1,,70,Beta Corp,https://b.example,T,2025-01-01,,nosuch://bucket/items",
    ]
    header = "model,benchmark,metric,setting,score,reported_by,source_url,source_locator,as_of_date,notes,items_dataset"
    (published / "scores.csv").write_text("\n".join([header, *rows]) + "\n")
    r = verify(proj)
    assert r.exit_code == 2
    if dataset.startswith("nosuch") and importlib.util.find_spec("fsspec") is None:
        # fsspec comes with the [local] or [remote] extra, not with [test]: without it the store is told by the extra
        said = (
            "Error: nosuch://bucket/items: cannot read nosuch:// URLs here: needs the [remote] extra (fsspec is not "
            "installed); install it with: pip install 'benchclaims[remote]'"
        )
    assert said in errors(r)


def test_a_symlinked_folder_is_a_problem_not_skipped(proj, tmp_path):
    # Path.rglob does not descend into one: a results/published/more linked to the team's share was read as no
    # evidence at all, and verify said nothing
    (tmp_path / "share").mkdir()
    (tmp_path / "share" / "more.csv").write_text(
        HEADER + "Beta-2,BigBench,pass@1,,70,Beta Corp,https://b.example,T,2025-01-01,\n"
    )
    (proj.root / "results" / "published" / "more").symlink_to(tmp_path / "share", target_is_directory=True)
    (proj.root / "claims" / "again").symlink_to(proj.root / "claims", target_is_directory=True)
    r = verify(proj)
    assert r.exit_code == 2
    assert errors(r) == [
        "Error: results/published/more: is a symlink to a folder; not followed, so its files are not read",
        "Error: claims/again: is a symlink to a folder; not followed, so its files are not read",
    ]


def test_a_catalog_name_with_a_control_character_is_refused(proj):
    # kept, it reached every reason, page and terminal line naming the model (an OSC sequence retitles a window)
    cat = proj.root / "catalog" / "catalog.yaml"
    text = cat.read_text()
    cat.write_text(
        text.replace("name: Gamma-3,", 'name: "Gamma\\e]0;pwned\\a-3",').replace(
            "[Small Bench]", '["Small \\u202eBench"]'
        )
    )
    r = verify(proj)
    assert r.exit_code == 2
    assert errors(r) == [
        "Error: catalog/catalog.yaml:8: models[2].name: holds the control character '\\x1b' (character 6): write "
        "printable text",
        "Error: catalog/catalog.yaml:12: benchmarks[1].aliases[0]: holds the control character '\\u202e' (character "
        "7): write printable text",
    ]


def test_unicode_digits_and_overflowing_numbers_in_evidence(proj):
    header = (
        "model,benchmark,metric,setting,score,reported_by,source_url,source_locator,as_of_date,notes,n,stderr,shots"
    )
    rows = [
        "Alpha-1,BigBench,pass@1,,80,Alpha Lab,https://a.example,T,2025-01-01,,²,,",
        "Alpha-1,SmallBench,pass@1,,60,Alpha Lab,https://a.example,T,2025-01-01,,,1e999,",
        "Alpha-1,MidBench,pass@1,,55,Alpha Lab,https://a.example,T,2025-01-01,,,,³",
    ]
    (proj.root / "results" / "published" / "scores.csv").write_text("\n".join([header, *rows]) + "\n")
    r = verify(proj)
    assert errors(r) == [
        "Error: results/published/scores.csv:2: n: must be a positive whole number, got '²'",
        "Error: results/published/scores.csv:3: stderr: must be a finite number, got '1e999'",
        "Error: results/published/scores.csv:4: shots: must be a whole number, got '³'",
    ]


def test_a_bad_or_huge_count_beside_good_rows_is_one_line(proj):
    # the good rows take the fast path, whose n column once held the bad cell's None (a traceback);
    # a count too long for 64 bits overflowed it
    header = "model,benchmark,metric,setting,score,reported_by,source_url,source_locator,as_of_date,notes,n,shots"
    rows = [
        "Alpha-1,BigBench,pass@1,,80,Alpha Lab,https://a.example,T,2025-01-01,,abc,",
        "Alpha-1,SmallBench,pass@1,,60,Alpha Lab,https://a.example,T,2025-01-01,,99999999999999999999999,",
        "Alpha-1,MidBench,pass@1,,55,Alpha Lab,https://a.example,T,2025-01-01,,100,1" + "0" * 5000,
        "Beta-2,MidBench,pass@1,,50,Beta Corp,https://b.example,T,2025-01-01,,100,",
    ]
    (proj.root / "results" / "published" / "scores.csv").write_text("\n".join([header, *rows]) + "\n")
    r = verify(proj)
    assert r.exit_code == 2
    assert errors(r) == [
        "Error: results/published/scores.csv:2: n: must be a positive whole number, got 'abc'",
        "Error: results/published/scores.csv:3: n: '99999999999999999999999' is too large for a count (at most "
        "1,000,000,000,000,000)",
        "Error: results/published/scores.csv:4: shots: '100000000000000000000000000000000000000000000000000000000000"
        "00000000000000000000'… (5,001 characters) is too large for a count (at most 1,000,000,000,000,000)",
    ]


@pytest.mark.parametrize(
    "header, bad, good, note",
    [
        (  # a count too large
            "n,URL",
            "99999999999999999999999,https://ok.example/board",
            "198,https://ok.example/board",
            "n: '99999999999999999999999' is too large for a count (at most 1,000,000,000,000,000)",
        ),
        (  # a row the loader would refuse
            "URL",
            "javascript:alert(1)",
            "https://ok.example/board",
            "source_url: must be http(s) URL(s) separated by ';', got 'javascript:alert(1)'",
        ),
    ],
)
def test_an_import_leaves_a_row_the_loader_would_refuse_out_with_a_note(tmp_path, header, bad, good, note):
    text = (
        f"Model,Benchmark,Score,{header}\n"
        f"GPT-5 (high),GPQA Diamond,85.0,{bad}\n"
        f"Gemini 2.5 Pro,GPQA Diamond,84.0,{good}\n"
    )
    root, r = _csv_import(tmp_path, text, "--reported-by", "X")
    assert r.exit_code == 0, r.output
    assert f"  skipped GPT-5 (high) / GPQA Diamond / score (board.csv line 2): {note}" in r.stdout
    assert "2 values read, 1 imported, 1 skipped" in r.stdout
    _loads_cleanly(root)


@pytest.mark.parametrize(
    "content,message",
    [
        ("[]", "not a benchclaims local run"),
        ("[" * 100_000, "nested too deeply"),
        ('{"format": "benchclaims-local-run/1", "value": "abc"}', "malformed local run"),
        ('{"format": "benchclaims-local-run/1", "value": 1e999}', "malformed local run"),
        # a traceback in verify and validate (Python's int limit); a key twice, the last silently won
        ('{"format": "benchclaims-local-run/1", "value": 1' + "0" * 5000 + "}", "more than 4,300 digits"),
        ('{"format": "benchclaims-local-run/1", "format": "x"}', "duplicate key 'format'"),
    ],
)
def test_malformed_local_results_are_one_line(proj, content, message):
    (proj.root / "results" / "local").mkdir()
    (proj.root / "results" / "local" / "x.json").write_text(content)
    r = verify(proj)
    assert r.exit_code == 2
    (line,) = errors(r)
    assert line.startswith("Error: results/local/x.json") and message in line


@pytest.mark.parametrize("content", ["[]", "[" * 100_000, '{"claims": [1]}', '{"claims": [{"id": 5}]}'])
def test_malformed_baselines_are_one_line(proj, tmp_path, content):
    bad = tmp_path / "b.json"
    bad.write_text(content)
    r = verify(proj, "--baseline", bad)
    assert r.exit_code == 2
    (line,) = errors(r)
    assert line.startswith(f"Error: {bad}")


def test_a_model_name_is_drawn_literally_not_as_mathtext(proj, tmp_path):
    cat = proj.root / "catalog" / "catalog.yaml"
    cat.write_text(
        cat.read_text().replace("name: Beta-2, aliases: [Beta 2]", r"name: '$\frac{Beta$', aliases: [Beta 2, Beta-2]")
    )
    r = CliRunner().invoke(cli, ["verify", "--project", str(proj.root), "--report-dir", str(tmp_path / "r")])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "r" / "alpha-beats-beta.png").read_bytes().startswith(b"\x89PNG")


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file systems refuse non-UTF-8 names")
def test_a_claim_file_name_that_is_not_utf8(proj):
    folder = os.fsencode(proj.root / "claims")
    with open(os.path.join(folder, b"bad\xff.yaml"), "wb") as f:
        f.write(b"id: [\n")
    r = verify(proj)
    assert r.exit_code == 2
    (line,) = errors(r)
    assert line.startswith("Error: claims/bad\\xff.yaml:")


def test_malformed_task_yaml_in_run_is_one_line(tmp_path):
    from harness.claims.catalog_entries import BenchmarkEntry
    from harness.errors import InputError
    from harness.local.run import _task_dir

    (tmp_path / "tasks").mkdir()
    (tmp_path / "tasks" / "t.yaml").write_text("task: [\n")
    bench = BenchmarkEntry.model_validate({"id": "b", "name": "B", "run": {"task": "t", "task_file": "tasks/t.yaml"}})
    with pytest.raises(InputError, match=r"^tasks/t.yaml:2: invalid YAML"):
        _task_dir(bench, tmp_path, tmp_path / "work")


# --- size limits and file kinds ---------------------------------------------------------------


def test_devices_and_over_cap_files_are_refused_not_read(proj, tmp_path):
    (proj.root / "claims" / "zero.yaml").symlink_to("/dev/zero")
    (proj.root / "claims" / "big.yaml").write_text("notes: " + "x" * 5_000_001 + "\n")
    r = verify(proj, "--baseline", "/dev/zero")
    assert r.exit_code == 2
    assert errors(r) == ["Error: /dev/zero: not a regular file"]
    r = verify(proj)
    assert errors(r) == [
        "Error: claims/big.yaml: file is over the 5,000,000-byte limit",
        "Error: claims/zero.yaml: is a symlink out of the project; not read",
    ]
    cat = proj.root / "catalog" / "catalog.yaml"
    cat.rename(proj.root / "catalog" / "real.yaml")
    cat.symlink_to("/dev/zero")
    assert errors(verify(proj)) == ["Error: catalog/catalog.yaml: is a symlink out of the project; not read"]


def test_a_fifo_named_like_input_is_reported_without_hanging(proj):
    os.mkfifo(proj.root / "claims" / "pipe.yaml")
    os.mkfifo(proj.root / "results" / "published" / "pipe.csv")
    cmd = [sys.executable, "-m", "harness", "verify", "--project", str(proj.root), "--no-report"]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert "Error: claims/pipe.yaml: not a regular file" in done.stderr
    assert "Error: results/published/pipe.csv: not a regular file" in done.stderr


# --- paths from the catalog stay inside the project -------------------------------------------


@pytest.mark.parametrize(
    "run,field",
    [
        ("{backend: hf, pretrained: ../../../../etc}", "models[0].run.pretrained"),
        ("{backend: hf, pretrained: /root}", "models[0].run.pretrained"),
        ("{backend: hf, pretrained: org/model, tokenizer: /etc}", "models[0].run.tokenizer"),
        (
            "{backend: local-completions, base_url: 'http://127.0.0.1:1/v1', tokenizer: ~/.cache}",
            "models[0].run.tokenizer",
        ),
    ],
)
def test_weights_and_tokenizers_outside_the_project_are_refused(proj, run, field):
    cat = proj.root / "catalog" / "catalog.yaml"
    cat.write_text(cat.read_text().replace("open_weights: true}", f"open_weights: true, run: {run}}}", 1))
    (line,) = errors(verify(proj))
    assert line.startswith(f"Error: catalog/catalog.yaml:6: {field}: path must stay inside the project")
    # saying so in the catalog is the explicit opt-in
    cat.write_text(cat.read_text().replace(f"run: {run}", f"run: {run[:-1]}, allow_outside_project: true}}"))
    assert verify(proj).exit_code == 0


def test_a_hub_repo_id_is_not_a_path(proj):
    cat = proj.root / "catalog" / "catalog.yaml"
    cat.write_text(cat.read_text().replace("open_weights: true}", "open_weights: true, run: {pretrained: org/m}}", 1))
    assert verify(proj).exit_code == 0


def test_task_data_outside_the_project_is_refused(tmp_path):
    from harness.claims.catalog_entries import BenchmarkEntry
    from harness.errors import InputError
    from harness.local.run import _task_dir

    (tmp_path / "p" / "tasks").mkdir(parents=True)
    (tmp_path / "secret.jsonl").write_text("{}\n")
    (tmp_path / "p" / "tasks" / "t.yaml").write_text(
        "task: t\ndataset_kwargs: {data_files: {test: ../../secret.jsonl}}\n"
    )
    run = {"task": "t", "task_file": "tasks/t.yaml"}
    bench = BenchmarkEntry.model_validate({"id": "b", "name": "B", "run": run})
    with pytest.raises(InputError, match="data_files.test: path must stay inside the project"):
        _task_dir(bench, tmp_path / "p", tmp_path / "work")
    bench = BenchmarkEntry.model_validate({"id": "b", "name": "B", "run": run | {"allow_outside_project": True}})
    assert _task_dir(bench, tmp_path / "p", tmp_path / "work").is_dir()


# --- report writing ------------------------------------------------------------------------------


def test_a_failed_write_names_the_file_and_leaves_the_previous_report(proj, tmp_path):
    out = tmp_path / "r"
    args = ["verify", "--project", str(proj.root), "--report-dir", str(out)]
    assert CliRunner().invoke(cli, args).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    scores = proj.root / "results" / "published" / "scores.csv"
    scores.write_text(scores.read_text().replace(BETA_ROW, BETA_ROW.replace("70.0", "50.0")))
    (out / "index.md").unlink()
    (out / "index.md").mkdir()  # the index, written after the claim's page, can no longer be written
    r = CliRunner().invoke(cli, args)
    assert r.exit_code == 2
    assert errors(r)[0].startswith(f"Error: {out / 'index.md'}: ")
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert after == {k: v for k, v in before.items() if k != "index.md"}  # the page and chart too
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_a_second_run_on_the_same_report_folder_waits(proj, tmp_path):
    import fcntl

    from harness.report.writer import LOCK, write_reports

    out = tmp_path / "r"
    out.mkdir()
    run = proj.verify()
    with open(out / LOCK, "a") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        worker = threading.Thread(
            target=write_reports, args=(run.results, [], run.catalog, out), kwargs={"charts": False}
        )
        worker.start()
        time.sleep(0.5)  # without the lock a chartless report is written in a few milliseconds
        assert worker.is_alive() and not (out / "index.md").exists()
        fcntl.flock(held, fcntl.LOCK_UN)
    worker.join(30)
    assert (out / "index.md").exists()


def test_a_claim_cannot_take_the_index_page(proj):
    proj.claim("id: index\nstatement: s\nsource: {publisher: P, url: 'https://p.example', date: 2025-02-01}\n"
               "subject: Alpha-1\nassertions: [{kind: score, benchmark: BigBench, value: 1}]\n")  # fmt: skip
    (line,) = errors(verify(proj))
    assert "claim id 'index' is reserved for the report's index page" in line


# --- local results are checked, not trusted ----------------------------------------------------


def _result(proj, name="a", items=None, partial=False, run_key="1" * 64, model="alpha-1"):
    from harness.evidence.adapters.lm_eval_run import content_sha256
    from harness.evidence.itemstore import write_items

    items = items or {f"q{i}": float(i % 4 != 0) for i in range(40)}
    folder = proj.root / "results" / "local"
    folder.mkdir(exist_ok=True)
    path = folder / f"{model}__big-bench__{name}.json"
    data = {
        "format": "benchclaims-local-run/1",
        "model": model,
        "benchmark": "big-bench",
        "metric": "acc",
        "value": 100.0 * sum(items.values()) / len(items),
        "stderr": None,
        "n": len(items),
        "n_original": len(items) * (2 if partial else 1),
        "partial": partial,
        "cache_key": hashlib.sha256(name.encode()).hexdigest(),
        "run_key": run_key,
        "provenance": {"lm_eval_version": "0.4.13", "command": "benchclaims run", "date": "2025-02-01"}
        | {"backend": "hf", "num_fewshot": 0, "limit": 20 if partial else None},
        "items_file": write_items(path, items),
    }
    data["content_sha256"] = content_sha256(data)
    path.write_text(json.dumps(data))
    return path, data


def test_an_edited_value_is_refused(proj):
    path, data = _result(proj)
    path.write_text(json.dumps(data | {"value": 99.0}))
    (line,) = errors(verify(proj))
    assert "changed since `benchclaims run` wrote it (content hash differs)" in line


def test_a_value_its_own_items_contradict_is_refused(proj):
    from harness.evidence.adapters.lm_eval_run import content_sha256

    path, data = _result(proj)
    _result(proj, "b", model="beta-2", items={f"q{i}": float(i % 2 == 0) for i in range(40)})
    forged = data | {"value": 99.0}
    forged["content_sha256"] = content_sha256(forged)  # even with the hash made to match
    path.write_text(json.dumps(forged))
    proj.claim(
        "id: local\nstatement: s\nsource: {publisher: P, url: 'https://p.example', date: 2025-02-01}\n"
        "subject: Alpha-1\nevidence: {kinds: [local]}\n"
        "assertions: [{kind: outperforms, competitors: [Beta-2], benchmarks: [BigBench]}]\n",
        "local.yaml",
    )
    # the paired test reads the items and refuses the run: it fails closed, naming the file
    r = verify(proj)
    assert r.exit_code == 2
    assert errors(r) == [
        "Error: results/local/alpha-1__big-bench__a.items.parquet: per-item results give 75.0000, the result says 99"
    ]


def test_a_cache_hit_is_decided_by_content_not_by_name(proj):
    from harness.local.results import is_cached

    path, data = _result(proj)
    assert is_cached(path, data["cache_key"])
    assert not is_cached(path, "0" * 64)  # another key's result under this name
    path.write_text(json.dumps(data | {"value": 99.0}))
    assert not is_cached(path, data["cache_key"])  # edited: run again


def test_superseded_results_are_retired_not_kept_as_conflicts(proj):
    from harness.local.results import SUPERSEDED, retire_superseded

    def retire(new):
        return retire_superseded(new, out, "alpha-1", "big-bench")

    out = proj.root / "results" / "local"
    partial, _ = _result(proj, "partial", partial=True)
    full, _ = _result(proj, "full")
    assert retire(full) == full
    assert sorted(p.name for p in (out / SUPERSEDED).iterdir()) == [
        "alpha-1__big-bench__partial.items.parquet",
        "alpha-1__big-bench__partial.json",
    ]
    # a --limit run of the same weights after a full one: the full one stays, the sample goes
    later, _ = _result(proj, "later", partial=True)
    assert retire(later) == full
    assert not later.exists()
    # other weights (another run key): the new run retires the old full one
    other, _ = _result(proj, "other", run_key="2" * 64)
    assert retire(other) == other and not full.exists()
    assert len(proj.verify().evidence.of_kind("local")) == 1


# --- names ----------------------------------------------------------------------------------


def test_lookalike_invisible_and_blank_names(proj):
    cat = proj.root / "catalog" / "catalog.yaml"
    text = cat.read_text()
    cat.write_text(text.replace("name: Gamma-3,", "name: Gamma-3, aliases: [\u0410lpha-1],"))  # Cyrillic А
    (line,) = errors(verify(proj))
    assert "model name 'Аlpha-1' of 'gamma-3' looks the same as a name of 'alpha-1'" in line
    cat.write_text(text.replace("name: Gamma-3,", "name: Gamma-3, aliases: ['  '],"))
    (line,) = errors(verify(proj))
    assert "model 'gamma-3' has an empty name or alias" in line
    cat.write_text(text)
    proj.scores(
        "Alpha\u200b\u20101,BigBench,pass@1,,81,Eval Watchdog,https://w.example,T,2025-01-01,\n"  # zero-width, U+2010
        "\u0410lpha-1,BigBench,pass@1,,82,Eval Watchdog,https://w.example,T2,2025-01-01,\n",
        name="z.csv",
    )
    r = verify(proj)
    assert errors(r) == [
        "Error: results/published/z.csv:3: model: unknown model 'Аlpha-1': it looks like 'Alpha-1' but uses "
        "letters from another script"
    ]
    rows = proj.verify().evidence.select(EvidenceFilter(), "alpha-1", "big-bench")
    assert [r.value for r in rows] == [80.0, 81.0]


# --- pairing is linear in the rows of a cell ----------------------------------------------------


def test_pairing_compares_distinct_values_not_every_pair_of_rows(proj):
    from harness.claims.catalog import load_catalog
    from harness.evidence.loading import load_evidence
    from harness.evidence.records import EvidenceFilter
    from harness.judge.comparisons import Context, compare
    from harness.judge.significance import outperform_judge

    lines = [f"Alpha-1,BigBench,pass@1,,80,Lab {i},https://a.example/{i},T,2025-01-01," for i in range(3000)]
    lines += [f"Beta-2,BigBench,pass@1,,70,Lab {i},https://b.example/{i},T,2025-01-01," for i in range(3000)]
    proj.scores("\n".join(lines), name="many.csv")
    catalog = load_catalog(proj.root / "catalog", proj.root)
    store, _ = load_evidence(proj.root / "results", catalog, proj.root)
    calls = []
    judge = outperform_judge(0.0)
    cmp = compare(
        Context(catalog, store, EvidenceFilter(), "alpha-1", 0.05),
        "big-bench",
        "beta-2",
        lambda s, c, b: calls.append(1) or judge(s, c, b),
    )
    assert cmp.outcome == "win" and len(cmp.subject_rows) == 3001
    assert len(calls) <= 4  # distinct values per setting pair, not 3,001 x 3,001 row pairs


# --- CSV errors name the right line -------------------------------------------------------------


def test_rows_after_a_value_spanning_lines_keep_their_line(proj):
    proj.scores(
        'Alpha-1,BigBench,pass@1,,80,Alpha Lab,https://a.example,T,2025-01-01,"first line\nsecond line"\n'
        "\n"
        "Nobody,BigBench,pass@1,,80,Alpha Lab,https://a.example,T,2025-01-01,\n"
    )
    (line,) = errors(verify(proj))
    assert line == "Error: results/published/scores.csv:5: model: unknown model 'Nobody'"


def test_temporaries_left_by_a_killed_run_are_cleared(proj, tmp_path):
    from harness.report.writer import write_reports

    out = tmp_path / "r"
    out.mkdir()
    (out / ".index.md.x1y2.tmp").write_text("half")
    (out / "notes.tmp").write_text("not ours: kept")
    run = proj.verify()
    write_reports(run.results, [], run.catalog, out)
    assert not (out / ".index.md.x1y2.tmp").exists()
    assert (out / "notes.tmp").read_text() == "not ours: kept"


def test_ctrl_c_during_verify_leaves_the_previous_report(proj, tmp_path, monkeypatch):
    from harness.report import writer

    out = tmp_path / "r"
    args = ["verify", "--project", str(proj.root), "--report-dir", str(out)]
    assert CliRunner().invoke(cli, args).exit_code == 0
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    scores = proj.root / "results" / "published" / "scores.csv"
    scores.write_text(scores.read_text().replace(BETA_ROW, BETA_ROW.replace("70.0", "50.0")))

    def interrupted(*a, **k):
        raise KeyboardInterrupt

    monkeypatch.setattr(writer, "render_chart", interrupted)  # Ctrl-C while the changed chart is drawn
    r = CliRunner().invoke(cli, args)
    assert r.exit_code == 130
    assert r.stderr == "Interrupted; files already there are left as they were.\n"
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before


def test_a_source_name_that_is_only_a_catalog_id_is_not_taken_as_that_entry(proj):
    cat = proj.root / "catalog" / "catalog.yaml"
    cat.write_text(cat.read_text().replace("{id: mid-bench, name: MidBench,", "{id: midbench-v2, name: MidBench,"))
    proj.scores("Alpha-1,midbench-v2,pass@1,,55,Alpha Lab,https://a.example,T,2025-01-01,", name="ids.csv")
    (line,) = errors(verify(proj))
    assert line == (
        "Error: results/published/ids.csv:2: benchmark: 'midbench-v2' is the id of benchmark 'MidBench', not one "
        "of its names; add it to that entry's aliases if the source means it"
    )


def test_old_mac_line_endings_and_a_header_only_file(proj):
    header = "model,benchmark,metric,setting,score,reported_by,source_url,source_locator,as_of_date,notes"
    row = "Alpha-1,BigBench,pass@1,,81,Eval Watchdog,https://w.example,T,2025-01-01,"
    (proj.root / "results" / "published" / "cr.csv").write_bytes(f"{header}\r{row}\r".encode())
    (proj.root / "results" / "published" / "empty-table.csv").write_text(header + "\n")
    r = verify(proj)
    assert r.exit_code == 0, r.stderr
    rows = proj.verify().evidence.select(EvidenceFilter(), "alpha-1", "big-bench")
    assert [(x.origin, x.value) for x in rows] == [
        ("results/published/cr.csv:2", 81.0),
        ("results/published/scores.csv:2", 80.0),
    ]


# --- outputs stay inside the project and replace only regular files -----------------------------

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
EPOCH = os.path.join(REPO, "tests", "fixtures", "importers", "epoch")


def _invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def _epoch_source(tmp_path):
    import shutil

    folder = tmp_path / "src"
    folder.mkdir(exist_ok=True)
    for name in ("benchmarks_runs.csv", "model_versions.csv"):
        shutil.copy(os.path.join(EPOCH, name), folder / name)
    return folder / "benchmarks_runs.csv"


def _bare_project(tmp_path):
    import shutil

    root = tmp_path / "bare"
    root.mkdir()
    shutil.copytree(os.path.join(REPO, "catalog"), root / "catalog")
    (root / "claims").mkdir()
    return root


def test_schema_output_never_goes_into_a_projects_catalog_or_results(proj):
    # the schema there was read as a catalog file (JSON is YAML) or as a publisher's file: every command then
    # exited 2, as `extract --out catalog` did
    # and a YAML file under claims/, read as a claim: 13 problems at every verify
    for where, read_as in (
        ("catalog/s.yaml", "every file is read as the catalog"),
        ("results/published/s.json", "every file is read as evidence"),
        ("claims/s.yaml", "every YAML file is read as a claim"),
        ("claims/sub/s.yml", "every YAML file is read as a claim"),
    ):
        r = _invoke("schema", "-o", proj.root / where)
        assert (r.exit_code, r.stderr) == (
            2,
            f"Error: {proj.root / where} is in {where.split('/')[0]}/, where {read_as}: write it elsewhere\n",
        )
        assert not (proj.root / where).exists()
    assert _invoke("schema", "-o", proj.root / "schema" / "claim.schema.json").exit_code == 0
    assert _invoke("schema", "-o", proj.root / "claims" / "claim.schema.json").exit_code == 0  # not read there
    assert _invoke("validate", "--project", proj.root).exit_code == 0


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
def test_schema_output_never_replaces_a_device(tmp_path):
    import stat

    full = tmp_path / "full"
    os.mknod(full, stat.S_IFCHR | 0o666, os.makedev(1, 7))  # a copy of /dev/full
    r = _invoke("schema", "-o", full)
    assert r.exit_code == 2
    assert errors(r) == [f"Error: {full}: not a regular file; refusing to replace it"]
    assert stat.S_ISCHR(os.lstat(full).st_mode)


def test_schema_output_never_replaces_a_fifo_or_a_symlink(tmp_path):
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    link = tmp_path / "out.json"
    link.symlink_to("/proc/self/fd/1")
    for target in (fifo, link):
        r = _invoke("schema", "-o", target)
        assert r.exit_code == 2
        assert errors(r) == [f"Error: {target}: not a regular file; refusing to replace it"]
    assert os.readlink(link) == "/proc/self/fd/1" and not os.path.isfile(fifo)
    plain = tmp_path / "schema.json"
    assert _invoke("schema", "-o", plain).exit_code == 0 and plain.read_text().startswith("{")


@pytest.mark.parametrize("folder", ["results", "results/imported", "results/snapshots"])
def test_import_never_writes_through_a_symlinked_folder(tmp_path, folder):
    root = _bare_project(tmp_path)
    outside = tmp_path / "outside"
    outside.mkdir()
    (root / folder).parent.mkdir(parents=True, exist_ok=True)
    (root / folder).symlink_to(outside, target_is_directory=True)
    r = _invoke("import", "epoch", _epoch_source(tmp_path), "--project", root)
    assert r.exit_code == 2
    assert errors(r) == [f"Error: {folder}: is a symlink; benchclaims writes only into real folders of the project"]
    assert list(outside.iterdir()) == []


def test_import_never_replaces_a_symlinked_catalog_file(tmp_path):
    root = _bare_project(tmp_path)
    outside = tmp_path / "elsewhere.yaml"
    outside.write_text("models: []\n")
    (root / "catalog" / "imported.yaml").unlink(missing_ok=True)
    (root / "catalog" / "imported.yaml").symlink_to(outside)
    r = _invoke("import", "epoch", _epoch_source(tmp_path), "--project", root, "--add-unmapped")
    assert r.exit_code == 2
    assert errors(r) == ["Error: catalog/imported.yaml: is a symlink out of the project; not read"]
    (root / "catalog" / "imported.yaml").unlink()
    (root / "catalog" / "inside.yaml").write_text("models: []\n")
    (root / "catalog" / "imported.yaml").symlink_to("inside.yaml")  # read, since it stays in the project
    r = _invoke("import", "epoch", _epoch_source(tmp_path), "--project", root, "--add-unmapped")
    assert r.exit_code == 2
    assert errors(r) == ["Error: catalog/imported.yaml: not a regular file; refusing to replace it"]
    assert outside.read_text() == "models: []\n" and (root / "catalog" / "inside.yaml").read_text() == "models: []\n"
    assert (root / "catalog" / "imported.yaml").is_symlink()
    assert not (root / "results").exists()


def test_drafts_reports_and_new_claims_never_go_through_a_symlinked_folder(proj, tmp_path):
    outside = tmp_path / "outside"
    outside.mkdir()
    (proj.root / "reports").symlink_to(outside, target_is_directory=True)
    r = _invoke("verify", "--project", proj.root)
    assert errors(r) == ["Error: reports: is a symlink; benchclaims writes only into real folders of the project"]
    article = tmp_path / "a.txt"
    article.write_text("Alpha-1 outperformed Beta-2 on BigBench.\n")
    (proj.root / "drafts").symlink_to(outside, target_is_directory=True)
    args = ("--url", "https://a.example", "--publisher", "P", "--date", "2025-02-01")
    r = _invoke("extract", article, "--project", proj.root, *args)
    assert errors(r) == ["Error: drafts: is a symlink; benchclaims writes only into real folders of the project"]
    (proj.root / "claims").rename(proj.root / "real-claims")
    (proj.root / "claims").symlink_to(outside, target_is_directory=True)
    r = _invoke("new", "--statement", "s", "--subject", "Alpha-1", "--competitor", "Beta-2", "--project", proj.root,
                "--publisher", "P", "--url", "https://p.example", "--date", "2025-02-01")  # fmt: skip
    assert errors(r) == ["Error: claims: is a symlink; benchclaims writes only into real folders of the project"]
    assert list(outside.iterdir()) == []


# --- one lock for the project; an interrupted import changes nothing -----------------------------


def _project_files(root):
    return {
        str(p.relative_to(root)): p.read_bytes()
        for p in sorted(root.rglob("*"))
        if p.is_file() and p.name != ".benchclaims.lock"
    }


def test_two_imports_adding_unmapped_names_at_once_both_land(tmp_path, monkeypatch):
    from harness.claims import catalog as catalog_module
    from harness.evidence import importing

    root = _bare_project(tmp_path)
    sources = [
        str(_epoch_source(tmp_path)),
        os.path.join(EPOCH, "external_benchmark_mmlu.csv"),
    ]
    real = catalog_module.load_catalog

    def slow(*args, **kwargs):
        loaded = real(*args, **kwargs)
        time.sleep(0.4)  # both imports read the catalog before either writes, without a lock
        return loaded

    monkeypatch.setattr(importing, "load_catalog", slow)
    failures = []

    def one(source):
        try:
            importing.import_source(root, "epoch", source, importing.ImportOptions(), add_unmapped=True)
        except Exception as exc:  # noqa: BLE001 - reported below
            failures.append(exc)

    workers = [threading.Thread(target=one, args=(s,)) for s in sources]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
    assert failures == []
    added = (root / "catalog" / "imported.yaml").read_text()
    # one name from each import: Epoch's runs file and its external MMLU table
    assert "name: OTIS Mock AIME 2024-2025" in added and "name: Amazon Nova Lite" in added


def test_an_interrupted_import_leaves_the_project_as_it_was(tmp_path, monkeypatch):
    from harness.evidence import import_check

    root = _bare_project(tmp_path)
    assert _invoke("import", "epoch", os.path.join(EPOCH, "external_benchmark_gsm8k.csv"), "--project", root,
                   "--add-unmapped").exit_code == 0  # fmt: skip
    before = _project_files(root)
    folders = sorted(p for p in root.rglob("*") if p.is_dir())

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(import_check, "write_table", interrupted)
    r = _invoke("import", "epoch", _epoch_source(tmp_path), "--project", root, "--add-unmapped")
    assert r.exit_code == 130
    assert _project_files(root) == before
    assert sorted(p for p in root.rglob("*") if p.is_dir()) == folders  # no new snapshot folder either
    assert not [p for p in root.rglob("*") if p.name.endswith(".tmp")]


# --- what an import reads beside its source, and what snapshots name, stay in their folders -------

HELM = os.path.join(REPO, "tests", "fixtures", "importers", "helm", "mmlu_philosophy_gpt2")


def _helm_source(tmp_path):
    import shutil

    folder = tmp_path / "helm"
    shutil.copytree(HELM, folder)
    return folder / "stats.json"


def test_a_companion_file_symlinked_out_of_the_sources_folder_is_not_read(tmp_path):
    import shutil

    root = _bare_project(tmp_path)
    source = _epoch_source(tmp_path)
    secret = tmp_path / "private" / "model_versions.csv"
    secret.parent.mkdir()
    shutil.move(source.parent / "model_versions.csv", secret)
    (source.parent / "model_versions.csv").symlink_to(secret)
    r = _invoke("import", "epoch", source, "--project", root)
    assert r.exit_code == 2
    assert errors(r) == [
        f"Error: {source.parent / 'model_versions.csv'}: is a symlink out of the source's folder; not read"
    ]
    assert not (root / "results").exists()


@pytest.mark.parametrize(
    "name,content,message",
    [
        ("run_spec.json", "[" * 100_000, "nested too deeply to be JSON"),
        ("run_spec.json", '{"name": "a", "name": "b"}', "duplicate key 'name'"),
        ("stats.json", '[{"name": {"name": "x", "name": "y"}}]', "duplicate key 'name'"),
        (
            "stats.json",
            '[{"count": 1' + "0" * 5000 + "}]",
            "more than 4,300 digits (no score or count); expected a HELM stats.json",
        ),
    ],
)
def test_source_and_companion_json_are_guarded(tmp_path, name, content, message):
    root = _bare_project(tmp_path)
    source = _helm_source(tmp_path)
    (source.parent / name).write_text(content)
    r = _invoke("import", "helm", source, "--project", root)
    assert r.exit_code == 2
    (line,) = errors(r)
    assert line.startswith(f"Error: {source.parent / name}") and line.endswith(message), line


def _import_epoch(tmp_path):
    root = _bare_project(tmp_path)
    r = _invoke("import", "epoch", _epoch_source(tmp_path), "--project", root, "--json")
    assert r.exit_code == 0, r.output
    sha = json.loads(r.stdout)["snapshot"]["sha256"]
    return root, root / "results" / "snapshots" / sha


def test_an_edited_retrieval_time_is_an_input_problem(tmp_path):
    root, folder = _import_epoch(tmp_path)
    index = folder / "snapshot.json"
    index.write_text(index.read_text().replace('"retrieved_at": "20', '"retrieved_at": "19', 1))
    label = f"results/snapshots/{folder.name}/snapshot.json"
    for command in ("verify", "validate"):
        args = [command, "--project", root] + (["--no-report"] if command == "verify" else [])
        r = _invoke(*args)
        assert r.exit_code == 2
        assert f"Error: {label}: digest: the snapshot's metadata changed since it was imported (digest differs)" in (
            errors(r)
        )


def test_a_snapshot_pin_that_names_no_kept_snapshot_is_refused(tmp_path):
    # it pinned nothing, so the claim was judged on every current copy without a word
    root, folder = _import_epoch(tmp_path)
    claim = (
        "id: {id}\nstatement: s\nsource: {{publisher: P, url: 'https://p.example', date: 2025-12-01}}\n"
        "subject: GPT-5 (high)\nevidence:\n  snapshots: [{claim_pin}]\nassertions:\n"
        "  - {{kind: score, benchmark: GPQA Diamond, value: 86.2, evidence: {{snapshots: [{pin}]}}}}\n"
    )
    (root / "claims" / "kept.yaml").write_text(claim.format(id="kept", claim_pin=folder.name[:8], pin=folder.name))
    (root / "claims" / "gone.yaml").write_text(claim.format(id="gone", claim_pin="deadbeef", pin="0123456789ab"))
    for command in ("verify", "validate"):
        r = _invoke(command, "--project", root, *(["--no-report"] if command == "verify" else []))
        assert r.exit_code == 2
        assert errors(r) == [
            "Error: claims/gone.yaml:6: evidence.snapshots[0]: 'deadbeef' names no kept snapshot (results/snapshots/): "
            "it would pin nothing",
            "Error: claims/gone.yaml:8: assertions[0].evidence.snapshots[0]: '0123456789ab' names no kept snapshot "
            "(results/snapshots/): it would pin nothing",
        ]
    assert "kept  " in _invoke("verify", "--project", root, "--no-report").stdout


@pytest.mark.parametrize("kind", ["outside", "fifo", "zero"])
def test_validate_never_reads_what_a_snapshot_index_names_outside_its_folder(tmp_path, kind):
    root, folder = _import_epoch(tmp_path)
    index = folder / "snapshot.json"
    body = json.loads(index.read_text())
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-LINE\n")
    if kind == "outside":
        main = os.path.relpath(secret, folder)
    elif kind == "fifo":
        os.mkfifo(folder / "pipe.csv")
        main = "pipe.csv"
    else:
        (folder / "zero.csv").symlink_to("/dev/zero")
        main = "zero.csv"
    from harness.evidence.snapshots import metadata_digest

    body["files"] = {main: "0" * 64, **body["files"]}
    body["main"] = main
    body["digest"] = metadata_digest(body)  # the digest catches mistakes, not someone who recomputes it
    index.write_text(json.dumps(body))
    cmd = [sys.executable, "-m", "harness", "validate", "--project", str(root)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=60, cwd=REPO)
    assert done.returncode == 2
    assert "TOP-SECRET-LINE" not in done.stdout + done.stderr and "Traceback" not in done.stderr
    assert f"Error: results/snapshots/{folder.name}/snapshot.json: files: " in done.stderr


# --- what import writes, the loader accepts; written cells are inert; URLs carry no secrets ---------


def _csv_import(tmp_path, text, *flags, root=None):
    root = root or _bare_project(tmp_path)
    source = tmp_path / "board.csv"
    source.write_text(text)
    r = _invoke("import", "csv", source, "--project", root, "--as-of", "2025-12-01", *flags)
    return root, r


def _loads_cleanly(root):
    r = _invoke("validate", "--project", root)
    assert r.exit_code == 0, r.output
    return r


@pytest.mark.parametrize(
    "inside,content",
    [("metrics.yaml", "metrics: {}\n"), ("catalog/aliases/csv.yaml", "source: csv\naliases: []\n")],
)
def test_a_metrics_or_aliases_file_symlinked_out_of_the_project_is_not_read(tmp_path, inside, content):
    # both were read through the link, as extract-lexicon.yaml and sources.yaml are not
    root = _bare_project(tmp_path)
    (tmp_path / "outside.yaml").write_text(content)
    (root / inside).parent.mkdir(parents=True, exist_ok=True)
    (root / inside).symlink_to(tmp_path / "outside.yaml")
    root, r = _csv_import(tmp_path, "Model,Benchmark,Score\nGPT-5 (high),GPQA Diamond,85.0\n", "--source-url",
                          "https://ok.example/board", "--reported-by", "X", root=root)  # fmt: skip
    assert r.exit_code == 2
    assert errors(r) == [f"Error: {inside}: is a symlink out of the project; not read"]


def test_the_same_content_imported_again_with_other_options_still_validates(tmp_path):
    # a corrected --reported-by rewrote the table while the snapshot kept the first options: validate's fresh
    # import of the kept copy then differed from the table at every run, and its advice (import again) looped
    text = "Model,Benchmark,Score\nGPT-5 (high),GPQA Diamond,85.0\n"
    root, r = _csv_import(tmp_path, text, "--source-url", "https://ok.example/board", "--reported-by", "X")
    assert r.exit_code == 0, r.output
    root, r = _csv_import(tmp_path, text, "--source-url", "https://ok.example/board", "--reported-by", "Y", root=root)
    assert r.exit_code == 0, r.output
    assert (
        '  note: imported before with other options ({"as_of": "2025-12-01", "reported_by": "X", "source_url": '
        '"https://ok.example/board"}); the kept copy now records these' in r.stdout
    )
    _loads_cleanly(root)
    (table,) = (root / "results" / "imported" / "csv").glob("*.csv")
    assert ",Y,https://ok.example/board," in table.read_text()


def test_a_negative_stderr_from_lm_eval_is_left_out(tmp_path):
    import shutil

    root = _bare_project(tmp_path)
    folder = tmp_path / "run"
    shutil.copytree(os.path.join(REPO, "tests", "fixtures", "importers", "lm_eval"), folder)
    [results] = folder.glob("results_*.json")
    results.write_text(results.read_text().replace('"exact_match_stderr,none": 0.0002828144211304471', '"exact_match_stderr,none": -0.0002828144211304471'))  # fmt: skip
    r = _invoke("import", "lm-eval", results, "--project", root, "--model", "Bean", "--add-unmapped")
    assert r.exit_code == 0, r.output
    assert "stderr: must not be negative" in r.stdout
    _loads_cleanly(root)


def test_a_helm_run_with_a_negative_count_is_refused_whole(tmp_path):
    root = _bare_project(tmp_path)
    source = _helm_source(tmp_path)
    stats = json.loads(source.read_text())
    for s in stats:
        if s["name"] == {"name": "num_instances", "split": "test"}:
            s["mean"] = -5.0
    source.write_text(json.dumps(stats))
    catalog_before = _project_files(root / "catalog")
    r = _invoke("import", "helm", source, "--project", root, "--add-unmapped")
    assert r.exit_code == 2
    (line,) = errors(r)
    assert line.startswith(f"Error: {source}: no row passes the evidence checks (openai/gpt2 on ")
    assert line.endswith("n: must be a positive whole number, got '-5')")
    assert not (root / "results").exists() and _project_files(root / "catalog") == catalog_before


def test_spreadsheet_formulas_are_neutralised_and_read_back_unchanged(tmp_path):
    import csv

    from harness.claims.catalog import load_catalog
    from harness.evidence.loading import load_evidence

    text = 'Model,Benchmark,Score,Notes,Locator\nGPT-5 (high),GPQA Diamond,85.0,"=HYPERLINK(""http://evil.example"")",@SUM(A1)\n'
    root, r = _csv_import(
        tmp_path, text, "--reported-by", "+Lab", "--source-url", "https://x.example", "--metric", "-acc"
    )
    assert r.exit_code == 0, r.output
    [table] = (root / "results" / "imported" / "csv").glob("*.csv")
    cells = [c for row in csv.reader(table.open()) for c in row]
    assert not [c for c in cells if c[:1] in ("=", "+", "-", "@")]
    catalog = load_catalog(root / "catalog", root)
    store, problems = load_evidence(root / "results", catalog, root)
    assert problems == []
    [rec] = store.records
    assert (rec.notes.split(";")[0], rec.source_locator, rec.reported_by, rec.metric) == (
        '=HYPERLINK("http://evil.example")',
        "@SUM(A1)",
        "+Lab",
        "-acc",
    )


def test_credentials_in_a_source_url_are_never_stored_or_shown(tmp_path):
    text = "Model,Benchmark,Score\nGPT-5 (high),GPQA Diamond,85.0\n"
    url = "https://alice:hunter2@x.example/board?page=2&token=SECRET1&X-Amz-Signature=SECRET2&api_key=SECRET3"
    root, r = _csv_import(tmp_path, text, "--reported-by", "X", "--source-url", url, "--json")
    assert r.exit_code == 0, r.output
    shown = r.stdout + r.stderr + "".join(p.read_text() for p in root.rglob("*.csv"))
    assert "https://x.example/board?page=2" in shown
    for secret in ("hunter2", "alice", "SECRET1", "SECRET2", "SECRET3"):
        assert secret not in shown
    # a hand-typed table: the reports show the URL without its secrets
    (root / "results" / "published").mkdir()
    (root / "results" / "published" / "t.csv").write_text(
        "model,benchmark,metric,score,reported_by,source_url,source_locator,as_of_date\n"
        f"Gemini 2.5 Pro,GPQA Diamond,acc,84,Y,{url},T,2025-12-01\n"
    )
    (root / "claims" / "c.yaml").write_text(
        "id: c\nstatement: s\nsource: {publisher: P, url: 'https://p.example', date: 2025-12-02}\n"
        "subject: GPT-5 (high)\nassertions: [{kind: outperforms, competitors: [Gemini 2.5 Pro], benchmarks: [GPQA Diamond]}]\n"
    )
    r = _invoke("verify", "--project", root)
    assert r.exit_code == 0, r.output
    pages = "".join(p.read_text() for p in (root / "reports").glob("*.md")) + "".join(
        p.read_text() for p in (root / "reports").glob("*.html")
    )
    assert "x.example/board?page=2" in pages
    assert not [s for s in ("hunter2", "SECRET1", "SECRET2", "SECRET3") if s in pages]


@pytest.mark.parametrize(
    "score,why",
    [
        # Python's float() reads "8_0.5" as 80.5 and "1_000" as 1000
        ("8_0.5", ""),
        ("1_000", ""),
        # and "６４.８" as 64.8: a score typed in full-width (or another script's) digits was imported as that
        # number; the shared number readers take 0-9 only and say why
        ("６４.８", "'６' is fullwidth digit six, not 0-9: write the number in ASCII digits"),
        ("٦٤.٨", "'٦' is arabic-indic digit six, not 0-9: write the number in ASCII digits"),
        ("６４.８%", "'６' is fullwidth digit six, not 0-9: write the number in ASCII digits"),
    ],
)
def test_a_score_float_reads_but_that_is_no_plain_number_is_refused(tmp_path, proj, score, why):
    said = f" ({why})" if why else ""
    root, r = _csv_import(tmp_path, f"Model,Benchmark,Score\nGPT-5 (high),GPQA Diamond,{score}\n", "--reported-by", "X",
                          "--source-url", "https://x.example")  # fmt: skip
    assert r.exit_code == 2
    # the only row's score is not a number: nothing to import, the file refused naming the row
    assert errors(r) == [
        f"Error: {tmp_path / 'board.csv'}: no scores found: 1 value, none a score "
        f"(board.csv line 2: score must be a number, got {score!r}{said})"
    ]
    proj.scores(f"Alpha-1,BigBench,pass@1,,{score},Alpha Lab,https://a.example,T,2025-01-01,", name="u.csv")
    shown = score.removesuffix("%")  # the cell's number, as the message names it for any score cell with '%'
    assert errors(verify(proj)) == [f"Error: results/published/u.csv:2: score: must be a number, got {shown!r}{said}"]


def test_a_full_width_score_in_a_model_card_or_an_epoch_table_is_refused(tmp_path):
    # the real files, one score retyped in full-width digits: each was imported as 64.8 (the card) or 57.8 %
    why = "'６' is fullwidth digit six, not 0-9: write the number in ASCII digits"
    card = tmp_path / "README.md"
    real = Path(REPO, "tests", "fixtures", "importers", "model_card", "acrastt_Bean-3B_README.md").read_text()
    card.write_text(real.replace("value: 40.36", "value: ６４.８", 1))
    (tmp_path / "a").mkdir(), (tmp_path / "b").mkdir()
    r = _invoke("import", "model-card", card, "--project", _bare_project(tmp_path / "a"), "--json")
    assert r.exit_code == 0, r.output  # that one score is refused with its reason; the card's others import
    data = json.loads(r.stdout)
    assert [s["reason"] for s in data["skipped"]] == [f"value '６４.８' is not a number ({why}): no score"]
    assert 64.8 not in [row["value"] for row in data["rows"]] and data["counts"]["read"] > 1
    table = tmp_path / "external_benchmark_terminal_bench.csv"
    real = Path(EPOCH, "external_benchmark_terminal_bench.csv").read_text()
    table.write_text(real.replace(",gpt-5.1-codex,57.8%,", ",gpt-5.1-codex,５7.8%,", 1))
    r = _invoke("import", "epoch", table, "--project", _bare_project(tmp_path / "b"), "--json")
    assert r.exit_code == 0, r.output
    [skip] = [s for s in json.loads(r.stdout)["skipped"] if s["model"] == "gpt-5.1-codex"]
    assert skip["reason"] == (
        "external_benchmark_terminal_bench.csv line 5: Accuracy mean must be a score, got '５7.8%' ('５' is "
        "fullwidth digit five, not 0-9: write the number in ASCII digits)"
    )


def test_a_stderr_or_interval_in_other_digits_than_ascii_is_refused_not_read_as_none(tmp_path):
    """The real files, one stderr or interval bound retyped in full-width digits: each was read as no stderr (the
    row imported as if its source gave none), unsaid, where such a score is refused (3d3c1d6). Now the row is
    skipped, or the file refused, as each importer does for such a score, naming the digit."""
    import shutil

    fixtures = Path(REPO, "tests", "fixtures", "importers")

    def why(digit: str, name: str) -> str:
        return f"({digit!r} is fullwidth digit {name}, not 0-9: write the number in ASCII digits)"

    def retyped(folder: str, name: str, old: str, new: str) -> Path:
        out = tmp_path / name
        text = (fixtures / folder / name).read_text()
        assert old in text
        out.write_text(text.replace(old, new, 1))
        return out

    def project(name: str) -> Path:
        (tmp_path / name).mkdir()
        return _bare_project(tmp_path / name)

    table = retyped(
        "epoch", "external_benchmark_terminal_bench.csv", ",gpt-5.1-codex,57.8%,2.9%,", ",gpt-5.1-codex,57.8%,２.9%,"
    )
    r = _invoke("import", "epoch", table, "--project", project("a"), "--json")
    assert [s["reason"] for s in json.loads(r.stdout)["skipped"] if s["model"] == "gpt-5.1-codex"] == [
        f"external_benchmark_terminal_bench.csv line 5: Accuracy SE must be a number, got '２.9%' {why('２', 'two')}"
    ]
    run = tmp_path / "run"
    shutil.copytree(fixtures / "lm_eval", run)
    results = run / "results_2026-01-21T03-44-18.458309.json"
    results.write_text(
        results.read_text().replace(
            '"exact_match_stderr,none": 0.0002828144211304471', '"exact_match_stderr,none": "０.０２"'
        )
    )
    r = _invoke("import", "lm-eval", results, "--project", project("b"), "--model", "DeepSeek-V3.2-Speciale", "--json")
    assert [(s["benchmark"], s["reason"]) for s in json.loads(r.stdout)["skipped"]] == [
        ("math_rephrased_full", f"'exact_match_stderr,none' is '０.０２', not a number {why('０', 'zero')}")
    ]
    log = retyped("inspect", "evaleval_data_arc_qwen.json", '"value": 0.33333333333333337', '"value": "０.３３"')
    r = _invoke("import", "inspect", log, "--project", project("c"))
    assert errors(r) == [
        f"Error: {log}: no scores found: 1 value, none a score (its stderr '０.３３' is no number {why('０', 'zero')})"
    ]
    record = retyped(
        "eee", "global-mmlu-lite_unknown_aya-expanse-32b_938a35f1.json", '"lower": -0.0429', '"lower": "-０.０４"'
    )
    r = _invoke("import", "eee", record, "--project", project("d"))
    assert errors(r) == [
        f"Error: {record}: evaluation_results[3].score_details.uncertainty.confidence_interval.lower: must be a "
        f"number {why('０', 'zero')}"
    ]
    board = retyped(
        "lmarena", "leaderboard-text-excerpt.json", '"rating_q025": 1480.4026895976556', '"rating_q025": "１４８０.４"'
    )
    r = _invoke("import", "lmarena", board, "--project", project("e"), "--source-url", "https://lmarena.ai/x")
    assert errors(r) == [f"Error: {board}: full.gemini-3-pro.rating_q025: must be a number {why('１', 'one')}"]
    _, r = _csv_import(
        tmp_path, "Model,Benchmark,Score,stderr\nGPT-5 (high),GPQA Diamond,85.7,０.５\n", "--reported-by", "X",
        "--source-url", "https://x.example", root=project("f"),
    )  # fmt: skip
    assert errors(r) == [
        f"Error: {tmp_path / 'board.csv'}:2: stderr: must be a non-negative number, got '０.５' {why('０', 'zero')}"
    ]


# --- every HTTP read has a deadline and a cap; a language model's answer is checked before use -----


def _serve(handler_class):
    from tests.local_server import serve

    return serve(handler_class)


@pytest.mark.parametrize(
    "url,why",
    [
        ("http://[::1", "not a URL that can be read (Invalid port: ':1')"),
        ("https://[x.example]/a.csv", "not a URL that can be read (Invalid IPv6 address: '[x.example]')"),
        # httpx said "UnsupportedProtocol: Request URL is missing an 'http://' or 'https://' protocol", exit 1
        ("http://", "names no host: write the whole address, such as https://example.org/board.csv"),
        ("https:///a.csv", "names no host: write the whole address, such as https://example.org/board.csv"),
    ],
)
def test_a_url_that_cannot_be_parsed_is_one_line(tmp_path, url, why):
    # httpx's InvalidURL is no HTTPError: `import csv http://[::1` ended in a traceback (so did `extract --llm`)
    root = tmp_path / "proj"
    (root / "catalog").mkdir(parents=True)
    (root / "catalog" / "models.yaml").write_text("models: []\n")
    r = CliRunner().invoke(cli, ["import", "csv", url, "--project", str(root)])
    assert (r.exit_code, r.stderr) == (2, f"Error: {url}: {why}\n")


def test_a_server_trickling_bytes_is_cut_off_at_the_deadline(tmp_path, monkeypatch):
    from http.server import BaseHTTPRequestHandler

    from harness.evidence import fetching

    class Trickle(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Length", "40")
            self.end_headers()
            try:
                for _ in range(40):  # a byte every 0.25 s: each read is quick, the whole takes 10 s
                    self.wfile.write(b"x")
                    self.wfile.flush()
                    time.sleep(0.25)
            except OSError:
                pass

    monkeypatch.setattr(fetching, "DEADLINE_S", 1.0, raising=False)
    server, base = _serve(Trickle)
    try:
        r = _invoke("import", "epoch", f"{base}/benchmarks_runs.csv", "--project", _bare_project(tmp_path))
    finally:
        server.shutdown()
        server.server_close()
    assert r.exit_code == 1
    # the deadline's message: read to its end (10 s), the trickle would be no CSV, another error
    assert errors(r) == [f"Error: {base}/benchmarks_runs.csv: not read in full within 1 s"]


def _llm_answer(tmp_path, body: bytes):
    from http.server import BaseHTTPRequestHandler

    class Llm(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_POST(self):
            self.rfile.read(int(self.headers["Content-Length"]))
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            try:
                self.wfile.write(body)
            except OSError:  # the client stopped reading at its cap
                pass

    root = _bare_project(tmp_path)
    article = tmp_path / "a.txt"
    article.write_text("DeepSeek-V3.2-Speciale outperformed GPT-5 across the board.\n")
    server, base = _serve(Llm)
    try:
        args = (
            "--url",
            "https://a.example",
            "--publisher",
            "P",
            "--date",
            "2025-12-01",
            "--llm",
            f"{base}/v1",
            "--json",
        )
        return _invoke("extract", article, "--project", root, *args), f"{base}/v1"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(
    "answer,reason",
    [
        ({"choices": [{"message": {"content": None}}]}, "the model's answer is empty"),
        (
            {"choices": []},
            "the endpoint's answer is not a chat completion (ValidationError: choices: List should have at least "
            "1 item after validation, not 0)",
        ),
        (
            {"choices": [{"message": {"content": 5}}]},
            "the endpoint's answer is not a chat completion (ValidationError: choices[0].message.content: Input "
            "should be a valid string)",
        ),
        ({"choices": [{"message": {"content": '{"claims": {"a": 1}}'}}]}, "the model's answer has no list of claims"),
        ({"choices": [{"message": {"content": "[1, 2]"}}]}, "the model's answer has no list of claims"),
    ],
)
def test_a_malformed_llm_answer_is_named_and_drafts_nothing(tmp_path, answer, reason):
    r, _ = _llm_answer(tmp_path, json.dumps(answer).encode())
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert out["claims"] == [] and out["rejected"] == [f"{tmp_path / 'a.txt'}: {reason}"]


def test_an_llm_answer_over_the_cap_is_refused(tmp_path):
    content = json.dumps({"claims": [], "padding": "x" * 6_000_000})
    r, url = _llm_answer(tmp_path, json.dumps({"choices": [{"message": {"content": content}}]}).encode())
    assert r.exit_code == 1
    assert errors(r) == [f"Error: {url}/chat/completions: larger than the 5,000,000-byte limit"]


# --- numbers, statistics and text ------------------------------------------------------------------


def test_a_huge_stderr_gives_a_defined_result(proj):
    # on a scale with no bound (a rating) any SE may be stated; on a percent benchmark no score has one over 50
    header = "model,benchmark,metric,setting,score,reported_by,source_url,source_locator,as_of_date,notes,stderr"
    rows = [
        "Alpha-1,RatingBench,rating,no tools,1280,Alpha Lab,https://a.example,T,2025-01-01,,1e200",
        "Beta-2,RatingBench,rating,no tools,1270,Beta Corp,https://b.example,T,2025-01-01,,1",
    ]
    (proj.root / "results" / "published" / "scores.csv").write_text("\n".join([header, *rows]) + "\n")
    r = verify(proj, "--json")
    assert r.exit_code == 0, r.output
    [claim] = json.loads(r.stdout)["claims"]
    cmp = claim["assertions"][0]["comparisons"][0]
    assert cmp["stderr"] == 1e200 and cmp["p_value"] == 1.0
    rows[0] = "Alpha-1,BigBench,pass@1,no tools,80,Alpha Lab,https://a.example,T,2025-01-01,,1e200"
    (proj.root / "results" / "published" / "scores.csv").write_text("\n".join([header, *rows]) + "\n")
    r = verify(proj)
    assert r.exit_code == 2
    assert errors(r) == [
        "Error: results/published/scores.csv:2: stderr: 1e+200 is more than half of BigBench's whole range 0-100, "
        "which no score on it has as its SE (at most 50): give the SE in the score's units"
    ]


@pytest.mark.parametrize("alpha", ["1e-320", "5e-324"])
def test_a_vanishing_alpha_gives_a_defined_result(proj, alpha):
    r = verify(proj, "--json", "--alpha", alpha)
    assert r.exit_code == 0, r.output
    assert json.loads(r.stdout)["claims"][0]["verdict"] in {"supported", "partially_supported", "refuted"}


def test_a_unicode_digit_quantifier_is_one_line(proj):
    r = _invoke("new", "--statement", "s", "--subject", "Alpha-1", "--competitor", "Beta-2", "--project", proj.root,
                "--publisher", "P", "--url", "https://p.example", "--date", "2025-02-01", "--quantifier", "²")  # fmt: skip
    assert r.exit_code == 2
    assert errors(r) == ["Error: --quantifier must be all, most, any or a whole number (at least N), got '²'"]


def test_drafts_never_go_under_the_live_claims_folder(proj, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("Alpha-1 outperformed Beta-2 on BigBench.\n")
    for out in (proj.root / "claims" / "sub", proj.root / "claims" / "a" / "b"):
        r = _invoke("extract", article, "--project", proj.root, "--out", out, "--url", "https://a.example",
                    "--publisher", "P", "--date", "2025-02-01")  # fmt: skip
        assert r.exit_code == 2
        assert "drafts never go into the live claims/ folder" in errors(r)[0]
    assert sorted(p.name for p in (proj.root / "claims").iterdir()) == ["alpha-beats-beta.yaml"]


def _harness_lines(work):
    """What `work()` returns, and how many lines of harness code it ran: a count of work that does not depend on the
    machine's load, so that "linear" is tested as the ratio of two counts, never as seconds (speed is bench/'s)."""
    import harness

    here, lines = os.path.dirname(harness.__file__), 0

    def local(frame, event, arg):
        nonlocal lines
        lines += event == "line"
        return local

    sys.settrace(lambda frame, event, arg: local if frame.f_code.co_filename.startswith(here) else None)
    try:
        return work(), lines
    finally:
        sys.settrace(None)


def test_many_unknown_fields_are_reported_in_linear_time(proj):
    # each error's location was compared with every other's (20,000 unknown keys: 57-148 s); 4x the keys must
    # cost about 4x the lines run (3.1x now; 13x with the pairwise comparison back)
    def validate(keys):
        proj.claim("id: many\n" + "".join(f"k{i}: 1\n" for i in range(keys)), "many.yaml")
        return _harness_lines(lambda: _invoke("validate", "--project", proj.root))

    (small, few), (large, many) = validate(250), validate(1000)
    for r in (small, large):
        assert r.exit_code == 2
        assert "Error: claims/many.yaml:2: k0: unknown field" in errors(r)
    assert len(errors(large)) - len(errors(small)) == 750  # one line for each unknown key
    assert many / few < 6, (few, many)


def test_one_very_long_sentence_is_read_in_linear_time(ex):
    # a flattened table with no full stop is one sentence with a cue every few words; each cue once held every name
    # against every other and scanned the whole clause again (2,000 cues: > 120 s). 4x the cues must cost about 4x
    # the lines run (3.9x now; 9.8x with a cue's models found by scanning them all, 13x with the clause's unknown
    # names read again for each cue)
    from harness.extract.documents import Document

    def read(cues):
        text = "DeepSeek-V3.2 outperforms GPT-5 (high) and " * cues + "\n"
        return _harness_lines(lambda: ex.extract(Document("long.txt", text)))

    read(1)  # the first reading compiles and caches what every later one shares
    (small, few), (large, many) = read(100), read(400)
    for found in (small, large):
        assert [(f.subject, f.kind, f.competitors, f.benchmarks) for f in found] == [
            ("deepseek-v3.2", "outperforms", ["gpt-5-high"], "shared")
        ]  # hundreds of cues, one claim: the same comparison each time
    assert many / few < 6, (few, many)


def test_one_very_long_sentence_gives_one_rejected_draft(tmp_path):
    article = tmp_path / "long.txt"
    article.write_text("DeepSeek-V3.2 outperforms GPT-5 (high) and " * 2000 + "\n")
    r = _invoke("extract", article, "--project", REPO, "--out", tmp_path / "d", "--url", "https://x.example",
                "--publisher", "X", "--date", "2025-12-10", "--json")  # fmt: skip
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    # (read in pieces of 16 cues, each quoting the whole sentence: the same claim in each is one claim)
    assert [c["reason"].split(":")[0] for c in out["candidates"]] == [
        "a sentence of 2000 comparison or ranking cues (more than 16) read in 125 pieces of at most 16"
    ]
    assert [(c["subject"], c["kind"], c["competitors"], c["benchmarks"]) for c in out["claims"]] == [
        ("deepseek-v3.2", "outperforms", ["gpt-5-high"], "shared")
    ]  # 2,000 cues, one claim
    # (each "and DeepSeek-V3.2 outperforms" starts a clause of its own, so the statement is short; the quote, the
    # whole sentence, is what is too long)
    assert out["claims"][0]["rejected"] == "<draft>: source.quote: is too long (at most 5000 characters)"
    assert out["claims"][0]["draft"] is None
    assert not (tmp_path / "d").exists() or list((tmp_path / "d").iterdir()) == []


def test_pulls_change_report_survives_a_missing_column(tmp_path, monkeypatch):
    import shutil
    from http.server import SimpleHTTPRequestHandler

    from harness.evidence import fetching

    www = tmp_path / "www"
    www.mkdir()
    for name in ("benchmarks_runs.csv", "model_versions.csv"):
        shutil.copy(os.path.join(EPOCH, name), www / name)

    class Quiet(SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(www), **kwargs)

        def log_message(self, *args):
            pass

    server, base = _serve(Quiet)
    root = _bare_project(tmp_path)
    (root / "sources.yaml").write_text(f"sources:\n  - url: {base}/benchmarks_runs.csv\n    format: epoch\n")
    try:
        monkeypatch.setattr(fetching, "now", lambda: "2026-01-10T09:00:00Z")
        assert _invoke("pull", "--project", root).exit_code == 0
        [table] = (root / "results" / "imported" / "epoch").glob("*.csv")
        lines = table.read_text().splitlines()
        cut = lines[0].split(",").index("model_as_written")
        table.write_text("\n".join(",".join(c for i, c in enumerate(line.split(",")) if i != cut) for line in lines))
        runs = www / "benchmarks_runs.csv"
        runs.write_text(runs.read_text(encoding="utf-8-sig").replace("0.862", "0.801"))
        monkeypatch.setattr(fetching, "now", lambda: "2026-03-01T09:00:00Z")
        r = _invoke("pull", "--project", root)
    finally:
        server.shutdown()
        server.server_close()
    assert r.exit_code == 0, r.output
    # the old table no longer says how the source spelled the names: its rows read as gone, the new ones as new
    assert "  upstream new: gpt-5-2025-08-07_high / GPQA diamond / choice" in r.stdout


@pytest.mark.parametrize(
    "sentence,values",
    [
        ("GPT-5 (high) reached a new high on GPQA Diamond (3).", []),
        ("GPT-5 (high) scores well on GPQA Diamond.(3)", []),
        ("On GPQA Diamond, Gemini 2.5 Pro scored 84.0 (2).", [84.0]),
        ("On GPQA Diamond, Gemini 2.5 Pro (84) trails GPT-5 (high) (86).", [84.0, 86.0]),
    ],
)
def test_a_footnote_marker_is_not_read_as_a_score(tmp_path, sentence, values):
    import yaml

    root = _bare_project(tmp_path)
    article = tmp_path / "a.txt"
    article.write_text(sentence + "\n")
    args = ("--url", "https://a.example", "--publisher", "P", "--date", "2025-12-01", "--json")
    r = _invoke("extract", article, "--project", root, *args)
    assert r.exit_code == 0, r.output
    drafts = [yaml.safe_load(open(c["draft"])) for c in json.loads(r.stdout)["claims"] if c["draft"]]
    found = sorted(a["value"] for d in drafts for a in d["assertions"] if a["kind"] == "score")
    assert found == values


@pytest.mark.parametrize(
    "name,edit",
    [
        ("run_spec.json", lambda d: d | {"metric_specs": 1.5}),
        ("stats.json", lambda d: [d[0] | {"name": {"name": ["exact_match"], "split": "test"}}] + d[1:]),
    ],
)
def test_a_value_of_an_unexpected_shape_in_an_import_is_one_line(tmp_path, name, edit):
    root = _bare_project(tmp_path)
    source = _helm_source(tmp_path)
    path = source.parent / name
    path.write_text(json.dumps(edit(json.loads(path.read_text()))))
    r = _invoke("import", "helm", source, "--project", root)
    assert r.exit_code == 2
    (line,) = errors(r)
    assert line.startswith(f"Error: {source}: not a well-formed file for helm (")


# --- the promise: nothing outside the project is read or written because a project file says so ----


def test_no_command_reads_or_writes_outside_the_project(tmp_path):
    """Every file kind a project holds, linked out of it, and every folder a command writes, linked out."""
    import shutil

    from harness.evidence.snapshots import metadata_digest

    root, snap = _import_epoch(tmp_path)
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = "PRIVATE-KEY-MATERIAL"
    for name in ("claim.yaml", "cat.yaml", "scores.csv", "lexicon.yaml", "sources.yaml", "member.csv"):
        (outside / name).write_text(f"{secret}\n")
    before = {p.name: p.read_bytes() for p in outside.iterdir()}
    (root / "claims" / "c.yaml").symlink_to(outside / "claim.yaml")
    (root / "catalog" / "z.yaml").symlink_to(outside / "cat.yaml")
    (root / "results" / "published").mkdir()
    (root / "results" / "published" / "s.csv").symlink_to(outside / "scores.csv")
    (root / "extract-lexicon.yaml").symlink_to(outside / "lexicon.yaml")
    (root / "sources.yaml").symlink_to(outside / "sources.yaml")
    index = snap / "snapshot.json"
    body = json.loads(index.read_text())
    (snap / "member.csv").symlink_to(outside / "member.csv")
    body["files"]["member.csv"] = "0" * 64
    body["digest"] = metadata_digest(body)
    index.write_text(json.dumps(body))
    for folder in ("reports", "drafts"):
        (root / folder).symlink_to(outside, target_is_directory=True)
    shutil.rmtree(root / "results" / "imported")
    (root / "results" / "imported").symlink_to(outside, target_is_directory=True)
    article = tmp_path / "a.txt"
    article.write_text("GPT-5 (high) outperformed Gemini 2.5 Pro on GPQA Diamond.\n")
    said = ("--url", "https://a.example", "--publisher", "P", "--date", "2025-12-01")
    r = _invoke("validate", "--project", root)  # a bad catalog stops the run before anything else is read
    assert errors(r) == ["Error: catalog/z.yaml: is a symlink out of the project; not read"]
    (root / "catalog" / "z.yaml").unlink()
    runs = {
        "validate": _invoke("validate", "--project", root),
        "verify": _invoke("verify", "--project", root),
        "import": _invoke("import", "epoch", os.path.join(EPOCH, "external_benchmark_gsm8k.csv"), "--project", root,
                          "--add-unmapped"),
        "pull": _invoke("pull", "--project", root),
        "extract": _invoke("extract", article, "--project", root, *said),
        "new": _invoke("new", "--statement", "s", "--subject", "GPT-5 (high)", "--competitor", "Gemini 2.5 Pro",
                       "--project", root, *said[:4], "--date", "2025-12-01", "-o", root / "drafts" / "n.yaml"),
    }  # fmt: skip
    for command, r in runs.items():
        lines = errors(r)
        assert r.exit_code == 2, (command, r.output)
        assert secret not in r.output, command
        assert lines, command
    out = runs["validate"].stderr
    for label in ("claims/c.yaml", "results/published/s.csv"):
        assert f"Error: {label}: is a symlink out of the project; not read" in out
    assert f"Error: results/snapshots/{snap.name}/snapshot.json: files: kept file 'member.csv' is a symlink" in out
    assert "Error: sources.yaml: is a symlink out of the project; not read" in runs["pull"].stderr
    assert "Error: extract-lexicon.yaml: is a symlink out of the project; not read" in runs["extract"].stderr
    assert {p.name: p.read_bytes() for p in outside.iterdir()} == before


def test_a_task_file_symlinked_out_of_the_project_is_not_read(tmp_path):
    from harness.claims.catalog_entries import BenchmarkEntry
    from harness.errors import InputError
    from harness.local.run import _task_dir

    (tmp_path / "p" / "tasks").mkdir(parents=True)
    (tmp_path / "secret.yaml").write_text("task: t\n")
    (tmp_path / "p" / "tasks" / "t.yaml").symlink_to(tmp_path / "secret.yaml")
    bench = BenchmarkEntry.model_validate({"id": "b", "name": "B", "run": {"task": "t", "task_file": "tasks/t.yaml"}})
    with pytest.raises(InputError, match=r"^tasks/t.yaml: is a symlink out of the project; not read$"):
        _task_dir(bench, tmp_path / "p", tmp_path / "work")


def test_a_server_trickling_its_headers_is_cut_off_at_the_deadline(tmp_path, monkeypatch):
    from http.server import BaseHTTPRequestHandler

    from harness.evidence import fetching

    class SlowHeaders(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_GET(self):
            try:
                for byte in b"HTTP/1.1 200 OK\r\nX-Padding: " + b"x" * 40:  # a byte every 0.25 s, no end
                    self.wfile.write(bytes([byte]))
                    self.wfile.flush()
                    time.sleep(0.25)
            except OSError:
                pass

    monkeypatch.setattr(fetching, "DEADLINE_S", 1.0, raising=False)
    server, base = _serve(SlowHeaders)
    try:
        r = _invoke("import", "epoch", f"{base}/runs.csv", "--project", _bare_project(tmp_path))
    finally:
        server.shutdown()
        server.server_close()
    assert r.exit_code == 1
    # the deadline's message: the headers, never ended, would otherwise give another error
    assert errors(r) == [f"Error: {base}/runs.csv: not read in full within 1 s"]


def test_a_date_after_today_is_refused_before_anything_is_drafted_or_written(proj, tmp_path):
    from datetime import timedelta

    from harness.claims.catalog_entries import latest_today

    today = latest_today()  # the day is in the future only once it is nowhere yet
    tomorrow = today + timedelta(days=1)
    article = tmp_path / "a.txt"
    article.write_text("Alpha-1 outperformed Beta-2 on BigBench.\n")
    said = ("--url", "https://a.example", "--publisher", "P", "--date", tomorrow.isoformat())
    for command in ("extract", "check"):  # each draft was rejected with it one by one
        r = _invoke(command, article, "--project", proj.root, *said)
        assert r.exit_code == 2
        assert errors(r) == [
            f"Error: --date {tomorrow} is in the future (the latest date anywhere now is {today}): the day the text was published"
        ]
    assert not (proj.root / "drafts").exists()
    r = _invoke("new", "--statement", "s", "--subject", "Alpha-1", "--competitor", "Beta-2", "--project", proj.root,
                *said)  # fmt: skip
    assert r.exit_code == 2
    assert errors(r) == [
        f"Error: --date: {tomorrow} is in the future (the latest date anywhere now is {today}): the day the claim was made"
    ]


@pytest.mark.parametrize(
    "folder,name", [("claims", "l1.yaml"), ("catalog", "l1.yaml"), ("results/published", "l1.csv")]
)
def test_a_symlink_loop_among_the_inputs_is_one_line(proj, folder, name):
    """Two links pointing at each other: Path.resolve() raised RuntimeError (Python < 3.13), a traceback."""
    there = proj.root / folder
    other = name.replace("l1", "l2")
    os.symlink(other, there / name)
    os.symlink(name, there / other)
    r = verify(proj)
    assert r.exit_code == 2
    assert errors(r) == [
        f"Error: {folder}/{name}: cannot read file (Too many levels of symbolic links)",
        f"Error: {folder}/{other}: cannot read file (Too many levels of symbolic links)",
    ]


def test_a_project_or_output_folder_that_is_a_symlink_loop_is_one_line(proj, tmp_path):
    loop = tmp_path / "loop"
    os.symlink(loop, loop)
    article = tmp_path / "a.txt"
    article.write_text("Alpha-1 beats Beta-2 on BigBench.\n")
    said = ["--url", "https://a.example", "--publisher", "P", "--date", "2025-02-01"]
    for args in (["verify", "--project", loop], ["extract", article, "--project", proj.root, "--out", loop, *said]):
        r = CliRunner().invoke(cli, list(map(str, args)))
        assert r.exit_code == 2
        assert errors(r) == [f"Error: {loop}: Too many levels of symbolic links"]


@pytest.mark.parametrize(
    "args,line",
    [
        # each draft was rejected with it, one by one, and the run succeeded with nothing drafted
        (["--url", "notaurl"], "--url must be an http(s) URL without spaces or invisible characters, got 'notaurl'"),
        (["--publisher", "P" * 301], "--publisher is too long (at most 300 characters, got 301)"),
        # a traceback's last line from httpx, exit 1
        (["--llm", "localhost:8000/v1"],
         "--llm must be the http(s) URL of an OpenAI-compatible endpoint (…/v1), got 'localhost:8000/v1'"),
        # ignored without a word: the lexicon extracted instead
        (["--llm-model", "gpt-4o"], "--llm-model names the model to ask the --llm endpoint for: give --llm too"),
        # every draft twice, the second as <id>-2
        (["./a.txt"], "./a.txt is given twice (as {article}): give each document once"),
    ],
)  # fmt: skip
def test_an_extract_option_every_draft_would_fail_on_is_refused_before_anything_is_drafted(
    proj, tmp_path, monkeypatch, args, line
):
    article = tmp_path / "a.txt"
    article.write_text("Alpha-1 outperformed Beta-2 on BigBench.\n")
    said = {"--url": "https://a.example", "--publisher": "P", "--date": "2025-02-01"}
    said.update(dict(zip(args[::2], args[1::2])) if args[0].startswith("-") else {})
    extra = [] if args[0].startswith("-") else args
    monkeypatch.chdir(tmp_path)
    for command in ("extract", "check"):
        r = _invoke(command, article, *extra, "--project", proj.root, *[x for kv in said.items() for x in kv])
        assert r.exit_code == 2
        assert errors(r) == [f"Error: {line.format(article=article)}"]
    assert not (proj.root / "drafts").exists()


def test_a_url_with_an_invisible_or_right_to_left_character_is_refused(proj):
    """'https://evil.example/\u202egro.elpmaxe' reads as '…example.org' in a page; a zero-width space leads nowhere.
    Both were taken as URLs, \\S matching them."""
    claim = proj.root / "claims" / "alpha-beats-beta.yaml"
    claim.write_text(claim.read_text().replace("https://", "https://evil.example/\u202e", 1))
    scores = proj.root / "results" / "published" / "scores.csv"
    scores.write_text(scores.read_text().replace("https://beta.example/blog", "https://beta\u200b.example/blog", 1))
    r = verify(proj)
    assert r.exit_code == 2
    assert errors(r) == [
        "Error: results/published/scores.csv:3: source_url: must be http(s) URL(s) separated by ';', got "
        "'https://beta\\u200b.example/blog'",  # repr: the invisible character shown as its escape
        # any text in a YAML file: the override is refused as the file is read, before the URL's own check
        "Error: claims/alpha-beats-beta.yaml:3: source.url: holds the control character '\\u202e' (character 22): "
        "write printable text",
    ]


def test_a_source_that_is_a_looping_link_or_another_scheme_says_so(proj, tmp_path):
    """Both were 'no such file': a link to itself exists, and ftp:// is a URL, not a missing path."""
    loop = tmp_path / "a.csv"
    os.symlink(loop, loop)
    said = ["--source-url", "https://x.example", "--reported-by", "X", "--as-of", "2025-01-01"]
    r = _invoke("import", "csv", loop, "--project", proj.root, *said)
    assert (r.exit_code, errors(r)) == (2, [f"Error: {loop}: cannot read file (Too many levels of symbolic links)"])
    r = _invoke("extract", "ftp://x.example/a.txt", "--project", proj.root, "--publisher", "P", "--date", "2025-01-01")
    assert (r.exit_code, errors(r)) == (
        2,
        ["Error: ftp://x.example/a.txt: no such file, and ftp:// is not a URL this reads (http or https)"],
    )


def test_drafts_and_new_claims_never_go_into_the_catalog_or_results_folder(proj, tmp_path):
    """Every YAML file in catalog/ is read as the catalog, every file in results/ as evidence: one draft or
    claim there made every command fail. One check serves reports, schema, drafts and claims alike."""
    article = tmp_path / "a.txt"
    article.write_text("Alpha-1 outperformed Beta-2 on BigBench.\n")
    said = ["--url", "https://a.example", "--publisher", "P", "--date", "2025-02-01"]
    for out in (proj.root / "catalog", proj.root / "catalog" / "drafts", proj.root / "results" / "drafts"):
        folder = out.relative_to(proj.root).parts[0]
        read_as = "the catalog" if folder == "catalog" else "evidence"
        r = _invoke("extract", article, "--project", proj.root, "--out", out, *said)
        assert (r.exit_code, errors(r)) == (
            2,
            [f"Error: --out: {out} is in {folder}/, where every file is read as {read_as}: write it elsewhere"],
        )
    for out in (proj.root / "catalog" / "c.yaml", proj.root / "results" / "c.yaml"):
        folder = out.relative_to(proj.root).parts[0]
        read_as = "the catalog" if folder == "catalog" else "evidence"
        r = _invoke("new", "--statement", "s", "--subject", "Alpha-1", "--competitor", "Beta-2", "--project", proj.root,
                    *said, "-o", out)  # fmt: skip
        assert (r.exit_code, errors(r)) == (
            2,
            [f"Error: {out} is in {folder}/, where every file is read as {read_as}: write it elsewhere"],
        )
        assert not out.exists()
    assert sorted(p.name for p in (proj.root / "catalog").iterdir()) == ["catalog.yaml"]


def test_a_very_long_key_is_named_by_its_start_and_length(proj):
    """An unknown key of 100,000 characters (YAML's explicit `? key`) was printed whole in its error line."""
    key = "k" * 100_000
    proj.claim(
        "id: c\nstatement: s\nsource: {publisher: P, url: 'https://p.example', date: 2025-02-01}\nsubject: Alpha-1\n"
        f"? {key}\n: 1\nassertions:\n  - {{kind: outperforms, competitors: [Beta-2], benchmarks: shared}}\n",
        "long.yaml",
    )
    (proj.root / "metrics.yaml").write_text(f"? {key}\n: 1\n")
    r = verify(proj)
    assert r.exit_code == 2
    assert errors(r) == [f"Error: claims/long.yaml:6: {'k' * 80}… (100,000 characters): unknown field"]
    (proj.root / "x.csv").write_text("model,benchmark,score\nAlpha-1,BigBench,80\n")
    args = ["--source-url", "https://x.example", "--reported-by", "X", "--as-of", "2025-01-01"]
    r = CliRunner().invoke(cli, ["import", "csv", str(proj.root / "x.csv"), "--project", str(proj.root), *args])
    assert errors(r) == [
        f"Error: metrics.yaml:2: {'k' * 80}… (100,000 characters): unknown key; expected {{metrics: {{NAME: "
        "{score, lower_is_better, range}}, patterns: [...]}"
    ]


def test_a_lexicon_extension_is_checked_not_ignored_or_a_traceback(proj):
    """extract-lexicon.yaml: a misspelt list or a phrase as text was ignored unseen; a phrase that is no regular
    expression was a traceback (re.error); an empty phrase or a null was read as a pattern."""
    (proj.root / "a.txt").write_text("Alpha-1 trounces Beta-2 on BigBench.\n")
    (proj.root / "extract-lexicon.yaml").write_text(
        "outperfroms: [trounces]\noutperforms: trounces\nmatches: ['level (with', '', null]\n"
        "ordinals: {sixth: six}\nmodel_families: [C++]\n"
    )
    args = ["--project", str(proj.root), "--url", "https://a.example/post", "--publisher", "P", "--date", "2025-02-01"]
    r = CliRunner().invoke(cli, ["extract", str(proj.root / "a.txt"), *args])
    assert r.exit_code == 2
    import yaml

    from harness.extract.phrases import LEXICON

    lists = ", ".join(yaml.safe_load(LEXICON.read_text(encoding="utf-8")))  # outperforms, ..., model_developers
    assert errors(r) == [
        f"Error: extract-lexicon.yaml:1: outperfroms: not one of the lexicon's lists ({lists})",
        "Error: extract-lexicon.yaml:2: outperforms: must be a list of phrases ([...]), got str",
        "Error: extract-lexicon.yaml:3: matches[0]: 'level (with' is not a regular expression (missing ), "
        "unterminated subpattern at position 6)",
        "Error: extract-lexicon.yaml:3: matches[1]: must be a phrase (text that is not empty), got ''",
        "Error: extract-lexicon.yaml:3: matches[2]: must be a phrase (text that is not empty), got None",
        "Error: extract-lexicon.yaml:4: ordinals.sixth: must be a place (a whole number, 1 or more), got 'six'",
    ]
    # the same lists, well formed, are read (a family is a word, never a pattern: 'C++' is one)
    (proj.root / "extract-lexicon.yaml").write_text("outperforms: [trounces]\nmodel_families: [C++]\n")
    r = CliRunner().invoke(cli, ["extract", str(proj.root / "a.txt"), *args, "--force"])
    assert r.exit_code == 0, r.output
    assert "alpha-1-trounces-beta-2-on-bigbench.yaml  outperforms  confidence 1.00" in r.stdout


@pytest.mark.parametrize("text", ["# phrases to come\n", "~\n"])
def test_a_lexicon_extension_with_no_entries_is_refused_as_other_empty_project_files_are(proj, text):
    """extract-lexicon.yaml holding only a comment was read as no extension, unsaid, where a catalog file or
    sources.yaml holding only a comment is refused; an explicit {} is read, as theirs is."""
    (proj.root / "a.txt").write_text("Alpha-1 trounces Beta-2 on BigBench.\n")
    (proj.root / "extract-lexicon.yaml").write_text(text)
    args = ["--project", str(proj.root), "--url", "https://a.example/post", "--publisher", "P", "--date", "2025-02-01"]
    r = CliRunner().invoke(cli, ["extract", str(proj.root / "a.txt"), *args])
    assert (r.exit_code, errors(r)) == (
        2,
        [
            "Error: extract-lexicon.yaml: has no entries: the lexicon extension must be a mapping of phrase lists, "
            "such as {outperforms: [trounces]}; add one, or remove the file"
        ],
    )
    (proj.root / "extract-lexicon.yaml").write_text("{}\n")
    r = CliRunner().invoke(cli, ["extract", str(proj.root / "a.txt"), *args])
    assert r.exit_code == 0, r.output


def test_a_lexicon_phrase_that_cannot_be_joined_with_the_others_is_refused_at_its_line(proj):
    """Each phrase compiled alone, but the lexicon's and the project's phrases are joined into one expression: an
    inline flag ('(?i)trounces') ended in a traceback (global flags not at the start), and a named group or a group's
    number (\\1 pointing at a built-in phrase's group, not the phrase's) matched something else unseen."""
    (proj.root / "a.txt").write_text("Alpha-1 trounces Beta-2 on BigBench.\n")
    (proj.root / "extract-lexicon.yaml").write_text(
        'outperforms: ["(?i)trounces", "(?P<w>routs)", "(r)\\\\1outs", "(x)?(?(1)y|z)"]\n'
        'matches: ["(tie|draw)s? with", "back\\\\\\\\1", "(?i:level) with"]\n'
    )
    args = ["--project", str(proj.root), "--url", "https://a.example/post", "--publisher", "P", "--date", "2025-02-01"]
    r = CliRunner().invoke(cli, ["extract", str(proj.root / "a.txt"), *args])
    assert r.exit_code == 2
    grouped = (
        "names a group or refers back to one: the phrases are joined into one expression, where a group's number or "
        "name is not the phrase's own; group with (?:...)"
    )
    assert errors(r) == [
        "Error: extract-lexicon.yaml:1: outperforms[0]: '(?i)trounces' cannot stand among the other phrases (global "
        "flags not at the start of the expression): every phrase is matched ignoring case already; write a flag for "
        "a part as (?x:...)",
        f"Error: extract-lexicon.yaml:1: outperforms[1]: '(?P<w>routs)' {grouped}",
        f"Error: extract-lexicon.yaml:1: outperforms[2]: '(r)\\\\1outs' {grouped}",
        f"Error: extract-lexicon.yaml:1: outperforms[3]: '(x)?(?(1)y|z)' {grouped}",
    ]
    assert not (proj.root / "drafts").exists()
    # a plain group, an escaped backslash before a digit and a flag for a part are read
    (proj.root / "extract-lexicon.yaml").write_text('outperforms: ["(?i:trounces)", "(tops|routs)", "x\\\\\\\\1"]\n')
    r = CliRunner().invoke(cli, ["extract", str(proj.root / "a.txt"), *args])
    assert r.exit_code == 0, r.output
    assert "alpha-1-trounces-beta-2-on-bigbench.yaml  outperforms  confidence 1.00" in r.stdout


@pytest.mark.parametrize(
    "lookalike,of",
    [
        ("\u0391lpha-1", "alpha-1"),
        ("\u0412eta-2", "beta-2"),
        ("\u0392eta-2", "beta-2"),
        ("Alpha-1 (\u041dIGH)", "alpha-1"),
    ],
)
def test_a_capital_lookalike_letter_is_a_lookalike(proj, lookalike, of):
    """Greek 'Α', Cyrillic 'В' and 'Н': case was folded before lookalikes were read, and the small letters they fold
    to are not drawn like Latin ones, so a catalog could hold 'Вeta-2' beside 'Beta-2' and rows named either."""
    cat = proj.root / "catalog" / "catalog.yaml"
    cat.write_text(cat.read_text().replace("name: Gamma-3,", f"name: Gamma-3, aliases: ['{lookalike}'],"))
    assert errors(verify(proj)) == [
        f"Error: catalog/catalog.yaml:8: models[2].aliases[0]: model name {lookalike!r} of 'gamma-3' looks the same "
        f"as a name of {of!r} (letters from another script); spell it so the two can be told apart"
    ]


def test_an_api_key_that_cannot_be_sent_is_one_line_and_never_shown(proj, monkeypatch):
    """A key with a letter outside ASCII (or a byte the shell could not decode) was a UnicodeEncodeError traceback
    from the HTTP client; a newline would split the header."""
    (proj.root / "a.txt").write_text("Alpha-1 beats Beta-2 on BigBench.\n")
    args = [
        "--url",
        "https://a.example/p",
        "--publisher",
        "P",
        "--date",
        "2025-02-01",
        "--llm",
        "http://127.0.0.1:9/v1",
    ]
    for key in ("sk-caf\u00e9", "sk-a\nb", "sk-\udcff"):
        monkeypatch.setenv("OPENAI_API_KEY", key)
        r = CliRunner().invoke(cli, ["extract", str(proj.root / "a.txt"), "--project", str(proj.root), *args])
        assert (r.exit_code, errors(r)) == (2, [
            "Error: $OPENAI_API_KEY holds a character a key cannot have (a space, a newline or a letter outside "
            "ASCII): copy the key again"
        ])  # fmt: skip


def test_a_ray_address_that_is_no_cluster_is_one_line(proj):
    """RAY_ADDRESS=garbage::: was ray's ValueError traceback."""
    pytest.importorskip("ray")
    env = {**os.environ, "RAY_ADDRESS": "garbage:::"}
    args = [sys.executable, "-m", "harness", "verify", "--project", str(proj.root), "--no-report", "--engine", "ray"]
    done = subprocess.run(args, capture_output=True, text=True, env=env, timeout=120, cwd=REPO)  # never joined
    assert (done.returncode, done.stderr) == (
        2,
        "Error: --engine ray: cannot start or join the cluster at $RAY_ADDRESS 'garbage:::' (Invalid address format: "
        "garbage:::)\n",
    )


def test_a_yaml_merge_key_is_refused_not_merged(proj):
    """`<<: {competitors: [Gamma-3]}` beside `competitors: [Beta-2]` was dropped unseen (the key given wins): a merge
    needs no anchor, so the rule against anchors and aliases did not catch it."""
    proj.claim(
        "id: c\nstatement: s\nsource: {publisher: P, url: 'https://p.example', date: 2025-02-01}\nsubject: Alpha-1\n"
        "assertions:\n  - kind: outperforms\n    competitors: [Beta-2]\n    <<: {competitors: [Gamma-3]}\n",
        "merge.yaml",
    )
    assert errors(verify(proj)) == [
        "Error: claims/merge.yaml:8: assertions[0]: YAML merge keys (<<) are not supported: write the keys themselves"
    ]


def test_columns_for_a_format_that_names_its_own_is_refused(proj):
    """`import lmarena FILE --columns Name=model` was read by no importer: the mapping did nothing, unseen."""
    board = os.path.join(REPO, "tests", "fixtures", "importers", "lmarena", "leaderboard-text-2025-12-11-excerpt.json")
    args = ["--source-url", "https://lmarena.example/board", "--as-of", "2025-12-11", "--columns", "Name=model"]
    r = CliRunner().invoke(cli, ["import", "lmarena", board, "--project", str(proj.root), *args])
    assert (r.exit_code, errors(r)) == (
        2,
        ["Error: --columns is read by the csv format only; lmarena files name their own columns"],
    )
    assert not (proj.root / "results" / "imported").exists()


# --- control characters in text that may span lines --------------------------------------------------------------


def test_a_control_character_in_a_claims_statement_quote_or_notes_is_refused_at_its_line(proj):
    # written as YAML escapes (a raw one YAML refuses itself): they were kept, and escaped only where shown
    proj.claim(
        'id: c\nstatement: "Alpha-1 \\e[2Jbeats Beta-2"\n'
        'source: {publisher: P, url: "https://p.example", date: 2025-02-01, quote: "x\\u202ey"}\n'
        'subject: Alpha-1\nnotes: "one\\x07"\nassertions:\n  - kind: outperforms\n    competitors: [Beta-2]\n'
        '    note: "\\r over"\n'
    )
    r = verify(proj)
    assert r.exit_code == 2
    assert errors(r) == [
        "Error: claims/c.yaml:2: statement: holds the control character '\\x1b' (character 9): write printable text",
        "Error: claims/c.yaml:3: source.quote: holds the control character '\\u202e' (character 2): write printable "
        "text",
        "Error: claims/c.yaml:5: notes: holds the control character '\\x07' (character 4): write printable text",
        "Error: claims/c.yaml:9: assertions[0].note: holds the control character '\\r' (character 1): write printable "
        "text",
    ]


def test_a_tab_and_line_breaks_in_a_claims_statement_and_notes_are_kept(proj):
    proj.claim(
        'id: c\nstatement: "Alpha-1\\tbeats Beta-2"\nsource: {publisher: P, url: "https://p.example", date: 2025-02-01}\n'
        "subject: Alpha-1\nnotes: |\n  line one\n  line two\nassertions:\n  - kind: outperforms\n"
        "    competitors: [Beta-2]\n"
    )
    r = verify(proj, "--json")
    assert errors(r) == []
    claims = {c["id"]: c for c in json.loads(r.stdout)["claims"]}
    assert claims["c"]["statement"] == "Alpha-1\tbeats Beta-2"


def test_a_control_character_in_a_results_notes_cell_is_refused_but_a_line_break_is_kept(proj):
    # a CRLF table's notes cell spans lines with '\r\n': kept; a bell or an escape sequence in one was only escaped
    (proj.root / "results" / "published" / "scores.csv").write_bytes(
        (
            HEADER.replace("\n", "\r\n")
            + 'Alpha-1,BigBench,pass@1,no tools,80.0,Alpha Lab,https://a.example,T,2025-01-01,"two\r\nlines\tok"\r\n'
            + BETA_ROW
            + "see \x1b[31mred\r\n"
        ).encode()
    )
    r = verify(proj)
    assert r.exit_code == 2
    assert errors(r) == [
        "Error: results/published/scores.csv:4: notes: holds the control character '\\x1b' (character 5): write "
        "printable text"
    ]
    from harness.claims.catalog import load_catalog
    from harness.evidence.loading import load_evidence

    store, _ = load_evidence(proj.root / "results", load_catalog(proj.root / "catalog", proj.root), proj.root)
    assert [(r.model, r.notes) for r in store.records] == [("alpha-1", "two\r\nlines\tok")]


def test_extract_reads_a_page_break_as_a_line_break_and_drops_other_control_characters(proj, tmp_path):
    # text taken from a PDF has a form feed at each page break: the draft quoting it was refused when read back
    doc = tmp_path / "post.txt"
    doc.write_text("Intro.\fAlpha-1 beats Beta-2 on \x1b[1mBigBench\x1b[0m.\n")
    r = CliRunner().invoke(
        cli,
        [
            "check",
            str(doc),
            "--project",
            str(proj.root),
            "--url",
            "https://a.example",
            "--publisher",
            "P",
            "--date",
            "2025-02-01",
        ],
    )
    assert "Traceback" not in r.output
    draft = proj.root / "drafts" / "alpha-1-beats-beta-2-on-1mbigbench-0m.yaml"
    assert "quote: Alpha-1 beats Beta-2 on [1mBigBench[0m." in draft.read_text()
    assert r.exit_code == 0, r.output
    assert "Error" not in r.output


def test_new_keeps_a_tab_or_line_break_in_a_statement_and_refuses_other_control_characters(proj):
    # a claim file's statement may hold both; `new --statement` refused them as a one-line flag
    common = ("--subject", "Alpha-1", "--competitor", "Beta-2", "--publisher", "P", "--url", "https://p.example",
              "--date", "2025-02-01", "--project", proj.root)  # fmt: skip
    r = _invoke("new", "--statement", "Alpha-1 beats\tBeta-2,\nby far", "--id", "c", *common)
    assert r.exit_code == 0, r.output
    r = verify(proj, "--json")
    assert errors(r) == []
    assert {c["id"]: c["statement"] for c in json.loads(r.stdout)["claims"]}["c"] == "Alpha-1 beats\tBeta-2,\nby far"
    r = _invoke("new", "--statement", "Alpha-1 beats\x1b[2J Beta-2", "--id", "d", *common)
    assert (r.exit_code, r.stderr) == (
        2,
        "Error: --statement: holds the control character '\\x1b' (character 14): write printable text\n",
    )


def test_an_import_whose_one_value_is_skipped_says_it_was(proj, tmp_path):
    results = tmp_path / "results_x.json"
    results.write_text('{"results": {"arc_easy": {"acc,none": 1e308}}}')
    r = _invoke(
        "import", "lm-eval", results, "--model", "Alpha-1", "--map", "arc_easy=BigBench", "--project", proj.root
    )
    assert r.exit_code == 2
    assert r.stderr.splitlines()[-1] == (
        f"Error: {results}: no scores found: 1 value, none a score (score 1e+308 is outside the range of 'acc' (0-1))"
    )


def test_a_folder_named_like_a_catalog_file_is_refused_not_passed_over(proj):
    # `catalog/models.yaml/` (a folder) was skipped without a word, and every model it was meant to hold 'unknown'
    (proj.root / "catalog" / "models.yaml").mkdir()
    r = verify(proj)
    assert r.exit_code == 2
    assert errors(r) == [
        "Error: catalog/models.yaml: is a folder, not a catalog file: the catalog is the YAML files in catalog/ itself"
    ]


@pytest.mark.parametrize("score", ["nan", "inf", "-inf", "1e400", "9" * 400])
def test_a_csv_import_says_a_score_that_is_not_finite_is_not_finite(tmp_path, proj, score):
    # 'score must be a number, got nan' of a number float() reads; verify's own table reader says 'finite'
    root, r = _csv_import(tmp_path, f"Model,Benchmark,Score\nGPT-5 (high),GPQA Diamond,{score}\n", "--reported-by", "X",
                          "--source-url", "https://x.example")  # fmt: skip
    assert r.exit_code == 2
    assert errors(r) == [
        f"Error: {tmp_path / 'board.csv'}: no scores found: 1 value, none a score "
        f"(board.csv line 2: score must be a finite number, got {score[:40]!r})"
    ]


def test_an_import_escapes_a_control_character_in_its_notes_and_keeps_the_score(proj, tmp_path):
    # a results row's notes may hold no control character but a tab or a line break: a bell in a source's note got
    # its score skipped ('notes: holds the control character'), for text beside the number
    root, r = _csv_import(tmp_path, "Model,Benchmark,Score,Notes\nGPT-5 (high),GPQA Diamond,85.7,bell\x07 here\n",
                          "--reported-by", "X", "--source-url", "https://x.example", "--json")  # fmt: skip
    assert r.exit_code == 0, r.output
    assert [(row["value"], row["notes"]) for row in json.loads(r.stdout)["rows"]] == [(85.7, "bell\\x07 here")]
    _loads_cleanly(root)


def test_a_csv_import_of_a_zoned_time_stamp_says_in_its_notes_the_day_written_is_not_its_utc_day(proj, tmp_path):
    # a time with its zone is dated by its UTC day in every format (6f8efec); Inspect's rows said so in their notes,
    # a csv import's changed the day unsaid
    text = (
        "Model,Benchmark,Score,When,Notes\n"
        "GPT-5 (high),GPQA Diamond,85.7,2025-10-21T00:40:45+02:00,run 1\n"
        "GPT-5 (high),AIME 2025,94.6,2025-10-21T09:00:00+02:00,\n"
    )
    root, r = _csv_import(tmp_path, text, "--columns", "When=as_of_date", "--reported-by", "X",
                          "--source-url", "https://x.example", "--json")  # fmt: skip
    assert r.exit_code == 0, r.output
    assert [(row["as_of"], row["notes"]) for row in json.loads(r.stdout)["rows"]] == [
        ("2025-10-20", "run 1; logged 2025-10-21T00:40:45+02:00: dated 2025-10-20, its date in UTC"),
        ("2025-10-21", ""),
    ]
    _loads_cleanly(root)
