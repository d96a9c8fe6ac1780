"""Compare a subject with a competitor on one benchmark: rows, settings, conflicts (the test itself: significance)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from itertools import product

from harness import printed
from harness.claims.catalog import Catalog
from harness.claims.catalog_entries import BenchmarkEntry
from harness.evidence.records import EvidenceFilter, ScoreRecord
from harness.evidence.settings import stated_on_one_side
from harness.evidence.store import EvidenceStore
from harness.judge.exclusions import Exclusion, exclusion
from harness.judge.granularity import granularity_note
from harness.judge.precision import finest, fold_twins, rounds_to, twins_note
from harness.judge.results import Comparison
from harness.judge.significance import attach_test
from harness.judge.versions import disagreeing, later_notes, latest_versions, replaced_note

_EXPECTED_MEASURE = {"percent": "share correct", "rating": "rating", "elo": "rating", "points": "points"}


def _pair_label(ss, cs) -> str:
    return _side(ss) if ss.label() != "unspecified" else _side(cs)


def _pair_labels(pairs) -> dict:
    """Each pair of settings' label: the subject's (else the competitor's), and both sides' where two pairs would
    read alike ("pass@1: win; pass@1: win" for one subject row against the competitor's two prompts)."""
    labels = {pair: _pair_label(*pair) for pair in pairs}
    seen = list(labels.values())
    for (ss, cs), label in list(labels.items()):
        if seen.count(label) > 1:
            labels[(ss, cs)] = f"{_side(ss)} vs {_side(cs)}"
    return labels


def _side(setting) -> str:
    label = setting.label()
    return label if label != "unspecified" else "setting unstated"


def _values(rows: list[ScoreRecord], bench: BenchmarkEntry) -> str:
    # as the report's tables print them (76.0, not 76), so a note and the table beside it agree
    return "/".join(printed.score(v, printed.whole(bench)) for v in dict.fromkeys(r.value for r in rows))


@dataclass
class Context:
    catalog: Catalog
    evidence: EvidenceStore
    flt: EvidenceFilter
    subject: str
    alpha: float
    flt_other: EvidenceFilter | None = None  # the competitors' filter, when a side has its own setting
    claim_date: date | None = None  # when the claim was made: models released later are not its cohort
    multiplicity: str = "holm"  # how p-values are adjusted across benchmarks: holm or bh
    full: bool = True  # keep every comparison of a rank unit, not only those that decide it

    def filter_for(self, model: str) -> EvidenceFilter:
        return self.flt if model == self.subject or self.flt_other is None else self.flt_other

    def name(self, model_id: str) -> str:
        return self.catalog.model(model_id).name

    def bench(self, bench_id: str) -> BenchmarkEntry:
        return self.catalog.benchmark(bench_id)

    def rows(self, model: str, bench: str) -> list[ScoreRecord]:
        return self.evidence.select(self.filter_for(model), model=model, benchmark=bench)

    def excluded(self, model: str, bench: str) -> Exclusion | None:
        """Which of the claim's own filters (as_of, reported_by, sources, locators) left out the rows a model
        would have on a benchmark; None when there are none to leave out. Asked only where a side has no row."""
        whose = f"{self.name(model)}'s {self.bench(bench).name}"
        return exclusion(self.evidence, self.filter_for(model), model, bench, whose)


def compare(ctx: Context, bench_id: str, competitor: str, judge) -> Comparison:
    """Pair compatible rows; every pairing gives an outcome, and they must agree. A number its publisher changed in
    a later version of the same document is compared in its latest version only, and the note says so."""
    s_rows, s_old = latest_versions(ctx.rows(ctx.subject, bench_id))
    c_rows, c_old = latest_versions(ctx.rows(competitor, bench_id))
    cmp = _compare(ctx, bench_id, competitor, judge, s_rows, c_rows)
    for old, new in s_old + c_old:
        cmp.notes.append(replaced_note(ctx.name(old.model), old, new, lambda v: printed.score(v)))
    cmp.notes += later_notes(ctx, bench_id, [(ctx.subject, s_rows), (competitor, c_rows)], printed.score)
    return cmp


def _compare(ctx: Context, bench_id: str, competitor: str, judge, s_rows, c_rows) -> Comparison:
    bench = ctx.bench(bench_id)
    if not s_rows or not c_rows:
        who = ctx.name(ctx.subject) if not s_rows else ctx.name(competitor)
        cmp = Comparison(bench_id, competitor, _first(s_rows), _first(c_rows), "missing", s_rows, c_rows)
        out = ctx.excluded(ctx.subject if not s_rows else competitor, bench_id)
        if out:
            cmp.excluded_by, cmp.excluded_why = out.by, out.why
        cmp.notes.append(cmp.excluded_why or f"no {bench.name} score for {who} in the evidence used")
        return cmp
    if _plain_pair(s_rows, c_rows, bench):
        # one row a side in one setting: the general pairing below would pick these two, note nothing
        return plain_comparison(ctx, bench, s_rows[0], c_rows[0], competitor, judge)
    return _pair_settings(ctx, bench, competitor, s_rows, c_rows, judge)


BATCH_FROM = 16  # fewer plain comparisons than this are tested one by one: a batch's arrays would cost more


def plain_pairs(ctx: Context, cells: list[tuple[str, str]], judge) -> list[tuple]:
    """(subject row, competitor row, benchmark, boundaries) of each (benchmark, competitor) that `compare`
    will test as a plain comparison (one row a side in one setting)."""
    out = []
    for bench_id, competitor in cells:
        bench = ctx.bench(bench_id)
        s_rows, c_rows = ctx.rows(ctx.subject, bench_id), ctx.rows(competitor, bench_id)
        if s_rows and c_rows and _plain_pair(s_rows, c_rows, bench):
            s, c = s_rows[0], c_rows[0]
            bounds = judge.boundaries(c.value) if hasattr(judge, "boundaries") else (0.0,)
            out.append((s, c, bench, bounds))
    return out


def plain_comparison(ctx: Context, bench: BenchmarkEntry, s: ScoreRecord, c: ScoreRecord, competitor: str, judge):
    """What the general pairing gives for one row a side in one setting, without pairing settings."""
    cmp = Comparison(bench.id, competitor, s.value, c.value, judge(s.value, c.value, bench), [s], [c])
    grain = granularity_note([s, c], bench, ctx.name)
    if grain:
        cmp.notes.append(grain)
    attach_test(cmp, bench, getattr(judge, "boundaries", None), ctx.evidence.memo, ctx.alpha)
    return cmp


def _plain_pair(s_rows: list[ScoreRecord], c_rows: list[ScoreRecord], bench: BenchmarkEntry) -> bool:
    """One row on each side, in the same setting, neither a partial run, no published average to check."""
    return (
        len(s_rows) == 1
        and len(c_rows) == 1
        and s_rows[0].setting == c_rows[0].setting
        and not s_rows[0].partial
        and not c_rows[0].partial
        and not bench.average_of
    )


def _pair_settings(ctx: Context, bench: BenchmarkEntry, competitor: str, s_rows, c_rows, judge) -> Comparison:
    """Pair the settings of both sides' rows, choose the closest pairings, and note every row not used."""
    bench_id = bench.id
    # pair settings, not rows: a cell has few distinct settings and may have thousands of rows
    s_groups, c_groups = fold_twins(_by_setting(s_rows)), fold_twins(_by_setting(c_rows))
    compatible = [(ss, cs) for ss in s_groups for cs in c_groups if not ss.differences(cs)]
    own_settings: list[str] = []
    if not compatible:
        named = {k for flt in (ctx.flt, ctx.flt_other) if flt is not None for k, _ in flt.setting}
        table = _one_table(s_rows, c_rows, named)
        if table is None:
            diffs = sorted({d for ss, cs in product(s_groups, c_groups) for d in ss.differences(cs)})
            cmp = Comparison(bench_id, competitor, _first(s_rows), _first(c_rows), "setting_mismatch", s_rows, c_rows)
            cmp.notes.append("not compared, settings differ (" + "; ".join(diffs) + ")")
            return cmp
        # one table that states each model's own setting (80K vs 32K budget) makes the comparison itself
        s_rows, c_rows, own_settings = table
        s_groups, c_groups = _by_setting(s_rows), _by_setting(c_rows)
        tables = {(r.setting, c.setting) for r in s_rows for c in c_rows if _table(r) == _table(c)}
        compatible = [(ss, cs) for ss in s_groups for cs in c_groups if (ss, cs) in tables]
    # Prefer the pairings whose settings are stated alike; a row that only matches because one
    # side left a field blank is a weaker match than one that states the same thing.
    # a benchmark scored as a rating is judged on ratings, a percent benchmark on shares correct: a
    # percentile row of a rating benchmark is another quantity, never paired or taken for a conflict
    expected = _EXPECTED_MEASURE.get(bench.metric_kind)
    if any((ss.measure or cs.measure) in (expected, None) for ss, cs in compatible):
        compatible = [(ss, cs) for ss, cs in compatible if (ss.measure or cs.measure) in (expected, None)]
    closest = min(len(ss.unknown_against(cs)) for ss, cs in compatible)
    pairs = [(ss, cs) for ss, cs in compatible if len(ss.unknown_against(cs)) == closest]
    chosen_s = {ss for ss, _ in pairs}
    used_s = [r for r in s_rows if r.setting in chosen_s]
    used_c, seen = [], set()
    for ss in dict.fromkeys(r.setting for r in used_s):  # competitor rows in the order they pair up
        partners = {cs for s2, cs in pairs if s2 == ss}
        for i, r in enumerate(c_rows):
            if i not in seen and r.setting in partners:
                seen.add(i)
                used_c.append(r)
    notes = []
    for rows, used, side in ((s_rows, used_s, 0), (c_rows, used_c, 1)):
        values = {r.value for r in used}
        taken = {id(r) for r in used}
        pairable = {pair[side] for pair in compatible}
        for r in rows:
            if id(r) in taken:
                continue
            if r.value in values or any(rounds_to(v, r.value) for v in values):
                used.append(r)  # corroborates a used value (or prints it coarser): listed as a source, changes nothing
            elif r.setting.measure not in (expected, None) and expected is not None:
                notes.append(
                    f"{_stated(r)} not used: it measures {r.setting.measure}; {bench.name} is scored as {expected}"
                )
            elif r.setting in pairable:
                notes.append(f"{_stated(r)} ({_setting_words(r)}) not used: its setting matches less closely")
            else:
                notes.append(f"{_stated(r)} ({_setting_words(r)}) not used: setting differs")
    # each side's finest values once per setting, not once per value of the other side
    s_fine = {ss: finest(r.value for r in s_groups[ss]) for ss, _ in pairs}
    c_fine = {cs: finest(r.value for r in c_groups[cs]) for _, cs in pairs}
    by_pair = {(ss, cs): sorted({judge(sv, cv, bench) for sv in s_fine[ss] for cv in c_fine[cs]}) for ss, cs in pairs}
    outcomes = sorted({o for found in by_pair.values() for o in found})
    outcome = outcomes[0] if len(outcomes) == 1 else "conflict"
    cmp = Comparison(
        bench_id,
        competitor,
        pick(used_s),
        pick(used_c),
        outcome,
        used_s,
        used_c,
        outcomes if len(outcomes) > 1 else [],
        notes,
    )
    if len(outcomes) > 1 and not cmp.conflict:
        # each setting gives one outcome, and they differ: the claim's words do not say which counts
        cmp.outcome = "depends_on_setting"
        labels = _pair_labels(by_pair)
        parts = [
            f"{labels[ss, cs]}: {'/'.join(found)} ({_values(s_groups[ss], bench)} vs {_values(c_groups[cs], bench)})"
            for (ss, cs), found in by_pair.items()
        ]
        cmp.notes.append(
            "the outcome depends on the setting (" + "; ".join(parts) + "); choose one with evidence.setting"
        )
    elif len(by_pair) > 1 and not cmp.conflict:
        # the same outcome in each setting: say so, or the sources column lists two numbers a side unexplained
        labels = _pair_labels(by_pair)
        cmp.notes.append(
            "compared in each setting: "
            + "; ".join(
                f"{labels[ss, cs]}: {'/'.join(found)} ({_values(s_groups[ss], bench)} vs {_values(c_groups[cs], bench)})"
                for (ss, cs), found in by_pair.items()
            )
        )
    for side in (used_s, used_c):
        twins = twins_note(ctx.name(side[0].model), side) if side else None
        if twins:
            cmp.notes.append(twins)
    if cmp.conflict:
        values = _conflict_text(ctx, used_s, bench) + _conflict_text(ctx, used_c, bench)
        depends = "changes" if len(outcomes) > 1 else "does not change"
        cmp.notes.append(f"sources disagree ({'; '.join(values)}); the choice {depends} the outcome")
    if bench.average_of:
        cmp.notes += _average_checks(ctx, bench, used_s + used_c)
    partial = [r for r in used_s + used_c if r.partial]
    if partial:
        cmp.notes.append(
            "partial run (--limit): "
            + ", ".join(f"{r.n} items for {ctx.name(r.model)}" for r in partial)
            + "; not the full benchmark"
        )
    notes.extend(own_settings)
    grain = granularity_note(used_s + used_c, bench, ctx.name)
    if grain:
        cmp.notes.append(grain)
    if closest:
        names = ctx.name(ctx.subject), ctx.name(competitor)
        unknown = sorted({f for ss, cs in pairs for f in stated_on_one_side(ss, cs, *names)})
        cmp.notes.append("setting stated on one side only: " + ", ".join(unknown))
    attach_test(cmp, bench, getattr(judge, "boundaries", None), ctx.evidence.memo, ctx.alpha)
    return cmp


def _table(r: ScoreRecord) -> tuple[str, str, str]:
    return (r.reported_by, r.source_url, r.source_locator)


def _one_table(s_rows: list[ScoreRecord], c_rows: list[ScoreRecord], named: set[str]):
    """Rows of both models from one table whose stated settings differ only in a model's own setting.

    Returns (subject rows, competitor rows, caveats) from the tables both sides appear in, or None.
    What the rows measure must agree (a rating is never paired with a percentile); anything else
    the table states per model (budget, thinking, harness) is the table's own comparison, named in a
    caveat. Rows from different sources with different settings are never compared this way, nor
    rows that differ in a setting the claim names (`named`).
    """
    shared = {_table(r) for r in s_rows} & {_table(r) for r in c_rows}
    s_in = [r for r in s_rows if _table(r) in shared]
    c_in = [r for r in c_rows if _table(r) in shared]
    diffs = {
        d
        for a in s_in
        for b in c_in
        if _table(a) == _table(b)
        for d in a.setting.differences(b.setting)
        if not d.startswith("measure:")
    }
    if (
        not shared
        or any(d.split(":")[0] in named for d in diffs)
        or any(
            a.setting.measure and b.setting.measure and a.setting.measure != b.setting.measure
            for a in s_in
            for b in c_in
            if _table(a) == _table(b)
        )
    ):
        return None
    where = ", ".join(sorted(f"{t[0]}, {t[2]}" if t[2] else t[0] for t in shared))
    caveat = (
        f"compared as the table compares them ({where}): each model at its own stated setting ("
        + "; ".join(sorted(diffs))
        + ")"
    )
    return s_in, c_in, [caveat]


def _average_checks(ctx: Context, bench: BenchmarkEntry, rows: list[ScoreRecord]) -> list[str]:
    """Check each published average against the mean of its parts from the same source."""
    out = []
    parts = [ctx.catalog.benchmark(p).id for p in bench.average_of]
    for r in rows:
        found = []
        for part in parts:
            same = [
                x for x in ctx.rows(r.model, part) if x.source_url == r.source_url and x.reported_by == r.reported_by
            ]
            if len({x.value for x in same}) != 1:
                break
            found.append(same[0].value)
        else:
            mean = sum(found) / len(found)
            # the average and its parts are each rounded: the average by up to half a unit of its last
            # digit, the mean of the parts by their half units summed over their count
            allowed = half_unit(r.value) + sum(half_unit(x) for x in found) / len(found)
            if abs(mean - r.value) > allowed + 1e-9:
                out.append(
                    f"{r.reported_by}'s average {r.value:g} for {ctx.name(r.model)} is not the mean of its "
                    f"{len(parts)} parts from the same source ({mean:.2f}; rounding allows ±{allowed:.3g})"
                )
    return out


def half_unit(value: float) -> float:
    """Half a unit of the last digit a value is written with: 72.35 -> 0.005, 72.5 -> 0.05, 72 -> 0.5."""
    text = repr(float(value))
    if "e" in text or "." not in text:
        return 0.0
    return 0.5 * 10.0 ** -len(text.split(".")[1].rstrip("0"))


def _setting_words(r: ScoreRecord) -> str:
    """A row's setting as read; where nothing in its text is a setting the vocabulary reads ("Inhouse
    Framework"), the text as written, not "unspecified": the row states it, the reader should see it."""
    label = r.setting.label()
    text = " ".join(r.setting_text.split())
    return f"as written: {text}" if label == "unspecified" and text else label


def _stated(r: ScoreRecord) -> str:
    """Who gave which value, with its stated uncertainty."""
    se = f" ±{r.stderr:g}" if r.stderr is not None else ""
    return f"{r.reported_by} {r.value:g}{se}"


def _conflict_text(ctx: Context, rows: list[ScoreRecord], bench: BenchmarkEntry) -> list[str]:
    if len({r.value for r in rows}) < 2:
        return []
    whole = printed.whole(bench)
    return [f"{ctx.name(rows[0].model)}: " + disagreeing(rows, lambda v: printed.score(v, whole))]


def _by_setting(rows: list[ScoreRecord]) -> dict:
    """Rows grouped by their setting, groups in order of first appearance."""
    groups: dict = {}
    for r in rows:
        groups.setdefault(r.setting, []).append(r)
    return groups


def _first(rows: list[ScoreRecord]) -> float | None:
    return rows[0].value if rows else None


def pick(rows: list[ScoreRecord]) -> float:
    """The value to display: the first-party one if any, else the first; conflicts are flagged separately. Of
    one score printed to two precisions, the finer (76.03 over 76.0), which the comparison judges."""
    kept = finest(r.value for r in rows)
    rows = [r for r in rows if r.value in kept]
    for r in rows:
        if r.first_party:
            return r.value
    return rows[0].value


def dedupe(items: list[str]) -> list[str]:
    return list(dict.fromkeys(items))
