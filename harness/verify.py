"""Load catalog, evidence and claims, and verify every claim: the one entry point."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from harness.claims.catalog import Catalog, load_catalog
from harness.claims.claimfile import claim_files, load_claim
from harness.claims.spec import Claim
from harness.errors import BenchclaimsError, InputError, InputWarning, UsageError, each_problem
from harness.evidence.loading import Reporter, load_evidence
from harness.evidence.store import EvidenceStore
from harness.inputs import printable, relative_label, unreadable_folders
from harness.judge import stats
from harness.judge.engine import ClaimResult
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
    # with `encode`: each claim's JSON text (in result order) and the evidence rows' texts by id
    texts: list = field(default_factory=list)  # str, or fanout.Spilled: a text left in a file
    rows: dict[str, str] = field(default_factory=dict)
    spill: object = None  # the temporary folder holding spilled texts, removed by close()

    def close(self) -> None:
        """Remove the folder of spilled texts once they are written out. Left to the garbage collector, it was
        removed whenever the run happened to be collected, with a ResourceWarning."""
        if self.spill is not None:
            self.spill.cleanup()
            self.spill = None


def path_problems(paths: list[Path], root: Path) -> list[InputError]:
    """The claim paths given that are missing, and the folders under them whose files would not be read."""
    problems = []
    for p in paths:
        if not p.exists() and not p.is_symlink():
            problems.append(InputError(printable(str(p)), "no such file or directory"))
        elif p.is_dir():
            problems.extend(unreadable_folders(p, root))
    return problems


def load_claims(
    paths: list[Path], catalog: Catalog, root: Path, snapshots=None
) -> tuple[list[tuple[Claim, str]], list[InputError]]:
    """Load claim files; a bad file is a problem, the others still load (pins checked against `snapshots`)."""
    claims, problems, seen = [], [], {}
    files = claim_files(paths)
    problems += path_problems(paths, root)
    for path in files:
        label = relative_label(path, root)
        try:
            claim = load_claim(path, label, catalog, root, snapshots)
        except BenchclaimsError as exc:
            problems.extend(each_problem(exc) if isinstance(exc, InputError) else [InputError(label, str(exc))])
            continue
        if claim.id in seen:
            problems.append(_id_again(path, label, claim.id, seen[claim.id]))
            continue
        seen[claim.id] = label
        claims.append((claim, label))
    return claims, problems


def _id_again(path: Path, label: str, claim_id: str, first: str) -> InputError:
    """A claim id an earlier file used, at the line of this file's `id:` (read again: only for such a file)."""
    from harness.yamlfile import load_yaml

    try:
        line = load_yaml(path, label).line_of(("id",))
    except BenchclaimsError:
        line = None
    return InputError(label, f"claim id {claim_id!r} is also used by {first}", field="id", line=line)


def load_inputs(project: Project, progress: Reporter | None = None) -> VerifyRun:
    """Load catalog and evidence; bad evidence files become problems, the rest still load."""
    run = VerifyRun()
    run.catalog = load_catalog(project.catalog_dir, project.root)
    run.evidence, found = load_evidence(project.results_dir, run.catalog, project.root, progress)
    run.problems = [p for p in found if not isinstance(p, InputWarning)]
    run.warnings = [p for p in found if isinstance(p, InputWarning)]
    return run


def load_project(
    project: Project, paths: list[Path], progress: Reporter | None = None
) -> tuple[VerifyRun, list[tuple[Claim, str]]]:
    """Load catalog, evidence and claims; bad files become problems, the rest still load."""
    run = load_inputs(project, progress)
    claims, claim_problems = load_claims(paths, run.catalog, project.root, run.evidence.windows)
    run.problems.extend(claim_problems)
    return run, claims


def validate(project: Project, paths: list[Path]) -> VerifyRun:
    """Check catalog, evidence and claim files without verifying.

    Imported tables are also re-derived from the raw copies they cite: a table that a fresh import
    of its snapshot would not write byte for byte is a problem (edited by hand, or stale).
    """
    from harness.evidence.aliases import alias_file_problems
    from harness.evidence.importing import FOLDER, rederive

    run = load_project(project, paths)[0]
    run.problems.extend(alias_file_problems(project.root, run.catalog))
    for table in sorted((project.results_dir / FOLDER).glob("*/*.csv")):
        label = relative_label(table, project.root)
        try:
            found = rederive(project.root, table, run.catalog)
        except BenchclaimsError as exc:
            found = InputError(label, f"its snapshot no longer imports ({exc})")
        if isinstance(found, InputWarning):  # an older importer's table: valid, and stale until re-imported
            run.warnings.append(found)
        elif found:
            run.problems.append(found)
    return run


def verify(
    project: Project,
    paths: list[Path],
    alpha: float = stats.DEFAULT_ALPHA,
    progress: Reporter | None = None,
    multiplicity: str = "holm",
    full: bool = True,
    jobs: int | None = 1,
    engine: str = "local",
    encode: str | None = None,
    keep: bool = True,
) -> VerifyRun:
    """Verify every claim in `paths` against the project's evidence.

    Without `full`, rank units keep only the comparisons that decide them (what the compact JSON
    shows); reports and the full JSON need every comparison. `jobs` processes (None: one per core)
    or `engine="ray"` load and verify the claim files; `encode` ('compact' or 'full') makes each
    claim's JSON where it is verified (`run.texts`, `run.rows`); without `keep` the results carry
    verdicts and reasons only. Results are in claim-id order and the same whatever the jobs.
    """
    import functools

    from harness.judge import fanout
    from harness.report.jsonout import encode_claim
    from harness.report.jsontext import ITEM_SEPARATOR

    if not 0 < alpha < 1:
        raise UsageError(f"--alpha: must be a number more than 0 and less than 1, got {alpha!r}")
    run = load_inputs(project, progress)
    if multiplicity not in stats.MULTIPLICITY:
        raise UsageError(f"--multiplicity: must be one of {', '.join(stats.MULTIPLICITY)}, got {multiplicity!r}")
    run.alpha, run.multiplicity = alpha, multiplicity
    run.problems += path_problems(paths, project.root)
    encoder = functools.partial(encode_claim, detail=encode) if encode else None
    if encode and engine == "local":
        import tempfile

        # workers leave each claim's JSON in a file and send its offsets: 10,000 claims' texts never
        # sit in this process's memory at once
        run.spill = tempfile.TemporaryDirectory(prefix="benchclaims-")
    spill = run.spill.name if run.spill else None
    task = fanout.Task(
        run.catalog, run.evidence, project.root, alpha, multiplicity, full=full, encode=encoder, keep=keep, spill=spill
    )
    task.lead = ITEM_SEPARATOR.encode()  # before each spilled text: a chunk's texts are then copied out at once
    verified, seen = [], {}
    files = claim_files(paths)
    texts = {}  # every row text the claims brought, each once per process that sent it
    left_out = False  # a verified claim left out (its id used before)
    # (each chunk's claims taken in as it comes back, while the workers verify the next)
    for path, v in zip(files, fanout.verify_files(task, files, jobs, engine)):
        texts.update(v.rows)  # a claim left out below may bring a row others refer to
        run.problems.extend(v.problems)
        if v.result is None:
            continue
        claim_id = v.result.claim.id
        if claim_id in seen:
            run.problems.append(_id_again(path, v.label, claim_id, seen[claim_id]))
            left_out = True
            continue
        seen[claim_id] = v.label
        verified.append(v)
    verified.sort(key=lambda v: v.result.claim.id)
    for done, v in enumerate(verified, 1):
        run.results.append(v.result)
        if v.text is not None:
            run.texts.append(v.text)
        if progress:
            progress("claims verified", done, "claim verified")
    # every row text came with the first claim of its process to refer to it: with every claim kept, the
    # rows referred to are those sent; else those the claims kept refer to
    run.rows = texts if not left_out else {key: texts[key] for v in verified for key in v.keys}
    run.reruns = rerun_checks(run.catalog, run.evidence, alpha)
    return run
