"""`benchclaims link`: review the model names imports could not place, and record the choices.

Every kept snapshot is read again; each model name that resolves to no catalog entry is listed
with ranked candidates and the reason for each. Exact candidates are a name the model registry
lists for that source as a model the catalog has, or a catalog name or alias spelled the same
(when the registry does not say otherwise). A name spelled like a catalog *id* is a top
candidate but never exact: ids are ours, and `deepseek-v3.2` is both an id and an LMArena key
for another mode. A catalog entry that is one mode of a model (GPT-5 (high)) is never exact for a
name that does not state that mode. Accepted choices become reviewed aliases in
catalog/aliases/<source>.yaml.
"""

from __future__ import annotations

import difflib
import json
import math
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from harness.claims.catalog import Catalog, load_catalog
from harness.claims.names import normalise, skeleton
from harness.errors import UnknownNameError, UsageError
from harness.evidence import identity, snapshots
from harness.evidence.adapters import IMPORTERS, format_hint
from harness.evidence.aliases import SourceAlias, alias_file, write_aliases
from harness.evidence.importing import import_source, snapshot_source
from harness.evidence.metrics import classify, load_vocabulary
from harness.evidence.placing import SourceNames, resolve_rows
from harness.evidence.registry import load_registry
from harness.outputs import project_lock


@dataclass
class Candidate:
    model: str  # catalog id ("" for a registry model the catalog does not have yet)
    name: str
    reason: str
    score: float
    exact: bool = False
    # the other candidates ranked as close (their model ids, a new entry's name): listed by name, not by
    # where the catalog happens to write them, and said, so the order is never read as a preference
    tied_with: list[str] = field(default_factory=list)

    @property
    def target(self) -> str:
        return self.model or self.name

    def as_json(self) -> dict:
        return {
            "model": self.model or None,
            "name": self.name,
            "reason": self.reason,
            "exact": self.exact,
            "tied_with": self.tied_with,
        }


@dataclass
class Unplaced:
    source: str  # the importer (alias files are per importer)
    name: str
    rows: int
    snapshots: list[str] = field(default_factory=list)
    refused: str = ""  # why a catalog spelling was not taken
    candidates: list[Candidate] = field(default_factory=list)

    def exact(self) -> Candidate | None:
        """The one exact candidate in the catalog, if there is exactly one."""
        found = [c for c in self.candidates if c.exact and c.model]
        return found[0] if len({c.model for c in found}) == 1 else None

    def as_json(self) -> dict:
        return {
            "source": self.source,
            "name": self.name,
            "rows": self.rows,
            "snapshots": self.snapshots,
            "refused": self.refused or None,
            "candidates": [c.as_json() for c in self.candidates],
        }


def unplaced(root: Path, source: str = "") -> list[Unplaced]:
    """The model names of every kept snapshot (of one importer or snapshot, if `source` says) not placed."""
    catalog = load_catalog(root / "catalog", root)
    registry = load_registry()
    found: dict[tuple[str, str], Unplaced] = {}
    folder = root / "results" / snapshots.FOLDER
    for index in sorted(folder.glob(f"*/{snapshots.INDEX}")):
        sha = index.parent.name
        kept = snapshot_source(root, sha)
        if not isinstance(kept, tuple):
            continue
        fmt, src, opts = kept
        if source and source not in (fmt, sha) and not (len(source) >= 6 and sha.startswith(source)):
            continue
        rows, _ = classify(IMPORTERS[fmt].read(src, opts), load_vocabulary(root))  # non-scores are no names
        _, unmapped = resolve_rows(catalog, rows, opts, SourceNames.of(root, fmt, catalog))
        for (kind, name), u in unmapped.items():
            if kind != "model":
                continue
            entry = found.get((fmt, name))
            if entry is None:
                entry = found[(fmt, name)] = Unplaced(fmt, name, 0, refused=u.reason)
                entry.candidates = candidates(catalog, registry, fmt, name)
            entry.rows += u.rows
            entry.snapshots.append(sha[:12])
    if source and not found and source not in IMPORTERS and not any(folder.glob(f"{source}*")):
        raise UsageError(
            f"no importer or snapshot {source!r}; {format_hint(source)}name one of: {', '.join(IMPORTERS)}, "
            "or a snapshot id"
        )
    return sorted(found.values(), key=lambda u: (u.source, -u.rows, normalise(u.name)))


def candidates(catalog: Catalog, registry, fmt: str, name: str, n: int = 5) -> list[Candidate]:
    """Catalog models `name` may mean, best first, each with why."""
    out: dict[str, Candidate] = {}

    def offer(c: Candidate) -> None:
        key = c.model or f"registry:{c.name}"
        if key not in out or out[key].score < c.score:
            out[key] = c

    known = registry.lookup(fmt, name)
    if known is not None:
        have = registry.in_catalog(catalog, known)
        why = f"the model registry lists {name!r} as {fmt}'s name for {known.name!r} ({', '.join(known.sources)})"
        if have is not None:
            offer(Candidate(have.id, have.name, why, 1.0, exact=True))
        else:
            offer(Candidate("", known.name, why + "; not in the catalog: `import --add-unmapped` adds it", 0.95))
    spelled = catalog.models.find(name)
    if spelled is not None:
        mine = registry.for_catalog(spelled)
        clash = known is not None and mine is not None and mine.id != known.id
        reason = f"a catalog name or alias of {spelled.name!r} is spelled {name!r}"
        # an entry that is one mode of a model: the name alone does not say the source ran that mode
        unstated = "" if known is not None else identity.unstated_variant(spelled, (name,))
        if clash:
            reason += f", but the model registry says {fmt} means {known.name!r} by it"
        elif unstated:
            reason += f", but {unstated} (review the source's setting)"
        offer(Candidate(spelled.id, spelled.name, reason, 0.6 if clash else 0.99, exact=not clash and not unstated))
    by_id = catalog.models.entries.get(name) or next(
        (
            e
            for i, e in catalog.models.entries.items()
            if normalise(i) == normalise(name) or skeleton(i) == skeleton(name)
        ),
        None,
    )
    if by_id is not None:
        mine = registry.for_catalog(by_id)
        clash = known is not None and mine is not None and mine.id != known.id
        reason = f"spelled like the catalog id {by_id.id!r} (ids are not names: review)"
        offer(Candidate(by_id.id, by_id.name, reason, 0.55 if clash else 0.9))
    for spelling, how in identity.spellings(name)[1:]:
        entry = catalog.models.find(spelling)
        if entry is not None:
            unstated = identity.unstated_variant(entry, (name,))
            but = f", but {unstated} (review the source's setting)" if unstated else ""
            offer(Candidate(entry.id, entry.name, f"read as {spelling!r} ({how}){but}", 0.8))
    spellings = {normalise(s): e for e in catalog.all_models() for s in (e.id, e.name, *e.aliases)}
    # every close spelling, not the n closest: with ties at the n-th place difflib keeps the last by spelling
    for key in difflib.get_close_matches(normalise(name), list(spellings), n=len(spellings) or 1, cutoff=0.6):
        ratio = difflib.SequenceMatcher(None, normalise(name), key).ratio()
        e = spellings[key]
        reason, score = f"similar spelling to {key!r} ({ratio:.2f})", round(0.5 * ratio, 3)
        theirs, mine = identity.version_numbers(name), identity.version_numbers(key)
        sized = _stated_size(name, key, e.parameters_b) if theirs != mine else None
        if sized is not None:
            # 'phi-4 (14B)' against 'Phi-4': the size in brackets is the only number the catalog name lacks, and
            # it is no other version; read as one, Phi-3 14B (another version, but the size written) ranked first
            said, recorded = sized
            if recorded == "same":
                reason += f", its size {said} as the catalog records it"
            elif recorded == "rounded":
                reason += f", its size {said} as names round the catalog's {e.parameters_b:g}B"
            elif recorded == "none":
                reason += f", but the catalog records no size for it to check the name's {said} against"
                score = round(score * 0.75, 3)
            else:
                reason += f", but the catalog records {recorded} for it, not the name's {said}: another size?"
                score = round(score / 2, 3)
        elif theirs != mine:
            # 'claude-3-5-sonnet' and 'claude-sonnet-4-5' are spelled alike and are other models: the
            # numbers are what tells versions and sizes apart, so a reviewer is told and it ranks last
            shown = ", ".join(theirs) or "none"
            reason += (
                f", but its numbers differ ({shown} against {', '.join(mine) or 'none'}): another version or size?"
            )
            score = round(score / 2, 3)
        if identity.precisions(name) != identity.precisions(key):
            # 'Meta-Llama-3.1-405B-Instruct-fp8' against '-bf16' read as other version numbers (8 against 16), and
            # 'Qwen3-32B-AWQ' against 'Qwen3-32B' as no difference: a quantized copy scores otherwise than the weights
            # it was made from, so a reviewer is told, and it ranks last
            theirs_p, mine_p = identity.precisions(name), identity.precisions(key)
            reason += (
                f"{'; and' if ', but ' in reason else ', but'} its weights' precision differs ({', '.join(theirs_p) or 'none stated'} against "
                f"{', '.join(mine_p) or 'none stated'}): another copy of the model?"
            )
            score = round(score / 2, 3)
        offer(Candidate(e.id, e.name, reason, score))
    # closest first, then by name: two catalog names as close as each other came in catalog order
    ranked = sorted(out.values(), key=lambda c: (-c.score, c.name.casefold(), c.target))
    for c in ranked:
        c.tied_with = [o.target for o in ranked if o is not c and o.score == c.score]
    return ranked[:n]


def _stated_size(name: str, key: str, parameters_b: float | None) -> tuple[str, str] | None:
    """Where `name` differs from the catalog spelling `key` only by a size in billions that `key` does not state
    ('phi-4 (14B)' and 'phi-4'): the size as written and how the catalog's recorded size stands to it ('same',
    'rounded' where the name writes it rounded, 'none' where it records none, else the recorded size); None where
    the numbers differ otherwise."""
    if identity.SIZE.search(normalise(key)):
        return None
    said = list(identity.SIZE.finditer(normalise(name)))
    unsized = identity.version_numbers(identity.SIZE.sub(" ", normalise(name)))
    # (a mixture's '8x7b' is its experts' layout, not a total the catalog's parameters_b could confirm)
    if len(said) != 1 or "x" in said[0].group(0) or unsized != identity.version_numbers(key):
        return None
    written = said[0].group(1)
    size = float(written)
    if parameters_b is None:
        return f"{size:g}B", "none"
    if abs(size - parameters_b) < 1e-9:
        return f"{size:g}B", "same"
    # a name states its size as its developer rounds it, most often down: Qwen2.5-14B has 14.7B parameters, and a
    # catalog that records the card's 14.7 had 'Qwen 2.5 (14B instruct)' called another size and ranked down
    places = len(written.partition(".")[2])
    rounded = (math.floor(parameters_b * 10**places) / 10**places, round(parameters_b, places))
    if any(abs(size - x) < 1e-9 for x in rounded):
        return f"{size:g}B", "rounded"
    return f"{size:g}B", f"{parameters_b:g}B"


@dataclass
class Accepted:
    written: list[str] = field(default_factory=list)
    aliases: list[dict] = field(default_factory=list)
    left: list[str] = field(default_factory=list)  # names --accept-all-exact did not settle, and why
    refreshed: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"written": self.written, "aliases": self.aliases, "left": self.left, "refreshed": self.refreshed}


def accept(
    root: Path, source: str, choices: dict[str, str], all_exact: bool, reviewer: str, today: date | None = None
) -> Accepted:
    """Record choices (NAME -> catalog model) and, with `all_exact`, every unique exact candidate."""
    with project_lock(root):  # one writer at a time: an import or another link waits
        return _accept(root, source, choices, all_exact, reviewer, today)


def _accept(
    root: Path, source: str, choices: dict[str, str], all_exact: bool, reviewer: str, today: date | None
) -> Accepted:
    catalog = load_catalog(root / "catalog", root)
    names = unplaced(root, source)
    fmts = {u.source for u in names} or ({source} if source in IMPORTERS else set())
    if choices and len(fmts) != 1:
        raise UsageError("--accept needs one source: `benchclaims link SOURCE --accept NAME=MODEL`")
    day = (today or date.today()).isoformat()
    new: dict[str, list[SourceAlias]] = {}
    by_name = {(u.source, normalise(u.name)): u for u in names}
    out = Accepted()
    for name, model in choices.items():
        fmt = next(iter(fmts))
        try:
            entry = catalog.model(model)
        except UnknownNameError as exc:  # "unknown model 'Modl A'" did not say which --accept gave it
            raise UsageError(f"--accept {name}={model}: {exc}") from None
        u = by_name.get((fmt, normalise(name)))
        if u is None:  # a name the source never had would place nothing, or a typo elsewhere
            spelt = [x.name for x in names if x.source == fmt]
            close = difflib.get_close_matches(name, spelt, n=1, cutoff=0.8)
            hint = f"; did you mean {close[0]!r}?" if close else ""
            raise UsageError(
                f"--accept {name}={model}: {name!r} is not an unplaced name of {fmt}{hint} "
                f"(list them with `benchclaims link {fmt}`; a placed alias is changed in catalog/aliases/{fmt}.yaml)"
            )
        why = next((c.reason for c in (u.candidates if u else []) if c.model == entry.id), "chosen by the reviewer")
        new.setdefault(fmt, []).append(SourceAlias(name, entry.id, reviewer, day, why))
    if all_exact:
        chosen = {(f, normalise(a.name)) for f, aliases in new.items() for a in aliases}
        for u in names:
            if (u.source, normalise(u.name)) in chosen:
                continue
            best = u.exact()
            if best is None:
                out.left.append(f"{u.source} {u.name!r}: no single exact candidate")
                continue
            new.setdefault(u.source, []).append(SourceAlias(u.name, best.model, reviewer, day, best.reason))
    for fmt, aliases in sorted(new.items()):
        path = write_aliases(root, fmt, aliases)
        out.written.append(str(path.relative_to(root)))
        out.aliases += [{"source": fmt, **a.as_dict()} for a in aliases]
        out.refreshed += refresh(root, fmt)
    return out


def refresh(root: Path, fmt: str) -> list[str]:
    """Import every kept snapshot of one importer again, so its tables use the aliases just written."""
    written = []
    for index in sorted((root / "results" / snapshots.FOLDER).glob(f"*/{snapshots.INDEX}")):
        body = json.loads(index.read_text(encoding="utf-8"))
        if body.get("importer") != fmt:
            continue
        kept = snapshot_source(root, index.parent.name)
        if not isinstance(kept, tuple):
            continue
        _, src, opts = kept
        report = import_source(root, fmt, str(body.get("source", "")), opts, fetched=src)
        written += report.written
    return written


def reviewer_name(given: str = "") -> str:
    """Who is reviewing: `given` (--reviewer), else $BENCHCLAIMS_REVIEWER, else git's user.name, else the login name.

    A name with a control character (an escape sequence, a newline) or of more than 300 characters is refused: it
    was written into catalog/aliases/ as it came, and shown by every later command that lists who reviewed.
    """
    import os

    for where, name in (("--reviewer", given), ("$BENCHCLAIMS_REVIEWER", os.environ.get("BENCHCLAIMS_REVIEWER", ""))):
        if name.strip():
            if len(name) > 300 or re.search("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", name):
                shown = name[:40] + (f"… ({len(name):,} characters)" if len(name) > 40 else "")
                raise UsageError(
                    f"{where}: a reviewer's name has at most 300 characters and no control character, got {shown!r}"
                )
            return name.strip()
    return _login_name()


def _login_name() -> str:
    """git's user.name, else the login name."""
    import getpass
    import subprocess

    try:
        got = subprocess.run(["git", "config", "user.name"], capture_output=True, text=True, timeout=5)
        if got.returncode == 0 and got.stdout.strip():
            return got.stdout.strip()
    except (OSError, subprocess.SubprocessError):
        pass
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"


__all__ = ["Unplaced", "accept", "alias_file", "candidates", "refresh", "reviewer_name", "unplaced"]
