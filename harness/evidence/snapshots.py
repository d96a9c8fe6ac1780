"""Raw copies of what each import read, kept by content hash under results/snapshots/.

A snapshot is a folder named by its sha256 holding the files exactly as read and a
`snapshot.json` saying where they came from and when. Importing the same bytes again adds
nothing; a changed upstream adds a new snapshot beside the old. Rows imported from a snapshot
carry its sha256, so a claim can pin one, or take the newest of each source as of a date.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from harness.errors import InputError
from harness.evidence.fetching import IMPORT_MAX_BYTES, Fetched, public_url
from harness.inputs import parse_json, read_bytes, relative_label
from harness.outputs import Staged

FOLDER = "snapshots"
INDEX = "snapshot.json"
FORMAT = "benchclaims-snapshot/1"
_SHA = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class Snapshot:
    sha256: str
    source: str  # the URL, or the file as named on import: what "the same upstream" means
    format: str
    retrieved_at: str  # ISO 8601 UTC
    files: tuple[str, ...]
    path: str = ""  # the folder, relative to the project
    main: str = ""  # the file the importer read (the others are its companions)
    importer_version: str = ""
    options: str = "{}"  # the import's options, as JSON

    @property
    def retrieved(self) -> date:
        return date.fromisoformat(self.retrieved_at[:10])


def content_sha256(src: Fetched) -> str:
    """The sha256 of the file itself; with companion files, of the list of every file's hash."""
    main = hashlib.sha256(src.data).hexdigest()
    if not src.companions:
        return main
    lines = [f"{main}  {src.name}"] + [
        f"{hashlib.sha256(data).hexdigest()}  {name}" for name, data in sorted(src.companions.items())
    ]
    return hashlib.sha256("\n".join(lines).encode()).hexdigest()


def source_key(src: Fetched, root: Path) -> str:
    """Where the content came from: the URL, the file relative to the project, or `file:<name>` outside it.

    A file outside the project is named by its file name only (the snapshot's sha256 says which
    content): an absolute path would record the importer's own folders in the project's history.
    """
    if src.url:
        return public_url(src.url)  # never a password or token: the index is committed
    path = src.path.resolve()
    try:
        return str(path.relative_to(root.resolve()))
    except ValueError:
        return f"file:{path.name}"


def keep(
    src: Fetched, results_dir: Path, root: Path, fmt: str, importer_version: str, options: dict, staged: Staged
) -> tuple[Snapshot, bool]:
    """Stage the raw content (once) for writing; return the snapshot and whether it is new."""
    sha = content_sha256(src)
    folder = results_dir / FOLDER / sha
    index = folder / INDEX
    if index.is_file():
        snap = read_snapshot(index, root)
        if json.loads(snap.options) != options or snap.importer_version != importer_version:
            # the same content imported again with other options (a corrected --reported-by), or by a newer
            # importer: the table is written with these, so the index says these too; with the first ones,
            # validate's fresh import of the copy disagreed with the table at every run after
            label = relative_label(index, root)
            body = parse_json(read_bytes(index, label), label, "a benchclaims snapshot index")
            body["options"], body["importer_version"] = options, importer_version
            body["digest"] = metadata_digest(body)
            staged.add(index, (json.dumps(body, indent=2, sort_keys=True) + "\n").encode())
            snap = Snapshot(
                **{
                    **snap.__dict__,
                    "options": json.dumps(options, sort_keys=True),
                    "importer_version": importer_version,
                }
            )
        return snap, False
    names = {src.name: src.data, **src.companions}
    for name, data in names.items():
        staged.add(folder / _safe_name(name), data)
    snap = Snapshot(sha, source_key(src, root), fmt, src.retrieved_at, tuple(_safe_name(n) for n in names))
    body = {
        "format": FORMAT,
        "sha256": sha,
        "source": snap.source,
        "importer": fmt,
        "importer_version": importer_version,
        "options": options,
        "main": _safe_name(src.name),
        "retrieved_at": snap.retrieved_at,
        "files": {_safe_name(n): hashlib.sha256(d).hexdigest() for n, d in names.items()},
    }
    body["digest"] = metadata_digest(body)
    # the index is written last: a folder without it is an interrupted import, redone next time
    staged.add(index, (json.dumps(body, indent=2, sort_keys=True) + "\n").encode())
    return Snapshot(**{**snap.__dict__, "path": relative_label(folder, root)}), True


def metadata_digest(body: dict) -> str:
    """The sha256 of everything an index says but its digest: an edit of `retrieved_at`, source or options shows."""
    rest = {k: v for k, v in body.items() if k != "digest"}
    return hashlib.sha256(json.dumps(rest, sort_keys=True, separators=(",", ":")).encode()).hexdigest()


class SnapshotIndex(BaseModel):
    """snapshot.json, strictly: every path in it is a plain name inside its own folder."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    format: Literal["benchclaims-snapshot/1"]
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    source: str = Field(min_length=1, max_length=4000)
    importer: str = Field(min_length=1, max_length=100)
    importer_version: str = Field(max_length=100)
    options: dict[str, Any]
    main: str
    retrieved_at: str = Field(pattern=r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$")
    files: dict[str, str] = Field(min_length=1, max_length=10_000)
    digest: str = Field(pattern=r"^[0-9a-f]{64}$")

    @field_validator("files")
    @classmethod
    def _plain_names(cls, files: dict[str, str]) -> dict[str, str]:
        for name, digest in files.items():
            if _safe_name(name) != name:
                raise ValueError(f"kept file {name[:80]!r} must be a plain file name inside the snapshot folder")
            if not _SHA.match(digest):
                raise ValueError(f"kept file {name!r}: sha256 must be 64 hex digits")
        return files

    @field_validator("retrieved_at")
    @classmethod
    def _real_time(cls, when: str) -> str:
        datetime.fromisoformat(when.replace("Z", "+00:00"))
        return when


def read_snapshot(index: Path, root: Path) -> Snapshot:
    """Read and check a snapshot index and the files it names; InputError for anything amiss."""
    label = relative_label(index, root)
    body = parse_json(read_bytes(index, label), label, "a benchclaims snapshot index")
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise InputError(label, f"not a benchclaims snapshot (format must be {FORMAT!r})", field="format")
    try:
        parsed = SnapshotIndex.model_validate(body)
    except ValidationError as exc:
        first = exc.errors(include_url=False)[0]
        where = ".".join(str(p) for p in first["loc"][:1]) or None
        message = "unknown field" if first["type"] == "extra_forbidden" else first["msg"].removeprefix("Value error, ")
        raise InputError(label, message, field=where) from None
    if parsed.main not in parsed.files:
        raise InputError(label, f"main file {parsed.main[:80]!r} is not one of the kept files", field="main")
    if index.parent.name != parsed.sha256:
        raise InputError(label, "sha256 must be the 64-hex-digit name of its folder", field="sha256")
    if metadata_digest(body) != parsed.digest:
        raise InputError(
            label, "the snapshot's metadata changed since it was imported (digest differs)", field="digest"
        )
    _check_files(index.parent, parsed.files, parsed.sha256, label, root)
    return Snapshot(
        parsed.sha256,
        parsed.source,
        parsed.importer,
        parsed.retrieved_at,
        tuple(parsed.files),
        relative_label(index.parent, root),
        parsed.main,
        parsed.importer_version,
        json.dumps(parsed.options, sort_keys=True),
    )


def read_member(snap: Snapshot, root: Path, name: str) -> bytes:
    """The bytes of one kept file: a regular file in the snapshot folder (no symlink), under the cap."""
    if name not in snap.files:
        raise InputError(snap.path, f"{name!r} is not one of the snapshot's kept files")
    path = root / snap.path / name
    label = relative_label(path, root)
    if path.is_symlink():
        raise InputError(label, "is a symlink; a snapshot keeps its files as plain copies", field="files")
    return read_bytes(path, label, IMPORT_MAX_BYTES)


def _check_files(folder: Path, files: dict[str, str], sha: str, label: str, root: Path) -> None:
    """The kept files are the ones imported: each file's hash, and the snapshot's own hash over them."""
    hashes = {}
    for name, recorded in files.items():
        path = folder / name
        if path.is_symlink():
            raise InputError(label, f"kept file {name!r} is a symlink, not the copy imported", field="files")
        if not path.is_file():
            raise InputError(label, f"kept file {name!r} is missing", field="files")
        digest = hashlib.sha256(read_bytes(path, relative_label(path, root), IMPORT_MAX_BYTES)).hexdigest()
        if digest != recorded:
            raise InputError(label, f"kept file {name!r} changed since it was imported (sha256 differs)", field="files")
        hashes[name] = digest
    # the snapshot's name is the hash of its one file, or of the list of its files' hashes
    if len(hashes) == 1 and next(iter(hashes.values())) == sha:
        return
    for main in hashes:
        lines = [f"{hashes[main]}  {main}"] + [f"{h}  {n}" for n, h in sorted(hashes.items()) if n != main]
        if hashlib.sha256("\n".join(lines).encode()).hexdigest() == sha:
            return
    raise InputError(label, "the kept files do not hash to the snapshot's name", field="sha256")


def load_index(results_dir: Path, root: Path) -> tuple[dict[str, Snapshot], list[InputError]]:
    """Every kept snapshot by sha256 (an unreadable index is a problem, not a crash)."""
    out, problems = {}, []
    folder = results_dir / FOLDER
    if not folder.is_dir():
        return out, problems
    for index in sorted(folder.glob(f"*/{INDEX}")):
        try:
            snap = read_snapshot(index, root)
        except InputError as exc:
            problems.append(exc)
            continue
        out[snap.sha256] = snap
    return out, problems


def windows(index: dict[str, Snapshot]) -> dict[str, tuple[date, date | None]]:
    """For each snapshot, the dates it speaks for its source: [retrieved, next retrieval).

    The oldest copy of a source also speaks for the time before it was taken: a claim dated
    before the first import is checked against the earliest copy held, whose rows still pass
    the claim's date test on their own dates.
    """
    by_source: dict[tuple[str, str], list[Snapshot]] = {}
    for snap in index.values():
        by_source.setdefault((snap.source, snap.format), []).append(snap)
    out = {}
    for snaps in by_source.values():
        snaps.sort(key=lambda s: (s.retrieved_at, s.sha256))
        for i, (snap, after) in enumerate(zip(snaps, snaps[1:] + [None])):
            out[snap.sha256] = (date.min if i == 0 else snap.retrieved, None if after is None else after.retrieved)
    return out


def previous(index: dict[str, Snapshot], snap: Snapshot) -> Snapshot | None:
    """The snapshot of the same source kept just before this one."""
    older = [
        s
        for s in index.values()
        if s.source == snap.source
        and s.format == snap.format
        and (s.retrieved_at, s.sha256) < (snap.retrieved_at, snap.sha256)
    ]
    return max(older, key=lambda s: (s.retrieved_at, s.sha256), default=None)


def _safe_name(name: str) -> str:
    """A file name that stays inside the snapshot folder and prints plainly."""
    cleaned = re.sub(r"[^A-Za-z0-9._-]+", "_", Path(name).name).lstrip(".")
    return cleaned[:150] or "content"
