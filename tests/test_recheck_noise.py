"""30 daily re-checks of unchanged evidence, each day's scores re-measured with binomial noise."""

import json

import numpy as np
import pytest

# true shares (Alpha-1, Beta-2) per benchmark of 200 items: no gap, small gaps, clear gaps
TRUTH = {
    "N0": (0.60, 0.60),
    "N1": (0.70, 0.70),
    "N2": (0.50, 0.51),
    "N3": (0.80, 0.78),
    "N4": (0.65, 0.61),
    "N5": (0.55, 0.49),
    "N6": (0.75, 0.65),
    "N7": (0.62, 0.47),
    "N8": (0.90, 0.70),
    "N9": (0.40, 0.42),
}
ITEMS = 200
DAYS = 30
CLAIM = """id: {id}
statement: "s"
source: {{publisher: P, url: "https://p.example", date: 2025-02-01}}
subject: Alpha-1
assertions:
  - {{kind: outperforms, competitors: [Beta-2], benchmarks: [{benches}], quantifier: {q}}}
"""


def _setup(proj):
    catalog = proj.root / "catalog" / "catalog.yaml"
    extra = "".join(f"  - {{id: {b.lower()}, name: {b}, items: {ITEMS}, items_status: exact}}\n" for b in TRUTH)
    catalog.write_text(catalog.read_text() + extra)
    (proj.root / "claims" / "alpha-beats-beta.yaml").unlink()
    claims = [(f"one-{b.lower()}", b, "all") for b in TRUTH]
    claims += [("all-small", "N3, N4, N5", "all"), ("most-mixed", "N0, N6, N7, N8", "most")]
    claims += [("any-gaps", "N1, N2, N9", "any"), ("all-clear", "N6, N7, N8", "all")]
    for cid, benches, q in claims:
        proj.claim(CLAIM.format(id=cid, benches=benches, q=q), f"{cid}.yaml")
    return len(claims)


def _day(proj, rng, multiplicity):
    from harness.report.jsonout import run_dict
    from harness.report.jsontext import dumps
    from harness.verify import Project, verify

    rows = []
    for b, (pa, pb) in TRUTH.items():
        for model, p in (("Alpha-1", pa), ("Beta-2", pb)):
            score = round(100 * rng.binomial(ITEMS, p) / ITEMS, 1)
            rows.append(f"{model},{b},pass@1,,{score},Lab,https://x.example,T,2025-01-01,")
    proj.scores("\n".join(rows))
    run = verify(Project(proj.root), [proj.root / "claims"], multiplicity=multiplicity)
    assert run.problems == []
    return json.loads(dumps(run_dict(run.results, [], run.alpha, multiplicity=multiplicity)))


@pytest.mark.parametrize("multiplicity", ["holm", "bh"])
def test_fewer_than_5_percent_of_claims_flip_over_30_noisy_rechecks(proj, tmp_path, multiplicity):
    from harness.report.baseline import check_drift

    n_claims = _setup(proj)
    rng = np.random.default_rng(20251204)
    baseline = tmp_path / "baseline.json"
    baseline.write_text(json.dumps(_day(proj, rng, multiplicity)))
    counted = raw = 0
    for _ in range(DAYS):
        drift = check_drift(_day(proj, rng, multiplicity), baseline, {"changed_beyond_noise"})
        for lines in drift.changes_by_claim.values():
            flipped = any(x.startswith("verdict ") for x in lines)
            raw += flipped
            counted += flipped and not any(x.startswith("the new verdict is within noise") for x in lines)
    checks = n_claims * DAYS
    # the verdicts themselves flip often (several claims sit near their boundary), the counted changes rarely
    assert raw / checks > 0.10
    assert counted / checks < 0.05
