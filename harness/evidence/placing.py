"""Which catalog entries an import's names mean: a source's reviewed aliases first, then the catalog
through the stated spelling rules, with the model registry able to veto a catalog spelling that the
source uses for another model (LMArena's `deepseek-v3.2` is not the paper's "DeepSeek-V3.2")."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from harness.claims.catalog import Catalog, normalise
from harness.evidence import identity
from harness.evidence.adapters.base import ImportedRow, ImportOptions


@dataclass
class Unmapped:
    kind: str
    name: str
    closest: list[str]
    rows: int = 0
    reason: str = ""  # why a name the catalog seems to know was not taken (the registry disagrees)

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

    def model(self, catalog: Catalog, row: ImportedRow) -> tuple[identity.Resolved | None, str]:
        """The catalog entry a row's model name means, or None and why a catalog match was refused."""
        alias = self.aliases.get(normalise(row.model))
        if alias is not None:
            entry = catalog.model(alias.model)
            return identity.Resolved(entry.id, entry.name, f"reviewed alias for {self.fmt}"), ""
        found = identity.resolve_model(catalog, row.model, row.aliases)
        known = self.registry.lookup(self.fmt, row.model)
        if found is None or known is None:
            return found, ""
        mine = self.registry.for_catalog(catalog.model(found.id))
        if mine is not None and mine.id != known.id:
            # a catalog spelling that the source uses for another model or mode: never taken silently
            return None, (
                f"the catalog reads {row.model!r} as {found.name!r}, but for {self.fmt} the model registry lists "
                f"it as {known.name!r}; review it with `benchclaims link`"
            )
        return found, ""


def resolve_rows(catalog: Catalog, rows: list[ImportedRow], opts: ImportOptions, names: SourceNames):
    """The catalog entries each row's model and benchmark mean (None where unknown), and the unknowns."""
    unmapped: dict[tuple[str, str], Unmapped] = {}
    models, benches, out = {}, {}, []
    model_names = {normalise(m.name): m.name for m in catalog.all_models()}
    bench_names = {normalise(b.name): b.name for b in catalog.all_benchmarks()}
    for row in rows:
        mkey = (row.model, row.aliases)
        if mkey not in models:
            models[mkey] = names.model(catalog, row)
        if row.benchmark not in benches:
            benches[row.benchmark] = identity.resolve_benchmark(catalog, row.benchmark, opts.task_map)
        (m, why), b = models[mkey], benches[row.benchmark]
        for kind, name, found, known, reason in (
            ("model", row.model, m, model_names, why),
            ("benchmark", row.benchmark, b, bench_names, ""),
        ):
            if found is None:
                entry = unmapped.get((kind, name))
                if entry is None:  # the closest names once per name, not once per row
                    entry = unmapped[(kind, name)] = Unmapped(kind, name, identity.closest(known, name), reason=reason)
                entry.rows += 1
        out.append((m, b))
    return out, unmapped
