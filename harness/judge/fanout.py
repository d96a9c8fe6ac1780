"""Load and verify claim files on every core, or on a Ray cluster, behind one small interface.

A backend maps a function over chunks of claim files and yields each chunk's results in order;
`local` runs them in forked processes (or in this process for one job or few claims), `ray` as
Ray tasks (the `[ray]` extra; `ray.init()` joins the cluster named by RAY_ADDRESS, else starts a
local one). Each claim is loaded, verified and, when JSON is wanted, encoded where it runs, so
the parent only joins texts: the output is byte-identical whichever backend and however many jobs.
The encoder is handed in (`Task.encode`), so judging never imports the report stage.
"""

from __future__ import annotations

import dataclasses
import gc
import math
import os
import socket
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from harness.claims.catalog import Catalog
from harness.claims.claimfile import load_claim
from harness.errors import BenchclaimsError, InputError, UsageError, each_problem
from harness.evidence.store import EvidenceStore
from harness.inputs import relative_label
from harness.judge.engine import ClaimResult, forget_chunk, know_claims, verify_claim

ENGINES = ("local", "ray")
POOL_FROM = 32  # fewer claim files than this are verified here: starting workers would cost more
CHUNKS_PER_JOB = 8  # small enough that a chunk of slow claims does not keep the others waiting
LAST_CHUNK = 64  # the least files in a chunk where they are few (each chunk's searches share one batch)


@dataclass
class Task:
    """What every worker needs, shared once (forked, or put in Ray's object store)."""

    catalog: Catalog
    evidence: EvidenceStore
    root: Path
    alpha: float
    multiplicity: str = "holm"
    full: bool = True  # rank units keep every comparison (reports, --detail full)
    # (result, known=ids) -> (its JSON text, the evidence rows it refers to by id, each with its text or, for
    # one among the ids `known`, None: its text is not made again), run where it is verified
    encode: Callable[..., tuple[str, dict[str, str | None]]] | None = None
    keep: bool = True
    spill: str | None = None  # a folder where workers on this machine leave claims' JSON texts
    lead: bytes = b""  # written before each text left there (Spilled.lead)
    # the evidence rows whose texts this process has sent (with an earlier claim): each is sent once
    sent: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Spilled:
    """A claim's JSON text left in a file by a worker (the parent holds 10,000 claims' texts as offsets).

    `lead`, written just before the text, is the text the output puts between two claims: the parent copies
    the texts of a chunk that follow each other in the file, and what is between them, at once."""

    path: str
    offset: int
    length: int
    lead: bytes = b""


@dataclass
class Verified:
    """One claim file: its problems, or its claim's result (and JSON text, and the rows it refers to)."""

    label: str
    problems: list[InputError] = field(default_factory=list)
    result: ClaimResult | None = None
    text: str | Spilled | None = None
    keys: list[str] = field(default_factory=list)  # the ids of the evidence rows its JSON refers to
    # the texts of those rows by id, less those the process that verified it sent with an earlier claim:
    # a worker's claims refer to 325,000 rows, 143,000 of them distinct, each text some 300 bytes
    rows: dict[str, str] = field(default_factory=dict)


def verify_files(task: Task, files: list[Path], jobs: int | None = None, engine: str = "local") -> Iterator[Verified]:
    """Load and verify each file; one Verified per file, in the order of `files`, each chunk's as it comes back
    (the caller's work on them overlaps the workers')."""
    if engine not in ENGINES:
        raise UsageError(f"--engine must be one of {', '.join(ENGINES)}, got {engine!r}")
    jobs = jobs or os.cpu_count() or 1
    numbered = list(enumerate(files))
    if engine == "local" and (jobs <= 1 or len(files) < POOL_FROM):
        return iter(_chunk_here(task, numbered))
    chunks = [numbered[i:j] for i, j in chunk_bounds(len(numbered), jobs)]
    backend = RayBackend() if engine == "ray" else ProcessBackend(jobs)
    return (v for part in backend.map(task, chunks) for v in part)


def chunk_bounds(n: int, jobs: int) -> list[tuple[int, int]]:
    """Where the chunks of `n` files start and end: CHUNKS_PER_JOB per job of one size, except that the last
    files come in chunks each about a 2 * jobs-th of the files left (down to LAST_CHUNK), so the workers finish
    within a small chunk of each other (with equal chunks, one waited on the other's last big chunk: 1-2 s of
    a 33 s cohort run on 2 cores)."""
    size = max(1, math.ceil(n / (jobs * CHUNKS_PER_JOB)))
    bounds, start = [], 0
    while start < n:
        step = min(size, max(LAST_CHUNK, math.ceil((n - start) / (2 * jobs))))
        bounds.append((start, min(n, start + step)))
        start += step
    return bounds


def run_chunk(task: Task, chunk: list[tuple[int, Path]]) -> list[Verified]:
    """Load, verify and encode the claims of some files (in a worker, or here)."""
    out = []
    sink = open(os.path.join(task.spill, f"chunk-{chunk[0][0]}.json"), "wb") if task.spill and chunk else None  # noqa: SIM115
    try:
        _run(task, chunk, out, sink)
    finally:
        if sink is not None:
            sink.close()
    return out


def _run(task: Task, chunk: list[tuple[int, Path]], out: list[Verified], sink) -> None:
    loaded = []  # (label, claim or the Verified of a file that did not load), in the chunk's order
    real = task.root.resolve()  # the project's real path, once for the chunk's files (not twice for each)
    for _, path in chunk:
        label = relative_label(path, task.root, real)
        try:
            loaded.append((label, load_claim(path, label, task.catalog, task.root, task.evidence.windows, str(real))))
        except BenchclaimsError as exc:
            problems = each_problem(exc) if isinstance(exc, InputError) else [InputError(label, str(exc))]
            loaded.append((label, Verified(label, problems)))
    # the chunk's searches in one batch first (answers kept for the claims below; the results unchanged)
    claims = [c for _, c in loaded if not isinstance(c, Verified)]
    try:
        know_claims(claims, task.catalog, task.evidence, task.alpha, task.full)
        _verify_chunk(task, loaded, out, sink)
    finally:
        forget_chunk()  # what was prepared for the chunk's claims (rank units some never read)


def _verify_chunk(task: Task, loaded: list, out: list[Verified], sink) -> None:
    for label, claim in loaded:
        if isinstance(claim, Verified):
            out.append(claim)
            continue
        result = verify_claim(claim, label, task.catalog, task.evidence, task.alpha, task.multiplicity, task.full)
        done = Verified(label, result=result)
        if task.encode is not None:
            done.text, rows = task.encode(result, known=task.sent)  # the rows sent before: no text made
            done.keys = list(rows)
            done.rows = {key: text for key, text in rows.items() if key not in task.sent}
            task.sent.update(done.rows)
            if sink is not None:
                data = done.text.encode("utf-8")
                sink.write(task.lead)
                done.text = Spilled(sink.name, sink.tell(), len(data), task.lead)
                sink.write(data)
        if not task.keep:
            done.result = dataclasses.replace(result, assertions=[], variants=[])  # verdicts and reasons only
        out.append(done)


def _chunk_here(task: Task, chunk: list[tuple[int, Path]]) -> list[Verified]:
    """`run_chunk` in this process, its garbage collector held off while the chunk runs, as a worker's is
    (`_chunk_in_worker`): with one job, the collector's passes over the growing caches and results cost
    about a tenth of the CPU (1.7 of 13.7 s on the 2,000-claim cohort project). Nothing is frozen after:
    this process goes on (reports; tests that verify again), and the collector is as it was.

    What the chunk made is moved to the oldest generation without a pass over it (frozen, then thawed at
    once): it was all in the youngest, and the first allocation after the collector came back scanned it
    whole (1.1 of 47 s of CPU on the 10,000-claim cohort project, to free 317 objects), when
    most of it is what stays (caches, results). The collector's full passes reach it as any old object.
    Where the caller froze objects of its own, they stay frozen and the chunk's are left where they are."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        return run_chunk(task, chunk)
    finally:
        if collecting:
            if gc.get_freeze_count() == 0:
                gc.freeze()
                gc.unfreeze()
            gc.enable()


class ProcessBackend:
    """Forked worker processes on this machine (they share the loaded evidence, copy on write)."""

    def __init__(self, jobs: int):
        self.jobs = jobs

    def map(self, task: Task, chunks: list) -> Iterator[list[Verified]]:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        global _TASK
        fork = "fork" in multiprocessing.get_all_start_methods()
        _TASK = task  # a forked worker finds it here; a spawned one is handed it once
        context = multiprocessing.get_context("fork" if fork else None)
        init = {} if fork else {"initializer": _set_task, "initargs": (task,)}
        # The loaded catalog and evidence are frozen before the workers fork: neither this process's
        # collector nor a worker's then touches their objects' headers, so a worker's pages stay
        # shared instead of being copied on write. And while the chunks' results come back (10,000
        # claims' results, unpickled here, every one kept) this process's collector is held off:
        # its full passes over that growing heap cost more than unpickling them. Then what came back
        # goes to the oldest generation with the loaded heap, unscanned (frozen with it, then all thawed):
        # a pass of the youngest over it, at the first allocation after, found nothing to free and cost
        # 0.27 s of CPU on the 10,000-claim cohort project, while the output waited.
        thawed = gc.get_freeze_count() == 0
        collecting = gc.isenabled()
        gc.freeze()
        gc.disable()
        try:
            with ProcessPoolExecutor(max_workers=min(self.jobs, len(chunks)), mp_context=context, **init) as pool:
                yield from pool.map(_chunk_in_worker, chunks)
        finally:
            _TASK = None
            if thawed:
                gc.freeze()
                gc.unfreeze()
            if collecting:
                gc.enable()


_TASK: Task | None = None


def _set_task(task: Task) -> None:
    global _TASK
    _TASK = task


def _chunk_in_worker(chunk: list[tuple[int, Path]]) -> list[Verified]:
    """`run_chunk` in a worker process, its garbage collector held off while the chunk runs.

    A worker keeps what its claims build (rows as records, the cohort tables, the searched p-values and
    fragilities), and the collector's full passes over that growing heap cost about a tenth of the CPU.
    So nothing is collected during a chunk, and what it leaves is frozen after it, never scanned again.
    The chunk's garbage is freed by reference counting: a pass of the youngest generation after each
    chunk found no cycles to free (none on the cohort workload after the first chunk, 317 objects in
    it) and cost 2 % of the CPU, so there is none.
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        return run_chunk(_TASK, chunk)
    finally:
        if collecting:
            gc.freeze()
            gc.enable()


class RayBackend:
    """Ray tasks: the task is put in the object store once, each chunk is one remote call."""

    def map(self, task: Task, chunks: list) -> Iterator[list[Verified]]:
        try:
            import ray
        except ImportError:
            raise UsageError("--engine ray needs the [ray] extra: pip install 'benchclaims[ray]'") from None
        if not ray.is_initialized():
            if "RAY_ADDRESS" in os.environ:
                answers(os.environ["RAY_ADDRESS"])
            try:
                ray.init(logging_level="ERROR", log_to_driver=False)
            except (ValueError, ConnectionError, RuntimeError) as exc:  # a RAY_ADDRESS that is no cluster's
                where = (
                    f"the cluster at $RAY_ADDRESS {os.environ['RAY_ADDRESS']!r}"
                    if "RAY_ADDRESS" in os.environ
                    else "Ray"
                )
                raise UsageError(f"--engine ray: cannot start or join {where} ({str(exc)[:200]})") from None
        shared = ray.put(task)
        remote = ray.remote(_ray_chunk)
        pending = [remote.remote(shared, chunk) for chunk in chunks]
        for ref in pending:
            yield ray.get(ref)


RAY_CONNECT_S = 3.0  # a cluster's head accepts at once; ray.init() retries a silent address for minutes


def answers(address: str) -> None:
    """Refuse, in one line and seconds, a RAY_ADDRESS of the form host:port (or ray://host:port) where nothing
    accepts a connection: ray.init() retried it for minutes (Ray 2.60: still retrying after 5). 'auto', 'local' and any
    other form are left to Ray, which reads them at once."""
    host, sep, port = address.strip().removeprefix("ray://").rpartition(":")
    if not sep or not host or not port.isdigit():
        return
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=RAY_CONNECT_S).close()
    except (OSError, OverflowError, ValueError) as exc:  # refused, unreachable, no such host, a port past 65535
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc) or type(exc).__name__
        raise UsageError(
            f"--engine ray: nothing answers at $RAY_ADDRESS {address!r} ({why}): start the cluster there, or unset "
            "RAY_ADDRESS to start one on this machine"
        ) from None


def _ray_chunk(task: Task, chunk: list[tuple[int, Path]]) -> list[Verified]:
    return run_chunk(task, chunk)
