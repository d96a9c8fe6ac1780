import json

from hypothesis import given
from hypothesis import strategies as st

from harness.report.jsontext import dumps
from tests.conftest import REPO

scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text()
values = st.recursive(scalars, lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner), max_leaves=30)


def _std(data) -> str:
    return json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


@given(st.dictionaries(st.text(), values))
def test_same_bytes_as_the_standard_library(data):
    assert dumps(data) == _std(data)


def _as_written(data: dict) -> dict:
    """A parsed compact output with its one-line records (comparisons, rank rows, coverage, evidence
    rows) made `Line`s again, their fields in the order read."""
    from harness.report.jsontext import Line

    def claim(c):
        for a in c["assertions"]:
            a["comparisons"] = [Line(x) for x in a["comparisons"]]
            a["ranks"] = [Line(x) for x in a["ranks"]]
            if "coverage" in a:
                a["coverage"] = Line(a["coverage"])
        for v in c.get("variants", []):
            claim(v)

    for c in data["claims"]:
        claim(c)
    data["evidence_rows"] = [Line(r) for r in data["evidence_rows"]]
    return data


def test_the_committed_baseline_is_indented_json_with_one_line_records():
    text = (REPO / "reports" / "baseline.json").read_text()
    data = json.loads(text)
    assert dumps(_as_written(data)) == text
    lines = text.splitlines()
    assert len(lines) < 1000 and sum(len(x) > 200 for x in lines) > 100  # 83 KB of records, one a line


def test_a_dict_shared_by_many_comparisons_is_encoded_at_each_depth():
    from harness.report.jsontext import Shared

    shared = Shared({"b": 1.5, "a": "x"})
    shared.texts = {}
    data = {"one": [shared], "two": {"deeper": [shared, shared]}}
    assert dumps(data) == _std(json.loads(json.dumps(data)))


def test_numbers_that_are_not_finite_are_written_as_null():
    text = dumps({"a": float("nan"), "b": [float("inf"), 1.5], "c": {"d": float("-inf")}})
    assert "NaN" not in text and "Infinity" not in text
    assert json.loads(text) == {"a": None, "b": [None, 1.5], "c": {"d": None}}
    from harness.report.jsontext import Line

    one_line = Line(x=float("nan"), y=[1.5, float("-inf")], z={"w": float("inf")})
    assert dumps({"e": [one_line]}) == '{\n  "e": [\n    {"x": null, "y": [1.5, null], "z": {"w": null}}\n  ]\n}\n'


def test_texts_made_earlier_are_written_as_a_list_of_them_item_by_item():
    """A `Texts` array is the list of its texts (`Raw`) written item by item, at any depth, and empty."""
    from harness.report.jsontext import Raw, Texts

    lines = ['{"a": 1}', '{"b": [2, "x"]}', "3"]
    for texts in (lines, lines[:1], []):
        data = {"x": Texts(texts), "y": [{"z": Texts(texts), "w": 1}]}
        same = {"x": [Raw(t) for t in texts], "y": [{"z": [Raw(t) for t in texts], "w": 1}]}
        parsed = [json.loads(t) for t in texts]
        assert dumps(data) == dumps(same) and json.loads(dumps(data)) == {"x": parsed, "y": [{"z": parsed, "w": 1}]}
    assert dumps({"x": Texts(lines)}) == '{\n  "x": [\n    {"a": 1},\n    {"b": [2, "x"]},\n    3\n  ]\n}\n'
