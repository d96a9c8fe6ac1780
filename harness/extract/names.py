"""Names in text: where a document mentions catalog models and benchmarks, and the names it does not know.

Names match the catalog's names and aliases as people write them: any dash, space or case between
their parts ("Qwen-2.5-7B" for Qwen2.5-7B), the developer's name in front ("OpenAI-o1"), a checkpoint
suffix ("o1-1217", "Llama 3.3 70B instruct"), and, where only one catalog model fits, a family with
a size ("Llama-405B") or a name without its brand word ("Opus 4"). A family alone ("GPT-3.5") is no
one model, even where the catalog holds only one of it, unless the words after it say which ("SmolLM2,
a 1.7B model"). Every reading but the literal one carries a review note. Short all-capital benchmark names (MATH,
DROP) match only in capitals, so "math" stays a word. Two versions may share one size ("Llama 3.1 and
3.3 70B": `shared_names`). A name the catalog lacks is never guessed: it is listed with the closest catalog names,
also where it starts like a catalog model ("Claude 3.5 Sonnet v2", "Code Llama 34B"). Benchmark names
the catalog lacks, and a catalog benchmark's parts ("MMLU Med") and next editions ("AIME24/25"), are read in
`benchmark_names`; what both share (`Mention`, spans, a name's parts) is
in `mentions`.
"""

from __future__ import annotations

import re

from harness.claims.catalog import Catalog
from harness.extract.benchmark_names import BenchmarkNames
from harness.extract.mentions import (
    CANDIDATE,
    CHECKPOINT,
    LEADING,
    SEP,
    SIZE,
    Mention,
    Taken,
    anchor,
    body,
    folded,
    name_parts,
)
from harness.extract.shaped_names import ShapedNames
from harness.extract.shared_names import SharedNames
from harness.extract.uncatalogued_names import _MODE, _MODEL_VARIANT, _NOT_PREFIX, _VARIANT_AFTER, UncataloguedNames

# the size before the family and its version: "the 405B Llama 3.1" is Llama 3.1 405B
# a fine-tune named with its base: "OpenHermes 2.5 Mistral 7B", "Hermes 3 Llama 3.1 405B" is its own model (a
# capitalised word and a version, not a year ("H1 2025 Phi-4"), before the catalog name), never the base
_FINE_TUNE = re.compile(r"(?<![\w.'’-])([A-Z][\w.]*)[ \-‐‑–]v?(?!(?:19|20)\d\d\b)\d+(?:\.\d+)*[ \-‐‑–]$")
_NOT_FINE_TUNE = frozenset(
    "january february march april may june july august september october november december table figure fig. section "
    "step part version".split()
)
# the year that ends a benchmark's name ("AIME 2024"), and its last two digits
_YEAR_LAST = re.compile(r"(?:19|20)(\d\d)")
# a family's model told apart by the words after its name: its size ("SmolLM2, a 1.7B model", "X is a 27-billion-parameter
# model") or its mode ("Grok 4.1's \"thinking\" mode")
_STATED_SIZE = re.compile(r"(?:\s+is|,)\s+an?\s+(\d+(?:\.\d+)?)(?:[\s\-‐‑–]?B\b|[\s\-‐‑–]billion\b)")
_STATED_MODE = re.compile(r"['’]s\s+[\"“‘']?([A-Za-z]+)[\"”’']?\s+(?:mode|variant|version)\b")
_SIZE_FIRST = re.compile(r"(?<![\w.-])(\d+(?:\.\d+)?[BM])\s+([A-Z][A-Za-z]+(?:[\s-]?v?\d+(?:\.\d+)*)+)(?![\w.-]|\.\d)")


class Names(BenchmarkNames, SharedNames, ShapedNames, UncataloguedNames):
    """Catalog models and benchmarks as they appear in text."""

    def __init__(
        self, catalog: Catalog, families: list[str] = (), developers: list[str] = (), not_model_words: list[str] = ()
    ):
        self.catalog = catalog
        self._editions: dict[tuple[str, str], str] = {}  # (a benchmark's name less its year, the year's 2 digits) -> id
        self._edition_of: dict[str, str] = {}  # id -> its name less its year
        self.brandless: set[str] = set()  # the first words of catalog names without their brand word ("opus")
        self.patterns = self._patterns()
        self.model_names = [m.name for m in catalog.all_models()]
        self.bench_names = [b.name for b in catalog.all_benchmarks()]
        # the first word of every model name ("llama", "qwen", "o1") and every developer: what a model name starts with
        self.families = {
            name_parts(n)[0].casefold() for m in catalog.all_models() for n in [m.name, *m.aliases] if name_parts(n)
        }
        self.developers = {
            p.casefold()
            for o in catalog.organisations.entries.values()
            for n in [o.name, *o.aliases]
            for p in name_parts(n)[:1]
        }
        # names a catalog may lack start with these too (the lexicon's `model_families`, `model_developers`)
        self.listed_families = {w.casefold() for w in families}
        self.catalog_families = set(self.families)  # (the catalog's own, before the lexicon's are added)
        self.families |= self.listed_families
        self.developers |= {w.casefold() for w in developers}
        self.not_model_words = {w.casefold() for w in not_model_words}
        self._cache: dict[str, list[Mention]] = {}
        # "HumanEval-Mul", "MMLU-STEM": a one-word catalog benchmark name with a part after a dash, a variant it lacks
        self._variant_of: dict[str, bool] = {}  # folded name -> written in capitals only
        for b in catalog.all_benchmarks():
            for n in [b.name, *b.aliases]:
                if re.fullmatch(r"[A-Za-z][\w.]*", n.strip()):
                    caps = re.fullmatch(r"[A-Z]{2,5}", n.strip()) is not None
                    self._variant_of[n.strip().casefold()] = caps or self._variant_of.get(n.strip().casefold(), False)
        self._uncatalogued: dict[str, list[Mention]] = {}
        self._modes: dict[str, list[tuple[int, int, str]]] = {}  # text -> (start, end, catalog id) of "X (thinking)"
        self._parts: dict[str, list[tuple[int, int, str]]] = {}  # text -> (start, end, catalog id) of "MMLU Med"
        self._family_alone: dict[str, list[tuple[int, int, str]]] = {}  # text -> "GPT-3.5" and its one catalog model

    def _patterns(self) -> list[tuple[re.Pattern, str, str, str, str]]:
        out = []
        orgs = {o.id: [o.name, *o.aliases] for o in self.catalog.organisations.entries.values()}
        short: dict[str, set[str]] = {}
        boards: dict[tuple, set[tuple[str, str]]] = {}
        for kind, entries in (("model", self.catalog.all_models()), ("benchmark", self.catalog.all_benchmarks())):
            for e in entries:
                vendor = ""
                if kind == "model":
                    names = [n for n in orgs.get(e.developer, []) if n]
                    if names:
                        vendor = rf"(?:(?:{'|'.join(body(name_parts(n)) for n in names)}){SEP}+)?"
                for name in dict.fromkeys([e.name, *e.aliases]):
                    parts = name_parts(name)
                    if not parts:
                        continue
                    capitals = kind == "benchmark" and re.fullmatch(r"[A-Z]{2,5}", name.strip()) is not None
                    flags = 0 if capitals else re.I
                    # "HumanEval+" and "MBPP+" are other benchmarks (more tests per item), never the catalog's
                    # ... and "AIME 2026" (a year the catalog has no entry for), "LiveCodeBench v5" are other tests
                    tail = CHECKPOINT if kind == "model" else rf"(?!\+|{SEP}(?:(?:19|20)\d\d|v\d)(?!\w|\.\d))"
                    pattern = rf"(?<![\w.-]){vendor}{body(parts)}{tail}(?![\w-]|\.\d)"
                    out.append((re.compile(pattern, flags), kind, e.id, len(name), "", anchor(parts)))
                    # "LiveCodeBench (2305-2409)" for LiveCodeBench 2305-2409: a benchmark's version or edition in
                    # brackets (it was read as "LiveCodeBench", a benchmark the catalog lacks)
                    version = len(parts)
                    while version > 1 and re.fullmatch(r"v?\d[\w.]*", parts[version - 1], re.I):
                        version -= 1
                    if kind == "benchmark" and version < len(parts):
                        bracketed = rf"{body(parts[:version])}{SEP}*\(\s*{body(parts[version:])}\s*\)"
                        how = f"read as {e.name} (its version in brackets)"
                        out.append((re.compile(rf"(?<![\w.-]){bracketed}", flags), kind, e.id, len(name), how,
                                    anchor(parts)))  # fmt: skip
                    year = _YEAR_LAST.fullmatch(parts[-1]) if kind == "benchmark" and len(parts) >= 2 else None
                    if year:
                        base = " ".join(name_parts(name.casefold())[:-1])
                        self._editions[(base, year.group(1))], self._edition_of[e.id] = e.id, base
                        # "AIME24", "AIME 24", "AIME'24" for AIME 2024: an edition's year in two digits, never a
                        # share ("AIME 24%") nor a list's number ("AIME 24.5")
                        short_year = rf"{SEP}*['’]?{year.group(1)}(?![\w%-]|\.\d)"
                        how = f"read as {e.name} (its year in two digits)"
                        out.append((re.compile(rf"(?<![\w.-]){body(parts[:-1])}{short_year}", flags), kind, e.id,
                                    len(name), how, anchor([*parts[:-1], year.group(1)])))  # fmt: skip
                    # "Artificial Analysis" for the Artificial Analysis Intelligence Index: a board named by its
                    # publisher alone, where the publisher's words (two or more, capitalised) head one catalog board
                    if (
                        kind == "benchmark"
                        and len(parts) >= 4
                        and re.fullmatch(r"Index|Leaderboard|Rankings?", parts[-1])
                    ):
                        if all(p[:1].isupper() for p in parts[:-2]):
                            boards.setdefault(tuple(parts[:-2]), set()).add((e.id, e.name))
                    # "Opus 4" for Claude Opus 4, "K2" for Kimi K2: the name without its brand word
                    if (
                        kind == "model"
                        and len(parts) >= 2
                        and parts[1][:1].isalpha()
                        and re.search(r"\d", "".join(parts[1:]))
                    ):
                        short.setdefault(" ".join(parts[1:]).casefold(), set()).add((e.id, tuple(parts[1:])))
                        if parts[1].isalpha():
                            self.brandless.add(parts[1].casefold())
        for owners in short.values():
            if len({ident for ident, _ in owners}) == 1:
                ident, rest = next(iter(owners))
                how = f"read as {self.catalog.model(ident).name} (its name without the brand word)"
                # as capitalised as the catalog writes it: "Small 3" is a name, "a small 3% gain" is not
                pattern = re.compile(rf"(?<![\w.-]){body(list(rest))}{CHECKPOINT}(?![\w-]|\.\d)")
                out.append((pattern, "model", ident, 0, how, anchor(list(rest))))
        for publisher, owners in boards.items():
            if len(owners) == 1:
                ident, name = next(iter(owners))
                how = f"'{' '.join(publisher)}' read as {name}, the one catalog benchmark it publishes"
                pattern = re.compile(rf"(?<![\w.-]){body(list(publisher))}(?![\w-]|{SEP}+[A-Z])")
                out.append((pattern, "benchmark", ident, 0, how, anchor(list(publisher))))
        out.sort(key=lambda t: -t[3])  # longest names first: "DeepSeek-V3.2-Speciale" before "V3.2"
        return [(p, k, i, h, a) for p, k, i, _, h, a in out]

    def mentions(self, text: str) -> list[Mention]:
        cached = self._cache.get(text)
        if cached is not None:
            return list(cached)
        taken = Taken()
        found = []
        for start, end, _name, ident in self._shared_size(text):
            if ident is not None:  # "Llama 3.1 and 3.3 70B": the second is the catalog's Llama 3.3 70B
                taken.add(start, end)
                how = (
                    f"'{text[start:end]}' read as {self.catalog.model(ident).name} (the size is written once for both)"
                )
                found.append(Mention("model", ident, start, end, text[start:end], how))
        for m in _SIZE_FIRST.finditer(text):
            name = f"{m.group(2)} {m.group(1)}"
            whole = [x for x in self.mentions(name) if x.kind == "model" and (x.start, x.end) == (0, len(name))]
            if whole and not taken.overlaps(m.start(), m.end()):  # the catalog's, never a name it lacks
                taken.add(m.start(), m.end())
                how = f"'{m.group(0)}' read as {self.catalog.model(whole[0].id).name} (the size written first)"
                found.append(Mention("model", whole[0].id, m.start(), m.end(), m.group(0), how))
        text_folded = folded(text)
        parts: list[tuple[int, int, str]] = []
        for pattern, kind, ident, how, longest in self.patterns:
            if longest not in text_folded:
                continue  # the name's longest part is not in the text: no need to try the pattern
            for m in pattern.finditer(text):
                if taken.overlaps(m.start(), m.end()):
                    continue
                part = self._part(text, m.end()) if kind == "benchmark" else None
                if part is not None:
                    # "MMLU Med": a part of the catalog's benchmark, which it lacks (`unknown_benchmarks` reads it whole)
                    taken.add(m.start(), part)
                    parts.append((m.start(), part, ident))
                    continue
                if kind == "model" and _MODEL_VARIANT.match(text, m.end()):
                    continue  # "Grok 3 Mini", "GPT-4 Turbo": another model, which the catalog lacks
                mode = _MODE.match(text, m.end()) if kind == "model" else None
                if mode:
                    # "Claude Opus 4.5 (thinking-32k)": a mode or budget the catalog has no entry for, another model
                    # than the catalog's (`uncatalogued` reads it whole, as written)
                    taken.add(m.start(), mode.end())
                    self._modes.setdefault(text, []).append((m.start(), mode.end(), ident))
                    continue
                if kind == "model" and self._fine_tune(text[: m.start()]):
                    taken.add(m.start(), m.end())  # read whole as a name the catalog lacks (`uncatalogued`)
                    continue
                taken.add(m.start(), m.end())
                note = how
                name = self.catalog.model(ident).name if kind == "model" else ""
                if not note and kind == "model" and name_parts(m.group(0).casefold()) != name_parts(name.casefold()):
                    if not any(
                        name_parts(m.group(0).casefold()) == name_parts(a.casefold()) for a in self._aliases(ident)
                    ):
                        note = f"'{m.group(0)}' read as {name}"
                found.append(Mention(kind, ident, m.start(), m.end(), m.group(0), note))
        found += self._families(text, taken)
        found += self._next_editions(text, found, taken)
        found = sorted(found, key=lambda x: x.start)
        if parts:
            self._parts[text] = parts
        if len(self._cache) < 4096:
            self._cache[text] = list(found)
        return found

    def _fine_tune(self, before: str) -> bool:
        """The text before a catalog model's name ends with another name's word and version ("OpenHermes 2.5 "),
        not a developer's, a family's, a benchmark's, a month's or a word that starts a phrase ("In 2024 ")."""
        m = _FINE_TUNE.search(before[-40:])
        word = m.group(1).casefold() if m else ""
        skip = self.developers | self.families | LEADING | _NOT_PREFIX | _NOT_FINE_TUNE
        return bool(word) and word not in skip and word not in {b.casefold() for b in self.bench_names}

    def _aliases(self, ident: str) -> list[str]:
        return list(self.catalog.model(ident).aliases)

    def _families(self, text: str, taken: Taken) -> list[Mention]:
        """'Gemini 3' when exactly one catalog model's name starts with it (Gemini 3 Pro); 'Llama-405B' when
        exactly one model of that family has that size (Llama 3.1 405B)."""
        out = []
        for found in CANDIDATE.finditer(text):
            # a name ending the sentence is the name without the full stop ("... and Qwen2.5-7B.")
            m = re.compile(re.escape(found.group(0).rstrip("."))).match(text, found.start())
            if not re.search(r"\d", m.group(0)) or taken.overlaps(m.start(), m.end()):
                continue
            if _VARIANT_AFTER.match(text, m.end()):
                continue  # "o3-mini-high", "Gemini 3 flash": the name goes on, it is not the family alone
            words = [w.casefold() for w in name_parts(m.group(0))]
            owners, members = set(), set()
            for e in self.catalog.all_models():
                for n in [e.name, *e.aliases]:
                    have = [w.casefold() for w in name_parts(n)]
                    if len(have) > len(words) and have[: len(words)] == words:
                        # the family: every part written, the rest of the name left out; with its size ("Falcon 3 10B"
                        # for Falcon3-10B-Base) one model, without it ("GPT-3.5", "Gemma 3") a family of them
                        (owners if SIZE.match(words[-1]) else members).add(e.id)
                    elif len(words) >= 3 and sorted(words) == sorted(have):
                        owners.add(e.id)  # the parts in another order: "Gemini Pro 1.5", "Claude Sonnet 3.7"
                    elif len(words) >= 2 and SIZE.match(words[-1]) and have[0] == words[0] and have[-1] == words[-1]:
                        middle = words[1:-1]
                        # a version must be the same ("Llama 3 70B" is not Llama 3.3 70B), a word may be shortened
                        if all(any(h == w or (not w[:1].isdigit() and h.startswith(w)) for h in have[1:-1])
                               for w in middle):  # fmt: skip
                            owners.add(e.id)  # family and size: "Llama-405B", "Llama 3.1-405B"
            if len(owners) == 1:
                ident = owners.pop()
                how = f"'{m.group(0)}' read as {self.catalog.model(ident).name}, the only catalog model it can mean"
                out.append(Mention("model", ident, m.start(), m.end(), m.group(0), how))
            elif not owners and (told := self._told(text, m.end(), words, members)):
                ident, why = told
                how = f"'{m.group(0)}' read as {self.catalog.model(ident).name}, {why}"
                out.append(Mention("model", ident, m.start(), m.end(), m.group(0), how))
            elif not owners and len(members) == 1:
                # "GPT-3.5", "Gemma 3": a family, which names no one model, even where the catalog holds one of it (the
                # text may mean another): written as the text writes it (`uncatalogued`), its catalog members noted
                taken.add(m.start(), m.end())
                self._family_alone.setdefault(text, []).append((m.start(), m.end(), members.pop()))
        return out

    def _told(self, text: str, end: int, words: list[str], members: set[str]) -> tuple[str, str] | None:
        """The one model of a family that the words right after its name pick: its size ("SmolLM2, a 1.7B model",
        "X is a 27-billion-parameter model") or its mode ("Grok 4.1's thinking mode"), with why."""
        size = _STATED_SIZE.match(text, end)
        mode = _STATED_MODE.match(text, end)
        picked, why = set(), ""
        for ident in members:
            have = [p.casefold() for p in name_parts(self.catalog.model(ident).name)]
            if size and f"{size.group(1)}b" in have:
                picked.add(ident)
                why = "the size the text gives it"
            elif mode and have == [*words, mode.group(1).casefold()]:
                picked.add(ident)
                why = f"its {mode.group(1)} mode, as the text says"
        return (picked.pop(), why) if len(picked) == 1 else None

    def main_model(self, sentences: list[str], in_front: set[str] = frozenset()) -> str | None:
        """The model the text is about: the one mentioned most (first mentioned on a tie), a name the catalog lacks
        too ("Today we release QwQ-32B. ... The model rivals DeepSeek-R1"); of the models `in_front` (named where a
        subject stands) where the text names any, since one only ever beaten is no model a text is about."""
        counts: dict[str, int] = {}
        for sentence in sentences:
            for m in sorted(self.mentions(sentence) + self.uncatalogued_in(sentence), key=lambda m: m.start):
                if m.kind == "model":
                    counts[m.id] = counts.get(m.id, 0) + 1
        counts = {k: n for k, n in counts.items() if k in in_front}
        return max(counts, key=lambda k: counts[k]) if counts else None

    def family_models(self, families: list[str]) -> list[str]:
        """The catalog's models whose name starts with one of these families, a few of each."""
        out = []
        for word in families:
            out += [n for n in self.model_names if name_parts(n) and name_parts(n)[0].casefold() == word.casefold()][:3]
        return out

    def name(self, model_id: str) -> str:
        """The catalog name of a model id; a name the catalog lacks, as written."""
        entry = self.catalog.models.entries.get(model_id)
        return entry.name if entry is not None else model_id
