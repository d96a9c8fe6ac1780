"""`import --add-unmapped`: names no catalog entry has, as catalog/imported.yaml entries marked unreviewed."""

from __future__ import annotations

import shutil
from pathlib import Path

from harness.claims.catalog import Catalog, load_catalog
from harness.claims.catalog_entries import latest_today
from harness.claims.names import normalise, skeleton
from harness.errors import InputError
from harness.evidence import identity
from harness.evidence.adapters.base import ImportedRow
from harness.inputs import relative_label

CATALOG_FILE = "imported.yaml"
_PERCENT = "percent"


def add_to_catalog(
    root: Path,
    catalog: Catalog,
    rows: list[ImportedRow],
    unmapped: dict,
    source: str,
    skipped: list[str],
    fmt: str = "",
) -> tuple[list[str], str | None, Catalog]:
    """Unmapped names as catalog/imported.yaml entries marked imported and unreviewed, not yet written.

    Returns what was added, the file's new text, and the catalog as it will be. Names spelled like
    an existing entry's id (or a lookalike of one), and names the model registry says are a model
    the catalog already has, are not added, nor names that read as an entry that is one mode of a
    model (GPT-5 (high)) from a source that does not state the mode; each is explained in `skipped`. A name the registry
    knows gets the registry's developer, open weights and licence, and one entry per registry model.
    """
    import yaml

    from harness.evidence.registry import load_registry

    registry = load_registry()

    path = root / "catalog" / CATALOG_FILE
    doc = {"organisations": [], "models": [], "benchmarks": []}
    if not unmapped:
        return [], None, catalog
    if path.exists():
        from harness.yamlfile import load_yaml

        loaded = load_yaml(path, relative_label(path, root)).data or {}
        for key in doc:
            doc[key] = list(loaded.get(key) or [])
    taken_models = {m.id for m in catalog.all_models()}
    taken_benches = {b.id for b in catalog.all_benchmarks()}
    taken_orgs = {o.id for o in catalog.organisations.entries.values()}
    first = {}
    for row in rows:
        first.setdefault(("model", row.model), row)
        first.setdefault(("benchmark", row.benchmark), row)
    added, spelled = [], {}
    # an id must not read as another entry's name: "Falcon-7B" and "Falcon 7B" both want falcon-7b
    spellings = {kind: {normalise(n) for k, n in unmapped if k == kind} for kind in ("model", "benchmark")}
    spellings["model"] |= set(catalog.models.by_name)
    spellings["benchmark"] |= set(catalog.benchmarks.by_name)
    indexes = {"model": catalog.models, "benchmark": catalog.benchmarks}
    by_known: dict[str, dict] = {}
    for (kind, name), u in unmapped.items():
        row = first[(kind, name)]
        if kind == "model" and u.unstated_mode_of:
            # the catalog has the model in one mode, and the source does not say it ran that mode: a link
            # to review (the source's own setting may say which), never a second entry added unseen
            skipped.append(f"model {name!r} not added: {u.reason}")
            continue
        known = registry.lookup(fmt, name) if kind == "model" else None
        if known is not None:
            have = registry.in_catalog(catalog, known)
            if have is not None:  # the registry says the catalog has it: a link to review, never a second entry
                skipped.append(
                    f"model {name!r} not added: the model registry lists it as {known.name!r}, which is catalog "
                    f"model {have.id!r}; accept it with `benchclaims link {fmt} --accept {name}={have.id}`"
                )
                continue
            entry = by_known.get(known.id)
            if entry is not None:  # a second spelling of one registry model: an alias, not an entry
                entry.setdefault("aliases", []).append(name)
                continue
            entry = _known_entry(
                catalog, doc, known, name, taken_models, taken_orgs, source, spellings["model"] - {normalise(name)}
            )
            doc["models"].append(entry)
            by_known[known.id] = entry
            added.append(f"model {name!r} (as {known.name!r}, per the model registry)")
            continue
        taken = indexes[kind].by_name.get(normalise(name)) or indexes[kind].by_look.get(skeleton(name))
        if taken is not None:  # an id, or a lookalike, of an existing entry: never a second entry, never merged
            skipped.append(
                f"{kind} {name!r} not added: it is spelled like {kind} {taken.id!r} ({taken.name}); "
                "add it to that entry's aliases if the source means it"
            )
            continue
        same = spelled.get((kind, normalise(name)))
        if same is not None:  # "Falcon-7B" and "Falcon-7b": one entry, the other spelling an alias
            if name != same["name"] and normalise(name) != normalise(same["name"]):
                same.setdefault("aliases", []).append(name)
            continue
        if kind == "benchmark":
            entry = {
                "id": identity.slug(name, taken_benches, frozenset(spellings[kind] - {normalise(name)})),
                "name": name,
            }
            if row.benchmark_kind and row.benchmark_kind != _PERCENT:
                entry["metric_kind"] = row.benchmark_kind
            if row.higher_is_better is False:
                entry["higher_is_better"] = False
            if row.max_score is not None and row.scale == "as-is":
                entry["max_score"] = row.max_score
            elif row.above_100 and row.higher_is_better is False and row.benchmark_kind in ("", _PERCENT):
                # a word error rate passes 100 % where insertions outnumber the reference's words: a percent,
                # but no share of items, so no cap at 100 (and no interval read from an item count)
                entry["max_score"] = float("inf")
            if row.min_score < 0 and row.scale == "as-is":
                entry["min_score"] = row.min_score  # a correlation (-1), or -.inf for BLEURT and differences
            if row.benchmark_items:
                entry.update(
                    items=row.benchmark_items, items_status="exact", items_source=f"as the import states ({source})"
                )
            if u.column_of:
                # one column of a table the catalog has: kept apart from it until a person says which column
                # the catalog's entry means (the import does not guess)
                entry["notes"] = (
                    f"the {row.metric!r} column of a table with several score columns, each its own benchmark; "
                    f"the table reads as catalog benchmark {u.column_of!r}: if that entry means this column, add "
                    f"{name!r} to its aliases and remove this entry"
                )
            entry = {**entry, "review": {"imported_from": source, "reviewed": False}}
            doc["benchmarks"].append(entry)
        else:
            developer = _organisation(catalog, doc, row.developer, taken_orgs, source)
            entry = {
                "id": identity.slug(name, taken_models, frozenset(spellings[kind] - {normalise(name)})),
                "name": name,
                "developer": developer,
            }
            entry["open_weights"] = bool(row.open_weights)
            notes = (
                ["open weights not stated by the source; set to false until reviewed"]
                if row.open_weights is None
                else []
            )
            if row.license:
                notes.append(f"licence per the source: {row.license}")
            if row.release_date and row.release_date > latest_today():
                # the catalog refuses a release after today: left out, with the source's word, for review
                notes.append(f"release date per the source {row.release_date.isoformat()} is after today: left out")
            elif row.release_date:
                entry["release_date"] = row.release_date.isoformat()
                entry["release_source"] = source
            if notes:
                entry["notes"] = "; ".join(notes)
            entry = {**entry, "review": {"imported_from": source, "reviewed": False}}
            doc["models"].append(entry)
        spelled[(kind, normalise(name))] = entry
        added.append(f"{kind} {name!r}")
    if not added:  # every name was left for review: the file is not written (nor rewritten without its comments)
        return [], None, catalog
    header = (
        "# Catalog entries added by `benchclaims import --add-unmapped`: review each against its developer's\n"
        '# own pages (reviewed: true with reviewed_by, reviewed_on, source and checked; README "The catalog"),\n'
        "# or move it into a hand-written file, before trusting a verdict that rests on it.\n"
    )
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)  # libyaml's emitter when PyYAML has it
    data = {k: v for k, v in doc.items() if v and not k.startswith("_")}
    body = yaml.dump(data, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100)
    return added, header + body, _with_file(root, header + body)


def _known_entry(catalog, doc, known, name, taken_models, taken_orgs, source, avoid=frozenset()) -> dict:
    """A catalog entry for a model the registry knows, with its facts and where they come from.

    Its id is never spelled like another name of the import (`avoid`): the registry's id for DeepSeek-V3.2
    (thinking) is `deepseek-v3.2`, which is LMArena's name for the non-thinking mode, and an entry's id
    spelled like another entry's alias makes the catalog refuse itself.
    """
    developer = _organisation(catalog, doc, known.developer, taken_orgs, source)
    clash = known.id in taken_models or normalise(known.id) in avoid
    mid = identity.slug(known.id, taken_models, frozenset(avoid)) if clash else known.id
    taken_models.add(mid)
    entry = {"id": mid, "name": known.name}
    if normalise(name) != normalise(known.name) and normalise(name) not in catalog.models.by_name:
        entry["aliases"] = [name]  # (a spelling another entry has stays unmapped, for `link` to settle)
    entry.update(developer=developer, open_weights=known.open_weights)
    if known.release_date:
        entry["release_date"] = known.release_date.isoformat()
        entry["release_source"] = known.provenance()
    entry["notes"] = (
        f"licence: {known.licence or 'not stated'}; developer, weights and licence per the {known.provenance()}"
    )
    return {**entry, "review": {"imported_from": source, "reviewed": False}}


def _with_file(root: Path, text: str) -> Catalog:
    """The catalog as it would be with `text` as imported.yaml; its first problem if it would not load."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "catalog"
        shutil.copytree(root / "catalog", folder)
        (folder / CATALOG_FILE).write_text(text, encoding="utf-8")
        try:
            return load_catalog(folder, Path(tmp))
        except InputError as exc:
            raise InputError(
                f"catalog/{CATALOG_FILE}", f"cannot add the unmapped names ({exc.message}); nothing was written"
            ) from None


def _organisation(catalog: Catalog, doc: dict, name: str, taken: set[str], source: str) -> str:
    """The id of the organisation a source names (added when new); 'unknown' when it names none."""

    name = name.strip() or "Unknown (not stated by the source)"
    key = normalise(name)
    known = catalog.organisations.by_name.get(key)
    if known is not None:
        return known.id
    # organisations added in this import, by spelling (kept beside the document, built once)
    added = doc.setdefault("_org_ids", {normalise(o["name"]): o["id"] for o in doc["organisations"]})
    if key in added:
        return added[key]
    avoid = frozenset(catalog.organisations.by_name) | set(added)
    if name.startswith("Unknown ("):  # one shared entry for every model whose source names no developer
        oid = "unknown"
        if oid in taken:
            return oid
        taken.add(oid)
    else:
        oid = identity.slug(name, taken, avoid - {key})  # (slug marks the id taken)
    doc["organisations"].append({"id": oid, "name": name, "review": {"imported_from": source, "reviewed": False}})
    added[key] = oid
    return oid
