"""The JSON contract of `benchclaims verify --json`.

Two layouts. `compact` (schema_version 2, the default) lists each evidence row used once, in a
top-level `evidence_rows` table, and comparisons name their rows by id; a rank unit lists only the
comparisons that decide it (the cohort's best members, at and above the cut). Each comparison,
rank row and evidence row is one line, and a field of those records at its default value (the
`*_DEFAULTS` tables of `jsonrecords`) is left out. `full` (schema_version 1) repeats every row's provenance in
each comparison it takes part in, and lists every pairwise comparison of a rank unit:
self-contained, and many times larger for wide cohorts. `jsonexpand.expand` turns a compact document (of
this or an earlier version 2, which wrote every field) into the full layout's records.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from harness import __version__
from harness.judge.rank_kept import KeptComparison
from harness.report.jsonrecord_text import comparison_text, rank_text, row_text
from harness.report.jsonrecords import Rows, _comparison_line, _num, comparison_dict, rank_dict
from harness.report.jsontext import ITEM_SEPARATOR, LazyList, Line, Raw, Span, Texts, write_json
from harness.report.kept_text import kept_text

if TYPE_CHECKING:
    from collections.abc import Collection

    from harness.evidence.records import ScoreRecord
    from harness.judge.engine import ClaimResult
    from harness.judge.results import AssertionResult, Comparison

SCHEMA_VERSION = 2  # the compact layout; `full` keeps version 1
FULL_SCHEMA_VERSION = 1
DETAILS = ("compact", "full")


def _deciding(a: AssertionResult) -> list[Comparison]:
    """A rank unit's comparisons with the members that decide it; every comparison of other kinds."""
    if a.kind != "ranks" or not a.ranks:
        return a.comparisons  # a rank by the mean keeps only its deciding members' comparisons already
    keep = {(r.benchmark, m) for r in a.ranks for m in r.deciding}
    return [c for c in a.comparisons if (c.benchmark, c.competitor) in keep]


def assertion_dict(a: AssertionResult, rows: Rows | None = None, texts: bool = False) -> dict:
    """An assertion's record; compact with `rows`, and with `texts` its comparisons as their lines' text."""
    if rows is not None:
        out = _assertion_fields(a)
        if a.coverage is not None:
            out["coverage"] = Line(sorted(a.coverage.items()))
        if texts:
            out["comparisons"] = Texts([_comparison_text(c, rows) for c in _deciding(a)])
            out["ranks"] = Texts([rank_text(r) for r in a.ranks])
        else:
            out["comparisons"] = [_comparison_line(c, rows) for c in _deciding(a)]
            out["ranks"] = [rank_dict(r, True) for r in a.ranks]
        return out
    return {**_assertion_fields(a), "comparisons": [comparison_dict(c) for c in a.comparisons],
            "ranks": [rank_dict(r) for r in a.ranks]}  # fmt: skip


def _comparison_text(c, rows: Rows) -> str:
    # a rank unit's kept comparison is written without being made (`kept_text`)
    return kept_text(c, rows) if type(c) is KeptComparison else comparison_text(c, rows)


def _assertion_fields(a: AssertionResult) -> dict:
    return {
        "kind": a.kind,
        "verdict": a.verdict,
        "strength": a.strength,
        "rule": a.rule,
        "summary": a.summary,
        "depends_on_conflict": a.depends_on_conflict,
        "group_verdicts": a.group_verdicts,
        "caveats": a.caveats,
        **({"means": a.means} if a.means else {}),
        **({"coverage": a.coverage} if a.coverage is not None else {}),
    }


def claim_dict(r: ClaimResult, rows: Rows | None = None, texts: bool = False) -> dict:
    return {
        "id": r.claim.id,
        "file": r.label,
        "statement": r.claim.statement,
        "subject": r.claim.subject,
        "subject_id": r.subject_id,
        "source": r.claim.source.model_dump(mode="json"),
        "verdict": r.verdict,
        "strength": r.strength,
        "reason": r.reason,
        "independent": r.independent.as_json() if r.independent is not None else None,
        "assertions": [assertion_dict(a, rows, texts) for a in r.assertions],
        # subject_variants: every checkpoint's own result, the one shown above included
        "variants": [
            {
                "subject_id": v.subject_id,
                "verdict": v.verdict,
                "strength": v.strength,
                "reason": v.reason,
                "independent": v.independent.as_json() if v.independent is not None else None,
                "assertions": [assertion_dict(a, rows, texts) for a in v.assertions],
            }
            for v in r.variants
        ],
    }


def rerun_dict(c) -> dict:
    return {
        "model": c.model,
        "benchmark": c.benchmark,
        "published_value": c.published.value,
        "published_by": c.published.reported_by,
        "published_row": c.published.origin,
        "rerun_value": c.rerun.value,
        "rerun_row": c.rerun.origin,
        "rerun_partial": c.rerun.partial,
        "ci_low": _num(c.low, 4),
        "ci_high": _num(c.high, 4),
        "inside_ci": c.inside,
    }


# where a claim and an evidence row sit in the output: items of a top-level list
ITEM_INDENT = "\n    "


def claim_text(r: ClaimResult, rows: Rows | None = None) -> Raw:
    """A claim's JSON text at its place in the output (compact: `rows` collects the rows it refers to)."""
    out: list[str] = []
    write_json(claim_dict(r, rows, texts=rows is not None), ITEM_INDENT, out)
    return Raw("".join(out))


def encode_claim(
    r: ClaimResult, detail: str = "compact", known: Collection[str] = ()
) -> tuple[Raw, dict[str, Raw | None]]:
    """A claim's JSON text and, in the compact layout, the rows it refers to by id, each with its text: None
    for a row in `known` (those whose texts the caller has already, from an earlier claim: not made again)."""
    rows = Rows() if detail == "compact" else None
    return claim_text(r, rows), row_texts(rows, known) if rows is not None else {}


def row_texts(rows: Rows, known: Collection[str] = ()) -> dict[str, Raw | None]:
    """Each collected row's JSON text at its place in the evidence table, by id (None for a row in `known`)."""
    return {key: None if key in known else _row_text(rec) for key, rec in rows.found.items()}


def _row_text(r: ScoreRecord) -> Raw:
    # a row is listed by every claim that uses it: a process encodes it once, kept by the record's id
    # (the store builds a row's record once; hashing a record hashes all its fields)
    seen = _ROW_TEXTS.get(id(r))
    if seen is not None and seen[0] is r:
        return seen[1]
    text = Raw(row_text(r))
    if len(_ROW_TEXTS) >= 1 << 16:
        _ROW_TEXTS.clear()
    _ROW_TEXTS[id(r)] = (r, text)  # the record kept: its id is not reused meanwhile
    return text


_ROW_TEXTS: dict[int, tuple[ScoreRecord, Raw]] = {}


def spans(texts: list) -> list:
    """The claims' texts as the output writes them: text as it is; a text a worker left in a file (with
    its `path`, `offset`, `length`, and the `lead` written before it) as a Span, and a run of such texts
    that follow each other in one file, each led by the separator between two claims, as one Span (the
    bytes copied at once, separators included)."""
    out: list = []
    lead = ITEM_SEPARATOR.encode()
    for x in texts:
        if isinstance(x, str):
            out.append(x if type(x) is Raw else Raw(x))
            continue
        last = out[-1] if out else None
        if (
            type(last) is Span
            and x.lead == lead
            and x.path == last.path
            and x.offset == last.offset + last.length + len(lead)
        ):
            last.length += len(lead) + x.length
        else:
            out.append(Span(x.path, x.offset, x.length))
    return out


class _LazyRows(LazyList):
    """The evidence table, made when it is written: after the claims, whose rows it lists."""

    def __init__(self, rows: Rows):
        super().__init__(lambda x: x, [])
        self.rows = rows

    def entries(self) -> list:
        return self.rows.table()


def run_dict(
    results: list[ClaimResult],
    problems: list,
    alpha: float,
    reruns: list | None = None,
    lazy: bool = False,
    multiplicity: str = "holm",
    detail: str = "compact",
    encoded: tuple[list[Raw], dict[str, Raw]] | None = None,
) -> dict:
    """The whole `--json` output; with `lazy`, claims are built only as `iter_dumps` writes them.

    `detail` is `compact` (schema_version 2) or `full` (schema_version 1, the self-contained layout).
    `encoded`: the claims' texts (in order) and the rows' texts (by id), made where they were verified.
    """
    if encoded is not None:
        texts, row_table = encoded
        out = run_dict([], problems, alpha, reruns, multiplicity=multiplicity, detail=detail)
        out["claims"] = LazyList(lambda x: x, spans(texts))
        if detail != "full":
            out["evidence_rows"] = LazyList(lambda x: x, [row_table[k] for k in sorted(row_table)])
        return out
    out = {
        "rerun_checks": [rerun_dict(c) for c in reruns or []],
        "benchclaims_version": __version__,
        "alpha": alpha,
        "multiplicity": multiplicity,
        "problems": [str(p) for p in problems],
    }
    if detail == "full":
        out["schema_version"] = FULL_SCHEMA_VERSION
        out["claims"] = LazyList(claim_dict, results) if lazy else [claim_dict(r) for r in results]
        return out
    rows = Rows()
    out["schema_version"] = SCHEMA_VERSION
    out["detail"] = "compact"
    if lazy:
        # "claims" is written before "evidence_rows" (keys are sorted): the table is complete by then
        out["claims"] = LazyList(lambda r: claim_dict(r, rows), results)
        out["evidence_rows"] = _LazyRows(rows)
    else:
        out["claims"] = [claim_dict(r, rows) for r in results]
        out["evidence_rows"] = rows.table()
    return out
