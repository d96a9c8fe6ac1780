"""A `matches` tolerance in points is set for percents; on a narrower scale (a 0-10 judge's rating) it is looser, and
a caveat says by how much (MiniCPM3's "rivals" read on MT-Bench and AlignBench: 2 points is a fifth of their range)."""

MATCHES = (
    "  - kind: matches\n    competitors: [Beta-2]\n    tolerance: 2\n    tolerance_unit: {unit}\n"
    "    benchmarks: [JudgeBench, BigBench]\n"
)


def _project(proj):
    catalog = proj.root / "catalog" / "catalog.yaml"
    catalog.write_text(
        catalog.read_text()
        + "  - {id: judge-bench, name: JudgeBench, metric_kind: points, min_score: 0, max_score: 10}\n"
    )
    proj.scores(
        """
        Alpha-1,JudgeBench,score,,6.7,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,JudgeBench,score,,8.6,Beta Corp,https://b.example,T,2025-01-01,
        Alpha-1,BigBench,score,,70.0,Alpha Lab,https://a.example,T,2025-01-01,
        Beta-2,BigBench,score,,71.0,Beta Corp,https://b.example,T,2025-01-01,
        """
    )


def test_a_tolerance_in_points_on_a_0_to_10_scale_is_said_to_be_looser(proj):
    _project(proj)
    result = proj.one_claim(MATCHES.format(unit="points"))
    assert result.verdict == "supported"  # 6.7 "matches" 8.6 within 2 points: the caveat says what that means
    assert result.assertions[0].caveats == [
        "A tolerance of 2 points is 20% of the 0-10 range of JudgeBench, not 2% as on a percent benchmark: a match "
        "there is looser (tolerance_unit: percent reads alike on every scale)."
    ]


def test_a_relative_tolerance_needs_no_such_caveat(proj):
    _project(proj)
    result = proj.one_claim(MATCHES.format(unit="percent"))
    assert result.assertions[0].caveats == []
