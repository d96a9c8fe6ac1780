"""Imports over HTTP (a server on 127.0.0.1), snapshots over time, `pull`, and `evidence`."""

import functools
import http.server
import json
import shutil
import socket
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner

from harness.claims.catalog import load_catalog
from harness.cli.main import cli
from harness.evidence import fetching
from harness.evidence.loading import load_evidence
from harness.evidence.records import EvidenceFilter
from tests.local_server import serve

HERE = Path(__file__).parent / "fixtures" / "importers"
REPO = Path(__file__).parent.parent
RUNS = "benchmarks_runs.csv"


@pytest.fixture
def served(tmp_path):
    """A folder served on 127.0.0.1 holding Epoch's runs file and its model versions."""
    folder = tmp_path / "www"
    folder.mkdir()
    for name in (RUNS, "model_versions.csv"):
        shutil.copy(HERE / "epoch" / name, folder / name)
    handler = functools.partial(_Quiet, directory=str(folder))
    server, base = serve(handler)
    yield folder, base
    server.shutdown()
    server.server_close()


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def project(tmp_path) -> Path:
    root = tmp_path / "proj"
    root.mkdir()
    # the seed's hand-written catalog: its imported entries and reviewed aliases belong to its own evidence
    shutil.copytree(REPO / "catalog", root / "catalog", ignore=shutil.ignore_patterns("imported.yaml", "aliases"))
    (root / "claims").mkdir()
    (root / "claims" / "gpt5-gpqa.yaml").write_text(
        "id: gpt5-gpqa\n"
        'statement: "GPT-5 beats Gemini 2.5 Pro on GPQA Diamond"\n'
        "source: {publisher: P, url: 'https://p.example', date: 2025-12-01}\n"
        "subject: GPT-5 (high)\n"
        "assertions:\n"
        "  - kind: outperforms\n"
        "    competitors: [Gemini 2.5 Pro]\n"
        "    benchmarks: [GPQA Diamond]\n"
    )
    return root


def cli_run(*args: str):
    return CliRunner().invoke(cli, list(args))


def at(monkeypatch, stamp: str) -> None:
    monkeypatch.setattr(fetching, "now", lambda: stamp)


def values(project: Path, flt: EvidenceFilter) -> dict[str, float]:
    catalog = load_catalog(project / "catalog", project)
    store, problems = load_evidence(project / "results", catalog, project)
    assert problems == []
    return {r.model: r.value for r in store.select(flt, benchmark="gpqa-diamond")}


def edit_upstream(folder: Path) -> None:
    text = (folder / RUNS).read_text(encoding="utf-8-sig")
    old = "gpt-5-2025-08-07_high,0.862,choice:0.86±0.02"
    assert old in text
    (folder / RUNS).write_text(text.replace(old, "gpt-5-2025-08-07_high,0.801,choice:0.8±0.02"), encoding="utf-8")


def test_import_over_http_then_a_changed_upstream_becomes_a_second_snapshot(served, project, monkeypatch):
    folder, base = served
    url = f"{base}/{RUNS}"
    at(monkeypatch, "2026-01-10T09:00:00Z")
    first = json.loads(cli_run("import", "epoch", url, "--project", str(project), "--json").stdout)
    assert first["snapshot"]["source"] == url and first["snapshot"]["new"] is True
    assert len(first["rows"]) == 3  # model_versions.csv was fetched from beside the runs file
    again = json.loads(cli_run("import", "epoch", url, "--project", str(project), "--json").stdout)
    assert again["snapshot"]["new"] is False

    edit_upstream(folder)
    at(monkeypatch, "2026-03-01T09:00:00Z")
    second = json.loads(cli_run("import", "epoch", url, "--project", str(project), "--json").stdout)
    assert second["snapshot"]["new"] is True
    kept = sorted(p.name for p in (project / "results" / "snapshots").iterdir())
    assert kept == sorted([first["snapshot"]["sha256"], second["snapshot"]["sha256"]])

    # the newest copy by default; the copy that was newest on a date; a pinned copy
    assert values(project, EvidenceFilter())["gpt-5-high"] == 80.1
    assert values(project, EvidenceFilter(as_of=date(2026, 2, 1)))["gpt-5-high"] == 86.2
    assert values(project, EvidenceFilter(as_of=date(2026, 3, 1)))["gpt-5-high"] == 80.1
    # a claim dated before the first copy uses the earliest copy (its rows pass on their own dates)
    assert values(project, EvidenceFilter(as_of=date(2025, 12, 1)))["gpt-5-high"] == 86.2
    pinned = EvidenceFilter(snapshots=(first["snapshot"]["sha256"][:12],))
    assert values(project, pinned)["gpt-5-high"] == 86.2


def test_http_errors_are_one_line_and_write_nothing(served, project, monkeypatch):
    _, base = served
    r = cli_run("import", "epoch", f"{base}/missing.csv", "--project", str(project))
    assert r.exit_code == 1
    assert r.output.strip() == f"Error: {base}/missing.csv: HTTP 404 File not found"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens here once closed
    r = cli_run("import", "epoch", f"http://127.0.0.1:{port}/{RUNS}", "--project", str(project))
    assert r.exit_code == 1 and "cannot connect (offline, or the host refused" in r.output
    monkeypatch.setattr(fetching, "IMPORT_MAX_BYTES", 1000)
    monkeypatch.setattr(fetching.fetch_url, "__defaults__", (1000, 30.0, None))
    r = cli_run("import", "epoch", f"{base}/{RUNS}", "--project", str(project))
    assert r.exit_code == 1 and "larger than the 1,000-byte limit" in r.output
    assert not (project / "results").exists()


def test_pull_names_the_changed_rows_and_verify_names_the_changed_verdict(served, project, monkeypatch):
    folder, base = served
    (project / "sources.yaml").write_text(
        f"sources:\n  - url: {base}/{RUNS}\n    format: epoch\n  - url: {base}/gone.csv\n    format: epoch\n"
    )
    at(monkeypatch, "2026-01-10T09:00:00Z")
    r = cli_run("pull", "--project", str(project))
    assert r.exit_code == 1  # one source failed; the other was still imported
    assert f"Error: {base}/gone.csv: HTTP 404 File not found" in r.output
    assert (
        f"{base}/{RUNS}: 541 values read, 3 imported, 0 skipped, 538 under 150 unmapped names; new snapshot" in r.output
    )
    r = cli_run("verify", "--project", str(project), "--json", "--no-report")
    (project / "baseline.json").write_text(r.stdout)
    assert json.loads(r.stdout)["claims"][0]["verdict"] == "supported"

    edit_upstream(folder)
    at(monkeypatch, "2026-03-01T09:00:00Z")
    r = cli_run("pull", "--project", str(project), "--json")
    pulled = json.loads(r.stdout)["sources"][0]
    second = pulled["snapshot"]["sha256"][:16]
    assert pulled["changes"] == [
        "changed: gpt-5-2025-08-07_high / GPQA diamond / choice / "
        "Epoch AI Benchmarking Hub (Inspect), task version 1.0.1: 86.2 ±2.0 -> 80.1 ±2.0"
    ]
    r = cli_run("verify", "--project", str(project), "--baseline", str(project / "baseline.json"), "--no-report")
    assert r.exit_code == 1
    assert r.output.splitlines()[1:] == [
        "changed: gpt5-gpqa: verdict supported → refuted",
        "changed: gpt5-gpqa: assertion 1 (outperforms): supported → refuted",
        f"changed: gpt5-gpqa: row results/imported/epoch/{second}.csv:4 (Epoch AI): value 86.2 → 80.1",
        # 80.1 ±2 against the subject's score is no clear difference: listed, and `changed` still fails on it
        "changed: gpt5-gpqa: the new verdict is within noise (Holm, α=0.05)",
    ]


def test_sources_file_errors_are_one_line(project):
    r = cli_run("pull", "--project", str(project))
    assert r.exit_code == 2 and "sources.yaml: no sources file" in r.output
    (project / "sources.yaml").write_text("sources:\n  - url: https://x.example/a.csv\n    format: xlsx\n")
    r = cli_run("pull", "--project", str(project))
    assert r.exit_code == 2
    assert r.output.strip() == "Error: sources.yaml:3: sources[0].format: unknown format 'xlsx'; choose one of: " + (
        "lm-eval, csv, model-card, epoch, lmarena, open-llm-leaderboard, eee, inspect, helm"
    )
    # a quoted flag is text: pydantic would have read 'no' as false and 'yes' as true without a word
    (project / "sources.yaml").write_text(
        "sources:\n  - url: https://x.example/a.csv\n    format: csv\n    options: {add_unmapped: 'no'}\n"
    )
    r = cli_run("pull", "--project", str(project))
    assert r.exit_code == 2
    assert r.output.strip() == (
        "Error: sources.yaml:4: sources[0].options.add_unmapped: must be true or false, got 'no'"
    )
    # a date in the future is refused at its line before anything is fetched (it was found after the download, at
    # each row of the table: "no row passes the evidence checks (...)")
    (project / "sources.yaml").write_text(
        "sources:\n  - url: https://x.example/a.csv\n    format: csv\n    options: {as_of: 2999-01-01}\n"
    )
    r = cli_run("pull", "--project", str(project))
    assert r.exit_code == 2
    assert r.output.strip().startswith(
        "Error: sources.yaml:4: sources[0].options.as_of: 2999-01-01 is in the future (the latest date anywhere now is "
    )
    assert r.output.strip().endswith("): the day the scores were published")
    # an option spelt almost right is told the option it is close to ("unknown field" alone sent one to the README)
    (project / "sources.yaml").write_text(
        "sources:\n  - url: https://x.example/a.csv\n    format: csv\n    options: {reportd_by: Lab}\n"
    )
    r = cli_run("pull", "--project", str(project))
    assert r.exit_code == 2
    assert r.output.strip() == (
        "Error: sources.yaml:4: sources[0].options.reportd_by: unknown field; did you mean 'reported_by'?"
    )


def test_a_sources_file_that_cannot_be_read_is_named_as_such_not_as_missing(project):
    # a folder, a link loop or a link to nothing named sources.yaml was "no sources file: list what to pull as ..."
    import os

    path = project / "sources.yaml"
    path.mkdir()
    said = [cli_run("pull", "--project", str(project))]
    path.rmdir()
    os.symlink("sources.yaml", path)  # a link to itself
    said.append(cli_run("pull", "--project", str(project)))
    path.unlink()
    os.symlink("gone.yaml", path)
    said.append(cli_run("pull", "--project", str(project)))
    assert [(r.exit_code, r.output) for r in said] == [
        (2, "Error: sources.yaml: not a regular file\n"),
        (2, "Error: sources.yaml: cannot read file (Too many levels of symbolic links)\n"),
        (2, "Error: sources.yaml: cannot read file (No such file or directory)\n"),
    ]


def test_a_sources_option_with_a_control_character_is_refused_at_its_line(project):
    # as the import flag it stands for: an escape sequence in reported_by was stored and written into reports
    (project / "sources.yaml").write_text(
        'sources:\n  - url: https://x.example/a.csv\n    format: csv\n    options:\n      reported_by: "X\\e[2J"\n'
    )
    r = cli_run("pull", "--project", str(project))
    assert (r.exit_code, r.output) == (
        2,
        "Error: sources.yaml:5: sources[0].options.reported_by: holds the control character '\\x1b' (character 2): "
        "write printable text\n",
    )


def test_a_source_listed_twice_is_refused_naming_both_lines(project, monkeypatch):
    # it was fetched twice, and the second entry's options (here another --reported-by) replaced the first's
    fetched = []
    monkeypatch.setattr("harness.evidence.importing.fetch", lambda url: fetched.append(url))
    (project / "sources.yaml").write_text(
        "sources:\n"
        "  - url: https://x.example/a.csv\n    format: csv\n    options: {reported_by: A}\n"
        "  - url: https://x.example/b.csv\n    format: csv\n"
        "  - url: https://x.example/a.csv\n    format: csv\n    options: {reported_by: B}\n"
    )
    r = cli_run("pull", "--project", str(project))
    assert (r.exit_code, r.output) == (
        2,
        "Error: sources.yaml:7: sources[2].url: https://x.example/a.csv is listed twice, at line 2 (sources[0]) and "
        "here: list each source once, with its import options in that one entry\n",
    )
    assert fetched == []


def test_evidence_lists_rows_across_sources_and_marks_conflicts(project):
    folder = project / "results" / "published"
    folder.mkdir(parents=True)
    head = "model,benchmark,metric,setting,score,stderr,reported_by,source_url,source_locator,as_of_date\n"
    (folder / "a.csv").write_text(
        head
        + "GPT-5 (high),GPQA Diamond,accuracy,no tools,85.7,1.0,OpenAI,https://a.example,T1,2025-08-07\n"
        + "GPT-5 (high),GPQA Diamond,accuracy,no tools,87.1,1.2,Epoch AI,https://b.example,run 1,2025-10-29\n"
        + "GPT-5 (high),AIME 2025,accuracy,no tools,94.6,0.5,OpenAI,https://a.example,T1,2025-08-07\n"
        + "GPT-5 (high),AIME 2025,accuracy,no tools,99.6,0.5,Epoch AI,https://b.example,run 2,2025-10-29\n"
    )
    r = cli_run("evidence", "GPT-5 (high)", "--project", str(project), "--json")
    data = json.loads(r.stdout)
    assert [(row["benchmark"], row["value"], row["party"]) for row in data["rows"]] == [
        ("aime-2025", 99.6, "third-party"),
        ("aime-2025", 94.6, "first-party"),
        ("gpqa-diamond", 87.1, "third-party"),
        ("gpqa-diamond", 85.7, "first-party"),
    ]
    agree = {c["benchmark"]: c["agree_within_uncertainty"] for c in data["conflicts"]}
    # GPQA: |87.1 - 85.7| = 1.4 <= 1.96 * sqrt(1.0^2 + 1.2^2) = 3.06; AIME: 5.0 > 1.96 * 0.71
    assert agree == {"aime-2025": False, "gpqa-diamond": True}
    r = cli_run("evidence", "GPT-5 (high)", "GPQA Diamond", "--project", str(project))
    assert r.exit_code == 0
    assert (
        "conflict: GPQA Diamond accuracy (no tools): 87.1 per Epoch AI, 85.7 per OpenAI; agree within uncertainty"
        in r.output
    )


def test_a_claim_can_ask_for_independent_evidence_only(project):
    folder = project / "results" / "published"
    folder.mkdir(parents=True)
    head = "model,benchmark,metric,setting,score,reported_by,source_url,source_locator,as_of_date\n"
    (folder / "a.csv").write_text(
        head
        + "GPT-5 (high),GPQA Diamond,accuracy,no tools,85.7,OpenAI,https://a.example,T1,2025-08-07\n"
        + "Gemini 2.5 Pro,GPQA Diamond,accuracy,no tools,84.0,Google,https://g.example,T1,2025-08-07\n"
    )
    assert values(project, EvidenceFilter(independent=True)) == {}
    assert values(project, EvidenceFilter()) == {"gpt-5-high": 85.7, "gemini-2.5-pro": 84.0}


def test_imported_rows_must_trace_to_an_intact_snapshot(served, project):
    _, base = served
    data = json.loads(cli_run("import", "epoch", f"{base}/{RUNS}", "--project", str(project), "--json").stdout)
    sha = data["snapshot"]["sha256"]
    folder = project / "results" / "snapshots" / sha
    assert cli_run("validate", "--project", str(project)).exit_code == 0
    kept = folder / RUNS
    kept.write_bytes(kept.read_bytes().replace(b"0.862", b"0.962"))  # someone edits the kept copy
    r = cli_run("validate", "--project", str(project))
    assert r.exit_code == 2
    assert (
        f"results/snapshots/{sha}/snapshot.json: files: kept file 'benchmarks_runs.csv' changed since it was imported"
        in r.output
    )
    assert f"cites snapshot {sha[:12]}…, which is not a readable snapshot in snapshots/" in r.output
    shutil.rmtree(folder)
    r = cli_run("validate", "--project", str(project))
    assert r.exit_code == 2 and "which is not a readable snapshot" in r.output


def test_validate_rederives_each_imported_table_from_its_snapshot(served, project):
    _, base = served
    cli_run("import", "epoch", f"{base}/{RUNS}", "--project", str(project))
    assert cli_run("validate", "--project", str(project)).exit_code == 0
    [table] = (project / "results" / "imported" / "epoch").glob("*.csv")
    table.write_text(table.read_text().replace(",86.2,", ",96.2,"))  # a number edited by hand
    r = cli_run("validate", "--project", str(project))
    assert r.exit_code == 2
    assert f"Error: results/imported/epoch/{table.name}: differs from a fresh import of its snapshot" in r.output


def test_a_source_listed_twice_in_another_spelling_is_refused_but_other_urls_are_not(project, monkeypatch):
    # compared as exact strings, the host's case and a trailing slash made one table two sources, fetched twice
    fetched = []
    monkeypatch.setattr("harness.evidence.importing.fetch", lambda url: fetched.append(url))
    (project / "sources.yaml").write_text(
        "sources:\n"
        "  - url: https://x.example/board/a.csv\n    format: csv\n"
        "  - url: https://x.example/board/A.csv\n    format: csv\n"  # a path's case is another file
        "  - url: https://x.example/board/a.csv?board=vision\n    format: csv\n"  # another query, another table
        "  - url: https://X.Example:443/board/%61.csv/#top\n    format: csv\n"
    )
    r = cli_run("pull", "--project", str(project))
    assert (r.exit_code, r.output) == (
        2,
        "Error: sources.yaml:8: sources[3].url: https://X.Example:443/board/%61.csv/#top is listed twice, at line 2 "
        "(sources[0] as https://x.example/board/a.csv) and here: list each source once, with its import options in "
        "that one entry\n",
    )
    assert fetched == []


def test_the_key_a_source_is_compared_by():
    from harness.evidence.fetching import same_source_key

    assert same_source_key("https://x.example") == same_source_key("https://X.EXAMPLE/") == "https://x.example/"
    assert same_source_key("http://x.example:8080/a/") == "http://x.example:8080/a"
    assert same_source_key("https://user:pw@x.example/a%2fb%7e") == "https://x.example/a%2Fb~"
    assert same_source_key("https://x.example/a?b=1&a=2") != same_source_key("https://x.example/a?a=2&b=1")
