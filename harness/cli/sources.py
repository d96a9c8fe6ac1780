"""Commands that bring evidence in: `import`, `evidence`, `pull`."""

from __future__ import annotations

import sys

import click

from harness.cli.common import DAY, Named, echo, one_line, pairs, print_problems, progress_for, project_option
from harness.counting import counted
from harness.errors import UsageError


def _format_is_an_argument(ctx, param, value):
    """`import --format NAME`: the format is the first argument; say so (and check the name) in one line."""
    if value is None:
        return
    from harness.evidence.adapters import IMPORTERS, unknown_format

    known = value in IMPORTERS
    usage = f"benchclaims import {value if known else 'FORMAT'} SOURCE..."
    raise UsageError(  # one line, as every user mistake (click's own would add its usage lines)
        f"the format is the first argument, not an option: {usage}" + ("" if known else f" ({unknown_format(value)})")
    )


@click.command(name="import")
@click.argument("fmt", metavar="FORMAT")
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...", type=Named("a file or an http(s) URL"))
@project_option
@click.option(
    "--model",
    default="",
    callback=one_line,
    help="eee, helm, inspect, lm-eval, model-card: the model's name or alias in the catalog (not its id), when the "
    "file names a local path or none (the other formats name their own models and refuse it).",
)
@click.option(
    "--map",
    "task_map",
    multiple=True,
    callback=one_line,
    help="TASK=BENCHMARK: file a task, as the file spells it, under a catalog benchmark (a task the file lacks is "
    "refused).",
)
@click.option(
    "--columns",
    multiple=True,
    callback=one_line,
    help="csv: SRC=FIELD pairs (fields: model, benchmark, score, metric, ...).",
)
@click.option(
    "--source-url", default="", callback=one_line, help="Where the file was published (when it does not say)."
)
@click.option(
    "--reported-by", default="", callback=one_line, help="Who published the scores (when the file does not say)."
)
@click.option("--as-of", type=DAY, default=None, help="Date of the scores, when rows lack one.")
@click.option(
    "--locator",
    default="",
    callback=one_line,
    help="csv: the table or section, when rows lack one [default: the file name].",
)
@click.option(
    "--metric", default="", callback=one_line, help="csv, helm: the metric's name, when the file does not say."
)
@click.option(
    "--scale",
    type=click.Choice(["auto", "fraction", "percent"]),
    default="auto",
    show_default=True,
    help="Scores of percent benchmarks: fraction (x100) or percent; auto reads the file.",
)
@click.option("--add-unmapped", is_flag=True, help="Add unknown names to catalog/imported.yaml, marked unreviewed.")
@click.option("--json", "as_json", is_flag=True, help="Print rows, snapshot and unmapped names as JSON.")
@click.option("--format", hidden=True, is_eager=True, expose_value=False, callback=_format_is_an_argument)
def import_cmd(
    fmt,
    sources,
    project_dir,
    model,
    task_map,
    columns,
    source_url,
    reported_by,
    as_of,
    locator,
    metric,
    scale,
    add_unmapped,
    as_json,
):
    """Import published scores into results/ (FORMAT: lm-eval, csv, model-card,
    epoch, lmarena, open-llm-leaderboard, eee, inspect, helm).

    SOURCE is a file or an http(s) URL. The raw content is kept under
    results/snapshots/; importing the same content again adds nothing. Names the
    catalog does not know are listed and left out (or added with --add-unmapped).

    \b
    Example:
        benchclaims import epoch benchmarks_runs.csv
        benchclaims import lm-eval results_2026-01-21.json --model my-model --map "gpqa_diamond_cot_zeroshot=GPQA Diamond"
        benchclaims import csv board.csv --columns Model=model,Benchmark=benchmark,Score=score \\
            --source-url https://example.org/board --reported-by "Example Lab" --as-of 2025-12-01
    """
    from harness.claims.catalog_entries import in_the_future
    from harness.evidence.adapters.base import ImportOptions
    from harness.evidence.importing import NothingImported, import_source

    # refused before a download: it was found at each row, "no row passes the evidence checks (...)", after one
    if as_of and (why := in_the_future(as_of, "the day the scores were published")):
        raise UsageError(f"--as-of {why}")
    opts = ImportOptions(
        model=model,
        task_map=pairs(task_map, "--map", "TASK=BENCHMARK"),
        columns=pairs(columns, "--columns", "SRC=FIELD"),
        source_url=source_url,
        reported_by=reported_by,
        as_of=as_of,
        locator=locator,
        metric=metric,
        scale=scale,
    )
    root = project_dir.resolve()
    reports = []
    for source in sources:
        try:
            report = import_source(root, fmt, source, opts, add_unmapped=add_unmapped)
        except NothingImported as exc:
            # each value's reason (--json: the report, with no snapshot kept), then the one error line
            if as_json:
                _print_json([*reports, exc.report])
            else:
                _print_skipped(exc.report)
            raise
        reports.append(report)
        if not as_json:
            _print_import(source, report)
    if as_json:
        _print_json(reports)


def _print_json(reports) -> None:
    import json

    body = reports[0].as_json() if len(reports) == 1 else {"imports": [r.as_json() for r in reports]}
    click.echo(json.dumps(body, indent=2, sort_keys=True, default=str))


def _print_import(source: str, report) -> None:
    from harness.evidence.fetching import public_url

    source = public_url(source)  # never a password or token on a terminal or in a CI log
    snap = report.snapshot
    state = "new snapshot" if snap["new"] else "already imported (same content)"
    c = report.counts()
    # "0 under 0 unmapped names" said nothing: the clause is there when a name was left out
    unmapped = (
        f", {c['unmapped_rows']} under {counted(c['unmapped_names'], 'unmapped name')}" if c["unmapped_names"] else ""
    )
    echo(
        f"{source}: {counted(c['read'], 'value')} read, {c['imported']} imported, {c['skipped']} skipped{unmapped}; "
        f"{state} {snap['sha256'][:12]} in {snap['path']}"
    )
    for path in report.written:
        echo(f"  wrote {path}")
    for name in report.catalog_added:
        echo(f"  added to catalog/imported.yaml (unreviewed): {name}")
    for note in report.notes:
        echo(f"  note: {note}")
    _print_skipped(report)
    if report.unmapped:
        rows = sum(u["rows"] for u in report.unmapped)
        echo(
            f"  {counted(len(report.unmapped), 'name')} not in the catalog ({counted(rows, 'name use')} in rows left out):",
            err=True,
        )
        for u in report.unmapped[:20]:
            hint = f" (closest: {', '.join(u['closest'])})" if u["closest"] else ""
            why = f": {u['reason']}" if u.get("reason") else ""
            echo(f"    {u['kind']} {u['name']!r}: {counted(u['rows'], 'row')}{hint}{why}", err=True)
        if len(report.unmapped) > 20:
            echo(f"    ... and {len(report.unmapped) - 20} more (--json lists all)", err=True)
        echo(
            "  Review model names with `benchclaims link`, map benchmarks with --map, or add them with --add-unmapped.",
            err=True,
        )


def _print_skipped(report) -> None:
    for skip in report.skipped[:20]:
        # a csv row's reason starts with its place ('board.csv line 3: ...'), which the summary of a file refused
        # whole needs; here the place is said once
        # (and a row with no place of its own, a csv row without a locator column, prints none: not '()')
        place = (
            "" if not skip["locator"] or skip["reason"].startswith(f"{skip['locator']}: ") else f" ({skip['locator']})"
        )
        # a score with no benchmark (a model card's result without a dataset) prints none: not 'model /  / metric'
        named = " / ".join(part for part in (skip["model"], skip["benchmark"], skip["metric"]) if part)
        echo(f"  skipped {named}{place}: {skip['reason']}")
    if len(report.skipped) > 20:
        echo(f"  ... and {len(report.skipped) - 20} more skipped (--json lists all)")


@click.command()
@click.argument("model", type=Named("a model, by its catalog name or an alias"))
@click.argument("benchmark", required=False, type=Named("a benchmark, or leave it out for all of them"))
@project_option
@click.option("--json", "as_json", is_flag=True, help="Print the rows and conflicts as JSON.")
def evidence(model, benchmark, project_dir, as_json):
    """List every evidence row for MODEL (and BENCHMARK) across sources and snapshots.

    Conflicts (same benchmark, metric and setting; different values) are marked, with
    whether the values agree within their 95% uncertainty.

    \b
    Example:
        benchclaims evidence "GPT-5 (high)" "GPQA Diamond"
        benchclaims evidence DeepSeek-V3.2 --json
    """
    import json

    from harness.evidence.records import as_of_label
    from harness.judge.evidence_view import evidence_for, party
    from harness.verify import Project, load_project

    project = Project(project_dir)
    run, _ = load_project(project, [])
    view = evidence_for(run.evidence, run.catalog, model, benchmark)
    if as_json:
        click.echo(json.dumps(view.as_json(run.catalog), indent=2, sort_keys=True))
    else:
        name = run.catalog.model(view.model).name
        echo(f"{name}: {counted(len(view.rows), 'row')}")
        for r, current in zip(view.rows, view.current):
            se = f" ±{r.stderr:g}" if r.stderr is not None else ""
            old = "" if current else "  [older snapshot]"
            echo(
                f"  {run.catalog.benchmark(r.benchmark).name} | {r.metric} | {r.value:g}{se} | {r.setting.label()} | "
                f"{r.reported_by} ({party(r)}) | {as_of_label(r.as_of)} | {r.source_url}{old}"
            )
        for c in view.conflicts:
            verdict = {
                True: "agree within uncertainty",
                False: "disagree beyond uncertainty",
                None: "uncertainty unknown",
            }
            values = ", ".join(f"{v:g} per {who}" for v, who in c.values)
            echo(
                f"  conflict: {run.catalog.benchmark(c.benchmark).name} {c.metric} ({c.setting}): {values}; {verdict[c.agree]}"
            )
    print_problems(run.problems)
    if run.problems:  # the rows listed leave out what could not be read: exit 2, as verify and validate do
        sys.exit(2)


@click.command()
@project_option
@click.option("--json", "as_json", is_flag=True, help="Print each source's import and changed rows as JSON.")
def pull(project_dir, as_json):
    """Import every source listed in sources.yaml (a re-check's first step).

    Each source is fetched and imported as `benchclaims import` would; content already
    imported adds nothing, and a changed upstream adds a snapshot and lists the rows that
    changed. Exit code 1 when a source could not be fetched or read.

    \b
    Example:
        benchclaims pull && benchclaims verify --baseline reports/baseline.json
    """
    import json

    from harness.evidence.fetching import public_url
    from harness.evidence.pull import pull as run_pull

    progress = progress_for(as_json)
    pulled = run_pull(project_dir.resolve(), progress)
    if progress:
        progress.done()
    if as_json:
        body = [
            {
                "url": public_url(p.source.url),
                "format": p.source.format,
                "error": p.error or None,
                "changes": p.changes,
                **(p.report.as_json() if p.report else {}),
            }
            for p in pulled
        ]
        click.echo(json.dumps({"sources": body}, indent=2, sort_keys=True, default=str))
    else:
        if not pulled:
            echo("Nothing to pull: sources.yaml lists no sources.")
        for p in pulled:
            if p.error:
                echo(f"Error: {p.error}", err=True)
                continue
            _print_import(p.source.url, p.report)
            for line in p.changes:
                echo(f"  upstream {line}")
    if any(p.error for p in pulled):
        sys.exit(1)


@click.command()
@click.argument("source", required=False, default="")
@project_option
@click.option("--unmapped", is_flag=True, help="List the unplaced names of every source (the default with no SOURCE).")
@click.option("--accept", "choices", multiple=True, metavar="NAME=MODEL", help="Record that SOURCE's NAME is MODEL.")
@click.option("--accept-all-exact", is_flag=True, help="Record every name with a single exact candidate.")
@click.option(
    "--reviewer",
    default="",
    help="Who reviewed the choices [default: $BENCHCLAIMS_REVIEWER, else git user.name, else the login name].",
)
@click.option("--json", "as_json", is_flag=True, help="Print the names and candidates (or what was written) as JSON.")
def link(source, project_dir, unmapped, choices, accept_all_exact, reviewer, as_json):
    """List the model names imports could not place, with ranked candidates; record choices.

    SOURCE is an importer (lmarena, epoch, ...) or a snapshot id. A choice becomes a
    reviewed alias in catalog/aliases/SOURCE.yaml (who, when, why), used by that
    source only; the source's imported tables are refreshed. A name spelled like a
    catalog id is a candidate, never an automatic match.

    \b
    Example:
        benchclaims link --unmapped
        benchclaims link lmarena --accept deepseek-v3.2=deepseek-v3.2-non-thinking
        benchclaims link lmarena --accept-all-exact
    """
    import json

    from harness.evidence.linking import accept, reviewer_name, unplaced

    root = project_dir.resolve()
    if unmapped and (choices or accept_all_exact):
        raise UsageError("--unmapped lists names; leave it out to accept choices")
    if choices or accept_all_exact:
        done = accept(root, source, pairs(choices, "--accept", "NAME=MODEL"), accept_all_exact, reviewer_name(reviewer))
        if as_json:
            click.echo(json.dumps(done.as_json(), indent=2, sort_keys=True))
            return
        for a in done.aliases:
            echo(f"{a['source']} {a['name']!r} -> {a['model']} ({a.get('reason', '')})")
        for path in done.written:
            echo(f"  wrote {path}")
        for path in done.refreshed:
            echo(f"  refreshed {path}")
        for line in done.left:
            echo(f"  left: {line}", err=True)
        return
    names = unplaced(root, source)
    if as_json:
        click.echo(json.dumps({"unplaced": [u.as_json() for u in names]}, indent=2, sort_keys=True))
        return
    if not names:
        echo("every model name of the kept imports is placed")
    for u in names:
        echo(f"{u.source} {u.name!r}: {counted(u.rows, 'row')}")
        if u.refused:
            echo(f"  not taken: {u.refused}")
        for i, c in enumerate(u.candidates, 1):
            mark = " [exact]" if c.exact and c.model else ""
            target = c.model or f"(new) {c.name}"
            tie = f" [tied with {', '.join(c.tied_with)}: as close, listed by name]" if c.tied_with else ""
            echo(f"  {i}. {target}{mark}: {c.reason}{tie}")
        if not u.candidates:
            echo("  no candidate: add it with `benchclaims import --add-unmapped`")
