"""Names written once for two models: two versions that share a size ("Llama 3.1 and 3.3 70B"), two families
that share the rest of their names ("the Qwen and Llama 70B Instruct models") and one name with a list of sizes
("Aya Expanse 8B and 32B", "Qwen2.5-Math-1.5B/7B/72B-Instruct"). A part of `names.Names`, whose `mentions` and `families` it reads."""

from __future__ import annotations

import re

from harness.extract.mentions import CANDIDATE, LEADING, SEP, SIZE, name_parts

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

# one name with its sizes after slashes: "Qwen2.5-Math-1.5B/7B/72B-Instruct" is Qwen2.5-Math-1.5B-Instruct,
# Qwen2.5-Math-7B-Instruct and Qwen2.5-Math-72B-Instruct (the first span runs from the name's start to its size)
_SLASHED = re.compile(
    r"(?<![\w.-])([A-Z][\w.]*(?:[\-‐‑–][\w.]+)*?[\-‐‑– ])(\d+(?:\.\d+)?[BM])((?:/\d+(?:\.\d+)?[BM])+)"
    r"((?:[\-‐‑–][A-Za-z][\w.]*)*)(?![\w./-])"
)

# one name and more sizes after it: "Aya Expanse 8B and 32B" is Aya Expanse 8B and Aya Expanse 32B
_LISTED = re.compile(r"\d[BM]\s*(?:,|and|&|or)\s*\d")
_MORE_SIZES = re.compile(r"(\s*(?:,\s*and|,|and|&|or)\s*)(\d+(?:\.\d+)?[BM])(?![\w.-]|\.\d)")


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
        if _LISTED.search(text):
            out += self._more_sizes(text)
        for m in _SLASHED.finditer(text) if "/" in text else ():
            at = m.start(3)
            spans = [(m.start(1), m.end(2), m.group(2))]
            for size in m.group(3).split("/")[1:]:
                spans.append((at + 1, at + 1 + len(size), size))
                at += 1 + len(size)
            for start, end, size in spans:
                name = f"{m.group(1)}{size}{m.group(4)}"
                whole = [x for x in self.mentions(name) if x.kind == "model" and (x.start, x.end) == (0, len(name))]
                out.append((start, end, name, whole[0].id if whole else None))
        return out

    def _more_sizes(self, text: str) -> list[tuple[int, int, str, str | None]]:
        """'Aya Expanse 8B and 32B', 'Llama 3.1 8B, 70B and 405B': each size after the first, with the name before it
        (a name whose first word is a family's; the first name is read as written)."""
        out = []
        for m in CANDIDATE.finditer(text):
            parts, name = name_parts(m.group(0)), m.group(0)
            while len(parts) > 2 and parts[0].casefold() in LEADING:
                name = name[len(parts[0]) :].lstrip()  # "Our Zephyr 7B and 13B": the name after the word
                parts = parts[1:]
            if len(parts) < 2 or not SIZE.match(parts[-1]) or parts[0].casefold() not in self.families:
                continue
            stem, at = name[: len(name) - len(parts[-1])], m.end()
            while more := _MORE_SIZES.match(text, at):
                named = f"{stem}{more.group(2)}"
                whole = [x for x in self.mentions(named) if x.kind == "model" and (x.start, x.end) == (0, len(named))]
                out.append((more.start(2), more.end(2), named, whole[0].id if whole else None))
                at = more.end()
        return out
