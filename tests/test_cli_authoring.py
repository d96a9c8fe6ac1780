"""`benchclaims new` (`harness/cli/authoring.py`, `harness/claims/authoring.py`): a claim written into claims/ takes an id no
other claim there has; a target that is no regular file is told so before --force is offered."""

import shutil

from click.testing import CliRunner

from harness.cli.main import cli

SAID = ["--statement", "Alpha-1 beats Beta-2", "--subject", "Alpha-1", "--competitor", "Beta-2",
        "--publisher", "P", "--url", "https://p.example", "--date", "2025-02-01"]  # fmt: skip


def test_new_refuses_an_id_another_claim_file_in_claims_has(proj):
    # written, then the next verify refused the project: "claim id 'alpha-beats-beta' is also used by ..."
    other = proj.root / "claims" / "other.yaml"
    r = CliRunner().invoke(
        cli, ["new", *SAID, "--id", "alpha-beats-beta", "-o", str(other), "--project", str(proj.root)]
    )
    assert (r.exit_code, r.output) == (
        2,
        f"Error: claim id 'alpha-beats-beta' is already used by {proj.root / 'claims' / 'alpha-beats-beta.yaml'}: "
        "give another --id\n",
    )
    assert not other.exists()
    # look-alikes: the file --force replaces is no other claim, and a claim written outside claims/ is verified only
    # where named
    r = CliRunner().invoke(cli, ["new", *SAID, "--id", "alpha-beats-beta", "--force", "--project", str(proj.root)])
    assert r.exit_code == 0, r.output
    r = CliRunner().invoke(
        cli, ["new", *SAID, "--id", "alpha-beats-beta", "-o", str(proj.root / "elsewhere.yaml"), "--project",
              str(proj.root)],
    )  # fmt: skip
    assert r.exit_code == 0, r.output


def test_new_into_a_device_or_a_fifo_says_it_is_no_regular_file_before_offering_force(proj, tmp_path):
    # "already exists; use --force to overwrite", and with --force: "not a regular file; refusing to replace it"
    import os

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    for target in ("/dev/null", str(fifo)):
        r = CliRunner().invoke(cli, ["new", *SAID, "-o", target, "--project", str(proj.root)])
        assert (r.exit_code, r.output) == (2, f"Error: {target}: not a regular file; refusing to replace it\n")


def test_new_writes_a_claim_only_to_a_yaml_file(proj, tmp_path):
    # `new -o x.json` wrote YAML into a .json file, which verify then passed over as no claim file
    for name in ("x.json", "x.txt", "x"):
        target = tmp_path / name
        r = CliRunner().invoke(cli, ["new", *SAID, "-o", str(target), "--project", str(proj.root)])
        stem = name.split(".")[0]
        assert (r.exit_code, r.output) == (
            2,
            f"Error: {target}: a claim file ends in .yaml or .yml: name it {stem}.yaml\n",
        )
        assert not target.exists()
    r = CliRunner().invoke(cli, ["new", *SAID, "-o", str(tmp_path / "x.YML"), "--project", str(proj.root)])
    assert r.exit_code == 0, r.output


def test_a_statement_in_another_script_gets_an_id_of_its_own(proj):
    # every statement with no ASCII letter got the id "claim", so a second such claim collided with the first;
    # "Modèle" was "mod-le"
    from harness.claims.authoring import slug_of

    assert [slug_of(t) for t in ("深度求索超越了所有模型", "深度求索超越GPT-5", "Modèle Ä bat Modèle B", "")] == [
        "claim-871c3e5d",
        "gpt-5-71d2e4e4",
        "modele-a-bat-modele-b",
        "claim",
    ]
    for statement in ("阿尔法一号胜过贝塔二号", "阿尔法一号在所有基准上胜过贝塔二号"):
        said = ["--statement", statement, *SAID[2:]]
        r = CliRunner().invoke(cli, ["new", *said, "--project", str(proj.root)])
        assert r.exit_code == 0, r.output
    made = sorted(p.name for p in (proj.root / "claims").glob("claim-*.yaml"))
    assert len(made) == 2 and made[0] != made[1]


def test_new_writes_a_rank_by_the_mean(proj):
    # "ranked 3rd overall across 12 benchmarks" needed aggregate: mean typed into the file: new had no flag for it
    out = proj.root / "claims" / "mean.yaml"
    r = CliRunner().invoke(
        cli, ["new", "--statement", "Alpha-1 ranks first on average", "--subject", "Alpha-1", "--kind", "ranks",
              "--competitor", "Beta-2", "--competitor", "Gamma-3", "--benchmark", "BigBench", "--benchmark", "MidBench",
              "--aggregate", "mean", "--publisher", "P", "--url", "https://p.example", "--date", "2025-02-01",
              "-o", str(out), "--project", str(proj.root)],
    )  # fmt: skip
    assert r.exit_code == 0, r.output
    assert out.read_text().split("assertions:\n")[1] == (
        "- kind: ranks\n  cohort:\n    models:\n    - Beta-2\n    - Gamma-3\n  top: 1\n  benchmarks:\n  - BigBench\n"
        "  - MidBench\n  aggregate: mean\n"
    )
    # a quantifier beside it is refused as in a file; a score has no mean
    r = CliRunner().invoke(
        cli, ["new", *SAID, "--aggregate", "mean", "--quantifier", "most", "--project", str(proj.root)]
    )
    assert (r.exit_code, r.output) == (
        2,
        "Error: --quantifier, --aggregate: quantifier most counts benchmarks one by one, and aggregate: mean judges "
        "one mean over them: leave the quantifier out\n",
    )
    r = CliRunner().invoke(
        cli, ["new", "--statement", "Alpha-1 scores 80 on BigBench", "--subject", "Alpha-1", "--kind", "score",
              "--benchmark", "BigBench", "--value", "80", "--aggregate", "mean", "--publisher", "P", "--url",
              "https://p.example", "--date", "2025-02-01", "--project", str(proj.root)],
    )  # fmt: skip
    assert (r.exit_code, r.output) == (2, "Error: --aggregate is for --kind outperforms, matches or ranks, not score\n")


def test_a_problem_of_the_whole_assertion_is_told_by_the_flags_it_is_about(proj):
    # '<new claim>: assertions[0]: ...' named a field of a file nobody wrote
    bench = ["--benchmark", "BigBench", "--benchmark", "MidBench"]
    r = CliRunner().invoke(cli, ["new", *SAID, *bench, "--quantifier", "3", "--project", str(proj.root)])
    assert (r.exit_code, r.output) == (2, "Error: --quantifier: at_least 3 is more than the 2 benchmarks listed\n")
    r = CliRunner().invoke(cli, ["new", *SAID, *bench, "--benchmark", "BigBench", "--project", str(proj.root)])
    assert (r.exit_code, r.output) == (2, "Error: --benchmark: benchmarks list names a benchmark twice\n")


def test_the_schema_comment_names_the_schema_nearest_above_the_claim(proj, tmp_path):
    # a project inside another's folder (examples/x/) has no schema/ of its own: '../schema/...' named no file
    inner = tmp_path / "repo" / "examples" / "x"
    (tmp_path / "repo" / "schema").mkdir(parents=True)
    (tmp_path / "repo" / "schema" / "claim.schema.json").write_text("{}")
    shutil.copytree(proj.root, inner)
    r = CliRunner().invoke(cli, ["new", *SAID, "--benchmark", "BigBench", "--id", "c9", "--project", str(inner)])
    assert r.exit_code == 0, r.output
    assert (inner / "claims" / "c9.yaml").read_text().splitlines()[0] == (
        "# yaml-language-server: $schema=../../../schema/claim.schema.json"
    )
    # -o elsewhere: the path from that folder; with no schema above it at all, the project layout's '../schema/'
    out = tmp_path / "repo" / "drafts" / "deeper" / "c9.yaml"
    r = CliRunner().invoke(cli, ["new", *SAID, "--benchmark", "BigBench", "-o", str(out), "--project", str(inner)])
    assert out.read_text().splitlines()[0] == "# yaml-language-server: $schema=../../schema/claim.schema.json"
    (tmp_path / "repo" / "schema" / "claim.schema.json").unlink()
    r = CliRunner().invoke(cli, ["new", *SAID, "--benchmark", "BigBench", "--id", "c8", "--project", str(inner)])
    assert (inner / "claims" / "c8.yaml").read_text().splitlines()[0] == (
        "# yaml-language-server: $schema=../schema/claim.schema.json"
    )
