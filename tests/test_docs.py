"""The README and the code agree: every claim field it names exists, every CLI option is documented."""

import json
import os
import re
import subprocess
import sys

import click

from harness.claims.authoring import claim_schema
from harness.cli.main import cli
from tests.conftest import REPO

README = (REPO / "README.md").read_text()


def _section(title: str) -> str:
    start = README.index(f"## {title}\n")
    end = README.find("\n## ", start + 1)
    return README[start:end]


def _schema_words() -> set[str]:
    """Every property name and every allowed literal value in the claim schema."""
    words: set[str] = set()

    def walk(node):
        if isinstance(node, dict):
            words.update(node.get("properties", {}))
            words.update(str(v) for v in node.get("enum", []))
            if "const" in node:
                words.add(str(node["const"]))
            for v in node.values():
                walk(v)
        elif isinstance(node, list):
            for v in node:
                walk(v)

    walk(json.loads(claim_schema()))
    return words


def test_every_claim_field_and_value_the_readme_names_exists_in_the_schema():
    section = _section("Writing a claim")
    example = section[section.index("```yaml") : section.index("```", section.index("```yaml") + 3)]
    named = set(re.findall(r"^\s*(?:-\s*)?([a-z_]+):", example, re.M))  # keys of the example file
    for comment in re.findall(r"#(.*)$", example, re.M):
        for group in re.findall(r"\{([^}]*)\}", comment):  # "setting {tools, aggregation, ...}"
            named |= {w.split(":")[0].strip() for w in group.split(",")}
        if "|" in comment:  # "outperforms | matches | ranks | score", "any | {at_least: k}"
            named |= {w.strip(" {}").split(":")[0] for w in comment.split("|")}
    prose = re.sub(r"```.*?```", "", section, flags=re.S)
    for code in re.findall(r"`([^`]+)`", prose):  # `margin`, `op: equals`, `tolerance_unit: points | percent`
        if re.fullmatch(r"[a-z_]+(: [a-z_| ]+)?", code):
            named |= set(re.findall(r"[a-z_]+", code))
    missing = sorted(named - _schema_words() - {"true", "false"})
    assert missing == []
    assert {"prompt", "at_least", "tolerance_unit", "open_weights"} <= named


def test_every_cli_option_is_in_the_readme():
    missing = []
    for name, command in cli.commands.items():
        for param in command.params:
            if isinstance(param, click.Option):
                if not any(opt in README for opt in param.opts if opt.startswith("--")):
                    missing.append(f"{name} {'/'.join(param.opts)}")
    assert missing == []


def test_the_five_minute_project_runs_as_written(tmp_path):
    """The README's own-project commands, run by bash exactly as written, from an empty folder."""
    section = _section("Your own project in five minutes")
    script = section[section.index("```bash\n") + 8 : section.index("```", section.index("```bash\n") + 8)]
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    shim = bin_dir / "benchclaims"
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m harness "$@"\n')
    shim.chmod(0o755)
    env = dict(os.environ, PATH=f"{bin_dir}{os.pathsep}{os.environ['PATH']}", PYTHONPATH=str(REPO))
    work = tmp_path / "work"
    work.mkdir()
    done = subprocess.run(["bash", "-euo", "pipefail", "-c", script], cwd=work, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    project = work / "my-claims"
    assert (project / "claims" / "model-a-beats-model-b-on-bench-one.yaml").is_file()
    assert "OK: 2 evidence rows, catalog and claims valid." in done.stdout
    assert re.search(r"model-a-beats-model-b-on-bench-one\s+supported\s+significant", done.stdout), done.stdout
    assert (project / "reports" / "index.html").is_file()


def test_the_five_minute_project_says_to_start_outside_the_clone(monkeypatch):
    """A new user comes from the Quick start at the clone's root, itself a project, where `init` is refused: the
    section says where to run its commands, and the refusal it names is the one `init` gives there."""
    from click.testing import CliRunner

    section = _section("Your own project in five minutes")
    prose = " ".join(section[: section.index("```bash")].split())
    assert "from a folder outside this clone (`cd ..` after the Quick start: this clone is a project itself," in prose
    said = re.search(r"`(Error: my-claims: is inside the project at) \.\.\.`", prose)
    assert said is not None
    monkeypatch.chdir(REPO)  # the clone's root, where the Quick start leaves a new user; the refusal writes nothing
    r = CliRunner().invoke(cli, ["init", "my-claims"])
    assert r.exit_code == 2
    assert r.stderr == f"{said.group(1)} {REPO}; give a folder outside it for a new project\n"
    assert not (REPO / "my-claims").exists()


def test_the_readme_s_epoch_example_on_the_bundled_data_prints_what_it_says(tmp_path):
    """'benchclaims import epoch tests/fixtures/importers/epoch/benchmarks_runs.csv' on the seed: the same content,
    nothing written, the names the catalog lacks counted as the README counts them; then `evidence`."""
    import shutil

    from click.testing import CliRunner

    said = re.search(r"changes nothing \(it lists the (\d+) names the catalog lacks\)", README)
    assert said is not None
    for folder in ("catalog", "results", "claims"):
        shutil.copytree(REPO / folder, tmp_path / folder)
    before = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file()}
    source = str(REPO / "tests" / "fixtures" / "importers" / "epoch" / "benchmarks_runs.csv")
    r = CliRunner().invoke(cli, ["import", "epoch", source, "--project", str(tmp_path), "--json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert data["snapshot"]["new"] is False and len(data["unmapped"]) == int(said.group(1))
    after = {p: p.read_bytes() for p in tmp_path.rglob("*") if p.is_file() and ".benchclaims" not in p.name}
    assert after == before
    r = CliRunner().invoke(cli, ["evidence", "GPT-5 (high)", "GPQA Diamond", "--project", str(tmp_path)])
    assert r.exit_code == 0, r.output
    rows = [line.strip().split(" | ") for line in r.stdout.splitlines() if line.strip().startswith("GPQA Diamond |")]
    assert sorted((row[2], row[4].split(" ")[0]) for row in rows) == [
        ("85.7", "DeepSeek-AI"),
        ("85.7", "xAI"),
        ("86.2 ±2", "Epoch"),
    ]


def test_every_module_is_in_the_readme_s_module_table():
    # the table is where a reader looks up which module does what: evidence/reimport.py (886eb68) was left out
    # of it, and judge/fragility_sides.py and power_batch.py before
    root = REPO
    table = [line for line in README.splitlines() if line.startswith("| `harness/")]
    named = " ".join(line.split(" | ")[0] for line in table)
    missing = [
        str(path.relative_to(root))
        for path in sorted((root / "harness").rglob("*.py"))
        if path.name != "__init__.py"
        and f"`{path.name}`" not in named
        and f"`{path.relative_to(root)}`" not in named
        and f"`{path.parent.relative_to(root)}/`" not in named
    ]
    assert missing == []


def test_the_readme_s_seed_table_gives_the_figures_verify_prints():
    # the seed table said "first ... on 14 of 18 benchmarks" (DeepSeek's tables alone, the first-party view) where
    # `verify` prints "14 of 19" for the claim (LMArena text is the 19th): each row's verdict, strength, every
    # "N of M" and every "score ± SE" of its Why is read against the claim's own line in `verify --json`
    from click.testing import CliRunner

    r = CliRunner().invoke(cli, ["verify", "--json", "--no-report", "--project", str(REPO)])
    assert r.exit_code == 0, r.output
    claims = json.loads(r.stdout)["claims"]
    table = [line for line in _section("The seed claims").splitlines() if line.startswith("| ")]
    rows = [line.split(" | ") for line in table[1:]]  # below the header (the |---| line starts "|-")
    assert len(rows) == len(claims) == 3
    checked = []
    for quoted_cell, verdict, strength, why in rows:
        quoted = re.search(r'"([^"]+)"', quoted_cell).group(1)
        # the table quotes a claim's sentence in short ("surpassed [Google's most advanced] Gemini 3 Pro")
        [claim] = [c for c in claims if set(quoted.split()) <= set(c["statement"].split())]
        figures = re.findall(r"\b\d+ of \d+\b|\d+(?:\.\d+)? ± \d+(?:\.\d+)?", why)
        assert figures
        checked.append((claim["id"], verdict, strength, [f for f in figures if f not in claim["reason"]]))
    assert sorted(checked) == sorted(
        (c["id"], c["verdict"].replace("_", " "), c["strength"].replace("_", " "), []) for c in claims
    )
    # the first-party view's figure, which the section on ranking quotes
    [top] = [c for c in claims if c["id"] == "v32-top-open-source"]
    said = re.search(r"models on (\d+ of \d+) benchmarks, and that view's reason", README)
    assert (
        said is not None
        and f"in the top 1 on {said.group(1)} benchmarks" in top["independent"]["first_party"]["reason"]
    )
