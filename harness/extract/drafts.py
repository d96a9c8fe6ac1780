"""`benchclaims extract`: turn what an extractor found into claim files that validate, in a drafts folder."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml
from pydantic import ValidationError

from harness.claims.authoring import slug_of as _slug
from harness.claims.catalog import Catalog, load_catalog
from harness.claims.claimfile import checked_claim
from harness.claims.spec import Claim, ClaimSource
from harness.errors import BenchclaimsError, InputError, UsageError
from harness.evidence.fetching import public_url
from harness.extract.documents import Document, load_document, refuse_too_long
from harness.extract.found import Candidate, Found
from harness.extract.lexicon import Extractor
from harness.outputs import project_lock, root_for, write_files
from harness.validation_errors import validation_error
from harness.yamlfile import YamlDoc

DRAFTS = "drafts"


@dataclass
class SourceInfo:
    """What the command line says about a document that the document does not."""

    url: str = ""
    publisher: str = ""
    date: date | None = None


@dataclass
class Drafted:
    document: str
    found: Found
    claim: Claim | None = None
    path: Path | None = None
    rejected: str = ""

    def as_json(self, catalog: Catalog) -> dict:
        f = self.found
        return {
            "file": self.document,
            "quote": f.quote,
            "subject": f.subject,
            "kind": f.kind,
            "competitors": f.competitors,
            "benchmarks": f.benchmarks,
            "quantifier": f.quantifier,
            # what the draft's assertion says beyond the fields every kind has: a score's number (and the model it
            # is quoted for, where not the subject), a ranking's top and cohort, a one-sided match's direction, a mean
            **({"value": f.value} if f.kind == "score" else {}),
            **({"model": f.model} if f.kind == "score" and f.model else {}),
            **({"top": f.top, "cohort": f.cohort} if f.kind == "ranks" else {}),
            **({"direction": f.direction} if f.kind == "matches" and f.direction != "both" else {}),
            **({"aggregate": f.aggregate} if f.aggregate != "each" else {}),
            **({"margin": f.margin} if f.margin else {}),
            **({"tolerance": f.tolerance} if f.kind == "matches" and f.tolerance is not None else {}),
            "confidence": f.confidence,
            "review": f.review + f.unresolved,
            "draft": None if self.path is None else str(self.path),
            **({"uncatalogued": f.uncatalogued} if f.uncatalogued else {}),
            **({"rejected": self.rejected} if self.rejected else {}),
        }


@dataclass
class ExtractRun:
    drafted: list[Drafted] = field(default_factory=list)
    catalog: Catalog | None = None
    rejected: list[str] = field(default_factory=list)  # an LLM's proposals that did not validate
    # (document, candidate): claim-like sentences that gave no draft, with the reason
    candidates: list[tuple[str, Candidate]] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)  # a folder's documents that could not be read, one line each

    @property
    def written(self) -> list[Path]:
        return [d.path for d in self.drafted if d.path is not None]


def extract(
    root: Path,
    sources: list[str],
    out_dir: Path | None = None,
    info: SourceInfo | None = None,
    llm: str | None = None,
    llm_model: str = "",
    force: bool = False,
    progress: Callable[[str, int], None] | None = None,
    unread_ok: frozenset[str] = frozenset(),
) -> ExtractRun:
    """Extract claims from each document and write one validated draft per claim into `out_dir`; `progress` is told
    the count of documents read after each one. A source in `unread_ok` (a folder's document) that cannot be read is
    a line in `run.unread`, and the others are read; any other source that cannot be read ends the run."""
    refuse_too_long([s for s in sources if s not in unread_ok])  # before anything is read, also the last of many
    catalog = load_catalog(root / "catalog", root)
    explicit = out_dir is not None
    out_dir = out_dir or root / DRAFTS
    live = (root / "claims").resolve()
    if out_dir.resolve() == live or out_dir.resolve().is_relative_to(live):
        raise UsageError(
            "drafts never go into the live claims/ folder (or a folder in it); review them, then move them"
        )
    # in the project, every folder on the way is a real one (never a symlink out of it); elsewhere, as named
    confined = root if not explicit or root_for(root, out_dir) is not None else None
    info = info or SourceInfo()
    run = ExtractRun(catalog=catalog)
    if llm:
        from harness.extract.llm import LlmExtractor

        extractor = LlmExtractor(catalog, llm, llm_model)
    else:
        extractor = Extractor(catalog, root / "extract-lexicon.yaml")
    taken: dict[str, int] = {}  # the ids given, each with the next number to try after it
    pending: list[tuple[Path, str]] = []
    for done, source in enumerate(sources, 1):
        try:
            doc = load_document(source)
        except BenchclaimsError as exc:
            if source not in unread_ok:
                raise
            run.unread.append(str(exc))
            if progress:
                progress("documents read", done, "document read")
            continue
        said = source_of(doc, info)
        run.documents.append(doc.name)
        found_here = extractor.extract(doc)
        run.candidates += [(doc.name, c) for c in getattr(extractor, "candidates", [])]
        for found in found_here:
            item = Drafted(doc.name, found)
            try:
                data = draft_data(found, doc, said, catalog, taken, extractor.name)
                item.claim = validate(data, catalog)
            except BenchclaimsError as exc:
                item.rejected = str(exc)
                run.drafted.append(item)
                continue
            if confined is None:
                out_dir.mkdir(parents=True, exist_ok=True)
            path = out_dir / f"{item.claim.id}.yaml"
            text = _yaml(data)
            if path.exists() and not force and path.read_text(encoding="utf-8") != text:
                raise InputError(str(path), "already exists with other content; use --force to overwrite")
            pending.append((path, text))
            item.path = path
            run.drafted.append(item)
        if progress:
            progress("documents read", done, "document read")
    # one writer at a time in the project; a folder outside it is not the project's (each draft is written whole,
    # a temporary renamed), so a project on a read-only disk drafts elsewhere with --out
    with project_lock(root) if confined is not None else contextlib.nullcontext():
        write_files(pending, confined)  # every draft, one flush to disk
    run.rejected = list(getattr(extractor, "rejected", []))
    return run


def source_of(doc: Document, info: SourceInfo) -> SourceInfo:
    """Who published the document, where and when: the command line's word first, else the document's."""
    # a URL the document gives is kept as an import keeps one: without user:password@ or a secret query parameter (a
    # canonical link or an address fetched with them put them in every draft and every page that cites it)
    url = info.url or public_url(doc.url or "")
    said = SourceInfo(url, info.publisher or doc.publisher or "", info.date or doc.published)
    missing = [n for n, v in (("--url", said.url), ("--publisher", said.publisher), ("--date", said.date)) if not v]
    if missing:
        raise UsageError(f"{doc.name}: the document does not say {', '.join(missing)}; give them on the command line")
    # what the document says of itself that every draft's source would refuse (a date after today, a publisher of
    # 10,000 characters or with a right-to-left override, a canonical URL with a space): each draft was rejected with
    # it one by one and the run succeeded with none; refused before drafting, as the same option is
    given = {"publisher": said.publisher, "url": said.url, "date": said.date}
    try:
        ClaimSource.model_validate(given)
    except ValidationError as exc:
        problems = validation_error(YamlDoc(doc.name, given, {}), exc)
        first = (getattr(problems, "problems", None) or [problems])[0]
        raise UsageError(
            f"{doc.name}: the document's own {first.field}: {first.message}; give --{first.field}"
        ) from None
    return said


def draft_data(
    found: Found, doc: Document, said: SourceInfo, catalog: Catalog, taken: dict[str, int], extractor: str
) -> dict:
    """The claim file's content for one found claim (`said`: a complete source, from `source_of`)."""
    url, publisher, when = said.url, said.publisher, said.date
    if found.subject is None:
        raise InputError(doc.name, f"no subject for {found.quote[:80]!r}")
    model, bench = _namer(catalog.models.entries), _namer(catalog.benchmarks.entries)
    assertion: dict = {"kind": found.kind}
    if found.kind in {"outperforms", "matches"}:
        assertion |= {"competitors": [model(c) for c in found.competitors]}
        assertion |= {"benchmarks": _benchmarks(found.benchmarks, catalog), "quantifier": found.quantifier}
        if found.kind == "matches":
            assertion["tolerance"] = 1.0 if found.tolerance is None else found.tolerance
            if found.direction != "both":
                assertion["direction"] = found.direction
            if found.tolerance is None:
                found.review.append("matches: tolerance 1 point (the text gives none)")
        if found.margin:
            assertion["margin"] = found.margin
        if found.strict:
            assertion["strict"] = True
        if found.aggregate == "mean":
            assertion["aggregate"] = "mean"
    elif found.kind == "ranks":
        cohort = dict(found.cohort)
        if "exclude" in cohort:
            cohort["exclude"] = [model(m) for m in cohort["exclude"]]
        assertion |= {"cohort": cohort, "top": found.top}
        assertion |= {"benchmarks": _benchmarks(found.benchmarks, catalog), "quantifier": found.quantifier}
        if found.aggregate == "mean":
            assertion["aggregate"] = "mean"
    else:
        assertion |= {"benchmark": bench(found.benchmarks[0]), "value": found.value}
        if found.tolerance is not None:
            assertion["tolerance"] = found.tolerance
        if found.model:
            assertion["model"] = model(found.model)
    claim_id = _unique(_slug(found.statement), taken)
    return {
        "id": claim_id,
        "statement": found.statement,
        "source": {"publisher": publisher, "url": url, "date": when.isoformat(), "quote": found.quote},
        "subject": model(found.subject),
        # checked against what was published by the document's date
        "evidence": {"as_of": when.isoformat()},
        "assertions": [assertion],
        "extraction": {
            "document": doc.name,
            "location": found.location,
            "confidence": found.confidence,
            "extractor": extractor,
            "review": found.review + found.unresolved,
            **({"uncatalogued": list(found.uncatalogued)} if found.uncatalogued else {}),
        },
    }


def validate(data: dict, catalog: Catalog) -> Claim:
    """A draft's claim: checked like a hand-written one; one that names what the catalog lacks (kept as written,
    listed in `extraction.uncatalogued`) is checked for its form only, and `verify` refuses it until resolved."""
    if data.get("extraction", {}).get("uncatalogued"):
        return checked_claim(YamlDoc("<draft>", data, {}), catalog, names=False)
    return checked_claim(YamlDoc("<draft>", data, {}), catalog)


def _namer(entries: dict):
    """Catalog id -> catalog name; a name the catalog lacks stays as written."""
    return lambda ident: entries[ident].name if ident in entries else ident


def _benchmarks(value, catalog: Catalog):
    if isinstance(value, list):
        return [_namer(catalog.benchmarks.entries)(b) for b in value]
    return value


def _unique(slug: str, taken: dict[str, int]) -> str:
    """The slug, else slug-2, slug-3, ...: the first id not given yet. `taken` maps each id given to the next number
    to try after it, so that a document repeating one sentence 8,000 times costs 8,000 tries, not 32 million."""
    if slug not in taken and slug != "index":
        taken[slug] = 2
        return slug
    i = taken.get(slug, 2)  # every slug-n below it is given (ids are never taken back)
    while f"{slug}-{i}" in taken:
        i += 1
    out = f"{slug}-{i}"
    taken[slug], taken[out] = i + 1, 2
    return out


def _yaml(data: dict) -> str:
    head = "# Drafted by `benchclaims extract`: review `extraction.review`, then move it into claims/.\n"
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml's emitter where installed: the same text, faster
    return head + yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100)
