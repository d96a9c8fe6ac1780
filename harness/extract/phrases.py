"""The phrase lexicon: the built-in `harness/data/lexicon.yaml`, and a project's `extract-lexicon.yaml` checked
(each key one of the lexicon's lists, in its shape; each phrase a regular expression) and added to it. `cues`
compiles what it gives."""

from __future__ import annotations

import functools
import re
from pathlib import Path

from harness.errors import InputError, raise_problems

LEXICON = Path(__file__).parent.parent / "data" / "lexicon.yaml"


@functools.lru_cache(maxsize=8)
def read_lexicon(extra: str = "") -> dict:
    import yaml

    data = yaml.safe_load(LEXICON.read_text(encoding="utf-8"))
    if extra:
        from harness.yamlfile import load_yaml

        doc = load_yaml(Path(extra), Path(extra).name)  # regular file, capped, no duplicate keys
        for key, value in _extension(doc, data).items():
            data[key] = {**data[key], **value} if isinstance(value, dict) else data[key] + value
    return data


def _extension(doc, lexicon: dict) -> dict:
    """A project's lexicon extension, each key one of the lexicon's lists (or `ordinals`) in its shape: unchecked, a
    misspelt list (`outperfroms:`) or a phrase as text, not a list, was ignored unseen, and a phrase that is no
    regular expression ended in a traceback."""
    from harness.yamlfile import format_loc

    label, more = doc.path, doc.data
    if more is None:
        # only comments (or null): refused, as a catalog file or sources.yaml holding only comments is; an explicit
        # {} is read, as theirs is
        raise InputError(
            label,
            "has no entries: the lexicon extension must be a mapping of phrase lists, such as "
            "{outperforms: [trounces]}; add one, or remove the file",
        )
    if not isinstance(more, dict):
        raise InputError(label, "the lexicon extension must be a mapping of phrase lists", line=doc.line_of(()))
    problems = []

    def fail(loc: tuple, message: str) -> None:
        problems.append(InputError(label, message, field=format_loc(loc), line=doc.line_of(loc)))

    for key, value in more.items():
        if key not in lexicon:
            fail((key,), f"not one of the lexicon's lists ({', '.join(lexicon)})")
        elif isinstance(lexicon[key], dict):  # ordinals: a word and the place it names
            if not isinstance(value, dict):
                fail((key,), "must be a mapping of words to places, such as {sixth: 6}")
                continue
            for word, place in value.items():
                if not isinstance(place, int) or isinstance(place, bool) or place < 1:
                    fail((key, word), f"must be a place (a whole number, 1 or more), got {place!r}")
        elif not isinstance(value, list):
            fail((key,), f"must be a list of phrases ([...]), got {type(value).__name__}")
        else:
            for i, phrase in enumerate(value):
                if not isinstance(phrase, str) or not phrase.strip():
                    fail((key, i), f"must be a phrase (text that is not empty), got {phrase!r}")
                elif key not in NAME_WORDS:  # first words of names are words; the rest regular expressions
                    try:
                        re.compile(phrase)
                    except re.error as exc:
                        fail((key, i), f"{phrase!r} is not a regular expression ({exc})")
                        continue
                    if problem := _unjoinable(phrase):
                        fail((key, i), f"{phrase!r} {problem}")
    raise_problems(problems)
    return more


# a group's number after a backslash (\1; not \\1, a backslash and a 1), a named group's reference, a conditional
_GROUP_REFERENCE = re.compile(r"(?<!\\)(?:\\\\)*\\[1-9]|\(\?P=|\(\?\(")


def _unjoinable(phrase: str) -> str:
    """Why a phrase that compiles on its own cannot be one of a list's: `any_phrase` joins the lexicon's phrases and
    the project's into one expression, so an inline flag ('(?i)beats') stood in its middle (re.error, a traceback),
    a group's name given twice clashed, and a group number pointed at a built-in phrase's group, not the phrase's."""
    try:
        named = any_phrase([phrase]).groupindex
    except re.error as exc:
        return (
            f"cannot stand among the other phrases ({exc.msg}): every phrase is matched ignoring case already; "
            "write a flag for a part as (?x:...)"
        )
    if named or _GROUP_REFERENCE.search(phrase):
        return (
            "names a group or refers back to one: the phrases are joined into one expression, where a group's "
            "number or name is not the phrase's own; group with (?:...)"
        )
    return ""


NAME_WORDS = ("model_families", "model_developers", "not_model_words")  # words of names, not phrases


def any_phrase(words: list[str]) -> re.Pattern:
    return re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{w})" for w in words) + r")(?![\w-])", re.I)
