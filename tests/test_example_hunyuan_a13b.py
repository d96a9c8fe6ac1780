"""examples/hunyuan-a13b: the Hunyuan-A13B launch README (Jun 2025) verifies as its README says, the two versions of
its base table of one day included."""

import json

from click.testing import CliRunner

from harness.cli.main import cli
from tests.test_examples import EXPECTED, REPO, _read_otherwise, _summary, _verify


def test_the_hunyuan_a13b_launch_claims_verify_as_its_readme_says():
    doc = _verify("examples/hunyuan-a13b")
    assert doc["problems"] == []
    v = CliRunner().invoke(cli, ["validate", "--project", str(REPO / "examples/hunyuan-a13b")])
    # the launch README's base table (15 x 5, one dash) and instruct table (21 x 4), and the 14 numbers the same
    # afternoon's revision changed or added
    assert (v.exit_code, v.output) == (0, "OK: 172 evidence rows, catalog and claims valid.\n")
    expected = json.loads((EXPECTED / "hunyuan-a13b-verdicts.json").read_text())
    assert _summary(doc) == expected
    # GPQA of the base model is 43.44 at launch and 49.12 two hours later, both dated 2025-06-27: the two are said
    # to be one document's versions, and the comparison is open where the choice decides it
    [claim] = [c for c in doc["claims"] if c["id"] == "hunyuan-a13b-base-rivals-larger"]
    gpqa = {x["competitor"]: x for x in claim["assertions"][0]["comparisons"] if x["benchmark"] == "gpqa"}
    assert {k: (x["outcome"], x["notes"]) for k, x in gpqa.items()} == {
        competitor: (
            "conflict",
            [
                "sources disagree (Hunyuan-A13B-Pretrain: 43.44 at df832eb and 49.12 at c9e411c per Tencent Hunyuan, "
                "versions of one document both dated 2025-06-27, which their dates cannot order); the choice changes "
                "the outcome"
            ],
        )
        for competitor in ("qwen3-235b-a22b-base", "qwen2.5-72b")
    }


def test_hunyuan_a13b_agent_claim_as_the_readme_worded_it_that_evening(tmp_path):
    # 9bc5699 (23:07 the same day) added C3-Bench, where it leads: still short on tau-Bench, behind OpenAI-o1-1217
    c = _read_otherwise(
        tmp_path,
        "hunyuan-a13b",
        "hunyuan-a13b-leading-agent-results",
        "benchmarks: [BFCL v3, τ-Bench]",
        "benchmarks: [BFCL v3, τ-Bench, C3-Bench]",
    )
    assert (c["verdict"], c["reason"]) == (
        "partially_supported",
        "in the top 1 on 2 of 3 benchmarks (needs all 3); not on τ-Bench; ranked on Tencent Hunyuan's table against "
        "3 other listed models (the evidence scores 3 of the 3 listed models released by 2025-06-27)",
    )
    # read among the open models of the table alone, it leads on both: the one model ahead on tau-Bench is closed
    c = _read_otherwise(
        tmp_path / "open",
        "hunyuan-a13b",
        "hunyuan-a13b-leading-agent-results",
        "models: [OpenAI-o1-1217, DeepSeek-R1, Qwen3-235B-A22B]",
        "models: [DeepSeek-R1, Qwen3-235B-A22B]",
    )
    assert (c["verdict"], c["reason"]) == (
        "supported",
        "in the top 1 on 2 of 2 benchmarks (needs all 2); ranked on Tencent Hunyuan's table against 2 other listed "
        "models (the evidence scores 2 of the 2 listed models released by 2025-06-27)",
    )
