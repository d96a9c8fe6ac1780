"""A number a publisher changed in a later version of its own document replaces the earlier one.

A model card or README pinned at two commits, or a paper at two arXiv versions, is one document at two
versions: Meta's Llama 3 card gave Llama 2 13B Chat's GSM-8K as 77.4 at launch (commit b5f201e, 2024-04-18)
and corrected it to 41.2 three months later (commit e14519c, "Fixing the incorrect value"). Read as two sources,
a claim dated after the correction was judged against the withdrawn 77.4 (the first row) beside "sources
disagree (77.4 per Meta, 41.2 per Meta)". Two rows are versions of one number when they have one reporter, one
metric and one setting, and URLs that differ only in a version: a path segment of 7 to 40 hex digits, not
digits alone (a git commit, as GitHub and Hugging Face write one) or an arXiv version ("2401.12345v2"). The latest dated version
the claim's date admits is used; the note names what it replaced. Rows from one address, or from two documents,
are not versions: they stay sources that may disagree. Two versions dated the same day cannot be ordered by their
dates: both stay, and where they disagree the note says they are one document's versions (`disagreeing`).
"""

from __future__ import annotations

import dataclasses
import functools
import re

from harness.evidence.records import ScoreRecord

_COMMIT = re.compile(r"(?<=/)[0-9a-f]{7,40}(?=/|$)")
_ARXIV = re.compile(r"(arxiv\.org/(?:abs|pdf)/\d{4}\.\d{4,5})v\d+", re.I)


@functools.lru_cache(maxsize=4096)
def document(url: str) -> str:
    """The address with its version taken out: the document, whichever version a row cites."""
    return _ARXIV.sub(r"\1", _COMMIT.sub(_version, url))


def _version(m: re.Match) -> str:
    # digits alone are a date or an id far more often than a commit ("/news/20240418/", "/posts/1234567"): two
    # articles of one publisher read as one document's versions would hide their disagreement
    segment = m.group(0)
    return segment if segment.isdigit() and len(segment) < 40 else "*"


def latest_versions(rows: list[ScoreRecord]) -> tuple[list[ScoreRecord], list[tuple[ScoreRecord, ScoreRecord]]]:
    """`rows` without those a later version of their document replaced, and (replaced, replacing) pairs."""
    if len(rows) < 2:
        return rows, []  # one row replaces none (most cells: asked twice for every comparison)
    groups: dict[tuple, list[ScoreRecord]] = {}
    for r in rows:
        if r.as_of is not None and document(r.source_url) != r.source_url:
            key = (r.reported_by, document(r.source_url), r.metric, r.setting, r.setting_text)
            groups.setdefault(key, []).append(r)
    replaced: list[tuple[ScoreRecord, ScoreRecord]] = []
    for group in groups.values():
        latest = max(r.as_of for r in group)
        newest = [r for r in group if r.as_of == latest]
        urls = {r.source_url for r in newest}
        replaced += [(r, newest[0]) for r in group if r.as_of < latest and r.source_url not in urls]
    if not replaced:
        return rows, []
    gone = {id(old) for old, _ in replaced}
    return [r for r in rows if id(r) not in gone], replaced


def version_label(url: str) -> str:
    """The version a versioned address names: a commit's first 7 digits, or an arXiv version ('v2')."""
    arxiv = re.search(r"arxiv\.org/(?:abs|pdf)/\d{4}\.\d{4,5}(v\d+)", url, re.I)
    if arxiv:
        return arxiv.group(1)
    commit = next((m.group(0) for m in _COMMIT.finditer(url) if _version(m) == "*"), "")
    return commit[:7]


def disagreeing(rows: list[ScoreRecord], shown) -> str:
    """One side's disagreeing values: '56.0 per Acme, 66.2 per Board'; where some are versions of one document
    dated the same day (a README changed twice on its launch day), those say so, for the dates cannot tell which
    replaced which: '43.44 at df832eb and 49.12 at c9e411c per Tencent Hunyuan, versions of one document both
    dated 2025-06-27, which their dates cannot order'; versions that agree are said once. Read as two sources,
    they looked like a publisher at odds with itself, or with another."""
    groups: dict = {}
    for r in rows:
        versioned = r.as_of is not None and document(r.source_url) != r.source_url
        key = (r.reported_by, document(r.source_url), r.as_of) if versioned else id(r)
        groups.setdefault(key, []).append(r)
    parts, versions = [], []  # a group of versions last: its words end the list, not run into the next value
    for group in groups.values():
        urls = list(dict.fromkeys(r.source_url for r in group))
        if len(urls) < 2:
            parts += [f"{shown(r.value)} per {r.reported_by}" for r in group]
            continue
        if len({r.value for r in group}) < 2:
            # versions that agree are one value: "85.0 per Beta Corp, 85.0 per Beta Corp" read as two sources
            labels = " and ".join(version_label(u) for u in urls)
            parts.append(
                f"{shown(group[0].value)} per {group[0].reported_by} ({labels}, versions of one document that agree)"
            )
            continue
        each = " and ".join(f"{shown(r.value)} at {version_label(r.source_url)}" for r in group)
        versions.append(
            f"{each} per {group[0].reported_by}, versions of one document {'both' if len(group) == 2 else 'all'} "
            f"dated {group[0].as_of}, which their dates cannot order"
        )
    return ", ".join(parts + versions)


def replaced_note(name: str, old: ScoreRecord, new: ScoreRecord, shown) -> str:
    """'Llama 2 13B Chat: 77.4 per Meta (2024-04-18) replaced by 41.2 in a later version of the same document
    (2024-07-11); the later is used'."""
    return (
        f"{name}: {shown(old.value)} per {old.reported_by} ({old.as_of}) replaced by {shown(new.value)} in a later "
        f"version of the same document ({new.as_of}); the later is used"
    )


def later_notes(ctx, bench_id: str, sides: list[tuple[str, list[ScoreRecord]]], shown) -> list[str]:
    """For each side (model, rows used), where the claim's `as_of` left out a later version of a used row's document
    that changed its number, a note that says so: DeepSeek-V2's README gave its HumanEval as 40.9 at launch and 48.8
    the next day, and a claim as of the launch day was decided by the 40.9 without a word that its publisher had
    changed it. (`ctx` is the judge's Context.)"""
    out = []
    for model, used in sides:
        as_of = ctx.filter_for(model).as_of
        versioned = [r for r in used if as_of and r.as_of and document(r.source_url) != r.source_url]
        if not versioned:
            continue
        unbounded = dataclasses.replace(ctx.filter_for(model), as_of=None)
        later = [
            x for x in ctx.evidence.select(unbounded, model=model, benchmark=bench_id) if x.as_of and x.as_of > as_of
        ]
        for r in versioned:
            key = (r.reported_by, document(r.source_url), r.metric, r.setting, r.setting_text)
            mine = [
                x for x in later if (x.reported_by, document(x.source_url), x.metric, x.setting, x.setting_text) == key
            ]
            newest = max(mine, key=lambda x: x.as_of, default=None)
            if newest is not None and newest.value != r.value:
                out.append(
                    f"{ctx.name(model)}: {shown(r.value)} per {r.reported_by} ({r.as_of}) was changed to "
                    f"{shown(newest.value)} in a later version of the same document ({newest.as_of}), after the "
                    f"claim's as_of ({as_of}); judged as of then"
                )
    return out
