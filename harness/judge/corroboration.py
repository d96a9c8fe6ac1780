"""Independent corroboration: a claim judged on first-party rows alone and on independent rows alone.

First-party rows are those a model's own developer reported, and every row the claim's subject's
developer reported (its table's numbers for competitors are the vendor's table too). Independent
rows are third-party rows (the catalog's organisations decide who developed what) from anyone else.
Rows whose reporter the catalog does not know are in neither view, only in the pooled verdict.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from harness.claims.catalog import Catalog
from harness.errors import UnknownNameError
from harness.evidence.records import EvidenceFilter, ScoreRecord, canonical
from harness.evidence.store import EvidenceStore
from harness.judge.results import AssertionResult, Comparison
from harness.judge.significance import record_se
from harness.judge.stats import z_critical
from harness.judge.verdicts import FAIL, INSUFFICIENT, PARTIAL, PASS, REFUTED, SUPPORTED
from harness.printed import decimals, fixed, score, whole

FIRST_PARTY, INDEPENDENT = "first_party", "independent"
STATUSES = ("corroborated", "contradicted", "mixed", "vendor_only", "independent_only", "party_unknown")
_FAILED = {"loss", "differs", "short_of_margin"}
_PASSED = {"win", "match"}


@dataclass
class Corroboration:
    """The two one-sided verdicts, how they relate, and what contradicts the vendor's rows."""

    status: str
    first_party: str
    independent: str
    first_party_reason: str = ""
    independent_reason: str = ""
    contradictions: list[str] = field(default_factory=list)
    reporters: tuple[str, ...] = ()  # the subject's developer's reporter names, to tell rows' sides apart

    def side_of(self, rows: list[ScoreRecord]) -> str:
        """'first-party', 'independent', 'mixed' or 'unknown': which side a comparison's rows are on."""
        own = {x.casefold() for x in self.reporters}
        sides = {
            "first-party"
            if r.first_party or r.reported_by.casefold() in own
            else "independent"
            if r.first_party is False
            else "unknown"
            for r in rows
        }
        return sides.pop() if len(sides) == 1 else "mixed" if sides else "unknown"

    def as_json(self) -> dict:
        return {
            "status": self.status,
            "first_party": {"verdict": self.first_party, "reason": self.first_party_reason},
            "independent": {"verdict": self.independent, "reason": self.independent_reason},
            "contradicted_by": self.contradictions,
        }


def subject_reporters(catalog: Catalog, evidence: EvidenceStore, subject: str) -> tuple[str, ...]:
    """The reporter names in the evidence that are the subject's developer (found once per developer)."""
    developer = catalog.model(subject).developer
    key = ("developer's reporters", developer)
    if key not in evidence.memo:
        out = []
        for name in evidence.reporters():
            try:
                if catalog.organisation(name).id == developer:
                    out.append(name)
            except UnknownNameError:
                continue
        evidence.memo[key] = tuple(out)
    return evidence.memo[key]


def view(flt: EvidenceFilter | None, party: str, reporters: tuple[str, ...]) -> EvidenceFilter | None:
    """The filter narrowed to one side of the evidence."""
    if flt is None or not party:
        return flt
    return canonical(replace(flt, party=party, subject_reporters=reporters))


def has_rows(evidence: EvidenceStore, models: list[str], party: str, reporters: tuple[str, ...]) -> bool:
    """Whether any of the models has a row on that side at all (else the view cannot decide anything)."""
    key = ("on side", party, reporters)
    on = evidence.memo.get(key)
    if on is None:
        on = evidence.memo[key] = frozenset(evidence.models_on_side(party, reporters))
    return any(m in on for m in models)


def off_side(evidence: EvidenceStore, party: str, reporters: tuple[str, ...]) -> frozenset[str]:
    """The models with a row that is not on that side (found once per side and developer)."""
    key = ("off side", party, reporters)
    if key not in evidence.memo:
        evidence.memo[key] = frozenset(evidence.models_off_side(party, reporters))
    return evidence.memo[key]


def relate(
    first, independent, catalog: Catalog, alpha: float, reporters: tuple[str, ...] = (), unknown: tuple[str, ...] = ()
) -> Corroboration:
    """Compare the verdict on first-party rows with the verdict on independent rows.

    `first` and `independent` are the claim's results on each side (None: no row on that side).
    Contradicted: the first-party rows support the claim (fully or in part) and an independent unit
    fails beyond noise (a significant difference the other way, or a rank outside the top k that
    the rank uncertainty does not excuse) where the independent verdict fails too, or where the
    first-party rows pass that same unit.
    """
    fv = first.verdict if first is not None else INSUFFICIENT
    iv = independent.verdict if independent is not None else INSUFFICIENT
    out = Corroboration(
        "vendor_only",
        fv,
        iv,
        first.reason if first is not None else "no first-party row for the subject",
        independent.reason if independent is not None else "no independent row for the subject",
        reporters=reporters,
    )
    if first is None and independent is None and unknown:
        # every row of the subject is from a reporter the catalog does not know: on neither side, so "vendor only"
        # (said of LMArena's own board, with no row of the vendor's) was a word on its source it could not give
        out.status = "party_unknown"
        said = ", ".join(unknown)
        out.first_party_reason = out.independent_reason = (
            f"no row for the subject on either side: its rows are reported by {said}, which the catalog knows as no "
            "organisation (add it to the catalog's organisations to tell whose side it is on)"
        )
        return out
    if iv == INSUFFICIENT:
        return out
    if fv == INSUFFICIENT:
        out.status = "independent_only"
        return out
    if fv in {SUPPORTED, PARTIAL}:
        for a_ind, a_first in zip(independent.assertions, first.assertions):
            for key, text in _robust_failures(a_ind, catalog, alpha):
                if iv in {REFUTED, PARTIAL} or key in _passed_units(a_first):
                    out.contradictions.append(text)
    if out.contradictions:
        out.status = "contradicted"
        out.contradictions = list(dict.fromkeys(out.contradictions))
    else:
        out.status = "corroborated" if fv == iv else "mixed"
    return out


def _robust_failures(a: AssertionResult, catalog: Catalog, alpha: float):
    """(unit key, what says so) for each unit of an assertion that fails beyond noise."""
    if a.kind == "ranks":
        for row in a.ranks:
            if row.status != FAIL or (row.top_k_probability is not None and row.top_k_probability > alpha):
                continue
            above = [c for c in a.comparisons if c.benchmark == row.benchmark and c.outcome == "loss"]
            bench = catalog.benchmark(row.benchmark)
            above.sort(key=lambda c: c.competitor_value * (1 if bench.higher_is_better else -1), reverse=True)
            if above:
                # the two best are named; the rest are counted, never dropped (a rank unit may keep
                # only the comparisons at the cut, so the rank itself says how many stand above)
                rest = max(len(above), (row.rank_best or 1) - 1) - min(2, len(above))
                more = f" (and {rest} more above {catalog.model(above[0].subject_rows[0].model).name})" if rest else ""
                yield (row.benchmark, None), _said(above[:2], catalog) + more
    elif a.kind in {"outperforms", "matches"}:
        for c in a.comparisons:
            if c.outcome in _FAILED and c.significant is True:
                yield (c.benchmark, c.competitor), _said([c], catalog)


def _passed_units(a: AssertionResult) -> set:
    if a.kind == "ranks":
        return {(r.benchmark, None) for r in a.ranks if r.status == PASS}
    return {(c.benchmark, c.competitor) for c in a.comparisons if c.outcome in _PASSED}


def _said(cmps: list[Comparison], catalog: Catalog) -> str:
    """'LMArena Text, 2025-12-11: GLM-4.6 1441.2 ± 4.7 > DeepSeek-V3.2 1417.3 ± 8.5' (± is the 95% interval)."""
    bench = catalog.benchmark(cmps[0].benchmark)
    rows = [_used(c.subject_rows, c.subject_value) for c in cmps] + [
        _used(c.competitor_rows, c.competitor_value) for c in cmps
    ]
    reporters = list(dict.fromkeys(r.reported_by for r in rows))
    who = " and ".join(reporters)
    source = bench.name if bench.name.casefold().startswith(who.casefold()) else f"{who} {bench.name}"
    dated = [r.as_of for r in rows if r.as_of is not None]
    when = max(dated).isoformat() if dated else "undated"  # never the day a copy was taken
    better = ">" if bench.higher_is_better else "<"
    subject = rows[0]
    parts = []
    for c, r in zip(cmps, rows[len(cmps) :]):
        theirs, ours = f"{catalog.model(c.competitor).name} {_value(r, bench)}", f"{_value(subject, bench)}"
        if c.outcome == "loss":
            parts.append(f"{theirs} {better} {catalog.model(subject.model).name} {ours}")
        else:  # a mismatch, or a win short of the margin
            parts.append(f"{catalog.model(subject.model).name} {ours} vs {theirs}: {c.outcome.replace('_', ' ')}")
    return f"{source}, {when}: " + "; ".join(parts)


def _used(rows: list[ScoreRecord], value: float | None) -> ScoreRecord:
    return next((r for r in rows if r.value == value), rows[0])


def _value(r: ScoreRecord, bench) -> str:
    # printed as the report's tables print it: an Elo of 1417.3 beside them is not "1417" here, and bits per byte
    # 0.548 against 0.542 are not "0.5 > 0.5"
    text = score(r.value, whole(bench))
    se = record_se(r, bench)
    return text if se is None else f"{text} ± {fixed(z_critical(0.05) * se, max(1, decimals(r.value)))}"
