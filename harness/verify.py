"""Load catalog, evidence and claims, and verify every claim: the one entry point."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from harness.claims.catalog import Catalog, load_catalog
from harness.claims.spec import Claim, claim_files, load_claim
from harness.errors import BenchclaimsError, InputError, InputWarning, UsageError, each_problem
from harness.evidence.loading import Reporter, load_evidence
from harness.evidence.store import EvidenceStore
from harness.inputs import printable, relative_label
from harness.judge import stats
from harness.judge.engine import ClaimResult, verify_claim
from harness.local.rerun import RerunCheck, rerun_checks


@dataclass
class Project:
    """Where a project's files live; defaults follow the repository layout."""

    root: Path
    catalog_dir: Path | None = None
    results_dir: Path | None = None

    def __post_init__(self):
        self.root = self.root.resolve()
        self.catalog_dir = self.catalog_dir or self.root / "catalog"
        self.results_dir = self.results_dir or self.root / "results"


@dataclass
class VerifyRun:
    """Everything one `verify` produced: results, and the problems met on the way."""

    results: list[ClaimResult] = field(default_factory=list)
    problems: list[InputError] = field(default_factory=list)
    warnings: list[InputError] = field(default_factory=list)  # read, but maybe not as meant; never fail a run
    evidence: EvidenceStore = field(default_factory=EvidenceStore)
    catalog: Catalog | None = None
    alpha: float = stats.DEFAULT_ALPHA
    multiplicity: str = "holm"
    reruns: list[RerunCheck] = field(default_factory=list)


def load_claims(paths: list[Path], catalog: Catalog, root: Path) -> tuple[list[tuple[Claim, str]], list[InputError]]:
    """Load claim files; a bad file is a problem, the others still load."""
    claims, problems, seen = [], [], {}
    files = claim_files(paths)
    for p in paths:
        if not p.exists() and not p.is_symlink():
            problems.append(InputError(printable(str(p)), "no such file or directory"))
    for path in files:
        label = relative_label(path, root)
        try:
            claim = load_claim(path, label, catalog)
        except BenchclaimsError as exc:
            problems.extend(each_problem(exc) if isinstance(exc, InputError) else [InputError(label, str(exc))])
            continue
        if claim.id in seen:
            problems.append(InputError(label, f"claim id {claim.id!r} is also used by {seen[claim.id]}", field="id"))
            continue
        seen[claim.id] = label
        claims.append((claim, label))
    return claims, problems


def load_project(
    project: Project, paths: list[Path], progress: Reporter | None = None
) -> tuple[VerifyRun, list[tuple[Claim, str]]]:
    """Load catalog, evidence and claims; bad files become problems, the rest still load."""
    run = VerifyRun()
    run.catalog = load_catalog(project.catalog_dir, project.root)
    run.evidence, found = load_evidence(project.results_dir, run.catalog, project.root, progress)
    run.problems = [p for p in found if not isinstance(p, InputWarning)]
    run.warnings = [p for p in found if isinstance(p, InputWarning)]
    claims, claim_problems = load_claims(paths, run.catalog, project.root)
    run.problems.extend(claim_problems)
    return run, claims


def validate(project: Project, paths: list[Path]) -> VerifyRun:
    """Check catalog, evidence and claim files without verifying.

    Imported tables are also re-derived from the raw copies they cite: a table that a fresh import
    of its snapshot would not write byte for byte is a problem (edited by hand, or stale).
    """
    from harness.evidence.importing import FOLDER, rederive

    run = load_project(project, paths)[0]
    for table in sorted((project.results_dir / FOLDER).glob("*/*.csv")):
        label = relative_label(table, project.root)
        try:
            found = rederive(project.root, table, run.catalog)
        except BenchclaimsError as exc:
            found = f"{label}: its snapshot no longer imports ({exc})"
        if found:
            run.problems.append(InputError(label, found.split(": ", 1)[1]))
    return run


def verify(
    project: Project,
    paths: list[Path],
    alpha: float = stats.DEFAULT_ALPHA,
    progress: Reporter | None = None,
    multiplicity: str = "holm",
) -> VerifyRun:
    """Verify every claim in `paths` against the project's evidence."""
    if not 0 < alpha < 1:
        raise UsageError(f"--alpha must be between 0 and 1, got {alpha}")
    run, claims = load_project(project, paths, progress)
    if multiplicity not in stats.MULTIPLICITY:
        raise UsageError(f"--multiplicity must be one of {', '.join(stats.MULTIPLICITY)}, got {multiplicity!r}")
    run.alpha, run.multiplicity = alpha, multiplicity
    for done, (claim, label) in enumerate(sorted(claims, key=lambda c: c[0].id), 1):
        run.results.append(verify_claim(claim, label, run.catalog, run.evidence, alpha, multiplicity))
        if progress:
            progress("claims verified", done)
    run.reruns = rerun_checks(run.catalog, run.evidence, alpha)
    return run
