"""Which catalog entry a source's name means, through aliases and a few stated spelling patterns.

Sources spell one model many ways: `o3-2025-04-16_high` (a date and an effort suffix),
`openai/gpt-oss-120b` (a Hugging Face repo id), `Gemini-2.5-Pro` (an arena key). A name is tried
as written, then as the patterns below rewrite it, through the catalog's names and aliases only
(never its ids). An effort or budget suffix is never dropped: `gpt-5_medium` does not become
GPT-5 (high). A name nothing resolves is left unmapped, with the closest catalog names.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass

from harness.claims.catalog import Catalog, normalise
from harness.errors import UnknownNameError, UsageError

_DATE = re.compile(r"[-_@](20\d{2}-?\d{2}-?\d{2})$")
EFFORT_SUFFIX = re.compile(r"_((?:x?high|medium|low|minimal|none|max)|\d+[kK])$")


@dataclass(frozen=True)
class Resolved:
    id: str
    name: str  # the catalog name (what the imported rows are written under)
    how: str  # "" when the name was found as written, else the rewrite that found it


def spellings(name: str, aliases: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(spelling, how it was derived) for a source name, most literal first."""
    out = [(name, "")]
    out += [(a, f"the source's name {a!r} for this version") for a in aliases if a]
    base, steps = name, []
    if "/" in base and base.count("/") == 1:
        base = base.split("/", 1)[1]
        steps.append("repo owner dropped")
        out.append((base, ", ".join(steps)))
    effort = None
    found = EFFORT_SUFFIX.search(base)
    if found:
        effort, base = found.group(1), base[: found.start()]
        steps.append(f"effort suffix _{effort}")
    found = _DATE.search(base)
    if found:
        base = base[: found.start()]
        steps.append("date suffix dropped")
    if base != name:
        how = ", ".join(steps)
        if effort is None:
            out.append((base, how))
        else:
            word = effort.upper() if effort[-1] in "kK" else effort
            out += [(f"{base} ({word})", how), (f"{base} {word}", how)]
    return out


def resolve_model(catalog: Catalog, name: str, aliases: tuple[str, ...] = ()) -> Resolved | None:
    for spelling, how in spellings(name, aliases):
        entry = catalog.models.find(spelling)  # no error message built for each spelling tried
        if entry is not None:
            return Resolved(entry.id, entry.name, how)
    return None


def resolve_benchmark(catalog: Catalog, name: str, mapped: dict[str, str]) -> Resolved | None:
    target = mapped.get(name)
    if target is not None:
        try:
            entry = catalog.benchmark(target)  # an explicit --map may name an id; an unknown one is an error
        except UnknownNameError as exc:
            raise UsageError(f"--map {name}={target}: {exc}") from None
        return Resolved(entry.id, entry.name, f"--map {name}={target}")
    entry = catalog.benchmarks.find(name)
    return None if entry is None else Resolved(entry.id, entry.name, "")


def closest(names: list[str] | dict[str, str], name: str, n: int = 3) -> list[str]:
    """Up to n catalog names that look most like `name` (`names` may be pre-keyed: normalised -> name)."""
    keyed = names if isinstance(names, dict) else {normalise(x): x for x in names}
    return [keyed[k] for k in difflib.get_close_matches(normalise(name), list(keyed), n=n, cutoff=0.5)]


def slug(name: str, taken: set[str], avoid: frozenset[str] = frozenset()) -> str:
    """A catalog id for a new entry: lower case, safe characters, unique, and not another entry's spelling."""
    base = re.sub(r"[^a-z0-9._-]+", "-", normalise(name)).strip("-._")[:70] or "entry"
    if not base[0].isalnum():
        base = "x" + base
    out, i = base, 2
    while out in taken or out in avoid:
        out, i = f"{base}-{i}", i + 1
    taken.add(out)
    return out
