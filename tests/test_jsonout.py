import json

from hypothesis import given, settings
from hypothesis import strategies as st

from harness.report.jsontext import dumps, iter_dumps
from tests.conftest import REPO
from tests.test_jsontext import _std


def _layouts(root, paths=None):
    from harness.report.jsonout import run_dict
    from harness.verify import Project, verify

    run = verify(Project(root), paths or [root / "claims"])
    assert run.problems == []
    full = dumps(run_dict(run.results, run.problems, run.alpha, run.reruns, detail="full"))
    compact = dumps(run_dict(run.results, run.problems, run.alpha, run.reruns))
    return json.loads(full), json.loads(compact), full, compact


def _same_records(full: dict, expanded: dict) -> int:
    """`expand(compact)` against the full layout, record for record: equal, less the comparisons of
    rank units that do not decide them (the compact layout leaves them out). Returns the comparisons compared."""
    assert {k: v for k, v in full.items() if k != "claims"} == {k: v for k, v in expanded.items() if k != "claims"}
    compared = 0

    def claim(f, e):
        nonlocal compared
        rest = {"assertions", "variants"}
        assert {k: v for k, v in f.items() if k not in rest} == {k: v for k, v in e.items() if k not in rest}
        for fa, ea in zip(f["assertions"], e["assertions"], strict=True):
            deciding = {(r["benchmark"], m) for r in ea["ranks"] for m in r["deciding_members"]}
            assert fa["ranks"] == [{k: v for k, v in r.items() if k != "deciding_members"} for r in ea["ranks"]]
            kept = [
                x for x in fa["comparisons"] if fa["kind"] != "ranks" or (x["benchmark"], x["competitor"]) in deciding
            ]
            assert kept == ea["comparisons"]
            compared += len(kept)
            rest = {"comparisons", "ranks"}
            assert {k: v for k, v in fa.items() if k not in rest} == {k: v for k, v in ea.items() if k not in rest}
        for fv, ev in zip(f.get("variants", []), e.get("variants", []), strict=True):
            claim(fv, ev)

    for f, e in zip(full["claims"], expanded["claims"], strict=True):
        claim(f, e)
    return compared


def _no_defaults_written(compact: dict) -> None:
    from harness.report.jsonrecords import COMPARISON_DEFAULTS, POWER_DEFAULTS, RANK_DEFAULTS, ROW_DEFAULTS

    def left_out(record, defaults):
        return not any(k in record and record[k] == d and type(record[k]) is type(d) for k, d in defaults.items())

    for claim in compact["claims"] + [v for c in compact["claims"] for v in c["variants"]]:
        for a in claim["assertions"]:
            assert all(left_out(c, COMPARISON_DEFAULTS) for c in a["comparisons"])
            assert all(left_out(c.get("power") or {}, POWER_DEFAULTS) for c in a["comparisons"])
            assert all(left_out(r, RANK_DEFAULTS) for r in a["ranks"])
    assert all(left_out(r, ROW_DEFAULTS) and "row_id" not in r for r in compact["evidence_rows"])


def test_the_seed_expanded_from_the_compact_layout_is_the_full_layout_record_for_record():
    from harness.report.jsonexpand import expand

    full, compact, full_text, compact_text = _layouts(REPO)
    assert (full["schema_version"], compact["schema_version"], compact["detail"]) == (1, 2, "compact")
    assert full_text == _std(full)  # the full layout is the standard library's, indented and sorted
    ids = [r["id"] for r in compact["evidence_rows"]]
    assert ids == sorted(set(ids))
    assert sum("@" in i for i in ids) == 3  # rows read from a snapshot: the id names it, `snapshot` too
    # every row the comparisons name is listed once, and only those
    used = {k for c in compact["claims"] for a in c["assertions"] for x in a["comparisons"]
            for k in x["subject_rows"] + x["competitor_rows"]}  # fmt: skip
    assert used == set(ids)
    _no_defaults_written(compact)
    expanded = expand(compact)
    assert "evidence_rows" not in expanded and "detail" not in expanded
    # the seed's cohort claim (top 1): a unit keeps at least its two best members and any left open,
    # so 35 of the 49 pairwise comparisons, and every benchmark's unit has at least one
    ranks = next(a for c in compact["claims"] for a in c["assertions"] if a["kind"] == "ranks")
    full_ranks = next(a for c in full["claims"] for a in c["assertions"] if a["kind"] == "ranks")
    assert (len(full_ranks["comparisons"]), len(ranks["comparisons"])) == (49, 35)
    assert {c["benchmark"] for c in ranks["comparisons"]} == {c["benchmark"] for c in full_ranks["comparisons"]}
    assert _same_records(full, expanded) == sum(
        len(a["comparisons"]) for c in compact["claims"] for a in c["assertions"]
    )
    assert len(compact_text) < 0.5 * len(full_text)


def test_a_synthetic_cohort_project_expanded_is_the_full_layout_record_for_record(tmp_path):
    import sys

    sys.path.insert(0, str(REPO / "bench"))
    from synthetic import generate  # bench/synthetic.py

    from harness.report.jsonexpand import expand

    root = generate(tmp_path / "p", n_models=60, n_rows=3_000, n_claims=12, cohorts=True)
    (root / "claims" / "claim-00001.yaml").write_text(
        (root / "claims" / "claim-00001.yaml")
        .read_text()
        .replace("assertions:", "subject_variants: [Model 0003]\nassertions:")
    )
    full, compact, _, _ = _layouts(root)
    kinds = [a["kind"] for c in compact["claims"] for a in c["assertions"]]
    assert (kinds.count("ranks"), kinds.count("outperforms"), kinds.count("matches")) == (3, 6, 3)
    assert sum(len(c["variants"]) for c in compact["claims"]) == 2  # the claim's subject, and its variant
    _no_defaults_written(compact)
    assert _same_records(full, expand(compact)) > 100
    # the full layout is left as it is
    assert expand(full) is full


def test_a_compact_record_at_its_defaults_expands_to_every_field():
    from harness.report.jsonexpand import expand

    row = {"id": "abc@0123456789ab", "model": "m", "benchmark": "b", "metric": "acc", "value": 50.0, "reported_by": "R",
           "url": "https://r.example", "locator": "T1", "snapshot": "0123456789abcdef", "origin": "r.csv:2"}  # fmt: skip
    comparison = {"benchmark": "b", "competitor": "c", "outcome": "win", "subject_value": 50.0,
                  "competitor_value": 40.0, "delta": 10.0, "test": "t", "power": {},
                  "subject_rows": ["abc@0123456789ab"], "competitor_rows": []}  # fmt: skip
    rank = {"benchmark": "b", "status": "pass", "rank_best": 1, "rank_worst": 1, "cohort_size": 2}
    doc = {"schema_version": 2, "detail": "compact", "evidence_rows": [row],
           "claims": [{"id": "x", "variants": [], "assertions": [{"comparisons": [comparison], "ranks": [rank]}]}]}  # fmt: skip
    [a] = expand(doc)["claims"][0]["assertions"]
    assert a["comparisons"] == [
        {**{k: v for k, v in comparison.items() if not k.endswith("_rows")}, "stderr": None, "p_value": None,
         "p_adjusted": None, "significant": None, "delta_interval": None, "min_detectable_difference": None,
         "power": {"mdd_50": None, "mdd_80": None, "items_now": None, "items_needed": None, "factor_needed": None,
                   "at_boundary": False, "discordant": None, "fragility": None, "fragility_to": None,
                   "runs_needed_at_least": None},
         "conflict": False, "alternatives": [], "notes": [],
         "sources": [{"row_id": "abc", "origin": "r.csv:2", "value": 50.0, "reported_by": "R", "first_party": None,
                      "url": "https://r.example", "locator": "T1", "as_of": None, "setting": "", "kind": "published",
                      "partial": False, "snapshot": "0123456789abcdef", "side": "subject"}]}
    ]  # fmt: skip
    assert a["ranks"] == [{**rank, "top_k_probability": None, "tie_group_rank": None, "tie_group": None,
                           "rank_set": None, "rank_method": None, "missing_members": [], "subject_missing": False,
                           "deciding_members": []}]  # fmt: skip
    assert doc["claims"][0]["assertions"][0]["comparisons"][0] == comparison  # the document is left as it was


def test_output_comes_in_pieces_of_about_8_kb():
    from harness.report.jsonout import run_dict
    from harness.report.jsontext import CHUNK
    from harness.verify import Project, verify

    run = verify(Project(REPO), [REPO / "claims"])
    data = run_dict(run.results, run.problems, run.alpha, run.reruns, lazy=True)
    pieces = list(iter_dumps(data))
    assert len(pieces) > 3 and all(len(p) >= CHUNK for p in pieces[:-1])
    assert "".join(pieces) == dumps(run_dict(run.results, run.problems, run.alpha, run.reruns))


def test_claims_encoded_where_they_are_verified_give_the_same_bytes_as_the_whole_run(tmp_path):
    # `verify --json` joins texts its workers made (claims, and the rows each refers to): the same
    # output as the run written whole, in either layout, on the seed and on a synthetic cohort project
    import sys

    sys.path.insert(0, str(REPO / "bench"))
    from synthetic import generate  # bench/synthetic.py

    from harness.report.jsonout import run_dict
    from harness.verify import Project, verify

    root = generate(tmp_path / "p", n_models=60, n_rows=3_000, n_claims=8, cohorts=True)
    for project in (REPO, root):
        for detail in ("compact", "full"):
            run = verify(Project(project), [project / "claims"], encode=detail)
            whole = dumps(run_dict(run.results, run.problems, run.alpha, run.reruns, detail=detail))
            joined = run_dict([], run.problems, run.alpha, run.reruns, detail=detail, encoded=(run.texts, run.rows))
            assert "".join(iter_dumps(joined)) == whole
            run.close()


_power_value = st.sampled_from([None, 0.0, -0.0, 1, 1.0, 2.5004, 1e-7])


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(_power_value, _power_value, st.booleans()), min_size=1, max_size=8))
def test_a_power_records_line_made_once_is_the_line_made_afresh(fields):
    """A Power's line is made once per object and read after: equal to the line made from it afresh, also
    for equal records that write differently (0.0 and -0.0, 1 and 1.0), which are kept apart."""
    from harness.judge.power import Power
    from harness.report import jsonrecords
    from harness.report.jsontext import line_text

    powers = [Power(a, b, at_boundary=flag, fragility=3 if flag else None) for a, b, flag in fields]
    for p in powers + powers[::-1]:
        fresh = {k: v for k, v in p.as_json().items() if v is not None and v is not False}
        assert line_text(jsonrecords._power_line(p)) == line_text(fresh)


def test_a_small_p_is_written_with_three_significant_digits_in_both_layouts_never_as_zero(monkeypatch):
    """The seed's HLE (text-only) comparison of DeepSeek-V3.2 with MiniMax M2 (25.1 against 12.5) has p
    1.16e-25; six decimals wrote it "p_value": 0.0, a p of zero, and the arena-rating z-test against GLM-4.6's
    1.36e-06 as 1e-06. The page prints "<0.001", a bound."""
    from click.testing import CliRunner

    from harness.cli.main import cli

    monkeypatch.chdir(REPO)
    lines = {}
    for detail in ("compact", "full"):
        out = CliRunner().invoke(cli, ["verify", "--json", "--no-report", "--detail", detail]).stdout
        comparisons = [
            x
            for c in json.loads(out)["claims"]
            for a in c["assertions"]
            for x in a["comparisons"]
            if (x["benchmark"], x["competitor"]) in {("hle-text", "minimax-m2"), ("lmarena-text", "glm-4.6")}
        ]
        lines[detail] = sorted({(x["benchmark"], x["p_value"], x["p_adjusted"]) for x in comparisons})
    want = [("hle-text", 1.16e-25, 1.16e-25), ("lmarena-text", 1.36e-06, 1.36e-06)]
    assert lines == {"compact": want, "full": want}
    text = CliRunner().invoke(cli, ["verify", "--json", "--no-report"]).stdout
    assert '"stderr": 1.176068, "p_value": 1.16e-25, "p_adjusted": 1.16e-25, "significant": true' in text
    page = (REPO / "reports" / "v32-top-open-source.md").read_text()
    assert "| MiniMax M2 | 25.1 | 12.5 | 12.6 | 1.18 | 10.3 to 14.9 | <0.001 | <0.001 |" in page
