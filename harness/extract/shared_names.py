"""Names written once for two models: two versions that share a size ("Llama 3.1 and 3.3 70B") and two families
that share the rest of their names ("the Qwen and Llama 70B Instruct models"). A part of `names.Names`, whose
`mentions` and `families` it reads."""

from __future__ import annotations

import re

from harness.extract.mentions import SEP

# one family and two versions that share a size: "Llama 3.1 and 3.3 70B" is Llama 3.1 70B and Llama 3.3 70B
_SHARED_SIZE = re.compile(
    rf"(?<![\w.-])([A-Za-z][\w]*){SEP}+(\d+(?:\.\d+)*)(\s*(?:,|and|&|/|or)\s*)(\d+(?:\.\d+)*){SEP}+(\d+(?:\.\d+)?[BM])(?![\w-])"
)

# two families that share the rest of their names: "the Qwen and Llama 70B Instruct models" (a size and tiers only,
# and "models" after them: "Claude and Llama 3 70B" is not Claude 3 70B)
_SHARED_TAIL = re.compile(
    rf"(?<![\w.-])([A-Z][A-Za-z]+)(\s*(?:,|and|&|or)\s*)([A-Z][A-Za-z]+)"
    rf"((?:{SEP}+\d+(?:\.\d+)?[BM])(?:{SEP}+[A-Z][a-z]+)*)(?=\s+models\b)"
)


class SharedNames:
    """Each name of a pair written once for both (a part of `names.Names`)."""

    def _shared_size(self, text: str) -> list[tuple[int, int, str, str | None]]:
        """'Llama 3.1 and 3.3 70B', 'the Qwen and Llama 70B Instruct models': each version or family with the rest of
        the name written once, as (start, end, name, catalog id)."""
        out = []
        for m in _SHARED_SIZE.finditer(text):
            family, size = m.group(1), m.group(5)
            if family.casefold() not in self.families:
                continue
            for start, end, version in ((m.start(1), m.end(2), m.group(2)), (m.start(4), m.end(5), m.group(4))):
                name = f"{family} {version} {size}"
                whole = [x for x in self.mentions(name) if x.kind == "model" and (x.start, x.end) == (0, len(name))]
                out.append((start, end, name, whole[0].id if whole else None))
        for m in _SHARED_TAIL.finditer(text):
            if not {m.group(1).casefold(), m.group(3).casefold()} <= self.families:
                continue
            tail = re.sub(rf"{SEP}+", " ", m.group(4))
            for start, end, family in ((m.start(1), m.end(1), m.group(1)), (m.start(3), m.end(4), m.group(3))):
                name = f"{family}{tail}"
                whole = [x for x in self.mentions(name) if x.kind == "model" and (x.start, x.end) == (0, len(name))]
                out.append((start, end, name, whole[0].id if whole else None))
        return out
