"""Claim files: read one, validate it, resolve every name against the catalog; expand folders into files."""

from __future__ import annotations

import difflib
import os
from collections.abc import Collection
from pathlib import Path

from pydantic import ValidationError

from harness.claims.catalog import Catalog
from harness.claims.spec import (
    ACCEPTED_FORMS,
    AtLeast,
    BenchmarkSelector,
    Claim,
    Matches,
    Outperforms,
    Ranks,
    ScoreClaim,
)
from harness.counting import counted
from harness.errors import BenchclaimsError, InputError, raise_problems
from harness.inputs import is_yaml_name, within
from harness.validation_errors import validation_error
from harness.yamlfile import YamlDoc, load_yaml


def check_names(claim: Claim, catalog: Catalog, doc: YamlDoc) -> None:
    """Resolve every model and benchmark name; refuse self-comparisons. Reports every bad name at once."""
    from harness.yamlfile import format_loc

    problems: list[InputError] = []

    def fail(loc: tuple, message: str) -> None:
        problems.append(InputError(doc.path, message, field=format_loc(loc), line=doc.line_of(loc)))

    firsts: dict[tuple, dict[str, int]] = {}  # list's location -> entry id -> where it was first named

    def resolve(kind: str, name: str, loc: tuple):
        try:
            found = catalog.model(name) if kind == "model" else catalog.benchmark(name)
        except BenchclaimsError as exc:
            fail(loc, str(exc))
            return None
        if isinstance(loc[-1], int):  # in a list: one entry named twice would be counted twice
            first = firsts.setdefault(loc[:-1], {}).setdefault(found.id, loc[-1])
            if first != loc[-1]:
                again = format_loc(loc[:-1] + (first,))
                fail(loc, f"{name!r} is {found.name!r} again (as {again}): name each once, or it counts twice")
        return found

    subject = resolve("model", claim.subject, ("subject",))
    variants = {}  # checkpoint id -> its place in subject_variants
    for j, name in enumerate(claim.subject_variants):
        if (found := resolve("model", name, ("subject_variants", j))) is not None:
            variants.setdefault(found.id, j)
    for i, a in enumerate(claim.assertions):
        base = ("assertions", i)
        if isinstance(a, (Outperforms, Matches)):
            for j, name in enumerate(a.competitors):
                found = resolve("model", name, base + ("competitors", j))
                if found is not None and subject is not None and found.id == subject.id:
                    fail(base + ("competitors", j), f"{name!r} is the subject itself")
                elif found is not None and found.id in variants:  # verified as that checkpoint: against itself
                    fail(
                        base + ("competitors", j),
                        f"{name!r} is also subject_variants[{variants[found.id]}]: that checkpoint would be "
                        "compared with itself",
                    )
        if isinstance(a, Ranks):
            found = {
                key: {
                    m.id
                    for j, name in enumerate(getattr(a.cohort, key))
                    if (m := resolve("model", name, base + ("cohort", key, j)))
                }
                for key in ("models", "exclude")
            }
            if a.cohort.models and subject is not None and len(found["models"]) == len(a.cohort.models):
                # a list of models (filters only take some away): with fewer others than top, no score can fail it
                others = len(found["models"] - found["exclude"] - {subject.id})
                if a.top > others:
                    fail(
                        base + ("top",),
                        f"top {a.top} with {counted(others, 'other model')} in the cohort: the subject is in the top "
                        f"{a.top} whatever the scores",
                    )
        if isinstance(a, ScoreClaim):
            bench = resolve("benchmark", a.benchmark, base + ("benchmark",))
            if bench is not None:
                # a number no row may hold (over 100 on a percent benchmark, under 0): never supported, so
                # refuted without a word on what the quote got wrong
                low, top = _score_range(bench)
                if top is not None and a.value > top:
                    what = "a percent's maximum" if bench.max_score is None else "its max_score"
                    fail(base + ("value",), f"{a.value:g} is over {top:g}, {what} for {bench.name}")
                elif a.value < low:
                    fail(base + ("value",), f"{a.value:g} is under {low:g}, the lowest score {bench.name} allows")
                elif a.op == "equals":
                    _within_range(a.tolerance, [bench], base + ("tolerance",), fail, "any score is within it")
            if a.model is not None:
                resolve("model", a.model, base + ("model",))
        benchmarks = getattr(a, "benchmarks", None)
        if isinstance(benchmarks, list):
            listed = [resolve("benchmark", name, base + ("benchmarks", j)) for j, name in enumerate(benchmarks)]
            if isinstance(a, Outperforms) and a.margin > 0:
                _within_range(a.margin, listed, base + ("margin",), fail, "no score wins by that much", wider=True)
            elif isinstance(a, Matches) and a.tolerance_unit == "points":
                _within_range(a.tolerance, listed, base + ("tolerance",), fail, "any two scores are within it")
        elif isinstance(benchmarks, BenchmarkSelector):
            for key in ("include", "exclude"):
                for j, name in enumerate(getattr(benchmarks, key)):
                    resolve("benchmark", name, base + ("benchmarks", key, j))
            # a tag no benchmark carries selects nothing: a typo, not a claim without evidence
            known = _catalog_tags(catalog)
            for j, tag in enumerate(benchmarks.tags):
                if tag not in known:
                    close = difflib.get_close_matches(tag, known, n=1, cutoff=0.6)
                    hint = f"; did you mean {close[0]!r}?" if close else f"; the catalog's tags: {', '.join(known)}"
                    fail(base + ("benchmarks", "tags", j), f"no benchmark in the catalog has the tag {tag!r}{hint}")
        if not problems and isinstance(a, (Outperforms, Matches, Ranks)) and not isinstance(benchmarks, list):
            _selection_fits(a, catalog, base, fail)
    raise_problems(problems)


def _score_range(bench) -> tuple[float, float | None]:
    """The lowest and the highest score a benchmark's rows may hold (None: no highest, as for a rating)."""
    top = bench.max_score if bench.max_score is not None else 100.0 if bench.metric_kind == "percent" else None
    return (bench.min_score if bench.min_score is not None else 0.0), top


def _within_range(amount: float, benches: list, loc: tuple, fail, outcome: str, wider: bool = False) -> None:
    """A margin wider than every listed benchmark's whole range can never be won by, and a tolerance as wide as it
    never fails (`margin: 1000` on a percent benchmark was refuted, `tolerance: 1000` supported, whatever the
    scores): refused at its line, as a quantifier no list can meet is. With a benchmark whose range has no top
    (a rating), or one the catalog lacks (told already), nothing is said."""
    ranges = [(b, *_score_range(b)) for b in benches if b is not None]
    if not ranges or len(ranges) < len(benches) or any(top is None for _, _, top in ranges):
        return
    bench, low, top = max(ranges, key=lambda r: r[2] - r[1])
    if amount > top - low or (not wider and amount >= top - low):
        verb = "is more than" if wider else "covers"
        widest = ", the widest of the benchmarks listed" if len(ranges) > 1 else ""
        fail(loc, f"{amount:g} {verb} {bench.name}'s whole range, {low:g} to {top:g}{widest}: {outcome}")


def _selection_fits(a, catalog: Catalog, base: tuple, fail) -> None:
    """A selection (shared, or tags with include/exclude) that no catalog benchmark passes, or fewer than the
    quantifier's at_least, can never hold: the claim was insufficient_evidence whatever the scores, with a reason
    blaming the evidence ("no benchmark with evidence for both"), as a list naming too few is refused."""
    selector = a.benchmarks if isinstance(a.benchmarks, BenchmarkSelector) else BenchmarkSelector()
    count = _known(
        catalog,
        ("selects", tuple(selector.tags), tuple(selector.include), tuple(selector.exclude)),
        lambda: sum(selector.accepts(b.id, catalog) for b in catalog.all_benchmarks()),
    )
    plain = selector == BenchmarkSelector()
    if count == 0:
        why = "the catalog has none" if plain else "none in the catalog passes its tags, include and exclude"
        fail(base + ("benchmarks",), f"selects no benchmark: {why}")
    elif isinstance(a.quantifier, AtLeast) and a.quantifier.at_least > count:
        what = "in the catalog" if plain else "of the catalog it selects"
        fail(
            base + ("quantifier",),
            f"at_least {a.quantifier.at_least} is more than the {counted(count, 'benchmark')} {what}",
        )


def _catalog_tags(catalog: Catalog) -> list[str]:
    return _known(catalog, ("tags",), lambda: sorted({t for b in catalog.all_benchmarks() for t in b.tags}))


# What every claim file asks of the catalog's benchmarks alike (its tags; how many a selector passes), kept
# by the catalog and its count of benchmarks (entries are only ever added): 10,000 claim files of a few
# selectors each went over the catalog's 500 benchmarks once or twice, 2.6 % of a worker's CPU.
_KNOWN: dict[tuple, tuple[Catalog, object]] = {}


def _known(catalog: Catalog, question: tuple, work_out):
    key = (id(catalog), len(catalog.benchmarks.entries), *question)
    found = _KNOWN.get(key)
    if found is not None and found[0] is catalog:  # the entry holds its catalog: its id is not reused
        return found[1]
    if len(_KNOWN) >= 4096:
        _KNOWN.clear()
    answer = work_out()
    _KNOWN[key] = (catalog, answer)
    return answer


def load_claim(
    path: Path,
    label: str,
    catalog: Catalog,
    root: Path | None = None,
    snapshots: Collection[str] | None = None,
    real_root: str | None = None,
) -> Claim:
    """Load and check one claim file (one in the project at `root` that links out of it is not read).

    With `snapshots` (the kept snapshots' sha256s), every snapshot pin must name one of them. `real_root`:
    the project's real path, where the caller loads many files (worked out once, not for each).
    """
    within(path, root, label, real_root)
    doc = load_yaml(path, label)
    if not isinstance(doc.data, dict):
        raise InputError(label, "a claim file must be a mapping (id, statement, source, subject, assertions)", line=1)
    claim = checked_claim(doc, catalog)
    if snapshots is not None:
        check_pins(claim, doc, snapshots)
    return claim


def check_pins(claim: Claim, doc: YamlDoc, snapshots: Collection[str]) -> None:
    """Each `evidence.snapshots` pin names a kept snapshot: one naming none pinned nothing, and the claim was
    judged on every current copy instead, without a word."""
    from harness.yamlfile import format_loc

    problems = []
    specs = [(("evidence",), claim.evidence)]
    specs += [(("assertions", i, "evidence"), a.evidence) for i, a in enumerate(claim.assertions)]
    for loc, spec in specs:
        for j, pin in enumerate(spec.snapshots if spec is not None else []):
            if not any(sha.startswith(pin) for sha in snapshots):
                where = loc + ("snapshots", j)
                why = f"{pin!r} names no kept snapshot (results/snapshots/): it would pin nothing"
                problems.append(InputError(doc.path, why, field=format_loc(where), line=doc.line_of(where)))
    raise_problems(problems)


def checked_claim(doc: YamlDoc, catalog: Catalog, names: bool = True) -> Claim:
    """Validate claim data (from a file, or built by `new` or `extract`) and resolve its names (unless `names`
    is false: a draft that keeps names the catalog lacks as written)."""
    try:
        claim = Claim.model_validate(doc.data)
    except ValidationError as exc:
        raise validation_error(doc, exc, ACCEPTED_FORMS, Claim) from None
    if not names:
        return claim
    if claim.extraction is not None and claim.extraction.uncatalogued:
        listed = ", ".join(repr(n) for n in claim.extraction.uncatalogued)
        raise InputError(
            doc.path,
            f"drafted with names the catalog lacks ({listed}): add them to the catalog or take them out of the "
            "claim, then delete extraction.uncatalogued",
            field="extraction.uncatalogued",
            line=doc.line_of(("extraction", "uncatalogued")),
        )
    check_names(claim, catalog, doc)
    return claim


def claim_files(paths: list[Path]) -> list[Path]:
    """Expand directories into their claim files, in a stable order."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out.extend(sorted(x for x in p.rglob("*") if is_yaml_name(x) and not x.is_dir()))
        elif p.exists() or p.is_symlink():  # a missing path is reported once, by the caller
            out.append(p)
    # a file named twice (`verify claims claims/x.yaml`) is read once: else its id "is also used by" itself
    unique: dict[str, Path] = {}
    for p in out:
        unique.setdefault(os.path.abspath(p), p)
    return list(unique.values())


def other_files(folder: Path) -> dict[str, int]:
    """The endings of the files under a claims folder that are no claim file (a claim saved as .json, a .yaml.bak),
    each with its count; hidden ones (.gitkeep) are left out."""
    found: dict[str, int] = {}
    for x in folder.rglob("*"):
        if any(part.startswith(".") for part in x.relative_to(folder).parts) or is_yaml_name(x) or not x.is_file():
            continue
        ending = x.suffix.lower() or "no ending"
        found[ending] = found.get(ending, 0) + 1
    return found
