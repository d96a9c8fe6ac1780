"""`benchclaims init`, and commands finding their project from any folder inside it."""

import json

from click.testing import CliRunner

from harness.claims.authoring import claim_schema
from harness.claims.catalog import load_catalog
from harness.claims.catalog_entries import BenchmarkEntry, BenchmarkRun, ModelEntry, ModelRun, Organisation, Variant
from harness.claims.newproject import CATALOG, find_project_root
from harness.cli.main import cli

FILES = [
    "catalog/catalog.yaml",
    "results/published/scores.csv",
    "claims/.gitkeep",
    "schema/claim.schema.json",
    "sources.yaml",
    ".github/workflows/recheck.yml",
    ".gitignore",
]


def invoke(*args):
    return CliRunner().invoke(cli, [str(a) for a in args])


def test_init_writes_a_project_that_validates_verifies_and_pulls(tmp_path, monkeypatch):
    r = invoke("init", tmp_path / "p")
    assert r.exit_code == 0, r.output
    assert [line.removeprefix(f"Wrote {tmp_path / 'p'}/") for line in r.output.splitlines()[:-1]] == FILES
    root = tmp_path / "p"
    assert (root / "results/published/scores.csv").read_text() == (
        "model,benchmark,metric,setting,score,reported_by,source_url,source_locator,as_of_date,notes\n"
    )
    assert (root / "schema/claim.schema.json").read_text() == claim_schema()
    catalog = load_catalog(root / "catalog", root)
    assert [m.id for m in catalog.all_models()] == ["model-a", "model-b"]
    assert [b.id for b in catalog.all_benchmarks()] == ["bench-one"]
    monkeypatch.chdir(root)
    assert invoke("validate").output == "OK: 0 evidence rows, catalog and claims valid.\n"
    assert invoke("verify", "--no-report").output == "No claims verified.\n"
    pulled = invoke("pull")
    assert (pulled.exit_code, pulled.output) == (0, "Nothing to pull: sources.yaml lists no sources.\n")


def test_the_new_evidence_table_has_every_required_column():
    from harness.claims.newproject import EVIDENCE_COLUMNS
    from harness.evidence.adapters.published_row import OPTIONAL, REQUIRED

    assert set(REQUIRED) <= set(EVIDENCE_COLUMNS) <= set(REQUIRED) | set(OPTIONAL)


def test_the_new_catalog_explains_every_field():
    for model in (Organisation, ModelEntry, Variant, ModelRun, BenchmarkEntry, BenchmarkRun):
        missing = [name for name in model.model_fields if f"{name}:" not in CATALOG]
        assert missing == [], model.__name__


def test_claim_files_point_at_the_schema_init_writes(tmp_path, monkeypatch):
    invoke("init", tmp_path)
    monkeypatch.chdir(tmp_path)
    r = invoke(
        "new",
        *("--statement", "A beats B", "--subject", "Model A", "--competitor", "Model B"),
        *("--publisher", "P", "--url", "https://p.example", "--date", "2026-01-01"),
    )
    assert r.exit_code == 0, r.output
    first = (tmp_path / "claims" / "a-beats-b.yaml").read_text().splitlines()[0]
    schema_ref = first.split("$schema=")[1]
    assert json.loads((tmp_path / "claims" / schema_ref).read_text())["title"] == "benchclaims claim file"


def test_new_refuses_free_text_with_a_control_character(tmp_path):
    # the publisher is printed in every report of the claim: a bell or an escape sequence was written as given
    project = tmp_path / "p"
    assert invoke("init", project).exit_code == 0
    r = invoke("new", "--statement", "Model A beats Model B", "--subject", "Model A", "--competitor", "Model B",
               "--publisher", "Example\x07 Lab", "--url", "https://example.org/launch", "--date", "2026-01-20",
               "--project", project)  # fmt: skip
    assert (r.exit_code, r.output) == (
        2,
        "Error: --publisher: holds the control character '\\x07': write printable text on one line\n",
    )
    assert not list((project / "claims").glob("*.yaml"))


def test_init_refuses_a_folder_that_holds_a_project(tmp_path):
    invoke("init", tmp_path)
    (tmp_path / "sources.yaml").write_text("mine\n")
    again = invoke("init", tmp_path)
    assert again.exit_code == 2
    assert again.output == (
        f"Error: {tmp_path}/catalog/catalog.yaml: already exists; init writes only into a folder without a project\n"
    )
    assert (tmp_path / "sources.yaml").read_text() == "mine\n"


def test_commands_find_the_project_upwards_and_project_still_wins(tmp_path, monkeypatch):
    invoke("init", tmp_path / "one")
    invoke("init", tmp_path / "two")
    (tmp_path / "two" / "catalog" / "catalog.yaml").write_text("models: [oops]\n")
    deep = tmp_path / "one" / "claims" / "drafts" / "deeper"
    deep.mkdir(parents=True)
    assert find_project_root(deep) == (tmp_path / "one").resolve()
    assert find_project_root(tmp_path) is None
    monkeypatch.chdir(deep)
    assert invoke("validate").output == "OK: 0 evidence rows, catalog and claims valid.\n"
    wrong = invoke("validate", "--project", tmp_path / "two")
    assert wrong.exit_code == 2 and "catalog.yaml:1: models[0]" in wrong.output


def test_organizations_is_read_as_organisations(tmp_path):
    invoke("init", tmp_path)
    cat = tmp_path / "catalog" / "catalog.yaml"
    cat.write_text(cat.read_text().replace("\norganisations:", "\norganizations:"))
    assert load_catalog(tmp_path / "catalog", tmp_path).organisation("Example Lab").id == "example-lab"
    cat.write_text(cat.read_text() + "organisations: []\n")
    r = invoke("validate", "--project", tmp_path)
    assert r.exit_code == 2
    assert "catalog.yaml:8: organizations: give organisations or organizations, not both" in r.output


def test_init_refuses_a_folder_inside_a_project(tmp_path, monkeypatch):
    invoke("init", tmp_path / "p")
    inside = invoke("init", tmp_path / "p" / "claims" / "q")
    assert inside.exit_code == 2
    assert inside.output == (
        f"Error: {tmp_path}/p/claims/q: is inside the project at {tmp_path}/p; give a folder outside it for a new project\n"
    )
    assert not (tmp_path / "p" / "claims" / "q").exists()
    monkeypatch.chdir(tmp_path / "p" / "results")
    here = invoke("init")
    assert (
        here.output == f"Error: .: is inside the project at {tmp_path}/p; give a folder outside it for a new project\n"
    )
    assert invoke("init", tmp_path / "beside").exit_code == 0


def test_an_import_of_the_placeholder_models_lands_on_them(tmp_path):
    # the template's Model A carried a thinking/high variant, so an imported "Model A" that states no mode
    # was left unmapped (and never added): the placeholders are plain models, the variant an example
    invoke("init", tmp_path)
    table = tmp_path / "board.csv"
    table.write_text("model,benchmark,score\nModel A,Bench One,71.2\nModel B,Bench One,64.8\n")
    r = CliRunner().invoke(
        cli,
        ["import", "csv", str(table), "--source-url", "https://example.org/board", "--reported-by", "Example Lab",
         "--as-of", "2026-01-15", "--project", str(tmp_path), "--json"],
    )  # fmt: skip
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["unmapped"] == [] and sorted(row["model"] for row in data["rows"]) == ["model-a", "model-b"]


def test_the_sources_example_init_writes_reads_as_written(tmp_path):
    """The commented example in sources.yaml said `format: table-csv`, a format no importer has (it is `csv`):
    uncommented as written, `pull` refused it."""
    from harness.claims.newproject import SOURCES
    from harness.evidence.pull import read_sources

    example = [
        line[2:] for line in SOURCES.splitlines() if line.startswith("# ") and line[2:].startswith(("sources", " "))
    ]
    (tmp_path / "sources.yaml").write_text("\n".join(example) + "\n")
    [source] = read_sources(tmp_path)
    assert (source.format, source.options.reported_by) == ("csv", "Example Lab")
