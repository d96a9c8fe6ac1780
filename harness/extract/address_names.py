"""The model a document's address names, where the catalog lacks it: ".../kokoro-82m/", ".../topics/qwen2-5-coder-32b",
".../models/image/hidream-hidream-i1-fast". A page about one model is often named after it, and its sentences then say
"It achieved first place ..." or "The model achieves state-of-the-art performance ..." with no name at all; where the
text names no model that could stand for "it" (the sentence before, the title, the text's own models), this is what it
stands for. The name is kept as the address writes it, a dash between two digits read as the dot it stands for
("qwen2-5" is "qwen2.5"), a maker's word repeated before it dropped ("hidream-hidream-i1-fast"); a draft that uses it
says so, and it is uncatalogued, so it is never verified until the catalog has it.

Only an address's last part shaped like a model's name: a word of three letters or more (a version may follow it),
then at most three parts that are versions, sizes ("82m", "32b"), a letter and digits ("i1") or words, with a digit
somewhere; never a part that is a word of an article's title ("vs", "top", "best", "review", "models"), a date or an
id ("2502-02737v1", "article/326").
"""

from __future__ import annotations

import re

_FIRST = re.compile(r"[a-z]{3,}\d*(?:\.\d+)?")
_PART = re.compile(r"\d+(?:\.\d+)?[a-z]?|[a-z]\d+(?:\.\d+)?|[a-z]{2,}")
# words of an article's title or a site's paths, which no model's name has
_NOT_PARTS = frozenset(
    "vs versus top best how why what when which who review reviews news guide guides tutorial llm llms model models "
    "benchmark benchmarks leaderboard leaderboards and or the of in on for with new blog paper papers article articles "
    "post posts index topics topic html page pages tag tags category comparison compared release released launch "
    "launches update updates announcing introducing".split()
)


def address_name(address: str | None, developers: set[str]) -> str | None:
    """The model name the address's last part is shaped as (see the module's note), else None. `developers` are the
    makers' words, dropped where they head the name ("meta-..." is the catalog's to read)."""
    if not address:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", address.strip()).split("?")[0].split("#")[0]
    last = next((p for p in reversed(path.split("/")) if p), "")
    last = re.sub(r"\.(?:html?|md|txt|php|aspx?)$", "", last).casefold()
    parts = [p for p in re.split(r"[-_]+", last) if p]
    if len(parts) >= 2 and parts[0] in developers:
        parts = parts[1:]
    if len(parts) >= 2 and parts[1].startswith(parts[0]):
        parts = parts[1:]  # "hidream-hidream-i1-fast": the maker's word before the model's own
    if not 1 <= len(parts) <= 4 or not _FIRST.fullmatch(parts[0]):
        return None
    if not all(_PART.fullmatch(p) for p in parts[1:]) or set(parts) & _NOT_PARTS:
        return None
    name = "-".join(parts)
    if not re.search(r"\d", name):
        return None
    return re.sub(r"(?<=\d)-(?=\d)", ".", name)  # "qwen2-5-coder-32b": a dash standing for a dot
