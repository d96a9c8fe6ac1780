"""`benchclaims pull`: import every source listed in sources.yaml and say which rows changed upstream."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictBool, ValidationError, field_validator

from harness.claims.catalog import catalog_files
from harness.claims.catalog_entries import Day, not_after_today
from harness.errors import BenchclaimsError, InputError
from harness.evidence import snapshots
from harness.evidence.adapters import IMPORTERS, unknown_format
from harness.evidence.adapters.base import ImportOptions
from harness.evidence.adapters.published_cells import cell_text
from harness.evidence.fetching import IMPORT_MAX_BYTES, public_url, same_source_key
from harness.evidence.importing import FOLDER, ImportReport, import_source
from harness.inputs import URL_PATTERN, control_character, read_bytes, relative_label, within
from harness.outputs import project_lock
from harness.validation_errors import validation_error
from harness.yamlfile import load_yaml

SOURCES_FILE = "sources.yaml"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _one_line(text: str) -> str:
    why = control_character(text)
    if why:
        raise ValueError(why)
    return text


# free text kept with each row and shown in reports: printable, on one line, as the flags it stands for
Text = Annotated[str, AfterValidator(_one_line)]


class SourceOptions(_Strict):
    """The `benchclaims import` flags, for one source."""

    model: Text = ""
    map: dict[Text, Text] = {}
    columns: dict[Text, Text] = {}
    source_url: Text = ""
    reported_by: Text = ""
    as_of: Day | None = None
    locator: Text = ""
    metric: Text = ""
    scale: str = Field(default="auto", pattern=r"^(auto|fraction|percent)$")
    add_unmapped: StrictBool = False

    @field_validator("as_of")
    @classmethod
    def _not_future(cls, v):  # refused at its line before anything is fetched, as `import --as-of` is
        return not_after_today(v, "the day the scores were published")


class Source(_Strict):
    url: str = Field(pattern=URL_PATTERN)
    format: str
    options: SourceOptions = SourceOptions()
    notes: str = ""


class SourcesFile(_Strict):
    sources: list[Source] = []  # a new project's list starts empty


@dataclass
class Pulled:
    source: Source
    report: ImportReport | None = None
    error: str = ""
    changes: list[str] = field(default_factory=list)  # rows that differ from the previous copy


def read_sources(root: Path) -> list[Source]:
    path = root / SOURCES_FILE
    label = relative_label(path, root)
    if not path.exists() and not path.is_symlink():
        raise InputError(label, "no sources file: list what to pull as `sources: [{url, format, options}]`")
    # a folder, a link to nothing or a link loop is a sources file that cannot be read, not a missing one
    within(path, root, label)
    doc = load_yaml(path, label)
    try:
        parsed = SourcesFile.model_validate(doc.data)
    except ValidationError as exc:
        raise validation_error(doc, exc, model=SourcesFile) from None
    first: dict[str, int] = {}
    for i, s in enumerate(parsed.sources):
        if s.format not in IMPORTERS:
            raise InputError(
                label,
                unknown_format(s.format),
                field=f"sources[{i}].format",
                line=doc.line_of(("sources", i, "format")),
            )
        # one copy of a URL's content has one table, written with the options of its last import: a source listed
        # twice was fetched twice and its second entry's options replaced the first's, unsaid
        # compared as a server reads them: `https://X.example/a.csv/` is the `https://x.example/a.csv` above it
        j = first.setdefault(same_source_key(s.url), i)
        if j != i:
            other = parsed.sources[j].url
            spelt = "" if other == s.url else f" as {public_url(other)}"
            raise InputError(
                label,
                f"{public_url(s.url)} is listed twice, at line {doc.line_of(('sources', j, 'url'))} (sources[{j}]"
                f"{spelt}) and here: list each source once, with its import options in that one entry",
                field=f"sources[{i}].url",
                line=doc.line_of(("sources", i, "url")),
            )
    return parsed.sources


def pull(root: Path, progress=None) -> list[Pulled]:
    """Import every listed source; a source that fails is reported and the others still run."""
    catalog_files(root / "catalog")  # outside a project: that, not a missing sources.yaml, and no lock file left
    with project_lock(root):  # one writer at a time: a second pull or import waits
        return _pull_all(root, progress)


def _pull_all(root: Path, progress) -> list[Pulled]:
    out = []
    for done, source in enumerate(read_sources(root), 1):
        o = source.options
        opts = ImportOptions(
            model=o.model,
            task_map=dict(o.map),
            columns=dict(o.columns),
            source_url=o.source_url,
            reported_by=o.reported_by,
            as_of=o.as_of,
            locator=o.locator,
            metric=o.metric,
            scale=o.scale,
        )
        item = Pulled(source)
        try:
            item.report = import_source(root, source.format, source.url, opts, add_unmapped=o.add_unmapped)
        except BenchclaimsError as exc:
            item.error = str(exc)
        else:
            if item.report.snapshot["new"]:
                item.changes = changed_rows(root, source.format, item.report.snapshot["sha256"])
        out.append(item)
        if progress:
            progress("sources pulled", done, "source pulled")
    return out


def changed_rows(root: Path, fmt: str, sha: str) -> list[str]:
    """Rows of a new snapshot that differ from the source's previous snapshot (added, changed, gone)."""
    results = root / "results"
    index, _ = snapshots.load_index(results, root)
    snap = index.get(sha)
    before = snapshots.previous(index, snap) if snap else None
    if before is None:
        return []
    old, new = _rows(results, fmt, before.sha256), _rows(results, fmt, sha)
    lines = []
    for key in sorted(set(old) | set(new)):
        what = " / ".join(k for k in key if k)
        if key not in new:
            lines.append(f"gone: {what} (was {old[key]})")
        elif key not in old:
            lines.append(f"new: {what} = {new[key]}")
        elif old[key] != new[key]:
            lines.append(f"changed: {what}: {old[key]} -> {new[key]}")
    return lines


def _rows(results: Path, fmt: str, sha: str) -> dict[tuple, str]:
    path = results / FOLDER / fmt / f"{sha[:16]}.csv"
    if not path.is_file():
        return {}
    out = {}
    label = relative_label(path, results.parent)
    text = read_bytes(path, label, IMPORT_MAX_BYTES).decode("utf-8", "replace")
    for row in csv.DictReader(io.StringIO(text, newline="")):
        cell = {k: cell_text(str(v or "").strip()) for k, v in row.items() if k is not None}.get
        # a table edited by hand may lack a column: the report says less, it never stops the pull
        key = (
            cell("model_as_written") or cell("model", ""),
            cell("benchmark_as_written") or cell("benchmark", ""),
            cell("metric", ""),
            cell("setting", ""),
        )
        out[key] = cell("score", "") + (f" ±{cell('stderr')}" if cell("stderr") else "")
    return out
