"""Commands that start from a document: `extract` drafts claims, `check` verifies and reports them."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import click

from harness.cli.common import (
    DAY,
    Named,
    PathArg,
    echo,
    one_line,
    print_problems,
    print_table,
    progress_for,
    project_option,
    refuse_read_folders,
)
from harness.counting import counted
from harness.errors import InputError, UsageError, grouped
from harness.extract.folder import READS, documents_in
from harness.inputs import URL_PATTERN, printable


def _extract_options(fn):
    for option in reversed(
        [
            click.argument(
                "sources", nargs=-1, required=True, metavar="PATH...", type=Named("a file, a folder or an http(s) URL")
            ),
            project_option,
            click.option(
                "--out",
                "out_dir",
                type=PathArg(file_okay=False, path_type=Path),
                default=None,
                help="Folder for the drafts [default: <project>/drafts; never the live claims/].",
            ),
            click.option(
                "--url",
                default="",
                callback=one_line,
                help="Where the document was published (overrides what it says).",
            ),
            click.option(
                "--publisher", default="", callback=one_line, help="Who published it (overrides what it says)."
            ),
            click.option(
                "--date",
                "said_on",
                type=DAY,
                default=None,
                help="When it was published, YYYY-MM-DD (overrides what it says).",
            ),
            click.option("--llm", default=None, help="An OpenAI-compatible endpoint (…/v1) to extract with instead."),
            click.option("--llm-model", default="", help="The model name to ask the --llm endpoint for."),
            click.option("--force", is_flag=True, help="Overwrite drafts with other content."),
        ]
    ):
        fn = option(fn)
    return fn


def _run_extract(sources, project_dir, out_dir, url, publisher, said_on, llm, llm_model, force, as_json=False):
    from harness.claims.catalog_entries import in_the_future
    from harness.extract.drafts import SourceInfo, extract

    # each of these would reject every draft with it, one by one, and the run would still succeed
    if said_on and (why := in_the_future(said_on, "the day the text was published")):
        raise UsageError(f"--date {why}")
    if url and (not re.match(URL_PATTERN, url) or len(url) > 2000):
        raise UsageError(f"--url must be an http(s) URL without spaces or invisible characters, got {url[:80]!r}")
    if len(publisher) > 300:
        raise UsageError(f"--publisher is too long (at most 300 characters, got {len(publisher):,})")
    if llm is not None and not re.fullmatch(r"https?://\S+", llm):
        raise UsageError(f"--llm must be the http(s) URL of an OpenAI-compatible endpoint (…/v1), got {llm[:80]!r}")
    if llm_model and llm is None:
        raise UsageError("--llm-model names the model to ask the --llm endpoint for: give --llm too")
    _once(sources)
    # a folder stands for the documents in it; one of them that cannot be read is a line at the end, not the end of
    # the run (a folder of 100 is not given up for one file); a file named on its own is read or refused, as ever
    listed: list[str] = []
    in_folders: set[str] = set()
    for source in sources:
        if "://" in source or not os.path.isdir(source):
            listed.append(source)
            continue
        listing = documents_in(source)
        if line := listing.said(source):
            echo(line, err=True)
        if not listing.documents:
            raise UsageError(f"{printable(source)}: no document in it ({READS})")
        listed += listing.documents
        in_folders.update(listing.documents)
    if in_folders:
        _once(listed)  # a file named on its own and again in its folder
    info = SourceInfo(url=url, publisher=publisher, date=said_on)
    root = project_dir.resolve()
    if out_dir is not None:
        refuse_read_folders(out_dir, root, "--out: ")
    # a count of the documents read on stderr, on a terminal only (never in a pipe, a log or --json), where there are
    # several: a folder of them takes a while, and silence looks like a hang
    progress = progress_for(as_json) if len(listed) > 1 else None
    try:
        return extract(root, listed, out_dir, info, llm, llm_model, force, progress, frozenset(in_folders))
    finally:
        if progress:
            progress.done()


def _once(sources) -> None:
    given: dict[str, str] = {}
    for source in sources:  # the same document twice gave every draft twice, the second as <id>-2
        key = source if "://" in source else os.path.realpath(source)
        if key in given:
            raise UsageError(
                f"{printable(source)} is given twice (as {printable(given[key])}): give each document once"
            )
        given[key] = source


@click.command(name="extract")
@_extract_options
@click.option("--json", "as_json", is_flag=True, help="Print the claims found as JSON.")
def extract_cmd(sources, project_dir, out_dir, url, publisher, said_on, llm, llm_model, force, as_json):
    """Draft claim files from an article, model card or launch post (text, markdown, HTML or URL; a folder of them).

    Each sentence that makes a benchmark claim becomes a draft in drafts/ with its
    quote, the names resolved through the catalog, and review notes for every choice
    the extractor was unsure of. Review them, then move them into claims/. A sentence
    that looks like a claim but gives no draft is listed as a candidate with the
    reason (an unknown name and the closest catalog names, a hedge, no benchmark).
    A folder is read for its .txt, .md, .markdown, .html and .htm files, in name order
    (not its subfolders); what else it holds is counted on stderr.

    \b
    Example:
        benchclaims extract examples/articles/gmw-2025-12-13.txt \\
            --url https://en.neamco.com/2025-12/13/content_38487740.htm
    """
    import json

    run = _run_extract(sources, project_dir, out_dir, url, publisher, said_on, llm, llm_model, force, as_json)
    if as_json:
        body = {
            "claims": [d.as_json(run.catalog) for d in run.drafted],
            "candidates": [c.as_json(name) for name, c in run.candidates],
        }
        if run.rejected:
            body["rejected"] = run.rejected
        if run.unread:
            body["not_read"] = run.unread
        click.echo(json.dumps(body, indent=2, sort_keys=True, default=str))
    else:
        _print_drafts(run)
    _unread(run)


def _unread(run) -> None:
    """The documents of a folder that could not be read, one line each, last; exit 2 as for any input refused."""
    for line in run.unread:
        echo(f"Error: {line}", err=True)
    if run.unread:
        sys.exit(2)


def _print_drafts(run) -> None:
    for d in run.drafted:
        if d.rejected:
            echo(f"rejected: {d.found.quote[:80]!r}: {d.rejected}", err=True)
            continue
        f = d.found
        echo(f"{d.path}  {f.kind}  confidence {f.confidence:.2f}  {f.statement[:90]}")
        for note in f.review + f.unresolved:
            echo(f"    review: {note}")
    for name, c in run.candidates:
        # each list says the name it is for: "'It' names no model; ... 'GPT-4o' (closest to 'GPT-4o': GPT-5 pro)"
        close = "; ".join(f"to {n!r}: {', '.join(near)}" for n, near in c.closest_to if near)
        close = f" (closest {close})" if close else ""
        echo(f"candidate, not drafted: {name}, {c.location}: {c.quote[:80]!r}: {c.reason}{close}")
    for line in run.rejected:
        echo(f"rejected: {line}", err=True)
    for name in dict.fromkeys(run.documents):
        drafts = sum(1 for d in run.drafted if d.document == name and d.path is not None)
        cands = sum(1 for n, _ in run.candidates if n == name)
        echo(f"{name}: {counted(drafts, 'draft')}, {counted(cands, 'candidate')}")


@click.command()
@_extract_options
@click.option(
    "--report-dir",
    type=PathArg(file_okay=False, path_type=Path),
    default=None,
    help="Where to write the report [default: <project>/reports/check].",
)
def check(sources, project_dir, out_dir, url, publisher, said_on, llm, llm_model, force, report_dir):
    """Extract the claims of a document, verify them, and write the report: one command.

    The report says the claims were extracted automatically, and shows each one's
    quote and review notes. Exit codes as for verify; a draft that names things the
    catalog lacks is written and listed as not verified, and when no claim at all
    could be verified (none drafted, or every draft names such things) the exit
    code is 2.

    \b
    Example:
        benchclaims check examples/articles/gmw-2025-12-13.txt \\
            --url https://en.neamco.com/2025-12/13/content_38487740.htm
    """
    from harness.report.writer import write_reports
    from harness.verify import Project
    from harness.verify import verify as run_verify

    if report_dir is not None:  # before anything is drafted
        refuse_read_folders(report_dir, project_dir.resolve(), "--report-dir: ", reports=True)
    run = _run_extract(sources, project_dir, out_dir, url, publisher, said_on, llm, llm_model, force)
    _print_drafts(run)
    lacking = [d for d in run.drafted if d.path is not None and d.found.uncatalogued]
    for d in lacking:
        names = ", ".join(repr(n) for n in d.found.uncatalogued)
        echo(f"not verified: {d.path}: names the catalog lacks ({names})")
    ready = [d.path for d in run.drafted if d.path is not None and not d.found.uncatalogued]
    if not ready:
        # nothing verified is no check: exit 2, as `verify` on the same drafts
        why = "every draft names things the catalog lacks" if lacking else "no claim was drafted"
        raise InputError(", ".join(dict.fromkeys(run.documents)), f"nothing verified: {why}")
    project = Project(project_dir)
    result = run_verify(project, ready)
    out = report_dir or project.root / "reports" / "check"
    write_reports(result.results, grouped(result.problems), result.catalog, out, reruns=result.reruns)
    print_table(result.results)
    print_problems(result.problems)
    echo(f"Report: {out / 'index.html'}")
    if result.problems:
        for line in run.unread:
            echo(f"Error: {line}", err=True)
        sys.exit(2)
    _unread(run)
