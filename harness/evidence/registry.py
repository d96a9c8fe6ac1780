"""The shipped registry of well-known models (harness/data/model_registry.yaml): facts to propose
matches with and to fill new catalog entries from, never a match by itself.

Each entry says who made a model, whether its weights are open and under which licence, and the
names public sources give it (LMArena keys, Epoch AI version ids, Hugging Face repos). A source
name the registry lists is looked up within that source only: LMArena's `deepseek-v3.2` is the
non-thinking mode even though the catalog's `DeepSeek-V3.2` alias means the thinking one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path

from harness.claims.catalog import Catalog
from harness.claims.catalog_entries import ModelEntry
from harness.claims.names import normalise
from harness.errors import InputError

REGISTRY = Path(__file__).parent.parent / "data" / "model_registry.yaml"
# entries generated from the MPL-2.0 LMArena CSV (its header says how), read after the hand-written ones
GENERATED = REGISTRY.with_name("model_registry_lmarena_csv.yaml")
# the importers whose names the registry keys cover, by the key set they use
SOURCE_KEYS = {"lmarena": "lmarena", "epoch": "epoch", "model-card": "hf", "open-llm-leaderboard": "open_llm"}


@dataclass(frozen=True)
class Known:
    """One registry entry."""

    id: str
    name: str
    developer: str
    open_weights: bool
    licence: str = ""
    release_date: date | None = None
    keys: dict[str, tuple[str, ...]] = field(default_factory=dict)
    distinct_from: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()

    def provenance(self) -> str:
        return f"benchclaims model registry entry {self.id!r} (sources: {', '.join(self.sources)})"


@dataclass
class Registry:
    entries: dict[str, Known]
    by_key: dict[tuple[str, str], Known]  # (key set, normalised source name) -> entry

    def lookup(self, fmt: str, name: str) -> Known | None:
        """The entry a source of format `fmt` means by `name`, when the registry lists that name."""
        keyset = SOURCE_KEYS.get(fmt)
        return None if keyset is None else self.by_key.get((keyset, normalise(name)))

    def for_catalog(self, entry: ModelEntry) -> Known | None:
        """The registry entry a catalog entry is (same id, or its name or an alias is the entry's name)."""
        found = self.entries.get(entry.id)
        if found is not None:
            return found
        spellings = {normalise(s) for s in (entry.name, *entry.aliases)}
        return next((k for k in self.entries.values() if normalise(k.name) in spellings), None)

    def in_catalog(self, catalog: Catalog, known: Known) -> ModelEntry | None:
        """The catalog entry that is this registry entry, if the catalog has one."""
        entry = catalog.models.entries.get(known.id)
        if entry is not None:
            return entry
        return catalog.models.find(known.name)


def load_registry(path: Path = REGISTRY) -> Registry:
    return _load(str(path))


@lru_cache(maxsize=4)
def _load(path: str) -> Registry:
    from harness.yamlfile import load_yaml

    files = [Path(path)] + ([GENERATED] if Path(path) == REGISTRY and GENERATED.is_file() else [])
    entries, by_key = {}, {}
    for file in files:
        label = f"harness/data/{file.name}" if file.parent == REGISTRY.parent else str(file)
        doc = load_yaml(file, label)
        _add(label, doc.data or {}, entries, by_key, doc.line_of)
    return Registry(entries, by_key)


def _add(label: str, data: dict, entries: dict, by_key: dict, line_of=lambda loc: None) -> None:
    from harness.validation_errors import wrong_type

    for i, raw in enumerate(data.get("models") or []):
        flag = raw.get("open_weights", False) if isinstance(raw, dict) else False
        if not isinstance(flag, bool):
            # bool("false") is True: a quoted flag would mark a closed model open
            raise InputError(
                label,
                wrong_type("bool_type", flag),
                field=f"models[{i}].open_weights",
                line=line_of(("models", i, "open_weights")),
            )
        try:
            known = Known(
                id=str(raw["id"]),
                name=str(raw["name"]),
                developer=str(raw["developer"]),
                open_weights=raw["open_weights"],
                licence=str(raw.get("licence") or ""),
                release_date=raw.get("release_date"),
                keys={k: tuple(str(v) for v in vs) for k, vs in (raw.get("keys") or {}).items()},
                distinct_from=tuple(raw.get("distinct_from") or ()),
                sources=tuple(str(s) for s in raw.get("sources") or ()),
            )
        except (KeyError, TypeError) as exc:
            raise InputError(label, f"models[{i}] is missing {exc}") from None
        if known.id in entries:
            raise InputError(label, f"duplicate registry id {known.id!r}", field=f"models[{i}].id")
        entries[known.id] = known
        for keyset, names in known.keys.items():
            for name in names:
                other = by_key.setdefault((keyset, normalise(name)), known)
                if other is not known:
                    raise InputError(
                        label,
                        f"{keyset} key {name!r} is listed by both {other.id!r} and {known.id!r}",
                        field=f"models[{i}].keys",
                    )
