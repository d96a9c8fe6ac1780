import shutil
import sys
import textwrap
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # for tests/openai_server.py
FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).parent.parent
CLAIM = """
id: {id}
statement: "s"
source: {{publisher: P, url: "https://p.example", date: 2025-02-01}}
subject: Alpha-1
assertions:
{assertions}
"""
HEADER = "model,benchmark,metric,setting,score,reported_by,source_url,source_locator,as_of_date,notes\n"


@pytest.fixture(autouse=True)
def _isolate(monkeypatch, tmp_path):
    monkeypatch.setenv("MPLCONFIGDIR", str(tmp_path / "mpl"))
    monkeypatch.setenv("BENCHCLAIMS_CACHE", str(tmp_path / "cache"))


class Proj:
    """A throwaway copy of tests/fixtures/project to edit per test."""

    def __init__(self, root: Path):
        self.root = root

    def claim(self, text: str, name: str = "c.yaml") -> Path:
        path = self.root / "claims" / name
        path.write_text(textwrap.dedent(text))
        return path

    def scores(self, rows: str, name: str = "scores.csv") -> Path:
        path = self.root / "results" / "published" / name
        path.write_text(HEADER + textwrap.dedent(rows).strip() + "\n")
        return path

    def pair_scores(self, alpha: dict, beta: dict) -> Path:
        """Write plain pass@1 rows: Alpha-1 per Alpha Lab, Beta-2 per Beta Corp, {benchmark: score}."""
        rows = [f"Alpha-1,{b},pass@1,,{v},Alpha Lab,https://a.example,T,2025-01-01," for b, v in alpha.items()]
        rows += [f"Beta-2,{b},pass@1,,{v},Beta Corp,https://b.example,T,2025-01-01," for b, v in beta.items()]
        return self.scores("\n".join(rows))

    def sized(self, sizes: dict[str, float]) -> None:
        """Give catalog models a sourced parameter count: {name: billions}."""
        catalog = self.root / "catalog" / "catalog.yaml"
        text = catalog.read_text()
        for name, size in sizes.items():
            old = f"name: {name},"
            assert old in text
            text = text.replace(old, f"{old} parameters_b: {size}, parameters_source: https://lab.example/{name},")
        catalog.write_text(text)

    def one_claim(self, assertions: str, claim_id: str = "c1"):
        """Verify a single claim about Alpha-1 (the fixture claim removed); return its result."""
        (self.root / "claims" / "alpha-beats-beta.yaml").unlink(missing_ok=True)
        self.claim(CLAIM.format(id=claim_id, assertions=assertions), f"{claim_id}.yaml")
        run = self.verify(self.root / "claims" / f"{claim_id}.yaml")
        assert [str(p) for p in run.problems] == []
        return run.results[0]

    def verify(self, *paths, alpha=0.05):
        from harness.verify import Project, verify

        return verify(Project(self.root), list(paths) or [self.root / "claims"], alpha=alpha)


@pytest.fixture
def proj(tmp_path) -> Proj:
    root = tmp_path / "proj"
    shutil.copytree(FIXTURES / "project", root)
    return Proj(root)


def load_scores(root: Path, rows: list[str], header: str = HEADER):
    """Load the project at `root` (its catalog written) whose only evidence is these published score rows
    (CSV lines under `header`) and which has no claims; it must load without a problem."""
    from harness.verify import Project, load_project

    (root / "results" / "published").mkdir(parents=True)
    (root / "results" / "published" / "scores.csv").write_text(header + "\n".join(rows) + "\n")
    (root / "claims").mkdir()
    run, _ = load_project(Project(root), [])
    assert run.problems == []
    return run


def seed_catalog(root: Path) -> Path:
    """A project at `root` with the seed's hand-written catalog (models, benchmarks) and no evidence."""
    (root / "catalog").mkdir(parents=True)
    for name in ("models.yaml", "benchmarks.yaml"):
        shutil.copy(REPO / "catalog" / name, root / "catalog" / name)
    return root


@pytest.fixture
def seeded_project(tmp_path) -> Path:
    """A project with the seed's hand-written catalog and no evidence, for the importers' tests."""
    return seed_catalog(tmp_path / "proj")


@pytest.fixture(scope="module")
def ex(tmp_path_factory):
    """The lexicon extractor over the seed catalog plus the extraction fixtures' catalog."""
    from harness.claims.catalog import load_catalog
    from harness.extract.lexicon import Extractor

    root = tmp_path_factory.mktemp("catalog")
    shutil.copytree(REPO / "catalog", root / "catalog", ignore=shutil.ignore_patterns("imported.yaml", "aliases"))
    shutil.copy(FIXTURES / "extract" / "catalog.yaml", root / "catalog" / "zz-extract.yaml")
    return Extractor(load_catalog(root / "catalog", root))


def imported(project: Path, fmt: str, path: Path, *extra: str) -> dict:
    """`import FMT PATH --add-unmapped --json` into `project`; its --json report (the import must succeed)."""
    import json

    from click.testing import CliRunner

    from harness.cli.main import cli

    r = CliRunner().invoke(
        cli, ["import", fmt, str(path), "--add-unmapped", *extra, "--project", str(project), "--json"]
    )
    assert r.exit_code == 0, r.output
    return json.loads(r.stdout)
