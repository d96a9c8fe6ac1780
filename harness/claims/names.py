"""Names as sources spell them: one spelling per name, lookalike letters, and an index that never guesses."""

from __future__ import annotations

import difflib
import re
import unicodedata

from harness.errors import UnknownNameError

# format characters that show nothing (zero-width space, joiners, word joiner, BOM, soft hyphen), dropped from names
# and from the text extract reads ("GPT\u200b-4o" is GPT-4o; the joiners there only beside ASCII, extract.documents)
INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_DASHES = dict.fromkeys(map(ord, "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"), "-")
# letters of other scripts drawn like Latin ones: a name that differs from another only in these
# would let a row be scored as the wrong model without anyone seeing a difference
_LOOKALIKES = str.maketrans(
    "АВЕКМНОРСТХаеорсухіјѕԁһӏΑΒΕΖΗΙΚΜΝΟΡΤΥΧοντ",
    "ABEKMHOPCTXaeopcyxijsdhlABEZHIKMNOPTYXovt",
)


def normalise(name: str) -> str:
    """One spelling per name: Unicode compatibility forms, no invisible characters, one kind of dash,
    folded case and whitespace ('GPT‐5  High' with U+2010 and 'gpt-5 high' are one spelling)."""
    text = unicodedata.normalize("NFKC", str(name)).translate(INVISIBLE).translate(_DASHES)
    return re.sub(r"\s+", " ", text).strip().casefold()


def skeleton(name: str) -> str:
    """What a name looks like: lookalike letters of other scripts read as the Latin ones, before case is folded
    (folded first, a capital lookalike became a small letter the table lacks: Cyrillic 'М' in 'Моdel', 'В' in
    '70В', 'К' in 'Kimi К2', Greek 'Α' in 'Αlpha' were no lookalikes)."""
    return normalise(unicodedata.normalize("NFKC", str(name)).translate(_LOOKALIKES)).translate(_LOOKALIKES)


def shown(name: str) -> str:
    """A name as an error line quotes it: whole up to 100 characters, else its start and its length."""
    return repr(name) if len(name) <= 100 else f"{name[:80]!r}… ({len(name):,} characters)"


class NameIndex:
    """Name lookup for one kind of entity: ids, names and aliases all resolve."""

    def __init__(self, kind: str):
        self.kind = kind
        self.by_name: dict[str, object] = {}
        self.by_spelling: dict[str, object] = {}  # names and aliases only: what sources write
        self.by_look: dict[str, object] = {}
        self.entries: dict[str, object] = {}
        # each spelling `resolve` has found (by ids and names): a worker resolves a claim's subject,
        # competitors and benchmarks many times over, and normalising each spelling cost 3 % of it
        self._found: dict[str, object] = {}

    def add(self, entry) -> list[tuple[int, str]]:
        """Index an entry's id, name and aliases; the problems found, each with the place of its spelling (0 the
        id, 1 the name, 2 on the aliases), all of them: the first alone stopped the catalog, one run a problem."""
        if entry.id in self.entries:
            return [(0, f"duplicate {self.kind} id {entry.id!r}")]
        self.entries[entry.id] = entry
        self._found.clear()
        problems = []
        for i, name in enumerate([entry.id, entry.name, *entry.aliases]):
            key = normalise(name)
            owner = self.by_name.get(key)
            look = self.by_look.get(skeleton(name))
            if not key:
                problems.append((i, f"{self.kind} {entry.id!r} has an empty name or alias"))
            elif owner is not None and owner.id != entry.id:
                problems.append((i, f"{self.kind} name {name!r} is used by both {owner.id!r} and {entry.id!r}"))
            elif look is not None and look.id != entry.id:
                problems.append(
                    (
                        i,
                        f"{self.kind} name {name!r} of {entry.id!r} looks the same as a name of {look.id!r} "
                        "(letters from another script); spell it so the two can be told apart",
                    )
                )
            else:
                self.by_name[key] = entry
                if i > 0:  # the id is ours; the name and aliases are how sources write it
                    self.by_spelling[key] = entry
                self.by_look[skeleton(name)] = entry
        return problems

    def find(self, name: str):
        """The entry a source's spelling means (names and aliases only), or None: no message is built."""
        key = normalise(name)
        found = self.by_spelling.get(key)
        if found is None or self.by_look.get(skeleton(name)) not in (None, found):
            return None
        return found

    def resolve(self, name: str, ids: bool = True):
        """The entry a name means; with ids=False (names written by sources) an id alone does not count."""
        if ids:
            found = self._found.get(name)
            if found is not None:
                return found
            found = self.entries.get(name) or self.by_name.get(normalise(name))
            if found is not None:
                self._found[name] = found
                return found
        else:
            found = self.by_spelling.get(normalise(name))
            if found is not None:
                return found
            by_id = self.by_name.get(normalise(name))
            if by_id is not None:
                raise UnknownNameError(
                    f"{shown(name)} is the id of {self.kind} {by_id.name!r}, not one of its names; "
                    "add it to that entry's aliases if the source means it"
                )
        look = self.by_look.get(skeleton(name))
        if look is not None:
            raise UnknownNameError(
                f"unknown {self.kind} {shown(name)}: it looks like {look.name!r} but uses letters from another script"
            )
        close = self.closest(name)
        hint = f"; did you mean {close!r}?" if close else ""
        raise UnknownNameError(f"unknown {self.kind} {shown(name)}{hint}")

    def closest(self, name: str) -> str | None:
        """The catalog name nearest to `name`: a spelling that starts with it as a word, else the most alike;
        both compared without accents, so 'Modèl Ä' is told 'Model A' (with them, è and Ä counted as two
        letters wrong against 'Model A' and 'Model B' alike, and the tie went to 'Model B')."""
        key = _unaccented(normalise(name))
        if not key:
            return None
        plain = {_unaccented(k): k for k in sorted(self.by_name)}
        if key in plain:
            return self.by_name[plain[key]].name
        starts = sorted(k for k in plain if k.startswith(key + " ") or k.startswith(key + "-"))
        if starts:
            return self.by_name[plain[min(starts, key=len)]].name
        close = difflib.get_close_matches(key, list(plain), n=1, cutoff=0.6)
        return self.by_name[plain[close[0]]].name if close else None


def _unaccented(text: str) -> str:
    """`text` without its accents (the combining marks of its decomposed form): only to rank suggestions,
    never to resolve a name, since 'Modèl' may be another model than 'Model'."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
