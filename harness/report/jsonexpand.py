"""A `verify --json` document in the full layout: a compact document's rows written out in each
comparison, and every field left out at its default written back."""

from __future__ import annotations

from harness.report.jsonout import FULL_SCHEMA_VERSION
from harness.report.jsonrecords import (
    COMPARISON_DEFAULTS,
    POWER_DEFAULTS,
    RANK_DEFAULTS,
    ROW_DEFAULTS,
    SOURCE_FIELDS,
)


def expand(doc: dict) -> dict:
    """A `verify --json` document in the full layout's records: each comparison's rows written out
    as `sources`, every field of a comparison, power record and rank row present.

    A compact document (version 2, this one's or an earlier one's) becomes version 1 without its
    `evidence_rows` table and `detail`; its rank units keep only the comparisons they listed, and
    their rank rows `deciding_members`, which names them. A version 1 document is returned as it is.
    A reference to a row the table lacks raises KeyError with the row's id. Nothing in `doc` changes.
    """
    if doc.get("schema_version", FULL_SCHEMA_VERSION) == FULL_SCHEMA_VERSION:
        return doc
    table = {r["id"]: r for r in doc.get("evidence_rows") or []}
    out = {k: v for k, v in doc.items() if k not in ("evidence_rows", "detail", "claims")}
    out["schema_version"] = FULL_SCHEMA_VERSION
    out["claims"] = [_expand_claim(c, table) for c in doc["claims"]]
    return out


def _expand_claim(claim: dict, table: dict) -> dict:
    out = dict(claim)
    if "assertions" in claim:
        out["assertions"] = [_expand_assertion(a, table) for a in claim["assertions"]]
    if claim.get("variants"):
        out["variants"] = [_expand_claim(v, table) for v in claim["variants"]]
    return out


def _expand_assertion(a: dict, table: dict) -> dict:
    out = dict(a)
    if "comparisons" in a:
        out["comparisons"] = [_expand_comparison(c, table) for c in a["comparisons"]]
    if "ranks" in a:
        out["ranks"] = [_filled(r, RANK_DEFAULTS) for r in a["ranks"]]
    return out


def _expand_comparison(c: dict, table: dict) -> dict:
    out = _filled(c, COMPARISON_DEFAULTS)
    if isinstance(out["power"], dict):
        out["power"] = _filled(out["power"], POWER_DEFAULTS)
    if "subject_rows" in out or "competitor_rows" in out:
        refs = [(k, "subject") for k in out.pop("subject_rows", [])]
        refs += [(k, "competitor") for k in out.pop("competitor_rows", [])]
        if refs or "sources" not in out:
            out["sources"] = [_source_of(table[k], side) for k, side in refs]
    return out


def _filled(record: dict, defaults: dict) -> dict:
    out = {k: ([] if d == [] else d) for k, d in defaults.items() if k not in record}  # a new list each
    out.update(record)
    return out


def _source_of(row: dict, side: str) -> dict:
    """A comparison's `sources` entry from an evidence row of the compact table."""
    out = {k: row.get(k, ROW_DEFAULTS.get(k, "")) for k in SOURCE_FIELDS}
    out["row_id"] = row.get("row_id") or row["id"].split("@")[0]
    out["value"] = row.get("value")
    if row.get("snapshot"):
        out["snapshot"] = row["snapshot"]
    out["side"] = side
    return out
