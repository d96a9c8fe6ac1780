"""The compact line of a rank unit's kept comparison (`judge.rank_kept.KeptComparison`), without making it.

Its fields from the outcome to the power are those of the first comparison made of the same numbers
(its `prototype`: the same benchmark, both rows' value, SE and item count, alpha), written once per
prototype; the line around them names the competitor and the two rows. The same text as
`comparison_text` of the comparison made (tested on generated rows, edge cases included). A kept
comparison with no prototype yet is made, and written by `comparison_text`: it is the prototype of
those that follow.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from harness.judge.rank_kept import prototype
from harness.report.jsonrecord_text import comparison_fields_text, comparison_text
from harness.report.jsontext import ESCAPE

if TYPE_CHECKING:
    from harness.judge.rank_kept import KeptComparison
    from harness.judge.results import Comparison
    from harness.report.jsonrecords import Rows


def kept_text(k: KeptComparison, rows: Rows) -> str:
    """`comparison_text(k.made(), rows)`, from the fields of the comparison made of the same numbers."""
    made = prototype(k)
    fields = None if made is None else _fields(made)
    if fields is None or type(k.competitor) is not str or type(k.benchmark) is not str:
        return comparison_text(k.made(), rows)
    # one row a side, in one setting: no conflict, no alternatives, no note (`numbers_key` has none off the grid)
    return '{"benchmark": %s, "competitor": %s%s, "subject_rows": [%s], "competitor_rows": [%s]}' % (
        ESCAPE(k.benchmark),
        ESCAPE(k.competitor),
        fields,
        rows.id_text(k.subject_row),
        rows.id_text(k.row),
    )


def _fields(made: Comparison) -> str | None:
    """`comparison_fields_text` of a prototype, kept with it by its identity."""
    found = _FIELDS.get(id(made))
    if found is None or found[0] is not made:
        if len(_FIELDS) >= 1 << 16:
            _FIELDS.clear()
        found = _FIELDS[id(made)] = (made, comparison_fields_text(made))  # the comparison kept: its id not reused
    return found[1]


_FIELDS: dict[int, tuple[Comparison, str | None]] = {}
