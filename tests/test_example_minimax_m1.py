"""examples/minimax-m1: the MiniMax-M1 launch README (Jun 2025) verifies as its README says: a claim whose named
areas a competitor has no score on, and SWE-bench run on a subset by one side only."""

import json

from click.testing import CliRunner

from harness.cli.main import cli
from tests.test_examples import EXPECTED, REPO, _read_otherwise, _summary, _verify


def test_the_minimax_m1_launch_claim_verifies_as_its_readme_says():
    doc = _verify("examples/minimax-m1")
    assert doc["problems"] == []
    v = CliRunner().invoke(cli, ["validate", "--project", str(REPO / "examples/minimax-m1")])
    # every cell of the evaluation table (17 rows of 9 models) but its ten dashes
    assert (v.exit_code, v.output) == (0, "OK: 143 evidence rows, catalog and claims valid.\n")
    expected = json.loads((EXPECTED / "minimax-m1-verdicts.json").read_text())
    assert _summary(doc) == expected
    # MiniMax's own SWE-bench Verified is on 486 of its tasks; the competitors' rows say nothing: the note says
    # which side ran on the subset, and how
    [claim] = doc["claims"]
    swe = {
        x["competitor"]: x["notes"]
        for x in claim["assertions"][0]["comparisons"]
        if x["benchmark"] == "swe-bench-verified"
    }
    assert swe == {
        "deepseek-r1": ["setting stated on one side only: subset n=486 for MiniMax-M1-80K"],
        "qwen3-235b-a22b": ["setting stated on one side only: subset n=486 for MiniMax-M1-80K"],
    }


def test_minimax_m1_40k_the_other_of_our_models_falls_short_of_qwen3_overall(tmp_path):
    # "our models": the 40K model also leads both on the areas it names, but wins 8 of the 16 rows it shares with
    # Qwen3-235B-A22B, one short of more than half
    c = _read_otherwise(
        tmp_path,
        "minimax-m1",
        "minimax-m1-outperforms-open-models",
        "subject: MiniMax-M1-80K",
        "subject: MiniMax-M1-40K",
    )
    assert [a["verdict"] for a in c["assertions"]] == ["supported", "partially_supported"]
    assert c["verdict"] == "partially_supported"
    assert c["reason"].endswith(
        "wins 8 of 16 vs Qwen3-235B-A22B (needs more than half (9 or more) of the 16; 1 of the 17 benchmarks selected "
        "lacks a score on one side): loss on AIME 2024, loss on AIME 2025, loss on GPQA Diamond, loss on HLE (no tools) …"
    )
