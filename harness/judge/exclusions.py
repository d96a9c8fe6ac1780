"""Why a model has no row on a benchmark when evidence exists: which of the claim's own filters left it out."""

from __future__ import annotations

from dataclasses import dataclass, replace

from harness.evidence.records import EvidenceFilter, ScoreRecord
from harness.evidence.store import EvidenceStore

# the claim's own evidence limits a fact-checker can name and undo, in the order they are said
_LOOSE = {
    "as_of": None,
    "reported_by": (),
    "sources": (),
    "locators": (),
    "setting": (),
    "kinds": (),
    "snapshots": (),
    "independent": False,
}


@dataclass(frozen=True)
class Exclusion:
    by: str  # which filters, for a reason: "the as_of date", "the reported_by filter"
    why: str  # the rows each left out, for a note or caveat


def loosened(flt: EvidenceFilter) -> EvidenceFilter | None:
    """The filter without the claim's own limits (the party view kept); None when it sets none."""
    if all(getattr(flt, f) == empty for f, empty in _LOOSE.items()):
        return None
    return replace(flt, **_LOOSE)


def exclusion(evidence: EvidenceStore, flt: EvidenceFilter, model: str, bench: str, whose: str) -> Exclusion | None:
    """What the claim's own limits (as_of, reported_by, sources, locators, setting, kinds, snapshots, independent)
    left out of a side that has no row.

    Rows that a party view (first-party or independent rows alone, for corroboration) leaves out too are not
    counted: they are no evidence for that view whatever the claim filters. Asked only where a side has no row.
    """
    loose = loosened(flt)
    if loose is None:
        return None
    rows = evidence.select(loose, model=model, benchmark=bench)
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
    "setting": "the setting filter",
    "kinds": "the kinds filter",
    "snapshots": "the snapshots filter",
    "independent": "the independent filter",
}

# the limits a row's own field decides: (the filter's test, the row's field)
_TESTS = {
    "reported_by": ("accepts_reporter", "reported_by"),
    "sources": ("accepts_url", "source_url"),
    "locators": ("accepts_locator", "source_locator"),
    "setting": ("accepts_setting", "setting"),
    "kinds": ("accepts_kind", "kind"),
}


def _left_out(evidence, flt, name, rows, model, bench) -> list[ScoreRecord]:
    if name not in _TESTS:
        # the date and a pin also pick which copy of an imported source counts, and the independent filter reads
        # the row's party: ask the store, as a claim would
        kept = evidence.select(replace(flt, **{**_LOOSE, name: getattr(flt, name)}), model=model, benchmark=bench)
        return [r for r in rows if r not in kept]
    test, field = _TESTS[name]
    return [r for r in rows if not getattr(flt, test)(getattr(r, field))]


def _rows_word(rows: list) -> str:
    return "row is" if len(rows) == 1 else f"{len(rows)} rows are"


def _listed(values) -> str:
    return ", ".join(dict.fromkeys(values))


def given_setting(pairs) -> str:
    """A setting limit as a claim writes it: `shots=5, tools=false`."""
    return ", ".join(f"{k}={str(v).lower() if isinstance(v, bool) else v}" for k, v in pairs)


def _in_settings(rows: list[ScoreRecord]) -> str:
    labels = list(dict.fromkeys(r.setting.label() for r in rows))
    return f"in the setting{'s' if len(labels) > 1 else ''} {', '.join(labels)}"


def _parties(rows: list[ScoreRecord]) -> str:
    # the filter keeps third-party rows only: a reporter the catalog's organisations do not place is not known to be
    parties = {}
    for r in rows:
        parties.setdefault(r.reported_by, "the model's developer" if r.first_party else "not a known organisation")
    return ", ".join(f"{who} ({party})" for who, party in parties.items())


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
    "setting": lambda flt, whose, rows: (
        f"excluded by the setting filter [{given_setting(flt.setting)}]: {whose} {_rows_word(rows)} {_in_settings(rows)}"
    ),
    "kinds": lambda flt, whose, rows: (
        f"excluded by the kinds filter [{', '.join(flt.kinds)}]: {whose} {_rows_word(rows)} "
        f"of kind {_listed(r.kind for r in rows)}"
    ),
    "snapshots": lambda flt, whose, rows: (
        f"excluded by the snapshots filter [{', '.join(flt.snapshots)}]: {whose} {_rows_word(rows)} "
        f"from snapshot {_listed(r.snapshot[:12] for r in rows)}"
    ),
    "independent": lambda flt, whose, rows: (
        f"excluded by the independent filter: {whose} {_rows_word(rows)} reported by {_parties(rows)}"
    ),
}
