"""What every command shares (`harness/cli/common.py`): a path given empty is refused, never read as the current
folder; the paths `verify`, `validate` and `run` read claims from are never the project itself, its catalog or its
evidence; a folder to write in that is no folder is told so."""

import os

import pytest
from click.testing import CliRunner

from harness.cli.main import cli


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


@pytest.mark.parametrize(
    "args, line",
    [
        (("verify", "--report-dir", ""), "--report-dir: is empty: name a folder"),
        (("verify", "--baseline", " "), "--baseline: is empty: name a file"),
        (("verify", ""), "PATHS: is empty: name a file or folder"),
        (("validate", "--project", ""), "--project: is empty: name a folder"),
        (("extract", "--out", "", "a.txt"), "--out: is empty: name a folder"),
        (("check", "--report-dir", "", "a.txt"), "--report-dir: is empty: name a folder"),
        (("schema", "-o", ""), "--output: is empty: name a file"),
        (("init", ""), "FOLDER: is empty: name a folder"),
    ],
)
def test_a_path_given_empty_is_refused_not_read_as_the_current_folder(proj, monkeypatch, args, line):
    # `--report-dir ''` wrote the reports among the files of the folder it ran in, `extract --out ''` the drafts,
    # `verify ''` read the catalog and sources.yaml as claims (eight errors, none the mistake)
    monkeypatch.chdir(proj.root)
    before = sorted(os.listdir(proj.root))
    r = invoke(*args)
    assert (r.exit_code, r.output) == (2, f"Error: {line} (an empty path is not read as the current folder)\n")
    assert sorted(os.listdir(proj.root)) == before


@pytest.mark.parametrize(
    "args, line",
    [
        (("extract", ""), "PATH: is empty: name a file, a folder or an http(s) URL"),
        (("import", "csv", ""), "SOURCE: is empty: name a file or an http(s) URL"),
        (("evidence", ""), "MODEL: is empty: name a model, by its catalog name or an alias"),
        (("evidence", "Alpha-1", ""), "BENCHMARK: is empty: name a benchmark, or leave it out for all of them"),
    ],
)
def test_a_document_source_or_name_given_empty_is_refused(proj, monkeypatch, args, line):
    # '' was "Error: : not a regular file", and `evidence Alpha-1 ''` listed every benchmark's rows
    monkeypatch.chdir(proj.root)
    assert (lambda r: (r.exit_code, r.output))(invoke(*args)) == (2, f"Error: {line}\n")


def test_claims_are_never_read_from_the_project_itself_its_catalog_or_its_evidence(proj, monkeypatch):
    monkeypatch.chdir(proj.root)
    r = invoke("verify", ".")
    assert (r.exit_code, r.output) == (
        2,
        "Error: .: holds the project itself, whose catalog, evidence, sources.yaml and workflow are no claims: name "
        "claims/ or a claim file (with no PATHS, claims/ is read)\n",
    )
    r = invoke("validate", "catalog")
    assert (r.exit_code, r.output) == (
        2, "Error: catalog: is in catalog/, where every file is read as the catalog, never as a claim\n"
    )  # fmt: skip
    r = invoke("run", "results/published/scores.csv")
    assert (r.exit_code, r.output) == (
        2, "Error: results/published/scores.csv: is in results/, where every file is read as evidence, never as a claim\n"
    )  # fmt: skip
    # look-alike: the claims folder, named
    assert invoke("validate", "claims").exit_code == 0


def test_a_file_named_as_a_claim_that_is_no_claim_file_is_refused_with_what_it_may_be(proj, monkeypatch):
    # `verify board.csv` read the table as YAML ("a claim file must be a mapping (id, statement, ...)"), and a .json
    # file gave five "missing" fields, where the same files in a claims folder are passed over as no claims
    monkeypatch.chdir(proj.root)
    (proj.root / "board.csv").write_text("Model,Test,Pct\nAlpha-1,BigBench,70\n")
    (proj.root / "claim.json").write_text("{}")
    (proj.root / "post.txt").write_text("Alpha-1 beats Beta-2.\n")
    (proj.root / "claim.YML").write_text((proj.root / "claims" / "alpha-beats-beta.yaml").read_text())
    said = {
        "board.csv": "a table of scores goes under results/published/, or in with `benchclaims import`",
        "claim.json": "a claim file is YAML: `benchclaims new` writes one",
        "post.txt": "an article's claims are drafted with `benchclaims extract` or checked with `benchclaims check`",
    }
    for command in ("verify", "validate", "run"):
        for name, why in said.items():
            r = invoke(command, name, "claims")
            assert (r.exit_code, r.output) == (
                2,
                f"Error: {name}: is no claim file: a claim file ends in .yaml or .yml ({why})\n",
            )
    (proj.root / "notes.bak").write_text("x")
    r = invoke("validate", "notes.bak")
    assert (r.exit_code, r.output) == (2, "Error: notes.bak: is no claim file: a claim file ends in .yaml or .yml\n")
    # look-alike: a YAML file in any case is a claim file
    assert invoke("validate", "claim.YML").exit_code == 0


def test_a_report_folder_that_is_no_folder_is_told_so(proj):
    r = invoke("verify", "--project", proj.root, "--report-dir", "/dev/null")
    assert (r.exit_code, r.output) == (2, "Error: /dev/null: is no folder, so none can be made there: name a folder\n")
    # a folder under a file, outside the project: "Error: notes.txt/out: Not a directory", with no word of which part
    # is no folder (inside the project each folder on the way is checked, and named: "notes.txt: is not a folder")
    (proj.root.parent / "notes.txt").write_text("x")
    target = proj.root.parent / "notes.txt" / "out"
    article = proj.root / "a.txt"
    article.write_text("Alpha-1 beats Beta-2 on BigBench.\n")
    draft = ("extract", article, "--project", proj.root, "--url", "https://a.example", "--publisher", "P", "--date",
             "2025-02-01", "--out", target)  # fmt: skip
    for args in (("verify", "--project", proj.root, "--report-dir", target), draft):
        r = invoke(*args)
        assert (r.exit_code, r.output) == (
            2,
            f"Error: {target}: a part of this path is a file, not a folder, so nothing can be written there: "
            "name a folder\n",
        )


def test_files_in_the_claims_folder_that_are_no_claim_file_are_counted_not_passed_over_unsaid(proj, monkeypatch):
    # a claim saved as .json or left as .yaml.bak was skipped unsaid: with no other claim, "No claims verified.", exit 0
    monkeypatch.chdir(proj.root)
    claims = proj.root / "claims"
    (claims / "beta.json").write_text("{}")
    (claims / "sub").mkdir()
    (claims / "sub" / "alpha.yaml.bak").write_text("id: x\n")
    (claims / "sub" / "notes.json").write_text("{}")
    (claims / ".gitkeep").write_text("")  # hidden: never counted
    for command in ("verify", "validate"):
        r = CliRunner().invoke(cli, [command, "--no-report"] if command == "verify" else [command])
        assert r.exit_code == 0, r.output
        assert r.stderr == "claims: skipped 3 files of other types (.json, .bak): a claim file ends in .yaml or .yml\n"
    # look-alike: a folder of claim files only says nothing
    for name in ("beta.json", "sub/alpha.yaml.bak", "sub/notes.json"):
        (claims / name).unlink()
    assert CliRunner().invoke(cli, ["validate"]).stderr == ""
