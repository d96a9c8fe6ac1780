"""Epoch AI Benchmarking Hub: the runs CSV (`Scores` packs `scorer:0.85±0.02`) and its external-benchmark CSVs."""

from __future__ import annotations

import csv
import io
import re
from datetime import date

from harness.errors import InputError, raise_problems
from harness.evidence.adapters.base import ImportedRow, Importer, ImportOptions
from harness.evidence.adapters.foreign import CsvRows, day, foreign_digits, number, percent_or_number, whole
from harness.evidence.fetching import Fetched
from harness.evidence.identity import EFFORT_SUFFIX
from harness.evidence.settings import harness_named
from harness.inputs import not_text, not_utf8, printable

REPORTER = "Epoch AI"
HUB = "https://epoch.ai/benchmarks"
_SCORE = re.compile(r"^\s*([^:,]+):\s*([-+\d.eE]+)\s*±\s*([\d.eE]+)\s*$", re.ASCII)  # float() reads '０.８
_EXTERNAL = re.compile(r"external_benchmark_(.+)\.csv$", re.I)
VERSIONS = "model_versions.csv"


class EpochRuns(Importer):
    name = "epoch"
    # 2: runs whose started_at is written month first ("October 30, 2025 9:22am") are dated, one unread is said;
    # an external table's one 95% CI is its score's SE, and a board's "Last updated" dates its rows. A table
    # version 1 wrote for the same kept copy is then filed differently, which `validate` names with the re-import
    # (with the version unchanged it called the table edited by hand)
    version = "2"
    summary = "Epoch AI Benchmarking Hub runs CSV (with model_versions.csv beside it) or an external_benchmark_*.csv"

    def read(self, src: Fetched, opts: ImportOptions) -> list[ImportedRow]:
        table = CsvRows(src)
        if {"task", "model", "Scores"} <= set(table.header):
            return _runs(src, opts, table)
        header = set(table.header)
        if header & LINKS and header & {"Name", "Model", "Model version"}:
            return _external(src, opts, table)
        raise InputError(
            src.label,
            "not an Epoch AI file: expected runs (task, model, Scores) or external (Name or Model version, "
            "Source link) columns",
            line=1,
        )


def _versions(src: Fetched) -> dict[str, dict]:
    """The model versions table beside a runs file, by id; {} where there is none.

    A local one that is there but unreadable (binary, not UTF-8, empty, no `id` column) is refused: it was read
    as no table, unsaid, and every run kept its bare version id, its display names and effort never applied. One
    fetched beside a URL is only tried (a site may answer any path with its own page), as before.
    """
    data = src.sibling(VERSIONS)
    if data is None:
        return {}
    if src.url is not None:
        rows = csv.DictReader(io.StringIO(data.decode("utf-8-sig", "replace"), newline=""))
        return {r.get("id", ""): r for r in rows if r.get("id")}
    label = printable(str(src.path.parent / VERSIONS)) if src.path is not None else VERSIONS
    if why := not_text(data):
        raise InputError(label, why)
    try:
        rows = csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""))
    except UnicodeDecodeError as exc:
        raise not_utf8(label, exc, data) from None
    if "id" not in (rows.fieldnames or []):
        raise InputError(label, "not Epoch's model versions table: expected an id column (and Model, Display name)")
    return {r.get("id", ""): r for r in rows if r.get("id")}


def _aliases(version: dict | None) -> tuple[str, ...]:
    """Epoch's own names for a model version, most specific first.

    The bare model name ("GPT-5") is used only for a version without an effort or budget suffix
    and without a display name that qualifies it, so `gpt-5.1_medium` never becomes plain GPT-5.1.
    """
    if not version:
        return ()
    out = [version.get("Display name", ""), version.get("Unique display name", "")]
    model = version.get("Model", "")
    suffix = EFFORT_SUFFIX.search(version.get("id", ""))
    if model and not any(out):
        out.append(f"{model} ({suffix.group(1)})" if suffix else model)
    return tuple(dict.fromkeys(x for x in out if x))


def _runs(src: Fetched, opts: ImportOptions, table: CsvRows) -> list[ImportedRow]:
    versions = _versions(src)
    rows, problems = [], table.problems
    for line, r in table:
        if r.get("Status", "Success") != "Success":
            continue  # a failed or running job is no score
        best = number(r.get("Best score (across scorers)"))
        scorers = [_SCORE.match(part) for part in _split_scores(r.get("Scores", ""))]
        if best is None or not scorers or not all(scorers):
            problems.append(
                InputError(
                    src.label,
                    f"Scores must read scorer:value±stderr, got {r.get('Scores', '')[:60]!r}"
                    + (foreign_digits(r.get("Best score (across scorers)")) or foreign_digits(r.get("Scores"))),
                    field="Scores",
                    line=line,
                )
            )
            continue
        # the best scorer is the one the hub headlines; its packed value is rounded, the Best column is not
        top = max(scorers, key=lambda m: float(m.group(2)))
        version = versions.get(r["model"])
        when = day(r.get("started_at"))
        rows.append(
            ImportedRow(
                model=r["model"],
                benchmark=r["task"],
                metric=top.group(1).strip(),
                value=best,
                stderr=float(top.group(3)) or None,  # "±0" is a rounded stderr, not an exact score
                setting=f"Epoch AI Benchmarking Hub (Inspect), task version {r.get('task version') or '?'}",
                harness="Epoch AI Benchmarking Hub",
                reported_by=opts.reported_by or REPORTER,
                source_url=_url(r.get("log viewer")) or _url(r.get("logs")) or opts.source_url or src.url or HUB,
                locator=f"Benchmarking Hub run {r.get('id', '?')} ({src.name} line {line})",
                as_of=when,
                notes="; ".join(
                    x
                    for x in (
                        "stderr as Epoch rounds it (2 decimals of a fraction)",
                        f"Epoch: {version['Notes']}" if version and version.get("Notes") else "",
                        # a date written in a way this does not read is said, never left as "undated by the source"
                        f"started_at {r['started_at'][:40]!r} is no date this reads"
                        if when is None and (r.get("started_at") or "").strip()
                        else "",
                    )
                    if x
                ),
                aliases=_aliases(version),
                developer=(version or {}).get("Hugging Face developer id", ""),
                release_date=day((version or {}).get("Version release date")),
                scale="fraction",
            )
        )
    raise_problems(problems)
    return rows


LINKS = {"Source link", "Source link (site from table)"}
# the columns of Epoch's external tables that describe a record rather than score it
META = {
    "id", "ID", "UUID", "Name", "Model", "Model version", "Shots", "Notes", "Notes (details)", "Source", *LINKS,
    "Agent", "Scaffold", "Tools", "Date", "Date added", "Organization", "Environment model", "Trajectories",
    "Edit format", "Prompt",
}  # fmt: skip
_SE = re.compile(r"^(.*?)\s*(?:SE|Standard error|stderr)$", re.I)
# an interval beside the scores (WebDev Arena's "Score 95% CI" '+7.54 / -11.68', METR's CI_low and CI_high): no score
# itself, and never dropped unsaid
_CI = re.compile(r"^ci[_ ]?(?:low|high|lower|upper)$|\b95\s*%\s*ci\b", re.I)
_PLUS_MINUS = re.compile(r"^\+\s*(\d+(?:\.\d+)?)\s*/\s*-\s*(\d+(?:\.\d+)?)$")
Z95 = 1.959963984540054


def _score_columns(header: list[str]) -> dict[str, str | None]:
    """Each score column, with the column holding its standard error (`Accuracy mean` + `Accuracy SE`)."""
    cols = [h for h in header if h not in META and h]
    ses = {h: _SE.match(h).group(1).strip() for h in cols if _SE.match(h)}
    out = {}
    for h in cols:
        if h in ses:
            continue
        se = next((c for c, base in ses.items() if base and (h == base or h.startswith(base + " "))), None)
        out[h] = se
    return out


def _external(src: Fetched, opts: ImportOptions, table: CsvRows) -> list[ImportedRow]:
    from harness.evidence.metrics import load_vocabulary

    records = list(table)
    vocab = load_vocabulary()
    scores = {
        col: se
        for col, se in _score_columns(table.header).items()
        # a cost, a count or a time is not a score; a column with no number in it describes the record
        if ((m := vocab.lookup(col)) is None or m.score)
        and any(percent_or_number(r.get(col, ""))[0] is not None for _, r in records)
    }
    if not scores:
        raise InputError(src.label, f"no score column beside the record columns {sorted(META & set(table.header))}")
    found = _EXTERNAL.search(src.name)
    bench = found.group(1) if found else src.name
    # a table of several shares (Aider's "Percent correct" beside "Percent using correct edit format", LiveBench's
    # "Global average" beside each category's) states several quantities: each is its own benchmark, never
    # rows of one benchmark that the judge would weigh as the same score
    several = sum(1 for col in scores if not _own_scale(vocab, col)) > 1
    link = next(c for c in table.header if c in LINKS)
    # the columns that could name a record's model, as this table has them (OS World's and Terminal-Bench's
    # have no Name: an Agent and a Model version)
    naming = [c for c in ("Name", "Model", "Model version") if c in table.header]
    empty = " and ".join(naming) + (" are" if len(naming) > 1 else " is") + " empty" if naming else "no model column"
    intervals = [h for h in table.header if h and h not in META and _CI.search(h)]
    rows, problems = [], table.problems
    for line, r in records:
        shown = r.get("Name") or r.get("Model") or ""
        version = r.get("Model version", "")
        # a dated model version is the identity: "GPT-4o" of gpt-4o-2024-11-20 is not GPT-4o of 2024-05-13,
        # and never falls back to its undated display name (two snapshots would become one model); an
        # undated version is tried after the name
        stamp = _DATED.search(version) if version else None
        dated = stamp is not None
        model = version if dated or not shown else shown
        if dated:  # the display name is tried too when it states the same date ("Claude 3 Haiku (20240307)")
            same_day = re.sub(r"\D", "", stamp.group(0)) in re.sub(r"\D", "", shown)
            names = (shown,) if shown and shown != version and same_day else ()
        else:
            names = (version,) if version and shown and shown != version else ()
        url = _url(r.get(link))
        why = (
            f"names no model ({empty})" if not model else "" if url else (f"{link} gives no http(s) link to the source")
        )
        if why:  # one bad record is reported with its line; the others import
            where = f"{src.name} line {line}"
            # each score it states is a value skipped (FictionLiveBench's record with no model version holds ten):
            # counted as one, the import's counts said it read 576 values of a file that gives 585
            held = [c for c in scores if r.get(c, "").strip()] or [""]
            rows += [ImportedRow.skipped(model or "?", bench, c, where, f"{where}: {why}") for c in held]
            continue
        # the day the table states for a record (its "Date", else when Epoch AI added it, else when the board it
        # copies was last updated: WebDev Arena's rows were "undated by the source" beside "Last updated" 2025-10-02)
        stamp_col = next((c for c in ("Date", "Date added", "Last updated") if (r.get(c) or "").strip()), "")
        when = _dmy(r.get(stamp_col, "")) if stamp_col else None
        spread, unread = _interval(r, intervals, len(scores))
        for col, se_col in scores.items():
            # a column on its own scale (a time, a count, points, a lower-is-better share) is its own
            # benchmark, never a percent beside the table's accuracies
            own = _own_scale(vocab, col)
            cell = r.get(col, "")
            if not cell.strip() and len(scores) > 1:
                continue  # a table of several scores leaves blank what a source did not report
            value, is_percent = percent_or_number(cell)
            if value is None:
                where = f"{src.name} line {line}"
                why = f"{where}: {col} must be a score, got {cell[:40]!r}{foreign_digits(cell)}"
                rows.append(ImportedRow.skipped(model, bench, col, where, why))
                continue
            se_cell = r.get(se_col, "") if se_col else ""
            stderr = percent_or_number(se_cell)[0] if se_cell else None
            from_ci = stderr is None and not se_cell.strip() and spread is not None
            if from_ci:
                stderr = spread[0]
            if stderr is None and foreign_digits(se_cell):  # '０.６%' read as no stderr, unsaid
                where = f"{src.name} line {line}"
                why = f"{where}: {se_col} must be a number, got {se_cell[:40]!r}{foreign_digits(se_cell)}"
                rows.append(ImportedRow.skipped(model, bench, col, where, why))
                continue
            shots_cell = (r.get("Shots") or "").strip()
            shots = whole(shots_cell, zero_ok=True)
            rows.append(
                ImportedRow(
                    model=model,
                    aliases=names,
                    benchmark=f"{bench} ({col})" if own or several else bench,
                    benchmark_kind="points" if own else "",
                    metric=col,
                    value=value,
                    stderr=stderr,
                    shots=shots,
                    # the agent or scaffold a record names is its harness (no table has both): another setting
                    setting=f"Tools {r['Tools']}" if r.get("Tools") else "",
                    harness=harness_named(r.get("Agent") or r.get("Scaffold")),
                    reported_by=opts.reported_by or r.get("Source") or REPORTER,
                    source_url=url,
                    # the record's own id (The Agent Company's table has only a UUID; OS World's none: its line), so
                    # two records of one model never share a locator and fall together as one row stated twice
                    locator=f"as collected by Epoch AI ({src.name}, record {_record(r, line)}, {col})",
                    as_of=when,
                    notes="; ".join(
                        x
                        for x in (
                            f"dated by the table's {stamp_col!r} column" if when else "",
                            f"named {shown!r} in the table" if dated and shown and shown != version else "",
                            f"model version {version}" if names and not dated else "",
                            # a cell that is no count ('²', 5,000 digits) leaves the shots unstated, and says so
                            f"Shots {shots_cell[:40]!r} is no count: shots not stated"
                            if shots_cell and shots is None
                            else "",
                            spread[1] if from_ci else "",
                            unread,
                            r.get("Notes", ""),
                        )
                        if x
                    ),
                    scale="percent" if is_percent or "%" in col else "unknown",
                    # an SE stated on the same scale as its score
                    max_score=None,
                )
            )
    raise_problems(problems)
    return rows


def _interval(r: dict, columns: list[str], scores: int) -> tuple[tuple[float, str] | None, str]:
    """A record's interval: the SE it gives its table's one score, and its note, where it is one 95% CI written
    '+7.54 / -11.68' (as LMArena writes them: the mean of its halves over 1.96); else a note naming the interval as
    not read (METR's CI_low and CI_high beside two scores: which one they bound, and at what level, is not said)."""
    given = [(c, r[c].strip()) for c in columns if (r.get(c) or "").strip()]
    if not given:
        return None, ""
    plus_minus = _PLUS_MINUS.match(given[0][1]) if len(given) == 1 and "95" in given[0][0] else None
    if plus_minus and scores == 1:
        se = (float(plus_minus.group(1)) + float(plus_minus.group(2))) / (2 * Z95)
        return (se, f"stderr from the table's {given[0][0]} {given[0][1]!r}: the mean of its halves over 1.96"), ""
    shown = " and ".join(f"{c} {v[:30]!r}" for c, v in given)
    return None, f"not read: the record's {shown}, an interval the table does not tie to one score"


def _record(r: dict, line: int) -> str:
    return r.get("id") or r.get("ID") or r.get("UUID") or f"at line {line}"


def _own_scale(vocab, col: str) -> bool:
    known = vocab.lookup(col)
    return known is not None and not known.percent_like


_DATED = re.compile(r"(19|20)\d\d-?[01]\d-?[0-3]\d|[01]\d-[0-3]\d-20\d\d")  # 2024-05-13, 20241022, 11-25-2024


def _dmy(text: str) -> date | None:
    """A day Epoch's external tables write as day/month/year ("23/7/2024"), or ISO; None otherwise."""
    text = text.strip()
    found = re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", text)
    try:
        return date(int(found.group(3)), int(found.group(2)), int(found.group(1))) if found else day(text)
    except ValueError:
        return None


def _split_scores(text: str) -> list[str]:
    return [p for p in text.split(",") if p.strip()]


def _url(text: str | None) -> str:
    text = (text or "").strip()
    return text if text.startswith(("https://", "http://")) and " " not in text else ""
