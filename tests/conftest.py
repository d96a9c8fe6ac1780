import shutil
import sys
import textwrap
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))  # for tests/openai_server.py
FIXTURES = Path(__file__).parent / "fixtures"
REPO = Path(__file__).parent.parent
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

    def verify(self, *paths, alpha=0.05):
        from harness.verify import Project, verify

        return verify(Project(self.root), list(paths) or [self.root / "claims"], alpha=alpha)


@pytest.fixture
def proj(tmp_path) -> Proj:
    root = tmp_path / "proj"
    shutil.copytree(FIXTURES / "project", root)
    return Proj(root)
