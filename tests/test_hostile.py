"""Hostile and faulty input beyond the mutation corpus, grouped by the fault each case once caused.

Every case ends in a one-line error (or an inert result), never a traceback, a hang, a write
outside the project, or a verdict resting on a tampered or superseded number.
"""

import hashlib
import json
import os
import subprocess
import sys
import threading
import time

import pytest
from click.testing import CliRunner

from harness.cli.main import cli
from harness.evidence.records import EvidenceFilter

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


@pytest.mark.parametrize(
    "content,message",
    [
        ("[]", "not a benchclaims local run"),
        ("[" * 100_000, "nested too deeply"),
        ('{"format": "benchclaims-local-run/1", "value": "abc"}', "malformed local run"),
        ('{"format": "benchclaims-local-run/1", "value": 1e999}', "malformed local run"),
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
    from harness.claims.catalog import BenchmarkEntry
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
        "Error: claims/zero.yaml: not a regular file",
    ]
    cat = proj.root / "catalog" / "catalog.yaml"
    cat.rename(proj.root / "catalog" / "real.yaml")
    cat.symlink_to("/dev/zero")
    assert errors(verify(proj)) == ["Error: catalog/catalog.yaml: not a regular file"]


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
    from harness.claims.catalog import BenchmarkEntry
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
    from harness.judge.comparisons import Context, compare, outperform_judge

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
