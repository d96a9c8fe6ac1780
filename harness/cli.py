"""The command line: parse, call one library function, print, choose the exit code."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import click

from harness import __version__
from harness.errors import BenchclaimsError, UsageError, grouped

DEFAULT_CLAIMS = "claims"


class _Group(click.Group):
    """Turn library errors into one line and an exit code; never a traceback for user mistakes."""

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except BenchclaimsError as exc:
            if os.environ.get("BENCHCLAIMS_RAISE"):
                raise
            for problem in getattr(exc, "problems", None) or [exc]:
                click.echo(f"Error: {problem}", err=True)
            sys.exit(exc.exit_code)
        except OSError as exc:
            # a report or output path that cannot be written: the user's path, not our bug
            click.echo(f"Error: {exc.filename or ''}: {exc.strerror or exc}", err=True)
            sys.exit(2)
        except KeyboardInterrupt:
            # every file is written to a temporary and renamed, so an interruption leaves only whole files
            if ctx.invoked_subcommand == "run":
                click.echo("Interrupted; finished results are kept, run the command again to do the rest.", err=True)
            else:
                click.echo("Interrupted; files already there are left as they were.", err=True)
            sys.exit(130)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "-V", "--version", prog_name="benchclaims")
def cli():
    """Check claims about AI benchmark results against sourced evidence.

    \b
    Example:
        benchclaims verify                 # all claims in claims/, reports in reports/
        benchclaims verify --json claims/speciale-beats-gpt5.yaml
    """


def project_option(fn):
    return click.option(
        "--project",
        "project_dir",
        type=click.Path(file_okay=False, path_type=Path),
        default=".",
        show_default=True,
        help="Project root holding catalog/ and results/.",
    )(fn)


class _Progress:
    """A count and rate on one stderr line, for terminals only (never in a pipe, a log or --json)."""

    def __init__(self):
        self.what = None
        self.count = 0
        self.start = self.last = 0.0

    def __call__(self, what: str, count: int) -> None:
        import time

        now = time.monotonic()
        if what != self.what:
            self.done()
            self.what, self.start, self.last = what, now, 0.0
        self.count = count
        if now - self.last >= 0.2:
            self.last = now
            self._show(now)

    def _show(self, now: float) -> None:
        rate = self.count / (now - self.start) if now > self.start else 0.0
        click.echo(f"\r{self.count:,} {self.what} ({rate:,.0f}/s)", nl=False, err=True)

    def done(self) -> None:
        import time

        if self.what is not None and self.last:
            self._show(time.monotonic())  # the final count, then end the line
            click.echo("", err=True)
        self.what = None


def _progress(as_json: bool) -> _Progress | None:
    return _Progress() if not as_json and sys.stderr.isatty() else None


def _paths(paths: tuple[Path, ...], project_dir: Path) -> list[Path]:
    return list(paths) or [project_dir / DEFAULT_CLAIMS]


def _print_warnings(warnings) -> None:
    for line in grouped(warnings):
        click.echo(f"Warning: {line}", err=True)


def _print_problems(problems) -> None:
    for line in grouped(problems):
        click.echo(f"Error: {line}", err=True)
    if problems:
        click.echo(f"{len(problems)} input problem(s); everything else was still checked.", err=True)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@project_option
@click.option(
    "--report-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Where to write markdown reports and charts [default: <project>/reports].",
)
@click.option("--no-report", is_flag=True, help="Do not write reports.")
@click.option("--json", "as_json", is_flag=True, help="Print the results as JSON on stdout.")
@click.option("--alpha", type=float, default=0.05, show_default=True, help="Significance level.")
@click.option(
    "--baseline",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="A saved --json output to compare verdicts against.",
)
@click.option(
    "--fail-on",
    default=None,
    help="Comma list: changed (a verdict; needs --baseline), strength (significant/within noise; needs "
    "--baseline), refuted, insufficient_evidence (these two apply to the verdicts themselves), none. "
    "[default: changed with --baseline, else none]",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Processes that draw charts [default: one per core].",
)
def verify(paths, project_dir, report_dir, no_report, as_json, alpha, baseline, fail_on, jobs):
    """Verify claims and write reports.

    Exit code 0 when verification ran, 2 for bad input, 1 when a verdict (or, with
    --baseline, a change) is one that --fail-on names.

    \b
    Example:
        benchclaims verify
        benchclaims verify claims/speciale-beats-gpt5.yaml --json > out.json
        benchclaims verify --baseline reports/baseline.json --fail-on changed,refuted
    """
    from harness.baseline import check_drift, parse_fail_on, within
    from harness.report.jsonout import iter_dumps, run_dict
    from harness.report.writer import write_reports
    from harness.verify import Project
    from harness.verify import verify as run_verify

    fail_set = parse_fail_on(fail_on or ("changed" if baseline else "none"))
    needs_baseline = sorted(fail_set & {"changed", "strength"})
    if needs_baseline and not baseline:
        raise UsageError(f"--fail-on {','.join(needs_baseline)} compares with a baseline: give --baseline FILE")
    project = Project(project_dir)
    progress = _progress(as_json)
    run = run_verify(project, _paths(paths, project_dir), alpha=alpha, progress=progress)
    drift = None
    if baseline:
        current = run_dict(run.results, run.problems, alpha, run.reruns)
        drift = check_drift(current, baseline, fail_set, within(_paths(paths, project_dir), project.root))
    if not no_report:
        out = report_dir or project.root / "reports"
        write_reports(
            run.results,
            grouped(run.problems),
            run.catalog,
            out,
            changes=drift.changes_by_claim if drift else None,
            reruns=run.reruns,
            jobs=jobs,
            progress=(lambda done, total: progress("charts drawn", done)) if progress else None,
        )
    if progress:
        progress.done()
    if as_json:
        for chunk in iter_dumps(run_dict(run.results, run.problems, alpha, run.reruns, lazy=True)):
            click.echo(chunk, nl=False)
    else:
        _print_table(run.results)
    _print_warnings(run.warnings)
    _print_problems(run.problems)
    if drift:
        for line in drift.lines:
            click.echo(line, err=True)
    failing = [] if drift else [r for r in run.results if r.verdict in fail_set]
    for r in failing:  # without a baseline, --fail-on refuted/insufficient_evidence judges the verdicts
        click.echo(f"{r.verdict}: {r.claim.id}", err=True)
    if run.problems:
        sys.exit(2)
    if (drift and drift.failed) or failing:
        sys.exit(1)


def _print_table(results) -> None:
    if not results:
        click.echo("No claims verified.")
        return
    width = max(len(r.claim.id) for r in results)
    for r in results:
        strength = (r.strength or "unknown").replace("_", " ")
        click.echo(f"{r.claim.id:<{width}}  {r.verdict:<21}  {strength:<12}  {r.reason}")


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@project_option
def validate(paths, project_dir):
    """Check claim, catalog and evidence files without verifying.

    \b
    Example:
        benchclaims validate
        benchclaims validate claims/my-claim.yaml
    """
    from harness.verify import Project
    from harness.verify import validate as run_validate

    run = run_validate(Project(project_dir), _paths(paths, project_dir))
    _print_warnings(run.warnings)
    _print_problems(run.problems)
    if run.problems:
        sys.exit(2)
    click.echo(f"OK: {len(run.evidence)} evidence rows, catalog and claims valid.")


@cli.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write the schema here instead of stdout.",
)
def schema(output):
    """Print the JSON Schema of claim files (for editor completion and checks).

    \b
    Example:
        benchclaims schema -o schema/claim.schema.json
        # then, first line of a claim file:
        # yaml-language-server: $schema=../schema/claim.schema.json
    """
    from harness.authoring import claim_schema

    text = claim_schema()
    if output:
        from harness.outputs import write_file

        output.parent.mkdir(parents=True, exist_ok=True)
        write_file(output, text)
        click.echo(f"Wrote {output}")
    else:
        click.echo(text, nl=False)


@cli.command()
@click.option("--statement", required=True, help="The claim, verbatim.")
@click.option("--subject", required=True, help="The model the claim is about.")
@click.option(
    "--kind",
    default="outperforms",
    show_default=True,
    type=click.Choice(["outperforms", "matches", "ranks", "score"]),
    help="What is claimed: beats, is within a tolerance of, ranks in the top k of a cohort, or scores a number.",
)
@click.option("--competitor", "competitors", multiple=True, help="Competitor (or cohort member for ranks).")
@click.option("--benchmark", "benchmarks", multiple=True, help="Benchmark; omit for every shared one.")
@click.option("--quantifier", default="all", show_default=True, help="all, most, any, or a number (at least N).")
@click.option("--top", default=1, show_default=True, help="For ranks: the top k.")
@click.option("--value", type=float, default=None, help="For score: the quoted number.")
@click.option("--publisher", required=True, help="Who said it.")
@click.option("--url", required=True, help="Where it was said.")
@click.option("--date", "said_on", required=True, type=click.DateTime(["%Y-%m-%d"]), help="When (YYYY-MM-DD).")
@click.option("--id", "claim_id", default=None, help="Claim id [default: from the statement].")
@click.option("--tag", "tags", multiple=True, help="Benchmarks with this catalog tag (instead of --benchmark).")
@click.option("--margin", type=float, default=None, help="outperforms: by at least this many points.")
@click.option("--tolerance", type=float, default=None, help="matches (default 1) or score (default 0.05): the band.")
@click.option(
    "--direction",
    type=click.Choice(["both", "at_least"]),
    default=None,
    help="matches: at_least for 'comparable or better' (one-sided).",
)
@click.option("--setting", "settings", multiple=True, help="KEY=VALUE evidence setting, e.g. tools=false.")
@click.option("--as-of", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Use evidence dated on or before.")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Where to write [default: <project>/claims/<id>.yaml, the live claims folder].",
)
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
@project_option
def new(
    statement,
    subject,
    kind,
    competitors,
    benchmarks,
    quantifier,
    top,
    value,
    publisher,
    url,
    said_on,
    claim_id,
    tags,
    margin,
    tolerance,
    direction,
    settings,
    as_of,
    output,
    force,
    project_dir,
):
    """Scaffold a claim file from flags; it is validated before it is written.

    The file goes to <project>/claims/<id>.yaml, the live claims folder that the next
    `benchclaims verify` checks, unless -o names another path; --force overwrites.

    \b
    Example:
        benchclaims new --statement "X beats Y on GPQA" --subject X --competitor Y \\
            --benchmark "GPQA Diamond" --publisher "Some Blog" --url https://blog.example/post \\
            --date 2025-12-01
    """
    from harness.authoring import scaffold_claim, write_new_claim
    from harness.catalog import load_catalog
    from harness.verify import Project

    project = Project(project_dir)
    catalog = load_catalog(project.catalog_dir, project.root)
    text, claim = scaffold_claim(
        catalog,
        statement=statement,
        subject=subject,
        kind=kind,
        competitors=list(competitors),
        benchmarks=list(benchmarks),
        quantifier=quantifier,
        publisher=publisher,
        url=url,
        said_on=said_on.date(),
        claim_id=claim_id,
        top=top,
        value=value,
        tags=list(tags),
        margin=margin,
        tolerance=tolerance,
        direction=direction,
        setting=_pairs(settings, "--setting"),
        as_of=as_of.date() if as_of else None,
    )
    path = output or project.root / "claims" / f"{claim.id}.yaml"
    write_new_claim(path, text, force)
    live = path.resolve().is_relative_to((project.root / "claims").resolve())
    click.echo(f"Wrote {path}" + (" (the live claims folder: `benchclaims verify` checks it)" if live else ""))


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@project_option
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Only the first N items (a partial run).")
@click.option("--batch-size", type=click.IntRange(min=1), default=16, show_default=True, help="Items per forward pass.")
@click.option("--device", default="auto", show_default=True, help="auto, cpu, cuda, cuda:0, ...")
def run(paths, project_dir, limit, batch_size, device):
    """Re-run the open-weight models the claims mention, with lm-eval; results go to results/local/.

    Needs the [local] extra (lm-eval and torch): pip install 'benchclaims[local]'.
    Models and benchmarks are run only where the catalog gives them a `run:` entry.

    An unchanged re-check loads no model: results are cached on the model weights, revision,
    task config, lm-eval version and limit.

    \b
    Example:
        benchclaims run --project examples/local
        benchclaims run claims/my-claim.yaml --limit 20 --device cuda
    """
    from harness.local_run import run_local
    from harness.verify import Project, load_project

    project = Project(project_dir)
    loaded, claims = load_project(project, _paths(paths, project_dir))
    problems = loaded.problems
    _print_problems(problems)
    written = run_local([c for c, _ in claims], loaded.catalog, project.root, limit, batch_size, device)
    click.echo(f"{len(written)} result(s) in {project.root / 'results' / 'local'}")
    if problems:
        sys.exit(2)


def _pairs(values: tuple[str, ...], flag: str) -> dict[str, str]:
    out = {}
    for value in values:
        for part in value.split(","):
            key, sep, target = part.partition("=")
            if not sep or not key.strip() or not target.strip():
                raise UsageError(f"{flag} takes SRC=TARGET pairs, got {part!r}")
            out[key.strip()] = target.strip()
    return out


@cli.command(name="import")
@click.argument("fmt", metavar="FORMAT")
@click.argument("sources", nargs=-1, required=True, metavar="SOURCE...")
@project_option
@click.option("--model", default="", help="The model's catalog name, when the file names a local path or none.")
@click.option("--map", "task_map", multiple=True, help="TASK=BENCHMARK: file a task under a catalog benchmark.")
@click.option("--columns", multiple=True, help="csv: SRC=FIELD pairs (fields: model, benchmark, score, metric, ...).")
@click.option("--source-url", default="", help="Where the file was published (when it does not say).")
@click.option("--reported-by", default="", help="Who published the scores (when the file does not say).")
@click.option(
    "--as-of", type=click.DateTime(["%Y-%m-%d"]), default=None, help="Date of the scores, when rows lack one."
)
@click.option("--locator", default="", help="Table or section, when rows lack one [default: the file name].")
@click.option("--metric", default="", help="Metric name, when the file does not say.")
@click.option(
    "--scale",
    type=click.Choice(["auto", "fraction", "percent"]),
    default="auto",
    show_default=True,
    help="Scores of percent benchmarks: fraction (x100) or percent; auto reads the file.",
)
@click.option("--add-unmapped", is_flag=True, help="Add unknown names to catalog/imported.yaml, marked unreviewed.")
@click.option("--json", "as_json", is_flag=True, help="Print rows, snapshot and unmapped names as JSON.")
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
        benchclaims import lm-eval results_2026-01-21.json --model my-model --map gsm8k=GSM8K
        benchclaims import csv board.csv --columns Model=model,Benchmark=benchmark,Score=score \\
            --source-url https://example.org/board --reported-by "Example Lab" --as-of 2025-12-01
    """
    import json

    from harness.adapters.base import ImportOptions
    from harness.importing import import_source

    opts = ImportOptions(
        model=model,
        task_map=_pairs(task_map, "--map"),
        columns=_pairs(columns, "--columns"),
        source_url=source_url,
        reported_by=reported_by,
        as_of=as_of.date() if as_of else None,
        locator=locator,
        metric=metric,
        scale=scale,
    )
    root = project_dir.resolve()
    reports = []
    for source in sources:
        report = import_source(root, fmt, source, opts, add_unmapped=add_unmapped)
        reports.append(report)
        if not as_json:
            _print_import(source, report)
    if as_json:
        body = reports[0].as_json() if len(reports) == 1 else {"imports": [r.as_json() for r in reports]}
        click.echo(json.dumps(body, indent=2, sort_keys=True, default=str))


def _print_import(source: str, report) -> None:
    snap = report.snapshot
    state = "new snapshot" if snap["new"] else "already imported (same content)"
    click.echo(f"{source}: {len(report.rows)} row(s); {state} {snap['sha256'][:12]} in {snap['path']}")
    for path in report.written:
        click.echo(f"  wrote {path}")
    for name in report.catalog_added:
        click.echo(f"  added to catalog/imported.yaml (unreviewed): {name}")
    for note in report.notes:
        click.echo(f"  note: {note}")
    if report.unmapped:
        rows = sum(u["rows"] for u in report.unmapped)
        click.echo(f"  {len(report.unmapped)} name(s) not in the catalog, {rows} row(s) left out:", err=True)
        for u in report.unmapped[:20]:
            hint = f" (closest: {', '.join(u['closest'])})" if u["closest"] else ""
            click.echo(f"    {u['kind']} {u['name']!r}: {u['rows']} row(s){hint}", err=True)
        if len(report.unmapped) > 20:
            click.echo(f"    ... and {len(report.unmapped) - 20} more (--json lists all)", err=True)
        click.echo("  Map them with catalog aliases or --map, or add them with --add-unmapped.", err=True)


@cli.command()
@click.argument("model")
@click.argument("benchmark", required=False)
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

    from harness.evidence_view import evidence_for, party
    from harness.verify import Project, load_project

    project = Project(project_dir)
    run, _ = load_project(project, [])
    view = evidence_for(run.evidence, run.catalog, model, benchmark)
    if as_json:
        click.echo(json.dumps(view.as_json(run.catalog), indent=2, sort_keys=True))
    else:
        name = run.catalog.model(view.model).name
        click.echo(f"{name}: {len(view.rows)} row(s)")
        for r, current in zip(view.rows, view.current):
            se = f" ±{r.stderr:g}" if r.stderr is not None else ""
            old = "" if current else "  [older snapshot]"
            click.echo(
                f"  {run.catalog.benchmark(r.benchmark).name} | {r.metric} | {r.value:g}{se} | {r.setting.label()} | "
                f"{r.reported_by} ({party(r)}) | {r.as_of} | {r.source_url}{old}"
            )
        for c in view.conflicts:
            verdict = {
                True: "agree within uncertainty",
                False: "disagree beyond uncertainty",
                None: "uncertainty unknown",
            }
            values = ", ".join(f"{v:g} per {who}" for v, who in c.values)
            click.echo(
                f"  conflict: {run.catalog.benchmark(c.benchmark).name} {c.metric} ({c.setting}): {values}; {verdict[c.agree]}"
            )
    _print_problems(run.problems)


@cli.command()
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

    from harness.pull import pull as run_pull

    progress = _progress(as_json)
    pulled = run_pull(project_dir.resolve(), progress)
    if progress:
        progress.done()
    if as_json:
        body = [
            {
                "url": p.source.url,
                "format": p.source.format,
                "error": p.error or None,
                "changes": p.changes,
                **(p.report.as_json() if p.report else {}),
            }
            for p in pulled
        ]
        click.echo(json.dumps({"sources": body}, indent=2, sort_keys=True, default=str))
    else:
        for p in pulled:
            if p.error:
                click.echo(f"Error: {p.error}", err=True)
                continue
            _print_import(p.source.url, p.report)
            for line in p.changes:
                click.echo(f"  upstream {line}")
    if any(p.error for p in pulled):
        sys.exit(1)


def _extract_options(fn):
    for option in reversed(
        [
            click.argument("sources", nargs=-1, required=True, metavar="PATH..."),
            project_option,
            click.option(
                "--out",
                "out_dir",
                type=click.Path(file_okay=False, path_type=Path),
                default=None,
                help="Folder for the drafts [default: <project>/drafts; never the live claims/].",
            ),
            click.option("--url", default="", help="Where the document was published (when it does not say)."),
            click.option("--publisher", default="", help="Who published it (when it does not say)."),
            click.option(
                "--date", "said_on", type=click.DateTime(["%Y-%m-%d"]), default=None, help="When (YYYY-MM-DD)."
            ),
            click.option("--llm", default=None, help="An OpenAI-compatible endpoint (…/v1) to extract with instead."),
            click.option("--llm-model", default="", help="The model name to ask the --llm endpoint for."),
            click.option("--force", is_flag=True, help="Overwrite drafts with other content."),
        ]
    ):
        fn = option(fn)
    return fn


def _run_extract(sources, project_dir, out_dir, url, publisher, said_on, llm, llm_model, force):
    from harness.drafts import SourceInfo, extract

    info = SourceInfo(url=url, publisher=publisher, date=said_on.date() if said_on else None)
    root = project_dir.resolve()
    return extract(root, list(sources), out_dir, info, llm, llm_model, force)


@cli.command(name="extract")
@_extract_options
@click.option("--json", "as_json", is_flag=True, help="Print the claims found as JSON.")
def extract_cmd(sources, project_dir, out_dir, url, publisher, said_on, llm, llm_model, force, as_json):
    """Draft claim files from an article, model card or launch post (text, markdown, HTML or URL).

    Each sentence that makes a benchmark claim becomes a draft in drafts/ with its
    quote, the names resolved through the catalog, and review notes for every choice
    the extractor was unsure of. Review them, then move them into claims/.

    \b
    Example:
        benchclaims extract examples/articles/gmw-2025-12-13.txt \\
            --url https://en.neamco.com/2025-12/13/content_38487740.htm
    """
    import json

    run = _run_extract(sources, project_dir, out_dir, url, publisher, said_on, llm, llm_model, force)
    if as_json:
        body = {"claims": [d.as_json(run.catalog) for d in run.drafted]}
        if run.rejected:
            body["rejected"] = run.rejected
        click.echo(json.dumps(body, indent=2, sort_keys=True, default=str))
        return
    _print_drafts(run)


def _print_drafts(run) -> None:
    for d in run.drafted:
        if d.rejected:
            click.echo(f"rejected: {d.found.quote[:80]!r}: {d.rejected}", err=True)
            continue
        f = d.found
        click.echo(f"{d.path}  {f.kind}  confidence {f.confidence:.2f}  {f.statement[:90]}")
        for note in f.review + f.unresolved:
            click.echo(f"    review: {note}")
    for line in run.rejected:
        click.echo(f"rejected: {line}", err=True)
    if not run.drafted:
        click.echo("No benchmark claims found.")


@cli.command()
@_extract_options
@click.option(
    "--report-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Where to write the report [default: <project>/reports/check].",
)
def check(sources, project_dir, out_dir, url, publisher, said_on, llm, llm_model, force, report_dir):
    """Extract the claims of a document, verify them, and write the report: one command.

    The report says the claims were extracted automatically, and shows each one's
    quote and review notes. Exit codes as for verify.

    \b
    Example:
        benchclaims check examples/articles/gmw-2025-12-13.txt \\
            --url https://en.neamco.com/2025-12/13/content_38487740.htm
    """
    from harness.report.writer import write_reports
    from harness.verify import Project
    from harness.verify import verify as run_verify

    run = _run_extract(sources, project_dir, out_dir, url, publisher, said_on, llm, llm_model, force)
    _print_drafts(run)
    if not run.written:
        return
    project = Project(project_dir)
    result = run_verify(project, run.written)
    out = report_dir or project.root / "reports" / "check"
    write_reports(result.results, grouped(result.problems), result.catalog, out, reruns=result.reruns)
    _print_table(result.results)
    _print_problems(result.problems)
    click.echo(f"Report: {out / 'index.html'}")
    if result.problems:
        sys.exit(2)
