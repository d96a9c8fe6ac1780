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
