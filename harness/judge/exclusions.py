"""Why a model has no row on a benchmark when evidence exists: which of the claim's own filters left it out."""

from __future__ import annotations

from dataclasses import dataclass, replace

from harness.evidence.records import EvidenceFilter, ScoreRecord
from harness.evidence.store import EvidenceStore

# the claim's own evidence limits a fact-checker can name and undo, in the order they are said
_LOOSE = {"as_of": None, "reported_by": (), "sources": (), "locators": ()}


@dataclass(frozen=True)
class Exclusion:
    by: str  # which filters, for a reason: "the as_of date", "the reported_by filter"
    why: str  # the rows each left out, for a note or caveat


def exclusion(evidence: EvidenceStore, flt: EvidenceFilter, model: str, bench: str, whose: str) -> Exclusion | None:
    """What the claim's as_of, reported_by, sources and locators left out of a side that has no row.

    Rows that other limits (settings, kinds, snapshots, a party) leave out too are not counted: those
    are no evidence for the claim whatever it filters. Asked only where a side has no row.
    """
    if all(getattr(flt, f) == empty for f, empty in _LOOSE.items()):
        return None
    rows = evidence.select(replace(flt, **_LOOSE), model=model, benchmark=bench)
    if not rows:
        return None
    parts = []
    for name in _LOOSE:
        if getattr(flt, name) != _LOOSE[name]:
            out = _left_out(evidence, flt, name, rows, model, bench)
            if out:
                parts.append((_LABEL[name], _SAY[name](flt, whose, out)))
    if not parts:
        return None
    return Exclusion(" and ".join(by for by, _ in parts), "; ".join(why for _, why in parts))


_LABEL = {
    "as_of": "the as_of date",
    "reported_by": "the reported_by filter",
    "sources": "the sources filter",
    "locators": "the locators filter",
}


def _left_out(evidence, flt, name, rows, model, bench) -> list[ScoreRecord]:
    if name == "as_of":
        # the date also picks which copy of an imported source counts: ask the store, as a claim would
        kept = evidence.select(replace(flt, **{**_LOOSE, "as_of": flt.as_of}), model=model, benchmark=bench)
        return [r for r in rows if r not in kept]
    test = {"reported_by": "accepts_reporter", "sources": "accepts_url", "locators": "accepts_locator"}[name]
    field = {"reported_by": "reported_by", "sources": "source_url", "locators": "source_locator"}[name]
    return [r for r in rows if not getattr(flt, test)(getattr(r, field))]


def _rows_word(rows: list) -> str:
    return "row is" if len(rows) == 1 else f"{len(rows)} rows are"


def _listed(values) -> str:
    return ", ".join(dict.fromkeys(values))


def _dated(flt: EvidenceFilter, whose: str, rows: list[ScoreRecord]) -> str:
    cutoff = flt.as_of.isoformat()
    later = sorted({r.as_of for r in rows if r.as_of is not None and r.as_of > flt.as_of})
    if later:
        when = later[0].isoformat() + (f" to {later[-1].isoformat()}" if len(later) > 1 else "")
        return f"excluded by the as_of date {cutoff}: {whose} {_rows_word(rows)} dated {when}"
    return (
        f"excluded by the as_of date {cutoff}: {whose} {_rows_word(rows)} only in a copy of "
        "the source retrieved after it"
    )


_SAY = {
    "as_of": _dated,
    "reported_by": lambda flt, whose, rows: (
        f"excluded by the reported_by filter [{', '.join(flt.reported_by)}]: {whose} {_rows_word(rows)} "
        f"reported by {_listed(r.reported_by for r in rows)}"
    ),
    "sources": lambda flt, whose, rows: (
        f"excluded by the sources filter [{', '.join(flt.sources)}]: {whose} {_rows_word(rows)} "
        f"from {_listed(r.source_url for r in rows)}"
    ),
    "locators": lambda flt, whose, rows: (
        f"excluded by the locators filter [{', '.join(flt.locators)}]: {whose} {_rows_word(rows)} "
        f"at {_listed(r.source_locator for r in rows)}"
    ),
}
