"""Names in text: where a document mentions catalog models and benchmarks, and the names it does not know.

Names match the catalog's names and aliases with any dash, space or case between their parts,
longest first; a model family ("Gemini 3") resolves only when one catalog model carries it. A
name the catalog lacks is never guessed: it is listed with the closest catalog names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from harness.claims.catalog import Catalog
from harness.evidence import identity

# a capitalised name, or a lower-case one with a version ("gpt-4o"), with its following parts
CANDIDATE = re.compile(r"\b(?:[A-Z][\w.]*|[a-z]+-\d[\w.-]*)(?:[ -](?:[A-Z0-9][\w.-]*|\d[\w.]*|[a-z]+-\d[\w.-]*))*")


@dataclass
class Mention:
    kind: str  # model | benchmark
    id: str
    start: int
    end: int
    text: str


class Names:
    """Catalog models and benchmarks as they appear in text."""

    def __init__(self, catalog: Catalog):
        self.catalog = catalog
        self.patterns = self._patterns()

    def _patterns(self) -> list[tuple[re.Pattern, str, str]]:
        out = []
        for kind, entries in (("model", self.catalog.all_models()), ("benchmark", self.catalog.all_benchmarks())):
            for e in entries:
                for name in dict.fromkeys([e.name, *e.aliases]):
                    parts = [re.escape(p) for p in re.split(r"[\s\-‐–_]+", name.strip()) if p]
                    if not parts:
                        continue
                    body = r"[\s\-‐–_]*".join(parts)
                    out.append((re.compile(rf"(?<![\w.-]){body}(?![\w-]|\.\d)", re.I), kind, e.id, len(name)))
        out.sort(key=lambda t: -t[3])  # longest names first: "DeepSeek-V3.2-Speciale" before "V3.2"
        return [(p, k, i) for p, k, i, _ in out]

    def mentions(self, text: str) -> list[Mention]:
        taken: list[tuple[int, int]] = []
        found = []
        for pattern, kind, ident in self.patterns:
            for m in pattern.finditer(text):
                if any(m.start() < e and s < m.end() for s, e in taken):
                    continue
                taken.append((m.start(), m.end()))
                found.append(Mention(kind, ident, m.start(), m.end(), m.group(0)))
        found += self._families(text, taken)
        return sorted(found, key=lambda x: x.start)

    def _families(self, text: str, taken: list[tuple[int, int]]) -> list[Mention]:
        """'Gemini 3' when the catalog has exactly one model whose name starts with it (Gemini 3 Pro)."""
        out = []
        for m in CANDIDATE.finditer(text):
            if not re.search(r"\d", m.group(0)) or any(m.start() < e and s < m.end() for s, e in taken):
                continue
            key = m.group(0).casefold()
            owners = {e.id for e in self.catalog.all_models() for n in [e.name, *e.aliases]
                      if n.casefold().startswith(key + " ") or n.casefold().startswith(key + "-")}  # fmt: skip
            if len(owners) == 1:
                out.append(Mention("model", owners.pop(), m.start(), m.end(), m.group(0)))
        return out

    def main_model(self, text: str) -> str | None:
        """The model the text is about: the one mentioned most (first mentioned on a tie)."""
        counts: dict[str, int] = {}
        for m in self.mentions(text):
            if m.kind == "model":
                counts[m.id] = counts.get(m.id, 0) + 1
        return max(counts, key=lambda k: counts[k]) if counts else None

    def unresolved(self, clause: str, mentions: list[Mention]) -> list[str]:
        """Capitalised names with a digit that the catalog does not know, with the closest catalog names."""
        names = [m.name for m in self.catalog.all_models()]
        out = []
        for m in CANDIDATE.finditer(clause):
            if not re.search(r"\d", m.group(0)) or any(x.start < m.end() and m.start() < x.end for x in mentions):
                continue
            close = identity.closest(names, m.group(0))
            out.append(f"{m.group(0)!r} is not in the catalog" + (f" (closest: {', '.join(close)})" if close else ""))
        return out

    def name(self, model_id: str) -> str:
        return self.catalog.model(model_id).name
