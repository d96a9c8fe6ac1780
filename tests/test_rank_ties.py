"""A subject tied with others across the top-k cut of a `ranks` claim: counted as the higher place, and said."""

import json

import pytest
from click.testing import CliRunner

from harness.cli.main import cli
from tests.conftest import CLAIM

MEMBERS = ["Alpha-1", "Beta-2", "Gamma-3", "Delta-4"]
TAIL = "ranked on Eval Watchdog's table against 3 other listed models (the evidence scores 3 of the 3 listed models released by 2025-02-01)"


@pytest.mark.parametrize(
    "top,values,extra,said,result",
    [
        # first with Beta-2 at 80.5: the reason said only "in the top 1", as for a clear first
        (1, (80.5, 80.5, 70, 60), [], "OpenBench: first, tied with Beta-2 at 80.5; ", "pass \\(first, tied with Beta-2 at 80.5\\)"),
        (2, (70, 80, 70, 60), [], "OpenBench: rank 2, tied with Gamma-3 at 70; ", "pass \\(rank 2, tied with Gamma-3 at 70\\)"),
        # a second source for the subject: its cell is not plain, and the unit is judged pair by pair
        (1, (80.5, 80.5, 70, 60), ["Alpha-1,OpenBench,pass@1,,80.5,Beta Corp,https://b.example,T,2025-01-01,"],
         "OpenBench: first, tied with Beta-2 at 80.5; ", "pass \\(first, tied with Beta-2 at 80.5\\)"),
        # two tied inside the top 3: the rule's reading of a tie decides nothing, nothing is said
        (3, (80, 80, 70, 60), [], "", "pass"),
    ],
)  # fmt: skip
def test_a_tie_at_the_cut_is_said_in_the_reason_and_the_rank_table(proj, tmp_path, top, values, extra, said, result):
    (proj.root / "claims" / "alpha-beats-beta.yaml").unlink()
    rows = [f"{m},OpenBench,pass@1,,{v},Eval Watchdog,https://w.example,T,2025-01-01," for m, v in zip(MEMBERS, values)]
    proj.scores("\n".join(rows + extra))
    ranks = f"  - kind: ranks\n    cohort: {{models: [Beta-2, Gamma-3, Delta-4]}}\n    top: {top}\n    benchmarks: [OpenBench]\n"
    proj.claim(CLAIM.format(id="c1", assertions=ranks), "c1.yaml")
    tail = TAIL.replace("on Eval Watchdog's table", "from 2 sources") if extra else TAIL
    reason = f"in the top {top} on 1 of 1 benchmark (needs all 1); {said}{tail}"
    # the compact JSON (its kept comparisons read from their rows) and the pages (every comparison made)
    compact = CliRunner().invoke(cli, ["verify", "--project", str(proj.root), "--json", "--no-report"])
    assert json.loads(compact.stdout)["claims"][0]["reason"] == reason
    pages = CliRunner().invoke(cli, ["verify", "--project", str(proj.root), "--report-dir", str(tmp_path / "r")])
    assert pages.exit_code == 0, pages.output
    md = (tmp_path / "r" / "c1.md").read_text()
    rank = 1 if values[0] == max(values) else 2
    assert f"| OpenBench | {rank} | 4 | – | – | – | – | {result} | – | – |" in md.splitlines()
    escaped = reason.replace("(", r"\(").replace(")", r"\)")
    assert "Reason: " + escaped in md.splitlines()
    html = (tmp_path / "r" / "c1.html").read_text()
    assert "<td>" + result.replace("\\", "") + "</td>" in html and reason.replace("'", "&#39;") in html
