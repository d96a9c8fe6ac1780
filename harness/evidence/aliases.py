"""Reviewed source names: catalog/aliases/<source>.yaml, one file per importer.

A source alias says "when this source writes NAME it means catalog model MODEL", who reviewed
that and when. It applies to that source only (LMArena's `deepseek-v3.2` is not the paper's
"DeepSeek-V3.2"), and it is tried before the catalog's own names and aliases.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from harness.claims.catalog import Catalog
from harness.claims.catalog_entries import in_the_future, no_time
from harness.claims.names import normalise
from harness.errors import InputError, UnknownNameError

FOLDER = "aliases"
HEADER = (
    "# Source names reviewed as catalog models (written by `benchclaims link`; hand edits are fine).\n"
    "# Each applies to this source only and is tried before the catalog's own names.\n"
)


@dataclass(frozen=True)
class SourceAlias:
    name: str
    model: str  # a catalog id
    reviewed_by: str
    reviewed_on: str
    reason: str = ""

    def as_dict(self) -> dict:
        out = {"name": self.name, "model": self.model, "reviewed_by": self.reviewed_by, "reviewed_on": self.reviewed_on}
        if self.reason:
            out["reason"] = self.reason
        return out


def alias_file(root: Path, fmt: str) -> Path:
    return root / "catalog" / FOLDER / f"{fmt}.yaml"


def load_aliases(root: Path, fmt: str, catalog: Catalog | None = None) -> dict[str, SourceAlias]:
    """The reviewed aliases of one source, keyed by normalised name (checked against the catalog)."""
    from harness.inputs import relative_label, within
    from harness.yamlfile import load_yaml

    path = alias_file(root, fmt)
    if not path.is_file():
        return {}
    label = relative_label(path, root)
    within(path, root, label)  # an aliases file symlinked out of the project is not read
    doc = load_yaml(path, label)
    data = doc.data or {}
    if not isinstance(data, dict) or not isinstance(data.get("aliases", []), list):
        raise InputError(label, "expected {source: NAME, aliases: [{name, model, reviewed_by, reviewed_on}]}")
    out: dict[str, SourceAlias] = {}
    for i, raw in enumerate(data.get("aliases") or []):
        line = doc.line_of(("aliases", i))
        if not isinstance(raw, dict) or not raw.get("name") or not raw.get("model"):
            raise InputError(label, "each alias needs a name and a model", field=f"aliases[{i}]", line=line)
        _reviewed_on(
            raw.get("reviewed_on"), label, f"aliases[{i}].reviewed_on", doc.line_of(("aliases", i, "reviewed_on"))
        )
        alias = SourceAlias(
            str(raw["name"]),
            str(raw["model"]),
            str(raw.get("reviewed_by") or ""),
            str(raw.get("reviewed_on") or ""),
            str(raw.get("reason") or ""),
        )
        if catalog is not None:
            try:
                catalog.model(alias.model)
            except UnknownNameError as exc:
                raise InputError(label, str(exc), field=f"aliases[{i}].model", line=line) from None
        key = normalise(alias.name)
        if key in out and out[key].model != alias.model:
            raise InputError(label, f"{alias.name!r} is given two models", field=f"aliases[{i}]", line=line)
        out[key] = alias
    return out


_NOT_A_FOLDER = "is not a folder: each source's reviewed names go in catalog/aliases/<importer>.yaml, so none is read"


def alias_file_problems(root: Path, catalog: Catalog) -> list[InputError]:
    """Each file under catalog/aliases/ that `import` would not read as it stands: one named after no importer
    (`epoch-ai.yaml`), a folder or a link to nothing where a file should be, or a file that does not load. Only an
    import read these files, and only its own source's: a typo in a file name, or a broken file of a source not
    imported yet, passed `validate` unsaid, and the reviewed names in it were never applied."""
    from harness.evidence.adapters import IMPORTERS
    from harness.inputs import is_yaml_name, printable, relative_label

    folder = root / "catalog" / FOLDER
    if not folder.is_dir():
        # a file (or a link to nothing) in the folder's place: no import finds a reviewed name, and none says so
        there = folder.exists() or folder.is_symlink()
        return [InputError(relative_label(folder, root), _NOT_A_FOLDER)] if there else []
    # (a link to a folder is read by `import` as a folder, each file checked to be inside the project: so here)
    out = []
    for path in sorted(folder.iterdir()):
        label = relative_label(path, root)
        if not is_yaml_name(path) or path.name.startswith("."):
            continue
        if path.stem not in IMPORTERS:
            out.append(InputError(label, f"names no importer, so no import reads it: name it after its source's "
                                         f"importer ({', '.join(sorted(IMPORTERS))})"))  # fmt: skip
        elif path.suffix != ".yaml":
            out.append(InputError(label, f"is not read: name it {printable(path.stem)}.yaml"))
        elif not path.is_file():
            out.append(InputError(label, "not a regular file (a folder, or a link that leads to no file)"))
        else:
            try:
                load_aliases(root, path.stem, catalog)
            except InputError as exc:
                out.append(exc)
    return out


def _reviewed_on(value, label: str, field: str, line: int | None) -> None:
    """A review date, when given, is a real day and not after today (`link` writes today's)."""
    if value is None or value == "":
        return
    try:
        no_time(value)  # a time is no day: which day it is depends on its zone
    except ValueError as exc:
        raise InputError(label, str(exc), field=field, line=line) from None
    try:
        day = value if isinstance(value, date) else date.fromisoformat(str(value))
    except ValueError:
        raise InputError(
            label, f"must be a date, YYYY-MM-DD, got {str(value)[:60]!r}", field=field, line=line
        ) from None
    if isinstance(day, datetime):
        day = day.date()
    if why := in_the_future(day, "the day the name was reviewed"):
        raise InputError(label, why, field=field, line=line)


def write_aliases(root: Path, fmt: str, new: list[SourceAlias]) -> Path:
    """Add (or replace, by name) reviewed aliases in the source's file; returns the file."""
    import yaml

    from harness.outputs import write_file

    path = alias_file(root, fmt)
    current = load_aliases(root, fmt)
    for alias in new:
        current[normalise(alias.name)] = alias
    body = {"source": fmt, "aliases": [a.as_dict() for a in sorted(current.values(), key=lambda a: normalise(a.name))]}
    text = HEADER + yaml.safe_dump(body, sort_keys=False, allow_unicode=True, width=100)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_file(path, text, root=root)  # inside the project, never through a symlinked folder
    return path
