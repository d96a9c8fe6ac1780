"""Claim-level `strict`: an emphatic claim split over assertions keeps its emphasis."""

ASSERTIONS = (
    "  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [BigBench]\n"  # 80 vs 70: holds
    "  - kind: outperforms\n    competitors: [Beta-2]\n    benchmarks: [MidBench]\n"  # 55 vs 58: refuted
)


def _claim(proj, strict: str) -> object:
    (proj.root / "claims" / "alpha-beats-beta.yaml").unlink()
    proj.claim(
        "id: s\nstatement: s\nsource: {publisher: P, url: 'https://p.example', date: 2025-02-01}\n"
        f"subject: Alpha-1\n{strict}assertions:\n" + ASSERTIONS,
        "s.yaml",
    )
    run = proj.verify(proj.root / "claims" / "s.yaml")
    assert [str(p) for p in run.problems] == []
    return run.results[0]


def test_without_strict_one_refuted_assertion_is_partial(proj):
    r = _claim(proj, "")
    assert [a.verdict for a in r.assertions] == ["supported", "refuted"]
    assert r.verdict == "partially_supported"


def test_a_strict_claim_with_one_refuted_assertion_is_refuted(proj):
    r = _claim(proj, "strict: true\n")
    assert [a.verdict for a in r.assertions] == ["supported", "refuted"]
    assert r.verdict == "refuted"
    assert r.reason.endswith("; strict claim: refuted, as assertion 2 is refuted")


def test_strict_is_in_the_schema():
    import json

    from harness.claims.authoring import claim_schema
    from tests.conftest import REPO

    schema = json.loads(claim_schema())
    assert schema["properties"]["strict"] == {"default": False, "title": "Strict", "type": "boolean"}
    assert json.loads((REPO / "schema" / "claim.schema.json").read_text()) == schema
