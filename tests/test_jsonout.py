import json

from hypothesis import given
from hypothesis import strategies as st

from harness.report.jsonout import dumps, iter_dumps
from tests.conftest import REPO

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text()
values = st.recursive(scalars, lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner), max_leaves=30)


def _std(data) -> str:
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


@given(st.dictionaries(st.text(), values))
def test_same_bytes_as_the_standard_library(data):
    assert dumps(data) == _std(data)


def test_same_bytes_on_the_committed_baseline():
    data = json.loads((REPO / "reports" / "baseline.json").read_text())
    assert dumps(data) == _std(data)
    assert "".join(iter_dumps(data)) == _std(data)


def test_a_dict_shared_by_many_comparisons_is_encoded_at_each_depth():
    from harness.report.jsonout import _Shared

    shared = _Shared({"b": 1.5, "a": "x"})
    shared.texts = {}
    data = {"one": [shared], "two": {"deeper": [shared, shared]}}
    assert dumps(data) == _std(json.loads(json.dumps(data)))


def test_numbers_that_are_not_finite_are_written_as_null():
    text = dumps({"a": float("nan"), "b": [float("inf"), 1.5], "c": {"d": float("-inf")}})
    assert "NaN" not in text and "Infinity" not in text
    assert json.loads(text) == {"a": None, "b": [None, 1.5], "c": {"d": None}}


def test_the_seed_in_both_layouts_says_the_same_and_compact_lists_each_row_once():
    from harness.report.baseline import resolve
    from harness.report.jsonout import run_dict
    from harness.verify import Project, verify

    run = verify(Project(REPO), [REPO / "claims"])
    full = json.loads(dumps(run_dict(run.results, run.problems, run.alpha, run.reruns, detail="full")))
    compact = json.loads(dumps(run_dict(run.results, run.problems, run.alpha, run.reruns)))
    assert (full["schema_version"], compact["schema_version"]) == (1, 2)
    ids = [r["id"] for r in compact["evidence_rows"]]
    assert ids == sorted(set(ids))
    resolved = resolve(compact)
    table_only = {"id", "model", "benchmark", "metric", "stderr", "n"}
    for f, c in zip(full["claims"], resolved["claims"], strict=True):
        assert {k: v for k, v in f.items() if k != "assertions"} == {k: v for k, v in c.items() if k != "assertions"}
        for fa, ca in zip(f["assertions"], c["assertions"], strict=True):
            deciding = {(r["benchmark"], m) for r in ca["ranks"] for m in r.pop("deciding_members")}
            assert fa["ranks"] == ca["ranks"]
            kept = [
                x for x in fa["comparisons"] if fa["kind"] != "ranks" or (x["benchmark"], x["competitor"]) in deciding
            ]
            for x in ca["comparisons"]:
                assert x.pop("subject_rows") + x.pop("competitor_rows") == [s["id"] for s in x["sources"]]
                x["sources"] = [{k: v for k, v in s.items() if k not in table_only} for s in x["sources"]]
            assert kept == ca["comparisons"]
    ranks = next(a for c in compact["claims"] for a in c["assertions"] if a["kind"] == "ranks")
    full_ranks = next(a for c in full["claims"] for a in c["assertions"] if a["kind"] == "ranks")
    # the seed's cohort claim (top 1): a unit keeps at least its two best members and any left open,
    # so 35 of the 49 pairwise comparisons, and every benchmark's unit has at least one
    assert (len(full_ranks["comparisons"]), len(ranks["comparisons"])) == (49, 35)
    assert {c["benchmark"] for c in ranks["comparisons"]} == {c["benchmark"] for c in full_ranks["comparisons"]}
