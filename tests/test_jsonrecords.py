"""The compact layout's records made by their fast paths are those the general ones make."""

from datetime import date, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from harness.evidence.records import ScoreRecord
from harness.evidence.settings import Setting
from harness.judge.power import Power
from harness.judge.results import Comparison, RankRow
from harness.report import jsonout, jsonrecord_text, jsonrecords
from harness.report.jsonrecords import RANK_DEFAULTS, Rows, _line, _num, rank_dict, row_dict, row_key
from harness.report.jsontext import line_text


def _generic_rank_line(r: RankRow):
    """The compact rank row as `_line` makes any record: each field at its RANK_DEFAULTS left out."""
    return _line(
        (
            ("benchmark", r.benchmark),
            ("status", r.status),
            ("rank_best", r.rank_best),
            ("rank_worst", r.rank_worst),
            ("cohort_size", r.cohort_size),
            ("top_k_probability", _num(r.top_k_probability, 4)),
            ("tie_group_rank", r.tie_group_rank),
            ("tie_group", r.tie_group),
            ("rank_set", None if r.rank_set is None else list(r.rank_set)),
            ("rank_method", r.rank_method),
            ("missing_members", r.missing_members),
            ("subject_missing", r.subject_missing),
            ("deciding_members", r.deciding),
        ),
        RANK_DEFAULTS,
    )


_names = st.lists(st.sampled_from(["a", "b", "M01"]), max_size=2)
_rank_row = st.builds(
    RankRow,
    benchmark=st.sampled_from(["hi", "lo"]),
    rank_best=st.none() | st.integers(1, 5),
    rank_worst=st.none() | st.integers(1, 5),
    cohort_size=st.integers(0, 700),
    status=st.sampled_from(["pass", "fail", "unknown"]),
    top_k_probability=st.none() | st.sampled_from([0.0, -0.0, 1.0, 0.123456789, 0.99995]),
    tie_group_rank=st.none() | st.integers(0, 3),
    missing_members=_names | st.just(()),
    subject_missing=st.sampled_from([False, True, 0, 1]),
    deciding=_names | st.just(()),
    rank_set=st.none() | st.tuples(st.integers(1, 3), st.integers(1, 3)),
    tie_group=st.none() | _names,
    rank_method=st.none() | st.sampled_from(["", "independent normal draws"]),
)


@settings(max_examples=500, deadline=None)
@given(_rank_row)
def test_a_compact_rank_row_is_the_record_the_general_writer_makes(row):
    """Field by field, the same fields in the same order with the same values (and types: 0 is not
    False, an empty tuple is not the empty list of the defaults) as `_line` over RANK_DEFAULTS."""
    fast, generic = rank_dict(row, compact=True), _generic_rank_line(row)
    assert [(k, type(v), v) for k, v in fast.items()] == [(k, type(v), v) for k, v in generic.items()]
    assert line_text(fast) == line_text(generic)


def _record(value: float, snapshot: str = "", source: str = "table 1") -> ScoreRecord:
    return ScoreRecord(
        "published", "m", "b", "acc", Setting(), value, "lab", "https://x.example", source, None, snapshot=snapshot
    )


def test_rows_ids_and_texts_read_by_the_records_ids_are_those_made_afresh():
    """Each record's id in the table and its line, read again by the record's id (and for records equal
    to it, which are other objects), are those `row_key` and `row_dict` give it."""
    records = [_record(61.3), _record(61.3, "ab" * 32), _record(0.0), _record(-0.0), _record(61.3, source="t 2")]
    records += [_record(61.3), _record(-0.0)]  # equal to earlier ones, other objects
    jsonrecords._KEYS.clear(), jsonout._ROW_TEXTS.clear()
    for _ in range(2):  # the second round reads every record by its id
        rows = Rows()
        for a in records:
            for b in records:
                assert rows.add([a, b]) == [row_key(a), row_key(b)]
        assert sorted(rows.found) == sorted({row_key(r) for r in records})
        for r in records:
            assert jsonout._row_text(r) == line_text(row_dict(r)), r
    assert '"value": -0.0' in jsonout._row_text(records[-1])


_number = st.none() | st.sampled_from([0.0, -0.0, 1.5, 61.349999, 1e-7, 12, float("nan"), float("inf"), -float("inf")])
_comparison = st.builds(
    Comparison,
    benchmark=st.sampled_from(["hi", 'é"\\\n']),
    competitor=st.none() | st.sampled_from(["m", "M\u2028"]),
    subject_value=_number,
    competitor_value=_number,
    outcome=st.sampled_from(["win", "loss", "tie"]),
    subject_rows=st.lists(st.sampled_from([_record(61.3), _record(0.5), _record(61.3, "ab" * 32)]), max_size=2),
    competitor_rows=st.lists(st.sampled_from([_record(60.0), _record(60.0, source="t 2")]), max_size=2),
    alternatives=st.lists(st.sampled_from(["loss", "win"]), max_size=2),
    notes=st.lists(st.sampled_from(["a note", "ü"]), max_size=2),
    stderr=_number,
    p_value=_number,
    p_adjusted=_number,
    significant=st.none() | st.booleans() | st.just(1),
    test=st.none() | st.sampled_from(["Newcombe", "unknown (item count or stderr missing)"]),
    mdd=_number,
    interval=st.none() | st.tuples(_number, _number),
    power=st.none()
    | st.builds(Power, _number, _number, st.none() | st.integers(0, 9), fragility_to=st.none() | st.just("x")),
)


@settings(max_examples=500, deadline=None)
@given(_comparison)
def test_a_comparisons_line_written_piece_by_piece_is_the_encoded_record(c):
    """The compact comparison line `comparison_text` writes is `line_text` of `_comparison_line`'s record,
    byte for byte (floats as repr, -0.0, NaN and infinities as null, escapes, a non-bool flag), and it
    notes the same rows."""
    want_rows, rows = Rows(), Rows()
    assert jsonrecord_text.comparison_text(c, rows) == line_text(jsonrecords._comparison_line(c, want_rows))
    assert list(rows.found) == list(want_rows.found)


_text = st.sampled_from(["lab", 'é"\\\n', "M\u2028", ""])
_row = st.builds(
    ScoreRecord,
    origin=_text,
    model=_text,
    benchmark=_text,
    metric=_text,
    setting=st.just(Setting()),
    value=_number.filter(lambda x: x is not None) | st.just(3),
    reported_by=_text,
    source_url=_text,
    source_locator=_text,
    as_of=st.none() | st.sampled_from([date(2025, 1, 9), datetime(2025, 1, 9, 12)]),
    model_name=_text,
    setting_text=st.sampled_from(["", "pass@1", 'a "b"']),
    stderr=_number,
    n=st.none() | st.sampled_from([0, 200, True]),
    first_party=st.none() | st.booleans() | st.just(1),
    kind=st.sampled_from(["published", "local", ""]),
    partial=st.booleans() | st.sampled_from([0, 1]),
    snapshot=st.sampled_from(["", "ab" * 32]),
)


@settings(max_examples=500, deadline=None)
@given(_row)
def test_an_evidence_rows_line_written_piece_by_piece_is_the_encoded_record(r):
    """The compact evidence row `row_text` writes is `line_text` of `row_dict`'s record, byte for byte (floats
    as repr, -0.0, NaN and infinities as null, escapes, fields at their default left out, a flag or count
    of another type, a date with a time)."""
    assert jsonrecord_text.row_text(r) == line_text(row_dict(r))


@settings(max_examples=500, deadline=None)
@given(_rank_row)
def test_a_rank_rows_line_written_piece_by_piece_is_the_encoded_record(row):
    """`rank_text` is `line_text` of the compact rank record, byte for byte."""
    assert jsonrecord_text.rank_text(row) == line_text(rank_dict(row, compact=True))


_count = st.none() | st.sampled_from([0, 7, 1200, True, False])
_power = st.builds(
    Power,
    _number,
    _number,
    items_now=_count,
    items_needed=_count,
    factor_needed=_number,
    at_boundary=st.booleans() | st.sampled_from([0, 1]),
    discordant=st.none() | st.just((3, 5)),
    fragility=_count,
    fragility_to=st.none() | st.sampled_from(["significant", "not significant", ""]),
    runs_needed=_count,
)


@settings(max_examples=500, deadline=None)
@given(_power)
def test_a_power_records_line_written_piece_by_piece_is_the_encoded_record(p):
    """`_power_line_text` is `line_text` of `_power_line`'s record (fields at None or False left out, 0 kept,
    floats rounded to 3 places, -0.0, NaN and infinities as null), byte for byte."""
    assert jsonrecord_text._power_line_text(p) == line_text(jsonrecords._power_line(p))
