"""Which catalog entries an import's names mean: a source's reviewed aliases first, then the catalog
through the stated spelling rules, with the model registry able to veto a catalog spelling that the
source uses for another model (LMArena's `deepseek-v3.2` is not the paper's "DeepSeek-V3.2"), and a
mode the source does not state kept off an entry that is that mode (`openai/gpt-5-2025-08-07` is
not GPT-5 (high): the source states no effort)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from harness.claims.catalog import Catalog
from harness.claims.names import normalise, skeleton
from harness.evidence import identity
from harness.evidence.adapters.base import ImportedRow, ImportOptions


@dataclass
class Unmapped:
    kind: str
    name: str
    closest: list[str]
    rows: int = 0
    reason: str = ""  # why a name the catalog seems to know was not taken (the registry disagrees, a mode unstated)
    # the catalog entry the name reads as but that was not taken for a mode the source does not state
    unstated_mode_of: str = ""
    # a benchmark that is one column of a table the catalog has ("aider_polyglot (Percent correct)" of
    # Aider Polyglot): that entry's name, for the review note of an entry --add-unmapped writes
    column_of: str = ""

    def as_json(self) -> dict:
        out = {"kind": self.kind, "name": self.name, "closest": self.closest, "rows": self.rows}
        if self.reason:
            out["reason"] = self.reason
        return out


@dataclass
class SourceNames:
    """What decides a source's model names: its reviewed aliases, the catalog, and the registry."""

    fmt: str
    aliases: dict
    registry: object

    @classmethod
    def of(cls, root: Path, fmt: str, catalog: Catalog) -> SourceNames:
        from harness.evidence.aliases import load_aliases
        from harness.evidence.registry import load_registry

        return cls(fmt, load_aliases(root, fmt, catalog), load_registry())

    def model(self, catalog: Catalog, row: ImportedRow) -> tuple[identity.Resolved | None, str, str]:
        """The catalog entry a row's model name means, or None, why a catalog match was refused, and the
        entry refused when the source does not state its mode (its name, for the unmapped list)."""
        alias = self.aliases.get(normalise(row.model))
        if alias is not None:  # reviewed: a person has said which model and mode this source means
            entry = catalog.model(alias.model)
            return identity.Resolved(entry.id, entry.name, f"reviewed alias for {self.fmt}"), "", ""
        found = identity.resolve_model(catalog, row.model, row.aliases)
        if found is None:
            return None, "", ""
        known = self.registry.lookup(self.fmt, row.model)
        mine = None if known is None else self.registry.for_catalog(catalog.model(found.id))
        if mine is not None and mine.id != known.id:
            # a catalog spelling that the source uses for another model or mode: never taken silently
            return (
                None,
                (
                    f"the catalog reads {row.model!r} as {found.name!r}, but for {self.fmt} the model registry lists "
                    f"it as {known.name!r}; review it with `benchclaims link`"
                ),
                "",
            )
        # an entry that is one mode of a model takes the row only when the source states that mode (the
        # registry listing this source's name as the entry states it); a stated other mode never lands
        said = (row.model, *row.aliases, *((known.name,) if mine is not None else ()))
        unstated = identity.unstated_variant(catalog.model(found.id), said, row.setting)
        if unstated:
            read = f" ({found.how})" if found.how else ""
            why = f"the catalog reads {row.model!r} as {found.name!r}{read}, but {unstated}; review it with `benchclaims link`"
            return None, why, found.name
        return found, "", ""


def resolve_rows(catalog: Catalog, rows: list[ImportedRow], opts: ImportOptions, names: SourceNames):
    """The catalog entries each row's model and benchmark mean (None where unknown), and the unknowns."""
    unmapped: dict[tuple[str, str], Unmapped] = {}
    models, benches, out = {}, {}, []
    model_names = {normalise(m.name): m.name for m in catalog.all_models()}
    bench_names = {normalise(b.name): b.name for b in catalog.all_benchmarks()}
    for row in rows:
        mkey = (row.model, row.aliases, row.setting)  # a setting can state the mode an entry is
        if mkey not in models:
            models[mkey] = names.model(catalog, row)
        if row.benchmark not in benches:
            benches[row.benchmark] = identity.resolve_benchmark(catalog, row.benchmark, opts.task_map)
        (m, why, mode_of), b = models[mkey], benches[row.benchmark]
        for kind, name, found, known, reason in (
            ("model", row.model, m, model_names, why),
            ("benchmark", row.benchmark, b, bench_names, ""),
        ):
            if found is None:
                entry = unmapped.get((kind, name))
                if entry is None:  # the closest names once per name, not once per row
                    near = identity.closest(known, name)
                    if kind == "model" and mode_of:  # the entry it reads as comes first: a link to review
                        near = [mode_of, *(x for x in near if x != mode_of)][:3]
                    index = catalog.models if kind == "model" else catalog.benchmarks
                    reason = reason or _id_not_name(index, kind, name, names.fmt, opts)
                    look = index.by_look.get(skeleton(name))
                    if look is not None and not reason:
                        # 'Model Α' with a Greek Alpha was listed "closest: Model B, Model A", with no word of why
                        near = [look.name, *(x for x in near if x != look.name)][:3]
                        reason = f"it looks like {look.name!r} but uses letters from another script"
                    table = split_column(catalog, row, opts) if kind == "benchmark" and not reason else None
                    if table is not None:
                        reason = _one_column(row, table)
                    entry = unmapped[(kind, name)] = Unmapped(kind, name, near, reason=reason)
                    entry.column_of = table.name if table is not None else ""
                if kind == "model" and mode_of:
                    entry.unstated_mode_of = mode_of
                entry.rows += 1
        out.append((m, b))
    return out, unmapped


def split_column(catalog: Catalog, row: ImportedRow, opts: ImportOptions) -> identity.Resolved | None:
    """The catalog benchmark a row's table reads as, when the row is one column of a table of several scores.

    A table of several shares (Epoch's Aider table: `Percent correct` and `Percent using correct edit
    format`) gives each its own benchmark, `aider_polyglot (Percent correct)`, never two scores of one;
    which of them the catalog's Aider Polyglot means, the table does not say, so none is taken for it
    until the user says (a `--map` or an alias). The table's name is tried as mapped or aliased, then as
    Epoch's file names spell it (`aider_polyglot`): a hint for the user, never a placing.
    """
    suffix = f" ({row.metric})"
    if not row.benchmark.endswith(suffix) or row.benchmark_kind not in ("", "percent"):
        return None
    base = row.benchmark[: -len(suffix)]
    return identity.resolve_benchmark(catalog, base, opts.task_map) or identity.resolve_benchmark(
        catalog, base.replace("_", " "), {}
    )


def _one_column(row: ImportedRow, table: identity.Resolved) -> str:
    import shlex

    base = row.benchmark[: -len(f" ({row.metric})")]
    how = f" ({table.how})" if table.how else ""
    return (
        f"the {row.metric!r} column of a table with several score columns, each its own benchmark; "
        f"{base!r} reads as {table.name!r}{how}, but which column that entry means the table does not say: "
        f"if this one, --map {shlex.quote(f'{row.benchmark}={table.name}')} (or add {row.benchmark!r} to its aliases)"
    )


def _id_not_name(index, kind: str, name: str, fmt: str, opts: ImportOptions) -> str:
    """When an unplaced name is a catalog id: why it was not taken and what places it; else ""."""
    import shlex

    entry = index.entries.get(name) or index.by_name.get(normalise(name))
    if entry is None or normalise(entry.id) != normalise(name):
        return ""
    said = "is the id" if name == entry.id else "is spelled like the id"
    why = f"{name!r} {said} of {entry.name!r}, not one of its names (an id never places a source's rows)"
    if kind == "benchmark":
        todo = f"map it with --map {shlex.quote(f'{name}={entry.id}')}"
    elif opts.model and normalise(opts.model) == normalise(name):
        todo = f"give its name, --model {shlex.quote(entry.name)}"
    else:
        todo = f"record it with `benchclaims link {fmt} --accept {shlex.quote(f'{name}={entry.id}')}`"
    return f"{why}; {todo}, or add {name!r} to its aliases"
