"""Epoch AI Benchmarking Hub: the runs CSV (`Scores` packs `scorer:0.85±0.02`) and its external-benchmark CSVs."""

from __future__ import annotations

import csv
import io
import re

from harness.errors import InputError, raise_problems
from harness.evidence.adapters.base import ImportedRow, Importer, ImportOptions
from harness.evidence.adapters.foreign import CsvRows, day, number, percent_or_number
from harness.evidence.fetching import Fetched
from harness.evidence.identity import EFFORT_SUFFIX

REPORTER = "Epoch AI"
HUB = "https://epoch.ai/benchmarks"
_SCORE = re.compile(r"^\s*([^:,]+):\s*([-+\d.eE]+)\s*±\s*([\d.eE]+)\s*$")
_EXTERNAL = re.compile(r"external_benchmark_(.+)\.csv$", re.I)
VERSIONS = "model_versions.csv"


class EpochRuns(Importer):
    name = "epoch"
    summary = "Epoch AI Benchmarking Hub runs CSV (with model_versions.csv beside it) or an external_benchmark_*.csv"

    def read(self, src: Fetched, opts: ImportOptions) -> list[ImportedRow]:
        table = CsvRows(src)
        if {"task", "model", "Scores"} <= set(table.header):
            return _runs(src, opts, table)
        if {"Name", "Source link"} <= set(table.header):
            return _external(src, opts, table)
        raise InputError(
            src.label,
            "not an Epoch AI file: expected runs (task, model, Scores) or external (Name, Source link) columns",
            line=1,
        )


def _versions(src: Fetched) -> dict[str, dict]:
    data = src.sibling(VERSIONS)
    if data is None:
        return {}
    rows = csv.DictReader(io.StringIO(data.decode("utf-8-sig", "replace"), newline=""))
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
                    f"Scores must read scorer:value±stderr, got {r.get('Scores', '')[:60]!r}",
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


def _external(src: Fetched, opts: ImportOptions, table: CsvRows) -> list[ImportedRow]:
    known = {"id", "Name", "Model version", "Shots", "Notes", "Source", "Source link"}
    score_cols = [h for h in table.header if h not in known]
    if len(score_cols) != 1:
        raise InputError(src.label, f"expected one score column beside {sorted(known)}, got {score_cols}", line=1)
    col = score_cols[0]
    found = _EXTERNAL.search(src.name)
    bench = found.group(1) if found else src.name
    rows, problems = [], table.problems
    for line, r in table:
        value, is_percent = percent_or_number(r.get(col, ""))
        if value is None:
            problems.append(
                InputError(src.label, f"must be a score, got {r.get(col, '')[:40]!r}", field=col, line=line)
            )
            continue
        model = r.get("Name") or r.get("Model version", "")  # some records name only the version
        if not model:
            problems.append(InputError(src.label, "names no model (Name and Model version are empty)", line=line))
            continue
        url = _url(r.get("Source link"))
        if not url:
            problems.append(InputError(src.label, "no http(s) link to the source", field="Source link", line=line))
            continue
        rows.append(
            ImportedRow(
                model=model,
                benchmark=bench,
                metric=col,
                value=value,
                shots=int(r["Shots"]) if r.get("Shots", "").isdigit() else None,
                reported_by=opts.reported_by or r.get("Source") or REPORTER,
                source_url=url,
                locator=f"as collected by Epoch AI ({src.name}, record {r.get('id', '?')})",
                as_of=None,
                notes="; ".join(
                    x
                    for x in (
                        f"model version {r['Model version']}" if r.get("Model version") else "",
                        r.get("Notes", ""),
                    )
                    if x
                ),
                scale="percent" if is_percent else "unknown",
            )
        )
    raise_problems(problems)
    return rows


def _split_scores(text: str) -> list[str]:
    return [p for p in text.split(",") if p.strip()]


def _url(text: str | None) -> str:
    text = (text or "").strip()
    return text if text.startswith(("https://", "http://")) and " " not in text else ""
